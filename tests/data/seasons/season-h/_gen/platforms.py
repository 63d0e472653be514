"""Platform mail (Thalamus, ERAS, Interview Broker) as the platforms write it."""
from lib import *

TH_FROM = "Thalamus <noreply@thalamusgme.com>"
TH_FOOT = ("Thalamus | thalamusgme.com\n"
           "You are receiving this email because you have an applicant account on Thalamus.\n"
           "Add noreply@thalamusgme.com to your contacts so interview emails reach your inbox.")


def _th_html(body_html, cta=None, cta_url=None):
    btn = ""
    if cta:
        btn = (f'<p style="margin:24px 0"><a href="{cta_url}" style="background:#2d6cdf;color:#fff;'
               f'padding:10px 18px;border-radius:4px;text-decoration:none;font-weight:bold">{cta}</a></p>')
    return wrap_html(body_html + btn, brand="thalamus", color="#1f2a44", footer=TH_FOOT)


def _kv(rows):
    return "\n".join(f"{k}: {v}" for k, v in rows)


def _kv_html(rows):
    trs = "".join(f'<tr><td style="padding:2px 12px 2px 0;color:#555">{html.escape(k)}:</td>'
                  f'<td style="padding:2px 0"><b>{html.escape(v, quote=False)}</b></td></tr>' for k, v in rows)
    return f'<table cellpadding="0" cellspacing="0">{trs}</table>'


def th_invite(label, slug, when, program, specialty, letter, inv_id, itype="Virtual", subject=None,
              deadline=None, reply_to=None, names=(), dates=(), cte="quoted-printable"):
    url = f"https://app.thalamusgme.com/applicant/invitations/{inv_id}"
    rows = [("Program", program), ("Specialty", specialty), ("Interview Type", itype)]
    if deadline:
        rows.append(("Respond By", deadline))
    text = (f"Hi Tessa,\n\n{letter.strip()}\n\n{_kv(rows)}\n\n"
            f"To view available dates and schedule your interview, log in to Thalamus:\n{url}\n\n"
            "Interview dates are offered first come, first served and may fill quickly.\n\n"
            "Thank you,\nThe Thalamus Team\n\n" + TH_FOOT)
    hb = ("<p>Hi Tessa,</p>" + text_to_html(letter.strip()) + _kv_html(rows) +
          "<p>Interview dates are offered first come, first served and may fill quickly.</p>")
    return mk(label, slug, when, TH_FROM, subject or f"Interview Invitation from {program}", text,
              html_body=_th_html(hb, "Schedule Interview", url), reply_to=reply_to, hdr_tz="utc",
              names=(program,) + tuple(names), dates=dates, cte=cte)


def th_scheduled(label, slug, when, program, specialty, date, t0, t1, itype="Virtual", location=None,
                 subject=None, names=(), ics_att=None, note=None):
    tz = tzabbr(date, t0)
    fmt = lambda t: dt.datetime.strptime(t, "%H:%M").strftime("%I:%M %p").lstrip("0")
    rows = [("Program", program), ("Specialty", specialty), ("Date", L(date)),
            ("Time", f"{fmt(t0)} - {fmt(t1)} {tz}"), ("Interview Type", itype)]
    if location:
        rows.append(("Location", location))
    url = "https://app.thalamusgme.com/applicant/calendar"
    text = (f"Hi Tessa,\n\nYour interview has been scheduled.\n\n{_kv(rows)}\n\n"
            + (note.strip() + "\n\n" if note else "") +
            f"View your itinerary or make changes in Thalamus:\n{url}\n\n"
            "If you need to cancel, please do so in Thalamus so the date can be offered to another applicant.\n\n"
            "Best of luck,\nThe Thalamus Team\n\n" + TH_FOOT)
    hb = ("<p>Hi Tessa,</p><p>Your interview has been scheduled.</p>" + _kv_html(rows) +
          (text_to_html(note) if note else "") +
          "<p>If you need to cancel, please do so in Thalamus so the date can be offered to another applicant.</p>")
    atts = [ics_att] if ics_att else []
    return mk(label, slug, when, TH_FROM, subject or f"Interview Scheduled: {program}", text,
              html_body=_th_html(hb, "View Itinerary", url), hdr_tz="utc", attachments=atts,
              names=(program,) + tuple(names), dates=(L(date),))


