"""Invite Tracker: watches a residency applicant's invitation mailbox."""

__version__ = "0.1.0"
