"""Platform mail for season M: Thalamus, ResidencyCAS, Interview Broker, Calendly, Google Forms.
Each builder writes the platform's own frame around the program-specific content it is given.
Header dates follow the sender: Thalamus and Calendly in UTC, ResidencyCAS in Eastern time,
Interview Broker and Google Forms in Pacific time."""
from mk import (ET, PT, UTC, ME, ME_NAME, a, btn, esc, full, fullny, hm, ics, mail, shell, short, table, ul)

TH = ("Thalamus", "noreply@thalamusgme.com")
RC = ("ResidencyCAS", "residencycas-noreply@liaisoncas.com")
IB = ("Interview Broker", "no-reply@interviewbroker.com")
CAL = ("Calendly", "notifications@calendly.com")
GF = ("Google Forms", "forms-receipts-noreply@google.com")

TH_FOOT = ("You are receiving this e-mail because a residency program invited you to interview through Thalamus. "
           "Add noreply@thalamusgme.com to your contacts so program messages reach your inbox. "
           + a("https://thalamusgme.com/privacy-policy/", "Privacy") + " · "
           + a("https://app.thalamusgme.com/applicant/settings/notifications", "Notification settings"))


def _th_head(program):
    return ('<span style="font-size:20px;font-weight:700;color:#3b2f8f;letter-spacing:.5px">thalamus</span>'
            f'<div style="font-size:13px;color:#6b7280;margin-top:4px">{esc(program)}</div>')


# ================================================================ Thalamus
def th_invite(when, slug, label, program, greeting, body_paras, dates, link, *, subject=None, signer=None,
              deadline=None, respond_by=None, kind="invitation", must=(), reply_to=None, session_note=None):
    """A program's invitation sent through Thalamus. body_paras are the program's own words."""
    subject = subject or f"Interview Invitation - {program}"
    date_lines = [f"{full(x)}" + (f" ({session_note})" if session_note else "") for x in dates]
    text = [f"{greeting}", ""]
    for p in body_paras:
        text += [p, ""]
    text += ["Interview dates available:"] + [f"  * {s}" for s in date_lines] + [""]
    text += ["To view this invitation and choose a date, log in to Thalamus:", link, ""]
    if signer:
        text += [signer, ""]
    text += ["--", "Sent via Thalamus on behalf of " + program,
             "Please do not reply to this automated message; contact the program directly with questions."]
    html = shell([f"<p>{esc(greeting)}</p>"] + [f"<p>{esc(p)}</p>" for p in body_paras]
                 + ["<p><b>Interview dates available</b></p>", ul([esc(s) for s in date_lines]),
                    btn(link, "View Invitation in Thalamus", bg="#4338ca"),
                    f'<p style="font-size:13px;color:#6b7280">Or paste this link into your browser: {a(link)}</p>']
                 + ([f"<p>{esc(signer).replace(chr(10), '<br>')}</p>"] if signer else []),
                 top=_th_head(program), bottom=TH_FOOT, accent="#4338ca")
    return mail(when, slug, label, kind, TH, subject, "\n".join(text), html, tz=UTC, reply_to=reply_to,
                must=[program, link, *must], idates=dates, respond_by=respond_by, deadline=deadline,
                headers=[("X-Mailer", "Thalamus Notifications"), ("List-Unsubscribe",
                          "<https://app.thalamusgme.com/applicant/settings/notifications>")])


