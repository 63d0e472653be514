"""Test mail kept as files under tests/data/mail/<area>/, read byte for byte."""

from __future__ import annotations

from pathlib import Path

MAIL = Path(__file__).resolve().parent / "data" / "mail"


def load(name: str) -> bytes:
    """The raw bytes of tests/data/mail/NAME, e.g. `load("store/lakeshore-interview-confirmed.eml")`."""
    return (MAIL / name).read_bytes()
