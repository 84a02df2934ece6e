"""Example journey 2: a man buys a perfume from a small local shop (web, store, Instagram, email)."""

from example_builder import STANDARD_LANES, C, E, Journey, M, T

from mapstudio.core.model import Channel, Curve, EmotionScale, Evidence

OBS, ASM, PRO = Evidence.OBSERVED, Evidence.ASSUMED, Evidence.PROPOSED
INTERVIEW = T("Interview with the customer, 12 May", "Entretien avec le client, 12 mai")
SHOP = T("Shop owner's notes", "Notes de la gérante")
SHOPIFY = T("Online shop statistics, May", "Statistiques de la boutique en ligne, mai")
INSTAGRAM = T("Instagram ad report", "Rapport de la campagne Instagram")

PERSONAS = [
    {
        "id": "julien",
        "name": "Julien Mercier",
        "description": T(
            "42, secondary-school teacher, lives two streets from the shop. Wears the same "
            "fragrance for years and wants a change, but does not know where to start. Prefers "
            "small independent shops to department stores.",
            "42 ans, professeur de collège, habite à deux rues de la boutique. Porte le même "
            "parfum depuis des années et a envie de changement, sans savoir par où commencer. "
            "Préfère les petites boutiques indépendantes aux grands magasins.",
        ),
        "goals": [
            T("Find a new signature scent", "Trouver un nouveau parfum signature"),
            T("Buy locally", "Acheter près de chez lui"),
        ],
        "needs": [
            T("Test on the skin before buying", "Tester sur la peau avant d'acheter"),
            T("Advice without pressure", "Des conseils sans pression"),
            T("Pick up the order when it suits him", "Retirer sa commande quand cela lui convient"),
        ],
        "frustrations": [
            T(
                "Scent descriptions that mean nothing to him",
                "Les descriptions olfactives qui ne lui parlent pas",
            ),
            T("Feeling obliged to buy in a shop", "Se sentir obligé d'acheter en boutique"),
        ],
        "quote": T(
            "I need to live with a scent for a day before I know if it's mine.",
            "J'ai besoin de vivre une journée avec un parfum pour savoir s'il est fait pour moi.",
        ),
        "sources": [INTERVIEW, SHOP],
        "colour": "#2ca02c",
    }
]

STAGES = [
    (
        "search",
        T("Discovery", "Découverte"),
        T(
            "He searches the web and lands on the shop's website.",
            "Il cherche sur le web et arrive sur le site de la boutique.",
        ),
    ),
    (
        "visit",
        T("Store visit", "Visite en boutique"),
        T(
            "A few days later he tests perfumes in the shop and leaves to think.",
            "Quelques jours plus tard, il teste des parfums en boutique et repart réfléchir.",
        ),
    ),
    (
        "order",
        T("Purchase", "Achat"),
        T(
            "The next day an Instagram ad brings him back; he orders with click-and-collect.",
            "Le lendemain, une publicité Instagram le ramène ; il commande en retrait en boutique.",
        ),
    ),
    (
        "collect",
        T("Pick-up", "Retrait"),
        T(
            "The order is ready the same evening; he collects it.",
            "La commande est prête le soir même ; il vient la chercher.",
        ),
    ),
    (
        "loyal",
        T("Loyalty and advocacy", "Fidélisation et recommandation"),
        T(
            "Satisfied, he follows the shop and recommends it.",
            "Satisfait, il suit la boutique et la recommande.",
        ),
    ),
]

