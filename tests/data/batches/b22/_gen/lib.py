"""Shared helpers for batch b22 (standard library only; output is deterministic)."""
import datetime as dt
import hashlib
import re
from zoneinfo import ZoneInfo
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.charset import Charset, QP
from email.header import Header
from email.utils import formataddr, format_datetime

NAME = "Maren Achterberg"
FIRST = "Maren"
ME = "maren.achterberg27@gmail.com"
SCHOOL = "marenachterberg@creighton.edu"
TZNAME = "America/Chicago"
AAMCID = "17530264"


def addr(name, a):
    return formataddr((name, a), charset="utf-8")


TO = addr(NAME, ME)

Z = {"ET": ZoneInfo("America/New_York"), "CT": ZoneInfo("America/Chicago"),
     "MT": ZoneInfo("America/Denver"), "AZ": ZoneInfo("America/Phoenix"),
     "PT": ZoneInfo("America/Los_Angeles"), "UTC": dt.timezone.utc}


def d(s):
    return dt.date.fromisoformat(s)


def at(s, zone="ET"):
    """'2026-10-13 10:02:11' as local wall time in zone -> aware datetime"""
    return dt.datetime.fromisoformat(s).replace(tzinfo=Z[zone])


def shift(aware, hours=0, days=0, zone=None):
    """elapsed-time arithmetic, result shown in zone (default: the same zone)"""
    z = aware.tzinfo if zone is None else Z[zone]
    u = aware.astimezone(dt.timezone.utc) + dt.timedelta(hours=hours, days=days)
    return u.astimezone(z)


def inzone(aware, zone):
    return aware.astimezone(Z[zone])


def fixed(aware):
    """aware datetime with a fixed offset (so isoformat prints the offset in force)"""
    return aware.replace(tzinfo=dt.timezone(aware.utcoffset()))


