"""Season Q checker (standard library only).  Run: python3 _gen/check.py

Checks: every file in mail/cur parses with email + policy.default without defects and its text parts decode;
mail/new and mail/tmp exist and are empty; file-name time = Date header; each Date header is written in the
sender's zone with the offset that zone really had at that instant (DST ends 1 Nov 2026; Arizona and Hawaii
never change); dates inside the season and not after as_of; truth.toml <-> files (each file exactly once);
label, kind, track and status vocabulary; [counts]; totals claimed in README.md; expect.json agrees with
truth.toml; "must" strings survive decoding; weekday names agree with the dates they accompany; interview dates
are weekdays after the message; deadlines not before the message; In-Reply-To targets exist; sent flag = From
is the applicant; statuses agree with booked days and as_of; invited programs have an invitation and the others
none; booked interview days never clash; calendar attachments agree with their labels."""
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
ME = "keala.ostrander.match@gmail.com"
KINDS = {"invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other"}
STATUSES = {"invited", "scheduled", "completed", "declined", "cancelled", "waitlisted", "rejected"}
TRACKS = {"categorical", "preliminary", "advanced"}
SPECIALTIES = {"Emergency Medicine", "Internal Medicine"}
CLAIMS = dict(messages=147, programs=40, invited=33, unrelated=13, sent=25,
              counts={"Emergency Medicine": 16, "Internal Medicine": 17},
              statuses={"completed": 25, "scheduled": 2, "invited": 2, "declined": 2, "cancelled": 2,
                        "waitlisted": 1, "rejected": 6},
              kinds={"invitation": 33, "waitlist": 5, "rejection": 6, "scheduled": 38, "reminder": 19,
                     "cancellation": 8, "info": 30, "other": 8})
ZONE = {  # sender domain -> the zone its Date header is written in
    "thalamusgme.com": "UTC", "calendly.com": "UTC",
    "liaisoncas.com": "America/New_York", "aamc.org": "America/New_York", "signupgenius.com": "America/New_York",
    "nrmp.org": "America/New_York", "hilton.com": "America/New_York",
    "emra.org": "America/Chicago", "southwest.com": "America/Chicago",
    "interviewbroker.com": "America/Los_Angeles", "google.com": "America/Los_Angeles",
    "gmail.com": "America/Los_Angeles", "unr.edu": "America/Los_Angeles", "ucdavis.edu": "America/Los_Angeles",
    "kp.org": "America/Los_Angeles", "lacounty.gov": "America/Los_Angeles", "cshs.org": "America/Los_Angeles",
    "sccgov.org": "America/Los_Angeles", "stanford.edu": "America/Los_Angeles",
    "providence.org": "America/Los_Angeles", "uw.edu": "America/Los_Angeles", "vmfh.org": "America/Los_Angeles",
    "ucsf.edu": "America/Los_Angeles", "ucla.edu": "America/Los_Angeles", "uci.edu": "America/Los_Angeles",
    "alamedahealthsystem.org": "America/Los_Angeles", "ohsu.edu": "America/Los_Angeles",
    "unlv.edu": "America/Los_Angeles",
    "bannerhealth.com": "America/Phoenix", "commonspirit.org": "America/Phoenix",
    "valleywisehealth.org": "America/Phoenix",
    "imail.org": "America/Denver", "utah.edu": "America/Denver",
    "hawaii.edu": "Pacific/Honolulu",
}
errs = []


def err(*a):
    errs.append(" ".join(str(x) for x in a))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
PAT = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? (January|February|March|April|May|June|July|August|"
                 r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? "
                 r"(\d{1,2})\b(?:, (\d{4}))?")
