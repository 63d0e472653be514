"""Season R checker (standard library only).  Run: python3 _gen/check.py

Checks
  * every file in mail/cur parses with email + policy.default, no defects, every text part decodes;
    mail/new and mail/tmp (when present) are empty; Message-IDs unique; In-Reply-To targets exist
  * file-name time = Date header; Date is inside the season (2026-09-01 .. as_of); the offset is the one the
    sender's zone had at that instant (Thalamus/Calendly UTC, Interview Broker/Google Pacific, everyone else
    Eastern, DST ends 2026-11-01)
  * truth.toml has exactly season P's schema; each file listed exactly once; labels agree with expect.json
  * vocabulary: kinds, statuses, tracks, specialties (ERAS names); invited flag agrees with status and with the
    presence of an invitation; [counts] right; the totals claimed in README.md are true
  * "must" strings survive decoding; sent flag = From is the applicant
  * interview dates are weekdays after the message; deadlines not before the message; weekday names written in the
    text agree with the dates they accompany
  * .ics attachments parse; a REQUEST's start (in Eastern time) is one of the message's interview dates
  * statuses agree with booked days and as_of; each booked day appears in its program's mail; no two clash
"""
import json
import os
import re
import sys
import tomllib
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ME = "cszabo.residency@gmail.com"
ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
KINDS = {"invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other"}
STATUSES = {"invited", "scheduled", "completed", "declined", "cancelled", "waitlisted", "rejected"}
TRACKS = {"categorical", "preliminary", "advanced"}
SPECIALTIES = {"Surgery", "Obstetrics and Gynecology"}
CLAIMS = dict(messages=144, programs=41, invited=33, unrelated=14, sent=25,
              counts={"Surgery": 19, "Obstetrics and Gynecology": 14},
              statuses={"completed": 26, "scheduled": 2, "invited": 1, "declined": 3, "cancelled": 1,
                        "waitlisted": 1, "rejected": 7},
              kinds={"invitation": 33, "waitlist": 5, "rejection": 7, "scheduled": 36, "reminder": 14,
                     "cancellation": 7, "info": 32, "other": 10})
README_STRINGS = ["144 messages", "41 programs", "33 of them invited", "14 messages are about none",
                  "25 are her own sent mail", "Surgery 19", "Obstetrics and Gynecology 14"]
ABBREVIATED_ONLY = {"mgh-surg"}
UTC_DOMAINS = ("thalamusgme.com", "calendly.com")
PAC_DOMAINS = ("interviewbroker.com", "google.com")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PAT = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? (January|February|March|April|May|June|July|August|"
                 r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? "
                 r"(\d{1,2})\b(?:, (\d{4}))?")
PAT_NUM = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.? (\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
PAT_NUM2 = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}) \((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\)")
errs = []


def err(*a):
    errs.append(" ".join(str(x) for x in a))


def year_for(m):
    return 2026 if m >= 8 else 2027


def month_no(s):
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(s[:3]))


def off_str(dt, tz):
    o = int(dt.astimezone(tz).utcoffset().total_seconds())
    return f"{'-' if o < 0 else '+'}{abs(o) // 3600:02d}{abs(o) % 3600 // 60:02d}"


def check_weekdays(n, text):
    for mt in PAT.finditer(text):
        wd, mo, dy, yr = mt.groups()
        mn = month_no(mo)
        y = int(yr) if yr else year_for(mn)
        try:
            real = date(y, mn, int(dy))
        except ValueError:
            err(n, "impossible date", mt.group(0))
            continue
        if WD[real.weekday()][:3] != wd:
            err(n, "weekday mismatch", repr(mt.group(0)))
    for mt in PAT_NUM.finditer(text):
        wd, mo, dy, yr = mt.groups()
        mn = int(mo)
        y = (int(yr) + (2000 if len(yr) == 2 else 0)) if yr else year_for(mn)
        real = date(y, mn, int(dy))
        if WD[real.weekday()][:3] != wd:
            err(n, "weekday mismatch", repr(mt.group(0)))
    for mt in PAT_NUM2.finditer(text):
        mo, dy, yr, wd = mt.groups()
        real = date(int(yr), int(mo), int(dy))
        if WD[real.weekday()][:3] != wd:
            err(n, "weekday mismatch", repr(mt.group(0)))


