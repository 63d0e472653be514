"""Platform frames.  Sender clocks: Thalamus and Calendly UTC; AAMC/ERAS, Interview Broker, SignUpGenius Eastern;
Google Forms Pacific."""
from kit import (ET, PT, UTC, MT, FIRST, NAME, ADDR, put, card, btn, rows_html, ul, esc, fmt, ics, at, D)

ZN = {"MT": "Mountain Time", "AZ": "Arizona Time (MST)", "PT": "Pacific Time", "CT": "Central Time"}

TH = ("Thalamus", "noreply@thalamusgme.com")
TH_H = [("X-Mailer", "Thalamus Notify"), ("List-Unsubscribe", "<https://app.thalamusgme.com/a/notifications>")]
TH_C = "#4b2e83"
TH_FOOT = ("You are receiving this e-mail because a residency program uses Thalamus to schedule interviews. "
           "This address does not accept replies.")


def _thead(prog):
    return (f'<div style="font:bold 20px Arial;color:{TH_C}">Thalamus</div>'
            f'<div style="color:#666;font-size:13px">{esc(prog)}</div>')


def th_invite(when, slug, label, prog, paras, dates, *, token, fmt_="Virtual", zone="MT", deadline=None,
              signer=None, must=(), kind="invitation", subject=None):
    url = f"https://app.thalamusgme.com/a/invite/{token}"
    subject = subject or f"Interview invitation from {prog}"
    t = [f"Dear {FIRST},", "", f"Congratulations! {prog} would like to invite you to interview.", ""]
    for p in paras:
        t += [p, ""]
    t += [f"Interview type: {fmt_}", f"Time zone: {ZN[zone]}", "", "Available interview dates:"]
    t += [f"  - {fmt(x)}" for x in dates] + [""]
    if deadline:
        t += [f"Respond by: {fmt(deadline)}, 11:59 PM {ZN[zone]}", ""]
    t += [f"View invitation and schedule: {url}", ""]
    if signer:
        t += [signer, ""]
    t += ["--", TH_FOOT]
    b = [f"Dear {FIRST},", f"<p><b>Congratulations! {esc(prog)} would like to invite you to interview.</b></p>"]
    b += paras
    b.append(rows_html([("Interview type", fmt_), ("Time zone", ZN[zone])]))
    b.append("<p><b>Available interview dates</b></p>" + ul([fmt(x) for x in dates]))
    if deadline:
        b.append(f"<p>Respond by <b>{esc(fmt(deadline))}</b>, 11:59 PM {ZN[zone]}</p>")
    b.append(btn(url, "View Invitation", TH_C))
    if signer:
        b.append(f"<p>{esc(signer).replace(chr(10), '<br>')}</p>")
    return put(when, slug, label, kind, TH, subject, "\n".join(t) + "\n",
               card(b, _thead(prog), esc(TH_FOOT), TH_C), tz=UTC, headers=TH_H, must=[prog, *must], idates=dates,
               deadline=deadline)


def th_booked(when, slug, label, prog, day, start, mins, tz, zone, fmt_, where, *, uid, moved_from=None, must=(),
              mode="utc"):
    st = at(day, start, tz)
    en = st.replace() + __import__("datetime").timedelta(minutes=mins)
    if moved_from:
        subject, lead = (f"Updated interview: {prog}",
                         f"Your interview with {prog} was changed from {fmt(moved_from)} to {fmt(day)}.")
    else:
        subject, lead = f"Interview confirmed - {prog}", f"You're all set! Your interview with {prog} is confirmed."
    rows = [("Date", fmt(day)), ("Time", f"{st:%-I:%M %p} - {en:%-I:%M %p} {ZN[zone]}"), ("Type", fmt_),
            ("Location", where)]
    t = [f"Dear {FIRST},", "", lead, ""] + [f"{k}: {v}" for k, v in rows] + [
        "", "A calendar invitation is attached.", "", "Manage your interviews: https://app.thalamusgme.com/a/interviews",
        "", "--", TH_FOOT]
    b = [f"Dear {FIRST},", lead, rows_html(rows), "A calendar invitation is attached.",
         btn("https://app.thalamusgme.com/a/interviews", "My Interviews", TH_C)]
    cal = ics(uid, st, mins, f"{prog} Interview", where, f"{fmt_} interview - {prog}", org=TH, mode=mode,
              seq=1 if moved_from else 0, prodid="-//Thalamus GME//Scheduler//EN")
    return put(when, slug, label, "scheduled", TH, subject, "\n".join(t) + "\n", card(b, _thead(prog),
               esc(TH_FOOT), TH_C), tz=UTC, headers=TH_H, cal=cal, cal_name="interview.ics",
               must=[prog, *must], idates=[day])


