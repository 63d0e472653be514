"""Platform templates (Thalamus, ERAS, Interview Broker, Calendly, Google Forms) for season K."""
import html as _h
from datetime import datetime, timedelta

from mailkit import (APP, APP_NAME, CHI, DEN, NY, UTC, A, L, LN, M, MD, N, S, a, html_page, ics, local, ul, hm)

THAL = ("Thalamus", "noreply@thalamusgme.com")
ERAS = ("ERAS", "eras-noreply@aamc.org")
IB = ("Interview Broker", "notifications@interviewbroker.com")
CAL = ("Calendly", "notifications@calendly.com")
TZN = {CHI: "CT", DEN: "MT"}
TZLONG = {CHI: "Central Time (US & Canada)", DEN: "Mountain Time (US & Canada)"}


def at(day, hhmm, tz=CHI):
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=tz)


def e(s):
    return _h.escape(s, quote=False)


THAL_FOOT = ("You are receiving this email because you have an applicant account on Thalamus. "
             "Manage notifications: https://app.thalamusgme.com/applicant/settings/notifications")


# ------------------------------------------------------------------ Thalamus
def thal_invite(when, slug, label, prog, dates, url, *, deadline=None, note="", fmt="Virtual interview",
                tz=CHI, must=()):
    dl = f" Please schedule by {L(deadline)}." if deadline else ""
    lines = "\n".join(f"  - {L(x)}" for x in dates)
    text = f"""Hi Renata,

Congratulations! You have received an interview invitation from:

Program: {prog}

Message from the program:
{note.strip()}

Format: {fmt}
Available interview dates (times shown in {TZLONG[tz]}):
{lines}

Interview dates are offered on a first-come, first-served basis.{dl}

Schedule your interview: {url}

Best,
The Thalamus Team

{THAL_FOOT}
"""
    html = html_page([
        "Hi Renata,",
        "Congratulations! You have received an interview invitation from:",
        f"<p><b>Program:</b> {e(prog)}</p>",
        "<p><b>Message from the program:</b><br>" + e(note.strip()).replace("\n\n", "<br><br>").replace("\n", " ") + "</p>",
        f"<p><b>Format:</b> {e(fmt)}</p>",
        f"<p>Available interview dates (times shown in {e(TZLONG[tz])}):</p>",
        ul([L(x) for x in dates]),
        f"Interview dates are offered on a first-come, first-served basis.{dl}",
        f"<p>{a(url, 'Schedule your interview')}</p>",
        "Best,<br>The Thalamus Team",
    ], footer=THAL_FOOT)
    return M(when, slug, label, THAL, f"Interview Invitation: {prog}", text, html, tz=UTC, enc="qp",
             must=[prog, url] + [L(x) for x in dates] + ([L(deadline)] if deadline else []) + list(must),
             idates=dates, deadline=deadline)


def thal_scheduled(when, slug, label, prog, day, start, url, *, tz=CHI, minutes=300, fmt="Virtual",
                   location="Virtual (Zoom link to follow from the program)", must=()):
    st = at(day, start, tz)
    tzs = TZN[tz]
    text = f"""Hi Renata,

Your interview has been scheduled.

Program: {prog}
Date: {L(day)}
Time: {hm(st)} {tzs}
Format: {fmt}
Location: {location}

You can view, reschedule or cancel this interview from your Thalamus calendar:
{url}

A calendar file is attached.

The Thalamus Team

{THAL_FOOT}
"""
    cal = ics(f"{slug}-{day}-{label}@thalamusgme.com", st, minutes, f"Interview: {prog}", location,
              f"{prog}\nManage: {url}", stamp=local(when))
    return M(when, slug, label, THAL, f"Interview Scheduled: {prog} - {A(day)}", text, tz=UTC, enc="7bit",
             ics_text=cal, must=[prog, L(day), A(day), url] + list(must), idates=[day])


