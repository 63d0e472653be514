"""Season M mail kit (standard library only, deterministic).

mail() registers one RFC 5322 message together with what a careful reader would record about it:
label (program key or "unrelated"), kind, interview dates offered or booked, response deadline (as the
message words it, plus an ISO date), whether it is her own sent mail, and strings that must survive
MIME decoding.  Times passed to mail() are America/Chicago wall-clock times (the applicant's zone)."""
import hashlib
import html as _html
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

CT = ZoneInfo("America/Chicago")
ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

ME_NAME = "Marisol Dunagan"
ME = "marisol.dunagan.match@gmail.com"
ME_FULL = (ME_NAME, ME)
KINDS = ("invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other")
REG = []


# ---------------------------------------------------------------- dates
def d(s):
    return date.fromisoformat(s)


def ct(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CT)


def full(x):        # Tuesday, December 1, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def fullny(x):      # Tuesday, December 1
    return f"{x:%A}, {x:%B} {x.day}"


def md(x):          # December 1, 2026
    return f"{x:%B} {x.day}, {x.year}"


def short(x):       # Tue, Dec 1, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def shortny(x):     # Tue, Dec 1
    return f"{x:%a}, {x:%b} {x.day}"


def num(x):         # 12/1/2026
    return f"{x.month}/{x.day}/{x.year}"


def wnum(x):        # Tue 12/1
    return f"{x:%a} {x.month}/{x.day}"


def iso_us(x):      # 12/01/2026
    return f"{x:%m/%d/%Y}"


def hm(t):
    """'13:30' or datetime -> '1:30 PM'"""
    if isinstance(t, str):
        t = datetime.strptime(t, "%H:%M")
    return t.strftime("%I:%M %p").lstrip("0")


def at(day, hhmm, tz=CT):
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=tz)


# ---------------------------------------------------------------- quoting styles
def quote_gmail(dt, name, addr, text, tz=CT):
    dt = dt.astimezone(tz)
    head = f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {hm(dt)} {name} <{addr}> wrote:"
    return head + "\n" + "\n".join("> " + s if s else ">" for s in text.strip("\n").split("\n")) + "\n"


def quote_outlook(dt, name, addr, to, subject, text, tz=CT):
    dt = dt.astimezone(tz)
    return ("\n________________________________\n"
            f"From: {name} <{addr}>\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {hm(dt)}\n"
            f"To: {to}\nSubject: {subject}\n\n{text.strip()}\n")


def quote_fwd(dt, name, addr, to, subject, text, tz=CT):
    dt = dt.astimezone(tz)
    return ("---------- Forwarded message ---------\n"
            f"From: {name} <{addr}>\nDate: {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {hm(dt)}\n"
            f"Subject: {subject}\nTo: {to}\n\n{text.strip()}\n")


# ---------------------------------------------------------------- html helpers
def esc(s):
    return _html.escape(s, quote=False)


def a(url, label=None, color="#0b5cad"):
    return f'<a href="{_html.escape(url)}" style="color:{color}">{esc(label or url)}</a>'


def btn(url, label, bg="#1d4ed8"):
    return (f'<table role="presentation" cellspacing="0" cellpadding="0" border="0"><tr>'
            f'<td style="background-color:{bg};border-radius:6px;padding:11px 22px">'
            f'<a href="{_html.escape(url)}" style="color:#ffffff;font-weight:600;text-decoration:none">'
            f'{esc(label)}</a></td></tr></table>')


