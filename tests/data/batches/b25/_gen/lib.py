"""Helpers for batch b25 (standard library only, deterministic output)."""
import datetime as dt
import hashlib
import re
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

NAME = "Maren Adeyemi-Kowalski"
FIRST = "Maren"
LAST = "Adeyemi-Kowalski"
ME = "maren.adeyemikowalski@gmail.com"
SCHOOL_ADDR = "madeyemikowalski27@siumed.edu"
SCHOOL = "Southern Illinois University School of Medicine"
TZNAME = "America/Chicago"
AAMCID = "16843027"
PHONE = "(217) 555-0148"

ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
UTC = dt.timezone.utc


def addr(name, a):
    return formataddr((name, a), charset="utf-8")


TO = addr(NAME, ME)


# ------------------------------------------------------------------ time
def wd(s):
    x = dt.date.fromisoformat(s)
    assert x.weekday() < 5, s
    return x


def day(s):
    return dt.date.fromisoformat(s)


def et(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=ET)


def ct(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=CT)


def utc(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=UTC)


def fixed(a):
    return a.replace(tzinfo=dt.timezone(a.utcoffset()))


def plus(a, hours=0, days=0):
    off = a.utcoffset()
    return (a.astimezone(UTC) + dt.timedelta(days=days, hours=hours)).astimezone(dt.timezone(off))


def iso(a):
    return fixed(a).isoformat()


# ------------------------------------------------------------------ written date forms
def W(x):       # Friday, November 13, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def Wmd(x):     # Friday, November 13
    return f"{x:%A}, {x:%B} {x.day}"


def a3y(x):     # Fri, Nov 13, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def a3(x):      # Fri, Nov 13
    return f"{x:%a}, {x:%b} {x.day}"


def mdy(x):     # November 13, 2026
    return f"{x:%B} {x.day}, {x.year}"


def md(x):      # November 13
    return f"{x:%B} {x.day}"


def bmd(x):     # Nov 13
    return f"{x:%b} {x.day}"


def num(x, year=True, pad=True):   # 11/13/2026
    if pad:
        return f"{x.month:02d}/{x.day:02d}" + (f"/{x.year}" if year else "")
    return f"{x.month}/{x.day}" + (f"/{x.year}" if year else "")


def clock(t, style="AM"):
    h = t.hour % 12 or 12
    am = t.hour < 12
    if style == "a.m.":
        return f"{h}:{t.minute:02d} " + ("a.m." if am else "p.m.")
    if style == "am":
        return f"{h}:{t.minute:02d}" + ("am" if am else "pm")
    return f"{h}:{t.minute:02d} " + ("AM" if am else "PM")


def outlook_sent(a):
    return f"{a:%A}, {a:%B} {a.day}, {a.year} {clock(a)}"


def gmail_on(a, who):
    return f"On {a:%a}, {a:%b} {a.day}, {a.year} at {clock(a).replace(' ', chr(0x202f))} {who} wrote:"


def quote(t):
    out = []
    for line in t.rstrip("\n").split("\n"):
        out.append(">" if not line else (">" + line if line.startswith(">") else "> " + line))
    return "\n".join(out)


# ------------------------------------------------------------------ MIME
def text(s, sub="plain", cte="qp"):
    if cte == "7bit":
        assert s.isascii()
        return MIMEText(s, sub, "us-ascii")
    cs = Charset("utf-8")
    cs.body_encoding = QP if cte == "qp" else BASE64
    return MIMEText(s, sub, cs)


def html(s, cte="qp"):
    return text(s, "html", cte)


def multi(kind, *parts):
    m = MIMEMultipart(kind)
    for p in parts:
        m.attach(p)
    return m


def alt(*p):
    return multi("alternative", *p)


def mixed(*p):
    return multi("mixed", *p)


def _fold(line):
    out = []
    while len(line) > 74:
        out.append(line[:74])
        line = " " + line[74:]
    out.append(line)
    return out


def ics_part(lines, filename="invite.ics", method="REQUEST", enc="7bit"):
    body = "\r\n".join(x for ln in lines for x in _fold(ln)) + "\r\n"
    if enc == "b64":
        cs = Charset("utf-8")
        cs.body_encoding = BASE64
        p = MIMEText(body, "calendar", cs)
    else:
        p = MIMEText(body, "calendar", "us-ascii")
    p.set_param("method", method)
    p.set_param("name", filename)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def zstamp(a):
    return f"{a.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def lstamp(a):
    return f"{a:%Y%m%dT%H%M%S}"


