"""Season K checker (standard library only). Run: python3 _gen/check.py"""
import email
import html
import json
import os
import re
import sys
import tomllib
from datetime import date, datetime
from email import policy
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CHI = ZoneInfo("America/Chicago")
errs = []


def err(*a):
    errs.append(" ".join(str(x) for x in a))


MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"], 1)}
for k, v in list(MONTHS.items()):
    MONTHS[k[:3]] = v
MONTHS["sept"] = 9
WD = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
for k, v in list(WD.items()):
    WD[k[:3]] = v
WD.update({"tues": 1, "thur": 3, "thurs": 3, "weds": 2})
WDR = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Weds|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)"
MR = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
PATS = [
    ("wmdy", re.compile(WDR + r"\.?,? " + MR + r"\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b")),
    ("wnum", re.compile(WDR + r"\.?,? (\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")),
    ("wdmy", re.compile(WDR + r"\.?,? (\d{1,2}) " + MR + r"\.?,? (\d{4})\b")),
]


def infer_year(m):
    return 2026 if m >= 7 else 2027


def check_weekdays(name, text):
    n = 0
    for kind, pat in PATS:
        for mt in pat.finditer(text):
            g = mt.groups()
            wd = WD[g[0].lower()]
            try:
                if kind == "wmdy":
                    mo, dy, yr = MONTHS[g[1].lower()], int(g[2]), int(g[3]) if g[3] else None
                elif kind == "wnum":
                    mo, dy = int(g[1]), int(g[2])
                    yr = int(g[3]) if g[3] else None
                    if yr and yr < 100:
                        yr += 2000
                else:
                    dy, mo, yr = int(g[1]), MONTHS[g[2].lower()], int(g[3])
                dt = date(yr or infer_year(mo), mo, dy)
            except (ValueError, KeyError) as ex:
                err(name, "bad date", mt.group(0), ex)
                continue
            n += 1
            if dt.weekday() != wd:
                err(name, f"weekday mismatch: {mt.group(0)!r} is a {dt:%A}")
    return n


