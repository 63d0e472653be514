#!/usr/bin/env python3
"""Generate season-i: Tessa Villanueva (NYITCOM OMS-IV), Emergency Medicine + Family Medicine,
NYC / Long Island / New Jersey / Florida.  Deterministic; standard library only.

Writes ../mail/{cur,new,tmp}, ../truth.toml and _gen/expect.json (used by check.py).
"""
import json
import os
import re
import shutil
import sys
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *  # noqa

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
AS_OF = "2027-02-05T18:00:00-05:00"
APP = f"{APP_NAME} <{APP_EMAIL}>"

MSGS = []
PROGRAMS = {}   # key -> dict(institution, specialty, track, invited, final_status)
ORDER = []


def program(key, institution, specialty, invited, final_status, track="categorical"):
    PROGRAMS[key] = dict(institution=institution, specialty=specialty, track=track, invited=invited,
                         final_status=final_status)
    ORDER.append(key)


def add(key, slug, at, frm, subject, text, html=None, to=APP, cc=None, enc="quoted-printable",
        html_enc=None, ics_att=None, ics_inline=None, date_tz=ET, reply_to=None, irt=None, names=(),
        dates=(), extra=None, domain=None, attachments=()):
    """key None = unrelated.  at = 'YYYY-MM-DD HH:MM' ET."""
    dt = when(at)
    if domain is None:
        m = re.search(r"@([\w.-]+)>?\s*$", frm)
        domain = m.group(1) if m else "mail.gmail.com"
    MSGS.append(dict(key=key, slug=slug, dt=dt, frm=frm, to=to, cc=cc, subject=subject, text=text,
                     html=html, enc=enc, html_enc=html_enc or enc, ics_att=ics_att, ics_inline=ics_inline,
                     date_tz=date_tz, reply_to=reply_to, irt=irt, names=list(names), dates=list(dates),
                     extra=extra or {}, domain=domain, attachments=list(attachments)))
    return MSGS[-1]


def cte_for(s, enc):
    if enc in ("7bit",) and not s.isascii():
        return "quoted-printable"
    return enc


def build(m, mid):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["dt"].astimezone(m["date_tz"]))
    msg["Message-ID"] = mid
    if m["irt"]:
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m["irt"]
    for k, v in m["extra"].items():
        msg[k] = v
    text = m["text"].strip("\n") + "\n"
    msg.set_content(text, subtype="plain", charset="utf-8", cte=cte_for(text, m["enc"]))
    if m["html"]:
        msg.add_alternative(m["html"], subtype="html", charset="utf-8", cte=cte_for(m["html"], m["html_enc"]))
    if m["ics_inline"]:
        # Outlook style: calendar as a third alternative
        msg.add_alternative(m["ics_inline"], subtype="calendar", charset="utf-8", cte="7bit" if m["ics_inline"].isascii() else "quoted-printable",
                            params={"method": "REQUEST"})
    if m["ics_att"]:
        name, data = m["ics_att"]
        msg.add_attachment(data.encode("utf-8"), maintype="text", subtype="calendar", filename=name,
                           cte="base64", params={"method": "REQUEST"})
    for name, mt, st, data in m["attachments"]:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("----=_Part_" + digits(mid + str(i), 6) + "_" + token(mid + "b" + str(i), 16))
    return msg


# ---------------------------------------------------------------- platform templates
TH = "Thalamus <noreply@thalamusgme.com>"
RC = "ResidencyCAS <noreply@liaisoncas.com>"
ER = "ERAS <myeras-noreply@aamc.org>"
IB = "Interview Broker <no-reply@interviewbroker.com>"
TH_FOOT = ("--\nThalamus | Graduate Medical Education Interview Management\n"
           "Questions? Visit https://thalamusgme.com/applicant-help or reply to support@thalamusgme.com\n"
           "You are receiving this email because you have an applicant account on Thalamus.")
RC_FOOT = ("ResidencyCAS Applicant Customer Service\nPhone: 617-612-2080  |  Monday–Friday, 9:00 a.m.–5:00 p.m. ET\n"
           "https://residencycas.cas.myliaison.com\n\nPlease do not reply to this automated message.")
ER_FOOT = ("This is an automated message from the Electronic Residency Application Service (ERAS®).\n"
           "Please do not reply to this email. Log in to MyERAS: https://apps.aamc.org/myeras-web/\n"
           "Association of American Medical Colleges | 655 K Street, NW, Suite 100 | Washington, DC 20001-2399")
