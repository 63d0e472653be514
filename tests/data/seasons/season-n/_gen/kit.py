"""Season N mail kit: MIME building, date helpers, quoting, HTML frames, iCalendar, registration.

Every message is registered with what a careful human reader would record about it (label, kind,
interview dates offered or booked, the response deadline as worded plus ISO date, sent flag, strings
that must survive decoding).  The `when` argument is wall-clock time in the applicant's own zone
(America/Denver); the Date header is written in the sender's zone (`tz`)."""
import hashlib
import html as _html
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

MT = ZoneInfo("America/Denver")
PT = ZoneInfo("America/Los_Angeles")
AZ = ZoneInfo("America/Phoenix")
ET = ZoneInfo("America/New_York")
UTC = timezone.utc

ME_NAME = "Noor Halvorsen"
ME = "noor.halvorsen.md@gmail.com"
ME_FULL = (ME_NAME, ME)
KINDS = ("invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other")
REG = []


def d(s):
    return date.fromisoformat(s)


def long(x):        # Thursday, November 5, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def longny(x):      # Thursday, November 5
    return f"{x:%A}, {x:%B} {x.day}"


def mdy(x):         # November 5, 2026
    return f"{x:%B} {x.day}, {x.year}"


def ab(x):          # Thu, Nov 5
    return f"{x:%a}, {x:%b} {x.day}"


def aby(x):         # Thu, Nov 5, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def sl(x):          # 11/5
    return f"{x.month}/{x.day}"


def wsl(x):         # Thu 11/5
    return f"{x:%a} {x.month}/{x.day}"


def slash(x):       # 11/05/2026
    return f"{x:%m/%d/%Y}"


def hm(t):
    if isinstance(t, str):
        t = datetime.strptime(t, "%H:%M")
    return t.strftime("%I:%M %p").lstrip("0")


def hmz(t):         # 7:30am style
    return hm(t).replace(":00 ", " ").replace(" AM", "am").replace(" PM", "pm")


def at(day, hhmm, tz):
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=tz)


def local(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MT)


# ------------------------------------------------------------------ quoting
def q_gmail(when, name, addr, text, tz=MT):
    dt = local(when).astimezone(tz) if isinstance(when, str) else when.astimezone(tz)
    head = f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {hm(dt)} {name} <{addr}> wrote:"
    return head + "\n" + "\n".join("> " + s if s else ">" for s in text.strip("\n").split("\n")) + "\n"


def q_outlook(when, name, addr, to, subject, text, tz):
    dt = local(when).astimezone(tz) if isinstance(when, str) else when.astimezone(tz)
    return ("\n-----Original Message-----\n"
            f"From: {name} <{addr}>\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {hm(dt)}\n"
            f"To: {to}\nSubject: {subject}\n\n{text.strip()}\n")


def q_fwd(when, name, addr, to, subject, text, tz):
    dt = local(when).astimezone(tz) if isinstance(when, str) else when.astimezone(tz)
    return ("---------- Forwarded message ---------\n"
            f"From: {name} <{addr}>\nDate: {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {hm(dt)}\n"
            f"Subject: {subject}\nTo: {to}\n\n{text.strip()}\n")


# ------------------------------------------------------------------ html
def esc(s):
    return _html.escape(s, quote=False)


def link(url, label=None, color="#0f62a8"):
    return f'<a href="{_html.escape(url)}" style="color:{color}">{esc(label or url)}</a>'


def button(url, label, bg="#0f62a8"):
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:14px 0"><tr>'
            f'<td bgcolor="{bg}" style="border-radius:4px;padding:10px 20px">'
            f'<a href="{_html.escape(url)}" style="color:#fff;text-decoration:none;font-weight:bold">{esc(label)}</a>'
            '</td></tr></table>')


