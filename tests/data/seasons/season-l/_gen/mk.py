"""Season L mail kit: builds RFC 5322 messages with the standard library, deterministically.

Every message is registered with its label (program key or "unrelated"), its kind, the interview
dates it offers or books, its response deadline (as written and as an ISO date) and strings that must
survive decoding (checked by check.py)."""
import hashlib
import html as _h
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

ME_NAME = "Camille Aucoin"
ME = "camille.aucoin27@gmail.com"
ME_FULL = (ME_NAME, ME)
SIG = ("Camille Aucoin\nMS4, Larner College of Medicine at The University of Vermont\n"
       "AAMC ID 16234871 | (802) 555-0147")

KINDS = ("invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other")
REG = []


# ------------------------------------------------------------------ dates and times
def d(s):
    return date.fromisoformat(s)


def et(s):
    """'2026-10-08 10:15' in New York time -> aware datetime"""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ET)


def longd(x):            # Thursday, December 3, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def longnoy(x):          # Thursday, December 3
    return f"{x:%A}, {x:%B} {x.day}"


def mdy(x):              # December 3, 2026
    return f"{x:%B} {x.day}, {x.year}"


def abbr(x):             # Thu, Dec 3, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def abbrnoy(x):          # Thu, Dec 3
    return f"{x:%a}, {x:%b} {x.day}"


def slash(x):            # 12/3/2026
    return f"{x.month}/{x.day}/{x.year}"


def wslash(x):           # Thu 12/3
    return f"{x:%a} {x.month}/{x.day}"


def dmy(x):              # Thursday 3 December 2026
    return f"{x:%A} {x.day} {x:%B} {x.year}"


def clock(t):
    """datetime or 'HH:MM' -> '9:30 AM'"""
    if isinstance(t, str):
        t = datetime.strptime(t, "%H:%M")
    return t.strftime("%I:%M %p").lstrip("0")


def at(day, hhmm):
    """interview day + 'HH:MM' New York -> aware datetime"""
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=ET)


# ------------------------------------------------------------------ quoting
def q_gmail(dt, name, addr, text, tz=ET):
    dt = dt.astimezone(tz)
    head = f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(dt)} {name} <{addr}> wrote:"
    return head + "\n" + "\n".join(("> " + s) if s else ">" for s in text.strip("\n").split("\n")) + "\n"


def q_outlook(dt, name, addr, to, subject, text, tz=ET):
    dt = dt.astimezone(tz)
    return ("________________________________\n" f"From: {name} <{addr}>\n"
            f"Sent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {clock(dt)}\n"
            f"To: {to}\nSubject: {subject}\n\n{text.strip()}\n")


def q_fwd(dt, name, addr, to, subject, text, tz=ET):
    dt = dt.astimezone(tz)
    return ("---------- Forwarded message ---------\n"
            f"From: {name} <{addr}>\nDate: {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(dt)}\n"
            f"Subject: {subject}\nTo: {to}\n\n{text.strip()}\n")


# ------------------------------------------------------------------ html
def esc(s):
    return _h.escape(s, quote=False)


def link(url, label=None):
    return f'<a href="{_h.escape(url)}" style="color:#1a5fb4">{esc(label or url)}</a>'


def button(url, label, color="#2b6cb0"):
    return (f'<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:{color};'
            f'border-radius:4px;padding:10px 18px"><a href="{_h.escape(url)}" style="color:#ffffff;'
            f'text-decoration:none;font-weight:bold">{esc(label)}</a></td></tr></table>')


