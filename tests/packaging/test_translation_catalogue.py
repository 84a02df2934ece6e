"""The French catalogue covers every user-visible string, and what ships is built from it."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "mapstudio"
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%(?:\d+|n)")
# The one alias lupdate is told about (as in the Makefile): ``t = QCoreApplication.translate``.
LUPDATE_ALIAS = ["-tr-function-alias", "translate+=t"]
ALLOWED_ALIASES = {"tr": {"tr"}, "translate": {"translate", "t"}}


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(context, source) -> (translation type attribute, translated text)."""
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            text = (translation.text or "") if translation is not None else ""
            if message.get("numerus") == "yes" and translation is not None:
                # plural forms (French: one, many): every one must be filled
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = "" if not forms or not all(f.strip() for f in forms) else forms[-1]
            entries[(name, message.findtext("source") or "")] = (kind, text)
    return entries


def extract(tmp_path: Path) -> Path:
    """Run pyside6-lupdate over the sources into a fresh .ts, as `make translations` does."""
    target = tmp_path / "extracted_fr.ts"
    sources = sorted(str(p) for p in SRC.rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-silent", *sources, *LUPDATE_ALIAS, "-locations", "none"]
        + ["-source-language", "en", "-target-language", "fr", "-ts", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def test_every_source_string_has_a_finished_french_translation(tmp_path: Path) -> None:
    extracted = read_ts(extract(tmp_path))
    assert len(extracted) >= 30, "lupdate found suspiciously few strings"
    ours = read_ts(TRANSLATIONS / "mapstudio_fr.ts")
    problems = []
    for key in sorted(extracted):
        context, source = key
        if key not in ours:
            problems.append(f"missing     [{context}] {source!r}")
            continue
        kind, text = ours[key]
        if kind in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"unfinished  [{context}] {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholder [{context}] {source!r} -> {text!r}")
    assert not problems, (
        f"{len(problems)} user-visible strings lack a French translation "
        "(run `make translations`, then translate resources/translations/mapstudio_fr.ts):\n"
        + "\n".join(problems)
    )


class _TranslationCallChecker(ast.NodeVisitor):
    """Finds translation calls pyside6-lupdate cannot extract, or files under the wrong context."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.class_depth = 0
        self.t_is_translate = False  # set once the module says ``t = QCoreApplication.translate``
        # ``Name = TranslationContext("Name")``: ``Name.tr(...)`` is filed under "Name" by lupdate
        # and looked up under "Name" at run time (mapstudio.text.translate)
        self.contexts: set[str] = set()
        self.offenders: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.class_depth += 1
        self.generic_visit(node)
        self.class_depth -= 1

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if node.name not in ("translate", "tr"):  # a forwarding shim passes its arguments on
            self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        if (
            isinstance(value, ast.Call)
            and getattr(value.func, "id", "") == "TranslationContext"
            and len(node.targets) == 1
        ):
            name = getattr(node.targets[0], "id", "")
            argument = value.args[0] if value.args else None
            if isinstance(argument, ast.Constant) and argument.value == name:
                self.contexts.add(name)
            else:
                self.offenders.append(
                    f"{self.where}:{node.lineno}: a TranslationContext's variable must be named "
                    "as its context (lupdate takes the context from the name before .tr)"
                )
        aliased = value.attr if isinstance(value, ast.Attribute) else getattr(value, "id", "")
        for target in node.targets:
            name = getattr(target, "id", aliased)
            if name == "t":
                self.t_is_translate = aliased == "translate"
            if aliased in ALLOWED_ALIASES and name not in ALLOWED_ALIASES[aliased]:
                self.offenders.append(
                    f"{self.where}:{node.lineno}: alias {name!r} of {aliased}: lupdate only "
                    f"sees calls named {' or '.join(sorted(ALLOWED_ALIASES[aliased]))}()"
                )
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "translate" and isinstance(func, ast.Attribute):
            owner = func.value
            owner_name = (
                owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            )
            if owner_name != "QCoreApplication":
                name = ""  # str.translate, a reportlab canvas's translate(x, y)...
        needed = {"tr": 1, "translate": 2, "t": 2 if self.t_is_translate else 0}.get(name)
        if needed:
            line = f"{self.where}:{node.lineno}"
            if name == "tr" and isinstance(func, ast.Name) and not self.class_depth:
                self.offenders.append(f"{line}: tr() outside a class has no context; use translate")
            receiver = getattr(func, "value", None)
            receiver_name = getattr(receiver, "id", "")
            if (
                name == "tr"
                and receiver is not None
                and receiver_name != "self"
                and receiver_name not in self.contexts
            ):
                # lupdate files it under the enclosing class, Qt looks it up under the receiver's
                self.offenders.append(f"{line}: tr() on another object; use translate")
            args = node.args[:needed]
            if len(args) < needed or not all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
            ):
                self.offenders.append(f"{line}: {name}() needs literal strings")
        self.generic_visit(node)


def test_translation_calls_use_literal_strings_lupdate_can_see() -> None:
    """``tr(variable)``, an alias such as ``t = QCoreApplication.translate`` or a helper wrapping
    translate() hides strings from lupdate: the completeness test above would then pass while
    the interface stays English."""
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        checker = _TranslationCallChecker(str(path.relative_to(ROOT)))
        checker.visit(ast.parse(path.read_text(encoding="utf-8")))
        offenders += checker.offenders
    assert not offenders, "\n".join(offenders)


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    for ts in sorted(TRANSLATIONS.glob("mapstudio_*.ts")):
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
            check=True,
            capture_output=True,
        )
        committed = ts.with_suffix(".qm")
        assert committed.exists(), f"{committed.name} is missing: run `make translations`"
        assert committed.read_bytes() == fresh.read_bytes(), (
            f"{committed.name} is older than {ts.name}: run `make translations`"
        )
