"""Helpers for batch b18 (standard library only)."""
import datetime as dt
import re
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime

POLICY = email.policy.default.clone(linesep="\n")

APPLICANT_NAME = "Nadia Kowalczyk"
APPLICANT_EMAIL = "nadia.kowalczyk.match27@gmail.com"
ME = f"{APPLICANT_NAME} <{APPLICANT_EMAIL}>"
AAMC_ID = "16389214"
TZNAME = "America/Chicago"


def T(y, mo, d, h, mi, s, off):
    """Aware datetime with a fixed UTC offset in hours."""
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))


def D(iso):
    return dt.date.fromisoformat(iso)


def _sfx(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---- date renderings (weekday always derived from the ISO date) ----
def long(iso):      # Friday, December 4, 2026
    d = D(iso); return f"{d:%A}, {d:%B} {d.day}, {d.year}"

def wmd(iso):       # Friday, December 4
    d = D(iso); return f"{d:%A}, {d:%B} {d.day}"

def md(iso):        # December 4
    d = D(iso); return f"{d:%B} {d.day}"

def short(iso):     # Fri, Dec 4
    d = D(iso); return f"{d:%a}, {d:%b} {d.day}"

def shorty(iso):    # Fri, Dec 4, 2026
    d = D(iso); return f"{d:%a}, {d:%b} {d.day}, {d.year}"

def num(iso):       # 12/4/2026
    d = D(iso); return f"{d.month}/{d.day}/{d.year}"

def num2(iso):      # 12/04/2026
    d = D(iso); return f"{d:%m/%d/%Y}"

def mdnum(iso):     # 12/4
    d = D(iso); return f"{d.month}/{d.day}"

def nth(iso):       # Tuesday, the 8th
    d = D(iso); return f"{d:%A}, the {d.day}{_sfx(d.day)}"

def dmy(iso):       # 4 December 2026
    d = D(iso); return f"{d.day} {d:%B} {d.year}"

def wd(iso):
    return D(iso).strftime("%A")

def wda(iso):
    return D(iso).strftime("%a")


# ---- deadlines ----
def plus(date, **kw):
    return (date + dt.timedelta(**kw)).isoformat()


def plus_business_days(date, n):
    d = date
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d.isoformat()


def at(iso, h, mi, off):
    d = D(iso)
    return T(d.year, d.month, d.day, h, mi, 0, off).isoformat()


# ---- message building ----
def build(frm, to, subject, date, msgid, text=None, html=None,
          text_cte="quoted-printable", html_cte="quoted-printable",
          attachments=(), headers=()):
    mm = re.match(r'^([^<"]+?)\s*<([^>]+)>$', frm)
    if mm and "," in mm.group(1):
        frm = f'"{mm.group(1)}" <{mm.group(2)}>'
    m = EmailMessage(policy=POLICY)
    m["From"] = frm
    m["To"] = to
    if subject is not None:
        m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    for fname, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        params = {"method": "REQUEST"} if subtype == "calendar" else {}
        if isinstance(data, str):
            data = data.encode("utf-8")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname, params=params)
    # deterministic MIME boundaries
    import hashlib
    seed = hashlib.sha1(msgid.encode()).hexdigest()[:16]
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"b18_{seed}_{i}")
    return m


