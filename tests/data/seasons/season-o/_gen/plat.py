"""Platform mail for season O.  Date headers follow the sender: Thalamus and Calendly write in UTC, AAMC
(MyERAS / ERAS interview scheduler) in Eastern time, Interview Broker in Pacific time, Google Forms in
Pacific time, SignUpGenius in Eastern time."""
from kit import (ET, PT, UTC, NAME, FIRST, ADDR, a, btn, e, full, fulln, ical, mail, shell, table, ul, clock)

TH = ("Thalamus", "noreply@thalamusgme.com")
AAMC = ("AAMC ERAS", "myeras-noreply@aamc.org")
IB = ("Interview Broker", "no-reply@interviewbroker.com")
CAL = ("Calendly", "notifications@calendly.com")
GF = ("Google Forms", "forms-receipts-noreply@google.com")
SUG = ("SignUpGenius", "notifications@signupgenius.com")

TH_HDR = [("X-Mailer", "thalamus-notify"),
          ("List-Unsubscribe", "<https://app.thalamusgme.com/applicant/preferences/email>")]
TH_FOOT = ("Sent by Thalamus, the GME interview management platform, on behalf of the residency program named "
           "above. Please add noreply@thalamusgme.com to your safe senders list.<br>"
           + a("https://app.thalamusgme.com/applicant/preferences/email", "Email preferences") + " &middot; "
           + a("https://thalamusgme.com/terms-of-use/", "Terms") + " &middot; Thalamus GME, Inc.")
TH_TOP = '<span style="font:600 20px Arial,sans-serif;color:#4b3fb5;letter-spacing:.5px">thalamus</span>'


def _th_head(program):
    return TH_TOP + f'<div style="color:#545b66;font-size:13px;margin-top:4px">{e(program)}</div>'


def _lines(paras):
    out = []
    for p in paras:
        out += [p, ""]
    return out


def th_invite(when, slug, label, program, paras, dates, *, url, subject=None, signer=None, fmt="Virtual",
              respond_by=None, deadline=None, must=(), kind="invitation", greet=None, times=None):
    subject = subject or f"{program} - Interview Invitation"
    greet = greet or f"Dear {NAME},"
    t = [greet, ""] + _lines(paras)
    t += [f"Interview format: {fmt}", "Dates offered:"]
    t += [f"  * {full(x)}" + (f"  ({times})" if times else "") for x in dates] + [""]
    t += ["Respond to this invitation in Thalamus:", url, ""]
    if signer:
        t += [signer, ""]
    t += ["--", "You are receiving this message because the program above invited you through Thalamus.",
          "This mailbox is not monitored; direct questions to the program."]
    h = shell([f"<p>{e(greet)}</p>"] + [f"<p>{e(p)}</p>" for p in paras]
              + [f"<p><b>Interview format:</b> {e(fmt)}</p>", "<p><b>Dates offered</b></p>",
                 ul([e(full(x)) + (f" ({e(times)})" if times else "") for x in dates]),
                 btn(url, "View Invitation", bg="#4b3fb5"),
                 f'<p style="font-size:12px;color:#69707a">Trouble with the button? Paste this into your browser: '
                 f'{a(url)}</p>']
              + ([f"<p>{e(signer).replace(chr(10), '<br>')}</p>"] if signer else []),
              top=_th_head(program), foot=TH_FOOT, color="#4b3fb5")
    return mail(when, slug, label, kind, TH, subject, "\n".join(t), h, tz=UTC, headers=TH_HDR,
                must=[program, *must], idates=dates, respond_by=respond_by, deadline=deadline)


