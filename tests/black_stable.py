"""Which chunks of a generated package black would change: `python tests/black_stable.py DIR [EVERY]`.

Formats every EVERY-th chunk (the generator's own split: top-level classes packed into chunks
that black formats independently) of every `.py` file under DIR with the generator's black
mode, and prints a unified diff for each chunk black changes; exit 1 if any. A separate process
so the corpus test can run it beside the generator on both cores.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import black

from generator.formatting import black_mode, split_chunks


def unstable(folder: Path, every: int = 1) -> list[str]:
    problems: list[str] = []
    count = 0
    for path in sorted(folder.rglob("*.py")):
        for chunk in split_chunks(path.read_text(encoding="utf-8")):
            count += 1
            if count % every:
                continue
            formatted = black.format_str(chunk, mode=black_mode())
            if formatted != chunk:
                diff = difflib.unified_diff(chunk.splitlines(), formatted.splitlines(), lineterm="", n=1)
                problems.append(f"{path.relative_to(folder)}:\n" + "\n".join(list(diff)[2:40]))
    return problems


if __name__ == "__main__":
    found = unstable(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    print("\n\n".join(found))
    sys.exit(1 if found else 0)
