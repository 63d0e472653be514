"""Season T checker (standard library only).  Run: python3 _gen/check.py

  * every file in mail/cur parses with email + policy.default with no defects, every text part decodes; mail/new
    and mail/tmp exist and are empty; Message-IDs unique; every In-Reply-To points at a message in the mailbox
  * file-name time = Date header; Date inside the season (2026-09-01 .. as_of); the Date offset is the sender's
    clock at that instant (Thalamus/Calendly UTC; Google Pacific; AAMC, NRMP, Interview Broker, SignUpGenius
    Eastern; UAB, Meharry, Vanderbilt, UTHSC Central; everyone else and her Gmail Eastern; DST ended 2026-11-01)
  * truth.toml has the season schema exactly; every file listed once; labels agree with expect.json
  * vocabulary (kinds, statuses, tracks, specialties) and track rules (preliminary = Internal Medicine only,
    advanced = Neurology only, Transitional Year = categorical); invited flag vs status and vs invitation
    messages; [counts]; the totals and tables claimed in README.md
  * must-strings survive decoding; sent flag = From is the applicant
  * interview dates are weekdays after the message; deadlines not before the message; every weekday name written
    next to a date agrees with the calendar
  * .ics attachments parse; DTSTAMP not after the message; a REQUEST's start date is an interview date of the
    message; METHOD:CANCEL only on cancellation messages
  * statuses agree with booked days and as_of; the booked day is the only date in the program's last scheduling or
    reminder message; no two booked days clash; the institution label is spelled out in the program's mail
    (except the declared abbreviation-only program, whose mail must NOT spell it)
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

ME = "zhartwell.match@gmail.com"
ET, CT, PT = (ZoneInfo(z) for z in ("America/New_York", "America/Chicago", "America/Los_Angeles"))
KINDS = {"invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other"}
STATUSES = {"invited", "scheduled", "completed", "declined", "cancelled", "waitlisted", "rejected"}
TRACKS = {"categorical", "preliminary", "advanced"}
SPECIALTIES = {"Internal Medicine", "Neurology", "Transitional Year"}
CLAIMS = dict(messages=143, programs=40, invited=33, unrelated=12, sent=28,
              counts={"Internal Medicine": 20, "Neurology": 10, "Transitional Year": 3},
              statuses={"completed": 23, "scheduled": 4, "invited": 2, "declined": 3, "cancelled": 1,
                        "waitlisted": 1, "rejected": 6},
              kinds={"invitation": 33, "waitlist": 5, "rejection": 6, "scheduled": 38, "reminder": 18,
                     "cancellation": 8, "info": 28, "other": 7})
README_STRINGS = ["143 messages", "40 programs", "33 of them invited", "12 messages are about none",
                  "28 are her own sent mail", "Internal Medicine 20", "Neurology 10", "Transitional Year 3"]
UTC_DOMAINS = ("thalamusgme.com", "calendly.com")
PAC_DOMAINS = ("google.com",)
EAST_DOMAINS = ("aamc.org", "nrmp.org", "interviewbroker.com", "signupgenius.com")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = (r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
       r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
PAT = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? " + MON + r"\.? (\d{1,2})\b(?:, (\d{4}))?",
                 re.IGNORECASE)
PAT_NUM = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? (\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
PAT_NUM2 = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}) \((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\)")
errs = []


def err(*a):
    errs.append(" ".join(str(x) for x in a))


def year_for(m):
    return 2026 if m >= 8 else 2027


def off_str(dt, tz):
    o = int(dt.astimezone(tz).utcoffset().total_seconds())
    return f"{'-' if o < 0 else '+'}{abs(o) // 3600:02d}{abs(o) % 3600 // 60:02d}"


def check_weekdays(n, text):
    def cmp(wd, y, mo, dy, s):
        try:
            real = date(y, mo, dy)
        except ValueError:
            err(n, "impossible date", repr(s))
            return
        if WD[real.weekday()] != wd[:3].title():
            err(n, "weekday mismatch", repr(s))
    for mt in PAT.finditer(text):
        wd, mo, dy, yr = mt.groups()
        mn = next(i for i, m in enumerate(MONTHS, 1) if m.lower().startswith(mo[:3].lower()))
        cmp(wd, int(yr) if yr else year_for(mn), mn, int(dy), mt.group(0))
    for mt in PAT_NUM.finditer(text):
        wd, mo, dy, yr = mt.groups()
        y = (int(yr) + (2000 if len(yr) == 2 else 0)) if yr else year_for(int(mo))
        cmp(wd, y, int(mo), int(dy), mt.group(0))
    for mt in PAT_NUM2.finditer(text):
        mo, dy, yr, wd = mt.groups()
        cmp(wd, int(yr), int(mo), int(dy), mt.group(0))


def ics_parse(cal):
    lines = []
    for raw in cal.replace("\r\n", "\n").split("\n"):
        if raw.startswith(" ") and lines:
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    if lines[0] != "BEGIN:VCALENDAR" or lines[-1] != "END:VCALENDAR":
        raise ValueError("not a VCALENDAR")
    method, starts, depth, stamp, stack = None, [], 0, None, []
    for ln in lines:
        if ln.startswith("BEGIN:"):
            stack.append(ln[6:])
        elif ln.startswith("END:"):
            if not stack or stack.pop() != ln[4:]:
                raise ValueError("unbalanced BEGIN/END")
        elif ln.startswith("METHOD:"):
            method = ln.split(":", 1)[1]
        elif ln.startswith("DTSTAMP:"):
            stamp = datetime.strptime(ln.split(":", 1)[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
        elif ln.startswith("DTSTART") and stack and stack[-1] == "VEVENT":
            head, val = ln.split(":", 1)
            if val.endswith("Z"):
                starts.append(datetime.strptime(val, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc).astimezone(ET))
            else:
                tz = ZoneInfo(head.split("TZID=")[1]) if "TZID=" in head else ET
                starts.append(datetime.strptime(val, "%Y%m%dT%H%M%S").replace(tzinfo=tz))
    if stack:
        raise ValueError("unclosed component")
    return method, starts, stamp


def main():
    with open(os.path.join(ROOT, "truth.toml"), "rb") as f:
        truth = tomllib.load(f)
    with open(os.path.join(HERE, "expect.json"), encoding="utf-8") as f:
        exp = json.load(f)
    if set(truth) != {"unrelated", "applicant", "program", "counts"}:
        err("truth top-level keys", sorted(truth))
    if set(truth["applicant"]) != {"email", "name", "timezone", "as_of"}:
        err("applicant keys", sorted(truth["applicant"]))
    if truth["applicant"]["timezone"] != "America/New_York" or truth["applicant"]["email"] != ME:
        err("applicant tz/email")
    as_of = datetime.fromisoformat(truth["applicant"]["as_of"])
    if as_of.utcoffset() != as_of.astimezone(ET).utcoffset() or not date(2027, 2, 1) <= as_of.date() <= date(2027, 2, 10):
        err("as_of offset or not early February", as_of)
    for p in truth["program"]:
        if set(p) != {"key", "institution", "specialty", "track", "invited", "final_status", "messages"}:
            err(p.get("key"), "program keys", sorted(p))
    for sub in ("new", "tmp"):
        d = os.path.join(ROOT, "mail", sub)
        if not os.path.isdir(d) or os.listdir(d):
            err("mail/" + sub, "missing or not empty")
    files = sorted(os.listdir(os.path.join(ROOT, "mail", "cur")))
    mids, parsed, texts = {}, {}, {}
    for n in files:
        if not re.fullmatch(r"\d{10}\.M\d{3}P1\.[a-z0-9-]+:2,S", n):
            err(n, "file name")
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
                err(n, "header with stray whitespace", h)
        dt = parsedate_to_datetime(m["Date"])
        if int(n.split(".")[0]) != int(dt.timestamp()):
            err(n, "file time != Date")
        if not datetime(2026, 9, 1, tzinfo=ET) <= dt <= as_of:
            err(n, "outside season / after as_of", dt)
        off = m["Date"].split()[-1]
        frm = parseaddr(m["From"])[1].lower()
        dom = frm.split("@")[1]
        if dom.endswith(UTC_DOMAINS):
            want = "+0000"
        elif dom.endswith(PAC_DOMAINS):
            want = off_str(dt, PT)
        elif dom.endswith(EAST_DOMAINS):
            want = off_str(dt, ET)
        elif dom in season.CENTRAL:
            want = off_str(dt, CT)
        else:
            want = off_str(dt, ET)
        if off != want:
            err(n, "Date offset", off, "expected", want, "for", frm)
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
                elif p.get_content_subtype() == "plain":
                    text += c + "\n"
                elif p.get_content_subtype() == "html" and not m.get_body(("plain",)):
                    text += c + "\n"
        texts[n] = text
        check_weekdays(n, text)
        e = exp["messages"].get(n)
        if not e:
            err(n, "not in expect.json")
            continue
        if e["kind"] not in KINDS:
            err(n, "kind", e["kind"])
        flat = " ".join(text.split())
        for s in e["must"]:
            if s not in flat and s.replace("'", "\u2019") not in flat:
                err(n, "missing text", s)
        if (frm == ME) != e["sent"]:
            err(n, "sent flag")
        local = dt.astimezone(ET).date()
        for x in e["interview_dates"]:
            xd = date.fromisoformat(x)
            if xd.weekday() > 4:
                err(n, "weekend interview date", x)
            if xd <= local:
                err(n, "interview date not after message", x)
        if e["deadline"] and date.fromisoformat(e["deadline"]) < local:
            err(n, "deadline before message")
        if e["kind"] in ("invitation", "scheduled", "reminder") and not e["interview_dates"] \
                and e["label"] != "unrelated":
            err(n, e["kind"], "without interview dates")
        if e["kind"] in ("cancellation", "rejection", "waitlist", "other") and e["interview_dates"]:
            err(n, e["kind"], "should carry no interview dates")
        if e["label"] == "unrelated" and (e["interview_dates"] or e["deadline"]):
            err(n, "unrelated message with interview dates or a deadline")
        for c in cals:
            try:
                method, starts, stamp = ics_parse(c)
            except Exception as x:  # noqa: BLE001
                err(n, "ics", x)
                continue
            if stamp is None or stamp > dt:
                err(n, "ics DTSTAMP missing or later than the message")
            if method == "REQUEST":
                for s in starts:
                    if str(s.date()) not in e["interview_dates"]:
                        err(n, "ics start not an interview date of the message", s)
            elif method == "CANCEL":
                if e["kind"] != "cancellation":
                    err(n, "METHOD:CANCEL on a", e["kind"])
            else:
                err(n, "ics method", method)
    for n, m in parsed.items():
        if m["In-Reply-To"] and m["In-Reply-To"] not in mids:
            err(n, "In-Reply-To target missing")
    # ---- truth <-> files
    seen = list(truth["unrelated"])
    for p in truth["program"]:
        seen += p["messages"]
        if p["track"] not in TRACKS:
            err(p["key"], "track", p["track"])
        if p["final_status"] not in STATUSES:
            err(p["key"], "status", p["final_status"])
        if p["specialty"] not in SPECIALTIES:
            err(p["key"], "specialty", p["specialty"])
        if p["track"] == "preliminary" and p["specialty"] != "Internal Medicine":
            err(p["key"], "preliminary track outside Internal Medicine")
        if p["track"] == "advanced" and p["specialty"] != "Neurology":
            err(p["key"], "advanced track outside Neurology")
        if p["specialty"] == "Transitional Year" and p["track"] != "categorical":
            err(p["key"], "Transitional Year must be categorical")
        for n in p["messages"]:
            if exp["messages"].get(n, {}).get("label") != p["key"]:
                err(n, "label mismatch", p["key"])
        kinds = [exp["messages"][n]["kind"] for n in p["messages"]]
        if p["invited"] != ("invitation" in kinds):
            err(p["key"], "invited flag vs invitation messages", p["invited"], kinds)
        if p["invited"] != (p["final_status"] not in ("rejected", "waitlisted")):
            err(p["key"], "invited flag vs status")
        if p["final_status"] in ("declined", "cancelled") and "cancellation" not in kinds:
            err(p["key"], "declined/cancelled without a cancellation message")
        if p["final_status"] == "waitlisted" and kinds[-1] != "waitlist":
            err(p["key"], "waitlisted but the last message is not a waitlist")
        if p["final_status"] == "rejected" and kinds[-1] != "rejection":
            err(p["key"], "rejected but the last message is not a rejection")
        if p["final_status"] == "invited" and kinds[-1] != "invitation":
            err(p["key"], "invited but the last message is not the invitation")
        body = " ".join(" ".join(texts[n].split()) for n in p["messages"])
        inst = p["institution"]
        spelled = inst in body or inst.replace("'", "\u2019") in body
        if p["key"] in season.ABBREVIATED_ONLY:
            if spelled:
                err(p["key"], "declared abbreviation-only but spells", inst)
        elif not spelled:
            err(p["key"], "institution never spelled out in its mail", inst)
    # pairs that must stay apart: same institution, several records
    insts = {}
    for p in truth["program"]:
        insts.setdefault(p["institution"], []).append((p["specialty"], p["track"]))
    for inst, recs in insts.items():
        if len(recs) != len(set(recs)):
            err("two records with the same institution, specialty and track", inst)
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
    # ---- booked days
    days = {}
    msgs = {p["key"]: p["messages"] for p in truth["program"]}
    for k, v in exp["programs"].items():
        iv, st = v["interview"], v["status"]
        sched = [exp["messages"][n] for n in msgs[k] if exp["messages"][n]["kind"] in ("scheduled", "reminder")]
        if iv:
            d = date.fromisoformat(iv)
            if d.weekday() > 4:
                err(k, "booked day on a weekend")
            if st == "completed" and d >= as_of.date():
                err(k, "completed but the day is not before as_of")
            if st == "scheduled" and d <= as_of.date():
                err(k, "scheduled but the day is not after as_of")
            if st not in ("completed", "scheduled"):
                err(k, "booked day with status", st)
            if iv in days:
                err(k, "clash with", days[iv])
            days[iv] = k
            if not sched or sched[-1]["interview_dates"] != [iv]:
                err(k, "last scheduling/reminder message does not name the booked day")
        elif st in ("completed", "scheduled"):
            err(k, "no booked day")
        elif st == "cancelled" and not sched:
            err(k, "cancelled without a booking")
        if st == "invited" and sched:
            err(k, "invited but has scheduling mail")
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
    for p in truth["program"]:
        if f"`{p['key']}`" not in readme:
            err("README never names", p["key"])
    for e_ in errs:
        print("ERROR", e_)
    print(f"{len(files)} files checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
