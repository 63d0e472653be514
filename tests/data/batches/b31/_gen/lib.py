"""Helpers for batch b31 (Python 3.11 standard library only; deterministic output)."""
import datetime as dt
import hashlib
import re
from email.charset import QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

NAME = "Noor Castellanos-Whitby"
FIRST = "Noor"
LAST = "Castellanos-Whitby"
ME = "noor.castellanoswhitby@gmail.com"
SCHOOL_ME = "castellanoswhitbyn@amc.edu"
TZNAME = "America/New_York"
AAMC = "16288405"
CELL = "(518) 555-0147"
SCHOOL = "Albany Medical College"

ET = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
ZKEY = {ET: "ET", UTC: "UTC"}

PSY, PEDS, DERM, PMR, NEURO, FM, IM, SURG, TY = (
    "Psychiatry", "Pediatrics", "Dermatology", "Physical Medicine and Rehabilitation", "Neurology",
    "Family Medicine", "Internal Medicine", "Surgery", "Transitional Year")

HOLIDAYS = {dt.date(2026, 11, 26), dt.date(2026, 11, 27), dt.date(2026, 12, 24), dt.date(2026, 12, 25),
            dt.date(2026, 12, 31), dt.date(2027, 1, 1), dt.date(2027, 1, 18)}


def a(name, addr):
    return formataddr((name, addr))


TO = a(NAME, ME)


def d(s):
    return dt.date.fromisoformat(s)


def iv(s):
    x = d(s)
    assert x.weekday() < 5 and x not in HOLIDAYS, s
    return x


def at(z, s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=z)


def plus(t, hours=0, days=0):
    off = dt.timezone(t.utcoffset())
    return (t.astimezone(dt.timezone.utc) + dt.timedelta(hours=hours, days=days)).astimezone(off)


def iso(t):
    return t.astimezone(dt.timezone(t.utcoffset())).isoformat()


def W(x):
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def Wn(x):
    return f"{x:%A}, {x:%B} {x.day}"


def w(x):
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def wn(x):
    return f"{x:%a}, {x:%b} {x.day}"


def md(x):
    return f"{x:%B} {x.day}"


def mdy(x):
    return f"{x:%B} {x.day}, {x.year}"


def num(x, year=True, pad=True):
    s = f"{x.month:02d}/{x.day:02d}" if pad else f"{x.month}/{x.day}"
    return s + (f"/{x.year}" if year else "")


def hm(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'PM' if t.hour >= 12 else 'AM'}"


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
         f'<style><!-- p.MsoNormal {{margin:0in; font-size:{pt}; font-family:"{font}",sans-serif;}} --></style></head>',
         '<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
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


