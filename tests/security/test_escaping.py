"""Autoescaping everywhere: no template or view may switch it off or mark text as safe."""

from __future__ import annotations

import re
from pathlib import Path

from app.core.templating import templates

ROOT = Path(__file__).resolve().parents[2]
UNSAFE = re.compile(r"\|\s*safe\b|autoescape\s+false|Markup\(|\bsafe=True")


def test_templates_autoescape() -> None:
    assert templates.env.autoescape is True or callable(templates.env.autoescape)
    assert templates.env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"


def test_no_template_or_module_marks_text_safe() -> None:
    """Highlighted text (e.g. the review page's evidence spans) must be built from escaped pieces in the
    template, never by marking a string safe."""
    hits = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for folder, pattern in (("templates", "*.html"), ("app", "*.py"))
        for path in sorted((ROOT / folder).rglob(pattern))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if UNSAFE.search(line)
    ]
    assert not hits, "\n".join(hits)
