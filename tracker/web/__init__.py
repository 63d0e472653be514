"""The local web dashboard: the season at a glance, the programs, the review queue, the rank list
and the service's health, served on 127.0.0.1 behind a secret key, with CSRF-checked changes.

May import the store (its views, and the corrections the CLI makes), `notify` (goals, the digest's
contents, the channels), `understanding`'s message parsing and the shared modules; never the
sources, the service or the CLI. Pages read the views the digest and `tracker status` read, and
every change goes through the function the matching CLI command calls."""
