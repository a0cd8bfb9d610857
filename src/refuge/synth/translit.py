"""Transliteration habits, implemented as rules, the way clerks actually produce Latin names.

A clerk who types a name in Latin letters does not look it up: they apply the habit they grew up
with. Four habits start from the Armenian script and two from the Russian form:

``passport``
    The romanisation printed in Armenian passports (close to BGN/PCGN): ``Հովհաննիսյան`` →
    ``Hovhannisyan``, ``Խաչատրյան`` → ``Khachatryan``, ``Ղազարյան`` → ``Ghazaryan``, initial
    ``Ե`` → ``Ye``, initial ``Ո`` → ``Vo`` (``Voskanyan``). The most common habit by far, and what
    a clerk copies when the person hands over a passport.
``iso``
    ISO 9985 with the diacritics and aspiration marks dropped, as an academic or an
    international-staff volunteer types it without an Armenian keyboard layout: ``խ`` → ``x``,
    ``ծ``/``ց``/``ճ``/``չ`` → ``c``, ``ղ`` → ``g``, ``շ`` → ``s``, ``ժ`` → ``z``,
    ``ձ``/``ջ`` → ``j`` (``Xacatryan``, ``Gazaryan``, ``Mnacakanyan``).
``diaspora``
    Eastern consonants but the ``-ian`` ending and ``ou`` of the diaspora (``Hakobian``,
    ``Hovhannisian``, ``Haroutiunian``, ``Oskanian``).
``western``
    Western Armenian pronunciation, as Lebanese, Syrian and American Armenian volunteers write:
    voiced and voiceless stops swap (``բ``↔``p``, ``գ``↔``k``, ``դ``↔``t``, ``ծ``↔``dz``,
    ``ճ``↔``j``), so ``Հակոբյան`` → ``Hagopian``, ``Պետրոսյան`` → ``Bedrosian``,
    ``Տեր-`` → ``Der-``, ``Գևորգ`` → ``Kevork``; an initial ``Ղ`` is heard as ``K`` (``Kazarian``).
``ru_bgn``
    From the Russian form, in the English-speaking habit (BGN/PCGN): ``Оганесян`` →
    ``Oganesyan``, ``Акопян`` → ``Akopyan``, ``Арутюнян`` → ``Arutyunyan``.
``ru_icao``
    From the Russian form, as Russian international passports print it since 2010 (ICAO 9303):
    ``Arutiunian``, ``Akopian``, ``Iurii``.

All functions here are pure and run once per distinct name (see :mod:`refuge.synth.lexicon`), so
per-character Python is not on the hot path.
"""

from __future__ import annotations

from typing import Final, Literal

LatinStyle = Literal["passport", "iso", "diaspora", "western", "ru_bgn", "ru_icao"]
LATIN_STYLES: Final[tuple[LatinStyle, ...]] = (
    "passport",
    "iso",
    "diaspora",
    "western",
    "ru_bgn",
    "ru_icao",
)
ARMENIAN_STYLES: Final = frozenset({"passport", "iso", "diaspora", "western"})

_PASSPORT: Final[dict[str, str]] = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y",
    "թ": "t", "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h",
    "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o",
    "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r",
    "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
}  # fmt: skip

_ISO_STRIPPED: Final[dict[str, str]] = {
    **_PASSPORT,
    "ը": "e", "ժ": "z", "խ": "x", "ծ": "c", "ձ": "j", "ղ": "g", "ճ": "c", "շ": "s",
    "չ": "c", "ց": "c", "ւ": "w",
}  # fmt: skip

# Western Armenian: voiced/voiceless pairs swap; aspirates keep their Eastern values.
_WESTERN: Final[dict[str, str]] = {
    **_PASSPORT,
    "բ": "p", "պ": "b", "գ": "k", "կ": "g", "դ": "t", "տ": "d", "ճ": "j", "ջ": "ch",
    "ձ": "ts", "ծ": "dz",
}  # fmt: skip

_ARMENIAN_MAPS: Final[dict[str, dict[str, str]]] = {
    "passport": _PASSPORT,
    "iso": _ISO_STRIPPED,
    "diaspora": _PASSPORT,
    "western": _WESTERN,
}

_CYRILLIC_COMMON: Final[dict[str, str]] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ы": "y", "ь": "", "э": "e",
}  # fmt: skip
_BGN: Final[dict[str, str]] = {
    **_CYRILLIC_COMMON, "е": "e", "ё": "yo", "й": "y", "ъ": "", "ю": "yu", "я": "ya",
}  # fmt: skip
_ICAO: Final[dict[str, str]] = {
    **_CYRILLIC_COMMON, "е": "e", "ё": "e", "й": "i", "ъ": "ie", "ю": "iu", "я": "ia",
}  # fmt: skip
_RU_VOWELS: Final = frozenset("аеёиоуыэюяьъ")


