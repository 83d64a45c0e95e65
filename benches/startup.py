"""Start-up cost: `import slant` in a fresh interpreter, against the interpreter alone.

Usage: python benches/startup.py [--runs 15]

Prints the best of N runs for `python -c pass`, `python -c "import slant"` and
`python -c "import slant; slant.split_sentences('x')"` (the first call loads no
embedded tables; tagging does, on first use), and whether importing slant pulled in
pandas (it must not).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine  # noqa: E402

CASES = {
    "python alone": "pass",
    "import slant": "import slant",
    "import slant + first split": "import slant; slant.split_sentences('One. Two.')",
    "import slant + first tag": "import slant; slant.tag_entities('Lee met Park in Seoul.')",
}


def best(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    print(f"Start-up, best of {args.runs} fresh interpreters, on {machine()}")
    print()
    print("| case | seconds | over python alone |")
    print("|---|---|---|")
    base = None
    for name, code in CASES.items():
        t = best(code, args.runs)
        base = t if base is None else base
        print(f"| {name} | {t:.3f} | {t - base:+.3f} |")
    pulled = subprocess.run(
        [sys.executable, "-c", "import sys, slant; print('pandas' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print()
    print(f"import slant imports pandas: {pulled}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
