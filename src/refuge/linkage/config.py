"""One frozen configuration: comparison thresholds, blocking, decision thresholds, fitted m/u.

It is serialised to JSON with every run (``LinkageConfig.to_json``) so any link can be explained
later with the exact parameters that made it.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Blocking rules: each a tuple of blocking-key columns that must all be equal and present.
# Why these (see docs/linkage.md, "Blocking"): together they survive any single error that the
# registries show — a transliteration (keys absorb it), a typo in one name, a swapped or
# year-only birth date, a missing phone.
# Each rule has three parts so that blocks stay bounded as a registry grows: two-part rules
# (surname + year) give pairs that grow with the square of the registry (278M at 1M records).
DEFAULT_BLOCKING: tuple[tuple[str, ...], ...] = (
    # Both names, in either order (a surname-first desk), and the year of birth; or the day and
    # month, with a year that can say the same date (mistyped by a slip, or written in the
    # Ethiopian calendar: ``blocking._years_may_agree`` for every rule on the day and month
    # without the year; a year computed from an age, off by more, compares "different"). They
    # replaced (name_pair, birth_decade), whose blocks hold every namesake of ten years: a
    # third fewer candidate pairs where names are concentrated, F1 the same or higher on six
    # 100k registries of three generators (docs/linkage.md, "Fifth session").
    ("name_pair", "birth_year"),
    ("name_pair", "birth_md"),
    # (Blocking on the first word of each name (family_first + given_first, with the year or
    # without a full date on one side) was tried in two sessions and dropped both times: it
    # raised the ninth generator's F1 by 0.011 but took a registry never seen before from 0.63
    # to 0.41 (Afghans, eleventh session) and from 0.64 to 0.28 (Sudanese naming chains,
    # twelfth session), pairing every Mohammad X with every Mohammad Y, which the whole-key
    # comparison then finds close. So was given name + family and father's names as an
    # unordered pair without a date (0.64 -> 0.15 on the Sudanese, where brothers and cousins
    # share all of them).)
    # One name mistyped or replaced. (Name + year + initial of the other name, one rule per
    # name, were dropped: on 100k registries of two generators they found 2-16 true pairs no
    # other rule found, for two fifths of all candidate pairs; F1 changed by < 0.0005.)
    ("given_key", "birth_md", "family_initial"),
    ("family_key", "birth_md", "given_initial"),
    ("phone",),
    # One household reference: a family that carried its card to another desk, whoever wrote
    # the names there (a maiden name, names swapped and mistyped). The pairs are mostly its
    # members, whom the relatives class of the model learns from (+25 % candidate pairs at 100k,
    # +3 % at 1M; F1 +0.0001 to +0.0007 on four 100k registries of both generators and on
    # synth 1M).
    ("household_ref",),
    ("family_skeleton", "given_skeleton", "birth_year"),
    # Both names as Arabic script and Latin letters both write them (their consonants), in
    # either order: a record in one script meets the other's, names swapped or not (seventh
    # generator +0.0038 F1 for +1.7 % candidate pairs; the Armenian ones +0.0002 at most).
    ("consonant_pair", "birth_year"),
    # The same, the year of one read in the Ethiopian calendar (``calendar_year``: its full
    # date converted, or a year alone 7 or 8 years on): a desk for Ethiopians and Eritreans
    # writes the date a person knows in the calendar the person knows it in. The eighth
    # generator's 100k: 70 % of true pairs candidates against 64 %, F1 0.6471 -> 0.6678; the
    # Armenian and Syrian registries 7-10 % more candidate pairs, F1 the same or +0.0002. (The
    # consonants without the sex: +0.0005 on the eighth for 2 % more pairs on the others.)
    ("name_pair", "calendar_year"),
    ("consonant_pair", "calendar_year", "sex"),
    # One full birth date and one name, in either field: a family name changed or mistyped in
    # its first letter, a given name replaced by its diminutive (Sasha/Aleksandr,
    # Volodya/Vladimir), the names written in swapped fields with one of them mistyped.
    ("either_name", "birth_year", "birth_md"),
    # Any two words of the given and family names, in whichever fields, and the year: names
    # of several words shared out otherwise between the fields at another desk (the Congolese
    # nom, postnom and prénom; a Spanish second surname or second given name left out; a
    # father's and grandfather's name written in the family-name field or not). Fourteenth
    # session, 100k: Congolese 0.736 -> 0.780, Venezuelan 0.890 -> 0.905, Somali 0.655 ->
    # 0.670, Sudanese 0.800 -> 0.808 (fresh seed 0.706 -> 0.721), Afghan +0.007/+0.011; the
    # Armenian ones the same. Precision falls where full names nest (Jean | Kambale, Jean de
    # Dieu | Kambale Kakule: Congolese 0.988 -> 0.973). Only pairs of one word from each field
    # kept most of the candidate pairs away and a third of the gain.
    ("word_pair", "birth_year"),
    # Both names replaced or mistyped (a Kurdish name against the official Arabic one, a
    # kunya, Ayşe against Ayse with a husband's surname): the full birth date, the sex, and the
    # family name's first consonant or its starting with a vowel (``family_onset``), as
    # Arabic script and Latin spellings agree on it (Omar, Umar, عمر). The sex halves blocks
    # that grow with the square of the registry (a common date: 11M pairs at 1M records
    # without it); where it is missing on one side the pair is still made (``?sex``).
    # With ``family_initial`` and no sex: seventh generator 0.9406 F1 for 488 000 pairs at
    # 100k, against 0.9456 for 475 000; the other six the same F1 within 0.0001.
    ("birth_year", "birth_md", "family_onset", "sex"),
    ("birth_year", "birth_md", "family_onset", "?sex"),
    # No birth date (or only a year) on one side: the same full name is all there is.
    ("name_pair", "?birth_md"),
    ("family_skeleton", "given_skeleton", "?birth_md"),
    # Only a year on one side and one name spelt otherwise: the other name, the initial of the
    # one spelt otherwise, and the year (+4 % candidate pairs, F1 +0.0003 to +0.0006 on four
    # 100k registries of both generators and on synth 1M).
    ("family_key", "given_initial", "birth_year", "?birth_md"),
    ("given_key", "family_initial", "birth_year", "?birth_md"),
    # The given name and the father's, by their consonants (in Latin letters or Arabic script),
    # the family name whatever it is: where a family name is a tribe at one desk, the father's
    # name at another, a husband's at a third (Afghan, Arab and Ethiopian registries), or a
    # maiden name. Tenth generator F1 0.7024 -> 0.7372, seventh +0.0031, fourth +0.0014, the
    # others the same or higher; +13 % candidate pairs on the seventh, +5 % on the tenth, under
    # 1 % on the Armenian synth.
    ("given_skeleton", "patronymic_skeleton", "?birth_md"),
    # The given name and the first name of the naming chain (the father's, typed in the
    # father's-name field at one desk and as the family name at another, in either script),
    # by the consonants Arabic script and Latin letters both write, with the year or without a
    # full date on one side (thirteenth session, 100k: Sudanese 0.709 -> 0.798, Afghan 0.756
    # -> 0.768, Tigrayan 0.697 -> 0.706, Syrian 0.952 -> 0.959, Venezuelan 0.884 -> 0.889;
    # the Armenian and Ukrainian ones the same or higher). The naming-chain comparison
    # (``compare._chain_agrees``) is what lets these pairs be compared without the namesakes
    # that first-word blocking brought. And with the chain's second name (a grandfather's or a
    # family name) and the decade instead of the year, for years that two desks estimated
    # apart (Afghan 0.768 -> 0.784, Tigrayan +0.003, Sudanese +0.001; precision -0.0011 on the
    # Syrian, F1 within 0.0004 on the others). Without the decade it also paired a grandfather
    # and the grandson of his names (EM's same-person class took them in: m(far) 0.009 -> 0.010
    # on a small synth registry, precision -0.0005 on the fifth). The two names as an
    # unordered pair (``chain_pair``), since desks put the father and the grandfather in
    # either of the two fields (Tsegay | Girmay | Mogos, تسقاي | موقوس | قرمي): fourteenth
    # session, Tigrayan 0.711 -> 0.724 (fresh seed +0.013), Sudanese +0.004 / +0.002, the
    # others within 0.0002.
    ("given_consonants", "chain_head", "birth_year"),
    ("given_consonants", "chain_head", "?birth_md"),
    ("given_consonants", "chain_pair", "birth_decade"),
    ("given_consonants", "chain_pair", "birth_decade_shifted"),
    ("given_consonants", "chain_pair", "?birth_md"),
    # All the words of the two names, three or more, however the desks shared them out
    # between the fields, and the decade (or the decade shifted by five years): a Congolese
    # nom, postnom and prénom in another order with a year estimated otherwise (``Heritier |
    # Nzuzi Nkuku`` 2021, ``Heritier Nkuku | Nzuzi`` 2020), which ``word_pair`` with the year
    # missed. Only names that twenty records or fewer hold (``blocking.NAME_WORDS_MAX``): a
    # common one (Nguyen Thi Lan) across ten years is no key. Seventeenth session, 100k:
    # Congolese 0.7989 -> 0.8152, Afghan +0.0031 and +0.0023, Somali +0.0017, Vietnamese
    # +0.0036 and +0.0048; the Armenian and Ukrainian registries the same partition.
    ("name_words", "birth_decade"),
    ("name_words", "birth_decade_shifted"),
)

# The rules whose candidate pairs EM is fitted on again when its fit on all candidates is
# implausible (``score.implausible``): both names or their consonants with the year or the day
# and month, the given name and the father's with the year, a phone, a household reference —
# rules whose namesakes are few, so that the same-person class cannot take in whole families.
# Splink's practice of training on a few strict rules, kept for the registries that need it: on
# a Sudanese registry of 1.2M records (twelfth generator) the fit on all 88M candidates counted
# 4.5 registrations of the same person per record, and F1 was 0.04; fitted on these rules'
# 16M, 0.75.
DEFAULT_TRAINING: tuple[tuple[str, ...], ...] = (
    ("name_pair", "birth_year"),
    ("name_pair", "birth_md"),
    ("phone",),
    ("household_ref",),
    ("family_skeleton", "given_skeleton", "birth_year"),
    ("consonant_pair", "birth_year"),
    ("given_consonants", "chain_head", "birth_year"),
)


@dataclass(frozen=True, slots=True)
class LinkageConfig:
    """Thresholds and weights of one linkage run.

    ``link_threshold`` and ``review_threshold`` are match weights (log2 Bayes factor including
    the prior), so probability = 2**w / (1 + 2**w): 0.0 is even odds.
    """

    # Decision thresholds (match weight, log2 odds). Link at odds of 4 to 1 (a posterior of
    # 0.8 per pair): a wrong merge, which can deny a person aid, weighed as four missed links,
    # each a double payment. The links as a set are ~0.997 precise at 100k, most weighing far
    # more (docs/linkage.md, "Threshold"). A pair with one chance in five or better of being
    # one person goes to a reviewer.
    link_threshold: float = 2.0
    review_threshold: float = -2.0
    # A merge of two clusters is refused when any already-scored pair across them has a weight
    # below this (more likely two people than one) *and* disagrees on an identity field
    # (compare.CONTRADICTIONS): no chaining through one weak link, as a record without a date
    # would chain a grandfather and the grandson named after him. A low weight alone (no date
    # on one side) does not veto.
    veto_threshold: float = 0.0
    # Name similarity levels (Jaro-Winkler on canonical keys).
    name_close: float = 0.92
    name_similar: float = 0.84
    patronymic_close: float = 0.88
    # Full birth dates this many days apart are "near" (as is one mistyped part of a date).
    date_near_days: int = 7
    # Blocking.
    blocking: tuple[tuple[str, ...], ...] = DEFAULT_BLOCKING
    max_block_size: int = 1000
    # Training (see score.fit): u from random pairs, m and k by EM over all candidate pairs.
    # ``training_blocking``: the rules EM is fitted on again when its fit on all candidate pairs
    # is implausible (see ``DEFAULT_TRAINING``).
    training_blocking: tuple[tuple[str, ...], ...] = DEFAULT_TRAINING
    u_sample_pairs: int = 600_000
    # Names (the father's too) are compared on this many random pairs of their own: string
    # similarity is four fifths of the sample's cost. The level ``close`` (0.1-0.3 % of random
    # pairs) still gets a few hundred pairs; the rare ``equivalent`` (~0.03 %) a few dozen,
    # held by the prior (U_PRIOR_STRENGTH).
    u_name_sample_pairs: int = 150_000
    seed: int = 1
    em_max_iterations: int = 60
    em_tolerance: float = 1e-6
    # Fitted parameters: field -> level -> probability. ``m`` among pairs of one person, ``u``
    # among random (unrelated) pairs, ``u_kin`` among pairs of two members of one family; prior
    # = probability that two random records are one person. Empty means "fit from the data".
    m: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    u: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    u_kin: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    # u of the fields a given name carries information about (sex, birth date: names are
    # gendered and go in and out of fashion) among unrelated pairs *with one given name*; used
    # in place of ``u`` for those fields when the given names agree (see score.py). Empty
    # (configs saved before it existed): ``u`` throughout.
    u_given_agree: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    prior: float = 0.0
    # Proportion of pairs that are two different members of one family (the relatives class;
    # ``u_kin`` holds its level distribution). See score.py.
    kin_prior: float = 0.0
    # Term-frequency adjustment of name agreement (rare names are stronger evidence).
    tf_adjust: bool = True
    # Second pass with collective evidence (``household_colink``, see compare.HouseholdLinks):
    # after a first clustering, whether the two records' households share another linked
    # member; m, k and u re-fitted with it (when the config was not given fitted), pairs
    # re-scored and re-clustered.
    household_colink: bool = True
    workers: int = -1

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["blocking"] = [list(r) for r in self.blocking]
        d["m"] = {f: dict(v) for f, v in self.m.items()}
        d["u"] = {f: dict(v) for f, v in self.u.items()}
        d["u_kin"] = {f: dict(v) for f, v in self.u_kin.items()}
        d["u_given_agree"] = {f: dict(v) for f, v in self.u_given_agree.items()}
        d["training_blocking"] = [list(r) for r in self.training_blocking]
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinkageConfig:
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown linkage config keys: {sorted(unknown)}")
        values = dict(data)
        for key in ("blocking", "training_blocking"):
            if key in values:
                values[key] = tuple(tuple(r) for r in values[key])
        return cls(**values)

    @classmethod
    def from_json(cls, text: str) -> LinkageConfig:
        return cls.from_dict(json.loads(text))

    @property
    def fitted(self) -> bool:
        return bool(self.m) and bool(self.u) and self.prior > 0.0