PAT2 = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.? (\d{1,2})/(\d{1,2})\b(?:/(\d{2,4}))?")
PAT3 = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}) \((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\)")


def month(s):
    for i, m in enumerate(MONTHS, 1):
        if m.startswith(s[:3]):
            return i


def season_year(mo):
    return 2026 if mo >= 8 else 2027


def offset_str(dt, zone):
    o = int(dt.astimezone(zone).utcoffset().total_seconds())
    return f"{'-' if o < 0 else '+'}{abs(o) // 3600:02d}{abs(o) % 3600 // 60:02d}"


def ics_starts(text):
    out, inside = [], False
    for line in text.replace("\r\n ", "").splitlines():
        inside = (inside or line == "BEGIN:VEVENT") and line != "END:VEVENT"
        if inside and line.startswith("DTSTART"):
            head, _, v = line.partition(":")
            if v.endswith("Z"):
                dt = datetime.strptime(v, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
                out.append(dt.astimezone(ZoneInfo("America/Los_Angeles")).date())
            else:
                out.append(datetime.strptime(v, "%Y%m%dT%H%M%S").date())
    return out


def main():
    with open(os.path.join(ROOT, "truth.toml"), "rb") as f:
        truth = tomllib.load(f)
    with open(os.path.join(HERE, "expect.json"), encoding="utf-8") as f:
        exp = json.load(f)
    as_of = datetime.fromisoformat(truth["applicant"]["as_of"])
    if truth["applicant"]["timezone"] != "America/Los_Angeles" or truth["applicant"]["email"] != ME:
        err("applicant block")
    if not (date(2027, 2, 1) <= as_of.date() <= date(2027, 2, 10)) or as_of.utcoffset().total_seconds() != -8 * 3600:
        err("as_of not early February PST", as_of)
    for sub in ("new", "tmp"):
        d = os.path.join(ROOT, "mail", sub)
        if not os.path.isdir(d) or os.listdir(d):
            err("mail/" + sub, "missing or not empty")
    files = sorted(os.listdir(os.path.join(ROOT, "mail", "cur")))
    mids, parsed = {}, {}
    for n in files:
        if not re.fullmatch(r"\d{10}\.M\d{3}P1\.[a-z0-9-]+:2,S", n):
            err(n, "odd maildir name")
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
        if str(m["Subject"] or "x") != str(m["Subject"] or "x").strip():
            err(n, "Subject has stray whitespace")
        dt = parsedate_to_datetime(m["Date"])
        if int(n.split(".")[0]) != int(dt.timestamp()):
            err(n, "file time != Date")
        if not (datetime(2026, 9, 1, tzinfo=timezone.utc) <= dt <= as_of):
            err(n, "outside season / after as_of", dt)
        off = m["Date"].split()[-1]
        dom = parseaddr(m["From"])[1].split("@")[1].lower()
        zname = next((v for k, v in ZONE.items() if dom == k or dom.endswith("." + k)), None)
        if zname is None:
            err(n, "no zone known for sender domain", dom)
        else:
            want = "+0000" if zname == "UTC" else offset_str(dt, ZoneInfo(zname))
            if off != want:
                err(n, "Date offset", off, "but", zname, "had", want)
        text, cals = "", []
        for p in m.walk():
            if p.get_content_maintype() == "text":
                try:
                    c = p.get_content()
                except Exception as x:  # noqa: BLE001
                    err(n, "decode", x)
                    continue
                if p.get_content_subtype() == "calendar":
                    cals.append((p, c))
                else:
                    text += c + "\n"
        e = exp["messages"].get(n)
        if not e:
            err(n, "not in expect.json")
            continue
        if e["kind"] not in KINDS:
            err(n, "kind", e["kind"])
        flat = " ".join((str(m["Subject"]) + "\n" + text).split())
        for s in e["must"]:
            if s not in flat and s.replace("'", "\u2019") not in flat:
                err(n, "missing text", s)
        sent = parseaddr(m["From"])[1] == ME
        if sent != e["sent"]:
            err(n, "sent flag")
        if sent and off != offset_str(dt, ZoneInfo("America/Los_Angeles")):
            err(n, "sent mail not in Pacific time")
        for x in e["interview_dates"]:
            xd = date.fromisoformat(x)
            if xd.weekday() > 4:
                err(n, "weekend interview date", x)
            if xd <= dt.astimezone(ZoneInfo("America/Los_Angeles")).date():
                err(n, "interview date not after message", x)
        if e["deadline"] and date.fromisoformat(e["deadline"]) < dt.date():
            err(n, "deadline before message")
        if e["label"] == "unrelated" and (e["interview_dates"] or e["deadline"]):
            err(n, "unrelated mail with dates")
        for mt in PAT.finditer(text):
            wd, mo, dy, yr = mt.groups()
            mo_n = month(mo)
            try:
                real = date(int(yr) if yr else season_year(mo_n), mo_n, int(dy))
            except ValueError:
                err(n, "bad date", mt.group(0))
                continue
            if WD[real.weekday()] != wd:
                err(n, "weekday mismatch", mt.group(0))
        for mt in PAT2.finditer(text):
            wd, mo, dy, yr = mt.groups()
            y = (int(yr) + (2000 if len(yr) == 2 else 0)) if yr else season_year(int(mo))
            try:
                real = date(y, int(mo), int(dy))
            except ValueError:
                err(n, "bad date", mt.group(0))
                continue
            if WD[real.weekday()] != wd:
                err(n, "weekday mismatch", mt.group(0))
        for mt in PAT3.finditer(text):
            mo, dy, yr, wd = mt.groups()
            if WD[date(int(yr), int(mo), int(dy)).weekday()] != wd:
                err(n, "weekday mismatch", mt.group(0))
        for p, c in cals:
            meth = re.search(r"^METHOD:(\w+)", c, re.M)
            if not meth or (p.get_param("method") or "").upper() != meth.group(1):
                err(n, "calendar METHOD mismatch")
            if "BEGIN:VEVENT" not in c or "END:VCALENDAR" not in c:
                err(n, "calendar incomplete")
            if e["kind"] == "scheduled":
                for sd in ics_starts(c):
                    if str(sd) not in e["interview_dates"]:
                        err(n, "calendar start", sd, "not among labelled dates", e["interview_dates"])
    for n, m in parsed.items():
        irt = m["In-Reply-To"]
        if irt and irt not in mids:
            err(n, "In-Reply-To target missing")
        if irt and irt in mids and mids[irt] >= n:
            err(n, "replies to a later message")
    # truth <-> files
    seen = list(truth["unrelated"])
    keys = [p["key"] for p in truth["program"]]
    if len(keys) != len(set(keys)):
        err("duplicate program keys")
    for p in truth["program"]:
        seen += p["messages"]
        if p["track"] not in TRACKS:
            err(p["key"], "track", p["track"])
        if p["final_status"] not in STATUSES:
            err(p["key"], "status", p["final_status"])
        if p["specialty"] not in SPECIALTIES:
            err(p["key"], "specialty", p["specialty"])
        if p["track"] == "preliminary" and p["specialty"] != "Internal Medicine":
            err(p["key"], "preliminary outside IM")
        ep = exp["programs"].get(p["key"])
        if not ep or (ep["institution"], ep["specialty"], ep["track"], ep["invited"], ep["status"]) != (
                p["institution"], p["specialty"], p["track"], p["invited"], p["final_status"]):
            err(p["key"], "expect.json program disagrees with truth.toml")
        kinds = [exp["messages"][n]["kind"] for n in p["messages"]]
        if p["invited"] != ("invitation" in kinds):
            err(p["key"], "invited flag vs invitation messages", kinds)
        if p["invited"] == (p["final_status"] in ("rejected", "waitlisted")):
            err(p["key"], "invited flag vs status")
        for n in p["messages"]:
            if exp["messages"].get(n, {}).get("label") != p["key"]:
                err(n, "label mismatch", p["key"])
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
    # booked days vs statuses and as_of; clashes
    days = {}
    for k, v in exp["programs"].items():
        iv, st = v["interview"], v["status"]
        if iv:
            d = date.fromisoformat(iv)
            if st not in ("completed", "scheduled"):
                err(k, "interview day with status", st)
            if st == "completed" and d >= as_of.date():
                err(k, "completed but day not before as_of")
            if st == "scheduled" and d <= as_of.date():
                err(k, "scheduled but day already passed")
            if iv in days:
                err(k, "clash with", days[iv])
            days[iv] = k
            msgs = next(p["messages"] for p in truth["program"] if p["key"] == k)
            if iv not in [x for n in msgs for x in exp["messages"][n]["interview_dates"]]:
                err(k, "booked day never in its mail")
            last = [n for n in msgs if exp["messages"][n]["kind"] == "scheduled"]
            if not last or iv not in exp["messages"][last[-1]]["interview_dates"]:
                err(k, "last scheduled message does not carry the booked day")
        elif st in ("completed", "scheduled"):
            err(k, "no day")
    # claims
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
    need = [f"{CLAIMS['messages']} messages", f"{CLAIMS['programs']} programs have mail",
            f"{CLAIMS['invited']} of them invited her", f"{CLAIMS['unrelated']} messages are about none",
            f"{CLAIMS['sent']} messages are her own sent mail"]
    need += [f"Emergency Medicine {CLAIMS['counts']['Emergency Medicine']}",
             f"Internal Medicine {CLAIMS['counts']['Internal Medicine']}"]
    need += [f"{k} {v}" for k, v in CLAIMS["kinds"].items()]
    need += [f"| {k} | {v} |" for k, v in CLAIMS["statuses"].items()]
    for s in need:
        if s not in readme:
            err("README lacks", repr(s))
    for k in keys:
        if f"`{k}`" not in readme:
            err("README does not mention", k)
    for e_ in errs:
        print("ERROR", e_)
    print(f"{len(files)} files checked, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