def th_remind(when, slug, label, prog, day, start, zone, join, *, fmt_="Virtual", note=None, must=()):
    line = f"This is a reminder of your upcoming {fmt_.lower()} interview with {prog} on {fmt(day)} at {start} {ZN[zone]}."
    t = [f"Dear {FIRST},", "", line, "", f"Join / location: {join}", ""] + ([note, ""] if note else []) + [
        "Good luck!", "The Thalamus Team", "", "--", TH_FOOT]
    b = [f"Dear {FIRST},", line, f"Join / location: {join}"] + ([note] if note else []) + ["Good luck!"]
    return put(when, slug, label, "reminder", TH, f"Upcoming interview: {prog}", "\n".join(t) + "\n",
               card(b, _thead(prog), esc(TH_FOOT), TH_C), tz=UTC, headers=TH_H, must=[prog, *must], idates=[day])


def th_note(when, slug, label, kind, prog, subject, paras, *, signer=None, action=None, idates=(), deadline=None,
            must=()):
    t = [f"Dear {FIRST},", ""]
    for p in paras:
        t += [p, ""]
    if signer:
        t += [signer, ""]
    if action:
        t += [f"{action[1]}: {action[0]}", ""]
    t += ["--", f"This message was sent by {prog} through Thalamus. Please do not reply to this e-mail."]
    b = [f"Dear {FIRST},"] + list(paras)
    if signer:
        b.append(f"<p>{esc(signer).replace(chr(10), '<br>')}</p>")
    if action:
        b.append(btn(action[0], action[1], TH_C))
    return put(when, slug, label, kind, TH, subject, "\n".join(t) + "\n", card(b, _thead(prog), esc(TH_FOOT), TH_C),
               tz=UTC, headers=TH_H, must=[prog, *must], idates=idates, deadline=deadline)


ERAS = ("ERAS", "myeras@aamc.org")
ERAS_FOOT = ("This is an automated message from the Electronic Residency Application Service (ERAS), Association "
             "of American Medical Colleges, 655 K Street NW, Suite 100, Washington, DC 20001. Do not reply.")


def eras(when, slug, label, kind, subject, lines, *, idates=(), deadline=None, must=(), greet=True):
    t = ([f"Dear {NAME},", ""] if greet else []) + lines + ["", "Sign in to MyERAS: https://apps.aamc.org/myeras-web",
                                                            "", ERAS_FOOT]
    b = ([f"Dear {NAME},"] if greet else []) + [x for x in lines if x] + [
        btn("https://apps.aamc.org/myeras-web", "Sign in to MyERAS", "#003a70")]
    head = '<span style="font:bold 18px Georgia;color:#003a70">AAMC</span> <span style="color:#777">MyERAS</span>'
    return put(when, slug, label, kind, ERAS, subject, "\n".join(t) + "\n", card(b, head, esc(ERAS_FOOT), "#003a70"),
               tz=ET, must=must, idates=idates, deadline=deadline)


IB = ("Interview Broker", "notifications@interviewbroker.com")
IB_FOOT = "Interview Broker sends this message for the program listed. Contact the program directly with questions."


def ib(when, slug, label, kind, prog, subject, paras, *, rows=None, idates=(), action=None, cal=None, deadline=None,
       must=(), reply_to=None, sign=None):
    t = [prog, "", f"Hello {NAME},", ""]
    for p in paras:
        t += [p, ""]
    if rows:
        t += [f"{k}: {v}" for k, v in rows] + [""]
    if action:
        t += [f"{action[1]}: {action[0]}", ""]
    t += [sign or prog, "", "---", IB_FOOT]
    b = [f"Hello {NAME},"] + list(paras)
    if rows:
        b.append(rows_html(rows))
    if action:
        b.append(btn(action[0], action[1], "#1f6f43"))
    b.append(f"<p>{esc(sign or prog).replace(chr(10), '<br>')}</p>")
    head = f'<div style="font:bold 17px Verdana;color:#1f6f43">Interview Broker</div><div>{esc(prog)}</div>'
    return put(when, slug, label, kind, IB, subject, "\n".join(t) + "\n", card(b, head, esc(IB_FOOT), "#1f6f43"),
               tz=ET, must=[prog, *must], idates=idates, cal=cal, deadline=deadline, reply_to=reply_to)


CALENDLY = ("Calendly", "notifications@calendly.com")
SIGNUP = ("SignUpGenius", "DoNotReply@signupgenius.com")
GFORMS = ("Google Forms", "forms-receipts-noreply@google.com")
