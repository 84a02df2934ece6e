"""Templates: the bundled example maps and blank starters, offered by "New from template"."""

from __future__ import annotations

from pathlib import Path

from mapstudio.core.model import JourneyMap, new_id, utc_now
from mapstudio.files import read_map
from mapstudio.records import record
from mapstudio.resources import resource_path

SUFFIX = ".journey.json"


@record
class TemplateInfo:
    name: str  # file name without the suffix, e.g. "smartphone-en"
    language: str
    title: str
    path: Path


def list_templates(language: str | None = None) -> list[TemplateInfo]:
    """Every bundled template (blank starters first), optionally only one language's."""
    found = []
    for path in sorted(resource_path("examples").glob(f"*{SUFFIX}")):
        m = read_map(path)
        if language and not m.language.startswith(language):
            continue
        found.append(TemplateInfo(path.name.removesuffix(SUFFIX), m.language, m.title, path))
    found.sort(key=lambda t: (not t.name.startswith("blank"), t.name))
    return found


def new_from_template(name: str) -> JourneyMap:
    """A new map copied from a template: fresh map id and dates. Raises KeyError if unknown."""
    for t in list_templates():
        if t.name == name:
            m = read_map(t.path)
            now = utc_now()
            return m.model_copy(update={"id": new_id("map"), "created": now, "modified": now})
    raise KeyError(name)