def th_booked(when, slug, label, program, day, start, end, fmt, where, *, uid, minutes=300, was=None, note=None,
              subject=None, must=(), by_program=False, kind="scheduled"):
    if was:
        subject = subject or f"Updated interview date: {program}"
        lead = (f"{'The program has changed' if by_program else 'You changed'} your interview with {program}. "
                f"It is now on {full(day)}; {full(was)} no longer appears on your calendar.")
    else:
        subject = subject or f"Interview scheduled: {program}"
        lead = f"Thanks, {FIRST}. Your interview with {program} has been scheduled."
    t = [f"Hello {FIRST},", "", lead, "", f"Date: {full(day)}", f"Time: {clock(start)} - {clock(end)} Eastern",
         f"Format: {fmt}", f"Where: {where}", ""]
    if note:
        t += [note, ""]
    t += ["Manage this interview from your Thalamus calendar (changes close at the program's freeze date):",
          "https://app.thalamusgme.com/applicant/calendar", "", "Good luck!", "Team Thalamus"]
    h = shell([f"<p>Hello {e(FIRST)},</p>", f"<p>{e(lead)}</p>",
               table([["Date", e(full(day))], ["Time", f"{clock(start)} &ndash; {clock(end)} Eastern"],
                      ["Format", e(fmt)], ["Where", e(where)]])]
              + ([f"<p>{e(note)}</p>"] if note else [])
              + [btn("https://app.thalamusgme.com/applicant/calendar", "Open Calendar", bg="#4b3fb5"),
                 "<p>Good luck!<br>Team Thalamus</p>"], top=_th_head(program), foot=TH_FOOT, color="#4b3fb5")
    st = datetime_at(day, start)
    cal = ical(uid, st, minutes, f"Interview - {program}", where, f"{fmt} interview (Thalamus).",
               organizer=TH, prodid="-//Thalamus//Interview Calendar//EN", seq=1 if was else 0)
    return mail(when, slug, label, kind, TH, subject, "\n".join(t), h, tz=UTC, headers=TH_HDR, cal=cal,
                cal_name="thalamus-interview.ics", must=[program, *must], idates=[day])


def datetime_at(day, hhmm):
    from kit import at
    return at(day, hhmm, ET)


def th_cancelled(when, slug, label, program, day, *, by_program, uid, start="09:00", note=None, must=()):
    subject = f"Interview cancelled: {program}"
    lead = (f"{program} has cancelled your interview on {full(day)}." if by_program else
            f"You cancelled your interview with {program} on {full(day)}. The program has been notified.")
    t = [f"Hello {FIRST},", "", lead, ""] + ([note, ""] if note else []) + [
        "Questions about this change should go to the program, not to Thalamus.", "", "Team Thalamus"]
    h = shell([f"<p>{e(x)}</p>" for x in t if x], top=_th_head(program), foot=TH_FOOT, color="#4b3fb5")
    cal = ical(uid, datetime_at(day, start), 240, f"Interview - {program}", "Virtual", "Cancelled.",
               organizer=TH, method="CANCEL", status="CANCELLED", seq=2, prodid="-//Thalamus//Interview Calendar//EN")
    return mail(when, slug, label, "cancellation", TH, subject, "\n".join(t), h, tz=UTC, headers=TH_HDR, cal=cal,
                cal_method="CANCEL", cal_name="thalamus-interview.ics", must=[program, *must])


def th_reminder(when, slug, label, program, day, start, join, *, note=None, must=()):
    subject = f"Reminder: {program} interview {fulln(day)}"
    t = [f"Hello {FIRST},", "", f"This is a reminder that your interview with {program} is on {full(day)} "
         f"at {clock(start)} Eastern.", ""] + ([note, ""] if note else []) + [
        "Your virtual interview room opens from the calendar 15 minutes before the start:", join, "",
        "Tip: test your camera and microphone ahead of time at https://app.thalamusgme.com/av-check", "",
        "Team Thalamus"]
    h = shell([f"<p>Hello {e(FIRST)},</p>", f"<p>This is a reminder that your interview with <b>{e(program)}</b> is "
               f"on <b>{e(full(day))}</b> at {clock(start)} Eastern.</p>"] + ([f"<p>{e(note)}</p>"] if note else [])
              + [btn(join, "Enter Interview Room", bg="#4b3fb5"), "<p>Team Thalamus</p>"],
              top=_th_head(program), foot=TH_FOOT, color="#4b3fb5")
    return mail(when, slug, label, "reminder", TH, subject, "\n".join(t), h, tz=UTC, headers=TH_HDR,
                must=[program, *must], idates=[day])


