"""The input value (``Record``) and its columnar form, with the per-record features.

``features`` turns a table of records into integer-coded NumPy arrays (one code per distinct
canonical value), which is all that blocking and comparison look at. Normalisation runs once
per distinct string and is joined back by hashing (``replace_strict``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Final

import numpy as np
import numpy.typing as npt
import polars as pl

from refuge.linkage import households, tables
from refuge.linkage._arrays import dense_codes, frequencies, occurrences, unique_inverse
from refuge.linkage._parallel import apply_once, map_shared
from refuge.linkage.normalise import (
    HOME_COUNTRY_CODE,
    KEY_CACHE_SIZE,
    NAME_WORD_RE,
    abjad_flags,
    abjad_skeleton,
    chain_key,
    collapse_runs,
    family_name_key,
    is_weak_skeleton,
    name_key,
    name_units,
    parse_birth_dates,
    patronymic_key,
    to_latin,
    without_article,
)

I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]
I16 = npt.NDArray[np.int16]
I8 = npt.NDArray[np.int8]
F64 = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Record:
    """One registration as typed at a desk; ``""`` when a value is absent."""

    record_id: str
    given_name: str
    family_name: str
    patronymic: str = ""
    sex: str = ""
    birth_date: str = ""
    origin: str = ""
    phone: str = ""
    household_ref: str = ""
    site: str = ""
    registered_at: str = ""


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Record))


def to_frame(records: Sequence[Record] | pl.DataFrame) -> pl.DataFrame:
    """All ``Record`` columns as non-null strings (missing columns become ``""``)."""
    if isinstance(records, pl.DataFrame):
        df = records
        missing = [c for c in COLUMNS if c not in df.columns]
        df = df.with_columns([pl.lit("").alias(c) for c in missing])
        return df.select(
            [pl.col(c).cast(pl.Utf8).fill_null("").str.strip_chars().alias(c) for c in COLUMNS]
        )
    data = {c: [getattr(r, c) or "" for r in records] for c in COLUMNS}
    return pl.DataFrame(data, schema={c: pl.Utf8 for c in COLUMNS})


def encode(col: pl.Series, fn: Callable[[str], str]) -> tuple[I32, list[str]]:
    """Codes of ``fn(value)`` per row (-1 when empty) and the list of distinct results.

    ``fn`` is called once per distinct input string.
    """
    uniq = col.unique(maintain_order=True)
    return encode_keys(col, uniq, apply_once(fn, uniq.to_list()))


def encode_keys(col: pl.Series, uniq: pl.Series, keys: Sequence[str]) -> tuple[I32, list[str]]:
    """``encode`` with the keys of the distinct values ``uniq`` (in its order) already worked
    out."""
    index: dict[str, int] = {}
    ids = np.empty(len(keys), dtype=np.int32)
    for i, k in enumerate(keys):
        ids[i] = index.setdefault(k, len(index)) if k else -1
    return _per_record(col, uniq, ids), list(index)


def encode_values(col: pl.Series) -> tuple[I32, list[str]]:
    """``encode`` with no function: codes of the values themselves, all in Polars."""
    uniq = col.filter(col != "").unique(maintain_order=True)
    ids = pl.int_range(len(uniq), eager=True, dtype=pl.Int32)
    codes = col.replace_strict(uniq, ids, default=-1, return_dtype=pl.Int32)
    return codes.to_numpy().astype(np.int32, copy=False), uniq.to_list()


def _lower(col: pl.Series, *, repeats: bool = True) -> pl.Series:
    """Stripped and lower-cased in Polars: name keys do both first, so ``HAKOBYAN`` and
    ``Hakobyan`` need one Python call, not two. Zero-width characters (a byte-order mark or a
    joiner pasted with a name) go too: they are no letters, and would part equal names.

    A column whose values ``repeats`` (names, places, sites) is lowered once per distinct value
    and mapped back: Unicode lower-casing costs more than the look-up (at 1M records, 0.35 s
    against 0.13 s for the family names).
    """
    if not repeats:
        return _lowered(col)
    distinct = col.unique()
    return col.replace_strict(distinct, _lowered(distinct))


def _without_child_of(col: pl.Series) -> pl.Series:
    """Lower-cased fathers' names without the word for "child of" before them (``s/o
    Basheer``, ``bint Ahmad``: ``tables.CHILD_OF_PARTICLES``), which one desk writes and
    another does not."""
    return col.str.replace(_CHILD_OF, "$1")


_CHILD_OF: Final = rf"^(?:{'|'.join(re.escape(p) for p in tables.CHILD_OF_PARTICLES)})[\s.:]+(\S)"


def _without_placeholders(given: pl.Series, family: pl.Series) -> tuple[pl.Series, pl.Series]:
    """Lower-cased given and family names with the words that stand for no name
    (``tables.NAME_PLACEHOLDERS``) left empty; a person of one name written in the family-name
    field after ``FNU`` (``tables.FIRST_NAME_UNKNOWN``) has it as the given name."""
    placeholders = list(tables.NAME_PLACEHOLDERS)
    no_given, no_family = given.is_in(placeholders), family.is_in(placeholders)
    one_name = given.is_in(list(tables.FIRST_NAME_UNKNOWN)) & ~no_family & (family != "")
    return (
        given.zip_with(~one_name, family).set(no_given & ~one_name, ""),
        family.set(no_family | one_name, ""),
    )


def _lowered(col: pl.Series) -> pl.Series:
    col = _mojibake_repaired(col)
    return col.str.replace_all(_ZERO_WIDTH, "").str.strip_chars().str.to_lowercase()


def _mojibake_repaired(col: pl.Series) -> pl.Series:
    """Values whose UTF-8 was read as Windows-1252 or Latin-1 by a system on the way (``PEÃ‘A``
    for ``PEÑA``, ``Ø§Ø­Ù…Ø¯`` for ``احمد``) decoded again; the others as they are. Found
    in Polars, repaired once per distinct value (before lower-casing, which would lose the
    bytes)."""
    bad = col.str.contains(_MOJIBAKE).fill_null(False)
    if not bad.any():
        return col
    wrong = col.filter(bad).unique()
    return col.replace(wrong, [_utf8_again(v) for v in wrong.to_list()])


def _utf8_again(text: str) -> str:
    for encoding in ("cp1252", "latin-1"):
        try:
            return text.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return text


# A lead byte of a two-byte UTF-8 sequence (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic)
# read as one Windows-1252 letter, then a continuation byte read as another.
_MOJIBAKE: Final = (
    "[\u00c2-\u00df][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039"
    "\u203a\u20ac\u2122]"
)


_ZERO_WIDTH: Final = "[\u200b-\u200f\u2060\ufeff]"


_PATRONYMIC_WORD_RE: Final = re.compile(tables.PATRONYMIC_WORD_PATTERN)
# A letter of any script (a word character that is not a digit or an underscore).
_LETTER: Final = r"[^\W\d_]"


def unslip_patronymic(given: pl.Series, patronymic: pl.Series) -> tuple[pl.Series, pl.Series]:
    """Given names and patronymics (stripped, lower case) with a father's name typed into the
    given-name field put back where it belongs.

    Two desk habits from Russian-language papers: the name and the patronymic in one field
    (``геворг робертович``, with the patronymic field empty), and the two fields exchanged
    (``гайковна`` as the given name, ``анжела`` as the patronymic). Only a word with a
    Russian-style patronymic ending is moved: no given name has one. The registration itself
    keeps what was typed; this is what linkage compares.
    """
    word = tables.PATRONYMIC_WORD_PATTERN
    rows = np.flatnonzero(given.str.contains(f"^{word}$|\\s{word}$").fill_null(False).to_numpy())
    if len(rows) == 0:
        return given, patronymic
    new_given, new_patronymic = [], []
    for g, p in zip(given.gather(rows).to_list(), patronymic.gather(rows).to_list(), strict=True):
        *name, father = g.split()
        p = p or ""
        if name and not p:  # "геворг робертович"
            g, p = " ".join(name), father
        elif not name and p and not _PATRONYMIC_WORD_RE.fullmatch(p):  # the fields exchanged
            g, p = p, g
        new_given.append(g)
        new_patronymic.append(p)
    return (
        given.scatter(rows, new_given),
        patronymic.scatter(rows, new_patronymic),
    )


def split_joined_names(given: pl.Series, family: pl.Series) -> tuple[pl.Series, pl.Series]:
    """Given and family names (stripped, lower case) with both names typed into one field
    split in two.

    A self-registration form's habit: ``Artak Danielyan`` in one field and ``-`` (or the same
    two words again) in the other. The first word is read as the given name; a surname-first
    writer's order is then the swapped-names case that ``compare`` already scores. Only two
    words are split (three may be a name, a patronymic and a surname, in any order), and not
    when the second is a patronymic (``unslip_patronymic``). One word typed in both fields
    (``Fatemeh`` | ``Fatemeh``) is a form that wanted a family name the person has not: the
    family name is left empty (a registry of Afghans at Iranian desks: F1 0.6389 -> 0.6554,
    precision 0.7542 -> 0.8060; where it was a father's name, as the family name, the eighth
    and seventh generators lost 0.0016 and 0.0003).
    """
    given_empty = ~given.str.contains(_LETTER).fill_null(False)
    family_empty = ~family.str.contains(_LETTER).fill_null(False)
    repeated = (given == family).fill_null(False)
    joined = (given_empty ^ family_empty) | repeated
    if not joined.any():
        return given, family
    # One name typed in both fields (a desk whose form wants a family name the person has
    # not): the second is a copy, not a family name thousands would share. So is a name of
    # two words that other records hold as a given name beside a family name (Gul Shirin,
    # Abdul Aziz, Gebre Michael: one compound given name, not a given and a family name):
    # Afghan registry +0.003 on two seeds, the Armenian one whose forms take full names
    # typed twice (339 records) the same.
    elsewhere = given.filter(~repeated & ~family_empty & ~given_empty).unique()
    compound = repeated & given.is_in(elsewhere.implode()).fill_null(False)
    copy = repeated & (~given.str.contains(r"\s").fill_null(False) | compound)
    rows = np.flatnonzero((joined & ~compound).to_numpy())
    family = family.zip_with(~copy, pl.Series([""] * len(family), dtype=pl.Utf8))
    names = given.gather(rows).zip_with(~given_empty.gather(rows), family.gather(rows))
    new_given, new_family, keep = [], [], []
    for row, text in zip(rows.tolist(), names.to_list(), strict=True):
        words = (text or "").split()
        if len(words) == 2 and not _PATRONYMIC_WORD_RE.fullmatch(words[1]):
            keep.append(row)
            new_given.append(words[0])
            new_family.append(words[1])
    if not keep:
        return given, family
    at = np.array(keep, dtype=np.int64)
    return given.scatter(at, new_given), family.scatter(at, new_family)


@lru_cache(maxsize=KEY_CACHE_SIZE)  # per distinct key: blocking and comparisons ask again
def consonant_skeleton(key: str) -> str:
    """First letter (``a`` for any vowel) and consonants of a key, a doubled one once: blocking
    that survives a vowel slip, and meets a name in Arabic script (``normalise.is_abjad``),
    which writes no short vowels (``MT`` for ``محمد``, ``moamat`` for Mohammad: ``mt``)."""
    key = key.lower()
    first = "a" if key[:1] in "aeiou" else key[:1]
    return collapse_runs(first + "".join(c for c in key[1:] if c not in "aeiou"))


def _sex(s: str) -> str:
    s = s.strip().upper()[:1]
    return {"M": "M", "F": "F", "Մ": "M", "Ա": "M", "Ի": "F", "М": "M", "Ж": "F", "W": "F"}.get(
        s, ""
    )


@dataclass(frozen=True, slots=True)
class NamingChains:
    """Per record, the names after its given name, as a sequence: the father's-name field,
    then the family-name field (a father's name and a grandfather's, or a surname) unless it
    repeats the father's, each compound name once (``normalise.name_units``). Desks share a
    chain out between the two fields differently (``compare._chain_agrees``).

    ``codes``: per record the codes of its names' ``normalise.chain_key`` in ``words`` (one
    vocabulary for both fields), -1 after the last (``MAX_CHAIN`` at most). Per word, whether
    it is an abjad key, and the code of its consonant skeleton (``normalise.abjad_skeleton``),
    which is how a name in Arabic script meets the same in Latin letters (-1 last, for none).
    """

    codes: I32
    # The same chain read the other way round, the family-name field first: desks that write
    # the father's name as the family name (the Chadian NOM, an Eritrean's second name) and
    # the grandfather's in the father's-name field.
    family_first: I32
    # Per record, how many names its chain holds, and how many come from its father's-name
    # field.
    size: I8
    fathers: I8
    words: list[str]
    lengths: I32  # per word, its letters (0 last)
    abjad: npt.NDArray[np.bool_]
    skeleton: I32


@dataclass(frozen=True, slots=True)
class Features:
    n: int
    record_ids: list[str]
    family_raw: I32
    family_key: I32
    family_keys: list[str]
    family_tf: F64
    given_raw: I32
    given_key: I32
    # The first letter of the given name in Latin (a code point, -1 when empty), and whether
    # the name is that one letter: a name written as its initial (``H. Karapetian`` in a
    # hotel's guest list) is read against the other's first letter.
    given_letter: I32
    given_is_initial: npt.NDArray[np.bool_]
    # A given-name field of two words or more read as the name and the father's name after it
    # (``Esma Abdurrahman``, ``Հայկ Հակոբի``): the code of its first word's key in
    # ``given_words``, and of the rest's in ``father_words`` (-1 when not two words).
    given_head: I32
    father_after_given: I32
    # A father's name of two words or more read as the father's and the grandfather's name
    # (``Imad Ahmad``): the code of its first word's key in ``father_words`` (-1 when not).
    patronymic_head: I32
    # The keys those codes refer to: the given-name keys (``given_key``'s codes), then the
    # first words' keys that are none; the fathers' name keys (``patronymic_key``'s codes),
    # then the others; and per key, whether it is an abjad key.
    given_words: list[str]
    given_words_abjad: npt.NDArray[np.bool_]
    father_words: list[str]
    father_words_abjad: npt.NDArray[np.bool_]
    given_keys: list[str]
    given_tf: F64
    # Per family and given key, whether it is the key of a name in Arabic script (and one
    # trailing False: ``normalise.abjad_flags``); per family key, the key without a joined
    # Arabic article (``normalise.without_article``). Computed once here: compare needs them
    # for every chunk of pairs.
    family_abjad: npt.NDArray[np.bool_]
    given_abjad: npt.NDArray[np.bool_]
    patronymic_abjad: npt.NDArray[np.bool_]
    family_bare_keys: list[str]
    # The words of a name (two surnames, two given names: ``Paredes García``, ``Ana Sofía``):
    # per record the codes of its first ``MAX_NAME_WORDS`` words' keys (two letters or more,
    # particles left out), -1 after the last; one vocabulary for both fields.
    family_word_codes: npt.NDArray[np.int32]
    given_word_codes: npt.NDArray[np.int32]
    name_words: list[str]  # the keys those codes refer to
    # The set of those words, two or more, as one code (-1 for fewer), and how many distinct
    # words a record has: one name however the desks shared its words out between the fields
    # (``Heritier | Nzuzi Nkuku``, ``Heritier Nkuku | Nzuzi``; ``Armen | Sargsyan``,
    # ``Sargsyan | Armen``), which blocking's ``name_words`` and the TF adjustment of such a
    # name read.
    word_set: I32
    word_count: npt.NDArray[np.int8]
    patronymic_key: I32
    patronymic_keys: list[str]
    sex: I32
    female: npt.NDArray[np.bool_]
    # Minutes since 1970 of ``registered_at`` (-1 when missing or unreadable).
    registered_minute: npt.NDArray[np.int64]
    year: I16
    month: I16
    day: I16
    phone: I32
    phone_numbers: npt.NDArray[np.int64]  # per phone code, its digits as one integer
    origin: I32
    origin_keys: list[str]
    household: I32
    site: I32
    # Who was registered together (see ``households``): per record its run of one family name
    # at one desk, and its household (its reference, or else its run), -1 for none.
    family_run: I64
    household_group: I64
    # Minutes between members of one household at this registry's desks (``households.
    # family_gap``); -1 when the registration times say nothing of who came together.
    desk_pace: int
    family_skeleton: I32
    given_skeleton: I32
    patronymic_skeleton: I32
    # Per record, the code of its given name's key among the family-name keys, the given name
    # read as a family name (without an article: El Homsi in the given-name field is the family
    # Homsi), and the other way round (-1 when that key is not one of them): a desk that wrote
    # the names in the other order (surname first, as Russian and Armenian lists do) is then
    # recognised by equality of codes (see compare.swapped_names).
    given_as_family: I32
    family_as_given: I32
    # The family-name field holds the record's own father's name (``Sima | Tawab`` with the
    # father ``Tawab`` or ``d/o Tawab``): its ``family_as_father`` is its father's key.
    family_is_father: npt.NDArray[np.bool_]
    # Per record, the code of its family-name key among the fathers' name keys (-1 when none):
    # the two fields swapped between desks (``compare._family_and_father_swapped``).
    family_as_father: I32
    # Per record, its naming chain (``NamingChains``).
    chain: NamingChains
    # Per record, its family and given names as both scripts write them (``normalise.
    # abjad_skeleton``, one vocabulary for both fields, the given name read as a family name,
    # without an article, written apart or joined; -1 when absent, or too weak to tell a name):
    # how names in swapped fields are recognised between Arabic script and Latin.
    family_consonants: I32
    given_consonants: I32
    # Full birth date (year, month and day known) as a code per record (-1 otherwise); per
    # code, its expected frequency p(year)·p(month, day) among full dates, and Σ of the squared
    # frequencies over all dates (term-frequency adjustment; see ``_date_tf``).
    date_code: I32
    date_tf: F64
    date_tf_expected: float


@dataclass(frozen=True, slots=True)
class _Plain:
    """The features that need no name key: Polars and NumPy work only."""

    family_raw: I32
    given_raw: I32
    ymd: I32
    date_code: I32
    date_tf: F64
    date_tf_expected: float
    household: I32
    site: I32
    minute: I64
    reference: I64
    gap: int


# Values no one shares with this many others are placeholders that a desk typed for everyone
# it could not ask: a household reference (at one site) or a phone on more than
# ``PLACEHOLDER_MIN_RECORDS`` records (a household form names a family, a dozen people at most,
# registered at two or three desks), or one full birth date on more than
# ``PLACEHOLDER_DATE_SHARE`` of all records (birth dates spread over ninety years: even
# 1 January of one year holds a few tenths of a percent). They are read as missing (but for
# 1 January where a desk writes a year alone so, ``_heaped_new_year``): agreeing on one is no
# evidence, and thousands of records sharing one flood blocking and mislead the fit
# (household "0" on 30 % of a registry: precision 0.9946; with dummy phones and dates as well,
# 0.93).
PLACEHOLDER_MIN_RECORDS: Final = 50
PLACEHOLDER_DATE_SHARE: Final = 0.01


def _crowded(codes: npt.NDArray[np.integer], limit: float) -> npt.NDArray[np.bool_]:
    """Rows whose code (≥ 0) more than ``limit`` rows hold."""
    out = np.zeros(len(codes), dtype=bool)
    ok = np.flatnonzero(codes >= 0)
    if len(ok):
        out[ok] = occurrences(codes[ok]) > limit
    return out


def _heaped_new_year(ymd: I32) -> npt.NDArray[np.bool_]:
    """Records born on 1 January of a year whose neighbours' 1 January is about as crowded
    (within ``NEW_YEAR_HEAP`` times the larger of the two): a desk's way of writing a year
    alone, all years alike, whose years are real; not a dummy date typed for everyone
    (1900-01-01), which stands out from its neighbours."""
    new_year = (ymd[:, 1] == 1) & (ymd[:, 2] == 1) & (ymd[:, 0] > 0)
    years = ymd[:, 0].astype(np.int64)
    counts = np.bincount(years[new_year], minlength=int(years.max(initial=0)) + 2)
    neighbours = np.maximum(counts[np.maximum(years - 1, 0)], counts[years + 1])
    out: npt.NDArray[np.bool_] = new_year & (counts[years] <= NEW_YEAR_HEAP * neighbours)
    return out


NEW_YEAR_HEAP: Final = 5


def _heaped_day(ymd: I32) -> npt.NDArray[np.bool_]:
    """Records born on a day of the year (other than 1 January, ``unknown_day``) that holds
    ``DAY_HEAP`` times as many of the registry's full dates as a day does (the median day):
    another desk's way of writing a year alone, 1 July or 30 June, mid-year (UNHCR's and
    other registries' convention where an age was estimated). Such a date says only its year."""
    full = np.flatnonzero((ymd[:, 0] > 0) & (ymd[:, 1] > 0) & (ymd[:, 2] > 0))
    day = ymd[:, 1].astype(np.int64) * 32 + ymd[:, 2]
    counts = np.bincount(day[full], minlength=13 * 32)
    typical = float(np.median(counts[counts > 0])) if len(full) else 0.0
    heaped = (counts >= DAY_HEAP * typical) & (counts >= PLACEHOLDER_MIN_RECORDS)
    heaped[1 * 32 + 1] = False  # 1 January: ``unknown_day``
    out = np.zeros(len(ymd), dtype=bool)
    out[full] = heaped[day[full]]
    return out


