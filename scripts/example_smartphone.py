"""Example journey 1: buying a smartphone (web, blogs, videos, stores)."""

from example_builder import STANDARD_LANES, C, E, Journey, M, T

from mapstudio.core.model import Channel, Curve, Evidence

OBS, ASM, PRO = Evidence.OBSERVED, Evidence.ASSUMED, Evidence.PROPOSED
INTERVIEWS = T(
    "Customer interviews, March 2026 (12 people)", "Entretiens clients, mars 2026 (12 personnes)"
)
ANALYTICS = T("Web analytics, Q1 2026", "Statistiques web, T1 2026")
STORE_TEAM = T("Store staff workshop", "Atelier avec les vendeurs")
SURVEY = T("Post-purchase survey (n = 420)", "Enquête après achat (n = 420)")
WORKSHOP = T("Co-design workshop, 4 April", "Atelier de co-conception, 4 avril")

PERSONAS = [
    {
        "id": "camille",
        "name": "Camille Laurent",
        "description": T(
            "34, project manager in Lyon. Replaces her phone every three years, when the battery "
            "no longer lasts a day. Careful with money, reads a lot before buying anything "
            "expensive, and trusts people she knows more than brands.",
            "34 ans, cheffe de projet à Lyon. Change de téléphone tous les trois ans, quand la "
            "batterie ne tient plus la journée. Attentive à son budget, elle se renseigne "
            "longuement avant tout achat important et fait davantage confiance à ses proches "
            "qu'aux marques.",
        ),
        "goals": [
            T(
                "A phone that lasts a full day of work",
                "Un téléphone qui tient toute une journée de travail",
            ),
            T("Great photos of her children", "De belles photos de ses enfants"),
            T("Stay under €700", "Rester sous 700 €"),
        ],
        "needs": [
            T("Honest comparisons in plain words", "Des comparatifs honnêtes et clairs"),
            T("Handle the phone before buying", "Prendre le téléphone en main avant d'acheter"),
            T(
                "Clear warranty and return terms",
                "Des conditions de garantie et de retour limpides",
            ),
        ],
        "frustrations": [
            T("Jargon-heavy spec sheets", "Les fiches techniques pleines de jargon"),
            T(
                "Prices that change from one site to the next",
                "Des prix qui varient d'un site à l'autre",
            ),
            T("Pushy sellers", "Les vendeurs trop insistants"),
        ],
        "quote": T(
            "I don't need the best phone on the market, I need the right one for me.",
            "Je n'ai pas besoin du meilleur téléphone du marché, j'ai besoin du bon téléphone pour moi.",
        ),
        "sources": [INTERVIEWS, SURVEY],
        "colour": "#1f77b4",
    },
    {
        "id": "hugo",
        "name": "Hugo Benali",
        "description": T(
            "21, engineering student. Follows tech YouTubers, buys on impulse when a promotion "
            "appears, and shares everything with his friends.",
            "21 ans, étudiant en école d'ingénieurs. Suit des youtubeurs tech, achète sur un coup "
            "de tête quand une promotion apparaît et partage tout avec ses amis.",
        ),
        "goals": [T("The best camera for the price", "Le meilleur appareil photo pour le prix")],
        "needs": [T("Student discounts", "Des réductions étudiantes")],
        "frustrations": [T("Slow delivery", "Les livraisons trop lentes")],
        "quote": T(
            "If it's not on sale, I can wait.", "Si ce n'est pas en promo, je peux attendre."
        ),
        "sources": [INTERVIEWS],
        "colour": "#ff7f0e",
    },
]

