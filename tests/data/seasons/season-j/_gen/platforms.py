"""Platform mail templates (Thalamus, ERAS scheduler / Post Office, Interview Broker, Calendly)."""
import datetime as dt
import hashlib
from html import escape as E
from lib import X, fd, iv, add, ics, when, ME, UTC, ET, PT

THAL = "Thalamus <noreply@thalamusgme.com>"
ERAS = "ERAS Interview Scheduler <noreply@aamc.org>"
ERASPO = "ERAS Post Office <erasnoreply@aamc.org>"
IB = "Interview Broker <no-reply@interviewbroker.com>"
CAL = "Calendly <notifications@calendly.com>"

THAL_FOOT = ("Thalamus | Cloud-based interview management for graduate medical education\n"
             "You are receiving this e-mail because you have an applicant account on Thalamus.\n"
             "Manage notification preferences: https://app.thalamusgme.com/settings/notifications")


def _html_wrap(inner, brand="#2c3e8f", foot=""):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:"
            "Helvetica,Arial,sans-serif;font-size:14px;color:#222\"><table width=\"100%\" cellpadding=\"0\" "
            f"cellspacing=\"0\"><tr><td style=\"background:{brand};padding:14px;color:#fff;font-size:18px\">"
            f"{foot.split('|')[0] if foot else ''}</td></tr><tr><td style=\"padding:18px\">{inner}</td></tr>"
            f"<tr><td style=\"font-size:11px;color:#777;padding:12px\">{E(foot)}</td></tr></table></body></html>")


def thalamus_invite(label, at, prog, dates, url, coord, note="", deadline=None, fmt="virtual",
                    slug="thalamus-invitation"):
    X(prog); X(url)
    ds = [iv(x) for x in dates]
    opts_t = "\n".join(f"  - {s}" for s in ds)
    opts_h = "".join(f"<li>{E(s)}</li>" for s in ds)
    dl = ""
    if deadline:
        dl = f"Please respond to this invitation by {fd(deadline)}."
    text = (f"Dear Leilani,\n\nCongratulations! You have been invited to interview with:\n\n"
            f"Program: {prog}\n\nInterview format: {fmt.capitalize()}\n\nAvailable interview dates:\n{opts_t}\n\n"
            f"{note}\n\n{dl}\n\nTo schedule, decline or join the waitlist for a date, log in to Thalamus:\n{url}\n\n"
            f"If you have questions about the program, please contact {coord}.\n\n--\n{THAL_FOOT}\n")
    html = _html_wrap(
        f"<p>Dear Leilani,</p><p><b>Congratulations!</b> You have been invited to interview with:</p>"
        f"<p style=\"font-size:16px\"><b>Program:</b> {E(prog)}</p><p><b>Interview format:</b> {fmt.capitalize()}</p>"
        f"<p><b>Available interview dates:</b></p><ul>{opts_h}</ul><p>{E(note)}</p><p>{E(dl)}</p>"
        f"<p><a href=\"{url}\" style=\"background:#2c3e8f;color:#fff;padding:10px 18px;text-decoration:none\">"
        f"Schedule Interview</a></p><p>If you have questions about the program, please contact {E(coord)}.</p>",
        foot="Thalamus | Cloud-based interview management for graduate medical education")
    add(label, slug, at, THAL, f"Interview Invitation - {prog}", text, html, kind="invitation",
        mid_domain="thalamusgme.com")


def thalamus_sched(label, at, prog, date, start, minutes, url, zoom=None, slug="thalamus-scheduled",
                   tzlabel="Pacific Time"):
    X(prog); X(url)
    ds = iv(date)
    t = start.strftime("%I:%M %p").lstrip("0")
    loc = zoom or "Virtual interview - link to be provided by the program"
    if zoom:
        X(zoom)
    text = (f"Hi Leilani,\n\nYour interview has been scheduled.\n\nProgram: {prog}\nDate: {ds}\n"
            f"Start time: {t} ({tzlabel})\nLocation: {loc}\n\nA calendar invitation is attached. You can view or "
            f"change this interview in Thalamus (subject to the program's cancellation policy):\n{url}\n\n--\n{THAL_FOOT}\n")
    html = _html_wrap(
        f"<p>Hi Leilani,</p><p>Your interview has been <b>scheduled</b>.</p><table cellpadding=\"4\">"
        f"<tr><td><b>Program:</b></td><td>{E(prog)}</td></tr><tr><td><b>Date:</b></td><td>{E(ds)}</td></tr>"
        f"<tr><td><b>Start time:</b></td><td>{t} ({tzlabel})</td></tr><tr><td><b>Location:</b></td><td>{E(loc)}</td></tr>"
        f"</table><p><a href=\"{url}\">View in Thalamus</a></p>",
        foot="Thalamus | Cloud-based interview management for graduate medical education")
    cal = ics(f"thalamus-{hashlib.md5(prog.encode()).hexdigest()[:10]}-{date.isoformat()}@thalamusgme.com",
              f"Interview: {prog}", start, minutes, loc, f"Interview day. Manage at {url}",
              prodid="-//Thalamus//Interview Scheduler//EN", stamp=at)
    add(label, slug, at, THAL, f"Interview Scheduled - {prog}", text, html, ics_text=cal,
        kind="scheduled", mid_domain="thalamusgme.com")


