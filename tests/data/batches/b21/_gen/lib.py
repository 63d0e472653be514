"""Helpers for batch b21 (standard library only, deterministic output)."""
import datetime as dt
import hashlib
from zoneinfo import ZoneInfo
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.charset import Charset, QP
from email.header import Header
from email.utils import formataddr, format_datetime

APPLICANT_NAME = "Tomás Ebanks"
APPLICANT = "tomas.ebanks.md@gmail.com"
SCHOOL = "tebanks@live.mercer.edu"
TO = formataddr((APPLICANT_NAME, APPLICANT), charset="utf-8")
FIRST = "Tomás"

ZONES = {"ET": ZoneInfo("America/New_York"), "CT": ZoneInfo("America/Chicago"),
         "UTC": dt.timezone.utc}


def d(s):
    return dt.date.fromisoformat(s)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


# written forms ------------------------------------------------------------
def full(x):            # Thursday, November 12, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def wmd(x):             # Thursday, November 12
    return f"{x:%A}, {x:%B} {x.day}"


def md(x):              # November 12
    return f"{x:%B} {x.day}"


def sh(x):              # Thu, Nov 12
    return f"{x:%a}, {x:%b} {x.day}"


def shy(x):             # Thu, Nov 12, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def num(x, year=False, pad=False):
    if pad:
        s = f"{x.month:02d}/{x.day:02d}"
    else:
        s = f"{x.month}/{x.day}"
    return s + (f"/{x.year}" if year else "")


def wd(x):
    return f"{x:%A}"


# Date headers ---------------------------------------------------------------
def when(s, zone="ET"):
    """'2026-10-13 10:02:11' local in zone -> aware datetime"""
    naive = dt.datetime.fromisoformat(s)
    return naive.replace(tzinfo=ZONES[zone])


def hdr(aware):
    return format_datetime(aware)


def iso(aware):
    return aware.isoformat()


def later(aware, hours=0, zone=None, days=0):
    z = aware.tzinfo if zone is None else ZONES[zone]
    u = aware.astimezone(dt.timezone.utc) + dt.timedelta(hours=hours, days=days)
    return u.astimezone(z)


def at(s, zone="ET"):
    return when(s, zone)


def outlook_sent(aware):  # Monday, December 14, 2026 9:12 AM
    h = aware.hour % 12 or 12
    ap = "AM" if aware.hour < 12 else "PM"
    return f"{aware:%A}, {aware:%B} {aware.day}, {aware.year} {h}:{aware.minute:02d} {ap}"


def gmail_on(aware):      # On Mon, Dec 14, 2026 at 9:12 AM
    h = aware.hour % 12 or 12
    ap = "AM" if aware.hour < 12 else "PM"
    return f"On {aware:%a}, {aware:%b} {aware.day}, {aware.year} at {h}:{aware.minute:02d}\u202f{ap}"


def gmail_fwd_date(aware):  # Mon, Dec 14, 2026 at 9:12 AM
    h = aware.hour % 12 or 12
    ap = "AM" if aware.hour < 12 else "PM"
    return f"{aware:%a}, {aware:%b} {aware.day}, {aware.year} at {h}:{aware.minute:02d}\u202f{ap}"


def quote(text):
    return "\n".join((">" + (" " + l if l and not l.startswith(">") else l)) for l in text.split("\n"))


# MIME ---------------------------------------------------------------------------
def text(s, sub="plain", cte="qp"):
    if cte == "7bit" and s.isascii():
        return MIMEText(s, sub, "us-ascii")
    if cte == "7bit":
        cte = "qp"
    if cte == "qp":
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


def ics_part(ics, filename="invite.ics", method="REQUEST"):
    ics = ics.replace("\r\n", "\n").replace("\n", "\r\n")
    p = MIMEText(ics, "calendar", "utf-8")
    p.set_param("method", method)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def addr(name, a):
    return formataddr((name, a), charset="utf-8")


def hval(s):
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def build(fname, body, frm, subject, date, to=TO, msgid=None, extra=()):
    h = hashlib.sha1(fname.encode()).hexdigest()
    for part in body.walk():
        if part is not body and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in body.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{h[:12]}_{i:02d}")
            i += 1
    ct = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    for k, v in extra:
        if k == "To":
            to = v
    extra = [(k, v) for k, v in extra if k != "To"]
    body["From"] = frm
    body["To"] = to
    for k, v in extra:
        if k.lower() in ("cc", "reply-to"):
            body[k] = v
    body["Subject"] = hval(subject)
    body["Date"] = hdr(date)
    body["Message-ID"] = msgid or f"<{h[:20]}.{fname.split('.')[0]}@mail.b21.example>"
    for k, v in extra:
        if k.lower() not in ("cc", "reply-to"):
            body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in ct:
        if k != "MIME-Version":
            body[k] = v
    return body


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def p2html(t):
    """plain paragraphs -> simple HTML (links left as text in anchors)."""
    import re
    out = []
    for para in t.strip("\n").split("\n\n"):
        x = esc(para)
        x = re.sub(r"(https://[^\s<]+)", r'<a href="\1">\1</a>', x)
        out.append("<p>" + x.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def page(inner, font="Arial, Helvetica, sans-serif"):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head>\n"
            f"<body style=\"font-family:{font};font-size:14px;color:#222\">\n{inner}\n</body></html>\n")


REG = []


def reg(fname, msg, labels, forms=None):
    """labels: dict; forms: {iso_date: written form appearing in mail}"""
    REG.append((fname, msg, labels, forms or {}))


def L(kind, program=None, platform="email", specialty=None, track=None, fmt=None,
      dates=None, respond_by=None, url=None):
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
    if respond_by:
        lab["respond_by"] = respond_by if isinstance(respond_by, str) else respond_by.isoformat()
    if url:
        lab["schedule_url"] = url
    return lab


THAL_FROM = addr("Thalamus", "notifications@thalamusgme.com")
ERAS_FROM = addr("ERAS", "myeras-noreply@aamc.org")
IB_FROM = addr("Interview Broker", "no-reply@interviewbroker.com")
RCAS_FROM_ADDR = "notifications@liaisoncas.com"
MYERAS = "https://apps.aamc.org/myeras-web/"
RCAS_PORTAL = "https://interviews.residencycas.com/login"


def thal_html(title, inner_text, button=None, url=None):
    b = ""
    if button:
        b = (f'<p style="margin:24px 0"><a href="{url}" style="background:#5b2b82;color:#fff;'
             f'padding:12px 22px;border-radius:6px;text-decoration:none;font-weight:bold">{esc(button)}</a></p>')
    return page(f'<div style="max-width:600px;margin:0 auto">'
                f'<div style="background:#5b2b82;padding:16px;color:#fff;font-size:20px;font-weight:bold">thalamus</div>'
                f'<h2 style="color:#5b2b82">{esc(title)}</h2>\n{p2html(inner_text)}\n{b}'
                f'<p style="color:#888;font-size:11px">Thalamus GME, Inc. &middot; Boston, MA<br>'
                f'You are receiving this email because you have an applicant account on Thalamus.</p></div>')
