"""Print a command of the README's quick start, so CI runs exactly what the README tells people.

The README has a heading "Quick start" followed by one fenced shell block with exactly two
commands: the first installs and runs the demo, the second installs and runs the whole test suite.

    python3 .ci/quickstart.py demo   # the first command
    python3 .ci/quickstart.py test   # the second command
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def quick_start_commands(text: str) -> list[str]:
    """The commands of the first fenced block after the "Quick start" heading."""
    heading = re.search(r"^#+\s*Quick start\s*$", text, re.MULTILINE | re.IGNORECASE)
    if heading is None:
        raise SystemExit("README.md has no 'Quick start' heading")
    block = re.search(r"^```[a-z]*\n(.*?)^```", text[heading.end() :], re.MULTILINE | re.DOTALL)
    if block is None:
        raise SystemExit("README.md's quick start has no fenced block")
    lines = [line.strip() for line in block.group(1).splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def main(argv: list[str]) -> int:
    which = argv[1] if len(argv) > 1 else "test"
    commands = quick_start_commands(README.read_text(encoding="utf-8"))
    if len(commands) != 2:
        raise SystemExit(f"README.md's quick start must have exactly two commands, found {len(commands)}")
    print(commands[0] if which == "demo" else commands[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
