"""Shared helpers for batch b29 (Python 3.11 standard library only; output is deterministic)."""
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
NAME = "Kalena Ostrowski-Reyes"
FIRST = "Kalena"
LAST = "Ostrowski-Reyes"
ME = "kalena.ostrowskireyes@gmail.com"
SCHOOL_ME = "kalena.ostrowski-reyes@wsu.edu"
TZNAME = "America/Los_Angeles"
AAMC = "17250938"
CELL = "(509) 555-0182"
SCHOOL = "Washington State University Elson S. Floyd College of Medicine"

# ------------------------------------------------------------------ zones (key -> zone); zones.txt records the key
PT = ZoneInfo("America/Los_Angeles")
HT = ZoneInfo("Pacific/Honolulu")
AKT = ZoneInfo("America/Anchorage")
MT = ZoneInfo("America/Boise")
ET = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
ZKEY = {PT: "PT", HT: "HT", AKT: "AKT", MT: "MT", ET: "ET", UTC: "UTC"}

PEDS, FM, PATH, PSY, RADONC, IM, SURG, TY, CNEURO = (
    "Pediatrics", "Family Medicine", "Pathology-Anatomic and Clinical", "Psychiatry", "Radiation Oncology",
    "Internal Medicine", "Surgery", "Transitional Year", "Child Neurology")

HOLIDAYS = {dt.date(2026, 11, 11), dt.date(2026, 11, 26), dt.date(2026, 11, 27), dt.date(2026, 12, 24),
            dt.date(2026, 12, 25), dt.date(2026, 12, 31), dt.date(2027, 1, 1), dt.date(2027, 1, 18)}


def a(name, addr):
    return formataddr((name, addr))


TO = a(NAME, ME)


# ------------------------------------------------------------------ dates
def d(s):
    return dt.date.fromisoformat(s)


def iv(s):
    """an interview day: must be a weekday and not a holiday"""
    x = d(s)
    assert x.weekday() < 5 and x not in HOLIDAYS, s
    return x


def at(z, s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=z)


def plus(t, hours=0, days=0):
    """t + elapsed time, expressed at t's own UTC offset"""
    off = dt.timezone(t.utcoffset())
    return (t.astimezone(dt.timezone.utc) + dt.timedelta(hours=hours, days=days)).astimezone(off)


def iso(t):
    return t.astimezone(dt.timezone(t.utcoffset())).isoformat()


def W(x):            # Thursday, December 10, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def Wn(x):           # Thursday, December 10
    return f"{x:%A}, {x:%B} {x.day}"


def w(x):            # Thu, Dec 10, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def wn(x):           # Thu, Dec 10
    return f"{x:%a}, {x:%b} {x.day}"


def md(x):           # December 10
    return f"{x:%B} {x.day}"


def mdy(x):          # December 10, 2026
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


# ------------------------------------------------------------------ reply helpers
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


# ------------------------------------------------------------------ HTML
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
    """paragraph HTML without a page wrapper"""
    out = []
    for k, ls in blocks(plain):
        if k == "ul":
            out.append("<ul>" + "".join(f"<li>{links(esc(x))}</li>" for x in ls) + "</ul>")
        elif k == "q":
            out.append('<blockquote style="margin:0 0 0 6px;border-left:2px solid #c8c8c8;padding-left:8px;'
                       'color:#555">' + "<br>\n".join(links(esc(x)) for x in ls) + "</blockquote>")
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


def web_html(plain, font="Helvetica,Arial,sans-serif"):
    return (f'<!DOCTYPE html><html><body style="font-family:{font};font-size:14px;line-height:1.45;color:#1f1f1f">\n'
            + frag(plain) + "</body></html>\n")


def grid_text(head, rows):
    allr = ([head] if head else []) + rows
    wd = [max(len(r[i]) for r in allr) for i in range(len(allr[0]))]
    out = []
    for j, r in enumerate(allr):
        out.append("  ".join(c.ljust(wd[i]) for i, c in enumerate(r)).rstrip())
        if head and j == 0:
            out.append("  ".join("=" * n for n in wd))
    return "\n".join(out)


