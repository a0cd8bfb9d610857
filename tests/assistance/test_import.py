"""`refuge distributions import`: offline lists through the same ledger rules."""

from __future__ import annotations

import json

import pytest

from refuge.assistance import services
from refuge.assistance.models import Distribution
from refuge.cli import main
from tests.assistance import factories as f

pytestmark = pytest.mark.django_db(transaction=True)

HEADER = "record_id,programme,item,quantity,date,site\n"


@pytest.fixture
def people(db):
    f.programmes()
    goris = f.registration(given_name="Hovhannes")
    yerevan_site = f.site("Yerevan-1", "Yerevan")
    yerevan = f.registration(given_name="Оганес", at=yerevan_site, person=f.person_of(goris))
    other = f.registration(given_name="Mariam")
    return goris, yerevan, other


def write(tmp_path, rows):
    path = tmp_path / "list.csv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_records_once_refuses_the_same_person_under_another_registration(tmp_path, capsys, people):
    goris, yerevan, other = people
    path = write(
        tmp_path,
        [
            f"{goris.record_id},cash-100k,cash,100000,2023-10-02,Goris",
            f"{yerevan.record_id},cash-100k,cash,100000,2023-10-03,Yerevan-1",
            f"{other.record_id},cash-100k,cash,,2023-10-02,Goris",
            "NOPE,cash-100k,cash,,2023-10-02,Goris",
        ],
    )
    assert main(["distributions", "import", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["recorded"], out["refused"]) == (2, 2)
    rejects = (tmp_path / "list.rejects.csv").read_text(encoding="utf-8")
    assert "already given to this person" in rejects and "no registration" in rejects
    assert yerevan.record_id in rejects

    assert main(["distributions", "import", str(path), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["recorded"] == 0 and again["already_recorded"] == 2
    assert Distribution.objects.count() == 2


def test_a_file_that_is_not_a_distribution_list_is_refused_with_what_was_expected(
    tmp_path, capsys, people
):
    path = tmp_path / "x.csv"
    path.write_text("name,amount\nx,1\n", encoding="utf-8")
    assert main(["distributions", "import", str(path)]) == 2
    assert "expected record_id,programme" in capsys.readouterr().err


def test_in_kind_rows_use_the_quantity_given(tmp_path, people):
    goris, _, _ = people
    hh = f.household()
    member = f.registration(household=hh, relationship="head")
    path = write(tmp_path, [f"{member.record_id},food-parcel,food parcel,2,2023-10-02,Goris"])
    result = services.distributions_import_file(path=path, actor=None)
    assert result.recorded == 1
    d = Distribution.objects.get()
    assert (d.quantity, d.item, d.period_key) == (2, "food parcel", "2023-W39/F")


def test_programmes_command_lists_codes_and_rules(capsys, people):
    assert main(["programmes", "--json"]) == 0
    listed = {p["code"]: p for p in json.loads(capsys.readouterr().out)}
    assert {"cash-100k", "housing-50k", "food-parcel", "hygiene-kit", "winter-kit"} <= set(listed)
    assert listed["cash-100k"]["amount"] == "100000.00"
    assert "children_in_household" in listed["winter-kit"]["rules_text"]
