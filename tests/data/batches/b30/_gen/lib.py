"""Shared helpers for batch b30 (Python 3.11 standard library only; output is deterministic)."""
import datetime as dt
import hashlib
import re
from email.charset import QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

# ------------------------------------------------------------------ the applicant
NAME = "Tessa Oyelowo-Brandt"
FIRST = "Tessa"
LAST = "Oyelowo-Brandt"
ME = "tessa.oyelowobrandt@gmail.com"
SCHOOL_ME = "toyelowobrandt27@siumed.edu"
TZNAME = "America/Chicago"
AAMC = "15904126"
CASID = "4471902853"
CELL = "(217) 555-0164"
SCHOOL = "Southern Illinois University School of Medicine"

# ------------------------------------------------------------------ zones (key recorded in zones.txt)
CT = ZoneInfo("America/Chicago")
ET = ZoneInfo("America/New_York")
DET = ZoneInfo("America/Detroit")
IN = ZoneInfo("America/Indiana/Indianapolis")
UTC = ZoneInfo("UTC")
ZKEY = {CT: "CT", ET: "ET", DET: "DET", IN: "IN", UTC: "UTC"}

IM, EM, SURG, NEURO, ANES, OBGYN, TY = (
    "Internal Medicine", "Emergency Medicine", "Surgery", "Neurology", "Anesthesiology",
    "Obstetrics and Gynecology", "Transitional Year")

HOLIDAYS = {dt.date(2026, 11, 11), dt.date(2026, 11, 26), dt.date(2026, 11, 27), dt.date(2026, 12, 24),
            dt.date(2026, 12, 25), dt.date(2026, 12, 31), dt.date(2027, 1, 1), dt.date(2027, 1, 18)}


def a(name, addr):
    return formataddr((name, addr))


TO = a(NAME, ME)


# ------------------------------------------------------------------ dates
def d(s):
    return dt.date.fromisoformat(s)


def iv(s):
    """an interview day: a weekday that is not a holiday"""
    x = d(s)
    assert x.weekday() < 5 and x not in HOLIDAYS, s
    return x


def at(z, s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=z)


def plus(t, hours=0, days=0):
    """t + elapsed time, written at t's own UTC offset"""
    off = dt.timezone(t.utcoffset())
    return (t.astimezone(dt.timezone.utc) + dt.timedelta(hours=hours, days=days)).astimezone(off)


def iso(t):
    return t.astimezone(dt.timezone(t.utcoffset())).isoformat()


def W(x):            # Friday, December 4, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def Wn(x):           # Friday, December 4
    return f"{x:%A}, {x:%B} {x.day}"


def w(x):            # Fri, Dec 4, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def wn(x):           # Fri, Dec 4
    return f"{x:%a}, {x:%b} {x.day}"


def md(x):           # December 4
    return f"{x:%B} {x.day}"


def mdy(x):          # December 4, 2026
    return f"{x:%B} {x.day}, {x.year}"


def num(x, year=True, pad=True):
    s = f"{x.month:02d}/{x.day:02d}" if pad else f"{x.month}/{x.day}"
    return s + (f"/{x.year}" if year else "")


def hm(t, style="AM"):
    h = t.hour % 12 or 12
    pm = t.hour >= 12
    if style == "am":
        return f"{h}:{t.minute:02d}{'pm' if pm else 'am'}"
    if style == "a.m.":
        return f"{h}{':%02d' % t.minute if t.minute else ''} {'p.m.' if pm else 'a.m.'}"
    return f"{h}:{t.minute:02d} {'PM' if pm else 'AM'}"


# ------------------------------------------------------------------ replies and forwards
def quote(body):
    return "\n".join(">" if not ln else (">" + ln if ln.startswith(">") else "> " + ln)
                     for ln in body.rstrip("\n").split("\n"))


def gmail_attr(t, who):
    return f"On {t:%a}, {t:%b} {t.day}, {t.year} at {hm(t)} {who} wrote:"


def outlook_block(frm, t, to, subject, cc=None):
    s = ["________________________________", f"From: {frm}",
         f"Sent: {t:%A}, {t:%B} {t.day}, {t.year} {hm(t)}", f"To: {to}"]
    if cc:
        s.append(f"Cc: {cc}")
    s.append(f"Subject: {subject}")
    return "\n".join(s)


# ------------------------------------------------------------------ HTML renderers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def links(s):
    return re.sub(r"(https?://[^\s<>\"]+[^\s<>\".,;)])", r'<a href="\1">\1</a>', s)


