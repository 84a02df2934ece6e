"""Example journey 3: a cosmetics e-commerce shop, six touchpoints over fifteen days."""

from example_builder import STANDARD_LANES, C, E, Journey, M, T

from mapstudio.core.model import Channel, Curve, EmotionScale, Evidence

OBS, ASM, PRO = Evidence.OBSERVED, Evidence.ASSUMED, Evidence.PROPOSED
GA = T("Web analytics, June", "Statistiques web, juin")
CRM = T("CRM export, June", "Export CRM, juin")
SURVEY = T("Satisfaction survey (n = 310)", "Enquête de satisfaction (n = 310)")
FOCUS = T("Focus group, 8 participants", "Groupe de discussion, 8 participantes")
WORKSHOP = T("Workshop with marketing and support", "Atelier avec le marketing et le support")

PERSONAS = [
    {
        "id": "ines",
        "name": "Inès Moreau",
        "description": T(
            "27, nurse working night shifts. Discovers most products on Instagram, reads "
            "ingredient lists closely because of sensitive skin, and shops on her phone late in "
            "the evening.",
            "27 ans, infirmière de nuit. Découvre la plupart des produits sur Instagram, lit de "
            "près les listes d'ingrédients à cause de sa peau sensible et fait ses achats sur son "
            "téléphone tard le soir.",
        ),
        "goals": [
            T(
                "A skincare routine that suits sensitive skin",
                "Une routine de soin adaptée aux peaux sensibles",
            ),
            T("Spend less than €60 a month", "Dépenser moins de 60 € par mois"),
        ],
        "needs": [
            T("Clear ingredient lists", "Des listes d'ingrédients claires"),
            T(
                "Reviews from people with the same skin type",
                "Des avis de personnes au même type de peau",
            ),
            T("Free returns", "Des retours gratuits"),
        ],
        "frustrations": [
            T(
                "Shipping costs revealed at checkout",
                "Les frais de port découverts au moment de payer",
            ),
            T("Too many marketing emails", "Trop d'e-mails promotionnels"),
            T("Products that irritate her skin", "Les produits qui irritent sa peau"),
        ],
        "quote": T(
            "I put things in my cart to think about them. Sometimes I come back, sometimes I forget.",
            "Je mets des produits dans mon panier pour y réfléchir. Parfois je reviens, parfois j'oublie.",
        ),
        "sources": [FOCUS, CRM],
        "colour": "#9467bd",
    }
]

STAGES = [
    (
        "discover",
        T("Discovery", "Découverte"),
        T(
            "Day 1: an Instagram ad shows the brand.",
            "Jour 1 : une publicité Instagram lui fait découvrir la marque.",
        ),
    ),
    (
        "explore",
        T("Exploration", "Exploration"),
        T(
            "Day 1: she visits the site and looks at three products.",
            "Jour 1 : elle visite le site et consulte trois produits.",
        ),
    ),
    (
        "cart",
        T("Cart", "Panier"),
        T(
            "Day 1: she adds a serum to her cart, then leaves.",
            "Jour 1 : elle ajoute un sérum à son panier, puis quitte le site.",
        ),
    ),
    (
        "purchase",
        T("Purchase", "Achat"),
        T(
            "Day 3: a reminder email with 10% off brings her back.",
            "Jour 3 : un e-mail de relance avec 10 % de réduction la fait revenir.",
        ),
    ),
    (
        "delivery",
        T("Delivery", "Livraison"),
        T(
            "Days 5 to 8: delivery, then a satisfaction survey.",
            "Jours 5 à 8 : livraison, puis enquête de satisfaction.",
        ),
    ),
    (
        "community",
        T("Loyalty", "Fidélisation"),
        T(
            "Day 15: an invitation to the VIP community.",
            "Jour 15 : une invitation à la communauté VIP.",
        ),
    ),
]

