"""Helpers for the b19 generator (standard library only, deterministic)."""
import datetime as _dt
import email.policy
import email.utils
import hashlib
from email.headerregistry import Address
from email.message import EmailMessage

APPLICANT_NAME = "Sofia Lindqvist-Ramos"
APPLICANT_EMAIL = "sofia.lindqvist.md27@gmail.com"
APPLICANT_TZ = "America/Chicago"
SCHOOL_EMAIL = "sofia.lindqvist@my.rfums.org"
AAMC_ID = "17320584"
NRMP_ID = "N0418273"

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
REGISTRY = []


def message(fn):
    """Register a builder; builders return (filename, EmailMessage, label dict)."""
    REGISTRY.append(fn)
    return fn


def d(iso):
    return _dt.date.fromisoformat(iso)


def WD(iso):
    return d(iso).strftime("%A")


def WDS(iso):
    return d(iso).strftime("%a")


def MD(iso):
    x = d(iso)
    return f"{MONTHS[x.month - 1]} {x.day}"


def MDY(iso):
    x = d(iso)
    return f"{MONTHS[x.month - 1]} {x.day}, {x.year}"


def L(iso):
    """Thursday, November 12, 2026"""
    return f"{WD(iso)}, {MDY(iso)}"


def LN(iso):
    """Thursday, November 12"""
    return f"{WD(iso)}, {MD(iso)}"


def S(iso):
    """Thu, Nov 12"""
    x = d(iso)
    return f"{WDS(iso)}, {MONTHS[x.month - 1][:3]} {x.day}"


def SY(iso):
    return f"{S(iso)}, {d(iso).year}"


def NUM(iso):
    x = d(iso)
    return f"{x.month}/{x.day}"


def NUMY(iso):
    x = d(iso)
    return f"{x.month}/{x.day}/{x.year}"


def NUM0(iso):
    x = d(iso)
    return f"{x.month:02d}/{x.day:02d}/{x.year}"


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def ORD(iso):
    """Tuesday, the 8th"""
    return f"{WD(iso)}, the {ordinal(d(iso).day)}"


def ICSD(iso):
    return iso.replace("-", "")


def when(iso_dt):
    return _dt.datetime.fromisoformat(iso_dt)


def plus(iso_dt, **kw):
    """Relative deadline from a Date header, keeping the header's offset."""
    return (when(iso_dt) + _dt.timedelta(**kw)).isoformat()


def gmail_quote_date(iso_dt):
    """'Mon, Dec 7, 2026 at 9:03 PM' as Gmail writes above a quote."""
    t = when(iso_dt)
    h = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    return f"{t.strftime('%a')}, {t.strftime('%b')} {t.day}, {t.year} at {h}:{t.minute:02d} {ap}"


def outlook_sent(iso_dt):
    """'Monday, December 7, 2026 9:03 PM' as Outlook writes in a From:/Sent: block."""
    t = when(iso_dt)
    h = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    return f"{t.strftime('%A')}, {MONTHS[t.month - 1]} {t.day}, {t.year} {h}:{t.minute:02d} {ap}"


def _addr(x):
    if isinstance(x, tuple):
        return Address(display_name=x[0], addr_spec=x[1])
    return Address(addr_spec=x)


