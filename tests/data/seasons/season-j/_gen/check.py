"""Checker for season J: python3 _gen/check.py  (exit 0 and 'OK' when clean)."""
import datetime as dt
import email
import html
import json
import os
import re
import sys
import tomllib
from email import policy
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAIL = os.path.join(ROOT, "mail")
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
WDRE = "|".join(WD + [w[:3] for w in WD])
MONRE = "|".join(MON + [m[:3] for m in MON])
RE_LONG = re.compile(rf"\b({WDRE}),?\s+({MONRE})\.?\s+(\d{{1,2}})(?:,\s*(\d{{4}}))?\b")
RE_SLASH = re.compile(rf"\b({WDRE}),?\s+(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{2,4}}))?\b")
RE_DMY = re.compile(rf"\b({WDRE}),\s+(\d{{1,2}})\s+({MONRE})\s+(\d{{4}})\b")


def wd_index(w):
    for i, x in enumerate(WD):
        if w == x or w == x[:3]:
            return i
    raise ValueError(w)


def mon_index(m):
    for i, x in enumerate(MON):
        if m == x or m == x[:3]:
            return i + 1
    raise ValueError(m)


def season_year(month):
    return 2026 if month >= 9 else 2027


def check_weekdays(fn, text):
    n = 0
    for m in RE_LONG.finditer(text):
        w, mo, day, yr = m.groups()
        mo = mon_index(mo)
        yr = int(yr) if yr else season_year(mo)
        try:
            real = dt.date(yr, mo, int(day)).weekday()
        except ValueError:
            err(fn, "bad date", m.group(0)); continue
        n += 1
        if real != wd_index(w):
            err(fn, "weekday mismatch:", m.group(0))
    for m in RE_SLASH.finditer(text):
        w, mo, day, yr = m.groups()
        mo, day = int(mo), int(day)
        yr = (int(yr) + (2000 if int(yr) < 100 else 0)) if yr else season_year(mo)
        n += 1
        if dt.date(yr, mo, day).weekday() != wd_index(w):
            err(fn, "weekday mismatch:", m.group(0))
    for m in RE_DMY.finditer(text):
        w, day, mo, yr = m.groups()
        n += 1
        if dt.date(int(yr), mon_index(mo), int(day)).weekday() != wd_index(w):
            err(fn, "weekday mismatch:", m.group(0))
    return n


def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def decoded_text(msg, fn):
    parts = []
    for h in ("Subject", "From", "To", "Cc"):
        v = msg.get(h)
        if v is not None:
            parts.append(str(v))
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if p.get_content_maintype() != "text":
            err(fn, "unexpected non-text part", ct)
            continue
        try:
            c = p.get_content()
        except Exception as e:  # noqa
            err(fn, "cannot decode part", ct, e); continue
        if isinstance(c, bytes):
            c = c.decode("utf-8")
        if ct == "text/html":
            parts.append(strip_html(c))
            parts += [html.unescape(u) for u in re.findall(r'href="([^"]+)"', c)]
        else:
            parts.append(c)
    return norm("\n".join(parts))


