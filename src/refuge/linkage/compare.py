"""Comparison: for each candidate pair, one named level per field.

Each field has a ladder of levels, best first (like Splink's comparison levels); a missing value
on either side is the null level (-1), which carries no evidence. All work is vectorised over
pair arrays; string similarity is computed once per distinct pair of keys with RapidFuzz
``cpdist`` across ``workers`` threads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Final

import numpy as np
import numpy.typing as npt
import polars as pl
from rapidfuzz.distance import OSA, Hamming, JaroWinkler
from rapidfuzz.process import cpdist

from refuge.linkage import tables
from refuge.linkage._arrays import Idx, each_chunk, one_slip, unique_inverse
from refuge.linkage.calendars import other_calendar
from refuge.linkage.config import LinkageConfig
from refuge.linkage.normalise import (
    SKELETON_READINGS,
    abjad_flags,
    abjad_skeleton,
    abjad_whole,
    is_weak_skeleton,
    name_key,
)
from refuge.linkage.records import (
    I32,
    MAX_NAME_WORDS,
    Features,
    consonant_skeleton,
    unknown_day,
)

I64 = npt.NDArray[np.int64]
I8 = npt.NDArray[np.int8]
F64 = npt.NDArray[np.float64]

NAME_LEVELS: Final = ("exact", "transliteration-equal", "close", "similar", "different")
# Family names have one more level: ``different-woman``, two different surnames of women (or
# of a woman and a record without sex) — a woman may carry her maiden name at one desk and her
# married name at another, which EM measures instead of treating as a plain contradiction.
FAMILY_LEVELS: Final = (*NAME_LEVELS, "different-woman")
# Given names have one more level: ``equivalent``, a pair of keys listed together in
# ``tables.GIVEN_NAME_EQUIVALENTS`` (a diminutive and its full form, a Russian and an Armenian
# form of one name). Its weight is learned by EM like any other level.
GIVEN_LEVELS: Final = (
    "exact",
    "transliteration-equal",
    "equivalent",
    "close",
    "similar",
    "different",
)
LEVELS: Final[dict[str, tuple[str, ...]]] = {
    "family_name": FAMILY_LEVELS,
    "given_name": GIVEN_LEVELS,
    "patronymic": ("equal", "close", "different"),
    "birth_date": (
        "exact",
        "swapped",
        "year-off-by-one",
        "year-typo",
        "year-only",
        "near",
        "different",
        "far",
        # One date as the Ethiopian calendar writes it (7 or 8 years behind the Gregorian,
        # its year from 11 September): converted to the other, or its day and month kept, or a
        # year alone (or 1 January) on one side. A clerk at a desk for Ethiopians and Eritreans
        # types the date a person knows, in the calendar the person knows it in.
        "other-calendar",
    ),
    "sex": ("equal", "different"),
    "phone": ("equal", "one-digit", "different"),
    # "close": a slip in the name of the place (Թաղավարդ, Թաղավարֆ; Stepanakert, Stepanakret),
    # which "different" treated as another village.
    "origin": ("equal", "close", "different"),
    # "one-registration": one household reference at one site — listed on one household form,
    # which names each member once, so two such records are as a rule two people (a form
    # re-submitted after a lost connection is the exception, and EM measures how often);
    # "equal": one reference at two sites (a family carries its reference card to the next desk).
    "household_ref": ("one-registration", "equal", "different"),
    "site": ("equal", "different"),
    # Collective evidence, second pass only (see ``HouseholdLinks``): null in the first pass,
    # in ``explain`` and whenever a side has no household or both are in one household.
    "household_colink": ("colinked", "not-colinked"),
}
FIELDS: Final = tuple(LEVELS)
NULL: Final = "null"
# Birth years this far apart are "far" (see ``_date_levels``).
FAR_YEARS: Final = 10
# Registrations of one household form: minutes apart at one desk (a family of eight takes a
# clerk half an hour).
SESSION_MINUTES: Final = 60
# Name pairs a typing slip apart (see ``key_pair_similarity``): one letter dropped, added or
# swapped with its neighbour in keys of 4+ letters rates "close" (as Jaro-Winkler ≥ 0.92 does),
# two edits in keys of 7+ letters "similar".
TYPO_ONE: Final = 0.92
TYPO_MIN_ONE: Final = 4
TYPO_TWO: Final = 0.84
TYPO_MIN_TWO: Final = 7


@dataclass(frozen=True, slots=True)
class Comparisons:
    """Level index per field per pair (-1 = null), plus the similarity that chose name levels."""

    left: Idx
    right: Idx
    levels: dict[str, I8]

    def __len__(self) -> int:
        return len(self.left)


@dataclass(frozen=True, slots=True)
class HouseholdLinks:
    """Which households a first linkage pass has already joined through another member.

    A household is the records registered together at one desk (``Features.household_group``:
    one ``(site, household_ref)``, or a run of one family name, see ``households``). When a
    family registers twice (at the border
    and again in Yerevan), several of its members appear in both registrations, so two records
    in two households that share *another* linked member are far more likely one person than
    namesakes elsewhere. ``household`` is the household code per record (-1 without one);
    ``label`` the first pass's cluster per record; ``key`` (sorted) the household pairs
    ``lo * n_households + hi`` joined by a first-pass cluster, one row per (pair of households,
    cluster), with ``cluster`` and the cluster's member counts in the two households
    (``n_lo``, ``n_hi``).
    """

    household: I64
    label: I64
    n_households: int
    key: I64
    cluster: I64
    n_lo: I64
    n_hi: I64
    joined: npt.NDArray[np.bool_]  # per household: in some joined pair (a cheap filter)


def household_links(f: Features, labels: I64) -> HouseholdLinks:
    """``HouseholdLinks`` of a first pass's cluster ``labels`` (vectorised: Polars joins)."""
    hh = f.household_group
    n_hh = int(hh.max(initial=-1)) + 1
    ok = hh >= 0
    groups = (
        pl.DataFrame({"h": hh[ok], "c": labels[ok]})
        .group_by("h", "c")
        .len("n")
        .filter(pl.col("h").n_unique().over("c") >= 2)
    )
    t = (
        groups.join(groups, on="c", suffix="_r")
        .filter(pl.col("h") < pl.col("h_r"))
        .select(
            key=pl.col("h") * n_hh + pl.col("h_r"),
            cluster=pl.col("c"),
            n_lo=pl.col("n").cast(pl.Int64),
            n_hi=pl.col("n_r").cast(pl.Int64),
        )
        .sort("key")
    )
    key = t["key"].to_numpy().astype(np.int64)
    joined = np.zeros(n_hh, dtype=bool)
    if len(key):
        joined[key // n_hh] = True
        joined[key % n_hh] = True
    return HouseholdLinks(
        household=hh,
        label=labels.astype(np.int64),
        n_households=n_hh,
        key=key,
        cluster=t["cluster"].to_numpy().astype(np.int64),
        n_lo=t["n_lo"].to_numpy().astype(np.int64),
        n_hi=t["n_hi"].to_numpy().astype(np.int64),
        joined=joined,
    )


def _colink_levels(hl: HouseholdLinks | None, left: Idx, right: Idx) -> I8:
    """``colinked`` when a first-pass cluster other than through this pair's own two records
    joins their households; ``not-colinked`` for two other households; else null."""
    out = np.full(len(left), -1, dtype=np.int8)
    if hl is None or len(left) == 0:
        return out
    h1, h2 = hl.household[left], hl.household[right]
    valid = (h1 >= 0) & (h2 >= 0) & (h1 != h2)
    out[valid] = 1
    if len(hl.key) == 0:
        return out
    rows = np.flatnonzero(valid)
    rows = rows[hl.joined[h1[rows]] & hl.joined[h2[rows]]]
    lo, hi = np.minimum(h1[rows], h2[rows]), np.maximum(h1[rows], h2[rows])
    key = lo * hl.n_households + hi
    start = np.searchsorted(hl.key, key, side="left")
    stop = np.searchsorted(hl.key, key, side="right")
    has = stop > start
    rows, lo, start, stop = rows[has], lo[has], start[has], stop[has]
    if len(rows) == 0:
        return out
    # One row per (pair, joining cluster); a cluster supports the pair when it keeps a member
    # in each household after the pair's own record there is set aside.
    reps = stop - start
    pr = np.repeat(rows, reps)
    t = np.repeat(start - np.cumsum(np.r_[0, reps[:-1]]), reps) + np.arange(int(reps.sum()))
    left_is_lo = np.repeat(h1[rows] == lo, reps)
    rec_lo = np.where(left_is_lo, left[pr], right[pr])
    rec_hi = np.where(left_is_lo, right[pr], left[pr])
    c = hl.cluster[t]
    n_lo = hl.n_lo[t] - (hl.label[rec_lo] == c)
    n_hi = hl.n_hi[t] - (hl.label[rec_hi] == c)
    support = pr[(n_lo >= 1) & (n_hi >= 1)]
    out[support] = 0
    return out


def colink_levels(households: HouseholdLinks, left: Idx, right: Idx, workers: int = -1) -> I8:
    """The ``household_colink`` level alone (the second pass), in chunks of ``CHUNK`` pairs."""
    out = np.empty(len(left), dtype=np.int8)

    def one_chunk(i: int) -> None:
        out[i : i + CHUNK] = _colink_levels(households, left[i : i + CHUNK], right[i : i + CHUNK])

    each_chunk(len(left), CHUNK, one_chunk, workers)
    return out


def key_pair_similarity(
    a: I32,
    b: I32,
    keys: list[str],
    workers: int = -1,
    *,
    typos: bool = False,
    abjad: npt.NDArray[np.bool_] | None = None,
    bare: list[str] | None = None,
) -> npt.NDArray[np.float64]:
    """Jaro-Winkler similarity of ``keys[a[i]]`` and ``keys[b[i]]``, once per distinct pair.

    With ``typos``, a pair one slip apart (one letter dropped or added, or two neighbours
    swapped; both keys of ``TYPO_MIN_ONE`` letters or more) counts as at least ``TYPO_ONE``,
    two edits apart in long keys as at least ``TYPO_TWO``. Jaro-Winkler alone misses a slip
    near the start of a short name (``tamara``/``tmara``: 0.83), where the prefix bonus it gives
    to agreement cannot apply. One letter *replaced* is left to Jaro-Winkler: between given
    names it is as often another name (Armen/Arsen/Arman, Karen/Karin) as a slip, except a
    letter that a dropped diacritic or another romanisation makes (``STRIPPED_LETTERS``); and
    two keys whose vowels alone differ count as at least ``TYPO_TWO`` (``_vowels_apart``).
    ``abjad`` marks the keys of names in Arabic script (``normalise.abjad_flags``; computed when
    not given). With ``bare`` (family names: per key, the key without an Arabic article joined
    to it, ``normalise.without_article``), Alsalih is also compared as Salih (vowel-blind too,
    with ``typos``: Aledlebi, El Idlibi).
    """
    if len(a) == 0:
        return np.zeros(0, dtype=np.float64)
    uniq, inv = unique_inverse(pair_codes(a, b, len(keys)))
    ia, ib = uniq // (len(keys) + 1), uniq % (len(keys) + 1)
    # Looked up in an object array, not a list comprehension: a sixth of the time.
    table = np.array(keys, dtype=object)
    sims = np.asarray(
        cpdist(table[ia], table[ib], scorer=JaroWinkler.normalized_similarity, workers=workers),
        dtype=np.float64,
    )
    if abjad is None:
        abjad = abjad_flags(keys)
    if typos:
        sims = _with_typos(sims, ia, ib, table, workers)
        _vowels_apart(sims, ia, ib, keys, abjad)
    _abjad_similarity(sims, ia, ib, keys, abjad)
    if bare is not None:
        article = np.array([b != k for b, k in zip(bare, keys, strict=True)] + [False])
        rows = np.flatnonzero(article[ia] | article[ib])
        if len(rows):
            alone = np.asarray(
                cpdist(
                    [bare[i] for i in ia[rows].tolist()],
                    [bare[i] for i in ib[rows].tolist()],
                    scorer=JaroWinkler.normalized_similarity,
                ),
                dtype=np.float64,
            )
            if typos:
                _vowels_apart(alone, ia[rows], ib[rows], bare, abjad)
            _abjad_similarity(alone, ia[rows], ib[rows], bare, abjad)
            sims[rows] = np.maximum(sims[rows], alone)
    return sims[inv]


def _vowels_apart(
    sims: F64, ia: I64, ib: I64, keys: list[str], abjad: npt.NDArray[np.bool_]
) -> None:
    """Raise to ``TYPO_TWO`` (in place) a pair of Latin keys that differ in their vowels alone
    (``records.consonant_skeleton``, ``VOWELS_APART_MIN`` letters or more): a name that
    its own script writes without short vowels, as Arabic does, comes to Latin letters with
    the vowels each clerk hears (Hussein, Husayn, Hosain, Huseyin; Husam, Hosam)."""
    rows = np.flatnonzero((sims < TYPO_TWO) & ~abjad[ia] & ~abjad[ib])
    if len(rows) == 0:
        return
    a, b = ia[rows], ib[rows]
    used = np.unique(np.r_[a, b]).tolist()
    skeleton = np.full(len(keys) + 1, "", dtype=object)
    skeleton[used] = [consonant_skeleton(keys[i]) for i in used]
    long_enough = np.zeros(len(keys) + 1, dtype=bool)
    long_enough[used] = [len(skeleton[i]) >= VOWELS_APART_MIN for i in used]
    sims[rows[(skeleton[a] == skeleton[b]) & long_enough[a]]] = TYPO_TWO


# Letters of the skeleton, the ``a`` that marks an initial vowel counting as one: so two
# consonants after an initial vowel are enough (Husam/Hosam ``asm``; also Omar/Amir ``amr``,
# which EM weighs with the rest of ``similar``), two without it too few (Rima and Rama, Ani and
# Anna's ``an``: on an Armenian registry, two letters lost 0.0005 of precision; three lost none
# on any of seven registries). Counting consonants only (three) cost the Syrian registry 0.0027.
VOWELS_APART_MIN: Final = 3


def _abjad_similarity(
    sims: F64, ia: I64, ib: I64, keys: list[str], abjad: npt.NDArray[np.bool_]
) -> None:
    """Between a name in Arabic script (``abjad``, per key) and one in another, Jaro-Winkler on
    the consonants that both write (``normalise.abjad_pairs``), in place."""
    rows = np.flatnonzero(abjad[ia] != abjad[ib])
    if len(rows) == 0:
        return
    # What ``normalise.abjad_pairs`` compares, worked out once per key, not once per pair: the
    # skeleton (and its other readings), or the whole key where either side's is weak.
    a, b = ia[rows], ib[rows]
    used = np.unique(np.r_[a, b]).tolist()
    skeleton = np.empty(len(keys) + 1, dtype=object)
    skeleton[used] = [abjad_skeleton(keys[i]) for i in used]
    whole = np.empty(len(keys) + 1, dtype=object)
    whole[used] = [abjad_whole(keys[i]) for i in used]
    weak = np.zeros(len(keys) + 1, dtype=bool)
    weak[used] = [is_weak_skeleton(skeleton[i]) for i in used]
    either = weak[a] | weak[b]
    sims[rows] = cpdist(
        np.where(either, whole[a], skeleton[a]),
        np.where(either, whole[b], skeleton[b]),
        scorer=JaroWinkler.normalized_similarity,
    )
    for reading in SKELETON_READINGS:
        read = skeleton.copy()
        read[used] = [reading(skeleton[i], bool(abjad[i])) for i in used]
        g = np.flatnonzero(~either & ((read[a] != skeleton[a]) | (read[b] != skeleton[b])))
        if len(g):
            alt = cpdist(read[a[g]], read[b[g]], scorer=JaroWinkler.normalized_similarity)
            sims[rows[g]] = np.maximum(sims[rows[g]], alt)


# Key letters that one letter becomes when a desk drops a diacritic or reads a romanisation
# letter by another system's rule: ISO 9985 š, ž, č typed as s, z, c (Savarsh for Shavarsh,
# Zanna for Zhanna, Covak for Tsovak: c read as k before a back vowel), and the Slavic glide
# written j in German/Polish style where the key keeps it, at the start of a name (Jurij for
# Юрий; Ջուլիետա keeps its j, so the key cannot read it as y). One such letter
# replaced counts as a slip, as one letter dropped does; any other replacement is left to
# Jaro-Winkler (Armen/Arsen are two names).
STRIPPED_LETTERS: Final = frozenset(
    {frozenset("sx"), frozenset("zj"), frozenset("ck"), frozenset("cj")}
)
INITIAL_GLIDE: Final = frozenset("ij")


def _with_typos(sims: F64, ia: I64, ib: I64, keys: npt.NDArray[np.object_], workers: int) -> F64:
    """``sims`` raised to the typo floors (see ``key_pair_similarity``) where they apply; a
    replaced letter is a slip only between ``STRIPPED_LETTERS``, or ``INITIAL_GLIDE`` first.

    Edit distances are computed only for pairs a floor could raise: below ``TYPO_ONE``, at
    most two letters apart in length, the shorter key long enough.
    """
    lengths = np.array([len(k) for k in keys] or [0], dtype=np.int64)
    la, lb = lengths[ia], lengths[ib]
    shorter = np.minimum(la, lb)
    rows = np.flatnonzero((sims < TYPO_ONE) & (np.abs(la - lb) <= 2) & (shorter >= TYPO_MIN_ONE))
    if len(rows) == 0:
        return sims
    left, right = keys[ia[rows]], keys[ib[rows]]
    edits = np.asarray(cpdist(left, right, scorer=OSA.distance, workers=workers))
    same_length = la[rows] == lb[rows]
    one = edits == 1
    # One edit between keys of one length is a replacement or a swap of neighbours (two
    # positions differ); only the swap is a slip.
    check = np.flatnonzero(one & same_length)
    swap = np.zeros(len(rows), dtype=bool)
    stripped = np.zeros(len(rows), dtype=bool)
    if len(check):
        hamming = np.asarray(
            cpdist(
                left[check],
                right[check],
                scorer=Hamming.distance,
                workers=workers,
            )
        )
        swap[check] = hamming == 2
        for i in check[hamming == 1].tolist():
            a, b = left[i], right[i]
            k = next(j for j in range(len(a)) if a[j] != b[j])
            letters = frozenset((a[k], b[k]))
            stripped[i] = letters in STRIPPED_LETTERS or (k == 0 and letters == INITIAL_GLIDE)
    slip = one & (~same_length | swap | stripped)
    two = (edits == 2) & (shorter[rows] >= TYPO_MIN_TWO)
    floor = np.where(slip, TYPO_ONE, np.where(two, TYPO_TWO, 0.0))
    out = sims.copy()
    out[rows] = np.maximum(sims[rows], floor)
    return out


@cache
def _equivalent_key_pairs() -> frozenset[tuple[str, str]]:
    """Unordered pairs (as sorted tuples) of given-name keys listed as equivalents."""
    out: set[tuple[str, str]] = set()
    for full, short in tables.GIVEN_NAME_EQUIVALENTS:
        fk = {name_key(x) for x in full}
        sk = {name_key(x) for x in short}
        for a in fk:
            for b in fk | sk:
                if a and b and a != b:
                    out.add((min(a, b), max(a, b)))
    return frozenset(out)


def pair_codes(a: npt.NDArray[np.integer], b: npt.NDArray[np.integer], size: int) -> I64:
    """One code per unordered pair of key codes (of ``size`` keys): ``lo * (size + 1) + hi``,
    as ``equivalent_codes`` lists the equivalent pairs."""
    lo = np.minimum(a, b).astype(np.int64)
    code: I64 = lo * (size + 1) + np.maximum(a, b).astype(np.int64)
    return code


def equivalent_codes(keys: list[str]) -> I64:
    """Sorted codes (``pair_codes``) of the equivalent pairs among ``keys``."""
    pos = {k: i for i, k in enumerate(keys)}
    width = len(keys) + 1
    codes = [
        min(pos[a], pos[b]) * width + max(pos[a], pos[b])
        for a, b in _equivalent_key_pairs()
        if a in pos and b in pos
    ]
    return np.sort(np.array(codes, dtype=np.int64))


def _name_levels(
    raw: I32,
    key: I32,
    keys: list[str],
    left: Idx,
    right: Idx,
    close: float,
    similar: float,
    workers: int,
    equivalents: I64 | None = None,
    *,
    abjad: npt.NDArray[np.bool_] | None = None,
    bare: list[str] | None = None,
) -> I8:
    """Name levels; with ``equivalents`` (see ``equivalent_codes``), the given-name ladder;
    ``abjad`` and ``bare`` as in ``key_pair_similarity``."""
    kl, kr = key[left], key[right]
    out = np.full(len(left), -1, dtype=np.int8)
    present = (kl >= 0) & (kr >= 0)
    equal = present & (kl == kr)
    need = present & ~equal
    sims = key_pair_similarity(
        kl[need], kr[need], keys, workers, typos=True, abjad=abjad, bare=bare
    )
    shift = 0 if equivalents is None else 1
    out[need] = np.where(
        sims >= close, 2 + shift, np.where(sims >= similar, 3 + shift, 4 + shift)
    ).astype(np.int8)
    if equivalents is not None and len(equivalents):
        rows = np.flatnonzero(need)
        out[rows[np.isin(pair_codes(kl[rows], kr[rows], len(keys)), equivalents)]] = 2
    rows = np.flatnonzero(equal)
    out[rows] = 1
    out[rows[raw[left[rows]] == raw[right[rows]]]] = 0
    return out


def _equality_levels(codes: I32, left: Idx, right: Idx) -> I8:
    a, b = codes[left], codes[right]
    out: I8 = (a != b).view(np.int8)
    out[np.minimum(a, b) < 0] = -1
    return out


# Identity fields whose "different" level is a contradiction: two people, not a detail that
# changed (phones, households and addresses change between desks; names and birth dates
# do not); and two records of one household form, which names each member once. The clusterer
# lets a low weight veto a merge only when it comes with one of these.
CONTRADICTIONS: Final = (
    ("given_name", GIVEN_LEVELS.index("different")),
    ("family_name", FAMILY_LEVELS.index("different")),
    ("birth_date", LEVELS["birth_date"].index("different")),
    ("birth_date", LEVELS["birth_date"].index("far")),
    ("sex", LEVELS["sex"].index("different")),
    ("household_ref", LEVELS["household_ref"].index("one-registration")),
)


def contradictions(cmp: Comparisons) -> npt.NDArray[np.bool_]:
    """Pairs that disagree outright on at least one identity field (``CONTRADICTIONS``)."""
    out = np.zeros(len(cmp), dtype=bool)
    for field, level in CONTRADICTIONS:
        out |= cmp.levels[field] == level
    return out


def swapped_names(f: Features, left: Idx, right: Idx) -> npt.NDArray[np.bool_]:
    """Pairs whose names agree once one side's given and family names change places.

    Russian and Armenian lists write the surname first, and a clerk copying such a list into
    a given-name-first form swaps the two; the pair is then scored as if written in one order
    (both names ``transliteration-equal``), the name-frequency adjustment being that of the
    two words together (``score.tf_tables``: which of the two is the given name is not known).
    """
    gf, fg = f.given_as_family[left], f.family_as_given[left]
    out: npt.NDArray[np.bool_] = (
        (gf >= 0) & (fg >= 0) & (gf == f.family_key[right]) & (fg == f.given_key[right])
    )
    return out


def swapped_across_scripts(f: Features, left: Idx, right: Idx) -> npt.NDArray[np.bool_]:
    """Pairs of a record in Arabic script and one in Latin letters whose names meet on their
    consonants once one side's given and family names change places (``هدى احمد`` and
    ``Ahmad Huda``). They are scored as the same pair in one order would be: both names
    ``close`` (``_abjad_similarity``)."""
    fa, fb = f.family_key[left], f.family_key[right]
    abjad = f.family_abjad[fa] != f.family_abjad[fb]
    out: npt.NDArray[np.bool_] = (
        abjad
        & (f.given_consonants[left] >= 0)
        & (f.family_consonants[left] >= 0)
        & (f.given_consonants[left] == f.family_consonants[right])
        & (f.family_consonants[left] == f.given_consonants[right])
    )
    return out


def _crossed_with_slip(
    f: Features, left: Idx, right: Idx, family: I8, given: I8, config: LinkageConfig
) -> None:
    """Names in swapped fields with one of them mistyped or transliterated otherwise
    (``Сатян Анагит`` and ``Anahit Satyan``): one name equal crosswise, the other at least
    ``similar`` crosswise. Such a pair is scored in the crossed order (the equal name
    ``transliteration-equal`` as the family name, the other by its similarity as the given
    name) when the written order has a name ``different``. Levels are set in place.

    Both names must meet crosswise, one of them exactly: ``Armen Arakelyan`` and ``Arakel
    Armenyan`` (two names that merely resemble each other crosswise) stay different.
    """
    rows = np.flatnonzero(
        (family >= FAMILY_LEVELS.index("different")) | (given == GIVEN_LEVELS.index("different"))
    )
    a, b = left[rows], right[rows]
    given_is_family = (f.given_as_family[a] >= 0) & (f.given_as_family[a] == f.family_key[b])
    family_is_given = (f.family_as_given[a] >= 0) & (f.family_as_given[a] == f.given_key[b])
    one = given_is_family ^ family_is_given
    present = (f.family_key[a] >= 0) & (f.given_key[a] >= 0)
    present &= (f.family_key[b] >= 0) & (f.given_key[b] >= 0)
    rows, a, b = rows[one & present], a[one & present], b[one & present]
    given_is_family = given_is_family[one & present]
    if len(rows) == 0:
        return
    # The crosswise pair that is not equal: A's family against B's given, or A's given
    # against B's family.
    first = [
        f.family_keys[f.family_key[i]] if g else f.given_keys[f.given_key[i]]
        for i, g in zip(a.tolist(), given_is_family.tolist(), strict=True)
    ]
    second = [
        f.given_keys[f.given_key[j]] if g else f.family_keys[f.family_key[j]]
        for j, g in zip(b.tolist(), given_is_family.tolist(), strict=True)
    ]
    sims = np.asarray(
        cpdist(first, second, scorer=JaroWinkler.normalized_similarity, workers=config.workers)
    )
    keep = sims >= config.name_similar
    rows, close = rows[keep], sims[keep] >= config.name_close
    # Which record's order is the true one is not known, and the levels must not depend on
    # which record comes first: the equal name is scored as the family name, the other as the
    # given name (so the given names never count as agreeing, and the u that applies when
    # they do is not used on a guess).
    family[rows] = FAMILY_LEVELS.index("transliteration-equal")
    given[rows] = np.where(close, GIVEN_LEVELS.index("close"), GIVEN_LEVELS.index("similar"))


def _household_levels(f: Features, left: Idx, right: Idx) -> I8:
    """one-registration / equal (same reference) / different.

    One registration: the same reference at the same site within ``SESSION_MINUTES`` (or at
    unknown times) — one household form; or, a reference missing on a side, one run of a
    family registered together (``households.family_runs``). The same reference at the same
    desk days later is the family coming back with its card: ``equal``, like the card shown at
    another desk.
    """
    out = _equality_levels(f.household, left, right) + 1
    out[out == 0] = -1
    rows = np.flatnonzero(out == 1)
    a, b = left[rows], right[rows]
    ta, tb = f.registered_minute[a], f.registered_minute[b]
    # Times that say nothing of who came together (``Features.desk_pace``) are as unknown ones.
    together = (ta < 0) | (tb < 0) | (np.abs(ta - tb) <= SESSION_MINUTES) | (f.desk_pace < 0)
    out[rows[(f.site[a] == f.site[b]) & (f.site[a] >= 0) & together]] = 0
    # Without a reference on a side, one run at one desk is one household form as well.
    rows = np.flatnonzero(out < 0)
    run = f.family_run[left[rows]]
    out[rows[(run >= 0) & (run == f.family_run[right[rows]])]] = 0
    _listed_twice(f, left, right, out)
    return out.astype(np.int8)


def _listed_twice(f: Features, left: Idx, right: Idx, levels: I8) -> None:
    """Null (in place) for pairs of one registration with one given name and one year of birth
    (a year apart at most): a form lists a person once, so these are the person written twice —
    by two desks of one site registering a family at the same time, a form sent twice — not
    two members of a family, which is what ``one-registration`` tells the model."""
    rows = np.flatnonzero(levels == 0)
    a, b = left[rows], right[rows]
    same_name = (f.given_key[a] == f.given_key[b]) & (f.given_key[a] >= 0)
    ya, yb = f.year[a].astype(np.int32), f.year[b].astype(np.int32)
    # (Both years known: a child named after a grandparent is listed with the grandparent,
    # whose date is as often unknown.)
    same_year = (ya > 0) & (yb > 0) & (np.abs(ya - yb) <= 1)
    levels[rows[same_name & same_year]] = -1


def _origin_levels(f: Features, left: Idx, right: Idx, config: LinkageConfig) -> I8:
    """``equal`` keys; ``close`` for two keys a slip apart or as similar as close names."""
    out = _equality_levels(f.origin, left, right)
    out[out == 1] = 2
    rows = np.flatnonzero(out == 2)
    if len(rows):
        sims = key_pair_similarity(
            f.origin[left[rows]], f.origin[right[rows]], f.origin_keys, 1, typos=True
        )
        out[rows[sims >= config.name_close]] = 1
    return out


def _phone_levels(f: Features, left: Idx, right: Idx) -> I8:
    """equal / one-digit (one digit mistyped: same length, one position differs) / different."""
    out = _equality_levels(f.phone, left, right)
    cand = np.flatnonzero(out == 1)
    if len(cand) == 0 or len(f.phone_numbers) == 0:
        return np.where(out == 1, 2, out).astype(np.int8)
    a = f.phone_numbers[f.phone[left[cand]]]
    b = f.phone_numbers[f.phone[right[cand]]]
    # One digit apart implies a − b = k·10^j with 1 ≤ |k| ≤ 9: a cheap filter before the
    # digit loop (most candidate pairs hold two unrelated numbers).
    d = np.abs(a - b).astype(np.float64)
    lead = d / np.power(10.0, np.floor(np.log10(np.maximum(d, 1.0))))
    maybe = (a > 0) & (b > 0) & (np.abs(lead - np.round(lead)) < 1e-9)
    cand, a, b = cand[maybe], a[maybe], b[maybe]
    diff = np.zeros(len(cand), dtype=np.int8)
    x, y = a.copy(), b.copy()
    for _ in range(16):
        diff += (x % 10) != (y % 10)
        x //= 10
        y //= 10
    one = (diff == 1) & (a > 0) & (b > 0)
    out[out == 1] = 2
    out[cand[one]] = 1
    return out


def _date_levels(f: Features, left: Idx, right: Idx, near_days: int) -> I8:
    y1, m1, d1 = (
        f.year[left].astype(np.int32),
        f.month[left].astype(np.int32),
        f.day[left].astype(np.int32),
    )
    y2, m2, d2 = (
        f.year[right].astype(np.int32),
        f.month[right].astype(np.int32),
        f.day[right].astype(np.int32),
    )
    present = (y1 > 0) & (y2 > 0)
    full = present & (m1 > 0) & (m2 > 0)
    exact = full & (y1 == y2) & (m1 == m2) & (d1 == d2)
    swapped = full & (y1 == y2) & (m1 == d2) & (d1 == m2) & ~exact
    # 1 January against another date of that year says what a year-only date says, not that
    # the dates differ.
    placeholder = full & (unknown_day(m1, d1) | unknown_day(m2, d2))
    year_only = present & (~full | placeholder) & (y1 == y2) & ~exact
    # Day numbers on a 31-day calendar: exact enough for "within a few weeks", and defined for
    # the impossible dates that day/month swaps produce.
    n1 = y1 * 372 + m1 * 31 + d1
    n2 = y2 * 372 + m2 * 31 + d2
    # "year-typo": day and month equal, the year off by a keying slip (``one_slip``) — the
    # commonest date error of a registration (a year typed wrong, or computed from an age at the
    # wrong date); its own level because it is far stronger evidence than a mistyped day or month.
    # Off by one (an age turned into a year at the wrong date) is its own level: by chance it
    # happens far less often than "one digit of four differs".
    md_same = full & (m1 == m2) & (d1 == d2)
    year_one = md_same & (np.abs(y1 - y2) == 1)
    year_typo = md_same & (y1 != y2) & ~year_one
    rows = np.flatnonzero(year_typo)
    year_typo[rows] = one_slip(y1[rows], y2[rows], 4)
    # "near": a day or month mistyped (``one_slip``) with the other two parts equal,
    # or dates within ``near_days``; a year-only date (or 1 January) one year off.
    same = (y1 == y2).astype(np.int8) + (m1 == m2) + (d1 == d2)
    typo = full & (same == 2) & (y1 == y2)
    rows = np.flatnonzero(typo)
    typo[rows] = one_slip(m1[rows], m2[rows], 2) | one_slip(d1[rows], d2[rows], 2)
    near = (full & (typo | (np.abs(n1 - n2) <= near_days))) | (
        present & (~full | placeholder) & (np.abs(y1 - y2) == 1)
    )
    out = np.full(len(left), 6, dtype=np.int8)
    # "far": more than ``FAR_YEARS`` years apart — a grandfather and the grandson named after
    # him, a father and his junior — beyond any age a clerk estimates for someone without
    # papers; a mistyped year digit with the same day and month stays "year-typo".
    out[present & (np.abs(y1 - y2) > FAR_YEARS)] = 7
    out[other_calendar(y1, m1, d1, y2, m2, d2, full & ~placeholder)] = 8
    out[near] = 5
    out[year_only] = 4
    out[year_typo] = 3
    out[year_one] = 2
    out[swapped] = 1
    out[exact] = 0
    out[~present] = -1
    return out


CHUNK: Final = 2_000_000


def compare(
    f: Features,
    left: Idx,
    right: Idx,
    config: LinkageConfig,
    households: HouseholdLinks | None = None,
    fields: tuple[str, ...] = FIELDS,
) -> Comparisons:
    """Levels of ``fields`` (default: all) for the pairs ``(left[i], right[i])`` (record indices).

    Runs in chunks of ``CHUNK`` pairs, two at a time (``each_chunk``), so the temporaries stay
    those of two chunks whatever the pair count (only the int8 levels of all pairs are kept).
    Without ``households`` (a first pass's ``HouseholdLinks``), ``household_colink`` is null.
    """
    if len(left) <= CHUNK:
        return _compare(f, left, right, config, households, fields)
    levels = {k: np.empty(len(left), dtype=np.int8) for k in fields}

    def one_chunk(i: int) -> None:
        part = _compare(f, left[i : i + CHUNK], right[i : i + CHUNK], config, households, fields)
        for k in fields:
            levels[k][i : i + CHUNK] = part.levels[k]

    each_chunk(len(left), CHUNK, one_chunk, config.workers)
    return Comparisons(left=left, right=right, levels=levels)


def _both_name_levels(f: Features, left: Idx, right: Idx, config: LinkageConfig) -> dict[str, I8]:
    w = config.workers
    family = _name_levels(
        f.family_raw,
        f.family_key,
        f.family_keys,
        left,
        right,
        config.name_close,
        config.name_similar,
        w,
        abjad=f.family_abjad,
        bare=f.family_bare_keys,
    )
    given = _name_levels(
        f.given_raw,
        f.given_key,
        f.given_keys,
        left,
        right,
        config.name_close,
        config.name_similar,
        w,
        equivalent_codes(f.given_keys),
        abjad=f.given_abjad,
    )
    # The rarer cases on the rows they can concern only (most candidate pairs agree on names).
    rows = np.flatnonzero((family > 1) | (given > 2))
    swapped = rows[swapped_names(f, left[rows], right[rows])]
    family[swapped] = 1
    given[swapped] = 1
    # (Never lower than the order as written gives: Hussein حسن and Hussein Hassan meet
    # crosswise too, their two names sharing one skeleton.)
    across = rows[swapped_across_scripts(f, left[rows], right[rows])]
    family[across] = np.minimum(family[across], FAMILY_LEVELS.index("close"))
    given[across] = np.minimum(given[across], GIVEN_LEVELS.index("close"))
    _crossed_with_slip(f, left, right, family, given, config)
    for levels, ladder, words in (
        (family, FAMILY_LEVELS, f.family_word_codes),
        (given, GIVEN_LEVELS, f.given_word_codes),
    ):
        _same_start_another_name(levels, ladder, words, f.name_words, left, right, config)
    _one_name_within_the_other(family, FAMILY_LEVELS, f.family_word_codes, left, right)
    rows = np.flatnonzero(family == FAMILY_LEVELS.index("different"))
    a, b = left[rows], right[rows]
    woman = (f.female[a] | f.female[b]) & (
        (f.female[a] | (f.sex[a] < 0)) & (f.female[b] | (f.sex[b] < 0))
    )
    family[rows[woman]] = FAMILY_LEVELS.index("different-woman")
    _initials_say_nothing(f, left, right, given)
    _father_as_family_says_nothing(f, left, right, family)
    return {"family_name": family, "given_name": given}


def _family_and_father_swapped(f: Features, left: Idx, right: Idx, family: I8, father: I8) -> None:
    """Family and father's names ``equal`` (in place) for two records whose family-name and
    father's-name fields hold each other's (``Michael | Measho | Teklemariam`` against
    ``Michael | Teklemariam | Measho``): a naming chain of a given name, the father's and the
    grandfather's, shared out between the two fields one way at one desk and the other way at
    another."""
    rows = np.flatnonzero(family > FAMILY_LEVELS.index("close"))
    a, b = left[rows], right[rows]
    one = (f.family_as_father[a] >= 0) & (f.family_as_father[a] == f.patronymic_key[b])
    other = (f.family_as_father[b] >= 0) & (f.family_as_father[b] == f.patronymic_key[a])
    rows = rows[one & other]
    family[rows] = FAMILY_LEVELS.index("transliteration-equal")
    father[rows] = LEVELS["patronymic"].index("equal")


def _chain_agrees(
    f: Features, left: Idx, right: Idx, family: I8, father: I8, config: LinkageConfig
) -> None:
    """Family and father's names read on the naming chain (in place) where the fields alone
    disagree: desks share a chain out between the father's-name and family-name fields
    differently (``Sara | Jemal Mohammed`` against ``Sara | Mohammed``, father ``Jemal``;
    ``Elsir | Hassan``, father ``Yousif``, against ``السر | يوسف``). Two records whose chains
    agree as far as the shorter goes (``_chain_words_agree``) name one father: their father's
    names are ``equal`` where a side named none, at least ``close`` where they differed. Two
    records that both fill both fields are also read crosswise (``NamingChains.family_first``
    against the other's chain), where two names at least must agree.

    Their family names, where they disagreed: ``close`` when the agreement goes on past both
    father's-name fields (a grandfather's name agrees too), else null (one of them is then no
    family name; the names that agree are the father's, already counted). Where neither
    record names a father, the chains are the family names, and one within the other
    (``Mohammed Ahmad`` and ``محمد``) is ``close``, as ``_one_name_within_the_other`` reads it
    in one script. (``transliteration-equal`` for the grandfather's name agreeing: twelfth
    generator's precision 0.980 → 0.929.) A pair whose fields already agree is left alone."""
    close = FAMILY_LEVELS.index("close")
    rows = np.flatnonzero(
        (family > close) | (family < 0) | (father == LEVELS["patronymic"].index("different"))
    )
    lo, ro = left[rows], right[rows]
    na, nb = f.chain.size[lo], f.chain.size[ro]
    length = np.minimum(na, nb)
    named = (f.patronymic_key[lo] >= 0) | (f.patronymic_key[ro] >= 0)
    # Only chains that can say more are read. (Two chains of family names alone and of one
    # length say what the family names said.)
    asked = (length >= 1) & (named | (na != nb))
    rows, lo, ro = rows[asked], lo[asked], ro[asked]
    na, nb, length, named = na[asked], nb[asked], length[asked], named[asked]
    a, b = f.chain.codes[lo], f.chain.codes[ro]
    agree = _chains_agree(f, a, b, length, config)
    # One desk's family name against the other's father's name, both having both: the
    # father's name written as the family name at one desk and the grandfather's after it.
    # (Never one family name against the other: that is the family names' comparison.)
    both = (f.patronymic_key[lo] >= 0) & (f.patronymic_key[ro] >= 0) & (length >= 2)
    at = np.flatnonzero(both & ~agree)
    first = f.chain.family_first
    agree[at] = _chains_agree(f, first[lo[at]], b[at], length[at], config)
    at = at[~agree[at]]
    agree[at] = _chains_agree(f, a[at], first[ro[at]], length[at], config)
    beyond = length > np.maximum(f.chain.fathers[lo], f.chain.fathers[ro])
    within = ~named & (np.maximum(na, nb) > length)
    at = rows[agree & ((named & beyond) | within) & (family[rows] > close)]
    family[at] = close
    at = rows[agree & named & ~beyond]
    family[at[family[at] > close]] = -1
    at = rows[agree & named]
    was, levels = father[at], LEVELS["patronymic"]
    father[at] = np.where(was < 0, levels.index("equal"), np.minimum(was, levels.index("close")))


def _chains_agree(
    f: Features, a: I32, b: I32, length: npt.NDArray[np.integer], config: LinkageConfig
) -> npt.NDArray[np.bool_]:
    """Per row of chains ``a`` and ``b`` (``NamingChains`` codes), whether their first
    ``length`` names agree (``_chain_words_agree``)."""
    agree = np.ones(len(a), dtype=bool)
    for j in range(a.shape[1]):
        at = np.flatnonzero(agree & (length > j))
        agree[at] = _chain_words_agree(f, a[at, j], b[at, j], config)
    return agree


def _chain_words_agree(f: Features, a: I32, b: I32, config: LinkageConfig) -> npt.NDArray[np.bool_]:
    """Whether the chain words ``a[i]`` and ``b[i]`` (codes in ``f.chain.words``) name one
    person: one key; or one in Arabic script and one in Latin letters with one consonant
    skeleton; or in one script, at most a letter longer and with one skeleton or ``close``
    (``Mahamat``, ``Mohamed``; ``Abdelrahman``, ``Abdulrahman``) — not a family name made of
    the name (``Vardan``, ``Vardanyan``), whose skeleton is the name's too."""
    out: npt.NDArray[np.bool_] = a == b
    abjad = f.chain.abjad
    across = abjad[a] != abjad[b]
    skeleton = f.chain.skeleton[a] == f.chain.skeleton[b]
    out |= across & skeleton
    rows = np.flatnonzero(~out & ~across)
    if len(rows) == 0:
        return out
    words, lengths = f.chain.words, f.chain.lengths
    rows = rows[np.abs(lengths[a[rows]] - lengths[b[rows]]) <= 1]
    out[rows[skeleton[rows]]] = True
    rows = rows[~skeleton[rows]]
    sims = key_pair_similarity(a[rows], b[rows], words, 1, typos=True, abjad=abjad)
    out[rows[sims >= config.name_close]] = True
    return out


def _father_as_family_says_nothing(f: Features, left: Idx, right: Idx, family: I8) -> None:
    """Null family-name levels (in place) for pairs of records that both name their father in
    the family-name field too (``Sima | Tawab``, father ``Tawab``: a form that wanted a family
    name the person has not): the two fields would count one father twice, and two namesakes'
    daughters would link on it."""
    family[f.family_is_father[left] & f.family_is_father[right]] = -1


def _same_start_another_name(
    levels: I8,
    ladder: tuple[str, ...],
    words: I32,
    keys: list[str],
    left: Idx,
    right: Idx,
    config: LinkageConfig,
) -> None:
    """``different`` (in place) for two names of two words or more that begin with the same
    word and go on with dissimilar ones (``Mohammad Sharif`` and ``Mohammad Jamil``, ``Abd
    al-Rahman`` and ``Abd al-Karim``, ``Ana Sofía`` and ``Ana María``), which the similarity of
    their whole keys found close or similar for the start they share."""
    close, different = ladder.index("close"), ladder.index("different")
    rows = np.flatnonzero((levels >= close) & (levels < different))
    a, b = words[left[rows]], words[right[rows]]
    rows = rows[(a[:, 1] >= 0) & (b[:, 1] >= 0) & (a[:, 0] == b[:, 0])]
    if len(rows) == 0:
        return
    second_a, second_b = words[left[rows], 1], words[right[rows], 1]
    sims = key_pair_similarity(second_a, second_b, keys, 1, typos=True)
    levels[rows[sims < config.name_similar]] = different


def _one_name_within_the_other(
    levels: I8, ladder: tuple[str, ...], words: I32, left: Idx, right: Idx
) -> None:
    """``close`` (in place) for two names of which one's words are among the other's: a second
    surname or given name dropped (``Molina`` and ``Molina Colmenares``, ``Ana Sofía`` and
    ``Ana``), two surnames in the other order (``Marín Rodríguez``, ``Rodríguez Marín``), a
    married woman's ``de Pérez`` added. ``words``: per record its words' codes
    (``Features.family_word_codes``). On the pairs whose names were found less than close and
    one of which has two words, all in NumPy (the random pairs behind u are 600 000)."""
    close = ladder.index("close")
    several = words[:, 1] >= 0
    rows = np.flatnonzero((levels > close) & (several[left] | several[right]))
    if len(rows) == 0:
        return
    a, b = words[left[rows]], words[right[rows]]
    a_in_b, b_in_a = _words_within(a, b)
    # Beginning with the same word, or the same words in another order: a name that drops its
    # first word is another name (a son's family name is his father's given name, and his
    # grandfather's may follow it: Gebremedhin Hailu against the father's Hailu).
    levels[rows[((a_in_b | b_in_a) & (a[:, 0] == b[:, 0])) | (a_in_b & b_in_a)]] = close


@cache
def _muhammad_keys() -> frozenset[str]:
    """The keys of ``tables.MUHAMMAD_PREFIXES``."""
    return frozenset(name_key(w) for w in tables.MUHAMMAD_PREFIXES)


def _index(values: list[str], value: str) -> int:
    """The position of ``value`` in ``values``, -1 when absent."""
    try:
        return values.index(value)
    except ValueError:
        return -1


def _muhammad_dropped(f: Features, left: Idx, right: Idx, given: I8) -> None:
    """``close`` (in place) for two given names of which one is the other after
    ``tables.MUHAMMAD_PREFIXES`` (``Mohammad Rashid`` and ``Rashid``, ``Md. Ayas`` and
    ``Ayas``): the prefix a person and most desks leave out, unlike any other first word of a
    name (``_one_name_within_the_other``). Only where the record with the prefix names a
    father elsewhere: else its second word may be the father's name (``Mohamed Jama`` at a
    Somali desk, whose father's own record is ``Jama``: without this, Somali 100k −0.0002;
    with it, Syrian +0.0005, Afghan +0.0008 on two seeds)."""
    close = GIVEN_LEVELS.index("close")
    words = f.given_word_codes
    rows = np.flatnonzero(given > close)
    rows = rows[(words[left[rows], 1] >= 0) | (words[right[rows], 1] >= 0)]
    if len(rows) == 0:
        return
    prefix = np.zeros(len(f.name_words) + 1, dtype=bool)  # per word code (and -1: none)
    prefix[[i for k in _muhammad_keys() if (i := _index(f.name_words, k)) >= 0]] = True
    a, b = words[left[rows]], words[right[rows]]
    minus_one = np.full((len(rows), 1), -1, dtype=a.dtype)

    def after_prefix(x: I32, y: I32, fathered: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
        rest = np.concatenate([x[:, 1:], minus_one], axis=1)  # x without its first word
        out: npt.NDArray[np.bool_] = (
            prefix[x[:, 0]] & (rest[:, 0] >= 0) & (rest == y).all(axis=1) & fathered
        )
        return out

    fa, fb = f.patronymic_key[left[rows]] >= 0, f.patronymic_key[right[rows]] >= 0
    given[rows[after_prefix(a, b, fa) | after_prefix(b, a, fb)]] = close


def _one_full_name_within_the_other(
    f: Features, left: Idx, right: Idx, family: I8, given: I8, fatherless: npt.NDArray[np.bool_]
) -> None:
    """Both names ``close`` (in place; a name left empty stays null) when all the words of one
    record's two name fields, two or more, are among the other's, however the desks shared
    them out between the fields: a whole name typed in one (``Arrieta Mora Zuleima``, the
    other field empty), a first surname typed after the given name (``Angel Martínez`` |
    ``Reyes`` against ``Angel`` | ``Martínez Reyes``). Both ``transliteration-equal`` when
    the two records hold the same words: one name shared out otherwise (a Vietnamese middle
    name with the family name at one desk, with the given name at the next: ``Van Canh`` |
    ``Tran`` against ``Canh`` | ``Tran Van``), whether a father is named or not. A name
    within the other only where neither record names a father (``fatherless``, per pair): a
    word more may otherwise be his name (``_father_after_given``)."""
    words = np.concatenate([f.given_word_codes, f.family_word_codes], axis=1)
    # Three words or more on one side: two names of a word each are the same names (or the
    # same swapped, which ``swapped_names`` reads) when all the words of one are the other's.
    three = _word_count(words) >= 3
    equal = FAMILY_LEVELS.index("transliteration-equal")
    assert equal == GIVEN_LEVELS.index("transliteration-equal")
    rows = np.flatnonzero(((family > equal) | (given > equal)) & (three[left] | three[right]))
    if len(rows) == 0:
        return
    a, b = words[left[rows]], words[right[rows]]
    a_in_b, b_in_a = _words_within(a, b)
    # Two words at least on the smaller side: one common word is no evidence. And one given
    # name in common (all the words of a record whose given-name field is empty): a son's
    # name, his father's and his grandfather's hold all of his father's own two names.
    inside = (a_in_b & (_word_count(a) >= 2)) | (b_in_a & (_word_count(b) >= 2))
    ga, gb = f.given_word_codes[left[rows]], f.given_word_codes[right[rows]]
    ga = np.where((ga[:, :1] >= 0), ga, a[:, -MAX_NAME_WORDS:])
    gb = np.where((gb[:, :1] >= 0), gb, b[:, -MAX_NAME_WORDS:])
    shared = _share_a_word(ga, gb)
    _raise_to(family, given, rows[inside & shared & fatherless[rows]], "close")
    _raise_to(family, given, rows[a_in_b & b_in_a & shared], "transliteration-equal")


def _raise_to(family: I8, given: I8, rows: npt.NDArray[np.intp], level: str) -> None:
    """Both names at least ``level`` on ``rows`` (in place)."""
    for levels, names in ((family, FAMILY_LEVELS), (given, GIVEN_LEVELS)):
        lv = names.index(level)
        levels[rows[levels[rows] > lv]] = lv


def _words_within(a: I32, b: I32) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Per row, whether the words of ``a`` (codes, -1 for none) are all among ``b``'s, and the
    reverse; a row without words is within nothing."""
    return _all_among(a, b), _all_among(b, a)


# Rows of a few word codes each are compared column by column: NumPy reduces a short last axis
# (``.any(axis=2)`` over four words) several times slower than it ORs whole columns.


def _all_among(a: I32, b: I32) -> npt.NDArray[np.bool_]:
    """Per row, whether ``a`` has a word and every word of ``a`` is among ``b``'s."""
    out = _word_count(a) > 0
    for i in range(a.shape[1]):
        word = a[:, i]
        found = word < 0
        for j in range(b.shape[1]):
            found |= word == b[:, j]
        out &= found
    return out


def _share_a_word(a: I32, b: I32) -> npt.NDArray[np.bool_]:
    """Per row, whether some word of ``a`` (codes, -1 for none) is among ``b``'s."""
    out = np.zeros(len(a), dtype=bool)
    for i in range(a.shape[1]):
        word = a[:, i]
        found = np.zeros(len(a), dtype=bool)
        for j in range(b.shape[1]):
            found |= word == b[:, j]
        out |= found & (word >= 0)
    return out


def _word_count(words: I32) -> npt.NDArray[np.intp]:
    """Per row, how many word codes it holds (≥ 0)."""
    out = np.zeros(len(words), dtype=np.intp)
    for i in range(words.shape[1]):
        out += words[:, i] >= 0
    return out


def _initials_say_nothing(f: Features, left: Idx, right: Idx, given: I8) -> None:
    """A given name written as its initial (``H. Karapetian`` in a hotel's guest list) against
    a name that begins with that letter, in Latin (``Հրանտ`` is ``hrant``) or in its key: null,
    neither for nor against — not ``different``, whose contradiction would veto the link. Other
    initials, and abbreviations of two letters (``Kh.``), stay ``different``. Levels are set in
    place."""
    different = np.flatnonzero(given == GIVEN_LEVELS.index("different"))
    initial = f.given_is_initial[left[different]] | f.given_is_initial[right[different]]
    rows = different[initial]
    if len(rows) == 0:
        return
    a, b = left[rows], right[rows]
    same = (f.given_letter[a] == f.given_letter[b]) & (f.given_letter[a] >= 0)
    keys = f.given_keys
    same |= np.array(
        [keys[i][:1] == keys[j][:1] for i, j in zip(f.given_key[a], f.given_key[b], strict=True)]
    )
    given[rows[same]] = -1


def _patronymic_levels(f: Features, left: Idx, right: Idx, config: LinkageConfig) -> I8:
    pl_, pr = f.patronymic_key[left], f.patronymic_key[right]
    pat = np.full(len(left), -1, dtype=np.int8)
    present = (pl_ >= 0) & (pr >= 0)
    eq = present & (pl_ == pr)
    need = present & ~eq
    sims = key_pair_similarity(
        pl_[need], pr[need], f.patronymic_keys, config.workers, abjad=f.patronymic_abjad
    )
    pat[need] = np.where(sims >= config.patronymic_close, 1, 2).astype(np.int8)
    pat[eq] = 0
    return pat


def _father_after_given(
    f: Features, left: Idx, right: Idx, given: I8, father: I8, config: LinkageConfig
) -> None:
    """A given-name field that holds the name and the father's name after it (``Esma
    Abdurrahman``; ``Հայկ Հակոբի``, the Armenian genitive; ``نور عبد الله``), against a record
    with the name in its own field (``Esma``; ``Nur``): when the first word is that given name,
    an equivalent or close to it (in any script: ``_head_levels``), and the rest that record's
    father's name or close to it (or the first of its father's and grandfather's names: ``Imad
    Ahmad``), or it has none, the pair is scored as so read: the given name at the first
    word's level, the father ``equal`` (``close``), or null as it was. Levels are set in place;
    a pair whose given names already agree is left alone."""
    rows = np.flatnonzero(given >= GIVEN_LEVELS.index("similar"))
    equivalents = equivalent_codes(f.given_words)
    for a, b in ((left[rows], right[rows]), (right[rows], left[rows])):
        typed = (f.given_head[a] >= 0) & (f.given_key[b] >= 0)
        at, a, b = rows[typed], a[typed], b[typed]
        head, theirs = f.given_head[a], f.given_key[b]
        head_level = _head_levels(head, theirs, f, config, equivalents)
        rest = f.father_after_given[a]
        father_sim = np.zeros(len(at))
        father_equal = np.zeros(len(at), dtype=bool)
        for father_of_b in (f.patronymic_key[b], f.patronymic_head[b]):
            both = (rest >= 0) & (father_of_b >= 0)
            sims = _similar_words(
                rest[both], father_of_b[both], f.father_words, f.father_words_abjad
            )
            father_sim[both] = np.maximum(father_sim[both], sims)
            father_equal |= both & (rest == father_of_b)
        same_father = father_sim >= config.patronymic_close
        read = (head_level >= 0) & (same_father | (f.patronymic_key[b] < 0))
        # (Where both directions read a pair, the stronger reading stands.)
        given[at[read]] = np.minimum(given[at[read]], head_level[read])
        read &= same_father
        levels = LEVELS["patronymic"]
        was = father[at[read]]
        read_as = np.where(father_equal[read], levels.index("equal"), levels.index("close"))
        father[at[read]] = np.where(was < 0, read_as, np.minimum(was, read_as))


def _head_levels(
    head: I32, theirs: I32, f: Features, config: LinkageConfig, equivalents: I64
) -> I8:
    """The given-name level of the first word of a given-name field (``head``, codes in
    ``f.given_words``) against another record's given name: ``transliteration-equal``,
    ``equivalent`` (``equivalents``: ``equivalent_codes`` of ``f.given_words``) or ``close``;
    -1 when none of these."""
    words = f.given_words
    sims = _similar_words(head, theirs, words, f.given_words_abjad, typos=True)
    out = np.where(sims >= config.name_close, GIVEN_LEVELS.index("close"), -1).astype(np.int8)
    equivalent = np.isin(pair_codes(head, theirs, len(words)), equivalents)
    out[equivalent] = GIVEN_LEVELS.index("equivalent")
    out[head == theirs] = GIVEN_LEVELS.index("transliteration-equal")
    return out


def _similar_words(
    a: I32, b: I32, words: list[str], abjad: npt.NDArray[np.bool_], *, typos: bool = False
) -> F64:
    """Similarity of the keys ``words[a[i]]`` and ``words[b[i]]`` (1.0 when one code)."""
    sims = np.ones(len(a))
    other = a != b
    sims[other] = key_pair_similarity(a[other], b[other], words, 1, typos=typos, abjad=abjad)
    return sims


def _compare(
    f: Features,
    left: Idx,
    right: Idx,
    config: LinkageConfig,
    households: HouseholdLinks | None = None,
    fields: tuple[str, ...] = FIELDS,
) -> Comparisons:
    levels: dict[str, I8] = {}
    if {"family_name", "given_name"} & set(fields):
        levels.update(_both_name_levels(f, left, right, config))
    one_field: dict[str, Callable[[], I8]] = {
        "patronymic": lambda: _patronymic_levels(f, left, right, config),
        "birth_date": lambda: _date_levels(f, left, right, config.date_near_days),
        "sex": lambda: _equality_levels(f.sex, left, right),
        "phone": lambda: _phone_levels(f, left, right),
        "origin": lambda: _origin_levels(f, left, right, config),
        "household_ref": lambda: _household_levels(f, left, right),
        "site": lambda: _equality_levels(f.site, left, right),
        "household_colink": lambda: _colink_levels(households, left, right),
    }
    for name in fields:
        if name not in levels:
            levels[name] = one_field[name]()
    if "given_name" in levels:
        _muhammad_dropped(f, left, right, levels["given_name"])
        # Where neither record names a father: else the second word may be the father's name,
        # which ``_father_after_given`` reads against the other's.
        fatherless = (f.patronymic_key[left] < 0) & (f.patronymic_key[right] < 0)
        rows = np.flatnonzero(fatherless)
        given = levels["given_name"][rows]
        _one_name_within_the_other(given, GIVEN_LEVELS, f.given_word_codes, left[rows], right[rows])
        levels["given_name"][rows] = given
        if "family_name" in levels:
            _one_full_name_within_the_other(
                f, left, right, levels["family_name"], levels["given_name"], fatherless
            )
    if "family_name" in levels and "patronymic" in levels:
        _family_and_father_swapped(f, left, right, levels["family_name"], levels["patronymic"])
        _chain_agrees(f, left, right, levels["family_name"], levels["patronymic"], config)
    if "given_name" in levels and "patronymic" in levels:
        _father_after_given(f, left, right, levels["given_name"], levels["patronymic"], config)
    return Comparisons(left=left, right=right, levels={k: levels[k] for k in fields})