VTZ = {
    "America/New_York": ["BEGIN:VTIMEZONE", "TZID:America/New_York",
                         "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                         "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                         "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
                         "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                         "END:VTIMEZONE"],
    "America/Chicago": ["BEGIN:VTIMEZONE", "TZID:America/Chicago",
                        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
                        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                        "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
                        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                        "END:VTIMEZONE"],
}


def vevent(uid, start, end, summary, location, desc, prodid, method="REQUEST", tzid=None, organizer=None,
           stamp=None):
    ln = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        ln += VTZ[tzid]
    ln += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(stamp or start)}"]
    if tzid:
        ln += [f"DTSTART;TZID={tzid}:{lstamp(start)}", f"DTEND;TZID={tzid}:{lstamp(end)}"]
    else:
        ln += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    ln += [f"SUMMARY:{summary}", f"LOCATION:{location}",
           "DESCRIPTION:" + desc.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")]
    if organizer:
        ln.append(f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}")
    ln += [f"ATTENDEE;CN=\"{NAME}\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}", "STATUS:CONFIRMED",
           "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ln


# ------------------------------------------------------------------ HTML
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def linkify(s):
    return re.sub(r"(https://[^\s<)\]]+)", r'<a href="\1">\1</a>', s)


def paras(t, style=""):
    st = f' style="{style}"' if style else ""
    out = []
    for b in t.strip("\n").split("\n\n"):
        lines = b.split("\n")
        if all(x.startswith(("\u2022 ", "- ", "* ")) for x in lines):
            out.append("<ul>" + "".join(f"<li>{linkify(esc(x[2:]))}</li>" for x in lines) + "</ul>")
        else:
            out.append(f"<p{st}>" + linkify(esc(b)).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def page(inner, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n</head>\n'
            f'<body style="{style}">\n{inner}\n</body>\n</html>\n')


def htable(head, rows, style="border-collapse:collapse;font-size:13px;margin:8px 0"):
    th = "".join(f'<th style="border:1px solid #b7b7b7;padding:4px 10px;background:#eef1f4;text-align:left">'
                 f'{esc(c)}</th>' for c in head) if head else ""
    tb = "".join("<tr>" + "".join(f'<td style="border:1px solid #b7b7b7;padding:4px 10px">{esc(c)}</td>'
                                  for c in r) + "</tr>" for r in rows)
    return f'<table style="{style}">' + (f"<tr>{th}</tr>" if th else "") + tb + "</table>"


def ttable(head, rows, sep=" | "):
    allr = ([head] if head else []) + rows
    w = [max(len(r[i]) for r in allr) for i in range(len(allr[0]))]
    out = []
    for j, r in enumerate(allr):
        out.append(sep.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if head and j == 0:
            out.append("-+-".join("-" * x for x in w))
    return "\n".join(out)


def outlook_html(t):
    inner = "\n".join('<p class="MsoNormal" style="margin:0 0 10px 0">' + linkify(esc(b)).replace("\n", "<br>\n")
                      + "</p>" for b in t.strip("\n").split("\n\n"))
    return page(f'<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">\n{inner}\n</div>',
                style="")


# ------------------------------------------------------------------ build / registry
def hv(s):
    return s if s.isascii() else Header(s, "utf-8")


def build(fn, msg, frm, subject, date, to=TO, cc=None, reply_to=None, domain="example.org", extra=()):
    h = hashlib.sha256(("b25/" + fn).encode()).hexdigest()
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"=_b25_{h[n * 5:n * 5 + 18]}_{n}")
            n += 1
    ct_ = [(k, v) for k, v in msg.items() if k != "MIME-Version"]
    for k in list(msg.keys()):
        del msg[k]
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = "" if subject is None else hv(subject)
    msg["Date"] = format_datetime(fixed(date))
    msg["Message-ID"] = f"<{h[:12]}.{h[12:20]}@{domain}>"
    for k, v in extra:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in ct_:
        msg[k] = v
    return msg


REG = []


def reg(fn, msg, labels, forms=None, zone=None):
    REG.append((fn, msg, labels, dict(forms or {}), zone))


def L(kind, program=None, platform="email", specialty=None, track=None, fmt=None, dates=None, respond_by=None,
      url=None):
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


GS = "Surgery"
DR = "Radiology-Diagnostic"
PMR = "Physical Medicine and Rehabilitation"
OB = "Obstetrics and Gynecology"
IM = "Internal Medicine"
FM = "Family Medicine"
TY = "Transitional Year"

# ------------------------------------------------------------------ platforms
THAL = addr("Thalamus", "noreply@thalamusgme.com")
THAL_APP = "https://app.thalamusgme.com"
ERAS = addr("ERAS Interview Scheduler", "erasinterviewscheduler@aamc.org")
ERASPO = addr("MyERAS Post Office", "myeras-noreply@aamc.org")
MYERAS = "https://apps.aamc.org/myeras-web/#/interviews"
IB = addr("Interview Broker", "notifications@interviewbroker.com")
RCAS = addr("ResidencyCAS", "noreply@liaisoncas.com")
RCAS_PORTAL = "https://residencycas.liaisoncas.com/applicant-ux/#/interviews"


def thal_parts(headline, intro, card=(), note=None, button=None, url=None, tail=None):
    # plain
    t = [headline, "", intro.strip(), ""]
    for a, b in card:
        if "\n" in b:
            t.append(f"{a}:")
            t += ["  \u2022 " + x for x in b.split("\n")]
        else:
            t.append(f"{a}: {b}")
    if card:
        t.append("")
    if note:
        t += ["Message from the program", "------------------------", note.strip(), ""]
    if button:
        t += [f"{button} \u2192 {url}", ""]
    if tail:
        t += [tail.strip(), ""]
    t += ["Thalamus | Graduate medical education, simplified.",
          "You received this email because you have an account on Thalamus. This mailbox is not monitored;",
          "please contact the program directly with questions about your interview."]
    plain = "\n".join(t) + "\n"
    # html
    rows = "".join(f'<tr><td style="padding:7px 12px 7px 0;color:#5a6b7b;font-size:12px;vertical-align:top;'
                   f'white-space:nowrap">{esc(a)}</td><td style="padding:7px 0;font-size:14px">'
                   f'{esc(b).replace(chr(10), "<br>")}</td></tr>' for a, b in card)
    h = ['<div style="max-width:600px;margin:0 auto;font-family:Inter,Segoe UI,Helvetica,Arial,sans-serif;'
         'color:#17212b">', '<div style="background:#0e2a47;color:#fff;padding:14px 20px;font-size:20px;'
         'font-weight:700">thalamus</div>', '<div style="padding:18px 20px">',
         f'<h2 style="font-size:19px;margin:0 0 12px 0">{esc(headline)}</h2>', paras(intro)]
    if card:
        h.append(f'<table style="border-top:1px solid #dfe5eb;border-bottom:1px solid #dfe5eb;width:100%;'
                 f'margin:12px 0">{rows}</table>')
    if note:
        h.append('<div style="background:#f3f6f9;border-left:4px solid #3a7bd5;padding:8px 14px;margin:12px 0">'
                 '<div style="font-size:12px;font-weight:700;color:#3a4f63">Message from the program</div>'
                 + paras(note) + "</div>")
    if button:
        h.append(f'<p style="text-align:center;margin:22px 0"><a href="{url}" style="background:#3a7bd5;'
                 f'color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;font-weight:600">'
                 f'{esc(button)}</a></p>')
    if tail:
        h.append(paras(tail))
    h.append('<p style="font-size:11px;color:#8a99a8;border-top:1px solid #e6ebf0;padding-top:10px">Thalamus | '
             'Graduate medical education, simplified.<br>You received this email because you have an account on '
             'Thalamus. This mailbox is not monitored; please contact the program directly with questions about '
             'your interview. <a href="https://thalamusgme.com/privacy-policy/">Privacy policy</a></p></div></div>')
    return plain, page("\n".join(h), style="margin:0;background:#f7f9fb")


def thal_msg(fn, date, subject, headline, intro, card=(), note=None, button=None, url=None, tail=None, attach=()):
    p, h = thal_parts(headline, intro, card, note, button, url, tail)
    body = alt(text(p), html(h))
    return build(fn, mixed(body, *attach) if attach else body, THAL, subject, date, domain="thalamusgme.com")


def eras_parts(title, pre, grid=None, post=None, button=None, url=None):
    t = [title, "", pre.strip(), ""]
    if grid:
        t += [ttable(grid[0], grid[1]), ""]
    if post:
        t += [post.strip(), ""]
    if button:
        t += [f"{button}: {url}", ""]
    t += ["This message was sent to you through the ERAS(R) Interview Scheduler on behalf of the program.",
          "Do not reply to this email. Association of American Medical Colleges, Washington, DC."]
    plain = "\n".join(t) + "\n"
    h = ['<table width="100%" cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:14px">',
         '<tr><td style="background:#00467f;color:#fff;padding:10px 14px;font-weight:bold">AAMC | ERAS&reg; '
         'Interview Scheduler</td></tr><tr><td style="padding:14px">',
         f'<p style="font-size:16px;font-weight:bold;margin-top:0">{esc(title)}</p>', paras(pre)]
    if grid:
        h.append(htable(grid[0], grid[1]))
    if post:
        h.append(paras(post))
    if button:
        h.append(f'<p><a href="{url}" style="background:#00467f;color:#fff;padding:8px 14px;'
                 f'text-decoration:none">{esc(button)}</a></p>')
    h.append('<p style="font-size:11px;color:#666;border-top:1px solid #ccc;padding-top:8px">This message was sent '
             'to you through the ERAS&reg; Interview Scheduler on behalf of the program. Do not reply to this email. '
             'Association of American Medical Colleges, Washington, DC.</p></td></tr></table>')
    return plain, page("\n".join(h))


def eras_msg(fn, date, subject, title, pre, grid=None, post=None, button=None, url=None, sender=ERAS):
    p, h = eras_parts(title, pre, grid, post, button, url)
    return build(fn, alt(text(p), html(h)), sender, subject, date, domain="aamc.org")


def ib_parts(title, pre, grid=None, button=None, url=None, post=None):
    t = [f"*** {title} ***", "", pre.strip(), ""]
    if grid:
        t += [ttable(grid[0], grid[1]), ""]
    if button:
        t += [f"{button}: {url}", ""]
    if post:
        t += [post.strip(), ""]
    t += ["--", "Interview Broker | interviewbroker.com",
          "This automated notice was sent on behalf of the program. Replies go to the program coordinator."]
    plain = "\n".join(t) + "\n"
    h = ['<div style="max-width:640px;font-family:Tahoma,Verdana,sans-serif;font-size:13px;color:#333">',
         '<div style="background:#f2f2f2;border-bottom:2px solid #c0392b;padding:10px;font-size:17px;'
         'color:#c0392b;font-weight:bold">Interview Broker</div>', f'<h3 style="margin:14px 0 8px">{esc(title)}</h3>',
         paras(pre)]
    if grid:
        h.append(htable(grid[0], grid[1], style="border-collapse:collapse;font-size:12px;margin:10px 0;width:100%"))
    if button:
        h.append(f'<p><a href="{url}" style="background:#c0392b;color:#fff;padding:8px 16px;text-decoration:none;'
                 f'border-radius:2px">{esc(button)}</a></p>')
    if post:
        h.append(paras(post))
    h.append('<p style="font-size:10px;color:#999">Interview Broker | interviewbroker.com &mdash; This automated '
             'notice was sent on behalf of the program. Replies go to the program coordinator.</p></div>')
    return plain, page("\n".join(h))


def ib_msg(fn, date, subject, title, pre, grid=None, button=None, url=None, post=None, reply_to=None, attach=()):
    p, h = ib_parts(title, pre, grid, button, url, post)
    body = alt(text(p), html(h))
    return build(fn, mixed(body, *attach) if attach else body, IB, subject, date, domain="interviewbroker.com",
                 reply_to=reply_to)


def rcas_parts(heading, body, button=None, url=None):
    t = [heading, "", body.strip(), ""]
    if button:
        t += [f"{button}: {url}", ""]
    t += ["ResidencyCAS | Powered by Liaison International",
          "311 Arsenal Street, Watertown, MA 02472. Please do not reply to this message."]
    plain = "\n".join(t) + "\n"
    h = ['<div style="max-width:600px;font-family:Open Sans,Arial,sans-serif;font-size:14px;color:#2d2d2d">',
         '<div style="padding:12px 16px;background:#4b2e83;color:#fff;font-size:18px">ResidencyCAS</div>',
         f'<div style="padding:16px"><h3 style="margin-top:0">{esc(heading)}</h3>', paras(body)]
    if button:
        h.append(f'<p><a href="{url}" style="background:#4b2e83;color:#fff;padding:9px 18px;text-decoration:none;'
                 f'border-radius:3px">{esc(button)}</a></p>')
    h.append('<p style="font-size:11px;color:#888">ResidencyCAS | Powered by Liaison International<br>311 Arsenal '
             'Street, Watertown, MA 02472. Please do not reply to this message.</p></div></div>')
    return plain, page("\n".join(h))


def rcas_msg(fn, date, subject, heading, body, button=None, url=None):
    p, h = rcas_parts(heading, body, button, url)
    return build(fn, alt(text(p), html(h)), RCAS, subject, date, domain="liaisoncas.com")


def mail(fn, frm, subject, date, body, html_body=True, attach=(), domain="example.org", **kw):
    if html_body is True:
        parts = alt(text(body), html(outlook_html(body)))
    elif html_body:
        parts = alt(text(body), html(html_body))
    else:
        parts = text(body)
    msg = mixed(parts, *attach) if attach else parts
    return build(fn, msg, frm, subject, date, domain=domain, **kw)
