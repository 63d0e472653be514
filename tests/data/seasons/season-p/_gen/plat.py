"""Platform frames for season P.  Thalamus and Calendly date in UTC, AAMC/ERAS and SignUpGenius in Eastern
time, Interview Broker and Google Forms in Pacific time."""
from kit import (CT, ET, PT, UTC, NAME, FIRST, ADDR, a, at, btn, e, full, fulln, ical, mail, shell, table, ul,
                 clock, md)

TH = ("Thalamus", "noreply@thalamusgme.com")
AAMC = ("ERAS", "erasnoreply@aamc.org")
IB = ("Interview Broker", "noreply@interviewbroker.com")
CAL = ("Calendly", "notifications@calendly.com")
GF = ("Google Forms", "forms-receipts-noreply@google.com")
SUG = ("SignUpGenius", "DoNotReply@signupgenius.com")

TH_HDR = [("List-Unsubscribe", "<https://app.thalamusgme.com/settings/notifications>")]
TH_FOOT = ("You received this e-mail because a residency program uses Thalamus to manage interviews. "
           "Thalamus will never ask for your password by e-mail.<br>"
           + a("https://app.thalamusgme.com/settings/notifications", "Notification settings") + " | "
           + a("https://thalamusgme.com/privacy-policy/", "Privacy") + " | Thalamus GME, Inc., Santa Clara, CA")
TH_TOP = '<span style="font:bold 19px Helvetica,sans-serif;color:#5a2ca0">Thalamus</span>'
THC = "#5a2ca0"


def _head(prog):
    return TH_TOP + f'<div style="font-size:13px;color:#555;margin-top:3px">{e(prog)}</div>'


def th_invite(when, slug, label, prog, paras, dates, *, url, fmt="Virtual", signer=None, subject=None,
              deadline=None, must=(), kind="invitation", note=None):
    subject = subject or f"Interview Invitation from {prog}"
    t = [f"Hello {FIRST},", ""]
    for p in paras:
        t += [p, ""]
    t += [f"Interview type: {fmt}", "Available interview dates:"] + [f"- {full(x)}" for x in dates] + [""]
    if note:
        t += [note, ""]
    t += ["Log in to Thalamus to select a date:", url, ""]
    if signer:
        t += [signer, ""]
    t += ["--", "Thalamus | Interview scheduling for graduate medical education",
          "Please do not reply to this e-mail. Contact the program directly with questions."]
    h = shell([f"<p>Hello {e(FIRST)},</p>"] + [f"<p>{e(p)}</p>" for p in paras] +
              [f"<p><b>Interview type:</b> {e(fmt)}</p><p><b>Available interview dates</b></p>",
               ul([e(full(x)) for x in dates])] + ([f"<p>{e(note)}</p>"] if note else []) +
              [btn(url, "Select an Interview Date", THC)] +
              ([f"<p>{e(signer).replace(chr(10), '<br>')}</p>"] if signer else []),
              top=_head(prog), foot=TH_FOOT, color=THC)
    return mail(when, slug, label, kind, TH, subject, "\n".join(t), h, tz=UTC, headers=TH_HDR,
                must=[prog, *must], idates=dates, deadline=deadline)


def th_booked(when, slug, label, prog, day, start, end, fmt, where, *, uid, tz=CT, was=None, note=None,
              subject=None, must=(), minutes=300):
    tzname = "CT" if tz is CT else "ET"
    if was:
        subject = subject or f"Your interview date has changed - {prog}"
        lead = (f"Your interview with {prog} has been moved from {full(was)} to {full(day)}. "
                f"The calendar attachment replaces the earlier one.")
    else:
        subject = subject or f"Interview Confirmed: {prog}"
        lead = f"You're all set. Your interview with {prog} is confirmed."
    lead = lead.replace("'", "\u2019")
    t = [f"Hi {FIRST},", "", lead, "", f"Program: {prog}", f"Date: {full(day)}",
         f"Time: {clock(start)} - {clock(end)} {tzname}", f"Format: {fmt}", f"Location: {where}", ""]
    if note:
        t += [note, ""]
    t += ["To change or cancel, sign in at https://app.thalamusgme.com/applicant/interviews", "",
          "--", "Thalamus | Please do not reply to this automated message."]
    rows = [["Program", e(prog)], ["Date", e(full(day))], ["Time", e(f"{clock(start)} - {clock(end)} {tzname}")],
            ["Format", e(fmt)], ["Location", e(where)]]
    h = shell([f"<p>Hi {e(FIRST)},</p><p>{e(lead)}</p>", table(rows)] + ([f"<p>{e(note)}</p>"] if note else [])
              + [btn("https://app.thalamusgme.com/applicant/interviews", "Manage Interview", THC)],
              top=_head(prog), foot=TH_FOOT, color=THC)
    cal = ical(uid, at(day, start, tz), minutes, f"Interview: {prog}", where, f"{fmt} interview - {prog}",
               organizer=TH, seq=1 if was else 0)
    return mail(when, slug, label, "scheduled", TH, subject, "\n".join(t), h, tz=UTC, headers=TH_HDR, cal=cal,
                must=[prog, *must], idates=[day])