def th_note(when, slug, label, kind, program, subject, paras, *, signer=None, url=None, label_btn="Open Thalamus",
            must=(), idates=(), respond_by=None, deadline=None, greet=None):
    greet = greet or f"Dear {NAME},"
    url = url or "https://app.thalamusgme.com/applicant/inbox"
    t = [greet, ""] + _lines(paras) + ([signer, ""] if signer else []) + [
        f"{label_btn}: {url}", "", "--", f"Message sent via Thalamus for {program}. Replies to this e-mail are not read."]
    h = shell([f"<p>{e(greet)}</p>"] + [f"<p>{e(p)}</p>" for p in paras]
              + ([f"<p>{e(signer).replace(chr(10), '<br>')}</p>"] if signer else []) + [btn(url, label_btn, bg="#4b3fb5")],
              top=_th_head(program), foot=TH_FOOT, color="#4b3fb5")
    return mail(when, slug, label, kind, TH, subject, "\n".join(t), h, tz=UTC, headers=TH_HDR, must=[program, *must],
                idates=idates, respond_by=respond_by, deadline=deadline)


# ---- AAMC / ERAS ---------------------------------------------------------------------------
ERAS_FOOT = ("AAMC &middot; 655 K Street, NW, Suite 100 &middot; Washington, DC 20001-2399<br>"
             "Automated message from the Electronic Residency Application Service (ERAS&reg;). Do not reply.")


def eras(when, slug, label, kind, subject, lines, *, must=(), idates=(), respond_by=None, deadline=None,
         html_only=False):
    t = "\n".join(lines + ["", "MyERAS: https://apps.aamc.org/myeras-web/#/landing", "",
                           "Please do not reply to this automated e-mail.",
                           "Association of American Medical Colleges, 655 K Street, NW, Suite 100, Washington, DC 20001-2399"])
    h = shell([f"<p>{e(x)}</p>" for x in lines if x]
              + [btn("https://apps.aamc.org/myeras-web/#/landing", "Sign in to MyERAS", bg="#003a70")],
              top='<b style="color:#003a70;font-size:19px">AAMC</b> <span style="color:#69707a">ERAS&reg;</span>',
              foot=ERAS_FOOT, color="#003a70")
    return mail(when, slug, label, kind, AAMC, subject, None if html_only else t, h, tz=ET, must=must,
                idates=idates, respond_by=respond_by, deadline=deadline)


# ---- Interview Broker ----------------------------------------------------------------------
IB_FOOT = ("Interview Broker &middot; scheduling for residency &amp; fellowship interviews.<br>"
           "For questions about the program, contact the program coordinator. Login help: support@interviewbroker.com")


def ib(when, slug, label, kind, subject, program, campaign, paras, *, rows=None, url=None, action=None,
       signer=None, must=(), idates=(), respond_by=None, deadline=None, cal=None):
    t = [f"Hello {NAME},", ""] + _lines(paras)
    if rows:
        t += [f"  {k}: {v}" for k, v in rows] + [""]
    if url:
        t += [f"{action}: {url}", ""]
    if signer:
        t += [signer, ""]
    t += [f"Program: {program}", f"Interview campaign: {campaign}", "", "Interview Broker"]
    h = shell([f"<p>Hello {e(NAME)},</p>"] + [f"<p>{e(p)}</p>" for p in paras]
              + ([table([[e(k), e(v)] for k, v in rows])] if rows else [])
              + ([btn(url, action, bg="#2b7a4b")] if url else [])
              + ([f"<p>{e(signer).replace(chr(10), '<br>')}</p>"] if signer else [])
              + [f'<p style="color:#69707a;font-size:13px">Program: {e(program)}<br>'
                 f'Interview campaign: {e(campaign)}</p>'],
              top='<b style="color:#2b7a4b;font-size:19px">Interview Broker</b>', foot=IB_FOOT, color="#2b7a4b")
    return mail(when, slug, label, kind, IB, subject, "\n".join(t), h, tz=PT, must=[program, *must], idates=idates,
                respond_by=respond_by, deadline=deadline, cal=cal, cal_name="InterviewBroker.ics")


