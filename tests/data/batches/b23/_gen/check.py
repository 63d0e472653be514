"""Verify batch b23 (standard library only): python3 _gen/check.py

- every .eml parses with the email package (compat32 and default policy) without defects,
  is 7-bit ASCII on disk with lines <= 998 octets, and has From/To/Subject/Date/Message-ID/MIME-Version;
- labels.toml <-> files, key order and allowed values, counts per kind and per invitation platform;
- labelled programs, tracks, URLs and the written form of every labelled interview date occur in the decoded mail;
- every weekday + date written in the mail (several forms) is a real, consistent calendar date;
- Date headers carry an offset, lie in the season and have the right weekday;
- .ics DTSTARTs fall on a labelled interview date;
- interview dates are ascending weekdays in the season after the Date header; respond_by has an offset,
  follows the Date header and precedes the first interview day.
"""
import datetime as dt
import email
import email.policy
import html as htmllib
import json
import os
import re
import sys
import tomllib
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PROBLEMS = []

EXPECT_KINDS = {"invitation": 22, "waitlist": 8, "rejection": 10, "scheduled": 10, "reminder": 8,
                "cancellation": 6, "info": 10, "other": 6}
EXPECT_INV_PLATFORMS = {"thalamus": 6, "eras": 4, "interview_broker": 3, "email": 9}
ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
        "can": "cancellation", "info": "info", "oth": "other"}
SOURCE = {"thal": "thalamus", "eras": "eras", "ib": "interview_broker", "cal": "other", "form": "other",
          "email": "email", "fwd": "email", "nrmp": "other"}
KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"]
PLATFORMS = {"email", "thalamus", "eras", "residencycas", "interview_broker", "other"}
SPECIALTIES = {"Radiology-Diagnostic", "Transitional Year", "Internal Medicine", "Dermatology",
               "Pathology-Anatomic and Clinical", "Family Medicine", "Child Neurology"}
TRACKS = {"categorical", "preliminary", "advanced"}
FORMATS = {"virtual", "in_person", "hybrid"}
SEASON = (dt.date(2026, 10, 1), dt.date(2027, 2, 28))
HDR = (dt.datetime(2026, 9, 15, tzinfo=dt.timezone.utc), dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc))
OFFSETS = {0, -4, -5, -6, -7, -8}
LA = ZoneInfo("America/Los_Angeles")

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
D_FULL = {n: i for i, n in enumerate(DAYS)}
D_AB = {n[:3]: i for i, n in enumerate(DAYS)}
M_FULL = {n: i + 1 for i, n in enumerate(MONTHS)}
M_AB = {n[:3]: i + 1 for i, n in enumerate(MONTHS)}
RD = "|".join(DAYS)
RDA = "|".join(D_AB)
RM = "|".join(MONTHS)
RMA = "|".join(M_AB)


def bad(fn, what):
    PROBLEMS.append(f"{fn}: {what}")


def season_year(month, given=None):
    return int(given) if given else (2026 if month >= 7 else 2027)


def day_index(w):
    return D_FULL[w] if w in D_FULL else D_AB[w[:3]]


def checkday(fn, wd, y, m, d_, ctx):
    try:
        x = dt.date(y, m, d_)
    except ValueError:
        bad(fn, f"impossible date in {ctx!r}")
        return
    if x.weekday() != wd:
        bad(fn, f"weekday wrong in {ctx!r}: {x} is a {DAYS[x.weekday()]}")


def scan_weekdays(fn, txt):
    n = 0
    for m in re.finditer(rf"\b({RD}),? ({RM}) (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}}))?", txt):
        mo = M_FULL[m.group(2)]
        checkday(fn, D_FULL[m.group(1)], season_year(mo, m.group(4)), mo, int(m.group(3)), m.group(0)); n += 1
    for m in re.finditer(rf"\b({RDA}),? ({RMA})\.? (\d{{1,2}})\b(?:,? (\d{{4}}))?", txt):
        mo = M_AB[m.group(2)]
        checkday(fn, D_AB[m.group(1)], season_year(mo, m.group(4)), mo, int(m.group(3)), m.group(0)); n += 1
    for m in re.finditer(rf"\b({RD}|{RDA})\.?,? (\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?\b", txt):
        mo = int(m.group(2))
        checkday(fn, day_index(m.group(1)), season_year(mo, m.group(4)), mo, int(m.group(3)), m.group(0)); n += 1
    for m in re.finditer(rf"\b(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}) \(({RD}|{RDA})\)", txt):
        checkday(fn, day_index(m.group(4)), int(m.group(3)), int(m.group(1)), int(m.group(2)), m.group(0)); n += 1
    # "Tuesdays: November 3, November 17, December 8 and January 12"
    for sent in re.split(r"(?<=[.;!?])\s+|\n\s*\n", txt):
        pm = re.search(rf"\b({RD})s\b", sent)
        if not pm:
            continue
        cur = None
        for tok in re.findall(rf"\b(?:{RM}|{RMA})\b|\b\d{{1,2}}\b(?![:/])", sent[pm.end():]):
            if tok in M_FULL or tok in M_AB:
                cur = M_FULL.get(tok) or M_AB.get(tok)
            elif cur:
                checkday(fn, D_FULL[pm.group(1)], season_year(cur), cur, int(tok), sent.strip()[:80]); n += 1
    return n