def th_reminder(label, slug, when, program, date, t0, body, subject=None, names=(), dates=()):
    fmt = dt.datetime.strptime(t0, "%H:%M").strftime("%I:%M %p").lstrip("0")
    url = "https://app.thalamusgme.com/applicant/calendar"
    text = (f"Hi Tessa,\n\nThis is a reminder that your interview with {program} is coming up on "
            f"{L(date)} at {fmt} {tzabbr(date, t0)}.\n\n{body.strip()}\n\n"
            f"Your itinerary and video links are in Thalamus:\n{url}\n\nThe Thalamus Team\n\n" + TH_FOOT)
    hb = (f"<p>Hi Tessa,</p><p>This is a reminder that your interview with <b>{html.escape(program, quote=False)}</b> "
          f"is coming up on <b>{L(date)}</b> at {fmt} {tzabbr(date, t0)}.</p>" + text_to_html(body))
    return mk(label, slug, when, TH_FROM, subject or f"Upcoming Interview Reminder - {program}", text,
              html_body=_th_html(hb, "Open Itinerary", url), hdr_tz="utc",
              names=(program,) + tuple(names), dates=(L(date),) + tuple(dates))


def th_waitlist(label, slug, when, program, specialty, letter, subject=None, names=()):
    url = "https://app.thalamusgme.com/applicant/invitations"
    text = (f"Hi Tessa,\n\n{letter.strip()}\n\nProgram: {program}\nSpecialty: {specialty}\nStatus: Waitlisted\n\n"
            f"You can view your waitlist status in Thalamus:\n{url}\n\nThe Thalamus Team\n\n" + TH_FOOT)
    hb = "<p>Hi Tessa,</p>" + text_to_html(letter) + _kv_html([("Program", program), ("Specialty", specialty), ("Status", "Waitlisted")])
    return mk(label, slug, when, TH_FROM, subject or f"Waitlist Update from {program}", text,
              html_body=_th_html(hb, "View Status", url), hdr_tz="utc", names=(program,) + tuple(names))


def th_declined(label, slug, when, program, specialty, subject=None, names=()):
    url = "https://app.thalamusgme.com/applicant/invitations"
    text = (f"Hi Tessa,\n\nYou declined your interview invitation.\n\nProgram: {program}\nSpecialty: {specialty}\n"
            "Status: Declined by applicant\n\nThe program has been notified. If this was a mistake, contact the "
            f"program directly; declined invitations cannot be reopened in Thalamus.\n\n{url}\n\n"
            "The Thalamus Team\n\n" + TH_FOOT)
    hb = ("<p>Hi Tessa,</p><p>You declined your interview invitation.</p>" +
          _kv_html([("Program", program), ("Specialty", specialty), ("Status", "Declined by applicant")]) +
          "<p>The program has been notified. If this was a mistake, contact the program directly; declined "
          "invitations cannot be reopened in Thalamus.</p>")
    return mk(label, slug, when, TH_FROM, subject or "Invitation Declined", text,
              html_body=_th_html(hb, "My Invitations", url), hdr_tz="utc", names=(program,) + tuple(names))


# ------------------------------------------------------------------ ERAS
ERAS_FROM = "ERAS <noreply@aamc.org>"
ERAS_FOOT = ("Association of American Medical Colleges | 655 K Street NW, Suite 100, Washington, DC 20001-2399\n"
             "This is an automated message from the Electronic Residency Application Service (ERAS). "
             "Please do not reply to this email.")