IB_FOOT = ("Interview Broker — Interview scheduling for residency and fellowship programs\n"
           "https://www.interviewbroker.com  ·  Need help? support@interviewbroker.com")


def bullets(isos, fmt=long):
    return "\n".join(f"  • {fmt(i)}" for i in isos)


def th_link(seed, kind="invitations"):
    return f"https://app.thalamusgme.com/applicant/{kind}/{token(seed, 12).lower()}"


def thalamus_invite(prog, specialty, isos, deadline, seed, note="", itype="Virtual"):
    link = th_link(seed)
    text = f"""Hello Tessa,

Congratulations! You have received an interview invitation on Thalamus.

Program: {prog}
Specialty: {specialty}
Interview Type: {itype}

Interview dates offered:
{bullets(isos)}

Log in to Thalamus to view the invitation and select a date:
{link}

Please respond by {deadline}. Interview dates are available on a first-come, first-served basis and may fill quickly.
"""
    if note:
        text += f"\nMessage from the program:\n{note}\n"
    text += "\nBest of luck!\nThe Thalamus Team\n\n" + TH_FOOT
    return text, text_to_html(text), link


def thalamus_scheduled(prog, specialty, iso, times, seed, itype="Virtual"):
    link = th_link(seed, "itinerary")
    text = f"""Hi Tessa,

Your interview has been scheduled.

Program: {prog}
Specialty: {specialty}
Date: {long(iso)}
Time: {times}
Interview Type: {itype}

You can view your itinerary, add the interview to your calendar, or request changes here:
{link}

If you need to cancel, please do so through Thalamus so that the program is notified.

The Thalamus Team

{TH_FOOT}"""
    return text, text_to_html(text), link


def ib_invite(org, isos, seed, deadline, note=""):
    link = f"https://www.interviewbroker.com/applicant/invite/{token(seed, 16)}"
    text = f"""Dear Tessa Villanueva,

{org} has invited you to schedule an interview using Interview Broker.

Available dates:
{bullets(isos)}

To choose a date, click the link below. You do not need an account; the link is unique to you.
{link}

This invitation expires on {deadline}.
"""
    if note:
        text += f"\nMessage from {org}:\n{note}\n"
    text += "\n" + IB_FOOT
    return text, text_to_html(text), link


def ib_confirm(org, iso, times, seed, extra=""):
    link = f"https://www.interviewbroker.com/applicant/manage/{token(seed, 16)}"
    text = f"""Dear Tessa Villanueva,

Your interview with {org} is confirmed.

Date: {long(iso)}
Time: {times}

{extra}
To view, reschedule or cancel your interview, use this link:
{link}

{IB_FOOT}"""
    return text, text_to_html(text), link


def rcas_invite(prog, isos, seed, deadline, note=""):
    link = "https://residencycas.cas.myliaison.com/applicant-ux/#/interviews"
    text = f"""Dear Tessa Villanueva,

You have received an interview invitation through ResidencyCAS.

Program: {prog}
Designation: Emergency Medicine - Categorical

The program is offering the following interview date(s):
{bullets(isos)}

To accept the invitation and reserve a date, log in to ResidencyCAS and open the Interviews tab:
{link}

Invitations expire on {deadline}. After that date the invitation may be withdrawn.
"""
    if note:
        text += f"\nNote from the program:\n{note}\n"
    text += "\nSincerely,\nResidencyCAS\n\n" + RC_FOOT
    return text, text_to_html(text), link


def rcas_scheduled(prog, iso, times, note=""):
    link = "https://residencycas.cas.myliaison.com/applicant-ux/#/interviews"
    text = f"""Dear Tessa Villanueva,

This email confirms your interview.

Program: {prog}
Interview Date: {long(iso)}
Interview Time: {times}

{note}
You can view or cancel this interview in ResidencyCAS: {link}
Cancelling less than 7 days before the interview date should be avoided when possible.

{RC_FOOT}"""
    return text, text_to_html(text), link


