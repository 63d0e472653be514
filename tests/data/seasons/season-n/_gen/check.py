"""Season N checker (standard library only). Run: python3 _gen/check.py

Checks: every file in mail/cur parses without MIME defects and its text parts decode; mail/new and mail/tmp are
empty; file names, sequence order and file time = Date header; Date header weekday and per-sender UTC offsets;
every message between 2026-09-01 and as_of; truth.toml <-> files (each file labelled exactly once); specialty,
track and status vocabulary; [counts]; the totals claimed in README.md; expect.json labels and kinds; strings
that must survive decoding; weekday names agree with the dates they accompany; interview dates are weekdays
after the message and written in it; deadlines after the message and before the first offered date; In-Reply-To
targets exist; sent flag = From is the applicant; each program's institution is named in its mail; final
statuses agree with booked days and as_of; no two booked interviews on one day."""
import email
import html
import json
import os
import re
import sys
import tomllib
from datetime import date, datetime
from email import policy
from email.utils import parseaddr, parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MT = ZoneInfo("America/Denver")
ME = "noor.halvorsen.md@gmail.com"
KINDS = {"invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other"}
STATUSES = {"invited", "scheduled", "completed", "declined", "cancelled", "waitlisted", "rejected"}
TRACKS = {"Surgery": {"categorical", "preliminary"}, "Anesthesiology": {"categorical", "advanced"},
          "Internal Medicine": {"preliminary"}, "Transitional Year": {"transitional"}}

# what README.md claims
CLAIMS = dict(messages=138, programs=41, invited=33, unrelated=13, sent=29,
              counts={"Surgery": 17, "Anesthesiology": 12, "Internal Medicine": 2, "Transitional Year": 2},
              statuses={"completed": 26, "scheduled": 2, "invited": 1, "declined": 3, "cancelled": 1,
                        "waitlisted": 1, "rejected": 7},
              kinds={"invitation": 34, "waitlist": 5, "rejection": 7, "scheduled": 37, "reminder": 8,
                     "cancellation": 8, "info": 31, "other": 8})
PAC, MTN, AZO, EAST, Z = {"-0700", "-0800"}, {"-0600", "-0700"}, {"-0700"}, {"-0400", "-0500"}, {"+0000"}
OFFSETS = {"thalamusgme.com": Z, "calendly.com": Z, "interviewbroker.com": PAC, "google.com": PAC,
           "signupgenius.com": PAC, "aamc.org": EAST, "nrmp.org": EAST, "gmail.com": MTN,
           "hsc.utah.edu": MTN, "imail.org": MTN, "cuanschutz.edu": MTN, "ucsf.edu": PAC,
           "alamedahealthsystem.org": PAC, "mednet.ucla.edu": PAC, "dhs.lacounty.gov": PAC, "hs.uci.edu": PAC,
           "ucdavis.edu": PAC, "ohsu.edu": PAC, "uw.edu": PAC, "virginiamason.org": PAC, "kp.org": PAC,
           "hcahealthcare.com": PAC, "stanford.edu": PAC, "scrippshealth.org": PAC, "valleywisehealth.org": AZO,
           "bannerhealth.com": AZO, "surgery.arizona.edu": AZO, "anesthesiology.arizona.edu": AZO, "mayo.edu": AZO}

errs = []


def err(*a):
    errs.append(" ".join(str(x) for x in a))


MON = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
       "november", "december"]