def ics(uid, summary, start, end, tzid, location, description="", organizer="", method="REQUEST"):
    """start/end: 'YYYYMMDDTHHMMSS' local times in tzid. CRLF line endings."""
    tzblock = {
        "America/Chicago": ["BEGIN:VTIMEZONE", "TZID:America/Chicago",
                            "BEGIN:STANDARD", "DTSTART:20261101T020000", "TZOFFSETFROM:-0500",
                            "TZOFFSETTO:-0600", "TZNAME:CST", "END:STANDARD",
                            "BEGIN:DAYLIGHT", "DTSTART:20270314T020000", "TZOFFSETFROM:-0600",
                            "TZOFFSETTO:-0500", "TZNAME:CDT", "END:DAYLIGHT", "END:VTIMEZONE"],
        "Central Standard Time": ["BEGIN:VTIMEZONE", "TZID:Central Standard Time",
                                  "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500",
                                  "TZOFFSETTO:-0600", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
                                  "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
                                  "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
                                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
                                  "END:DAYLIGHT", "END:VTIMEZONE"],
    }[tzid]
    lines = ["BEGIN:VCALENDAR", "PRODID:-//b18//generator//EN", "VERSION:2.0", f"METHOD:{method}"]
    lines += tzblock
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY:{summary}",
              f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}",
              "DTSTAMP:20261001T120000Z", f"LOCATION:{location}"]
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    # fold long lines at 74 octets
    out = []
    for ln in lines:
        while len(ln) > 74:
            out.append(ln[:74]); ln = " " + ln[74:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


def gmail_quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def L(kind, program=None, platform="email", specialty=None, track=None, fmt=None,
      dates=None, respond_by=None, url=None):
    lab = {"kind": kind}
    if program: lab["program"] = program
    lab["platform"] = platform
    if specialty: lab["specialty"] = specialty
    if track: lab["track"] = track
    if fmt: lab["format"] = fmt
    if dates: lab["interview_dates"] = list(dates)
    if respond_by: lab["respond_by"] = respond_by
    if url: lab["schedule_url"] = url
    return lab


# ---- platform templates ----
THAL_FROM = "Thalamus <noreply@thalamusgme.com>"
IB_FROM = "Interview Broker <notifications@interviewbroker.com>"
ERAS_FROM = "ERAS Interview Scheduling <noreply-erasscheduler@aamc.org>"
ERAS_PO_FROM = "MyERAS Post Office <myeras-noreply@aamc.org>"

THAL_FOOT_TXT = ("--\nThalamus | Residency & fellowship interview management\n"
                 "You received this email because a program invited you through Thalamus.\n"
                 "Please add noreply@thalamusgme.com to your safe senders list.\n"
                 "Help: https://thalamusgme.zendesk.com")


def thal_html(title, paras, rows=(), button=None, url=None, after=()):
    r = "".join(f'<tr><td style="padding:4px 12px 4px 0;color:#6b7280">{k}</td>'
                f'<td style="padding:4px 0"><b>{v}</b></td></tr>' for k, v in rows)
    p = "".join(f'<p style="margin:0 0 14px">{x}</p>' for x in paras)
    a = "".join(f'<p style="margin:0 0 14px">{x}</p>' for x in after)
    btn = (f'<p style="margin:22px 0"><a href="{url}" style="background:#5b21b6;color:#fff;'
           f'padding:12px 22px;border-radius:6px;text-decoration:none">{button}</a></p>') if button else ""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title></head>
<body style="margin:0;background:#f4f2fb;font-family:Helvetica,Arial,sans-serif;color:#111827">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0;border-radius:8px">
<tr><td style="padding:20px 32px;border-bottom:3px solid #5b21b6">
<img src="https://assets.thalamusgme.com/email/thalamus-logo.png" alt="Thalamus" width="132"></td></tr>
<tr><td style="padding:28px 32px;font-size:15px;line-height:22px">
<h2 style="margin:0 0 18px;font-size:20px">{title}</h2>
{p}<table cellpadding="0" cellspacing="0" style="font-size:14px">{r}</table>
{btn}{a}</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#9ca3af">Thalamus &middot; Residency &amp; fellowship interview management<br>
Please add noreply@thalamusgme.com to your safe senders list.</td></tr>
</table></td></tr></table></body></html>
"""


def ib_html(title, paras, rows=(), button=None, url=None, after=()):
    r = "".join(f"<tr><th align=left style='padding:3px 10px 3px 0'>{k}</th><td>{v}</td></tr>" for k, v in rows)
    p = "".join(f"<p>{x}</p>" for x in paras)
    a = "".join(f"<p>{x}</p>" for x in after)
    btn = (f"<p><a href='{url}' style='display:inline-block;background:#0b6e4f;color:#fff;padding:10px 18px;"
           f"text-decoration:none;border-radius:3px'>{button}</a></p>") if button else ""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
<div style="background:#0b6e4f;color:#fff;padding:10px 16px;font-size:16px">Interview Broker</div>
<div style="padding:16px"><h3>{title}</h3>{p}
<table style="font-size:13px">{r}</table>{btn}{a}
<hr style="border:0;border-top:1px solid #ddd"><p style="font-size:11px;color:#777">This is an automated message from
Interview Broker on behalf of the program listed above. Replies to this address are not monitored.
Questions about your interview should be directed to the program coordinator.</p></div></body></html>
"""
