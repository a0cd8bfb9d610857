"""`refuge synth`: arguments, files written, one summary line, no Django."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from refuge.synth import cli


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="refuge synth")
    cli.configure(parser)
    return parser


def test_defaults_are_1000_people_and_seed_1() -> None:
    args = _parser().parse_args(["--out", "x"])
    assert (args.people, args.seed, args.out) == (1000, 1, Path("x"))


def test_out_is_required() -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args([])


def test_people_must_be_positive() -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["--people", "0", "--out", "x"])


def test_run_writes_both_files_and_prints_one_summary_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = _parser().parse_args(["--people", "250", "--seed", "4", "--out", str(tmp_path)])
    assert cli.run(args) == 0
    out, err = capsys.readouterr()
    assert out.count("\n") == 1
    assert "250 people" in out and "records" in out
    assert err == ""  # no progress bar when stderr is not a terminal
    records = (tmp_path / "records.csv").read_text(encoding="utf-8").splitlines()
    truth = (tmp_path / "truth.csv").read_text(encoding="utf-8").splitlines()
    assert records[0].startswith("record_id,given_name,family_name,patronymic,sex,")
    assert len(records) == len(truth) > 250


def test_the_refuge_dispatcher_runs_synth(tmp_path: Path) -> None:
    from refuge.cli import main

    assert main(["synth", "--people", "50", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "truth.csv").exists()


def test_synth_imports_no_django() -> None:
    code = (
        "import sys, refuge.synth as s; s.generate(20, 1); "
        "sys.exit(1 if any(m.split('.')[0] == 'django' for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
