"""Coverage: who is eligible and has received nothing, per site and programme; exports."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from refuge.accounts.models import AuditEntry
from refuge.assistance import selectors, services
from tests.assistance import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def scene():
    p = f.programmes()
    goris, yerevan = f.site(), f.site("Yerevan-1", "Yerevan")
    paid = f.registration(given_name="Paid", at=goris)
    unpaid = f.registration(given_name="Unpaid", at=goris)
    twice = f.registration(given_name="Hovhannes", at=goris)
    f.registration(
        given_name="Ованес",
        at=yerevan,
        person=f.person_of(twice),
        registered_on=twice.registered_on.replace(year=2022),
    )
    for reg in (paid, twice):
        services.distribution_record(
            registration=reg,
            programme=p["cash-100k"],
            site=goris,
            distributed_on=f.DAY,
            actor=None,
        )
    return p, goris, yerevan, unpaid


def test_coverage_counts_a_person_registered_twice_once_and_shows_the_unpaid(scene):
    p, goris, yerevan, unpaid = scene
    cells = {(c.site, c.programme.code): c for c in selectors.coverage_summary(on=f.DAY)}
    cash = cells[("Goris", "cash-100k")]
    assert (cash.eligible, cash.reached, cash.unreached) == (3, 2, 1)
    entries = selectors.coverage_entries(on=f.DAY, programmes=[p["cash-100k"]], site=goris)
    assert [e.view.given_name for e in entries if not e.reached] == ["Unpaid"]


def test_small_cells_are_suppressed_for_aggregate_readers(scene):
    cells = selectors.coverage_summary(on=f.DAY, suppress_small=True)
    assert all(c.eligible is None for c in cells)


def test_exports_are_audited_and_list_the_unpaid(scene, cast):
    p, goris, _, _ = scene
    name, _, content = services.coverage_export(
        programme=p["cash-100k"],
        on=f.DAY,
        site=goris,
        status="unpaid",
        fmt="csv",
        actor=cast["case_worker"],
    )
    rows = list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    assert [r["given_name"] for r in rows] == ["Unpaid"] and name.endswith(".csv")
    _, _, xlsx = services.coverage_export(
        programme=p["cash-100k"],
        on=f.DAY,
        site=None,
        status="all",
        fmt="xlsx",
        actor=cast["case_worker"],
    )
    sheet = load_workbook(io.BytesIO(xlsx)).active
    assert sheet.max_row == 1 + 3
    assert AuditEntry.objects.filter(action="assistance.export").count() == 2


def test_export_neutralises_spreadsheet_formulas(cast):
    p = f.programmes()
    f.registration(given_name='=HYPERLINK("x")')
    _, _, content = services.coverage_export(
        programme=p["cash-100k"], on=f.DAY, site=None, status="unpaid", fmt="csv", actor=None
    )
    assert "'=HYPERLINK" in content.decode("utf-8-sig")


def test_household_programmes_count_households(scene):
    p, goris, _, _ = scene
    f.family(at=goris, children=2)
    f.family(at=goris, children=0)
    cells = {(c.site, c.programme.code): c for c in selectors.coverage_summary(on=f.DAY)}
    assert cells[("Goris", "winter-kit")].eligible == 1
    assert cells[("Goris", "hygiene-kit")].eligible == 2
