"""Season Q toolkit: registry of messages, date words, quoting, HTML bodies, iCalendar.

Every `when` is the applicant's wall clock (America/Los_Angeles, "YYYY-MM-DD HH:MM"); the Date header
of each message is written in the sender's own zone (`tz=`)."""
import hashlib
import re
import html as H
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
AZ = ZoneInfo("America/Phoenix")
MT = ZoneInfo("America/Denver")
HT = ZoneInfo("Pacific/Honolulu")
UTC = timezone.utc

NAME = "Keala Ostrander"
FIRST = "Keala"
ADDR = "keala.ostrander.match@gmail.com"
ME = (NAME, ADDR)
KINDS = ("invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other")
REG = []


def D(s):
    return date.fromisoformat(s)


# ---- date words ---------------------------------------------------------------------------
def full(x):        # Wednesday, November 18, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def wmd(x):         # Wednesday, November 18
    return f"{x:%A}, {x:%B} {x.day}"


def awmd(x):        # Wed, Nov 18
    return f"{x:%a}, {x:%b} {x.day}"


def md(x):          # November 18
    return f"{x:%B} {x.day}"


def mdy(x):         # November 18, 2026
    return f"{x:%B} {x.day}, {x.year}"


def slash(x):       # 11/18/2026
    return f"{x.month}/{x.day}/{x.year}"


def wslash(x):      # Wed 11/18
    return f"{x:%a} {x.month}/{x.day}"


def clock(hhmm, lower=False):
    h, m = map(int, hhmm.split(":"))
    s = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
    return s.lower().replace("am", "a.m.").replace("pm", "p.m.") if lower else s


def at(day, hhmm, tz=PT):
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=tz)


def wall(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=PT)


def _dt(when, tz):
    return (wall(when) if isinstance(when, str) else when).astimezone(tz)


# ---- quoting ------------------------------------------------------------------------------
def gquote(when, who, addr, text, tz=PT):
    """Gmail 'On ... wrote:' quote."""
    dt = _dt(when, tz)
    head = f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(f'{dt:%H:%M}')} {who} <{addr}> wrote:"
    return head + "\n" + "\n".join(("> " + s) if s else ">" for s in text.strip("\n").split("\n")) + "\n"


def oquote(when, who, addr, to, subject, text, tz=PT):
    """Outlook header block under a reply."""
    dt = _dt(when, tz)
    return ("\n________________________________\n"
            f"From: {who} <{addr}>\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {clock(f'{dt:%H:%M}')}\n"
            f"To: {to}\nSubject: {subject}\n\n{text.strip()}\n")


def fwd(when, who, addr, to, subject, text, tz=PT):
    dt = _dt(when, tz)
    return ("---------- Forwarded message ---------\n"
            f"From: {who} <{addr}>\nDate: {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(f'{dt:%H:%M}')}\n"
            f"Subject: {subject}\nTo: {to}\n\n{text.strip()}\n")


# ---- HTML ---------------------------------------------------------------------------------
def e(s):
    return H.escape(s, quote=False)


def link(url, label=None):
    return f'<a href="{H.escape(url)}">{e(label or url)}</a>'


def button(url, label, bg):
    return (f'<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin:16px 0"><tr>'
            f'<td bgcolor="{bg}" style="border-radius:5px;padding:11px 22px"><a href="{H.escape(url)}" '
            f'style="color:#ffffff;text-decoration:none;font-weight:600">{e(label)}</a></td></tr></table>')


def bullets(items):
    return "<ul>" + "".join(f"<li>{x}</li>" for x in items) + "</ul>"


def grid(rows, head=None):
    t = ['<table border="0" cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%">']
    if head:
        t.append("<tr>" + "".join(f'<th align="left" style="border-bottom:2px solid #ddd">{h}</th>'
                                  for h in head) + "</tr>")
    for r in rows:
        t.append("<tr>" + "".join(f'<td style="border-bottom:1px solid #eee;vertical-align:top">{c}</td>'
                                  for c in r) + "</tr>")
    return "".join(t) + "</table>"


