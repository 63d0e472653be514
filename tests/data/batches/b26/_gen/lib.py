"""Shared helpers for batch b26 (stdlib only, deterministic)."""
import datetime as dt
import hashlib
import re
from email.charset import Charset, QP
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

NAME = "Renata Solberg-Achebe"
ME = "renata.solbergachebe@gmail.com"
SCHOOL_ME = "renata.solberg-achebe@hsc.utah.edu"
TZNAME = "America/Denver"
AAMC = "15907362"
CELL = "(801) 555-0193"

MT = ZoneInfo("America/Denver")
AZ = ZoneInfo("America/Phoenix")
CT = ZoneInfo("America/Chicago")
PT = ZoneInfo("America/Los_Angeles")
UTC = ZoneInfo("UTC")
ZNAME = {MT: "MT", AZ: "AZ", CT: "CT", PT: "PT", UTC: "UTC"}

EM, PEDS, PSY, NEU, ORTHO, IM, TY = ("Emergency Medicine", "Pediatrics", "Psychiatry", "Neurology",
                                     "Orthopaedic Surgery", "Internal Medicine", "Transitional Year")


def a(name, addr):
    return formataddr((name, addr))


TO = a(NAME, ME)


# ---------------------------------------------------------------- dates
def d(s):
    return dt.date.fromisoformat(s)


def iv(s):
    x = d(s)
    assert x.weekday() < 5, f"interview on weekend: {s}"
    return x


def at(z, s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=z)


def later(t, hours=0, days=0):
    """elapsed-time addition, result in the same fixed offset as t"""
    off = dt.timezone(t.utcoffset())
    return (t.astimezone(dt.timezone.utc) + dt.timedelta(hours=hours, days=days)).astimezone(off)


def iso(t):
    return t.replace(tzinfo=dt.timezone(t.utcoffset())).isoformat() if t.tzinfo not in (dt.timezone.utc,) \
        else t.isoformat()


def Wl(x):      # Thursday, November 12, 2026
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


def Wn(x):      # Thursday, November 12
    return f"{x:%A}, {x:%B} {x.day}"


def Ws(x):      # Thu, Nov 12, 2026
    return f"{x:%a}, {x:%b} {x.day}, {x.year}"


def Wsn(x):     # Thu, Nov 12
    return f"{x:%a}, {x:%b} {x.day}"


def MD(x):      # November 12
    return f"{x:%B} {x.day}"


def MDY(x):     # November 12, 2026
    return f"{x:%B} {x.day}, {x.year}"


def sl(x, y=True, z=True):   # 11/12/2026
    s = f"{x.month:02d}/{x.day:02d}" if z else f"{x.month}/{x.day}"
    return s + (f"/{x.year}" if y else "")


def hm(t, sty="AM"):
    h = t.hour % 12 or 12
    pm = t.hour >= 12
    if sty == "am":
        return f"{h}:{t.minute:02d}{'pm' if pm else 'am'}"
    if sty == "a.m.":
        return f"{h}:{t.minute:02d} {'p.m.' if pm else 'a.m.'}"
    return f"{h}:{t.minute:02d} {'PM' if pm else 'AM'}"


def gmail_hdr(t, who):
    return f"On {t:%a}, {t:%b} {t.day}, {t.year} at {hm(t)} {who} wrote:"


def q(body):
    return "\n".join(">" if not l else ("> " + l if not l.startswith(">") else ">" + l)
                     for l in body.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- html
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def links(s):
    return re.sub(r"(https?://[^\s<>\")\]]+)", r'<a href="\1">\1</a>', s)


def to_html(plain, font="Calibri,Arial,sans-serif"):
    blocks = []
    for b in plain.strip("\n").split("\n\n"):
        ls = b.split("\n")
        if all(l.startswith(("- ", "* ", "\u2022 ")) for l in ls):
            blocks.append("<ul>" + "".join(f"<li>{links(esc(l[2:]))}</li>" for l in ls) + "</ul>")
        elif all(l.startswith(">") for l in ls):
            inner = "<br>\n".join(links(esc(l.lstrip("> "))) for l in ls)
            blocks.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                          f'{inner}</blockquote>')
        else:
            blocks.append("<p>" + "<br>\n".join(links(esc(l)) for l in ls) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(blocks) + "\n</div></body></html>\n")


