#!/usr/bin/env python3
"""Checker for season-g (standard library only)."""
import email
import email.utils
import os
import re
import sys
import tomllib
from collections import Counter
from datetime import datetime
from email import policy

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STATUSES = {"invited", "scheduled", "completed", "waitlisted", "rejected", "declined", "cancelled"}
TRACKS = {"categorical", "preliminary", "advanced", "transitional"}
NAME_RE = re.compile(r"^(\d+)\.M(\d{3})P1\.[a-z0-9-]+:2,S$")


def main():
    errors = []
    with open(os.path.join(ROOT, "truth.toml"), "rb") as f:
        truth = tomllib.load(f)
    as_of = datetime.fromisoformat(truth["applicant"]["as_of"])
    cur = os.path.join(ROOT, "mail", "cur")
    files = sorted(os.listdir(cur))
    for sub in ("new", "tmp"):
        if os.listdir(os.path.join(ROOT, "mail", sub)):
            errors.append(f"mail/{sub} is not empty")

    seen = Counter(truth["unrelated"])
    keys = set()
    for p in truth["program"]:
        if p["key"] in keys:
            errors.append(f"duplicate key {p['key']}")
        keys.add(p["key"])
        seen.update(p["messages"])
        if p["final_status"] not in STATUSES:
            errors.append(f"{p['key']}: bad status {p['final_status']}")
        if p["track"] not in TRACKS:
            errors.append(f"{p['key']}: bad track {p['track']}")
        if not p["messages"]:
            errors.append(f"{p['key']}: no messages")
        if not p["invited"] and p["final_status"] not in ("waitlisted", "rejected"):
            errors.append(f"{p['key']}: not invited but status {p['final_status']}")
    triples = Counter((p["institution"], p["specialty"], p["track"]) for p in truth["program"])
    for t, c in triples.items():
        if c > 1:
            errors.append(f"duplicate program identity {t}")

    for name in files:
        if seen[name] != 1:
            errors.append(f"{name}: listed {seen[name]} times")
    for name in seen:
        if name not in files:
            errors.append(f"{name}: listed but no such file")

    prev_ts, prev_n = -1, 0
    for name in files:
        m = NAME_RE.match(name)
        if not m:
            errors.append(f"{name}: bad file name")
            continue
        with open(os.path.join(cur, name), "rb") as f:
            raw = f.read()
        try:
            msg = email.message_from_bytes(raw, policy=policy.default)
            for part in msg.walk():
                if not part.is_multipart():
                    part.get_content()
            dt = email.utils.parsedate_to_datetime(msg["Date"])
            _ = str(msg["Subject"]), msg["From"], msg["Message-ID"]
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: does not parse: {e!r}")
            continue
        if msg.defects:
            errors.append(f"{name}: defects {msg.defects}")
        if int(dt.timestamp()) != int(m.group(1)):
            errors.append(f"{name}: timestamp != Date header ({msg['Date']})")
        if dt > as_of:
            errors.append(f"{name}: dated after as_of")
        if dt < datetime.fromisoformat("2026-09-01T00:00:00-04:00"):
            errors.append(f"{name}: dated before season")
        if msg["Delivered-To"] != truth["applicant"]["email"]:
            errors.append(f"{name}: Delivered-To mismatch")
        n = int(m.group(2))
        if n != prev_n + 1 or int(m.group(1)) < prev_ts:
            errors.append(f"{name}: running number / date order broken")
        prev_ts, prev_n = int(m.group(1)), n

    counts = Counter(p["specialty"] for p in truth["program"] if p["invited"])
    if dict(counts) != truth["counts"]:
        errors.append(f"counts {truth['counts']} != invited programs {dict(counts)}")

    for e in errors:
        print("ERROR:", e)
    n_inv = sum(p["invited"] for p in truth["program"])
    print(f"{len(files)} files, {len(truth['program'])} programs ({n_inv} invited), "
          f"{len(truth['unrelated'])} unrelated, counts={dict(counts)}")
    print("FAIL" if errors else "OK")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