def ul(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def table(rows, head=None):
    out = ['<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;'
           'border-color:#d0d5dd;font-size:14px">']
    if head:
        out.append("<tr>" + "".join(f'<th style="background:#f2f4f7;text-align:left">{h}</th>' for h in head)
                   + "</tr>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "".join(out)


def shell(blocks, *, top=None, bottom=None, width=620, font="Arial,Helvetica,sans-serif", bg="#eef1f5",
          accent="#1d4ed8"):
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
           '<meta name="viewport" content="width=device-width, initial-scale=1"></head>',
           f'<body style="margin:0;padding:0;background:{bg};font-family:{font};color:#1f2937;font-size:15px">',
           f'<table role="presentation" width="{width}" align="center" cellpadding="0" cellspacing="0" '
           f'style="background:#ffffff;margin:20px auto;border-top:4px solid {accent}">']
    if top:
        out.append(f'<tr><td style="padding:16px 26px;border-bottom:1px solid #e5e7eb">{top}</td></tr>')
    out.append('<tr><td style="padding:18px 26px;line-height:1.5">')
    for b in blocks:
        out.append(b if b.lstrip().startswith("<") else f"<p>{b}</p>")
    out.append("</td></tr>")
    if bottom:
        out.append(f'<tr><td style="padding:12px 26px;font-size:12px;color:#6b7280;background:#f9fafb">{bottom}'
                   '</td></tr>')
    out.append("</table></body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- iCalendar
def ics(uid, start, minutes, summary, location, desc, *, method="REQUEST", organizer=None, status="CONFIRMED",
        stamp=None, seq=0, tzid=None, prodid="-//season-m//fixtures//EN"):
    end = start + timedelta(minutes=minutes)
    st = (stamp or start).astimezone(UTC)

    def e(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid == "America/Chicago":
        lines += ["BEGIN:VTIMEZONE", "TZID:America/Chicago",
                  "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                  "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                  "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT", "END:DAYLIGHT", "END:VTIMEZONE"]
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{st:%Y%m%dT%H%M%SZ}"]
    if tzid == "America/Chicago":
        s, en = start.astimezone(CT), end.astimezone(CT)
        lines += [f"DTSTART;TZID=America/Chicago:{s:%Y%m%dT%H%M%S}", f"DTEND;TZID=America/Chicago:{en:%Y%m%dT%H%M%S}"]
    else:
        s, en = start.astimezone(UTC), end.astimezone(UTC)
        lines += [f"DTSTART:{s:%Y%m%dT%H%M%SZ}", f"DTEND:{en:%Y%m%dT%H%M%SZ}"]
    lines += [f"SUMMARY:{e(summary)}", f"LOCATION:{e(location)}", f"DESCRIPTION:{e(desc)}"]
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


# ---------------------------------------------------------------- rendering
def render(msg):
    """Serialize, and re-fold any header the library broke right after its name ("Subject:\\n  text")
    so the parsed value carries no leading space."""
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
    if isinstance(x, (list, tuple)) and x and isinstance(x[0], (list, tuple)):
        return ", ".join(_addr(y) for y in x)
    return formataddr(x) if isinstance(x, tuple) else x


def _email_of(x):
    return x[1] if isinstance(x, tuple) else x


def mail(when, slug, label, kind, frm, subject, text=None, html=None, *, tz=CT, to=None, cc=None,
         cte="quoted-printable", hcte=None, cal=None, cal_name="invite.ics", cal_method="REQUEST", attach=(),
         reply_to=None, irt=None, refs=None, must=(), idates=(), respond_by=None, deadline=None, headers=(),
         sent=False, mid_host=None, charset="utf-8"):
    assert kind in KINDS, kind
    dt = ct(when)
    key = hashlib.sha256(f"season-m|{slug}|{when}|{label}".encode()).hexdigest()
    host = mid_host or ("mail.gmail.com" if sent else _email_of(frm).split("@")[-1])
    mid = f"<CA+{key[:10]}{key[10:30].upper()}@{host}>" if sent else f"<{key[:16]}.{key[16:26]}@{host}>"
    m = EmailMessage(policy=policy.default)
    m["Return-Path"] = f"<{_email_of(frm)}>"
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
        return "quoted-printable" if (c == "7bit" and not s.isascii()) else c
    if text is not None:
        cs = charset if (not text.isascii() or cte != "7bit") else "us-ascii"
        m.set_content(text, subtype="plain", charset=cs, cte=pick(text, cte))
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=pick(html, hcte or cte))
    else:
        m.set_content(html, subtype="html", charset="utf-8", cte=pick(html, hcte or cte))
    if cal:
        m.add_attachment(cal.encode("utf-8"), maintype="text", subtype="calendar", filename=cal_name,
                         params={"method": cal_method, "charset": "utf-8"}, cte="base64")
    for fname, (mt, st), payload in attach:
        m.add_attachment(payload.encode("utf-8") if isinstance(payload, str) else payload, maintype=mt, subtype=st,
                         filename=fname, cte="base64")
    for part in m.walk():
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]
    n = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"--_sm_{key[30:44]}_{n}")
            n += 1
    rec = dict(when=dt, slug=slug, label=label, kind=kind, msg=m, mid=mid, subject=subject, must=list(must),
               idates=[str(x) for x in idates], respond_by=respond_by, deadline=str(deadline) if deadline else None,
               sent=sent)
    REG.append(rec)
    return rec


SIG = ("Marisol Dunagan\nMS4 | University of South Alabama Frederick P. Whiddon College of Medicine\n"
       "AAMC ID 17493226 | (251) 555-0183")
SIG_SHORT = "Marisol"


def sent(when, slug, label, kind, to, subject, body, *, irt=None, refs=None, quote=None, cc=None, must=(),
         idates=(), sig=SIG, cte="7bit", html=False):
    text = body.strip() + ("\n\n" + sig if sig else "") + "\n"
    if quote:
        text += "\n" + quote
    h = None
    if html:
        paras = [p for p in body.strip().split("\n\n")]
        h = ('<div dir="ltr">' + "".join(f"<div>{esc(p).replace(chr(10), '<br>')}</div><div><br></div>"
                                         for p in paras)
             + (f'<div>-- <br><div dir="ltr">{esc(sig).replace(chr(10), "<br>")}</div></div>' if sig else "")
             + "</div>" + (f'<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                           f'border-left:1px #ccc solid;padding-left:1ex">{esc(quote).replace(chr(10), "<br>")}'
                           '</blockquote></div>' if quote else "") + "\n")
    return mail(when, slug, label, kind, ME_FULL, subject, text, h, to=to, cc=cc, irt=irt, refs=refs, must=must,
                idates=idates, sent=True, cte=cte if not html else "quoted-printable")
