"""Season U toolkit (stdlib only): registry of messages, date wording, quoting, HTML, iCalendar, MIME.
`when` arguments are the applicant's wall clock in America/Denver ("YYYY-MM-DD HH:MM"); the Date header is written
on the sender's own clock (tz argument)."""
import hashlib
import html as H
import re
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

MT = ZoneInfo("America/Denver")
AZ = ZoneInfo("America/Phoenix")
PT = ZoneInfo("America/Los_Angeles")
CT = ZoneInfo("America/Chicago")
ET = ZoneInfo("America/New_York")
UTC = timezone.utc
NAME, FIRST, ADDR = "Noor Castellanos", "Noor", "noor.castellanos.md@gmail.com"
ME = (NAME, ADDR)
KINDS = ("invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other")
REG = []


def D(s):
    return date.fromisoformat(s)


def fmt(d, style="long"):
    d = D(d) if isinstance(d, str) else d
    return {
        "long": f"{d:%A}, {d:%B} {d.day}, {d.year}",
        "wmd": f"{d:%A}, {d:%B} {d.day}",
        "abbr": f"{d:%a}, {d:%b} {d.day}",
        "abbry": f"{d:%a} {d:%b} {d.day}, {d.year}",
        "md": f"{d:%B} {d.day}",
        "mdy": f"{d:%B} {d.day}, {d.year}",
        "num": f"{d.month}/{d.day}",
        "numy": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "wnum": f"{d:%a} {d.month}/{d.day}",
        "dow": f"{d:%A} the {d.day}{'th' if 10 <= d.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}",
    }[style]


def wall(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MT)


def hm(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def curly(s):
    out = []
    for part in re.split(r"(https?://\S+|\S+@\S+)", s):
        if part.startswith("http") or "@" in part:
            out.append(part)
            continue
        part = re.sub(r'(^|[\s(\[/\u2014-])"', "\\1\u201c", part).replace('"', "\u201d")
        part = re.sub(r"(^|[\s(\[/\u2014-])'", "\\1\u2018", part).replace("'", "\u2019")
        out.append(part)
    return "".join(out)


def gmail_quote(rec, text=None):
    dt = rec["when"].astimezone(MT)
    who = rec["msg"]["From"].addresses[0]
    body = text if text is not None else plain(rec)
    body = body.strip("\n")
    return (f"On {dt:%a}, {dt:%b} {dt.day}, {dt.year} at {hm(dt)} {who.display_name} <{who.addr_spec}> wrote:\n"
            + "\n".join("> " + x if x else ">" for x in body.split("\n")) + "\n")


def outlook_quote(rec, text=None, tz=MT):
    dt = rec["when"].astimezone(tz)
    who = rec["msg"]["From"].addresses[0]
    body = (text if text is not None else plain(rec)).strip()
    return (f"\n\nFrom: {who.display_name} <{who.addr_spec}>\nSent: {dt:%A}, {dt:%B} {dt.day}, {dt.year} {hm(dt)}\n"
            f"To: {rec['msg']['To']}\nSubject: {rec['subject']}\n\n{body}\n")


def plain(rec):
    return rec["msg"].get_body(("plain",)).get_content()


def esc(s):
    return H.escape(s, quote=False)


def word_html(text, font="Calibri"):
    paras = text.strip("\n").split("\n\n")
    body = "".join(f'<p class="MsoNormal">{esc(p).replace(chr(10), "<br>")}</p><p class="MsoNormal">&nbsp;</p>'
                   for p in paras)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            f'<style>p.MsoNormal{{margin:0in;font-size:11pt;font-family:"{font}",sans-serif}}</style></head>'
            f'<body lang="EN-US"><div class="WordSection1">{body}</div></body></html>\n')


def card(blocks, head="", foot="", accent="#333"):
    inner = "".join(b if b.startswith("<") else f"<p>{esc(b)}</p>" for b in blocks)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f4f6">'
            '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-top:4px solid {accent};'
            'font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">'
            f'<tr><td style="padding:20px 28px 6px">{head}</td></tr>'
            f'<tr><td style="padding:6px 28px 18px;line-height:1.5">{inner}</td></tr>'
            f'<tr><td style="padding:12px 28px;font-size:12px;color:#777;border-top:1px solid #eee">{foot}</td></tr>'
            '</table></td></tr></table></body></html>\n')


def btn(url, label, bg):
    return (f'<p style="margin:18px 0"><a href="{H.escape(url)}" style="background:{bg};color:#fff;padding:10px 20px;'
            f'border-radius:4px;text-decoration:none;font-weight:bold">{esc(label)}</a></p>')


def rows_html(rows):
    return ('<table cellpadding="5" style="border-collapse:collapse">' + "".join(
        f'<tr><td style="color:#666;padding-right:16px">{esc(k)}</td><td>{esc(v)}</td></tr>' for k, v in rows)
        + "</table>")


def ul(items):
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"


# ------------------------------------------------------------------ iCalendar
_VTZ = {"America/Denver": ("MST", "MDT", "-0700", "-0600"), "America/Chicago": ("CST", "CDT", "-0600", "-0500"),
        "America/Los_Angeles": ("PST", "PDT", "-0800", "-0700")}


