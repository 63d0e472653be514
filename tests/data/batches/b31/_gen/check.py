"""Validate batch b31 (Python 3.11 standard library only).   Usage: python3 _gen/check.py

- every .eml parses with email.policy.default and compat32, without defects; ASCII on disk; lines <= 998 octets;
  the usual headers are present; the Date header's weekday and offset fit the zone recorded in zones.txt; every
  Date lies in Sep 2026 - Jan 2027 (applicant's zone, America/New_York);
- labels.toml and the files match one to one; keys, key order and values come from the vocabulary (kinds,
  platforms, ERAS specialty names, tracks, formats); the applicant table is right;
- file names read b31-<kind>-<source>-<program>-<specialty>.eml and agree with the labels;
- the program label, the track word, the schedule_url and every labelled interview date are written in the decoded
  mail; a mail that writes a track word carries a track label (Transitional Year and `other` mail excepted);
- interview days are weekdays, not holidays, in season and after the Date header (applicant's zone);
- respond_by has an offset and falls between the Date header and the first interview day;
- .ics DTSTARTs (UTC, TZID or floating - floating read in the zone of the message) fall on labelled days;
- every weekday written next to a date is that date's weekday;
- the counts stated in README.md are true.
"""
import datetime as dt
import email
import email.policy
import html
import os
import re
import sys
import tomllib
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
APPLICANT = {"email": "noor.castellanoswhitby@gmail.com", "timezone": "America/New_York",
             "name": "Noor Castellanos-Whitby"}
HOME = ZoneInfo(APPLICANT["timezone"])
ZONES = {"ET": HOME, "UTC": ZoneInfo("UTC")}

KINDS = {"invitation": 22, "waitlist": 8, "rejection": 10, "scheduled": 10, "reminder": 8, "cancellation": 6,
         "info": 10, "other": 6}
INV_PLATFORMS = {"thalamus": 6, "eras": 5, "interview_broker": 3, "email": 8}
INV_FORMATS = {"virtual": 14, "in_person": 7, "hybrid": 1}
SPECIALTIES = {"Psychiatry": 19, "Neurology": 12, "Physical Medicine and Rehabilitation": 11,
               "Family Medicine": 10, "Pediatrics": 8, "Dermatology": 5, "Internal Medicine": 3,
               "Transitional Year": 2, "Surgery": 1}
TRACKS_COUNT = {"categorical": 5, "preliminary": 4, "advanced": 4}
N_REJ_INVITATION = 5
N_REM_EXCITED = 4
N_ICS = 5

ERAS_SPECIALTIES = {"Psychiatry": 19, "Neurology": 12, "Physical Medicine and Rehabilitation": 11,
               "Family Medicine": 10, "Pediatrics": 8, "Dermatology": 5, "Internal Medicine": 3,
               "Transitional Year": 2, "Surgery": 1}
PLATFORMS = {"email", "thalamus", "eras", "residencycas", "interview_broker", "other"}
TRACKS = {"categorical", "preliminary", "advanced"}
FORMATS = {"virtual", "in_person", "hybrid"}
KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"]
KIND_ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
             "can": "cancellation", "info": "info", "oth": "other"}
SOURCE = {"thal": "thalamus", "eras": "eras", "ib": "interview_broker", "email": "email",
          "fwd": "email", "cal": "other", "sug": "other", "nrmp": "other", "ooo": "other", "sent": "other"}
SPEC = {"psych": "Psychiatry", "peds": "Pediatrics", "derm": "Dermatology",
        "pmr": "Physical Medicine and Rehabilitation", "neuro": "Neurology", "fm": "Family Medicine",
        "imprelim": "Internal Medicine", "surgprelim": "Surgery", "ty": "Transitional Year", "none": None}
MAIL_WINDOW = (dt.date(2026, 9, 1), dt.date(2027, 1, 31))
DAY_WINDOW = (dt.date(2026, 10, 1), dt.date(2027, 2, 28))
HOLIDAYS = {dt.date(2026, 11, 26), dt.date(2026, 11, 27), dt.date(2026, 12, 24), dt.date(2026, 12, 25),
            dt.date(2026, 12, 31), dt.date(2027, 1, 1), dt.date(2027, 1, 18)}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PROBLEMS = []


