"""End-to-end behaviour of link, link_incremental and explain on hand-made records."""

from __future__ import annotations

import subprocess
import sys

import pytest

from refuge.linkage import LinkageConfig, Record, evaluate, explain, link, link_incremental

from .registry_small import RECORDS, TRUTH


def _same(clusters: dict[str, int], *ids: str) -> bool:
    return len({clusters[i] for i in ids}) == 1


class TestLink:
    def test_every_record_appears_exactly_once(self) -> None:
        result = link(RECORDS)
        assert sorted(result.clusters) == sorted(r.record_id for r in RECORDS)

    def test_links_the_small_registry_precisely(self) -> None:
        result = link(RECORDS)
        m = evaluate(TRUTH, {k: str(v) for k, v in result.clusters.items()})
        assert m["precision"] == 1.0, m
        assert m["recall"] >= 0.75, m

    def test_keeps_family_members_apart(self) -> None:
        c = link(RECORDS).clusters
        assert not _same(c, "r01", "r04")  # father and daughter share a phone and household
        assert not _same(c, "r01", "r06")  # grandfather
        assert not _same(c, "r07", "r10")  # two Anna Hakobyans, different births
        assert not _same(c, "r14", "r16")  # two Gevorg Grigoryans
        assert not _same(c, "r26", "r27")

    def test_links_across_scripts(self) -> None:
        c = link(RECORDS).clusters
        assert _same(c, "r07", "r08")
        assert _same(c, "r11", "r12")
        assert _same(c, "r17", "r18", "r19")
        assert _same(c, "r20", "r21")
        assert _same(c, "r28", "r29", "r30")

    def test_cannot_link_splits(self) -> None:
        c = link(RECORDS, cannot_link=[("r07", "r08")]).clusters
        assert not _same(c, "r07", "r08")

    def test_must_link_joins(self) -> None:
        c = link(RECORDS, must_link=[("r24", "r26")]).clusters
        assert _same(c, "r24", "r26")

    def test_accepts_a_polars_frame(self) -> None:
        import polars as pl

        frame = pl.DataFrame(
            [
                {
                    "record_id": r.record_id,
                    "given_name": r.given_name,
                    "family_name": r.family_name,
                    "birth_date": r.birth_date,
                }
                for r in RECORDS
            ]
        )
        assert len(link(frame).clusters) == len(RECORDS)

    def test_reports_progress_and_stats(self) -> None:
        seen: list[str] = []
        result = link(RECORDS, progress=lambda stage, _: seen.append(stage))
        assert seen == ["normalise", "block", "compare", "score", "cluster"]
        assert result.stats["pairs_compared"] > 0
        assert "seconds[compare]" in result.stats

    def test_review_pairs_are_counted_whether_or_not_explained(self) -> None:
        import polars as pl

        from refuge.synth import generate

        frame = pl.DataFrame(generate(people=2000, seed=4).records)
        explained = link(frame)
        counted = link(frame, explain_review=False)
        assert counted.review == []
        assert counted.stats["review_pairs"] == len(explained.review) > 0
        assert counted.clusters == explained.clusters

    def test_one_thread_links_as_two(self) -> None:
        import polars as pl

        from refuge.synth import generate

        frame = pl.DataFrame(generate(people=2000, seed=5).records)
        two = link(frame)
        one = link(frame, config=LinkageConfig(workers=1))
        assert one.clusters == two.clusters
        assert one.config.m == two.config.m

    def test_config_is_fitted_and_round_trips(self) -> None:
        cfg = link(RECORDS).config
        assert cfg.fitted
        assert LinkageConfig.from_json(cfg.to_json()) == cfg

    def test_a_record_id_given_twice_is_refused(self) -> None:
        twice = [RECORDS[0], RECORDS[1], RECORDS[0]]
        with pytest.raises(ValueError, match="unique"):
            link(twice)

    def test_empty_input(self) -> None:
        assert link([]).clusters == {}

    def test_tiny_inputs_fall_back_to_default_parameters(self) -> None:
        # One, two and a handful of records: too few pairs to fit anything, so the default m,
        # k and u are used; nothing may crash (a reviewer's must-link on two unrelated
        # registrations is how the web application relinks a tiny registry).
        for size in (1, 2, 3, 20):
            recs = RECORDS[:size]
            result = link(recs)
            assert sorted(result.clusters) == sorted(r.record_id for r in recs)
            assert result.config.fitted
        a = Record("a", "Armen", "Sargsyan", birth_date="1950-01-01")
        b = Record("b", "Gayane", "Petrosyan", birth_date="1991-07-30")
        assert not _same(link([a, b]).clusters, "a", "b")
        assert _same(link([a, b], must_link=[("a", "b")]).clusters, "a", "b")
        inc = link_incremental([a], {"a": 0}, [b])
        assert set(inc.clusters) == {"a", "b"}

    def test_two_members_of_one_household_stay_apart(self) -> None:
        # Same family name, phone, household and origin, but a different given name and birth
        # date: one family, two people, whatever the contact fields say.
        def member(rid: str, given: str, born: str) -> Record:
            return Record(
                rid, given, "Hakobyan", "", "F", born, "Stepanakert", "+37491111111", "H-1"
            )

        recs = [
            *RECORDS,
            member("h1", "Tatevik", "1980-02-02"),
            member("h2", "Venera", "1982-05-09"),
        ]
        assert not _same(link(recs).clusters, "h1", "h2")

    def test_a_year_off_by_one_with_the_same_day_and_month_links(self) -> None:
        a = Record("y1", "Մարիամ", "Խաչատրյան", sex="F", birth_date="1951-12-20")
        b = Record("y2", "Mariam", "Khachatryan", sex="F", birth_date="1950-12-20")
        assert _same(link([*RECORDS, a, b]).clusters, "y1", "y2")


