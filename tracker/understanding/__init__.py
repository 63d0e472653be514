"""Understanding: a message's bytes to what it is (kind, program, dates, deadline, platform) and why.

Pure functions of the message, the applicant's settings and a clock: imports only the shared modules
(config, clock, vocabulary, lexicon, specialties, errors), never the store, sources or notify."""
