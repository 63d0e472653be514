"""Checker for batch b21 (standard library only): python3 _gen/check.py"""
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

KINDS = {"invitation": 22, "waitlist": 8, "rejection": 9, "scheduled": 9, "reminder": 8, "cancellation": 6,
         "info": 10, "other": 8}
ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
        "can": "cancellation", "info": "info", "oth": "other"}
PLATFORMS = {"email", "thalamus", "eras", "residencycas", "interview_broker", "other"}
SPECS = {"Emergency Medicine", "Family Medicine", "Psychiatry", "Pediatrics", "Surgery"}
KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"]
SEASON = (dt.date(2026, 9, 1), dt.date(2027, 2, 28))

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
MFULL = {m: i + 1 for i, m in enumerate(MONTHS)}
DABBR = {d[:3]: i for i, d in enumerate(DAYS)}
DFULL = {d: i for i, d in enumerate(DAYS)}


def err(fn, msg):
    ERR.append(f"{fn}: {msg}")


def year_for(month, year=None):
    if year:
        return int(year)
    return 2026 if month >= 7 else 2027


def mkdate(fn, y, m, d, ctx):
    try:
        return dt.date(y, m, d)
    except ValueError:
        err(fn, f"impossible date {ctx!r}")
        return None


def wcheck(fn, wd_idx, date, ctx):
    if date and date.weekday() != wd_idx:
        err(fn, f"weekday mismatch {ctx!r} ({date} is {DAYS[date.weekday()]})")


def decoded(msg):
    """text of headers + all parts, html stripped, ics unfolded"""
    out = []
    for h in ("From", "To", "Subject", "Reply-To"):
        if msg[h]:
            out.append(f"{h}: {msg[h]}")
    raw_html = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        body = part.get_content()
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        if ct == "text/html":
            raw_html.append(body)
            b = re.sub(r"(?is)<(script|style).*?</\1>", " ", body)
            b = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</li>|</h\d>|</div>", "\n", b)
            b = re.sub(r"(?s)<[^>]+>", " ", b)
            b = htmlmod.unescape(b)
            b = re.sub(r"[ \t\u00a0]+", " ", b)
            out.append(b)
        elif ct == "text/calendar":
            out.append(body.replace("\r\n ", "").replace("\n ", "").replace("\\n", "\n").replace("\\,", ","))
        else:
            out.append(body)
    return "\n".join(out), "\n".join(raw_html)


def norm(s):
    return re.sub(r"\s+", " ", s)


