"""Search-before-register, the plain-Python half: reading a query, the index keys of a name,
and the ranking of candidates. No Django here; ``desk.selectors`` runs it against the database.

A clerk types whatever they have, in whatever script: ``Оганесян Ованес 1954``,
``Hovhannisyan``, ``Հովհաննիսյան Հովհաննես +37491234567``. Name tokens go through the
linkage engine's ``name_key`` (one phonetic key for every spelling of a name); four-digit
years and dates become the birth date, long digit runs the phone.

Index keys (see ``models.SearchEntry``) are pairs of name keys, in both orders, and the same
pairs of consonant skeletons. The skeleton catches what the key keeps apart on purpose:
``Оганесян`` (key ``ovanesian``) and ``Հովհաննիսյան`` (``ovanisian``) differ by one vowel,
which the similarity measure absorbs but an exact key lookup would not; and a name in Arabic
script (key ``ASN`` for حسن, consonants only) meets its Latin spellings (``asan``) there
(``index_keys.skeleton``). A query token is looked
up under each of its readings (``translit.readings``: as typed, and letter by letter in the
other script family), because the key also keeps apart the Latin of a Russian passport
(``Oganesyan``, key ``okanesian``) and the Armenian original (``ovanisian``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from refuge.desk.index_keys import SKELETON_MARK, skeleton
from refuge.desk.translit import readings
from refuge.linkage import family_name_key, name_key, name_similarity, normalise_phone
from refuge.linkage.normalise import KEY_CACHE_SIZE, key_similarity, without_article

# Only the first few name tokens form pairs: three is given, patronymic, family; more is noise
# that would multiply the lookups.
MAX_NAME_TOKENS = 3

_YEAR = re.compile(r"^(19|20)\d\d$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_PHONE = re.compile(r"^\+?[\d\-() ]{6,}$")
_TOKEN_SPLIT = re.compile(r"[\s,;]+")
_NAME_STRIP = re.compile(r"^[^\w]+|[^\w]+$")
# The Arabic article typed as a word of its own (``al Hassan``, ``ال حسن``): no name, and the
# family name after it is filed without it (``family_name_key``).
_ARTICLE = re.compile(r"(?i:al|el|ال)")


@dataclass(frozen=True, slots=True)
class Query:
    """What the clerk typed, sorted into names, birth date, phone and origin."""

    names: tuple[str, ...] = ()
    birth_date: str = ""  # "YYYY-MM-DD" or "YYYY" or ""
    phone: str = ""  # E.164 or ""
    origin: str = ""

    @property
    def birth_year(self) -> int | None:
        return int(self.birth_date[:4]) if self.birth_date else None

    @property
    def keys(self) -> tuple[tuple[str, ...], ...]:
        """For each name token, its keys under each reading (``translit.readings``)."""
        return tuple(k for k in (token_keys(n) for n in self.names[:MAX_NAME_TOKENS]) if k)

    def __bool__(self) -> bool:
        return bool(self.keys or self.phone)


def parse_birth(text: str) -> str:
    """``"1954"``, ``"1954-03-07"``, ``"7.3.1954"`` or ``"07/03/1954"`` → ISO form; else ``""``."""
    text = text.strip()
    if _YEAR.match(text):
        return text
    m = _ISO_DATE.match(text)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _DMY_DATE.match(text)
        if not m:
            return ""
        day, month, year = (int(g) for g in m.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1880 <= year <= 2100):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_query(text: str, *, birth: str = "", origin: str = "", phone: str = "") -> Query:
    """Split the search box into name tokens, a birth date and a phone; the separate fields
    (``birth``, ``origin``, ``phone``) win over what is found in the box."""
    names: list[str] = []
    found_birth, found_phone = "", ""
    for raw in _TOKEN_SPLIT.split(text.strip()):
        if not raw:
            continue
        as_birth = parse_birth(raw)
        if as_birth and not found_birth:
            found_birth = as_birth
            continue
        if _PHONE.match(raw) and sum(c.isdigit() for c in raw) >= 6:
            found_phone = found_phone or raw
            continue
        token = _NAME_STRIP.sub("", raw)
        if token and not token.isdigit():
            names.append(token)
    # An article typed as a word of its own before a name is none; the last token is kept,
    # being perhaps the start of one still being typed (Al... for Ali, Alina).
    names = [n for i, n in enumerate(names) if i == len(names) - 1 or not _ARTICLE.fullmatch(n)]
    phone_text = phone.strip() or found_phone
    return Query(
        names=tuple(names),
        birth_date=parse_birth(birth) or found_birth,
        phone=normalise_phone(phone_text) if phone_text else "",
        origin=origin.strip(),
    )


@lru_cache(maxsize=KEY_CACHE_SIZE)
def token_keys(token: str) -> tuple[str, ...]:
    """The distinct name keys of one typed token, one per reading, the key as typed first.

    A token may be a family name, stored under ``family_name_key`` (without the Arabic
    article: al-Hassan is filed as Hassan), or a given name, stored under ``name_key`` (Elham
    keeps its first letters): each reading gives both."""
    readings_ = readings(token)
    family = [family_name_key(r) for r in readings_]
    # (A joined article too, Alhassan for Al Hassan: ``normalise.without_article``.)
    keys = [*(name_key(r) for r in readings_), *family, *(without_article(k) for k in family)]
    return tuple(k for k in dict.fromkeys(keys) if k)


def lookup_prefixes(query: Query) -> tuple[list[str], list[str]]:
    """Index prefixes to look up for a query: (on keys, on skeletons).

    Every ordered pair of name tokens, since the clerk may type the family name first or last;
    the second key of a pair is a prefix because the clerk may still be typing it. One token
    alone: the key as a prefix (a family or given name, complete or not), the skeleton exactly.
    """
    tokens = query.keys
    if not tokens:
        return [], []
    if len(tokens) == 1:
        return list(tokens[0]), sorted({f"{SKELETON_MARK}{skeleton(k)} " for k in tokens[0]})
    pairs = [
        (a, b)
        for first, second in itertools.permutations(tokens, 2)
        for a, b in itertools.product(first, second)
    ]
    exact = sorted({f"{a} {b}" for a, b in pairs})
    skel = sorted({f"{SKELETON_MARK}{skeleton(a)} {skeleton(b)}" for a, b in pairs})
    return exact, skel


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string above every string that starts with ``prefix``.

    ``key >= prefix AND key < bound`` is a plain B-tree range on both SQLite and PostgreSQL,
    whatever the collation of the keys (lower-case ASCII letters, space and ``~``), where
    ``LIKE 'prefix%'`` needs ``varchar_pattern_ops`` or a C collation to use the index.
    """
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


