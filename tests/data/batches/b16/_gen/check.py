"""Checker for the b16 batch: every .eml parses, every file labelled, label values valid."""
import os, sys, tomllib, collections, re
from datetime import date, datetime
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.dirname(HERE)
KINDS = {"invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other"}
ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
        "can": "cancellation", "info": "info", "oth": "other"}
PLATFORMS = {"thalamus", "eras", "interview_broker", "residencycas", "email", "other"}
TRACKS = {"categorical", "preliminary", "advanced", "transitional"}
FORMATS = {"virtual", "in_person", "hybrid"}
SPECIALTIES = {"Obstetrics and Gynecology", "Family Medicine", "Orthopaedic Surgery", "Dermatology",
               "Pathology-Anatomic and Clinical", "Pediatrics", "Internal Medicine", "Transitional Year"}
EXPECTED = {"invitation": 22, "waitlist": 8, "rejection": 9, "scheduled": 9, "reminder": 8, "cancellation": 6, "info": 10, "other": 8}

errs = []
labels = tomllib.load(open(os.path.join(D, "labels.toml"), "rb"))
app = labels.pop("applicant")
assert app["timezone"] == "America/Chicago" and "@" in app["email"] and app["name"]
emls = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(emls) != set(labels):
    errs.append(f"unlabelled: {set(emls) - set(labels)}; labels without file: {set(labels) - set(emls)}")
counts = collections.Counter()
for f in emls:
    raw = open(os.path.join(D, f), "rb").read()
    try:
        m = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if m[h] is None:
                errs.append(f"{f}: missing {h}")
        str(m["Subject"]); str(m["From"])
        hdt = parsedate_to_datetime(m["Date"])
        assert hdt.tzinfo is not None
        body = m.get_body(preferencelist=("plain", "html"))
        if body is None or not body.get_content().strip():
            errs.append(f"{f}: no readable body")
        for p in m.walk():
            if not p.is_multipart():
                p.get_content()
        if m.defects:
            errs.append(f"{f}: defects {m.defects}")
    except Exception as e:
        errs.append(f"{f}: parse error {e!r}")
        continue
    if f not in labels:
        continue
    L = labels[f]
    k = L.get("kind")
    counts[k] += 1
    if k not in KINDS:
        errs.append(f"{f}: bad kind {k}")
    ab = f.split("-")[1]
    if ABBR.get(ab) != k:
        errs.append(f"{f}: filename abbrev {ab} vs kind {k}")
    if not f.startswith("b16-"):
        errs.append(f"{f}: bad prefix")
    if L.get("platform") not in PLATFORMS:
        errs.append(f"{f}: bad platform")
    if k == "other" and "program" in L:
        errs.append(f"{f}: other with program")
    if "track" in L and L["track"] not in TRACKS:
        errs.append(f"{f}: bad track")
    if "format" in L and L["format"] not in FORMATS:
        errs.append(f"{f}: bad format")
    if "specialty" in L and L["specialty"] not in SPECIALTIES:
        errs.append(f"{f}: unexpected specialty {L['specialty']}")
    for x in L.get("interview_dates", []):
        try:
            dd = date.fromisoformat(x)
            assert date(2026, 9, 1) <= dd <= date(2027, 2, 28)
        except Exception:
            errs.append(f"{f}: bad interview date {x}")
    if k in ("waitlist", "rejection", "info", "other") and L.get("interview_dates"):
        errs.append(f"{f}: interview_dates on {k}")
    if "respond_by" in L:
        try:
            r = datetime.fromisoformat(L["respond_by"])
            assert r.tzinfo is not None
            if r < hdt:
                errs.append(f"{f}: respond_by before Date header")
        except Exception:
            errs.append(f"{f}: bad respond_by {L['respond_by']}")
    if "schedule_url" in L:
        if not L["schedule_url"].startswith("http"):
            errs.append(f"{f}: bad url")
        # the URL must literally appear in the decoded message
        text = "".join(p.get_content() for p in m.walk() if p.get_content_maintype() == "text")
        if L["schedule_url"] not in text.replace("&amp;", "&"):
            errs.append(f"{f}: schedule_url not in body")
for k, n in EXPECTED.items():
    if counts[k] != n:
        errs.append(f"count {k}: {counts[k]} != {n}")
print("counts:", dict(counts), "total", sum(counts.values()))
if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
