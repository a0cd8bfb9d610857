"""The desk index's keys of one registration (``models.SearchEntry``), apart from the rest of
the search: what is written into the index must be re-written when it changes, and this
module's source is part of the fingerprint that decides so (``name_rules.KEY_SOURCES``).
"""

from __future__ import annotations

import itertools

from refuge.linkage.normalise import abjad_skeleton, without_article

SKELETON_MARK = "~"


def skeleton(key: str) -> str:
    """What every spelling of a name shares, in any script: whether it begins with a vowel
    (``a``), then its consonants but v, a doubled one once (``normalise.abjad_skeleton``).

    ``ovanisian`` and ``ovanesian`` (Հովհաննիսյան, Оганесян) give ``ansn``; ``asan`` (Hassan)
    and ``ASN`` (حسن: Arabic script writes no short vowels) give ``asn``. A key with no
    consonant (``ia``) is its own skeleton, so that it still finds itself.
    """
    consonants = abjad_skeleton(key)
    return consonants if consonants not in ("", "a") else key


def entry_keys(*, given_key: str, family_key: str) -> set[str]:
    """The index keys of one registration: both orders of (family, given), keys and skeletons.

    A registration with one name only gets ``"akopian "`` (trailing space), which the same
    prefix lookup finds.
    """
    keys: set[str] = set()
    # A family name with the Arabic article joined to it (Alhassan) is filed without it too.
    for family in dict.fromkeys((family_key, without_article(family_key))):
        keys |= _pair_keys(family, given_key)
    return keys


def _pair_keys(family_key: str, given_key: str) -> set[str]:
    names = [k for k in (family_key, given_key) if k]
    if len(names) == 2:
        pairs = list(itertools.permutations(names, 2))
    else:
        pairs = [(name, "") for name in names]
    keys: set[str] = set()
    for first, second in pairs:
        keys.add(f"{first} {second}")
        keys.add(f"{SKELETON_MARK}{skeleton(first)} {skeleton(second) if second else ''}")
    return keys
