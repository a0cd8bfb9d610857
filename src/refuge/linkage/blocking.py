"""Blocking: candidate pairs from equality on a few composite keys, by sorting.

Each rule is a tuple of key columns (``config.blocking``); a pair is a candidate when, for at
least one rule, both records have every column of the rule present and equal. A column written
``?col`` is *optional*: the pair is a candidate when the other columns are equal and ``col`` is
missing on at least one side (a registration without a birth date still meets the records
with the same full name). Blocks larger than ``config.max_block_size`` are skipped (and counted
in the stats): such a block is a common name and year, whose pairs the other rules reach with
more specific keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, cast

import numpy as np
import numpy.typing as npt
import polars as pl

from refuge.linkage._arrays import (
    Idx,
    argsort,
    dense_codes,
    in_two_threads,
    occurrences,
    one_slip,
    sorted_unique,
    unique_inverse,
)
from refuge.linkage.calendars import (
    ETHIOPIAN_YEARS,
    ethiopian_day,
    gregorian_year,
    other_calendar,
)
from refuge.linkage.config import LinkageConfig
from refuge.linkage.records import I32, Features, per_key, unknown_day

I64 = npt.NDArray[np.int64]
# The records (with repeats) and the value each copy stands with, of a key of several values.
Copies = tuple[I64, I32]

# ``either_name`` is the one key with two values per record, its family and its given name: two
# records agree on it when any name of one equals any name of the other, in whichever field.
EITHER_NAME: Final = "either_name"
# ``word_pair`` has a value for every two words of a record's given and family names: two
# records agree on it when they share two name words, in whichever fields (``_word_pairs``).
WORD_PAIR: Final = "word_pair"
# ``calendar_year`` is the birth year as written, or as the Ethiopian calendar would have
# written it (``compare.ETHIOPIAN_YEARS`` behind): two records agree on it when one's year is
# the other's in the other calendar.
CALENDAR_YEAR: Final = "calendar_year"
BLOCK_KEYS: Final = (
    "family_key",
    "given_key",
    "patronymic_skeleton",
    "name_pair",
    "consonant_pair",
    EITHER_NAME,
    WORD_PAIR,
    "birth_year",
    CALENDAR_YEAR,
    "birth_md",
    "birth_decade",
    "birth_decade_shifted",
    "phone",
    "family_skeleton",
    "given_skeleton",
    "given_consonants",
    "chain_head",
    "chain_second",
    "chain_pair",
    "name_words",
    "household_ref",
    "family_initial",
    "family_onset",
    "given_initial",
    "sex",
)
# A block larger than ``max_block_size`` (a common name in a common year) is split by these
# further keys, in turn, until its parts fit; only records missing the splitting key are lost.
REFINE: Final = ("sex", "birth_md", "birth_year")
# Under a ``?birth_md`` rule, a record with only a year meets records of this many years either
# side (an age turned into a year, a year mistyped by one), or without a year.
OPTIONAL_MD_YEARS: Final = 2
# A set of name words (``name_words``) that more records hold is a common name, not a key:
# rules on it pair records across ten years (Vietnamese registries, F1 -0.023 and -0.029 at
# 100k without this limit, where Nguyen Thi Lan is held by hundreds).
NAME_WORDS_MAX: Final = 20
# When the rules make this many pairs, they are united in this many ranges of their left
# record, one range at a time (``_union``).
UNION_SPLIT_MIN: Final = 4_000_000
UNION_RANGES: Final = 8


def block_key_columns(f: Features) -> dict[str, I32]:
    """Integer blocking keys per record (-1 when absent)."""
    # 1 January (``unknown_day``): no day and month to block on, and a year-only date's
    # partners under a ``?birth_md`` rule.
    full = (f.month > 0) & (f.day > 0) & ~unknown_day(f.month, f.day)
    lo = np.minimum(f.month, f.day).astype(np.int32)
    hi = np.maximum(f.month, f.day).astype(np.int32)
    # Day and month as an unordered pair, so a swap stays in the block.
    md = np.where(full, lo * 32 + hi, -1).astype(np.int32)
    year = np.where(f.year > 0, f.year.astype(np.int32), -1).astype(np.int32)
    decade = np.where(f.year > 0, f.year.astype(np.int32) // 10, -1).astype(np.int32)
    family, given = _shared_names(f)
    head, second = _chain_name(f, 0), _chain_name(f, 1)
    return {
        "family_key": f.family_key,
        "given_key": f.given_key,
        "patronymic_skeleton": f.patronymic_skeleton,
        "name_pair": _name_pair(f),
        "consonant_pair": _unordered(f.family_consonants, f.given_consonants),
        # Two columns behind the one key ``either_name`` (see ``_either_name_pairs``).
        "family_name_id": family.astype(np.int32),
        "given_name_id": given.astype(np.int32),
        "birth_year": year,
        "birth_md": md,
        # Not keys of rules: the day and month as written (0 for none), and the Gregorian
        # year of the full date read as an Ethiopian one.
        "birth_month": f.month.astype(np.int32),
        "birth_day": f.day.astype(np.int32),
        "ethiopian_year": np.where(
            full & (f.month <= 13) & (f.day <= 30),
            gregorian_year(ethiopian_day(f.year, f.month, f.day)),
            -1,
        ).astype(np.int32),
        "birth_decade": decade,
        # Decades that begin in a year ending in 5: two records within five years of each other
        # share this or ``birth_decade``.
        "birth_decade_shifted": np.where(
            f.year > 0, (f.year.astype(np.int32) + 5) // 10, -1
        ).astype(np.int32),
        "phone": f.phone,
        "family_skeleton": f.family_skeleton,
        "given_skeleton": f.given_skeleton,
        # The given name and the first name after it (the father's, in whichever field a desk
        # wrote it: ``NamingChains``) by the consonants both scripts write.
        "given_consonants": f.given_consonants,
        "chain_head": head,
        "chain_second": second,
        "chain_pair": _unordered(head, second),
        "name_words": _name_words(f),
        "household_ref": f.household,
        "family_initial": _initial(f.family_key, f.family_keys),
        "family_onset": _onset(f.family_key, f.family_keys),
        "given_initial": _initial(f.given_key, f.given_keys),
        "sex": f.sex,
    }


def _name_words(f: Features) -> I32:
    """``Features.word_set`` of three words or more, -1 for a set that more than
    ``NAME_WORDS_MAX`` records hold. (Two words are ``name_pair``'s, whatever their fields.)"""
    sets = np.where(f.word_count >= 3, f.word_set, -1)
    out: I32 = np.where((sets >= 0) & (occurrences(sets) <= NAME_WORDS_MAX), sets, -1).astype(
        np.int32
    )
    return out


def _chain_name(f: Features, at: int) -> I32:
    """Per record, the skeleton code of its naming chain's name ``at`` (-1 when none)."""
    head = f.chain.codes[:, at]
    out: I32 = np.where(head >= 0, f.chain.skeleton[head], -1).astype(np.int32)
    return out


def _shared_names(f: Features) -> tuple[I64, I64]:
    """Family and given keys numbered in one vocabulary (family keys, then given keys that are
    not also family keys), so that a surname written in the given-name field meets itself."""
    n_family = len(f.family_keys)
    given = np.where(
        f.given_as_family >= 0, f.given_as_family, n_family + f.given_key.astype(np.int64)
    )
    return f.family_key.astype(np.int64), np.where(f.given_key >= 0, given, -1)


def _name_pair(f: Features) -> I32:
    """The two name keys as an unordered pair (-1 unless both present).

    Equal for ``Armen Sargsyan`` and ``Sargsyan Armen``: a desk that wrote the surname first
    still meets the others.
    """
    return _unordered(*_shared_names(f))


def _unordered(family: npt.NDArray[np.integer], given: npt.NDArray[np.integer]) -> I32:
    """Two codes of one vocabulary as an unordered pair (-1 unless both present)."""
    family, given = family.astype(np.int64), given.astype(np.int64)
    lo, hi = np.minimum(family, given), np.maximum(family, given)
    width = int(max(family.max(initial=0), given.max(initial=0))) + 1
    code = np.where((family >= 0) & (given >= 0), lo * width + hi, -1)
    return dense_codes(code)[0]


def _initial(codes: I32, keys: list[str]) -> I32:
    """First letter of the key (as a code point; an abjad key's in lower case, as the same name
    in Latin letters has it), -1 when absent."""
    return per_key(codes, [ord(k[0].lower()) if k else -1 for k in keys])


def _onset(codes: I32, keys: list[str]) -> I32:
    """``_initial``, with every vowel one letter (``a``): Arabic script begins a name with
    alif or ʿayn whatever its first vowel, Latin spellings do not agree on it (Omar, Umar;
    Ibrahim, Ebrahim; Abou, Ebu), nor Armenian and Russian (Hovhannes, Ovanes; Ohan, Ogan)."""
    firsts = (_ONSETS.get(c, c) for c in (k[:1].lower() for k in keys))
    return per_key(codes, [ord(c) if c else -1 for c in firsts])


# Onsets spelt alike: the vowels (above); s and z, which German writes for з (Sacharow,
# Sorenko for Zakharov, Zorenko), Spanish for both, and Arabic script in ز, س, ص, ظ.
_ONSETS: Final = {"e": "a", "i": "a", "o": "a", "u": "a", "z": "s"}


def _combined_key(cols: dict[str, I32], rule: tuple[str, ...], valid: npt.NDArray[np.bool_]) -> I64:
    """One int64 per record for a composite key (mixed radix; rows renumbered if too wide)."""
    key = np.zeros(int(valid.sum()), dtype=np.int64)
    width = 1
    for c in rule:
        v = cols[c][valid].astype(np.int64)
        radix = int(v.max()) + 1 if len(v) else 1
        if width * radix >= 2**62:
            _, key = unique_inverse(key)
            width = int(key.max()) + 1 if len(key) else 1
        key = key * radix + v
        width *= radix
    return key


def _rule_pairs(
    cols: dict[str, I32],
    rule: tuple[str, ...],
    max_block: int,
    n: int,
    within: npt.NDArray[np.bool_] | None = None,
) -> tuple[I64, int, int]:
    """Pairs (as ``left * n + right``, left < right) of records sharing the rule's key.

    Sort by key, then for each block size generate the upper triangle of all blocks of that
    size at once: linear in the number of pairs, no join.
    """
    optional = [c[1:] for c in rule if c.startswith("?")]
    if optional:
        required = tuple(c for c in rule if not c.startswith("?"))
        return _optional_pairs(cols, required, optional, max_block, n)
    valid = np.ones(n, dtype=bool) if within is None else within.copy()
    for c in rule:
        valid &= cols[c] >= 0
    idx = np.flatnonzero(valid).astype(np.int64)
    if len(idx) < 2:
        return np.zeros(0, dtype=np.int64), 0, 0
    key = _combined_key(cols, rule, valid)
    order = argsort(key)  # pairs are coded min*n+max, so the order within a block is moot
    sk = key[order]
    rec = idx[order]
    starts = np.flatnonzero(np.r_[True, sk[1:] != sk[:-1]])
    sizes = np.diff(np.r_[starts, len(sk)])
    big = sizes > max_block
    out: list[I64] = []
    for size in np.unique(sizes[(sizes >= 2) & ~big]).tolist():
        blocks = starts[sizes == size]
        iu, ju = np.triu_indices(size, 1)
        a = rec[(blocks[:, None] + iu[None, :]).ravel()]
        b = rec[(blocks[:, None] + ju[None, :]).ravel()]
        out.append(np.minimum(a, b) * n + np.maximum(a, b))
    n_big, n_big_records = int(big.sum()), int(sizes[big].sum())
    refine = [c for c in REFINE if c not in rule]
    if n_big and refine:
        inside = np.zeros(n, dtype=bool)
        for st, sz in zip(starts[big].tolist(), sizes[big].tolist(), strict=True):
            inside[rec[st : st + sz]] = True
        sub, n_big, n_big_records = _rule_pairs(cols, (*rule, refine[0]), max_block, n, inside)
        out.append(sub)
    pairs = np.concatenate(out) if out else np.zeros(0, dtype=np.int64)
    return pairs, n_big, n_big_records


def _stacked_pairs(
    cols: dict[str, I32],
    rule: tuple[str, ...],
    max_block: int,
    n: int,
    key: str,
    copies: Copies,
) -> tuple[I64, int, int]:
    """Pairs for a rule with a key of several values per record: each record stands once per
    value (``copies``: the records, with repeats, and the value each stands with), and two
    records are a pair when any copy of one meets any copy of the other."""
    index, values = copies
    # The rule's other columns and those a too-large block is split by (``REFINE``), repeated.
    needed = {c.lstrip("?") for c in rule} | set(REFINE)
    stacked = {c: cols[c][index] for c in needed if c != key}
    stacked[key] = values
    size = len(index)
    codes, n_big, n_big_records = _rule_pairs(stacked, rule, max_block, size)
    a, b = index[codes // size], index[codes % size]
    keep = a != b
    # A pair agreeing on two values is found once per value (and either way round).
    pairs = sorted_unique(np.minimum(a[keep], b[keep]) * n + np.maximum(a[keep], b[keep]))
    return pairs, n_big, n_big_records


def _either_name(cols: dict[str, I32], n: int) -> Copies:
    """``either_name``: each record by its family name and by its given name, so the pairs
    include those whose names were written in swapped fields with one of them mistyped or
    replaced (``Сатян Анагит`` and ``Anahit Satyan``)."""
    records = np.arange(n, dtype=np.int64)
    names = np.concatenate([cols["family_name_id"], cols["given_name_id"]])
    return np.concatenate([records, records]), names.astype(np.int32)


def _word_pairs(f: Features) -> Copies:
    """``word_pair``: each record by every two words of its given and family names (as one
    vocabulary, unordered), so that names of several words shared out differently between the
    fields meet (``Rachel Ndeze | Mpiranya``, ``Rachel | Mpiranya Ndeze``)."""
    words = np.concatenate([f.given_word_codes, f.family_word_codes], axis=1).astype(np.int64)
    width = int(words.max(initial=0)) + 1
    records: list[I64] = []
    codes: list[I64] = []
    for i in range(words.shape[1]):
        for j in range(i + 1, words.shape[1]):
            a, b = words[:, i], words[:, j]
            rows = np.flatnonzero((a >= 0) & (b >= 0) & (a != b))
            records.append(rows.astype(np.int64))
            codes.append(np.minimum(a[rows], b[rows]) * width + np.maximum(a[rows], b[rows]))
    return np.concatenate(records), dense_codes(np.concatenate(codes))[0]


def _calendar_pairs(
    cols: dict[str, I32], rule: tuple[str, ...], max_block: int, n: int
) -> tuple[I64, int, int]:
    """Pairs for a rule with ``calendar_year``: each record stands once with its birth year as
    written, and again with the Gregorian year it would have had it been written in the
    Ethiopian calendar (``_as_ethiopian``); only pairs of a record as written with another as
    read are kept (equal years are other rules' pairs)."""
    needed = {c.lstrip("?") for c in rule} | set(REFINE)
    year = cols["birth_year"]
    copies, shifted = _as_ethiopian(year, cols["ethiopian_year"])
    index = np.concatenate([np.arange(n, dtype=np.int64), *copies])
    stacked = {c: cols[c][index] for c in needed if c != CALENDAR_YEAR}
    stacked[CALENDAR_YEAR] = np.concatenate([year, *shifted]).astype(np.int32)
    size = len(index)
    codes, n_big, n_big_records = _rule_pairs(stacked, rule, max_block, size)
    a, b = codes // size, codes % size
    keep = (a < n) != (b < n)
    a, b = index[a[keep]], index[b[keep]]
    # Only the pairs whose dates read as one calendar against the other (the comparison's
    # ``other-calendar``): two namesakes' full dates seven years apart are two people, and
    # without this they were a fifth of a 1M registry's candidate pairs.
    keep = (a != b) & _in_other_calendars(cols, a, b)
    a, b = a[keep], b[keep]
    return sorted_unique(np.minimum(a, b) * n + np.maximum(a, b)), n_big, n_big_records


def _as_ethiopian(year: I32, converted: I32) -> tuple[list[I64], list[I32]]:
    """Records (indices) and the Gregorian year each would have, read as an Ethiopian date: a
    full date converted (one year), a year alone or 1 January either of ``ETHIOPIAN_YEARS``
    later."""
    full = np.flatnonzero(converted >= 0)
    only_year = np.flatnonzero((year >= 0) & (converted < 0))
    records = [full, *(only_year for _ in ETHIOPIAN_YEARS)]
    years = [converted[full], *(year[only_year] + k for k in ETHIOPIAN_YEARS)]
    return [r.astype(np.int64) for r in records], [y.astype(np.int32) for y in years]


def _ranges(starts: I64, lengths: I64) -> I64:
    """The positions ``starts[i] .. starts[i] + lengths[i] - 1``, all ranges one after another."""
    total = int(lengths.sum())
    first = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
    return first + np.arange(total, dtype=np.int64)


def _optional_pairs(
    cols: dict[str, I32], rule: tuple[str, ...], optional: list[str], max_block: int, n: int
) -> tuple[I64, int, int]:
    """Pairs sharing ``rule``'s key where an ``optional`` column is missing on one side at least.

    Each record missing the column is paired with the records of its block: (records missing
    it) × (block size) pairs at most. A block larger than ``max_block`` is skipped and counted:
    it is a placeholder name (``Unknown Unknown``, 10 000 of them without a date made 50M pairs
    and 7 GB), which the column cannot split since the records of interest lack it.

    Under ``?birth_md`` a year-only date meets the same name in its own years only
    (``OPTIONAL_MD_YEARS`` either side, or no year): a common name would otherwise meet its
    namesakes of every age. The block is sorted by year so that those partners are two ranges
    of it (the records without a year, then the years of the window), and only the pairs kept
    are ever made: at 1M records, 29M made for 8M kept before.
    """
    valid = np.ones(n, dtype=bool)
    for c in rule:
        valid &= cols[c] >= 0
    lacks = np.zeros(n, dtype=bool)
    for c in optional:
        lacks |= cols[c] < 0
    idx = np.flatnonzero(valid).astype(np.int64)
    if len(idx) < 2 or not (lacks & valid).any():
        return np.zeros(0, dtype=np.int64), 0, 0
    # Within a block, records by year (+1, so that 0 is no year and sorts first).
    windowed = "birth_md" in optional and "birth_year" not in rule
    year1 = cols["birth_year"][valid].astype(np.int64) + 1 if windowed else None
    radix = int(year1.max()) + 1 if year1 is not None else 1
    key = _combined_key(cols, rule, valid)
    if year1 is not None:
        if int(key.max()) >= 2**62 // radix:
            _, key = unique_inverse(key)
        key = key * radix + year1
    order = argsort(key)  # pairs are coded min*n+max, so the order within a block is moot
    sk = key[order]
    rec = idx[order]
    block = sk // radix
    starts = np.flatnonzero(np.r_[True, block[1:] != block[:-1]])
    sizes = np.diff(np.r_[starts, len(sk)])
    block_of = np.repeat(np.arange(len(starts)), sizes)
    big = sizes > max_block
    lacking = np.flatnonzero(lacks[rec] & ~big[block_of])
    b = block_of[lacking]
    if year1 is None:
        src = np.repeat(rec[lacking], sizes[b])
        dst = rec[_ranges(starts[b], sizes[b])]
    else:
        y = sk[lacking] % radix
        base = block[lacking] * radix
        # Without a year: the whole block. With one: the block's records without a year, and
        # those of the years within the window.
        no_year_end = np.searchsorted(sk, base + 1)
        lo = np.searchsorted(sk, base + np.maximum(y - OPTIONAL_MD_YEARS, 1))
        hi = np.searchsorted(sk, base + np.minimum(y + OPTIONAL_MD_YEARS + 1, radix))
        whole = y == 0
        first_len = np.where(whole, sizes[b], no_year_end - starts[b])
        second_len = np.where(whole, 0, hi - lo)
        src = np.repeat(rec[lacking], first_len + second_len)
        # Each record's two ranges one after the other, as ``src`` repeats it.
        pos = _ranges(
            np.column_stack([starts[b], lo]).ravel(),
            np.column_stack([first_len, second_len]).ravel(),
        )
        dst = rec[pos]
    keep = src != dst
    a, c = src[keep], dst[keep]
    return np.minimum(a, c) * n + np.maximum(a, c), int(big.sum()), int(sizes[big].sum())


def multi_valued(f: Features, cols: dict[str, I32], keys: set[str]) -> dict[str, Copies]:
    """The copies of the records behind each key of several values per record among ``keys``."""
    out: dict[str, Copies] = {}
    if EITHER_NAME in keys:
        out[EITHER_NAME] = _either_name(cols, f.n)
    if WORD_PAIR in keys:
        out[WORD_PAIR] = _word_pairs(f)
    return out


def rule_pairs(
    cols: dict[str, I32],
    rule: tuple[str, ...],
    max_block: int,
    n: int,
    multi: Mapping[str, Copies],
) -> tuple[I64, int, int]:
    """One rule's pairs (as ``left * n + right``), blocks skipped and their records."""
    for key, copies in multi.items():
        if key in rule:
            return _stacked_pairs(cols, rule, max_block, n, key, copies)
    if CALENDAR_YEAR in rule:
        return _calendar_pairs(cols, rule, max_block, n)
    codes, n_big, n_big_records = _rule_pairs(cols, rule, max_block, n)
    if "birth_md" in rule and "birth_year" not in rule:
        codes = codes[_years_may_agree(cols, codes // n, codes % n)]
    return codes, n_big, n_big_records


def _years_may_agree(cols: dict[str, I32], a: I64, b: I64) -> npt.NDArray[np.bool_]:
    """Pairs of one day and month (a rule on ``birth_md`` without the year) whose years say
    one date: one year, or a keying slip apart (the comparison's ``year-typo``), or one
    written in the Ethiopian calendar (``other-calendar``). Namesakes born on one day of
    other years are two people to the comparison: at 1M records, three quarters of these
    rules' pairs (synth: 5.7M of 7.8M; 20 true pairs among them, none linked by their dates)."""
    ya, yb = cols["birth_year"][a], cols["birth_year"][b]
    out: npt.NDArray[np.bool_] = (ya <= 0) | (yb <= 0) | (ya == yb) | one_slip(ya, yb, 4)
    rows = np.flatnonzero(~out)
    out[rows] = _in_other_calendars(cols, a[rows], b[rows])
    return out


def _in_other_calendars(cols: dict[str, I32], a: I64, b: I64) -> npt.NDArray[np.bool_]:
    """Pairs whose birth dates read as one calendar against the other
    (``calendars.other_calendar``; full dates are those with a day and month to block on)."""
    y, m, d, md = cols["birth_year"], cols["birth_month"], cols["birth_day"], cols["birth_md"]
    full = (md[a] >= 0) & (md[b] >= 0)
    return other_calendar(y[a], m[a], d[a], y[b], m[b], d[b], full)


def candidate_pairs(
    f: Features, config: LinkageConfig, only: npt.NDArray[np.bool_] | None = None
) -> tuple[Idx, Idx, dict[str, int]]:
    """Distinct candidate pairs ``(left < right)``, sorted by (left, right), and per-rule
    counts.

    With ``only`` (a boolean mask of records), keeps just the pairs that touch a masked record
    (incremental linkage).
    """
    n = f.n
    for rule in config.blocking:
        unknown = [c for c in rule if c.lstrip("?") not in BLOCK_KEYS]
        if unknown:
            raise ValueError(f"unknown blocking key(s) {unknown}; known: {list(BLOCK_KEYS)}")
        for key in (EITHER_NAME, WORD_PAIR, CALENDAR_YEAR):
            if f"?{key}" in rule:
                raise ValueError(f"{key} cannot be optional (?{key})")
    cols = block_key_columns(f)
    multi = multi_valued(f, cols, {c for rule in config.blocking for c in rule})

    def pairs_of(rule: tuple[str, ...]) -> tuple[I64, int, int]:
        codes, n_big, n_big_records = rule_pairs(cols, rule, config.max_block_size, n, multi)
        if only is not None and len(codes):
            codes = codes[only[codes // n] | only[codes % n]]
        return codes, n_big, n_big_records

    found = in_two_threads(pairs_of, config.blocking, config.workers)  # two rules at a time
    stats: dict[str, int] = {}
    parts: list[I64] = []
    for rule, (codes, n_big, n_big_records) in zip(config.blocking, found, strict=True):
        name = "+".join(rule)
        stats[f"pairs[{name}]"] = len(codes)
        if n_big:
            stats[f"skipped_blocks[{name}]"] = n_big
            stats[f"skipped_block_records[{name}]"] = n_big_records
        parts.append(codes)
    del found
    left, right = _union(parts, n)
    stats["candidate_pairs"] = len(left)
    return left, right, stats


def _union(parts: list[I64], n: int) -> tuple[Idx, Idx]:
    """The distinct pairs of all rules (codes ``left * n + right``, emptied from ``parts``),
    sorted, as record indices: int32 below 2**31 records (half the memory of int64 at tens of
    millions of pairs).

    Codes are sorted by Polars (multi-threaded: 1.2 s against NumPy's 4.2 s for the 55M codes
    of a 1M-record registry). Many codes are first dealt out into ``UNION_RANGES`` ranges of
    their left record, every rule's buffer dropped once dealt, and each range is united on its
    own: at its peak the union holds the rules' pairs and one range's copy, where all of them
    were copied at once before (135M rule pairs on a 1.2M-record registry: 2.2 GB of codes).
    """
    ranges = UNION_RANGES if sum(len(p) for p in parts) >= UNION_SPLIT_MIN else 1
    edges = [n * (n * k // ranges) for k in range(ranges + 1)]  # the codes of left n*k/ranges
    dealt: list[list[I64]] = [[] for _ in range(ranges)]
    while parts:
        codes = parts.pop()
        if ranges == 1:
            dealt[0].append(codes)
            continue
        for k in range(ranges):
            dealt[k].append(codes[(codes >= edges[k]) & (codes < edges[k + 1])])
        del codes
    lefts: list[Idx] = []
    rights: list[Idx] = []
    for k in range(ranges):
        joined = np.concatenate(dealt[k]) if dealt[k] else np.zeros(0, dtype=np.int64)
        dealt[k] = []
        codes = pl.Series(joined).sort().to_numpy()
        del joined
        if len(codes):
            keep = np.empty(len(codes), dtype=bool)
            keep[0] = True
            np.not_equal(codes[1:], codes[:-1], out=keep[1:])
            codes = codes[keep]
        left, right = _indices(codes, n)
        lefts.append(left)
        rights.append(right)
    return cast(Idx, np.concatenate(lefts)), cast(Idx, np.concatenate(rights))


def _indices(codes: I64, n: int) -> tuple[Idx, Idx]:
    if n < 2**31:
        return (codes // n).astype(np.int32), (codes % n).astype(np.int32)
    return codes // n, codes % n