DAY_HEAP: Final = 5


def _plain(df: pl.DataFrame, family: pl.Series, given: pl.Series) -> _Plain:
    ymd = parse_birth_dates(df["birth_date"])
    ymd[_heaped_day(ymd), 1:] = 0
    full = (ymd[:, 1] > 0) & (ymd[:, 2] > 0) & (ymd[:, 0] > 0)
    date_id = np.where(full, ymd[:, 0] * 372 + ymd[:, 1] * 31 + ymd[:, 2], -1).astype(np.int32)
    placeholder = _crowded(
        date_id, max(PLACEHOLDER_MIN_RECORDS, PLACEHOLDER_DATE_SHARE * df.height)
    )
    if placeholder.any():
        year_only = placeholder & _heaped_new_year(ymd)
        ymd[placeholder & ~year_only] = 0
        ymd[year_only, 1:] = 0
        date_id[placeholder] = -1
    date_code, date_size = dense_codes(date_id)
    date_tf, date_tf_expected = _date_tf(ymd, date_code, date_size)
    household = encode_values(_lower(df["household_ref"], repeats=False))[0]
    site = encode_values(_lower(df["site"]))[0]
    reference = households.referenced(household, site)
    crowded = _crowded(reference, PLACEHOLDER_MIN_RECORDS)
    household = np.where(crowded, -1, household).astype(np.int32)
    reference = np.where(crowded, -1, reference)
    minute = households.without_stamps(registered_minutes(df["registered_at"]), site)
    return _Plain(
        family_raw=encode_values(family)[0],
        given_raw=encode_values(given)[0],
        ymd=ymd,
        date_code=date_code,
        date_tf=date_tf,
        date_tf_expected=date_tf_expected,
        household=household,
        site=site,
        minute=minute,
        reference=reference,
        gap=households.family_gap(reference, minute),
    )


