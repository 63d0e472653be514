"""Helpers for the season-g generator (standard library only)."""
import base64
import email.utils
import random
import re
from email.message import EmailMessage
from email.header import Header
from email import policy
from datetime import datetime, timezone, timedelta
from zoneinfo import ZoneInfo

ET = ZoneInfo("America/New_York")
APPLICANT = "Nora Castellano"
ADDR = "nora.castellano.match27@gmail.com"
TO = f"{APPLICANT} <{ADDR}>"

MSGS = []


def et(s):
    """'2026-10-08 10:02' (America/New_York wall clock) -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ET)


def add(key, when, slug, frm, subject, text=None, html=None, *, to=TO, cc=None,
        cte="quoted-printable", html_cte="quoted-printable", hdr_tz=None,
        subj_b64=False, attach=(), msgid_domain=None, in_reply_to=None,
        references=None, reply_to=None, extra=(), msgid=None):
    """Register one message.  key = program key, or None for unrelated."""
    dt = et(when)
    if hdr_tz == "utc":
        hdr_dt = dt.astimezone(timezone.utc)
    elif hdr_tz is not None:
        hdr_dt = dt.astimezone(timezone(timedelta(hours=hdr_tz)))
    else:
        # emit the fixed offset that the wall clock has on that day
        hdr_dt = dt.astimezone(timezone(dt.utcoffset()))
    m = EmailMessage()
    m["Return-Path"] = "<" + email.utils.parseaddr(frm)[1] + ">"
    m["Delivered-To"] = ADDR
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(hdr_dt)
    dom = msgid_domain or email.utils.parseaddr(frm)[1].split("@")[-1]
    m["Message-ID"] = msgid or make_id(dt, slug, dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra:
        m[k] = v
    if text is not None:
        m.set_content(text, subtype="plain", charset="utf-8", cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset="utf-8", cte=html_cte)
    for fname, ctype, data in attach:
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            m.add_attachment(data, subtype=subtype, filename=fname, charset="utf-8",
                             cte="base64" if subtype == "calendar" and len(MSGS) % 2 else "7bit")
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    raw = m.as_bytes(policy=policy.SMTP)
    if subj_b64:
        head, sep, body = raw.partition(b"\r\n\r\n")
        enc = b64_words(subject).encode("ascii")
        head = re.sub(rb"(?m)^Subject:[^\r\n]*(?:\r\n[ \t][^\r\n]*)*", lambda _m: b"Subject: " + enc, head, count=1)
        raw = head + sep + body
    # Maildir files conventionally use LF
    raw = raw.replace(b"\r\n", b"\n")
    MSGS.append(dict(key=key, dt=dt, slug=slug, raw=raw, msgid=m["Message-ID"]))
    return m["Message-ID"]


def b64_words(s):
    """RFC 2047 B-encoding, split on character boundaries (as Gmail does)."""
    words, chunk = [], b""
    for ch in s:
        b = ch.encode("utf-8")
        if len(chunk) + len(b) > 42:
            words.append(chunk); chunk = b""
        chunk += b
    words.append(chunk)
    return "\r\n ".join("=?UTF-8?B?" + base64.b64encode(w).decode() + "?=" for w in words)


def make_id(dt, slug, dom):
    """Deterministic, sender-flavoured Message-ID."""
    r = random.Random(f"{dt.isoformat()}|{slug}|{dom}")
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    ts = int(dt.timestamp())
    if dom.endswith("gmail.com"):
        return "<CA" + "".join(r.choice(al + "+_-") for _ in range(44)) + "@mail.gmail.com>"
    if any(x in dom for x in ("upenn.edu", "jefferson.edu", "jhmi.edu", "jh.edu", "umm.edu",
                               "medstar.net", "bidmc", "bmc.org", "rochesterregional", "lifespan",
                               "som.umaryland", "yale.edu", "uchc.edu", "pennstatehealth",
                               "urmc.rochester", "bpthosp", "upstate.edu", "hhchealth")):
        host = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(6))
        return (f"<{host}PR{r.randint(10, 19):02d}MB{r.randint(1000, 9999)}"
                f"{''.join(r.choice('0123456789ABCDEF') for _ in range(12))}@"
                f"{host}PR{r.randint(10, 19):02d}MB{r.randint(1000, 9999)}.namprd{r.randint(1, 19):02d}.prod.outlook.com>")
    return f"<{ts}.{r.getrandbits(48):012x}.{slug[:10]}@{dom}>"


def ics(uid, start, end, summary, location, description, organizer, method="REQUEST"):
    desc = description.replace("\n", "\\n").replace(",", "\\,")
    loc = location.replace(",", "\\,")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
        "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{uid}",
        f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={APPLICANT}:mailto:{ADDR}",
        f"SUMMARY;LANGUAGE=en-US:{summary}",
        f"DTSTART;TZID=Eastern Standard Time:{start}",
        f"DTEND;TZID=Eastern Standard Time:{end}",
        f"LOCATION;LANGUAGE=en-US:{loc}",
        f"DESCRIPTION;LANGUAGE=en-US:{desc}",
        "DTSTAMP:20261001T120000Z", "STATUS:CONFIRMED", "SEQUENCE:0",
        "BEGIN:VALARM", "TRIGGER:-PT30M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR", ""]
    # fold long lines at 74 octets as RFC 5545 does
    out = []
    for ln in lines:
        while len(ln) > 74:
            out.append(ln[:74]); ln = " " + ln[74:]
        out.append(ln)
    return "\r\n".join(out)


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))
