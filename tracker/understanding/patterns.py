"""How a signal's pattern is written and what it cannot match without: spaces that match any run of
spaces or tabs, named pieces (`{INTERVIEW}`) shared by many patterns, and the prefilter words
derived from a pattern (`required_words`), so that no list of words has to be kept beside it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# "{INTERVIEW}": a named piece. Never a quantifier, which holds digits ("{1,2}").
_PIECE = re.compile(r"\{([A-Z][A-Z_]*)\}")


def spaced(pattern: str) -> str:
    """A pattern written with plain spaces, each made to match any run of spaces or tabs, and with
    plain apostrophes, each made to match a curly one too ("you’re" as "you're")."""
    out: list[str] = []
    depth = 0
    for index, char in enumerate(pattern):
        escaped = index > 0 and pattern[index - 1] == "\\"
        if char == "[" and not escaped:
            depth += 1
        elif char == "]" and not escaped and depth:
            depth -= 1
        if char == "'" and not escaped:
            out.append("'’" if depth else "['’]")
            continue
        out.append(r"[ \t]+" if char == " " and not depth else char)
    return "".join(out)


def expand(pattern: str, pieces: Mapping[str, str]) -> str:
    """`pattern` with every `{NAME}` replaced by its piece (pieces may use earlier pieces)."""

    def piece(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in pieces:
            raise ValueError(f"unknown piece {{{name}}}")
        return pieces[name]

    return _PIECE.sub(piece, pattern)


def normalised(text: str) -> str | None:
    """`text` as the prefilter words are looked for in it: lower case, each run of spaces or tabs
    one space; None when the text is not ASCII (IGNORECASE matches "ı" to "i", "ſ" to "s": such text
    is always searched)."""
    if not text.isascii():
        return None
    return re.sub(r"[ \t]+", " ", text.lower())


# -- required words -----------------------------------------------------------------------------

_MAX_STRINGS = 48
_MAX_LENGTH = 60


@dataclass(frozen=True)
class _Facts:
    """What a piece of a pattern can match: every string (`exact`, when few and short), and strings
    one of which every match contains (`needs`); None where nothing is known."""

    exact: frozenset[str] | None
    needs: frozenset[str] | None


_EMPTY = _Facts(frozenset({""}), None)
_UNKNOWN = _Facts(None, None)


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Words (lower case, spaces single) one of which any match of `pattern` contains, as found in
    `normalised` text: the prefilter a signal runs only after. Empty when nothing is required."""
    facts = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    best = facts.needs
    if facts.exact is not None and _useful(facts.exact):
        best = _better(best, facts.exact)
    return tuple(sorted(best)) if best else ()


def _useful(strings: frozenset[str]) -> bool:
    return bool(strings) and all(s.strip() for s in strings)


# A required string this long is selective enough: past it, fewer strings to look for are better.
_SELECTIVE = 5
# Words in nearly every message about residency: as prefilters they rule nothing out, so they count
# as short ones (only the speed depends on it; any required string is a correct prefilter).
_COMMON = frozenset(
    {
        "interview", "interviews", "interviewing", "invitation", "applicant", "applicants", "application",
        "residency",
    }
)  # fmt: skip


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The better of two sets of required strings: the longer shortest string (up to `_SELECTIVE`
    characters), then fewer strings."""
    candidates = [_minimal(s) for s in (a, b) if s is not None and _useful(s)]
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(_SELECTIVE, _shortest(s)), -len(s), _shortest(s)))


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """The strings without those that hold another of them: "interview" found, "interview date" is
    no more required."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _join(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    joined = frozenset(re.sub(" +", " ", a + b) for a in left for b in right)
    return joined if all(len(s) <= _MAX_LENGTH for s in joined) else None


def _sequence(items: Any) -> _Facts:
    run: frozenset[str] | None = frozenset({""})
    needs: frozenset[str] | None = None
    whole: frozenset[str] | None = frozenset({""})
    for op, av in items:
        facts = _item(op, av)
        needs = _better(needs, facts.needs)
        if facts.exact is None:
            if run is not None:
                needs = _better(needs, run)
            run = frozenset({""})
            whole = None
            continue
        joined = _join(run, facts.exact) if run is not None else None
        if joined is None:
            if run is not None:
                needs = _better(needs, run)
            run = facts.exact
        else:
            run = joined
        whole = _join(whole, facts.exact) if whole is not None else None
    if run is not None:
        needs = _better(needs, run)
    return _Facts(whole, needs)


def _item(op: object, av: Any) -> _Facts:
    if op is sre.LITERAL:
        char = chr(av)
        if not char.isascii():
            return _UNKNOWN  # IGNORECASE folds some letters to ASCII ones
        return _Facts(frozenset({" " if char in " \t" else char.lower()}), None)
    if op is sre.IN:
        return _charset(av)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _EMPTY  # zero-width
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.BRANCH:
        branches = [_sequence(branch) for branch in av[1]]
        exact: frozenset[str] | None = frozenset()
        needs: frozenset[str] | None = frozenset()
        for branch in branches:
            exact = exact | branch.exact if exact is not None and branch.exact is not None else None
            own = _better(branch.needs, branch.exact)
            needs = needs | own if needs is not None and own is not None else None
        if exact is not None and len(exact) > _MAX_STRINGS:
            exact = None
        return _Facts(exact, needs)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, high, inner = av
        facts = _sequence(inner)
        if low == 0:
            if high == 1 and facts.exact is not None:
                return _Facts(facts.exact | {""}, None)
            return _EMPTY if high == 0 else _UNKNOWN
        needs = _better(facts.needs, facts.exact)
        if facts.exact == frozenset({" "}):
            return _Facts(frozenset({" "}), None)  # a run of spaces is one space when normalised
        if low == high == 1:
            return facts
        return _Facts(None, needs)
    return _UNKNOWN


def _charset(items: list[tuple[object, Any]]) -> _Facts:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL and chr(av).isascii():
            chars.add(chr(av).lower())
        elif op is sre.RANGE and av[1] - av[0] < 8 and av[1] < 128:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return _UNKNOWN
    if chars & {" ", "\t"}:
        if chars <= {" ", "\t"}:
            return _Facts(frozenset({" "}), None)
        return _UNKNOWN
    return _Facts(frozenset(chars), None) if len(chars) <= 8 else _UNKNOWN


def _shortest(strings: frozenset[str]) -> int:
    return min(2 if s.strip() in _COMMON else len(s.strip()) for s in strings)