def blocks(plain):
    for b in plain.strip("\n").split("\n\n"):
        ls = b.split("\n")
        if all(ln.startswith(("- ", "* ", "\u2022 ")) for ln in ls):
            yield "ul", [ln[2:] for ln in ls]
        elif all(ln.startswith(">") for ln in ls):
            yield "q", [re.sub(r"^>+ ?", "", ln) for ln in ls]
        else:
            yield "p", ls


def frag(plain):
    out = []
    for k, ls in blocks(plain):
        if k == "ul":
            out.append("<ul>" + "".join(f"<li>{links(esc(x))}</li>" for x in ls) + "</ul>")
        elif k == "q":
            out.append('<blockquote style="margin:0 0 0 6px;border-left:2px solid #bbb;padding-left:8px">'
                       + "<br>\n".join(links(esc(x)) for x in ls) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(links(esc(x)) for x in ls) + "</p>")
    return "\n".join(out) + "\n"


def outlook_html(plain, font="Calibri", pt="11.0pt"):
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml">',
         '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
         f'<style><!-- p.MsoNormal, li.MsoNormal {{margin:0in; font-size:{pt}; font-family:"{font}",sans-serif;}} '
         'a:link {color:#0563C1; text-decoration:underline;} --></style></head>',
         '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
         '<div class="WordSection1">']
    for k, ls in blocks(plain):
        if k == "ul":
            h += [f'<p class="MsoListParagraph" style="margin-left:.5in;text-indent:-.25in">'
                  f'<span style="font-family:Symbol">\u00b7</span>&nbsp;&nbsp;&nbsp; {links(esc(x))}</p>' for x in ls]
        elif k == "q":
            h += ['<div style="border:none;border-left:solid #B5C4DF 1.5pt;padding:0in 0in 0in 4.0pt">']
            h += [f'<p class="MsoNormal">{links(esc(x)) or "&nbsp;"}</p>' for x in ls]
            h.append("</div>")
        else:
            h += [f'<p class="MsoNormal">{links(esc(x)) or "&nbsp;"}</p>' for x in ls]
        h.append('<p class="MsoNormal">&nbsp;</p>')
    h.append("</div></body></html>")
    return "\n".join(h) + "\n"


def gmail_html(plain):
    h = ['<div dir="ltr">']
    for k, ls in blocks(plain):
        if k == "ul":
            h.append("<ul>" + "".join(f"<li>{links(esc(x))}</li>" for x in ls) + "</ul>")
        elif k == "q":
            h.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">' + "<br>".join(links(esc(x)) for x in ls) + "</blockquote>")
        else:
            h.append("<div>" + "<br>".join(links(esc(x)) for x in ls) + "</div><div><br></div>")
    h.append("</div>")
    return "\n".join(h) + "\n"


def web_html(plain, font="Arial,Helvetica,sans-serif"):
    return (f'<!DOCTYPE html><html><body style="font-family:{font};font-size:14px;line-height:1.5;color:#222">\n'
            + frag(plain) + "</body></html>\n")


def grid_text(head, rows):
    allr = ([head] if head else []) + rows
    wd = [max(len(r[i]) for r in allr) for i in range(len(allr[0]))]
    out = []
    for j, r in enumerate(allr):
        out.append("  ".join(c.ljust(wd[i]) for i, c in enumerate(r)).rstrip())
        if head and j == 0:
            out.append("  ".join("-" * n for n in wd))
    return "\n".join(out)


def grid_html(head, rows, border="#c9d1db"):
    s = [f'<table cellspacing="0" cellpadding="5" style="border-collapse:collapse;border:1px solid {border}">']
    if head:
        s.append("<tr>" + "".join(f'<th align="left" style="background:#eef1f5;border:1px solid {border}">{esc(c)}</th>'
                                  for c in head) + "</tr>")
    for r in rows:
        s.append("<tr>" + "".join(f'<td style="border:1px solid {border}">{esc(c)}</td>' for c in r) + "</tr>")
    s.append("</table>")
    return "\n".join(s) + "\n"


# ------------------------------------------------------------------ MIME parts
def tpart(s, sub="plain"):
    if s.isascii():
        return MIMEText(s, sub, "us-ascii")
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return MIMEText(s, sub, cs)