class TestExplain:
    def test_explains_each_field(self) -> None:
        cfg = link(RECORDS).config
        pair = explain(RECORDS[0], RECORDS[1], cfg)
        assert pair.levels["birth_date"] == "swapped"
        assert pair.levels["family_name"] == "transliteration-equal"
        assert pair.levels["phone"] == "equal"
        total = sum(pair.contributions.values())
        assert abs(total - pair.score) < 0.01
        # No first pass for one pair: the collective field is null and weighs nothing.
        assert pair.levels["household_colink"] == "null"
        assert pair.contributions["household_colink"] == 0.0

    def test_config_saved_before_household_colink_still_explains(self) -> None:
        d = link(RECORDS).config.to_dict()
        for table in ("m", "u", "u_kin"):
            d[table].pop("household_colink")
        d.pop("household_colink")
        cfg = LinkageConfig.from_dict(d)
        assert explain(RECORDS[0], RECORDS[1], cfg).contributions["household_colink"] == 0.0
        assert sorted(link(RECORDS, config=cfg).clusters) == sorted(r.record_id for r in RECORDS)


def _family(prefix: str, site: str, ref: str, typo: bool = False) -> list[Record]:
    members = [
        ("Armen", "1970-03-14", "M"),
        ("Lusine", "1974-11-02", "F"),
        ("Davit", "2001-06-30", "M"),
    ]
    return [
        Record(
            f"{prefix}{i}",
            "Davit" if typo and i == 2 else g,
            "Sargsyan",
            sex=s,
            birth_date=("2001" if typo and i == 2 else d),
            household_ref=ref,
            site=site,
        )
        for i, (g, d, s) in enumerate(members)
    ]


class TestSecondPass:
    def test_a_family_registered_twice_is_colinked(self) -> None:
        records = [*_family("k", "Kornidzor", "K-1"), *_family("y", "Yerevan", "Y-7", True)]
        result = link(records)
        assert result.stats["pairs_colinked"] > 0
        assert result.config.m["household_colink"]["colinked"] > 0.0
        for i in range(3):
            assert _same(result.clusters, f"k{i}", f"y{i}")
        assert not _same(result.clusters, "k0", "k2")

    def test_switched_off(self) -> None:
        records = [*_family("k", "Kornidzor", "K-1"), *_family("y", "Yerevan", "Y-7", True)]
        result = link(records, config=LinkageConfig(household_colink=False))
        assert "pairs_colinked" not in result.stats


class TestIncremental:
    def test_new_records_join_existing_clusters(self) -> None:
        old, new = RECORDS[:20], RECORDS[20:]
        base = link(old)
        result = link_incremental(old, base.clusters, new, config=base.config)
        assert set(result.clusters) == {r.record_id for r in RECORDS}
        for r in old:
            assert result.clusters[r.record_id] == base.clusters[r.record_id]
        new_person = Record(
            "n1", "Нино", "Беридзе", birth_date="1985-08-08", sex="F", phone="+995599123456"
        )
        again = link_incremental(RECORDS, result.clusters, [new_person], config=base.config)
        assert again.clusters["n1"] == result.clusters["r17"]

    def test_never_merges_two_existing_clusters(self) -> None:
        def armen(rid: str) -> Record:
            return Record(
                rid, "Armen", "Petrosyan", "Aramovich", "M", "1980-01-01", phone="+37491000000"
            )

        res = link_incremental([armen("a"), armen("b")], {"a": 1, "b": 2}, [armen("c")])
        assert res.clusters["a"] == 1 and res.clusters["b"] == 2
        assert res.clusters["c"] in (1, 2)


