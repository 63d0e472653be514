"""Checker for batch b22 (standard library only): python3 _gen/check.py"""
import datetime as dt
import email
import email.policy
import html as htmlmod
import json
import os
import re
import sys
import tomllib
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []

KINDS = {"invitation": 22, "waitlist": 8, "rejection": 10, "scheduled": 10, "reminder": 8, "cancellation": 6,
         "info": 10, "other": 6}
INV_PLATFORM_MIN = {"thalamus": 6, "eras": 4, "interview_broker": 3}
ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
        "can": "cancellation", "info": "info", "oth": "other"}
SRC = {"thal": "thalamus", "eras": "eras", "ib": "interview_broker", "cal": "other", "form": "other"}
PLATFORMS = {"email", "thalamus", "eras", "residencycas", "interview_broker", "other"}
SPECS = {"Internal Medicine", "Anesthesiology", "Orthopaedic Surgery", "Physical Medicine and Rehabilitation",
         "Neurology", "Transitional Year"}
TRACKS = {"categorical", "preliminary", "advanced"}
FORMATS = {"virtual", "in_person", "hybrid"}
KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"]
SEASON = (dt.date(2026, 10, 1), dt.date(2027, 2, 28))
HDR_WINDOW = (dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc), dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc))
OFFSETS = {0, -4, -5, -6, -7, -8}

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DFULL = {x: i for i, x in enumerate(DAYS)}
DAB = {x[:3]: i for i, x in enumerate(DAYS)}
MFULL = {x: i + 1 for i, x in enumerate(MONTHS)}
MAB = {x[:3]: i + 1 for i, x in enumerate(MONTHS)}
WD = "|".join(DAYS)
WDA = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
MO = "|".join(MONTHS)
MOA = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"


def err(fn, m):
    ERR.append(f"{fn}: {m}")


def yr(month, y=None):
    return int(y) if y else (2026 if month >= 7 else 2027)


def wdi(w):
    return DFULL.get(w, DAB.get(w[:3]))


def mk(fn, y, m, d, ctx):
    try:
        return dt.date(y, m, d)
    except ValueError:
        err(fn, f"impossible date {ctx!r}")
        return None


def wcheck(fn, w, date, ctx):
    if date is not None and date.weekday() != w:
        err(fn, f"weekday wrong in {ctx!r}: {date} is a {DAYS[date.weekday()]}")


def decoded(msg):
    out, raws, cals = [], [], []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        if msg[h]:
            out.append(f"{h}: {msg[h]}")
    for part in msg.walk():
        if part.is_multipart():
            continue
        body = part.get_content()
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        ct = part.get_content_type()
        if ct == "text/html":
            raws.append(body)
            b = re.sub(r"(?is)<(script|style).*?</\1>", " ", body)
            b = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</li>|</h\d>|</div>|</td>", "\n", b)
            b = htmlmod.unescape(re.sub(r"(?s)<[^>]+>", " ", b))
            out.append(re.sub(r"[ \t\u00a0]+", " ", b))
        elif ct == "text/calendar":
            u = body.replace("\r\n ", "").replace("\n ", "")
            cals.append(u)
            out.append(u.replace("\\n", "\n").replace("\\,", ","))
        else:
            out.append(body)
    return "\n".join(out), "\n".join(raws), cals


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def weekday_scan(fn, txt):
    n = 0
    for m in re.finditer(rf"\b({WD}),? ({MO}) (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}}))?", txt):
        mo = MFULL[m.group(2)]
        wcheck(fn, DFULL[m.group(1)], mk(fn, yr(mo, m.group(4)), mo, int(m.group(3)), m.group(0)), m.group(0)); n += 1
    for m in re.finditer(rf"\b({WDA}),? ({MOA})\.? (\d{{1,2}})\b(?:, (\d{{4}}))?", txt):
        mo = MAB[m.group(2)]
        wcheck(fn, DAB[m.group(1)], mk(fn, yr(mo, m.group(4)), mo, int(m.group(3)), m.group(0)), m.group(0)); n += 1
    for m in re.finditer(rf"\b({WD}|{WDA})\.? (\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?\b", txt):
        mo = int(m.group(2))
        wcheck(fn, wdi(m.group(1)), mk(fn, yr(mo, m.group(4)), mo, int(m.group(3)), m.group(0)), m.group(0)); n += 1
    for m in re.finditer(rf"\b(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}) \(({WD}|{WDA})\.?\)", txt):
        wcheck(fn, wdi(m.group(4)), mk(fn, int(m.group(3)), int(m.group(1)), int(m.group(2)), m.group(0)),
               m.group(0)); n += 1
    # plural weekday followed by a list of month-day items in the same sentence ("Wednesdays: Nov 11, Dec 2 ...")
    for sent in re.split(r"(?<=[.;!?])\s+|\n\s*\n", txt):
        pm = re.search(rf"\b({WD})s\b", sent)
        if not pm:
            continue
        tail = sent[pm.end():]
        cur = None
        for tok in re.findall(rf"\b(?:{MO}|{MOA})\b|\b\d{{1,2}}(?:st|nd|rd|th)?\b(?!:)", tail):
            if tok in MFULL or tok in MAB:
                cur = MFULL.get(tok) or MAB.get(tok)
            elif cur:
                wcheck(fn, DFULL[pm.group(1)], mk(fn, yr(cur), cur, int(re.match(r"\d+", tok).group()), sent), sent)
                n += 1
    return n