def th_scheduled(when, slug, label, program, day, start, end, tzname, fmt, location, *, uid, subject=None,
                 extra=None, must=(), start_dt=None, minutes=300):
    subject = subject or f"Interview Scheduled: {program}"
    lines = [f"Hi {ME_NAME.split()[0]},", "",
             f"You are confirmed for an interview with {program}.", "",
             f"Date: {full(day)}", f"Time: {start} - {end} {tzname}", f"Format: {fmt}", f"Location: {location}", ""]
    if extra:
        lines += [extra, ""]
    lines += ["Need to make a change? Rescheduling and cancellation are available from your Thalamus calendar "
              "until the program locks this date.", "https://app.thalamusgme.com/applicant/calendar", "",
              "Good luck!", "Team Thalamus"]
    html = shell([f"<p>Hi {esc(ME_NAME.split()[0])},</p>",
                  f"<p>You are confirmed for an interview with <b>{esc(program)}</b>.</p>",
                  table([["Date", esc(full(day))], ["Time", f"{esc(start)} - {esc(end)} {tzname}"],
                         ["Format", esc(fmt)], ["Location", esc(location)]])]
                 + ([f"<p>{esc(extra)}</p>"] if extra else [])
                 + [btn("https://app.thalamusgme.com/applicant/calendar", "Open My Calendar", bg="#4338ca"),
                    "<p>Good luck!<br>Team Thalamus</p>"],
                 top=_th_head(program), bottom=TH_FOOT, accent="#4338ca")
    cal = None
    if start_dt is not None:
        cal = ics(uid, start_dt, minutes, f"Interview: {program}", location, f"{fmt} interview day. Scheduled "
                  "through Thalamus.", organizer=("Thalamus", TH[1]), prodid="-//Thalamus//Interview Calendar//EN")
    return mail(when, slug, label, "scheduled", TH, subject, "\n".join(lines), html, tz=UTC, cal=cal,
                cal_name="interview.ics", must=[program, full(day), *must], idates=[day])


def th_reminder(when, slug, label, program, day, start, tzname, join, *, must=(), note=None):
    subject = f"Reminder: your interview with {program} is tomorrow"
    lines = [f"Hello {ME_NAME.split()[0]},", "",
             f"This is a reminder that your interview with {program} begins {fullny(day)} at {start} {tzname}.", ""]
    if note:
        lines += [note, ""]
    lines += ["Join your interview day from your Thalamus calendar:", join, "",
              "Test your audio and video ahead of time at https://app.thalamusgme.com/techcheck", "", "Team Thalamus"]
    html = shell([f"<p>Hello {esc(ME_NAME.split()[0])},</p>",
                  f"<p>This is a reminder that your interview with <b>{esc(program)}</b> begins "
                  f"<b>{esc(fullny(day))} at {esc(start)} {tzname}</b>.</p>"]
                 + ([f"<p>{esc(note)}</p>"] if note else [])
                 + [btn(join, "Join Interview Day", bg="#4338ca"),
                    "<p style=\"font-size:13px\">Test your audio and video ahead of time: "
                    + a("https://app.thalamusgme.com/techcheck") + "</p>", "<p>Team Thalamus</p>"],
                 top=_th_head(program), bottom=TH_FOOT, accent="#4338ca")
    return mail(when, slug, label, "reminder", TH, subject, "\n".join(lines), html, tz=UTC,
                must=[program, join, *must], idates=[day])