def page(blocks, *, brand=None, foot=None, accent="#333"):
    out = ['<!doctype html>', '<html lang="en"><head><meta charset="utf-8">'
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head>',
           '<body style="margin:0;padding:0;background:#eef0f3;font-family:Arial,Helvetica,sans-serif;'
           'font-size:15px;color:#1f2328">',
           f'<div style="max-width:620px;margin:20px auto;background:#ffffff;border-radius:6px;'
           f'overflow:hidden;border-top:4px solid {accent}">']
    if brand:
        out.append(f'<div style="padding:16px 26px;border-bottom:1px solid #eceff2">{brand}</div>')
    out.append('<div style="padding:18px 26px;line-height:1.55">')
    for b in blocks:
        out.append(b if b.lstrip().startswith("<") else "<p>" + e(b).replace("\n", "<br>") + "</p>")
    out.append("</div>")
    if foot:
        out.append(f'<div style="padding:14px 26px;background:#f6f7f9;color:#6a737d;font-size:12px">{foot}</div>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def outlook(text):
    ps = text.strip("\n").split("\n\n")
    body = "".join(f'<p class="MsoNormal">{e(p).replace(chr(10), "<br>")}<o:p></o:p></p>' for p in ps)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered '
            'medium)"><style>p.MsoNormal{margin:0in;margin-bottom:10pt;font-size:11.0pt;font-family:"Calibri",'
            'sans-serif}</style></head><body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
            f'{body}</div></body></html>\n')


# ---- iCalendar ----------------------------------------------------------------------------
VTZ = {
    "America/Los_Angeles": ("PST", "-0800", "PDT", "-0700"),
    "America/Denver": ("MST", "-0700", "MDT", "-0600"),
}


