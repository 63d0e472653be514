"""Season T toolkit: the message registry, ways of writing dates, Outlook/Gmail quoting, HTML bodies, iCalendar
and MIME assembly.  Standard library only.

Every `when` passed in is the applicant's own wall clock (America/New_York, "YYYY-MM-DD HH:MM").  The Date header is
written on the sender's clock (platforms keep theirs; Alabama and middle/west Tennessee are on Central time)."""
import hashlib
import html as _html
import re
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
PT = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

NAME = "Zoë Hartwell"
FIRST = "Zoë"
ADDR = "zhartwell.match@gmail.com"
ME = (NAME, ADDR)
SCHOOL = "Florida State University College of Medicine"
KINDS = ("invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other")
REG = []


def D(s):
    return date.fromisoformat(s)


# ------------------------------------------------------------------ dates as people write them
def full(x):   # Wednesday, October 14, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def wmd(x):    # Wednesday, October 14
    return f"{x:%A}, {x:%B} {x.day}"


def wmd3(x):   # Wed, Oct 14
    return f"{x:%a}, {x:%b} {x.day}"


def md(x):     # October 14
    return f"{x:%B} {x.day}"


def mdy(x):    # October 14, 2026
    return f"{x:%B} {x.day}, {x.year}"


def sl(x):     # 10/14
    return f"{x.month}/{x.day}"


def sly(x):    # 10/14/2026
    return f"{x.month}/{x.day}/{x.year}"


def wsl(x):    # Wed 10/14
    return f"{x:%a} {x.month}/{x.day}"


def clock(hhmm, style="AM"):
    h, m = map(int, hhmm.split(":"))
    hh = (h - 1) % 12 + 1
    if style == "am":
        return f"{hh}:{m:02d}{'am' if h < 12 else 'pm'}"
    if style == "a.m.":
        return f"{hh}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}"
    if style == "short":
        return (f"{hh}" if m == 0 else f"{hh}:{m:02d}") + ("a" if h < 12 else "p")
    return f"{hh}:{m:02d} {'AM' if h < 12 else 'PM'}"


def at(day, hhmm, tz=ET):
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=tz)


def wall(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ET)


def _dt(when, tz=ET):
    return (wall(when) if isinstance(when, str) else when).astimezone(tz)


# ------------------------------------------------------------------ typography
def curly(s):
    """Outlook AutoCorrect turns straight quotes into typographer's quotes (not inside links or addresses)."""
    out = []
    for part in re.split(r"(https?://\S+|\S+@\S+)", s):
        if part.startswith("http") or "@" in part:
            out.append(part)
            continue
        part = re.sub(r'(^|[\s(\[/—-])"', "\\1\u201c", part)
        part = part.replace('"', "\u201d")
        part = re.sub(r"(^|[\s(\[/—-])'", "\\1\u2018", part)
        part = part.replace("'", "\u2019")
        out.append(part)
    return "".join(out)


# ------------------------------------------------------------------ quoting and forwarding
def gquote(when, who, addr, text, tz=ET):
    """Gmail's attribution line and '>' quoting."""
    dt = _dt(when, tz)
    head = f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(f'{dt:%H:%M}')} {who} <{addr}> wrote:"
    return head + "\n" + "\n".join(("> " + s) if s else ">" for s in text.strip("\n").split("\n")) + "\n"


def oquote(when, who, addr, to, subject, text, tz=ET):
    """Outlook's header block under a reply."""
    dt = _dt(when, tz)
    return ("\n________________________________\nFrom: " + f"{who} <{addr}>\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {clock(f'{dt:%H:%M}')}\n"
            f"To: {to}\nSubject: {subject}\n\n{text.strip()}\n")


def gfwd(when, who, addr, to, subject, text, tz=ET):
    dt = _dt(when, tz)
    return ("---------- Forwarded message ---------\n"
            f"From: {who} <{addr}>\nDate: {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {clock(f'{dt:%H:%M}')}\n"
            f"Subject: {subject}\nTo: {to}\n\n{text.strip()}\n")


def plain_of(rec):
    return rec["msg"].get_body(("plain",)).get_content()


# ------------------------------------------------------------------ HTML
def esc(s):
    return _html.escape(s, quote=False)


def link(url, label=None, color="#1a5fb4"):
    return f'<a href="{_html.escape(url)}" style="color:{color}">{esc(label or url)}</a>'


