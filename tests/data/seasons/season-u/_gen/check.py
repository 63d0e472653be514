"""Season U checker (stdlib only).  Run: python3 _gen/check.py

* every file in mail/cur parses with email + policy.default without defects and every text part decodes; mail/new
  and mail/tmp exist and are empty; Message-IDs unique; every In-Reply-To points at a message in the mailbox
* file-name time = Date header; Date inside the season (2026-09-01 .. as_of); the Date offset is the sender's own
  clock (season.ZONES by domain; her Gmail and unlisted senders America/Denver; DST ended 2026-11-01; Arizona none)
* truth.toml keeps the season schema; every file listed exactly once; labels agree with expect.json
* vocabulary (kinds, statuses, tracks, specialties) and track rules (preliminary = Internal Medicine or Surgery;
  advanced = Anesthesiology; Transitional Year = categorical); invited flag vs status and invitation messages;
  [counts]; README totals
* must-strings survive decoding; sent flag = From is the applicant
* interview dates are weekdays after the message; deadlines not before the message; every weekday written next to
  a date agrees with the calendar
* .ics parse; DTSTAMP = message time; a REQUEST's start day is an interview date of the message; CANCEL only on
  cancellation messages
* statuses agree with booked days and as_of; the booked day is the only date of the program's last scheduling or
  reminder message; booked days never clash; institution label spelled out in the program's mail (except the
  abbreviation-only program, whose mail must NOT spell it)
"""
import json
import os
import re
import sys
import tomllib
from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import season  # noqa: E402

ME = "noor.castellanos.md@gmail.com"
KINDS = {"invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other"}
STATUSES = {"invited", "scheduled", "completed", "declined", "cancelled", "waitlisted", "rejected"}
TRACKS = {"categorical", "preliminary", "advanced"}
SPECIALTIES = {"Emergency Medicine", "Anesthesiology", "Internal Medicine", "Surgery", "Transitional Year"}
CLAIMS = dict(messages=137, programs=39, invited=31, unrelated=13, sent=30,
              counts={"Emergency Medicine": 12, "Anesthesiology": 8, "Internal Medicine": 4, "Surgery": 3,
                      "Transitional Year": 4},
              statuses={"completed": 21, "scheduled": 4, "invited": 2, "declined": 3, "cancelled": 1,
                        "waitlisted": 1, "rejected": 7},
              kinds={"invitation": 31, "waitlist": 4, "rejection": 7, "scheduled": 35, "reminder": 15,
                     "cancellation": 8, "info": 31, "other": 6})
README_STRINGS = ["137 messages", "39 programs", "31 of them invited", "13 messages are about none",
                  "30 are her own sent mail", "Emergency Medicine 12", "Anesthesiology 8", "Internal Medicine 4",
                  "Surgery 3", "Transitional Year 4"]