def bad(where, what):
    PROBLEMS.append(f"{where}: {what}")


def text_of(msg):
    out = [str(msg.get(h, "")) for h in ("Subject", "From", "To")]
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() not in ("text/plain", "text/html"):
            continue
        s = part.get_content()
        if part.get_content_type() == "text/html":
            s = html.unescape(re.sub(r"<[^>]+>", " ", s))
        out.append(s)
    return "\n".join(out)


def plain_of(msg):
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            return part.get_content()
    return ""


def yr(month):
    return 2026 if month >= 7 else 2027


def weekday_pairs(fn, text):
    t = re.sub(r"[ \t\u00a0]+", " ", text)
    dn = "|".join(DAYS + [x[:3] for x in DAYS])
    mn = "|".join(MONTHS + [x[:3] for x in MONTHS])
    mi = lambda m: [x[:3] for x in MONTHS].index(m[:3].title()) + 1  # noqa: E731
    wi = lambda w: [x[:3] for x in DAYS].index(w[:3].title())  # noqa: E731
    found = []
    for m in re.finditer(rf"\b({dn})\.?,? ({mn})\.? (\d{{1,2}})\b(?:,? (20\d\d))?", t):
        w, mo, dd, y = m.groups()
        found.append((m.group(0), w, int(y) if y else yr(mi(mo)), mi(mo), int(dd)))
    for m in re.finditer(rf"\b({dn})\.?,? (\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?\b", t):
        w, mo, dd, y = m.groups()
        found.append((m.group(0), w, int(y) if y else yr(int(mo)), int(mo), int(dd)))
    for m in re.finditer(rf"\b(\d\d)/(\d\d)/(20\d\d)\)?\s+\(?({dn})\b", t):
        mo, dd, y, w = m.groups()
        found.append((m.group(0), w, int(y), int(mo), int(dd)))
    for m in re.finditer(rf"\b({mn}) (\d{{1,2}})(?:, (20\d\d))? \(({dn})\.?\)", t):
        mo, dd, y, w = m.groups()
        found.append((m.group(0), w, int(y) if y else yr(mi(mo)), mi(mo), int(dd)))
    for s, w, y, mo, dd in found:
        try:
            x = dt.date(y, mo, dd)
        except ValueError:
            bad(fn, f"impossible date {s!r}")
            continue
        if x.weekday() != wi(w):
            bad(fn, f"weekday does not match date: {s!r}")
    return len(found)


def written(x):
    return {f"{MONTHS[x.month - 1]} {x.day}", f"{MONTHS[x.month - 1][:3]} {x.day}", f"{x.month:02d}/{x.day:02d}",
            f"{x.month}/{x.day}"}


