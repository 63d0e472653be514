"""Validate batch b28 (standard library only).   python3 _gen/check.py"""
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

GEN = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(GEN)
ET = ZoneInfo("America/New_York")
ZONES = {"ET": ET, "CT": ZoneInfo("America/Chicago"), "UTC": ZoneInfo("UTC")}
APPLICANT = {"email": "noemi.cwhitaker@gmail.com", "timezone": "America/New_York",
             "name": "Noemi Castellanos-Whitaker"}

KINDS = {"invitation": 22, "waitlist": 8, "rejection": 10, "scheduled": 10, "reminder": 8, "cancellation": 6,
         "info": 10, "other": 6}
INV_PLATFORMS = {"thalamus": 7, "eras": 3, "interview_broker": 2, "residencycas": 1, "email": 9}
INV_FORMATS = {"virtual": 13, "in_person": 8, "hybrid": 1}
SPECIALTIES = {"Emergency Medicine": 14, "Internal Medicine": 14, "Psychiatry": 11, "Family Medicine": 11,
               "Urology": 8, "Physical Medicine and Rehabilitation": 8, "Transitional Year": 3, "Surgery": 2}
N_REJ_QUOTING_INVITATION = 5
N_EXCITED_REMINDERS = 4
N_ICS = 4

VOCAB_SPECIALTY = {
    "Anesthesiology", "Child Neurology", "Dermatology", "Diagnostic Radiology/Nuclear Medicine", "Emergency Medicine",
    "Family Medicine", "Internal Medicine", "Internal Medicine/Pediatrics", "Interventional Radiology - Integrated",
    "Medical Genetics", "Neurological Surgery", "Neurology", "Nuclear Medicine", "Obstetrics and Gynecology",
    "Occupational and Environmental Medicine", "Orthopaedic Surgery", "Otolaryngology - Head and Neck Surgery",
    "Pathology-Anatomic and Clinical", "Pediatrics", "Physical Medicine and Rehabilitation",
    "Plastic Surgery-Integrated", "Psychiatry", "Public Health and General Preventive Medicine",
    "Radiation Oncology", "Radiology-Diagnostic", "Surgery", "Thoracic Surgery - Integrated", "Transitional Year",
    "Urology", "Vascular Surgery - Integrated"}
KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"]
PLATFORMS = {"email", "thalamus", "eras", "residencycas", "interview_broker", "other"}
TRACKS = {"categorical", "preliminary", "advanced"}
FORMATS = {"virtual", "in_person", "hybrid"}
KIND_ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
             "can": "cancellation", "info": "info", "oth": "other"}
SOURCE = {"thal": "thalamus", "eras": "eras", "ib": "interview_broker", "rcas": "residencycas", "email": "email",
          "fwd": "email", "cal": "other", "gform": "other", "sug": "other", "nrmp": "other", "aua": "other",
          "ooo": "other", "sent": "other"}
SPEC_ABBR = {"em": "Emergency Medicine", "im": "Internal Medicine", "imprelim": "Internal Medicine",
             "psych": "Psychiatry", "fm": "Family Medicine", "uro": "Urology",
             "pmr": "Physical Medicine and Rehabilitation", "ty": "Transitional Year", "surgprelim": "Surgery",
             "none": None}
SEASON_MAIL = (dt.date(2026, 9, 1), dt.date(2027, 1, 31))
SEASON_IV = (dt.date(2026, 10, 1), dt.date(2027, 1, 31))
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PROBLEMS = []


def bad(where, what):
    PROBLEMS.append(f"{where}: {what}")


def season_year(month):
    return 2026 if month >= 7 else 2027


def wd(name):
    return [x[:3] for x in DAYS].index(name[:3])


def mo(name):
    return [x[:3] for x in MONTHS].index(name[:3]) + 1


def decoded_text(msg):
    out = [str(msg.get(h, "")) for h in ("Subject", "From", "To")]
    for part in msg.walk():
        if part.is_multipart() or not part.get_content_type().startswith("text/"):
            continue
        s = part.get_content()
        if part.get_content_type() == "text/html":
            s = html.unescape(re.sub(r"<[^>]+>", " ", s))
        out.append(s)
    return "\n".join(out)


