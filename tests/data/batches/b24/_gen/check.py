"""Validate batch b24 (standard library only).  Usage: python3 _gen/check.py

Checks
- every .eml parses under the compat32 and default policies without defects, is ASCII on disk, has lines of at
  most 998 octets and the usual headers (From, To, Subject, Date, Message-ID, MIME-Version);
- labels.toml and the .eml files match one to one; key order and allowed values; file-name parts agree with labels;
- counts per kind, per invitation platform, and the other counts stated in README.md;
- each labelled program, URL and the written form of each labelled date (from _gen/forms.json) occur in the mail;
- every "weekday + date" written in the mail is a real calendar date (several forms, including lists);
- Date headers carry the right US Eastern offset (or +0000) and fall in the season;
- .ics DTSTARTs fall on a labelled interview day (a known social-hold exception is listed);
- interview dates are ascending weekdays inside the season and after the Date header; respond_by has an offset,
  is after the Date header and before the first interview day.
"""
import datetime as dt
import email
import email.policy
import html as htmllib
import json
import os
import re
import sys
import tomllib
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ET = ZoneInfo("America/New_York")
P = []

KINDS = {"invitation": 22, "waitlist": 8, "rejection": 10, "scheduled": 10, "reminder": 8, "cancellation": 6,
         "info": 10, "other": 6}
INV_PLATFORMS = {"thalamus": 6, "eras": 4, "interview_broker": 3, "email": 9}
ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
        "can": "cancellation", "info": "info", "oth": "other"}
SOURCE = {"thal": "thalamus", "eras": "eras", "ib": "interview_broker", "rcas": "residencycas", "email": "email",
          "fwd": "email", "cal": "other", "sug": "other", "nrmp": "other", "ooo": "other"}
SPEC = {"peds": "Pediatrics", "im": "Internal Medicine", "impc": "Internal Medicine",
        "imprelim": "Internal Medicine", "neuro": "Neurology", "ty": "Transitional Year", "anes": "Anesthesiology",
        "psych": "Psychiatry", "em": "Emergency Medicine", "none": None}
KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"]
PLATFORMS = {"email", "thalamus", "eras", "residencycas", "interview_broker", "other"}
TRACKS = {"categorical", "preliminary", "advanced", "primary_care"}
FORMATS = {"virtual", "in_person", "hybrid"}
SEASON = (dt.date(2026, 10, 1), dt.date(2027, 2, 28))
HDR = (dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc), dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc))
ICS_EXEMPT = {"b24-inv-email-montefiore-impc.eml"}  # PUBLISH hold for a pre-interview social, not an interview

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DF = {n: i for i, n in enumerate(DAYS)}
DA = {n[:3]: i for i, n in enumerate(DAYS)}
MF = {n: i + 1 for i, n in enumerate(MONTHS)}
MA = {n[:3]: i + 1 for i, n in enumerate(MONTHS)}


def bad(fn, msg):
    P.append(f"{fn}: {msg}")


def season_year(m):
    return 2026 if m >= 7 else 2027


def decoded(msg):
    out = []
    for k in ("Subject", "From", "To"):
        if msg[k] is not None:
            out.append(str(msg[k]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            s = part.get_content()
            if ct == "text/html":
                s = htmllib.unescape(re.sub(r"<[^>]+>", " ", s))
            out.append(s)
    return "\n".join(out)


def check_weekdays(fn, t):
    t = re.sub(r"[ \t\u00a0\u202f]+", " ", t)
    n = 0
    pats = [
        (rf"\b({'|'.join(DAYS)}),? ({'|'.join(MONTHS)}) (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?", DF, MF),
        (rf"\b({'|'.join(DA)})\.?,? ({'|'.join(MA)})\.? (\d{{1,2}})(?:,? (\d{{4}}))?", DA, MA),
    ]
    for rx, dmap, mmap in pats:
        for m in re.finditer(rx, t):
            day, mon, dd, yy = m.group(1), m.group(2), int(m.group(3)), m.group(4)
            mo = mmap[mon]
            y = int(yy) if yy else season_year(mo)
            try:
                x = dt.date(y, mo, dd)
            except ValueError:
                bad(fn, f"impossible date {m.group(0)!r}")
                continue
            n += 1
            if x.weekday() != dmap[day]:
                bad(fn, f"wrong weekday in {m.group(0)!r} ({x:%A})")
    # 12/08/2026 (Tuesday)  |  12/08/2026 (Tue)  |  Tue 12/08/2026 | Tuesday 12/1 | 12/17/2026 (Thu.)
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}))? \((\w{3,9})\.?\)", t):
        mo, dd, yy, day = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
        y = int(yy) if yy else season_year(mo)
        w = DF.get(day, DA.get(day[:3]))
        if w is None:
            continue
        n += 1
        if dt.date(y, mo, dd).weekday() != w:
            bad(fn, f"wrong weekday in {m.group(0)!r}")
    for m in re.finditer(rf"\b({'|'.join(DAYS)}|{'|'.join(DA)}) (\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?", t):
        day, mo, dd, yy = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
        y = int(yy) if yy else season_year(mo)
        n += 1
        if dt.date(y, mo, dd).weekday() != DF.get(day, DA.get(day)):
            bad(fn, f"wrong weekday in {m.group(0)!r}")
    # "Interview Fridays: November 20, December 4, ..."  /  "following Mondays"
    for m in re.finditer(rf"\b({'|'.join(DAYS)})s\b[^\n]*", t):
        w = DF[m.group(1)]
        for mm in re.finditer(rf"\b({'|'.join(MONTHS)}) (\d{{1,2}})\b(?!:)", m.group(0)):
            mo = MF[mm.group(1)]
            x = dt.date(season_year(mo), mo, int(mm.group(2)))
            n += 1
            if x.weekday() != w:
                bad(fn, f"plural weekday list: {mm.group(0)} is not a {m.group(1)}")
    return n


