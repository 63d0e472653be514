"""Check batch b18: MIME defects, labels <-> files, label vocabulary, and that labelled
program names, interview dates and schedule URLs appear in the decoded mail."""
import collections
import datetime as dt
import email
import email.policy
import html as htmllib
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.dirname(HERE)

KINDS = {"invitation": 22, "waitlist": 8, "rejection": 9, "scheduled": 9, "reminder": 8,
         "cancellation": 6, "info": 10, "other": 8}
PLATFORMS = {"email", "thalamus", "eras", "interview_broker", "other"}
SPECIALTIES = {"Surgery", "Otolaryngology - Head and Neck Surgery", "Interventional Radiology - Integrated",
               "Internal Medicine/Pediatrics", "Child Neurology", "Transitional Year"}
TRACKS = {"categorical", "preliminary", "advanced", "transitional"}
FORMATS = {"virtual", "in_person", "hybrid"}
KEYS = {"kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by", "schedule_url"}
ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
        "can": "cancellation", "info": "info", "oth": "other"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

errors = []


def err(f, m):
    errors.append(f"{f}: {m}")


def decoded(msg):
    """All human-visible text: From/To/Subject headers, text parts, HTML (tags stripped + raw), attachments."""
    parts = [str(msg.get("From", "")), str(msg.get("Subject", ""))]
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if p.get_content_maintype() == "text":
            body = p.get_content()
            if ct == "text/html":
                parts.append(body)  # raw (hrefs)
                body = re.sub(r"(?is)<(script|style).*?</\1>", " ", body)
                body = re.sub(r"<[^>]+>", " ", body)
                body = htmllib.unescape(body)
            elif ct == "text/calendar":
                body = re.sub(r"\r?\n[ \t]", "", body)  # unfold
            parts.append(body)
    t = "\n".join(parts).replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", t)