def check_weekdays(fn, text):
    t = re.sub(r"[ \t\u00a0\u202f]+", " ", text)
    dn = "|".join(DAYS + [x[:3] for x in DAYS])
    mn = "|".join(MONTHS + [x[:3] for x in MONTHS])
    n = 0

    def test(w, y, m, dd, raw):
        nonlocal n
        try:
            x = dt.date(y, m, dd)
        except ValueError:
            bad(fn, f"impossible date {raw!r}")
            return
        if x.weekday() != wd(w):
            bad(fn, f"wrong weekday {raw!r}")
        n += 1

    for m in re.finditer(rf"\b({dn})\.?,? ({mn})\.? (\d{{1,2}})\b(?:,? (20\d\d))?", t):
        w, mm, dd, y = m.groups()
        test(w, int(y) if y else season_year(mo(mm)), mo(mm), int(dd), m.group(0))
    for m in re.finditer(rf"\b({dn})\.?,? (\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?\b", t):
        w, mm, dd, y = m.groups()
        yy = (int(y) if len(y) == 4 else 2000 + int(y)) if y else season_year(int(mm))
        test(w, yy, int(mm), int(dd), m.group(0))
    for m in re.finditer(rf"\b(\d{{1,2}})/(\d{{1,2}})/(\d{{2,4}})\s*(?:\||\()\s*({dn})\b", t):
        mm, dd, y, w = m.groups()
        test(w, int(y) if len(y) == 4 else 2000 + int(y), int(mm), int(dd), m.group(0))
    for m in re.finditer(rf"\b({mn}) (\d{{1,2}}), (20\d\d) \(({dn})\)", t):
        mm, dd, y, w = m.groups()
        test(w, int(y), mo(mm), int(dd), m.group(0))
    for m in re.finditer(rf"\b(\d\d)(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b", t):
        pass
    for m in re.finditer(rf"\b(MON|TUE|WED|THU|FRI|SAT|SUN) (\d\d)(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\b",
                         t):
        w, dd, mm = m.groups()
        test(w.title(), season_year(mo(mm.title())), mo(mm.title()), int(dd), m.group(0))
    return n


def date_forms(x):
    return {f"{MONTHS[x.month - 1]} {x.day}", f"{MONTHS[x.month - 1][:3]} {x.day}", f"{x.month:02d}/{x.day:02d}",
            f"{x.month}/{x.day}"}


def ics_starts(part):
    cal = part.get_content().replace("\r\n ", "").replace("\n ", "")
    cal = cal[cal.find("BEGIN:VEVENT"):]
    for m in re.finditer(r"DTSTART(?:;TZID=([\w/]+))?:(\d{8}T\d{6})(Z?)", cal):
        tzid, stamp, z = m.groups()
        t = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S")
        if z:
            t = t.replace(tzinfo=dt.timezone.utc)
        elif tzid:
            t = t.replace(tzinfo=ZoneInfo(tzid))
        else:
            t = t.replace(tzinfo=ET)          # floating time: read in the applicant's zone
        yield t


