"""Sources: where mail is read from (IMAP, a local Maildir) and the sync that copies it into the store.

May import the store, config, clock and errors; knows nothing of what mail means (never imports
`understanding` or `notify`)."""