def tbl_html(head, rows):
    h = "".join(f'<th style="border:1px solid #999;padding:3px 8px;text-align:left">{esc(c)}</th>' for c in head)
    r = "".join("<tr>" + "".join(f'<td style="border:1px solid #999;padding:3px 8px">{esc(c)}</td>' for c in row)
                + "</tr>\n" for row in rows)
    return f'<table style="border-collapse:collapse;margin:6px 0">\n' + (f"<tr>{h}</tr>\n" if head else "") + r + \
        "</table>"


def tbl_text(head, rows):
    allr = ([head] if head else []) + rows
    w = [max(len(x[i]) for x in allr) for i in range(len(allr[0]))]
    out = []
    for j, row in enumerate(allr):
        out.append("  ".join(c.ljust(w[i]) for i, c in enumerate(row)).rstrip())
        if head and j == 0:
            out.append("  ".join("-" * n for n in w))
    return "\n".join(out)


# ---------------------------------------------------------------- MIME
def tpart(s, sub="plain"):
    if s.isascii():
        return MIMEText(s, sub, "us-ascii")
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return MIMEText(s, sub, cs)


def ics(lines, name="invite.ics", method="REQUEST"):
    folded = []
    for ln in lines:
        while len(ln) > 73:
            folded.append(ln[:73])
            ln = " " + ln[73:]
        folded.append(ln)
    p = MIMEText("\r\n".join(folded) + "\r\n", "calendar", "us-ascii")
    p.set_param("method", method)
    p.set_param("name", name)
    p.add_header("Content-Disposition", "attachment", filename=name)
    return p


def zs(t):
    return t.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def vcal(uid, start, end, summary, where, desc, prodid, stamp, organizer=None, tzid=None):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "METHOD:REQUEST"]
    if tzid == "America/Denver":
        L += ["BEGIN:VTIMEZONE", "TZID:America/Denver", "BEGIN:STANDARD", "DTSTART:19701101T020000",
              "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
              "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
              "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT", "END:DAYLIGHT", "END:VTIMEZONE"]
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zs(stamp)}"]
    if tzid:
        L += [f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}"]
    else:
        L += [f"DTSTART:{zs(start)}", f"DTEND:{zs(end)}"]
    dsc = desc.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    L += [f"SUMMARY:{summary}", f"LOCATION:{where}", f"DESCRIPTION:{dsc}"]
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L += [f"ATTENDEE;CN={NAME};PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:{ME}", "STATUS:CONFIRMED", "SEQUENCE:0",
          "END:VEVENT", "END:VCALENDAR"]
    return L


# ---------------------------------------------------------------- registry
REG = []


def H(s):
    return s if s.isascii() else Header(s, "utf-8")


def emit(fn, labels, frm, subject, date, plain, html=True, attach=(), to=TO, cc=None, reply_to=None,
         extra=(), domain=None):
    """plain: text body; html: True (derived), False (plain only) or a string"""
    assert date.tzinfo in ZNAME, fn
    if html is True:
        body = MIMEMultipart("alternative")
        body.attach(tpart(plain))
        body.attach(tpart(to_html(plain), "html"))
    elif html:
        body = MIMEMultipart("alternative")
        body.attach(tpart(plain))
        body.attach(tpart(html, "html"))
    else:
        body = tpart(plain)
    if attach:
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        for p in attach:
            outer.attach(p)
        body = outer
    hx = hashlib.sha1(("b26:" + fn).encode()).hexdigest()
    i = 0
    for part in body.walk():
        if part is not body and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"b26_{hx[i:i + 16]}_{i}")
            i += 1
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
    body["Message-ID"] = f"<{hx[:10]}.{hx[10:22]}@{dom}>"
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


