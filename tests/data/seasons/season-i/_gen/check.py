#!/usr/bin/env python3
"""Re-parse every message of season-i and check it against truth.toml and _gen/expect.json.

Checks: Maildir layout and file names; every file parses with no MIME defects; every file is labelled
exactly once and every label has a file; program fields are valid; counts match; dates <= as_of;
labelled program names, interview dates and URLs appear in the decoded text; weekday names agree with
the dates they accompany; each program's institution appears in its mail.
"""
import datetime as dt
import json
import os
import re
import sys
import tomllib
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


STATUSES = {"invited", "scheduled", "completed", "declined", "cancelled", "waitlisted", "rejected"}
SPECIALTIES = {"Emergency Medicine", "Family Medicine", "Internal Medicine"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def decoded(msg):
    parts = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        if p.is_multipart():
            continue
        if p.get_content_maintype() == "text":
            parts.append(p.get_content())
    return "\n".join(parts)


def date_variants(iso):
    d = dt.date.fromisoformat(iso)
    mon = MONTHS[d.month - 1]
    return [f"{mon} {d.day}", f"{mon[:3]} {d.day}", f"{d.month}/{d.day}", iso, d.strftime("%Y%m%d")]


def weekday_check(fn, text, msg_date):
    # "Wednesday, November 18, 2026" / "Wednesday, November 18" / "Wed, Nov 18, 2026"
    pat = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{1,2})(?:, (\d{4}))?")
    n = 0
    for m in pat.finditer(text):
        wd, mon, day, year = m.groups()
        mi = [x[:3] for x in MONTHS].index(mon) + 1
        if year:
            y = int(year)
        else:
            y = msg_date.year if mi >= msg_date.month - 2 else msg_date.year + 1
        try:
            real = dt.date(y, mi, int(day)).strftime("%a")
        except ValueError:
            err(fn, "bad date", m.group(0))
            continue
        if real[:3] != wd:
            err(fn, "weekday mismatch:", m.group(0), "is a", real)
        n += 1
    # "Wednesday 12/16", "Thursday 12/3"
    for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (\d{1,2})/(\d{1,2})\b", text):
        wdn, mo, day = m.group(1), int(m.group(2)), int(m.group(3))
        y = msg_date.year if mo >= msg_date.month - 2 else msg_date.year + 1
        if dt.date(y, mo, day).strftime("%A") != wdn:
            err(fn, "weekday mismatch:", m.group(0))
    return n


def main():
    truth = tomllib.load(open(os.path.join(ROOT, "truth.toml"), "rb"))
    exp = json.load(open(os.path.join(HERE, "expect.json"), encoding="utf-8"))
    as_of = dt.datetime.fromisoformat(truth["applicant"]["as_of"])
    for sub in ("cur", "new", "tmp"):
        if not os.path.isdir(os.path.join(ROOT, "mail", sub)):
            err("missing mail/" + sub)
    for sub in ("new", "tmp"):
        if os.listdir(os.path.join(ROOT, "mail", sub)):
            err("mail/" + sub, "not empty")
    files = sorted(os.listdir(os.path.join(ROOT, "mail", "cur")))
    fnre = re.compile(r"^(\d{10})\.M(\d{3})P1\.[a-z0-9-]+:2,S$")
    labels = {}
    for f in truth["unrelated"]:
        labels.setdefault(f, []).append(None)
    keys = set()
    counts = {}
    for p in truth["program"]:
        if p["key"] in keys:
            err("duplicate key", p["key"])
        keys.add(p["key"])
        if p["final_status"] not in STATUSES:
            err(p["key"], "bad status")
        if p["specialty"] not in SPECIALTIES:
            err(p["key"], "bad specialty")
        if p["track"] not in {"categorical", "preliminary", "advanced", "primary care"}:
            err(p["key"], "bad track")
        inv_expected = p["final_status"] in {"invited", "scheduled", "completed", "declined", "cancelled"}
        if p["invited"] != inv_expected and p["final_status"] != "rejected" and p["final_status"] != "waitlisted":
            err(p["key"], "invited flag inconsistent with status")
        if p["final_status"] in {"waitlisted"} and p["invited"]:
            err(p["key"], "waitlisted but invited")
        if p["invited"]:
            spec = p["specialty"]
            counts[spec] = counts.get(spec, 0) + 1
        for f in p["messages"]:
            labels.setdefault(f, []).append(p["key"])
    if counts != truth["counts"]:
        err("counts", counts, "!=", truth["counts"])
    for f, ks in labels.items():
        if len(ks) != 1:
            err(f, "labelled", len(ks), "times")
        if f not in files:
            err("label without file:", f)
    texts = {}
    prev = None
    seen_mid = set()
    for f in files:
        m = fnre.match(f)
        if not m:
            err("bad file name", f)
            continue
        if f not in labels:
            err("unlabelled file", f)
        raw = open(os.path.join(ROOT, "mail", "cur", f), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                err(f, "MIME defects", part.defects)
        for h in ("From", "To", "Date", "Message-ID", "Subject"):
            if h not in msg:
                err(f, "missing header", h)
        for h in ("From", "To", "Subject", "Cc"):
            if h in msg:
                v = msg[h]
                if getattr(v, "defects", None):
                    err(f, h, "header defects", v.defects)
        if msg["Message-ID"] in seen_mid:
            err(f, "duplicate Message-ID")
        seen_mid.add(msg["Message-ID"])
        d = parsedate_to_datetime(msg["Date"])
        if int(d.timestamp()) != int(m.group(1)):
            err(f, "file name time != Date header")
        if d > as_of:
            err(f, "after as_of")
        if prev and int(m.group(1)) < prev:
            err(f, "out of order")
        prev = int(m.group(1))
        text = decoded(msg)
        texts[f] = text
        weekday_check(f, text, d.date())
        e = exp["files"].get(f)
        if e is None:
            err(f, "no expectations recorded")
            continue
        if e["key"] != (labels.get(f, [None])[0]):
            err(f, "expect.json key differs from truth")
        for n in e["names"]:
            if n not in text:
                err(f, "program name not in text:", n)
        for iso in e["dates"]:
            if not any(v in text for v in date_variants(iso)):
                err(f, "interview date not in text:", iso)
        for u in e["urls"]:
            if u not in text:
                err(f, "URL not in text:", u)
    for p in truth["program"]:
        if not any(p["institution"] in texts.get(f, "") for f in p["messages"]):
            err(p["key"], "institution name never appears in its mail:", p["institution"])
    n_prog = len(truth["program"])
    n_files = len(files)
    print(f"{n_files} files, {len(truth['unrelated'])} unrelated, {n_prog} programs, counts {counts}")
    if ERR:
        print("\n".join("ERROR: " + e for e in ERR))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