def button(url, label, bg):
    return ('<table role="presentation" cellspacing="0" cellpadding="0" border="0" style="margin:16px 0"><tr>'
            f'<td bgcolor="{bg}" style="border-radius:3px;padding:11px 22px"><a href="{_html.escape(url)}" '
            f'style="color:#ffffff;font-weight:600;text-decoration:none">{esc(label)}</a></td></tr></table>')


def bullets(items):
    return '<ul style="padding-left:20px;margin:6px 0 14px">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def kv(rows):
    t = ['<table cellspacing="0" cellpadding="6" border="0" style="border-collapse:collapse;font-size:14px;'
         'width:100%">']
    for k, v in rows:
        t.append(f'<tr><td style="width:34%;color:#5f6368;border-bottom:1px solid #ececec">{esc(k)}</td>'
                 f'<td style="border-bottom:1px solid #ececec">{esc(v)}</td></tr>')
    return "".join(t) + "</table>"


def frame(blocks, *, head=None, foot=None, accent="#1a5fb4", width=620, font="Arial,Helvetica,sans-serif"):
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">'
           '<meta name="viewport" content="width=device-width"><title></title></head>',
           f'<body style="margin:0;padding:0;background:#eef0f3;font-family:{font};font-size:15px;color:#202124">',
           '<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">',
           f'<table role="presentation" width="{width}" cellspacing="0" cellpadding="0" '
           f'style="background:#ffffff;margin:20px 0;border-radius:4px;border-top:4px solid {accent}">']
    if head:
        out.append(f'<tr><td style="padding:18px 26px 10px">{head}</td></tr>')
    inner = "".join(b if b.lstrip().startswith("<") else f"<p>{esc(b)}</p>" for b in blocks)
    out.append(f'<tr><td style="padding:8px 26px 18px;line-height:1.55">{inner}</td></tr>')
    if foot:
        out.append(f'<tr><td style="padding:12px 26px;color:#80868b;font-size:12px;border-top:1px solid #eceff1">'
                   f'{foot}</td></tr>')
    out.append("</table></td></tr></table></body></html>")
    return "\n".join(out) + "\n"


def outlook_html(text, font="Calibri", size="11.0pt"):
    """What Outlook for Windows sends as the HTML twin of a plain letter."""
    paras = text.strip("\n").split("\n\n")
    body = "".join(f'<p class="MsoNormal">{esc(p).replace(chr(10), "<br>")}<o:p></o:p></p>'
                   '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!-- '
            f'p.MsoNormal {{margin:0in;font-size:{size};font-family:"{font}",sans-serif;}} '
            '--></style></head><body lang="EN-US" link="#0563C1" vlink="#954F72">'
            f'<div class="WordSection1">{body}</div></body></html>\n')


# ------------------------------------------------------------------ iCalendar
_VTZ = {"America/New_York": ("EST", "EDT", "-0500", "-0400"), "America/Chicago": ("CST", "CDT", "-0600", "-0500")}


def _vtimezone(tzid):
    std, dst, so, do = _VTZ[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
            f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{std}", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
            f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dst}", "END:DAYLIGHT", "END:VTIMEZONE"]


def _fold(lines):
    out = []
    for ln in lines:
        b = ln.encode("utf-8")
        first = True
        while b:
            cut = min(75 if first else 74, len(b))
            while cut < len(b) and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + b[:cut].decode("utf-8"))
            b, first = b[cut:], False
    return "\r\n".join(out) + "\r\n"


def ics(uid, start, minutes, summary, location, description="", *, organizer=None, method="REQUEST", seq=0,
        mode="utc", status=None, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", attendee=True):
    """start: aware datetime in the program's zone.  mode 'utc' (Z times), 'tzid' (TZID + VTIMEZONE),
    'floating' (wall time with no zone at all)."""
    end = start + timedelta(minutes=minutes)

    def e(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    tzid = str(start.tzinfo)
    if mode == "utc":
        a, b = f"DTSTART:{start.astimezone(UTC):%Y%m%dT%H%M%SZ}", f"DTEND:{end.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    elif mode == "tzid":
        a, b = f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}"
    else:
        a, b = f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"
    rows = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}"]
    if mode == "tzid":
        rows += _vtimezone(tzid)
    rows += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", "DTSTAMP:@@STAMP@@", a, b, f"SUMMARY:{e(summary)}",
             f"LOCATION:{e(location)}"]
    if description:
        rows.append(f"DESCRIPTION:{e(description)}")
    if organizer:
        rows.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    if attendee:
        rows.append(f"ATTENDEE;CN={NAME};RSVP=FALSE:mailto:{ADDR}")
    rows += [f"STATUS:{status or ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}", "END:VEVENT",
             "END:VCALENDAR"]
    return _fold(rows)