def features(df: pl.DataFrame, *, threads: bool = True) -> Features:
    """The records' features; with ``threads``, the columns without names are read on a second
    core (Polars and NumPy release the interpreter lock) while Python computes the name keys,
    once per distinct name, shared with a forked process (``_parallel.map_shared``)."""
    given, family = split_joined_names(_lower(df["given_name"]), _lower(df["family_name"]))
    # (After the split: the other field of ``FNU`` holds one name, not two run together.)
    given, family = _without_placeholders(given, family)
    given, patronymic_names = unslip_patronymic(given, _without_child_of(_lower(df["patronymic"])))
    with ThreadPoolExecutor(max_workers=1) as pool:
        plain_job = pool.submit(_plain, df, family, given) if threads else None
        origins = _lower(df["origin"])
        named = [c.unique(maintain_order=True) for c in (family, given, patronymic_names, origins)]
        phones = _PhoneParts.of(df["phone"])
        # The pure-Python part (name keys, and phones only libphonenumber can read), once per
        # distinct value: part of it on the second core, in a forked process.
        families, givens, fathers, places = (c.to_list() for c in named)
        words, father_words = _TwoWords.of(givens), _TwoWords.of(fathers)
        # Given names an article could stand before (as a family name's does): no one word of
        # a-z (``family_name_key``); the others read as family names have their own key.
        article = [i for i, v in enumerate(givens) if v and not (v.isascii() and v.isalpha())]
        units = _chain_units(families, fathers)
        unit_texts = sorted({u for names in units.values() for u in names})
        (
            family_k,
            given_k,
            patronymic_k,
            origin_k,
            letter_k,
            phone_k,
            head_k,
            rest_k,
            father_head_k,
            article_k,
            unit_k,
        ) = map_shared(
            [
                (family_name_key, families),
                (name_key, givens),
                (patronymic_key, fathers),
                (name_key, places),
                (_first_letter, givens),
                (_national_number, phones.unread.to_list()),
                (name_key, words.heads),
                (patronymic_key, words.rests),
                (patronymic_key, father_words.heads),
                (family_name_key, [givens[i] for i in article]),
                (_chain_unit_key, unit_texts),
            ],
            share=threads,
        )
        family_key, family_keys = encode_keys(family, named[0], family_k)
        given_key, given_keys = encode_keys(given, named[1], given_k)
        given_letter = _letter_codes(*encode_keys(given, named[1], letter_k))
        patronymic, patronymic_keys = encode_keys(patronymic_names, named[2], patronymic_k)
        origin, origin_keys = encode_keys(origins, named[3], origin_k)
        phone, phone_numbers = phones.table(phone_k)
        phone = np.where(_crowded(phone, PLACEHOLDER_MIN_RECORDS), -1, phone).astype(np.int32)
        sex, sexes = encode(df["sex"], _sex)
        fam_skel = np.array([consonant_skeleton(k) for k in family_keys], dtype=object)
        giv_skel = np.array([consonant_skeleton(k) for k in given_keys], dtype=object)
        pat_skel = np.array([consonant_skeleton(k) for k in patronymic_keys], dtype=object)
        plain = plain_job.result() if plain_job is not None else _plain(df, family, given)
    given_as_family_k = list(given_k)  # the given names read as family names
    for i, k in zip(article, article_k, strict=True):
        given_as_family_k[i] = k
    # The fathers' names, and those read in a given-name field or before a grandfather's.
    father_codes = _vocabulary(patronymic_keys, rest_k, father_head_k)
    given_codes = _vocabulary(given_keys, head_k)
    family_codes = _vocabulary(family_keys)
    family_bare = [without_article(k) for k in family_keys]
    given_word_keys, father_word_keys = list(given_codes), list(father_codes)
    run = households.family_runs(plain.site, family_key, plain.minute, plain.gap)
    word_vocabulary: dict[str, int] = {}  # the words of family and given names, one vocabulary
    particles = _particles(given, family)
    family_skeleton = _recode(family_key, fam_skel)
    family_as_father = _cross_codes(family_key, family_keys, patronymic_keys)
    family_words = _word_codes(family, named[0], (families, family_k), word_vocabulary, particles)
    given_words = _word_codes(given, named[1], (givens, given_k), word_vocabulary, particles)
    word_set, word_count = _word_sets(given_words, family_words)
    ymd = plain.ymd
    return Features(
        n=df.height,
        record_ids=df["record_id"].to_list(),
        family_raw=plain.family_raw,
        family_key=family_key,
        family_keys=family_keys,
        family_tf=frequencies(family_key, len(family_keys)),
        given_raw=plain.given_raw,
        given_key=given_key,
        given_keys=given_keys,
        given_letter=given_letter,
        given_is_initial=(given.str.count_matches(_LETTER) == 1).fill_null(False).to_numpy(),
        **_father_after_given(
            given, named[1], words.rows, (head_k, given_codes), (rest_k, father_codes)
        ),
        patronymic_head=_per_record(
            patronymic_names,
            named[2],
            _codes_among(len(named[2]), father_words.rows, father_head_k, father_codes),
        ),
        given_tf=frequencies(given_key, len(given_keys)),
        family_abjad=abjad_flags(family_keys),
        given_abjad=abjad_flags(given_keys),
        patronymic_abjad=abjad_flags(patronymic_keys),
        given_words=given_word_keys,
        given_words_abjad=abjad_flags(given_word_keys),
        father_words=father_word_keys,
        father_words_abjad=abjad_flags(father_word_keys),
        family_bare_keys=family_bare,
        family_word_codes=family_words,
        given_word_codes=given_words,
        name_words=list(word_vocabulary),
        word_set=word_set,
        word_count=word_count,
        patronymic_key=patronymic,
        patronymic_keys=patronymic_keys,
        sex=sex,
        female=sex == (sexes.index("F") if "F" in sexes else -2),
        registered_minute=plain.minute,
        year=ymd[:, 0].astype(np.int16),
        month=ymd[:, 1].astype(np.int16),
        day=ymd[:, 2].astype(np.int16),
        phone=phone,
        phone_numbers=phone_numbers,
        origin=origin,
        origin_keys=origin_keys,
        household=plain.household,
        site=plain.site,
        family_run=run,
        desk_pace=plain.gap,
        # Households are read off runs of a family name's skeleton, and of a phone: one form
        # keeps a member whose surname the clerk mistyped (Իշխանյան, Իշխաննան) or who bears
        # another (a wife's own surname), where a run that tells two people of one form apart
        # (``family_run``) needs the name itself.
        household_group=households.household_groups(
            plain.site, plain.minute, plain.gap, plain.reference, (family_skeleton, phone)
        ),
        family_skeleton=family_skeleton,
        given_skeleton=_recode(given_key, giv_skel),
        patronymic_skeleton=_recode(patronymic, pat_skel),
        given_as_family=_per_record(
            given,
            named[1],
            np.array([family_codes.get(k, -1) for k in given_as_family_k], dtype=np.int32),
        ),
        family_as_given=_cross_codes(family_key, family_keys, given_keys),
        family_is_father=(family_as_father >= 0) & (family_as_father == patronymic),
        family_as_father=family_as_father,
        chain=_naming_chains(
            (patronymic_names, named[2], fathers, patronymic_k),
            (family, named[0], families, family_k),
            units,
            dict(zip(unit_texts, unit_k, strict=True)),
        ),
        **_consonant_codes(family_key, family_bare, given, named[1], given_as_family_k),
        date_code=plain.date_code,
        date_tf=plain.date_tf,
        date_tf_expected=plain.date_tf_expected,
    )


