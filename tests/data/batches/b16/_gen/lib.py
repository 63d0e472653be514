"""Helpers for building the b16 test mailbox (standard library only)."""
from datetime import datetime, date, timedelta, timezone
from zoneinfo import ZoneInfo
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, make_msgid, formataddr
from email import encoders
import hashlib

CT = ZoneInfo("America/Chicago")
ET = ZoneInfo("America/New_York")

APPL_NAME = "Claire Nwosu"
APPL_ADDR = "claire.nwosu.match27@gmail.com"
APPL = formataddr((APPL_NAME, APPL_ADDR))


def dt(s, tz=CT):
    return datetime.fromisoformat(s).replace(tzinfo=tz)


def d(s):
    return date.fromisoformat(s)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


MON_ABBR = {1: "Jan.", 2: "Feb.", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
            8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


def long(x):            # Tuesday, November 10, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def long_noyear(x):     # Tuesday, November 10
    return f"{x:%A}, {x:%B} {x.day}"


def wd_ord(x):          # Tuesday, November 10th
    return f"{x:%A}, {x:%B} {ordinal(x.day)}"


def mdy(x):             # 11/10/26
    return f"{x.month}/{x.day}/{x:%y}"


def mdY(x):             # 11/10/2026
    return f"{x:%m/%d/%Y}"


def abbr(x):            # Nov. 10
    return f"{MON_ABBR[x.month]} {x.day}"


def dow(x):
    return f"{x:%A}"


def dow3(x):
    return f"{x:%a}"


def mdate(x):           # November 10, 2026
    return f"{x:%B} {x.day}, {x.year}"


def plus(header_dt, **kw):
    """Relative deadline computed from the Date header, kept in that header's offset."""
    fixed = header_dt.astimezone(timezone(header_dt.utcoffset()))
    return (fixed + timedelta(**kw)).isoformat()


def iso(x):
    return x.isoformat()


def _cs(cte):
    cs = Charset("utf-8")
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    return cs


def part(text, subtype="plain", cte="auto"):
    if cte == "auto":
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "qp"
    if cte == "7bit":
        return MIMEText(text, subtype, "us-ascii")
    return MIMEText(text, subtype, _cs(cte))


def enc_subject(s, how=None):
    if how is None:
        try:
            s.encode("ascii")
            return s
        except UnicodeEncodeError:
            how = "q"
    cs = Charset("utf-8")
    cs.header_encoding = QP if how == "q" else BASE64
    return Header(s, cs, header_name="Subject")


def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def build(frm, subject, date_, text=None, html=None, to=APPL, cc=None, cte="auto", html_cte=None,
          subj_enc=None, headers=None, attachments=None, msgid_domain=None, in_reply_to=None,
          references=None, reply_to=None):
    if text is not None and html is not None:
        body = MIMEMultipart("alternative")
        body.attach(part(text, "plain", cte))
        body.attach(part(html, "html", html_cte or cte))
    elif html is not None:
        body = part(html, "html", html_cte or cte)
    else:
        body = part(text, "plain", cte)
    if attachments:
        msg = MIMEMultipart("mixed")
        msg.attach(body)
        for a in attachments:
            msg.attach(a)
    else:
        msg = body
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = enc_subject(subject, subj_enc)
    msg["Date"] = format_datetime(date_)
    dom = msgid_domain or frm.split("@")[-1].rstrip(">").strip()
    seed = hashlib.sha1((subject + date_.isoformat()).encode()).hexdigest()[:20]
    msg["Message-ID"] = f"<{seed}.{int(date_.timestamp())}@{dom}>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    for k, v in (headers or {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def ics_attachment(ics_text, filename="invite.ics", method="REQUEST"):
    p = MIMEBase("text", "calendar", method=method, charset="utf-8")
    p.set_payload(ics_text.replace("\n", "\r\n").encode("utf-8"))
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def pdf_stub(filename, title):
    """A tiny (valid-enough) PDF attachment so letters look like real mail with an attachment."""
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n% {title}\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    p = MIMEBase("application", "pdf", name=filename)
    p.set_payload(body.encode("latin-1"))
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def button(url, label, color="#1a5fb4"):
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>'
            f'<td align="center" bgcolor="{color}" style="border-radius:4px;">'
            f'<a href="{url}" target="_blank" style="display:inline-block;padding:12px 28px;font-family:Arial,sans-serif;'
            f'font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold;">{label}</a></td></tr></table>')


def html_page(inner, preheader="", footer=""):
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body style="margin:0;padding:0;background:#f4f5f7;">
<div style="display:none;max-height:0;overflow:hidden;">{preheader}</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f5f7"><tr><td align="center" style="padding:24px 8px;">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#222;">
<tr><td style="padding:28px 32px;">
{inner}
</td></tr></table>
<table width="600" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:16px 32px;font-family:Arial,sans-serif;font-size:11px;color:#888;">{footer}</td></tr></table>
</td></tr></table></body></html>
"""
