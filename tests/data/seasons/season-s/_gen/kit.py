"""Season S toolkit: message registry, date wording, quoting, HTML, iCalendar and MIME assembly.

Every `when` is the applicant's wall-clock time in America/Chicago ("YYYY-MM-DD HH:MM").  The Date header is
written in the sender's own zone: platforms keep their own clocks, New Mexico and El Paso are on Mountain time."""
import hashlib
import html as _h
import re
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime
from zoneinfo import ZoneInfo

CT = ZoneInfo("America/Chicago")
MT = ZoneInfo("America/Denver")
ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

NAME = "Ana Lucía Cárdenas"
FIRST = "Ana"
ADDR = "alcardenas.match@gmail.com"
ME = (NAME, ADDR)
KINDS = ("invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other")
REG = []
SCHOOL = "Texas A&M University Naresh K. Vashisht College of Medicine"


def D(s):
    return date.fromisoformat(s)


# ---------------------------------------------------------------- ways of writing a date
def full(x):      # Thursday, October 22, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def wmd(x):       # Thursday, October 22
    return f"{x:%A}, {x:%B} {x.day}"


def wmd3(x):      # Thu, Oct 22
    return f"{x:%a}, {x:%b} {x.day}"


def wmdy3(x):     # Thu, Oct 22, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def md(x):        # October 22
    return f"{x:%B} {x.day}"


def mdy(x):       # October 22, 2026
    return f"{x:%B} {x.day}, {x.year}"


def sl(x):        # 10/22
    return f"{x.month}/{x.day}"


def sly(x):       # 10/22/2026
    return f"{x.month}/{x.day}/{x.year}"


def wsl(x):       # Thu 10/22
    return f"{x:%a} {x.month}/{x.day}"


def hm(hhmm, style="AM"):
    h, m = map(int, hhmm.split(":"))
    if style == "am":
        suf = "am" if h < 12 else "pm"
        return f"{(h - 1) % 12 + 1}:{m:02d}{suf}"
    if style == "a.m.":
        suf = "a.m." if h < 12 else "p.m."
        return f"{(h - 1) % 12 + 1}:{m:02d} {suf}"
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def at(day, hhmm, tz=CT):
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=tz)


def wall(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=CT)


def _dt(when, tz=CT):
    return (wall(when) if isinstance(when, str) else when).astimezone(tz)


# ---------------------------------------------------------------- typography
def curly(s):
    """Outlook AutoCorrect: straight quotes and apostrophes become typographer's quotes; URLs untouched."""
    out = []
    for p in re.split(r"(https?://\S+|\S+@\S+)", s):
        if p.startswith("http") or "@" in p:
            out.append(p)
            continue
        p = re.sub(r'(^|[\s(\[/])"', "\\1\u201c", p)
        p = p.replace('"', "\u201d")
        p = re.sub(r"(^|[\s(\[/])'", "\\1\u2018", p)
        p = p.replace("'", "\u2019")
        out.append(p)
    return "".join(out)


# ---------------------------------------------------------------- quoting and forwarding
def gmail_quote(when, who, addr, text, tz=CT):
    dt = _dt(when, tz)
    head = f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {hm(f'{dt:%H:%M}')} {who} <{addr}> wrote:"
    return head + "\n" + "\n".join(("> " + s) if s else ">" for s in text.strip("\n").split("\n")) + "\n"


def outlook_quote(when, who, addr, to, subject, text, tz=CT, cc=None):
    dt = _dt(when, tz)
    cc_line = f"Cc: {cc}\n" if cc else ""
    return ("\n________________________________\n"
            f"From: {who} <{addr}>\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {hm(f'{dt:%H:%M}')}\n"
            f"To: {to}\n{cc_line}Subject: {subject}\n\n{text.strip()}\n")


def gmail_fwd(when, who, addr, to, subject, text, tz=CT):
    dt = _dt(when, tz)
    return ("---------- Forwarded message ---------\n"
            f"From: {who} <{addr}>\nDate: {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {hm(f'{dt:%H:%M}')}\n"
            f"Subject: {subject}\nTo: <{to}>\n\n{text.strip()}\n")


