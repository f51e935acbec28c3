"""User code type-checked as a user's project would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def mypy_strict(directory: Path, *codes: str) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` over each of ``codes`` (a module each, written to ``directory``),
    as a user's project runs it: the installed packages, none of this repository's
    settings."""
    files = []
    for number, code in enumerate(codes, start=1):
        script = directory / f"user_code_{number:02d}.py"
        script.write_text(code, encoding="utf-8")
        files.append(str(script))
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *files],
        capture_output=True,
        text=True,
        cwd=directory,
        env={"MYPYPATH": "", "PATH": "/usr/bin:/bin"},
        check=False,
    )
