"""The scoring model's dependence corrections, on a registry from the project's generator."""

from __future__ import annotations

import dataclasses

import numpy as np
import polars as pl
import pytest

from refuge.linkage import LinkageConfig, explain, link
from refuge.linkage.compare import compare
from refuge.linkage.records import Record, features, to_frame
from refuge.linkage.score import contributions
from refuge.synth import generate


@pytest.fixture(scope="module")
def fitted() -> tuple[pl.DataFrame, LinkageConfig]:
    rows = generate(people=3000, seed=3).records
    frame = pl.DataFrame(rows).select(
        "record_id", "given_name", "family_name", "patronymic", "sex", "birth_date",
        "origin", "phone", "household_ref", "site",
    )  # fmt: skip
    return frame, link(frame).config


def test_unrelated_people_with_one_given_name_share_their_sex(
    fitted: tuple[pl.DataFrame, LinkageConfig],
) -> None:
    _, cfg = fitted
    assert cfg.u["sex"]["equal"] == pytest.approx(0.5, abs=0.05)
    # A given name carries the sex: among unrelated namesakes, agreement is near certain.
    assert cfg.u_given_agree["sex"]["equal"] > 0.95
    # Names go in and out of fashion: namesakes share a birth date more often than anyone.
    assert cfg.u_given_agree["birth_date"]["exact"] > cfg.u["birth_date"]["exact"]


def test_relatives_of_one_given_name_have_two_fathers(
    fitted: tuple[pl.DataFrame, LinkageConfig],
) -> None:
    _, cfg = fitted
    # Namesakes seldom share a father; siblings, whom the relatives class is fitted on, do.
    assert cfg.u_given_agree["patronymic"]["equal"] < cfg.u_kin["patronymic"]["equal"] / 5

    def armen(rid: str, father: str, born: str = "") -> Record:
        return Record(
            rid, "Armen", "Sargsyan", patronymic=father, sex="M", birth_date=born,
            phone="+37491234567", household_ref="HH-1", site="Goris",
        )  # fmt: skip

    dated = armen("a", "Gevorg", "1990-03-04")
    # One household, one given name: a son named after his father has another father than
    # his; one father is one person's, not two brothers' of one name.
    same_father = explain(dated, armen("b", "Gevorg"), cfg).score
    other_father = explain(dated, armen("c", "Tigran"), cfg).score
    assert same_father - other_father > 9


def test_sex_adds_no_evidence_once_the_given_names_agree(
    fitted: tuple[pl.DataFrame, LinkageConfig],
) -> None:
    frame, cfg = fitted
    extra = pl.DataFrame(
        {
            "record_id": ["x1", "x2", "x3"],
            "given_name": ["Armen", "Արմեն", "Aram"],
            "family_name": ["Sargsyan", "Սարգսյան", "Sargsyan"],
            "sex": ["M", "M", "M"],
            "birth_date": ["1970", "1970", "1970"],
        }
    )
    f = features(to_frame(pl.concat([frame, extra], how="diagonal")))
    n = f.n
    cmp = compare(f, np.array([n - 3, n - 3]), np.array([n - 2, n - 1]), cfg)
    sex = contributions(f, cmp, cfg)["sex"]
    assert abs(sex[0]) < 0.2  # Armen/Արմեն: the name already said "male"
    assert sex[1] > 0.8  # Armen/Aram: the sex is evidence of its own (~1 bit)


def test_a_dateless_record_does_not_chain_a_grandfather_and_his_namesake_grandson(
    fitted: tuple[pl.DataFrame, LinkageConfig],
) -> None:
    # The first son is often named after his paternal grandfather; a third registration of the
    # same name and phone without a birth date is linked to both, but the two dates 63 years
    # apart veto the chain.
    frame, _ = fitted
    family = pl.DataFrame(
        {
            "record_id": ["g1", "g2", "g3"],
            "given_name": ["Samvel", "Samvel", "SAMVEL"],
            "family_name": ["Agishyan", "Agishyan", "AGISHYAN"],
            "sex": ["M", "M", ""],
            "birth_date": ["1930-12-01", "1993-02-02", ""],
            "phone": ["097385066", "097385066", "097385066"],
            "site": ["Goris", "Goris", "Kapan"],
        }
    )
    clusters = link(pl.concat([frame, family], how="diagonal")).clusters
    assert clusters["g1"] != clusters["g2"]


