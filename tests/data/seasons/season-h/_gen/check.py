#!/usr/bin/env python3
"""Check season-h: Maildir structure, MIME parsing, labels, expected strings, weekdays, counts."""
import datetime as dt
import html
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
MAIL = os.path.join(ROOT, "mail")
STATUSES = {"invited", "scheduled", "completed", "declined", "cancelled", "waitlisted", "rejected"}
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).lower()


def decoded_text(msg):
    chunks = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if not ctype.startswith("text/"):
            continue
        body = part.get_content()
        if ctype == "text/html":
            chunks.append(html.unescape(body))  # keeps hrefs
            stripped = re.sub(r"<[^>]+>", " ", body)
            chunks.append(html.unescape(stripped))
        elif ctype == "text/calendar":
            chunks.append(body.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";"))
        else:
            chunks.append(body)
    return "\n".join(chunks)


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
FULL = re.compile(rf"\b({DAYS}),? ({MONTHS}) (\d{{1,2}})(?:, (\d{{4}}))?")
ABBR = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun),? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})(?:, (\d{4}))?")
NUMW = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}) \((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\)")


def season_year(month):
    return 2026 if month >= 7 else 2027


def check_weekdays(fname, text):
    for m in FULL.finditer(text):
        day, mon, d, y = m.groups()
        month = dt.datetime.strptime(mon, "%B").month
        year = int(y) if y else season_year(month)
        if dt.date(year, month, int(d)).strftime("%A") != day:
            err(f"{fname}: weekday mismatch '{m.group(0)}'")
    for m in ABBR.finditer(text):
        day, mon, d, y = m.groups()
        month = dt.datetime.strptime(mon, "%b").month
        year = int(y) if y else season_year(month)
        if dt.date(year, month, int(d)).strftime("%a") != day:
            err(f"{fname}: weekday mismatch '{m.group(0)}'")
    for m in NUMW.finditer(text):
        mo, d, y, day = m.groups()
        if dt.date(int(y), int(mo), int(d)).strftime("%a") != day:
            err(f"{fname}: weekday mismatch '{m.group(0)}'")


def main():
    for sub in ("cur", "new", "tmp"):
        if not os.path.isdir(os.path.join(MAIL, sub)):
            err(f"missing mail/{sub}")
    for sub in ("new", "tmp"):
        if os.path.isdir(os.path.join(MAIL, sub)) and os.listdir(os.path.join(MAIL, sub)):
            err(f"mail/{sub} not empty")
    with open(os.path.join(ROOT, "truth.toml"), "rb") as f:
        truth = tomllib.load(f)
    manifest = json.load(open(os.path.join(HERE, "manifest.json"), encoding="utf-8"))
    as_of = dt.datetime.fromisoformat(truth["applicant"]["as_of"])
    files = sorted(os.listdir(os.path.join(MAIL, "cur")))
    fre = re.compile(r"^(\d{10})\.M(\d{3})P1\.[a-z0-9-]+:2,S$")
    seqs = set()
    texts = {}
    for fn in files:
        m = fre.match(fn)
        if not m:
            err(f"bad file name {fn}")
            continue
        if m.group(2) in seqs:
            err(f"duplicate sequence {fn}")
        seqs.add(m.group(2))
        raw = open(os.path.join(MAIL, "cur", fn), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                err(f"{fn}: MIME defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err(f"{fn}: header {k} defects {v.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err(f"{fn}: missing {h}")
        date = parsedate_to_datetime(msg["Date"])
        if int(date.timestamp()) != int(m.group(1)):
            err(f"{fn}: Date header {msg['Date']} != file time")
        if date > as_of:
            err(f"{fn}: dated after as_of")
        if not (dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc) <= date):
            err(f"{fn}: before season")
        text = decoded_text(msg)
        texts[fn] = text
        check_weekdays(fn, text + "\n" + str(msg["Subject"]))
        # every href in the HTML must also be in the plain-text alternative (when one exists)
        plain = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
        htmlp = [p for p in msg.walk() if p.get_content_type() == "text/html"]
        if plain and htmlp:
            ptxt = "\n".join(p.get_content() for p in plain)
            for h in htmlp:
                for url in re.findall(r'href="([^"]+)"', h.get_content()):
                    url = html.unescape(url)
                    if url not in ptxt:
                        err(f"{fn}: URL {url} only in HTML")
        for url in re.findall(r"https?://[^\s<>\"')\]]+", text):
            if not url.startswith("https://"):
                err(f"{fn}: non-https URL {url}")

    # labels
    labelled = {}
    for fn in truth["unrelated"]:
        labelled.setdefault(fn, []).append("unrelated")
    counts = {}
    for p in truth["program"]:
        if p["final_status"] not in STATUSES:
            err(f"{p['key']}: bad status {p['final_status']}")
        exp_inv = p["final_status"] in {"invited", "scheduled", "completed", "declined", "cancelled"}
        if p["invited"] != exp_inv:
            err(f"{p['key']}: invited={p['invited']} inconsistent with {p['final_status']}")
        if p["track"] not in {"categorical", "preliminary"}:
            err(f"{p['key']}: track {p['track']}")
        for fn in p["messages"]:
            labelled.setdefault(fn, []).append(p["key"])
        if p["invited"]:
            counts[p["specialty"]] = counts.get(p["specialty"], 0) + 1
        joined = norm("\n".join(texts.get(fn, "") for fn in p["messages"]))
        if norm(p["institution"]) not in joined:
            err(f"{p['key']}: institution '{p['institution']}' not found in its mail")
    if counts != truth["counts"]:
        err(f"counts {truth['counts']} != computed {counts}")
    for fn in files:
        if fn not in labelled:
            err(f"unlabelled {fn}")
        elif len(labelled[fn]) > 1:
            err(f"{fn} labelled twice {labelled[fn]}")
    for fn in labelled:
        if fn not in files:
            err(f"label without file {fn}")

    # expected strings from the generator
    mf = {e["file"]: e for e in manifest["messages"]}
    if set(mf) != set(files):
        err("manifest and files differ")
    for fn, e in mf.items():
        lab = labelled.get(fn, ["?"])[0]
        if lab != e["label"]:
            err(f"{fn}: manifest label {e['label']} != truth {lab}")
        t = texts.get(fn, "")
        for s in e["names"]:
            if s not in t:
                err(f"{fn}: program name '{s}' not in decoded text")
        for s in e["dates"]:
            if s not in t:
                err(f"{fn}: interview date '{s}' not in decoded text")
    # scheduled/completed programs must carry at least one interview date
    for p in truth["program"]:
        if p["final_status"] in {"scheduled", "completed"}:
            if not any(mf[fn]["dates"] for fn in p["messages"] if fn in mf):
                err(f"{p['key']}: no interview date recorded")

    n_prog = sum(len(p["messages"]) for p in truth["program"])
    print(f"{len(files)} files, {n_prog} program messages, {len(truth['unrelated'])} unrelated, "
          f"{len(truth['program'])} programs, counts {counts}")
    if ERRORS:
        print(f"{len(ERRORS)} problem(s):")
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
