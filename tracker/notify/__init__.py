"""Notify: what the applicant is told and how: alerts, reminders, the digest, goals, the watchdog,
their rendering, the channels and the outbox that sends exactly once.

May import the store's views, `understanding` and the shared modules; never the sources or the CLI."""