def web_html(plain, font="Verdana,Arial,sans-serif"):
    return (f'<!DOCTYPE html><html><body style="font-family:{font};font-size:14px;color:#222">\n'
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


def grid_html(head, rows, border="#c6ccd6"):
    s = [f'<table cellspacing="0" cellpadding="5" style="border-collapse:collapse;border:1px solid {border}">']
    if head:
        s.append("<tr>" + "".join(f'<th align="left" style="border:1px solid {border}">{esc(c)}</th>'
                                  for c in head) + "</tr>")
    for r in rows:
        s.append("<tr>" + "".join(f'<td style="border:1px solid {border}">{esc(c)}</td>' for c in r) + "</tr>")
    s.append("</table>")
    return "\n".join(s) + "\n"


def tpart(s, sub="plain"):
    if s.isascii():
        return MIMEText(s, sub, "us-ascii")
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return MIMEText(s, sub, cs)


def stamp(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


VTZ_NY = ["BEGIN:VTIMEZONE", "TZID:America/New_York", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500",
          "TZOFFSETTO:-0400", "TZNAME:EDT", "DTSTART:19700308T020000",
          "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD",
          "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000",
          "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"]


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


def ics(filename, uid, start, end, summary, location, description, prodid, made, mode="utc",
        organizer=None, method="REQUEST", alarm=None):
    """mode 'utc' (Z), 'tzid' (America/New_York with VTIMEZONE) or 'floating'"""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if mode == "tzid":
        L += VTZ_NY
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp(made)}"]
    if mode == "utc":
        L += [f"DTSTART:{stamp(start)}", f"DTEND:{stamp(end)}"]
    elif mode == "tzid":
        L += [f"DTSTART;TZID=America/New_York:{start:%Y%m%dT%H%M%S}",
              f"DTEND;TZID=America/New_York:{end:%Y%m%dT%H%M%S}"]
    else:
        L += [f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"]
    L += [f"SUMMARY:{icsesc(summary)}", f"LOCATION:{icsesc(location)}", f"DESCRIPTION:{icsesc(description)}"]
    if organizer:
        L.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    L.append(f'ATTENDEE;CN="{NAME}";PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{ME}')
    L += ["STATUS:CONFIRMED", "SEQUENCE:0"]
    if alarm:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Interview reminder", f"TRIGGER:{alarm}", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    p = MIMEText(fold(L), "calendar", "us-ascii")
    p.set_param("method", method)
    p.set_param("name", filename)
    p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


REG = []


def H(s):
    return s if s.isascii() else Header(s, "utf-8")


def emit(fn, labels, frm, subject, date, plain, html="outlook", attach=(), to=TO, cc=None, reply_to=None,
         extra=(), domain=None):
    assert fn.startswith("b31-") and fn not in [r[0] for r in REG], fn
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
    dig = hashlib.sha1(("b31/" + fn).encode()).hexdigest()
    n = 0
    for part in body.walk():
        if part is not body and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"--b31{n}_{dig[n * 4:n * 4 + 20]}")
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
    body["Message-ID"] = f"<{dig[:14]}.{dig[14:22]}@{dom}>"
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


# ------------------------------------------------------------------ platform skins (own wording)
THAL = a("Thalamus", "noreply@thalamusgme.com")
ERAS_FROM = a("ERAS Notifications", "erasnotifications@aamc.org")
MYERAS_URL = "https://apps.aamc.org/myeras-web/#/interviews"
IB_FROM = a("Interview Broker", "notifications@interviewbroker.com")


def thalamus(fn, labels, date, subject, title, lead, rows=(), note=None, button=None, url=None, foot=None,
             attach=()):
    t = [title, "", f"Hi {FIRST},", "", lead.strip(), ""]
    for k, v in rows:
        t.append(f"{k}: {v}")
    if rows:
        t.append("")
    if note:
        t += ["A note from the program:", "", note.strip(), ""]
    if button:
        t += [f"{button} \u2192 {url}", ""]
    if foot:
        t += [foot.strip(), ""]
    t += ["\u2014", "Thalamus \u00b7 GME interview management",
          "This is an automated message sent on behalf of a residency program. Replies to this address are not read;",
          "contact the program directly with questions. Update e-mail preferences: https://app.thalamusgme.com/account"]
    plain = "\n".join(t) + "\n"
    h = ['<!DOCTYPE html><html><body style="margin:0;background:#f2f1f9;font-family:Helvetica,Arial,sans-serif">',
         '<div style="max-width:580px;margin:0 auto;background:#fff">',
         '<div style="padding:16px 22px;background:#2f2a8f;color:#fff;font-size:18px;letter-spacing:1px">THALAMUS</div>',
         '<div style="padding:20px 22px;font-size:14px;color:#24223a">',
         f'<h2 style="font-size:18px;margin:0 0 10px">{esc(title)}</h2>', f"<p>Hi {esc(FIRST)},</p>", frag(lead)]
    if rows:
        h.append('<table cellpadding="4" style="font-size:14px">' + "".join(
            f'<tr><td style="color:#6d6a8c;padding-right:14px">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in rows)
            + "</table>")
    if note:
        h.append('<div style="margin:16px 0;padding:12px;background:#f7f6fc;border-radius:6px">'
                 '<div style="font-size:12px;color:#6d6a8c;margin-bottom:6px">A note from the program:</div>'
                 + frag(note) + "</div>")
    if button:
        h.append(f'<p style="margin:22px 0"><a href="{url}" style="background:#2f2a8f;color:#fff;padding:11px 22px;'
                 f'border-radius:20px;text-decoration:none">{esc(button)}</a></p>')
    if foot:
        h.append(frag(foot))
    h.append('</div><div style="padding:12px 22px;font-size:11px;color:#8d8aa8">Thalamus &middot; GME interview '
             'management<br>This is an automated message sent on behalf of a residency program. Replies to this '
             'address are not read; contact the program directly with questions. <a href="https://app.thalamusgme.com/'
             'account">Update e-mail preferences</a></div></div></body></html>')
    return emit(fn, labels, THAL, subject, date, plain, "\n".join(h) + "\n", attach=attach, domain="thalamusgme.com")


def eras(fn, labels, date, subject, heading, body, grid=None, after=None, portal=True):
    t = ["Electronic Residency Application Service (ERAS\u00ae)", "", heading, "", f"Dear {NAME},", "",
         body.strip(), ""]
    if grid:
        t += [grid_text(*grid), ""]
    if after:
        t += [after.strip(), ""]
    if portal:
        t += ["Sign in to MyERAS: " + MYERAS_URL, ""]
    t += ["This is an automated notification. Replies to this address are not monitored.",
          "Association of American Medical Colleges, 655 K Street, NW, Suite 100, Washington, DC 20001-2399"]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#1b1b1b">',
         '<div style="background:#003a70;color:#fff;padding:10px 14px">Electronic Residency Application Service '
         '(ERAS&reg;)</div>', f'<h3 style="color:#003a70">{esc(heading)}</h3>',
         f"<p>Dear {esc(NAME)},</p>", frag(body)]
    if grid:
        h.append(grid_html(*grid))
    if after:
        h.append(frag(after))
    if portal:
        h.append(f'<p><a href="{MYERAS_URL}">Sign in to MyERAS</a></p>')
    h.append('<p style="font-size:11px;color:#777">This is an automated notification. Replies to this address are '
             'not monitored.<br>Association of American Medical Colleges, 655 K Street, NW, Suite 100, Washington, '
             'DC 20001-2399</p></body></html>')
    return emit(fn, labels, ERAS_FROM, subject, date, plain, "\n".join(h) + "\n", domain="aamc.org")


def ibroker(fn, labels, date, subject, heading, body, grid=None, url=None, button=None, after=None, reply_to=None,
            attach=()):
    t = ["INTERVIEW BROKER", "", heading, "-" * len(heading), "", body.strip(), ""]
    if grid:
        t += [grid_text(*grid), ""]
    if url:
        t += [f"{button}:", url, ""]
    if after:
        t += [after.strip(), ""]
    t += ["Sent by Interview Broker for the program listed above. Please direct questions to the program.",
          "https://www.interviewbroker.com"]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Tahoma,Verdana,sans-serif;font-size:12px;color:#2b2b2b">',
         '<div style="background:#12507a;color:#fff;padding:8px 12px;font-size:15px">INTERVIEW BROKER</div>'
         '<div style="padding:12px">', f'<h3 style="color:#12507a">{esc(heading)}</h3>', frag(body)]
    if grid:
        h.append(grid_html(*grid))
    if url:
        h.append(f'<p><a href="{url}" style="background:#e07b1a;color:#fff;padding:8px 14px;text-decoration:none">'
                 f'{esc(button)}</a></p>')
    if after:
        h.append(frag(after))
    h.append('</div><p style="font-size:10px;color:#888;padding:0 12px">Sent by Interview Broker for the program '
             'listed above. Please direct questions to the program. <a href="https://www.interviewbroker.com">'
             'https://www.interviewbroker.com</a></p></body></html>')
    return emit(fn, labels, IB_FROM, subject, date, plain, "\n".join(h) + "\n", reply_to=reply_to, attach=attach,
                domain="interviewbroker.com")
