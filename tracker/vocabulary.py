"""The fixed vocabularies every stage shares: what a message can be, and the tracks."""

from __future__ import annotations

from typing import Literal, get_args

Kind = Literal[
    "invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other"
]
Track = Literal["categorical", "preliminary", "advanced", "transitional"]

KINDS: tuple[str, ...] = get_args(Kind)
TRACKS: tuple[str, ...] = get_args(Track)
