"""Validate batch b26 (stdlib only).  Usage: python3 _gen/check.py"""
import datetime as dt
import email
import email.policy
import html as H
import os
import re
import sys
import tomllib
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ZONES = {"MT": ZoneInfo("America/Denver"), "AZ": ZoneInfo("America/Phoenix"), "CT": ZoneInfo("America/Chicago"),
         "PT": ZoneInfo("America/Los_Angeles"), "UTC": ZoneInfo("UTC")}
KINDS = {"invitation": 22, "waitlist": 8, "rejection": 10, "scheduled": 10, "reminder": 8, "cancellation": 6,
         "info": 10, "other": 6}
INV_PLAT = {"thalamus": 6, "eras": 4, "interview_broker": 3, "email": 9}
SPECS = {"Internal Medicine": 16, "Neurology": 11, "Emergency Medicine": 11, "Pediatrics": 11, "Psychiatry": 8,
         "Orthopaedic Surgery": 8, "Transitional Year": 5}
ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
        "can": "cancellation", "info": "info", "oth": "other"}
SRC = {"thal": "thalamus", "eras": "eras", "ib": "interview_broker", "rcas": "residencycas", "email": "email",
       "fwd": "email", "cal": "other", "gform": "other", "sug": "other", "nrmp": "other", "ooo": "other"}
SPEC = {"em": "Emergency Medicine", "peds": "Pediatrics", "psych": "Psychiatry", "neuro": "Neurology",
        "ortho": "Orthopaedic Surgery", "im": "Internal Medicine", "imprelim": "Internal Medicine",
        "ty": "Transitional Year", "none": None}
KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"]
PLATFORMS = {"email", "thalamus", "eras", "residencycas", "interview_broker", "other"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
P = []


def bad(fn, m):
    P.append(f"{fn}: {m}")


def year_for(m):
    return 2026 if m >= 7 else 2027


def decoded(msg):
    out = [str(msg.get(k, "")) for k in ("Subject", "From", "To")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            s = part.get_content()
            if ct == "text/html":
                s = H.unescape(re.sub(r"<[^>]+>", " ", s))
            out.append(s)
    return "\n".join(out)


def check_weekdays(fn, t):
    t = re.sub(r"[ \t\u00a0\u202f]+", " ", t)
    dn = "|".join(DAYS + [x[:3] for x in DAYS])
    mn = "|".join(MONTHS + [x[:3] for x in MONTHS])
    n = 0
    for m in re.finditer(rf"\b({dn})\.?,? ({mn})\.? (\d{{1,2}})\b(?:,? (20\d\d))?", t):
        w, mo, dd, y = m.groups()
        mi = [x[:3] for x in MONTHS].index(mo[:3]) + 1
        yy = int(y) if y else year_for(mi)
        try:
            x = dt.date(yy, mi, int(dd))
        except ValueError:
            bad(fn, f"bad date {m.group(0)}")
            continue
        if x.weekday() != [z[:3] for z in DAYS].index(w[:3]):
            bad(fn, f"wrong weekday: {m.group(0)}")
        n += 1
    for m in re.finditer(rf"\b({dn})\.?,? (\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?\b", t):
        w, mo, dd, y = m.groups()
        yy = (int(y) if len(y) == 4 else 2000 + int(y)) if y else year_for(int(mo))
        x = dt.date(yy, int(mo), int(dd))
        if x.weekday() != [z[:3] for z in DAYS].index(w[:3]):
            bad(fn, f"wrong weekday: {m.group(0)}")
        n += 1
    for m in re.finditer(rf"\b(\d\d)/(\d\d)/(20\d\d)\s+\|?\s*({dn})\b", t):   # grid rows
        mo, dd, yy, w = m.groups()
        x = dt.date(int(yy), int(mo), int(dd))
        if x.weekday() != [z[:3] for z in DAYS].index(w[:3]):
            bad(fn, f"wrong weekday in grid: {m.group(0)}")
        n += 1
    for m in re.finditer(rf"\b(\d\d)/(\d\d)/(20\d\d) \(({dn})\.?\)", t):
        mo, dd, yy, w = m.groups()
        if dt.date(int(yy), int(mo), int(dd)).weekday() != [z[:3] for z in DAYS].index(w[:3]):
            bad(fn, f"wrong weekday: {m.group(0)}")
    for m in re.finditer(rf"\b({mn}) (\d{{1,2}}), (20\d\d) \(({dn})\)", t):
        mo, dd, yy, w = m.groups()
        mi = [x[:3] for x in MONTHS].index(mo[:3]) + 1
        if dt.date(int(yy), mi, int(dd)).weekday() != [z[:3] for z in DAYS].index(w[:3]):
            bad(fn, f"wrong weekday: {m.group(0)}")
    return n


def forms(x):
    return {f"{MONTHS[x.month - 1]} {x.day}", f"{MONTHS[x.month - 1][:3]} {x.day}", f"{x.month:02d}/{x.day:02d}",
            f"{x.month}/{x.day}"}


def main():
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    zones = dict(l.split() for l in open(os.path.join(HERE, "zones.txt")))
    app = labels.pop("applicant")
    if app != {"email": "renata.solbergachebe@gmail.com", "timezone": "America/Denver",
               "name": "Renata Solberg-Achebe"}:
        bad("labels", "applicant table")
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if set(files) != set(labels):
        bad("labels", f"mismatch files/labels: {set(files) ^ set(labels)}")
    kinds, invp, specs = {}, {}, {}
    n_ics = n_rej_inv = n_excited = n_wd = 0
    for fn in files:
        raw = open(os.path.join(OUT, fn), "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            bad(fn, "non-ASCII bytes on disk")
        if any(len(l) > 998 for l in raw.split(b"\n")):
            bad(fn, "line > 998 octets")
        m0 = email.message_from_bytes(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in list(m0.walk()) + list(msg.walk()):
            if part.defects:
                bad(fn, f"defects {part.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if h not in msg:
                bad(fn, f"missing {h}")
        date = parsedate_to_datetime(msg["Date"])
        if not msg["Date"].startswith(date.strftime("%a")):
            bad(fn, "Date weekday")
        z = ZONES[zones[fn]]
        if date.utcoffset() != date.astimezone(z).utcoffset():
            bad(fn, f"Date offset {date.utcoffset()} does not fit {zones[fn]}")
        lab = labels.get(fn, {})
        keys = list(lab)
        if keys != [k for k in KEYS if k in lab] or set(keys) - set(KEYS):
            bad(fn, f"key order {keys}")
        k = lab["kind"]
        kinds[k] = kinds.get(k, 0) + 1
        if k == "invitation":
            invp[lab["platform"]] = invp.get(lab["platform"], 0) + 1
        if lab.get("specialty"):
            specs[lab["specialty"]] = specs.get(lab["specialty"], 0) + 1
        if lab["platform"] not in PLATFORMS:
            bad(fn, "platform")
        if lab.get("track") not in (None, "categorical", "preliminary", "advanced"):
            bad(fn, "track")
        if lab.get("format") not in (None, "virtual", "in_person", "hybrid"):
            bad(fn, "format")
        if lab.get("specialty") == "Transitional Year" and "track" in lab:
            bad(fn, "TY with track")
        parts = fn[:-4].split("-")
        if parts[0] != "b26" or len(parts) != 5:
            bad(fn, "name parts")
        else:
            if ABBR.get(parts[1]) != k:
                bad(fn, "kind in name")
            if parts[2] not in SRC or (k != "other" and SRC[parts[2]] != lab["platform"]):
                bad(fn, "source in name")
            if k != "other" and SPEC.get(parts[4], "?") != lab.get("specialty"):
                bad(fn, "specialty in name")
            if parts[4] == "imprelim" and lab.get("track") != "preliminary":
                bad(fn, "imprelim without preliminary track")
        if k in ("other",) and set(lab) != {"kind", "platform"}:
            bad(fn, "other must carry only kind/platform")
        text = decoded(msg)
        flat = re.sub(r"\s+", " ", text)
        if lab.get("program") and lab["program"] not in flat:
            bad(fn, f"program not in mail: {lab['program']}")
        if lab.get("track") and lab["track"] not in flat.lower():
            bad(fn, f"track {lab['track']} not written in mail")
        if lab.get("schedule_url") and lab["schedule_url"] not in text:
            bad(fn, "schedule_url not in mail")
        ds = [dt.date.fromisoformat(x) for x in lab.get("interview_dates", [])]
        if k in ("invitation", "scheduled", "reminder", "cancellation") and not ds:
            bad(fn, "no interview dates")
        if ds != sorted(set(ds)):
            bad(fn, "dates not ascending/unique")
        for x in ds:
            if x.weekday() > 4 or not dt.date(2026, 10, 1) <= x <= dt.date(2027, 2, 28):
                bad(fn, f"date {x} weekend/out of season")
            if x <= date.astimezone(ZONES["MT"]).date():
                bad(fn, f"date {x} not after Date header")
            if not any(f in flat for f in forms(x)):
                bad(fn, f"date {x} not written in mail")
        if "respond_by" in lab:
            rb = dt.datetime.fromisoformat(lab["respond_by"])
            if not date <= rb < dt.datetime.combine(ds[0], dt.time(0), ZONES["MT"]):
                bad(fn, "respond_by out of range")
        if k == "rejection" and re.search(r"interview invitations?", flat, re.I):
            n_rej_inv += 1
        if k == "reminder" and re.search(r"excited to host you", flat, re.I):
            n_excited += 1
        for part in msg.walk():
            if part.get_content_type() == "text/calendar":
                n_ics += 1
                cal = part.get_content().replace("\r\n ", "").replace("\n ", "")
                cal = cal[cal.find("BEGIN:VEVENT"):]
                for m in re.finditer(r"DTSTART(;TZID=([\w/]+))?:(\d{8})T(\d{6})(Z?)", cal):
                    tzid, ymd, hms, zz = m.group(2), m.group(3), m.group(4), m.group(5)
                    t = dt.datetime.strptime(ymd + hms, "%Y%m%d%H%M%S")
                    t = t.replace(tzinfo=ZONES["UTC"] if zz else ZoneInfo(tzid))
                    if t.astimezone(ZONES["MT"]).date() not in ds:
                        bad(fn, f"ics DTSTART {t} not on a labelled day")
        n_wd += check_weekdays(fn, text)
    if kinds != KINDS:
        bad("counts", f"kinds {kinds}")
    if invp != INV_PLAT:
        bad("counts", f"invitation platforms {invp}")
    if specs != SPECS:
        bad("counts", f"specialties {specs}")
    if n_rej_inv != 5:
        bad("counts", f"rejections quoting invitation: {n_rej_inv}")
    if n_excited != 4:
        bad("counts", f"'excited to host you' reminders: {n_excited}")
    if n_ics != 3:
        bad("counts", f".ics attachments: {n_ics}")
    readme = open(os.path.join(OUT, "README.md"), encoding="utf-8").read() if os.path.exists(
        os.path.join(OUT, "README.md")) else ""
    for kk, v in KINDS.items():
        if not re.search(rf"\| {kk} \| {v} \|", readme):
            bad("README", f"count row for {kk}")
    for s, v in SPECS.items():
        if f"{s} {v}" not in readme:
            bad("README", f"specialty count {s} {v}")
    print(f"{len(files)} files, {n_wd} weekday+date mentions checked, {n_ics} .ics")
    if P:
        print("\n".join(P))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
