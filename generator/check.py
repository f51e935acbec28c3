"""Fail if generated/ differs from what spec/openapi.yaml produces.

    python generator/check.py

Regenerates into a temporary folder and compares the two trees file by file:
changed, new and deleted files all count; the API reference (generated/api.md),
the model reference (generated/models.md) and the digest of the spec they came from
(generated/spec.sha256) are compared too. Used by `make check-generated` (CI) and by
`make publish`.
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "generated" / "minted_connect_generated"
REFERENCE = ROOT / "generated" / "api.md"
DIGEST = ROOT / "generated" / "spec.sha256"
MODELS = ROOT / "generated" / "models.md"  # written beside api.md (generate.py)
IGNORED = ["__pycache__"]


def drift(expected: Path, actual: Path) -> list[str]:
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"missing from generated/: {prefix}{name}" for name in cmp.left_only)
        found.extend(f"not produced by the spec: {prefix}{name}" for name in cmp.right_only)
        found.extend(f"differs: {prefix}{name}" for name in cmp.diff_files + cmp.funny_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    comparison = filecmp.dircmp(expected, actual, ignore=IGNORED)
    walk(comparison, "")
    # dircmp compares stat signatures first; re-check same-named files byte for byte.
    for path in expected.rglob("*"):
        twin = actual / path.relative_to(expected)
        if path.is_file() and twin.is_file() and "__pycache__" not in path.parts:
            if path.read_bytes() != twin.read_bytes():
                entry = f"differs: {path.relative_to(expected)}"
                if entry not in found:
                    found.append(entry)
    return sorted(found)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / PACKAGE.name
        reference = Path(tmp) / REFERENCE.name
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "generator" / "generate.py"),
                "--out",
                str(fresh),
                "--reference",
                str(reference),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        problems = drift(fresh, PACKAGE) if PACKAGE.is_dir() else ["generated/ is missing"]
        for kept in (REFERENCE, MODELS, DIGEST):  # written beside the fresh package
            fresh_file = Path(tmp) / kept.name
            if not kept.is_file():
                problems.append(f"missing: {kept.relative_to(ROOT)}")
            elif kept.read_bytes() != fresh_file.read_bytes():
                problems.append(f"differs: {kept.relative_to(ROOT)}")
    if problems:
        print("check-generated: generated/ has drifted from spec/openapi.yaml:", file=sys.stderr)
        for line in problems:
            print(f"  {line}", file=sys.stderr)
        print("run 'make generate' and commit the result", file=sys.stderr)
        return 1
    print("check-generated: generated/ is in sync with spec/openapi.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