def main():
    labels = tomllib.load(open(os.path.join(OUT, "labels.toml"), "rb"))
    zones = dict(ln.split() for ln in open(os.path.join(HERE, "zones.txt")) if ln.strip())
    if labels.pop("applicant", None) != APPLICANT:
        bad("labels.toml", "applicant table")
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if set(files) != set(labels):
        bad("labels.toml", f"files vs labels: {sorted(set(files) ^ set(labels))}")
    if set(files) != set(zones):
        bad("zones.txt", "files vs zones")
    kinds, plat, fmts, specs, tracks = {}, {}, {}, {}, {}
    n_ics = n_rej = n_exc = n_wd = 0
    for fn in files:
        raw = open(os.path.join(OUT, fn), "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            bad(fn, "non-ASCII bytes on disk")
        if any(len(x) > 998 for x in raw.split(b"\n")):
            bad(fn, "line over 998 octets")
        old = email.message_from_bytes(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in list(old.walk()) + list(msg.walk()):
            if part.defects:
                bad(fn, f"defects {part.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if h not in msg:
                bad(fn, f"no {h} header")
        sent = parsedate_to_datetime(msg["Date"])
        if not msg["Date"].startswith(sent.strftime("%a")):
            bad(fn, "Date weekday")
        zone = ZONES.get(zones.get(fn))
        if zone is None:
            bad(fn, "zone not recorded")
            continue
        if sent.utcoffset() != sent.astimezone(zone).utcoffset():
            bad(fn, f"Date offset {sent.utcoffset()} does not fit {zones[fn]}")
        local = sent.astimezone(HOME).date()
        if not MAIL_WINDOW[0] <= local <= MAIL_WINDOW[1]:
            bad(fn, "Date out of season")

        lab = labels.get(fn, {})
        if set(lab) - set(KEYS) or list(lab) != [k for k in KEYS if k in lab]:
            bad(fn, f"keys {list(lab)}")
        kind = lab.get("kind")
        if kind not in KINDS:
            bad(fn, f"kind {kind!r}")
            continue
        kinds[kind] = kinds.get(kind, 0) + 1
        if lab.get("platform") not in PLATFORMS:
            bad(fn, "platform")
        if "specialty" in lab:
            if lab["specialty"] not in ERAS_SPECIALTIES:
                bad(fn, f"specialty {lab['specialty']!r}")
            specs[lab["specialty"]] = specs.get(lab["specialty"], 0) + 1
        if "track" in lab:
            if lab["track"] not in TRACKS:
                bad(fn, "track value")
            tracks[lab["track"]] = tracks.get(lab["track"], 0) + 1
        if lab.get("specialty") == "Transitional Year" and "track" in lab:
            bad(fn, "Transitional Year takes no track")
        if "format" in lab and lab["format"] not in FORMATS:
            bad(fn, "format value")
        if "schedule_url" in lab and not re.fullmatch(r"https?://\S+", lab["schedule_url"]):
            bad(fn, "schedule_url value")
        if kind == "invitation":
            plat[lab["platform"]] = plat.get(lab["platform"], 0) + 1
            fmts[lab.get("format")] = fmts.get(lab.get("format"), 0) + 1
            if not {"program", "specialty", "format", "interview_dates", "respond_by"} <= set(lab):
                bad(fn, "invitation lacks program/specialty/format/dates/respond_by")
        if kind == "other" and set(lab) != {"kind", "platform"}:
            bad(fn, "other carries kind and platform only")
        if kind in ("waitlist", "rejection", "info") and set(lab) & {"format", "interview_dates", "respond_by",
                                                                     "schedule_url"}:
            bad(fn, "waitlist/rejection/info carries no format, dates, deadline or link")
        if kind in ("waitlist", "rejection") and not {"program", "specialty"} <= set(lab):
            bad(fn, "waitlist/rejection lacks program/specialty")
        if kind in ("scheduled", "reminder", "cancellation"):
            if not {"program", "specialty", "format"} <= set(lab) or len(lab.get("interview_dates", [])) != 1:
                bad(fn, "scheduled/reminder/cancellation needs program, specialty, format and one date")
            if "respond_by" in lab or "schedule_url" in lab:
                bad(fn, "scheduled/reminder/cancellation carries no deadline or link")

        parts = fn[:-4].split("-")
        if len(parts) != 5 or parts[0] != "b31":
            bad(fn, "name must be b31-kind-source-program-specialty.eml")
        else:
            if KIND_ABBR.get(parts[1]) != kind:
                bad(fn, "kind in name")
            if parts[2] not in SOURCE or (kind != "other" and SOURCE[parts[2]] != lab.get("platform")):
                bad(fn, "source in name")
            if kind != "other" and SPEC.get(parts[4], "?") != lab.get("specialty"):
                bad(fn, "specialty in name")
            if parts[4].endswith("prelim") and lab.get("track") != "preliminary":
                bad(fn, "prelim name without preliminary track")

        text = text_of(msg)
        flat = re.sub(r"\s+", " ", text)
        if lab.get("program") and lab["program"] not in flat:
            bad(fn, f"program not written: {lab['program']}")
        if lab.get("track") and lab["track"] not in flat.lower():
            bad(fn, "track word not written")
        if kind != "other" and lab.get("specialty") not in (None, "Transitional Year") and "track" not in lab:
            hit = re.search(r"\b(categorical|preliminary|prelim|advanced)\b",
                            plain_of(msg).replace("Center for Advanced Medicine", ""), re.I)
            if hit:
                bad(fn, f"writes {hit.group(1)!r} but carries no track")
        if lab.get("schedule_url") and lab["schedule_url"] not in text:
            bad(fn, "schedule_url not in mail")
        days = [dt.date.fromisoformat(x) for x in lab.get("interview_dates", [])]
        if days != sorted(set(days)):
            bad(fn, "interview_dates not sorted/unique")
        for x in days:
            if x.weekday() > 4 or x in HOLIDAYS or not DAY_WINDOW[0] <= x <= DAY_WINDOW[1]:
                bad(fn, f"{x} weekend/holiday/out of season")
            if x <= local:
                bad(fn, f"{x} not after the Date header")
            if not any(f in flat for f in written(x)):
                bad(fn, f"{x} not written in mail")
        if "respond_by" in lab:
            rb = dt.datetime.fromisoformat(lab["respond_by"])
            if rb.tzinfo is None or not days or not sent <= rb < dt.datetime.combine(days[0], dt.time(0), HOME):
                bad(fn, "respond_by not between Date and first interview day")
        if kind == "rejection" and re.search(r"interview invitations?", flat, re.I):
            n_rej += 1
        if kind == "reminder" and re.search(r"excited to host you", flat, re.I):
            n_exc += 1
        if kind != "reminder" and re.search(r"excited to host you", flat, re.I):
            bad(fn, "'excited to host you' outside a reminder")
        for part in msg.walk():
            if part.get_content_type() != "text/calendar":
                continue
            n_ics += 1
            cal = part.get_content().replace("\r\n ", "").replace("\n ", "")
            cal = cal[cal.find("BEGIN:VEVENT"):]
            starts = list(re.finditer(r"DTSTART(?:;TZID=([\w/]+))?:(\d{8}T\d{6})(Z?)", cal))
            if not starts:
                bad(fn, ".ics without DTSTART")
            for m in starts:
                tzid, st, z = m.groups()
                t = dt.datetime.strptime(st, "%Y%m%dT%H%M%S")
                t = t.replace(tzinfo=ZONES["UTC"] if z else ZoneInfo(tzid) if tzid else zone)
                if t.astimezone(zone).date() not in days:
                    bad(fn, f".ics DTSTART {t} not on a labelled day")
        n_wd += weekday_pairs(fn, text)

    for name, got, want in (("kinds", kinds, KINDS), ("invitation platforms", plat, INV_PLATFORMS),
                            ("invitation formats", fmts, INV_FORMATS), ("specialties", specs, SPECIALTIES),
                            ("tracks", tracks, TRACKS_COUNT)):
        if got != want:
            bad("counts", f"{name}: {got}")
    if n_rej != N_REJ_INVITATION:
        bad("counts", f"rejections saying 'interview invitation': {n_rej}")
    if n_exc != N_REM_EXCITED:
        bad("counts", f"reminders saying 'excited to host you': {n_exc}")
    if n_ics != N_ICS:
        bad("counts", f".ics attachments: {n_ics}")

    rp = os.path.join(OUT, "README.md")
    readme = open(rp, encoding="utf-8").read() if os.path.exists(rp) else ""
    for k, v in KINDS.items():
        if not re.search(rf"^\| {k} \| {v} \|", readme, re.M):
            bad("README.md", f"count row for {k}")
    for s, v in SPECIALTIES.items():
        if f"{s} {v}" not in readme:
            bad("README.md", f"specialty count '{s} {v}'")
    names = {"thalamus": "Thalamus", "eras": "ERAS", "residencycas": "ResidencyCAS",
             "interview_broker": "Interview Broker", "email": "program e-mail"}
    for p, v in INV_PLATFORMS.items():
        if f"{names[p]} {v}" not in readme:
            bad("README.md", f"invitation platform '{names[p]} {v}'")
    for f, v in INV_FORMATS.items():
        if f"{f.replace('_', ' ')} {v}" not in readme:
            bad("README.md", f"invitation format '{f} {v}'")
    for t, v in TRACKS_COUNT.items():
        if f"{t} {v}" not in readme:
            bad("README.md", f"track count '{t} {v}'")
    for phrase in (f"{N_REJ_INVITATION} rejections", f"{N_REM_EXCITED} reminders", f"{N_ICS} `.ics`",
                   f"{len(files)} files"):
        if phrase not in readme:
            bad("README.md", f"missing claim '{phrase}'")

    print(f"{len(files)} files, {n_wd} weekday+date pairs checked, {n_ics} .ics")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
