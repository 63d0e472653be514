"""Season O checker (standard library only).  Run: python3 _gen/check.py

Checks: every file in mail/cur parses with the stdlib email package without defects and all text parts
decode; mail/new and mail/tmp exist and are empty; file names, order, and file time = Date header; Date
offsets per sender; every message between 2026-09-01 and as_of; truth.toml <-> files (each file exactly once);
vocabulary of specialty / track / status; invited flags; [counts]; the totals claimed in README.md;
expect.json agrees with truth.toml; strings that must survive decoding; weekday names agree with the dates
they accompany; interview dates are weekdays after the message and written in it; deadlines fall on or after
the message day and before the first offered date; In-Reply-To targets exist; sent flag = From is the
applicant; each program's institution is named in its mail; final statuses agree with booked days and as_of;
no two booked interview days clash."""
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
ET = ZoneInfo("America/New_York")
ME = "lmarchetti.rwjms27@gmail.com"
KINDS = {"invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other"}
STATUSES = {"invited", "scheduled", "completed", "declined", "cancelled", "waitlisted", "rejected"}
TRACKS = {"Internal Medicine": {"categorical", "preliminary"}, "Neurology": {"categorical", "advanced"}}
CLAIMS = dict(messages=137, programs=41, invited=33, unrelated=13, sent=27,
              counts={"Internal Medicine": 23, "Neurology": 10},
              statuses={"completed": 25, "scheduled": 3, "invited": 1, "declined": 3, "cancelled": 1,
                        "waitlisted": 1, "rejected": 7},
              kinds={"invitation": 33, "waitlist": 5, "rejection": 7, "scheduled": 37, "reminder": 9,
                     "cancellation": 7, "info": 30, "other": 9})
EAST, Z, PAC, CEN = {"-0400", "-0500"}, {"+0000"}, {"-0700", "-0800"}, {"-0500", "-0600"}
OFFSETS = {"thalamusgme.com": Z, "calendly.com": Z, "interviewbroker.com": PAC, "google.com": PAC, "aan.com": CEN}
errs = []


def err(*a):
    errs.append(" ".join(str(x) for x in a))


MON = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
       "november", "december"]
MONTHS = {m: i for i, m in enumerate(MON, 1)} | {m[:3]: i for i, m in enumerate(MON, 1)} | {"sept": 9}
WDN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WD = {w: i for i, w in enumerate(WDN)} | {w[:3]: i for i, w in enumerate(WDN)} | {"tues": 1, "thur": 3, "thurs": 3}
WDR = r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)"
MR = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
      r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
