"""Framework for season J: message specs -> Maildir files (deterministic)."""
import datetime as dt
import hashlib
import json
import os
import re
import shutil
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from zoneinfo import ZoneInfo

PT, MT, AZ, CT, ET, UTC = ("America/Los_Angeles", "America/Denver", "America/Phoenix",
                           "America/Chicago", "America/New_York", "UTC")

ME = "Leilani Parsons <leilani.parsons.md27@gmail.com>"
ME_ADDR = "leilani.parsons.md27@gmail.com"

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]

_expect = []          # strings registered for the message being written
_ivdates = []         # interview dates registered for the message being written
SPECS = []


def X(s):
    """Register a string (name, URL, phrase) that must appear in the decoded mail; return it."""
    _expect.append(s)
    return s


def d(y, m, day):
    return dt.date(y, m, day)


def fd(date, st="L", iv=False):
    """Format a date; register the written form (and optionally as an interview date)."""
    w, mo = WD[date.weekday()], MON[date.month - 1]
    if st == "L":
        s = f"{w}, {mo} {date.day}, {date.year}"
    elif st == "LN":
        s = f"{w}, {mo} {date.day}"
    elif st == "S":
        s = f"{w[:3]}, {mo[:3]} {date.day}, {date.year}"
    elif st == "SN":
        s = f"{w[:3]}, {mo[:3]} {date.day}"
    elif st == "N":
        s = f"{w[:3]} {date.month}/{date.day}"
    elif st == "NL":
        s = f"{w} {date.month}/{date.day}"
    elif st == "NY":
        s = f"{w} {date.month}/{date.day}/{date.year}"
    elif st == "M":
        s = f"{mo} {date.day}, {date.year}"
    elif st == "MN":
        s = f"{mo} {date.day}"
    else:
        raise ValueError(st)
    _expect.append(s)
    if iv:
        assert date.weekday() < 5, ("weekend interview", date)
        _ivdates.append(date.isoformat())
    return s


def iv(date, st="L"):
    return fd(date, st, iv=True)


def when(y, m, day, hh, mm, tz=PT, ss=0):
    return dt.datetime(y, m, day, hh, mm, ss, tzinfo=ZoneInfo(tz))


def ics(uid, summary, start, minutes, location, description, organizer="", method="REQUEST",
        prodid="-//Invite//Calendar//EN", stamp=None):
    """start: aware datetime."""
    s = start.astimezone(dt.timezone.utc)
    e = s + dt.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%SZ"
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}",
             "CALSCALE:GREGORIAN", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{(stamp or s - dt.timedelta(days=20)).astimezone(dt.timezone.utc).strftime(f)}",
             f"DTSTART:{s.strftime(f)}", f"DTEND:{e.strftime(f)}", f"SUMMARY:{summary}",
             f"LOCATION:{location}", f"DESCRIPTION:{description}"]
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer}")
    lines += [f"ATTENDEE;CN=Leilani Parsons;RSVP=TRUE:mailto:{ME_ADDR}",
              "STATUS:CONFIRMED" if method != "CANCEL" else "STATUS:CANCELLED",
              "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def add(label, slug, at, frm, subject, text=None, html=None, to=ME, enc="quoted-printable",
        henc=None, ics_text=None, ics_name="invite.ics", cc=None, reply_to=None, irt=None,
        kind="info", extra=None, mid_domain=None):
    global _expect, _ivdates
    SPECS.append(dict(label=label, slug=slug, at=at, frm=frm, to=to, subject=subject, text=text,
                      html=html, enc=enc, henc=henc or enc, ics=ics_text, ics_name=ics_name,
                      cc=cc, reply_to=reply_to, irt=irt, kind=kind, extra=extra or [],
                      mid_domain=mid_domain, expect=list(dict.fromkeys(_expect)),
                      iv=list(dict.fromkeys(_ivdates))))
    _expect, _ivdates = [], []


def msgid(spec):
    h = hashlib.sha1((spec["slug"] + spec["at"].isoformat()).encode()).hexdigest()
    dom = spec["mid_domain"] or spec["frm"].rsplit("@", 1)[1].rstrip(">")
    return f"<{h[:20]}.{h[20:28]}@{dom}>"


def qn(addr):
    """Quote a display name that contains a period (e.g. "Dr. Jane Roe")."""
    m = re.match(r'^([^"<]+?) <([^>]+)>$', addr)
    if m and "." in m.group(1):
        return f'"{m.group(1)}" <{m.group(2)}>'
    return addr


