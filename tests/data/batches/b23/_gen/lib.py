"""Helpers for batch b23 (standard library only, deterministic output)."""
import datetime as dt
import hashlib
import re
from zoneinfo import ZoneInfo
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

# ------------------------------------------------------------------ applicant
NAME = "Camila Strandberg"
FIRST = "Camila"
LAST = "Strandberg"
ME = "camila.strandberg.md@gmail.com"
SCHOOL = "cstra012@medsch.ucr.edu"
SCHOOL_NAME = "UC Riverside School of Medicine"
TZNAME = "America/Los_Angeles"
AAMCID = "16994302"
PHONE = "(951) 555-0148"

ZONES = {
    "ET": ZoneInfo("America/New_York"),
    "CT": ZoneInfo("America/Chicago"),
    "MT": ZoneInfo("America/Denver"),      # El Paso keeps Mountain time
    "PT": ZoneInfo("America/Los_Angeles"),
    "UTC": dt.timezone.utc,
}


def addr(name, a):
    return formataddr((name, a), charset="utf-8")


TO = addr(NAME, ME)

# ------------------------------------------------------------------ time


def d(s):
    return dt.date.fromisoformat(s)


def at(s, zone):
    """wall-clock string in a named zone -> aware datetime"""
    return dt.datetime.fromisoformat(s).replace(tzinfo=ZONES[zone])


def later(a, hours=0, days=0, minutes=0):
    """elapsed-time arithmetic; result keeps the offset that a had (fixed)"""
    off = a.utcoffset()
    u = a.astimezone(dt.timezone.utc) + dt.timedelta(days=days, hours=hours, minutes=minutes)
    return u.astimezone(dt.timezone(off))


def inz(a, zone):
    return a.astimezone(ZONES[zone])


def fixed(a):
    return a.replace(tzinfo=dt.timezone(a.utcoffset()))


def iso(a):
    return fixed(a).isoformat()


# ------------------------------------------------------------------ written date forms
def W(x):       # Tuesday, December 8, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def Wmd(x):     # Tuesday, December 8
    return f"{x:%A}, {x:%B} {x.day}"


def md(x):      # December 8
    return f"{x:%B} {x.day}"


def mdy(x):     # December 8, 2026
    return f"{x:%B} {x.day}, {x.year}"


def a3(x):      # Tue, Dec 8
    return f"{x:%a}, {x:%b} {x.day}"


def a3y(x):     # Tue, Dec 8, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def sl(x, year=True, pad=True):
    s = f"{x.month:02d}/{x.day:02d}" if pad else f"{x.month}/{x.day}"
    return s + (f"/{x.year}" if year else "")


def clock(t, style="AM"):
    h = t.hour % 12 or 12
    mer = "AM" if t.hour < 12 else "PM"
    if style == "a.m.":
        mer = mer[0].lower() + ".m."
    elif style == "am":
        mer = mer.lower()
    sep = "" if style == "am" else " "
    mm = f":{t.minute:02d}"
    return f"{h}{mm}{sep}{mer}"


def outlook_hdr(a):     # Thursday, October 29, 2026 9:30 AM
    return f"{a:%A}, {a:%B} {a.day}, {a.year} {clock(a)}"


def gmail_on(a):        # On Mon, Dec 28, 2026 at 10:04 AM
    return f"On {a:%a}, {a:%b} {a.day}, {a.year} at {clock(a).replace(' ', chr(0x202f))}"


def quote(t):
    out = []
    for line in t.rstrip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


# ------------------------------------------------------------------ MIME parts
def text(s, sub="plain", cte="qp"):
    if cte == "7bit":
        assert s.isascii(), "7bit body must be ASCII"
        return MIMEText(s, sub, "us-ascii")
    cs = Charset("utf-8")
    cs.body_encoding = QP if cte == "qp" else BASE64
    return MIMEText(s, sub, cs)


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


def related(*parts):
    m = MIMEMultipart("related")
    for p in parts:
        m.attach(p)
    return m


def crlf(s):
    return s.strip("\n").replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"


def fold75(line):
    out = []
    while len(line) > 73:
        out.append(line[:73])
        line = " " + line[73:]
    out.append(line)
    return "\n".join(out)


def ics_part(body, filename, method="REQUEST", enc="7bit", inline=False):
    body = crlf("\n".join(fold75(x) for x in body.strip("\n").split("\n")))
    if enc == "b64":
        cs = Charset("utf-8")
        cs.body_encoding = BASE64
        p = MIMEText(body, "calendar", cs)
    elif enc == "qp":
        cs = Charset("utf-8")
        cs.body_encoding = QP
        p = MIMEText(body, "calendar", cs)
    else:
        p = MIMEText(body, "calendar", "us-ascii")
    p.set_param("method", method)
    p.set_param("name", filename)
    p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
    return p