TP = "touchpoints"
CARDS = [
    C(
        "actions",
        "search",
        T(
            "Types “men's perfume” into a search engine",
            "Tape « parfum pour homme » dans un moteur de recherche",
        ),
        evidence=OBS,
        source=INTERVIEW,
    ),
    C(
        "actions",
        "search",
        T(
            "Clicks the first result: a shop near home",
            "Clique sur le premier résultat : une boutique près de chez lui",
        ),
    ),
    C(
        "actions",
        "search",
        T("Browses the site for ten minutes", "Navigue une dizaine de minutes sur le site"),
        evidence=OBS,
        source=SHOPIFY,
    ),
    C(
        "actions",
        "visit",
        T("Goes to the shop on Saturday morning", "Se rend à la boutique le samedi matin"),
    ),
    C(
        "actions",
        "visit",
        T(
            "Tests four perfumes on paper strips, two on his skin",
            "Teste quatre parfums sur touche, deux sur la peau",
        ),
    ),
    C(
        "actions",
        "visit",
        T("Leaves without buying, to think it over", "Repart sans acheter, pour réfléchir"),
        evidence=OBS,
        source=SHOP,
    ),
    C(
        "actions",
        "order",
        T(
            "Clicks a sponsored Instagram post from the shop",
            "Clique sur une publication sponsorisée de la boutique sur Instagram",
        ),
    ),
    C(
        "actions",
        "order",
        T(
            "Orders online and chooses click-and-collect",
            "Commande en ligne et choisit le retrait en boutique",
        ),
    ),
    C(
        "actions",
        "collect",
        T("Picks up the bottle on his way home", "Récupère le flacon en rentrant du travail"),
    ),
    C(
        "actions",
        "loyal",
        T("Follows the shop on Instagram", "S'abonne au compte Instagram de la boutique"),
    ),
    C(
        "actions",
        "loyal",
        T("Recommends the shop to his brother", "Recommande la boutique à son frère"),
    ),
    C(
        TP,
        "search",
        T("Search engine results page", "Page de résultats du moteur de recherche"),
        channel=Channel.SEARCH,
        online=True,
    ),
    C(
        TP,
        "search",
        T("The shop's website", "Le site de la boutique"),
        channel=Channel.WEBSITE,
        online=True,
    ),
    C(
        TP,
        "visit",
        T("The shop and its two sellers", "La boutique et ses deux vendeuses"),
        channel=Channel.STORE,
        online=False,
    ),
    C(
        TP,
        "order",
        T("Sponsored Instagram post", "Publication Instagram sponsorisée"),
        channel=Channel.SOCIAL,
        online=True,
    ),
    C(
        TP,
        "order",
        T("Checkout on the website", "Commande sur le site"),
        channel=Channel.WEBSITE,
        online=True,
    ),
    C(
        TP,
        "order",
        T("Thank-you email", "E-mail de remerciement"),
        channel=Channel.EMAIL,
        online=True,
    ),
    C(
        TP,
        "collect",
        T("“Your order is ready” email", "E-mail « Votre commande est prête »"),
        channel=Channel.EMAIL,
        online=True,
    ),
    C(
        TP,
        "collect",
        T("Counter at the shop", "Comptoir de la boutique"),
        channel=Channel.STORE,
        online=False,
    ),
    C(TP, "loyal", T("Instagram account", "Compte Instagram"), channel=Channel.SOCIAL, online=True),
    C(
        TP,
        "loyal",
        T("Conversation with his brother", "Discussion avec son frère"),
        channel=Channel.WORD_OF_MOUTH,
        online=False,
    ),
    C(
        "thoughts",
        "search",
        T(
            "“The site is smooth and good-looking, but can I trust a scent on a screen?”",
            "« Le site est fluide et joli, mais peut-on choisir un parfum sur un écran ? »",
        ),
        evidence=OBS,
        source=INTERVIEW,
    ),
    C(
        "thoughts",
        "visit",
        T(
            "“The shop is lovely and the sellers are kind, but I don't want to decide on the spot. "
            "A perfume changes over the day: I want to see how the one on my wrist smells tonight "
            "before spending €90.”",
            "« La boutique est soignée et les vendeuses sont adorables, mais je ne veux pas décider "
            "sur-le-champ. Un parfum évolue au fil de la journée : je veux voir ce que donne celui "
            "sur mon poignet ce soir avant de dépenser 90 €. »",
        ),
        evidence=OBS,
        source=INTERVIEW,
        positive=True,  # a moment that matters: the shop's welcome is what wins him
    ),
    C(
        "thoughts",
        "order",
        T("“It's the one from yesterday, let's go.”", "« C'est celui d'hier, allons-y. »"),
    ),
    C(
        "thoughts",
        "collect",
        T("Wants it ready when he passes by", "Veut qu'elle soit prête quand il passe"),
    ),
    C(
        "thoughts",
        "loyal",
        T(
            "Proud to have found a good local address",
            "Fier d'avoir trouvé une bonne adresse de quartier",
        ),
    ),
    C(
        "frictions",
        "search",
        T(
            "No way to know which perfumes are in stock in the shop",
            "Impossible de savoir quels parfums sont en stock en boutique",
        ),
        severity=2,
        evidence=ASM,
    ),
    C(
        "frictions",
        "visit",
        T("He forgets the names of the perfumes he tested", "Il oublie le nom des parfums testés"),
        severity=2,
        evidence=OBS,
        source=INTERVIEW,
    ),
    C(
        "frictions",
        "order",
        T(
            "Account creation required before paying",
            "Création de compte obligatoire avant de payer",
        ),
        severity=3,
        evidence=OBS,
        source=SHOPIFY,
    ),
    C(
        "frictions",
        "collect",
        T(
            "The shop closes at 7 pm, just as he leaves work",
            "La boutique ferme à 19 h, juste quand il quitte le travail",
        ),
        severity=1,
        evidence=OBS,
        source=SHOP,
    ),
    C(
        "opportunities",
        "search",
        T(
            "Show in-store stock and a “test it in the shop” button on each product page",
            "Afficher le stock en boutique et un bouton « À tester en boutique » sur chaque fiche produit",
        ),
        impact=2,
        effort=2,
        owner=T("Shop owner", "Gérante"),
        votes=3,
        evidence=PRO,
    ),
    C(
        "opportunities",
        "visit",
        T(
            "Give each visitor a card with the names of the perfumes tested and a sample of the one "
            "they preferred, with a QR code to order it later.",
            "Remettre à chaque visiteur une carte avec le nom des parfums testés et un échantillon "
            "de son préféré, avec un QR code pour le commander plus tard.",
        ),
        impact=3,
        effort=1,
        owner=T("Sellers", "Vendeuses"),
        votes=6,
        evidence=PRO,
    ),
    C(
        "opportunities",
        "order",
        T("Guest checkout", "Commande sans création de compte"),
        impact=3,
        effort=1,
        owner=T("Web agency", "Agence web"),
        votes=5,
        evidence=PRO,
    ),
    C(
        "opportunities",
        "loyal",
        T(
            "Invite him to a tasting evening for new releases",
            "L'inviter à une soirée de découverte des nouveautés",
        ),
        impact=2,
        effort=2,
        owner=T("Shop owner", "Gérante"),
        votes=2,
        evidence=PRO,
    ),
    C(
        "backstage",
        "search",
        T(
            "Web agency: search ranking and site design",
            "Agence web : référencement et design du site",
        ),
    ),
    C(
        "backstage",
        "visit",
        T(
            "Two sellers trained in fragrance families",
            "Deux vendeuses formées aux familles olfactives",
        ),
    ),
    C(
        "backstage",
        "order",
        T("Instagram retargeting of site visitors", "Reciblage Instagram des visiteurs du site"),
        evidence=OBS,
        source=INSTAGRAM,
    ),
    C(
        "backstage",
        "collect",
        T(
            "Seller prepares the order and gift-wraps it",
            "Une vendeuse prépare la commande et fait un paquet cadeau",
        ),
    ),
    C(
        "backstage",
        "loyal",
        T(
            "Owner answers comments and messages herself",
            "La gérante répond elle-même aux commentaires et messages",
        ),
    ),
    C(
        "support",
        "order",
        T(
            "Online shop platform: click-and-collect, stock synchronised with the till",
            "Plateforme de boutique en ligne : retrait en magasin, stock synchronisé avec la caisse",
        ),
    ),
    C(
        "support",
        "collect",
        T(
            "Order alert on the shop's tablet",
            "Alerte de commande sur la tablette de la boutique",
        ),
    ),
    C(
        "support",
        "loyal",
        T(
            "Social media scheduling tool",
            "Outil de programmation des publications sur les réseaux sociaux",
        ),
    ),
    C(
        "notes",
        "visit",
        T(
            "What the owner noticed over the spring: most men who come in after visiting the "
            "website already have two or three names in mind, but rarely buy on the first visit. "
            "They come back, or order online, within a week. The sellers used to see leaving "
            "without buying as a failure; it is actually a normal step of the journey, and the "
            "shop should make it easy to come back.",
            "Ce que la gérante a constaté au printemps : la plupart des hommes qui viennent après "
            "avoir visité le site ont déjà deux ou trois noms en tête, mais achètent rarement dès "
            "la première visite. Ils reviennent, ou commandent en ligne, dans la semaine. Les "
            "vendeuses voyaient un départ sans achat comme un échec ; c'est en réalité une étape "
            "normale du parcours, et la boutique doit faciliter le retour.",
        ),
        evidence=OBS,
        source=SHOP,
    ),
    C(
        "notes",
        "order",
        T(
            "Four channels in one journey: website, store, social network, email.",
            "Quatre canaux dans un même parcours : site, boutique, réseau social, e-mail.",
        ),
    ),
    C(
        "notes",
        "loyal",
        T(
            "Ask other customers whether the store visit usually comes before the online order.",
            "Demander à d'autres clients si la visite en boutique précède en général la commande en ligne.",
        ),
        evidence=ASM,
    ),
]