def build(spec, mids):
    m = EmailMessage(policy=policy.default)
    m["Return-Path"] = "<" + spec["frm"].rsplit("<", 1)[-1].rstrip(">") + ">"
    m["Date"] = format_datetime(spec["at"])
    m["From"] = qn(spec["frm"])
    m["To"] = qn(spec["to"])
    if spec["cc"]:
        m["Cc"] = qn(spec["cc"])
    if spec["reply_to"]:
        m["Reply-To"] = spec["reply_to"]
    m["Subject"] = spec["subject"]
    m["Message-ID"] = mids[spec["slug"] + spec["at"].isoformat()]
    if spec["irt"]:
        m["In-Reply-To"] = spec["irt"]
        m["References"] = spec["irt"]
    for k, v in spec["extra"]:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if spec["text"] is not None:
        m.set_content(spec["text"], cte=spec["enc"])
        if spec["html"] is not None:
            m.add_alternative(spec["html"], subtype="html", cte=spec["henc"])
    else:
        m.set_content(spec["html"], subtype="html", cte=spec["henc"])
    if spec["ics"]:
        if spec["text"] is not None and spec["html"] is not None:
            m.make_mixed()
        m.add_attachment(spec["ics"].encode("utf-8"), maintype="text", subtype="calendar",
                         filename=spec["ics_name"])
        for p in m.walk():
            if p.get_content_type() == "text/calendar":
                p.set_param("method", "CANCEL" if "METHOD:CANCEL" in spec["ics"] else "REQUEST")
                p.set_param("charset", "utf-8")
    for p in m.walk():
        if p is not m and "MIME-Version" in p:
            del p["MIME-Version"]
    k = 0
    h = hashlib.md5(spec["slug"].encode()).hexdigest()[:12]
    for p in m.walk():
        if p.is_multipart():
            p.set_boundary(f"----=_Part_{h}_{k}")
            k += 1
    return m


def write_all(root, programs, applicant, header_comment):
    SPECS.sort(key=lambda s: s["at"])
    ts = [int(s["at"].timestamp()) for s in SPECS]
    assert len(set(ts)) == len(ts), "duplicate timestamps"
    mids = {s["slug"] + s["at"].isoformat(): msgid(s) for s in SPECS}
    # resolve In-Reply-To given as a slug key
    key2mid = {}
    for s in SPECS:
        key2mid.setdefault(s["slug"], mids[s["slug"] + s["at"].isoformat()])
    mail = os.path.join(root, "mail")
    if os.path.isdir(mail):
        shutil.rmtree(mail)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(mail, sub))
    expect = []
    for i, s in enumerate(SPECS, 1):
        if s["irt"] and not s["irt"].startswith("<"):
            s["irt"] = key2mid[s["irt"]]
        fn = f"{int(s['at'].timestamp())}.M{i:03d}P1.{s['slug']}:2,S"
        s["file"] = fn
        m = build(s, mids)
        with open(os.path.join(mail, "cur", fn), "wb") as f:
            f.write(m.as_bytes(policy=policy.default))
        expect.append(dict(file=fn, label=s["label"], kind=s["kind"], expect=s["expect"],
                           iv=s["iv"], date=s["at"].isoformat()))
    with open(os.path.join(root, "_gen", "expect.json"), "w") as f:
        json.dump(expect, f, indent=1, ensure_ascii=False)
    # truth.toml
    files = {}
    for s in SPECS:
        files.setdefault(s["label"], []).append(s["file"])
    for lab in files:
        assert lab == "unrelated" or lab in programs, lab
    out = [header_comment, "", "unrelated = ["]
    out += [f'  "{f}",' for f in files.get("unrelated", [])]
    out += ["]", "", "[applicant]"]
    for k in ("email", "name", "timezone", "as_of"):
        out.append(f'{k} = "{applicant[k]}"')
    counts = {}
    for key, p in programs.items():
        assert key in files, ("program without mail", key)
        out += ["", "[[program]]", f'key = "{key}"', f'institution = "{p["inst"]}"',
                f'specialty = "{p["spec"]}"', f'track = "{p["track"]}"',
                f'invited = {"true" if p["invited"] else "false"}',
                f'final_status = "{p["status"]}"', "messages = ["]
        out += [f'  "{f}",' for f in files[key]]
        out.append("]")
        if p["invited"]:
            counts[p["spec"]] = counts.get(p["spec"], 0) + 1
    out += ["", "[counts]"]
    for k in sorted(counts):
        out.append(f'"{k}" = {counts[k]}')
    with open(os.path.join(root, "truth.toml"), "w") as f:
        f.write("\n".join(out) + "\n")
    return SPECS, counts
