"""`refuge demo` from nothing: database, registry, links, programmes, shelter, logins; run
twice, it reuses what it built."""

from __future__ import annotations

import os
import subprocess
import sys


def test_demo_builds_a_working_registry_and_reuses_it(tmp_path):
    env = {**os.environ, "REFUGE_SQLITE_PATH": str(tmp_path / "demo.sqlite3")}
    env.pop("DATABASE_URL", None)  # the demo is the embedded default, whatever the test run
    command = [
        sys.executable,
        "-m",
        "refuge.cli",
        "demo",
        "--people",
        "300",
        "--no-serve",
        "--data-dir",
        str(tmp_path / "data"),
    ]

    first = subprocess.run(
        command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert first.returncode == 0, first.stderr
    assert "imported" in first.stderr and "re-link" in first.stderr
    assert "refuge-demo" in first.stderr and "dataofficer" in first.stderr

    second = subprocess.run(
        command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert second.returncode == 0, second.stderr
    assert "reusing the registry" in second.stderr

    check = subprocess.run(
        [sys.executable, "-m", "refuge.cli", "programmes", "--json"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert check.returncode == 0 and "cash-100k" in check.stdout