def stamp(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


VTZ = {
    "America/Chicago": ["BEGIN:VTIMEZONE", "TZID:America/Chicago", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600",
                        "TZOFFSETTO:-0500", "TZNAME:CDT", "DTSTART:19700308T020000",
                        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD",
                        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST", "DTSTART:19701101T020000",
                        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"],
    "America/New_York": ["BEGIN:VTIMEZONE", "TZID:America/New_York", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500",
                         "TZOFFSETTO:-0400", "TZNAME:EDT", "DTSTART:19700308T020000",
                         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD",
                         "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000",
                         "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"],
}


def icsesc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(lines):
    out = []
    for ln in lines:
        while len(ln) > 73:
            out.append(ln[:73])
            ln = " " + ln[73:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


def ics(filename, uid, start, end, summary, location, description, prodid, made, mode="utc", tzid=None,
        organizer=None, method="REQUEST", url=None, alarm=None):
    """mode 'utc' (Z), 'tzid' (with VTIMEZONE) or 'floating' (no zone at all)"""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if mode == "tzid":
        L += VTZ[tzid]
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp(made)}"]
    if mode == "utc":
        L += [f"DTSTART:{stamp(start)}", f"DTEND:{stamp(end)}"]
    elif mode == "tzid":
        L += [f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}"]
    else:
        L += [f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"]
    L += [f"SUMMARY:{icsesc(summary)}", f"LOCATION:{icsesc(location)}", f"DESCRIPTION:{icsesc(description)}"]
    if url:
        L.append(f"URL:{url}")
    if organizer:
        L.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    L.append(f'ATTENDEE;CN="{NAME}";PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{ME}')
    L += ["STATUS:CONFIRMED", "SEQUENCE:0"]
    if alarm:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", f"TRIGGER:{alarm}", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    p = MIMEText(fold(L), "calendar", "us-ascii")
    p.set_param("method", method)
    p.set_param("name", filename)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


# ------------------------------------------------------------------ registry and emission
REG = []


def H(s):
    return s if s.isascii() else Header(s, "utf-8")


def emit(fn, labels, frm, subject, date, plain, html="outlook", attach=(), to=TO, cc=None, reply_to=None,
         extra=(), domain=None):
    """html: 'outlook' | 'gmail' | 'web' | None (text/plain only) | a ready HTML string"""
    assert fn.startswith("b30-") and fn not in [r[0] for r in REG], fn
    assert date.tzinfo in ZKEY, fn
    if html is None:
        body = tpart(plain)
    else:
        r = {"outlook": outlook_html, "gmail": gmail_html, "web": web_html}.get(html)
        body = MIMEMultipart("alternative")
        body.attach(tpart(plain))
        body.attach(tpart(r(plain) if r else html, "html"))
    if attach:
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        for p in attach:
            outer.attach(p)
        body = outer
    dig = hashlib.sha1(("b30/" + fn).encode()).hexdigest()
    n = 0
    for part in body.walk():
        if part is not body and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"=_b30_{n}_{dig[n * 4:n * 4 + 18]}")
            n += 1
    ctype = [(k, v) for k, v in body.items() if k != "MIME-Version"]
    for k in list(body.keys()):
        del body[k]
    body["From"] = frm
    body["To"] = to
    if cc:
        body["Cc"] = cc
    if reply_to:
        body["Reply-To"] = reply_to
    body["Subject"] = "" if subject is None else H(subject)
    body["Date"] = format_datetime(date.astimezone(dt.timezone(date.utcoffset())))
    dom = domain or re.search(r"@([^>]+)>?$", frm).group(1)
    body["Message-ID"] = f"<{dig[:12]}.{dig[12:20]}@{dom}>"
    for k, v in extra:
        body[k] = H(v)
    body["MIME-Version"] = "1.0"
    for k, v in ctype:
        body[k] = v
    REG.append((fn, body, labels, ZKEY[date.tzinfo]))
    return body


def lab(kind, program=None, platform="email", specialty=None, track=None, fmt=None, dates=None, by=None, url=None):
    r = {"kind": kind}
    if program:
        r["program"] = program
    r["platform"] = platform
    if specialty:
        r["specialty"] = specialty
    if track:
        r["track"] = track
    if fmt:
        r["format"] = fmt
    if dates:
        r["interview_dates"] = [x.isoformat() for x in dates]
    if by is not None:
        r["respond_by"] = iso(by)
    if url:
        r["schedule_url"] = url
    return r


# ------------------------------------------------------------------ platform skins
THAL = a("Thalamus", "noreply@thalamusgme.com")
ERAS_FROM = a("ERAS", "myeras-noreply@aamc.org")
MYERAS_URL = "https://apps.aamc.org/myeras-web/#/interviews"
IB_FROM = a("Interview Broker", "no-reply@interviewbroker.com")
RCAS_FROM = a("ResidencyCAS Interview Portal", "donotreply@liaisoncas.com")
RCAS_URL = "https://interviews.residencycas.com/login"


def thalamus(fn, labels, date, subject, title, lead, rows=(), program_note=None, button=None, url=None,
             foot=None, attach=()):
    t = [title, "", f"Hello {FIRST},", "", lead.strip(), ""]
    for k, v in rows:
        t.append(f"  {k}: {v}")
    if rows:
        t.append("")
    if program_note:
        t += ["Message from the program", "------------------------", program_note.strip(), ""]
    if button:
        t += [f"{button}: {url}", ""]
    if foot:
        t += [foot.strip(), ""]
    t += ["Thalamus | thalamusgme.com",
          "You received this e-mail because a residency program uses Thalamus to manage its interviews.",
          "Please do not reply; this mailbox is not monitored. Questions about an interview go to the program.",
          "Manage notification settings: https://app.thalamusgme.com/settings/notifications"]
    plain = "\n".join(t) + "\n"
    h = ['<!DOCTYPE html><html><body style="margin:0;background:#eef0f7">',
         '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">',
         '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,'
         'sans-serif;font-size:14px;color:#24223a">',
         '<tr><td style="padding:18px 24px;background:#3d2fa8;color:#fff;font-size:20px;font-weight:bold">'
         'thalamus</td></tr><tr><td style="padding:22px 24px">',
         f'<h2 style="font-size:19px;margin:0 0 12px">{esc(title)}</h2>', f"<p>Hello {esc(FIRST)},</p>", frag(lead)]
    if rows:
        h.append('<table cellpadding="5" cellspacing="0" style="font-size:14px;border-left:3px solid #3d2fa8">' +
                 "".join(f'<tr><td style="color:#6b6986;padding-right:16px;vertical-align:top">{esc(k)}</td>'
                         f'<td>{esc(v)}</td></tr>' for k, v in rows) + "</table>")
    if program_note:
        h.append('<div style="margin:18px 0;padding:14px;border:1px solid #e2e0f0;border-radius:6px">'
                 '<div style="font-size:12px;font-weight:bold;color:#6b6986;margin-bottom:8px">MESSAGE FROM THE '
                 'PROGRAM</div>' + frag(program_note) + "</div>")
    if button:
        h.append(f'<p style="margin:24px 0"><a href="{url}" style="background:#3d2fa8;color:#fff;padding:12px 24px;'
                 f'border-radius:22px;text-decoration:none;font-weight:bold">{esc(button)}</a></p>')
    if foot:
        h.append(frag(foot))
    h.append('</td></tr><tr><td style="padding:14px 24px;font-size:11px;color:#8c8aa6;background:#f7f7fb">'
             'Thalamus | thalamusgme.com<br>You received this e-mail because a residency program uses Thalamus to '
             'manage its interviews.<br>Please do not reply; this mailbox is not monitored. Questions about an '
             'interview go to the program.<br><a href="https://app.thalamusgme.com/settings/notifications">Manage '
             'notification settings</a></td></tr></table></td></tr></table></body></html>')
    return emit(fn, labels, THAL, subject, date, plain, "\n".join(h) + "\n", attach=attach,
                domain="thalamusgme.com")


def eras(fn, labels, date, subject, heading, body, grid=None, after=None, portal=True, frm=ERAS_FROM):
    t = ["ERAS(R) | Electronic Residency Application Service", "", heading, "", f"Dear {NAME},", "", body.strip(), ""]
    if grid:
        t += [grid_text(*grid), ""]
    if after:
        t += [after.strip(), ""]
    if portal:
        t += ["Go to MyERAS: " + MYERAS_URL, ""]
    t += ["Please do not reply to this message. This mailbox is not monitored.",
          "AAMC | 655 K Street, NW, Suite 100 | Washington, DC 20001-2399"]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#1d1d1d">',
         '<div style="background:#00305e;color:#fff;padding:10px 14px"><b>ERAS</b>&reg; &nbsp;|&nbsp; Electronic '
         'Residency Application Service</div>', f'<h2 style="color:#00305e;font-size:17px">{esc(heading)}</h2>',
         f"<p>Dear {esc(NAME)},</p>", frag(body)]
    if grid:
        h.append(grid_html(*grid))
    if after:
        h.append(frag(after))
    if portal:
        h.append(f'<p><a href="{MYERAS_URL}">Go to MyERAS</a></p>')
    h.append('<p style="font-size:11px;color:#777;border-top:1px solid #ccc;padding-top:8px">Please do not reply to '
             'this message. This mailbox is not monitored.<br>AAMC | 655 K Street, NW, Suite 100 | Washington, DC '
             '20001-2399</p></body></html>')
    return emit(fn, labels, frm, subject, date, plain, "\n".join(h) + "\n", domain="aamc.org")


def ibroker(fn, labels, date, subject, heading, body, grid=None, url=None, button=None, after=None, reply_to=None,
            attach=()):
    t = ["Interview Broker", "=" * 16, "", heading, "", body.strip(), ""]
    if grid:
        t += [grid_text(*grid), ""]
    if url:
        t += [f"{button}: {url}", ""]
    if after:
        t += [after.strip(), ""]
    t += ["This message was generated by Interview Broker on behalf of the residency program named above.",
          "For questions about the interview, contact the program. www.interviewbroker.com"]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Tahoma,Verdana,sans-serif;font-size:12px;color:#2d2d2d">',
         '<div style="border-bottom:4px solid #0f5c8c;padding:8px 12px;font-size:16px;color:#0f5c8c">'
         '<b>Interview Broker</b></div><div style="padding:12px">',
         f'<h3 style="margin-top:0;color:#0f5c8c">{esc(heading)}</h3>', frag(body)]
    if grid:
        h.append(grid_html(*grid, border="#b7c6d3"))
    if url:
        h.append(f'<p><a href="{url}" style="background:#f08a24;color:#fff;padding:8px 16px;text-decoration:none;'
                 f'border-radius:3px">{esc(button)}</a></p>')
    if after:
        h.append(frag(after))
    h.append('</div><p style="font-size:10px;color:#8a8a8a;padding:0 12px">This message was generated by Interview '
             'Broker on behalf of the residency program named above. For questions about the interview, contact the '
             'program. <a href="https://www.interviewbroker.com">www.interviewbroker.com</a></p></body></html>')
    return emit(fn, labels, IB_FROM, subject, date, plain, "\n".join(h) + "\n", reply_to=reply_to, attach=attach,
                domain="interviewbroker.com")


