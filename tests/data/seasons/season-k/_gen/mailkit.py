"""Helpers for building season K mail deterministically (standard library only)."""
import hashlib
import html as _html
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo
from email import charset as _cs
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

CHI = ZoneInfo("America/Chicago")
DEN = ZoneInfo("America/Denver")
NY = ZoneInfo("America/New_York")
UTC = timezone.utc

APP_NAME = "Renata Villarreal"
APP = "renata.villarreal.do27@gmail.com"
APP_FULL = formataddr((APP_NAME, APP))

MSGS = []


# ---------------------------------------------------------------- dates
def d(s):
    return date.fromisoformat(s)


def L(x):
    """Friday, November 13, 2026"""
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def LN(x):
    """Friday, November 13"""
    return f"{x:%A}, {x:%B} {x.day}"


def MD(x):
    """November 13, 2026"""
    return f"{x:%B} {x.day}, {x.year}"


def S(x):
    """Fri 11/13"""
    return f"{x:%a} {x.month}/{x.day}"


def A(x):
    """Fri, Nov 13, 2026"""
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def N(x):
    """11/13/2026"""
    return f"{x.month}/{x.day}/{x.year}"


def local(when):
    """'2026-10-07 09:12' Chicago local -> aware datetime"""
    return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=CHI)


def hm(dt):
    return dt.strftime("%I:%M %p").lstrip("0")


# ---------------------------------------------------------------- quoting
def gmail_quote(dt, name, addr, text):
    dt = dt.astimezone(CHI)
    head = f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {hm(dt)} {name} <{addr}> wrote:"
    body = "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))
    return f"{head}\n{body}\n"


def outlook_quote(dt, name, addr, to, subject, text, tz=CHI):
    dt = dt.astimezone(tz)
    return (
        "________________________________\n"
        f"From: {name} <{addr}>\n"
        f"Sent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {hm(dt)}\n"
        f"To: {to}\n"
        f"Subject: {subject}\n\n"
        f"{text.strip()}\n"
    )


def fwd_block(dt, name, addr, to, subject, text):
    dt = dt.astimezone(CHI)
    return (
        "---------- Forwarded message ---------\n"
        f"From: {name} <{addr}>\n"
        f"Date: {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {hm(dt)}\n"
        f"Subject: {subject}\n"
        f"To: {to}\n\n"
        f"{text.strip()}\n"
    )


