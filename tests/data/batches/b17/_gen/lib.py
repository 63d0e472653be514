"""Helpers for the b17 generator (standard library only)."""
import hashlib
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

DEN = ZoneInfo("America/Denver")
PAC = ZoneInfo("America/Los_Angeles")
AZ = ZoneInfo("America/Phoenix")
ET = ZoneInfo("America/New_York")

APPLICANT_NAME = "Maren Okafor"
APPLICANT_EMAIL = "maren.okafor.match27@gmail.com"
APPLICANT_TO = f"Maren Okafor <{APPLICANT_EMAIL}>"
AAMC_ID = "16204837"


def hd(s):
    """Header date: '2026-10-13 09:14:22 -0600' -> fixed-offset aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rbz(s, tz):
    """Absolute deadline 'YYYY-MM-DD HH:MM' in a named zone -> ISO string with that zone's offset."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    off = d.utcoffset()
    return d.replace(tzinfo=timezone(off)).isoformat()


def rbrel(header, **delta):
    """Relative deadline computed from the Date header in that header's offset."""
    return (hd(header) + timedelta(**delta)).isoformat()


def _d(iso):
    return date.fromisoformat(iso)


def longd(iso):            # Thursday, November 12, 2026
    d = _d(iso); return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def longnoy(iso):          # Thursday, November 12
    d = _d(iso); return f"{d:%A}, {d:%B} {d.day}"


def mdy(iso):              # 11/12/2026
    d = _d(iso); return f"{d.month:02d}/{d.day:02d}/{d.year}"


def md(iso):               # 11/12
    d = _d(iso); return f"{d.month}/{d.day}"


def monday(iso):           # November 12
    d = _d(iso); return f"{d:%B} {d.day}"


def dmy(iso):              # 12 Nov 2026
    d = _d(iso); return f"{d.day} {d:%b} {d.year}"


def abbr(iso):             # Thu, Nov 12
    d = _d(iso); return f"{d:%a}, {d:%b} {d.day}"


def wd(iso):               # Thursday
    return f"{_d(iso):%A}"


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def mon_ord(iso):          # December 1st
    d = _d(iso); return f"{d:%B} {ordinal(d.day)}"


MESSAGES = []


def add(fn, label, frm, subject, date_hdr, text, html=None, cte=None, html_cte=None,
        to=None, cc=None, reply_to=None, headers=None, attachments=None,
        in_reply_to=None, references=None, domain=None):
    MESSAGES.append(dict(fn=fn, label=label, frm=frm, subject=subject, date=date_hdr,
                         text=text, html=html, cte=cte, html_cte=html_cte, to=to, cc=cc,
                         reply_to=reply_to, headers=headers or [], attachments=attachments or [],
                         in_reply_to=in_reply_to, references=references, domain=domain))


def build(spec):
    m = EmailMessage()
    frm = spec["frm"]
    dom = spec["domain"] or frm.split("@")[-1].rstrip(">").strip()
    h = hashlib.sha1(spec["fn"].encode()).hexdigest()
    for k, v in spec["headers"]:
        if k.lower() == "received":
            m[k] = v
    m["Date"] = format_datetime(hd(spec["date"]))
    m["From"] = frm
    m["To"] = spec["to"] or APPLICANT_TO
    if spec["cc"]:
        m["Cc"] = spec["cc"]
    if spec["reply_to"]:
        m["Reply-To"] = spec["reply_to"]
    m["Subject"] = spec["subject"]
    m["Message-ID"] = f"<{h[:12]}.{h[12:24]}@{dom}>"
    if spec["in_reply_to"]:
        m["In-Reply-To"] = spec["in_reply_to"]
        m["References"] = spec["references"] or spec["in_reply_to"]
    for k, v in spec["headers"]:
        if k.lower() != "received":
            m[k] = v
    m["MIME-Version"] = "1.0"
    kw = {}
    if spec["cte"]:
        kw["cte"] = spec["cte"]
    m.set_content(spec["text"], **kw)
    if spec["html"]:
        kw = {"subtype": "html"}
        if spec["html_cte"]:
            kw["cte"] = spec["html_cte"]
        m.add_alternative(spec["html"], **kw)
    for att in spec["attachments"]:
        if att["kind"] == "ics":
            m.add_attachment(att["data"].encode("utf-8"), maintype="text", subtype="calendar",
                             filename=att["filename"], params={"method": att.get("method", "REQUEST"),
                                                               "charset": "utf-8"})
        else:
            m.add_attachment(att["data"], maintype=att["maintype"], subtype=att["subtype"],
                             filename=att["filename"])
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"----=_Part_{int(h[:8], 16) % 900000 + 100000}_{i}.{h[30:40]}")
    return m.as_bytes(policy=DEFAULT_POLICY)


# ---------- HTML templates ----------

