"""Helpers for batch b27 (standard library only, deterministic output)."""
import datetime as dt
import hashlib
import re
from email.charset import Charset, QP
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

NAME = "Maren Adeyemi-Ferraro"
FIRST = "Maren"
ME = "maren.adeyemiferraro@gmail.com"
SCHOOL_ME = "maren.adeyemi-ferraro@temple.edu"
TZNAME = "America/New_York"
AAMC = "16204473"
CELL = "(215) 555-0147"
SCHOOL = "Lewis Katz School of Medicine at Temple University"

ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
UTC = ZoneInfo("UTC")
ZNAME = {ET: "ET", CT: "CT", UTC: "UTC"}

ANES, DR, SURG, OBGYN, IM, NEU, TY = ("Anesthesiology", "Radiology-Diagnostic", "Surgery",
                                      "Obstetrics and Gynecology", "Internal Medicine", "Neurology",
                                      "Transitional Year")


def a(name, addr):
    return formataddr((name, addr))


TO = a(NAME, ME)
UNDISCLOSED_RECIPIENTS = "undisclosed-recipients:;"


# ------------------------------------------------------------------ dates and their spellings
def d(s):
    return dt.date.fromisoformat(s)


def iv(s):
    x = d(s)
    assert x.weekday() < 5, f"interview day on a weekend: {s}"
    assert x not in HOLIDAYS, f"interview day on a holiday: {s}"
    return x


HOLIDAYS = {d("2026-11-26"), d("2026-11-27"), d("2026-12-24"), d("2026-12-25"), d("2026-12-31"),
            d("2027-01-01"), d("2027-01-18")}


def at(z, s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=z)


def plus(t, hours=0, days=0):
    """elapsed time added to t; the result keeps t's own UTC offset"""
    off = dt.timezone(t.utcoffset())
    return (t.astimezone(dt.timezone.utc) + dt.timedelta(hours=hours, days=days)).astimezone(off)


def iso(t):
    return t.astimezone(dt.timezone(t.utcoffset())).isoformat()


def full(x):        # Thursday, December 3, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def fulln(x):       # Thursday, December 3
    return f"{x:%A}, {x:%B} {x.day}"


def abbr(x):        # Thu, Dec 3, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def abbrn(x):       # Thu, Dec 3
    return f"{x:%a}, {x:%b} {x.day}"


def md(x):          # December 3
    return f"{x:%B} {x.day}"


def mdy(x):         # December 3, 2026
    return f"{x:%B} {x.day}, {x.year}"


def num(x, year=True, pad=True):   # 12/03/2026
    s = f"{x.month:02d}/{x.day:02d}" if pad else f"{x.month}/{x.day}"
    return s + (f"/{x.year}" if year else "")


def clock(t, style="AM"):
    h = t.hour % 12 or 12
    pm = t.hour >= 12
    mm = f":{t.minute:02d}"
    if style == "am":
        return f"{h}{mm}{'pm' if pm else 'am'}"
    if style == "a.m.":
        return f"{h}{mm if t.minute else ''} {'p.m.' if pm else 'a.m.'}"
    return f"{h}{mm} {'PM' if pm else 'AM'}"


def quote(body):
    return "\n".join(">" if not ln else ("> " + ln if not ln.startswith(">") else ">" + ln)
                     for ln in body.rstrip("\n").split("\n"))


def gmail_on(t, who):
    return f"On {t:%a}, {t:%b} {t.day}, {t.year} at {clock(t)} {who} wrote:"


def outlook_hdr(frm, t, to, subject, cc=None):
    s = [f"From: {frm}", f"Sent: {t:%A}, {t:%B} {t.day}, {t.year} {clock(t)}", f"To: {to}"]
    if cc:
        s.append(f"Cc: {cc}")
    s.append(f"Subject: {subject}")
    return "\n".join(s)