# ---------------------------------------------------------------- platform skins
THAL = a("Thalamus", "noreply@thalamusgme.com")
ERAS = a("ERAS Interview Scheduling", "noreply-erasinterviews@aamc.org")
ERAS_PO = a("MyERAS", "myeras@aamc.org")
MYERAS = "https://apps.aamc.org/myeras-web/#/interviews"
IB = a("Interview Broker", "no-reply@interviewbroker.com")
RCAS = a("ResidencyCAS", "donotreply@liaisoncas.com")
RCAS_URL = "https://residencycas.liaisoncas.com/applicant-ux/#/interviews"


def thalamus(fn, labels, date, subject, title, lines, details=(), prog_msg=None, button=None, url=None,
             foot=None, attach=()):
    t = [title, "", f"Hi {NAME.split()[0]},", "", lines.strip(), ""]
    for k, v in details:
        t.append(f"{k}: {v}")
    if details:
        t.append("")
    if prog_msg:
        t += ["A note from the program:", prog_msg.strip(), ""]
    if button:
        t += [f"{button}: {url}", ""]
    if foot:
        t += [foot.strip(), ""]
    t += ["\u2014 The Thalamus Team", "",
          "Please add noreply@thalamusgme.com to your safe senders list. This is an automated message; replies to",
          "this address are not monitored. Questions about an interview should go to the program.",
          "Thalamus GME, Inc. | https://thalamusgme.com/privacy-policy/"]
    plain = "\n".join(t) + "\n"
    h = ['<div style="background:#f4f6f8;padding:18px 0"><div style="max-width:580px;margin:auto;background:#fff;'
         'font-family:Helvetica,Arial,sans-serif;color:#1d2733;border-radius:6px">',
         '<div style="padding:16px 22px;border-bottom:3px solid #5b3fd1;font-weight:700;font-size:18px;'
         'color:#5b3fd1">Thalamus</div><div style="padding:16px 22px">',
         f'<h2 style="font-size:18px;margin:4px 0 14px">{esc(title)}</h2>',
         f'<p>Hi {esc(NAME.split()[0])},</p>', to_html(lines).split("<div", 1)[1].split(">", 1)[1].rsplit("</div>", 1)[0]]
    if details:
        h.append('<table style="width:100%;border-collapse:collapse;margin:10px 0">' + "".join(
            f'<tr><td style="color:#6b7785;font-size:12px;padding:6px 0;width:38%">{esc(k)}</td>'
            f'<td style="padding:6px 0">{esc(v)}</td></tr>' for k, v in details) + "</table>")
    if prog_msg:
        h.append('<div style="background:#f1effc;padding:10px 14px;border-radius:4px"><b>A note from the program'
                 '</b>' + to_html(prog_msg).split("<div", 1)[1].split(">", 1)[1].rsplit("</div>", 1)[0] + "</div>")
    if button:
        h.append(f'<p style="text-align:center;margin:20px 0"><a href="{url}" style="background:#5b3fd1;color:#fff;'
                 f'padding:11px 26px;border-radius:4px;text-decoration:none">{esc(button)}</a></p>')
    if foot:
        h.append(f"<p>{links(esc(foot.strip()))}</p>")
    h.append('<p style="font-size:11px;color:#8b96a3">&mdash; The Thalamus Team<br>Please add '
             'noreply@thalamusgme.com to your safe senders list. This is an automated message; replies to this '
             'address are not monitored. Questions about an interview should go to the program.<br>'
             '<a href="https://thalamusgme.com/privacy-policy/">Thalamus GME, Inc.</a></p></div></div></div>')
    html = "<html><body>\n" + "\n".join(h) + "\n</body></html>\n"
    return emit(fn, labels, THAL, subject, date, plain, html, attach=attach, domain="thalamusgme.com")


