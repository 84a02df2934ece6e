"""A small but complete journey map built with the model (every lane kind, two personas)."""

from __future__ import annotations

from mapstudio.core.model import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    MetricValue,
    Persona,
    Stage,
)


def sample_map() -> JourneyMap:
    stages = [
        Stage(id="s1", name="Awareness", description="Sees ads, hears friends", order=0),
        Stage(id="s2", name="Consideration", description="Compares models online", order=1),
        Stage(id="s3", name="Decision", description="Picks a model and a shop", order=2),
        Stage(id="s4", name="Service", order=3),
    ]
    lanes = [
        Lane(id="act", kind="actions", title="Actions", order=0),
        Lane(id="tp", kind="touchpoints", title="Touchpoints", order=1),
        Lane(id="emo", kind="emotions", title="Emotions", order=2),
        Lane(id="fr", kind="frictions", title="Pain points", order=3),
        Lane(id="op", kind="opportunities", title="Opportunities", order=4),
        Lane(id="kpi", kind="metrics", title="KPIs", order=5),
        Lane(id="notes", kind="notes", title="Notes", order=6),
    ]
    long_text = " ".join(["Reads every review on specialist sites before deciding anything."] * 6)
    cards = [
        Card(id="c1", stage="s1", lane="act", text="Sees an ad for the newest model", order=0),
        Card(id="c2", stage="s1", lane="act", text="Friends talk about camera features", order=1),
        Card(id="c3", stage="s2", lane="act", text="Compares models online", order=0),
        Card(id="c4", stage="s2", lane="act", text=long_text, order=1, evidence="observed"),
        Card(id="c5", stage="s3", lane="act", text="Weighs price, warranty, delivery", order=0),
        Card(id="t1", stage="s1", lane="tp", text="Instagram ad", channel="social", order=0),
        Card(id="t2", stage="s2", lane="tp", text="Shop website", channel="website"),
        Card(id="t3", stage="s2", lane="tp", text="Store visit", channel="store", order=1),
        Card(id="t4", stage="s4", lane="tp", text="Thank-you email", channel="email"),
        Card(id="f1", stage="s2", lane="fr", text="Too many similar models", severity=2),
        Card(id="f2", stage="s3", lane="fr", text="Cart abandoned at shipping costs", severity=3),
        Card(
            id="o1",
            stage="s3",
            lane="op",
            text="Show delivery cost early",
            impact=3,
            effort=1,
            votes=4,
        ),  # noqa: E501
        Card(
            id="n1",
            stage="s4",
            lane="notes",
            text="Interview #4: wants a café-style pickup",
            tags=["ux"],
        ),  # noqa: E501
    ]
    points = [
        EmotionPoint(id="e1", stage="s1", persona="p1", score=1, label="Curious"),
        EmotionPoint(id="e2", stage="s2", persona="p1", score=-1, label="Overwhelmed"),
        EmotionPoint(id="e3", stage="s3", persona="p1", score=-2, label="Annoyed"),
        EmotionPoint(id="e4", stage="s4", persona="p1", score=2, label="Delighted"),
        EmotionPoint(id="e5", stage="s2", persona="p1", curve="to_be", score=1),
        EmotionPoint(id="e6", stage="s3", persona="p1", curve="to_be", score=1),
        EmotionPoint(id="e7", stage="s1", persona="p2", score=0),
        EmotionPoint(id="e8", stage="s3", persona="p2", score=1),
    ]
    metrics = [
        MetricValue(id="m1", stage="s3", lane="kpi", name="Conversion", value=2.4, unit="%"),
        MetricValue(id="m2", stage="s2", lane="kpi", name="Bounce rate", value=41, unit="%"),
    ]
    return JourneyMap(
        id="map1",
        title="Buying a smartphone",
        personas=[
            Persona(id="p1", name="Léa", colour="#1f77b4"),
            Persona(id="p2", name="Marc", colour="#d62728"),
        ],
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotion_points=points,
        metric_values=metrics,
    )