def body_of(rec):
    return rec["msg"].get_body(("plain",)).get_content()


# ---------------------------------------------------------------- HTML
def esc(s):
    return _h.escape(s, quote=False)


def a(url, label=None, color="#0b5394"):
    return f'<a href="{_h.escape(url)}" style="color:{color}">{esc(label or url)}</a>'


def btn(url, label, bg="#0b5394"):
    return ('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0"><tr>'
            f'<td style="background:{bg};border-radius:4px;padding:10px 20px"><a href="{_h.escape(url)}" '
            f'style="color:#fff;text-decoration:none;font-weight:bold">{esc(label)}</a></td></tr></table>')


def ul(items):
    return '<ul style="margin:4px 0 12px 0;padding-left:22px">' + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def table(rows):
    t = ['<table cellpadding="5" cellspacing="0" border="0" style="border-collapse:collapse;width:100%;font-size:14px">']
    for k, v in rows:
        t.append(f'<tr><th align="left" style="width:32%;color:#555;font-weight:normal;border-bottom:1px solid #e5e5e5">'
                 f'{esc(k)}</th><td style="border-bottom:1px solid #e5e5e5">{esc(v)}</td></tr>')
    return "".join(t) + "</table>"


def shell(blocks, *, top=None, bottom=None, accent="#0b5394", width=600, font="Helvetica,Arial,sans-serif"):
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><meta name="viewport" '
           'content="width=device-width, initial-scale=1"><title></title></head>',
           f'<body style="margin:0;background:#f2f3f5;font-family:{font};font-size:15px;color:#222">',
           f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
           f'<table role="presentation" width="{width}" cellpadding="0" cellspacing="0" '
           f'style="background:#fff;margin:18px 0;border-top:5px solid {accent}">']
    if top:
        out.append(f'<tr><td style="padding:16px 24px;border-bottom:1px solid #e8e8e8">{top}</td></tr>')
    inner = "".join(b if b.lstrip().startswith("<") else f"<p>{esc(b)}</p>" for b in blocks)
    out.append(f'<tr><td style="padding:16px 24px;line-height:1.5">{inner}</td></tr>')
    if bottom:
        out.append(f'<tr><td style="padding:12px 24px;background:#f7f7f8;color:#777;font-size:12px">{bottom}</td></tr>')
    out.append("</table></td></tr></table></body></html>")
    return "\n".join(out) + "\n"


