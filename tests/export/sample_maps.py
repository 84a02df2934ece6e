"""Maps for the export tests: a rich one with accents and every lane kind, and a big one."""

from __future__ import annotations

from datetime import UTC, datetime

from mapstudio.core.model import (
    Card,
    Channel,
    Curve,
    EmotionPoint,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    MetricValue,
    Persona,
    Stage,
)

STAGES = ["Découverte", "Considération", "Décision / Achat", "Après-achat", "Fidélité"]
LONG_TEXT = " ".join(["Une friction très longue qui ne tient jamais sur une seule carte."] * 30)
MARKUP_TEXT = "Prix <b>barré</b> & <para>promo</para> &amp; 10 % <i>off</i>"


def rich_map() -> JourneyMap:
    stages = [Stage(id=f"s{i}", name=n, order=i) for i, n in enumerate(STAGES)]
    kinds = [
        ("actions", LaneKind.ACTIONS, "Actions du client"),
        ("touch", LaneKind.TOUCHPOINTS, "Points de contact"),
        ("thoughts", LaneKind.THOUGHTS, "Pensées et besoins"),
        ("emotions", LaneKind.EMOTIONS, "Émotions"),
        ("frictions", LaneKind.FRICTIONS, "Frictions"),
        ("opps", LaneKind.OPPORTUNITIES, "Opportunités"),
        ("back", LaneKind.BACKSTAGE, "Coulisses"),
        ("kpi", LaneKind.METRICS, "Indicateurs"),
        ("notes", LaneKind.NOTES, "Notes (repliée)"),
    ]
    lanes = [
        Lane(id=i, kind=k, title=t, order=n, collapsed=(i == "notes"))
        for n, (i, k, t) in enumerate(kinds)
    ]
    texts = {
        "actions": ["Voit une publicité Instagram", "Compare les modèles en ligne, lit des avis"],
        "touch": ["Publicité sur le réseau social", "Boutique à deux pas de chez lui"],
        "thoughts": [
            "« Est-ce vraiment mieux que l'ancien ? »",
            "Besoin d'être rassuré sur la garantie",
        ],
        "frictions": ["Panier abandonné : frais de port élevés"],
        "opps": ["Relance e-mail avec 10 % de réduction"],
        "back": ["Équipe marketing, service client"],
        "notes": ["Note cachée dans une ligne repliée"],
    }
    channels = list(Channel)
    cards: list[Card] = []
    for si, stage in enumerate(stages):
        for lane_id, items in texts.items():
            for k, text in enumerate(items):
                cid = f"c-{lane_id}-{si}-{k}"
                extra: dict = {}
                if lane_id == "touch":
                    extra = {"channel": channels[(si * 2 + k) % len(channels)]}
                if lane_id == "frictions":
                    extra = {"severity": 1 + si % 3, "evidence": Evidence.OBSERVED}
                if lane_id == "opps":
                    extra = {"impact": 1 + si % 3, "effort": 1 + (si + 1) % 3, "votes": si * 2}
                cards.append(
                    Card(
                        id=cid,
                        stage=stage.id,
                        lane=lane_id,
                        order=k,
                        text=f"{text} ({si + 1})",
                        **extra,
                    )
                )
    cards.append(
        Card(id="c-long", stage="s2", lane="frictions", order=5, text=LONG_TEXT, severity=3)
    )
    cards.append(Card(id="c-markup", stage="s1", lane="notes", order=0, text=MARKUP_TEXT))
    cards.append(
        Card(id="c-markup2", stage="s3", lane="thoughts", order=9, text=MARKUP_TEXT, tags=["ux"])
    )
    personas = [
        Persona(
            id="p1",
            name="Léa, 34 ans",
            description="Active, compare tout en ligne avant d'acheter.",
            colour="#1f77b4",
        ),
        Persona(
            id="p2",
            name="Jérôme, 52 ans",
            description="Préfère le conseil en boutique.",
            colour="#d62728",
        ),
    ]
    scores = [(1, 0, -2, 1, 2), (0, 1, -1, 0, 1)]
    points = []
    for pi, p in enumerate(personas):
        for si, stage in enumerate(stages):
            points.append(
                EmotionPoint(
                    id=f"e-{p.id}-{si}",
                    stage=stage.id,
                    persona=p.id,
                    score=scores[pi][si],
                    label="Déçu" if scores[pi][si] < 0 else "",
                )
            )
    for si, stage in enumerate(stages):
        points.append(
            EmotionPoint(
                id=f"t-{si}",
                stage=stage.id,
                persona="p1",
                curve=Curve.TO_BE,
                score=min(2, scores[0][si] + 1),
            )
        )
    metrics = [
        MetricValue(
            id=f"m-{si}",
            stage=s.id,
            lane="kpi",
            name="Taux de conversion",
            value=2.5 + si,
            unit="%",
        )
        for si, s in enumerate(stages)
    ]
    return JourneyMap(
        id="rich",
        title="Achat d'un smartphone — parcours élargi",
        description="Carte d'exemple pour l'export : accents, toutes les lignes, deux personas.",
        author="Équipe Expérience",
        created=datetime(2026, 1, 5, tzinfo=UTC),
        modified=datetime(2026, 2, 1, tzinfo=UTC),
        personas=personas,
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotion_points=points,
        metric_values=metrics,
    )