def rcas(fn, labels, date, subject, program, body, rows=(), button=None, url=RCAS_URL, after=None, reply_to=None,
         frm=RCAS_FROM):
    """ResidencyCAS Interview Portal notice: the program's own text, then the portal footer."""
    t = ["ResidencyCAS | Interview Portal", ""]
    if program:
        t += [program, ""]
    t += [body.strip(), ""]
    for k, v in rows:
        t.append(f"{k}: {v}")
    if rows:
        t.append("")
    if button:
        t += [f"{button}: {url}", ""]
    if after:
        t += [after.strip(), ""]
    t += ["This email was sent through the ResidencyCAS Interview Portal. Your Interview Portal login is separate "
          "from your ResidencyCAS application login.",
          "Liaison International, 311 Arsenal Street, Suite 15, Watertown, MA 02472"]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:\'Segoe UI\',Arial,sans-serif;font-size:14px;color:#1f2a37;background:#f3f5f8">',
         '<div style="max-width:620px;margin:0 auto;background:#fff">',
         '<div style="background:#0b3d63;color:#fff;padding:14px 20px;font-size:15px">ResidencyCAS &nbsp;&middot;&nbsp; '
         'Interview Portal</div><div style="padding:18px 20px">']
    if program:
        h.append(f'<div style="font-size:13px;color:#5a6b7d;margin-bottom:10px">{esc(program)}</div>')
    h.append(frag(body))
    if rows:
        h.append('<table cellpadding="4" style="font-size:14px">' + "".join(
            f'<tr><td style="color:#5a6b7d;padding-right:12px">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in rows)
            + "</table>")
    if button:
        h.append(f'<p style="margin:20px 0"><a href="{url}" style="background:#d9541e;color:#fff;padding:10px 20px;'
                 f'text-decoration:none;border-radius:4px">{esc(button)}</a></p>')
    if after:
        h.append(frag(after))
    h.append('</div><div style="padding:12px 20px;font-size:11px;color:#7b8794;border-top:1px solid #e3e7ed">This '
             'email was sent through the ResidencyCAS Interview Portal. Your Interview Portal login is separate from '
             'your ResidencyCAS application login.<br>Liaison International, 311 Arsenal Street, Suite 15, Watertown, '
             'MA 02472</div></div></body></html>')
    return emit(fn, labels, frm, subject, date, plain, "\n".join(h) + "\n", reply_to=reply_to,
                domain="liaisoncas.com")
