"""Helpers for batch b20 (standard library only)."""
import datetime as dt
import email.charset as ecs
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
import io

APP_NAME = "Anahí Villaseñor"
APP = "anahi.villasenor.md@gmail.com"
SCHOOL = "anahivillasenor@cdrewu.edu"
APP_TO = formataddr((APP_NAME, APP), charset="utf-8")
AAMC_ID = "17509362"


def A(name, addr):
    return formataddr((name, addr), charset="utf-8")


# ---------------------------------------------------------------- dates
def D(s):
    return dt.date.fromisoformat(s)


def WD(s):
    return D(s).strftime("%A")


def WDa(s):
    return D(s).strftime("%a")


def MON(s):
    return D(s).strftime("%B")


def Mon(s):
    return D(s).strftime("%b")


def day(s):
    return D(s).day


def yr(s):
    return D(s).year


def long(s):            # Tuesday, December 8, 2026
    return f"{WD(s)}, {MON(s)} {day(s)}, {yr(s)}"


def longny(s):          # Tuesday, December 8
    return f"{WD(s)}, {MON(s)} {day(s)}"


def md(s):              # December 8
    return f"{MON(s)} {day(s)}"


def mdy(s):             # December 8, 2026
    return f"{MON(s)} {day(s)}, {yr(s)}"


def ab(s):              # Tue, Dec 8
    return f"{WDa(s)}, {Mon(s)} {day(s)}"


def aby(s):             # Tue, Dec 8, 2026
    return f"{WDa(s)}, {Mon(s)} {day(s)}, {yr(s)}"


def num(s):             # 12/8
    return f"{D(s).month}/{day(s)}"


def numy(s):            # 12/8/2026
    return f"{D(s).month}/{day(s)}/{yr(s)}"


def ordn(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


# ---------------------------------------------------------------- Date headers
def _tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def _before_dst_end(s):
    return s < "2026-11-01 02:00:00"


def hdr(s, off):
    """s = 'YYYY-MM-DD HH:MM:SS', off = hours."""
    d = dt.datetime.fromisoformat(s).replace(tzinfo=_tz(off))
    return format_datetime(d)


def pac_off(s):
    return -7 if _before_dst_end(s) else -8


def mtn_off(s):
    return -6 if _before_dst_end(s) else -7


def et_off(s):
    return -4 if _before_dst_end(s) else -5


def pac(s):
    return hdr(s, pac_off(s))


def mtn(s):
    return hdr(s, mtn_off(s))


def az(s):
    return hdr(s, -7)


def et(s):
    return hdr(s, et_off(s))


def utc(s):
    return hdr(s, 0)


def iso(s, off):
    """ISO-8601 with offset from 'YYYY-MM-DD HH:MM:SS'."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=_tz(off)).isoformat()


def outlook_sent(s):     # Tuesday, October 20, 2026 3:14 PM
    d = dt.datetime.fromisoformat(s)
    h = d.hour % 12 or 12
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def gmail_on(s):         # Tue, Oct 20, 2026 at 3:14 PM
    d = dt.datetime.fromisoformat(s)
    h = d.hour % 12 or 12
    return f"{d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- MIME
def _cs(enc):
    c = ecs.Charset("utf-8")
    c.header_encoding = ecs.QP
    c.body_encoding = ecs.QP if enc == "qp" else ecs.BASE64
    return c


def part(text, sub="plain", enc="qp"):
    if enc == "7bit":
        text.encode("ascii")
        m = MIMEText(text, sub, "us-ascii")
    else:
        m = MIMEText(text, sub, _cs(enc))
    del m["MIME-Version"]
    return m


def alt(tp, hp, b):
    m = MIMEMultipart("alternative", boundary=b)
    del m["MIME-Version"]
    m.attach(tp)
    m.attach(hp)
    return m


def mixed(parts, b):
    m = MIMEMultipart("mixed", boundary=b)
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def ics_part(lines, fname="invite.ics", method="REQUEST"):
    text = "\r\n".join(lines) + "\r\n"
    m = MIMEText(text, "calendar", _cs("b64"))
    del m["MIME-Version"]
    m.set_param("method", method)
    m.add_header("Content-Disposition", "attachment", filename=fname)
    return m


def subj(s, enc="b"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if enc == "q":
            return Header(s, _cs("qp"), header_name="Subject")
        return Header(s, "utf-8", header_name="Subject")


def finish(body, frm, subject, date, mid, to=APP_TO, extra=(), senc="b"):
    content = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    body["From"] = frm
    body["To"] = to
    body["Subject"] = subj(subject, senc)
    body["Date"] = date
    body["Message-ID"] = mid
    for k, v in extra:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in content:
        body[k] = v
    return body


def to_bytes(m):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(m)
    return buf.getvalue()


def html_wrap(inner, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + title +
            "</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n"
            + inner + "\n</body></html>\n")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(text):
    """Plain text paragraphs -> simple HTML paragraphs (URLs linked)."""
    import re
    out = []
    for p in text.strip("\n").split("\n\n"):
        h = esc(p).replace("\n", "<br>\n")
        h = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', h)
        out.append("<p>" + h + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- registry
MSGS = []


def add(fname, msg, label, forms=None):
    """label: dict in key order; forms: {iso: written form} for the checker."""
    MSGS.append((fname, msg, label, forms or {}))


def L(kind, program=None, platform="email", specialty=None, track=None, fmt=None,
      dates=None, respond_by=None, url=None):
    d = {"kind": kind}
    if program:
        d["program"] = program
    d["platform"] = platform
    if specialty:
        d["specialty"] = specialty
    if track:
        d["track"] = track
    if fmt:
        d["format"] = fmt
    if dates:
        d["interview_dates"] = list(dates)
    if respond_by:
        d["respond_by"] = respond_by
    if url:
        d["schedule_url"] = url
    return d
