"""Platform frames for season N: Thalamus, ERAS (MyERAS / ERAS interview scheduler), Interview Broker,
Calendly, Google Forms, SignUpGenius.  Date headers follow the sender: Thalamus and Calendly in UTC,
AAMC in Eastern time, Interview Broker, Google Forms and SignUpGenius in Pacific time."""
from kit import (ET, PT, UTC, ME, ME_NAME, bullets, button, esc, grid, ics, link, long, longny, mail, page)

TH = ("Thalamus", "noreply@thalamusgme.com")
ERAS = ("ERAS", "myeras-noreply@aamc.org")
IB = ("Interview Broker", "no-reply@interviewbroker.com")
CAL = ("Calendly", "notifications@calendly.com")
GF = ("Google Forms", "forms-receipts-noreply@google.com")
SUG = ("SignUpGenius", "notifications@signupgenius.com")
FIRST = ME_NAME.split()[0]

TH_FOOT = ("Thalamus · GME interview scheduling and management<br>You received this message because a training "
           "program invited you through Thalamus. Whitelist noreply@thalamusgme.com so that program messages are "
           "not filtered. " + link("https://app.thalamusgme.com/applicant/settings/notifications", "Manage notifications")
           + " · " + link("https://thalamusgme.com/privacy-policy/", "Privacy"))
TH_HDRS = [("X-Mailer", "Thalamus Mailer"),
           ("List-Unsubscribe", "<https://app.thalamusgme.com/applicant/settings/notifications>")]


def _th_top(program):
    return ('<span style="font:700 19px Georgia,serif;color:#2e2a7a">Thalamus</span>'
            f'<div style="font-size:13px;color:#5b6470;margin-top:3px">{esc(program)}</div>')