# ------------------------------------------------------------------ written forms
def ordn(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def long(x):        # Monday, November 9, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def wmd(x):         # Monday, November 9
    return f"{x:%A}, {x:%B} {x.day}"


def md(x):          # November 9
    return f"{x:%B} {x.day}"


def mdy(x):         # November 9, 2026
    return f"{x:%B} {x.day}, {x.year}"


def ab(x):          # Mon, Nov 9
    return f"{x:%a}, {x:%b} {x.day}"


def aby(x):         # Mon, Nov 9, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def slash(x, year=False, pad=False):
    s = f"{x.month:02d}/{x.day:02d}" if pad else f"{x.month}/{x.day}"
    return s + (f"/{x.year}" if year else "")


def hm(t, space=True, dots=False, lower=False):
    h = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    if dots:
        ap = "a.m." if t.hour < 12 else "p.m."
    elif lower:
        ap = ap.lower()
    return f"{h}:{t.minute:02d}" + (" " if space else "") + ap


def outlook_sent(a):   # Monday, October 19, 2026 9:12 AM
    return f"{a:%A}, {a:%B} {a.day}, {a.year} {hm(a)}"


def gmail_on(a):       # On Mon, Oct 19, 2026 at 9:12 AM
    return f"On {a:%a}, {a:%b} {a.day}, {a.year} at {hm(a).replace(' ', chr(0x202f))}"


def gmail_fwd(a):      # Mon, Oct 19, 2026 at 9:12 AM
    return f"{a:%a}, {a:%b} {a.day}, {a.year} at {hm(a).replace(' ', chr(0x202f))}"


def quote(t):
    out = []
    for line in t.split("\n"):
        out.append(">" if not line else (">" + line if line.startswith(">") else "> " + line))
    return "\n".join(out)


# ------------------------------------------------------------------ MIME
def text(s, sub="plain", cte="qp"):
    if cte == "7bit" and s.isascii():
        return MIMEText(s, sub, "us-ascii")
    if cte in ("7bit", "qp"):
        cs = Charset("utf-8")
        cs.body_encoding = QP
        return MIMEText(s, sub, cs)
    if cte == "b64":
        return MIMEText(s, sub, "utf-8")
    raise ValueError(cte)


def html(s, cte="qp"):
    return text(s, "html", cte)


def alt(*parts):
    m = MIMEMultipart("alternative")
    for p in parts:
        m.attach(p)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed")
    for p in parts:
        m.attach(p)
    return m


def ics(body, filename="invite.ics", method="REQUEST", b64=False):
    body = body.strip("\n").replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    if b64:
        p = MIMEText(body, "calendar", "utf-8")
    else:
        cs = Charset("utf-8")
        cs.body_encoding = QP
        p = MIMEText(body, "calendar", cs)
    p.set_param("method", method)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def fold(line):
    """RFC 5545 folding at 74 octets"""
    out = []
    while len(line) > 74:
        out.append(line[:74])
        line = " " + line[74:]
    out.append(line)
    return "\r\n".join(out)


def icsdt(aware):
    return f"{aware:%Y%m%dT%H%M%S}"


def utcstamp(aware):
    return f"{aware.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}"


VTZ = {
    "America/Denver": ("MST", "MDT", "-0700", "-0600"),
    "America/Chicago": ("CST", "CDT", "-0600", "-0500"),
    "America/New_York": ("EST", "EDT", "-0500", "-0400"),
}


def vtimezone(tzid):
    if tzid == "America/Phoenix":
        return ("BEGIN:VTIMEZONE\nTZID:America/Phoenix\nBEGIN:STANDARD\nDTSTART:19700101T000000\n"
                "TZOFFSETFROM:-0700\nTZOFFSETTO:-0700\nTZNAME:MST\nEND:STANDARD\nEND:VTIMEZONE")
    std, dl, so, do = VTZ[tzid]
    return (f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:DAYLIGHT\nTZOFFSETFROM:{so}\nTZOFFSETTO:{do}\n"
            f"TZNAME:{dl}\nDTSTART:19700308T020000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\nEND:DAYLIGHT\n"
            f"BEGIN:STANDARD\nTZOFFSETFROM:{do}\nTZOFFSETTO:{so}\nTZNAME:{std}\nDTSTART:19701101T020000\n"
            f"RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\nEND:STANDARD\nEND:VTIMEZONE")


def hval(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p2html(t):
    out = []
    for para in t.strip("\n").split("\n\n"):
        x = esc(para)
        x = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', x)
        out.append("<p>" + x.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def page(inner, style="font-family:Calibri, Arial, sans-serif;font-size:11pt;color:#1f1f1f"):
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"</head>\n<body style=\"{style}\">\n{inner}\n</body></html>\n")


def build(fname, body, frm, subject, date, to=TO, domain="mail.example.org", cc=None, reply_to=None,
          extra=(), msgid=None):
    h = hashlib.sha256(fname.encode()).hexdigest()
    for part in body.walk():
        if part is not body and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in body.walk():
        if part.is_multipart():
            part.set_boundary(f"_b22_{h[:10]}_{i}_")
            i += 1
    ct = [(k, v) for k, v in body.items() if k != "MIME-Version"]
    for k in list(body.keys()):
        del body[k]
    body["From"] = frm
    body["To"] = to
    if cc:
        body["Cc"] = cc
    if reply_to:
        body["Reply-To"] = reply_to
    body["Subject"] = hval(subject)
    body["Date"] = format_datetime(fixed(date))
    body["Message-ID"] = msgid or f"<{h[:8]}.{h[8:24]}@{domain}>"
    for k, v in extra:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in ct:
        body[k] = v
    return body


REG = []


def reg(fname, msg, labels, forms=None):
    REG.append((fname, msg, labels, forms or {}))


def L(kind, program=None, platform="email", specialty=None, track=None, fmt=None, dates=None,
      respond_by=None, url=None):
    lab = {"kind": kind}
    if program:
        lab["program"] = program
    lab["platform"] = platform
    if specialty:
        lab["specialty"] = specialty
    if track:
        lab["track"] = track
    if fmt:
        lab["format"] = fmt
    if dates:
        lab["interview_dates"] = [x.isoformat() for x in dates]
    if respond_by is not None:
        lab["respond_by"] = respond_by if isinstance(respond_by, str) else fixed(respond_by).isoformat()
    if url:
        lab["schedule_url"] = url
    return lab


IM, ANES, ORTHO, PMR, NEURO, TY = ("Internal Medicine", "Anesthesiology", "Orthopaedic Surgery",
                                   "Physical Medicine and Rehabilitation", "Neurology", "Transitional Year")

# ------------------------------------------------------------------ platform shells
THAL = addr("Thalamus", "noreply@thalamusgme.com")
THAL_DOM = "mail.thalamusgme.com"
ERAS = addr("MyERAS", "myeras@aamc.org")
ERAS_DOM = "aamc.org"
MYERAS = "https://apps.aamc.org/myeras-web/"
IB = addr("Interview Broker", "noreply@interviewbroker.com")
IB_DOM = "interviewbroker.com"


def thal_page(heading, body_text, button=None, url=None, rows=None):
    """Thalamus-like HTML; rows: list of (label, value) shown in a details box"""
    det = ""
    if rows:
        det = ('<table cellpadding="6" style="border:1px solid #d9d3e6;border-radius:6px;width:100%;'
               'border-collapse:collapse;margin:12px 0">' +
               "".join(f'<tr><td style="color:#6b6480;width:38%">{esc(a)}</td><td><b>{esc(b)}</b></td></tr>'
                       for a, b in rows) + "</table>")
    btn = ""
    if button:
        btn = (f'<table cellpadding="0" cellspacing="0"><tr><td style="background:#3d1c6e;border-radius:4px;'
               f'padding:11px 26px"><a href="{url}" style="color:#ffffff;text-decoration:none;font-weight:600">'
               f'{esc(button)}</a></td></tr></table>')
    inner = (f'<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f2f8"><tr><td align="center">'
             f'<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;margin:20px 0">'
             f'<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#2b2b2b">'
             f'<div style="font-size:22px;font-weight:700;color:#3d1c6e;letter-spacing:1px">THALAMUS</div>'
             f'<h1 style="font-size:20px;color:#2b2b2b">{esc(heading)}</h1>{p2html(body_text)}{det}{btn}'
             f'<p style="font-size:11px;color:#8c8c8c;margin-top:28px">Thalamus &bull; thalamusgme.com<br>'
             f'Add noreply@thalamusgme.com to your contacts so our messages reach your inbox.<br>'
             f'<a href="https://thalamusgme.com/support" style="color:#8c8c8c">Help Center</a></p>'
             f'</td></tr></table></td></tr></table>')
    return page(inner, style="margin:0;padding:0")


def ib_page(title, body_text, table=None, button=None, url=None):
    tb = ""
    if table:
        head, rows = table
        tb = ('<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;'
              'border-color:#c8d3dc;font-size:13px;margin:10px 0">'
              "<tr style=\"background:#e9f0f5\">" + "".join(f"<th align=\"left\">{esc(h)}</th>" for h in head) +
              "</tr>" + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) +
              "</table>")
    btn = ""
    if button:
        btn = (f'<p><a href="{url}" style="display:inline-block;background:#0f6aa6;color:#fff;padding:9px 18px;'
               f'text-decoration:none;border-radius:3px">{esc(button)}</a></p>')
    inner = (f'<div style="font-family:Verdana,Arial,sans-serif;font-size:13px;max-width:640px">'
             f'<div style="border-bottom:3px solid #0f6aa6;padding:6px 0;font-weight:bold;color:#0f6aa6">'
             f'Interview Broker</div><h3>{esc(title)}</h3>{p2html(body_text)}{tb}{btn}'
             f'<p style="color:#777;font-size:11px">This is an automated message from Interview Broker. '
             f'Replies to this address are not monitored.</p></div>')
    return page(inner)
