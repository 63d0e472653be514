"""Season O toolkit: date formatting, quoting, HTML shells, iCalendar, and the message registry.

`when` is always wall-clock time for the applicant (America/New_York, "YYYY-MM-DD HH:MM"); the Date header
is rendered in the sender's own zone (`tz`).  Every message records what a careful reader would note:
label (program key or "unrelated"), kind, interview dates offered/booked, deadline, sent flag, and strings
that must survive MIME decoding."""
import hashlib
import html as H
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
PT = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

NAME = "Leila Marchetti"
FIRST = "Leila"
ADDR = "lmarchetti.rwjms27@gmail.com"
ME = (NAME, ADDR)
KINDS = ("invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other")
REG = []
SEQ = [0]


def D(s):
    return date.fromisoformat(s)


# ---- date words ---------------------------------------------------------------------------
def full(x):      # Tuesday, November 10, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def fulln(x):     # Tuesday, November 10
    return f"{x:%A}, {x:%B} {x.day}"


def short(x):     # Tue, Nov 10
    return f"{x:%a}, {x:%b} {x.day}"


def shorty(x):    # Tue, Nov 10, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def md(x):        # November 10
    return f"{x:%B} {x.day}"


def mdy(x):       # November 10, 2026
    return f"{x:%B} {x.day}, {x.year}"


def ws(x):        # Tues 11/10 style -> Tue 11/10
    return f"{x:%a} {x.month}/{x.day}"


def num(x):       # 11/10/2026
    return f"{x.month}/{x.day}/{x.year}"


def zz(x):        # 11/10/2026 with zeros
    return f"{x:%m/%d/%Y}"


def clock(hhmm):
    h, m = map(int, hhmm.split(":"))
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def at(day, hhmm, tz=ET):
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=tz)


def wall(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ET)


# ---- quoting ------------------------------------------------------------------------------
def _dt(when, tz):
    return (wall(when) if isinstance(when, str) else when).astimezone(tz)


def gq(when, who, addr, text, tz=ET):
    dt = _dt(when, tz)
    head = f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(f'{dt:%H:%M}')} {who} <{addr}> wrote:"
    text = text.replace("'", "\u2019")      # the quoted originals were written in Outlook (curly apostrophes)
    body = "\n".join(("> " + s) if s else ">" for s in text.strip("\n").split("\n"))
    return head + "\n" + body + "\n"


def oq(when, who, addr, to, subject, text, tz=ET):
    dt = _dt(when, tz)
    return ("\n________________________________\n"
            f"From: {who} <{addr}>\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {clock(f'{dt:%H:%M}')}\n"
            f"To: {to}\nSubject: {subject}\n\n{text.strip()}\n")


def fq(when, who, addr, to, subject, text, tz=ET):
    dt = _dt(when, tz)
    return ("---------- Forwarded message ---------\n"
            f"From: {who} <{addr}>\nDate: {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(f'{dt:%H:%M}')}\n"
            f"Subject: {subject}\nTo: {to}\n\n{text.strip()}\n")


# ---- HTML ---------------------------------------------------------------------------------
def e(s):
    return H.escape(s, quote=False)


def a(url, label=None, color="#1a5fb4"):
    return f'<a href="{H.escape(url)}" style="color:{color}">{e(label or url)}</a>'


def btn(url, label, bg="#1a5fb4"):
    return ('<table role="presentation" border="0" cellpadding="0" cellspacing="0" style="margin:16px 0"><tr>'
            f'<td style="background:{bg};border-radius:6px;padding:11px 22px">'
            f'<a href="{H.escape(url)}" style="color:#ffffff;font-weight:600;text-decoration:none">{e(label)}</a>'
            '</td></tr></table>')


def ul(items):
    return "<ul style=\"padding-left:20px\">" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def table(rows, head=None):
    t = ['<table border="0" cellpadding="6" cellspacing="0" style="border:1px solid #d5dbe1;border-collapse:collapse">']
    if head:
        t.append("<tr>" + "".join(f'<th style="text-align:left;background:#eef1f4">{h}</th>' for h in head) + "</tr>")
    for r in rows:
        t.append("<tr>" + "".join(f'<td style="border-top:1px solid #e4e8ec">{c}</td>' for c in r) + "</tr>")
    return "".join(t) + "</table>"


def shell(blocks, *, top=None, foot=None, color="#1a5fb4", font="Arial,Helvetica,sans-serif"):
    out = ['<!doctype html>', '<html lang="en"><head><meta charset="utf-8">',
           '<meta name="viewport" content="width=device-width,initial-scale=1"><title></title></head>',
           f'<body style="margin:0;padding:0;background:#eef0f3;font-family:{font};color:#1d2125;font-size:15px">',
           '<div style="max-width:620px;margin:20px auto;background:#ffffff;'
           f'border-radius:6px;overflow:hidden;border-top:4px solid {color}">']
    if top:
        out.append(f'<div style="padding:16px 26px;border-bottom:1px solid #e6e9ed">{top}</div>')
    out.append('<div style="padding:18px 26px;line-height:1.5">')
    for b in blocks:
        out.append(b if b.lstrip().startswith("<") else f"<p>{e(b)}</p>")
    out.append("</div>")
    if foot:
        out.append(f'<div style="padding:14px 26px;background:#f7f8fa;color:#69707a;font-size:12px">{foot}</div>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def outlook_html(text, font="Calibri,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    body = "".join(f'<p class="MsoNormal">{e(p).replace(chr(10), "<br>")}</p>' for p in paras)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0in 0in 8pt;font-size:11pt;'
            f'font-family:{font}}}</style></head><body lang="EN-US" link="#0563C1"><div class="WordSection1">'
            f'{body}</div></body></html>\n')


