"""Helpers for batch b28 (standard library only, deterministic output)."""
import datetime as dt
import hashlib
import re
from email.charset import Charset, QP
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

NAME = "Noemi Castellanos-Whitaker"
FIRST = "Noemi"
ME = "noemi.cwhitaker@gmail.com"
SCHOOL_ME = "noemi.castellanos-whitaker@live.mercer.edu"
TZNAME = "America/New_York"
AAMC = "16482093"
CELL = "(478) 555-0148"
SCHOOL = "Mercer University School of Medicine"

ET = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
UTC = ZoneInfo("UTC")
ZNAME = {ET: "ET", CT: "CT", UTC: "UTC"}

FM, PSY, EM, URO, PMR, IM, SURG, TY = ("Family Medicine", "Psychiatry", "Emergency Medicine", "Urology",
                                       "Physical Medicine and Rehabilitation", "Internal Medicine", "Surgery",
                                       "Transitional Year")

LQ, RQ, LD, RD, ND, MD_, BUL, NB = "\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u2022", "\u00a0"


def a(name, addr):
    return formataddr((name, addr))


TO = a(NAME, ME)


# ------------------------------------------------------------------ dates and times
def d(s):
    return dt.date.fromisoformat(s)


def iv(s):
    x = d(s)
    assert x.weekday() < 5, f"interview day on a weekend: {s}"
    return x


def at(z, s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=z)


def plus(t, hours=0, days=0, minutes=0):
    """elapsed-time addition; the result keeps t's fixed UTC offset"""
    off = dt.timezone(t.utcoffset())
    return (t.astimezone(dt.timezone.utc) + dt.timedelta(hours=hours, days=days, minutes=minutes)).astimezone(off)


def iso(t):
    off = t.utcoffset()
    return t.replace(tzinfo=dt.timezone(off)).isoformat()


def long_(x):            # Thursday, November 12, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def long_ny(x):          # Thursday, November 12
    return f"{x:%A}, {x:%B} {x.day}"


def short(x):            # Thu, Nov 12, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def short_ny(x):         # Thu, Nov 12
    return f"{x:%a}, {x:%b} {x.day}"


def mdy(x):              # November 12, 2026
    return f"{x:%B} {x.day}, {x.year}"


def md(x):               # November 12
    return f"{x:%B} {x.day}"


def slash(x, year=True, pad=True):
    s = f"{x.month:02d}/{x.day:02d}" if pad else f"{x.month}/{x.day}"
    if year is True:
        return s + f"/{x.year}"
    if year == 2:
        return s + f"/{x.year % 100:02d}"
    return s


def clock(t, style="AM"):
    h = t.hour % 12 or 12
    pm = t.hour >= 12
    if style == "am":
        return f"{h}:{t.minute:02d}{'pm' if pm else 'am'}"
    if style == "a.m.":
        return (f"{h}:{t.minute:02d}" if t.minute else f"{h}") + (" p.m." if pm else " a.m.")
    return f"{h}:{t.minute:02d} {'PM' if pm else 'AM'}"


def gmail_attr(t, who):
    return f"On {t:%a}, {t:%b} {t.day}, {t.year} at {clock(t)} {who} wrote:"


def outlook_attr(t, frm, to, subject, cc=None):
    s = ["________________________________", f"From: {frm}", f"Sent: {t:%A}, {t:%B} {t.day}, {t.year} {clock(t)}", f"To: {to}"]
    if cc:
        s.append(f"Cc: {cc}")
    s.append(f"Subject: {subject}")
    return "\n".join(s)


def quote(body):
    out = []
    for ln in body.rstrip("\n").split("\n"):
        out.append(">" if not ln else (">" + ln if ln.startswith(">") else "> " + ln))
    return "\n".join(out)


# ------------------------------------------------------------------ HTML
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def linkify(s):
    return re.sub(r"(https?://[^\s<>\"]+[^\s<>\".,;:)])", r'<a href="\1">\1</a>', s)


def _blocks(plain):
    for b in plain.strip("\n").split("\n\n"):
        yield b.split("\n")