def main():
    truth = tomllib.load(open(os.path.join(ROOT, "truth.toml"), "rb"))
    expect = {e["file"]: e for e in json.load(open(os.path.join(ROOT, "_gen", "expect.json")))}
    as_of = dt.datetime.fromisoformat(truth["applicant"]["as_of"])
    me = truth["applicant"]["email"]
    for sub in ("new", "tmp"):
        if os.listdir(os.path.join(MAIL, sub)):
            err("mail/" + sub, "not empty")
    files = sorted(os.listdir(os.path.join(MAIL, "cur")), key=lambda f: (int(f.split(".")[0]), f))
    # labels <-> files
    label = {}
    for f in truth["unrelated"]:
        label.setdefault(f, []).append("unrelated")
    keys = set()
    for p in truth["program"]:
        if p["key"] in keys:
            err("duplicate key", p["key"])
        keys.add(p["key"])
        for f in p["messages"]:
            label.setdefault(f, []).append(p["key"])
    for f, labs in label.items():
        if len(labs) != 1:
            err(f, "labelled more than once", labs)
        if f not in files:
            err(f, "labelled but no such file")
    for f in files:
        if f not in label:
            err(f, "file not labelled")
        if f not in expect:
            err(f, "not in expect.json")
        elif label.get(f, [None])[0] != expect[f]["label"]:
            err(f, "label differs from generator", label.get(f), expect[f]["label"])
    # per-file checks
    prev_ts, wd_count, sent_count = 0, 0, 0
    sent_dates = {}
    for i, f in enumerate(files, 1):
        m = re.fullmatch(r"(\d{10})\.M(\d{3})P1\.([a-z0-9-]+):2,S", f)
        if not m:
            err(f, "bad Maildir name"); continue
        ts, seq = int(m.group(1)), int(m.group(2))
        if seq != i:
            err(f, "sequence number out of order", seq, i)
        if ts <= prev_ts:
            err(f, "timestamps not increasing")
        prev_ts = ts
        raw = open(os.path.join(MAIL, "cur", f), "rb").read()
        msg = email.message_from_bytes(raw, policy=policy.default)
        for p in msg.walk():
            if p.defects:
                err(f, "MIME defects", p.defects)
        for k, v in msg.items():
            if getattr(v, "defects", None):
                err(f, "header defect", k, v.defects)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if msg.get(h) is None:
                err(f, "missing header", h)
        date = parsedate_to_datetime(msg["Date"])
        sent_dates[f] = date
        if int(date.timestamp()) != ts:
            err(f, "Date header != file time", msg["Date"])
        if not (dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc) <= date <= as_of):
            err(f, "date outside season / after as_of", date)
        off = date.utcoffset()
        if me in str(msg["From"]):
            sent_count += 1
        text = decoded_text(msg, f)
        e = expect.get(f)
        if e:
            for s in e["expect"]:
                if norm(s) not in text:
                    err(f, "expected text missing:", repr(s))
            for d in e["iv"]:
                if e["kind"] in ("invitation", "scheduled", "reminder") and dt.date.fromisoformat(d) <= date.date():
                    err(f, "interview date not after message date", d)
        wd_count += check_weekdays(f, text)
    # program-level checks
    STAT = {"invited", "scheduled", "completed", "declined", "cancelled", "waitlisted", "rejected"}
    counts = {}
    for p in truth["program"]:
        if p["final_status"] not in STAT:
            err(p["key"], "bad status")
        if p["invited"] and p["final_status"] in ("rejected", "waitlisted"):
            err(p["key"], "invited but rejected/waitlisted")
        if not p["invited"] and p["final_status"] not in ("rejected", "waitlisted"):
            err(p["key"], "not invited but status", p["final_status"])
        if p["invited"]:
            counts[p["specialty"]] = counts.get(p["specialty"], 0) + 1
        ms = [f for f in files if f in p["messages"]]
        if ms != p["messages"]:
            err(p["key"], "messages not in chronological order")
        booked = [expect[f]["iv"] for f in ms if f in expect and expect[f]["kind"] == "scheduled"]
        if p["final_status"] == "completed":
            if not booked:
                err(p["key"], "completed without a scheduled message")
            elif max(booked[-1]) > as_of.date().isoformat():
                err(p["key"], "completed but interview after as_of")
        if p["final_status"] == "scheduled":
            if not booked or booked[-1][0] <= as_of.date().isoformat():
                err(p["key"], "scheduled but interview not after as_of")
        if p["final_status"] == "invited" and booked:
            err(p["key"], "status invited but a scheduled message exists")
    if counts != truth["counts"]:
        err("counts mismatch", counts, truth["counts"])
    for e in expect.values():
        if e["file"] not in files:
            err(e["file"], "in expect.json but missing")
    print(f"{len(files)} files, {len(truth['program'])} programs, {len(truth['unrelated'])} unrelated, "
          f"{sent_count} sent by applicant, {wd_count} weekday-dates checked, counts {truth['counts']}")
    if errors:
        print("\n".join(errors))
        print(len(errors), "problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