def _first_letter(name: str) -> str:
    """The first letter of ``name`` in Latin (``to_latin``)."""
    return to_latin(name)[:1]


def _letter_codes(codes: I32, letters: list[str]) -> I32:
    """Code point of each row's letter (``encode`` of ``_first_letter``), -1 when empty."""
    return per_key(codes, [ord(c) for c in letters])


def unknown_day(
    month: npt.NDArray[np.integer], day: npt.NDArray[np.integer]
) -> npt.NDArray[np.bool_]:
    """Dates on 1 January: where desks and civil registries put a birth date whose day is
    unknown (UNHCR's and most registration systems' placeholder), so such a date says what a
    year-only date says."""
    out: npt.NDArray[np.bool_] = (month == 1) & (day == 1)
    return out


def _date_tf(ymd: I32, code: I32, size: int) -> tuple[F64, float]:
    """Per full-date code, the estimated frequency of that date; and Σ p² over dates.

    Counting each date's records is not enough: at tens of thousands of records most dates
    occur a handful of times, and a date that two records of a pair share is counted at least
    twice — a count biased by the pair itself. So a date's frequency is estimated as the
    posterior mean under a Dirichlet prior centred on a smooth model:

        p_v = (c_v − 2 + α·p̄_v) / (N − 2 + α),   p̄_v = p(year)·p(month, day),

    c_v the records with date v apart from the pair's two, N the records with a full date. The
    smooth model p̄ keeps what makes a date common in general — 1 January and other clerks'
    placeholders (the day-of-year marginal), years heaped by ages rounded to 5 or 10 (the year
    marginal) — each estimated from hundreds of records per value; the counts add what is
    common about one date in particular (a placeholder date, a date copied from card to card).
    α is estimated from the registry by the method of moments: the Dirichlet-multinomial
    dispersion φ = χ²/cells of the counts against p̄ is (N + α)/(1 + α). No over-dispersion
    (φ ≤ 1) means the smooth model alone. Σ p² (u of an exact date) is the unbiased share of
    record pairs with one date, Σ c(c − 1) / N(N − 1).
    """
    ok = code >= 0
    if size == 0:
        return np.zeros(0, dtype=np.float64), 0.0
    y = ymd[ok, 0].astype(np.int64)
    md = (ymd[ok, 1].astype(np.int64) * 32 + ymd[ok, 2]).astype(np.int64)
    n = float(ok.sum())
    cy = np.bincount(y)
    cmd = np.bincount(md)
    smooth = np.zeros(size, dtype=np.float64)
    smooth[code[ok]] = (cy[y] / n) * (cmd[md] / n)
    counts = np.bincount(code[ok], minlength=size).astype(np.float64)
    e = n * smooth
    cells = float(np.count_nonzero(cy) * np.count_nonzero(cmd))
    chi2 = float(((counts - e) ** 2 / np.maximum(e, 1e-12)).sum()) + n * (1 - smooth.sum())
    phi = chi2 / max(cells, 1.0)
    if phi > 1.0 and n > 2:
        alpha = (n - phi) / (phi - 1.0)
        tf = (np.maximum(counts - 2.0, 0.0) + alpha * smooth) / (n - 2.0 + alpha)
    else:
        tf = smooth
    expected = float((counts * (counts - 1)).sum() / max(n * (n - 1), 1.0))
    return tf, expected