def grid_html(head, rows, border="#cfd6df"):
    s = [f'<table cellspacing="0" cellpadding="6" style="border-collapse:collapse;border:1px solid {border}">']
    if head:
        s.append("<tr>" + "".join(f'<th align="left" style="background:#f2f4f7;border:1px solid {border}">{esc(c)}</th>'
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


LA_VTZ = ["BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800",
          "TZOFFSETTO:-0700", "TZNAME:PDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
          "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
          "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"]


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


def ics(filename, uid, start, end, summary, location, description, prodid, made, mode="utc", organizer=None,
        method="REQUEST", url=None, alarm=None):
    """mode 'utc' (Z), 'tzid' (America/Los_Angeles with VTIMEZONE) or 'floating' (no zone at all)"""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if mode == "tzid":
        L += LA_VTZ
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp(made)}"]
    if mode == "utc":
        L += [f"DTSTART:{stamp(start)}", f"DTEND:{stamp(end)}"]
    elif mode == "tzid":
        L += [f"DTSTART;TZID=America/Los_Angeles:{start:%Y%m%dT%H%M%S}",
              f"DTEND;TZID=America/Los_Angeles:{end:%Y%m%dT%H%M%S}"]
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
    assert fn.startswith("b29-") and fn not in [r[0] for r in REG], fn
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
    dig = hashlib.sha1(("b29/" + fn).encode()).hexdigest()
    n = 0
    for part in body.walk():
        if part is not body and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"_{n:03d}_{dig[n * 5:n * 5 + 16]}_")
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
    body["Message-ID"] = f"<{dig[:10]}-{dig[10:22]}@{dom}>"
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
ERAS_FROM = a("ERAS Interview Scheduling", "myeras-noreply@aamc.org")
MYERAS_URL = "https://apps.aamc.org/myeras-web/#/interviews"
IB_FROM = a("Interview Broker", "no-reply@interviewbroker.com")


def thalamus(fn, labels, date, subject, title, lead, rows=(), program_note=None, button=None, url=None,
             foot=None, attach=()):
    t = [title, "", f"Hi {FIRST},", "", lead.strip(), ""]
    for k, v in rows:
        t.append(f"{k}: {v}")
    if rows:
        t.append("")
    if program_note:
        t += ["A note from the program:", "", program_note.strip(), ""]
    if button:
        t += [f"{button}: {url}", ""]
    if foot:
        t += [foot.strip(), ""]
    t += ["--", "Thalamus \u00b7 GME interview scheduling", "This is an automated message sent on behalf of the "
          "program named above. Replies to this address are not read.",
          "Add noreply@thalamusgme.com to your contacts so program messages are not filtered.",
          "Help center: https://help.thalamusgme.com"]
    plain = "\n".join(t) + "\n"
    h = ['<!DOCTYPE html><html><body style="margin:0;padding:0;background:#f4f2fb">',
         '<div style="max-width:580px;margin:0 auto;background:#fff;font-family:Arial,Helvetica,sans-serif;'
         'font-size:14px;color:#2a2740">',
         '<div style="padding:16px 22px;border-bottom:3px solid #5b3fd6;font-weight:bold;font-size:18px;'
         'color:#5b3fd6">Thalamus</div><div style="padding:20px 22px">',
         f'<h1 style="font-size:18px;margin:0 0 14px">{esc(title)}</h1>', f"<p>Hi {esc(FIRST)},</p>", frag(lead)]
    if rows:
        h.append('<table cellpadding="4" cellspacing="0" style="font-size:14px">' + "".join(
            f'<tr><td style="color:#6c6887;padding-right:14px;vertical-align:top">{esc(k)}</td><td>{esc(v)}</td></tr>'
            for k, v in rows) + "</table>")
    if program_note:
        h.append('<div style="margin:16px 0;padding:12px 14px;background:#f7f6fd;border-radius:6px">'
                 '<div style="font-size:12px;text-transform:uppercase;color:#6c6887;margin-bottom:6px">A note from '
                 'the program</div>' + frag(program_note) + "</div>")
    if button:
        h.append(f'<p style="margin:22px 0"><a href="{url}" style="background:#5b3fd6;color:#fff;padding:11px 22px;'
                 f'border-radius:4px;text-decoration:none;font-weight:bold">{esc(button)}</a></p>')
    if foot:
        h.append(frag(foot))
    h.append('</div><div style="padding:14px 22px;font-size:11px;color:#8a86a3;border-top:1px solid #ebe9f4">'
             'Thalamus &middot; GME interview scheduling<br>This is an automated message sent on behalf of the program '
             'named above. Replies to this address are not read.<br>Add noreply@thalamusgme.com to your contacts so '
             'program messages are not filtered. <a href="https://help.thalamusgme.com">Help center</a></div>'
             "</div></body></html>")
    return emit(fn, labels, THAL, subject, date, plain, "\n".join(h) + "\n", attach=attach,
                domain="mail.thalamusgme.com")