def eras(fn, labels, date, subject, heading, pre, grid=None, post=None, link=True, frm=ERAS):
    t = [heading, "", pre.strip(), ""]
    if grid:
        t += [tbl_text(*grid), ""]
    if post:
        t += [post.strip(), ""]
    if link:
        t += [f"Sign in to MyERAS to respond: {MYERAS}", ""]
    t += ["This is a system-generated message from the Electronic Residency Application Service (ERAS).",
          "Please do not reply. AAMC, 655 K Street NW, Washington, DC 20001."]
    plain = "\n".join(t) + "\n"
    inner = to_html(pre).split("<div", 1)[1].split(">", 1)[1].rsplit("</div>", 1)[0]
    h = ['<html><body style="font-family:Arial,sans-serif;font-size:13px">',
         '<div style="background:#002f5f;color:#fff;padding:9px 12px;font-weight:bold">AAMC &nbsp;|&nbsp; ERAS</div>',
         f'<h3>{esc(heading)}</h3>', inner]
    if grid:
        h.append(tbl_html(*grid))
    if post:
        h.append(to_html(post).split("<div", 1)[1].split(">", 1)[1].rsplit("</div>", 1)[0])
    if link:
        h.append(f'<p><a href="{MYERAS}">Sign in to MyERAS to respond</a></p>')
    h.append('<p style="color:#777;font-size:11px">This is a system-generated message from the Electronic '
             'Residency Application Service (ERAS). Please do not reply. AAMC, 655 K Street NW, Washington, DC '
             '20001.</p></body></html>')
    return emit(fn, labels, frm, subject, date, plain, "\n".join(h) + "\n", domain="aamc.org")


def ibroker(fn, labels, date, subject, heading, pre, grid=None, url=None, label="Open invitation", post=None,
            reply_to=None, attach=()):
    t = [heading.upper(), "=" * len(heading), "", pre.strip(), ""]
    if grid:
        t += [tbl_text(*grid), ""]
    if url:
        t += [f"{label}: {url}", ""]
    if post:
        t += [post.strip(), ""]
    t += ["-- ", "Sent via Interview Broker (https://www.interviewbroker.com) on behalf of the program.",
          "Questions? Reply to this email to reach the program coordinator."]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Verdana,sans-serif;font-size:12px;color:#333">',
         '<div style="border-bottom:2px solid #1f7a4d;padding:8px 0;font-size:16px;color:#1f7a4d">'
         '<b>Interview Broker</b></div>', f'<h3>{esc(heading)}</h3>',
         to_html(pre).split("<div", 1)[1].split(">", 1)[1].rsplit("</div>", 1)[0]]
    if grid:
        h.append(tbl_html(*grid))
    if url:
        h.append(f'<p><a href="{url}" style="background:#1f7a4d;color:#fff;padding:7px 14px;text-decoration:none">'
                 f'{esc(label)}</a></p>')
    if post:
        h.append(to_html(post).split("<div", 1)[1].split(">", 1)[1].rsplit("</div>", 1)[0])
    h.append('<p style="font-size:10px;color:#999">Sent via Interview Broker on behalf of the program. Questions? '
             'Reply to this email to reach the program coordinator.</p></body></html>')
    return emit(fn, labels, IB, subject, date, plain, "\n".join(h) + "\n", reply_to=reply_to, attach=attach,
                domain="interviewbroker.com")


def residencycas(fn, labels, date, subject, heading, body, url=None, label="Go to ResidencyCAS"):
    t = [heading, "", body.strip(), ""]
    if url:
        t += [f"{label}: {url}", ""]
    t += ["ResidencyCAS | Liaison International", "This mailbox is not monitored."]
    plain = "\n".join(t) + "\n"
    h = ['<html><body style="font-family:Arial,sans-serif"><div style="background:#23395d;color:#fff;padding:10px">'
         'ResidencyCAS</div>', f"<h3>{esc(heading)}</h3>",
         to_html(body).split("<div", 1)[1].split(">", 1)[1].rsplit("</div>", 1)[0]]
    if url:
        h.append(f'<p><a href="{url}">{esc(label)}</a></p>')
    h.append('<p style="font-size:11px;color:#888">ResidencyCAS | Liaison International. This mailbox is not '
             'monitored.</p></body></html>')
    return emit(fn, labels, RCAS, subject, date, plain, "\n".join(h) + "\n", domain="liaisoncas.com")
