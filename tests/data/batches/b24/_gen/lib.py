"""Shared helpers for batch b24 (standard library only; output is deterministic)."""
import datetime as dt
import hashlib
import re
from email import encoders
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

# ---------------------------------------------------------------- the applicant
NAME = "Talia Brennan-Osei"
FIRST = "Talia"
LAST = "Brennan-Osei"
ME = "talia.brennanosei@gmail.com"
SCHOOL_ADDR = "tbrennanosei@quinnipiac.edu"
SCHOOL = "Frank H. Netter MD School of Medicine at Quinnipiac University"
TZNAME = "America/New_York"
AAMCID = "17258093"
PHONE = "(203) 555-0172"

ET = ZoneInfo("America/New_York")
UTC = dt.timezone.utc


def addr(name, a):
    return formataddr((name, a), charset="utf-8")


TO = addr(NAME, ME)


# ---------------------------------------------------------------- time
def d(s):
    x = dt.date.fromisoformat(s)
    return x


def wd(s):
    """a weekday date (asserted)"""
    x = d(s)
    assert x.weekday() < 5, s
    return x


def et(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=ET)


def utc(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=UTC)


def fixed(a):
    return a.replace(tzinfo=dt.timezone(a.utcoffset()))


def plus(a, hours=0, days=0):
    """elapsed time, keeping a's fixed offset"""
    off = a.utcoffset()
    u = a.astimezone(UTC) + dt.timedelta(days=days, hours=hours)
    return u.astimezone(dt.timezone(off))


def iso(a):
    return fixed(a).isoformat()


# ---------------------------------------------------------------- date forms
def W(x):      # Tuesday, December 8, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def Wmd(x):    # Tuesday, December 8
    return f"{x:%A}, {x:%B} {x.day}"


def a3y(x):    # Tue, Dec 8, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def a3(x):     # Tue, Dec 8
    return f"{x:%a}, {x:%b} {x.day}"


def mdy(x):    # December 8, 2026
    return f"{x:%B} {x.day}, {x.year}"


def md(x):     # December 8
    return f"{x:%B} {x.day}"


def bmd(x):    # Dec 8
    return f"{x:%b} {x.day}"


def sl(x, year=True):  # 12/08/2026
    return f"{x.month:02d}/{x.day:02d}" + (f"/{x.year}" if year else "")


def sl_short(x):  # 12/8
    return f"{x.month}/{x.day}"


def hm(t, style="AM"):
    h = t.hour % 12 or 12
    mer = "AM" if t.hour < 12 else "PM"
    if style == "a.m.":
        mer = "a.m." if t.hour < 12 else "p.m."
        return f"{h}:{t.minute:02d} {mer}"
    if style == "am":
        return f"{h}:{t.minute:02d}{mer.lower()}"
    return f"{h}:{t.minute:02d} {mer}"


def tzabbr(a):
    return a.astimezone(ET).tzname()


def outlook_sent(a):   # Monday, November 2, 2026 10:14 AM
    return f"{a:%A}, {a:%B} {a.day}, {a.year} {hm(a)}"


def gmail_on(a, who):
    return f"On {a:%a}, {a:%b} {a.day}, {a.year} at {hm(a).replace(' ', chr(0x202f))} {who} wrote:"


def quote(t):
    out = []
    for line in t.rstrip("\n").split("\n"):
        out.append(">" if not line else (">" + line if line.startswith(">") else "> " + line))
    return "\n".join(out)


# ---------------------------------------------------------------- MIME
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


def ics(lines, filename="invite.ics", method="REQUEST", enc="7bit"):
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


def icsz(a):
    return f"{a.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def icsl(a):
    return f"{a:%Y%m%dT%H%M%S}"


VTZ_ET = ["BEGIN:VTIMEZONE", "TZID:America/New_York",
          "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
          "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
          "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
          "END:VTIMEZONE"]