def phone_codes(col: pl.Series) -> I32:
    """Integer codes of phone numbers (-1 when absent); see ``phone_table``."""
    return phone_table(col)[0]


def phone_table(col: pl.Series) -> tuple[I32, npt.NDArray[np.int64]]:
    """Integer codes of phone numbers (-1 when absent), and per code its digits as one integer.

    A number is compared by its national significant number, the digits after the country
    code and the trunk 0: the same telephone written ``+963 995 297 900`` at one desk and
    ``0995297900`` at the next (a Syrian, Ukrainian or Turkish number, which the Armenian
    reading of ``normalise_phone`` does not accept), or ``+374 91 123456`` and ``091123456``.
    """
    parts = _PhoneParts.of(col)
    return parts.table([_national_number(v) for v in parts.unread.to_list()])


@dataclass(frozen=True, slots=True)
class _PhoneParts:
    """Phone numbers read with vectorised string operations (country codes are a prefix code,
    so the first one, two or three digits after a ``+`` or ``00`` that form one are it). Only
    a long number without either, whose first digits may or may not be a country code, is left
    to libphonenumber (``_national_number``), once per distinct value: ``unread``."""

    raw: pl.Series
    national: pl.Series  # null where libphonenumber must tell
    unread: pl.Series

    @classmethod
    def of(cls, col: pl.Series) -> _PhoneParts:
        raw = col.fill_null("").str.strip_chars()
        d = raw.str.replace_all(r"\D", "")
        international = raw.str.starts_with("+") | d.str.starts_with("00")
        body = pl.Series(d.str.strip_chars_start("0"))
        size = d.str.len_chars()
        national = pl.select(
            pl.when((size < MIN_PHONE_DIGITS) | (size > MAX_PHONE_DIGITS))
            .then(pl.lit(""))
            .when(international)
            .then(
                body.str.slice(_country_code_length(body, international)).str.strip_chars_start("0")
            )
            .when(d.str.contains(f"^{HOME_COUNTRY_CODE}\\d{{8}}$"))
            .then(d.str.slice(len(HOME_COUNTRY_CODE)))
            .when((size >= 11) & ~d.str.starts_with("0"))
            .then(pl.lit(None))
            .otherwise(body)
            .alias("p")
        ).to_series()
        return cls(raw, national, raw.filter(national.is_null()).unique(maintain_order=True))

    def table(self, read: Sequence[str]) -> tuple[I32, npt.NDArray[np.int64]]:
        """``phone_table`` with ``read``, the national numbers of ``unread``."""
        national = self.national
        if self.unread.len():
            mapped = pl.Series(read, dtype=pl.Utf8)
            national = national.fill_null(self.raw.replace_strict(self.unread, mapped, default=""))
        codes, values = encode_values(national.fill_null(""))
        numbers = pl.Series(values, dtype=pl.Utf8).cast(pl.Int64, strict=False)
        return codes, numbers.fill_null(0).to_numpy().astype(np.int64)