def sfx(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def date_in(iso, text):
    d = dt.date.fromisoformat(iso)
    M, m3 = d.strftime("%B"), d.strftime("%b")
    W = d.strftime("%A")
    low = text.lower()
    cands = [iso, d.strftime("%Y%m%d"), f"{M} {d.day}", f"{m3} {d.day}", f"{m3}. {d.day}", f"{d.day} {M}",
             f"{d.month}/{d.day}", d.strftime("%m/%d"), f"{W}, the {d.day}{sfx(d.day)}"]
    for c in cands:
        if re.search(r"(?<![\d/])" + re.escape(c.lower()) + r"(?![\d])", low):
            return True
    # ranges: "Dec 2–4", "December 2-4"
    for mm, a, b in re.findall(r"\b(" + M + "|" + m3 + r")\.? (\d{1,2})\s*[\u2013\-]\s*(\d{1,2})\b", text):
        if int(a) <= d.day <= int(b):
            return True
    return False


def year_for(month):
    return 2026 if month >= 7 else 2027


def weekday_check(f, text):
    pat = r"\b(" + "|".join(WEEKDAYS) + r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun),? (" + "|".join(MONTHS) + \
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.? (\d{1,2})(?:,? (\d{4}))?\b"
    for w, mon, day, yr in re.findall(pat, text):
        mi = next(i for i, m in enumerate(MONTHS) if m.startswith(mon)) + 1
        y = int(yr) if yr else year_for(mi)
        try:
            real = dt.date(y, mi, int(day)).strftime("%A")
        except ValueError:
            err(f, f"impossible date {w} {mon} {day}"); continue
        if not real.startswith(w[:3]):
            err(f, f"weekday mismatch: '{w} {mon} {day} {yr}' is a {real}")
    for mmddyyyy, w in re.findall(r"\b(\d{2}/\d{2}/\d{4}) \((\w+)\)", text):
        real = dt.datetime.strptime(mmddyyyy, "%m/%d/%Y").strftime("%A")
        if real != w:
            err(f, f"weekday mismatch: {mmddyyyy} ({w}) is a {real}")


def main():
    labels = tomllib.load(open(os.path.join(DIR, "labels.toml"), "rb"))
    app = labels.pop("applicant", None)
    if not app or set(app) != {"email", "timezone", "name"}:
        err("labels.toml", "bad [applicant] table")
    files = sorted(f for f in os.listdir(DIR) if f.endswith(".eml"))
    for f in set(files) - set(labels):
        err(f, "file not labelled")
    for f in set(labels) - set(files):
        err(f, "label without file")
    counts = collections.Counter()
    plat = collections.Counter()
    for f in files:
        if f not in labels:
            continue
        lab = labels[f]
        raw = open(os.path.join(DIR, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.defects:
                err(f, f"MIME defects {p.defects}")
        for k, v in msg.items():
            if getattr(v, "defects", None):
                err(f, f"header {k} defects {v.defects}")
        try:
            hdate = email.utils.parsedate_to_datetime(msg["Date"])
        except Exception as e:
            err(f, f"bad Date {e}"); continue
        if app and app["email"] not in raw.decode("utf-8", "replace"):
            err(f, "applicant address not in message")
        text = decoded(msg)
        weekday_check(f, text)
        if set(lab) - KEYS:
            err(f, f"unknown keys {set(lab) - KEYS}")
        kind = lab.get("kind")
        counts[kind] += 1
        plat[lab.get("platform")] += 1
        m = re.match(r"b18-([a-z]+)-([a-z0-9]+)-([a-z0-9]+)-([a-z0-9]+)\.eml$", f)
        if not m or ABBR.get(m.group(1)) != kind:
            err(f, "file name does not match kind/pattern")
        if kind not in KINDS: err(f, f"bad kind {kind}")
        if lab.get("platform") not in PLATFORMS: err(f, "bad platform")
        if "specialty" in lab and lab["specialty"] not in SPECIALTIES: err(f, "bad specialty")
        if "track" in lab and lab["track"] not in TRACKS: err(f, "bad track")
        if "format" in lab and lab["format"] not in FORMATS: err(f, "bad format")
        if kind == "other" and set(lab) != {"kind", "platform"}:
            err(f, "other should carry only kind and platform")
        if "program" in lab and lab["program"] not in text:
            err(f, f"program {lab['program']!r} not found verbatim")
        ds = lab.get("interview_dates", [])
        if kind in ("scheduled", "reminder", "cancellation") and len(ds) > 1:
            err(f, "more than one date on a scheduled/reminder/cancellation")
        if kind in ("scheduled", "reminder") and len(ds) != 1:
            err(f, "scheduled/reminder needs exactly one date")
        if kind in ("waitlist", "rejection", "info", "other") and ds:
            err(f, "dates on a kind that has none")
        for d in ds:
            if not date_in(d, text):
                err(f, f"date {d} not found in text")
            if dt.date.fromisoformat(d).weekday() >= 5:
                err(f, f"date {d} is a weekend")
            if dt.date.fromisoformat(d) <= hdate.date() and kind != "cancellation":
                err(f, f"date {d} not after the mail")
        if "schedule_url" in lab:
            if kind not in ("invitation", "waitlist"): err(f, "schedule_url on wrong kind")
            if lab["schedule_url"] not in text: err(f, "schedule_url not in text")
        if "respond_by" in lab:
            if kind not in ("invitation", "waitlist"): err(f, "respond_by on wrong kind")
            try:
                rb = dt.datetime.fromisoformat(lab["respond_by"])
                if rb.tzinfo is None or not re.search(r"[+-]\d\d:\d\d$", lab["respond_by"]):
                    err(f, "respond_by without offset")
                elif not (hdate < rb < hdate + dt.timedelta(days=30)):
                    err(f, "respond_by not shortly after Date header")
                elif ds and rb.date() >= min(dt.date.fromisoformat(x) for x in ds):
                    err(f, "respond_by after first interview date")
            except ValueError:
                err(f, "respond_by not ISO 8601")
    for k, n in KINDS.items():
        if counts[k] != n:
            err("counts", f"{k}: {counts[k]} != {n}")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(files)} files; kinds {dict(counts)}; platforms {dict(plat)}")


if __name__ == "__main__":
    main()
