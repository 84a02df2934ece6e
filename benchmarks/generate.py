"""Synthetic, realistic journey maps for benchmarks and crash tests.

    python -m benchmarks.generate --cards 20000 -o big.journey.json [--stages S] [--personas P]
                                  [--seed K]

The same arguments always give the same bytes. Texts are French with accents, from two words to
a long paragraph; every lane kind is present; touchpoints have channels, frictions severities,
opportunities impact/effort/owner/votes; each persona has an as-is and a to-be emotion curve;
metrics lanes hold figures. The map is built through the model, so it passes ``mapstudio check``.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

from mapstudio.core.model import (
    CHANNEL_IS_ONLINE,
    Channel,
    Curve,
    EmotionScale,
    Evidence,
    JourneyMap,
    LaneKind,
)
from mapstudio.files import write_map

WORDS = [
    "client",
    "cliente",
    "parcours",
    "étape",
    "achat",
    "commande",
    "livraison",
    "panier",
    "décision",
    "découverte",
    "considération",
    "fidélité",
    "marque",
    "boutique",
    "magasin",
    "vendeur",
    "conseillère",
    "téléphone",
    "écran",
    "application",
    "site",
    "réseau",
    "publicité",
    "e-mail",
    "relance",
    "réduction",
    "promotion",
    "prix",
    "garantie",
    "délai",
    "retour",
    "échange",
    "remboursement",
    "qualité",
    "service",
    "après-vente",
    "réclamation",
    "satisfaction",
    "avis",
    "recommandation",
    "communauté",
    "événement",
    "créneau",
    "rendez-vous",
    "inscription",
    "connexion",
    "compte",
    "mot",
    "de",
    "passe",
    "paiement",
    "carte",
    "fraîcheur",
    "élégance",
    "émotion",
    "inquiétude",
    "soulagement",
    "hésitation",
    "confiance",
    "méfiance",
    "intérêt",
    "curiosité",
    "déception",
    "enthousiasme",
    "fierté",
    "rapidement",
    "lentement",
    "facilement",
    "clairement",
    "vraiment",
    "déjà",
    "encore",
    "toujours",
    "jamais",
    "compare",
    "cherche",
    "découvre",
    "hésite",
    "abandonne",
    "revient",
    "réserve",
    "reçoit",
    "télécharge",
    "s'inscrit",
    "appelle",
    "écrit",
    "partage",
    "recommande",
    "préfère",
    "achète",
    "essaie",
    "vérifie",
    "simple",
    "complexe",
    "rapide",
    "lent",
    "clair",
    "flou",
    "agréable",
    "pénible",
    "sûr",
    "fragile",
    "élevé",
    "réduit",
]

STAGE_NAMES = [
    "Prise de conscience", "Découverte", "Recherche", "Considération", "Évaluation",
    "Comparaison", "Décision", "Achat", "Paiement", "Livraison", "Réception", "Installation",
    "Première utilisation", "Service après-vente", "Réclamation", "Fidélisation",
    "Renouvellement", "Recommandation",
]  # fmt: skip
LANE_TITLES = {
    LaneKind.ACTIONS: "Actions",
    LaneKind.TOUCHPOINTS: "Points de contact",
    LaneKind.THOUGHTS: "Pensées et besoins",
    LaneKind.EMOTIONS: "Émotions",
    LaneKind.FRICTIONS: "Points de friction",
    LaneKind.OPPORTUNITIES: "Opportunités",
    LaneKind.BACKSTAGE: "Coulisses",
    LaneKind.METRICS: "Indicateurs",
    LaneKind.NOTES: "Notes",
}
EXTRA_KINDS = [
    LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.THOUGHTS, LaneKind.FRICTIONS,
    LaneKind.OPPORTUNITIES, LaneKind.NOTES, LaneKind.BACKSTAGE,
]  # fmt: skip
FIRST_NAMES = ["Camille", "Léa", "Hugo", "Inès", "Zoé", "Théo", "Noémie", "Jérôme", "Maëlle"]
OWNERS = ["Équipe digitale", "Service client", "Marketing", "Logistique", "Ventes", "Qualité"]
METRIC_NAMES = [
    ("Taux de conversion", "%"), ("Taux d'abandon", "%"), ("Satisfaction", "/5"),
    ("Contacts au service client", ""), ("Délai moyen", "jours"), ("Visites", ""),
]  # fmt: skip
COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"]


def sentence(rng: random.Random, n_words: int) -> str:
    words = rng.choices(WORDS, k=n_words)
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def card_text(rng: random.Random) -> str:
    """Two words to a long paragraph, short ones most often."""
    roll = rng.random()
    if roll < 0.40:
        return sentence(rng, rng.randint(2, 5))
    if roll < 0.75:
        return sentence(rng, rng.randint(6, 15))
    if roll < 0.95:
        return sentence(rng, rng.randint(16, 40))
    return " ".join(sentence(rng, rng.randint(8, 20)) for _ in range(rng.randint(4, 8)))


def default_stages(cards: int) -> int:
    return max(5, min(30, round(math.sqrt(cards / 4))))


def build_map(cards: int, stages: int, personas: int, seed: int) -> JourneyMap:
    rng = random.Random(seed)
    stage_list = [
        {
            "id": f"s{i + 1}",
            "name": STAGE_NAMES[i % len(STAGE_NAMES)] + ("" if i < len(STAGE_NAMES) else f" {i + 1}"),
            "description": sentence(rng, rng.randint(5, 14)),
            "order": i,
        }
        for i in range(stages)
    ]  # fmt: skip
    # Pictures are not generated: a storyboard lane of text cards would only shift the benchmarks;
    # nor is a support-processes lane, so the maps (and their timings) stay comparable.
    skipped = (LaneKind.STORYBOARD, LaneKind.SUPPORT)
    kinds = [k for k in LaneKind if k not in skipped] + [
        EXTRA_KINDS[i % len(EXTRA_KINDS)] for i in range(min(12, cards // 1500))
    ]
    lanes = [
        {"id": f"l{i + 1}", "kind": k.value, "title": LANE_TITLES[k] + (f" {i + 1}" if i >= 9 else ""), "order": i}
        for i, k in enumerate(kinds)
    ]  # fmt: skip
    card_lanes = [lane for lane in lanes if lane["kind"] not in ("emotions", "metrics")]
    people = [
        {
            "id": f"p{i + 1}",
            "name": f"{FIRST_NAMES[i % len(FIRST_NAMES)]} {chr(65 + i % 26)}.",
            "description": card_text(rng),
            "goals": [sentence(rng, rng.randint(3, 7)) for _ in range(2)],
            "needs": [sentence(rng, rng.randint(3, 7)) for _ in range(2)],
            "frustrations": [sentence(rng, rng.randint(3, 7)) for _ in range(2)],
            "quote": sentence(rng, rng.randint(8, 16)),
            "sources": ["Entretiens", "Statistiques web"],
            "colour": COLOURS[i % len(COLOURS)],
        }
        for i in range(personas)
    ]
    counters: dict[tuple[str, str], int] = {}
    card_list = []
    for i in range(cards):
        stage = rng.choice(stage_list)["id"]
        lane = rng.choice(card_lanes)
        cell = (stage, lane["id"])
        counters[cell] = counters.get(cell, 0) + 1
        card: dict[str, Any] = {
            "id": f"c{i + 1}",
            "stage": stage,
            "lane": lane["id"],
            "order": counters[cell] - 1,
            "text": card_text(rng),
        }
        if rng.random() < 0.3:
            card["evidence"] = rng.choice(list(Evidence)).value
            card["source"] = rng.choice(["Entretien", "Enquête", "CRM", "Atelier", "Analytics"])
        kind = lane["kind"]
        if kind == "touchpoints":
            channel = rng.choice(list(Channel))
            card["channel"] = channel.value
            card["online"] = (
                rng.random() < 0.5 if channel is Channel.OTHER else CHANNEL_IS_ONLINE[channel]
            )
        elif kind == "frictions":
            card["severity"] = rng.choice((1, 1, 2, 2, 3))
        elif kind == "opportunities":
            card["impact"], card["effort"] = rng.randint(1, 3), rng.randint(1, 3)
            card["owner"] = rng.choice(OWNERS)
            card["votes"] = rng.choice((0, 0, 1, 2, 3, 5, 8, 13))
        card_list.append(card)
    points = []
    for p in people:
        for curve in Curve:
            score = rng.randint(-1, 1)
            for s in stage_list:
                score = max(-2, min(2, score + rng.choice((-1, 0, 0, 1)) + (curve is Curve.TO_BE)))
                points.append(
                    {
                        "id": f"e-{p['id']}-{curve.value}-{s['id']}",
                        "stage": s["id"], "persona": p["id"], "curve": curve.value,
                        "score": score, "label": rng.choice(WORDS[60:73]).capitalize(),
                    }
                )  # fmt: skip
    metrics = []
    for lane in (x for x in lanes if x["kind"] == "metrics"):
        for s in stage_list:
            for n, (name, unit) in enumerate(rng.sample(METRIC_NAMES, rng.randint(1, 3))):
                value = (
                    round(rng.uniform(0, 100), 1)
                    if unit in ("%", "")
                    else round(rng.uniform(1, 5), 1)
                )
                metrics.append(
                    {"id": f"m-{lane['id']}-{s['id']}-{n}", "stage": s["id"], "lane": lane["id"],
                     "order": n, "name": name, "value": value, "unit": unit}
                )  # fmt: skip
    created = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=seed % 100_000)
    doc = {
        "id": f"bench-{cards}-{seed}",
        "title": f"Parcours synthétique : {cards} cartes, {stages} étapes",
        "description": card_text(rng),
        "author": "benchmarks.generate",
        "language": "fr",
        "created": created,
        "modified": created + timedelta(days=3),
        "tags": ["synthétique", "performance"],
        "emotion_scale": EmotionScale.MINUS2_PLUS2.value,
        "personas": people,
        "stages": stage_list,
        "lanes": lanes,
        "cards": [{k: v for k, v in c.items() if v is not None} for c in card_list],
        "emotion_points": points,
        "metric_values": metrics,
    }
    return JourneyMap.model_validate(doc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__)
    parser.add_argument("--cards", type=int, required=True, metavar="N")
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument("--stages", type=int, default=None, metavar="S")
    parser.add_argument("--personas", type=int, default=3, metavar="P")
    parser.add_argument("--seed", type=int, default=1, metavar="K")
    args = parser.parse_args(argv)
    if args.cards < 0 or (args.stages is not None and args.stages < 1) or args.personas < 0:
        parser.error("--cards and --personas must be >= 0 and --stages >= 1")
    stages = args.stages or default_stages(args.cards)
    m = build_map(args.cards, stages, args.personas, args.seed)
    write_map(args.output, m)
    print(f"{args.output}: {len(m.cards)} cards, {len(m.stages)} stages, {len(m.lanes)} lanes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