def main():
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    zones = dict(ln.split() for ln in open(os.path.join(GEN, "zones.txt")) if ln.strip())
    if labels.pop("applicant", None) != APPLICANT:
        bad("labels.toml", "applicant table")
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if set(files) != set(labels):
        bad("labels.toml", f"files and labels differ: {sorted(set(files) ^ set(labels))}")
    if set(files) != set(zones):
        bad("zones.txt", "files and zones differ")
    kinds, inv_plat, inv_fmt, specs = {}, {}, {}, {}
    n_rej_inv = n_excited = n_ics = n_wd = 0
    for fn in files:
        raw = open(os.path.join(OUT, fn), "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            bad(fn, "non-ASCII bytes on disk")
        if any(len(x) > 998 for x in raw.split(b"\n")):
            bad(fn, "line longer than 998 octets")
        old = email.message_from_bytes(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in list(old.walk()) + list(msg.walk()):
            if part.defects:
                bad(fn, f"MIME defects {part.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if h not in msg:
                bad(fn, f"missing header {h}")
        date = parsedate_to_datetime(msg["Date"])
        if not msg["Date"].startswith(date.strftime("%a")):
            bad(fn, "weekday in Date header")
        zone = ZONES.get(zones.get(fn, ""), None)
        if zone is None or date.utcoffset() != date.astimezone(zone).utcoffset():
            bad(fn, f"Date offset {date.utcoffset()} does not fit zone {zones.get(fn)}")
        local = date.astimezone(ET).date()
        if not SEASON_MAIL[0] <= local <= SEASON_MAIL[1]:
            bad(fn, f"Date {local} outside Sep 2026 - Jan 2027")

        lab = labels.get(fn, {})
        keys = list(lab)
        if set(keys) - set(KEYS) or keys != [k for k in KEYS if k in lab]:
            bad(fn, f"keys/order {keys}")
        kind = lab.get("kind")
        if kind not in KINDS:
            bad(fn, f"kind {kind}")
            continue
        kinds[kind] = kinds.get(kind, 0) + 1
        plat = lab.get("platform")
        if plat not in PLATFORMS:
            bad(fn, f"platform {plat}")
        if kind == "invitation":
            inv_plat[plat] = inv_plat.get(plat, 0) + 1
            inv_fmt[lab.get("format")] = inv_fmt.get(lab.get("format"), 0) + 1
        spec = lab.get("specialty")
        if spec is not None:
            if spec not in VOCAB_SPECIALTY:
                bad(fn, f"specialty {spec}")
            specs[spec] = specs.get(spec, 0) + 1
        if lab.get("track") not in (None, *TRACKS):
            bad(fn, f"track {lab.get('track')}")
        if lab.get("format") not in (None, *FORMATS):
            bad(fn, f"format {lab.get('format')}")
        if spec == "Transitional Year" and "track" in lab:
            bad(fn, "Transitional Year carries no track")
        if spec == "Surgery" and lab.get("track") != "preliminary":
            bad(fn, "Surgery in this batch is always the preliminary year")
        if kind == "other" and (set(lab) != {"kind", "platform"} or plat != "other"):
            bad(fn, "other mail carries only kind and platform=other")
        if kind in ("waitlist", "rejection", "info") and "format" in lab and "interview_dates" not in lab:
            bad(fn, "format without dates on a non-interview message")
        if kind == "invitation" and "format" not in lab:
            bad(fn, "invitation without format")

        parts = fn[:-4].split("-")
        if len(parts) != 5 or parts[0] != "b28":
            bad(fn, "file name must be b28-kind-source-program-specialty.eml")
        else:
            if KIND_ABBR.get(parts[1]) != kind:
                bad(fn, "kind in file name")
            if parts[2] not in SOURCE or (kind != "other" and SOURCE[parts[2]] != plat):
                bad(fn, "source in file name")
            if kind != "other" and SPEC_ABBR.get(parts[4], "?") != spec:
                bad(fn, "specialty in file name")
            if parts[4].endswith("prelim") and lab.get("track") != "preliminary":
                bad(fn, "prelim file without preliminary track")

        text = decoded_text(msg)
        flat = re.sub(r"\s+", " ", text)
        if lab.get("program") and lab["program"] not in flat:
            bad(fn, f"program {lab['program']!r} not written in the mail")
        if lab.get("track") and lab["track"] not in flat.lower():
            bad(fn, f"track {lab['track']!r} not written in the mail")
        if lab.get("schedule_url") and lab["schedule_url"] not in text:
            bad(fn, "schedule_url not in the mail")

        ds = [dt.date.fromisoformat(x) for x in lab.get("interview_dates", [])]
        if kind in ("invitation", "scheduled", "reminder", "cancellation") and not ds:
            bad(fn, "no interview dates")
        if kind in ("scheduled", "reminder", "cancellation") and len(ds) != 1:
            bad(fn, "scheduled/reminder/cancellation should carry exactly one date")
        if ds != sorted(set(ds)):
            bad(fn, "dates not ascending and unique")
        for x in ds:
            if x.weekday() > 4 or not SEASON_IV[0] <= x <= SEASON_IV[1]:
                bad(fn, f"interview date {x} on a weekend or outside the season")
            if x <= local:
                bad(fn, f"interview date {x} not after the message")
            if not any(f in flat for f in date_forms(x)):
                bad(fn, f"interview date {x} not written in the mail")
        if "respond_by" in lab:
            rb = dt.datetime.fromisoformat(lab["respond_by"])
            if rb.tzinfo is None:
                bad(fn, "respond_by without offset")
            else:
                offs = {rb.astimezone(z).utcoffset() for z in ZONES.values()}
                if rb.utcoffset() not in offs:
                    bad(fn, f"respond_by offset {rb.utcoffset()} is no ET/CT/UTC offset at that time")
                if not ds or not date <= rb < dt.datetime.combine(ds[0], dt.time(0), ET):
                    bad(fn, "respond_by not between the message and the first interview day")

        if kind == "rejection" and re.search(r"interview invitations?", flat, re.I):
            n_rej_inv += 1
        if re.search(r"excited to host you", flat, re.I):
            if kind == "reminder":
                n_excited += 1
        for part in msg.walk():
            if part.get_content_type() == "text/calendar":
                n_ics += 1
                for t in ics_starts(part):
                    if t.astimezone(ET).date() not in ds:
                        bad(fn, f".ics DTSTART {t} not on a labelled interview day")
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
    if n_excited != N_EXCITED_REMINDERS:
        bad("counts", f"'excited to host you' reminders: {n_excited}")
    if n_ics != N_ICS:
        bad("counts", f".ics attachments: {n_ics}")

    rp = os.path.join(OUT, "README.md")
    readme = open(rp, encoding="utf-8").read() if os.path.exists(rp) else ""
    if not readme:
        bad("README.md", "missing")
    for k, v in KINDS.items():
        if not re.search(rf"\| {k} \| {v} \|", readme):
            bad("README.md", f"count row for {k} = {v}")
    for s, v in SPECIALTIES.items():
        if f"{s} {v}" not in readme:
            bad("README.md", f"specialty count '{s} {v}'")
    for p, v in INV_PLATFORMS.items():
        name = {"thalamus": "Thalamus", "eras": "ERAS", "interview_broker": "Interview Broker",
                "residencycas": "ResidencyCAS", "email": "program e-mail"}[p]
        if f"{name} {v}" not in readme:
            bad("README.md", f"invitation platform count '{name} {v}'")
    for f_, v in INV_FORMATS.items():
        name = {"virtual": "virtual", "in_person": "in person", "hybrid": "hybrid"}[f_]
        if f"{name} {v}" not in readme:
            bad("README.md", f"invitation format count '{name} {v}'")
    if f"{N_ICS} `.ics`" not in readme:
        bad("README.md", ".ics count")

    print(f"{len(files)} files, {n_wd} weekday+date mentions checked, {n_ics} .ics attachments")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