def weekday_checks(fn, txt):
    n = 0
    # 1. Weekday, Month D[, YYYY]  /  Weekday Month D
    for m in re.finditer(r"\b(%s),? (%s) (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4}))?" %
                         ("|".join(DAYS), "|".join(MONTHS)), txt):
        mo = MFULL[m.group(2)]
        wcheck(fn, DFULL[m.group(1)], mkdate(fn, year_for(mo, m.group(4)), mo, int(m.group(3)), m.group(0)),
               m.group(0)); n += 1
    # 2. Wkd, Mon D[, YYYY]
    for m in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun),? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.? "
                         r"(\d{1,2})\b(?:, (\d{4}))?", txt):
        mo = MABBR[m.group(2)]
        wcheck(fn, DABBR[m.group(1)], mkdate(fn, year_for(mo, m.group(4)), mo, int(m.group(3)), m.group(0)),
               m.group(0)); n += 1
    # 3. Wkd M/D[/YYYY]  and Weekday M/D
    for m in re.finditer(r"\b(%s|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.? (\d{1,2})/(\d{1,2})(?:/(\d{4}))?\b" %
                         "|".join(DAYS), txt):
        w = m.group(1)
        wi = DFULL.get(w, DABBR.get(w[:3]))
        mo = int(m.group(2))
        wcheck(fn, wi, mkdate(fn, year_for(mo, m.group(4)), mo, int(m.group(3)), m.group(0)), m.group(0)); n += 1
    # 4. M/D/YYYY (Weekday) / (Wkd.)
    for m in re.finditer(r"\b(\d{1,2})/(\d{1,2})/(\d{4}) \((%s|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\)" % "|".join(DAYS),
                         txt):
        w = m.group(4)
        wi = DFULL.get(w, DABBR.get(w[:3]))
        wcheck(fn, wi, mkdate(fn, int(m.group(3)), int(m.group(1)), int(m.group(2)), m.group(0)), m.group(0)); n += 1
    # 5. Month D–D[, YYYY] (Weekday through Weekday)
    for m in re.finditer(r"\b(%s) (\d{1,2})[\u2013-](\d{1,2})(?:, (\d{4}))? \((%s) (?:through|to|-|\u2013) (%s)\)" %
                         ("|".join(MONTHS), "|".join(DAYS), "|".join(DAYS)), txt):
        mo = MFULL[m.group(1)]
        y = year_for(mo, m.group(4))
        wcheck(fn, DFULL[m.group(5)], mkdate(fn, y, mo, int(m.group(2)), m.group(0)), m.group(0))
        wcheck(fn, DFULL[m.group(6)], mkdate(fn, y, mo, int(m.group(3)), m.group(0)), m.group(0)); n += 1
    # 6. weekdays listed under a month heading
    cur = None
    for line in txt.split("\n"):
        s = line.lstrip("> ").strip()
        if s in MFULL:
            cur = MFULL[s]
            continue
        m = re.fullmatch(r"(%s) (\d{1,2})" % "|".join(DAYS), s)
        if m and cur:
            wcheck(fn, DFULL[m.group(1)], mkdate(fn, year_for(cur), cur, int(m.group(2)), s), s); n += 1
        elif s:
            cur = cur if m else None
    # 7. plural weekday sentences ("Fridays in December: the 4th ...", "(all Mondays)")
    for sent in re.split(r"(?<=[.;!?])\s+(?=[A-Z])|\n\s*\n", txt):
        pm = re.search(r"\b(%s)s\b" % "|".join(DAYS), sent)
        if not pm:
            continue
        wi = DFULL[pm.group(1)]
        cur = None
        toks = re.findall(r"\d{1,2}/\d{1,2}(?:/\d{4})?|[A-Z][a-z]+\.?|\d+(?::\d\d)?(?:st|nd|rd|th)?", sent)
        for tk in toks:
            t = tk.rstrip(".")
            if t in MFULL or t in MABBR:
                cur = MFULL.get(t) or MABBR.get(t)
            elif "/" in t:
                p = t.split("/")
                mo = int(p[0])
                wcheck(fn, wi, mkdate(fn, year_for(mo, p[2] if len(p) > 2 else None), mo, int(p[1]), t), sent); n += 1
            elif cur and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", t):
                wcheck(fn, wi, mkdate(fn, year_for(cur), cur, int(re.match(r"\d+", t).group()), t), sent); n += 1
            elif ":" in t or (t.isdigit() and len(t) == 4):
                pass
    return n


