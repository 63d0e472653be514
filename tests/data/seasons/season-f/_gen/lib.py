"""Helpers for building the season-f Maildir (standard library only)."""
import datetime as _dt
import hashlib
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from zoneinfo import ZoneInfo

ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
UTC = _dt.timezone.utc

APPL_NAME = "Camille Broussard"
APPL_EMAIL = "camille.broussard.match27@gmail.com"
APPL = f"{APPL_NAME} <{APPL_EMAIL}>"
AAMC_ID = "16284731"

MESSAGES = []  # list of dicts: key, slug, when, msg


def at(s, tz=ET):
    """'2026-10-05 09:14' in tz -> aware datetime."""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def day(s, fmt="long"):
    """'2026-11-13' -> 'Friday, November 13, 2026' (weekday computed, never typed)."""
    d = _dt.date.fromisoformat(s)
    if fmt == "long":
        return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")
    if fmt == "short":  # Fri, Nov 13
        return d.strftime("%a, %b ") + str(d.day)
    if fmt == "md":  # 11/13/2026
        return f"{d.month}/{d.day}/{d.year}"
    if fmt == "mdy":  # November 13, 2026
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if fmt == "dow":
        return d.strftime("%A")
    raise ValueError(fmt)


def weekday_ok(s):
    assert _dt.date.fromisoformat(s).weekday() < 5, f"interview date on weekend: {s}"
    return s


def _msgid(when, domain, salt):
    h = hashlib.sha1(f"{when.isoformat()}|{salt}".encode()).hexdigest()
    return f"<{h[:20]}.{int(when.timestamp())}@{domain}>"


def add(key, slug, when, frm, subject, text=None, html=None, *, to=APPL, cc=None,
        cte=None, html_cte=None, attach=(), reply_to=None, in_reply_to=None,
        references=None, extra=None, domain=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    dom = domain or frm.split("@")[-1].rstrip(">").strip()
    mid = msgid or _msgid(when, dom, subject + slug)
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else m.set_content(html, subtype="html")
    else:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
    for a in attach:
        fname, subtype, payload, params = a
        if isinstance(payload, str):
            m.add_attachment(payload, subtype=subtype, filename=fname, params=params or {})
        else:
            maintype, sub = subtype.split("/")
            m.add_attachment(payload, maintype=maintype, subtype=sub, filename=fname)
    MESSAGES.append({"key": key, "slug": slug, "when": when, "msg": m, "mid": mid})
    return mid


def ics(uid, summary, start, end, location, description, organizer, method="REQUEST", tzid="America/New_York"):
    """start/end: aware datetimes; written with TZID the way Outlook/Thalamus do."""
    def loc(d):
        return d.strftime("%Y%m%dT%H%M%S")
    stamp = _dt.datetime(2026, 1, 1, tzinfo=UTC)
    desc = description.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16011104T020000",
        "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
        "TZOFFSETFROM:" + ("-0400" if "New_York" in tzid else "-0500"),
        "TZOFFSETTO:" + ("-0500" if "New_York" in tzid else "-0600"),
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010311T020000",
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
        "TZOFFSETFROM:" + ("-0500" if "New_York" in tzid else "-0600"),
        "TZOFFSETTO:" + ("-0400" if "New_York" in tzid else "-0500"),
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={APPL_NAME}:mailto:{APPL_EMAIL}",
        f"DESCRIPTION:{desc}",
        f"UID:{uid}",
        f"SUMMARY:{summary}",
        f"DTSTART;TZID={tzid}:{loc(start)}",
        f"DTEND;TZID={tzid}:{loc(end)}",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"LOCATION:{location}",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    # fold long lines at 74 octets as RFC 5545 requires
    out = []
    for ln in lines:
        while len(ln) > 74:
            out.append(ln[:74])
            ln = " " + ln[74:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def gmail_attrib(when, who):
    # Gmail style: "On Mon, Oct 5, 2026 at 9:14 AM Camille Broussard <...> wrote:"
    w = when
    hh = w.strftime("%I").lstrip("0")
    return f"On {w.strftime('%a, %b')} {w.day}, {w.year} at {hh}:{w.strftime('%M %p')} {who} wrote:"


def outlook_header(when, frm, to, subject, sent_fmt=None):
    hh = when.strftime("%I").lstrip("0")
    sent = f"{when.strftime('%A, %B')} {when.day}, {when.year} {hh}:{when.strftime('%M %p')}"
    return (f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}")