def _capitalise_words(text: str) -> str:
    """Upper-case the first letter after the start, a space or a hyphen (``Ter-Petrosyan``)."""
    out: list[str] = []
    start = True
    for ch in text:
        out.append(ch.upper() if start else ch)
        start = ch in " -"
    return "".join(out)


def _armenian_word(word: str, style: str) -> str:
    table = _ARMENIAN_MAPS[style]
    ian = style in ("diaspora", "western")
    out: list[str] = []
    i = 0
    n = len(word)
    while i < n:
        ch = word[i]
        initial = i == 0
        if ch == "յ" and word[i + 1 : i + 3] == "ու":
            out.append("iu" if ian and not initial else "yu")
            i += 3
            continue
        if ch == "յ" and word[i + 1 : i + 3] == "ան" and (i + 3 == n or word[i + 3] == "ց"):
            out.append("ian" if ian else "yan")
            i += 3
            continue
        if ch == "ո" and i + 1 < n and word[i + 1] == "ւ":
            out.append("ou" if ian else "u")
            i += 2
            continue
        if initial and ch == "ե":
            out.append("e" if style == "iso" else "ye")
        elif initial and ch == "ո":
            out.append("vo" if style == "passport" else "o")
        elif initial and ch == "և":
            out.append("ev" if style == "iso" else "yev")
        elif initial and ch == "ղ" and style == "western":
            out.append("k")
        else:
            out.append(table.get(ch, ch))
        i += 1
    return "".join(out)


def armenian_to_latin(text: str, style: str) -> str:
    """Romanise an Armenian-script name with one of the Armenian-based habits."""
    if style not in _ARMENIAN_MAPS:
        raise ValueError(f"not an Armenian-based style: {style!r}")
    lowered = text.lower()
    words: list[str] = []
    word: list[str] = []
    for ch in lowered + " ":
        if ch in " -":
            words.append(_armenian_word("".join(word), style))
            words.append(ch)
            word = []
        else:
            word.append(ch)
    return _capitalise_words("".join(words[:-1]))


def cyrillic_to_latin(text: str, style: str) -> str:
    """Romanise a Russian-form name in the BGN (``ru_bgn``) or ICAO (``ru_icao``) habit."""
    if style == "ru_bgn":
        table = _BGN
    elif style == "ru_icao":
        table = _ICAO
    else:
        raise ValueError(f"not a Russian-based style: {style!r}")
    lowered = text.lower()
    out: list[str] = []
    prev = " "
    for ch in lowered:
        if ch == "е" and style == "ru_bgn" and (prev in " -" or prev in _RU_VOWELS):
            out.append("ye")
        else:
            out.append(table.get(ch, ch))
        prev = ch
    return _capitalise_words("".join(out))


def to_latin(armenian: str, russian: str, style: str) -> str:
    """One Latin form of a name given its Armenian and Russian forms, in ``style``."""
    if style in _ARMENIAN_MAPS:
        return armenian_to_latin(armenian, style)
    return cyrillic_to_latin(russian, style)


def russian_patronymic(father_russian: str, sex: str) -> str:
    """The Russian-style patronymic (``Арменович``/``Арменовна``) from a father's Russian name.

    Follows the rules Soviet registry offices applied to Armenian names: ``-ий`` → ``-ьевич``
    (``Юрий`` → ``Юрьевич``), ``-й`` → ``-евич`` (``Сергей`` → ``Сергеевич``), a final soft
    sign or ``-я`` → ``-евич``/``-ьевич`` (``Рафаэль`` → ``Рафаэлевич``, ``Грачья`` →
    ``Грачьевич``), a final ``-а`` is dropped (``Жора`` → ``Жорович``), otherwise ``-ович``.
    """
    masc, fem = "ович", "овна"
    stem = father_russian
    if stem.endswith("ий"):
        stem, masc, fem = stem[:-2] + "ь", "евич", "евна"
    elif stem.endswith("й"):
        stem, masc, fem = stem[:-1], "евич", "евна"
    elif stem.endswith("ь"):
        stem, masc, fem = stem[:-1], "евич", "евна"
    elif stem.endswith("я"):
        stem = stem[:-1] if stem.endswith("ья") else stem[:-1] + "ь"
        masc, fem = "евич", "евна"
    elif stem.endswith("а"):
        stem = stem[:-1]
    elif stem.endswith(("о", "и", "е")):
        masc, fem = "евич", "евна"
    return stem + (fem if sex == "F" else masc)


def armenian_patronymic(father_armenian: str) -> str:
    """The Armenian-style patronymic: the father's name in the genitive (``Արմենի``, ``Ժորայի``)."""
    if father_armenian.endswith(("ա", "ո", "ե", "է", "օ")):
        return father_armenian + "յի"
    return father_armenian + "ի"