def eras(fn, labels, date, subject, heading, body, grid=None, after=None, portal=True, frm=ERAS_FROM):
    t = ["AAMC ERAS(R)", "", heading, "", f"Dear {NAME},", "", body.strip(), ""]
    if grid:
        t += [grid_text(*grid), ""]
    if after:
        t += [after.strip(), ""]
    if portal:
        t += ["Sign in to MyERAS to respond: " + MYERAS_URL, ""]
    t += ["This message was sent from an unmonitored mailbox. Please do not reply.",
          "Association of American Medical Colleges, 655 K Street, NW, Suite 100, Washington, DC 20001-2399"]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">',
         '<table width="100%" cellpadding="10" style="background:#003a70;color:#fff"><tr><td>'
         '<b>AAMC</b> | ERAS&reg;</td></tr></table>', f'<h2 style="color:#003a70;font-size:16px">{esc(heading)}</h2>',
         f"<p>Dear {esc(NAME)},</p>", frag(body)]
    if grid:
        h.append(grid_html(*grid))
    if after:
        h.append(frag(after))
    if portal:
        h.append(f'<p><a href="{MYERAS_URL}">Sign in to MyERAS</a> to respond.</p>')
    h.append('<p style="font-size:11px;color:#777;border-top:1px solid #ccc;padding-top:8px">This message was sent '
             'from an unmonitored mailbox. Please do not reply.<br>Association of American Medical Colleges, 655 K '
             'Street, NW, Suite 100, Washington, DC 20001-2399</p></body></html>')
    return emit(fn, labels, frm, subject, date, plain, "\n".join(h) + "\n", domain="aamc.org")


def ibroker(fn, labels, date, subject, heading, body, grid=None, url=None, button=None, after=None, reply_to=None,
            attach=()):
    t = ["INTERVIEW BROKER", "", heading, "", body.strip(), ""]
    if grid:
        t += [grid_text(*grid), ""]
    if url:
        t += [f"{button} >> {url}", ""]
    if after:
        t += [after.strip(), ""]
    t += ["You are receiving this e-mail because a residency program invited you through Interview Broker.",
          "Questions about the interview itself should go to the program. https://www.interviewbroker.com"]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:12px;color:#333;background:#fafafa">',
         '<div style="background:#1b365d;color:#fff;padding:10px 14px;letter-spacing:1px">INTERVIEW BROKER</div>',
         '<div style="padding:14px;background:#fff">', f'<h3 style="color:#1b365d;margin-top:0">{esc(heading)}</h3>',
         frag(body)]
    if grid:
        h.append(grid_html(*grid, border="#b9c3cf"))
    if url:
        h.append(f'<p><a href="{url}" style="background:#e07b22;color:#fff;padding:8px 14px;text-decoration:none">'
                 f'{esc(button)}</a></p>')
    if after:
        h.append(frag(after))
    h.append('</div><p style="font-size:10px;color:#888;padding:0 14px">You are receiving this e-mail because a '
             'residency program invited you through Interview Broker. Questions about the interview itself should go '
             'to the program. <a href="https://www.interviewbroker.com">interviewbroker.com</a></p></body></html>')
    return emit(fn, labels, IB_FROM, subject, date, plain, "\n".join(h) + "\n", reply_to=reply_to, attach=attach,
                domain="interviewbroker.com")