STAGES = [
    (
        "aware",
        T("Awareness", "Prise de conscience"),
        T(
            "Her current phone is slowing down; ads and friends remind her that new models exist.",
            "Son téléphone actuel ralentit ; publicités et amis lui rappellent que de nouveaux modèles existent.",
        ),
    ),
    (
        "consider",
        T("Consideration", "Considération"),
        T(
            "She compares models online, reads reviews and handles phones in a store.",
            "Elle compare les modèles en ligne, lit des avis et prend les téléphones en main en magasin.",
        ),
    ),
    (
        "decide",
        T("Decision", "Décision"),
        T(
            "She chooses a model and looks for the best offer: price, warranty, delivery.",
            "Elle choisit un modèle et cherche la meilleure offre : prix, garantie, livraison.",
        ),
    ),
    (
        "buy",
        T("Purchase and delivery", "Achat et livraison"),
        T(
            "She orders online and waits for the parcel.",
            "Elle commande en ligne et attend son colis.",
        ),
    ),
    (
        "use",
        T("Use and advocacy", "Utilisation et recommandation"),
        T(
            "She sets up the phone, judges it over the first weeks and talks about it.",
            "Elle configure le téléphone, le juge au fil des premières semaines et en parle autour d'elle.",
        ),
    ),
]