def word_html(text, font="Calibri", size="11.0pt"):
    paras = text.strip("\n").split("\n\n")
    body = "".join(f'<p class="MsoNormal">{esc(p).replace(chr(10), "<br>")}<o:p></o:p></p>'
                   '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!-- '
            f'p.MsoNormal, li.MsoNormal {{margin:0in;font-size:{size};font-family:"{font}",sans-serif;}} '
            'a:link {color:#0563C1;text-decoration:underline;} --></style></head>'
            f'<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            f'<div class="WordSection1">{body}</div></body></html>\n')


# ---------------------------------------------------------------- iCalendar
def _vtz(tzid):
    if tzid == "America/Chicago":
        std, dst, a1, a2 = "CST", "CDT", "-0600", "-0500"
    else:
        std, dst, a1, a2 = "MST", "MDT", "-0700", "-0600"
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{a1}", f"TZOFFSETTO:{a2}",
            f"TZNAME:{dst}", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{a2}", f"TZOFFSETTO:{a1}", f"TZNAME:{std}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"]


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
        status="CONFIRMED", seq=0, mode="utc", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    """start is an aware datetime in the program's zone.  mode: 'utc' (Z), 'tzid' (TZID=<start's zone> with a
    VTIMEZONE block), 'floating' (local wall time, no zone)."""
    end = start + timedelta(minutes=minutes)

    def e_(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    tzid = str(start.tzinfo)
    if mode == "utc":
        s1, s2 = f"DTSTART:{start.astimezone(UTC):%Y%m%dT%H%M%SZ}", f"DTEND:{end.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    elif mode == "tzid":
        s1, s2 = f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}"
    else:
        s1, s2 = f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"
    rows = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if mode == "tzid":
        rows += _vtz(tzid)
    rows += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", "DTSTAMP:@@STAMP@@", s1, s2,
             f"SUMMARY:{e_(summary)}", f"LOCATION:{e_(location)}"]
    if description:
        rows.append(f"DESCRIPTION:{e_(description)}")
    if organizer:
        rows.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    ps = "DECLINED" if status == "CANCELLED" else "ACCEPTED"
    rows += [f'ATTENDEE;CN="{NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT={ps}:mailto:{ADDR}', f"STATUS:{status}",
             "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return _fold(rows)


# ---------------------------------------------------------------- MIME
def _fmt(x):
    """Header value for an address field: Address objects, so that display names with commas or accents are
    quoted and encoded the way mail clients do it."""
    if isinstance(x, list):
        return tuple(_fmt(y) for y in x)
    if isinstance(x, tuple):
        return Address(display_name=x[0], addr_spec=x[1])
    return x


def _addr(x):
    return x[1] if isinstance(x, tuple) else x


def mail(when, slug, label, kind, frm, subject, text=None, html=None, *, tz=CT, to=None, cc=None, reply_to=None,
         irt=None, cal=None, cal_name="invite.ics", files=(), headers=(), must=(), idates=(), deadline=None,
         sent=False, mid_domain=None):
    assert kind in KINDS, kind
    dt = wall(when)
    h = hashlib.sha1(f"season-s|{slug}|{when}|{label}".encode()).hexdigest()
    dom = mid_domain or ("mail.gmail.com" if sent else _addr(frm).split("@")[1])
    mid = (f"<CAJ{h[:12]}+{h[12:28].upper()}{h[28:34]}@{dom}>" if sent
           else f"<{h[:14].upper()}.{h[14:24]}@{dom}>")
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
        p.set_boundary(f"_{i:03d}_{h[20:36]}_")
    rec = dict(when=dt, slug=slug, label=label, kind=kind, msg=m, mid=mid, subject=subject, must=list(must),
               idates=[str(x) for x in idates], deadline=str(deadline) if deadline else None, sent=sent,
               chain=(irt["chain"] + [irt["mid"]]) if irt else [])
    REG.append(rec)
    return rec


SIG = f"Ana Lucía Cárdenas\nMS4 | {SCHOOL}\nAAMC ID 16483027 | (979) 555-0147"
SIG_SHORT = "Ana Cárdenas, MS4\nTexas A&M College of Medicine"


def me(when, slug, label, kind, to, subject, body, *, irt=None, quote=None, cc=None, must=(), idates=(), sig=SIG,
       deadline=None):
    """Her own mail as Gmail keeps it in Sent: text/plain plus Gmail's div-per-paragraph HTML."""
    text = body.strip() + ("\n\n-- \n" + sig if sig else "") + "\n"
    if quote:
        text += "\n" + quote
    h = '<div dir="ltr">' + "".join(f"<div>{esc(p).replace(chr(10), '<br>')}</div><div><br></div>"
                                    for p in body.strip().split("\n\n"))
    if sig:
        h += ('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">'
              + esc(sig).replace("\n", "<br>") + "</div>")
    h += "</div>"
    if quote:
        first, _, rest = quote.partition("\n")
        inner = "\n".join(x[2:] if x.startswith("> ") else x.lstrip(">") for x in rest.split("\n"))
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(first) + "<br></div>"
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">' + esc(inner).replace("\n", "<br>") + "</blockquote></div>")
    return mail(when, slug, label, kind, ME, subject, text, h + "\n", to=to, cc=cc, irt=irt, must=must,
                idates=idates, sent=True, deadline=deadline)


def coord(when, slug, label, kind, frm, subject, text, *, html=True, font="Calibri", quote=None, **kw):
    """Program staff writing in Outlook: typographer's quotes, plain text plus Word HTML (or plain text only)."""
    text = curly(text.strip("\n")) + "\n"
    if quote:
        text += quote
    return mail(when, slug, label, kind, frm, subject, text, word_html(text, font) if html else None, **kw)
