"""Shared helpers for the season-i generator (Python 3 standard library only)."""
import datetime as _dt
import hashlib
import re
import zoneinfo
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime
from email import policy

ET = zoneinfo.ZoneInfo("America/New_York")
UTC = _dt.timezone.utc
CT = zoneinfo.ZoneInfo("America/Chicago")
PT = zoneinfo.ZoneInfo("America/Los_Angeles")

APP_NAME = "Tessa Villanueva"
APP_EMAIL = "tessa.villanueva.match27@gmail.com"
AAMC_ID = "15839274"
NRMP_ID = "N2748163"
RCAS_ID = "6629148305"


def D(iso):
    return _dt.date.fromisoformat(iso)


def long(iso):
    """Wednesday, November 18, 2026"""
    d = D(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def longnoyear(iso):
    d = D(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}"


def short(iso):
    """Wed, Nov 18"""
    d = D(iso)
    return f"{d.strftime('%a')}, {d.strftime('%b')} {d.day}"


def md(iso):
    d = D(iso)
    return f"{d.strftime('%B')} {d.day}"


def slash(iso):
    d = D(iso)
    return f"{d.month}/{d.day}/{d.year}"


def wslash(iso):
    d = D(iso)
    return f"{d.strftime('%A')} {d.month}/{d.day}"


def dow(iso):
    return D(iso).strftime("%A")


def when(s):
    """'2026-10-20 10:02' in America/New_York -> aware datetime"""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ET)


def gmail_quote_line(dt, name, email):
    dt = dt.astimezone(ET)
    h = dt.strftime("%I").lstrip("0")
    return (f"On {dt.strftime('%a')}, {dt.strftime('%b')} {dt.day}, {dt.year} at {h}:{dt.strftime('%M')} "
            f"{dt.strftime('%p')} {name} <{email}> wrote:")


def outlook_header(dt, frm, to, subject, cc=None):
    dt = dt.astimezone(ET)
    h = dt.strftime("%I").lstrip("0")
    lines = [f"From: {frm}",
             f"Sent: {dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}, {dt.year} {h}:{dt.strftime('%M')} {dt.strftime('%p')}",
             f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    """Simple HTML rendering of a plain-text body: paragraphs, links made clickable."""
    paras = re.split(r"\n\s*\n", text.strip())
    out = []
    for p in paras:
        e = html_escape(p)
        e = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', e)
        e = e.replace("\n", "<br>\n")
        out.append(f"<p>{e}</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="{style}">\n' + "\n".join(out) + "\n</div></body></html>\n")


def ics(uid, summary, start, end, location="", description="", organizer=None, tzid=True, method="REQUEST",
        attendee=APP_EMAIL, stamp="20261001T120000Z"):
    """start/end: 'YYYY-MM-DD HH:MM' local ET"""
    def fmt(s):
        dt = when(s)
        if tzid:
            return ";TZID=America/New_York:" + dt.strftime("%Y%m%dT%H%M%S")
        return ":" + dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN" if tzid else "PRODID:-//Calendly//EN",
             "VERSION:2.0", f"METHOD:{method}"]
    if tzid:
        lines += ["BEGIN:VTIMEZONE", "TZID:America/New_York",
                  "BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
                  "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
                  "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE"]
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", "DTSTART" + fmt(start), "DTEND" + fmt(end),
              "SUMMARY:" + ics_escape(summary)]
    if location:
        lines.append("LOCATION:" + ics_escape(location))
    if description:
        lines.append("DESCRIPTION:" + ics_escape(description))
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    if attendee:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={APP_NAME}:mailto:{attendee}")
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out = []
    b = line
    while len(b.encode("utf-8")) > 74:
        cut = 74
        while len(b[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(b[:cut])
        b = " " + b[cut:]
    out.append(b)
    return "\r\n".join(out)


def msgid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:20]}.{h[20:30]}@{domain}>"


def token(seed, n=10, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    h = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def digits(seed, n):
    h = hashlib.sha256(seed.encode()).hexdigest()
    return "".join(str(int(c, 16) % 10) for c in h[:n])


def gmail_reply(body, dt, name, email, orig):
    return body.rstrip("\n") + "\n\n" + gmail_quote_line(dt, name, email) + "\n" + quote(orig) + "\n"


def outlook_reply(body, dt, frm, to, subject, orig, cc=None):
    return (body.rstrip("\n") + "\n\n________________________________\n" + outlook_header(dt, frm, to, subject, cc)
            + "\n\n" + orig.strip("\n") + "\n")
