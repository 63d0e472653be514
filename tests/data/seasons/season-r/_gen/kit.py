"""Season R toolkit: message registry, date words, quoting, HTML, iCalendar, MIME assembly.

Every `when` is the applicant's wall-clock time in America/New_York ("YYYY-MM-DD HH:MM"); the Date header
is written in the sender's own zone (platforms keep their own clocks)."""
import hashlib
import html as _html
import re
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

NAME = "Camille Szabo"
FIRST = "Camille"
ADDR = "cszabo.residency@gmail.com"
ME = (NAME, ADDR)
KINDS = ("invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other")
REG = []


def D(s):
    return date.fromisoformat(s)


# ---- how dates get written -------------------------------------------------------------------
def long(x):          # Friday, October 30, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def longn(x):         # Friday, October 30
    return f"{x:%A}, {x:%B} {x.day}"


def abbr(x):          # Fri, Oct 30
    return f"{x:%a}, {x:%b} {x.day}"


def abbry(x):         # Fri, Oct 30, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def md(x):            # October 30
    return f"{x:%B} {x.day}"


def mdy(x):           # October 30, 2026
    return f"{x:%B} {x.day}, {x.year}"


def slash(x):         # 10/30
    return f"{x.month}/{x.day}"


def slashy(x):        # 10/30/2026
    return f"{x.month}/{x.day}/{x.year}"


def dslash(x):        # Fri 10/30
    return f"{x:%a} {x.month}/{x.day}"


def clock(hhmm, style="AM"):
    h, m = map(int, hhmm.split(":"))
    suf = ("AM" if h < 12 else "PM") if style == "AM" else ("a.m." if h < 12 else "p.m.")
    return f"{(h - 1) % 12 + 1}:{m:02d} {suf}"


def at(day, hhmm, tz=ET):
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=tz)


def wall(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ET)


def _dt(when, tz=ET):
    return (wall(when) if isinstance(when, str) else when).astimezone(tz)


# ---- typography ------------------------------------------------------------------------------
def curly(s):
    """Outlook AutoFormat: straight quotes become typographer's quotes (URLs left alone)."""
    parts = re.split(r"(https?://\S+)", s)
    out = []
    for p in parts:
        if p.startswith("http"):
            out.append(p)
            continue
        p = re.sub(r'(^|[\s(\[])"', "\\1\u201c", p)
        p = p.replace('"', "\u201d")
        p = re.sub(r"(^|[\s(\[])'", "\\1\u2018", p)
        p = p.replace("'", "\u2019")
        out.append(p)
    return "".join(out)


# ---- quoting ---------------------------------------------------------------------------------
def gquote(when, who, addr, text, tz=ET):
    dt = _dt(when, tz)
    text = curly(text)  # what is quoted is the coordinator's Outlook text, typographer's quotes and all
    head = f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(f'{dt:%H:%M}')} {who} <{addr}> wrote:"
    return head + "\n" + "\n".join(("> " + s) if s else ">" for s in text.strip("\n").split("\n")) + "\n"


def oquote(when, who, addr, to, subject, text, tz=ET, cc=None):
    dt = _dt(when, tz)
    cc_line = f"Cc: {cc}\n" if cc else ""
    return ("\n________________________________\n"
            f"From: {who} <{addr}>\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {clock(f'{dt:%H:%M}')}\n"
            f"To: {to}\n{cc_line}Subject: {subject}\n\n{text.strip()}\n")


def fwd_gmail(when, who, addr, to, subject, text, tz=ET):
    dt = _dt(when, tz)
    return ("---------- Forwarded message ---------\n"
            f"From: {who} <{addr}>\nDate: {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(f'{dt:%H:%M}')}\n"
            f"Subject: {subject}\nTo: <{to}>\n\n{text.strip()}\n")


def fwd_outlook(when, who, addr, to, subject, text, tz=ET):
    dt = _dt(when, tz)
    return ("\n-----Original Message-----\n"
            f"From: {who} <{addr}>\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {dt:%I:%M %p}\n"
            f"To: {to}\nSubject: {subject}\n\n{text.strip()}\n")


# ---- HTML ------------------------------------------------------------------------------------
def esc(s):
    return _html.escape(s, quote=False)


def link(url, label=None, color="#1a5fb4"):
    return f'<a href="{_html.escape(url)}" style="color:{color}">{esc(label or url)}</a>'


