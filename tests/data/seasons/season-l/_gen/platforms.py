"""Platform mail for season L: Thalamus, ERAS (MyERAS interview scheduling and post office),
Interview Broker, Calendly and Google Forms. Wording is written for this set."""
from datetime import timedelta

from mk import (et, ET, PT, UTC, ME, ME_NAME, abbr, abbrnoy, at, bullets, button, clock, esc, ics, link, longd,
                longnoy, mail, mdy, page, slash, wslash)

THAL = "noreply@thalamusgme.com"
ERAS = "myeras-noreply@aamc.org"
IB = "notifications@interviewbroker.com"
FIRST = ME_NAME.split()[0]


def _tz_label(dt):
    return "ET"


# ====================================================================== Thalamus
def _thal_foot():
    return ("Thalamus &middot; Sent to " + esc(ME) + " because you have a Thalamus applicant account. "
            + link("https://app.thalamusgme.com/settings/notifications", "Email preferences"))


def thal_invite(when, label, prog, specialty, dates, *, fmt="Virtual", note="", slot_code, sender_name=None,
                respond_by=None, deadline=None, must=(), kind="invitation", waitlist_offer=False):
    url = f"https://app.thalamusgme.com/applicant/invitations/{slot_code}"
    lines = [f"  - {longd(x)}" for x in dates]
    if waitlist_offer:
        intro = (f"An interview date has opened up with {prog}, and you are receiving this because you are on "
                 "their waitlist. Open dates are offered to everyone on the list at once, so the first applicants "
                 "to claim them get them.")
        subj = f"Interview date available – {prog}"
    else:
        intro = f"{prog} would like to interview you for a residency position."
        subj = f"Interview Invitation: {prog}"
    text = (f"Hi {FIRST},\n\n{intro}\n\nProgram: {prog}\nSpecialty: {specialty}\nFormat: {fmt}\n\n"
            "Dates you can choose from:\n" + "\n".join(lines) + "\n\n")
    if respond_by:
        text += f"Please respond by {respond_by}.\n\n"
    if note:
        text += f"A note from the program:\n\"{note}\"\n\n"
    text += (f"Choose a date or decline: {url}\n\n"
             "Dates are held on a first-come basis and may fill before you sign in.\n\n"
             "Thalamus\nThis mailbox is not monitored. Message the program from your Thalamus inbox.\n")
    blocks = [f"Hi {FIRST},", esc(intro),
              f'<table cellpadding="4" style="font-size:14px"><tr><td><b>Program</b></td><td>{esc(prog)}</td></tr>'
              f"<tr><td><b>Specialty</b></td><td>{esc(specialty)}</td></tr>"
              f"<tr><td><b>Format</b></td><td>{esc(fmt)}</td></tr></table>",
              "<p><b>Dates you can choose from</b></p>" + bullets([esc(longd(x)) for x in dates])]
    if respond_by:
        blocks.append(f"Please respond by <b>{esc(respond_by)}</b>.")
    if note:
        blocks.append(f'<blockquote style="border-left:3px solid #cbd2d9;margin:0;padding-left:12px">{esc(note)}</blockquote>')
    blocks += [button(url, "Choose a date"), "Dates are held on a first-come basis and may fill before you sign in."]
    html = page(blocks, head='<b style="color:#4a2a8a;font-size:18px">thalamus</b>', foot=_thal_foot())
    return mail(when, "thalamus-" + ("waitlist-offer" if waitlist_offer else "invitation"), label, kind,
                (sender_name or "Thalamus", THAL), subj, text, html, tz=UTC,
                must=[prog, url] + [longd(x) for x in dates] + list(must), idates=dates,
                respond_by=respond_by, deadline=deadline)


def thal_scheduled(when, label, prog, day, start, minutes, *, fmt="Virtual", where="Virtual – link from the program",
                   slot_code, must=(), moved_from=None, note=""):
    st = at(day, start)
    url = f"https://app.thalamusgme.com/applicant/calendar/{slot_code}"
    if moved_from:
        subj = f"Interview rescheduled: {prog} – now {abbr(day)}"
        top = (f"Your interview with {prog} has been moved by the program from {longd(moved_from)} to the date "
               "below. Your previous date has been released.")
        slug = "thalamus-rescheduled"
    else:
        subj = f"Confirmed – {prog} interview on {abbr(day)}"
        top = f"You're booked! Your interview with {prog} is confirmed."
        slug = "thalamus-scheduled"
    text = (f"{FIRST},\n\n{top}\n\n"
            f"When:    {longd(day)}, {clock(st)} ET ({minutes // 60} h {minutes % 60:02d} min)\n"
            f"Where:   {where}\nFormat:  {fmt}\nProgram: {prog}\n\n")
    if note:
        text += note.strip() + "\n\n"
    text += (f"Need to change something? Manage this interview at {url}\n"
             "A calendar invitation is attached.\n\n- Thalamus\n")
    cal = ics(f"{slot_code}-{day:%Y%m%d}@thalamusgme.com", st, minutes, f"Interview – {prog}", where,
              f"{prog}\n{url}", method="REQUEST", organizer=("Thalamus", THAL), stamp=et(when), seq=1 if moved_from else 0)
    return mail(when, slug, label, "scheduled", ("Thalamus", THAL), subj, text, tz=UTC, cte="7bit", cal=cal,
                cal_name="interview.ics", must=[prog, longd(day), url] + list(must), idates=[day])