TP = "touchpoints"
CARDS = [
    # actions
    C(
        "actions",
        "aware",
        T(
            "Notices her battery dies by mid-afternoon",
            "Remarque que sa batterie lâche en milieu d'après-midi",
        ),
        evidence=OBS,
        source=INTERVIEWS,
    ),
    C(
        "actions",
        "aware",
        T("Sees ads for the newest models", "Voit des publicités pour les derniers modèles"),
    ),
    C(
        "actions",
        "aware",
        T(
            "Hears friends talk about their new phones' features",
            "Entend des amis parler des fonctions de leur nouveau téléphone",
        ),
    ),
    C(
        "actions",
        "consider",
        T(
            "Compares models on price-comparison sites",
            "Compare les modèles sur des comparateurs de prix",
        ),
        evidence=OBS,
        source=ANALYTICS,
    ),
    C(
        "actions",
        "consider",
        T(
            "Reads blog articles and reviews on specialist sites",
            "Lit des articles de blog et des tests sur des sites spécialisés",
        ),
    ),
    C("actions", "consider", T("Watches demo videos", "Regarde des vidéos de démonstration")),
    C(
        "actions",
        "consider",
        T(
            "Visits a store to handle the phones and ask the sellers questions",
            "Se rend en magasin pour prendre les téléphones en main et poser des questions aux vendeurs",
        ),
        evidence=OBS,
        source=STORE_TEAM,
    ),
    C(
        "actions",
        "decide",
        T(
            "Narrows down to two models: camera, storage, battery life",
            "Retient deux modèles : appareil photo, stockage, autonomie",
        ),
    ),
    C(
        "actions",
        "decide",
        T(
            "Compares prices across sites and reads the terms of sale",
            "Compare les prix entre plusieurs sites et lit les conditions générales de vente",
        ),
        evidence=OBS,
        source=ANALYTICS,
    ),
    C(
        "actions",
        "buy",
        T("Orders online with home delivery", "Commande en ligne avec livraison à domicile"),
    ),
    C("actions", "buy", T("Tracks the parcel", "Suit son colis")),
    C(
        "actions",
        "use",
        T(
            "Transfers her data from the old phone",
            "Transfère ses données depuis l'ancien téléphone",
        ),
    ),
    C(
        "actions",
        "use",
        T(
            "Leaves a review and recommends the model to a colleague",
            "Laisse un avis et recommande le modèle à une collègue",
        ),
    ),
    # touchpoints
    C(
        TP,
        "aware",
        T("Video ad before a YouTube clip", "Publicité vidéo avant une vidéo YouTube"),
        channel=Channel.ONLINE_AD,
        online=True,
    ),
    C(
        TP,
        "aware",
        T("Friends at dinner", "Des amis au dîner"),
        channel=Channel.WORD_OF_MOUTH,
        online=False,
    ),
    C(
        TP,
        "consider",
        T(
            "Search results for “best phone camera 2026”",
            "Résultats de recherche « meilleur smartphone photo 2026 »",
        ),
        channel=Channel.SEARCH,
        online=True,
    ),
    C(
        TP,
        "consider",
        T(
            "Brand website: product pages and comparison tool",
            "Site de la marque : fiches produit et comparateur",
        ),
        channel=Channel.WEBSITE,
        online=True,
    ),
    C(
        TP,
        "consider",
        T("Electronics store, phone department", "Magasin d'électronique, rayon téléphonie"),
        channel=Channel.STORE,
        online=False,
    ),
    C(
        TP,
        "decide",
        T("Retailer websites and their promotions", "Sites des revendeurs et leurs promotions"),
        channel=Channel.WEBSITE,
        online=True,
    ),
    C(
        TP,
        "decide",
        T("Live chat about the extended warranty", "Chat en direct sur l'extension de garantie"),
        channel=Channel.CHAT,
        online=True,
    ),
    C(
        TP,
        "buy",
        T(
            "Order confirmation and tracking emails",
            "E-mails de confirmation et de suivi de commande",
        ),
        channel=Channel.EMAIL,
        online=True,
    ),
    C(TP, "buy", T("Delivery text message", "SMS de livraison"), channel=Channel.SMS, online=True),
    C(
        TP,
        "use",
        T(
            "Set-up assistant in the brand's app",
            "Assistant de configuration dans l'application de la marque",
        ),
        channel=Channel.MOBILE_APP,
        online=True,
    ),
    C(
        TP,
        "use",
        T("Customer service hotline", "Service client par téléphone"),
        channel=Channel.PHONE,
        online=False,
    ),
    # thoughts
    C(
        "thoughts",
        "aware",
        T(
            "“Is it really time to change, or can I replace the battery?”",
            "« Faut-il vraiment changer, ou puis-je remplacer la batterie ? »",
        ),
    ),
    C(
        "thoughts",
        "consider",
        T(
            "“Every review says something different. I just want to know which one takes good photos "
            "indoors, lasts a whole day and won't be slow in two years. Why is that so hard to find?”",
            "« Chaque test dit autre chose. Je veux juste savoir lequel prend de bonnes photos en "
            "intérieur, tient toute la journée et ne sera pas lent dans deux ans. Pourquoi est-ce si "
            "difficile à trouver ? »",
        ),
        evidence=OBS,
        source=INTERVIEWS,
    ),
    C(
        "thoughts",
        "consider",
        T("Needs to feel the size in her hand", "A besoin de sentir la taille en main"),
    ),
    C(
        "thoughts",
        "decide",
        T(
            "“Is this promotion real or was the price raised last week?”",
            "« Cette promotion est-elle réelle ou le prix a-t-il augmenté la semaine dernière ? »",
        ),
    ),
    C(
        "thoughts",
        "buy",
        T("“Will it arrive before the weekend?”", "« Sera-t-il livré avant le week-end ? »"),
    ),
    C(
        "thoughts",
        "use",
        T("“I hope I won't lose my photos.”", "« J'espère que je ne vais pas perdre mes photos. »"),
    ),
    # frictions
    C(
        "frictions",
        "consider",
        T(
            "Spec sheets full of jargon: megapixels, mAh, nits",
            "Fiches techniques pleines de jargon : mégapixels, mAh, nits",
        ),
        severity=2,
        evidence=OBS,
        source=INTERVIEWS,
    ),
    C(
        "frictions",
        "consider",
        T(
            "The model she wants to handle is not on display in the store",
            "Le modèle qu'elle veut prendre en main n'est pas exposé en magasin",
        ),
        severity=2,
        evidence=OBS,
        source=STORE_TEAM,
    ),
    C(
        "frictions",
        "decide",
        T(
            "Prices differ by up to €80 between sites, and the delivery fees and warranty terms only "
            "appear at the last step of checkout. She opens six tabs, loses track and puts the "
            "decision off to the weekend.",
            "Les prix varient jusqu'à 80 € d'un site à l'autre, et les frais de livraison comme les "
            "conditions de garantie n'apparaissent qu'à la dernière étape de la commande. Elle ouvre "
            "six onglets, s'y perd et repousse sa décision au week-end.",
        ),
        severity=3,
        evidence=OBS,
        source=ANALYTICS,
    ),
    C(
        "frictions",
        "buy",
        T(
            "Delivery slot cannot be changed once ordered",
            "Impossible de changer le créneau de livraison après la commande",
        ),
        severity=1,
        evidence=ASM,
    ),
    C(
        "frictions",
        "use",
        T("Data transfer fails halfway", "Le transfert des données échoue à mi-chemin"),
        severity=3,
        evidence=OBS,
        source=SURVEY,
    ),
    # opportunities
    C(
        "opportunities",
        "consider",
        T(
            "Plain-language comparison: “for photos”, “for battery”, “for small hands”",
            "Comparateur en langage courant : « pour la photo », « pour l'autonomie », « pour les petites mains »",
        ),
        impact=3,
        effort=2,
        owner=T("Digital team", "Équipe digitale"),
        votes=7,
        evidence=PRO,
        source=WORKSHOP,
    ),
    C(
        "opportunities",
        "consider",
        T(
            "Book a 15-minute demo slot in store",
            "Réserver un créneau de démonstration de 15 minutes en magasin",
        ),
        impact=2,
        effort=2,
        owner=T("Retail", "Réseau de magasins"),
        votes=4,
        evidence=PRO,
        source=WORKSHOP,
    ),
    C(
        "opportunities",
        "decide",
        T(
            "Show the full price (delivery and warranty included) on the product page",
            "Afficher le prix complet (livraison et garantie comprises) dès la fiche produit",
        ),
        impact=3,
        effort=1,
        owner=T("E-commerce", "E-commerce"),
        votes=9,
        evidence=PRO,
        source=WORKSHOP,
    ),
    C(
        "opportunities",
        "use",
        T(
            "Free data-transfer help by phone or in store",
            "Aide gratuite au transfert des données, par téléphone ou en magasin",
        ),
        impact=2,
        effort=3,
        owner=T("Customer service", "Service client"),
        votes=3,
        evidence=PRO,
    ),
    # backstage
    C(
        "backstage",
        "aware",
        T(
            "Marketing: video campaign and social ads",
            "Marketing : campagne vidéo et publicités sociales",
        ),
    ),
    C(
        "backstage",
        "consider",
        T("Store staff trained on the new range", "Vendeurs formés à la nouvelle gamme"),
    ),
    C(
        "backstage",
        "decide",
        T(
            "Pricing team aligns offers with retailers",
            "L'équipe tarifaire aligne les offres avec les revendeurs",
        ),
    ),
    C(
        "backstage",
        "buy",
        T(
            "Warehouse and carrier: stock, picking, delivery",
            "Entrepôt et transporteur : stock, préparation, livraison",
        ),
    ),
    C(
        "backstage",
        "use",
        T("Customer service and the review platform", "Service client et plateforme d'avis"),
    ),
    # notes
    C(
        "support",
        "consider",
        T(
            "Product catalogue and reviews database",
            "Catalogue produits et base d'avis",
        ),
    ),
    C(
        "support",
        "buy",
        T(
            "Payment provider and fraud checks",
            "Prestataire de paiement et contrôle antifraude",
        ),
    ),
    C(
        "support",
        "use",
        T(
            "Carrier's parcel tracking system",
            "Système de suivi des colis du transporteur",
        ),
    ),
    C(
        "notes",
        "decide",
        T(
            "Interview synthesis: eight people out of twelve said the decision itself was quick "
            "once they trusted the price. What took time was checking that the offer was real: "
            "comparing three or four retailers, reading the terms of sale for the return period, "
            "and looking for the same model with more storage. Two gave up for a week and bought "
            "elsewhere during a promotion.",
            "Synthèse des entretiens : huit personnes sur douze disent que la décision elle-même a "
            "été rapide dès qu'elles ont eu confiance dans le prix. Ce qui prend du temps, c'est de "
            "vérifier que l'offre est réelle : comparer trois ou quatre revendeurs, lire les "
            "conditions de vente pour le délai de retour et chercher le même modèle avec plus de "
            "stockage. Deux ont abandonné une semaine, puis acheté ailleurs pendant une promotion.",
        ),
        evidence=OBS,
        source=INTERVIEWS,
    ),
    C(
        "notes",
        "consider",
        T(
            "Half the interviewees visited a store even though they bought online.",
            "La moitié des personnes interrogées sont passées en magasin alors qu'elles ont acheté en ligne.",
        ),
        evidence=OBS,
        source=INTERVIEWS,
    ),
    C(
        "notes",
        "use",
        T(
            "To revisit in September with the new survey results. Check whether the data-transfer "
            "problem is specific to one operating system before choosing a fix.",
            "À revoir en septembre avec les nouveaux résultats d'enquête. Vérifier si le problème de "
            "transfert des données concerne un seul système d'exploitation avant de choisir une solution.",
        ),
    ),
]