def thal_reminder(when, slug, label, prog, day, start, url, *, tz=CHI, ndays=7, must=()):
    st = at(day, start, tz)
    text = f"""Hi Renata,

This is a reminder that you have an upcoming interview in {ndays} days.

Program: {prog}
Date: {L(day)}
Start time: {hm(st)} {TZN[tz]}

Please check your email for any details sent directly by the program (video link, itinerary, socials).
View your interview: {url}

The Thalamus Team

{THAL_FOOT}
"""
    html = html_page([
        "Hi Renata,",
        f"This is a reminder that you have an upcoming interview in <b>{ndays} days</b>.",
        f"<table><tr><td><b>Program</b></td><td>{e(prog)}</td></tr>"
        f"<tr><td><b>Date</b></td><td>{L(day)}</td></tr>"
        f"<tr><td><b>Start time</b></td><td>{hm(st)} {TZN[tz]}</td></tr></table>",
        "Please check your email for any details sent directly by the program (video link, itinerary, socials).",
        f"<p>{a(url, 'View your interview')}</p>",
        "The Thalamus Team",
    ], footer=THAL_FOOT)
    return M(when, slug, label, THAL, f"Reminder: Upcoming Interview - {prog}", text, html, tz=UTC, enc="b64",
             must=[prog, L(day), url] + list(must), idates=[day])


def thal_message(when, slug, label, prog, subject, body, url, *, must=()):
    text = f"""Hi Renata,

You have a new message from {prog}:

Subject: {subject}

{body.strip()}

View this message in Thalamus: {url}

The Thalamus Team

{THAL_FOOT}
"""
    return M(when, slug, label, THAL, f"New message from {prog}", text, tz=UTC, enc="qp",
             must=[prog, url] + list(must))


def thal_cancelled(when, slug, label, prog, day, start, url, *, tz=CHI, must=()):
    st = at(day, start, tz)
    text = f"""Hi Renata,

You have cancelled your interview.

Program: {prog}
Date: {L(day)}
Time: {hm(st)} {TZN[tz]}

The program has been notified. If this was a mistake, contact the program directly; the date may no
longer be available.

Your Thalamus calendar: {url}

The Thalamus Team

{THAL_FOOT}
"""
    cal = ("BEGIN:VCALENDAR\r\nPRODID:-//Season K test data//EN\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\n"
           f"UID:thalamus-scheduled-{day}-{label}@thalamusgme.com\r\n"
           f"DTSTAMP:{local(when).astimezone(UTC):%Y%m%dT%H%M%SZ}\r\n"
           f"DTSTART:{st.astimezone(UTC):%Y%m%dT%H%M%SZ}\r\n"
           f"SUMMARY:Cancelled: Interview - {prog}\r\nSTATUS:CANCELLED\r\nSEQUENCE:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    return M(when, slug, label, THAL, f"Interview Cancelled: {prog}", text, tz=UTC, enc="7bit", ics_text=cal,
             ics_method="CANCEL", ics_name="cancel.ics", must=[prog, L(day), url] + list(must))


# ------------------------------------------------------------------ ERAS
ERAS_FOOT = ("This message was sent from the ERAS (Electronic Residency Application Service) on behalf of the "
             "program listed above. Please do not reply to this email.\nAAMC | 655 K Street NW, Suite 100 | "
             "Washington, DC 20001-2399")


def eras_invite(when, slug, label, prog, pid, specialty, dates, url, *, deadline=None, program_msg="",
                nrmp=None, sender=None, must=()):
    lines = "\n".join(f"    {L(x)}" for x in dates)
    dl = f"\nPlease respond by: {L(deadline)}\n" if deadline else ""
    code = f"NRMP Program Code: {nrmp}\n" if nrmp else ""
    text = f"""Dear Renata Villarreal,

You have received an interview invitation in ERAS.

Program: {prog}
ACGME Program ID: {pid}
Specialty: {specialty}
{code}
Message from the program{(' (' + sender + ')') if sender else ''}:
{program_msg.strip()}

Interview dates available:
{lines}
{dl}
To accept, decline or request a waitlist position, sign in to MyERAS and open the Interviews tab:
{url}

Dates are held on a first-come, first-served basis and are not reserved until you schedule.

Thank you,
ERAS

{ERAS_FOOT}
"""
    return M(when, slug, label, ERAS, f"ERAS Interview Invitation - {prog}", text, tz=NY, enc="qp",
             must=[prog, pid, url] + [L(x) for x in dates] + ([L(deadline)] if deadline else []) + list(must),
             idates=dates, deadline=deadline)