def thalamus_reminder(label, at, prog, date, timestr, url, slug="thalamus-reminder"):
    X(prog); X(url)
    ds = iv(date)
    text = (f"Hi Leilani,\n\nThis is a reminder of your upcoming interview.\n\nProgram: {prog}\nDate: {ds}\n"
            f"Time: {timestr}\n\nInterview details, the day's itinerary and virtual meeting links are in your "
            f"Thalamus calendar:\n{url}\n\nGood luck!\n\n--\n{THAL_FOOT}\n")
    add(label, slug, at, THAL, f"Reminder: Upcoming Interview - {prog}", text, None, kind="reminder",
        mid_domain="thalamusgme.com")


def thalamus_status(label, at, prog, body, subject, kind, slug):
    X(prog)
    text = f"Dear Leilani,\n\nProgram: {prog}\n\n{body}\n\n--\n{THAL_FOOT}\n"
    html = _html_wrap(f"<p>Dear Leilani,</p><p><b>Program:</b> {E(prog)}</p>" +
                      "".join(f"<p>{E(p)}</p>" for p in body.split("\n\n")),
                      foot="Thalamus | Cloud-based interview management for graduate medical education")
    add(label, slug, at, THAL, subject, text, html, kind=kind, mid_domain="thalamusgme.com")


ERAS_FOOT = ("This message was sent via the ERAS Interview Scheduler on behalf of the program. Do not reply to "
             "this e-mail; contact the program directly.\nAssociation of American Medical Colleges | "
             "655 K Street, NW, Suite 100, Washington, DC 20001-2399")


def eras_invite(label, at, acgme, pid, specialty, dates, url, deadline, pmsg, slug="eras-invitation"):
    X(acgme); X(pid); X(url)
    ds = "\n".join(f"    {iv(x)}" for x in dates)
    text = (f"Dear Leilani Parsons (AAMC ID 17834526),\n\nYou have received an interview invitation from:\n\n"
            f"    {acgme} - {specialty} ({pid})\n\nMessage from the program:\n\n{pmsg}\n\n"
            f"Available interview dates:\n{ds}\n\nPlease respond by {fd(deadline)}. To accept a date, log in to "
            f"MyERAS and select Interviews > Invitations:\n{url}\n\n{ERAS_FOOT}\n")
    add(label, slug, at, ERAS, f"Interview Invitation - {acgme}", text, None, enc="quoted-printable",
        kind="invitation", mid_domain="aamc.org")


def eras_sched(label, at, acgme, pid, specialty, date, timestr, url, slug="eras-scheduled", fmt="Virtual"):
    X(acgme); X(pid); X(url)
    ds = iv(date)
    text = (f"Dear Leilani Parsons,\n\nThis confirms that you have scheduled an interview.\n\n"
            f"Program: {acgme} - {specialty} ({pid})\nInterview date: {ds}\nTime: {timestr}\n"
            f"Format: {fmt}\n\nTo view details or cancel this interview, log in to MyERAS:\n{url}\n\n{ERAS_FOOT}\n")
    add(label, slug, at, ERAS, f"Interview Scheduled - {acgme}", text, None, enc="7bit", kind="scheduled",
        mid_domain="aamc.org")


def eras_po(label, at, acgme, pid, specialty, subject, body, kind, slug="eras-post-office-message", enc="base64"):
    X(acgme); X(pid)
    text = (f"You have received the following message through the ERAS Post Office.\n\nFrom: {acgme} - "
            f"{specialty} ({pid})\nSubject: {subject}\n\n{body}\n\n"
            f"This message was sent via the ERAS Post Office. Please do not reply to this e-mail.\n"
            f"Association of American Medical Colleges\n")
    add(label, slug, at, ERASPO, f"ERAS Post Office: {subject}", text, None, enc=enc, kind=kind,
        mid_domain="aamc.org")


