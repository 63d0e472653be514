#!/usr/bin/env python3
"""Checker for batch b20 (standard library only). Exit status 1 on any problem."""
import datetime as dt
import email
import email.policy
import html
import json
import os
import re
import sys
import tomllib
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PROBLEMS = []

KINDS = {"invitation": 22, "waitlist": 8, "rejection": 9, "scheduled": 9, "reminder": 8,
         "cancellation": 6, "info": 10, "other": 8}
ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
        "can": "cancellation", "info": "info", "oth": "other"}
PLATFORMS = {"email", "thalamus", "eras", "residencycas", "interview_broker", "other"}
SPECIALTIES = {"Internal Medicine", "Neurology", "Obstetrics and Gynecology", "Diagnostic Radiology",
               "Transitional Year"}
TRACKS = {"categorical", "preliminary", "advanced", "transitional"}
FORMATS = {"virtual", "in_person", "hybrid"}
KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
WDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SEASON = (dt.date(2026, 9, 1), dt.date(2027, 2, 28))


def bad(f, msg):
    PROBLEMS.append(f"{f}: {msg}")


def month_no(s):
    s = s.lower().rstrip(".")
    for i, m in enumerate(MONTHS):
        if m.startswith(s[:3]) and (s == m or len(s) <= 4):
            return i + 1
    return None


def wday_no(s):
    s = s.lower().rstrip(".")
    for i, w in enumerate(WDAYS):
        if w.startswith(s[:3]) and (s == w or len(s) <= 4):
            return i
    return None


def infer_year(m, y):
    if y:
        y = int(y)
        return y + 2000 if y < 100 else y
    return 2026 if m >= 7 else 2027


def decoded(msg):
    """All header and body text, HTML both raw and tag-stripped."""
    chunks = []
    for h in ("From", "To", "Subject", "Reply-To"):
        if msg[h]:
            chunks.append(str(msg[h]))
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            c = p.get_content()
            chunks.append(c)
            if p.get_content_subtype() == "html":
                t = re.sub(r"<br\s*/?>", "\n", c)
                t = re.sub(r"</(p|tr|div|h\d|li)>", "\n", t)
                t = re.sub(r"<[^>]+>", " ", t)
                chunks.append(html.unescape(t))
            if p.get_content_subtype() == "calendar":
                chunks.append(re.sub(r"\r?\n[ \t]", "", c))
    return "\n".join(chunks)


