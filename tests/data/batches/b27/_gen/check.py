"""Validate batch b27 (standard library only).   Usage: python3 _gen/check.py

Checks: every .eml parses (compat32 and email.policy.default) without defects, is ASCII on disk with lines of at
most 998 octets and carries the usual headers; the Date offset fits the zone recorded in zones.txt and the date lies
in the season; labels.toml matches the files, uses only the label vocabulary and the key order; file names encode
kind / source / specialty; program, track word, schedule_url and every labelled interview date are written in the
decoded mail; interview dates are weekdays in season, after the Date header; respond_by lies between the Date header
and the first interview day; .ics DTSTARTs fall on labelled days; every written weekday+date pair is consistent;
the counts claimed in README.md are true.
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
ET = ZoneInfo("America/New_York")
ZONES = {"ET": ET, "CT": ZoneInfo("America/Chicago"), "UTC": ZoneInfo("UTC")}

KINDS = {"invitation": 22, "waitlist": 8, "rejection": 10, "scheduled": 10, "reminder": 8, "cancellation": 6,
         "info": 10, "other": 6}
INV_PLATFORMS = {"thalamus": 6, "eras": 4, "interview_broker": 3, "residencycas": 2, "email": 7}
INV_FORMATS = {"virtual": 13, "in_person": 8, "hybrid": 1}
SPECIALTIES = {"Anesthesiology": 20, "Internal Medicine": 13, "Surgery": 10, "Obstetrics and Gynecology": 9,
               "Radiology-Diagnostic": 7, "Neurology": 7, "Transitional Year": 4}
N_REJ_QUOTING_INVITATION = 5
N_REMINDERS_EXCITED = 4
N_ICS = 4

# vocabulary (ERAS specialty names from /work/shared/DOMAIN.md)
ERAS_SPECIALTIES = {
    "Anesthesiology", "Child Neurology", "Dermatology", "Diagnostic Radiology/Nuclear Medicine",
    "Emergency Medicine", "Family Medicine", "Internal Medicine", "Internal Medicine/Pediatrics",
    "Internal Medicine/Psychiatry", "Internal Medicine/Emergency Medicine", "Pediatrics/Emergency Medicine",
    "Interventional Radiology - Integrated", "Medical Genetics", "Neurological Surgery", "Neurology",
    "Nuclear Medicine", "Obstetrics and Gynecology", "Occupational and Environmental Medicine",
    "Orthopaedic Surgery", "Otolaryngology - Head and Neck Surgery", "Pathology-Anatomic and Clinical",
    "Pediatrics", "Physical Medicine and Rehabilitation", "Plastic Surgery-Integrated", "Psychiatry",
    "Public Health and General Preventive Medicine", "Radiation Oncology", "Radiology-Diagnostic", "Surgery",
    "Thoracic Surgery - Integrated", "Transitional Year", "Urology", "Vascular Surgery - Integrated"}
KIND_SET = set(KINDS)
PLATFORMS = {"email", "thalamus", "eras", "residencycas", "interview_broker", "other"}
TRACKS = {"categorical", "preliminary", "advanced"}
FORMATS = {"virtual", "in_person", "hybrid"}
KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"]
ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
        "can": "cancellation", "info": "info", "oth": "other"}
SOURCE = {"thal": "thalamus", "eras": "eras", "ib": "interview_broker", "rcas": "residencycas", "email": "email",
          "fwd": "email", "cal": "other", "sug": "other", "nrmp": "other", "ooo": "other", "sent": "other"}
SPEC = {"anes": "Anesthesiology", "dr": "Radiology-Diagnostic", "surg": "Surgery", "surgprelim": "Surgery",
        "obgyn": "Obstetrics and Gynecology", "im": "Internal Medicine", "imprelim": "Internal Medicine",
        "neuro": "Neurology", "ty": "Transitional Year", "none": None}
APPLICANT = {"email": "maren.adeyemiferraro@gmail.com", "timezone": "America/New_York",
             "name": "Maren Adeyemi-Ferraro"}
SEASON_MAIL = (dt.date(2026, 9, 1), dt.date(2027, 1, 31))
SEASON_DAYS = (dt.date(2026, 10, 1), dt.date(2027, 2, 28))
HOLIDAYS = {dt.date(2026, 11, 26), dt.date(2026, 11, 27), dt.date(2026, 12, 24), dt.date(2026, 12, 25),
            dt.date(2026, 12, 31), dt.date(2027, 1, 1), dt.date(2027, 1, 18)}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PROBLEMS = []


def bad(where, what):
    PROBLEMS.append(f"{where}: {what}")


def season_year(month):
    return 2026 if month >= 7 else 2027


def decoded_text(msg):
    out = [str(msg.get(h, "")) for h in ("Subject", "From", "To")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html"):
            s = part.get_content()
            if ct == "text/html":
                s = html.unescape(re.sub(r"<[^>]+>", " ", s))
            out.append(s)
    return "\n".join(out)


def wd_index(w):
    return [x[:3] for x in DAYS].index(w[:3].title())


def mo_index(m):
    return [x[:3] for x in MONTHS].index(m[:3].title()) + 1


def check_weekdays(fn, text):
    """every weekday written next to a date must be that date's weekday; returns the number checked"""
    t = re.sub(r"[ \t\u00a0]+", " ", text)
    dn = "|".join(DAYS + [x[:3] for x in DAYS])
    mn = "|".join(MONTHS + [x[:3] for x in MONTHS])
    found = []
    # Thursday, December 3, 2026 / Thu, Dec 3 / Thursday December 3
    for m in re.finditer(rf"\b({dn})\.?,? ({mn})\.? (\d{{1,2}})\b(?:,? (20\d\d))?", t):
        w, mo, dd, y = m.groups()
        mi = mo_index(mo)
        found.append((m.group(0), w, int(y) if y else season_year(mi), mi, int(dd)))
    # Thursday 11/5 / Thu 11/18/2026 / Tuesday 12/01/2026
    for m in re.finditer(rf"\b({dn})\.?,? (\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?\b", t):
        w, mo, dd, y = m.groups()
        yy = (int(y) if len(y) == 4 else 2000 + int(y)) if y else season_year(int(mo))
        found.append((m.group(0), w, yy, int(mo), int(dd)))
    # 12/08/2026   Tuesday (grids) and 01/14/2027 (Thu.)
    for m in re.finditer(rf"\b(\d\d)/(\d\d)/(20\d\d)\s+\(?({dn})\b", t):
        mo, dd, yy, w = m.groups()
        found.append((m.group(0), w, int(yy), int(mo), int(dd)))
    # November 18, 2026 (Wed) / December 1 (Tue)
    for m in re.finditer(rf"\b({mn}) (\d{{1,2}})(?:, (20\d\d))? \(({dn})\.?\)", t):
        mo, dd, y, w = m.groups()
        mi = mo_index(mo)
        found.append((m.group(0), w, int(y) if y else season_year(mi), mi, int(dd)))
    for s, w, y, mo, dd in found:
        try:
            x = dt.date(y, mo, dd)
        except ValueError:
            bad(fn, f"impossible date: {s!r}")
            continue
        if x.weekday() != wd_index(w):
            bad(fn, f"weekday does not match date: {s!r}")
    return len(found)