def ics(uid, start, minutes, summary, location, desc="", *, org=None, method="REQUEST", seq=0, mode="utc",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    """mode: utc | tzid | floating.  America/Phoenix gets a no-DST VTIMEZONE."""
    end = start + timedelta(minutes=minutes)

    def e(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    tzid = str(start.tzinfo)
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}"]
    if mode == "utc":
        a, b = f"DTSTART:{start.astimezone(UTC):%Y%m%dT%H%M%SZ}", f"DTEND:{end.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    elif mode == "tzid":
        a, b = f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}"
        if tzid == "America/Phoenix":
            L += ["BEGIN:VTIMEZONE", "TZID:America/Phoenix", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                  "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST", "END:STANDARD", "END:VTIMEZONE"]
        else:
            s, d, so, do = _VTZ[tzid]
            L += ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:19701101T020000",
                  "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}",
                  f"TZNAME:{s}", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700308T020000",
                  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}",
                  f"TZNAME:{d}", "END:DAYLIGHT", "END:VTIMEZONE"]
    else:
        a, b = f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", "DTSTAMP:@@STAMP@@", a, b, f"SUMMARY:{e(summary)}",
          f"LOCATION:{e(location)}"]
    if desc:
        L.append(f"DESCRIPTION:{e(desc)}")
    if org:
        L.append(f"ORGANIZER;CN=\"{org[0]}\":mailto:{org[1]}")
    L += [f"ATTENDEE;CN=\"{NAME}\";PARTSTAT=ACCEPTED:mailto:{ADDR}",
          f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in L:
        bts = ln.encode()
        first = True
        while bts:
            cut = min(75 if first else 74, len(bts))
            while cut < len(bts) and (bts[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(("" if first else " ") + bts[:cut].decode())
            bts, first = bts[cut:], False
    return "\r\n".join(out) + "\r\n"


def at(day, hhmm, tz):
    d = D(day) if isinstance(day, str) else day
    h, m = map(int, hhmm.split(":"))
    return datetime(d.year, d.month, d.day, h, m, tzinfo=tz)


# ------------------------------------------------------------------ MIME
def _a(x):
    if isinstance(x, list):
        return tuple(_a(y) for y in x)
    if isinstance(x, tuple):
        return Address(display_name=x[0], addr_spec=x[1])
    return x


def put(when, slug, label, kind, frm, subject, text=None, html=None, *, tz=MT, to=None, cc=None, reply_to=None,
        irt=None, cal=None, cal_name="invite.ics", files=(), headers=(), must=(), idates=(), deadline=None,
        sent=False):
    assert kind in KINDS, kind
    dt = wall(when)
    h = hashlib.sha1(f"season-u|{slug}|{when}".encode()).hexdigest()
    dom = "mail.gmail.com" if sent else (frm[1] if isinstance(frm, tuple) else frm).split("@")[1]
    mid = (f"<CAK{h[:12]}{h[12:28].upper()}+w{h[28:34]}@mail.gmail.com>" if sent
           else f"<{h[:10]}.{h[10:22]}@{dom}>")
    m = EmailMessage(policy=policy.default)
    m["From"] = _a(frm)
    m["To"] = _a(to) if to else _a(ME)
    if cc:
        m["Cc"] = _a(cc)
    if reply_to:
        m["Reply-To"] = _a(reply_to)
    m["Subject"] = subject
    m["Date"] = format_datetime(dt.astimezone(tz))
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt["mid"]
        m["References"] = " ".join(irt["chain"] + [irt["mid"]])
    m["MIME-Version"] = "1.0"
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        m.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    if cal:
        cal = cal.replace("@@STAMP@@", f"{dt.astimezone(UTC):%Y%m%dT%H%M%SZ}")
        meth = re.search(r"METHOD:(\w+)", cal).group(1)
        m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename=cal_name,
                         params={"method": meth, "charset": "UTF-8"}, cte="base64")
    for fname, (mt, st), payload in files:
        m.add_attachment(payload.encode() if isinstance(payload, str) else payload, maintype=mt, subtype=st,
                         filename=fname, cte="base64")
    for p in m.walk():
        if p is not m and "MIME-Version" in p:
            del p["MIME-Version"]
    for i, p in enumerate(x for x in m.walk() if x.is_multipart()):
        p.set_boundary(f"_{i:03d}_{h[20:34]}_")
    rec = dict(when=dt, slug=slug, label=label, kind=kind, msg=m, mid=mid, subject=subject, must=list(must),
               idates=sorted(str(x) for x in idates), deadline=str(deadline) if deadline else None, sent=sent,
               chain=(irt["chain"] + [irt["mid"]]) if irt else [])
    REG.append(rec)
    return rec


SIG = ("Noor Castellanos, OMS-IV\nRocky Vista University College of Osteopathic Medicine (Parker, Colorado)\n"
       "AAMC ID 16833027 | (720) 555-0148")
SIG2 = "Noor Castellanos\nOMS-IV, RVUCOM"


def mine(when, slug, label, kind, to, subject, body, *, irt=None, quote=None, sig=SIG, cc=None, must=(),
         idates=(), deadline=None):
    text = body.strip() + (f"\n\n--\n{sig}" if sig else "") + "\n"
    if quote:
        text += "\n" + quote
    h = '<div dir="ltr">' + "".join(f"<div>{esc(p).replace(chr(10), '<br>')}</div><div><br></div>"
                                    for p in body.strip().split("\n\n"))
    if sig:
        h += '<div>-- <br><div class="gmail_signature">' + esc(sig).replace("\n", "<br>") + "</div></div>"
    h += "</div>"
    if quote:
        h += ('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px '
              'solid #ccc;padding-left:1ex">' + esc(quote).replace("\n", "<br>") + "</blockquote></div>")
    return put(when, slug, label, kind, ME, subject, text, h + "\n", to=to, cc=cc, irt=irt, must=must,
               idates=idates, deadline=deadline, sent=True)


def staff(when, slug, label, kind, frm, subject, text, *, tz=MT, html=True, font="Calibri", quote=None, **kw):
    text = curly(text.strip("\n")) + "\n"
    if quote:
        text += quote
    return put(when, slug, label, kind, frm, subject, text, word_html(text, font) if html else None, tz=tz, **kw)