def expected_offset(a):
    return a.astimezone(ET).utcoffset()


def main():
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    with open(os.path.join(HERE, "forms.json"), encoding="utf-8") as fh:
        forms = json.load(fh)
    app = labels.pop("applicant")
    if app.get("timezone") != "America/New_York" or not app.get("email") or not app.get("name"):
        bad("labels.toml", "applicant table incomplete")
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if set(files) != set(labels):
        bad("labels.toml", f"files without labels: {sorted(set(files) - set(labels))}; "
                           f"labels without files: {sorted(set(labels) - set(files))}")
    kinds, invp = {}, {}
    inv_phrase = excited = n_ics = n_wd = 0
    for fn in files:
        lab = labels.get(fn, {})
        raw = open(os.path.join(OUT, fn), "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            bad(fn, "non-ASCII bytes on disk")
        if any(len(x) > 998 for x in raw.split(b"\n")):
            bad(fn, "line longer than 998 octets")
        for pol in (email.policy.compat32, email.policy.default):
            m = email.message_from_bytes(raw, policy=pol)
            for part in m.walk():
                if part.defects:
                    bad(fn, f"defects {part.defects}")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                bad(fn, f"missing {h}")
        date = parsedate_to_datetime(msg["Date"])
        if date.tzinfo is None or not (HDR[0] <= date <= HDR[1]):
            bad(fn, f"Date header out of season or naive: {msg['Date']}")
        elif date.utcoffset() != dt.timedelta(0) and date.utcoffset() != expected_offset(date):
            bad(fn, f"wrong Eastern offset in Date header {msg['Date']}")
        if not re.search(r"^Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), ", raw.decode("ascii", "replace"), re.M):
            bad(fn, "Date header without weekday")
        elif msg["Date"][:3] != f"{date:%a}":
            bad(fn, "Date header weekday wrong")
        text = decoded(msg)
        norm = text.replace("\u2019", "'")
        n_wd += check_weekdays(fn, text)

        # ---- file name vs labels
        parts = fn[:-4].split("-")
        if len(parts) != 5 or parts[0] != "b24":
            bad(fn, "file name is not b24-<kind>-<source>-<program>-<specialty>.eml")
        else:
            if ABBR.get(parts[1]) != lab.get("kind"):
                bad(fn, "kind in name does not match label")
            if parts[2] in SOURCE and lab.get("kind") != "other" and SOURCE[parts[2]] != lab.get("platform"):
                bad(fn, "source in name does not match platform")
            if parts[4] not in SPEC or SPEC[parts[4]] != lab.get("specialty") and lab.get("kind") != "other":
                bad(fn, f"specialty part {parts[4]!r} does not match label")
            if parts[4] == "imprelim" and lab.get("track") != "preliminary":
                bad(fn, "imprelim without preliminary track")
        # ---- label keys and values
        ks = list(lab)
        if [k for k in KEYS if k in ks] != ks:
            bad(fn, f"key order/unknown keys {ks}")
        if lab.get("kind") not in KINDS:
            bad(fn, "unknown kind")
        if lab.get("platform") not in PLATFORMS:
            bad(fn, "unknown platform")
        if "track" in lab and lab["track"] not in TRACKS:
            bad(fn, "unknown track")
        if "format" in lab and lab["format"] not in FORMATS:
            bad(fn, "unknown format")
        if lab.get("kind") == "other" and set(lab) != {"kind", "platform"}:
            bad(fn, "'other' carries extra labels")
        if lab.get("kind") in ("waitlist", "rejection", "info") and "format" in lab:
            bad(fn, "format on waitlist/rejection/info")
        if "schedule_url" in lab and lab["kind"] not in ("invitation", "waitlist"):
            bad(fn, "schedule_url on a non-invitation")
        if lab.get("kind") in ("invitation", "scheduled", "reminder", "cancellation") and "interview_dates" not in lab:
            bad(fn, "missing interview_dates")
        kinds[lab.get("kind")] = kinds.get(lab.get("kind"), 0) + 1
        if lab.get("kind") == "invitation":
            invp[lab["platform"]] = invp.get(lab["platform"], 0) + 1
        # ---- strings present
        if "program" in lab and lab["program"].replace("\u2019", "'") not in norm:
            bad(fn, f"program {lab['program']!r} not in mail")
        if "schedule_url" in lab and lab["schedule_url"] not in text:
            bad(fn, "schedule_url not in mail")
        ds = [dt.date.fromisoformat(x) for x in lab.get("interview_dates", [])]
        fm = forms.get(fn, {})
        if sorted(fm) != [x.isoformat() for x in ds]:
            bad(fn, "forms.json does not match interview_dates")
        for k, v in fm.items():
            if v not in text:
                bad(fn, f"written form {v!r} of {k} not in mail")
        if ds:
            if ds != sorted(set(ds)):
                bad(fn, "interview dates not ascending/unique")
            for x in ds:
                if x.weekday() > 4 or not (SEASON[0] <= x <= SEASON[1]):
                    bad(fn, f"interview date {x} is a weekend or outside the season")
            if ds[0] <= date.astimezone(ET).date():
                bad(fn, "interview date not after Date header")
        if "respond_by" in lab:
            rb = dt.datetime.fromisoformat(lab["respond_by"])
            if rb.tzinfo is None:
                bad(fn, "respond_by without offset")
            elif not (date < rb) or (ds and rb.date() >= ds[0]):
                bad(fn, "respond_by not between Date header and first interview day")
        # ---- ics
        for part in msg.walk():
            if part.get_content_type() == "text/calendar":
                n_ics += 1
                body = part.get_content()
                if fn in ICS_EXEMPT:
                    continue
                for m in re.finditer(r"^DTSTART(;TZID=[^:]+)?:(\d{8})T(\d{6})(Z?)",
                                      body[body.find("BEGIN:VEVENT"):], re.M):
                    x = dt.datetime.strptime(m.group(2) + m.group(3), "%Y%m%d%H%M%S")
                    if m.group(4):
                        x = x.replace(tzinfo=dt.timezone.utc).astimezone(ET)
                    if x.date() not in ds:
                        bad(fn, f"ics DTSTART {x.date()} not a labelled interview day")
        low = norm.lower()
        if lab.get("kind") == "rejection" and "interview invitation" in low:
            inv_phrase += 1
        if lab.get("kind") == "reminder" and "excited to host you" in low:
            excited += 1

    if kinds != KINDS:
        bad("counts", f"kinds {kinds} != {KINDS}")
    if invp != INV_PLATFORMS:
        bad("counts", f"invitation platforms {invp} != {INV_PLATFORMS}")
    readme = open(os.path.join(OUT, "README.md"), encoding="utf-8").read()
    for k, v in KINDS.items():
        if not re.search(rf"^\| {k} \| {v} \|", readme, re.M):
            bad("README.md", f"count row for {k} missing or wrong")
    spec = {}
    for lab in labels.values():
        if lab.get("specialty"):
            spec[lab["specialty"]] = spec.get(lab["specialty"], 0) + 1
    for s, n in spec.items():
        if f"{s} {n}" not in readme:
            bad("README.md", f"specialty count '{s} {n}' not stated")
    stated = {"rejections quoting interview invitation": (inv_phrase, r"(\d+) mention \"interview invitation"),
              "reminders saying excited to host you": (excited, r"(\d+) say \"[Ww]e are excited to host you"),
              ".ics attachments": (n_ics, r"(\d+) `\.ics` attachments")}
    for what, (n, rx) in stated.items():
        m = re.search(rx, readme)
        if not m or int(m.group(1)) != n:
            bad("README.md", f"{what}: mail has {n}, README says {m.group(1) if m else 'nothing'}")
    if inv_phrase < 4 or inv_phrase > 6:
        bad("counts", f"{inv_phrase} rejections quote 'interview invitation' (want about half)")
    if excited < 3:
        bad("counts", "fewer than 3 reminders say 'excited to host you'")
    if n_ics < 2:
        bad("counts", "fewer than 2 .ics attachments")
    if os.path.exists(os.path.join(OUT, "NOT_TRAINED")) is False:
        bad("folder", "NOT_TRAINED missing")
    if P:
        print("\n".join(P))
        print(f"{len(P)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(files)} files, {n_wd} weekday+date mentions verified, {n_ics} .ics parts, "
          f"{inv_phrase} rejections quote 'interview invitation', {excited} reminders say 'excited to host you'")


if __name__ == "__main__":
    main()