# Numbers shorter than this are extensions, room numbers or placeholders, not telephones; E.164
# allows 15 digits, and a prefix and a slip or two more.
MIN_PHONE_DIGITS: Final = 6
MAX_PHONE_DIGITS: Final = 18


def _country_code_length(digits: pl.Series, international: pl.Series) -> pl.Expr:
    """Per number (its digits after + or 00), the length of the country code it begins with,
    0 when none does (only the ``international`` numbers are read). A registry whose numbers
    all begin with Armenia's needs no table of the others, nor libphonenumber's import."""
    if digits.filter(international).str.starts_with(HOME_COUNTRY_CODE).all():
        return pl.lit(len(HOME_COUNTRY_CODE))  # country codes are a prefix code
    import phonenumbers

    out = pl.lit(0)
    for n in (3, 2, 1):
        codes = [str(c) for c in phonenumbers.COUNTRY_CODE_TO_REGION_CODE if len(str(c)) == n]
        out = pl.when(digits.str.slice(0, n).is_in(codes)).then(pl.lit(n)).otherwise(out)
    return out


def _national_number(raw: str) -> str:
    """The national significant number of a long number written without + or 00 (``""`` when
    it is none): its first digits read as a country code when that makes a valid number
    (``905513531634``), else the digits as they are."""
    import phonenumbers

    digits = "".join(c for c in raw if c.isdigit())
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return digits
    return str(number.national_number) if phonenumbers.is_valid_number(number) else digits