def event(uid, start, end, summary, location, desc, prodid, method="REQUEST", local=False,
          organizer=None, stamp=None):
    ln = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}"]
    if local:
        ln += VTZ_ET
    ln += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{icsz(stamp or start)}"]
    if local:
        ln += [f"DTSTART;TZID=America/New_York:{icsl(start)}", f"DTEND;TZID=America/New_York:{icsl(end)}"]
    else:
        ln += [f"DTSTART:{icsz(start)}", f"DTEND:{icsz(end)}"]
    ln += [f"SUMMARY:{summary}", f"LOCATION:{location}", "DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,")]
    if organizer:
        ln.append(f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}")
    ln += [f"ATTENDEE;CN=\"{NAME}\";PARTSTAT=ACCEPTED:mailto:{ME}", "STATUS:CONFIRMED", "SEQUENCE:0",
           "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ln


def pdf(filename, title):
    body = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            "endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
            f"% {title}\ntrailer<</Root 1 0 R>>\n%%EOF\n").encode("latin-1")
    p = MIMEBase("application", "pdf", name=filename)
    p.set_payload(body)
    encoders.encode_base64(p)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


# ---------------------------------------------------------------- HTML
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def links(s):
    return re.sub(r"(https://[^\s<)\]]+)", r'<a href="\1" target="_blank">\1</a>', s)


def ptags(t, style=""):
    st = f' style="{style}"' if style else ""
    return "\n".join(f"<p{st}>" + links(esc(b)).replace("\n", "<br>\n") + "</p>"
                     for b in t.strip("\n").split("\n\n"))


def page(inner, style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.45;color:#1f1f1f"):
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n"
            f"<body style=\"{style}\">\n{inner}\n</body>\n</html>\n")


def table(head, rows, style="border-collapse:collapse;font-size:13px"):
    h = "".join(f'<th style="text-align:left;padding:5px 9px;border:1px solid #999;background:#e9edf2">{esc(c)}</th>'
                for c in head) if head else ""
    b = "".join("<tr>" + "".join(f'<td style="padding:5px 9px;border:1px solid #999">{esc(c)}</td>' for c in r)
                + "</tr>" for r in rows)
    return f'<table style="{style}">' + (f"<tr>{h}</tr>" if h else "") + b + "</table>"


def txt_table(head, rows):
    cols = list(zip(*([head] + rows))) if head else list(zip(*rows))
    wds = [max(len(c) for c in col) for col in cols]
    out = []
    if head:
        out.append("  ".join(c.ljust(w) for c, w in zip(head, wds)).rstrip())
        out.append("  ".join("-" * w for w in wds))
    for r in rows:
        out.append("  ".join(c.ljust(w) for c, w in zip(r, wds)).rstrip())
    return "\n".join(out)


def outlook(t, font="Calibri,sans-serif"):
    inner = "\n".join('<p class="MsoNormal">' + links(esc(b)).replace("\n", "<br>\n") + "</p>"
                      for b in t.strip("\n").split("\n\n"))
    return page(f'<div class="WordSection1" style="font-family:{font};font-size:11pt">\n{inner}\n</div>',
                style="")


# ---------------------------------------------------------------- headers, registry
def hv(s):
    return s if s.isascii() else Header(s, "utf-8")


def build(fn, msg, frm, subject, date, to=TO, cc=None, reply_to=None, domain="mail.example.org", extra=()):
    h = hashlib.sha256(("b24:" + fn).encode()).hexdigest()
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"b24_{h[n * 6:n * 6 + 16]}_{n}")
            n += 1
    ct = [(k, v) for k, v in msg.items() if k != "MIME-Version"]
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
    msg["Message-ID"] = f"<{h[:10]}-{h[10:18]}-{h[18:22]}@{domain}>"
    for k, v in extra:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in ct:
        msg[k] = v
    return msg


REG = []


def reg(fn, msg, labels, forms=None):
    REG.append((fn, msg, labels, dict(forms or {})))


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


PEDS = "Pediatrics"
IM = "Internal Medicine"
NEURO = "Neurology"
TY = "Transitional Year"
ANES = "Anesthesiology"
PSYCH = "Psychiatry"
EM = "Emergency Medicine"