EMOTIONS = [
    E(
        "julien",
        Curve.AS_IS,
        [
            (3, T("Unsure", "Indécis")),
            (4, T("Charmed", "Séduit")),
            (2, T("Annoyed", "Agacé")),
            (4, T("Pleased", "Content")),
            (5, T("Proud", "Fier")),
        ],
    ),
    E(
        "julien",
        Curve.TO_BE,
        [
            (4, T("Intrigued", "Intrigué")),
            (4, T("Well advised", "Bien conseillé")),
            (5, T("Effortless", "Sans effort")),
            (5, T("Pampered", "Choyé")),
            (5, T("Ambassador", "Ambassadeur")),
        ],
    ),
]

METRICS = [
    M("metrics", "search", T("Organic visits per month", "Visites naturelles par mois"), 1850),
    M("metrics", "visit", T("Visits ending in a purchase", "Visites suivies d'un achat"), 38, "%"),
    M(
        "metrics",
        "order",
        T("Instagram ad click-through rate", "Taux de clic de la publicité Instagram"),
        2.4,
        "%",
    ),
    M("metrics", "order", T("Checkout abandonment", "Abandon à l'étape de paiement"), 41, "%"),
    M(
        "metrics",
        "collect",
        T("Orders ready within 4 hours", "Commandes prêtes en moins de 4 heures"),
        92,
        "%",
    ),
    M(
        "metrics",
        "loyal",
        T("Repeat customers within a year", "Clients revenus dans l'année"),
        27,
        "%",
    ),
]

JOURNEY = Journey(
    slug="perfume",
    title=T(
        "Buying a perfume from a local shop", "Acheter un parfum dans une boutique de quartier"
    ),
    description=T(
        "A web search, a visit to the shop, an Instagram ad and a click-and-collect order: "
        "four channels that lead Julien to his new perfume.",
        "Une recherche sur le web, une visite en boutique, une publicité Instagram et une "
        "commande en retrait en boutique : quatre canaux qui mènent Julien à son nouveau parfum.",
    ),
    created="2026-05-12T10:00:00+00:00",
    modified="2026-05-20T14:45:00+00:00",
    tags=[T("B2C", "B2C"), T("omnichannel", "omnicanal"), T("local shop", "commerce de proximité")],
    scale=EmotionScale.ONE_FIVE,
    personas=PERSONAS,
    stages=STAGES,
    lanes=STANDARD_LANES,
    blueprint=True,  # a small shop's service: what the customer sees, and what it rests on
    cards=CARDS,
    emotions=EMOTIONS,
    metrics=METRICS,
)