def ical(uid, start, minutes, summary, location, description, *, organizer=None, method="REQUEST",
         status="CONFIRMED", seq=0, mode="utc", prodid="-//Season Q Test Mail//EN"):
    """mode: 'utc' (Z times), 'tzid' (TZID + VTIMEZONE), 'floating' (no zone at all)."""
    end = start + timedelta(minutes=minutes)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    rows = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    tzname = getattr(start.tzinfo, "key", None)
    if mode == "tzid":
        std, so, dl, do = VTZ[tzname]
        rows += ["BEGIN:VTIMEZONE", f"TZID:{tzname}",
                 "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dl}",
                 "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                 "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{std}",
                 "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                 "END:VTIMEZONE"]
    rows += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
             f"DTSTAMP:{(start - timedelta(days=9)).astimezone(UTC):%Y%m%dT%H%M%SZ}"]
    if mode == "utc":
        rows += [f"DTSTART:{start.astimezone(UTC):%Y%m%dT%H%M%SZ}", f"DTEND:{end.astimezone(UTC):%Y%m%dT%H%M%SZ}"]
    elif mode == "tzid":
        rows += [f"DTSTART;TZID={tzname}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzname}:{end:%Y%m%dT%H%M%S}"]
    else:
        rows += [f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"]
    rows += [f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}", f"DESCRIPTION:{esc(description)}"]
    if organizer:
        rows.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    part = "DECLINED" if status == "CANCELLED" else "ACCEPTED"
    rows += [f'ATTENDEE;CN="{NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT={part}:mailto:{ADDR}',
             f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
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


# ---- messages -----------------------------------------------------------------------------
def _fmt(x):
    if isinstance(x, list):
        return ", ".join(_fmt(y) for y in x)
    return formataddr(x) if isinstance(x, tuple) else x


def _bare(x):
    return x[1] if isinstance(x, tuple) else x


def mail(when, slug, label, kind, frm, subject, text=None, html=None, *, tz=PT, to=None, cc=None, bcc_hidden=False,
         reply_to=None, irt=None, cal=None, cal_method="REQUEST", cal_name="invite.ics", files=(), headers=(),
         must=(), idates=(), deadline=None, sent=False):
    assert kind in KINDS, kind
    dt = wall(when)
    h = hashlib.sha1(f"season-q|{slug}|{when}|{label}".encode()).hexdigest()
    dom = "mail.gmail.com" if sent else _bare(frm).split("@")[1]
    mid = f"<CAK{h[:10]}{h[10:26].upper()}+q@{dom}>" if sent else f"<{h[:16]}.{h[16:26]}@{dom}>"
    m = EmailMessage(policy=policy.default)
    m["Return-Path"] = f"<{_bare(frm)}>"
    m["From"] = _fmt(frm)
    m["To"] = "undisclosed-recipients:;" if bcc_hidden else (_fmt(to) if to else _fmt(ME))
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
        cal = re.sub(r"DTSTAMP:\d{8}T\d{6}Z", f"DTSTAMP:{dt.astimezone(UTC):%Y%m%dT%H%M%SZ}", cal)
        m.add_attachment(cal.encode("utf-8"), maintype="text", subtype="calendar", filename=cal_name,
                         params={"method": cal_method, "charset": "UTF-8"}, cte="base64")
    for fname, (mt, st), payload in files:
        m.add_attachment(payload.encode("utf-8") if isinstance(payload, str) else payload, maintype=mt,
                         subtype=st, filename=fname, cte="base64")
    for p in m.walk():
        if p is not m and "MIME-Version" in p:
            del p["MIME-Version"]
    for i, p in enumerate(x for x in m.walk() if x.is_multipart()):
        p.set_boundary(f"----=_Part_{h[26:34]}_{i}")
    rec = dict(when=dt, slug=slug, label=label, kind=kind, msg=m, mid=mid, subject=subject, must=list(must),
               idates=[str(x) for x in idates], deadline=str(deadline) if deadline else None, sent=sent,
               chain=(irt["chain"] + [irt["mid"]]) if irt else [])
    REG.append(rec)
    return rec


SIG = ("Keala Ostrander\nMS4 | University of Nevada, Reno School of Medicine\n"
       "AAMC ID 17730518 | (775) 555-0183")
SIG_SHORT = "Keala Ostrander\nUNR Med, Class of 2027"


def me(when, slug, label, kind, to, subject, body, *, irt=None, quote=None, cc=None, must=(), idates=(),
       sig=SIG, deadline=None):
    """Her own sent mail (Gmail keeps it in the mailbox): plain text + Gmail HTML."""
    text = body.strip() + ("\n\n-- \n" + sig if sig else "") + "\n"
    if quote:
        text += "\n" + quote
    h = '<div dir="ltr">' + "".join(f"<div>{e(p).replace(chr(10), '<br>')}</div><div><br></div>"
                                    for p in body.strip().split("\n\n"))
    if sig:
        h += ('<div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
              'data-smartmail="gmail_signature">' + e(sig).replace("\n", "<br>") + "</div></div>")
    h += "</div>"
    if quote:
        first, _, rest = quote.partition("\n")
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + e(first) + "<br></div>"
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">'
              + e("\n".join(x[2:] if x.startswith("> ") else x.lstrip(">") for x in rest.split("\n")))
              .replace("\n", "<br>") + "</blockquote></div>")
    return mail(when, slug, label, kind, ME, subject, text, h + "\n", to=to, cc=cc, irt=irt, must=must,
                idates=idates, sent=True, deadline=deadline)


def curly(s):
    """Typographic apostrophes and double quotes, as Outlook's AutoFormat produces them."""
    out, dq = [], False
    for i, ch in enumerate(s):
        if ch == "'":
            out.append("\u2019")
        elif ch == '"':
            out.append("\u201d" if dq else "\u201c")
            dq = not dq
        else:
            out.append(ch)
    return "".join(out)


def coord(when, slug, label, kind, frm, subject, text, *, tz=PT, html=True, smart=True, **kw):
    """Coordinator mail. html=True: Outlook (plain + HTML, curly quotes); html=False: plain text only."""
    text = text.strip("\n") + "\n"
    if smart:
        text = curly(text)
    return mail(when, slug, label, kind, frm, subject, text, outlook(text) if html else None, tz=tz, **kw)
