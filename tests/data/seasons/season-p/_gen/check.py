"""Season P checker (stdlib only).  Run: python3 _gen/check.py

Checks: every file in mail/cur parses without defects and its text parts decode; mail/new and mail/tmp exist
and are empty; file time = Date header; Date offsets per sender; dates inside the season and before as_of;
truth.toml <-> files (each file exactly once); track/status vocabulary; [counts]; totals claimed in README.md;
expect.json agrees with truth.toml; "must" strings survive decoding; weekday names agree with the dates they
accompany; interview dates are weekdays; In-Reply-To targets exist; sent flag = From is the applicant;
statuses agree with booked days and as_of; no two booked interview days clash."""
import json
import os
import re
import sys
import tomllib
from datetime import date, datetime
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ME = "marisol.haugen.match27@gmail.com"
STATUSES = {"invited", "scheduled", "completed", "declined", "cancelled", "waitlisted", "rejected"}
TRACKS = {"categorical", "preliminary", "advanced"}
CLAIMS = dict(messages=143, programs=40, invited=33, unrelated=14, sent=28,
              counts={"Pediatrics": 18, "Internal Medicine/Pediatrics": 15},
              statuses={"completed": 26, "scheduled": 2, "invited": 1, "declined": 3, "cancelled": 1,
                        "waitlisted": 1, "rejected": 6},
              kinds={"invitation": 33, "waitlist": 5, "rejection": 6, "scheduled": 38, "reminder": 13,
                     "cancellation": 7, "info": 32, "other": 9})
EAST, CEN, Z, PAC = {"-0400", "-0500"}, {"-0500", "-0600"}, {"+0000"}, {"-0700", "-0800"}
BYDOMAIN = {"thalamusgme.com": Z, "calendly.com": Z, "interviewbroker.com": PAC, "google.com": PAC,
            "aamc.org": EAST, "signupgenius.com": EAST, "nrmp.org": EAST, "gmail.com": CEN}
errs = []


def err(*a):
    errs.append(" ".join(str(x) for x in a))


MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                       "September", "October", "November", "December"], 1)}
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PAT = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (January|February|March|April|May|June|July|August|"
                 r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.? (\d{1,2})\b"
                 r"(?:, (\d{4}))?")


def month(s):
    for k, v in MONTHS.items():
        if k.startswith(s):
            return v


