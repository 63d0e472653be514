"""Validate batch b25 (standard library only).  Usage: python3 _gen/check.py

- every .eml parses (compat32 and default policies) without defects, is ASCII, lines <= 998 octets, has the usual
  headers; Date header weekday is right and its offset matches the sender's zone (Eastern, Central or +0000);
- labels.toml <-> files one to one; key order and allowed values; file-name parts agree with the labels;
- counts per kind / invitation platform and the numbers stated in README.md;
- labelled program, schedule_url and the written form of every labelled interview date occur in the decoded mail;
- every "weekday + date" written in the mail names the right weekday;
- interview dates: ascending weekdays in the season, after the Date header; respond_by between Date and day one;
- .ics DTSTARTs fall on a labelled interview day.
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
ZONES = {"ET": ZoneInfo("America/New_York"), "CT": ZoneInfo("America/Chicago")}
CT = ZONES["CT"]
P = []
KINDS = {"invitation": 22, "waitlist": 8, "rejection": 10, "scheduled": 10, "reminder": 8, "cancellation": 6,
         "info": 10, "other": 6}
INV_PLATFORMS = {"thalamus": 6, "eras": 4, "interview_broker": 3, "email": 9}
ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
        "can": "cancellation", "info": "info", "oth": "other"}
SOURCE = {"thal": "thalamus", "eras": "eras", "ib": "interview_broker", "rcas": "residencycas", "email": "email",
          "fwd": "email", "cal": "other", "gform": "other", "nrmp": "other", "ooo": "other"}
SPEC = {"gs": "Surgery", "gsprelim": "Surgery", "dr": "Radiology-Diagnostic", "ty": "Transitional Year",
        "pmr": "Physical Medicine and Rehabilitation", "obgyn": "Obstetrics and Gynecology", "im": "Internal Medicine",
        "imprelim": "Internal Medicine", "fm": "Family Medicine", "none": None}
KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"]
PLATFORMS = {"email", "thalamus", "eras", "residencycas", "interview_broker", "other"}
TRACKS = {"categorical", "preliminary", "advanced"}
FORMATS = {"virtual", "in_person", "hybrid"}
SEASON = (dt.date(2026, 10, 1), dt.date(2027, 2, 28))
HDR = (dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc), dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc))
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DF = {n: i for i, n in enumerate(DAYS)}
DA = {n[:3]: i for i, n in enumerate(DAYS)}
MF = {n: i + 1 for i, n in enumerate(MONTHS)}
MA = {n[:3]: i + 1 for i, n in enumerate(MONTHS)}


def bad(fn, m):
    P.append(f"{fn}: {m}")


def sy(m):
    return 2026 if m >= 7 else 2027


def decoded(msg):
    out = [str(msg[k]) for k in ("Subject", "From", "To") if msg[k] is not None]
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


def weekdays(fn, t):
    t = re.sub(r"[ \t\u00a0\u202f]+", " ", t)
    n = 0

    def test(y, mo, dd, w, what):
        nonlocal n
        try:
            x = dt.date(y, mo, dd)
        except ValueError:
            bad(fn, f"impossible date {what!r}")
            return
        n += 1
        if x.weekday() != w:
            bad(fn, f"wrong weekday in {what!r} ({x:%A})")

    for rx, dm, mm in [(rf"\b({'|'.join(DAYS)}),? ({'|'.join(MONTHS)}) (\d{{1,2}})(?:,? (\d{{4}}))?", DF, MF),
                       (rf"\b({'|'.join(DA)})\.?,? ({'|'.join(MA)})\.? (\d{{1,2}})(?:,? (\d{{4}}))?", DA, MA)]:
        for m in re.finditer(rx, t):
            mo = mm[m.group(2)]
            test(int(m.group(4)) if m.group(4) else sy(mo), mo, int(m.group(3)), dm[m.group(1)], m.group(0))
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}))? \((\w{3,9})\)", t):
        w = DF.get(m.group(4), DA.get(m.group(4)[:3]))
        if w is not None:
            mo = int(m.group(1))
            test(int(m.group(3)) if m.group(3) else sy(mo), mo, int(m.group(2)), w, m.group(0))
    for m in re.finditer(rf"\b({'|'.join(DAYS)}|{'|'.join(DA)}) (\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?", t):
        mo = int(m.group(2))
        test(int(m.group(4)) if m.group(4) else sy(mo), mo, int(m.group(3)), DF.get(m.group(1), DA.get(m.group(1))),
             m.group(0))
    # ERAS-style grid rows: 11/20/2026 | Friday
    for m in re.finditer(rf"\b(\d{{2}})/(\d{{2}})/(\d{{4}}) +\| +({'|'.join(DAYS)}|{'|'.join(DA)})\b", t):
        test(int(m.group(3)), int(m.group(1)), int(m.group(2)), DF.get(m.group(4), DA.get(m.group(4))), m.group(0))
    # plural weekday lists: "Interview Fridays: December 4, December 18 ..." / "Mondays, November 16, ..."
    for m in re.finditer(rf"\b({'|'.join(DAYS)})s\b[^\n]*", t):
        for mm in re.finditer(rf"\b({'|'.join(MONTHS)}) (\d{{1,2}})\b(?!:)", m.group(0)):
            mo = MF[mm.group(1)]
            test(sy(mo), mo, int(mm.group(2)), DF[m.group(1)], f"{m.group(1)}s ... {mm.group(0)}")
    return n


def main():
    labels = tomllib.load(open(os.path.join(OUT, "labels.toml"), "rb"))
    meta = json.load(open(os.path.join(HERE, "forms.json"), encoding="utf-8"))
    app = labels.pop("applicant")
    if app.get("timezone") != "America/Chicago" or not app.get("email") or not app.get("name"):
        bad("labels.toml", "applicant table incomplete")
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if set(files) != set(labels):
        bad("labels.toml", f"unmatched: {sorted(set(files) ^ set(labels))}")
    kinds, invp, spec = {}, {}, {}
    inv_phrase = excited = n_ics = n_wd = 0
    for fn in files:
        lab = labels.get(fn, {})
        raw = open(os.path.join(OUT, fn), "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            bad(fn, "non-ASCII bytes")
        if any(len(x) > 998 for x in raw.split(b"\n")):
            bad(fn, "line over 998 octets")
        for pol in (email.policy.compat32, email.policy.default):
            for part in email.message_from_bytes(raw, policy=pol).walk():
                if part.defects:
                    bad(fn, f"defects {part.defects}")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                bad(fn, f"missing {h}")
        date = parsedate_to_datetime(msg["Date"])
        zone = meta.get(fn, {}).get("zone")
        if not (HDR[0] <= date <= HDR[1]):
            bad(fn, "Date header out of season")
        if msg["Date"][:3] != f"{date:%a}":
            bad(fn, "Date header weekday wrong")
        want = dt.timedelta(0) if zone == "UTC" else date.astimezone(ZONES[zone]).utcoffset() if zone in ZONES \
            else None
        if want is None or date.utcoffset() != want:
            bad(fn, f"Date offset {date.utcoffset()} does not fit zone {zone}")
        text = decoded(msg)
        norm = text.replace("\u2019", "'")
        n_wd += weekdays(fn, text)
        parts = fn[:-4].split("-")
        if len(parts) != 5 or parts[0] != "b25":
            bad(fn, "bad file name")
        else:
            if ABBR.get(parts[1]) != lab.get("kind"):
                bad(fn, "kind part vs label")
            if parts[2] in SOURCE and lab.get("kind") != "other" and SOURCE[parts[2]] != lab.get("platform"):
                bad(fn, "source part vs platform")
            if lab.get("kind") != "other" and (parts[4] not in SPEC or SPEC[parts[4]] != lab.get("specialty")):
                bad(fn, "specialty part vs label")
            if parts[4] in ("gsprelim", "imprelim") and lab.get("track") != "preliminary":
                bad(fn, "prelim part without preliminary track")
        ks = list(lab)
        if [k for k in KEYS if k in ks] != ks:
            bad(fn, f"key order/unknown keys {ks}")
        if lab.get("kind") not in KINDS or lab.get("platform") not in PLATFORMS:
            bad(fn, "unknown kind/platform")
        if "track" in lab and lab["track"] not in TRACKS:
            bad(fn, "unknown track")
        if lab.get("specialty") == "Transitional Year" and "track" in lab:
            bad(fn, "TY carries a track")
        if "format" in lab and lab["format"] not in FORMATS:
            bad(fn, "unknown format")
        if lab.get("kind") == "other" and set(lab) != {"kind", "platform"}:
            bad(fn, "other with extra labels")
        if lab.get("kind") in ("waitlist", "rejection", "info") and "format" in lab:
            bad(fn, "format on waitlist/rejection/info")
        if "schedule_url" in lab and lab["kind"] not in ("invitation", "waitlist"):
            bad(fn, "schedule_url on wrong kind")
        if "respond_by" in lab and lab["kind"] != "invitation":
            bad(fn, "respond_by on non-invitation")
        if lab.get("kind") in ("invitation", "scheduled", "reminder", "cancellation") and "interview_dates" not in lab:
            bad(fn, "missing interview_dates")
        if lab.get("kind") in ("scheduled", "reminder", "cancellation") and len(lab.get("interview_dates", [])) != 1:
            bad(fn, "booking/reminder/cancellation should label one day")
        kinds[lab.get("kind")] = kinds.get(lab.get("kind"), 0) + 1
        if lab.get("kind") == "invitation":
            invp[lab["platform"]] = invp.get(lab["platform"], 0) + 1
        if lab.get("specialty"):
            spec[lab["specialty"]] = spec.get(lab["specialty"], 0) + 1
        if "program" in lab and lab["program"].replace("\u2019", "'") not in norm:
            bad(fn, f"program {lab['program']!r} not in mail")
        if "schedule_url" in lab and lab["schedule_url"] not in text:
            bad(fn, "schedule_url not in mail")
        ds = [dt.date.fromisoformat(x) for x in lab.get("interview_dates", [])]
        fm = meta.get(fn, {}).get("forms", {})
        if sorted(fm) != [x.isoformat() for x in ds]:
            bad(fn, "forms.json vs interview_dates")
        for k, v in fm.items():
            if v not in text:
                bad(fn, f"written form {v!r} of {k} not in mail")
        local = date.astimezone(CT).date()
        if ds:
            if ds != sorted(set(ds)):
                bad(fn, "dates not ascending/unique")
            for x in ds:
                if x.weekday() > 4 or not (SEASON[0] <= x <= SEASON[1]):
                    bad(fn, f"{x} weekend or out of season")
            if ds[0] <= local:
                bad(fn, "interview date not after Date header")
        if "respond_by" in lab:
            rb = dt.datetime.fromisoformat(lab["respond_by"])
            if rb.tzinfo is None or not (date < rb) or (ds and rb.date() >= ds[0]):
                bad(fn, "respond_by out of order or naive")
        for part in msg.walk():
            if part.get_content_type() == "text/calendar":
                n_ics += 1
                body = part.get_content()
                for m in re.finditer(r"^DTSTART(?:;TZID=([^:]+))?:(\d{8})T(\d{6})(Z?)",
                                     body[body.find("BEGIN:VEVENT"):], re.M):
                    x = dt.datetime.strptime(m.group(2) + m.group(3), "%Y%m%d%H%M%S")
                    if m.group(4):
                        x = x.replace(tzinfo=dt.timezone.utc).astimezone(ZONES["ET"])
                    if x.date() not in ds:
                        bad(fn, f"ics DTSTART {x.date()} not a labelled day")
        low = norm.lower()
        if lab.get("kind") == "rejection" and "interview invitation" in low:
            inv_phrase += 1
        if lab.get("kind") == "reminder" and "excited to host you" in low:
            excited += 1
    if kinds != KINDS:
        bad("counts", f"kinds {kinds}")
    if invp != INV_PLATFORMS:
        bad("counts", f"invitation platforms {invp}")
    readme = open(os.path.join(OUT, "README.md"), encoding="utf-8").read()
    for k, v in KINDS.items():
        if not re.search(rf"^\| {k} \| {v} \|", readme, re.M):
            bad("README.md", f"count row for {k}")
    for s, n in spec.items():
        if f"{s} {n}" not in readme:
            bad("README.md", f"specialty count '{s} {n}' not stated")
    for what, n, rx in [("rejections quoting 'interview invitation'", inv_phrase, r"(\d+) mention \"interview invitation"),
                        ("reminders 'excited to host you'", excited, r"(\d+) say \"[Ww]e are (?:so )?excited to host you"),
                        (".ics attachments", n_ics, r"(\d+) `\.ics` attachments")]:
        m = re.search(rx, readme)
        if not m or int(m.group(1)) != n:
            bad("README.md", f"{what}: mail has {n}, README says {m.group(1) if m else 'nothing'}")
    if not 4 <= inv_phrase <= 6:
        bad("counts", f"{inv_phrase} rejections quote 'interview invitation'")
    if excited < 3 or n_ics < 2:
        bad("counts", "too few 'excited to host you' reminders or .ics parts")
    if not os.path.exists(os.path.join(OUT, "NOT_TRAINED")):
        bad("folder", "NOT_TRAINED missing")
    if P:
        print("\n".join(P))
        print(f"{len(P)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(files)} files, {n_wd} weekday+date mentions verified, {n_ics} .ics parts, {inv_phrase} "
          f"rejections quote 'interview invitation', {excited} reminders say 'excited to host you'; "
          f"specialties {dict(sorted(spec.items()))}")


if __name__ == "__main__":
    main()