def eras_scheduled(when, slug, label, prog, pid, day, start, url, *, minutes=360, location="Virtual",
                   must=(), subject_prefix="Interview Scheduled"):
    st = at(day, start)
    text = f"""Dear Renata Villarreal,

This confirms your interview with the following program.

Program: {prog}
ACGME Program ID: {pid}
Interview date: {L(day)}
Start time: {hm(st)} Central Time
Location: {location}

You may review or cancel this interview in MyERAS (Interviews tab):
{url}

Thank you,
ERAS

{ERAS_FOOT}
"""
    html = html_page([
        "Dear Renata Villarreal,",
        "This confirms your interview with the following program.",
        f"<table cellpadding=\"4\"><tr><th align=\"left\">Program</th><td>{e(prog)}</td></tr>"
        f"<tr><th align=\"left\">ACGME Program ID</th><td>{pid}</td></tr>"
        f"<tr><th align=\"left\">Interview date</th><td>{L(day)}</td></tr>"
        f"<tr><th align=\"left\">Start time</th><td>{hm(st)} Central Time</td></tr>"
        f"<tr><th align=\"left\">Location</th><td>{e(location)}</td></tr></table>",
        f"You may review or cancel this interview in MyERAS ({a(url, 'Interviews tab')}).",
        "Thank you,<br>ERAS",
    ], footer=e(ERAS_FOOT).replace("\n", "<br>"))
    cal = ics(f"{slug}-{pid}-{day}@aamc.org", st, minutes, f"Interview - {prog}", location, f"{prog} ({pid})",
              stamp=local(when))
    return M(when, slug, label, ERAS, f"{subject_prefix} - {prog}", text, html, tz=NY, enc="qp", ics_text=cal,
             must=[prog, pid, L(day), url] + list(must), idates=[day])


def eras_post_office(when, slug, label, prog, pid, subject, body, *, sender, must=(), enc="qp"):
    text = f"""You have a new message in your ERAS Post Office.

From: {sender}
Program: {prog} ({pid})
Subject: {subject}

{body.strip()}

------------------------------------------------------------
To view all messages, sign in to MyERAS and open Messages:
https://myeras.aamc.org/messages

{ERAS_FOOT}
"""
    return M(when, slug, label, ERAS, f"ERAS Post Office: {subject}", text, tz=NY, enc=enc,
             must=[prog, pid, "https://myeras.aamc.org/messages"] + list(must))


def eras_declined(when, slug, label, prog, pid, url, *, must=()):
    text = f"""Dear Renata Villarreal,

You have declined the interview invitation from the following program:

Program: {prog}
ACGME Program ID: {pid}

The program has been notified. If you declined in error, contact the program directly.
MyERAS Interviews: {url}

Thank you,
ERAS

{ERAS_FOOT}
"""
    return M(when, slug, label, ERAS, f"Interview Invitation Declined - {prog}", text, tz=NY, enc="7bit",
             must=[prog, pid, url] + list(must))


# ------------------------------------------------------------------ Interview Broker
IB_FOOT = "Interview Broker - interview scheduling for residency and fellowship programs. https://www.interviewbroker.com"