# ---------------------------------------------------------------- platforms
THAL = addr("Thalamus", "noreply@thalamusgme.com")
THAL_DOM = "thalamusgme.com"
THAL_APP = "https://app.thalamusgme.com"
ERAS = addr("ERAS Interview Scheduler", "erasinterviewscheduler@aamc.org")
ERAS_MSG = addr("MyERAS", "myeras-noreply@aamc.org")
ERAS_DOM = "aamc.org"
MYERAS = "https://apps.aamc.org/myeras-web/#/interviews"
IB = addr("InterviewBroker", "noreply@interviewbroker.com")
IB_DOM = "interviewbroker.com"
RCAS = addr("ResidencyCAS", "noreply@residencycas.liaisoncas.com")
RCAS_DOM = "liaisoncas.com"


def thal_page(headline, greeting, rows=(), program_note=None, button=None, url=None, tail=None):
    tr = "".join(f'<tr><td style="padding:8px 0;color:#6b7785;font-size:12px;text-transform:uppercase;'
                 f'letter-spacing:.4px;width:170px;vertical-align:top">{esc(a)}</td>'
                 f'<td style="padding:8px 0;font-size:14px">{esc(b).replace(chr(10), "<br>")}</td></tr>'
                 for a, b in rows)
    tb = f'<table cellpadding="0" cellspacing="0" style="width:100%;border-top:1px solid #dde3ea;' \
         f'border-bottom:1px solid #dde3ea;margin:14px 0">{tr}</table>' if rows else ""
    note = ""
    if program_note:
        note = ('<div style="background:#f4f7fa;border-radius:6px;padding:10px 16px;margin:12px 0">'
                '<div style="font-weight:bold;font-size:13px;color:#33495f">Note from the program</div>'
                + ptags(program_note) + "</div>")
    btn = ""
    if button:
        btn = (f'<div style="text-align:center;margin:20px 0"><a href="{url}" style="display:inline-block;'
               f'background:#1b6ef3;color:#fff;padding:11px 26px;border-radius:6px;text-decoration:none;'
               f'font-weight:600">{esc(button)}</a></div>')
    inner = ('<div style="max-width:580px;margin:0 auto;padding:20px;font-family:-apple-system,Segoe UI,Roboto,'
             'Helvetica,Arial,sans-serif;color:#1d2a36">'
             '<div style="font-size:22px;font-weight:700;color:#0b2545;margin-bottom:18px">Thalamus</div>'
             f'<div style="font-size:19px;font-weight:600;margin-bottom:10px">{esc(headline)}</div>'
             + ptags(greeting) + tb + note + btn + (ptags(tail) if tail else "") +
             '<div style="margin-top:24px;font-size:11px;color:#8b97a4">This is an automated message from Thalamus '
             '(ThalamusGME). Replies to this address are not monitored. Questions about your interview should go to '
             'the program. &copy; 2026 Thalamus. <a href="https://thalamusgme.com/privacy-policy/" '
             'style="color:#8b97a4">Privacy</a></div></div>')
    return page(inner, style="margin:0;background:#ffffff")


def thal_text(headline, greeting, rows=(), program_note=None, button=None, url=None, tail=None):
    out = [headline.upper(), "", greeting, ""]
    for a, b in rows:
        if "\n" in b:
            out.append(f"{a}:")
            out += ["  - " + x for x in b.split("\n")]
        else:
            out.append(f"{a}: {b}")
    if rows:
        out.append("")
    if program_note:
        out += ["Note from the program:", program_note, ""]
    if button:
        out += [f"{button}: {url}", ""]
    if tail:
        out += [tail, ""]
    out += ["--", "This is an automated message from Thalamus (ThalamusGME). Replies to this address are not",
            "monitored. Questions about your interview should go to the program."]
    return "\n".join(out) + "\n"


def thal_msg(fn, date, subject, headline, greeting, rows=(), program_note=None, button=None, url=None, tail=None,
             attach=()):
    body = alt(text(thal_text(headline, greeting, rows, program_note, button, url, tail)),
               html(thal_page(headline, greeting, rows, program_note, button, url, tail)))
    msg = mixed(body, *attach) if attach else body
    return build(fn, msg, THAL, subject, date, domain=THAL_DOM)