def written_forms(x):
    return {f"{MONTHS[x.month - 1]} {x.day}", f"{MONTHS[x.month - 1][:3]} {x.day}", f"{x.month:02d}/{x.day:02d}",
            f"{x.month}/{x.day}"}


def main():
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    zones = dict(ln.split() for ln in open(os.path.join(HERE, "zones.txt")) if ln.strip())
    if labels.pop("applicant", None) != APPLICANT:
        bad("labels.toml", "applicant table")
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if set(files) != set(labels):
        bad("labels.toml", f"files and labels differ: {sorted(set(files) ^ set(labels))}")
    if set(files) != set(zones):
        bad("zones.txt", "files and zones differ")
    kinds, inv_plat, inv_fmt, specs = {}, {}, {}, {}
    n_ics = n_rej_inv = n_excited = n_wd = 0
    for fn in files:
        raw = open(os.path.join(OUT, fn), "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            bad(fn, "non-ASCII bytes on disk")
        if any(len(ln) > 998 for ln in raw.split(b"\n")):
            bad(fn, "line longer than 998 octets")
        legacy = email.message_from_bytes(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in list(legacy.walk()) + list(msg.walk()):
            if part.defects:
                bad(fn, f"MIME defects {part.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if h not in msg:
                bad(fn, f"missing header {h}")
        sent = parsedate_to_datetime(msg["Date"])
        if not msg["Date"].startswith(sent.strftime("%a")):
            bad(fn, "weekday in Date header")
        zone = ZONES.get(zones.get(fn, ""), None)
        if zone is None:
            bad(fn, "no zone recorded")
        elif sent.utcoffset() != sent.astimezone(zone).utcoffset():
            bad(fn, f"Date offset {sent.utcoffset()} does not fit {zones[fn]}")
        if not SEASON_MAIL[0] <= sent.astimezone(ET).date() <= SEASON_MAIL[1]:
            bad(fn, "Date outside Sep 2026 - Jan 2027")

        lab = labels.get(fn, {})
        keys = list(lab)
        if set(keys) - set(KEYS) or keys != [k for k in KEYS if k in lab]:
            bad(fn, f"unknown keys or key order {keys}")
        kind = lab.get("kind")
        if kind not in KIND_SET:
            bad(fn, f"kind {kind!r}")
            continue
        kinds[kind] = kinds.get(kind, 0) + 1
        if lab.get("platform") not in PLATFORMS:
            bad(fn, f"platform {lab.get('platform')!r}")
        if "specialty" in lab and lab["specialty"] not in ERAS_SPECIALTIES:
            bad(fn, f"specialty {lab['specialty']!r} is not an ERAS name")
        if "track" in lab and lab["track"] not in TRACKS:
            bad(fn, f"track {lab['track']!r}")
        if "format" in lab and lab["format"] not in FORMATS:
            bad(fn, f"format {lab['format']!r}")
        if lab.get("specialty") == "Transitional Year" and "track" in lab:
            bad(fn, "Transitional Year carries no track")
        if "schedule_url" in lab and not re.match(r"https?://\S+$", lab["schedule_url"]):
            bad(fn, "schedule_url")
        if kind == "invitation":
            inv_plat[lab["platform"]] = inv_plat.get(lab["platform"], 0) + 1
            inv_fmt[lab.get("format")] = inv_fmt.get(lab.get("format"), 0) + 1
        if lab.get("specialty"):
            specs[lab["specialty"]] = specs.get(lab["specialty"], 0) + 1
        if kind == "other" and set(lab) != {"kind", "platform"}:
            bad(fn, "other mail carries only kind and platform")
        if kind in ("waitlist", "rejection", "info") and set(lab) & {"interview_dates", "respond_by", "format"}:
            bad(fn, "waitlist/rejection/info carries no dates, deadline or format")
        if kind in ("invitation", "scheduled", "reminder", "cancellation") and \
                not {"program", "specialty", "format", "interview_dates"} <= set(lab):
            bad(fn, "missing program/specialty/format/interview_dates")
        if kind in ("scheduled", "reminder", "cancellation") and len(lab.get("interview_dates", [])) != 1:
            bad(fn, "scheduled/reminder/cancellation carries exactly one interview date")
        if kind in ("waitlist", "rejection") and not {"program", "specialty"} <= set(lab):
            bad(fn, "missing program/specialty")

        parts = fn[:-4].split("-")
        if len(parts) != 5 or parts[0] != "b27":
            bad(fn, "file name must be b27-kind-source-program-specialty.eml")
        else:
            if ABBR.get(parts[1]) != kind:
                bad(fn, "kind in file name")
            if parts[2] not in SOURCE or (kind != "other" and SOURCE[parts[2]] != lab.get("platform")):
                bad(fn, "source in file name")
            if kind != "other" and SPEC.get(parts[4], "?") != lab.get("specialty"):
                bad(fn, "specialty in file name")
            if parts[4].endswith("prelim") and lab.get("track") != "preliminary":
                bad(fn, "prelim file without preliminary track")

        text = decoded_text(msg)
        flat = re.sub(r"\s+", " ", text)
        if lab.get("program") and lab["program"] not in flat:
            bad(fn, f"program not written in mail: {lab['program']}")
        if lab.get("track") and lab["track"] not in flat.lower():
            bad(fn, f"track word {lab['track']!r} not written in mail")
        if lab.get("schedule_url") and lab["schedule_url"] not in text:
            bad(fn, "schedule_url not in mail")
        days = [dt.date.fromisoformat(x) for x in lab.get("interview_dates", [])]
        if days != sorted(set(days)):
            bad(fn, "interview_dates not ascending and unique")
        local_sent = sent.astimezone(ET).date()
        for x in days:
            if x.weekday() > 4 or x in HOLIDAYS or not SEASON_DAYS[0] <= x <= SEASON_DAYS[1]:
                bad(fn, f"interview day {x} on a weekend/holiday or out of season")
            if x <= local_sent:
                bad(fn, f"interview day {x} not after the Date header")
            if not any(f in flat for f in written_forms(x)):
                bad(fn, f"interview day {x} not written in mail")
        if "respond_by" in lab:
            rb = dt.datetime.fromisoformat(lab["respond_by"])
            if rb.tzinfo is None:
                bad(fn, "respond_by without offset")
            elif not days or not sent <= rb < dt.datetime.combine(days[0], dt.time(0), ET):
                bad(fn, "respond_by not between Date header and first interview day")
        if kind == "rejection" and re.search(r"interview invitations?", flat, re.I):
            n_rej_inv += 1
        if kind == "reminder" and re.search(r"excited to host you", flat, re.I):
            n_excited += 1
        for part in msg.walk():
            if part.get_content_type() != "text/calendar":
                continue
            n_ics += 1
            cal = part.get_content().replace("\r\n ", "").replace("\n ", "")
            cal = cal[cal.find("BEGIN:VEVENT"):]
            for m in re.finditer(r"DTSTART(?:;TZID=([\w/]+))?:(\d{8}T\d{6})(Z?)", cal):
                tzid, stamp, z = m.groups()
                t = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S")
                t = t.replace(tzinfo=ZONES["UTC"] if z else ZoneInfo(tzid) if tzid else ET)
                if t.astimezone(ET).date() not in days:
                    bad(fn, f".ics DTSTART {t} not on a labelled day")
        n_wd += check_weekdays(fn, text)

    if kinds != KINDS:
        bad("counts", f"kinds {kinds}")
    if inv_plat != INV_PLATFORMS:
        bad("counts", f"invitation platforms {inv_plat}")
    if inv_fmt != INV_FORMATS:
        bad("counts", f"invitation formats {inv_fmt}")
    if specs != SPECIALTIES:
        bad("counts", f"specialties {specs}")
    if n_rej_inv != N_REJ_QUOTING_INVITATION:
        bad("counts", f"rejections quoting 'interview invitation': {n_rej_inv}")
    if n_excited != N_REMINDERS_EXCITED:
        bad("counts", f"reminders saying 'excited to host you': {n_excited}")
    if n_ics != N_ICS:
        bad("counts", f".ics attachments: {n_ics}")

    readme_path = os.path.join(OUT, "README.md")
    readme = open(readme_path, encoding="utf-8").read() if os.path.exists(readme_path) else ""
    for k, v in KINDS.items():
        if not re.search(rf"^\| {k} \| {v} \|", readme, re.M):
            bad("README.md", f"count row for {k}")
    for s, v in SPECIALTIES.items():
        if f"{s} {v}" not in readme:
            bad("README.md", f"specialty count '{s} {v}'")
    for p, v in INV_PLATFORMS.items():
        name = {"thalamus": "Thalamus", "eras": "ERAS", "interview_broker": "Interview Broker",
                "residencycas": "ResidencyCAS", "email": "program e-mail"}[p]
        if f"{name} {v}" not in readme:
            bad("README.md", f"invitation platform count '{name} {v}'")
    for f, v in INV_FORMATS.items():
        if f"{f.replace('_', ' ')} {v}" not in readme:
            bad("README.md", f"invitation format count '{f} {v}'")
    for phrase in (f"{N_REJ_QUOTING_INVITATION} rejections", f"{N_REMINDERS_EXCITED} reminders",
                   f"{N_ICS} `.ics`", f"{len(files)} files"):
        if phrase not in readme:
            bad("README.md", f"missing claim '{phrase}'")

    print(f"{len(files)} files, {n_wd} weekday+date mentions checked, {n_ics} .ics attachments")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