def th_remind(when, slug, label, prog, day, start, fmt, link, *, tz=CT, extra=None, must=()):
    tzname = "CT" if tz is CT else "ET"
    t = [f"Hi {FIRST},", "", f"This is a reminder that your interview with {prog} is tomorrow, {full(day)}, "
         f"starting at {clock(start)} {tzname}.", "", f"Format: {fmt}", f"Join / arrival details: {link}", ""]
    if extra:
        t += [extra, ""]
    t += ["Good luck!", "", "--", "Thalamus | Automated reminder"]
    h = shell([f"<p>Hi {e(FIRST)},</p>", f"<p>This is a reminder that your interview with <b>{e(prog)}</b> is "
               f"tomorrow, <b>{e(full(day))}</b>, starting at {e(clock(start))} {tzname}.</p>",
               f"<p>Format: {e(fmt)}<br>Join / arrival details: {e(link)}</p>"]
              + ([f"<p>{e(extra)}</p>"] if extra else []) + ["<p>Good luck!</p>"],
              top=_head(prog), foot=TH_FOOT, color=THC)
    return mail(when, slug, label, "reminder", TH, f"Reminder: Interview tomorrow with {prog}", "\n".join(t), h,
                tz=UTC, headers=TH_HDR, must=[prog, *must], idates=[day])


def th_note(when, slug, label, kind, prog, subject, paras, *, idates=(), must=(), button=None, cal=None,
            cal_method="REQUEST", deadline=None):
    t = [f"Dear {FIRST},", ""]
    for p in paras:
        t += [p, ""]
    if button:
        t += [f"{button[1]}: {button[0]}", ""]
    t += ["--", f"Message sent via Thalamus on behalf of {prog}.",
          "Replies to this address are not monitored."]
    h = shell([f"<p>Dear {e(FIRST)},</p>"] + [f"<p>{e(p)}</p>" for p in paras] +
              ([btn(button[0], button[1], THC)] if button else []), top=_head(prog), foot=TH_FOOT, color=THC)
    return mail(when, slug, label, kind, TH, subject, "\n".join(t), h, tz=UTC, headers=TH_HDR,
                must=[prog, *must], idates=idates, cal=cal, cal_method=cal_method, deadline=deadline)


# ---- AAMC / ERAS ----------------------------------------------------------------------------
ERAS_FOOT = ("This is an automated notification from the Electronic Residency Application Service (ERAS). "
             "Do not reply to this message. Association of American Medical Colleges, 655 K Street NW, "
             "Suite 100, Washington, DC 20001-2399.")


def eras(when, slug, label, kind, subject, lines, *, idates=(), must=(), deadline=None):
    t = [f"Dear {NAME},", ""] + lines + ["", "Sign in to MyERAS: https://apps.aamc.org/myeras", "",
                                          "Sincerely,", "ERAS Team", "", ERAS_FOOT]
    h = shell([f"<p>Dear {e(NAME)},</p>"] + [f"<p>{e(x)}</p>" if x else "" for x in lines] +
              [btn("https://apps.aamc.org/myeras", "Go to MyERAS", "#003a70"), "<p>Sincerely,<br>ERAS Team</p>"],
              top='<b style="color:#003a70;font-size:18px">AAMC | ERAS<sup>&reg;</sup></b>',
              foot=e(ERAS_FOOT), color="#003a70")
    return mail(when, slug, label, kind, AAMC, subject, "\n".join(t), h, tz=ET, must=must, idates=idates,
                deadline=deadline)


# ---- Interview Broker -----------------------------------------------------------------------
IB_FOOT = ("Interview Broker | interviewbroker.com | You are receiving this e-mail because a program added you "
           "to an interview campaign.")


def ib(when, slug, label, kind, prog, subject, paras, *, idates=(), must=(), cal=None, deadline=None,
       rows=None, button=None, reply_to=None):
    t = [f"Dear {NAME},", ""]
    for p in paras:
        t += [p, ""]
    if rows:
        t += [f"{k}: {v}" for k, v in rows] + [""]
    if button:
        t += [f"{button[1]}: {button[0]}", ""]
    t += [prog, "", "--", IB_FOOT]
    h = shell([f"<p>Dear {e(NAME)},</p>"] + [f"<p>{e(p)}</p>" for p in paras] +
              ([table([[e(k), e(v)] for k, v in rows])] if rows else []) +
              ([btn(button[0], button[1], "#e0662c")] if button else []) + [f"<p><i>{e(prog)}</i></p>"],
              top='<b style="color:#e0662c;font-size:18px">Interview Broker</b>', foot=e(IB_FOOT),
              color="#e0662c")
    return mail(when, slug, label, kind, IB, subject, "\n".join(t), h, tz=PT, must=[prog, *must], idates=idates,
                cal=cal, deadline=deadline, reply_to=reply_to)
