"""Helpers for the season-h generator (Python 3 standard library only)."""
import datetime as dt
import hashlib
import html
import re
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from zoneinfo import ZoneInfo

ET = ZoneInfo("America/New_York")
UTC = dt.timezone.utc
POLICY = SMTP.clone(linesep="\n", max_line_length=78)

APPLICANT_NAME = "Tessa Lindqvist"
APPLICANT_EMAIL = "tessa.lindqvist.neomed27@gmail.com"
APPLICANT = f"{APPLICANT_NAME} <{APPLICANT_EMAIL}>"
AAMC_ID = "17423958"
NRMP_ID = "N2718345"

URL_RE = re.compile(r"https?://[^\s<>\"')\]]+")


# ---------------------------------------------------------------- dates
def D(iso):
    return dt.date.fromisoformat(iso)


def L(iso):
    """Tuesday, December 8, 2026"""
    d = D(iso)
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def LNY(iso):
    """Tuesday, December 8"""
    d = D(iso)
    return f"{d:%A}, {d:%B} {d.day}"


def MDY(iso):
    """December 8, 2026"""
    d = D(iso)
    return f"{d:%B} {d.day}, {d.year}"


def SH(iso):
    """Tue, Dec 8"""
    d = D(iso)
    return f"{d:%a}, {d:%b} {d.day}"


def SHY(iso):
    """Tue, Dec 8, 2026"""
    d = D(iso)
    return f"{d:%a}, {d:%b} {d.day}, {d.year}"


def NUM(iso):
    """12/8/2026"""
    d = D(iso)
    return f"{d.month}/{d.day}/{d.year}"


def ICSD(iso):
    return D(iso).strftime("%Y%m%d")


def tzabbr(iso, hhmm="09:00"):
    t = dt.datetime.fromisoformat(f"{iso} {hhmm}").replace(tzinfo=ET)
    return t.tzname()


def when_et(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=ET)


def hid(*parts, n=10):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- html
def text_to_html(text, sig_style=False):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip(), quote=False) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
            continue
        esc = html.escape(para, quote=False)
        esc = URL_RE.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', esc)
        out.append("<p>" + esc.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def wrap_html(body, brand=None, color="#0b3d6e", footer=None):
    head = ""
    if brand:
        head = (f'<tr><td style="background:{color};color:#fff;padding:14px 20px;'
                f'font:bold 18px Arial,sans-serif">{html.escape(brand, quote=False)}</td></tr>')
    foot = ""
    if footer:
        foot = (f'<tr><td style="padding:12px 20px;color:#777;font:11px Arial,sans-serif">'
                f'{text_to_html(footer)}</td></tr>')
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            '<body style="margin:0;background:#f4f5f7">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            'style="max-width:640px;margin:0 auto;background:#ffffff">\n'
            f"{head}\n<tr><td style=\"padding:20px;font:14px/1.5 Arial,sans-serif;color:#222\">\n"
            f"{body}\n</td></tr>\n{foot}\n</table>\n</body></html>\n")


def gmail_html(text):
    return '<div dir="ltr">' + text_to_html(text) + "</div>\n"


# ---------------------------------------------------------------- quoting
def gmail_quote(when, who, text):
    w = when_et(when) if isinstance(when, str) else when
    hdr = f"On {w:%a}, {w:%b} {w.day}, {w.year} at {w.strftime('%I:%M %p').lstrip('0')} {who} wrote:"
    body = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return hdr + "\n" + body


def outlook_quote(when, frm, to, subject, text):
    w = when_et(when) if isinstance(when, str) else when
    return ("________________________________\n"
            f"From: {frm}\n"
            f"Sent: {w:%A}, {w:%B} {w.day}, {w.year} {w.strftime('%I:%M %p').lstrip('0')}\n"
            f"To: {to}\n"
            f"Subject: {subject}\n\n" + text.strip("\n"))


# ---------------------------------------------------------------- ics
VTZ = """BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE"""


def ics_fold(line):
    out = []
    b = line
    while len(b.encode()) > 74:
        cut = 74
        while len(b[:cut].encode()) > 74:
            cut -= 1
        out.append(b[:cut])
        b = " " + b[cut:]
    out.append(b)
    return "\r\n".join(out)