TP = "touchpoints"
CARDS = [
    C(
        "actions",
        "discover",
        T("Scrolls Instagram during her break", "Fait défiler Instagram pendant sa pause"),
    ),
    C(
        "actions",
        "discover",
        T("Taps the ad for a fragrance-free serum", "Touche la publicité d'un sérum sans parfum"),
    ),
    C(
        "actions",
        "explore",
        T(
            "Reads the ingredient lists of three products",
            "Lit la liste d'ingrédients de trois produits",
        ),
        evidence=OBS,
        source=GA,
    ),
    C(
        "actions",
        "explore",
        T("Filters the reviews by skin type", "Filtre les avis par type de peau"),
    ),
    C("actions", "cart", T("Adds the serum to her cart", "Ajoute le sérum à son panier")),
    C(
        "actions",
        "cart",
        T(
            "Leaves the site when she sees the shipping costs",
            "Quitte le site en découvrant les frais de port",
        ),
        evidence=OBS,
        source=GA,
    ),
    C(
        "actions",
        "purchase",
        T(
            "Opens the reminder email and uses the 10% code",
            "Ouvre l'e-mail de relance et utilise le code de 10 %",
        ),
    ),
    C(
        "actions",
        "purchase",
        T("Pays with her phone wallet", "Paie avec le portefeuille de son téléphone"),
    ),
    C(
        "actions",
        "delivery",
        T("Receives the parcel in a pick-up point", "Reçoit son colis en point relais"),
    ),
    C(
        "actions",
        "delivery",
        T("Answers the satisfaction survey", "Répond à l'enquête de satisfaction"),
    ),
    C("actions", "community", T("Joins the VIP community", "Rejoint la communauté VIP")),
    C("actions", "community", T("Posts a photo of her routine", "Publie une photo de sa routine")),
    C(
        TP,
        "discover",
        T("1. Instagram ad", "1. Publicité Instagram"),
        channel=Channel.SOCIAL,
        online=True,
        evidence=OBS,
        source=CRM,
    ),
    C(
        TP,
        "explore",
        T("2. Product page: serum", "2. Fiche produit : sérum"),
        channel=Channel.WEBSITE,
        online=True,
    ),
    C(
        TP,
        "explore",
        T(
            "3. Product pages: cleanser and moisturiser",
            "3. Fiches produit : nettoyant et crème hydratante",
        ),
        channel=Channel.WEBSITE,
        online=True,
    ),
    C(
        TP,
        "cart",
        T("Cart and checkout page", "Panier et page de paiement"),
        channel=Channel.WEBSITE,
        online=True,
    ),
    C(
        TP,
        "purchase",
        T("4. Reminder email with 10% off", "4. E-mail de relance avec 10 % de réduction"),
        channel=Channel.EMAIL,
        online=True,
        evidence=OBS,
        source=CRM,
    ),
    C(
        TP,
        "delivery",
        T("Shipping text messages", "SMS de suivi d'expédition"),
        channel=Channel.SMS,
        online=True,
    ),
    C(
        TP,
        "delivery",
        T("5. Satisfaction survey", "5. Enquête de satisfaction"),
        channel=Channel.EMAIL,
        online=True,
    ),
    C(
        TP,
        "community",
        T("6. Invitation to the VIP community", "6. Invitation à la communauté VIP"),
        channel=Channel.EMAIL,
        online=True,
    ),
    C(
        TP,
        "community",
        T("VIP members' event in Paris", "Événement des membres VIP à Paris"),
        channel=Channel.EVENT,
        online=False,
    ),
    C("thoughts", "discover", T("“Fragrance-free, finally!”", "« Sans parfum, enfin ! »")),
    C(
        "thoughts",
        "explore",
        T(
            "“Is it really suitable for reactive skin?”",
            "« Est-ce vraiment adapté aux peaux réactives ? »",
        ),
        evidence=OBS,
        source=FOCUS,
    ),
    C(
        "thoughts",
        "cart",
        T(
            "“€4.90 shipping for a €29 serum? I'll think about it. Maybe I'll find it cheaper "
            "somewhere else, or maybe there will be a discount at the end of the month, like "
            "everywhere else.”",
            "« 4,90 € de frais de port pour un sérum à 29 € ? Je vais réfléchir. Je le trouverai "
            "peut-être moins cher ailleurs, ou il y aura sans doute une réduction à la fin du mois, "
            "comme partout. »",
        ),
        evidence=OBS,
        source=FOCUS,
    ),
    C(
        "thoughts",
        "purchase",
        T(
            "“10% off covers the shipping, fine.”",
            "« Les 10 % couvrent les frais de port, d'accord. »",
        ),
    ),
    C(
        "thoughts",
        "delivery",
        T(
            "Needs to know how to use it with her other products",
            "A besoin de savoir comment l'associer à ses autres produits",
        ),
    ),
    C(
        "thoughts",
        "community",
        T(
            "“A community? As long as it isn't more emails...”",
            "« Une communauté ? Tant que ce n'est pas encore des e-mails... »",
        ),
    ),
    C(
        "frictions",
        "explore",
        T("Reviews cannot be filtered on mobile", "Impossible de filtrer les avis sur mobile"),
        severity=1,
        evidence=OBS,
        source=GA,
    ),
    C(
        "frictions",
        "cart",
        T(
            "Shipping costs only shown at checkout: 72% of carts abandoned",
            "Frais de port affichés seulement au paiement : 72 % de paniers abandonnés",
        ),
        severity=3,
        evidence=OBS,
        source=GA,
    ),
    C(
        "frictions",
        "purchase",
        T("Discount code field hidden behind a link", "Champ du code promo caché derrière un lien"),
        severity=2,
        evidence=OBS,
        source=SURVEY,
    ),
    C(
        "frictions",
        "delivery",
        T("No instructions in the parcel", "Aucun conseil d'utilisation dans le colis"),
        severity=2,
        evidence=OBS,
        source=SURVEY,
    ),
    C(
        "frictions",
        "community",
        T(
            "The invitation arrives with two promotional emails the same week",
            "L'invitation arrive avec deux e-mails promotionnels la même semaine",
        ),
        severity=1,
        evidence=ASM,
    ),
    C(
        "opportunities",
        "explore",
        T(
            "Skin-type filter on reviews, on every screen size",
            "Filtre des avis par type de peau, sur tous les écrans",
        ),
        impact=2,
        effort=1,
        owner=T("E-commerce", "E-commerce"),
        votes=4,
        evidence=PRO,
        source=WORKSHOP,
    ),
    C(
        "opportunities",
        "cart",
        T(
            "Show shipping costs on the product page, and offer free shipping above €25 during the "
            "first order. Test both against the current checkout for two weeks before deciding.",
            "Afficher les frais de port dès la fiche produit et offrir la livraison dès 25 € pour une "
            "première commande. Tester les deux contre le tunnel actuel pendant deux semaines avant "
            "de trancher.",
        ),
        impact=3,
        effort=2,
        owner=T("E-commerce", "E-commerce"),
        votes=11,
        evidence=PRO,
        source=WORKSHOP,
    ),
    C(
        "opportunities",
        "purchase",
        T(
            "Apply the reminder's discount automatically",
            "Appliquer automatiquement la réduction de la relance",
        ),
        impact=2,
        effort=1,
        owner=T("CRM team", "Équipe CRM"),
        votes=6,
        evidence=PRO,
    ),
    C(
        "opportunities",
        "delivery",
        T("A routine card in the parcel", "Une carte « routine » dans le colis"),
        impact=2,
        effort=1,
        owner=T("Logistics", "Logistique"),
        votes=5,
        evidence=PRO,
    ),
    C(
        "opportunities",
        "community",
        T(
            "Let VIP members choose how often they hear from us",
            "Laisser les membres VIP choisir la fréquence des messages",
        ),
        impact=3,
        effort=2,
        owner=T("CRM team", "Équipe CRM"),
        votes=8,
        evidence=PRO,
    ),
    C(
        "backstage",
        "discover",
        T("Social media team: ad targeting", "Équipe réseaux sociaux : ciblage publicitaire"),
    ),
    C(
        "backstage",
        "cart",
        T("Abandoned-cart trigger in the CRM", "Déclencheur de panier abandonné dans le CRM"),
    ),
    C(
        "backstage",
        "purchase",
        T("Payment provider and fraud checks", "Prestataire de paiement et contrôle antifraude"),
    ),
    C(
        "backstage",
        "delivery",
        T(
            "Logistics partner, pick-up point network",
            "Partenaire logistique, réseau de points relais",
        ),
    ),
    C(
        "backstage",
        "community",
        T("Community manager moderates the VIP group", "La community manager anime le groupe VIP"),
    ),
    C(
        "support",
        "cart",
        T(
            "Email automation tool (cart reminders)",
            "Outil d'emailing automatisé (relances de panier)",
        ),
    ),
    C(
        "support",
        "purchase",
        T(
            "Payment provider",
            "Prestataire de paiement",
        ),
    ),
    C(
        "support",
        "delivery",
        T(
            "Logistics partner: picking, packing, shipping",
            "Partenaire logistique : préparation et expédition",
        ),
    ),
    C(
        "notes",
        "purchase",
        T(
            "Focus group: participants keep carts as a wish list and expect a reminder. A reminder "
            "within 48 hours with a small discount works, but three participants said they now wait "
            "for it on purpose before buying anything. Watch the margin impact and consider a "
            "reminder without a discount for returning customers.",
            "Groupe de discussion : les participantes se servent du panier comme d'une liste "
            "d'envies et s'attendent à une relance. Une relance sous 48 heures avec une petite "
            "réduction fonctionne, mais trois participantes disent désormais l'attendre exprès "
            "avant d'acheter. Surveiller l'effet sur la marge et envisager une relance sans "
            "réduction pour les clientes qui reviennent.",
        ),
        evidence=OBS,
        source=FOCUS,
    ),
    C(
        "notes",
        "discover",
        T(
            "Six touchpoints over fifteen days, from the ad to the community.",
            "Six points de contact en quinze jours, de la publicité à la communauté.",
        ),
    ),
    C(
        "notes",
        "cart",
        T(
            "Check with finance before promising free shipping.",
            "Valider avec la finance avant de promettre la livraison offerte.",
        ),
        evidence=ASM,
    ),
]