# --- ranking -----------------------------------------------------------------------------


@dataclass(slots=True)
class Candidate:
    """One registration the index found, with what ranking needs."""

    registration_id: int
    person_id: int
    given_name: str
    family_name: str
    patronymic: str = ""
    birth_date: str = ""
    birth_year: int | None = None
    origin: str = ""
    phone_e164: str = ""
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


# Evidence beyond the name, added to a name score in 0..1. Birth agreement is strong because
# a same-name pair is common in Armenian families (grandfather and grandson); a different year
# is strong evidence against. A shared phone is a household's, not only the person's, so it
# counts less than a full birth date would.
BIRTH_DATE_SAME = 0.30
BIRTH_DATE_SWAPPED = 0.22  # day and month swapped by a clerk
BIRTH_YEAR_SAME = 0.18
BIRTH_YEAR_NEAR = 0.05  # one year apart: a date remembered wrong, or a year-only estimate
BIRTH_YEAR_FAR = -0.30
PHONE_SAME = 0.25
ORIGIN_SAME = 0.08
# A token the clerk is still typing that starts a name counts as this similar at least.
PREFIX_FLOOR = 0.90


@dataclass(frozen=True, slots=True)
class NameField:
    """One name of a registration as ranking reads it: its value, how a token compares with
    it, and its key (for a token the clerk is still typing)."""

    value: str
    similarity: Callable[[str, str], float]
    key: Callable[[str], str] = name_key