def bullets(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def page(blocks, *, head=None, foot=None, width=600, font="Helvetica,Arial,sans-serif", bg="#f4f5f7"):
    out = ['<!DOCTYPE html>', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="viewport" content="width=device-width"></head>',
           f'<body style="margin:0;background:{bg};font-family:{font};font-size:15px;color:#1f2933">',
           f'<table role="presentation" width="{width}" align="center" cellpadding="0" cellspacing="0" '
           'style="background:#ffffff;margin:24px auto">']
    if head:
        out.append(f'<tr><td style="padding:18px 28px;border-bottom:1px solid #e3e6ea">{head}</td></tr>')
    out.append('<tr><td style="padding:20px 28px;line-height:1.45">')
    for b in blocks:
        out.append(b if b.lstrip().startswith("<") else f"<p>{b}</p>")
    out.append("</td></tr>")
    if foot:
        out.append(f'<tr><td style="padding:14px 28px;font-size:12px;color:#6b7280">{foot}</td></tr>')
    out.append("</table></body></html>")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ calendar files
def ics(uid, start, minutes, summary, location, desc, *, method="REQUEST", organizer=None, status="CONFIRMED",
        stamp=None, seq=0, tzid=False):
    end = start + timedelta(minutes=minutes)
    st = (stamp or start).astimezone(UTC)

    def esc_ics(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//season-l fixtures//mail//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"]
    if tzid:
        lines += ["BEGIN:VTIMEZONE", "TZID:America/New_York",
                  "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                  "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                  "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT", "END:DAYLIGHT", "END:VTIMEZONE"]
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{st:%Y%m%dT%H%M%SZ}"]
    if tzid:
        s, e = start.astimezone(ET), end.astimezone(ET)
        lines += [f"DTSTART;TZID=America/New_York:{s:%Y%m%dT%H%M%S}", f"DTEND;TZID=America/New_York:{e:%Y%m%dT%H%M%S}"]
    else:
        s, e = start.astimezone(UTC), end.astimezone(UTC)
        lines += [f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{e:%Y%m%dT%H%M%SZ}"]
    lines += [f"SUMMARY:{esc_ics(summary)}", f"LOCATION:{esc_ics(location)}", f"DESCRIPTION:{esc_ics(desc)}"]
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines += [f"ATTENDEE;CN={ME_NAME};PARTSTAT=ACCEPTED:mailto:{ME}", f"STATUS:{status}", "END:VEVENT",
              "END:VCALENDAR"]
    out = []
    for ln in lines:
        cur, first = "", True
        for ch in ln:
            limit = 75 if first else 74
            if len((cur + ch).encode("utf-8")) > limit:
                out.append(cur if first else " " + cur)
                cur, first = "", False
            cur += ch
        out.append(cur if first else " " + cur)
    return "\r\n".join(out) + "\r\n"


# ------------------------------------------------------------------ building
def render(msg):
    """Serialize; undo the standard library's habit of breaking a long header right after its name
    ("Subject:\n Long text"), which leaves a leading space in the parsed value. Such a header is
    re-folded at spaces instead."""
    raw = msg.as_bytes()
    head, sep, body = raw.partition(b"\n\n")
    lines = head.split(b"\n")
    out, i = [], 0
    while i < len(lines):
        ln = lines[i]
        if ln.endswith(b":") and b" " not in ln and i + 1 < len(lines) and lines[i + 1].startswith(b" "):
            val = lines[i + 1].strip()
            i += 2
            while i < len(lines) and lines[i][:1] in (b" ", b"\t"):
                val += b" " + lines[i].strip()
                i += 1
            cur = ln + b" "
            for w in val.split(b" "):
                if len(cur) + len(w) > 77 and cur.strip() not in (ln, b""):
                    out.append(cur.rstrip())
                    cur = b" "
                cur += w + b" "
            out.append(cur.rstrip())
            continue
        out.append(ln)
        i += 1
    return b"\n".join(out) + sep + body


def _addr(x):
    if isinstance(x, tuple):
        return formataddr(x)
    return x


def _domain(x):
    a = x[1] if isinstance(x, tuple) else x
    return a.split("@")[-1].strip(">")


def mail(when, slug, label, kind, frm, subject, text=None, html=None, *, tz=ET, to=None, cc=None, cte="quoted-printable",
         hcte=None, cal=None, cal_name="invite.ics", cal_method="REQUEST", attach=None, reply_to=None, irt=None,
         refs=None, must=(), idates=(), respond_by=None, deadline=None, headers=(), mid_host=None, sent=False,
         charset="utf-8"):
    """Register one message. `when` is New York local time; the Date header is written in `tz`."""
    assert kind in KINDS, kind
    dt = et(when)
    key = hashlib.sha256(f"season-l|{slug}|{when}|{label}".encode()).hexdigest()
    m = EmailMessage(policy=policy.default)
    host = mid_host or ("mail.gmail.com" if sent else _domain(frm))
    mid = (f"<CAF{key[:6].upper()}+{key[6:28]}@{host}>" if sent else f"<{key[:20]}.{key[20:28]}@{host}>")
    m["Return-Path"] = f"<{frm[1] if isinstance(frm, tuple) else frm}>"
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
    for k, v in headers:
        m[k] = v

    def cte_for(s, c):
        if c == "7bit" and not s.isascii():
            return "quoted-printable"
        return c
    if text is not None:
        m.set_content(text, subtype="plain", charset=charset if not text.isascii() or cte != "7bit" else "us-ascii",
                      cte=cte_for(text, cte))
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=cte_for(html, hcte or cte))
    else:
        m.set_content(html, subtype="html", charset="utf-8", cte=cte_for(html, hcte or cte))
    if cal:
        m.add_attachment(cal.encode("utf-8"), maintype="text", subtype="calendar", filename=cal_name,
                         params={"method": cal_method, "charset": "utf-8"}, cte="base64")
    for fname, (maint, subt), payload in (attach or []):
        m.add_attachment(payload.encode("utf-8") if isinstance(payload, str) else payload, maintype=maint,
                         subtype=subt, filename=fname, cte="base64")
    # deterministic boundaries
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{key[40:52]}_{i}")
            i += 1
    rec = dict(when=dt, slug=slug, label=label, kind=kind, msg=m, mid=mid, subject=subject, must=list(must),
               idates=[str(x) for x in idates], respond_by=respond_by, deadline=str(deadline) if deadline else None,
               sent=sent)
    REG.append(rec)
    return rec


def sent(when, slug, label, kind, to, subject, body, *, irt=None, refs=None, quote=None, cc=None, must=(),
         idates=(), sig=True, cte="7bit"):
    text = body.strip() + ("\n\n" + SIG if sig else "") + "\n"
    if quote:
        text += "\n" + quote
    return mail(when, slug, label, kind, ME_FULL, subject, text, to=to, cc=cc, irt=irt, refs=refs, must=must,
                idates=idates, sent=True, cte=cte)