def button(url, label, bg="#1a5fb4"):
    return ('<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin:16px 0"><tr>'
            f'<td bgcolor="{bg}" style="border-radius:3px;padding:11px 22px"><a href="{_html.escape(url)}" '
            f'style="color:#ffffff;font-weight:600;text-decoration:none">{esc(label)}</a></td></tr></table>')


def bullets(items):
    return '<ul style="margin:6px 0 12px;padding-left:20px">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def kv(rows):
    t = ['<table border="0" cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">']
    for k, v in rows:
        t.append(f'<tr><td style="color:#5f6368;width:34%;border-bottom:1px solid #eceff1">{esc(k)}</td>'
                 f'<td style="border-bottom:1px solid #eceff1">{esc(v)}</td></tr>')
    return "".join(t) + "</table>"


def page(blocks, *, header=None, footer=None, accent="#1a5fb4", width=620):
    out = ['<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">'
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head>',
           '<body style="margin:0;padding:0;background:#eef0f3;font-family:Arial,Helvetica,sans-serif;'
           'font-size:15px;color:#1f2328">',
           f'<div style="max-width:{width}px;margin:20px auto;background:#ffffff;border-top:4px solid {accent}">']
    if header:
        out.append(f'<div style="padding:16px 26px;border-bottom:1px solid #e6e8eb">{header}</div>')
    out.append('<div style="padding:18px 26px;line-height:1.55">')
    for b in blocks:
        out.append(b if b.lstrip().startswith("<") else f"<p>{esc(b)}</p>")
    out.append("</div>")
    if footer:
        out.append(f'<div style="padding:12px 26px;background:#f6f7f9;color:#6a737d;font-size:12px">{footer}</div>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def outlook_html(text, font="Calibri"):
    paras = text.strip("\n").split("\n\n")
    body = "".join(f'<p class="MsoNormal">{esc(p).replace(chr(10), "<br>")}<o:p></o:p></p>'
                   f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            f'<style>p.MsoNormal{{margin:0in;font-size:11.0pt;font-family:"{font}",sans-serif}}</style></head>'
            f'<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">{body}</div>'
            '</body></html>\n')


# ---- iCalendar -------------------------------------------------------------------------------
VTZ = ["BEGIN:VTIMEZONE", "TZID:America/New_York", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
       "TZNAME:EDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
       "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000",
       "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"]


def _fold(rows):
    out = []
    for r in rows:
        b = r.encode("utf-8")
        first = True
        while b:
            cut = min(75 if first else 74, len(b))
            while cut < len(b) and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode("utf-8"))
            b, first = b[cut:], False
    return "\r\n".join(out) + "\r\n"