def thal_reminder(when, label, prog, day, start, *, where, extra="", must=()):
    st = at(day, start)
    subj = f"Reminder: interview with {prog} on {abbrnoy(day)}"
    blocks = [f"Hello {FIRST},",
              f"This is a reminder that your interview with <b>{esc(prog)}</b> is coming up.",
              f'<p style="font-size:17px"><b>{esc(longd(day))}</b><br>{clock(st)} Eastern</p>',
              f"Location: {esc(where)}"]
    if extra:
        blocks.append(esc(extra))
    blocks.append(button("https://app.thalamusgme.com/applicant/calendar", "View in Thalamus"))
    html = page(blocks, head='<b style="color:#4a2a8a;font-size:18px">thalamus</b>', foot=_thal_foot())
    return mail(when, "thalamus-reminder", label, "reminder", ("Thalamus", THAL), subj, None, html, tz=UTC,
                cte="base64", must=[prog, longd(day)] + list(must), idates=[day])


def thal_waitlist(when, label, prog, *, note="", must=()):
    subj = f"Waitlist update from {prog}"
    text = (f"Hi {FIRST},\n\n{prog} has placed you on its interview waitlist.\n\n"
            "If a date opens, Thalamus will email you right away. Some programs offer open dates to the whole list "
            "at once, so check your email often.\n\n")
    if note:
        text += f"From the program: {note}\n\n"
    text += "View your waitlists: https://app.thalamusgme.com/applicant/waitlists\n\nThalamus\n"
    return mail(when, "thalamus-waitlist", label, "waitlist", ("Thalamus", THAL), subj, text, tz=UTC,
                must=[prog] + list(must))


def thal_message(when, label, kind, prog, sender, body, *, subject=None, must=(), idates=()):
    subj = subject or f"New message from {prog}"
    text = (f"You have a new message in Thalamus.\n\nFrom: {sender}\nProgram: {prog}\n\n"
            "-----\n" + body.strip() + "\n-----\n\n"
            "Reply in Thalamus: https://app.thalamusgme.com/applicant/messages\n")
    return mail(when, "thalamus-message", label, kind, ("Thalamus", THAL), subj, text, tz=UTC,
                must=[prog] + list(must), idates=idates)


def thal_system(when, slug, subject, blocks, must=()):
    html = page(blocks, head='<b style="color:#4a2a8a;font-size:18px">thalamus</b>', foot=_thal_foot())
    return mail(when, slug, "unrelated", "info", ("Thalamus", THAL), subject, None, html, tz=UTC, must=must)


# ====================================================================== ERAS
def _eras_foot():
    return ("\n--\nThis message was sent from the MyERAS interview scheduling system on behalf of the program. "
            "Do not reply to this email; log in to MyERAS to respond.\n"
            "Association of American Medical Colleges | 655 K Street NW, Suite 100 | Washington, DC 20001-2399\n")


def eras_invite(when, label, acgme, pid, specialty, dates, *, track_line=None, respond_by, deadline, note="",
                fmt="Virtual", must=()):
    url = "https://myeras.aamc.org/interviews"
    subj = f"MyERAS: Interview invitation – {acgme}"
    text = (f"Dear {ME_NAME},\n\nYou have received an interview invitation in MyERAS.\n\n"
            f"Program: {acgme} ({pid})\nSpecialty: {specialty}\n")
    if track_line:
        text += f"Track: {track_line}\n"
    text += f"Interview type: {fmt}\n\nAvailable sessions:\n"
    text += "".join(f"   {slash(x)}  {longd(x)}\n" for x in dates)
    text += f"\nRespond by: {respond_by}\n\n"
    if note:
        text += "Message from the program:\n" + note.strip() + "\n\n"
    text += (f"To accept a session, join the waitlist or decline, go to {url}.\n"
             "Sessions are filled in the order applicants respond.\n" + _eras_foot())
    return mail(when, "eras-invitation", label, "invitation", ("ERAS Interview Scheduling", ERAS), subj, text,
                tz=ET, cte="7bit", must=[acgme, pid, url] + [longd(x) for x in dates] + list(must), idates=dates,
                respond_by=respond_by, deadline=deadline)