def btn(text, url, color="#1f6feb"):
    return (f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0"><tr>'
            f'<td align="center" bgcolor="{color}" style="border-radius:4px">'
            f'<a href="{url}" target="_blank" style="display:inline-block;padding:12px 28px;font-family:Arial,sans-serif;'
            f'font-size:15px;color:#ffffff;text-decoration:none;font-weight:bold">{text}</a></td></tr></table>')


def paras(text):
    out = []
    for p in text.strip().split("\n\n"):
        out.append('<p style="margin:0 0 14px 0;line-height:1.5">' + p.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def thalamus_html(heading, body_html, button=None, footer_note=""):
    b = btn(*button, color="#5a2ca0") if button else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Thalamus</title></head>
<body style="margin:0;padding:0;background:#f3f1f8">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f1f8"><tr><td align="center" style="padding:24px 8px">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222222">
<tr><td style="padding:20px 32px;background:#2d1457"><img src="https://cdn.thalamusgme.com/email/thalamus-logo-white.png" alt="Thalamus" width="140" height="32"></td></tr>
<tr><td style="padding:28px 32px">
<h1 style="font-size:21px;margin:0 0 18px 0;color:#2d1457">{heading}</h1>
{body_html}
{b}
</td></tr>
<tr><td style="padding:18px 32px;background:#faf9fc;font-size:12px;color:#777777;line-height:1.5">
{footer_note}You are receiving this email because you have an active applicant account on Thalamus.<br>
Thalamus &middot; 1 Market Street, Spear Tower, Suite 3600 &middot; San Francisco, CA 94105<br>
<a href="https://thalamusgme.com/privacy-policy/" style="color:#777777">Privacy Policy</a> &middot; <a href="https://app.thalamusgme.com/applicant/settings/notifications" style="color:#777777">Notification settings</a>
</td></tr></table></td></tr></table></body></html>
"""


def thalamus_footer_text():
    return ("\n--\nYou are receiving this email because you have an active applicant account on Thalamus.\n"
            "Thalamus · 1 Market Street, Spear Tower, Suite 3600 · San Francisco, CA 94105\n"
            "Notification settings: https://app.thalamusgme.com/applicant/settings/notifications\n")


def eras_html(heading, body_html, button=None):
    b = btn(*button, color="#00558c") if button else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;background:#ffffff">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="border-bottom:4px solid #00558c;padding:14px 0"><img src="https://www.aamc.org/themes/custom/aamc/logo.png" alt="AAMC" height="40"> <span style="font-size:18px;color:#00558c;font-weight:bold;padding-left:12px">ERAS&reg; &ndash; Electronic Residency Application Service</span></td></tr>
<tr><td style="padding:22px 4px">
<h2 style="font-size:18px;color:#00558c;margin:0 0 14px 0">{heading}</h2>
{body_html}
{b}
<p style="font-size:12px;color:#666666;margin-top:28px">This is an automated message from the ERAS system. Please do not reply to this email. For assistance, contact the ERAS Client Technical Support Center at 202-828-0413 or visit <a href="https://www.aamc.org/services/eras-for-applicants">aamc.org/eras</a>.</p>
<p style="font-size:11px;color:#999999">&copy; 2026 Association of American Medical Colleges &middot; 655 K Street, NW, Suite 100, Washington, DC 20001-2399</p>
</td></tr></table></body></html>
"""


def ib_html(body_html, button=None):
    b = btn(*button, color="#0b8457") if button else ""
    return f"""<html><body style="margin:0;background:#eef2f1">
<div style="max-width:620px;margin:0 auto;background:#ffffff;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#2b2b2b">
<div style="background:#0b8457;padding:16px 24px;color:#ffffff;font-size:20px;font-weight:600">Interview Broker</div>
<div style="padding:24px">
{body_html}
{b}
</div>
<div style="padding:14px 24px;font-size:11px;color:#8a8a8a;border-top:1px solid #e3e3e3">This message was sent by Interview Broker on behalf of the program listed above. Questions about your interview should be directed to the program coordinator. Technical support: support@interviewbroker.com</div>
</div></body></html>
"""


def letter_html(body_html, header_title, header_color="#1f3a5f", sig_html=""):
    return f"""<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1a1a1a">
<div style="border-bottom:3px solid {header_color};padding-bottom:8px;margin-bottom:18px;font-size:14pt;color:{header_color};font-weight:bold">{header_title}</div>
{body_html}
{sig_html}
</body></html>
"""


def table_html(headers, rows):
    th = "".join(f'<th style="border:1px solid #bbbbbb;padding:6px 10px;background:#eeeeee;text-align:left">{h}</th>' for h in headers)
    trs = "".join("<tr>" + "".join(f'<td style="border:1px solid #bbbbbb;padding:6px 10px">{c}</td>' for c in r) + "</tr>" for r in rows)
    return f'<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:10px 0 16px 0;font-size:10.5pt"><tr>{th}</tr>{trs}</table>'


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
