"""Every string of the interface has an Armenian and a Russian translation, compiled."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest

import refuge

LOCALE = Path(refuge.__file__).parent / "locale"


def entries(po: Path) -> list[tuple[str, list[str], bool]]:
    """(msgid, msgstrs, fuzzy) for each entry but the header."""
    out = []
    for block in po.read_text(encoding="utf-8").split("\n\n"):
        msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        if not msgid:
            continue
        text = "".join(re.findall(r'"(.*)"', msgid.group(1)))
        if not text:
            continue  # the header
        strs = [
            "".join(re.findall(r'"(.*)"', m))
            for m in re.findall(r"^msgstr(?:\[\d\])? ((?:\".*\"\n?)+)", block + "\n", re.M)
        ]
        out.append((text, strs, "#, fuzzy" in block))
    return out


@pytest.mark.parametrize("language", ["hy", "ru"])
def test_every_string_is_translated_and_compiled(language):
    po = LOCALE / language / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")
    found = entries(po)
    assert len(found) > 300
    untranslated = [msgid for msgid, strs, fuzzy in found if fuzzy or not all(strs)]
    assert not untranslated
    # A translation keeps every placeholder of its source.
    for msgid, strs, _fuzzy in found:
        wanted = sorted(set(re.findall(r"%\(\w+\)[sd]", msgid)))
        for translated in strs:
            assert sorted(set(re.findall(r"%\(\w+\)[sd]", translated))) == wanted, msgid
    # The committed .mo says what the .po says (a fresh clone needs no gettext tools).
    with mo.open("rb") as f:
        catalog = gettext.GNUTranslations(f)
    for msgid, strs, _fuzzy in found:
        if len(strs) == 1:
            assert catalog.gettext(unescape(msgid)) == unescape(strs[0]), "run compilemessages"


def unescape(text: str) -> str:
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")