def eras_scheduled(when, label, acgme, pid, day, start, minutes, *, where="Virtual", must=(), note=""):
    st = at(day, start)
    subj = f"MyERAS: Interview scheduled – {acgme} – {slash(day)}"
    text = (f"Dear {ME_NAME},\n\nYour interview has been scheduled.\n\n"
            f"Program:   {acgme} ({pid})\nDate:      {longd(day)}\nStart:     {clock(st)} Eastern Time\n"
            f"Location:  {where}\n\n")
    if note:
        text += note.strip() + "\n\n"
    text += ("If you need to cancel or move this interview, use MyERAS > Interviews. A calendar file is attached.\n"
             + _eras_foot())
    cal = ics(f"eras-{pid}-{day:%Y%m%d}@aamc.org", st, minutes, f"Residency interview: {acgme}", where,
              f"{acgme} ({pid})", method="PUBLISH", tzid=True, stamp=et(when))
    return mail(when, "eras-scheduled", label, "scheduled", ("ERAS Interview Scheduling", ERAS), subj, text, tz=ET,
                cte="7bit", cal=cal, cal_name="eras_interview.ics", cal_method="PUBLISH",
                must=[acgme, pid, longd(day)] + list(must), idates=[day])


def eras_post(when, label, kind, acgme, pid, subject_line, body, *, must=(), idates=(), respond_by=None,
              deadline=None):
    subj = f"New MyERAS message: {acgme}"
    text = (f"Dear {ME_NAME},\n\nA program has sent you a message through the ERAS Post Office.\n\n"
            f"From: {acgme} ({pid})\nSubject: {subject_line}\n\n" + body.strip() + "\n\n"
            "View all messages: https://myeras.aamc.org/messages\n" + _eras_foot())
    return mail(when, "eras-post-office", label, kind, ("MyERAS", ERAS), subj, text, tz=ET,
                must=[acgme, pid] + list(must), idates=idates, respond_by=respond_by, deadline=deadline)


# ====================================================================== Interview Broker
def _ib_page(org, blocks):
    head = (f'<span style="font-size:13px;color:#555">Interview Broker</span><br>'
            f'<b style="font-size:18px">{esc(org)}</b>')
    foot = ("Interview Broker, LLC. This email was sent on behalf of the program listed above. "
            "Replies go to the program coordinator.")
    return page(blocks, head=head, foot=foot, font="Georgia,serif", bg="#eef2f0")


def ib_invite(when, label, org, campaign, dates, *, coord, respond_by=None, deadline=None, token, note="", must=()):
    url = f"https://www.interviewbroker.com/s/{token}"
    blocks = [f"Dear {esc(ME_NAME)},",
              f"On behalf of <b>{esc(org)}</b>, you are invited to interview for the <b>{esc(campaign)}</b>.",
              note and esc(note) or "",
              "<b>Available interview dates</b>" + bullets([esc(longd(x)) for x in dates]),
              (f"Please make your selection by <b>{esc(respond_by)}</b>." if respond_by else
               "Please make your selection as soon as you can; dates close when full."),
              button(url, "Schedule my interview", "#1b7f5a"),
              f"If the button does not work, paste this link into your browser: {esc(url)}",
              f"Questions? Contact {esc(coord[0])} at {link('mailto:' + coord[1], coord[1])}."]
    html = _ib_page(org, [b for b in blocks if b])
    return mail(when, "interviewbroker-invitation", label, "invitation", (f"{org} via Interview Broker", IB),
                f"Invitation to interview – {org}", None, html, tz=PT, cte="base64", reply_to=coord,
                must=[org, campaign, url] + [longd(x) for x in dates] + list(must), idates=dates,
                respond_by=respond_by, deadline=deadline)


def ib_confirm(when, label, org, campaign, day, start, minutes, *, coord, zoom, must=(), note=""):
    st = at(day, start)
    blocks = [f"Dear {esc(ME_NAME)},",
              f"Thank you for scheduling. Your interview with <b>{esc(org)}</b> is confirmed.",
              f'<table cellpadding="4"><tr><td>Position</td><td>{esc(campaign)}</td></tr>'
              f"<tr><td>Date</td><td><b>{esc(longd(day))}</b></td></tr>"
              f"<tr><td>Check-in</td><td>{clock(st)} Eastern</td></tr>"
              f"<tr><td>Video link</td><td>{link(zoom)}</td></tr></table>",
              note and esc(note) or "",
              "To cancel, use the link in your original invitation. Please give the program at least one week's notice.",
              f"{esc(coord[0])}<br>{link('mailto:' + coord[1], coord[1])}"]
    html = _ib_page(org, [b for b in blocks if b])
    cal = ics(f"ib-{label}-{day:%Y%m%d}@interviewbroker.com", st, minutes, f"{org} interview", zoom,
              f"{campaign}\nVideo: {zoom}", method="REQUEST", organizer=coord, stamp=et(when))
    return mail(when, "interviewbroker-confirmation", label, "scheduled", (f"{org} via Interview Broker", IB),
                f"Interview confirmed: {org} – {abbr(day)}", None, html, tz=PT, cte="base64", reply_to=coord,
                cal=cal, must=[org, longd(day), zoom] + list(must), idates=[day])