IB_FOOT = "Interview Broker | interviewbroker.com | Questions? support@interviewbroker.com"


def ib_invite(label, at, org, dates, url, deadline, pmsg, slug="interviewbroker-invitation"):
    X(org); X(url)
    rows = "".join(f"<tr><td style=\"padding:4px 10px\">{E(iv(x))}</td><td>Open</td></tr>" for x in dates)
    dl = fd(deadline)
    html = (f"<html><body style=\"font-family:Arial\"><p>Hello Leilani Parsons,</p>"
            f"<p><b>{E(org)}</b> has invited you to interview.</p><blockquote>{E(pmsg).replace(chr(10), '<br>')}"
            f"</blockquote><table border=\"1\" cellspacing=\"0\"><tr><th>Interview date</th><th>Status</th></tr>"
            f"{rows}</table><p>Please sign up by {E(dl)}. Invitations are first come, first served.</p>"
            f"<p><a href=\"{url}\">Click here to view this invitation and sign up</a></p>"
            f"<p style=\"color:#888;font-size:11px\">{E(IB_FOOT)}</p></body></html>")
    add(label, slug, at, IB, f"Interview Invitation: {org}", None, html, kind="invitation",
        mid_domain="interviewbroker.com")


def ib_confirm(label, at, org, date, timestr, url, slug="interviewbroker-confirmation", resched=False,
               old=None):
    X(org); X(url)
    ds = iv(date)
    extra = ""
    if resched:
        extra = f"Your interview has been moved from {fd(old)} to the new date below.\n\n"
    text = (f"Hello Leilani Parsons,\n\n{extra}You are signed up to interview with {org}.\n\n"
            f"Date: {ds}\nTime: {timestr}\n\nView, change or cancel: {url}\n\n"
            f"Please add this interview to your calendar. If you need to cancel, do so through Interview Broker "
            f"so that the date can be offered to another applicant.\n\n{IB_FOOT}\n")
    subj = ("Interview Rescheduled: " if resched else "Interview Confirmation: ") + org
    add(label, slug, at, IB, subj, text, None, kind="scheduled", mid_domain="interviewbroker.com")


def ib_reminder(label, at, org, date, timestr, url, slug="interviewbroker-reminder"):
    X(org); X(url)
    ds = iv(date)
    text = (f"Hello Leilani Parsons,\n\nThis is a reminder that you are scheduled to interview with {org} on "
            f"{ds} at {timestr}.\n\nView details: {url}\n\n{IB_FOOT}\n")
    add(label, slug, at, IB, f"Interview Reminder: {org}", text, None, enc="7bit", kind="reminder",
        mid_domain="interviewbroker.com")


def calendly_confirm(label, at, event, host, date, start, minutes, url, zoom, slug="calendly-confirmed"):
    X(event); X(host); X(url); X(zoom)
    ds = iv(date)
    t = start.strftime("%I:%M%p").lstrip("0").lower()
    e = (start + dt.timedelta(minutes=minutes)).strftime("%I:%M%p").lstrip("0").lower()
    subj = f"Confirmed: {event} with {host} on {fd(date, 'L')}"
    html = (f"<html><body style=\"font-family:Arial\"><p>Hi Leilani Parsons,</p><p>A new event has been scheduled."
            f"</p><p><b>Event Type:</b><br>{E(event)}</p><p><b>Invitee:</b><br>Leilani Parsons</p>"
            f"<p><b>Event Date/Time:</b><br>{t} - {e}, {E(ds)} (Pacific Time - US &amp; Canada)</p>"
            f"<p><b>Location:</b><br>This is a Zoom web conference. <a href=\"{zoom}\">{zoom}</a></p>"
            f"<p><a href=\"{url}\">Cancel</a> | <a href=\"{url}/reschedule\">Reschedule</a></p>"
            f"<p style=\"font-size:11px;color:#888\">Sent from Calendly</p></body></html>")
    cal = ics(f"calendly-{hashlib.md5(event.encode()).hexdigest()[:10]}@calendly.com", event, start, minutes, zoom,
              f"Event scheduled with {host}", prodid="-//Calendly//Calendly//EN", stamp=at)
    add(label, slug, at, CAL, subj, None, html, henc="base64", ics_text=cal, kind="scheduled",
        mid_domain="calendly.com")