MON = (r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
       r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
PAT = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? " + MON + r"\.? (\d{1,2})\b(?:, (\d{4}))?")
PAT2 = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? (\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
ERRS = []


def err(*a):
    ERRS.append(" ".join(str(x) for x in a))


def zone_for(addr):
    if addr.lower() == ME:
        return ZoneInfo("America/Denver")
    dom = addr.split("@")[1].lower()
    for k, v in season.ZONES.items():
        if dom == k or dom.endswith("." + k):
            return timezone.utc if v == "UTC" else ZoneInfo(v)
    return ZoneInfo(season.DEFAULT_ZONE)


def yr(mo):
    return 2026 if mo >= 8 else 2027


def weekdays(n, text):
    for m in PAT.finditer(text):
        mo = MONTHS.index(m.group(2)[:3].lower()) + 1
        y = int(m.group(4)) if m.group(4) else yr(mo)
        try:
            d = date(y, mo, int(m.group(3)))
        except ValueError:
            err(n, "bad date", m.group(0))
            continue
        if WD[d.weekday()] != m.group(1):
            err(n, "weekday mismatch", m.group(0))
    for m in PAT2.finditer(text):
        mo, dy = int(m.group(2)), int(m.group(3))
        y = m.group(4)
        y = (2000 + int(y) if len(y) == 2 else int(y)) if y else yr(mo)
        try:
            d = date(y, mo, dy)
        except ValueError:
            continue
        if WD[d.weekday()] != m.group(1):
            err(n, "weekday mismatch", m.group(0))


def unfold(cal):
    return re.sub(r"\r?\n[ \t]", "", cal)


def ics_events(cal):
    cal = unfold(cal)
    meth = re.search(r"^METHOD:(\w+)", cal, re.M)
    evs = []
    for ev in re.findall(r"BEGIN:VEVENT(.*?)END:VEVENT", cal, re.S):
        def g(k):
            m = re.search(rf"^{k}(;[^:]*)?:(.*)$", ev, re.M)
            return (m.group(1) or "", m.group(2).strip()) if m else None
        evs.append(dict(start=g("DTSTART"), end=g("DTEND"), stamp=g("DTSTAMP"), uid=g("UID")))
    if not cal.startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in cal:
        err("ics frame")
    return (meth.group(1) if meth else None), evs


def main():
    truth = tomllib.load(open(os.path.join(ROOT, "truth.toml"), "rb"))
    exp = json.load(open(os.path.join(HERE, "expect.json")))
    as_of = datetime.fromisoformat(truth["applicant"]["as_of"])
    if set(truth) != {"unrelated", "applicant", "program", "counts"}:
        err("truth top-level keys", set(truth))
    if set(truth["applicant"]) != {"email", "name", "timezone", "as_of"} or truth["applicant"]["email"] != ME \
            or truth["applicant"]["timezone"] != "America/Denver":
        err("applicant block")
    if not (date(2027, 2, 1) <= as_of.date() <= date(2027, 2, 10)):
        err("as_of not early February 2027")
    cur = os.path.join(ROOT, "mail", "cur")
    for sub in ("new", "tmp"):
        p = os.path.join(ROOT, "mail", sub)
        if not os.path.isdir(p) or os.listdir(p):
            err("mail/" + sub, "missing or not empty")
    files = sorted(os.listdir(cur))
    if set(files) != set(exp["messages"]):
        err("expect.json vs files")
    mids, parsed = {}, {}
    for n in files:
        msg = BytesParser(policy=policy.default).parse(open(os.path.join(cur, n), "rb"))
        parsed[n] = msg
        for part in msg.walk():
            if part.defects:
                err(n, "defects", part.defects)
        if msg.defects:
            err(n, "defects", msg.defects)
        mid = msg["Message-ID"]
        if mid in mids:
            err(n, "duplicate Message-ID")
        mids[mid] = n
    listed = list(truth["unrelated"])
    for p in truth["program"]:
        listed += p["messages"]
    if sorted(listed) != files or len(listed) != len(set(listed)):
        err("truth does not list every file exactly once")
    where = {n: "unrelated" for n in truth["unrelated"]}
    for p in truth["program"]:
        for n in p["messages"]:
            where[n] = p["key"]
    start = datetime(2026, 9, 1, tzinfo=ZoneInfo("America/Denver"))
    texts = {}
    for n in files:
        msg, e = parsed[n], exp["messages"][n]
        if where.get(n) != e["label"]:
            err(n, "label truth/expect")
        if e["kind"] not in KINDS:
            err(n, "kind", e["kind"])
        if msg["In-Reply-To"] and msg["In-Reply-To"] not in mids:
            err(n, "In-Reply-To target missing")
        dt = parsedate_to_datetime(msg["Date"])
        if int(n.split(".")[0]) != int(dt.timestamp()):
            err(n, "file time != Date")
        if dt.isoformat() and datetime.fromisoformat(e["when"]) != dt:
            err(n, "expect when != Date")
        if not (start <= dt <= as_of):
            err(n, "Date outside season")
        frm = parseaddr(str(msg["From"]))[1]
        want = dt.astimezone(zone_for(frm)).utcoffset()
        if dt.utcoffset() != want:
            err(n, "Date offset", msg["Date"], "want", want, "for", frm)
        if (frm.lower() == ME) != e["sent"]:
            err(n, "sent flag")
        text = ""
        cals = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            try:
                c = part.get_content()
            except Exception as x:  # noqa: BLE001
                err(n, "decode", x)
                continue
            if ct == "text/calendar":
                cals.append(c if isinstance(c, str) else c.decode())
            elif ct.startswith("text/"):
                text += (c if isinstance(c, str) else c.decode()) + "\n"
        # Outlook's typographer's apostrophes count as the same spelling
        texts[n] = (text + str(msg["Subject"])).replace("\u2019", "'")
        for s in e["must"]:
            if s not in texts[n]:
                err(n, "must-string lost", s)
        weekdays(n, texts[n])
        for x in e["interview_dates"]:
            d = date.fromisoformat(x)
            if d.weekday() > 4:
                err(n, "interview date on weekend", x)
            if d <= dt.date():
                err(n, "interview date not after message", x)
        if e["deadline"] and date.fromisoformat(e["deadline"]) < dt.date():
            err(n, "deadline before message")
        for cal in cals:
            meth, evs = ics_events(cal)
            if meth == "CANCEL" and e["kind"] != "cancellation":
                err(n, "CANCEL on non-cancellation")
            if e["kind"] == "cancellation" and meth != "CANCEL":
                err(n, "cancellation with REQUEST ics")
            for ev in evs:
                if not ev["start"] or not ev["stamp"] or not ev["uid"]:
                    err(n, "ics missing fields")
                    continue
                stamp = datetime.strptime(ev["stamp"][1], "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
                if stamp != dt:
                    err(n, "DTSTAMP != message time")
                p, v = ev["start"]
                if v.endswith("Z"):
                    s = datetime.strptime(v, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
                    tzid = None
                else:
                    s = datetime.strptime(v, "%Y%m%dT%H%M%S")
                    m = re.search(r"TZID=([^;:]+)", p)
                    tzid = m.group(1) if m else None
                    if tzid:
                        if f"TZID:{tzid}" not in unfold(cal):
                            err(n, "TZID without VTIMEZONE")
                        s = s.replace(tzinfo=ZoneInfo(tzid))
                if meth == "REQUEST":
                    # the program's local day: UTC times shown in the program's zone
                    day = s.astimezone(ZoneInfo("America/Denver")).date() if s.tzinfo else s.date()
                    if str(day) not in e["interview_dates"]:
                        err(n, "ics start day not an interview date", day)
    # programs
    progs = {p["key"]: p for p in truth["program"]}
    if set(progs) != set(season.PROGRAMS) or set(progs) != set(exp["programs"]):
        err("program keys")
    counts, st = {}, {}
    booked = {}
    for k, p in progs.items():
        if set(p) != {"key", "institution", "specialty", "track", "invited", "final_status", "messages"}:
            err(k, "program keys", set(p))
        inst, spec, track, inv, status, iv = season.PROGRAMS[k]
        if (p["institution"], p["specialty"], p["track"], p["invited"], p["final_status"]) != (inst, spec, track, inv, status):
            err(k, "truth vs season")
        if spec not in SPECIALTIES or track not in TRACKS or status not in STATUSES:
            err(k, "vocabulary")
        if track == "preliminary" and spec not in ("Internal Medicine", "Surgery"):
            err(k, "preliminary track")
        if track == "advanced" and spec != "Anesthesiology":
            err(k, "advanced track")
        if spec == "Transitional Year" and track != "categorical":
            err(k, "TY track")
        kinds = [exp["messages"][n]["kind"] for n in p["messages"]]
        if inv != ("invitation" in kinds):
            err(k, "invited flag vs invitation messages")
        if inv != (status in ("invited", "scheduled", "completed", "declined", "cancelled")):
            err(k, "invited vs status")
        if inv:
            counts[spec] = counts.get(spec, 0) + 1
        st[status] = st.get(status, 0) + 1
        if status in ("scheduled", "completed"):
            if not iv:
                err(k, "no booked day")
                continue
            d = date.fromisoformat(iv)
            if status == "completed" and d >= as_of.date():
                err(k, "completed but after as_of")
            if status == "scheduled" and d <= as_of.date():
                err(k, "scheduled but not after as_of")
            if d in booked:
                err(k, "clash with", booked[d])
            booked[d] = k
            last = [n for n in p["messages"] if exp["messages"][n]["kind"] in ("scheduled", "reminder")][-1]
            if exp["messages"][last]["interview_dates"] != [iv]:
                err(k, "last scheduling message date", exp["messages"][last]["interview_dates"], iv)
        elif iv:
            err(k, "booked day on unbooked status")
        alltext = "\n".join(texts[n] for n in p["messages"])
        if k in season.ABBREVIATED_ONLY:
            if inst in alltext or "Nebraska Medical Center" in alltext:
                err(k, "abbreviation-only program spells its name")
        elif inst not in alltext:
            err(k, "institution not spelled out in its mail", inst)
    if truth["counts"] != counts:
        err("[counts]", truth["counts"], counts)
    kinds = {}
    for e in exp["messages"].values():
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    got = dict(messages=len(files), programs=len(progs), invited=sum(1 for p in progs.values() if p["invited"]),
               unrelated=len(truth["unrelated"]), sent=sum(1 for e in exp["messages"].values() if e["sent"]),
               counts=counts, statuses=st, kinds=kinds)
    for k, v in CLAIMS.items():
        if got[k] != v:
            err("claim", k, v, "actual", got[k])
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    for s in README_STRINGS:
        if s not in readme:
            err("README lacks", s)
    for k, v in kinds.items():
        if f"{k} {v}" not in readme:
            err("README kind count", k, v)
    for k, v in st.items():
        if f"| {k} | {v} |" not in readme:
            err("README status row", k, v)
    if ERRS:
        print("\n".join(ERRS))
        print(f"FAIL: {len(ERRS)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(files)} messages, {len(progs)} programs, {got['invited']} invited, kinds={kinds}")


if __name__ == "__main__":
    main()