def eras_page(title, paras_, grid=None, after=None, button=None, url=None):
    g = ""
    if grid:
        g = table(grid[0], grid[1], style="border-collapse:collapse;font-size:13px;margin:10px 0")
    btn = f'<p><a href="{url}" style="color:#ffffff;background:#1a5b8f;padding:7px 14px;text-decoration:none">' \
          f'{esc(button)}</a></p>' if button else ""
    inner = ('<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#1a5b8f;color:#fff;'
             'padding:9px 12px;font:bold 15px Arial,sans-serif">MyERAS&reg; | Electronic Residency Application '
             'Service</td></tr><tr><td style="padding:12px;font:14px Arial,sans-serif">'
             f'<p style="font-size:16px;font-weight:bold">{esc(title)}</p>' + ptags(paras_) + g +
             (ptags(after) if after else "") + btn +
             '<p style="font-size:11px;color:#666;border-top:1px solid #ccc;padding-top:6px">You are receiving this '
             'email because you applied to this program through ERAS. This is an unmonitored mailbox. &copy; 2026 '
             'AAMC. 655 K Street NW, Suite 100, Washington, DC 20001-2399.</p></td></tr></table>')
    return page(inner)


def eras_text(title, paras_, grid=None, after=None, button=None, url=None):
    out = [title, "", paras_.strip("\n"), ""]
    if grid:
        out += [txt_table(grid[0], grid[1]), ""]
    if after:
        out += [after.strip("\n"), ""]
    if button:
        out += [f"{button}: {url}", ""]
    out += ["You are receiving this email because you applied to this program through ERAS.",
            "This is an unmonitored mailbox. (c) 2026 AAMC."]
    return "\n".join(out) + "\n"


def eras_msg(fn, date, subject, title, paras_, grid=None, after=None, button=None, url=None, sender=ERAS):
    msg = alt(text(eras_text(title, paras_, grid, after, button, url)),
              html(eras_page(title, paras_, grid, after, button, url)))
    return build(fn, msg, sender, subject, date, domain=ERAS_DOM)


def ib_page(title, pre, grid=None, button=None, url=None, post=None):
    g = table(grid[0], grid[1], style="border-collapse:collapse;font-size:13px;margin:12px 0;width:100%") \
        if grid else ""
    btn = f'<p style="margin:16px 0"><a href="{url}" style="background:#2e7d32;color:#fff;padding:9px 18px;' \
          f'border-radius:3px;text-decoration:none">{esc(button)}</a></p>' if button else ""
    inner = ('<div style="max-width:620px;font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#2b2b2b">'
             '<div style="border-bottom:3px solid #2e7d32;padding:8px 0;font-size:18px;font-weight:bold;'
             'color:#2e7d32">Interview Broker</div>'
             f'<h3>{esc(title)}</h3>' + ptags(pre) + g + btn + (ptags(post) if post else "") +
             '<p style="font-size:10px;color:#999">Sent by Interview Broker on behalf of the program. Please do not '
             'reply to this automated message.</p></div>')
    return page(inner)


def ib_text(title, pre, grid=None, button=None, url=None, post=None):
    out = [title, "=" * len(title), "", pre.strip("\n"), ""]
    if grid:
        out += [txt_table(grid[0], grid[1]), ""]
    if button:
        out += [f"{button}:", url, ""]
    if post:
        out += [post.strip("\n"), ""]
    out += ["Sent by Interview Broker on behalf of the program. Please do not reply to this automated message."]
    return "\n".join(out) + "\n"


def ib_msg(fn, date, subject, title, pre, grid=None, button=None, url=None, post=None, attach=(), reply_to=None):
    body = alt(text(ib_text(title, pre, grid, button, url, post)), html(ib_page(title, pre, grid, button, url, post)))
    msg = mixed(body, *attach) if attach else body
    return build(fn, msg, IB, subject, date, domain=IB_DOM, reply_to=reply_to)


def mail(fn, frm, subject, date, body, html_body=True, attach=(), domain="mail.example.org", **kw):
    parts = text(body) if not html_body else alt(text(body), html(outlook(body) if html_body is True else html_body))
    msg = mixed(parts, *attach) if attach else parts
    return build(fn, msg, frm, subject, date, domain=domain, **kw)