# ------------------------------------------------------------------ MIME
def _addr_obj(x):
    if isinstance(x, list):
        return tuple(_addr_obj(y) for y in x)
    if isinstance(x, tuple):
        return Address(display_name=x[0], addr_spec=x[1])
    return x


def _bare(x):
    return x[1] if isinstance(x, tuple) else x


def put(when, slug, label, kind, frm, subject, text=None, html=None, *, tz=ET, to=None, cc=None, reply_to=None,
        irt=None, cal=None, cal_name="invite.ics", files=(), headers=(), must=(), idates=(), deadline=None,
        sent=False, mid_domain=None):
    """Build one message and register it with its labels."""
    assert kind in KINDS, kind
    dt = wall(when)
    h = hashlib.sha1(f"season-t|{slug}|{when}".encode()).hexdigest()
    dom = mid_domain or ("mail.gmail.com" if sent else _bare(frm).split("@")[1])
    mid = (f"<CA+{h[:10]}{h[10:26].upper()}=q{h[26:32]}@{dom}>" if sent
           else f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:24]}@{dom}>")
    m = EmailMessage(policy=policy.default)
    m["From"] = _addr_obj(frm)
    m["To"] = _addr_obj(to) if to else _addr_obj(ME)
    if cc:
        m["Cc"] = _addr_obj(cc)
    if reply_to:
        m["Reply-To"] = _addr_obj(reply_to)
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
        meth = re.search(r"METHOD:(\w+)", cal).group(1)
        m.add_attachment(cal.encode("utf-8"), maintype="text", subtype="calendar", filename=cal_name,
                         params={"method": meth, "charset": "UTF-8"}, cte="base64")
    for fname, (mt, st), payload in files:
        m.add_attachment(payload.encode("utf-8") if isinstance(payload, str) else payload, maintype=mt,
                         subtype=st, filename=fname, cte="base64")
    for p in m.walk():
        if p is not m and "MIME-Version" in p:
            del p["MIME-Version"]
    for i, p in enumerate(x for x in m.walk() if x.is_multipart()):
        p.set_boundary(f"----=_Part_{i}_{h[24:36]}")
    rec = dict(when=dt, slug=slug, label=label, kind=kind, msg=m, mid=mid, subject=subject, must=list(must),
               idates=[str(x) for x in idates], deadline=str(deadline) if deadline else None, sent=sent,
               chain=(irt["chain"] + [irt["mid"]]) if irt else [])
    REG.append(rec)
    return rec


SIG = ("Zoë Hartwell\nMS4, Florida State University College of Medicine – Orlando Regional Campus\n"
       "AAMC ID 17290364 · (407) 555-0163")
SIG_SHORT = "Zoë Hartwell, MS4\nFSU College of Medicine (Orlando)"


def mine(when, slug, label, kind, to, subject, body, *, irt=None, quote=None, cc=None, must=(), idates=(),
         sig=SIG, deadline=None):
    """Her own mail as Gmail keeps it: text/plain and Gmail's div-per-paragraph HTML."""
    text = body.strip() + ("\n\n--\n" + sig if sig else "") + "\n"
    if quote:
        text += "\n" + quote
    h = '<div dir="ltr">' + "".join(f"<div>{esc(p).replace(chr(10), '<br>')}</div><div><br></div>"
                                    for p in body.strip().split("\n\n"))
    if sig:
        h += ('<div><br></div><span class="gmail_signature_prefix">-- </span><br>'
              '<div dir="ltr" class="gmail_signature">' + esc(sig).replace("\n", "<br>") + "</div>")
    h += "</div>"
    if quote:
        first, _, rest = quote.partition("\n")
        inner = "\n".join(x[2:] if x.startswith("> ") else x.lstrip(">") for x in rest.split("\n"))
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(first) + "<br></div>"
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">' + esc(inner).replace("\n", "<br>") + "</blockquote></div>")
    return put(when, slug, label, kind, ME, subject, text, h + "\n", to=to, cc=cc, irt=irt, must=must,
               idates=idates, sent=True, deadline=deadline)


def staff(when, slug, label, kind, frm, subject, text, *, html=True, font="Calibri", quote=None, **kw):
    """A coordinator or faculty member writing in Outlook: curly quotes; plain text plus Word HTML unless
    html=False (plain-text-only mailers)."""
    text = curly(text.strip("\n")) + "\n"
    if quote:
        text += quote
    return put(when, slug, label, kind, frm, subject, text, outlook_html(text, font) if html else None, **kw)
