"""Normalisation: names to one canonical phonetic key, phones to E.164, birth dates to parts.

All functions here take one value and are pure; the pipeline calls them once per *distinct*
string (names repeat a lot) through the ``functools.cache`` wrappers, then joins the results
back onto the records with hashing in Polars.

A name goes through two steps:

1. ``to_latin``: script transliteration to a readable Latin spelling (Armenian BGN/PCGN,
   Russian BGN/PCGN with the conventional Russian forms of Armenian names, Georgian national,
   any other script anyascii's generic romanisation),
   diacritics resolved (ISO 9985, Hübschmann-Meillet, carons, Kurmanji letters).
2. ``fold``: the spelling habits folded into phonetic classes (see ``tables.FOLD_TOKENS``):
   ``Հովհաննիսյան``, ``Hovhannisyan``, ``Hovannisian`` all give ``ovanisian``; ``Оганесян`` and
   ``Ovanesyan`` give ``ovanesian`` (Armenian ի against Russian е: one vowel apart, which the
   similarity measure, not the key, absorbs).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

import numpy as np
import numpy.typing as npt
import polars as pl
from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler

from refuge.linkage import tables
from refuge.linkage.calendars import (
    SOLAR_HIJRI_OFFSET,
    gregorian_date,
    is_solar_hijri_year,
    solar_hijri_day,
)

_ARMENIAN_RANGE: Final = (0x0531, 0x058A)
# The keys of this many distinct names (and skeletons, phones) are kept: more than a registry of
# a million records has, and a bound for a desk server that keys every name typed for weeks.
KEY_CACHE_SIZE: Final = 1 << 20

_RU_STEMS_RE: Final = re.compile(
    r"(?<![а-яёһ])("
    + "|".join(sorted(tables.RUSSIAN_CONVENTIONAL_STEMS, key=len, reverse=True))
    + ")"
)


def _plain_cyrillic(word: str) -> str:
    return "".join(tables.CYRILLIC_TO_LATIN.get(c, c) for c in word)


# The conventional Russian stems as romanised from the Russian (``oganes`` → ``ovhannes``).
_LATIN_STEMS: Final = {
    _plain_cyrillic(k): _plain_cyrillic(v) for k, v in tables.RUSSIAN_CONVENTIONAL_STEMS.items()
}
_LATIN_STEMS_RE: Final = re.compile(
    r"(?<![a-z])(" + "|".join(sorted(_LATIN_STEMS, key=len, reverse=True)) + ")"
)
_LATIN_SPECIAL: Final = str.maketrans(tables.LATIN_SPECIAL)
# Tokens of several letters by regex (longest first), then single letters by ``str.translate``:
# the same folding as one regex over all tokens (the classes are upper case, which the
# translation leaves alone), at a third of the regex callbacks.
_FOLD_RE: Final = re.compile(
    "|".join(re.escape(t) for t in sorted(tables.FOLD_TOKENS, key=len, reverse=True) if len(t) > 1)
)
_FOLD_LETTERS: Final = str.maketrans({t: c for t, c in tables.FOLD_TOKENS.items() if len(t) == 1})
_SUFFIX_RE: Final = re.compile(tables.SUFFIX_PATTERN)
_PATRONYMIC_RE: Final = re.compile(tables.PATRONYMIC_PATTERN)
_SOFT_C_RE: Final = re.compile(r"c(?!h)(?=[eiy])")
_HARD_C_RE: Final = re.compile(r"c(?!h)")
# Initial ye is e (Yeghiazaryan, Egiazaryan); Ukrainian passports write initial Є as ie
# (Iefymenko) as often as ye.
_INITIAL_YE_RE: Final = re.compile(r"^[yi]e")
# Russian ё after a consonant is written е as often as ё (Артём/Артем, Семён/Семен, Фёдор/Федор)
# and romanised yo or e: one key. And -ий romanised -ij (German, Polish) or -iy (Jurij/Yuriy).
# French romanisation writes ю as you (Haroutyounian, Youri): that yo is no ё.
_RUSSIAN_YO_RE: Final = re.compile(r"(?<=[bcdfgklmnprstvz])yo(?!u)")
_FINAL_IJ_RE: Final = re.compile(r"ij$")
_SLAVIC_J_RE: Final = re.compile(tables.SLAVIC_J_PATTERN)
_INITIAL_VO_RE: Final = re.compile(r"^vo(?=[^aeiouy])")
# Armenian and Russian write a foreign initial W before a vowel as ու/у (Ուիլյամ, Уильям,
# Ուերներ for Werner, Уэйн for Wayne), where Latin keeps w, which the key reads as v.
_INITIAL_W_RE: Final = re.compile(r"^u(?=[aeio])")
# A letter followed by itself is dropped: doubled letters collapse (a deletion, not a template
# substitution, which cost three times as much).
_RUNS_RE: Final = re.compile(r"(.)(?=\1)")


def collapse_runs(s: str) -> str:
    """``s`` with a letter repeated in a row written once."""
    return _RUNS_RE.sub("", s)


# The glide between a vowel and e: Armenian writes it (Միքայել Mikayel, Իսրայել, Մուսայել),
# Russian does not (Микаэл, Израэлян, Мусаелян), and BGN/PCGN romanises Russian е after a vowel
# ye (Алексеев Alekseyev, against Alekseev on a passport).
_GLIDE_RE: Final = re.compile(r"(?<=[aeiou])i(?=e)")
# A word that writes ш as sch is German romanisation (Duden): its ch is х, kh elsewhere
# (Chatschatrjan for Хачатрян), where English and French write ч as ch.
_GERMAN_CH_RE: Final = re.compile(r"(?<!s)ch")
_ROMANIAN_MARK_RE: Final = re.compile(tables.ROMANIAN_MARK_PATTERN)
_ROMANIAN_RE: Final = re.compile("|".join(sorted(tables.ROMANIAN_LETTERS, key=len, reverse=True)))
_ROMANIAN_FINAL_CI_RE: Final = re.compile(tables.ROMANIAN_FINAL_CI_PATTERN)
_POLISH_MARK_RE: Final = re.compile(tables.POLISH_MARK_PATTERN)
_POLISH_EXCEPT_RE: Final = re.compile(tables.POLISH_EXCEPT_PATTERN)
_POLISH_SOFT_E_RE: Final = re.compile(tables.POLISH_SOFT_E_PATTERN)
_POLISH_INITIAL_J_RE: Final = re.compile(tables.POLISH_INITIAL_J_PATTERN)
_POLISH_RE: Final = re.compile("|".join(sorted(tables.POLISH_LETTERS, key=len, reverse=True)))
_WORD_RE: Final = re.compile(r"[a-z]+")
_ARMENIAN_LETTERS_CLASS: Final = f"{chr(_ARMENIAN_RANGE[0])}-{chr(_ARMENIAN_RANGE[1])}"
_ARMENIAN_RE: Final = re.compile(f"[{_ARMENIAN_LETTERS_CLASS}]")
_CYRILLIC_LETTERS_CLASS: Final = "\u0400-\u04ff"
_CYRILLIC_RE: Final = re.compile(f"[{_CYRILLIC_LETTERS_CLASS}]")
# Arabic letters, and their presentation forms (not U+FEFF, the byte-order mark at the end of
# that block).
_ARABIC_RE: Final = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")
# Vowel marks, shadda, sukun, the dagger alif and Quranic marks: rarely typed, never needed.
_ARABIC_MARKS_RE: Final = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_ARABIC_LETTERS: Final = str.maketrans(tables.ARABIC_TO_LATIN)
_ARABIC_ARTICLE_RE: Final = re.compile(f"^\\s*{tables.ARABIC_ARTICLE}(?=[^\\W\\d_]{{2}})")
_LATIN_ARTICLE_RE: Final = re.compile(tables.LATIN_ARTICLE_PATTERN, re.IGNORECASE)
_GEORGIAN_LETTERS_CLASS: Final = "\u10a0-\u10ff"
_GEORGIAN_RE: Final = re.compile(f"[{_GEORGIAN_LETTERS_CLASS}]")
# The scripts ``to_latin`` transliterates: a name in one of them has no Latin orthography.
_NON_LATIN_RE: Final = re.compile(
    f"[{_ARMENIAN_LETTERS_CLASS}{_CYRILLIC_LETTERS_CLASS}{_GEORGIAN_LETTERS_CLASS}]"
)


def _is_armenian(ch: str) -> bool:
    return _ARMENIAN_RANGE[0] <= ord(ch) <= _ARMENIAN_RANGE[1]


# The letters whose reading depends on their place (BGN/PCGN): ու is u; ո at the start of a
# word is vo; ե at the start or after a vowel is ye; և at the start is yev. The classical
# (Mashtotsian) orthography, which the diaspora, Iranian Armenians and older papers keep, adds
# two that the reformed spelling never writes: իւ before a consonant or at the end is yu
# (Հարութիւն, Իւրի), and էո is evo (Գէորգ, Մատթէոս for Գևորգ, Մաթևոս). The rest, letter by
# letter (``str.translate``; a lone ւ is v, as in Դաւիթ and Լեւոն).
_ARMENIAN_OUTSIDE: Final = f"(?<![{_ARMENIAN_LETTERS_CLASS}])"
_ARMENIAN_VOWEL_CLASS: Final = "".join(sorted(tables.ARMENIAN_VOWELS))
_ARMENIAN_PLACED_RE: Final = re.compile(
    f"ու|{_ARMENIAN_OUTSIDE}ո|{_ARMENIAN_OUTSIDE}ե"
    f"|(?<=[{_ARMENIAN_VOWEL_CLASS}])ե|{_ARMENIAN_OUTSIDE}և"
    f"|իւ(?![{_ARMENIAN_VOWEL_CLASS}])|էո(?!ւ)"
)
_ARMENIAN_PLACED: Final = {"ու": "u", "ո": "vo", "ե": "ye", "և": "yev", "իւ": "yu", "էո": "evo"}
# A classical spelling also writes h as a word-initial յ (Յակոբեան, Յովհաննէս, Յարութիւն for
# Հակոբյան, Հովհաննես, Հարություն). The reformed one writes a foreign y so (Յանա, Յակովլև
# for Yana, Yakovlev), so յ is read h only in a name that shows the classical orthography
# elsewhere: է after the first letter, ւ outside ու, or the ending -եան; and not in յու.
_CLASSICAL_MARK_RE: Final = re.compile(
    f"(?<=[{_ARMENIAN_LETTERS_CLASS}])է|(?<!ո)ւ|եան(?![{_ARMENIAN_LETTERS_CLASS}])"
)
_CLASSICAL_INITIAL_Y_RE: Final = re.compile(r"(?<![^\W\d_])յ(?!ո?ւ)")
_ARMENIAN_LETTERS: Final = str.maketrans(tables.ARMENIAN_TO_LATIN)


def _armenian_to_latin(s: str) -> str:
    if _CLASSICAL_MARK_RE.search(s):
        s = _CLASSICAL_INITIAL_Y_RE.sub("հ", s)
    placed = _ARMENIAN_PLACED_RE.sub(lambda m: _ARMENIAN_PLACED[m.group(0)], s)
    return placed.translate(_ARMENIAN_LETTERS)


# Russian е is ye at the start of a word and after a vowel, ъ or ь (BGN/PCGN).
_CYRILLIC_YE_RE: Final = re.compile(
    f"(?<![^\\W\\d_])е|(?<=[{''.join(sorted(tables.CYRILLIC_VOWELS))}ъь])е"
)
_CYRILLIC_LETTERS: Final = str.maketrans(tables.CYRILLIC_TO_LATIN)


# A name written in Ukrainian (one of the letters Russian lacks) reads г as h, as Ukrainian
# passports romanise it (Григорій Hryhorii, Ігор Ihor, Сергій Serhii); ґ stays g.
_UKRAINIAN_RE: Final = re.compile("[іїєґ]")


def _cyrillic_to_latin(s: str) -> str:
    s = _RU_STEMS_RE.sub(lambda m: tables.RUSSIAN_CONVENTIONAL_STEMS[m.group(1)], s)
    if _UKRAINIAN_RE.search(s):
        s = s.replace("г", "h")
    return _CYRILLIC_YE_RE.sub("ye", s).translate(_CYRILLIC_LETTERS)


def to_latin(text: str) -> str:
    """A readable lower-case Latin spelling of ``text``, whatever its script.

    Armenian and Russian follow BGN/PCGN (``Հովհաննես`` → ``hovhannes``, ``Оганес`` →
    ``ovhannes`` through the conventional-forms table); Georgian the national system; other
    scripts, except Arabic (an abjad, see ``name_key``), anyascii's romanisation. Latin
    input keeps its letters; diacritics are resolved later, in ``fold``.
    """
    if text.isascii():  # most Latin spellings: nothing to transliterate
        return _latin_stems(text.lower().strip())
    s = unicodedata.normalize("NFC", text).lower().strip()
    if _ARMENIAN_RE.search(s):
        s = _armenian_to_latin(s)
    if _CYRILLIC_RE.search(s):
        s = _cyrillic_to_latin(s)
    if _GEORGIAN_RE.search(s):
        s = "".join(tables.GEORGIAN_TO_LATIN.get(c, c) for c in s)
    if not s.isascii() and _OTHER_SCRIPT_RE.search(s):
        s = _OTHER_SCRIPT_RE.sub(_any_latin, s)
    return _latin_stems(s)


# The scripts with no table of ours (Greek, Hebrew, Ethiopic, Devanagari, Burmese, Chinese...):
# the generic romanisation of anyascii, so that ``ገብረመድህን`` meets ``Gebremedhin`` and ``Γιώργος``
# meets ``Giorgos``. Latin letters with marks (resolved in ``fold``) and Arabic script (read as
# an abjad, ``name_key``) are not among them.
_OTHER_SCRIPT_RE: Final = re.compile(
    "[^\x00-\u036f\u0600-\u06ff\u0750-\u077f\u1e00-\u1eff\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]+"
)


def _any_latin(m: re.Match[str]) -> str:
    return anyascii(m.group(0)).lower()


def _latin_stems(s: str) -> str:
    """Russian conventional forms romanised (``oganesyan``) read as the Cyrillic ones are."""
    if s.isascii() and s.isalpha() and s.islower() and not s.startswith(_LATIN_STEM_TUPLE):
        return s  # one word of a-z: a stem could only begin it (a quarter of the regex's time)
    return _LATIN_STEMS_RE.sub(lambda m: _LATIN_STEMS[m.group(1)], s)


_LATIN_STEM_TUPLE: Final = tuple(_LATIN_STEMS)


def _ascii_letters(latin: str) -> str:
    if latin.isascii():
        return latin.translate(_LATIN_SPECIAL)
    s = latin.translate(_LATIN_SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


@lru_cache(maxsize=KEY_CACHE_SIZE)  # per distinct word: a registry's names share their words
def _fold_word(word: str) -> str:
    # Each rule runs only when its letters are in the word (a substring test costs a twentieth
    # of a regex call; Python runs this for every distinct name of a registry).
    if "an" in word[-5:]:  # every suffix ends so (a, one or two n, at most two letters more)
        word = _SUFFIX_RE.sub(tables.SUFFIX_REPLACEMENT, word)
    if "yo" in word:
        word = _RUSSIAN_YO_RE.sub("e", word)
    if word.endswith("ij"):
        word = _FINAL_IJ_RE.sub("iy", word)
    if "j" in word:
        word = _SLAVIC_J_RE.sub("y", word)
    if word.startswith(("ye", "ie")):
        word = _INITIAL_YE_RE.sub("e", word)
    if word.startswith("vo"):
        word = _INITIAL_VO_RE.sub("o", word)
    elif word.startswith("u"):
        word = _INITIAL_W_RE.sub("v", word)
    if "sch" in word:
        word = _GERMAN_CH_RE.sub("kh", word)
    if "c" in word:
        word = _HARD_C_RE.sub("k", _SOFT_C_RE.sub("ts", word))
    return _FOLD_RE.sub(_fold_token, word).translate(_FOLD_LETTERS)


def _fold_token(m: re.Match[str]) -> str:
    return tables.FOLD_TOKENS[m.group(0)]


def _polish_to_latin(s: str) -> str:
    """A name in Polish orthography in the letters of the other romanisations (see
    ``tables.POLISH_MARK_PATTERN``)."""
    s = _POLISH_RE.sub(lambda m: tables.POLISH_LETTERS[m.group(0)], s)
    return _POLISH_INITIAL_J_RE.sub("y", _POLISH_SOFT_E_RE.sub("e", s))


def _read_orthography(text: str, latin: str) -> str:
    """``latin`` (the Latin reading of ``text``) with Polish or Romanian orthography resolved,
    when ``text`` was written in Latin letters and shows one of them; a name transliterated
    from another script (Սզմվել) says nothing of a Latin orthography."""
    if latin.isascii() and not _ASCII_MARKS_RE.search(latin):
        return latin  # most names: one search where the tests below take three
    if not text.isascii() and _NON_LATIN_RE.search(text):
        return latin
    if _POLISH_MARK_RE.search(latin) and not _POLISH_EXCEPT_RE.search(latin):
        return _polish_to_latin(latin)
    if _ROMANIAN_MARK_RE.search(latin):
        latin = _ROMANIAN_FINAL_CI_RE.sub("ch", latin)
        return _ROMANIAN_RE.sub(lambda m: tables.ROMANIAN_LETTERS[m.group(0)], latin)
    return latin


# What of the Polish and Romanian marks (``tables.POLISH_MARK_PATTERN``, ``ROMANIAN_MARK_PATTERN``)
# ASCII letters can write: a spelling in ASCII with none of these shows neither orthography.
_ASCII_MARKS: Final = ("cz", "sz", "ciu", "cea", "enco", "vici")
_ASCII_MARKS_RE: Final = re.compile("|".join(_ASCII_MARKS))


def fold(latin: str) -> str:
    """Fold a Latin spelling into the phonetic key alphabet (see ``tables.FOLD_TOKENS``).

    Words are folded separately (initial ``ye``/``vo`` and suffix rules are per word) and
    joined without separator, so ``Ter-Petrosyan`` and ``Terpetrosyan`` meet.
    """
    words = _WORD_RE.findall(_ascii_letters(latin))
    key = "".join(_fold_word(w) for w in words).lower()
    if "ie" in key:
        key = _GLIDE_RE.sub("", key)
    return _RUNS_RE.sub("", key)


def _abjad_key(text: str) -> str:
    """The key of a name (or a father's name) in Arabic script: its consonants and long
    vowels, folded, in capitals (``is_abjad``)."""
    return fold(_arabic_to_latin(text)).upper()


def _arabic_to_latin(s: str) -> str:
    """Consonants and long vowels in Latin (``محمد`` → ``mmd``: ح is nothing); presentation
    forms (``NFKC``) and vowel marks resolved."""
    s = _ARABIC_MARKS_RE.sub("", unicodedata.normalize("NFKC", s))
    s = _ARABIC_INITIAL_WAW_RE.sub("v", _ARABIC_INITIAL_RE.sub("a", s))
    return s.translate(_ARABIC_LETTERS)


# A name that begins with ع, ح or ه begins in Latin with a vowel or an h, which the key drops
# (Omar, Ali; Hassan, Hamza): read as a vowel, as an initial alif is (Ahmad). An initial و is
# the consonant w (Walid, Wafa, Wissam), not the long u it is inside a name (Yousef, Mahmoud).
_ARABIC_INITIAL_RE: Final = re.compile(r"^\s*[عحه]")
_ARABIC_INITIAL_WAW_RE: Final = re.compile(r"^\s*و")


def is_abjad(key: str) -> bool:
    """Whether ``key`` is the key of a name in Arabic script: consonants and long vowels only,
    written in capitals so that it never equals the key of a spelling with its vowels."""
    return key[:1].isupper()


def abjad_flags(keys: list[str]) -> npt.NDArray[np.bool_]:
    """Per key, whether it is an abjad key (``is_abjad``); and one trailing ``False``, so that
    an empty list still gives a look-up table."""
    return np.array([is_abjad(k) for k in keys] + [False], dtype=bool)


# The Arabic article joined to a family name in Latin letters (Alsalih, Alahmad, Elmasri for
# al-Salih...): ``name_key`` drops it only when written apart (Al-Salih, El Masri), as a key
# cannot tell Alsalih from Alina; a family name is compared without it as well. (So Alaverdyan
# is also compared as Averdyan, a name that does not exist; sparing vowel-initial remainders
# cost the Arabic-speaking registry 0.0017 F1 and changed nothing on the Armenian ones.)
_JOINED_ARTICLE_RE: Final = re.compile(r"^[ae]l(?=[a-z]{3})")


def without_article(key: str) -> str:
    """A family-name key without the Arabic article joined to its front (``alsali`` →
    ``sali``); other keys, and Armenian surnames in -ian (Alikhanyan), as they are."""
    if key.endswith(_ARMENIAN_SURNAME_ENDINGS):
        return key
    return _JOINED_ARTICLE_RE.sub("", key)


_ARMENIAN_SURNAME_ENDINGS: Final = ("ian", "ianc")


def name_units(text: str) -> list[str]:
    """The names a field holds, in order, each compound name as one (``abd el rahman ali`` →
    ``abdelrahman``, ``ali``; ``nasr el din`` → ``nasreldin``; ``tables.COMPOUND_HEADS``,
    ``COMPOUND_TAILS``); an article written apart is joined to the name after it (``al
    amin`` → ``alamin``). ``text`` lower case."""
    units: list[str] = []
    pending = ""
    for word in NAME_WORD_RE.findall(text):
        if word in tables.COMPOUND_TAILS and units:
            units[-1] += pending + word
            pending = ""
        elif word in tables.COMPOUND_HEADS or word in tables.CHAIN_ARTICLES:
            pending += word
        else:
            units.append(pending + word)
            pending = ""
    if pending:
        units.append(pending)
    return units


# A name's words: runs of letters in any script.
NAME_WORD_RE: Final = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=KEY_CACHE_SIZE)
def chain_key(key: str) -> str:
    """The key of one name of a naming chain: without an article joined to it (``Elfatih``
    and ``Alfatih`` are ``pati``, ``الفاتح`` is ``PAT``), an abjad key still in capitals."""
    if is_abjad(key):  # consonants: an article before two of them is one still
        return _ABJAD_ARTICLE_RE.sub("", key)
    return without_article(key)


_ABJAD_ARTICLE_RE: Final = re.compile(r"^AL(?=[A-Z]{2})")


@lru_cache(maxsize=KEY_CACHE_SIZE)  # per distinct key: each comparison of names asks again
def abjad_skeleton(key: str) -> str:
    """What a name written in Arabic script and the same name in Latin letters share: whether
    it begins with a vowel (``a``), then its consonants other than w (written و, as a long u
    is), a doubled one once (``mt`` for ``محمد`` and Mohammad, ``amt`` for ``أحمد`` and
    Ahmed, ``alt`` for ``وليد`` and Walid)."""
    key = key.lower()
    start = "a" if key[:1] in _ABJAD_VOWELS else ""
    return start + _RUNS_RE.sub("", _ABJAD_VOWELS_RE.sub("", key))


_ABJAD_VOWELS: Final = "aeiouv"
_ABJAD_VOWELS_RE: Final = re.compile(f"[{_ABJAD_VOWELS}]")


# One letter and a slash at the start of a word, then the rest of the name (``G/Medhin``,
# ``ወ/ሚካኤል``, ``G/ Medhin``): ``tables.ETHIOPIAN_ABBREVIATIONS``.
_ABBREVIATION_RE: Final = re.compile(
    f"(?<![^\\W\\d_])([{''.join(tables.ETHIOPIAN_ABBREVIATIONS)}])\\s*/\\s*(?=[^\\W\\d_])",
    re.IGNORECASE,
)


def _spelt_out(text: str) -> str:
    """``text`` with an Ethiopian name's abbreviated first part written in full."""
    if "/" not in text:
        return text
    return _ABBREVIATION_RE.sub(lambda m: tables.ETHIOPIAN_ABBREVIATIONS[m[1].lower()], text)


@lru_cache(maxsize=KEY_CACHE_SIZE)
def name_key(text: str) -> str:
    """The canonical phonetic form of one name in any script (``""`` for an empty name).

    ``Հակոբյան``, ``Hakobyan``, ``Hakobian``, ``Hagopian``, ``Akopyan``, ``Акопян`` all give
    ``akopian``. A name in a script without a table of ours is read in anyascii's
    romanisation (``to_latin``); one of which nothing is left keeps its lower-cased letters, so
    it still matches itself.
    """
    if not text.isalpha():  # a title stands apart from the name, an abbreviation has a /
        text = _spelt_out(_TITLE_RE.sub("", text))
    if not text.isascii() and _ARABIC_RE.search(text):
        return _abjad_key(text)
    latin = _somali_read(to_latin(text))
    key = fold(_read_orthography(text, latin))
    if not key:
        key = "".join(c for c in latin if c.isalpha())
    return tables.SURNAME_KEY_ALIASES.get(key, key)


def _somali_read(latin: str) -> str:
    """``latin`` with the names of ``tables.SOMALI_SPELLINGS`` and the Cabd- names written as
    English-writing desks write them; other text as it is."""
    if "c" not in latin and "x" not in latin and "C" not in latin and "X" not in latin:
        return latin  # most names: one test
    return _SOMALI_RE.sub(_somali_word, latin)


def _somali_word(m: re.Match[str]) -> str:
    word = m.group(0).lower()
    if word.startswith("cabd"):
        return word[1:]
    return tables.SOMALI_SPELLINGS.get(word, word)


_SOMALI_RE: Final = re.compile(r"(?i)\b(?:cabd[a-z]*|[a-z]*[cx][a-z]*)\b")


@lru_cache(maxsize=KEY_CACHE_SIZE)
def family_name_key(text: str) -> str:
    """``name_key`` of a family name, without the Arabic article before it: al-Hassan, El
    Fayyad, الحسن are the families Hassan, Fayyad, حسن. (A given name keeps it: إلهام, Elham,
    is often typed الهام.)"""
    if not text.isalpha():  # an article written apart (al-, El )
        text = _LATIN_ARTICLE_RE.sub("", text)
    if not text.isascii():
        text = _ARABIC_ARTICLE_RE.sub("", text)
    return name_key(text)


# A form of address some desks type before a name (Mr., г-н, Պրն.): no part of the name.
_TITLE_RE: Final = re.compile(
    r"^\s*(?:" + "|".join(re.escape(t) for t in tables.TITLES) + r")\.?\s+(?=\S)", re.IGNORECASE
)


# The genitive -ի romanised (Hamleti, Grigori for Համլետի, Գրիգորի) read as the Armenian is; so
# is the y that a Russian patronymic of a name in -ий keeps (Григорьевич, Валерьевич).
_LATIN_GENITIVE_RE: Final = re.compile(r"(?<=[a-z]{2}[^aeiouy])[iy]$")


@lru_cache(maxsize=KEY_CACHE_SIZE)
def patronymic_key(text: str) -> str:
    """The key of a father's name written as a patronymic.

    Russian-style endings are removed (``Арменович``, ``Armenovna`` → the key of ``Armen``);
    the Armenian genitive ``-ի`` of civil documents (``Արմենի``) likewise.
    """
    s = _spelt_out(unicodedata.normalize("NFC", text).strip().lower())
    if _ARABIC_RE.search(s):
        return _abjad_key(s)
    if len(s) > 3 and s.endswith("ի") and _is_armenian(s[0]):
        s = s[:-1]
    latin = _read_orthography(s, _somali_read(to_latin(s)))
    words = [
        _LATIN_GENITIVE_RE.sub("", _PATRONYMIC_RE.sub("", w))
        for w in _WORD_RE.findall(_ascii_letters(latin))
    ]
    key = fold(" ".join(words))
    if not key:
        key = "".join(c for c in latin if c.isalpha())
    return key


def key_similarity(a: str, b: str) -> float:
    """Jaro-Winkler similarity of two keys (1.0 when equal, 0.0 when either is empty)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if is_abjad(a) != is_abjad(b):
        return max(JaroWinkler.normalized_similarity(x, y) for x, y in abjad_pairs(a, b))
    return float(JaroWinkler.normalized_similarity(a, b))


def abjad_pairs(a: str, b: str) -> list[tuple[str, str]]:
    """What to compare of an abjad key and a key of another script (the best pair counts):
    their skeletons, and read with the Egyptian and Sudanese g for ج (``egyptian_g``) and with
    French spellings' ch and soft c (``french_sh``); or, when a
    skeleton has no consonant (يحيى, Aya, Eva), the keys themselves (``abjad_whole``: a
    skeleton of weak letters alone would meet every such name)."""
    sa, sb = abjad_skeleton(a), abjad_skeleton(b)
    if is_weak_skeleton(sa) or is_weak_skeleton(sb):
        return [(abjad_whole(a), abjad_whole(b))]
    pairs = [(sa, sb)]
    for reading in SKELETON_READINGS:
        ra, rb = (reading(s, is_abjad(k)) for s, k in ((sa, a), (sb, b)))
        pairs.append((ra, rb))
    return pairs


def abjad_whole(key: str) -> str:
    """A key compared whole with a key of the other script: in one case, and the w of a Latin
    spelling (``v`` in a key: Hawa ``ava``) as the long u that و is within a name (``AUA``)."""
    return key.lower().replace("v", "u")


def egyptian_g(skeleton: str, abjad: bool) -> str:
    """The skeleton of an abjad key with ج read as g (``k`` in a key), as Egyptians and
    Sudanese say it and write it in Latin letters: Gamal, Ragab, Gomaa, Khadiga for جمال, رجب,
    جمعة, خديجة (elsewhere Jamal, Rajab, Jumaa, Khadija: the skeleton as it is). A Latin
    skeleton stays as it is."""
    return skeleton.replace("j", "k") if abjad else skeleton


def french_sh(skeleton: str, abjad: bool) -> str:
    """The skeleton of a Latin key with its French spellings of Arabic sounds read back: ch
    for ش (Aicha, Achta, Bichara, Chérif: ``j`` in a key, which reads ch as in Armenian and
    English) and a soft c for س (Grace, Cécile: ``c`` in a key). An abjad skeleton stays as
    it is."""
    return skeleton if abjad else skeleton.replace("j", "x").replace("c", "s")


# The other readings of a skeleton that Arabic script and Latin letters are also compared on.
SKELETON_READINGS: Final = (egyptian_g, french_sh)


def is_weak_skeleton(skeleton: str) -> bool:
    """Whether an ``abjad_skeleton`` holds no consonant."""
    return not skeleton.removeprefix("a")


def name_similarity(a: str, b: str) -> float:
    """Similarity 0..1 of two names in any scripts, on their canonical forms.

    Jaro-Winkler on the keys: the measure Splink and most record-linkage systems use for
    personal names, favouring agreement at the start, where transliteration varies least.
    """
    return key_similarity(name_key(a), name_key(b))


# Armenia's country calling code: its numbers arrive with it written without ``+`` as well.
HOME_COUNTRY_CODE: Final = "374"


@lru_cache(maxsize=KEY_CACHE_SIZE)
def normalise_phone(text: str, region: str = "AM") -> str:
    """E.164 form of a phone number (``+37491234567``), or ``""`` when it is not a number.

    Armenian numbers arrive as ``+374XXXXXXXX``, ``00374…``, ``374…`` or the national ``0XXXXXXXX``.
    """
    # Imported here: libphonenumber's metadata costs 20 ms at every start, and a process that
    # only links (``records.phone_table``) needs its country codes only for numbers written
    # with one.
    import phonenumbers

    raw = text.strip()
    if not raw:
        return ""
    digits = "".join(c for c in raw if c.isdigit())
    if (
        region == "AM"
        and not raw.startswith("+")
        and digits.startswith(HOME_COUNTRY_CODE)
        and len(digits) == 11
    ):
        raw = "+" + digits
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# The interchange form, YYYY-MM-DD or YYYY, and what spreadsheets and other systems make of it:
# a time after the date (``1980-03-05 00:00:00``), ``/`` or ``.`` between its parts, ``00`` for
# an unknown month or day or no day at all (``1980-00-00``, ``1980-05``: the year alone), a
# year read as a number (``1980.0``); and the day first (``05.03.1980``, ``05/03/1980``), as
# Armenia, Russia, the Middle East and Europe write a date.
_YEAR_FIRST_RE: Final = re.compile(
    r"^\s*([0-9]{4})(?:[-/.]([0-9]{1,2})(?:[-/.]([0-9]{1,2}))?(?:[T ][0-9:.]*)?)?\s*$"
)
_DAY_FIRST_RE: Final = re.compile(r"^\s*([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})\s*$")


def parse_birth_dates(dates: pl.Series) -> npt.NDArray[np.int32]:
    """``(year, month, day)`` of each birth date, as an ``(n, 3)`` array (forms: ``_YEAR_FIRST_RE``,
    ``_DAY_FIRST_RE``).

    0 for missing parts. A date whose month is over 12 but whose day is a valid month is kept as
    written (the comparison knows about day/month swaps); an impossible date gives ``(0, 0, 0)``.
    A Solar Hijri date is given in the Gregorian calendar (``_from_solar_hijri``).
    Parsed by Polars: no Python call per distinct date (tens of thousands in a registry), and
    once per distinct date (a quarter of the records' at 100k, fewer at 1M).
    """
    dates = dates.cast(pl.Utf8).fill_null("")
    distinct = dates.unique()
    at = dates.replace_strict(
        distinct, pl.int_range(len(distinct), eager=True, dtype=pl.Int32), return_dtype=pl.Int32
    )
    out: npt.NDArray[np.int32] = _parsed_dates(distinct)[at.to_numpy().astype(np.intp, copy=False)]
    return out


def _parsed_dates(dates: pl.Series) -> npt.NDArray[np.int32]:
    year_first = dates.str.extract_groups(_YEAR_FIRST_RE.pattern)
    day_first = dates.str.extract_groups(_DAY_FIRST_RE.pattern)

    def part(groups: pl.Series, name: str) -> npt.NDArray[np.float64]:
        return groups.struct.field(name).cast(pl.Int32, strict=False).to_numpy().astype(float)

    fy, fm, fd = (part(year_first, g) for g in ("1", "2", "3"))
    dy, dm, dd = (part(day_first, g) for g in ("3", "2", "1"))
    other = np.isnan(fy) & ~np.isnan(dy)
    fy, fm, fd = np.where(other, dy, fy), np.where(other, dm, fm), np.where(other, dd, fd)
    # 00 for the month or the day, or no day: the year alone.
    has_md = ~np.isnan(fm) & ~np.isnan(fd) & (fm > 0) & (fd > 0)
    y, m, d = (np.nan_to_num(v, nan=0.0).astype(np.int32) for v in (fy, fm, fd))
    has_md = _from_solar_hijri(y, m, d, has_md)
    ok = (y >= 1850) & (y <= 2100)
    md_ok = (m >= 1) & (m <= 31) & (d >= 1) & (d <= 31) & (np.minimum(m, d) <= 12)
    ok &= ~has_md | md_ok
    out = np.zeros((len(dates), 3), dtype=np.int32)
    out[ok, 0] = y[ok]
    full = ok & has_md
    out[full, 1] = m[full]
    out[full, 2] = d[full]
    return out


def _from_solar_hijri(
    y: npt.NDArray[np.int32],
    m: npt.NDArray[np.int32],
    d: npt.NDArray[np.int32],
    has_md: npt.NDArray[np.bool_],
) -> npt.NDArray[np.bool_]:
    """Solar Hijri dates (``1365-05-10``, ``1365``: ``calendars.SOLAR_HIJRI_YEARS``) turned
    Gregorian in place, the year alone to the Gregorian year most of it falls in; returns
    ``has_md`` where 1 Farvardin (``1365-01-01``, the tazkira's unknown day) and impossible
    days and months stand for the year alone."""
    rows = np.flatnonzero(is_solar_hijri_year(y))
    if len(rows) == 0:
        return has_md
    has_md = has_md.copy()
    sy, sm, sd = y[rows], m[rows], d[rows]
    real = has_md[rows] & (sm <= 12) & (sd <= np.where(sm <= 6, 31, 30)) & ~((sm == 1) & (sd == 1))
    gy, gm, gd = gregorian_date(solar_hijri_day(sy, sm, sd))
    y[rows] = np.where(real, gy, sy + SOLAR_HIJRI_OFFSET)
    m[rows] = np.where(real, gm, 0)
    d[rows] = np.where(real, gd, 0)
    has_md[rows] = real
    return has_md
