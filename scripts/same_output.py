"""Build the same inputs into sorted N-Triples, to show a change alters no fact.

Usage::

    python scripts/same_output.py snapshot DIR   # build every input, write DIR/NAME.nt
    python scripts/same_output.py compare A B    # same files in A and B? exit 1 if not

The inputs are the examples, 500 generated articles (seed 7) and, when they are
beside the clone, the development sets ``../shared/eval/dev.jsonl`` and
``dev2.jsonl``. Each is built with ``kg build --format nt`` and its lines sorted,
so two snapshots are equal exactly when the graphs hold the same triples.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _inputs(work: Path) -> dict[str, list[Path]]:
    generated = work / "generated.jsonl"
    subprocess.run(
        [sys.executable, "-m", "kg.newsgen", "500", str(generated), "7"], check=True
    )
    inputs = {
        "examples": sorted((ROOT / "examples").glob("*.txt"))
        + sorted((ROOT / "examples").glob("*.jsonl")),
        "generated": [generated],
    }
    for name in ("dev", "dev2"):
        gold = ROOT.parent / "shared" / "eval" / f"{name}.jsonl"
        if gold.exists():
            inputs[name] = [gold]
    return inputs


def snapshot(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, paths in _inputs(work).items():
            out = work / name
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "kg.cli",
                    "build",
                    *map(str, paths),
                    "--out",
                    str(out),
                    "--format",
                    "nt",
                    "--no-html",
                    "--quiet",
                ],
                check=True,
            )
            lines = (out / "graph.nt").read_text(encoding="utf-8").splitlines()
            (target / f"{name}.nt").write_text(
                "\n".join(sorted(set(lines))) + "\n", encoding="utf-8"
            )
            print(f"{name}: {len(set(lines))} triples", flush=True)


def compare(a: Path, b: Path) -> int:
    status = 0
    for left in sorted(a.glob("*.nt")):
        right = b / left.name
        same = right.exists() and left.read_bytes() == right.read_bytes()
        print(f"{left.stem}: {'same' if same else 'DIFFERENT'}")
        status |= not same
    return status


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "snapshot":
        snapshot(Path(sys.argv[2]))
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)