WD = r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?"
MO = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:uary|ruary|ch|il|e|y|ust|ember|ober)?\.?"
P1 = re.compile(WD + r",?\s+" + MO + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")
P2 = re.compile(WD + r",?\s+(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
P3 = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\s+\(" + WD + r"\)")
P4 = re.compile(WD + r",?\s+(\d{1,2})\s+" + MO + r"\s+(\d{4})")
P5 = re.compile(WD + r" the (\d{1,2})(?:st|nd|rd|th)\b")
P6 = re.compile(r"^\s*" + WD + r"\s+(\d{1,2})\s*$", re.M)


def check_weekdays(f, text):
    n = 0

    def chk(w, y, m, d, src):
        nonlocal n
        n += 1
        try:
            date = dt.date(y, m, d)
        except ValueError:
            bad(f, f"impossible date {src!r}")
            return
        if date.weekday() != wday_no(w):
            bad(f, f"weekday mismatch {src!r} (is {date:%A})")

    for mt in P1.finditer(text):
        m = month_no(mt.group(2))
        chk(mt.group(1), infer_year(m, mt.group(4)), m, int(mt.group(3)), mt.group(0))
    for mt in P2.finditer(text):
        m = int(mt.group(2))
        chk(mt.group(1), infer_year(m, mt.group(4)), m, int(mt.group(3)), mt.group(0))
    for mt in P3.finditer(text):
        chk(mt.group(4), int(mt.group(3)), int(mt.group(1)), int(mt.group(2)), mt.group(0))
    for mt in P4.finditer(text):
        chk(mt.group(1), int(mt.group(4)), month_no(mt.group(3)), int(mt.group(2)), mt.group(0))
    for mt in P5.finditer(text):   # "Tuesday the 8th ... of December": next month name after it
        rest = text[mt.end():mt.end() + 200]
        mm = re.search(r"\bof\s+(" + "|".join(x.capitalize() for x in MONTHS) + r")\b", rest)
        if not mm:
            bad(f, f"cannot find month for {mt.group(0)!r}")
            continue
        m = month_no(mm.group(1))
        chk(mt.group(1), infer_year(m, None), m, int(mt.group(2)), mt.group(0) + " … " + mm.group(0))
    cur = None  # weekdays listed under a month heading
    for line in text.splitlines():
        s = line.strip()
        if s.lower() in MONTHS:
            cur = month_no(s)
            continue
        mt = P6.match(line)
        if mt and cur:
            chk(mt.group(1), infer_year(cur, None), cur, int(mt.group(2)), f"{s} (under month {cur})")
        elif s and not mt:
            cur = cur if s.lower() in MONTHS else None
    return n


def main():
    labels = tomllib.load(open(os.path.join(OUT, "labels.toml"), "rb"))
    forms = json.load(open(os.path.join(HERE, "forms.json"), encoding="utf-8"))
    app = labels.pop("applicant")
    if app.get("timezone") != "America/Los_Angeles" or not app.get("email", "").endswith("@gmail.com"):
        bad("applicant", "bad applicant table")
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    for f in files:
        if f not in labels:
            bad(f, "file not labelled")
    for f in labels:
        if f not in files:
            bad(f, "label without file")
    counts = {}
    nweek = 0
    for f in files:
        lab = labels.get(f)
        if lab is None:
            continue
        raw = open(os.path.join(OUT, f), "rb").read()
        # RFC 5322 sanity: header/body separator, line lengths
        if b"\n\n" not in raw:
            bad(f, "no header/body separator")
        for i, line in enumerate(raw.split(b"\n")):
            if len(line) > 998:
                bad(f, f"line {i + 1} longer than 998 octets")
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            bad(f, "non-ASCII bytes in raw message")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.defects:
                bad(f, f"MIME defects {p.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                bad(f, f"missing {h}")
        try:
            sent = parsedate_to_datetime(msg["Date"])
        except Exception as e:  # noqa: BLE001
            bad(f, f"bad Date {e}")
            continue
        if sent.tzinfo is None:
            bad(f, "Date without offset")
        if not (SEASON[0] <= sent.date() <= SEASON[1]):
            bad(f, f"Date outside season {sent}")
        text = decoded(msg)
        nweek += check_weekdays(f, text)
        # keys and values
        for k in lab:
            if k not in KEYS:
                bad(f, f"unknown key {k}")
        kind = lab.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KINDS:
            bad(f, f"bad kind {kind}")
        parts = f[:-4].split("-")
        if parts[0] != "b20" or ABBR.get(parts[1]) != kind or len(parts) != 5:
            bad(f, "file name does not match b20-<kind>-<source>-<program>-<specialty>")
        if lab.get("platform") not in PLATFORMS:
            bad(f, "bad platform")
        if "specialty" in lab and lab["specialty"] not in SPECIALTIES:
            bad(f, "bad specialty")
        if "track" in lab and lab["track"] not in TRACKS:
            bad(f, "bad track")
        if "format" in lab and lab["format"] not in FORMATS:
            bad(f, "bad format")
        if kind == "other":
            if set(lab) - {"kind", "platform"} or lab["platform"] != "other":
                bad(f, "other must carry only kind and platform=other")
        elif kind != "info" and "program" not in lab:
            bad(f, "missing program")
        if "program" in lab and lab["program"] not in text:
            bad(f, f"program {lab['program']!r} not in decoded mail")
        if "schedule_url" in lab:
            if kind not in ("invitation", "waitlist"):
                bad(f, "schedule_url on non-invitation/waitlist")
            if lab["schedule_url"] not in text:
                bad(f, "schedule_url not in decoded mail")
        if "respond_by" in lab:
            if kind not in ("invitation", "waitlist"):
                bad(f, "respond_by on non-invitation/waitlist")
            try:
                rb = dt.datetime.fromisoformat(lab["respond_by"])
            except ValueError:
                bad(f, "respond_by not ISO-8601")
                rb = None
            if rb is not None:
                if rb.tzinfo is None:
                    bad(f, "respond_by without offset")
                elif not (sent < rb < sent + dt.timedelta(days=30)):
                    bad(f, f"respond_by {rb} not shortly after Date {sent}")
                elif lab.get("interview_dates") and rb.date() >= dt.date.fromisoformat(lab["interview_dates"][0]):
                    bad(f, "respond_by not before first interview date")
        ds = lab.get("interview_dates", [])
        if kind in ("waitlist", "rejection", "info", "other") and ds and kind != "waitlist":
            bad(f, f"{kind} must not carry interview_dates")
        if kind in ("scheduled", "reminder") and len(ds) != 1:
            bad(f, "scheduled/reminder need exactly one date")
        if kind == "cancellation" and len(ds) > 1:
            bad(f, "cancellation with more than one date")
        if kind == "invitation" and not ds:
            bad(f, "invitation without dates")
        dd = [dt.date.fromisoformat(x) for x in ds]
        if dd != sorted(set(dd)):
            bad(f, "interview_dates not ascending/unique")
        for x in dd:
            if not (SEASON[0] <= x <= SEASON[1]):
                bad(f, f"interview date {x} outside season")
            if x <= sent.date():
                bad(f, f"interview date {x} not after Date header")
            if x.weekday() >= 5:
                bad(f, f"interview date {x} on a weekend")
        fm = forms.get(f, {})
        if sorted(fm) != sorted(ds):
            bad(f, f"written forms {sorted(fm)} do not match interview_dates {ds}")
        for k, v in fm.items():
            if v not in text:
                bad(f, f"written form {v!r} for {k} not in decoded mail")
    for k, n in KINDS.items():
        if counts.get(k, 0) != n:
            bad("counts", f"{k}: {counts.get(k, 0)} != {n}")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"{len(PROBLEMS)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(files)} files, counts {counts}, {nweek} weekday-dated mentions verified")


if __name__ == "__main__":
    main()