def decode(msg):
    chunks, raw_html, cals = [], [], []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        if msg[h]:
            chunks.append(f"{h}: {msg[h]}")
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        body = part.get_content()
        if isinstance(body, bytes):
            if ct == "application/pdf":
                continue
            body = body.decode("utf-8")
        if ct == "text/html":
            raw_html.append(body)
            b = re.sub(r"(?is)<(style|script).*?</\1>", " ", body)
            b = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|td|th|table)>", "\n", b)
            b = htmllib.unescape(re.sub(r"(?s)<[^>]+>", " ", b))
            chunks.append(re.sub(r"[ \t\u00a0]+", " ", b))
        elif ct == "text/calendar":
            unfolded = re.sub(r"\r?\n[ \t]", "", body)
            cals.append(unfolded)
            chunks.append(unfolded.replace("\\n", "\n").replace("\\,", ","))
        else:
            chunks.append(body)
    return "\n".join(chunks), "\n".join(raw_html), cals


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)
    with open(os.path.join(HERE, "forms.json"), encoding="utf-8") as fh:
        forms = json.load(fh)
    app = labels.pop("applicant", None)
    if not app or list(app) != ["email", "timezone", "name"] or app["timezone"] != "America/Los_Angeles" \
            or not app["email"].endswith("@gmail.com"):
        bad("labels.toml", f"applicant block wrong: {app}")
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if set(files) != set(labels):
        bad("labels.toml", f"files without labels {sorted(set(files) - set(labels))}, "
                           f"labels without files {sorted(set(labels) - set(files))}")
    kinds, invplat, nweek = {}, {}, 0
    feats = {"ics": 0, "excited": 0, "rej_quotes_invitation": 0, "inv_deadline": 0, "inv_in_person": 0,
             "inv_virtual": 0, "inv_date_list": 0}
    for fn in files:
        lab = labels.get(fn, {})
        raw = open(os.path.join(OUT, fn), "rb").read()
        if not raw.isascii():
            bad(fn, "file is not 7-bit ASCII")
        if max(len(x) for x in raw.split(b"\n")) > 998:
            bad(fn, "line longer than 998 octets")
        old = email.message_from_bytes(raw)
        for p in old.walk():
            if p.defects:
                bad(fn, f"compat32 defects: {p.defects}")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.defects:
                bad(fn, f"defects: {p.defects}")
            for k, v in p.items():
                if getattr(v, "defects", None):
                    bad(fn, f"header {k} defects: {v.defects}")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                bad(fn, f"missing header {h}")
        hd = parsedate_to_datetime(old["Date"])
        if hd.tzinfo is None:
            bad(fn, "Date header without offset")
            continue
        wm = re.match(r"\s*(\w{3}),", old["Date"])
        if not wm or D_AB.get(wm.group(1)) != hd.weekday():
            bad(fn, "Date header weekday wrong")
        if not HDR[0] <= hd <= HDR[1]:
            bad(fn, "Date header outside the season")
        if hd.utcoffset().total_seconds() / 3600 not in OFFSETS:
            bad(fn, f"unexpected offset {hd.utcoffset()}")
        txt, rawhtml, cals = decode(msg)
        ntxt = norm(txt)
        nweek += scan_weekdays(fn, txt)
        m = re.fullmatch(r"b23-(inv|wl|rej|sch|rem|can|info|oth)-([a-z]+)-([a-z0-9]+)-([a-z]+)\.eml", fn)
        if not m:
            bad(fn, "file name does not follow b23-<kind>-<platform>-<program>-<specialty>.eml")
            continue
        kind = lab.get("kind")
        if ABBR[m.group(1)] != kind:
            bad(fn, f"kind {kind!r} does not match file name")
        kinds[kind] = kinds.get(kind, 0) + 1
        if set(lab) - set(KEYS) or list(lab) != [k for k in KEYS if k in lab]:
            bad(fn, f"unknown keys or wrong key order: {list(lab)}")
        plat = lab.get("platform")
        if plat not in PLATFORMS:
            bad(fn, f"bad platform {plat!r}")
        if kind == "invitation":
            invplat[plat] = invplat.get(plat, 0) + 1
        src = SOURCE.get(m.group(2))
        if kind != "other" and src and plat != src:
            bad(fn, f"file name says {m.group(2)} but platform is {plat}")
        if cals:
            feats["ics"] += 1
        if kind == "other":
            if lab != {"kind": "other", "platform": "other"}:
                bad(fn, "other mail must carry only kind and platform = other")
            if "Camila" not in txt and "Cami" not in txt:
                bad(fn, "other mail not addressed to the applicant")
            continue
        spec = lab.get("specialty")
        if spec is not None and spec not in SPECIALTIES:
            bad(fn, f"bad specialty {spec!r}")
        if kind != "info" and not spec:
            bad(fn, "specialty missing")
        if (m.group(4) == "none") != (spec is None):
            bad(fn, "specialty slug 'none' must go with no specialty")
        tr = lab.get("track")
        if tr is not None:
            if tr not in TRACKS:
                bad(fn, f"bad track {tr!r}")
            elif tr not in ntxt.lower():
                bad(fn, f"track {tr} is not written in the mail")
        if lab.get("format") is not None and lab["format"] not in FORMATS:
            bad(fn, f"bad format {lab['format']!r}")
        if kind in ("waitlist", "rejection", "info") and "format" in lab:
            bad(fn, "format on waitlist/rejection/info")
        prog = lab.get("program")
        if prog is None and plat == "email":
            bad(fn, "program mail without program label")
        if prog is not None:
            if norm(prog) not in ntxt:
                bad(fn, f"program {prog!r} not found in the mail")
            if prog.endswith(" Program"):
                bad(fn, "program label ends with ' Program'")
        url = lab.get("schedule_url")
        if url is not None:
            if kind not in ("invitation", "waitlist"):
                bad(fn, "schedule_url on a kind other than invitation/waitlist")
            if url not in txt and url not in rawhtml:
                bad(fn, f"schedule_url {url} not in the mail")
        ds = [dt.date.fromisoformat(x) for x in lab.get("interview_dates", [])]
        if kind in ("scheduled", "reminder", "cancellation") and len(ds) != 1:
            bad(fn, "scheduled/reminder/cancellation need exactly one interview date")
        if kind == "invitation" and not ds:
            bad(fn, "invitation without interview dates")
        if kind in ("rejection", "info") and ds:
            bad(fn, "rejection/info must not carry interview dates")
        if ds != sorted(set(ds)):
            bad(fn, "interview dates not ascending and unique")
        hd_local = hd.astimezone(LA).date()
        for x in ds:
            if x.weekday() >= 5:
                bad(fn, f"{x} is on a weekend")
            if not SEASON[0] <= x <= SEASON[1]:
                bad(fn, f"{x} outside the interview season")
            if x <= hd_local:
                bad(fn, f"{x} is not after the Date header")
            form = forms.get(fn, {}).get(x.isoformat())
            if not form:
                bad(fn, f"no written form recorded for {x}")
            elif norm(form) not in ntxt:
                bad(fn, f"written form {form!r} of {x} not found in the mail")
        if set(forms.get(fn, {})) != {x.isoformat() for x in ds}:
            bad(fn, "forms.json entries do not match the labelled dates")
        for c in cals:
            for ev in re.findall(r"BEGIN:VEVENT.*?END:VEVENT", c, re.S):
                for dm in re.finditer(r"^DTSTART([^:\n]*):(\d{8})T(\d{6})(Z?)", ev, re.M):
                    stamp = dt.datetime.strptime(dm.group(2) + dm.group(3), "%Y%m%d%H%M%S")
                    if dm.group(4):
                        stamp = stamp.replace(tzinfo=dt.timezone.utc).astimezone(LA)
                    if stamp.date() not in ds:
                        bad(fn, f".ics DTSTART {stamp.date()} is not a labelled interview date")
        rb = lab.get("respond_by")
        if rb is not None:
            if kind not in ("invitation", "waitlist"):
                bad(fn, "respond_by on a kind other than invitation/waitlist")
            r = dt.datetime.fromisoformat(rb)
            if r.tzinfo is None:
                bad(fn, "respond_by without offset")
            elif r <= hd:
                bad(fn, "respond_by is not after the Date header")
            elif ds and r.date() >= ds[0]:
                bad(fn, "respond_by is not before the first interview day")
        if kind == "reminder" and "excited to host you" in ntxt.lower():
            feats["excited"] += 1
        if kind == "rejection" and "interview invitation" in ntxt.lower():
            feats["rej_quotes_invitation"] += 1
        if kind == "invitation":
            feats["inv_deadline"] += rb is not None
            feats["inv_in_person"] += lab.get("format") == "in_person"
            feats["inv_virtual"] += lab.get("format") == "virtual"
            feats["inv_date_list"] += len(ds) >= 3
    for k, v in EXPECT_KINDS.items():
        if kinds.get(k, 0) != v:
            bad("counts", f"{k}: {kinds.get(k, 0)} != {v}")
    for k, v in EXPECT_INV_PLATFORMS.items():
        if invplat.get(k, 0) != v:
            bad("counts", f"invitations on {k}: {invplat.get(k, 0)} != {v}")
    if len(files) != 80:
        bad("counts", f"{len(files)} files, expected 80")
    for k, low in {"ics": 3, "excited": 2, "rej_quotes_invitation": 2, "inv_deadline": 10, "inv_in_person": 5,
                   "inv_virtual": 5, "inv_date_list": 10}.items():
        if feats[k] < low:
            bad("features", f"{k}: {feats[k]} < {low}")
    for p in PROBLEMS:
        print(p)
    print(f"{len(files)} files; kinds {dict(sorted(kinds.items()))}; invitation platforms "
          f"{dict(sorted(invplat.items()))}; features {feats}; {nweek} weekday/date mentions checked; "
          f"{len(PROBLEMS)} problems")
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
