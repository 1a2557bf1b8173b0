"""Score the extractor out of fold: the scorer trained without the documents it is scored on.

    python scripts/out_of_fold.py ../shared/eval/dev.jsonl ../shared/eval/dev2.jsonl

Splits the documents of the gold files into ``--folds`` folds (document i in
fold i mod k); for each, trains a scorer (``scripts/train_scorer.py``) on the
others into a temporary data folder, and scores the fold with the evaluation's
``score.py`` (``--score``, by default beside the first gold file) with
``KG_DATA_DIR`` pointing at that folder. Prints the summed per-type and overall
figures. The rules themselves were written on these documents: only the
scorer is out of fold.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINE = re.compile(r"^(\S+)\s+P=.*\(tp=(\d+) fp=(\d+) fn=(\d+)\)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--score", type=Path, help="score.py (default: beside the first gold file)"
    )
    args = parser.parse_args()
    score = args.score or args.gold[0].parent / "score.py"
    lines = [
        line for path in args.gold for line in path.read_text("utf-8").splitlines()
    ]
    counts: Counter[tuple[str, str]] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.folds):
            fold = Path(tmp) / str(k)
            (fold / "data").mkdir(parents=True)
            train, test = fold / "train.jsonl", fold / "test.jsonl"
            train.write_text(
                "".join(f"{x}\n" for i, x in enumerate(lines) if i % args.folds != k),
                "utf-8",
            )
            test.write_text(
                "".join(f"{x}\n" for i, x in enumerate(lines) if i % args.folds == k),
                "utf-8",
            )
            subprocess.run(
                [
                    sys.executable,
                    str(HERE / "train_scorer.py"),
                    str(train),
                    "--out",
                    str(fold / "data" / "scorer.json"),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            env = {**os.environ, "KG_DATA_DIR": str(fold / "data")}
            out = subprocess.run(
                [sys.executable, str(score), str(test)],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout
            for match in map(LINE.match, out.splitlines()):
                if match and match.group(1) != "overall":
                    for name, value in zip(("tp", "fp", "fn"), match.groups()[1:]):
                        counts[match.group(1), name] += int(value)
    kinds = sorted({kind for kind, _ in counts})
    for kind in [*kinds, "overall"]:
        tp, fp, fn = (
            sum(counts[k, name] for k in (kinds if kind == "overall" else [kind]))
            for name in ("tp", "fp", "fn")
        )
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:18} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} fp={fp} fn={fn})")


if __name__ == "__main__":
    main()
