"""The store: the SQLite database, its migrations, the records built from classified mail, the
user's corrections, read-only views and exports.

May import `understanding` (records are built from classifications) and the shared modules; never
the sources, notify or the CLI."""
