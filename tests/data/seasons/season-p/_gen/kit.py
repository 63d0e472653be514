"""Season P toolkit: the message registry, date words, quoting, HTML shells and iCalendar.

`when` is the applicant's wall-clock time (America/Chicago, "YYYY-MM-DD HH:MM"); each Date header is
written in the sender's own zone."""
import hashlib
import html as H
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

CT = ZoneInfo("America/Chicago")
ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

NAME = "Marisol Haugen"
FIRST = "Marisol"
ADDR = "marisol.haugen.match27@gmail.com"
ME = (NAME, ADDR)
KINDS = ("invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other")
REG = []


def D(s):
    return date.fromisoformat(s)


def full(x):
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def fulln(x):
    return f"{x:%A}, {x:%B} {x.day}"


def short(x):
    return f"{x:%a}, {x:%b} {x.day}"


def shorty(x):
    return f"{x:%a} {x:%b} {x.day}, {x.year}"


def md(x):
    return f"{x:%B} {x.day}"


def mdy(x):
    return f"{x:%B} {x.day}, {x.year}"


def slash(x):
    return f"{x:%a} {x.month}/{x.day}"


def num(x):
    return f"{x.month}/{x.day}/{x.year % 100:02d}"


def iso(x):
    return f"{x:%Y-%m-%d}"


def clock(hhmm):
    h, m = map(int, hhmm.split(":"))
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def at(day, hhmm, tz=CT):
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=tz)


def wall(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CT)


def _dt(when, tz):
    return (wall(when) if isinstance(when, str) else when).astimezone(tz)


# ---- quoting ------------------------------------------------------------------------------
def gq(when, who, addr, text, tz=CT):
    """Gmail-style quote of an earlier message."""
    dt = _dt(when, tz)
    head = f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(f'{dt:%H:%M}')} {who} <{addr}> wrote:"
    body = "\n".join(("> " + s) if s else ">" for s in text.strip("\n").split("\n"))
    return head + "\n" + body + "\n"


def oq(when, who, addr, to, subject, text, tz=CT):
    """Outlook-style quote block."""
    dt = _dt(when, tz)
    return ("\n________________________________\n"
            f"From: {who} <{addr}>\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {clock(f'{dt:%H:%M}')}\n"
            f"To: {to}\nSubject: {subject}\n\n{text.strip()}\n")


def fq(when, who, addr, to, subject, text, tz=CT):
    dt = _dt(when, tz)
    return ("---------- Forwarded message ---------\n"
            f"From: {who} <{addr}>\nDate: {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(f'{dt:%H:%M}')}\n"
            f"Subject: {subject}\nTo: {to}\n\n{text.strip()}\n")


# ---- HTML ---------------------------------------------------------------------------------
def e(s):
    return H.escape(s, quote=False)


def a(url, label=None, color="#0b63ce"):
    return f'<a href="{H.escape(url)}" style="color:{color}">{e(label or url)}</a>'


def btn(url, label, bg="#0b63ce"):
    return ('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:14px 0"><tr>'
            f'<td style="background:{bg};border-radius:4px;padding:10px 20px"><a href="{H.escape(url)}" '
            f'style="color:#fff;font-weight:bold;text-decoration:none">{e(label)}</a></td></tr></table>')


def ul(items):
    return '<ul style="padding-left:18px">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def table(rows, head=None):
    t = ['<table cellpadding="5" cellspacing="0" border="0" style="border-collapse:collapse;border:1px solid #ccd">']
    if head:
        t.append("<tr>" + "".join(f'<th align="left" style="background:#f0f2f5">{h}</th>' for h in head) + "</tr>")
    for r in rows:
        t.append("<tr>" + "".join(f'<td style="border-top:1px solid #e2e5ea">{c}</td>' for c in r) + "</tr>")
    return "".join(t) + "</table>"


def shell(blocks, *, top=None, foot=None, color="#0b63ce"):
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><meta name="viewport" '
           'content="width=device-width"></head>',
           '<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif;font-size:15px;'
           'color:#202326">', f'<div style="max-width:600px;margin:18px auto;background:#fff;border-top:5px solid '
           f'{color}">']
    if top:
        out.append(f'<div style="padding:14px 24px;border-bottom:1px solid #e5e7eb">{top}</div>')
    out.append('<div style="padding:16px 24px;line-height:1.5">')
    for b in blocks:
        out.append(b if b.lstrip().startswith("<") else f"<p>{e(b)}</p>")
    out.append("</div>")
    if foot:
        out.append(f'<div style="padding:12px 24px;background:#f8f9fa;color:#6b7280;font-size:12px">{foot}</div>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def outlook_html(text):
    paras = text.strip("\n").split("\n\n")
    body = "".join(f'<p class="MsoNormal">{e(p).replace(chr(10), "<br>")}</p>' for p in paras)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0in 0in 8pt;font-size:11pt;'
            'font-family:Aptos,Calibri,sans-serif}</style></head><body lang="EN-US"><div class="WordSection1">'
            f'{body}</div></body></html>\n')