PATS = [re.compile(WDR + r"\.?,?\s+" + MR + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b"),
        re.compile(WDR + r"\.?,?\s+(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b"),
        re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\s+\((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\)")]


def yr(month):
    return 2026 if month >= 7 else 2027


def weekdays_ok(name, text):
    n = 0
    for i, pat in enumerate(PATS):
        for m in pat.finditer(text):
            g = m.groups()
            try:
                if i == 0:
                    w, mo, dd, y = WD[g[0].lower()], MONTHS[g[1].lower()], int(g[2]), g[3]
                elif i == 1:
                    w, mo, dd, y = WD[g[0].lower()], int(g[1]), int(g[2]), g[3]
                else:
                    mo, dd, y, w = int(g[0]), int(g[1]), g[2], WD[g[3].lower()]
                y = int(y) if y else yr(mo)
                y = y + 2000 if y < 100 else y
                if date(y, mo, dd).weekday() != w:
                    err(name, "weekday mismatch:", m.group(0))
                n += 1
            except (ValueError, KeyError):
                err(name, "bad date:", m.group(0))
    return n


def forms(x):
    return {f"{x:%B} {x.day}", f"{x.month}/{x.day}", f"{x:%m/%d/%Y}", f"{x:%b} {x.day}"}


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                c = part.get_content()
            except Exception as ex:  # noqa: BLE001
                err("decode failure", ex)
                continue
            if isinstance(c, bytes):
                c = c.decode("utf-8")
            if part.get_content_subtype() == "html":
                import html as H
                c = H.unescape(re.sub(r"<[^>]+>", " ", c))
            out.append(c)
    return "\n".join(out)


def main():
    truth = tomllib.load(open(os.path.join(ROOT, "truth.toml"), "rb"))
    expect = json.load(open(os.path.join(HERE, "expect.json"), encoding="utf-8"))
    as_of = datetime.fromisoformat(truth["applicant"]["as_of"])
    if truth["applicant"]["timezone"] != "America/New_York":
        err("timezone")
    for sub in ("new", "tmp"):
        d = os.path.join(ROOT, "mail", sub)
        if not os.path.isdir(d) or os.listdir(d):
            err("mail/" + sub, "missing or not empty")
    files = sorted(os.listdir(os.path.join(ROOT, "mail", "cur")), key=lambda n: int(n.split(".")[1][1:4]))
    msgs, mids, stamps = {}, {}, []
    for i, name in enumerate(files, 1):
        m = re.fullmatch(r"(\d{10})\.M(\d{3})P1\.([a-z0-9-]+):2,S", name)
        if not m or int(m.group(2)) != i:
            err(name, "bad file name / sequence")
            continue
        raw = open(os.path.join(ROOT, "mail", "cur", name), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                err(name, "MIME defects", part.defects)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err(name, "missing", h)
        dt = parsedate_to_datetime(msg["Date"])
        if int(dt.timestamp()) != int(m.group(1)):
            err(name, "file time != Date")
        stamps.append(dt)
        if not (datetime(2026, 9, 1, tzinfo=ET) <= dt <= as_of):
            err(name, "outside season / after as_of", dt)
        frm = parseaddr(str(msg["From"]))[1].lower()
        dom = frm.split("@")[1]
        off = msg["Date"].split()[-1]
        allowed = OFFSETS.get(dom, EAST)
        if off not in allowed:
            err(name, "offset", off, "for", dom)
        if dom not in OFFSETS:      # Eastern senders: offset must match DST on that day
            want = dt.astimezone(ET).strftime("%z")
            if off != want:
                err(name, "DST offset", off, "want", want)
        text = texts(msg) + "\n" + str(msg["Subject"])
        mids[str(msg["Message-ID"])] = name
        msgs[name] = (msg, text, dt, frm)
    if stamps != sorted(stamps):
        err("files not in time order")
    # ---- truth <-> files
    seen = {}
    for n in truth["unrelated"]:
        seen.setdefault(n, []).append("unrelated")
    keys = set()
    counts = {}
    st = {}
    for p in truth["program"]:
        if p["key"] in keys:
            err("duplicate key", p["key"])
        keys.add(p["key"])
        if p["specialty"] not in TRACKS or p["track"] not in TRACKS[p["specialty"]]:
            err(p["key"], "specialty/track", p["specialty"], p["track"])
        if p["final_status"] not in STATUSES:
            err(p["key"], "status", p["final_status"])
        st[p["final_status"]] = st.get(p["final_status"], 0) + 1
        if p["invited"] != (p["final_status"] not in ("rejected", "waitlisted")):
            err(p["key"], "invited flag vs status")
        if p["invited"]:
            counts[p["specialty"]] = counts.get(p["specialty"], 0) + 1
        for n in p["messages"]:
            seen.setdefault(n, []).append(p["key"])
        inst = p["institution"].lower()
        if not any(inst in msgs[n][1].lower() for n in p["messages"] if n in msgs):
            err(p["key"], "institution never named:", p["institution"])
    for n in files:
        if len(seen.get(n, [])) != 1:
            err(n, "labelled", seen.get(n))
    for n in seen:
        if n not in msgs:
            err("truth names missing file", n)
    if counts != truth["counts"]:
        err("counts", counts, truth["counts"])
    # ---- expect.json and per-message checks
    kinds, booked = {}, {}
    for n, (msg, text, dt, frm) in msgs.items():
        ex = expect["messages"].get(n)
        if not ex:
            err(n, "not in expect.json")
            continue
        if ex["label"] != seen.get(n, [None])[0]:
            err(n, "expect label != truth")
        if ex["kind"] not in KINDS:
            err(n, "kind", ex["kind"])
        kinds[ex["kind"]] = kinds.get(ex["kind"], 0) + 1
        if ex["sent"] != (frm == ME):
            err(n, "sent flag vs From")
        for s in ex["must"]:
            if s not in text:
                err(n, "must string missing:", s)
        weekdays_ok(n, text)
        local = dt.astimezone(ET).date()
        for s in ex["interview_dates"]:
            x = date.fromisoformat(s)
            if x.weekday() > 4:
                err(n, "interview on weekend", s)
            if x <= local:
                err(n, "interview date not after message", s)
            if not any(f in text for f in forms(x)):
                err(n, "interview date not written in message", s)
        if ex["deadline"]:
            dl = date.fromisoformat(ex["deadline"])
            if dl < local:
                err(n, "deadline before message")
            if ex["interview_dates"] and dl >= min(date.fromisoformat(s) for s in ex["interview_dates"]):
                err(n, "deadline not before first offered date")
            if not ex["respond_by"] or ex["respond_by"] not in text:
                err(n, "respond_by wording not in text")
        irt = msg["In-Reply-To"]
        if irt and str(irt) not in mids:
            err(n, "In-Reply-To target missing")
    for k, v in expect["programs"].items():
        iv = v["interview"]
        if iv:
            if iv in booked:
                err("clash", iv, k, booked[iv])
            booked[iv] = k
            d = date.fromisoformat(iv)
            if v["status"] == "completed" and d >= as_of.date():
                err(k, "completed but after as_of")
            if v["status"] == "scheduled" and d <= as_of.date():
                err(k, "scheduled but not after as_of")
        elif v["status"] in ("completed", "scheduled"):
            err(k, "status needs a booked day")
    # ---- README claims
    got = dict(messages=len(msgs), programs=len(truth["program"]), unrelated=len(truth["unrelated"]),
               invited=sum(1 for p in truth["program"] if p["invited"]),
               sent=sum(1 for v in msgs.values() if v[3] == ME), counts=counts, statuses=st, kinds=kinds)
    for k, v in CLAIMS.items():
        if got[k] != v:
            err("claim", k, "expected", v, "got", got[k])
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    for s in (f"{CLAIMS['messages']} messages", f"{CLAIMS['programs']} programs", f"{CLAIMS['unrelated']} messages are",
              f"{CLAIMS['sent']} messages are her own"):
        if s not in readme:
            err("README lacks", repr(s))
    for k, v in CLAIMS["kinds"].items():
        if f"{k} {v}" not in readme:
            err("README lacks kind count", k, v)
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(msgs)} messages, {len(truth['program'])} programs, counts {counts}")


if __name__ == "__main__":
    main()
