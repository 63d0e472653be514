#!/usr/bin/env python3
"""Checker for batch b17: every .eml parses, every file is labelled, label values are valid."""
import email
import email.policy
import os
import re
import sys
import tomllib
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)

KINDS = {"invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other"}
ABBR = {"inv": "invitation", "wl": "waitlist", "rej": "rejection", "sch": "scheduled", "rem": "reminder",
        "can": "cancellation", "info": "info", "oth": "other"}
PLATFORMS = {"thalamus", "eras", "interview_broker", "residencycas", "email", "other"}
TRACKS = {"categorical", "preliminary", "advanced", "transitional"}
FORMATS = {"virtual", "in_person", "hybrid"}
SPECIALTIES = {"Neurology", "Psychiatry", "Emergency Medicine", "Radiology-Diagnostic", "Anesthesiology",
               "Physical Medicine and Rehabilitation", "Transitional Year", "Internal Medicine"}
KEYS = {"kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by", "schedule_url"}
EXPECTED = {"invitation": 22, "waitlist": 8, "rejection": 9, "scheduled": 9, "reminder": 8,
            "cancellation": 6, "info": 10, "other": 8}
ISO_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


def date_forms(iso):
    d = date.fromisoformat(iso)
    mon, mn = d.strftime("%B"), d.strftime("%b")
    sfx = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return [f"{mon} {d.day}", f"{mn} {d.day}", f"{d.day} {mn}", f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.month}/{d.day}", d.strftime("%Y%m%d"), f"{mon} {d.day}{sfx}"]


def all_text(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        out.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
    return "\n".join(out)


def main():
    errors = []
    labels = tomllib.load(open(os.path.join(BATCH, "labels.toml"), "rb"))
    app = labels.pop("applicant", None)
    if not app or app.get("timezone") != "America/Denver" or not app.get("email") or not app.get("name"):
        errors.append("bad [applicant] table")
    files = sorted(f for f in os.listdir(BATCH) if f.endswith(".eml"))
    if len(files) != 80:
        errors.append(f"expected 80 .eml files, found {len(files)}")
    for f in files:
        if f not in labels:
            errors.append(f"{f}: not labelled")
    for f in labels:
        if f not in files:
            errors.append(f"{f}: labelled but missing")
    counts = {}
    for f in files:
        lab = labels.get(f, {})
        raw = open(os.path.join(BATCH, f), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append(f"{f}: missing header {h}")
        if msg.defects:
            errors.append(f"{f}: parse defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                errors.append(f"{f}: part defects {part.defects}")
        hdr_dt = parsedate_to_datetime(msg["Date"])
        text = all_text(msg)
        if len(text) < 200:
            errors.append(f"{f}: body too short")
        m = re.match(r"^b17-([a-z]+)-([a-z0-9]+)-([a-z0-9]+)-([a-z0-9]+)\.eml$", f)
        if not m:
            errors.append(f"{f}: bad file name")
        elif ABBR.get(m.group(1)) != lab.get("kind"):
            errors.append(f"{f}: file-name kind {m.group(1)} != label {lab.get('kind')}")
        extra = set(lab) - KEYS
        if extra:
            errors.append(f"{f}: unknown keys {extra}")
        kind = lab.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KINDS:
            errors.append(f"{f}: bad kind {kind}")
        if lab.get("platform") not in PLATFORMS:
            errors.append(f"{f}: bad platform {lab.get('platform')}")
        if kind == "other" and "program" in lab:
            errors.append(f"{f}: program on other")
        if "program" in lab and (not isinstance(lab["program"], str) or " / " in lab["program"]):
            errors.append(f"{f}: bad program")
        if "program" in lab:
            if lab["program"].lower() not in text.lower():
                errors.append(f"{f}: program name not found verbatim in mail: {lab['program']}")
        if "specialty" in lab and lab["specialty"] not in SPECIALTIES:
            errors.append(f"{f}: bad specialty {lab['specialty']}")
        if "track" in lab and lab["track"] not in TRACKS:
            errors.append(f"{f}: bad track")
        if "format" in lab and lab["format"] not in FORMATS:
            errors.append(f"{f}: bad format")
        for d in lab.get("interview_dates", []):
            try:
                dd = date.fromisoformat(d)
            except ValueError:
                errors.append(f"{f}: bad date {d}"); continue
            if not (date(2026, 10, 1) <= dd <= date(2027, 2, 28)):
                errors.append(f"{f}: date out of season {d}")
            if not any(form in text for form in date_forms(d)):
                errors.append(f"{f}: interview date {d} not visible in mail text")
        if kind in ("scheduled", "reminder", "cancellation") and len(lab.get("interview_dates", [])) > 1:
            errors.append(f"{f}: {kind} with several dates")
        if "respond_by" in lab:
            rb = lab["respond_by"]
            if kind not in ("invitation", "waitlist"):
                errors.append(f"{f}: respond_by on {kind}")
            if not ISO_OFFSET.match(rb):
                errors.append(f"{f}: respond_by not ISO with offset: {rb}")
            else:
                rbd = datetime.fromisoformat(rb)
                if not (hdr_dt < rbd < hdr_dt + timedelta(days=31)):
                    errors.append(f"{f}: respond_by {rb} not shortly after Date {hdr_dt}")
        if "schedule_url" in lab:
            u = lab["schedule_url"]
            if not u.startswith("https://"):
                errors.append(f"{f}: schedule_url not https")
            if u not in text.replace("&amp;", "&"):
                errors.append(f"{f}: schedule_url not in mail")
    for k, n in EXPECTED.items():
        if counts.get(k, 0) != n:
            errors.append(f"count {k}: {counts.get(k, 0)} != {n}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(files)} files, counts: " + ", ".join(f"{k}={counts.get(k, 0)}" for k in EXPECTED))
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
