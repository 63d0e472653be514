"""Check b19: every .eml parses without MIME defects, labels <-> files, label values, counts, and that
labelled program names, interview dates and schedule URLs appear in the decoded mail.

    python3 _gen/check.py
"""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import html
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)

KINDS = {"invitation": 22, "waitlist": 8, "rejection": 9, "scheduled": 9, "reminder": 8, "cancellation": 6,
         "info": 10, "other": 8}
PLATFORMS = {"email", "thalamus", "eras", "interview_broker", "other"}
SPECIALTIES = {"Psychiatry", "Dermatology", "Transitional Year", "Internal Medicine",
               "Pathology-Anatomic and Clinical", "Family Medicine"}
TRACKS = {"categorical", "preliminary", "advanced", "transitional"}
FORMATS = {"virtual", "in_person", "hybrid"}
KEYS = {"kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

errors = []


def err(f, m):
    errors.append(f"{f}: {m}")


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def decoded(msg, fname):
    parts = [str(msg.get("Subject", "")), str(msg.get("From", ""))]
    for p in msg.walk():
        if p.defects:
            err(fname, f"defects in {p.get_content_type()}: {p.defects}")
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct.startswith("text/"):
            c = p.get_content()
            if isinstance(c, bytes):
                c = c.decode("utf-8")
            if ct == "text/html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c)) + "\n" + html.unescape(c)
            if ct == "text/calendar":
                c = c.replace("\r\n ", "").replace("\n ", "")
            parts.append(c)
    return re.sub(r"[ \t\r]+", " ", "\n".join(parts))


def date_present(text, iso):
    d = dt.date.fromisoformat(iso)
    mon, ab = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    pats = [rf"\b(?:{mon}|{ab})\.? {d.day}(?!\d)", rf"(?<![\d/]){d.month}/{d.day}(?![\d])",
            rf"{d.month:02d}/{d.day:02d}/{d.year}", iso, d.strftime("%Y%m%d"),
            rf"{WEEKDAYS[d.weekday()]}, the {ordinal(d.day)}\b"]
    if any(re.search(p, text) for p in pats):
        return True
    for m in re.finditer(rf"\b(?:{mon}|{ab})\.? (\d+)\s*[–-]\s*(\d+)\b", text):
        if int(m.group(1)) <= d.day <= int(m.group(2)):
            return True
    return False


def weekday_consistency(text, fname):
    """Every 'Weekday, Month D[, YYYY]' must name the right weekday."""
    rx = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? (" + "|".join(m[:3] for m in MONTHS) +
                    r")[a-z]*\.? (\d{1,2})(?:, (\d{4}))?")
    for m in rx.finditer(text):
        mi = [x[:3] for x in MONTHS].index(m.group(2)) + 1
        year = int(m.group(4)) if m.group(4) else (2026 if mi >= 7 else 2027)
        try:
            d = dt.date(year, mi, int(m.group(3)))
        except ValueError:
            err(fname, f"bad date {m.group(0)}")
            continue
        if d.strftime("%a") != m.group(1):
            err(fname, f"weekday mismatch: {m.group(0)!r} is a {d.strftime('%A')}")
    for m in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* \(?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?", text):
        mi, di = int(m.group(2)), int(m.group(3))
        year = int(m.group(4)) if m.group(4) else (2026 if mi >= 7 else 2027)
        if dt.date(year, mi, di).strftime("%a") != m.group(1):
            err(fname, f"weekday mismatch: {m.group(0)!r}")
    for m in re.finditer(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))? \((Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\)", text):
        mi, di = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else (2026 if mi >= 7 else 2027)
        if dt.date(year, mi, di).strftime("%a") != m.group(4):
            err(fname, f"weekday mismatch: {m.group(0)!r}")


def main():
    with open(os.path.join(DIR, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    app = labels.pop("applicant")
    assert set(app) == {"email", "timezone", "name"}, app
    files = sorted(f for f in os.listdir(DIR) if f.endswith(".eml"))
    for f in files:
        if f not in labels:
            err(f, "file not labelled")
    for f in labels:
        if f not in files:
            err(f, "label without file")
    counts = collections.Counter()
    platforms = collections.Counter()
    for f in files:
        lab = labels.get(f)
        if lab is None:
            continue
        raw = open(os.path.join(DIR, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        text = decoded(msg, f)
        weekday_consistency(text, f)
        if set(lab) - KEYS:
            err(f, f"unknown keys {set(lab) - KEYS}")
        kind = lab.get("kind")
        counts[kind] += 1
        platforms[lab.get("platform")] += 1
        abbrev = {"invitation": "inv", "waitlist": "wl", "rejection": "rej", "scheduled": "sch", "reminder": "rem",
                  "cancellation": "can", "info": "info", "other": "oth"}.get(kind)
        if not f.startswith(f"b19-{abbrev}-"):
            err(f, "file name does not match kind")
        if kind not in KINDS:
            err(f, f"kind {kind}")
        if lab.get("platform") not in PLATFORMS:
            err(f, f"platform {lab.get('platform')}")
        if "specialty" in lab and lab["specialty"] not in SPECIALTIES:
            err(f, f"specialty {lab['specialty']}")
        if "track" in lab and lab["track"] not in TRACKS:
            err(f, f"track {lab['track']}")
        if "format" in lab and lab["format"] not in FORMATS:
            err(f, f"format {lab['format']}")
        if kind == "other" and set(lab) != {"kind", "platform"}:
            err(f, "other mail should carry kind and platform only")
        if "program" in lab and lab["program"] not in text:
            err(f, f"program {lab['program']!r} not in decoded text")
        for iso in lab.get("interview_dates", []):
            if not date_present(text, iso):
                err(f, f"interview date {iso} not found in decoded text")
        if kind in ("scheduled", "reminder", "cancellation") and len(lab.get("interview_dates", [None])) != 1:
            err(f, "scheduled/reminder/cancellation must carry exactly one day")
        if kind in ("scheduled", "reminder") and "interview_dates" not in lab:
            err(f, "scheduled/reminder without date")
        if kind == "invitation" and not lab.get("interview_dates"):
            err(f, "invitation without dates")
        if "schedule_url" in lab:
            if kind not in ("invitation", "waitlist"):
                err(f, "schedule_url on a non-invitation")
            if lab["schedule_url"] not in text:
                err(f, f"schedule_url not in decoded text")
        if "respond_by" in lab:
            rb = lab["respond_by"]
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", rb):
                err(f, f"respond_by not ISO-8601 with offset: {rb}")
            else:
                sent = email.utils.parsedate_to_datetime(msg["Date"])
                due = dt.datetime.fromisoformat(rb)
                if not (sent < due < sent + dt.timedelta(days=30)):
                    err(f, f"respond_by {rb} not shortly after Date {msg['Date']}")
                if kind not in ("invitation", "waitlist"):
                    err(f, "respond_by on a non-invitation")
    for k, n in KINDS.items():
        if counts[k] != n:
            err("counts", f"{k}: {counts[k]} != {n}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(files)} files; " + ", ".join(f"{k} {counts[k]}" for k in KINDS))
    print("platforms: " + ", ".join(f"{k} {v}" for k, v in sorted(platforms.items())))


if __name__ == "__main__":
    main()