def outlook_html(plain, font="Calibri", size="11.0pt"):
    """Outlook-ish HTML: MsoNormal paragraphs, quoted headers in a bordered div"""
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           f'<style><!-- p.MsoNormal, li.MsoNormal {{margin:0in;font-size:{size};font-family:"{font}",sans-serif;}} '
           '@page WordSection1 {size:8.5in 11.0in;} div.WordSection1 {page:WordSection1;} --></style></head>',
           '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    for ls in _blocks(plain):
        if ls[0].startswith("____") and any(x.startswith("Sent: ") for x in ls):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">')
            for ln in ls[1:]:
                k, _, v = ln.partition(": ")
                out.append(f'<p class="MsoNormal"><b>{esc(k)}:</b> {esc(v)}</p>')
            out.append("</div>")
        elif all(x.startswith(("- ", "* ", BUL + " ")) for x in ls):
            out.append('<ul style="margin-top:0in" type="disc">' +
                       "".join(f'<li class="MsoNormal">{linkify(esc(x[2:]))}</li>' for x in ls) + "</ul>")
        elif all(x.startswith(">") for x in ls):
            out.append('<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0in 0in 0in 6.0pt;'
                       'margin-left:4.8pt">' + "".join(
                           f'<p class="MsoNormal">{linkify(esc(x.lstrip("> ")))}</p>' for x in ls) + "</blockquote>")
        else:
            out.append("".join(f'<p class="MsoNormal">{linkify(esc(x)) or "&nbsp;"}</p>' for x in ls))
        out.append('<p class="MsoNormal">&nbsp;</p>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def gmail_html(plain):
    out = ['<div dir="ltr">']
    for ls in _blocks(plain):
        if all(x.startswith(">") for x in ls):
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       'rgb(204,204,204);padding-left:1ex">' +
                       "<br>".join(linkify(esc(x.lstrip("> "))) for x in ls) + "</blockquote>")
        else:
            out.append("<div>" + "<br>".join(linkify(esc(x)) for x in ls) + "</div><div><br></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def simple_html(plain, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    out = [f'<html><body><div style="{style}">']
    for ls in _blocks(plain):
        if all(x.startswith(("- ", "* ", BUL + " ")) for x in ls):
            out.append("<ul>" + "".join(f"<li>{linkify(esc(x[2:]))}</li>" for x in ls) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(linkify(esc(x)) for x in ls) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def inner(plain):
    """paragraph HTML without a wrapper, for platform skins"""
    out = []
    for ls in _blocks(plain):
        if all(x.startswith(("- ", "* ", BUL + " ")) for x in ls):
            out.append("<ul>" + "".join(f"<li>{linkify(esc(x[2:]))}</li>" for x in ls) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(linkify(esc(x)) for x in ls) + "</p>")
    return "\n".join(out)


def table_html(head, rows, border="#b9c2cc"):
    th = "".join(f'<th style="border:1px solid {border};padding:4px 9px;text-align:left;background:#eef1f4">'
                 f'{esc(c)}</th>' for c in head) if head else ""
    tr = "".join("<tr>" + "".join(f'<td style="border:1px solid {border};padding:4px 9px">{esc(c)}</td>'
                                  for c in r) + "</tr>\n" for r in rows)
    return '<table style="border-collapse:collapse;margin:8px 0">\n' + (f"<tr>{th}</tr>\n" if th else "") + tr + \
        "</table>"


def table_text(head, rows, sep="  "):
    allr = ([head] if head else []) + rows
    w = [max(len(r[i]) for r in allr) for i in range(len(allr[0]))]
    out = []
    for j, r in enumerate(allr):
        out.append(sep.join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if head and j == 0:
            out.append(sep.join("-" * n for n in w))
    return "\n".join(out)


# ------------------------------------------------------------------ MIME
def textpart(s, sub="plain"):
    if s.isascii():
        return MIMEText(s, sub, "us-ascii")
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return MIMEText(s, sub, cs)


def fold(ln):
    out = []
    while len(ln) > 74:
        out.append(ln[:74])
        ln = " " + ln[74:]
    out.append(ln)
    return out


def ics_part(lines, name="invite.ics", method="REQUEST"):
    body = "\r\n".join(x for ln in lines for x in fold(ln)) + "\r\n"
    p = MIMEText(body, "calendar", "us-ascii")
    p.set_param("method", method)
    p.set_param("name", name)
    p.add_header("Content-Disposition", "attachment", filename=name)
    return p


def utcz(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


VTZ_NY = ["BEGIN:VTIMEZONE", "TZID:America/New_York", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
          "TZNAME:EDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
          "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "DTSTART:19701101T020000",
          "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"]


def vevent(uid, start, end, summary, where, desc, prodid, stamp, mode="utc", organizer=None, method="REQUEST"):
    """mode: 'utc' (Z times), 'tzid' (TZID=America/New_York + VTIMEZONE), 'floating' (no zone at all)"""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if mode == "tzid":
        L += VTZ_NY
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcz(stamp)}"]
    if mode == "utc":
        L += [f"DTSTART:{utcz(start)}", f"DTEND:{utcz(end)}"]
    elif mode == "tzid":
        L += [f"DTSTART;TZID=America/New_York:{start:%Y%m%dT%H%M%S}",
              f"DTEND;TZID=America/New_York:{end:%Y%m%dT%H%M%S}"]
    else:
        L += [f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"]
    e = desc.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L += [f"SUMMARY:{summary}", f"LOCATION:{where.replace(',', chr(92) + ',')}", f"DESCRIPTION:{e}"]
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L += [f"ATTENDEE;CN={NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{ME}", "STATUS:CONFIRMED",
          "SEQUENCE:0", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return L


# ------------------------------------------------------------------ registry
REG = []


def _hdr(s):
    return s if s.isascii() else Header(s, "utf-8")


def emit(fn, labels, frm, subject, date, plain, html="outlook", attach=(), to=TO, cc=None, reply_to=None,
         extra=(), domain=None, in_reply_to=None):
    """html: 'outlook' | 'gmail' | 'simple' | None (plain only) | an HTML string"""
    assert date.tzinfo in ZNAME, fn
    if html is None:
        body = textpart(plain)
    else:
        h = {"outlook": outlook_html, "gmail": gmail_html, "simple": simple_html}.get(html)
        body = MIMEMultipart("alternative")
        body.attach(textpart(plain))
        body.attach(textpart(h(plain) if h else html, "html"))
    if attach:
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        for p in attach:
            outer.attach(p)
        body = outer
    hx = hashlib.sha1(("b28/" + fn).encode()).hexdigest()
    n = 0
    for part in body.walk():
        if part is not body and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"=_b28_{hx[n * 3:n * 3 + 18]}_{n}")
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
    body["Subject"] = "" if subject is None else _hdr(subject)
    body["Date"] = format_datetime(date.astimezone(dt.timezone(date.utcoffset())))
    dom = domain or re.search(r"@([^>]+)>?$", frm).group(1)
    body["Message-ID"] = f"<{hx[:12]}.{hx[12:20]}@{dom}>"
    if in_reply_to:
        body["In-Reply-To"] = in_reply_to
        body["References"] = in_reply_to
    for k, v in extra:
        body[k] = v
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
ERAS = a("ERAS", "noreply-eras@aamc.org")
MYERAS_URL = "https://apps.aamc.org/myeras-web/#/interviews"
IB = a("Interview Broker", "noreply@interviewbroker.com")
RCAS = a("ResidencyCAS", "residencycasnoreply@liaisoncas.com")
RCAS_URL = "https://residencycas.liaisoncas.com/applicant-ux/#/interviews/invitations"


def thalamus(fn, labels, date, subject, headline, lead, rows=(), note=None, cta=None, url=None, after=None,
             attach=()):
    t = [headline, "", f"Hello {FIRST},", "", lead.strip(), ""]
    for k, v in rows:
        t.append(f"{k}: {v}")
    if rows:
        t.append("")
    if note:
        t += ["Message from the program", "------------------------", note.strip(), ""]
    if cta:
        t += [f"{cta} > {url}", ""]
    if after:
        t += [after.strip(), ""]
    t += ["Thalamus | Residency & Fellowship Interview Management",
          "You're receiving this because you have an applicant account on Thalamus. Add noreply@thalamusgme.com",
          "to your contacts so these notices reach your inbox. This mailbox is unmonitored; contact the program",
          "with questions about your interview.",
          "Thalamus GME, Inc. - Santa Clara, CA - Privacy: https://thalamusgme.com/privacy-policy/"]
    plain = "\n".join(t) + "\n"
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head>',
         '<body style="margin:0;background:#eef0f5"><table role="presentation" width="100%" cellpadding="0" '
         'cellspacing="0"><tr><td align="center" style="padding:22px 8px">',
         '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;'
         'font-family:Inter,Helvetica,Arial,sans-serif;color:#1c2430;border-radius:8px">',
         '<tr><td style="padding:18px 26px;border-bottom:1px solid #e3e6ee"><span style="font-size:20px;'
         'font-weight:700;color:#3d2fb8;letter-spacing:.4px">thalamus</span></td></tr>',
         f'<tr><td style="padding:20px 26px"><h1 style="font-size:19px;margin:0 0 14px">{esc(headline)}</h1>',
         f"<p>Hello {esc(FIRST)},</p>", inner(lead)]
    if rows:
        h.append('<table cellpadding="0" cellspacing="0" style="width:100%;margin:12px 0;border-top:1px solid '
                 '#e3e6ee">' + "".join(
                     f'<tr><td style="padding:7px 0;color:#667085;font-size:13px;width:40%;border-bottom:1px solid '
                     f'#e3e6ee">{esc(k)}</td><td style="padding:7px 0;border-bottom:1px solid #e3e6ee">{esc(v)}</td>'
                     f'</tr>' for k, v in rows) + "</table>")
    if note:
        h.append('<div style="background:#f5f4fd;border-left:3px solid #3d2fb8;padding:10px 14px;margin:12px 0">'
                 '<div style="font-size:12px;color:#667085;text-transform:uppercase">Message from the program</div>'
                 + inner(note) + "</div>")
    if cta:
        h.append(f'<p style="text-align:center;margin:22px 0"><a href="{url}" style="background:#3d2fb8;color:#fff;'
                 f'padding:12px 28px;border-radius:6px;text-decoration:none;font-weight:600">{esc(cta)}</a></p>')
    if after:
        h.append(inner(after))
    h.append('</td></tr><tr><td style="padding:14px 26px;font-size:11px;color:#8a93a3;border-top:1px solid #e3e6ee">'
             'Thalamus | Residency &amp; Fellowship Interview Management<br>You&#39;re receiving this because you '
             'have an applicant account on Thalamus. Add noreply@thalamusgme.com to your contacts so these notices '
             'reach your inbox. This mailbox is unmonitored; contact the program with questions about your '
             'interview.<br>Thalamus GME, Inc. &middot; Santa Clara, CA &middot; <a href="https://thalamusgme.com/'
             'privacy-policy/">Privacy</a></td></tr></table></td></tr></table></body></html>')
    return emit(fn, labels, THAL, subject, date, plain, "\n".join(h) + "\n", attach=attach, domain="thalamusgme.com")


def eras(fn, labels, date, subject, title, top, grid=None, bottom=None, link=True, frm=ERAS):
    t = ["Electronic Residency Application Service (ERAS)", "", title, "", top.strip(), ""]
    if grid:
        t += [table_text(*grid, sep=" | "), ""]
    if bottom:
        t += [bottom.strip(), ""]
    if link:
        t += [f"Go to MyERAS: {MYERAS_URL}", ""]
    t += ["Please do not reply to this automated message. For help with MyERAS, contact the ERAS Client Technical",
          "Support Center. (c) 2026 AAMC, 655 K Street, NW, Suite 100, Washington, DC 20001-2399"]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">',
         '<table width="640" cellpadding="0" cellspacing="0"><tr><td style="background:#00245d;color:#fff;'
         'padding:10px 14px;font-weight:bold">AAMC &nbsp;&middot;&nbsp; ERAS<sup>&reg;</sup></td></tr>',
         f'<tr><td style="padding:14px"><h2 style="font-size:17px;color:#00245d">{esc(title)}</h2>', inner(top)]
    if grid:
        h.append(table_html(*grid))
    if bottom:
        h.append(inner(bottom))
    if link:
        h.append(f'<p><a href="{MYERAS_URL}" style="color:#0057b8">Go to MyERAS</a></p>')
    h.append('<p style="font-size:11px;color:#777">Please do not reply to this automated message. For help with '
             'MyERAS, contact the ERAS Client Technical Support Center. &copy; 2026 AAMC, 655 K Street, NW, Suite '
             '100, Washington, DC 20001-2399</p></td></tr></table></body></html>')
    return emit(fn, labels, frm, subject, date, plain, "\n".join(h) + "\n", domain="aamc.org")


def ibroker(fn, labels, date, subject, title, top, grid=None, url=None, button="Select a date", bottom=None,
            reply_to=None, attach=()):
    t = [title, "", top.strip(), ""]
    if grid:
        t += [table_text(*grid), ""]
    if url:
        t += [f"{button}:", url, ""]
    if bottom:
        t += [bottom.strip(), ""]
    t += ["________________________________",
          "Interview Broker - scheduling for residency and fellowship programs",
          "This message was sent on behalf of the program named above. Replies go to the program."]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Tahoma,Verdana,sans-serif;font-size:13px;color:#2b2b2b">',
         '<div style="background:#0e5a8a;color:#fff;padding:9px 14px;font-size:15px"><b>Interview Broker</b></div>',
         f'<div style="padding:12px 14px"><h3 style="color:#0e5a8a">{esc(title)}</h3>', inner(top)]
    if grid:
        h.append(table_html(*grid, border="#9fb7c8"))
    if url:
        h.append(f'<p><a href="{url}" style="display:inline-block;background:#f28c28;color:#fff;padding:8px 16px;'
                 f'text-decoration:none;border-radius:3px">{esc(button)}</a></p>')
    if bottom:
        h.append(inner(bottom))
    h.append('<hr style="border:none;border-top:1px solid #ccc"><p style="font-size:11px;color:#888">Interview '
             'Broker &ndash; scheduling for residency and fellowship programs. This message was sent on behalf of the '
             'program named above. Replies go to the program.</p></div></body></html>')
    return emit(fn, labels, IB, subject, date, plain, "\n".join(h) + "\n", reply_to=reply_to, attach=attach,
                domain="interviewbroker.com")


def rcas(fn, labels, date, subject, title, body, url=None, button="Log in to ResidencyCAS"):
    t = [title, "", body.strip(), ""]
    if url:
        t += [f"{button}: {url}", ""]
    t += ["ResidencyCAS(TM) is a service of Liaison International, 311 Arsenal Street, Watertown, MA 02472.",
          "This is an automated notification. Please do not reply."]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:\'Open Sans\',Arial,sans-serif;font-size:14px;color:#333">',
         '<div style="background:#0b3d63;padding:12px 16px;color:#fff;font-size:17px">Residency<b>CAS</b></div>',
         f'<div style="padding:14px 16px"><h2 style="font-size:17px">{esc(title)}</h2>', inner(body)]
    if url:
        h.append(f'<p><a href="{url}" style="background:#12806a;color:#fff;padding:9px 18px;text-decoration:none">'
                 f'{esc(button)}</a></p>')
    h.append('<p style="font-size:11px;color:#999">ResidencyCAS&trade; is a service of Liaison International, 311 '
             'Arsenal Street, Watertown, MA 02472. This is an automated notification. Please do not reply.</p>'
             '</div></body></html>')
    return emit(fn, labels, RCAS, subject, date, plain, "\n".join(h) + "\n", domain="liaisoncas.com")