def main():
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    with open(os.path.join(HERE, "forms.json"), encoding="utf-8") as fh:
        forms = json.load(fh)
    app = labels.pop("applicant")
    if set(app) != {"email", "timezone", "name"} or app["timezone"] != "America/New_York" or \
            not app["email"].endswith("@gmail.com"):
        err("labels", f"bad applicant {app}")
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if set(files) != set(labels):
        err("labels", f"files without label {set(files) - set(labels)}; labels without file {set(labels) - set(files)}")
    counts = {}
    nweek = 0
    for fn in files:
        lab = labels.get(fn, {})
        raw = open(os.path.join(OUT, fn), "rb").read()
        try:
            raw.decode("ascii")
        except UnicodeDecodeError:
            err(fn, "raw file is not ASCII")
        if any(len(l) > 998 for l in raw.split(b"\n")):
            err(fn, "line longer than 998")
        m32 = email.message_from_bytes(raw)
        for part in m32.walk():
            if part.defects:
                err(fn, f"MIME defects {part.defects}")
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
            err(fn, "Date without offset")
        mwd = re.match(r"(\w{3}),", m32["Date"])
        if not mwd or DABBR[mwd.group(1)] != hd.weekday():
            err(fn, "Date header weekday wrong")
        ny = hd.astimezone(dt.timezone.utc)
        if not (dt.datetime(2026, 8, 15, tzinfo=dt.timezone.utc) <= ny <= dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc)):
            err(fn, "Date header out of season")
        off = hd.utcoffset().total_seconds() / 3600
        if off not in (0, -4, -5, -6):
            err(fn, f"odd offset {off}")
        txt, rawhtml = decoded(msg)
        ntxt = norm(txt)
        alltxt = txt + "\n" + rawhtml
        # name / labels
        m = re.fullmatch(r"b21-(inv|wl|rej|sch|rem|can|info|oth)-([a-z]+)-([a-z0-9]+)-([a-z]+)\.eml", fn)
        if not m:
            err(fn, "bad file name")
            continue
        kind = lab.get("kind")
        if ABBR[m.group(1)] != kind:
            err(fn, f"kind {kind} does not match name")
        counts[kind] = counts.get(kind, 0) + 1
        if list(lab) != [k for k in KEYS if k in lab] or set(lab) - set(KEYS):
            err(fn, f"key order/unknown keys {list(lab)}")
        if lab.get("platform") not in PLATFORMS:
            err(fn, "bad platform")
        src = m.group(2)
        expect = {"thal": "thalamus", "eras": "eras", "rcas": "residencycas", "ib": "interview_broker",
                  "cal": "other", "sug": "other"}.get(src)
        if expect and kind != "other" and lab.get("platform") != expect:
            err(fn, f"source {src} but platform {lab.get('platform')}")
        if kind == "other":
            if set(lab) != {"kind", "platform"} or lab["platform"] != "other":
                err(fn, "other must carry only kind/platform=other")
            if "Ebanks" not in txt and "undisclosed" not in txt and "Tom" not in txt:
                err(fn, "other mail not addressed to applicant")
            nweek += weekday_checks(fn, txt)
            continue
        if "specialty" in lab and lab["specialty"] not in SPECS:
            err(fn, f"specialty {lab['specialty']}")
        if lab.get("track") and lab["track"] not in ("categorical", "preliminary", "advanced", "transitional"):
            err(fn, "bad track")
        if lab.get("track") and lab["track"] not in ntxt.lower():
            err(fn, f"track {lab['track']} not written")
        if lab.get("format") and lab["format"] not in ("virtual", "in_person", "hybrid"):
            err(fn, "bad format")
        prog = lab.get("program")
        if prog is None and lab["platform"] in ("email",):
            err(fn, "email without program")
        if prog and norm(prog) not in ntxt:
            err(fn, f"program {prog!r} not in mail")
        if prog and prog.endswith(" Program"):
            err(fn, "program label ends with Program")
        url = lab.get("schedule_url")
        if url:
            if kind not in ("invitation", "waitlist"):
                err(fn, "schedule_url on wrong kind")
            if url not in alltxt:
                err(fn, f"url {url} not in mail")
        idates = [dt.date.fromisoformat(x) for x in lab.get("interview_dates", [])]
        if kind in ("scheduled", "reminder", "cancellation") and len(idates) > 1:
            err(fn, "booked kinds need exactly one date")
        if kind in ("scheduled", "reminder") and len(idates) != 1:
            err(fn, "scheduled/reminder need one date")
        if kind in ("rejection", "info") and idates:
            err(fn, "dates on rejection/info")
        if idates != sorted(idates) or len(set(idates)) != len(idates):
            err(fn, "interview dates not ascending/unique")
        for x in idates:
            if x.weekday() >= 5:
                err(fn, f"{x} on weekend")
            if not (SEASON[0] <= x <= SEASON[1]):
                err(fn, f"{x} out of season")
            if x <= hd.date():
                err(fn, f"{x} not after Date header")
            form = forms.get(fn, {}).get(x.isoformat())
            if not form:
                err(fn, f"no written form for {x}")
            elif norm(form) not in ntxt:
                err(fn, f"form {form!r} for {x} not in mail")
        rb = lab.get("respond_by")
        if rb:
            if kind not in ("invitation", "waitlist"):
                err(fn, "respond_by on wrong kind")
            r = dt.datetime.fromisoformat(rb)
            if r.tzinfo is None:
                err(fn, "respond_by without offset")
            elif r <= hd:
                err(fn, "respond_by before Date header")
            elif idates and r.date() >= idates[0]:
                err(fn, "respond_by not before first interview day")
        nweek += weekday_checks(fn, txt)
    for k, v in KINDS.items():
        if counts.get(k, 0) != v:
            err("counts", f"{k}: {counts.get(k, 0)} != {v}")
    if len(files) != 80:
        err("counts", f"{len(files)} files")
    for e in ERR:
        print(e)
    print(f"{len(files)} files, {nweek} weekday/date mentions checked, {len(ERR)} problems")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
