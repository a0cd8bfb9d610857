"""A Latin rendering of a name, shown beside the name as typed. Display only.

Letter by letter (Armenian BGN/PCGN 1981, Russian BGN/PCGN), so a reader who does not read the
script sees what the clerk wrote: ``Оганесян`` → ``Oganesyan``, ``Հովհաննիսյան`` →
``Hovhannisyan``. The linkage engine's ``to_latin`` is not used here on purpose: it rewrites
Russian conventional forms to their Armenian originals (``Оганес`` → ``ovhannes``) and lower-
cases, which is right for matching and wrong for showing what is on the form.
"""

from __future__ import annotations

import re
from functools import lru_cache

ARMENIAN: dict[str, str] = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y",
    "թ": "t", "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h",
    "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o",
    "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r",
    "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
}  # fmt: skip
CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip
_ARMENIAN_VOWELS = frozenset("աեէըիոօ")
# Renderings kept per distinct text: a server shows the same names again and again, and runs
# for weeks.
CACHE_SIZE = 1 << 16
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїє")


def _is_armenian(ch: str) -> bool:
    return "\u0531" <= ch <= "\u058a"


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _letter(text: str, i: int) -> tuple[str, int]:
    """Latin for the letter at ``text[i]`` (lower case) and how many letters it used."""
    ch = text[i].lower()
    prev = text[i - 1].lower() if i > 0 else " "
    word_start = not prev.isalpha()
    if _is_armenian(ch):
        if ch == "ո" and i + 1 < len(text) and text[i + 1].lower() == "ւ":
            return "u", 2
        if ch == "ո" and word_start:
            return "vo", 1
        if ch == "ե" and (word_start or prev in _ARMENIAN_VOWELS):
            return "ye", 1
        return ARMENIAN.get(ch, ch), 1
    if _is_cyrillic(ch):
        if ch == "е" and (word_start or prev in _CYRILLIC_VOWELS or prev in "ъь"):
            return "ye", 1
        return CYRILLIC.get(ch, ch), 1
    return text[i], 1


@lru_cache(maxsize=CACHE_SIZE)
def to_latin(text: str) -> str:
    """``text`` in Latin letters, keeping its capitals; Latin text comes back unchanged."""
    out: list[str] = []
    i = 0
    while i < len(text):
        latin, used = _letter(text, i)
        if text[i] != text[i].lower() and latin:
            # A capital stays a capital: Ж → Zh, and ԵՂԻԱԶԱՐՅԱՆ stays upper case.
            whole_word_upper = (
                i + 1 < len(text) and text[i + 1].isalpha() and text[i + 1] != text[i + 1].lower()
            )
            latin = latin.upper() if whole_word_upper else latin[0].upper() + latin[1:]
        out.append(latin)
        i += used
    return "".join(out)


def latin_beside(text: str) -> str:
    """The Latin rendering if ``text`` is in another script, else ``""`` (nothing to add)."""
    if not any(_is_armenian(c) or _is_cyrillic(c) for c in text):
        return ""
    return to_latin(text)


# Latin to Russian Cyrillic, longest match first. Not for display: the search reads a name
# typed in Latin letters also as the Russian spelling it may transliterate, so that the
# engine's Russian conventional forms apply (``Oganesyan`` → ``Оганесян``, read as Հովհաննիսյան;
# ``Grant`` → ``Грант``, read as Հրանտ). A lone ``h`` is dropped, as Russian spellings of
# Armenian names drop Հ (Hakob → Акоп).
LATIN_TO_CYRILLIC: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("dzh", "дж"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"),
    ("ts", "ц"), ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("ye", "е"), ("a", "а"), ("b", "б"),
    ("c", "ц"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", ""), ("i", "и"),
    ("j", "дж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
    ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"),
    ("x", "кс"), ("y", "й"), ("z", "з"),
)  # fmt: skip


@lru_cache(maxsize=CACHE_SIZE)
def latin_to_cyrillic(text: str) -> str:
    """``text`` (Latin letters) as a Russian clerk would have typed it; other letters kept."""
    s, out, i = text.lower(), [], 0
    while i < len(s):
        for latin, cyrillic in LATIN_TO_CYRILLIC:
            if s.startswith(latin, i):
                out.append(cyrillic)
                i += len(latin)
                break
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


_DROP_KHA = re.compile("[хХ](?![шШ])")


def readings(text: str) -> tuple[str, ...]:
    """The ways a typed name may be read: as typed, and letter by letter in the other script
    family (Armenian or Cyrillic to Latin, Latin to Cyrillic), and for Cyrillic with Х, without
    it. The linkage engine's keys fold
    most spellings together; these catch what folding keeps apart, such as the Latin spelling
    of a Russian passport (``Oganesyan``) against the Armenian original (``Հովհաննիսյան``)."""
    if latin_beside(text):
        if "х" in text.lower() and not any(_is_armenian(c) for c in text):
            # Х is Armenian Խ (Хачатрян) or, in some Russian spellings, Հ (Ховханнисян,
            # Хермине, Мхер), which the engine reads as Խ; the third reading drops it.
            return (text, to_latin(text), _DROP_KHA.sub("", text))
        return (text, to_latin(text))
    if any(c.isalpha() for c in text):
        return (text, latin_to_cyrillic(text))
    return (text,)