def icsdt(a):
    return f"{a:%Y%m%dT%H%M%S}"


def icsz(a):
    return f"{a.astimezone(dt.timezone.utc):%Y%m%dT%H%M%SZ}"


def vtz(tzid):
    table = {"America/New_York": ("EST", "EDT", "-0500", "-0400"),
             "America/Chicago": ("CST", "CDT", "-0600", "-0500"),
             "America/Denver": ("MST", "MDT", "-0700", "-0600"),
             "America/Los_Angeles": ("PST", "PDT", "-0800", "-0700")}
    s, dl, so, do = table[tzid]
    return "\n".join([
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
        f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{s}", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
        f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{dl}", "END:DAYLIGHT",
        "END:VTIMEZONE"])


def pdf_stub(filename, title):
    """a tiny but well-formed PDF attachment (base64)"""
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length {len(title) + 30}>>stream\nBT /F1 12 Tf 72 720 Td ({title}) Tj ET\nendstream endobj\n"
            f"trailer<</Root 1 0 R>>\n%%EOF\n").encode("latin-1")
    p = MIMEBase("application", "pdf", name=filename)
    p.set_payload(body)
    from email import encoders
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


# ------------------------------------------------------------------ HTML helpers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def linkify(s):
    return re.sub(r"(https://[^\s<)\]]+)", r'<a href="\1">\1</a>', s)