# ------------------------------------------------------------------ HTML renderings
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def linkify(s):
    return re.sub(r"(https?://[^\s<>\")\]]+)", r'<a href="\1">\1</a>', s)


def _blocks(plain):
    """yield (kind, lines) for paragraphs, bullet lists and quoted blocks"""
    for b in plain.strip("\n").split("\n\n"):
        ls = b.split("\n")
        if all(ln.startswith(("- ", "\u2022 ", "* ")) for ln in ls):
            yield "ul", [ln[2:] for ln in ls]
        elif all(ln.startswith(">") for ln in ls):
            yield "quote", [re.sub(r"^>+ ?", "", ln) for ln in ls]
        else:
            yield "p", ls


def outlook_html(plain, font="Calibri", size="11.0pt"):
    """Word/Outlook flavoured HTML"""
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word"><head>',
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           f'<style>p.MsoNormal {{margin:0in;font-size:{size};font-family:"{font}",sans-serif;}}</style>',
           '</head><body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">']
    for kind, ls in _blocks(plain):
        if kind == "ul":
            out += [f'<p class="MsoListParagraph" style="margin-left:.5in;text-indent:-.25in">'
                    f'\u00b7&nbsp;&nbsp;{linkify(esc(ln))}</p>' for ln in ls]
        else:
            style = ' style="margin-left:.3in;color:#444444"' if kind == "quote" else ""
            out += [f'<p class="MsoNormal"{style}>{linkify(esc(ln)) or "&nbsp;"}</p>' for ln in ls]
        out.append('<p class="MsoNormal">&nbsp;</p>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def gmail_html(plain):
    out = ['<div dir="ltr">']
    for kind, ls in _blocks(plain):
        if kind == "ul":
            out.append("<ul>" + "".join(f"<li>{linkify(esc(ln))}</li>" for ln in ls) + "</ul>")
        elif kind == "quote":
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">' + "<br>".join(linkify(esc(ln)) for ln in ls) + "</blockquote>")
        else:
            out.append("<div>" + "<br>".join(linkify(esc(ln)) for ln in ls) + "</div><div><br></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def _para_html(plain):
    out = []
    for kind, ls in _blocks(plain):
        if kind == "ul":
            out.append("<ul>" + "".join(f"<li>{linkify(esc(ln))}</li>" for ln in ls) + "</ul>")
        elif kind == "quote":
            out.append('<blockquote style="border-left:2px solid #bbb;margin-left:4px;padding-left:8px">'
                       + "<br>\n".join(linkify(esc(ln)) for ln in ls) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(linkify(esc(ln)) for ln in ls) + "</p>")
    return "\n".join(out) + "\n"


def plain_html(plain, font="Arial,Helvetica,sans-serif"):
    return (f'<html><body style="font-family:{font};font-size:14px;color:#222">\n' + _para_html(plain)
            + "</body></html>\n")


def inner(plain):
    """paragraph HTML without the page wrapper, for platform skins"""
    return _para_html(plain)


def table_html(head, rows):
    th = "".join(f'<th style="text-align:left;padding:4px 10px;border-bottom:1px solid #888">{esc(c)}</th>'
                 for c in head)
    tr = "".join("<tr>" + "".join(f'<td style="padding:4px 10px;border-bottom:1px solid #ddd">{esc(c)}</td>'
                                  for c in r) + "</tr>\n" for r in rows)
    return f'<table cellpadding="0" cellspacing="0" style="border-collapse:collapse">\n' + \
        (f"<tr>{th}</tr>\n" if head else "") + tr + "</table>"


def table_text(head, rows):
    allr = ([head] if head else []) + rows
    w = [max(len(r[i]) for r in allr) for i in range(len(allr[0]))]
    out = []
    for j, r in enumerate(allr):
        out.append("   ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if head and j == 0:
            out.append("   ".join("-" * n for n in w))
    return "\n".join(out)


# ------------------------------------------------------------------ MIME
def text_part(s, sub="plain"):
    if s.isascii():
        return MIMEText(s, sub, "us-ascii")
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return MIMEText(s, sub, cs)


def fold_ics(lines):
    out = []
    for ln in lines:
        while len(ln) > 74:
            out.append(ln[:74])
            ln = " " + ln[74:]
        out.append(ln)
    return "\r\n".join(out) + "\r\n"


def ics_part(lines, name, method="REQUEST"):
    p = MIMEText(fold_ics(lines), "calendar", "us-ascii")
    p.set_param("method", method)
    p.set_param("name", name)
    p.add_header("Content-Disposition", "attachment", filename=name)
    return p


def utcstamp(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


NY_VTIMEZONE = ["BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
                "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                "END:VTIMEZONE"]


def icsval(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vevent(uid, start, end, summary, location, description, prodid, stamp, mode="utc", organizer=None,
           method="REQUEST", attendee=True):
    """mode: 'utc' (Z times), 'tzid' (TZID=America/New_York + VTIMEZONE) or 'floating' (no zone at all)"""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if mode == "tzid":
        L += NY_VTIMEZONE
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcstamp(stamp)}"]
    if mode == "utc":
        L += [f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}"]
    elif mode == "tzid":
        L += [f"DTSTART;TZID=America/New_York:{start:%Y%m%dT%H%M%S}",
              f"DTEND;TZID=America/New_York:{end:%Y%m%dT%H%M%S}"]
    else:
        L += [f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"]
    L += [f"SUMMARY:{icsval(summary)}", f"LOCATION:{icsval(location)}", f"DESCRIPTION:{icsval(description)}"]
    if organizer:
        L.append(f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}")
    if attendee:
        L.append(f"ATTENDEE;CN=\"{NAME}\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}")
    L += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return L


# ------------------------------------------------------------------ the registry of messages
REG = []


def hdr(s):
    return s if s.isascii() else Header(s, "utf-8")


def emit(fn, labels, frm, subject, date, plain, html="outlook", attach=(), to=TO, cc=None, reply_to=None,
         extra=(), domain=None, bcc_note=False):
    """html: 'outlook', 'gmail', 'plain' (simple HTML), None (text only) or a ready HTML string"""
    assert fn not in [r[0] for r in REG], fn
    assert date.tzinfo in ZNAME, fn
    if html is None:
        body = text_part(plain)
    else:
        rendered = {"outlook": outlook_html, "gmail": gmail_html, "plain": plain_html}.get(html)
        h = rendered(plain) if rendered else html
        body = MIMEMultipart("alternative")
        body.attach(text_part(plain))
        body.attach(text_part(h, "html"))
    if attach:
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        for p in attach:
            outer.attach(p)
        body = outer
    digest = hashlib.sha256(("b27|" + fn).encode()).hexdigest()
    n = 0
    for part in body.walk():
        if part is not body and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{digest[n * 7:n * 7 + 20]}.{n}")
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
    body["Subject"] = "" if subject is None else hdr(subject)
    body["Date"] = format_datetime(date.astimezone(dt.timezone(date.utcoffset())))
    dom = domain or re.search(r"@([^>]+)>?$", frm).group(1)
    body["Message-ID"] = f"<{digest[:12]}.{digest[12:26]}@{dom}>"
    for k, v in extra:
        body[k] = hdr(v) if isinstance(v, str) else v
    body["MIME-Version"] = "1.0"
    for k, v in ctype:
        body[k] = v
    REG.append((fn, body, labels, ZNAME[date.tzinfo]))
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
ERAS_IS = a("AAMC ERAS Interview Scheduler", "erasinterviews-noreply@aamc.org")
MYERAS_NOTE = a("MyERAS Notifications", "myeras-noreply@aamc.org")
MYERAS = "https://apps.aamc.org/myeras-web/#/interviews"
IB = a("Interview Broker", "noreply@interviewbroker.com")
RCAS = a("ResidencyCAS", "residencycas-noreply@liaisoncas.com")
RCAS_PORTAL = "https://residencycas.liaisoncas.com/applicant-ux/#/interviews"


def thalamus(fn, labels, date, subject, headline, intro, facts=(), note=None, cta=None, url=None, after=None,
             attach=()):
    t = [headline, "", f"Hello {FIRST},", "", intro.strip(), ""]
    if facts:
        for k, v in facts:
            t.append(f"  {k}:  {v}")
        t.append("")
    if note:
        t += ["Message from the program", "------------------------", note.strip(), ""]
    if cta:
        t += [f"{cta} \u2192 {url}", ""]
    if after:
        t += [after.strip(), ""]
    t += ["Thalamus | Interview scheduling & management for graduate medical education",
          "You received this email because you applied to a program that uses Thalamus. To make sure our",
          "messages reach your inbox, add noreply@thalamusgme.com to your contacts.",
          "Need help? https://help.thalamusgme.com  \u00b7  Privacy: https://thalamusgme.com/privacy-policy/"]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="margin:0;background:#eef1f6">',
         '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 8px">',
         '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'
         "'Open Sans',Arial,sans-serif;color:#22303d;font-size:14px\">",
         '<tr><td style="background:#2b1e66;color:#ffffff;padding:14px 24px;font-size:20px;font-weight:600">'
         'thalamus</td></tr><tr><td style="padding:22px 24px">',
         f'<div style="font-size:19px;font-weight:600;margin-bottom:12px">{esc(headline)}</div>',
         f"<p>Hello {esc(FIRST)},</p>", inner(intro)]
    if facts:
        h.append('<table cellpadding="0" cellspacing="0" style="margin:8px 0 14px;width:100%">' + "".join(
            f'<tr><td style="color:#66768a;padding:5px 12px 5px 0;vertical-align:top;width:34%">{esc(k)}</td>'
            f'<td style="padding:5px 0">{esc(v)}</td></tr>' for k, v in facts) + "</table>")
    if note:
        h.append('<div style="border-left:4px solid #7a5cff;background:#f5f3ff;padding:10px 14px;margin:12px 0">'
                 '<div style="font-weight:600;margin-bottom:6px">Message from the program</div>'
                 + inner(note) + "</div>")
    if cta:
        h.append(f'<div style="text-align:center;margin:22px 0"><a href="{url}" style="background:#7a5cff;'
                 f'color:#ffffff;padding:12px 28px;border-radius:22px;text-decoration:none;font-weight:600">'
                 f'{esc(cta)}</a></div>')
    if after:
        h.append(inner(after))
    h.append('</td></tr><tr><td style="padding:14px 24px;font-size:11px;color:#8592a3;border-top:1px solid #e3e7ee">'
             'Thalamus | Interview scheduling &amp; management for graduate medical education<br>You received this '
             'email because you applied to a program that uses Thalamus. To make sure our messages reach your inbox, '
             'add noreply@thalamusgme.com to your contacts.<br><a href="https://help.thalamusgme.com">Help</a> '
             '&middot; <a href="https://thalamusgme.com/privacy-policy/">Privacy</a></td></tr></table>'
             '</td></tr></table></body></html>')
    return emit(fn, labels, THAL, subject, date, plain, "\n".join(h) + "\n", attach=attach,
                domain="thalamusgme.com")


def eras(fn, labels, date, subject, title, body, grid=None, tail=None, signin=True, frm=ERAS_IS):
    t = ["Association of American Medical Colleges | ERAS", "", title, "", body.strip(), ""]
    if grid:
        t += [table_text(*grid), ""]
    if tail:
        t += [tail.strip(), ""]
    if signin:
        t += ["Log in to MyERAS to view or respond:", MYERAS, ""]
    t += ["Please do not reply to this email. This mailbox is not monitored.",
          "AAMC | 655 K Street, NW, Suite 100 | Washington, DC 20001-2399"]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#1b1b1b">',
         '<div style="background:#1d3c6e;color:#fff;padding:10px 14px"><b>AAMC</b> &nbsp; ERAS&reg; Electronic '
         'Residency Application Service</div>', f'<h2 style="font-size:17px;color:#1d3c6e">{esc(title)}</h2>',
         inner(body)]
    if grid:
        h.append(table_html(*grid))
    if tail:
        h.append(inner(tail))
    if signin:
        h.append(f'<p><a href="{MYERAS}" style="color:#1d3c6e;font-weight:bold">Log in to MyERAS</a> to view or '
                 'respond.</p>')
    h.append('<hr><p style="font-size:11px;color:#666">Please do not reply to this email. This mailbox is not '
             'monitored.<br>AAMC | 655 K Street, NW, Suite 100 | Washington, DC 20001-2399</p></body></html>')
    return emit(fn, labels, frm, subject, date, plain, "\n".join(h) + "\n", domain="aamc.org")


def ibroker(fn, labels, date, subject, title, body, grid=None, url=None, button=None, tail=None, reply_to=None,
            attach=()):
    t = [title, "-" * len(title), "", body.strip(), ""]
    if grid:
        t += [table_text(*grid), ""]
    if url:
        t += [f"{button}:", url, ""]
    if tail:
        t += [tail.strip(), ""]
    t += ["This message was sent by Interview Broker on behalf of the residency program listed above.",
          "Replies go to the program's coordinator. www.interviewbroker.com"]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Tahoma,Verdana,sans-serif;font-size:13px;color:#303030">',
         '<div style="background:#0f4c81;color:#fff;padding:8px 12px;font-size:15px">INTERVIEW BROKER</div>',
         f'<h3 style="color:#0f4c81">{esc(title)}</h3>', inner(body)]
    if grid:
        h.append(table_html(*grid))
    if url:
        h.append(f'<p><a href="{url}" style="display:inline-block;background:#f28c28;color:#fff;padding:8px 16px;'
                 f'text-decoration:none;border-radius:3px">{esc(button)}</a></p>')
    if tail:
        h.append(inner(tail))
    h.append('<p style="font-size:11px;color:#8a8a8a">This message was sent by Interview Broker on behalf of the '
             'residency program listed above. Replies go to the program\'s coordinator. '
             '<a href="https://www.interviewbroker.com">www.interviewbroker.com</a></p></body></html>')
    return emit(fn, labels, IB, subject, date, plain, "\n".join(h) + "\n", reply_to=reply_to, attach=attach,
                domain="interviewbroker.com")


def rcas(fn, labels, date, subject, title, body, url=None, button="Log in to ResidencyCAS", tail=None):
    t = ["ResidencyCAS", "", title, "", f"Dear {NAME},", "", body.strip(), ""]
    if url:
        t += [f"{button}: {url}", ""]
    if tail:
        t += [tail.strip(), ""]
    t += ["ResidencyCAS is administered by Liaison International on behalf of participating programs.",
          "This is an automated message; please do not reply."]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">',
         '<div style="border-top:5px solid #00857c;padding:10px 0;font-size:18px;color:#00857c">'
         '<b>Residency</b>CAS</div>', f"<h3>{esc(title)}</h3>", f"<p>Dear {esc(NAME)},</p>", inner(body)]
    if url:
        h.append(f'<p><a href="{url}" style="background:#00857c;color:#fff;padding:9px 18px;'
                 f'text-decoration:none">{esc(button)}</a></p>')
    if tail:
        h.append(inner(tail))
    h.append('<p style="font-size:11px;color:#777">ResidencyCAS is administered by Liaison International on behalf '
             'of participating programs. This is an automated message; please do not reply.</p></body></html>')
    return emit(fn, labels, RCAS, subject, date, plain, "\n".join(h) + "\n", domain="liaisoncas.com")
