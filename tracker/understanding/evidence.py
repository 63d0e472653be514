"""Why a message was read as it was: each piece of evidence as data (which rule or reading, the kind
it speaks for, where in the message, the text), rendered to a line only for display."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

# Places whose text is a span of the message (quoted when shown); places joined to the rule's name
# by a space ("rule #1 sets kind info", "forwarded original from a@b.org"); anything else is shown
# as "rule: text".
_SPANS = frozenset({"subject", "body", "calendar"})
_JOINED = frozenset({"config", "headers"})


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence: `rule` is a signal's name or the reading that speaks ("model",
    "deadline", "rule #2"); `kind` the kind it speaks for (None for a note); `where` where it was
    read (subject, body, calendar, sender, headers, config, model, fields); `text` the span or the
    note."""

    rule: str
    kind: str | None
    where: str
    text: str = ""

    def render(self) -> str:
        """The line `tracker classify` shows."""
        if self.where in _SPANS:
            if self.kind:
                return f"{self.kind}: {self.rule} ({self.where}: {self.text!r})"
            return f"{self.rule}: {self.text!r}"
        if self.where in _JOINED:
            return f"{self.rule} {self.text}".strip()
        return f"{self.rule}: {self.text}" if self.text else self.rule

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Evidence:
        return cls(str(data["rule"]), data.get("kind"), str(data.get("where", "")), str(data.get("text", "")))