def main():
    with open(os.path.join(ROOT, "truth.toml"), "rb") as f:
        truth = tomllib.load(f)
    with open(os.path.join(HERE, "expect.json"), encoding="utf-8") as f:
        exp = json.load(f)
    as_of = datetime.fromisoformat(truth["applicant"]["as_of"])
    for sub in ("new", "tmp"):
        d = os.path.join(ROOT, "mail", sub)
        if not os.path.isdir(d) or os.listdir(d):
            err("mail/" + sub, "missing or not empty")
    files = sorted(os.listdir(os.path.join(ROOT, "mail", "cur")))
    mids, parsed = {}, {}
    for n in files:
        with open(os.path.join(ROOT, "mail", "cur", n), "rb") as f:
            m = BytesParser(policy=policy.default).parse(f)
        parsed[n] = m
        mids[m["Message-ID"]] = n
        for p in m.walk():
            if p.defects:
                err(n, "defects", p.defects)
        if m.defects:
            err(n, "defects", m.defects)
        dt = parsedate_to_datetime(m["Date"])
        if int(n.split(".")[0]) != int(dt.timestamp()):
            err(n, "file time != Date")
        if not (datetime(2026, 9, 1, tzinfo=dt.tzinfo) <= dt <= as_of):
            err(n, "outside season / after as_of", dt)
        off = m["Date"].split()[-1]
        dom = parseaddr(m["From"])[1].split("@")[1]
        allowed = next((v for k, v in BYDOMAIN.items() if dom.endswith(k)), None)
        if allowed and off not in allowed:
            err(n, "offset", off, "for", dom)
        if off not in EAST | CEN | Z | PAC:
            err(n, "odd offset", off)
        # DST: the offset must be what the sender's zone had at that instant (DST ends 1 Nov 2026)
        if off != "+0000":
            zs = [ZoneInfo(z) for z in ("America/New_York", "America/Chicago", "America/Los_Angeles")]
            ok = {(lambda o: f"{'-' if o < 0 else '+'}{abs(o) // 3600:02d}{abs(o) % 3600 // 60:02d}")(
                int(dt.astimezone(z).utcoffset().total_seconds())) for z in zs}
            if off not in ok:
                err(n, "offset wrong for the date", off)
        text = ""
        for p in m.walk():
            if p.get_content_maintype() == "text":
                try:
                    text += p.get_content() + "\n"
                except Exception as x:  # noqa: BLE001
                    err(n, "decode", x)
        e = exp["messages"].get(n)
        if not e:
            err(n, "not in expect.json")
            continue
        for s in e["must"]:
            if s.replace("'", "\u2019") not in text and s not in text:
                err(n, "missing text", s)
        sent = parseaddr(m["From"])[1] == ME
        if sent != e["sent"]:
            err(n, "sent flag")
        for x in e["interview_dates"]:
            if date.fromisoformat(x).weekday() > 4:
                err(n, "weekend interview date", x)
            if date.fromisoformat(x) <= dt.date():
                err(n, "interview date not after message", x)
        for mt in PAT.finditer(text):
            wd, mo, dy, yr = mt.groups()
            mo_n = month(mo)
            y = int(yr) if yr else (2026 if mo_n >= 8 else 2027)
            try:
                real = date(y, mo_n, int(dy))
            except ValueError:
                err(n, "bad date", mt.group(0))
                continue
            if WD[real.weekday()][:3] != wd:
                err(n, "weekday mismatch", mt.group(0))
    for n, m in parsed.items():
        irt = m["In-Reply-To"]
        if irt and irt not in mids:
            err(n, "In-Reply-To target missing")
    # truth <-> files
    seen = list(truth["unrelated"])
    for p in truth["program"]:
        seen += p["messages"]
        if p["track"] not in TRACKS:
            err(p["key"], "track", p["track"])
        if p["final_status"] not in STATUSES:
            err(p["key"], "status", p["final_status"])
        for n in p["messages"]:
            if exp["messages"].get(n, {}).get("label") != p["key"]:
                err(n, "label mismatch", p["key"])
    for n in truth["unrelated"]:
        if exp["messages"].get(n, {}).get("label") != "unrelated":
            err(n, "label mismatch unrelated")
    if sorted(seen) != files:
        err("truth files != mail/cur", set(seen) ^ set(files))
    counts = {}
    for p in truth["program"]:
        if p["invited"]:
            counts[p["specialty"]] = counts.get(p["specialty"], 0) + 1
    if counts != truth["counts"]:
        err("counts", counts, truth["counts"])
    # statuses vs booked days; clashes
    days = {}
    for k, v in exp["programs"].items():
        iv, st = v["interview"], v["status"]
        if iv:
            d = date.fromisoformat(iv)
            if st == "completed" and d >= as_of.date():
                err(k, "completed but day not before as_of")
            if st == "scheduled" and d <= as_of.date():
                err(k, "scheduled but day already passed")
            if iv in days:
                err(k, "clash with", days[iv])
            days[iv] = k
            named = [x for n in truth_msgs(truth, k) for x in exp["messages"][n]["interview_dates"]]
            if iv not in named:
                err(k, "booked day never in its mail")
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
    for s in (f"{CLAIMS['messages']} messages", f"{CLAIMS['programs']} programs",
              f"{CLAIMS['unrelated']} messages are about none"):
        if s not in readme:
            err("README lacks", s)
    for e_ in errs:
        print("ERROR", e_)
    print(f"{len(files)} files checked, {len(errs)} errors")
    return 1 if errs else 0


def truth_msgs(truth, key):
    for p in truth["program"]:
        if p["key"] == key:
            return p["messages"]
    return []


if __name__ == "__main__":
    sys.exit(main())