def build(frm, subject, date, text=None, html=None, *, to=None, cc=None, reply_to=None,
          text_cte=None, html_cte=None, html_only=False, attachments=(), extra=(),
          in_reply_to=None, key=None, alt_calendar=None):
    """Build an EmailMessage.

    attachments: list of (bytes, maintype, subtype, filename, params)
    alt_calendar: text/calendar string added as a third alternative (Outlook style)
    """
    m = EmailMessage()
    m["From"] = _addr(frm)
    tos = to if to is not None else [(APPLICANT_NAME, APPLICANT_EMAIL)]
    if not isinstance(tos, list):
        tos = [tos]
    m["To"] = [_addr(t) for t in tos]
    if cc:
        m["Cc"] = [_addr(t) for t in (cc if isinstance(cc, list) else [cc])]
    if reply_to:
        m["Reply-To"] = _addr(reply_to)
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(when(date))
    dom = (frm[1] if isinstance(frm, tuple) else frm).split("@")[1]
    h = hashlib.sha1(f"{key or subject}|{date}".encode()).hexdigest()
    m["Message-ID"] = f"<{h[:20]}.{h[20:32]}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in extra:
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", cte=html_cte)
    else:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
        if alt_calendar is not None:
            m.add_alternative(alt_calendar.encode("utf-8"), maintype="text", subtype="calendar",
                              cte="base64", params={"method": "REQUEST", "charset": "utf-8"})
    for data, maintype, subtype, filename, params in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename,
                         params=params or {})
    for i, part in enumerate(m.walk()):  # deterministic MIME boundaries
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_{h[:24]}_b19_")
    return m


