"""`python -m bench.hostile`: the trust issue's crafted texts against a forced run without them.

Four texts that once made a run crawl (time growing with the square of their size): one
sentence with 4,999 amounts, an 80 KB first line of capitalised words, a 100 KB one-token first
line, and 40,000 U+0085 in a heading. In a temporary copy of the project roots holding this
project's ``raw/``: a first run, a forced run (``make data FORCE=1``), then the four texts added
and a run. Target: that run takes at most 2.5× the forced run, and each crafted text is
published or refused by name (never left out silently). Writes ``outputs/bench/hostile.json``
(or ``--out DIR``).
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import tempfile
from pathlib import Path

from bench.runs import measure_run, prepare_root
from pipeline.settings import PROJECT_ROOT

TARGET_RATIO = 2.5  # the run with the crafted texts, over a forced run without them
WORDS = ("Calais", "Dunkirk", "Boulogne", "Lille", "Dover", "Folkestone", "Paris", "London")


def crafted_texts() -> dict[str, str]:
    """File name -> text of each crafted document (ordinary dated statements around the attack)."""
    head = "Joint statement\n\n10 March 2023\n\n"
    amounts = " and ".join(f"£{n} million" for n in range(1, 5000))
    capitals = " ".join(WORDS[i % len(WORDS)] for i in range(80_000 // 7))[:80_000]
    return {
        "crafted-4999-amounts.txt": head + f"The United Kingdom will provide {amounts} to France.\n",
        "crafted-capitalised-first-line.txt": capitals + "\n\n10 March 2023\n\nFrance will act.\n",
        "crafted-one-token-first-line.txt": "A" * 100_000 + "\n\n10 March 2023\n\nFrance will act.\n",
        "crafted-nel-heading.txt": "Heading" + "\u0085" * 40_000 + "\n\n" + head + "France will act.\n",
    }


def _published_or_refused(root: Path, names: list[str]) -> dict[str, str]:
    """For each crafted file: `published`, `held back`, `rejected` or `missing` (left out)."""
    latest = root / "outputs" / "latest"
    status = root / "outputs" / "status"

    def files(path: Path, column: str = "source_file") -> set[str]:
        if not path.is_file():
            return set()
        with path.open(encoding="utf-8", newline="") as fh:
            return {row.get(column, "") for row in csv.DictReader(fh)}

    outcomes = (
        ("published", files(latest / "documents.csv")),
        ("held back", files(status / "quarantine.csv")),
        ("rejected", files(status / "rejections.csv")),
    )
    return {n: next((what for what, names in outcomes if n in names), "missing") for n in names}


def measure_hostile(root: Path) -> dict:
    """The trust issue's measurement in ``root`` (a fresh folder): see the module docstring."""
    prepare_root(root)
    shutil.copytree(PROJECT_ROOT / "raw", root / "raw")
    first = measure_run(root)
    forced = measure_run(root, force=True)
    texts = crafted_texts()
    for name, text in texts.items():
        (root / "raw" / name).write_text(text, encoding="utf-8")
    crafted = measure_run(root)
    outcome = _published_or_refused(root, sorted(texts))
    ratio = crafted["wall_s"] / forced["wall_s"]
    return {
        "first_run_s": round(first["wall_s"], 2),
        "forced_run_s": round(forced["wall_s"], 2),
        "with_crafted_s": round(crafted["wall_s"], 2),
        "with_crafted_steps_s": {k: round(v, 2) for k, v in crafted["steps_s"].items()},
        "ratio": round(ratio, 3),
        "target_ratio": TARGET_RATIO,
        "met": ratio <= TARGET_RATIO and "missing" not in outcome.values(),
        "crafted": outcome,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "outputs" / "bench")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        report = measure_hostile(Path(tmp))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "hostile.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(json.dumps(report, indent=1))
    return 0 if report["met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
