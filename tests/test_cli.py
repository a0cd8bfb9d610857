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