def main():
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    with open(os.path.join(HERE, "forms.json"), encoding="utf-8") as fh:
        forms = json.load(fh)
    app = labels.pop("applicant", None)
    if not app or set(app) != {"email", "timezone", "name"} or app["timezone"] != "America/Chicago" \
            or not app["email"].endswith("@gmail.com"):
        err("labels", f"bad applicant {app}")
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if set(files) != set(labels):
        err("labels", f"unlabelled files {sorted(set(files) - set(labels))}; "
                      f"labels without file {sorted(set(labels) - set(files))}")
    counts, invplat, nweek = {}, {}, 0
    for fn in files:
        lab = labels.get(fn, {})
        raw = open(os.path.join(OUT, fn), "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            err(fn, "raw file not ASCII")
        if any(len(x) > 998 for x in raw.split(b"\n")):
            err(fn, "line > 998 octets")
        m32 = email.message_from_bytes(raw)
        for part in m32.walk():
            if part.defects:
                err(fn, f"compat32 defects {part.defects}")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                err(fn, f"defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err(fn, f"header defect {k}: {v.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                err(fn, f"missing {h}")
        hd = parsedate_to_datetime(msg["Date"])
        if hd.tzinfo is None:
            err(fn, "Date without offset"); continue
        w = re.match(r"(\w{3}),", m32["Date"])
        if not w or DAB[w.group(1)] != hd.weekday():
            err(fn, "Date header weekday wrong")
        if not HDR_WINDOW[0] <= hd <= HDR_WINDOW[1]:
            err(fn, "Date header outside the season")
        if hd.utcoffset().total_seconds() / 3600 not in OFFSETS:
            err(fn, "unexpected UTC offset")
        txt, rawhtml, cals = decoded(msg)
        ntxt = norm(txt)
        nweek += weekday_scan(fn, txt)
        m = re.fullmatch(r"b22-(inv|wl|rej|sch|rem|can|info|oth)-([a-z]+)-([a-z0-9]+)-([a-z]+)\.eml", fn)
        if not m:
            err(fn, "bad file name"); continue
        kind = lab.get("kind")
        if ABBR[m.group(1)] != kind:
            err(fn, f"kind {kind} does not match file name")
        counts[kind] = counts.get(kind, 0) + 1
        if list(lab) != [k for k in KEYS if k in lab] or set(lab) - set(KEYS):
            err(fn, f"keys out of order or unknown: {list(lab)}")
        plat = lab.get("platform")
        if plat not in PLATFORMS:
            err(fn, f"bad platform {plat}")
        if kind == "invitation":
            invplat[plat] = invplat.get(plat, 0) + 1
        exp = SRC.get(m.group(2))
        if exp and kind != "other" and plat != exp:
            err(fn, f"source {m.group(2)} but platform {plat}")
        if kind == "other":
            if lab != {"kind": "other", "platform": "other"}:
                err(fn, "other must carry only kind and platform=other")
            if "Maren" not in txt and "undisclosed" not in txt:
                err(fn, "other mail not addressed to the applicant")
            continue
        if lab.get("specialty") and lab["specialty"] not in SPECS:
            err(fn, f"bad specialty {lab['specialty']}")
        if kind not in ("info",) and not lab.get("specialty"):
            err(fn, "specialty missing")
        if lab.get("track"):
            if lab["track"] not in TRACKS:
                err(fn, "bad track")
            if lab["track"] not in ntxt.lower():
                err(fn, f"track {lab['track']} not written in mail")
        if lab.get("format") and lab["format"] not in FORMATS:
            err(fn, "bad format")
        prog = lab.get("program")
        if prog is None and plat == "email":
            err(fn, "email without program")
        if prog and norm(prog) not in ntxt:
            err(fn, f"program {prog!r} not found in mail")
        if prog and prog.endswith(" Program"):
            err(fn, "program label ends with ' Program'")
        url = lab.get("schedule_url")
        if url:
            if kind not in ("invitation", "waitlist"):
                err(fn, "schedule_url on wrong kind")
            if url not in txt + rawhtml:
                err(fn, f"url {url} not in mail")
        ds = [dt.date.fromisoformat(x) for x in lab.get("interview_dates", [])]
        if kind in ("scheduled", "reminder", "cancellation") and len(ds) != 1:
            err(fn, "booked kinds need exactly one interview date")
        if kind == "invitation" and not ds:
            err(fn, "invitation without dates")
        if kind in ("rejection", "info") and ds:
            err(fn, "dates on rejection/info")
        if ds != sorted(set(ds)):
            err(fn, "interview dates not ascending/unique")
        for x in ds:
            if x.weekday() >= 5:
                err(fn, f"{x} falls on a weekend")
            if not SEASON[0] <= x <= SEASON[1]:
                err(fn, f"{x} outside interview season")
            if x <= hd.astimezone(dt.timezone(dt.timedelta(hours=-6))).date():
                err(fn, f"{x} not after the Date header")
            f = forms.get(fn, {}).get(x.isoformat())
            if not f:
                err(fn, f"no written form recorded for {x}")
            elif norm(f) not in ntxt:
                err(fn, f"written form {f!r} for {x} not in mail")
        for c in cals:
            for ev in re.findall(r"BEGIN:VEVENT.*?END:VEVENT", c, re.S):
                for dm in re.finditer(r"^DTSTART[^:\n]*:(\d{8})T(\d{6})(Z?)", ev, re.M):
                    day = dt.datetime.strptime(dm.group(1) + dm.group(2), "%Y%m%d%H%M%S")
                    if dm.group(3):
                        day = day.replace(tzinfo=dt.timezone.utc).astimezone(dt.timezone(dt.timedelta(hours=-7)))
                    if day.date() not in ds:
                        err(fn, f".ics DTSTART {day.date()} not among labelled dates")
        rb = lab.get("respond_by")
        if rb:
            if kind not in ("invitation", "waitlist"):
                err(fn, "respond_by on wrong kind")
            r = dt.datetime.fromisoformat(rb)
            if r.tzinfo is None:
                err(fn, "respond_by without offset")
            elif r <= hd:
                err(fn, "respond_by not after the Date header")
            elif ds and r.date() >= ds[0]:
                err(fn, "respond_by not before the first interview day")
    for k, v in KINDS.items():
        if counts.get(k, 0) != v:
            err("counts", f"{k}: {counts.get(k, 0)} != {v}")
    for k, v in INV_PLATFORM_MIN.items():
        if invplat.get(k, 0) < v:
            err("counts", f"invitations on {k}: {invplat.get(k, 0)} < {v}")
    if len(files) != 80:
        err("counts", f"{len(files)} files, expected 80")
    for e in ERR:
        print(e)
    print(f"{len(files)} files; kinds {dict(sorted(counts.items()))}; invitation platforms "
          f"{dict(sorted(invplat.items()))}; {nweek} weekday/date mentions checked; {len(ERR)} problems")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
