"""The `refuge` console script: one line per command, and plain-Python commands stay plain."""

from __future__ import annotations

import subprocess
import sys

from refuge.cli import COMMANDS


def run_refuge(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "refuge.cli", *args], capture_output=True, text=True, timeout=60
    )


def test_help_lists_every_command_with_its_one_line():
    result = run_refuge("--help")
    assert result.returncode == 0
    for name, (_module, help_text) in COMMANDS.items():
        assert name in result.stdout
        assert help_text.split()[0] in result.stdout


def test_every_command_module_has_configure_and_run():
    import importlib

    for module_name, _help in COMMANDS.values():
        module = importlib.import_module(module_name)
        assert callable(module.configure) and callable(module.run), module_name


def test_link_help_does_not_load_django():
    code = (
        "import sys; from refuge.cli import main\n"
        "try:\n    main(['link', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('django' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().splitlines()[-1] == "False"


def _small_registry(tmp_path) -> tuple[str, str]:
    """A synthetic registry of 30 people and its truth, from the project's own generator."""
    out = tmp_path / "synth"
    result = run_refuge("synth", "--people", "30", "--seed", "5", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return str(out / "records.csv"), str(out / "truth.csv")


def test_link_ends_at_once_with_its_output_whole_and_its_summary_printed(tmp_path):
    records, _truth = _small_registry(tmp_path)
    out = tmp_path / "persons.csv"
    result = run_refuge("link", records, "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    assert '"records"' in result.stdout  # printed before the quick exit, not lost in a buffer
    rows = out.read_text().splitlines()
    with open(records, encoding="utf-8") as f:
        assert len(rows) == sum(1 for _ in f)  # the header and every record


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    records, truth = _small_registry(tmp_path)
    out = tmp_path / "persons.csv"
    assert run_refuge("link", records, "--out", str(out)).returncode == 0
    # ``true`` has closed the pipe long before Python, importing, writes to it.
    shell = (
        f"{sys.executable} -m refuge.cli evaluate --truth {truth} --pred {out} | true; "
        "exit ${PIPESTATUS[0]}"
    )
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=60)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)
