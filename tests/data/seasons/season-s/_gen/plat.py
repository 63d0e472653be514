"""Platform frames for season S.  Clocks used in the Date header: Thalamus and Calendly UTC; Interview Broker
and Google Forms Pacific; MyERAS (AAMC), SignUpGenius and NRMP Eastern."""
from datetime import date

from kit import (CT, MT, ET, PT, UTC, NAME, FIRST, ADDR, at, ul, btn, hm, esc, ics, table, a, full, wmd, mail,
                 shell)

# ------------------------------------------------------------------------------------------- Thalamus
TH = ("Thalamus", "noreply@thalamusgme.com")
TH_HDR = [("List-Unsubscribe", "<https://app.thalamusgme.com/applicant/settings/notifications>"),
          ("X-Entity-Ref-ID", "thalamus-notify")]
TH_ACC = "#4b2991"
TH_APP = "https://app.thalamusgme.com/applicant"
TH_FOOT = ("You are receiving this e-mail because a residency program invited you through Thalamus. "
           "Thalamus GME &middot; San Jose, CA &middot; "
           + a("https://app.thalamusgme.com/applicant/settings/notifications", "Notification settings", "#888"))
ZN = {"CT": "Central Time", "MT": "Mountain Time"}


def _top(prog):
    return ('<span style="font:bold 21px Helvetica,Arial,sans-serif;color:#4b2991">thalamus</span>'
            f'<div style="color:#666;font-size:13px;margin-top:3px">{esc(prog)}</div>')