# ---------------------------------------------------------------- html
def html_page(paras, footer=None, title=None):
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">"]
    if title:
        out.append(f"<title>{_html.escape(title)}</title>")
    out.append("</head><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">")
    out.append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>")
    for p in paras:
        out.append(p if p.startswith("<") else f"<p>{p}</p>")
    if footer:
        out.append(f"<p style=\"font-size:11px;color:#777\">{footer}</p>")
    out.append("</td></tr></table></body></html>")
    return "\n".join(out) + "\n"


def ul(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def a(url, text=None):
    return f"<a href=\"{_html.escape(url)}\">{_html.escape(text or url)}</a>"


# ---------------------------------------------------------------- ics
def ics(uid, start, minutes, summary, location, description, method="PUBLISH", organizer=None, stamp=None):
    s = start.astimezone(UTC)
    e = (start + timedelta(minutes=minutes)).astimezone(UTC)
    st = (stamp or start).astimezone(UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Season K test data//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{st:%Y%m%dT%H%M%SZ}",
        f"DTSTART:{s:%Y%m%dT%H%M%SZ}",
        f"DTEND:{e:%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        "DESCRIPTION:" + description.replace("\\", "\\\\").replace(",", "\\,").replace("\n", "\\n"),
    ]
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines.append(f"ATTENDEE;CN={APP_NAME};ROLE=REQ-PARTICIPANT:mailto:{APP}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        while len(ln.encode()) > 74:
            folded.append(ln[:70])
            ln = " " + ln[70:]
        folded.append(ln)
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- building
def _part(text, sub, enc):
    if enc == "7bit" and text.isascii():
        p = MIMEText(text, sub, "us-ascii")
    else:
        c = _cs.Charset("utf-8")
        c.body_encoding = _cs.BASE64 if enc == "b64" else _cs.QP
        p = MIMEText(text, sub, c)
    del p["MIME-Version"]
    return p


def _hdr(s):
    if s.isascii():
        return s
    return Header(s, "utf-8").encode()


def _addr(x):
    if isinstance(x, tuple):
        return formataddr(x, charset="utf-8")
    return x


def M(when, slug, label, frm, subject, text=None, html=None, *, tz=CHI, to=None, cc=None, enc="qp",
      henc=None, ics_text=None, ics_name="invite.ics", ics_method="PUBLISH", reply_to=None, irt=None,
      must=(), idates=(), deadline=None, extra=None, mid_domain=None, sent=False, attach=None):
    """Register one message. `when` is Chicago local time; the Date header is written in `tz`."""
    dt = local(when)
    n = len(MSGS) + 1
    key = hashlib.sha1(f"season-k/{slug}/{when}".encode()).hexdigest()
    boundary = f"==sk{key[:16]}"
    body_parts = []
    if text is not None:
        body_parts.append(_part(text, "plain", enc))
    if html is not None:
        body_parts.append(_part(html, "html", henc or enc))
    if len(body_parts) == 2:
        body = MIMEMultipart("alternative", boundary=boundary + "_alt")
        for p in body_parts:
            body.attach(p)
    else:
        body = body_parts[0]
    if ics_text or attach:
        root = MIMEMultipart("mixed", boundary=boundary + "_mix")
        del body["MIME-Version"]
        root.attach(body)
        if ics_text:
            c = _cs.Charset("utf-8")
            c.body_encoding = _cs.BASE64
            cal = MIMEText(ics_text, "calendar", c)
            cal.set_param("method", ics_method)
            del cal["MIME-Version"]
            cal.add_header("Content-Disposition", "attachment", filename=ics_name)
            root.attach(cal)
        if attach:
            fname, ctype, payload = attach
            c = _cs.Charset("utf-8")
            c.body_encoding = _cs.BASE64
            maintype, subtype = ctype.split("/")
            att = MIMEText(payload, subtype, c)
            del att["MIME-Version"]
            att.add_header("Content-Disposition", "attachment", filename=fname)
            root.attach(att)
        msg = root
    else:
        msg = body
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    fdom = (frm[1] if isinstance(frm, tuple) else frm).split("@")[-1].rstrip(">")
    mdom = mid_domain or ("mail.gmail.com" if sent else fdom)
    if sent:
        mid = f"<CAK{key[:10].upper()}{key[10:30]}@{mdom}>"
    else:
        mid = f"<{key[:24]}.{slug}@{mdom}>"
    hdrs = [
        ("Return-Path", f"<{(frm[1] if isinstance(frm, tuple) else frm)}>"),
        ("From", _addr(frm)),
        ("To", _addr(to) if to else APP_FULL),
    ]
    if cc:
        hdrs.append(("Cc", _addr(cc)))
    if reply_to:
        hdrs.append(("Reply-To", _addr(reply_to)))
    hdrs += [
        ("Subject", _hdr(subject)),
        ("Date", format_datetime(dt.astimezone(tz))),
        ("Message-ID", mid),
    ]
    if irt:
        hdrs += [("In-Reply-To", irt), ("References", irt)]
    for k, v in (extra or []):
        hdrs.append((k, v))
    # put our headers first
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    for k, v in existing:
        msg[k] = v
    rec = dict(n=n, when=dt, slug=slug, label=label, msg=msg, subject=subject, mid=mid,
               must=list(must), idates=[str(x) for x in idates], deadline=str(deadline) if deadline else None)
    MSGS.append(rec)
    return rec


def sent(when, slug, label, to, subject, text, irt=None, must=(), enc="7bit", cc=None):
    return M(when, slug, label, (APP_NAME, APP), subject, text, to=to, irt=irt, must=must, enc=enc,
             sent=True, cc=cc)