# ---- iCalendar ----------------------------------------------------------------------------
def ical(uid, start, minutes, summary, location, description, *, organizer=None, method="REQUEST",
         status="CONFIRMED", seq=0):
    end = start + timedelta(minutes=minutes)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    rows = ["BEGIN:VCALENDAR", "PRODID:-//season-p//test mail//EN", "VERSION:2.0", f"METHOD:{method}",
            "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
            f"DTSTAMP:{start.astimezone(UTC) - timedelta(days=12):%Y%m%dT%H%M%SZ}",
            f"DTSTART:{start.astimezone(UTC):%Y%m%dT%H%M%SZ}", f"DTEND:{end.astimezone(UTC):%Y%m%dT%H%M%SZ}",
            f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}", f"DESCRIPTION:{esc(description)}"]
    if organizer:
        rows.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    rows += [f"ATTENDEE;CN={NAME};PARTSTAT={'DECLINED' if status == 'CANCELLED' else 'ACCEPTED'}:mailto:{ADDR}",
             f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
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


def mail(when, slug, label, kind, frm, subject, text=None, html=None, *, tz=CT, to=None, cc=None, reply_to=None,
         irt=None, cal=None, cal_method="REQUEST", files=(), headers=(), must=(), idates=(), deadline=None,
         sent=False):
    assert kind in KINDS, kind
    dt = wall(when)
    h = hashlib.sha1(f"season-p:{slug}:{when}:{label}".encode()).hexdigest()
    dom = "mail.gmail.com" if sent else _bare(frm).split("@")[1]
    mid = f"<CAP{h[:12].upper()}{h[12:30]}@{dom}>" if sent else f"<{h[:14]}.{h[14:24]}@{dom}>"
    m = EmailMessage(policy=policy.default)
    m["Return-Path"] = f"<{_bare(frm)}>"
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
        m.add_attachment(cal.encode("utf-8"), maintype="text", subtype="calendar", filename="invite.ics",
                         params={"method": cal_method, "charset": "utf-8"}, cte="base64")
    for fname, (mt, st), payload in files:
        m.add_attachment(payload.encode("utf-8") if isinstance(payload, str) else payload, maintype=mt,
                         subtype=st, filename=fname, cte="base64")
    for p in m.walk():
        if p is not m and "MIME-Version" in p:
            del p["MIME-Version"]
    for i, p in enumerate(x for x in m.walk() if x.is_multipart()):
        p.set_boundary(f"==sp_{h[30:38]}_{i}")
    rec = dict(when=dt, slug=slug, label=label, kind=kind, msg=m, mid=mid, subject=subject, must=list(must),
               idates=[str(x) for x in idates], deadline=str(deadline) if deadline else None, sent=sent,
               chain=(irt["chain"] + [irt["mid"]]) if irt else [])
    REG.append(rec)
    return rec


SIG = ("Marisol Haugen\nMS4, University of Iowa Carver College of Medicine\n"
       "AAMC ID 18264073 | (319) 555-0147")
SIG2 = "Marisol Haugen, MS4\nCarver College of Medicine, Iowa City"


def me(when, slug, label, kind, to, subject, body, *, irt=None, quote=None, cc=None, must=(), idates=(),
       sig=SIG):
    text = body.strip() + ("\n\n--\n" + sig if sig else "") + "\n"
    if quote:
        text += "\n" + quote
    h = '<div dir="ltr">' + "".join(f"<div>{e(p).replace(chr(10), '<br>')}</div><div><br></div>"
                                    for p in body.strip().split("\n\n"))
    if sig:
        h += ('<div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">'
              + e(sig).replace("\n", "<br>") + "</div></div>")
    h += "</div>"
    if quote:
        first, _, rest = quote.partition("\n")
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + e(first) + '<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">'
              + e("\n".join(x[2:] if x.startswith("> ") else x.lstrip(">") for x in rest.split("\n")))
              .replace("\n", "<br>") + "</blockquote></div>")
    return mail(when, slug, label, kind, ME, subject, text, h + "\n", to=to, cc=cc, irt=irt, must=must,
                idates=idates, sent=True)


def coord(when, slug, label, kind, frm, subject, text, *, tz=CT, html=True, **kw):
    """A coordinator's Outlook message: plain text plus an Outlook HTML part (curly apostrophes)."""
    text = text.strip("\n").replace("'", "\u2019") + "\n"
    return mail(when, slug, label, kind, frm, subject, text, outlook_html(text) if html else None, tz=tz, **kw)
