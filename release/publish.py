"""Build minted-connect and upload it to the internal package index (`make publish`).

    MINTED_INDEX_URL=https://pypi.internal.example/ MINTED_INDEX_USER=... \\
    MINTED_INDEX_PASSWORD=... make publish

``MINTED_INDEX_URL`` is the index's upload URL (pypiserver: its root); its PEP 503
simple index is expected at ``<url>/simple/``. Refuses, with a message and
exit status 1, when:

- a setting is missing;
- the working tree is dirty (a release is exactly a commit);
- ``generated/`` differs from what the spec produces;
- this version is already on the index (bump it in pyproject.toml).

Then builds the sdist and the wheel into dist/, uploads both with twine
(the password goes through the environment, never the command line), and
tags the commit ``v<version>``, which ``make changelog`` compares against.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from urllib.parse import urljoin

import httpx

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
NAME = "minted-connect"


class Refusal(Exception):
    """A reason not to publish, for the user to read."""


def version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def settings() -> tuple[str, str, str]:
    missing = [
        name
        for name in ("MINTED_INDEX_URL", "MINTED_INDEX_USER", "MINTED_INDEX_PASSWORD")
        if not os.environ.get(name)
    ]
    if missing:
        raise Refusal(f"set {', '.join(missing)} (the index to publish to and its credentials)")
    url = os.environ["MINTED_INDEX_URL"]
    return (
        url.rstrip("/") + "/",
        os.environ["MINTED_INDEX_USER"],
        os.environ["MINTED_INDEX_PASSWORD"],
    )


def check_clean_tree() -> None:
    status = subprocess.run(
        ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
    )
    if status.returncode != 0:
        raise Refusal(f"not a git working tree: {status.stderr.strip()}")
    if status.stdout.strip():
        changed = "\n  ".join(status.stdout.strip().splitlines()[:10])
        raise Refusal(f"the working tree is dirty; commit or stash first:\n  {changed}")


def check_generated() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "generator" / "check.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise Refusal("make check-generated fails:\n" + done.stderr.strip())


def released_files(index: str, user: str, password: str) -> list[str]:
    """File names of this project on the index (an empty list when it has none)."""
    simple = urljoin(index, f"simple/{NAME}/")
    try:
        response = httpx.get(simple, auth=(user, password), timeout=30, follow_redirects=True)
    except httpx.HTTPError as error:
        raise Refusal(f"cannot reach the index at {simple}: {error}") from error
    if response.status_code == 404:
        return []
    if response.status_code != 200:
        raise Refusal(f"the index answered HTTP {response.status_code} for {simple}")
    return re.findall(r">([^<>]+\.(?:whl|tar\.gz|zip))<", response.text)


def check_not_released(index: str, user: str, password: str, release: str) -> None:
    stems = {f"minted_connect-{release}", f"minted-connect-{release}"}
    already = [
        f
        for f in released_files(index, user, password)
        if f.split("-py")[0].removesuffix(".tar.gz") in stems
    ]
    if already:
        raise Refusal(
            f"version {release} is already on the index ({', '.join(sorted(already))}); "
            "bump the version in pyproject.toml"
        )


def build(release: str) -> list[Path]:
    shutil.rmtree(DIST, ignore_errors=True)
    done = subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(DIST), str(ROOT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise Refusal("the build failed:\n" + (done.stdout + done.stderr)[-3000:])
    files = sorted(DIST.glob(f"minted_connect-{release}*"))
    if len(files) != 2:
        raise Refusal(f"expected an sdist and a wheel in dist/, found {[f.name for f in files]}")
    return files


def upload(index: str, user: str, password: str, files: list[Path]) -> None:
    env = {**os.environ, "TWINE_USERNAME": user, "TWINE_PASSWORD": password}
    done = subprocess.run(
        [
            sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar",
            "--repository-url", index, *map(str, files),
        ],
        env=env,
        capture_output=True,
        text=True,
    )  # fmt: skip
    if done.returncode == 0:
        return
    output = (done.stdout + done.stderr).replace(password, "***")
    status = re.search(r"\b(400|401|403|409)\b", output)
    if status and status.group(1) in ("401", "403"):
        raise Refusal(
            f"the index refused the credentials (HTTP {status.group(1)}): "
            "check MINTED_INDEX_USER and MINTED_INDEX_PASSWORD"
        )
    if status and status.group(1) in ("400", "409"):
        raise Refusal(
            f"the index refused the upload (HTTP {status.group(1)}): "
            f"is this version already there?\n{output[-1500:]}"
        )
    raise Refusal("twine upload failed:\n" + output[-3000:])


def tag(release: str) -> None:
    name = f"v{release}"
    exists = subprocess.run(
        ["git", "rev-parse", "-q", "--verify", f"refs/tags/{name}"], cwd=ROOT, capture_output=True
    )
    if exists.returncode != 0:
        subprocess.run(
            ["git", "tag", "-a", name, "-m", f"minted-connect {release}"], cwd=ROOT, check=True
        )


def main() -> int:
    try:
        index, user, password = settings()
        release = version()
        check_clean_tree()
        check_generated()
        check_not_released(index, user, password, release)
        files = build(release)
        upload(index, user, password, files)
        tag(release)
    except Refusal as refusal:
        print(f"publish: refused: {refusal}", file=sys.stderr)
        return 1
    sizes = ", ".join(f"{f.name} ({f.stat().st_size:,} bytes)" for f in files)
    print(f"publish: minted-connect {release} uploaded to {index}: {sizes}; tagged v{release}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