def ib_invite(when, slug, label, org, dates, url, *, deadline=None, note="", signer="", must=()):
    rows = "".join(f"<tr><td>{L(x)}</td><td>Virtual</td></tr>" for x in dates)
    dl = f"<p>Please select a date by <b>{L(deadline)}</b>.</p>" if deadline else ""
    html = html_page([
        f"<h2 style=\"color:#1f4e79\">{e(org)}</h2>",
        "Dear Renata Villarreal,",
        e(note.strip()).replace("\n\n", "</p><p>").replace("\n", " "),
        "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\"><tr><th>Interview date</th><th>Format</th></tr>"
        + rows + "</table>",
        dl,
        f"<p style=\"text-align:center\"><a href=\"{url}\" style=\"background:#1f4e79;color:#fff;padding:10px 18px;text-decoration:none\">Select an interview date</a></p>",
        f"<p>If the button does not work, copy this link into your browser: {url}</p>",
        e(signer).replace("\n", "<br>"),
    ], footer=IB_FOOT)
    return M(when, slug, label, IB, f"Interview Invitation - {org}", None, html, tz=UTC, enc="b64",
             must=[org, url] + [L(x) for x in dates] + ([L(deadline)] if deadline else []) + list(must),
             idates=dates, deadline=deadline)


def ib_confirm(when, slug, label, org, day, start, url, *, minutes=300, must=()):
    st = at(day, start)
    text = f"""Interview Confirmation

Dear Renata Villarreal,

Your interview with {org} has been confirmed.

Date: {L(day)}
Time: {hm(st)} Central
Format: Virtual

To change or cancel, use your Interview Broker link:
{url}

{IB_FOOT}
"""
    cal = ics(f"ib-{slug}-{day}@interviewbroker.com", st, minutes, f"Interview - {org}", "Virtual",
              f"{org}\n{url}", method="REQUEST", organizer=("Interview Broker", "notifications@interviewbroker.com"),
              stamp=local(when))
    return M(when, slug, label, IB, f"Interview Confirmation - {org}", text, tz=UTC, enc="qp", ics_text=cal,
             ics_method="REQUEST", must=[org, L(day), url] + list(must), idates=[day])


def ib_reminder(when, slug, label, org, day, start, url, *, must=()):
    st = at(day, start)
    html = html_page([
        f"<h3>{e(org)}</h3>",
        "Dear Renata Villarreal,",
        f"This is a reminder of your interview on <b>{L(day)}</b> at <b>{hm(st)} Central</b>.",
        f"Interview details and any changes: {a(url)}",
    ], footer=IB_FOOT)
    return M(when, slug, label, IB, f"Interview Reminder - {org}", None, html, tz=UTC, enc="qp",
             must=[org, L(day), url] + list(must), idates=[day])


# ------------------------------------------------------------------ Calendly
def cal_confirm(when, slug, label, event, host, day, start, minutes, url, *, location, must=()):
    st = at(day, start)
    en = st + timedelta(minutes=minutes)
    when_s = f"{hm(st)} - {hm(en)}, {L(day)}"
    text = f"""Hi Renata Villarreal,

A new event has been scheduled.

Event Type:
{event}

Invitee:
Renata Villarreal

Invitee Email:
{APP}

Event Date/Time:
{when_s} (Central Time - US & Canada)

Location:
{location}

Need to make changes to this event?
Cancel: {url}/cancellations
Reschedule: {url}/reschedulings

Powered by Calendly.com
"""
    html = html_page([
        "Hi Renata Villarreal,",
        "A new event has been scheduled.",
        f"<p><b>Event Type:</b><br>{e(event)}</p>",
        f"<p><b>Event Date/Time:</b><br>{when_s} (Central Time - US &amp; Canada)</p>",
        f"<p><b>Location:</b><br>{e(location)}</p>",
        f"<p>Need to make changes to this event?<br>{a(url + '/cancellations', 'Cancel')} | "
        f"{a(url + '/reschedulings', 'Reschedule')}</p>",
    ], footer="Powered by Calendly.com")
    cal = ics(f"calendly-{slug}-{day}@calendly.com", st, minutes, f"{event} between {host} and Renata Villarreal",
              location, f"{event}\n{url}", method="REQUEST", organizer=(host, "no-reply@calendly.com"),
              stamp=local(when))
    return M(when, slug, label, CAL, f"Confirmed: {event} with {host} on {L(day)}", text, html, tz=UTC,
             enc="qp", reply_to=("Calendly", "no-reply@calendly.com"), ics_text=cal, ics_method="REQUEST",
             must=[event, L(day), url + "/cancellations"] + list(must), idates=[day])