def th_waitlist(when, slug, label, program, paras, *, must=()):
    subject = f"Waitlist Notification - {program}"
    lines = [f"Dear {ME_NAME},", ""] + sum([[p, ""] for p in paras], []) + [
        "You can review your waitlist status at any time on your Thalamus dashboard:",
        "https://app.thalamusgme.com/applicant/dashboard?filter=waitlisted", "", "--",
        f"Sent via Thalamus on behalf of {program}"]
    html = shell([f"<p>Dear {esc(ME_NAME)},</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
                 + [btn("https://app.thalamusgme.com/applicant/dashboard?filter=waitlisted", "View Waitlist Status",
                        bg="#4338ca")], top=_th_head(program), bottom=TH_FOOT, accent="#4338ca")
    return mail(when, slug, label, "waitlist", TH, subject, "\n".join(lines), html, tz=UTC, must=[program, *must])


def th_slot_open(when, slug, label, program, day, link, paras, *, must=()):
    subject = f"Interview date now available - {program}"
    lines = [f"Hi {ME_NAME.split()[0]},", ""] + sum([[p, ""] for p in paras], []) + [
        f"Open date: {full(day)}", "", "Claim it here (first come, first served):", link, "", "Team Thalamus"]
    html = shell([f"<p>Hi {esc(ME_NAME.split()[0])},</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
                 + [f'<p style="font-size:17px"><b>Open date: {esc(full(day))}</b></p>',
                    btn(link, "Sign Up Now", bg="#b91c1c"), "<p>Team Thalamus</p>"],
                 top=_th_head(program), bottom=TH_FOOT, accent="#b91c1c")
    return mail(when, slug, label, "invitation", TH, subject, "\n".join(lines), html, tz=UTC,
                must=[program, link, full(day), *must], idates=[day])


def th_changed(when, slug, label, program, kind, old_day, new_day, *, start=None, tzname=None, reason=None,
               must=()):
    """kind 'scheduled' (moved) or 'cancellation' (removed by the program)."""
    if kind == "scheduled":
        subject = f"Interview Rescheduled: {program}"
        core = (f"Your interview with {program} has been moved from {full(old_day)} to {full(new_day)}"
                + (f", starting {start} {tzname}." if start else "."))
    else:
        subject = f"Interview Cancelled: {program}"
        core = (f"{program} has cancelled your interview scheduled for {full(old_day)}. This date has been "
                "removed from your Thalamus calendar.")
    lines = [f"Hi {ME_NAME.split()[0]},", "", core, ""]
    if reason:
        lines += [f"Message from the program: \"{reason}\"", ""]
    lines += ["View your calendar: https://app.thalamusgme.com/applicant/calendar", "", "Team Thalamus"]
    html = shell([f"<p>Hi {esc(ME_NAME.split()[0])},</p>", f"<p>{esc(core)}</p>"]
                 + ([f'<blockquote style="border-left:3px solid #c7d2fe;margin:0;padding-left:10px">'
                     f'{esc(reason)}</blockquote>'] if reason else [])
                 + [btn("https://app.thalamusgme.com/applicant/calendar", "View Calendar", bg="#4338ca"),
                    "<p>Team Thalamus</p>"], top=_th_head(program), bottom=TH_FOOT, accent="#4338ca")
    return mail(when, slug, label, kind, TH, subject, "\n".join(lines), html, tz=UTC,
                must=[program, *must], idates=[new_day] if kind == "scheduled" else [])


# ================================================================ ResidencyCAS
RC_FOOT = ("ResidencyCAS is operated by Liaison International on behalf of participating specialties. "
           "This mailbox is not monitored. Help Center: "
           + a("https://help.liaisonedu.com/ResidencyCAS_Applicant_Help_Center"))


def _rc_head():
    return ('<span style="font-size:19px;font-weight:700;color:#00558c">Residency</span>'
            '<span style="font-size:19px;font-weight:700;color:#f28c28">CAS</span>')


def rc_invite(when, slug, label, program, spec_line, paras, dates, *, respond_by=None, deadline=None, fmt=None,
              must=(), subject=None):
    subject = subject or f"Interview Invitation from {program}"
    rows = [[esc(full(x)), esc(fmt or "")] for x in dates]
    lines = [f"Dear {ME_NAME},", "", f"{program} ({spec_line}) has invited you to interview.", ""]
    lines += sum([[p, ""] for p in paras], [])
    lines += ["Available interview dates:"] + [f"  - {full(x)}" + (f" | {fmt}" if fmt else "") for x in dates] + [""]
    if respond_by:
        lines += [f"Please respond by {respond_by}.", ""]
    lines += ["To accept and select a date, or to decline, sign in to ResidencyCAS and open My Interviews:",
              "https://residencycas.liaisoncas.com/applicant-ux/#/interviews", "",
              "ResidencyCAS Applicant Support"]
    html = shell([f"<p>Dear {esc(ME_NAME)},</p>",
                  f"<p><b>{esc(program)}</b> ({esc(spec_line)}) has invited you to interview.</p>"]
                 + [f"<p>{esc(p)}</p>" for p in paras]
                 + [table(rows, head=["Interview date", "Format"])]
                 + ([f'<p style="color:#b45309"><b>Please respond by {esc(respond_by)}.</b></p>'] if respond_by else [])
                 + [btn("https://residencycas.liaisoncas.com/applicant-ux/#/interviews", "Go to My Interviews",
                        bg="#00558c"), "<p>ResidencyCAS Applicant Support</p>"],
                 top=_rc_head(), bottom=RC_FOOT, accent="#f28c28", font="Segoe UI,Arial,sans-serif")
    return mail(when, slug, label, "invitation", RC, subject, "\n".join(lines), html, tz=ET,
                must=[program, *must], idates=dates, respond_by=respond_by, deadline=deadline)


def rc_status(when, slug, label, kind, program, day, headline, detail, *, must=(), subject=None, start=None,
              tzname=None, fmt=None):
    """Interview confirmation (scheduled) or decline receipt (cancellation)."""
    rows = [["Program", esc(program)]] + ([["Date", esc(full(day))]] if day else [])
    if start:
        rows.append(["Start time", f"{esc(start)} {tzname}"])
    if fmt:
        rows.append(["Format", esc(fmt)])
    lines = [f"Dear {ME_NAME},", "", headline, "", f"Program: {program}"] + ([f"Date: {full(day)}"] if day else [])
    if start:
        lines.append(f"Start time: {start} {tzname}")
    if fmt:
        lines.append(f"Format: {fmt}")
    lines += ["", detail, "", "ResidencyCAS Applicant Support"]
    html = shell([f"<p>Dear {esc(ME_NAME)},</p>", f"<p>{esc(headline)}</p>", table(rows), f"<p>{esc(detail)}</p>",
                  "<p>ResidencyCAS Applicant Support</p>"], top=_rc_head(), bottom=RC_FOOT, accent="#f28c28",
                 font="Segoe UI,Arial,sans-serif")
    return mail(when, slug, label, kind, RC, subject, "\n".join(lines), html, tz=ET,
                must=[program, *must], idates=[day] if kind == "scheduled" else [])


def rc_message(when, slug, label, kind, program, subject, program_text, *, must=(), sender_line=None):
    """A program's message relayed through the ResidencyCAS message center."""
    lines = [f"Dear {ME_NAME},", "", f"You have a new message from {program} in ResidencyCAS.", "",
             "-" * 60, program_text.strip(), "-" * 60, "",
             "You can also read this message under Messages in your ResidencyCAS application.", "",
             "ResidencyCAS Applicant Support"]
    html = shell([f"<p>Dear {esc(ME_NAME)},</p>",
                  f"<p>You have a new message from <b>{esc(program)}</b> in ResidencyCAS.</p>",
                  '<div style="border:1px solid #d0d5dd;padding:12px 16px;background:#fafafa">'
                  + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in program_text.strip().split("\n\n"))
                  + "</div>",
                  "<p>You can also read this message under <i>Messages</i> in your ResidencyCAS application.</p>",
                  "<p>ResidencyCAS Applicant Support</p>"], top=_rc_head(), bottom=RC_FOOT, accent="#f28c28",
                 font="Segoe UI,Arial,sans-serif")
    return mail(when, slug, label, kind, RC, subject, "\n".join(lines), html, tz=ET, must=[program, *must])


# ================================================================ Interview Broker
IB_FOOT = ("Interview Broker - scheduling for residency and fellowship programs. Questions about the interview "
           "itself should go to the program coordinator listed above.")


def ib_invite(when, slug, label, program, campaign, coordinator, paras, dates, link, *, respond_by=None,
              deadline=None, must=()):
    subject = f"Invitation to Interview - {program}"
    lines = [f"Dear Marisol Dunagan,", ""] + sum([[p, ""] for p in paras], []) + [
        f"Campaign: {campaign}", "Dates currently open:"] + [f"   {short(x)}" for x in dates] + [""]
    if respond_by:
        lines += [f"Please select your date by {respond_by}.", ""]
    lines += ["Schedule your interview:", link, "", f"Program contact: {coordinator[0]} <{coordinator[1]}>", "",
              IB_FOOT]
    html = shell(["<p>Dear Marisol Dunagan,</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
                 + [f"<p><b>Campaign:</b> {esc(campaign)}</p>", "<p><b>Dates currently open:</b></p>",
                    ul([esc(short(x)) for x in dates])]
                 + ([f"<p><b>Please select your date by {esc(respond_by)}.</b></p>"] if respond_by else [])
                 + [btn(link, "Schedule My Interview", bg="#0f766e"),
                    f"<p>Program contact: {esc(coordinator[0])} &lt;{a('mailto:' + coordinator[1], coordinator[1])}&gt;"
                    "</p>"],
                 top='<b style="font-size:18px;color:#0f766e">Interview Broker</b>', bottom=IB_FOOT, accent="#0f766e")
    return mail(when, slug, label, "invitation", IB, subject, "\n".join(lines), html, tz=PT,
                reply_to=coordinator, must=[program, link, *must], idates=dates, respond_by=respond_by,
                deadline=deadline)


def ib_notice(when, slug, label, kind, program, campaign, day, title, paras, *, start=None, tzname=None,
              zoom=None, must=(), cal_uid=None, start_dt=None, minutes=240):
    subject = {"scheduled": f"Interview Confirmation - {program}",
               "reminder": f"Upcoming Interview Reminder - {program}",
               "cancellation": f"Interview Cancellation - {program}"}[kind]
    lines = [f"Dear Marisol Dunagan,", "", title, "", f"Program: {program}", f"Campaign: {campaign}",
             f"Interview date: {full(day)}"]
    if start:
        lines.append(f"Check-in: {start} {tzname}")
    if zoom:
        lines.append(f"Zoom: {zoom}")
    lines.append("")
    lines += sum([[p, ""] for p in paras], [])
    lines += ["Manage your interview: https://www.interviewbroker.com/applicant/", "", IB_FOOT]
    rows = [["Program", esc(program)], ["Campaign", esc(campaign)], ["Interview date", esc(full(day))]]
    if start:
        rows.append(["Check-in", f"{esc(start)} {tzname}"])
    if zoom:
        rows.append(["Zoom", a(zoom)])
    html = shell(["<p>Dear Marisol Dunagan,</p>", f"<p><b>{esc(title)}</b></p>", table(rows)]
                 + [f"<p>{esc(p)}</p>" for p in paras]
                 + [f"<p>{a('https://www.interviewbroker.com/applicant/', 'Manage your interview')}</p>"],
                 top='<b style="font-size:18px;color:#0f766e">Interview Broker</b>', bottom=IB_FOOT, accent="#0f766e")
    cal = None
    if cal_uid:
        cal = ics(cal_uid, start_dt, minutes, f"{program} Interview", zoom or "See confirmation e-mail",
                  f"Campaign: {campaign}", method="CANCEL" if kind == "cancellation" else "REQUEST",
                  status="CANCELLED" if kind == "cancellation" else "CONFIRMED", seq=1 if kind == "cancellation" else 0,
                  organizer=("Interview Broker", IB[1]), prodid="-//Interview Broker//EN")
    return mail(when, slug, label, kind, IB, subject, "\n".join(lines), html, tz=PT, cal=cal,
                cal_method="CANCEL" if kind == "cancellation" else "REQUEST",
                must=[program, *must], idates=[] if kind == "cancellation" else [day])


# ================================================================ Calendly
def calendly(when, slug, label, kind, event, host, start_dt, minutes, location, *, old_dt=None, must=(), answers=()):
    who = host
    day = start_dt.date()
    if kind == "scheduled" and old_dt is None:
        subject = f"Confirmed: {event} with {who} on {full(day)}"
        head = "A new event has been scheduled."
    else:
        subject = f"Updated: {event} with {who} on {full(day)}"
        head = "Your event has been rescheduled."
    s = start_dt.astimezone(start_dt.tzinfo)
    tok = __import__("hashlib").md5(f"{slug}{start_dt:%m%d}".encode()).hexdigest()[:12]
    when_line = f"{hm(s)} - {hm(s + __import__('datetime').timedelta(minutes=minutes))}, {full(day)} (Central Time - US & Canada)"
    lines = [f"Hi {ME_NAME},", "", head, "", "Event Type:", event, "", "Invitee:", ME_NAME, "", "Invitee Email:", ME, "",
             "Event Date/Time:", when_line, ""]
    if old_dt is not None:
        od = old_dt.date()
        lines += ["Former Date/Time:",
                  f"{hm(old_dt)}, {full(od)} (Central Time - US & Canada)", ""]
    lines += ["Location:", location, ""]
    for q, ans in answers:
        lines += [q, ans, ""]
    lines += ["Need to make changes to this event?",
              f"Cancel: https://calendly.com/cancellations/{tok}",
              f"Reschedule: https://calendly.com/reschedulings/{tok}", "",
              "Powered by Calendly.com"]
    rows = [["Event Type", esc(event)], ["Invitee", esc(ME_NAME)], ["Event Date/Time", esc(when_line)]]
    if old_dt is not None:
        rows.append(["Former Date/Time", f"<s>{esc(hm(old_dt))}, {esc(full(old_dt.date()))}</s>"])
    rows.append(["Location", esc(location)])
    html = shell([f"<p>Hi {esc(ME_NAME)},</p>", f"<p><b>{esc(head)}</b></p>", table(rows)]
                 + [f"<p><b>{esc(q)}</b><br>{esc(ans)}</p>" for q, ans in answers]
                 + [f"<p>{a('https://calendly.com/cancellations/' + tok, 'Cancel')}"
                    f" | {a('https://calendly.com/reschedulings/' + tok, 'Reschedule')}</p>"],
                 top='<b style="color:#006bff;font-size:18px">Calendly</b>', bottom="Powered by Calendly.com",
                 accent="#006bff")
    cal = ics(f"{slug}-{start_dt:%Y%m%d}@calendly.com", start_dt, minutes, f"{event}", location,
              f"Event scheduled with {who}", method="REQUEST", seq=1 if old_dt is not None else 0,
              organizer=(who, "no-reply@calendly.com"), prodid="-//Calendly//EN", tzid="America/Chicago")
    return mail(when, slug, label, kind, CAL, subject, "\n".join(lines), html, tz=UTC, cal=cal,
                must=[event, full(day), *must], idates=[day])


# ================================================================ Google Forms
def gform_receipt(when, slug, label, kind, form_title, owner_note, qa, *, idates=(), must=(), edit_link=None):
    subject = f"Your response to \"{form_title}\" has been recorded"
    lines = [f"Thanks for filling out {form_title}", "", "Here's what was received.", "", form_title, owner_note, ""]
    for q, ans in qa:
        lines += [q, ans, ""]
    if edit_link:
        lines += ["Edit response:", edit_link, ""]
    lines += ["Create your own Google Form: https://forms.google.com", "",
              "Google Forms: Create and analyze surveys."]
    html = shell([f"<p style=\"font-size:18px\">Thanks for filling out <b>{esc(form_title)}</b></p>",
                  "<p>Here's what was received.</p>", f"<h3>{esc(form_title)}</h3>", f"<p>{esc(owner_note)}</p>"]
                 + [f'<p style="margin-bottom:2px"><b>{esc(q)}</b></p><p style="margin-top:0">{esc(ans)}</p>'
                    for q, ans in qa]
                 + ([btn(edit_link, "Edit response", bg="#673ab7")] if edit_link else []),
                 bottom="Google Forms: Create and analyze surveys.", accent="#673ab7", font="Roboto,Arial,sans-serif")
    return mail(when, slug, label, kind, GF, subject, "\n".join(lines), html, tz=PT, must=[form_title, *must],
                idates=idates)