def ics(uid, start, minutes, summary, location, description="", *, organizer=None, method="REQUEST",
        status="CONFIRMED", seq=0, mode="utc", prodid="-//season-r//EN", stamp=None):
    """mode: 'utc' (Z times), 'tzid' (TZID=America/New_York with VTIMEZONE), 'floating' (no zone at all)."""
    end = start + timedelta(minutes=minutes)

    def e_(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    if mode == "utc":
        s1 = f"DTSTART:{start.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        s2 = f"DTEND:{end.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    elif mode == "tzid":
        s1 = f"DTSTART;TZID=America/New_York:{start:%Y%m%dT%H%M%S}"
        s2 = f"DTEND;TZID=America/New_York:{end:%Y%m%dT%H%M%S}"
    else:
        s1, s2 = f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"
    rows = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if mode == "tzid":
        rows += VTZ
    rows += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", "DTSTAMP:" + (f"{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}" if stamp else "@@STAMP@@"), s1, s2,
             f"SUMMARY:{e_(summary)}", f"LOCATION:{e_(location)}"]
    if description:
        rows.append(f"DESCRIPTION:{e_(description)}")
    if organizer:
        rows.append(f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}")
    part = "DECLINED" if status == "CANCELLED" else "ACCEPTED"
    rows += [f"ATTENDEE;CN=\"{NAME}\";ROLE=REQ-PARTICIPANT;PARTSTAT={part}:mailto:{ADDR}",
             f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return _fold(rows)


# ---- MIME --------------------------------------------------------------------------------------
def _fmt(x):
    if isinstance(x, list):
        return ", ".join(_fmt(y) for y in x)
    return formataddr(x) if isinstance(x, tuple) else x


def _addr(x):
    return x[1] if isinstance(x, tuple) else x


def mail(when, slug, label, kind, frm, subject, text=None, html=None, *, tz=ET, to=None, cc=None, reply_to=None,
         irt=None, cal=None, cal_name="invite.ics", cal_method="REQUEST", files=(), headers=(), must=(), idates=(),
         deadline=None, sent=False, mid_domain=None):
    assert kind in KINDS, kind
    dt = wall(when)
    h = hashlib.sha1(f"season-r|{slug}|{when}|{label}".encode()).hexdigest()
    dom = mid_domain or ("mail.gmail.com" if sent else _addr(frm).split("@")[1])
    mid = (f"<CA+{h[:10]}{h[10:26].upper()}=Q{h[26:34]}@{dom}>" if sent
           else f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}@{dom}>")
    m = EmailMessage(policy=policy.default)
    m["Return-Path"] = f"<{_addr(frm)}>"
    m["From"] = _fmt(frm)
    m["To"] = _fmt(to) if to else _fmt(ME)
    if cc:
        m["Cc"] = _fmt(cc)
    if reply_to:
        m["Reply-To"] = _fmt(reply_to)
    m["Subject"] = subject
    m["Date"] = format_datetime(dt.astimezone(tz))
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt["mid"]
        m["References"] = " ".join(irt["chain"] + [irt["mid"]])
    m["MIME-Version"] = "1.0"
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        m.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    if cal:
        cal = cal.replace("@@STAMP@@", f"{dt.astimezone(UTC):%Y%m%dT%H%M%SZ}")
        m.add_attachment(cal.encode("utf-8"), maintype="text", subtype="calendar", filename=cal_name,
                         params={"method": cal_method, "charset": "UTF-8"}, cte="base64")
    for fname, (mt, st), payload in files:
        m.add_attachment(payload.encode("utf-8") if isinstance(payload, str) else payload, maintype=mt,
                         subtype=st, filename=fname, cte="base64")
    for p in m.walk():
        if p is not m and "MIME-Version" in p:
            del p["MIME-Version"]
    for i, p in enumerate(x for x in m.walk() if x.is_multipart()):
        p.set_boundary(f"----=_Part_{h[28:36]}_{i}")
    rec = dict(when=dt, slug=slug, label=label, kind=kind, msg=m, mid=mid, subject=subject, must=list(must),
               idates=[str(x) for x in idates], deadline=str(deadline) if deadline else None, sent=sent,
               chain=(irt["chain"] + [irt["mid"]]) if irt else [])
    REG.append(rec)
    return rec


SIG = "Camille Szabo\nMS4, Larner College of Medicine at the University of Vermont\nAAMC ID 17720395 | (802) 555-0183"
SIG_SHORT = "Camille Szabo, MS4\nUVM Larner College of Medicine"


def me(when, slug, label, kind, to, subject, body, *, irt=None, quote=None, cc=None, must=(), idates=(), sig=SIG,
       deadline=None):
    """Her own mail as Gmail keeps it in Sent: text/plain + Gmail's div-soup HTML."""
    text = body.strip() + ("\n\n-- \n" + sig if sig else "") + "\n"
    if quote:
        text += "\n" + quote
    h = '<div dir="ltr">' + "".join(f"<div>{esc(p).replace(chr(10), '<br>')}</div><div><br></div>"
                                    for p in body.strip().split("\n\n"))
    if sig:
        h += ('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
              'data-smartmail="gmail_signature">' + esc(sig).replace("\n", "<br>") + "</div>")
    h += "</div>"
    if quote:
        first, _, rest = quote.partition("\n")
        inner = "\n".join(x[2:] if x.startswith("> ") else x.lstrip(">") for x in rest.split("\n"))
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(first) + '<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">' + esc(inner).replace("\n", "<br>") + "</blockquote></div>")
    return mail(when, slug, label, kind, ME, subject, text, h + "\n", to=to, cc=cc, irt=irt, must=must,
                idates=idates, sent=True, deadline=deadline)


def coord(when, slug, label, kind, frm, subject, text, *, html=True, font="Calibri", quote=None, **kw):
    """Coordinator mail from Outlook: typographer's quotes, plain text + Word-generated HTML."""
    text = curly(text.strip("\n")) + "\n"
    if quote:
        text += quote
    return mail(when, slug, label, kind, frm, subject, text, outlook_html(text, font) if html else None, **kw)
