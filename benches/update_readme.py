"""Replace README's benchmark tables with those of one `bash benches/run` output.

    bash benches/run | tee /tmp/bench.txt
    python benches/update_readme.py /tmp/bench.txt

Each table of the output replaces the README table with the same header row; the
"one run on ..." line before the first table names the machine in README.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
TABLE = re.compile(r"(?m)^(\|[^\n]*\n\|---[^\n]*\n(?:\|[^\n]*\n)*)")


def tables(text: str) -> list[str]:
    return TABLE.findall(text)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    output = Path(sys.argv[1]).read_text(encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    replaced = 0
    for new in tables(output):
        header = new.splitlines()[0]
        for old in tables(readme):
            if old.splitlines()[0] == header:
                readme = readme.replace(old, new, 1)
                replaced += 1
                break
        else:
            print(f"README has no table headed {header!r}", file=sys.stderr)
    # The "2 threads / 1 thread (what): 1.92x" lines follow their tables; among the
    # lines that measure the same thing, the n-th of the output replaces the n-th of
    # README (an output of one benchmark replaces only its own lines).
    ratio = re.compile(r"(?m)^(2 threads / 1 thread[^:\n]*):[^\n]*$")
    new_ratios: dict[str, list[str]] = {}
    for m in ratio.finditer(output):
        new_ratios.setdefault(m.group(1), []).append(m.group(0))
    seen: dict[str, int] = {}

    def replace(m: re.Match) -> str:
        k = seen.get(m.group(1), 0)
        seen[m.group(1)] = k + 1
        found = new_ratios.get(m.group(1), [])
        return found[k] if k < len(found) else m.group(0)

    readme = ratio.sub(replace, readme)
    README.write_text(readme, encoding="utf-8")
    print(f"replaced {replaced} tables")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