def test_a_year_shared_by_few_records_weighs_more(
    fitted: tuple[pl.DataFrame, LinkageConfig],
) -> None:
    frame, cfg = fitted
    years = frame["birth_date"].str.slice(0, 4)
    counts = years.filter(years.str.len_chars() == 4).value_counts(sort=True)
    common, rare = counts["birth_date"][0], counts["birth_date"][-1]
    extra = pl.DataFrame(
        {
            "record_id": ["c1", "c2", "r1", "r2"],
            "given_name": ["Armen"] * 4,
            "family_name": ["Sargsyan"] * 4,
            "birth_date": [common, f"{common}-05-05", rare, f"{rare}-05-05"],
        }
    )
    f = features(to_frame(pl.concat([frame, extra], how="diagonal")))
    n = f.n
    cmp = compare(f, np.array([n - 4, n - 2]), np.array([n - 3, n - 1]), cfg)
    date = contributions(f, cmp, cfg)["birth_date"]
    assert date[1] > date[0] + 1.0


def test_the_same_person_class_has_ceilings_on_contradictions() -> None:
    from refuge.linkage.score import M_CEILINGS, _capped

    level, ceiling = M_CEILINGS["given_name"][0]
    p = np.full(6, 0.02)
    p[level] = 0.9  # a same-person class that says given names differ: twins, not one person
    capped = _capped(p / p.sum(), M_CEILINGS["given_name"])
    assert capped[level] == pytest.approx(ceiling)
    assert capped.sum() == pytest.approx(1.0)
    others = np.delete(capped, level)
    assert np.allclose(others, others[0])  # the rest keep their proportions
    fine = np.array([0.5, 0.3, 0.1, 0.05, 0.04, 0.01])
    assert (_capped(fine, M_CEILINGS["given_name"]) == fine).all()


def test_a_normal_fit_stays_under_the_ceilings(fitted: tuple[pl.DataFrame, LinkageConfig]) -> None:
    from refuge.linkage.compare import LEVELS
    from refuge.linkage.score import M_CEILINGS

    _, cfg = fitted
    for field, ceilings in M_CEILINGS.items():
        for level, ceiling in ceilings:
            assert cfg.m[field][LEVELS[field][level]] < ceiling / 2, field


def _compound_names(people: int, seed: int) -> pl.DataFrame:
    """Women registered once each, the family field holding the second word of a compound
    given name (``Nur | Begum``, ``Kamrun | Nahar``) for most of them, as Rohingya desks do,
    and a father's name for the rest."""
    rng = np.random.default_rng(seed)
    firsts = ["Nur", "Kamrun", "Sabekun", "Rashida", "Umme", "Janu", "Shamsun", "Roshid", "Asma"]
    seconds = ["Begum", "Nahar", "Khatun", "Ara", "Salma", "Bibi"]
    fathers = [f"{a}{b}" for a in ("Abdul ", "Nurul ", "Mohammed ") for b in "ABCDEFGHIJKLMNOP"]
    given = rng.integers(0, len(firsts), people)
    family = [
        seconds[(g * 7) % len(seconds)] if rng.random() < 0.7 else str(rng.choice(fathers))
        for g in given
    ]
    return pl.DataFrame(
        {
            "record_id": [f"w{i}" for i in range(people)],
            "given_name": [firsts[g] for g in given],
            "family_name": family,
            "sex": ["F"] * people,
            "birth_date": [str(y) for y in rng.integers(1950, 2010, people)],
        }
    )


def test_a_family_field_the_given_name_predicts_is_weighed_among_namesakes() -> None:
    frame = _compound_names(4000, seed=5)
    cfg = link(frame).config
    u, given = cfg.u["family_name"]["exact"], cfg.u_given_agree["family_name"]["exact"]
    # Two women named Nur are as a rule both Nur Begum: the family field says little more.
    assert given > 4 * u
    a = Record("a", "Nur", "Begum", sex="F", birth_date="1980")
    b = Record("b", "Nur", "Begum", sex="F", birth_date="1980")
    independent = explain(a, b, dataclasses.replace(cfg, u_given_agree=_without_family(cfg)))
    weighed = explain(a, b, cfg)
    assert weighed.score < independent.score - 2
    assert weighed.contributions["family_name"] < independent.contributions["family_name"] - 2


def _without_family(cfg: LinkageConfig) -> dict[str, dict[str, float]]:
    return {f: dict(v) for f, v in cfg.u_given_agree.items() if f != "family_name"}


def test_family_names_independent_of_the_given_name_are_weighed_as_such(
    fitted: tuple[pl.DataFrame, LinkageConfig],
) -> None:
    _, cfg = fitted
    # Armenian surnames do not follow given names: the marginal u stands.
    assert "family_name" not in cfg.u_given_agree