def _name_score(
    tokens: Sequence[str], fields: Sequence[NameField], *, last_is_partial: bool
) -> float:
    """Mean similarity of the query's name tokens to the registration's names, each token
    matched to a different name (family, given, patronymic) in the best of all assignments."""
    if not tokens:
        return 0.0
    matrix = []
    for index, token in enumerate(tokens):
        row = []
        partial = last_is_partial and index == len(tokens) - 1
        for f in fields:
            value = f.value
            s = (
                max((f.similarity(r, value) for r in readings(token)), default=0.0)
                if value
                else 0.0
            )
            if (
                partial
                and value
                and any(len(k) >= 2 and f.key(value).startswith(k) for k in token_keys(token))
            ):
                s = max(s, PREFIX_FLOOR)
            row.append(s)
        matrix.append(row)
    best = 0.0
    for chosen in itertools.permutations(range(len(fields)), len(tokens)):
        best = max(best, sum(matrix[t][f] for t, f in enumerate(chosen)))
    return best / len(tokens)


def _birth_score(query: Query, candidate: Candidate) -> tuple[float, str]:
    if not query.birth_date or candidate.birth_year is None:
        return 0.0, ""
    if len(query.birth_date) == 10 and len(candidate.birth_date) == 10:
        if query.birth_date == candidate.birth_date:
            return BIRTH_DATE_SAME, "birth_date"
        qy, qm, qd = query.birth_date.split("-")
        cy, cm, cd = candidate.birth_date.split("-")
        if qy == cy and qm == cd and qd == cm:
            return BIRTH_DATE_SWAPPED, "birth_date_swapped"
    gap = abs((query.birth_year or 0) - candidate.birth_year)
    if gap == 0:
        return BIRTH_YEAR_SAME, "birth_year"
    if gap == 1:
        return BIRTH_YEAR_NEAR, "birth_year_near"
    return BIRTH_YEAR_FAR, "birth_year_differs"


def rank(
    query: Query,
    candidates: Iterable[Candidate],
    *,
    similarity: Callable[[str, str], float] = name_similarity,
) -> list[Candidate]:
    """Score each candidate registration and return them best first.

    Names repeat a great deal (a common surname is a few dozen spellings over thousands of
    registrations), so similarities are memoised per distinct (token, name) pair.
    """

    @cache
    def memo(a: str, b: str) -> float:
        return similarity(a, b)

    @cache
    def memo_family(a: str, b: str) -> float:
        # al-Hassan and Hassan are one family (``family_name_key``).
        return max(memo(a, b), key_similarity(family_name_key(a), family_name_key(b)))

    @cache
    def memo_origin(a: str, b: str) -> float:
        return similarity(a, b)

    tokens = query.names[:MAX_NAME_TOKENS]
    scored = []
    for c in candidates:
        fields = (
            NameField(c.family_name, memo_family, family_name_key),
            NameField(c.given_name, memo),
            NameField(c.patronymic, memo),
        )
        c.score = _name_score(tokens, fields, last_is_partial=True)
        c.reasons = []
        birth, reason = _birth_score(query, c)
        if reason:
            c.score += birth
            c.reasons.append(reason)
        if query.phone and c.phone_e164 == query.phone:
            c.score += PHONE_SAME
            c.reasons.append("phone")
        if query.origin and c.origin and memo_origin(query.origin, c.origin) >= 0.9:
            c.score += ORIGIN_SAME
            c.reasons.append("origin")
        scored.append(c)
    scored.sort(key=lambda c: (-c.score, c.person_id, c.registration_id))
    return scored


def best_per_person(ranked: Iterable[Candidate]) -> list[Candidate]:
    """The best-scoring registration of each person, in rank order."""
    seen: set[int] = set()
    out = []
    for c in ranked:
        if c.person_id not in seen:
            seen.add(c.person_id)
            out.append(c)
    return out


def age_on(birth_date: str, birth_year: int | None, day: date) -> int | None:
    """Age in whole years on ``day``; from the year alone when that is all there is."""
    if birth_year is None:
        return None
    m = _ISO_DATE.match(birth_date)
    if m:
        year, month, dom = (int(g) for g in m.groups())
        if 1 <= month <= 12:
            return day.year - year - ((day.month, day.day) < (month, dom))
    return day.year - birth_year