def test_import_does_not_load_django() -> None:
    code = "import sys, refuge.linkage, refuge.linkage.cli_link; print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_queued_jobs_the_pool_has_not_begun_run_on_the_callers_thread() -> None:
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from refuge.linkage.pipeline import _queued

    started, release = threading.Event(), threading.Event()
    ran_on: dict[str, str] = {}

    def slow() -> str:
        ran_on["slow"] = threading.current_thread().name
        started.set()
        release.wait(timeout=10)
        return "slow"

    def quick() -> str:
        ran_on["quick"] = threading.current_thread().name
        release.set()  # only the caller's thread can run this while the worker waits
        return "quick"

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as pool:
        results = _queued(pool, [slow, quick])
        started.wait(timeout=10)
        assert results() == ["slow", "quick"]
    assert ran_on["slow"].startswith("worker")
    assert ran_on["quick"] == threading.current_thread().name


def test_one_person_typed_twice_on_one_household_form_is_one_person() -> None:
    """A form sent twice within the hour (a lost connection): one household reference, one
    desk, every field the same. Relatives share a form, but never a given name and a birth
    date (``score.KIN_GIVEN_DEPENDENT``), so this is one person, and a brother on the form
    stays apart; even with the parameters fitted on a registry whose desks seldom see one
    person twice (``fitted_arabic_registry.json``: 100k people of an Arabic-speaking
    population, independent generator, seed 71), where such pairs weighed -0.7 bits."""
    import json
    from pathlib import Path

    fitted = json.loads((Path(__file__).parent / "fitted_arabic_registry.json").read_text())
    cfg = LinkageConfig.from_dict(fitted)

    def form(rid: str, given: str, born: str, at: str) -> Record:
        return Record(
            rid,
            given,
            "Dallal",
            patronymic="Muhammed",
            sex="M",
            birth_date=born,
            origin="Halep",
            household_ref="GIGM-31-030132",
            site="DGMM Hatay",
            registered_at=at,
        )

    first = form("a", "Osman", "2009-07-04", "2012-08-27T08:26")
    again = form("b", "Osman", "2009-07-04", "2012-08-27T09:19")
    brother = form("c", "Ali", "2011-02-01", "2012-08-27T08:31")
    assert explain(first, again, cfg).score >= cfg.link_threshold
    assert explain(first, brother, cfg).score < cfg.review_threshold


def test_an_implausible_fit_is_fitted_again_on_the_stricter_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import dataclasses

    import polars as pl

    from refuge.linkage import pipeline
    from refuge.linkage.score import MAX_MATCHES_PER_RECORD, implausible
    from refuge.synth import generate

    cfg = LinkageConfig()
    assert implausible(dataclasses.replace(cfg, prior=2 * MAX_MATCHES_PER_RECORD / 999), 1000)
    assert not implausible(dataclasses.replace(cfg, prior=0.5 * MAX_MATCHES_PER_RECORD / 999), 1000)
    registry = generate(people=2000, seed=5)
    frame = pl.DataFrame(registry.records).drop("relationship", "needs")
    truth = registry.truth
    # Every fit taken for implausible: the model is fitted on the training rules' pairs alone,
    # and links as well.
    monkeypatch.setattr(pipeline, "implausible", lambda *_: True)
    result = link(frame, explain_review=False)
    assert 0 < result.stats["pairs_trained"] < result.stats["pairs_compared"]
    scores = evaluate(truth, {k: str(v) for k, v in result.clusters.items()})
    assert scores["f1"] > 0.97


@pytest.mark.parametrize("chunk", [2_000_000, 7])
def test_the_training_rows_are_the_candidates_the_stricter_rules_make(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    import polars as pl

    from refuge.linkage import pipeline
    from refuge.linkage.blocking import candidate_pairs
    from refuge.linkage.pipeline import _training_rows
    from refuge.linkage.records import features
    from refuge.synth import generate

    frame = pl.DataFrame(generate(people=1500, seed=3).records).drop("relationship", "needs")
    f = features(frame)
    # One strict rule is not among the candidates' rules: its other pairs are no rows.
    cfg = dataclasses.replace(
        LinkageConfig(),
        blocking=(("name_pair", "birth_year"), ("phone",)),
        training_blocking=(("phone",), ("family_key",)),
    )
    left, right, _ = candidate_pairs(f, cfg)
    a, b, _ = candidate_pairs(f, dataclasses.replace(cfg, blocking=cfg.training_blocking))
    strict = set(zip(a.tolist(), b.tolist(), strict=True))
    candidates = list(zip(left.tolist(), right.tolist(), strict=True))
    assert strict - set(candidates), "the strict rules should make pairs of their own"
    expected = [i for i, pair in enumerate(candidates) if pair in strict]
    assert expected
    monkeypatch.setattr(pipeline, "CHUNK", chunk)  # the candidates searched chunk by chunk
    assert _training_rows(f, left, right, cfg, None).tolist() == expected