def th_invite(when, slug, label, prog, paras, dates, *, token, fmt="Virtual", zone="CT", deadline=None,
              subject=None, signer=None, kind="invitation", must=(), note=None):
    subject = subject or f"Interview Invitation - {prog}"
    url = f"{TH_APP}/invitations/{token}"
    t = [f"Hello {FIRST},", ""] + sum(([p, ""] for p in paras), [])
    t += [f"Program: {prog}", f"Interview type: {fmt}", f"Time zone: {ZN[zone]}", "", "Available interview dates:"]
    t += [f"- {full(x)}" for x in dates] + [""]
    if deadline:
        t += [f"Respond by: {full(date.fromisoformat(deadline))}, 11:59 PM {ZN[zone]}", ""]
    if note:
        t += [note, ""]
    t += ["Log in to Thalamus to accept and choose a date:", url, ""]
    if signer:
        t += [signer, ""]
    t += ["--", "Thalamus | Please do not reply to this message. Contact the program directly with questions."]
    b = [f"<p>Hello {esc(FIRST)},</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
    b.append(table([("Program", prog), ("Interview type", fmt), ("Time zone", ZN[zone])]))
    b += ["<p><b>Available interview dates</b></p>", ul([esc(full(x)) for x in dates])]
    if deadline:
        b.append(f"<p><b>Respond by:</b> {esc(full(date.fromisoformat(deadline)))}, 11:59 PM {ZN[zone]}</p>")
    if note:
        b.append(f"<p>{esc(note)}</p>")
    b.append(btn(url, "Accept & Schedule", TH_ACC))
    if signer:
        b.append(f"<p>{esc(signer).replace(chr(10), '<br>')}</p>")
    return mail(when, slug, label, kind, TH, subject, "\n".join(t) + "\n", shell(b, top=_top(prog), bottom=TH_FOOT,
                accent=TH_ACC), tz=UTC, headers=TH_HDR, must=[prog, *must], idates=dates, deadline=deadline)


def th_booked(when, slug, label, prog, day, start, end, fmt, where, *, uid, zone="CT", was=None, by_program=False,
              note=None, subject=None, must=(), mode="utc"):
    tz = CT if zone == "CT" else MT
    if was:
        subject = subject or f"Interview Rescheduled - {prog}"
        lead = (f"{'The program has moved' if by_program else 'You have rescheduled'} your interview with {prog}. "
                f"Previous date: {full(was)}. New date: {full(day)}.")
    else:
        subject = subject or f"Interview Confirmed - {prog}"
        lead = f"You are confirmed for an interview with {prog}. A calendar invitation is attached."
    rows = [("Date", full(day)), ("Time", f"{hm(start)} - {hm(end)} ({ZN[zone]})"), ("Interview type", fmt),
            ("Location", where)]
    t = [f"Hello {FIRST},", "", lead, ""] + [f"{k}: {v}" for k, v in rows] + [""]
    if note:
        t += [note, ""]
    t += [f"Manage your interviews: {TH_APP}/interviews", "", "--", "Thalamus | Automated message. Replies go nowhere."]
    b = [f"<p>Hello {esc(FIRST)},</p><p>{esc(lead)}</p>", table(rows)]
    if note:
        b.append(f"<p>{esc(note)}</p>")
    b.append(btn(f"{TH_APP}/interviews", "View My Interviews", TH_ACC))
    h1, m1 = map(int, start.split(":"))
    h2, m2 = map(int, end.split(":"))
    cal = ics(uid, at(day, start, tz), (h2 * 60 + m2) - (h1 * 60 + m1), f"{prog} Interview", where,
              f"{fmt} interview - {prog}", organizer=TH, seq=1 if was else 0, mode=mode,
              prodid="-//Thalamus GME//Scheduler//EN")
    return mail(when, slug, label, "scheduled", TH, subject, "\n".join(t) + "\n", shell(b, top=_top(prog),
                bottom=TH_FOOT, accent=TH_ACC), tz=UTC, headers=TH_HDR, cal=cal, cal_name="interview.ics",
                must=[prog, *must], idates=[day])


def th_reminder(when, slug, label, prog, day, start, join, *, zone="CT", fmt="Virtual", extra=None, must=()):
    line = f"This is a friendly reminder that your interview with {prog} is on {full(day)} at {hm(start)} {ZN[zone]}."
    t = [f"Hello {FIRST},", "", line, "", f"Interview type: {fmt}", f"Join / check-in: {join}", ""]
    if extra:
        t += [extra, ""]
    t += ["Good luck!", "The Thalamus Team", "", "--", "Thalamus | Interview reminder"]
    b = [f"<p>Hello {esc(FIRST)},</p><p>{esc(line)}</p>",
         f"<p>Interview type: {esc(fmt)}<br>Join / check-in: {a(join) if join.startswith('http') else esc(join)}</p>"]
    if extra:
        b.append(f"<p>{esc(extra)}</p>")
    b.append("<p>Good luck!<br>The Thalamus Team</p>")
    return mail(when, slug, label, "reminder", TH, f"Reminder: Interview with {prog}", "\n".join(t) + "\n",
                shell(b, top=_top(prog), bottom=TH_FOOT, accent=TH_ACC), tz=UTC, headers=TH_HDR, must=[prog, *must],
                idates=[day])


def th_note(when, slug, label, kind, prog, subject, paras, *, idates=(), must=(), button=None, cal=None,
            deadline=None):
    t = [f"Hello {FIRST},", ""] + sum(([p, ""] for p in paras), [])
    if button:
        t += [f"{button[1]}: {button[0]}", ""]
    t += ["--", f"Sent by {prog} via Thalamus. Please do not reply to this e-mail."]
    b = [f"<p>Hello {esc(FIRST)},</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
    if button:
        b.append(btn(button[0], button[1], TH_ACC))
    return mail(when, slug, label, kind, TH, subject, "\n".join(t) + "\n", shell(b, top=_top(prog), bottom=TH_FOOT,
                accent=TH_ACC), tz=UTC, headers=TH_HDR, must=[prog, *must], idates=idates, cal=cal,
                deadline=deadline)


# ------------------------------------------------------------------------------------------- MyERAS (AAMC)
ERAS = ("ERAS", "myeras-noreply@aamc.org")
ERAS_ACC = "#003a70"
ERAS_URL = "https://apps.aamc.org/myeras-web/#/landing"
ERAS_FOOT = ("This is an automated message from the Electronic Residency Application Service (ERAS). Do not reply. "
             "Association of American Medical Colleges, 655 K Street, NW, Suite 100, Washington, DC 20001-2399")


def eras(when, slug, label, kind, subject, lines, *, idates=(), must=(), deadline=None, login=True, greet=None):
    t = [greet or f"Dear {NAME}:", ""] + lines
    if login:
        t += ["", f"Sign in to MyERAS: {ERAS_URL}"]
    t += ["", "ERAS Team", "", ERAS_FOOT]
    b = [f"<p>{esc(greet or f'Dear {NAME}:')}</p>"] + [f"<p>{esc(x)}</p>" for x in lines if x]
    if login:
        b.append(btn(ERAS_URL, "Sign in to MyERAS", ERAS_ACC))
    b.append("<p>ERAS Team</p>")
    top = ('<b style="color:#003a70;font-size:18px;letter-spacing:1px">AAMC</b>&nbsp;&nbsp;'
           '<span style="color:#555">MyERAS</span>')
    return mail(when, slug, label, kind, ERAS, subject, "\n".join(t) + "\n", shell(b, top=top, bottom=esc(ERAS_FOOT),
                accent=ERAS_ACC), tz=ET, must=must, idates=idates, deadline=deadline)


# ------------------------------------------------------------------------------------------- Interview Broker
IB = ("Interview Broker", "notifications@interviewbroker.com")
IB_ACC = "#1f7a4d"
IB_FOOT = "Interview Broker sends this message for the residency program listed. interviewbroker.com"


def ib(when, slug, label, kind, prog, subject, paras, *, rows=None, idates=(), must=(), cal=None, deadline=None,
       button=None, reply_to=None, sign=None):
    t = [prog, "=" * min(len(prog), 72), "", f"Hi {FIRST},", ""] + sum(([p, ""] for p in paras), [])
    if rows:
        t += [f"{k}: {v}" for k, v in rows] + [""]
    if button:
        t += [f"{button[1]}: {button[0]}", ""]
    t += [sign or prog, "", "---", IB_FOOT]
    b = [f"<p>Hi {esc(FIRST)},</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
    if rows:
        b.append(table(rows))
    if button:
        b.append(btn(button[0], button[1], IB_ACC))
    b.append(f"<p>{esc(sign or prog).replace(chr(10), '<br>')}</p>")
    top = ('<b style="color:#1f7a4d;font-size:19px">Interview Broker</b>'
           f'<div style="color:#444;font-size:14px;margin-top:4px">{esc(prog)}</div>')
    return mail(when, slug, label, kind, IB, subject, "\n".join(t) + "\n", shell(b, top=top, bottom=esc(IB_FOOT),
                accent=IB_ACC), tz=PT, must=[prog, *must], idates=idates, cal=cal, deadline=deadline,
                reply_to=reply_to)


# ------------------------------------------------------------------------------------------- small platforms
CAL = ("Calendly", "notifications@calendly.com")
GF = ("Google Forms", "forms-receipts-noreply@google.com")
SUG = ("SignUpGenius", "DoNotReply@signupgenius.com")