# ---- Calendly ------------------------------------------------------------------------------
def calendly(when, slug, label, host, event, day, start, minutes, where, *, uid, answers=(), must=(), kind="scheduled"):
    t = [f"Hi {NAME},", "", f"Your {event} with {host} is confirmed.", "",
         f"Event type: {event}", f"Date & time: {clock(start)} - {full(day)} (Eastern Time - US & Canada)",
         f"Location: {where}", f"Invitee email: {ADDR}", ""]
    for q, ans in answers:
        t += [q, ans, ""]
    t += ["Need to make a change?", f"Reschedule: https://calendly.com/reschedulings/{uid[:18]}",
          f"Cancel: https://calendly.com/cancellations/{uid[:18]}", "", "Sent from Calendly"]
    h = shell([f"<p>Hi {e(NAME)},</p>", f"<p>Your <b>{e(event)}</b> with {e(host)} is confirmed.</p>",
               table([["Event type", e(event)],
                      ["Date &amp; time", f"{clock(start)} - {e(full(day))} (Eastern Time - US &amp; Canada)"],
                      ["Location", e(where)]])]
              + [f"<p><b>{e(q)}</b><br>{e(ans)}</p>" for q, ans in answers]
              + [f'<p>{a("https://calendly.com/reschedulings/" + uid[:18], "Reschedule")} | '
                 f'{a("https://calendly.com/cancellations/" + uid[:18], "Cancel")}</p>'],
              top='<b style="color:#0069ff;font-size:19px">Calendly</b>', foot="Sent from Calendly", color="#0069ff")
    cal = ical(uid, datetime_at(day, start), minutes, f"{event} ({host})", where, "Scheduled with Calendly.",
               organizer=(host, "notifications@calendly.com"), prodid="-//Calendly//Calendly Event//EN")
    return mail(when, slug, label, kind, CAL, f"Confirmed: {event} with {host} on {full(day)}", "\n".join(t), h,
                tz=UTC, cal=cal, must=[host, *must], idates=[day])


# ---- Google Forms / SignUpGenius -------------------------------------------------------------
def gform(when, slug, label, kind, title, owner_line, answers, *, must=(), idates=()):
    t = [f"Thanks for filling out {title}", "", "Here's a copy of what you submitted:", "", title, owner_line, ""]
    for q, ans in answers:
        t += [q, "    " + ans, ""]
    t += ["Google Forms: create and analyze surveys. https://forms.google.com",
          "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA"]
    h = shell([f"<p>Thanks for filling out <b>{e(title)}</b></p>", "<p>Here's a copy of what you submitted:</p>",
               f'<p style="color:#555;font-size:13px">{e(owner_line)}</p>']
              + [f"<p><b>{e(q)}</b><br>{e(ans)}</p>" for q, ans in answers],
              top='<span style="color:#673ab7;font-size:19px">Google Forms</span>',
              foot="Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA", color="#673ab7")
    return mail(when, slug, label, kind, GF, f"Your response to {title}", "\n".join(t), h, tz=PT, must=must,
                idates=idates)


def signup(when, slug, label, title, org, day, slot, where, *, must=(), note=None, kind="scheduled"):
    url = "https://www.signupgenius.com/go/70A0D4AAFA92BA2F94-57321541-inova"
    t = [f"Hello {FIRST},", "", f"Thanks for signing up! Here is a copy of your sign up for \"{title}\" ({org}).",
         "", f"Date: {day:%m/%d/%Y} ({day:%a})", f"Slot: {slot}", f"Location: {where}", ""]
    if note:
        t += [note, ""]
    t += ["Need to swap or cancel? Visit the sign up:", url, "", "SignUpGenius, Inc. · Charlotte, NC"]
    h = shell([f"<p>{e(x)}</p>" for x in t[:3]]
              + [table([["Date", f"{day:%m/%d/%Y} ({day:%a})"], ["Slot", e(slot)], ["Location", e(where)]])]
              + ([f"<p>{e(note)}</p>"] if note else []) + [btn(url, "View My Sign Up", bg="#f05a28")],
              top='<b style="color:#f05a28;font-size:19px">SignUpGenius</b>', foot="SignUpGenius, Inc. · Charlotte, NC",
              color="#f05a28")
    return mail(when, slug, label, kind, SUG, f"Confirmation: You signed up for {title}", "\n".join(t), h, tz=ET,
                must=must, idates=[day])