def ics(uid, summary, date, start, end, location, description, organizer, method="REQUEST",
        utc=False, stamp="20261001T120000Z", status="CONFIRMED", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    s = dt.datetime.fromisoformat(f"{date} {start}").replace(tzinfo=ET)
    e = dt.datetime.fromisoformat(f"{date} {end}").replace(tzinfo=ET)
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}"]
    if utc:
        ds = "DTSTART:" + s.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        de = "DTEND:" + e.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    else:
        lines += VTZ.split("\n")
        ds = "DTSTART;TZID=America/New_York:" + s.strftime("%Y%m%dT%H%M%S")
        de = "DTEND;TZID=America/New_York:" + e.strftime("%Y%m%dT%H%M%S")
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    summ = summary.replace(",", "\\,").replace(";", "\\;")
    loc = location.replace(",", "\\,").replace(";", "\\;")
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", ds, de, f"SUMMARY:{summ}",
              f"LOCATION:{loc}", f"DESCRIPTION:{desc}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={APPLICANT_NAME}:mailto:{APPLICANT_EMAIL}",
              f"STATUS:{status}", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(l) for l in lines) + "\r\n"


# ---------------------------------------------------------------- messages
class Mail:
    def __init__(self, label, slug, when, msg, expect):
        self.label, self.slug, self.when, self.msg, self.expect = label, slug, when, msg, expect


MAILS = []


def mk(label, slug, when, frm, subject, text=None, *, to=APPLICANT, html_body=None, html_auto=False,
       cte="quoted-printable", html_cte=None, attachments=(), reply_to=None, in_reply_to=None,
       refs=None, cc=None, hdr_tz=None, names=(), dates=(), extra=None, brand=None, color="#0b3d6e",
       footer=None, sent=False, msgid_domain=None, html_only=False):
    """Build one message.  `when` is ET wall-clock 'YYYY-MM-DD HH:MM'."""
    w = when_et(when)
    m = EmailMessage(policy=POLICY)
    if not sent:
        m["Delivered-To"] = APPLICANT_EMAIL
        pt = w.astimezone(ZoneInfo("America/Los_Angeles"))
        m["Received"] = (f"by 2002:a05:6a10:{hid(slug, n=4)}:b0:5c1:{hid(when, n=4)} with SMTP id "
                         f"{hid(slug, when, n=12)}; {format_datetime(pt)}")
    hz = {None: ET, "utc": UTC, "et": ET}.get(hdr_tz, hdr_tz)
    m["Date"] = format_datetime(w.astimezone(hz))
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    dom = msgid_domain or ("mail.gmail.com" if sent else re.sub(r".*@([^>]+)>?.*", r"\1", frm))
    mid = f"<{hid('mid', slug, when, n=24)}@{dom}>"
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = refs or in_reply_to
    if extra:
        for k, v in extra:
            m[k] = v
    if html_only:
        m.set_content(html_body, subtype="html", charset="utf-8", cte=cte)
    else:
        m.set_content(text, charset="utf-8", cte=cte)
        if html_body is None and html_auto:
            h = text_to_html(text)
            html_body = gmail_html(text) if sent else wrap_html(h, brand=brand, color=color, footer=footer)
        if html_body is not None:
            m.add_alternative(html_body, subtype="html", charset="utf-8", cte=html_cte or cte)
    for fname, ctype, payload, acte in attachments:
        main, sub = ctype.split("/")
        if main == "text":
            params = {"method": "REQUEST"} if sub == "calendar" else None
            m.add_attachment(payload, subtype=sub, charset="utf-8", cte=acte, filename=fname, params=params)
        else:
            m.add_attachment(payload, maintype=main, subtype=sub, filename=fname)
    for i, part in enumerate(m.walk()):
        if i and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"000000000000{hid('b', slug, when, str(i), n=12)}")
    exp = {"names": list(names), "dates": list(dates)}
    MAILS.append(Mail(label, slug, w, m, exp))
    return mid