def eras_invite(label, slug, when, program, prog_id, specialty, letter, subject=None, names=(), dates=(),
                cte="quoted-printable", track=None):
    url = "https://myeras.aamc.org/myeras-web/interviews"
    rows = [("Program Name", program), ("Program ID", prog_id), ("Specialty", specialty)]
    if track:
        rows.append(("Track", track))
    text = (f"Dear Tessa Lindqvist (AAMC ID {AAMC_ID}),\n\nYou have received an interview invitation through "
            f"the ERAS Interview Scheduler.\n\n{_kv(rows)}\n\nMessage from the program:\n\n{letter.strip()}\n\n"
            f"Log in to MyERAS to view the available interview dates and respond:\n{url}\n\n{ERAS_FOOT}")
    hb = (f"<p>Dear Tessa Lindqvist (AAMC ID {AAMC_ID}),</p><p>You have received an interview invitation "
          "through the ERAS Interview Scheduler.</p>" + _kv_html(rows) +
          "<p><b>Message from the program:</b></p>" + text_to_html(letter) +
          f'<p><a href="{url}">Log in to MyERAS</a> to view the available interview dates and respond.</p>')
    return mk(label, slug, when, ERAS_FROM, subject or "ERAS Interview Invitation", text,
              html_body=wrap_html(hb, brand="AAMC | ERAS", color="#00426a", footer=ERAS_FOOT),
              names=(program, prog_id) + tuple(names), dates=dates, cte=cte)


def eras_scheduled(label, slug, when, program, prog_id, specialty, date, t0, t1, itype="Virtual",
                   subject=None, names=(), track=None):
    url = "https://myeras.aamc.org/myeras-web/interviews"
    fmt = lambda t: dt.datetime.strptime(t, "%H:%M").strftime("%I:%M %p").lstrip("0")
    rows = [("Program Name", program), ("Program ID", prog_id), ("Specialty", specialty)]
    if track:
        rows.append(("Track", track))
    rows += [("Interview Date", L(date)), ("Interview Time", f"{fmt(t0)} - {fmt(t1)} ({tzabbr(date, t0)})"),
             ("Interview Format", itype), ("Status", "Scheduled")]
    text = (f"Dear Tessa Lindqvist,\n\nYour interview has been scheduled.\n\n{_kv(rows)}\n\n"
            f"To view or change your interview, log in to MyERAS:\n{url}\n\n{ERAS_FOOT}")
    hb = "<p>Dear Tessa Lindqvist,</p><p>Your interview has been scheduled.</p>" + _kv_html(rows)
    return mk(label, slug, when, ERAS_FROM, subject or "ERAS Interview Scheduled", text,
              html_body=wrap_html(hb, brand="AAMC | ERAS", color="#00426a", footer=ERAS_FOOT),
              names=(program, prog_id) + tuple(names), dates=(L(date),))


def eras_status(label, slug, when, program, prog_id, specialty, status, letter, subject=None, names=()):
    url = "https://myeras.aamc.org/myeras-web/messages"
    rows = [("Program Name", program), ("Program ID", prog_id), ("Specialty", specialty), ("Status", status)]
    text = (f"Dear Tessa Lindqvist,\n\nA program has updated your interview status.\n\n{_kv(rows)}\n\n"
            f"Message from the program:\n\n{letter.strip()}\n\nView your messages in MyERAS:\n{url}\n\n{ERAS_FOOT}")
    hb = ("<p>Dear Tessa Lindqvist,</p><p>A program has updated your interview status.</p>" + _kv_html(rows) +
          "<p><b>Message from the program:</b></p>" + text_to_html(letter))
    return mk(label, slug, when, ERAS_FROM, subject if subject is not None else "ERAS Interview Status Update", text,
              html_body=wrap_html(hb, brand="AAMC | ERAS", color="#00426a", footer=ERAS_FOOT),
              names=(program, prog_id) + tuple(names))


# ------------------------------------------------------------------ Interview Broker
IB_FROM = "Interview Broker <no-reply@interviewbroker.com>"
IB_FOOT = "Interview Broker | Scheduling made simple for residency and fellowship programs | www.interviewbroker.com"