def th_invite(when, slug, label, program, paras, dates, url, *, subject=None, signer=None, respond_by=None,
              deadline=None, fmt="Virtual", must=(), reply_to=None, kind="invitation", intro=None):
    subject = subject or f"Interview Invitation from {program}"
    intro = intro or f"Dear {ME_NAME},"
    t = [intro, ""]
    for p in paras:
        t += [p, ""]
    t += [f"Interview type: {fmt}", "Available interview dates:"] + [f"   - {long(x)}" for x in dates] + [""]
    t += ["Log in to Thalamus to accept this invitation and reserve a date:", url, ""]
    if signer:
        t += [signer, ""]
    t += ["---", f"This invitation was sent through Thalamus on behalf of {program}.",
          "Replies to this address are not monitored. Please contact the program directly."]
    h = page([f"<p>{esc(intro)}</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
             + [f"<p><b>Interview type:</b> {esc(fmt)}</p><p><b>Available interview dates</b></p>",
                bullets([esc(long(x)) for x in dates]), button(url, "Accept & Schedule", bg="#3a34a3"),
                f'<p style="font-size:12px;color:#5b6470">Button not working? Copy this link: {link(url)}</p>']
             + ([f"<p>{esc(signer).replace(chr(10), '<br>')}</p>"] if signer else []),
             head=_th_top(program), foot=TH_FOOT, accent="#3a34a3")
    return mail(when, slug, label, kind, TH, subject, "\n".join(t), h, tz=UTC, reply_to=reply_to,
                must=[program, *must], idates=dates, respond_by=respond_by, deadline=deadline, headers=TH_HDRS)


def th_booked(when, slug, label, program, day, start, end, tzlabel, fmt, where, *, uid, start_dt, minutes=270,
              note=None, subject=None, kind="scheduled", was=None, must=()):
    if was:
        subject = subject or f"Interview Rescheduled - {program}"
        opening = (f"Your interview with {program} has been moved. Your previous date, {long(was)}, "
                   "has been released.")
    else:
        subject = subject or f"Interview Confirmed - {program}"
        opening = f"You're all set. Your interview with {program} is on your Thalamus calendar."
    t = [f"Hi {FIRST},", "", opening, "", f"Date: {long(day)}", f"Time: {start} to {end} {tzlabel}",
         f"Interview type: {fmt}", f"Location: {where}", ""]
    if note:
        t += [note, ""]
    t += ["You can view, reschedule or cancel this interview from your calendar until the program's freeze date:",
          "https://app.thalamusgme.com/applicant/calendar", "", "Best of luck,", "The Thalamus Team"]
    h = page([f"<p>Hi {esc(FIRST)},</p>", f"<p>{esc(opening)}</p>",
              grid([["Date", esc(long(day))], ["Time", f"{esc(start)} to {esc(end)} {tzlabel}"],
                    ["Interview type", esc(fmt)], ["Location", esc(where)]])]
             + ([f"<p>{esc(note)}</p>"] if note else [])
             + [button("https://app.thalamusgme.com/applicant/calendar", "View My Calendar", bg="#3a34a3"),
                "<p>Best of luck,<br>The Thalamus Team</p>"], head=_th_top(program), foot=TH_FOOT, accent="#3a34a3")
    cal = ics(uid, start_dt, minutes, f"{program} - Interview", where, f"{fmt} interview. Managed in Thalamus.",
              organizer=("Thalamus", TH[1]), prodid="-//Thalamus GME//Calendar//EN", seq=1 if was else 0)
    return mail(when, slug, label, kind, TH, subject, "\n".join(t), h, tz=UTC, cal=cal, cal_name="interview.ics",
                must=[program, long(day), *must], idates=[day], headers=TH_HDRS)


def th_reminder(when, slug, label, program, day, start, tzlabel, join, *, note=None, must=()):
    subject = f"Upcoming interview: {program} on {longny(day)}"
    t = [f"Hi {FIRST},", "", f"Your {program} interview day is coming up on {long(day)}, starting at {start} "
         f"{tzlabel}.", ""]
    if note:
        t += [note, ""]
    t += ["Join from your Thalamus calendar when the day opens:", join, "",
          "Run a quick audio/video check beforehand: https://app.thalamusgme.com/tech-check", "", "The Thalamus Team"]
    h = page([f"<p>Hi {esc(FIRST)},</p>", f"<p>Your <b>{esc(program)}</b> interview day is coming up on "
              f"<b>{esc(long(day))}</b>, starting at {esc(start)} {tzlabel}.</p>"]
             + ([f"<p>{esc(note)}</p>"] if note else [])
             + [button(join, "Join Interview Day", bg="#3a34a3"), "<p>The Thalamus Team</p>"],
             head=_th_top(program), foot=TH_FOOT, accent="#3a34a3")
    return mail(when, slug, label, "reminder", TH, subject, "\n".join(t), h, tz=UTC, must=[program, *must],
                idates=[day], headers=TH_HDRS)


def th_program_msg(when, slug, label, kind, program, subject, paras, *, signer=None, must=(), idates=(),
                   url="https://app.thalamusgme.com/applicant/messages", btn_label="Open in Thalamus",
                   respond_by=None, deadline=None):
    t = [f"Dear {FIRST},", ""]
    for p in paras:
        t += [p, ""]
    if signer:
        t += [signer, ""]
    t += [btn_label + ": " + url, "", "---", f"Sent through Thalamus on behalf of {program}. Do not reply to this e-mail."]
    h = page([f"<p>Dear {esc(FIRST)},</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
             + ([f"<p>{esc(signer).replace(chr(10), '<br>')}</p>"] if signer else [])
             + [button(url, btn_label, bg="#3a34a3")], head=_th_top(program), foot=TH_FOOT, accent="#3a34a3")
    return mail(when, slug, label, kind, TH, subject, "\n".join(t), h, tz=UTC, must=[program, *must], idates=idates,
                respond_by=respond_by, deadline=deadline, headers=TH_HDRS)


def th_declined(when, slug, label, program, *, must=()):
    subject = f"You declined an interview invitation - {program}"
    t = [f"Hi {FIRST},", "", f"This confirms that you declined your interview invitation from {program}. "
         "The program has been notified and no interview date is held for you.", "",
         "Declined by mistake? Contact the program directly; Thalamus cannot reinstate an invitation.", "",
         "The Thalamus Team"]
    h = page([f"<p>{esc(x)}</p>" for x in t if x], head=_th_top(program), foot=TH_FOOT, accent="#3a34a3")
    return mail(when, slug, label, "cancellation", TH, subject, "\n".join(t), h, tz=UTC, must=[program, *must],
                headers=TH_HDRS)


# ------------------------------------------------------------------ ERAS
ERAS_FOOT = ("Association of American Medical Colleges · 655 K Street, NW, Suite 100 · Washington, DC 20001-2399<br>"
             "This is an automated notification from the Electronic Residency Application Service (ERAS®). "
             "Please do not reply.")


def eras_notice(when, slug, label, kind, subject, lines, *, must=(), idates=(), respond_by=None, deadline=None,
                html_only=False):
    t = "\n".join(lines + ["", "Sign in to MyERAS: https://apps.aamc.org/myeras-web/", "",
                           "This is an automated message from ERAS. Please do not reply to this e-mail.",
                           "AAMC | 655 K Street, NW, Suite 100 | Washington, DC 20001-2399"])
    h = page([f"<p>{esc(x)}</p>" for x in lines if x] + [button("https://apps.aamc.org/myeras-web/", "Go to MyERAS",
                                                                bg="#00467f")],
             head='<b style="color:#00467f;font-size:18px">AAMC</b> <span style="color:#666">| ERAS</span>',
             foot=ERAS_FOOT, accent="#00467f")
    return mail(when, slug, label, kind, ERAS, subject, None if html_only else t, h, tz=ET, must=must, idates=idates,
                respond_by=respond_by, deadline=deadline)


# ------------------------------------------------------------------ Interview Broker
IB_FOOT = ("Interview Broker · Online interview scheduling for residency and fellowship programs<br>"
           "Questions about the interview itself? Contact the program. Technical issues: support@interviewbroker.com")


def ib_mail(when, slug, label, kind, subject, program, campaign, paras, *, rows=None, url=None, btn_label=None,
            must=(), idates=(), respond_by=None, deadline=None, cal=None, signer=None):
    t = [f"Dear {ME_NAME},", ""]
    for p in paras:
        t += [p, ""]
    if rows:
        t += [f"{k}: {v}" for k, v in rows] + [""]
    if url:
        t += [f"{btn_label}: {url}", ""]
    if signer:
        t += [signer, ""]
    t += [f"Program: {program}", f"Campaign: {campaign}", "", "-- Interview Broker"]
    h = page([f"<p>Dear {esc(ME_NAME)},</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
             + ([grid([[esc(k), esc(v)] for k, v in rows])] if rows else [])
             + ([button(url, btn_label, bg="#1b7f5b")] if url else [])
             + ([f"<p>{esc(signer).replace(chr(10), '<br>')}</p>"] if signer else [])
             + [f'<p style="color:#666;font-size:13px">Program: {esc(program)}<br>Campaign: {esc(campaign)}</p>'],
             head='<b style="color:#1b7f5b;font-size:18px">Interview Broker</b>', foot=IB_FOOT, accent="#1b7f5b")
    return mail(when, slug, label, kind, IB, subject, "\n".join(t), h, tz=PT, must=[program, *must], idates=idates,
                respond_by=respond_by, deadline=deadline, cal=cal, cal_name="interview.ics")


# ------------------------------------------------------------------ Calendly
def calendly(when, slug, label, kind, subject, host, event, day, start_local, tzname, *, uid, start_dt, minutes,
             where, was=None, answers=(), must=()):
    what = "Updated" if was else "Confirmed"
    t = [f"Hi {ME_NAME},", "",
         (f"Your event with {host} has been rescheduled." if was else f"A new event has been scheduled with {host}."),
         "", f"Event Type: {event}", f"Invitee: {ME_NAME}", f"Invitee Email: {ME}",
         f"Event Date/Time: {start_local} - {long(day)} ({tzname})"]
    if was:
        t += [f"Former: {long(was)} (canceled)"]
    t += [f"Location: {where}", ""]
    for qn, an in answers:
        t += [qn, an, ""]
    t += ["Need to make changes to this event?", "Reschedule: https://calendly.com/reschedulings/" + uid[:20],
          "Cancel: https://calendly.com/cancellations/" + uid[:20], "", "Powered by Calendly.com"]
    rows = [["Event Type", esc(event)], ["Date/Time", f"{esc(start_local)} - {esc(long(day))} ({esc(tzname)})"]]
    if was:
        rows.append(["Former", f"<s>{esc(long(was))}</s>"])
    rows.append(["Location", esc(where)])
    h = page([f"<p>Hi {esc(ME_NAME)},</p>", f"<p>{esc(t[2])}</p>", grid(rows)]
             + [f"<p><b>{esc(qn)}</b><br>{esc(an)}</p>" for qn, an in answers]
             + [f'<p>{link("https://calendly.com/reschedulings/" + uid[:20], "Reschedule")} · '
                f'{link("https://calendly.com/cancellations/" + uid[:20], "Cancel")}</p>'],
             head='<b style="color:#006bff;font-size:18px">Calendly</b>', foot="Powered by Calendly.com",
             accent="#006bff")
    cal = ics(uid, start_dt, minutes, f"{event} ({host})", where, f"{event}. Scheduled via Calendly.",
              organizer=(host, "notifications@calendly.com"), prodid="-//Calendly//EN", seq=1 if was else 0)
    return mail(when, slug, label, kind, CAL, subject or f"{what}: {event} with {host} on {long(day)}",
                "\n".join(t), h, tz=UTC, cal=cal, cal_name="invite.ics", must=[host, *must], idates=[day])


# ------------------------------------------------------------------ Google Forms
def gform(when, slug, label, kind, form_title, owner, answers, *, must=(), idates=()):
    t = ["Thanks for filling out " + form_title, "", "Here's what was received.", "", form_title, owner, ""]
    for qn, an in answers:
        t += [qn, "  " + an, ""]
    t += ["Create your own Google Form: https://forms.google.com", "",
          "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA"]
    h = page([f"<p>Thanks for filling out <b>{esc(form_title)}</b></p>", "<p>Here's what was received.</p>",
              f"<p style='font-size:13px;color:#555'>{esc(owner)}</p>"]
             + [f"<p><b>{esc(qn)}</b><br>{esc(an)}</p>" for qn, an in answers],
             head='<span style="color:#673ab7;font-size:18px">Google Forms</span>',
             foot="Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA", accent="#673ab7")
    return mail(when, slug, label, kind, GF, f"Your response to {form_title}", "\n".join(t), h, tz=PT,
                must=must, idates=idates)


# ------------------------------------------------------------------ SignUpGenius
def signup(when, slug, label, kind, title, org, slot_day, slot_text, where, *, must=(), note=None):
    t = [f"Hi {FIRST},", "", f"Thank you for signing up! You have signed up for the following slot(s) on "
         f"\"{title}\" created by {org}.", "", f"Date: {slot_day:%m/%d/%Y} ({slot_day:%a})", f"Time/Slot: {slot_text}",
         f"Location: {where}", ""]
    if note:
        t += [note, ""]
    t += ["To change or swap your sign up, go to the sign up page:",
          "https://www.signupgenius.com/go/10C0A4DAEAB2FA5FCC16-interview", "",
          "SignUpGenius · 9509 Hanover South Trail, Charlotte, NC"]
    h = page([f"<p>{esc(x)}</p>" for x in t[:3]]
             + [grid([["Date", f"{slot_day:%m/%d/%Y} ({slot_day:%a})"], ["Time/Slot", esc(slot_text)],
                      ["Location", esc(where)]])]
             + ([f"<p>{esc(note)}</p>"] if note else [])
             + [button("https://www.signupgenius.com/go/10C0A4DAEAB2FA5FCC16-interview", "View Sign Up",
                       bg="#f26c21")],
             head='<b style="color:#f26c21;font-size:18px">SignUpGenius</b>',
             foot="SignUpGenius · 9509 Hanover South Trail, Charlotte, NC", accent="#f26c21")
    return mail(when, slug, label, kind, SUG, f"Sign Up Confirmation: {title}", "\n".join(t), h, tz=PT,
                must=must, idates=[slot_day])
