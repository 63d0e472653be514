"""The small error hierarchy: every error the user can meet carries a hint that says what to do."""

from __future__ import annotations


class TrackerError(Exception):
    """Base of every error Invite Tracker reports to the user as one line."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(TrackerError):
    """The config file is missing, unreadable or has a bad key or value."""


class MailboxError(TrackerError):
    """The mailbox could not be reached, logged into or read."""


class ParseError(TrackerError):
    """A message could not be parsed."""


class StoreError(TrackerError):
    """The local database could not be opened, migrated or written."""


class NotifyError(TrackerError):
    """A notification channel failed to deliver."""