def ib_declined(when, label, org, campaign, *, coord, must=()):
    blocks = [f"Dear {esc(ME_NAME)},",
              f"You have declined the interview invitation from <b>{esc(org)}</b> ({esc(campaign)}). "
              "The program has been notified. No further action is needed.",
              "If this was a mistake, contact the program directly; declined invitations cannot be reopened "
              "from this site.",
              f"{esc(coord[0])}<br>{link('mailto:' + coord[1], coord[1])}"]
    return mail(when, "interviewbroker-declined", label, "cancellation", (f"{org} via Interview Broker", IB),
                f"Invitation declined – {org}", None, _ib_page(org, blocks), tz=PT, cte="base64", reply_to=coord,
                must=[org] + list(must))


def ib_reminder(when, label, org, day, start, *, coord, zoom, must=()):
    st = at(day, start)
    blocks = [f"Dear {esc(ME_NAME)},",
              f"A reminder that your interview with <b>{esc(org)}</b> is on <b>{esc(longd(day))}</b>; "
              f"please join by {clock(st)} Eastern.",
              f"Video link: {link(zoom)}",
              f"If something comes up, write to {esc(coord[0])} at {link('mailto:' + coord[1], coord[1])}."]
    return mail(when, "interviewbroker-reminder", label, "reminder", (f"{org} via Interview Broker", IB),
                f"Reminder: {org} interview {abbrnoy(day)}", None, _ib_page(org, blocks), tz=PT,
                cte="quoted-printable", reply_to=coord, must=[org, longd(day), zoom] + list(must), idates=[day])


# ====================================================================== Calendly
def calendly(when, label, kind, event, host, day, start, minutes, *, answers=(), cancel_reason=None, uri,
             must=()):
    st = at(day, start)
    end_clock = clock(st + timedelta(minutes=minutes))
    if kind == "cancellation":
        subj = f"Canceled: {event} with {host} on {longd(day)}"
        top = f"Hi {ME_NAME},\n\nThe event below has been canceled.\n"
    else:
        subj = f"Confirmed: {event} with {host} on {longd(day)}"
        top = f"Hi {ME_NAME},\n\nYour {event} is scheduled.\n"
    text = (top + f"\nEvent Type:\n{event}\n\nInvitee:\n{ME_NAME}\n\nInvitee Email:\n{ME}\n\n"
            f"Event Date/Time:\n{clock(st)} - {end_clock} (Eastern Time - US & Canada), {longd(day)}\n\n")
    for qst, ans in answers:
        text += f"{qst}\n{ans}\n\n"
    if cancel_reason:
        text += f"Cancellation reason:\n{cancel_reason}\n\n"
    if kind != "cancellation":
        text += (f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{uri}\n"
                 f"Reschedule: https://calendly.com/reschedulings/{uri}\n\n")
    text += "Powered by Calendly.com\n"
    cal = None
    if kind != "cancellation":
        cal = ics(f"{uri}@calendly.com", st, minutes, f"{event} ({host})", "Zoom (details in description)",
                  event, method="REQUEST", organizer=(host, "notifications@calendly.com"), stamp=et(when))
    return mail(when, "calendly-" + ("canceled" if kind == "cancellation" else "confirmed"), label, kind,
                ("Calendly", "notifications@calendly.com"), subj, text, tz=UTC, cal=cal,
                must=[event, host, longd(day)] + list(must), idates=[] if kind == "cancellation" else [day])


# ====================================================================== Google Forms
def gform_receipt(when, label, kind, form_title, owner, rows, *, must=(), idates=()):
    blocks = [f"Thanks for filling out <b>{esc(form_title)}</b>",
              f"Here's what was received. This form was created by {esc(owner)}."]
    for qs, ans in rows:
        blocks.append(f'<div style="margin:10px 0"><div style="color:#5f6368">{esc(qs)}</div>'
                      f"<div>{esc(ans)}</div></div>")
    blocks.append("Create your own Google Form")
    html = page(blocks, foot="Google Forms: Never submit passwords.", bg="#f0ebf8")
    return mail(when, "google-forms-receipt", label, kind, ("Google Forms", "forms-receipts-noreply@google.com"),
                f"Your response to \"{form_title}\"", None, html, tz=PT, cte="quoted-printable",
                must=[form_title] + list(must), idates=idates)