EMOTIONS = [
    E(
        "ines",
        Curve.AS_IS,
        [
            (2, T("Curious", "Curieuse")),
            (1, T("Interested", "Intéressée")),
            (-2, T("Put off", "Refroidie")),
            (1, T("Won over", "Convaincue")),
            (-0.5, T("Unsure", "Perplexe")),  # survey answers averaged
            (2, T("Valued", "Valorisée")),
        ],
    ),
    E(
        "ines",
        Curve.TO_BE,
        [
            (2, T("Curious", "Curieuse")),
            (2, T("Reassured", "Rassurée")),
            (1, T("Clear", "Sereine")),
            (2, T("Smooth", "Fluide")),
            (2, T("Guided", "Accompagnée")),
            (3, T("Loyal", "Fidèle")),
        ],
    ),
]

METRICS = [
    M("metrics", "discover", T("Ad click-through rate", "Taux de clic de la publicité"), 1.2, "%"),
    M("metrics", "explore", T("Pages per visit", "Pages par visite"), 3.4),
    M("metrics", "cart", T("Cart abandonment rate", "Taux d'abandon de panier"), 72, "%"),
    M(
        "metrics",
        "purchase",
        T("Reminder email open rate", "Taux d'ouverture de la relance"),
        46,
        "%",
    ),
    M("metrics", "purchase", T("Carts recovered", "Paniers récupérés"), 14, "%"),
    M("metrics", "delivery", T("Survey response rate", "Taux de réponse à l'enquête"), 23, "%"),
    M("metrics", "delivery", T("Satisfaction", "Satisfaction"), 4.4, "/5"),
    M("metrics", "community", T("VIP invitations accepted", "Invitations VIP acceptées"), 18, "%"),
]

JOURNEY = Journey(
    slug="cosmetics",
    title=T(
        "Cosmetics e-shop: from Instagram to the VIP community",
        "E-boutique de cosmétiques : d'Instagram à la communauté VIP",
    ),
    description=T(
        "Six touchpoints over fifteen days: an Instagram ad, three product pages, an abandoned "
        "cart won back by a reminder email, a satisfaction survey and a VIP invitation.",
        "Six points de contact en quinze jours : une publicité Instagram, trois fiches produit, "
        "un panier abandonné récupéré par un e-mail de relance, une enquête de satisfaction et "
        "une invitation VIP.",
    ),
    created="2026-06-03T08:30:00+00:00",
    modified="2026-06-24T17:10:00+00:00",
    tags=[
        T("e-commerce", "e-commerce"),
        T("cart abandonment", "abandon de panier"),
        T("CRM", "CRM"),
    ],
    scale=EmotionScale.MINUS3_PLUS3,
    personas=PERSONAS,
    stages=STAGES,
    lanes=STANDARD_LANES,
    cards=CARDS,
    emotions=EMOTIONS,
    metrics=METRICS,
)