def bullets(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def grid(rows, head=None):
    out = ['<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cfd6de">']
    if head:
        out.append("<tr>" + "".join(f'<th align="left" bgcolor="#eef2f6">{h}</th>' for h in head) + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    return "".join(out) + "</table>"


def page(blocks, *, head=None, foot=None, accent="#0f62a8", font="Helvetica,Arial,sans-serif", width=600):
    out = ['<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="viewport" content="width=device-width"></head>',
           f'<body style="margin:0;background:#f3f5f7;font-family:{font};font-size:15px;color:#222">',
           f'<table role="presentation" align="center" width="{width}" cellpadding="0" cellspacing="0" '
           f'style="background:#fff;border-top:5px solid {accent};margin:18px auto">']
    if head:
        out.append(f'<tr><td style="padding:14px 24px;border-bottom:1px solid #e3e7eb">{head}</td></tr>')
    out.append('<tr><td style="padding:16px 24px;line-height:1.55">')
    for b in blocks:
        out.append(b if b.lstrip().startswith("<") else f"<p>{esc(b)}</p>")
    out.append("</td></tr>")
    if foot:
        out.append(f'<tr><td style="padding:12px 24px;font-size:12px;color:#6a737d;background:#fafbfc">{foot}</td></tr>')
    out.append("</table></body></html>")
    return "\n".join(out) + "\n"


def text_to_html(text, sig_font="Calibri,Arial,sans-serif"):
    """Outlook-ish HTML rendering of a coordinator's plain text."""
    paras = text.strip("\n").split("\n\n")
    body = "".join(f'<p class="MsoNormal">{esc(p).replace(chr(10), "<br>")}</p>' for p in paras)
    return (f'<html><head><meta charset="utf-8"><style>p.MsoNormal{{margin:0 0 10px 0;font-family:{sig_font};'
            f'font-size:11pt}}</style></head><body lang="EN-US"><div class="WordSection1">{body}</div></body></html>\n')


# ------------------------------------------------------------------ iCalendar
def ics(uid, start, minutes, summary, location, desc, *, method="REQUEST", organizer=None, status="CONFIRMED",
        stamp=None, seq=0, prodid="-//season-n//fixtures//EN"):
    end = start + timedelta(minutes=minutes)
    st = (stamp or start).astimezone(UTC)

    def e(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    s, en = start.astimezone(UTC), end.astimezone(UTC)
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}",
             "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{st:%Y%m%dT%H%M%SZ}",
             f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{en:%Y%m%dT%H%M%SZ}",
             f"SUMMARY:{e(summary)}", f"LOCATION:{e(location)}", f"DESCRIPTION:{e(desc)}"]
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines += [f"ATTENDEE;CN={ME_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}", f"STATUS:{status}",
              "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        cur, first = "", True
        for ch in ln:
            if len((cur + ch).encode("utf-8")) > (75 if first else 74):
                out.append(cur if first else " " + cur)
                cur, first = "", False
            cur += ch
        out.append(cur if first else " " + cur)
    return "\r\n".join(out) + "\r\n"


# ------------------------------------------------------------------ rendering
def render(msg):
    """Serialize; re-fold a header the library broke directly after its name."""
    raw = msg.as_bytes()
    head, sep, body = raw.partition(b"\n\n")
    lines = head.split(b"\n")
    out, i = [], 0
    while i < len(lines):
        ln = lines[i]
        if ln.endswith(b":") and b" " not in ln and i + 1 < len(lines) and lines[i + 1][:1] in (b" ", b"\t"):
            val = lines[i + 1].strip()
            i += 2
            while i < len(lines) and lines[i][:1] in (b" ", b"\t"):
                val += b" " + lines[i].strip()
                i += 1
            cur = ln + b" "
            for w in val.split(b" "):
                if len(cur) + len(w) > 77 and cur.strip() != ln:
                    out.append(cur.rstrip())
                    cur = b" "
                cur += w + b" "
            out.append(cur.rstrip())
            continue
        out.append(ln)
        i += 1
    return b"\n".join(out) + sep + body


def _addr(x):
    if isinstance(x, list):
        return ", ".join(_addr(y) for y in x)
    return formataddr(x) if isinstance(x, tuple) else x


def _email(x):
    return x[1] if isinstance(x, tuple) else x


def mail(when, slug, label, kind, frm, subject, text=None, html=None, *, tz=MT, to=None, cc=None,
         cte="quoted-printable", cal=None, cal_name="invite.ics", cal_method="REQUEST", attach=(), reply_to=None,
         irt=None, refs=None, must=(), idates=(), respond_by=None, deadline=None, headers=(), sent=False,
         charset="utf-8"):
    assert kind in KINDS, kind
    dt = local(when)
    key = hashlib.sha256(f"season-n|{slug}|{when}|{label}".encode()).hexdigest()
    host = "mail.gmail.com" if sent else _email(frm).split("@")[-1]
    mid = f"<CAJ{key[:12]}{key[12:32].upper()}@{host}>" if sent else f"<{key[:14]}.{key[14:24]}@{host}>"
    m = EmailMessage(policy=policy.default)
    m["Return-Path"] = f"<{_email(frm)}>"
    m["From"] = _addr(frm)
    m["To"] = _addr(to) if to else _addr(ME_FULL)
    if cc:
        m["Cc"] = _addr(cc)
    if reply_to:
        m["Reply-To"] = _addr(reply_to)
    m["Subject"] = subject
    m["Date"] = format_datetime(dt.astimezone(tz))
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    m["MIME-Version"] = "1.0"
    for k, v in headers:
        m[k] = v

    def pick(s, c):
        return "quoted-printable" if (c in ("7bit", "8bit") and not s.isascii()) else c
    if text is not None:
        cs = charset if (not text.isascii() or cte != "7bit") else "us-ascii"
        m.set_content(text, subtype="plain", charset=cs, cte=pick(text, cte))
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=pick(html, cte))
    else:
        m.set_content(html, subtype="html", charset="utf-8", cte=pick(html, cte))
    if cal:
        m.add_attachment(cal.encode("utf-8"), maintype="text", subtype="calendar", filename=cal_name,
                         params={"method": cal_method, "charset": "utf-8"}, cte="base64")
    for fname, (mt, st), payload in attach:
        m.add_attachment(payload.encode("utf-8") if isinstance(payload, str) else payload, maintype=mt,
                         subtype=st, filename=fname, cte="base64")
    for part in m.walk():
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
    n = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"=_sn_{key[40:54]}_{n}")
            n += 1
    rec = dict(when=dt, slug=slug, label=label, kind=kind, msg=m, mid=mid, subject=subject, must=list(must),
               idates=[str(x) for x in idates], respond_by=respond_by, deadline=str(deadline) if deadline else None,
               sent=sent)
    REG.append(rec)
    return rec


SIG = ("Noor Halvorsen\nMS4, University of Utah Spencer Fox Eccles School of Medicine\n"
       "AAMC ID 18530472 | (801) 555-0147")


def sent(when, slug, label, kind, to, subject, body, *, irt=None, quote=None, cc=None, must=(), idates=(),
         sig=SIG, html=False):
    text = body.strip() + ("\n\n" + sig if sig else "") + "\n"
    if quote:
        text += "\n" + quote
    h = None
    if html:
        paras = body.strip().split("\n\n")
        h = ('<div dir="ltr">' + "".join(f"<div>{esc(p).replace(chr(10), '<br>')}</div><div><br></div>" for p in paras)
             + (f'<div>-- <br><div dir="ltr">{esc(sig).replace(chr(10), "<br>")}</div></div>' if sig else "")
             + "</div>" + (f'<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                           f'border-left:1px #ccc solid;padding-left:1ex">{esc(quote).replace(chr(10), "<br>")}'
                           "</blockquote></div>" if quote else "") + "\n")
    return mail(when, slug, label, kind, ME_FULL, subject, text, h, to=to, cc=cc, irt=irt["mid"] if irt else None,
                must=must, idates=idates, sent=True, cte="quoted-printable" if (html or not text.isascii()) else "7bit")