EMOTIONS = [
    E(
        "camille",
        Curve.AS_IS,
        [
            (0, T("Curious", "Curieuse")),
            (-1, T("Overwhelmed", "Submergée")),
            (-2, T("Suspicious", "Méfiante")),
            (1, T("Relieved", "Soulagée")),
            (2, T("Delighted", "Ravie")),
        ],
    ),
    E(
        "camille",
        Curve.TO_BE,
        [
            (1, T("Interested", "Intéressée")),
            (1, T("Guided", "Guidée")),
            (1, T("Confident", "En confiance")),
            (2, T("Reassured", "Rassurée")),
            (2, T("Proud", "Fière")),
        ],
    ),
    E(
        "hugo",
        Curve.AS_IS,
        [
            (2, T("Excited", "Enthousiaste")),
            (1, T("Informed", "Informé")),
            (-1, T("Hesitant", "Hésitant")),
            (-2, T("Impatient", "Impatient")),
            (1, T("Satisfied", "Satisfait")),
        ],
    ),
]

METRICS = [
    M("metrics", "aware", T("Ad click-through rate", "Taux de clic des publicités"), 1.8, "%"),
    M("metrics", "consider", T("Product page views", "Vues des fiches produit"), 48200),
    M("metrics", "consider", T("Store visits per week", "Visites en magasin par semaine"), 420),
    M(
        "metrics",
        "decide",
        T("Cart abandonment rate", "Taux d'abandon de panier"),
        68,
        "%",
        55,
        "down",
    ),
    M("metrics", "buy", T("Conversion rate", "Taux de conversion"), 3.1, "%", 4, "up"),
    M("metrics", "buy", T("On-time deliveries", "Livraisons à l'heure"), 94, "%"),
    M("metrics", "use", T("Satisfaction", "Satisfaction"), 4.2, "/5"),
    M(
        "metrics",
        "use",
        T("Support contacts per 100 orders", "Contacts au service client pour 100 commandes"),
        11,
    ),
]

JOURNEY = Journey(
    slug="smartphone",
    title=T("Buying a smartphone", "Acheter un smartphone"),
    description=T(
        "From the first ad to the first weeks of use: how Camille chooses and buys her new phone, "
        "compared with Hugo, a student who buys on impulse.",
        "De la première publicité aux premières semaines d'utilisation : comment Camille choisit "
        "et achète son nouveau téléphone, comparée à Hugo, un étudiant qui achète sur un coup de tête.",
    ),
    created="2026-03-02T09:00:00+00:00",
    modified="2026-04-07T16:30:00+00:00",
    tags=[T("B2C", "B2C"), T("retail", "distribution"), T("electronics", "électronique")],
    personas=PERSONAS,
    stages=STAGES,
    lanes=STANDARD_LANES,
    lane_personas={"actions": "camille"},  # Hugo's journey is told by his emotion curve
    cards=CARDS,
    emotions=EMOTIONS,
    metrics=METRICS,
)