def ib_invite(label, slug, when, org, campaign, letter, code, subject=None, names=(), dates=(), reply_to=None,
              cte="quoted-printable"):
    url = f"https://www.interviewbroker.com/applicant/invitation/{code}"
    text = (f"Dear Tessa Lindqvist,\n\n{org} has invited you to schedule an interview for the following campaign:\n\n"
            f"    {campaign}\n\n{letter.strip()}\n\nTo choose an interview date, click the link below or sign in "
            f"to Interview Broker:\n{url}\n\nDates are scheduled on a first-come, first-served basis.\n\n"
            f"Sincerely,\n{org}\n\n--\n{IB_FOOT}")
    hb = (f"<p>Dear Tessa Lindqvist,</p><p><b>{html.escape(org, quote=False)}</b> has invited you to schedule an interview "
          f"for the following campaign:</p><p style=\"padding-left:20px\">{html.escape(campaign, quote=False)}</p>"
          + text_to_html(letter) +
          f'<p><a href="{url}" style="background:#e36b0a;color:#fff;padding:8px 16px;text-decoration:none">'
          "Schedule My Interview</a></p><p>Dates are scheduled on a first-come, first-served basis.</p>"
          f"<p>Sincerely,<br>{html.escape(org, quote=False)}</p>")
    return mk(label, slug, when, IB_FROM, subject or f"Interview Invitation - {org}", text,
              html_body=wrap_html(hb, footer=IB_FOOT, brand="Interview Broker", color="#e36b0a"),
              hdr_tz="utc", reply_to=reply_to, names=(org, campaign) + tuple(names), dates=dates, cte=cte)


def ib_confirm(label, slug, when, org, campaign, date, t0, t1, details, subject=None, names=(), ics_att=None):
    fmt = lambda t: dt.datetime.strptime(t, "%H:%M").strftime("%I:%M %p").lstrip("0")
    url = "https://www.interviewbroker.com/applicant/schedule"
    text = (f"Dear Tessa Lindqvist,\n\nThis email confirms your interview with {org}.\n\n"
            f"Campaign: {campaign}\nDate: {L(date)}\nTime: {fmt(t0)} - {fmt(t1)} Eastern Time (US and Canada)\n\n"
            f"{details.strip()}\n\nTo cancel or change your interview, sign in to Interview Broker:\n{url}\n\n"
            f"--\n{IB_FOOT}")
    hb = (f"<p>Dear Tessa Lindqvist,</p><p>This email confirms your interview with <b>{html.escape(org, quote=False)}</b>.</p>"
          + _kv_html([("Campaign", campaign), ("Date", L(date)), ("Time", f"{fmt(t0)} - {fmt(t1)} Eastern Time (US and Canada)")])
          + text_to_html(details) + f'<p>To cancel or change your interview, <a href="{url}">sign in to Interview Broker</a>.</p>')
    atts = [ics_att] if ics_att else []
    return mk(label, slug, when, IB_FROM, subject or f"Interview Confirmation - {org}", text,
              html_body=wrap_html(hb, footer=IB_FOOT, brand="Interview Broker", color="#e36b0a"),
              hdr_tz="utc", attachments=atts, names=(org, campaign) + tuple(names), dates=(L(date),))


def th_cancelled(label, slug, when, program, specialty, date, by_applicant=True, subject=None, names=()):
    url = "https://app.thalamusgme.com/applicant/calendar"
    who = "You cancelled" if by_applicant else "The program cancelled"
    text = (f"Hi Tessa,\n\n{who} the following interview.\n\nProgram: {program}\nSpecialty: {specialty}\n"
            f"Interview Date: {L(date)}\nStatus: Cancelled\n\n{url}\n\nThe Thalamus Team\n\n" + TH_FOOT)
    hb = (f"<p>Hi Tessa,</p><p>{who} the following interview.</p>" +
          _kv_html([("Program", program), ("Specialty", specialty), ("Interview Date", L(date)), ("Status", "Cancelled")]))
    return mk(label, slug, when, TH_FROM, subject or "Interview Cancelled", text,
              html_body=_th_html(hb, "My Calendar", url), hdr_tz="utc", names=(program,) + tuple(names))


def ib_withdrawn(label, slug, when, org, campaign, subject=None, names=()):
    text = (f"Dear Tessa Lindqvist,\n\n{org} has withdrawn your interview invitation for the campaign "
            f"\"{campaign}\".\n\nReason given by the program: Applicant declined the invitation.\n\n"
            f"If you believe this is an error, please contact the program directly.\n\n--\n{IB_FOOT}")
    return mk(label, slug, when, IB_FROM, subject or f"Invitation Withdrawn - {org}", text, cte="7bit",
              hdr_tz="utc", names=(org, campaign) + tuple(names))