def eras_invite(prog, pid, specialty, isos, seed, deadline, note=""):
    link = "https://apps.aamc.org/myeras-web/#/interviews"
    text = f"""Dear Tessa Villanueva,

You have received an interview invitation from the following program:

{prog} - {specialty} ({pid})

Available interview dates:
{bullets(isos)}

Please log in to MyERAS and select "Interviews" to schedule your interview. Invitations are
first-come, first-served; the program has set a response deadline of {deadline}.
{link}
"""
    if note:
        text += f"\nMessage from the program:\n{note}\n"
    text += f"\nAAMC ID: {AAMC_ID}\n\n{ER_FOOT}"
    return text, link


def eras_scheduled(prog, pid, specialty, iso, times):
    link = "https://apps.aamc.org/myeras-web/#/interviews"
    text = f"""Dear Tessa Villanueva,

Your interview has been scheduled.

Program: {prog} - {specialty} ({pid})
Date: {long(iso)}
Time: {times}

To view your interview details or cancel, log in to MyERAS: {link}

AAMC ID: {AAMC_ID}

{ER_FOOT}"""
    return text, link


# ---------------------------------------------------------------- the season
exec(open(os.path.join(HERE, "season.py"), encoding="utf-8").read())


# ---------------------------------------------------------------- write
def main():
    mail = os.path.join(ROOT, "mail")
    if os.path.isdir(mail):
        shutil.rmtree(mail)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(mail, sub))
    MSGS.sort(key=lambda m: m["dt"])
    names = {}
    expect = {}
    seen_ts = set()
    for i, m in enumerate(MSGS, 1):
        ts = int(m["dt"].timestamp())
        assert ts not in seen_ts, m["slug"]
        seen_ts.add(ts)
        fn = f"{ts}.M{i:03d}P1.{m['slug']}:2,S"
        mid = msgid(fn, m["domain"])
        m["fn"], m["mid"] = fn, mid
        names[id(m)] = fn
    # resolve In-Reply-To references given as slugs
    by_slug = {}
    for m in MSGS:
        by_slug.setdefault(m["slug"], []).append(m)
    for m in MSGS:
        if m["irt"] and not m["irt"].startswith("<"):
            m["irt"] = by_slug[m["irt"]][0]["mid"]
    for m in MSGS:
        msg = build(m, m["mid"])
        with open(os.path.join(mail, "cur", m["fn"]), "wb") as f:
            f.write(msg.as_bytes(policy=policy.default))
        urls = sorted(set(re.findall(r"https?://[^\s<>\"')\]]+", m["text"])))
        urls = [u.rstrip(".,;") for u in urls]
        expect[m["fn"]] = dict(key=m["key"], names=m["names"], dates=m["dates"], urls=urls)
    # truth
    out = ["# Season I - Tessa Villanueva (NYITCOM OMS-IV): Emergency Medicine + Family Medicine,",
           "# New York City, Long Island, New Jersey and Florida.  Generated by _gen/generate.py - do not edit by hand.",
           "", "unrelated = ["]
    out += [f'  "{m["fn"]}",' for m in MSGS if m["key"] is None]
    out += ["]", "", "[applicant]", f'email = "{APP_EMAIL}"', f'name = "{APP_NAME}"',
            'timezone = "America/New_York"', f'as_of = "{AS_OF}"', ""]
    counts = {}
    for key in ORDER:
        p = PROGRAMS[key]
        msgs = [m["fn"] for m in MSGS if m["key"] == key]
        assert msgs, key
        out += ["[[program]]", f'key = "{key}"', f'institution = "{p["institution"]}"',
                f'specialty = "{p["specialty"]}"', f'track = "{p["track"]}"',
                f'invited = {"true" if p["invited"] else "false"}', f'final_status = "{p["final_status"]}"',
                "messages = ["] + [f'  "{x}",' for x in msgs] + ["]", ""]
        if p["invited"]:
            counts[p["specialty"]] = counts.get(p["specialty"], 0) + 1
    out += ["[counts]"] + [f'"{k}" = {v}' for k, v in sorted(counts.items())]
    with open(os.path.join(ROOT, "truth.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(HERE, "expect.json"), "w", encoding="utf-8") as f:
        json.dump(dict(as_of=AS_OF, programs=PROGRAMS, files=expect), f, indent=1, ensure_ascii=False, sort_keys=True)
    print(f"{len(MSGS)} messages, {len(PROGRAMS)} programs, "
          f"{sum(1 for m in MSGS if m['key'] is None)} unrelated, counts {counts}")


if __name__ == "__main__":
    main()