def ics_starts(cal):
    """(method, [start datetimes]) of a VCALENDAR text; handles Z, TZID=America/New_York and floating times."""
    lines = []
    for raw in cal.replace("\r\n", "\n").split("\n"):
        if raw.startswith(" ") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    if lines[0] != "BEGIN:VCALENDAR" or lines[-1] != "END:VCALENDAR":
        raise ValueError("not a VCALENDAR")
    method, starts, depth, stamp = None, [], 0, None
    for ln in lines:
        if ln.startswith("BEGIN:"):
            depth += 1
        elif ln.startswith("END:"):
            depth -= 1
        if ln.startswith("DTSTAMP:"):
            stamp = datetime.strptime(ln.split(":", 1)[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
        if ln.startswith("METHOD:"):
            method = ln.split(":", 1)[1]
        if ln.startswith("DTSTART") and depth == 2:
            head, val = ln.split(":", 1)
            if val.endswith("Z"):
                starts.append(datetime.strptime(val, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc))
            else:
                starts.append(datetime.strptime(val, "%Y%m%dT%H%M%S").replace(tzinfo=ET))
    if depth != 0:
        raise ValueError("unbalanced BEGIN/END")
    return method, starts, stamp


def main():
    with open(os.path.join(ROOT, "truth.toml"), "rb") as f:
        truth = tomllib.load(f)
    with open(os.path.join(HERE, "expect.json"), encoding="utf-8") as f:
        exp = json.load(f)
    # ---- schema
    if set(truth) != {"unrelated", "applicant", "program", "counts"}:
        err("truth top-level keys", sorted(truth))
    if set(truth["applicant"]) != {"email", "name", "timezone", "as_of"}:
        err("applicant keys", sorted(truth["applicant"]))
    if truth["applicant"]["timezone"] != "America/New_York" or truth["applicant"]["email"] != ME:
        err("applicant tz/email")
    as_of = datetime.fromisoformat(truth["applicant"]["as_of"])
    if as_of.utcoffset() != as_of.astimezone(ET).utcoffset() or not (date(2027, 2, 1) <= as_of.date() <= date(2027, 2, 10)):
        err("as_of offset or not early February", as_of)
    for p in truth["program"]:
        if set(p) != {"key", "institution", "specialty", "track", "invited", "final_status", "messages"}:
            err(p.get("key"), "program keys", sorted(p))
    for sub in ("new", "tmp"):
        d = os.path.join(ROOT, "mail", sub)
        if os.path.isdir(d) and os.listdir(d):
            err("mail/" + sub, "not empty")
    files = sorted(os.listdir(os.path.join(ROOT, "mail", "cur")))
    mids, parsed = {}, {}
    for n in files:
        with open(os.path.join(ROOT, "mail", "cur", n), "rb") as f:
            m = BytesParser(policy=policy.default).parse(f)
        parsed[n] = m
        if m["Message-ID"] in mids:
            err(n, "duplicate Message-ID")
        mids[m["Message-ID"]] = n
        for p in m.walk():
            if p.defects:
                err(n, "defects", p.defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if m[h] is None:
                err(n, "missing header", h)
            elif str(m[h]) != str(m[h]).strip():
                err(n, "header value has stray whitespace", h)
        dt = parsedate_to_datetime(m["Date"])
        if int(n.split(".")[0]) != int(dt.timestamp()):
            err(n, "file time != Date")
        if not (datetime(2026, 9, 1, tzinfo=ET) <= dt <= as_of):
            err(n, "outside season / after as_of", dt)
        off = m["Date"].split()[-1]
        frm = parseaddr(m["From"])[1].lower()
        dom = frm.split("@")[1]
        if dom.endswith(UTC_DOMAINS):
            want = "+0000"
        elif dom.endswith(PAC_DOMAINS):
            want = off_str(dt, PT)
        else:
            want = off_str(dt, ET)
        if off != want:
            err(n, "Date offset", off, "expected", want, "for", dom)
        text, cals = "", []
        for p in m.walk():
            if p.get_content_maintype() == "text":
                try:
                    c = p.get_content()
                except Exception as x:  # noqa: BLE001
                    err(n, "decode", x)
                    continue
                if p.get_content_subtype() == "calendar":
                    cals.append(c)
                else:
                    text += c + "\n"
        check_weekdays(n, text)
        e = exp["messages"].get(n)
        if not e:
            err(n, "not in expect.json")
            continue
        if e["kind"] not in KINDS:
            err(n, "kind", e["kind"])
        for s in e["must"]:
            if s not in text and s.replace("'", "\u2019") not in text:
                err(n, "missing text", s)
        if (frm == ME) != e["sent"]:
            err(n, "sent flag")
        if e["sent"] and off != off_str(dt, ET):
            err(n, "her Gmail should be Eastern")
        for x in e["interview_dates"]:
            xd = date.fromisoformat(x)
            if xd.weekday() > 4:
                err(n, "weekend interview date", x)
            if xd <= dt.astimezone(ET).date():
                err(n, "interview date not after message", x)
        if e["deadline"] and date.fromisoformat(e["deadline"]) < dt.astimezone(ET).date():
            err(n, "deadline before message")
        for c in cals:
            try:
                method, starts, stamp = ics_starts(c)
            except Exception as x:  # noqa: BLE001
                err(n, "ics", x)
                continue
            if stamp is None or stamp > dt:
                err(n, "ics DTSTAMP missing or later than the message")
            if method == "REQUEST":
                for s in starts:
                    if str(s.astimezone(ET).date()) not in e["interview_dates"]:
                        err(n, "ics start not an interview date of the message", s)
            elif method != "CANCEL":
                err(n, "ics method", method)
    for n, m in parsed.items():
        irt = m["In-Reply-To"]
        if irt and irt not in mids:
            err(n, "In-Reply-To target missing")
    # ---- truth <-> files, labels
    seen = list(truth["unrelated"])
    for p in truth["program"]:
        seen += p["messages"]
        if p["track"] not in TRACKS:
            err(p["key"], "track", p["track"])
        if p["final_status"] not in STATUSES:
            err(p["key"], "status", p["final_status"])
        if p["specialty"] not in SPECIALTIES:
            err(p["key"], "specialty", p["specialty"])
        for n in p["messages"]:
            if exp["messages"].get(n, {}).get("label") != p["key"]:
                err(n, "label mismatch", p["key"])
        kinds = [exp["messages"][n]["kind"] for n in p["messages"]]
        has_inv = "invitation" in kinds
        if p["invited"] != has_inv:
            err(p["key"], "invited flag vs invitation messages", p["invited"], kinds)
        want_inv = p["final_status"] not in ("rejected", "waitlisted")
        if p["invited"] != want_inv:
            err(p["key"], "invited flag vs status")
        if p["final_status"] in ("declined", "cancelled") and "cancellation" not in kinds:
            err(p["key"], "declined/cancelled without a cancellation message")
        if p["final_status"] == "waitlisted" and kinds[-1] != "waitlist":
            err(p["key"], "waitlisted but last program message is not a waitlist")
        if p["final_status"] == "rejected" and "rejection" not in kinds:
            err(p["key"], "rejected without a rejection message")
    # the institution label is spelled out in the program's own mail (MGH's single letter says only "MGH": README)
    for p in truth["program"]:
        if p["key"] in ABBREVIATED_ONLY:
            continue
        body = ""
        for n in p["messages"]:
            for part in parsed[n].walk():
                if part.get_content_type() == "text/plain":
                    body += part.get_content()
        if p["institution"] not in body and p["institution"].replace("'", "\u2019") not in body:
            err(p["key"], "institution never spelled out in its mail", p["institution"])
    for n in truth["unrelated"]:
        if exp["messages"].get(n, {}).get("label") != "unrelated":
            err(n, "label mismatch unrelated")
    if sorted(seen) != files or len(seen) != len(set(seen)):
        err("truth files != mail/cur", set(seen) ^ set(files))
    counts = {}
    for p in truth["program"]:
        if p["invited"]:
            counts[p["specialty"]] = counts.get(p["specialty"], 0) + 1
    if counts != truth["counts"]:
        err("counts", counts, truth["counts"])
    # ---- statuses vs booked days; clashes
    days = {}
    for k, v in exp["programs"].items():
        iv, st = v["interview"], v["status"]
        if iv:
            d = date.fromisoformat(iv)
            if st == "completed" and d >= as_of.date():
                err(k, "completed but day not before as_of")
            if st == "scheduled" and d <= as_of.date():
                err(k, "scheduled but day not after as_of")
            if st not in ("completed", "scheduled"):
                err(k, "booked day with status", st)
            if iv in days:
                err(k, "clash with", days[iv])
            days[iv] = k
            named = [x for p in truth["program"] if p["key"] == k for n in p["messages"]
                     for x in exp["messages"][n]["interview_dates"]]
            if iv not in named:
                err(k, "booked day never in its mail")
        elif st in ("completed", "scheduled"):
            err(k, "no booked day")
    # ---- claims
    kinds, sts = {}, {}
    for v in exp["messages"].values():
        kinds[v["kind"]] = kinds.get(v["kind"], 0) + 1
    for p in truth["program"]:
        sts[p["final_status"]] = sts.get(p["final_status"], 0) + 1
    got = dict(messages=len(files), programs=len(truth["program"]),
               invited=sum(1 for p in truth["program"] if p["invited"]), unrelated=len(truth["unrelated"]),
               sent=sum(1 for v in exp["messages"].values() if v["sent"]), counts=truth["counts"], statuses=sts,
               kinds=kinds)
    for k, v in CLAIMS.items():
        if got[k] != v:
            err("claim", k, got[k], "!=", v)
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    for s in README_STRINGS:
        if s not in readme:
            err("README lacks", repr(s))
    for k, v in CLAIMS["kinds"].items():
        if f"{k} {v}" not in readme:
            err("README lacks kind count", k, v)
    for k, v in CLAIMS["statuses"].items():
        if not re.search(rf"\| {k} \| {v} \|", readme):
            err("README status table lacks", k, v)
    for e_ in errs:
        print("ERROR", e_)
    print(f"{len(files)} files checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
