"""Regenerate the client package from spec/openapi.yaml.

    python generator/generate.py --out generated/minted_connect_generated

Steps, all deterministic:
1. read the spec (spec_loader: once) and validate it (OpenAPI 3.1) and this project's own
   rules for it;
2. run openapi-python-client (pinned, extended by oapc.py: Decimal, open response enums and
   closed request enums, sensitive fields; its templates cut to what is used) with
   generator/config.yaml and templates/ into a fresh folder, in this process: models, and
   each operation's ``_get_kwargs``; the ``client.py`` and ``errors.py`` it always writes
   are removed (nothing calls them);
3. emit ``resources/`` from the endpoints it parsed (the operations grouped by tag, see
   emit_resources.py);
4. format the result with the pinned ruff and generator/ruff.toml;
5. write the API reference (``api.md`` beside the package, see emit_reference.py), the
   model reference (``models.md`` beside it, from the models it parsed, see
   emit_models.py) and the digest of the spec it all came from (``spec.sha256`` beside
   them: spec_loader reads the shipped ``openapi.json`` instead of the YAML while they
   match).

The output folder is replaced as a whole, so stale files never survive.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openapi_spec_validator import validate

import oapc
import spec_loader
from emit_models import MODELS_FILE, emit_models
from emit_reference import emit_reference
from emit_resources import emit_resources
from spec_rules import check_rules

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent


def run(*cmd: str) -> None:
    completed = subprocess.run(cmd, capture_output=True, text=True)
    if completed.returncode != 0:
        sys.stderr.write(completed.stdout + completed.stderr)
        raise SystemExit(f"generate: command failed: {' '.join(cmd)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=spec_loader.SPEC)
    parser.add_argument("--out", type=Path, required=True, help="package folder to (re)create")
    parser.add_argument(
        "--reference",
        type=Path,
        help="the API reference to write (default: api.md beside --out; models.md beside it)",
    )
    args = parser.parse_args()

    spec = spec_loader.shared(args.spec)
    validate(spec)
    problems = check_rules(spec)
    if problems:
        raise SystemExit(
            "generate: the spec breaks the project's rules:\n  " + "\n  ".join(problems)
        )

    out: Path = args.out.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / out.name
        project = oapc.build(spec, args.spec, staging)
        manifest = oapc.models_manifest(project.openapi, oapc.sides(project.openapi))
        groups = emit_resources(spec, project)
        # The spec itself, for the client's strict mode (responses validated against it).
        (staging / "openapi.json").write_text(
            json.dumps(spec, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
        )
        (staging / "py.typed").write_text("", encoding="utf-8")  # PEP 561: typed package
        ruff_cfg = str(HERE / "ruff.toml")
        run(str(BIN / "ruff"), "check", "--config", ruff_cfg, "--fix", "--quiet", str(staging))
        run(str(BIN / "ruff"), "format", "--config", ruff_cfg, "--quiet", str(staging))
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, out)
    reference: Path = (args.reference or out.parent / "api.md").resolve()
    models = reference.with_name(MODELS_FILE)
    names = {m["name"] for m in manifest["models"]} | {e["name"] for e in manifest["enums"]}
    emit_reference(spec, groups, reference, models=names)
    emit_models(spec, groups, manifest, out, models)
    digest = out.parent / spec_loader.DIGEST.name
    digest.write_text(spec_loader.digest_line(args.spec.read_bytes(), args.spec), encoding="utf-8")
    for written in (out, reference, models, digest):
        shown = written.relative_to(ROOT) if written.is_relative_to(ROOT) else written
        print(f"generate: {shown} written")


if __name__ == "__main__":
    main()