def ics(uid, summary, start, end, tzid, location, description, organizer, method="REQUEST",
        stamp="20261101T120000Z"):
    """A small VCALENDAR with CRLF line endings. start/end: 'YYYYMMDDTHHMMSS' local."""
    std = {
        "America/Chicago": ("-0500", "-0600", "CDT", "CST"),
        "America/Denver": ("-0600", "-0700", "MDT", "MST"),
    }[tzid]
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
        f"TZOFFSETFROM:{std[0]}",
        f"TZOFFSETTO:{std[1]}",
        f"TZNAME:{std[3]}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010311T020000",
        "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
        f"TZOFFSETFROM:{std[1]}",
        f"TZOFFSETTO:{std[0]}",
        f"TZNAME:{std[2]}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={APPLICANT_NAME}:mailto:{APPLICANT_EMAIL}",
        f"DESCRIPTION;LANGUAGE=en-US:{description}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=en-US:{summary}",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE=en-US:{location}",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:REMINDER",
        "TRIGGER;RELATED=START:-PT30M",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    out = []
    for ln in lines:  # fold at 75 octets
        while len(ln.encode()) > 75:
            out.append(ln[:74])
            ln = " " + ln[74:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


def quote_gmail(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- platform templates

THAL_FROM = ("Thalamus", "noreply@thalamusgme.com")


def thalamus(subject, date, heading, rows, paragraphs, button=None, key=None, footer_note=None,
             text_cte="quoted-printable"):
    """Thalamus-style HTML+text notification. rows: list of (label, value)."""
    tl = [heading, ""]
    for k, v in rows:
        tl.append(f"{k}: {v}")
    tl.append("")
    for p in paragraphs:
        tl.append(p)
        tl.append("")
    if button:
        tl.append(f"{button[0]}: {button[1]}")
        tl.append("")
    tl += ["Questions about this program? Contact the program coordinator directly.",
           "Technical questions? Visit https://thalamusgme.com/support",
           "",
           "Thalamus | 1 Kendall Square, Cambridge, MA 02139",
           "You are receiving this email because you have an applicant account on Thalamus."]
    if footer_note:
        tl.insert(-2, footer_note)
    text = "\n".join(tl)
    hr = "".join(
        f'<tr><td style="padding:4px 12px 4px 0;color:#6b6b80;font-weight:600">{k}</td>'
        f'<td style="padding:4px 0">{v}</td></tr>' for k, v in rows)
    hp = "".join(f'<p style="margin:0 0 14px 0">{p}</p>' for p in paragraphs)
    hb = ""
    if button:
        hb = (f'<p style="margin:22px 0"><a href="{button[1]}" style="background:#5b2bd6;color:#ffffff;'
              f'padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:600">{button[0]}</a></p>')
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Thalamus</title></head>
<body style="margin:0;background:#f4f2fb;font-family:Helvetica,Arial,sans-serif;color:#1f1f2e">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0;border-radius:8px">
<tr><td style="background:#5b2bd6;padding:18px 28px;border-radius:8px 8px 0 0">
<img src="https://thalamusgme.com/wp-content/uploads/thalamus-logo-white.png" alt="Thalamus" width="130"></td></tr>
<tr><td style="padding:28px">
<h2 style="margin:0 0 18px 0;font-size:20px">{heading}</h2>
<table cellpadding="0" cellspacing="0" style="margin:0 0 18px 0;font-size:14px">{hr}</table>
{hp}{hb}
<p style="font-size:12px;color:#6b6b80;margin-top:28px">Questions about this program? Contact the program coordinator directly.<br>
Technical questions? Visit <a href="https://thalamusgme.com/support">thalamusgme.com/support</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#9a98ad">Thalamus | 1 Kendall Square, Cambridge, MA 02139<br>
You are receiving this email because you have an applicant account on Thalamus.</td></tr>
</table></td></tr></table></body></html>"""
    return build(THAL_FROM, subject, date, text, html, text_cte=text_cte, html_cte="quoted-printable",
                 key=key)


IB_FROM = ("Interview Broker", "no-reply@interviewbroker.com")


def interview_broker(subject, date, program_line, paragraphs, table=None, button=None, key=None):
    """Interview Broker style HTML+text. table: list of (date label, time, status)."""
    tl = [program_line, "", ]
    for p in paragraphs:
        tl += [p, ""]
    if table:
        for a, b, c in table:
            tl.append(f"  {a:<28} {b:<24} {c}")
        tl.append("")
    if button:
        tl += [f"{button[0]}:", button[1], ""]
    tl += ["Please do not reply to this message; replies go to an unmonitored mailbox.",
           "Interview Broker, LLC - interviewbroker.com"]
    text = "\n".join(tl)
    ht = ""
    if table:
        ht = ('<table style="border-collapse:collapse;font-size:14px;margin:8px 0 18px 0">'
              '<tr style="background:#e8eef6"><th style="padding:6px 10px;text-align:left">Date</th>'
              '<th style="padding:6px 10px;text-align:left">Time</th>'
              '<th style="padding:6px 10px;text-align:left">Status</th></tr>'
              + "".join(f'<tr><td style="padding:6px 10px;border-top:1px solid #d5dce6">{a}</td>'
                        f'<td style="padding:6px 10px;border-top:1px solid #d5dce6">{b}</td>'
                        f'<td style="padding:6px 10px;border-top:1px solid #d5dce6">{c}</td></tr>'
                        for a, b, c in table) + "</table>")
    hb = ""
    if button:
        hb = (f'<p><a href="{button[1]}" style="display:inline-block;background:#1f6fb2;color:#fff;'
              f'padding:10px 18px;text-decoration:none;border-radius:3px">{button[0]}</a></p>')
    hp = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="border-bottom:3px solid #1f6fb2;padding:10px 0;margin-bottom:16px">
<img src="https://www.interviewbroker.com/static/img/ib-logo.png" alt="Interview Broker" height="34"></div>
<p style="font-size:16px;font-weight:bold">{program_line}</p>
{hp}{ht}{hb}
<p style="font-size:11px;color:#888;margin-top:30px">Please do not reply to this message; replies go to an
unmonitored mailbox.<br>Interview Broker, LLC &middot; interviewbroker.com</p>
</body></html>"""
    return build(IB_FROM, subject, date, text, html, key=key)


ERAS_FROM = ("MyERAS", "myeras-donotreply@aamc.org")
ERAS_URL = "https://apps.aamc.org/myeras-web/#/landing/interviews"


def eras(subject, date, body_lines, key=None, text_cte=None):
    tl = [f"Dear {APPLICANT_NAME},", ""] + body_lines + [
        "",
        "Sincerely,",
        "ERAS - Electronic Residency Application Service",
        "Association of American Medical Colleges",
        "655 K Street, NW, Suite 100, Washington, DC 20001-2399",
        "",
        "This is an automated message. Please do not reply to this email.",
    ]
    return build(ERAS_FROM, subject, date, "\n".join(tl), key=key, text_cte=text_cte)