MONTHS = {m: i for i, m in enumerate(MON, 1)}
MONTHS.update({m[:3]: i for i, m in enumerate(MON, 1)})
MONTHS["sept"] = 9
WDN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WD = {w: i for i, w in enumerate(WDN)}
WD.update({w[:3]: i for i, w in enumerate(WDN)})
WD.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
WDR = r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)"
MR = (r"(January|February|March|April|May|June|July|August|September|October|November|December|"
      r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
PATS = [("wmd", re.compile(WDR + r"\.?,?\s+" + MR + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b")),
        ("wnum", re.compile(WDR + r"\.?,?\s+(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")),
        ("numw", re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\s+\((Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\)"))]


def season_year(month):
    return 2026 if month >= 7 else 2027


def check_weekdays(name, text):
    for kind, pat in PATS:
        for m in pat.finditer(text):
            g = m.groups()
            try:
                if kind == "wmd":
                    w, mo, dy, yr = g[0], MONTHS[g[1].lower()], int(g[2]), int(g[3]) if g[3] else None
                elif kind == "wnum":
                    w, mo, dy = g[0], int(g[1]), int(g[2])
                    yr = int(g[3]) if g[3] else None
                    if yr and yr < 100:
                        yr += 2000
                else:
                    mo, dy, yr, w = int(g[0]), int(g[1]), int(g[2]), g[3]
                x = date(yr or season_year(mo), mo, dy)
            except (KeyError, ValueError) as ex:
                err(name, "unreadable date", repr(m.group(0)), ex)
                continue
            if x.weekday() != WD[w.lower()]:
                err(name, f"weekday wrong: {m.group(0)!r} is a {x:%A}")


def strip_html(s):
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</li>|</h\d>|</div>|</td>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def text_of(msg, name):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        for dft in part.defects:
            err(name, "MIME defect:", type(dft).__name__)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if not ct.startswith("text/"):
            continue
        try:
            c = part.get_content()
        except Exception as ex:  # noqa: BLE001
            err(name, "cannot decode", ct, ex)
            continue
        if ct == "text/html":
            out.append(strip_html(c))
            out += [html.unescape(h) for h in re.findall(r'href="([^"]+)"', c)]
        elif ct == "text/calendar":
            out.append(c.replace("\r\n ", "").replace("\n ", ""))
        else:
            out.append(c)
    return "\n".join(out)


def main():
    truth = tomllib.load(open(os.path.join(ROOT, "truth.toml"), "rb"))
    exp = json.load(open(os.path.join(HERE, "expect.json"), encoding="utf-8"))
    as_of = datetime.fromisoformat(truth["applicant"]["as_of"])
    if exp["as_of"] != truth["applicant"]["as_of"]:
        err("as_of differs between truth.toml and expect.json")
    if truth["applicant"]["timezone"] != "America/Denver" or truth["applicant"]["email"] != ME:
        err("applicant block unexpected")
    mdir = os.path.join(ROOT, "mail")
    if not os.path.isdir(os.path.join(mdir, "cur")):
        err("mail/cur missing")  # new/ and tmp/ are empty and may be absent after a git checkout
    for sub in ("new", "tmp"):
        if os.path.isdir(os.path.join(mdir, sub)) and os.listdir(os.path.join(mdir, sub)):
            err(f"mail/{sub} not empty")
    files = sorted(os.listdir(os.path.join(mdir, "cur")))

    # ------------------------------------------------------------ truth <-> files
    owner = {}
    for n in truth["unrelated"]:
        owner.setdefault(n, []).append("unrelated")
    keys = set()
    for p in truth["program"]:
        if p["key"] in keys:
            err("duplicate key", p["key"])
        keys.add(p["key"])
        if p["final_status"] not in STATUSES:
            err(p["key"], "bad final_status", p["final_status"])
        if p["specialty"] not in TRACKS:
            err(p["key"], "bad specialty", p["specialty"])
        elif p["track"] not in TRACKS[p["specialty"]]:
            err(p["key"], "unexpected track", p["track"])
        if not p["messages"]:
            err(p["key"], "no messages")
        for n in p["messages"]:
            owner.setdefault(n, []).append(p["key"])
    for n in files:
        if n not in owner:
            err("file not in truth.toml:", n)
        elif len(owner[n]) > 1:
            err("file labelled twice:", n, owner[n])
    for n in owner:
        if n not in files:
            err("truth.toml names a missing file:", n)
    counts = {}
    for p in truth["program"]:
        if p["invited"]:
            counts[p["specialty"]] = counts.get(p["specialty"], 0) + 1
    if counts != truth["counts"]:
        err("[counts] disagrees with the programs:", counts, truth["counts"])

    # ------------------------------------------------------------ messages
    texts, mids, irts, seen = {}, set(), {}, []
    kinds, n_sent = {}, 0
    fre = re.compile(r"^(\d{10})\.M(\d{3})P1\.([a-z0-9-]+):2,S$")
    for n in files:
        m = fre.match(n)
        if not m:
            err("bad file name", n)
            continue
        raw = open(os.path.join(mdir, "cur", n), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err(n, "missing", h)
            elif str(msg[h]) != str(msg[h]).strip():
                err(n, "header value has surrounding whitespace:", h)
        dt = parsedate_to_datetime(str(msg["Date"]))
        if int(dt.timestamp()) != int(m.group(1)):
            err(n, "file time differs from Date header")
        if str(msg["Date"]).split(",")[0] != f"{dt:%a}":
            err(n, "Date header weekday wrong")
        if not (datetime(2026, 9, 1, tzinfo=MT) <= dt <= as_of):
            err(n, "outside the season or after as_of:", dt)
        frm = parseaddr(str(msg["From"]))[1]
        off = str(msg["Date"]).split()[-1]
        dom = frm.split("@")[-1]
        if dom not in OFFSETS:
            pass
        elif off not in OFFSETS[dom]:
            err(n, "Date offset", off, "unusual for", dom)
        seen.append((int(m.group(2)), dt, n))
        mid = str(msg["Message-ID"])
        if mid in mids:
            err(n, "duplicate Message-ID")
        mids.add(mid)
        if msg["In-Reply-To"]:
            irts[n] = str(msg["In-Reply-To"])
        t = text_of(msg, n)
        texts[n] = norm(t)
        check_weekdays(n, t)
        e = exp["messages"].get(n)
        if e is None:
            err(n, "not in expect.json")
            continue
        if e["label"] not in owner.get(n, []):
            err(n, "expect.json label differs from truth.toml")
        if e["kind"] not in KINDS:
            err(n, "bad kind", e["kind"])
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
        if (frm == ME) != e["sent"]:
            err(n, "sent flag disagrees with From")
        n_sent += e["sent"]
        for s in e["must"]:
            if norm(s) not in texts[n]:
                err(n, "expected text missing:", repr(s))
        loc = dt.astimezone(MT).date()
        ids = [date.fromisoformat(x) for x in e["interview_dates"]]
        for x in ids:
            if x <= loc:
                err(n, "interview date not after the message", x)
            if x.weekday() > 4:
                err(n, "interview date on a weekend", x)
            forms = (f"{x:%B} {x.day}", f"{x.month}/{x.day}", f"{x:%b} {x.day}", f"{x:%m/%d/%Y}")
            if not any(v in texts[n] for v in forms):
                err(n, "interview date not written in the message", x)
        if e["kind"] == "invitation" and not ids:
            err(n, "invitation without dates")
        if e["kind"] in ("cancellation", "rejection", "waitlist") and ids:
            err(n, e["kind"], "should list no interview dates")
        if e["deadline"]:
            dl = date.fromisoformat(e["deadline"])
            if dl <= loc:
                err(n, "deadline not after the message")
            if ids and dl >= min(ids):
                err(n, "deadline not before the first interview date")
            if not e["respond_by"] or norm(e["respond_by"]) not in texts[n]:
                err(n, "respond_by text missing from the message")
        elif e["respond_by"]:
            err(n, "respond_by without an ISO deadline")
    seen.sort()
    for i, (seq, dt, n) in enumerate(seen, 1):
        if seq != i:
            err(n, "sequence number out of order", seq, i)
        if i > 1 and dt <= seen[i - 2][1]:
            err(n, "time does not advance")
    for n, irt in irts.items():
        if irt not in mids:
            err(n, "In-Reply-To target not in the mailbox")
    if set(exp["messages"]) != set(files):
        err("expect.json and mail/cur differ")

    # ------------------------------------------------------------ programs
    st_count, booked_days = {}, {}
    for p in truth["program"]:
        k, st = p["key"], p["final_status"]
        st_count[st] = st_count.get(st, 0) + 1
        pe = exp["programs"][k]
        alltext = " ".join(texts.get(n, "") for n in p["messages"])
        if norm(p["institution"]) not in alltext:
            err(k, "institution not named in its mail:", p["institution"])
        iv = pe["interview"]
        pk = [exp["messages"][n]["kind"] for n in p["messages"]]
        if st in ("completed", "scheduled"):
            if not iv:
                err(k, st, "without an interview date")
            else:
                ivd = date.fromisoformat(iv)
                if st == "completed" and ivd >= as_of.date():
                    err(k, "completed but the day is not before as_of")
                if st == "scheduled" and ivd <= as_of.date():
                    err(k, "scheduled but the day is not after as_of")
                booked = [x for n in p["messages"] for x in exp["messages"][n]["interview_dates"]
                          if exp["messages"][n]["kind"] == "scheduled"]
                if iv not in booked:
                    err(k, "interview day never booked in its mail", iv)
                elif booked[-1] != iv:
                    err(k, "last booked day is not the interview day", booked[-1], iv)
                if iv in booked_days:
                    err(k, "interview day clashes with", booked_days[iv], iv)
                booked_days[iv] = k
        elif iv:
            err(k, "interview date given for status", st)
        if st in ("invited", "scheduled", "completed", "declined", "cancelled") and not p["invited"]:
            err(k, "status implies an invitation")
        if st in ("waitlisted", "rejected") and p["invited"]:
            err(k, "status implies no invitation")
        if p["invited"] and "invitation" not in pk:
            err(k, "invited but no invitation message")
        if st == "rejected" and "rejection" not in pk:
            err(k, "rejected without a rejection message")
        if st == "waitlisted" and pk[-1] != "waitlist":
            err(k, "waitlisted but the last message is", pk[-1])
        if st in ("declined", "cancelled") and "cancellation" not in pk:
            err(k, st, "without a cancellation message")
        if st == "invited" and ("scheduled" in pk or pk[-1] != "invitation"):
            err(k, "invited but the mail shows more than an invitation")

    # ------------------------------------------------------------ claims
    got = dict(messages=len(files), programs=len(truth["program"]),
               invited=sum(1 for p in truth["program"] if p["invited"]), unrelated=len(truth["unrelated"]),
               sent=n_sent, counts=truth["counts"], statuses=st_count, kinds=kinds)
    for k, v in CLAIMS.items():
        if got[k] != v:
            err(f"claim {k}: README says {v}, data has {got[k]}")

    print(f"{len(files)} files, {len(truth['program'])} programs ({got['invited']} invited), "
          f"{len(truth['unrelated'])} unrelated, {n_sent} sent, counts {truth['counts']}")
    print(f"statuses {dict(sorted(st_count.items()))}")
    print(f"kinds {dict(sorted(kinds.items()))}")
    if errs:
        print(f"{len(errs)} problem(s):")
        for x in errs:
            print("  -", x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