def big_map(cards: int = 2000, stages: int = 10) -> JourneyMap:
    st = [Stage(id=f"s{i}", name=f"Étape {i + 1}", order=i) for i in range(stages)]
    kinds = [LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.FRICTIONS, LaneKind.OPPORTUNITIES]
    lanes = [Lane(id=f"l{i}", kind=k, title=k.value, order=i) for i, k in enumerate(kinds)]
    cs = [
        Card(
            id=f"c{i}",
            stage=st[i % stages].id,
            lane=lanes[(i // stages) % len(lanes)].id,
            order=i,
            text=f"Carte numéro {i} : le client hésite, compare et revient plus tard",
        )
        for i in range(cards)
    ]
    return JourneyMap(id="big", title="Grande carte", stages=st, lanes=lanes, cards=cs)


LONG_TITLE = (
    "Field service journey from the first fault report to the engineer's follow-up visit "
    "and the customer's renewal of the maintenance contract"
)
LONG_DESCRIPTION = " ".join(
    [
        "Built from forty interviews with customers and engineers in three regions, this map",
        "follows a fault from the first call to the renewal of the contract. It records what the",
        "customer does and feels, which channels they use, where the service breaks down and what",
        "the teams behind the scenes must change. Scores come from the post-visit survey; the",
        "to-be curve is the target agreed in the March workshop. Quotes are verbatim, translated",
        "where needed, and every friction cites the interview it came from. Open questions are",
        "listed in the notes lane and owned by the service design team until the next review.",
    ]
)


def shaped_map(
    stages: int = 5,
    personas: int = 2,
    kinds: tuple[LaneKind, ...] = (LaneKind.ACTIONS, LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS),
    title: str = "A journey",
    description: str = "",
    persona_name: str = "Persona {n}",
    language: str = "en",
) -> JourneyMap:
    """A map of a chosen shape: ``stages`` columns, one lane per kind, a card per cell and an
    as-is curve per persona when an emotions lane is present."""
    st = [Stage(id=f"s{i}", name=f"Stage {i + 1}", order=i) for i in range(stages)]
    lanes = [Lane(id=f"l{i}", kind=k, title=k.value.title(), order=i) for i, k in enumerate(kinds)]
    people = [
        Persona(
            id=f"p{n}",
            name=persona_name.format(n=n + 1),
            description="Calls the helpdesk first and expects a date for the visit.",
            colour=("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2")[n % 6],
        )
        for n in range(personas)
    ]
    cards = [
        Card(id=f"c{si}-{li}", stage=s.id, lane=lane.id, text=f"Step {si + 1} in {lane.title}")
        for si, s in enumerate(st)
        for li, lane in enumerate(lanes)
        if lane.kind not in (LaneKind.EMOTIONS, LaneKind.METRICS)
    ]
    points = [
        EmotionPoint(id=f"e{p.id}-{si}", stage=s.id, persona=p.id, score=(si + n) % 5 - 2)
        for n, p in enumerate(people)
        for si, s in enumerate(st)
        if any(k is LaneKind.EMOTIONS for k in kinds)
    ]
    return JourneyMap(
        id="shaped",
        title=title,
        description=description,
        language=language,
        personas=people,
        stages=st,
        lanes=lanes,
        cards=cards,
        emotion_points=points,
    )