def strip_html(s):
    s = re.sub(r"(?is)<(script|style|title).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</li>|</h\d>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def decoded(msg, name):
    out = [str(msg["Subject"] or "")]
    parts = list(msg.walk())
    for p in parts:
        for dft in p.defects:
            err(name, "MIME defect", type(dft).__name__)
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct.startswith("text/"):
            try:
                c = p.get_content()
            except Exception as ex:  # noqa: BLE001
                err(name, "cannot decode part", ct, ex)
                continue
            if ct == "text/html":
                out.append(strip_html(c))
                out += [html.unescape(h) for h in re.findall(r'href="([^"]+)"', c)]
            else:
                out.append(c)
    return "\n".join(out)


def main():
    exp = json.load(open(os.path.join(HERE, "expect.json"), encoding="utf-8"))
    truth = tomllib.load(open(os.path.join(ROOT, "truth.toml"), "rb"))
    as_of = datetime.fromisoformat(truth["applicant"]["as_of"])
    cur = os.path.join(ROOT, "mail", "cur")
    files = sorted(os.listdir(cur))
    for sub in ("new", "tmp"):
        if os.listdir(os.path.join(ROOT, "mail", sub)):
            err(f"mail/{sub} not empty")
    # ---- labels <-> files
    labels = {}
    for n in truth["unrelated"]:
        labels.setdefault(n, []).append("unrelated")
    keys = set()
    for p in truth["program"]:
        if p["key"] in keys:
            err("duplicate program key", p["key"])
        keys.add(p["key"])
        if p["final_status"] not in ("invited", "scheduled", "completed", "declined", "cancelled", "waitlisted",
                                     "rejected"):
            err(p["key"], "bad status", p["final_status"])
        if not p["messages"]:
            err(p["key"], "no messages")
        for n in p["messages"]:
            labels.setdefault(n, []).append(p["key"])
    for n in files:
        if n not in labels:
            err("unlabelled file", n)
        elif len(labels[n]) != 1:
            err("file labelled more than once", n, labels[n])
    for n in labels:
        if n not in files:
            err("label without file", n)
    # ---- counts
    counts = {}
    for p in truth["program"]:
        if p["invited"]:
            counts[p["specialty"]] = counts.get(p["specialty"], 0) + 1
    if counts != truth["counts"]:
        err("counts mismatch", counts, truth["counts"])
    # ---- per message
    texts, mids, prev = {}, set(), None
    fname_re = re.compile(r"^(\d{10})\.M(\d{3})P1\.[a-z0-9-]+:2,S$")
    seqs = []
    for n in files:
        m = fname_re.match(n)
        if not m:
            err("bad file name", n)
            continue
        seqs.append((int(m.group(2)), int(m.group(1)), n))
        raw = open(os.path.join(cur, n), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err(n, "missing header", h)
        dt = parsedate_to_datetime(str(msg["Date"]))
        if int(dt.timestamp()) != int(m.group(1)):
            err(n, "file time != Date header")
        hdr_wd = str(msg["Date"]).split(",")[0]
        if hdr_wd != f"{dt:%a}":
            err(n, "Date header weekday wrong")
        if not (datetime(2026, 9, 1, tzinfo=CHI) <= dt <= as_of):
            err(n, "date outside season / after as_of", dt)
        loc = dt.astimezone(CHI).date()
        mids.add(str(msg["Message-ID"]))
        t = decoded(msg, n)
        texts[n] = norm(t)
        check_weekdays(n, t)
        e = exp["messages"].get(n)
        if not e:
            err(n, "not in expect.json")
            continue
        if e["label"] not in labels.get(n, []):
            err(n, "label differs from expect.json")
        for s in e["must"]:
            if norm(s) not in texts[n]:
                err(n, "missing expected text", repr(s))
        for x in e["idates"]:
            if date.fromisoformat(x) <= loc:
                err(n, "interview date not after message", x)
        if e["deadline"] and date.fromisoformat(e["deadline"]) <= loc:
            err(n, "deadline not after message")
        if e["deadline"] and e["idates"] and date.fromisoformat(e["deadline"]) >= min(map(date.fromisoformat, e["idates"])):
            err(n, "deadline not before first interview date")
        for u in re.findall(r"https?://[^\s<>\"')]+", " ".join(e["must"])):
            if u not in texts[n]:
                err(n, "URL missing", u)
        msg._name = n
        texts[n + "#irt"] = str(msg["In-Reply-To"] or "")
    # ---- ordering
    seqs.sort()
    for i, (seq, ts, n) in enumerate(seqs, 1):
        if seq != i:
            err(n, "sequence gap / order", seq, i)
        if i > 1 and ts < seqs[i - 2][1]:
            err(n, "time goes backwards")
    for n in files:
        irt = texts.get(n + "#irt")
        if irt and irt not in mids:
            err(n, "In-Reply-To not found in mailbox")
    # ---- programs
    for p in truth["program"]:
        pe = exp["programs"][p["key"]]
        alltext = " ".join(texts.get(n, "") for n in p["messages"])
        if norm(p["institution"]) not in alltext:
            err(p["key"], "institution name not in its mail", p["institution"])
        iv = pe["interview"]
        st = p["final_status"]
        if st in ("completed", "scheduled") and not iv:
            err(p["key"], "no interview date for", st)
        if iv:
            ivd = date.fromisoformat(iv)
            if st == "completed" and not ivd < as_of.date():
                err(p["key"], "completed but interview not before as_of")
            if st == "scheduled" and not ivd > as_of.date():
                err(p["key"], "scheduled but interview not after as_of")
        if st in ("invited", "scheduled", "completed", "declined", "cancelled") and not p["invited"]:
            err(p["key"], "status implies invited")
        if st in ("waitlisted", "rejected") and p["invited"]:
            err(p["key"], "status implies not invited")
        if p["specialty"] not in ("Surgery", "Pediatrics"):
            err(p["key"], "unexpected specialty")
    n_inv = sum(1 for p in truth["program"] if p["invited"])
    print(f"{len(files)} files, {len(truth['program'])} programs ({n_inv} invited), "
          f"{len(truth['unrelated'])} unrelated, counts {truth['counts']}")
    if errs:
        print(f"{len(errs)} problem(s):")
        for x in errs:
            print("  -", x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