def registered_minutes(values: pl.Series) -> npt.NDArray[np.int64]:
    """Minutes since 1970 of ``YYYY-MM-DDTHH:MM`` (seconds allowed), -1 when unreadable."""
    stamps = (
        values.str.slice(0, 16)
        .str.replace(" ", "T")
        .str.to_datetime("%Y-%m-%dT%H:%M", strict=False, time_unit="ms")
    )
    minutes = (stamps.dt.epoch("s") // 60).fill_null(-1)
    return minutes.to_numpy().astype(np.int64)


def _cross_codes(codes: I32, keys: list[str], other: list[str]) -> I32:
    """Per record, the code its key has in the ``other`` vocabulary (-1 when absent there)."""
    pos = {k: i for i, k in enumerate(other)}
    return per_key(codes, [pos.get(k, -1) for k in keys])


def per_key(codes: npt.NDArray[np.integer], table: Sequence[int] | npt.NDArray[np.integer]) -> I32:
    """Per record, ``table[code]`` of its key's code (-1 where it has no key)."""
    values = np.asarray(table, dtype=np.int32)
    if values.size == 0:  # no keys: every code is -1
        values = np.full(1, -1, dtype=np.int32)
    return np.where(codes >= 0, values[np.maximum(codes, 0)], -1).astype(np.int32)


@dataclass(frozen=True, slots=True)
class _TwoWords:
    """The distinct values of a name column that hold two words or more (a given name and the
    father's after it, ``Esma Abdurrahman``; a father's name and the grandfather's, ``Imad
    Ahmad``): their places among the distinct values, their first words, and the rest of
    each: keyed with the other names, in ``map_shared``."""

    rows: list[int]
    heads: list[str]
    rests: list[str]

    @classmethod
    def of(cls, distinct: list[str | None]) -> _TwoWords:
        # (A value of letters alone, most of them, is one word: not split.)
        split = [(i, v.split(None, 1)) for i, v in enumerate(distinct) if v and not v.isalpha()]
        two = [(i, w) for i, w in split if len(w) == 2]
        return cls([i for i, _ in two], [w[0] for _, w in two], [w[1] for _, w in two])


def _word_sets(given_words: I32, family_words: I32) -> tuple[I32, npt.NDArray[np.int8]]:
    """``Features.word_set`` and ``word_count`` from the word codes of the two fields (a word
    repeated, as a family name typed in both fields, counts once)."""
    words = np.sort(np.concatenate([given_words, family_words], axis=1), axis=1)
    words[:, 1:][words[:, 1:] == words[:, :-1]] = -1
    words = np.sort(words, axis=1)
    count = (words >= 0).sum(axis=1).astype(np.int8)
    out = np.full(len(words), -1, dtype=np.int32)
    rows = np.flatnonzero(count >= 2)
    # Column by column, the sorted words so far numbered densely: one number per distinct set
    # (a tenth of Polars' rank of lists).
    codes = np.zeros(len(rows), dtype=np.int64)
    width = int(words.max(initial=0)) + 2
    for column in words[rows].T:
        if (column >= 0).any():
            codes = unique_inverse(codes * width + column + 1)[1]
    out[rows] = codes
    return out, count


def _word_codes(
    col: pl.Series,
    uniq: pl.Series,
    distinct: tuple[list[str | None], list[str]],
    vocabulary: dict[str, int],
    particles: frozenset[str],
) -> I32:
    """``Features.family_word_codes`` (or the given name's) of the records of ``col``, whose
    distinct values are ``uniq`` (``distinct``: as a list, and their keys); words are coded
    in ``vocabulary``, which grows; ``particles`` (``_particles``) are no words."""
    values, value_keys = distinct
    table = np.full((len(values) + 1, MAX_NAME_WORDS), -1, dtype=np.int32)
    for i, (value, value_key) in enumerate(zip(values, value_keys, strict=True)):
        if value is None or value.isalpha():  # one word (most names): its key is the name's
            if value_key and len(value or "") > 1:
                table[i, 0] = vocabulary.setdefault(value_key, len(vocabulary))
            continue
        words = NAME_WORD_RE.findall(value)
        keys = [k for w in words if len(w) > 1 and w not in particles and (k := name_key(w))][
            :MAX_NAME_WORDS
        ]
        table[i, : len(keys)] = [vocabulary.setdefault(k, len(vocabulary)) for k in keys]
    rows = _per_record(col, uniq, np.arange(len(values), dtype=np.int32))
    out: I32 = table[rows]  # -1 (no value) takes the last row, all -1
    return out


MAX_NAME_WORDS: Final = 4
MAX_CHAIN: Final = 4


def _chain_units(*values: list[str | None]) -> dict[str, list[str]]:
    """The names (``normalise.name_units``) of each of the ``values`` of more than one word."""
    return {v: name_units(v) for vs in values for v in vs if v and not v.isalpha()}


def _chain_unit_key(unit: str) -> str:
    """The ``normalise.chain_key`` of one name of a chain."""
    return chain_key(name_key(unit))


def _naming_chains(
    father: tuple[pl.Series, pl.Series, list[str | None], list[str]],
    family: tuple[pl.Series, pl.Series, list[str | None], list[str]],
    units: dict[str, list[str]],
    unit_keys: dict[str, str],
) -> NamingChains:
    """``NamingChains`` of the records' ``father``'s-name and ``family``-name fields, each
    given as its column, its distinct values (as a Series and a list) and their keys: a value
    of one name keeps its key, one of several (``units``: ``_chain_units``) has each of its
    names keyed (``unit_keys``: ``_chain_unit_key`` per name)."""
    vocabulary: dict[str, int] = {}
    parts = []
    for col, uniq, values, keys in (father, family):
        table = np.full((len(values) + 1, MAX_CHAIN), -1, dtype=np.int32)
        for i, (value, key) in enumerate(zip(values, keys, strict=True)):
            if not value:
                continue
            if value.isalpha():  # one name (most values): its key is the value's
                if key:
                    table[i, 0] = vocabulary.setdefault(chain_key(key), len(vocabulary))
                continue
            chained = [unit_keys[u] for u in units[value]]
            codes = [vocabulary.setdefault(k, len(vocabulary)) for k in chained if k]
            table[i, : min(len(codes), MAX_CHAIN)] = codes[:MAX_CHAIN]
        parts.append(table[_per_record(col, uniq, np.arange(len(values), dtype=np.int32))])
    # A field that repeats the other (the father's name typed again as the family name) adds
    # nothing to the chain.
    fathers, families = parts
    families[(families == fathers).all(axis=1)] = -1
    words = list(vocabulary)
    skeletons: dict[str, int] = {}
    chain = _chain(fathers, families)
    return NamingChains(
        codes=chain,
        size=(chain >= 0).sum(axis=1).astype(np.int8),
        family_first=_chain(families, fathers),
        fathers=(fathers >= 0).sum(axis=1).astype(np.int8),
        words=words,
        lengths=np.array([len(w) for w in words] + [0], dtype=np.int32),
        abjad=abjad_flags(words),
        skeleton=np.array(
            [skeletons.setdefault(abjad_skeleton(w), len(skeletons)) for w in words] + [-1],
            dtype=np.int32,
        ),
    )


def _chain(first: I32, then: I32) -> I32:
    """The names of ``first`` then of ``then`` (codes, -1 for none) per row, a name repeated
    next to itself once, -1 after the last, ``MAX_CHAIN`` at most."""
    codes = np.concatenate([first, then], axis=1)
    out: I32 = np.full(codes.shape, -1, dtype=codes.dtype)
    at = np.zeros(len(codes), dtype=np.intp)  # per row, where its next name goes
    last = np.full(len(codes), -1, dtype=codes.dtype)  # per row, the name put there last
    for j in range(codes.shape[1]):  # column by column: a few columns, many rows
        column = codes[:, j]
        rows = np.flatnonzero((column >= 0) & (column != last))
        out[rows, at[rows]] = column[rows]
        at[rows] += 1
        last[rows] = column[rows]
    return out[:, :MAX_CHAIN].copy()


# A particle that this many records (or ``PARTICLE_NAME_SHARE`` of them) hold as a whole given
# or family name is a name of the registry, not a particle (``_particles``).
PARTICLE_NAME_MIN: Final = 20
PARTICLE_NAME_SHARE: Final = 0.0005


def _particles(given: pl.Series, family: pl.Series) -> frozenset[str]:
    """``tables.NAME_PARTICLES`` less those the batch holds as names of their own: in a
    Vietnamese registry Lê and Đỗ are family names (``LE KIM`` is Lê Kim, not a particle and
    Kim), Văn and Thị middle names, An a given name; a Dutch or Spanish registry never has
    ``van`` or ``de`` alone in a name field (measured: ten records at most in a 100k registry,
    against 5 900 holding ``le`` in the sixteenth generator's)."""
    names = pl.concat([given, family])
    held = names.filter(names.is_in(list(tables.NAME_PARTICLES))).value_counts()
    floor = max(PARTICLE_NAME_MIN, PARTICLE_NAME_SHARE * len(given))
    named = {w for w, k in zip(held[names.name], held["count"], strict=True) if k >= floor}
    return tables.NAME_PARTICLES - named


def _codes_among(size: int, rows: list[int], keys: list[str], code: dict[str, int]) -> I32:
    """Per distinct value (``size`` of them), the code of its key (``code``; -1 when it has
    none), for the values at ``rows`` whose keys are ``keys``; -1 for the others."""
    out = np.full(size, -1, dtype=np.int32)
    out[rows] = [code.get(k, -1) for k in keys]
    return out


def _vocabulary(keys: list[str], *more: list[str]) -> dict[str, int]:
    """A code per key: ``keys`` by their place (so codes agree with theirs), then the keys of
    ``more`` that are not among them."""
    code = {k: i for i, k in enumerate(keys)}
    for extra in more:
        for k in extra:
            code.setdefault(k, len(code))
    return code


def _father_after_given(
    given: pl.Series,
    distinct: pl.Series,
    rows: list[int],
    heads: tuple[list[str], dict[str, int]],
    rests: tuple[list[str], dict[str, int]],
) -> dict[str, I32]:
    """``Features.given_head`` and ``father_after_given``, from the distinct values of two words
    (``rows``, ``_TwoWords``), the keys of their first words and of the rest (``heads``,
    ``rests``: the keys, and the codes of the given names and of the fathers' names)."""
    head = _codes_among(len(distinct), rows, *heads)
    father = _codes_among(len(distinct), rows, *rests)
    return {
        "given_head": _per_record(given, distinct, head),
        "father_after_given": _per_record(given, distinct, np.where(head >= 0, father, -1)),
    }


def _per_record(col: pl.Series, distinct: pl.Series, per_value: npt.NDArray[np.integer]) -> I32:
    """A value per record of ``col``, given per value of ``distinct`` (its distinct values)."""
    mapped = col.replace_strict(
        distinct, pl.Series(per_value, dtype=pl.Int32), return_dtype=pl.Int32
    )
    return mapped.to_numpy().astype(np.int32, copy=False)


def _consonant_codes(
    family_key: I32,
    family_bare_keys: list[str],
    given: pl.Series,
    distinct_given: pl.Series,
    given_as_family_keys: list[str],
) -> dict[str, I32]:
    """``Features.family_consonants`` and ``given_consonants``: a given name's from its key
    read as a family name (without an article: El Homsi in the given-name field), and both
    without an article joined to the key (``family_bare_keys``, ``normalise.without_article``:
    Alumar is al-Umar, written العمر)."""
    vocabulary: dict[str, int] = {}

    def codes(keys: list[str]) -> list[int]:
        skeletons = (abjad_skeleton(k) for k in keys)
        return [
            -1 if is_weak_skeleton(s) else vocabulary.setdefault(s, len(vocabulary))
            for s in skeletons
        ]

    bare = [without_article(k) for k in given_as_family_keys]
    return {
        "family_consonants": per_key(family_key, codes(family_bare_keys)),
        "given_consonants": _per_record(
            given, distinct_given, np.array(codes(bare), dtype=np.int32)
        ),
    }


def _recode(codes: I32, values: npt.NDArray[np.object_]) -> I32:
    """Map key codes through a per-key derived value to new integer codes."""
    if len(values) == 0:
        return np.full(len(codes), -1, dtype=np.int32)
    _, inv = np.unique(values.astype(str), return_inverse=True)
    return per_key(codes, inv)