def paras(t):
    out = []
    for block in t.strip("\n").split("\n\n"):
        out.append("<p>" + linkify(esc(block)).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def doc(inner, body_style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width\">\n</head>\n"
            f"<body style=\"{body_style}\">\n{inner}\n</body>\n</html>\n")


def outlook_html(t, font="Aptos,Calibri,sans-serif"):
    inner = []
    for block in t.strip("\n").split("\n\n"):
        inner.append(f'<p class="MsoNormal" style="margin:0 0 10px 0">' +
                     linkify(esc(block)).replace("\n", "<br>\n") + "</p>")
    return doc("<div class=\"WordSection1\">\n" + "\n".join(inner) + "\n</div>",
               body_style=f"font-family:{font};font-size:11pt;color:#000")


# ------------------------------------------------------------------ headers & registry
def hval(s, name="Subject"):
    return s if s.isascii() else Header(s, "utf-8", header_name=name)


def build(fn, msg, frm, subject, date, to=TO, cc=None, reply_to=None, domain="example.org", extra=(),
          msgid=None):
    h = hashlib.sha1(("b23/" + fn).encode()).hexdigest()
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{h[:8]}_{n}.{h[8:14]}")
            n += 1
    ctype = [(k, v) for k, v in msg.items() if k != "MIME-Version"]
    for k in list(msg.keys()):
        del msg[k]
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = hval(subject)
    msg["Date"] = format_datetime(fixed(date))
    msg["Message-ID"] = msgid or f"<{h[:12]}.{h[12:20]}@{domain}>"
    for k, v in extra:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in ctype:
        msg[k] = v
    return msg


REG = []


def reg(fn, msg, labels, forms=None):
    REG.append((fn, msg, labels, dict(forms or {})))


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
        lab["respond_by"] = respond_by if isinstance(respond_by, str) else iso(respond_by)
    if url:
        lab["schedule_url"] = url
    return lab


DR = "Radiology-Diagnostic"
TY = "Transitional Year"
IM = "Internal Medicine"
DERM = "Dermatology"
PATH = "Pathology-Anatomic and Clinical"
FM = "Family Medicine"
CN = "Child Neurology"

# ------------------------------------------------------------------ platforms
THAL = addr("Thalamus", "noreply@thalamusgme.com")
THAL_DOM = "thalamusgme.com"
ERAS = addr("ERAS Interview Scheduling", "erasinterviewscheduling@aamc.org")
ERAS_PO = addr("MyERAS Notifications", "myeras-noreply@aamc.org")
ERAS_DOM = "aamc.org"
MYERAS = "https://apps.aamc.org/myeras-web/#/interviews"
IB = addr("Interview Broker", "notifications@interviewbroker.com")
IB_DOM = "interviewbroker.com"


def thal_html(title, intro, card=None, cta=None, url=None, after=None, note=None):
    """Thalamus-style card layout; card = list of (label, value)"""
    rows = ""
    if card:
        rows = "".join(
            f'<tr><td style="padding:6px 10px;color:#5f6b7a;font-size:13px;width:150px;vertical-align:top">{esc(a)}</td>'
            f'<td style="padding:6px 10px;font-size:14px;color:#1c2733">{esc(b).replace(chr(10), "<br>")}</td></tr>'
            for a, b in card)
        rows = ('<table role="presentation" cellspacing="0" cellpadding="0" '
                'style="width:100%;background:#f6f8fb;border:1px solid #e1e6ee;margin:16px 0">' + rows + "</table>")
    nt = ""
    if note:
        nt = ('<div style="margin:14px 0;padding:12px 16px;border-left:4px solid #00a3ad;background:#f0fafa">'
              '<div style="font-size:12px;color:#5f6b7a;text-transform:uppercase;letter-spacing:.5px">'
              'Message from the program</div>' + paras(note) + "</div>")
    btn = ""
    if cta:
        btn = (f'<p style="margin:22px 0"><a href="{url}" style="background:#00a3ad;color:#ffffff;'
               f'padding:12px 28px;border-radius:22px;text-decoration:none;font-weight:bold">{esc(cta)}</a></p>')
    tail = paras(after) if after else ""
    inner = ('<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#eef1f5">'
             '<tr><td align="center" style="padding:24px 8px">'
             '<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff">'
             '<tr><td style="padding:18px 28px;background:#0c2340;color:#ffffff;font-size:20px;'
             'font-family:Arial,sans-serif;letter-spacing:2px">thalamus</td></tr>'
             '<tr><td style="padding:24px 28px;font-family:Arial,sans-serif;color:#1c2733">'
             f'<h2 style="margin:0 0 12px 0;font-size:20px">{esc(title)}</h2>'
             f'{paras(intro)}{rows}{nt}{btn}{tail}'
             '</td></tr><tr><td style="padding:16px 28px;font-size:11px;color:#8a96a3;font-family:Arial,sans-serif">'
             'You are receiving this email because you have an applicant account on Thalamus.<br>'
             'Thalamus, 1 Post St, San Francisco, CA 94104 &middot; '
             '<a href="https://thalamusgme.com/applicant-support/" style="color:#8a96a3">Applicant support</a>'
             '</td></tr></table></td></tr></table>')
    return doc(inner, body_style="margin:0;padding:0")


def eras_html(title, blocks, button=None, url=None):
    """MyERAS-style: blocks = list of text paragraphs or ('table', rows)"""
    parts = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            parts.append('<table cellpadding="5" cellspacing="0" style="border:1px solid #b9c3cf;'
                         'border-collapse:collapse;font-size:13px">' +
                         "".join('<tr>' + "".join(
                             f'<td style="border:1px solid #b9c3cf">{esc(c)}</td>' for c in r) + '</tr>'
                             for r in b[1]) + "</table>")
        else:
            parts.append(paras(b))
    btn = ""
    if button:
        btn = (f'<p><a href="{url}" style="background:#00558c;color:#fff;padding:8px 16px;'
               f'text-decoration:none">{esc(button)}</a></p>')
    inner = ('<div style="max-width:660px;font-family:Arial,sans-serif;font-size:14px;color:#222">'
             '<div style="background:#00558c;color:#fff;padding:10px 14px;font-weight:bold">'
             'AAMC | ERAS&reg; Electronic Residency Application Service</div>'
             f'<div style="padding:14px"><h3 style="color:#00558c">{esc(title)}</h3>' + "\n".join(parts) + btn +
             '<hr style="border:0;border-top:1px solid #ddd"><p style="font-size:11px;color:#777">'
             'Association of American Medical Colleges, 655 K Street, NW, Suite 100, Washington, DC 20001-2399. '
             'This mailbox is not monitored; please do not reply.</p></div></div>')
    return doc(inner)


def ib_html(heading, pre, table=None, button=None, url=None, post=None):
    tb = ""
    if table:
        head, rows = table
        tb = ('<table cellpadding="7" cellspacing="0" style="border-collapse:collapse;margin:12px 0;'
              'font-size:13px;border:1px solid #cfd8e3">'
              '<thead><tr style="background:#24476b;color:#fff">' +
              "".join(f'<th align="left">{esc(h)}</th>' for h in head) + '</tr></thead><tbody>' +
              "".join('<tr>' + "".join(f'<td style="border-top:1px solid #cfd8e3">{esc(c)}</td>' for c in r)
                      + '</tr>' for r in rows) + '</tbody></table>')
    btn = ""
    if button:
        btn = (f'<p style="margin:18px 0"><a href="{url}" style="background:#f29d1f;color:#1a1a1a;'
               f'padding:10px 20px;text-decoration:none;font-weight:bold;border-radius:4px">{esc(button)}</a></p>')
    inner = ('<div style="max-width:640px;margin:0 auto;font-family:Tahoma,Verdana,sans-serif;font-size:13px;color:#333">'
             '<div style="background:#24476b;color:#fff;padding:12px 16px;font-size:17px">InterviewBroker</div>'
             f'<div style="padding:16px"><h3 style="margin-top:0">{esc(heading)}</h3>{paras(pre)}{tb}{btn}'
             f'{paras(post) if post else ""}'
             '<p style="font-size:11px;color:#888;border-top:1px solid #eee;padding-top:8px">Interview Broker '
             '&middot; Do not reply to this message; contact the program directly with questions.</p></div></div>')
    return doc(inner)