# ---- iCalendar ----------------------------------------------------------------------------
def ical(uid, start, minutes, summary, location, description, *, organizer=None, method="REQUEST",
         status="CONFIRMED", seq=0, prodid="-//season-o//test mail//EN"):
    end = start + timedelta(minutes=minutes)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    rows = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
            f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{start.astimezone(UTC) - timedelta(days=9):%Y%m%dT%H%M%SZ}",
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
            n = 75 if first else 74
            cut = min(n, len(b))
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


def mail(when, slug, label, kind, frm, subject, text=None, html=None, *, tz=ET, to=None, cc=None, reply_to=None,
         irt=None, cal=None, cal_name="invite.ics", cal_method="REQUEST", files=(), headers=(), must=(),
         idates=(), respond_by=None, deadline=None, sent=False, cte="quoted-printable"):
    assert kind in KINDS, kind
    dt = wall(when)
    h = hashlib.sha1(f"season-o:{slug}:{when}:{label}".encode()).hexdigest()
    dom = "mail.gmail.com" if sent else _bare(frm).split("@")[1]
    mid = f"<CAO{h[:10].upper()}{h[10:28]}@{dom}>" if sent else f"<{h[:16]}.{h[16:26]}@{dom}>"
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
        m["References"] = " ".join(irt.get("chain", []) + [irt["mid"]])
    m["MIME-Version"] = "1.0"
    for k, v in headers:
        m[k] = v

    def c(s):
        return "quoted-printable" if cte in ("7bit", "8bit") and not s.isascii() else cte
    if text is not None:
        m.set_content(text, subtype="plain", charset="utf-8" if not text.isascii() or cte != "7bit" else "us-ascii",
                      cte=c(text))
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=c(html))
    else:
        m.set_content(html, subtype="html", charset="utf-8", cte=c(html))
    if cal:
        m.add_attachment(cal.encode("utf-8"), maintype="text", subtype="calendar", filename=cal_name,
                         params={"method": cal_method, "charset": "utf-8"}, cte="base64")
    for fname, (mt, st), payload in files:
        m.add_attachment(payload.encode("utf-8") if isinstance(payload, str) else payload, maintype=mt, subtype=st,
                         filename=fname, cte="base64")
    for p in m.walk():
        if p is not m and "MIME-Version" in p:
            del p["MIME-Version"]
    for i, p in enumerate(x for x in m.walk() if x.is_multipart()):
        p.set_boundary(f"----=_Part_{h[28:36]}_{i}")
    rec = dict(when=dt, slug=slug, label=label, kind=kind, msg=m, mid=mid, subject=subject, must=list(must),
               idates=[str(x) for x in idates], respond_by=respond_by, deadline=str(deadline) if deadline else None,
               sent=sent, chain=(irt.get("chain", []) + [irt["mid"]]) if irt else [])
    REG.append(rec)
    return rec


def render(m):
    raw = m.as_bytes()
    head, sep, body = raw.partition(b"\n\n")
    lines = head.split(b"\n")
    out, i = [], 0
    while i < len(lines):          # re-fold "Subject:\n <value>" that the library occasionally produces
        ln = lines[i]
        if ln.endswith(b":") and b" " not in ln and i + 1 < len(lines) and lines[i + 1][:1] in (b" ", b"\t"):
            val = lines[i + 1].strip()
            i += 2
            while i < len(lines) and lines[i][:1] in (b" ", b"\t"):
                val += b" " + lines[i].strip()
                i += 1
            cur = ln + b" "
            for w in val.split(b" "):
                if len(cur) + len(w) > 76 and cur.strip() != ln:
                    out.append(cur.rstrip())
                    cur = b" "
                cur += w + b" "
            out.append(cur.rstrip())
            continue
        out.append(ln)
        i += 1
    return b"\n".join(out) + sep + body


SIG = ("Leila Marchetti\nFourth-year medical student | Rutgers Robert Wood Johnson Medical School\n"
       "AAMC ID 17439258 · (732) 555-0183")
SIG_SHORT = "Leila Marchetti, MS4\nRutgers RWJMS"


def me(when, slug, label, kind, to, subject, body, *, irt=None, quote=None, cc=None, must=(), idates=(),
       sig=SIG, html=True):
    text = body.strip() + ("\n\n--\n" + sig if sig else "") + "\n"
    if quote:
        text += "\n" + quote
    h = None
    if html:
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
        h += "\n"
    return mail(when, slug, label, kind, ME, subject, text, h, to=to, cc=cc, irt=irt, must=must, idates=idates,
                sent=True, cte="quoted-printable")
