"""Platform frames for season T.  Sender clocks (Date header): Thalamus and Calendly in UTC; MyERAS (AAMC), NRMP,
Interview Broker and SignUpGenius in Eastern; Google Forms in Pacific."""
from datetime import date

from kit import (ET, CT, PT, UTC, NAME, FIRST, ADDR, at, bullets, button, clock, esc, ics, kv, link, full, put,
                 frame)

ZONE = {"ET": "Eastern Time", "CT": "Central Time"}
TZ = {"ET": ET, "CT": CT}

# ================================================================== Thalamus
TH = ("Thalamus", "noreply@thalamusgme.com")
TH_HDR = [("List-Unsubscribe", "<https://app.thalamusgme.com/applicant/settings/notifications>"),
          ("X-Mailer", "Thalamus Notifications")]
TH_COLOR = "#3d2b8c"
TH_APP = "https://app.thalamusgme.com/applicant"
TH_FOOT = ("Thalamus is the interview scheduling partner of your residency program. Do not reply to this automated "
           "e-mail; contact the program with questions. &middot; "
           + link("https://app.thalamusgme.com/applicant/settings/notifications", "Manage notifications", "#80868b"))


def _th_head(prog):
    return ('<div style="font:700 22px Arial,sans-serif;color:#3d2b8c;letter-spacing:-0.5px">thalamus</div>'
            f'<div style="font-size:13px;color:#5f6368;margin-top:4px">{esc(prog)}</div>')


def th_invite(when, slug, label, prog, paras, dates, *, token, fmt="Virtual", zone="ET", deadline=None,
              subject=None, signer=None, kind="invitation", must=(), extra=None, lead=None):
    subject = subject or f"{prog} has invited you to interview"
    url = f"{TH_APP}/invitations/{token}"
    lead = lead or f"{prog} has invited you to interview."
    t = [f"Hi {FIRST},", "", lead, ""] + sum(([p, ""] for p in paras), [])
    t += ["Interview details", f"  Program: {prog}", f"  Format: {fmt}", f"  Times shown in: {ZONE[zone]}", "",
          "Dates you can choose:"] + [f"  * {full(x)}" for x in dates] + [""]
    if deadline:
        t += [f"Please respond by {full(date.fromisoformat(deadline))} (11:59 PM {ZONE[zone]}).", ""]
    if extra:
        t += [extra, ""]
    t += [f"Accept and pick a date: {url}", ""]
    if signer:
        t += [signer, ""]
    t += ["-- ", "Thalamus · This mailbox is not monitored."]
    b = [f"<p>Hi {esc(FIRST)},</p>", f"<p><b>{esc(lead)}</b></p>"] + [f"<p>{esc(p)}</p>" for p in paras]
    b.append(kv([("Program", prog), ("Format", fmt), ("Times shown in", ZONE[zone])]))
    b += ["<p style='margin-bottom:2px'><b>Dates you can choose</b></p>", bullets([esc(full(x)) for x in dates])]
    if deadline:
        b.append(f"<p>Please respond by <b>{esc(full(date.fromisoformat(deadline)))}</b> (11:59 PM {ZONE[zone]}).</p>")
    if extra:
        b.append(f"<p>{esc(extra)}</p>")
    b.append(button(url, "Accept & Choose a Date", TH_COLOR))
    if signer:
        b.append(f"<p style='color:#444'>{esc(signer).replace(chr(10), '<br>')}</p>")
    return put(when, slug, label, kind, TH, subject, "\n".join(t) + "\n",
               frame(b, head=_th_head(prog), foot=TH_FOOT, accent=TH_COLOR), tz=UTC, headers=TH_HDR,
               must=[prog, *must], idates=dates, deadline=deadline)


def th_booked(when, slug, label, prog, day, start, end, fmt, where, *, uid, zone="ET", moved_from=None,
              note=None, must=(), mode="utc"):
    tz = TZ[zone]
    if moved_from:
        subject = f"Interview date changed: {prog}"
        lead = (f"Your interview with {prog} has been moved from {full(moved_from)} to {full(day)}. "
                "An updated calendar file is attached.")
    else:
        subject = f"You're scheduled: {prog}"
        lead = f"Your interview with {prog} is booked. Add it to your calendar with the attached file."
    rows = [("Date", full(day)), ("Time", f"{clock(start)} – {clock(end)} {ZONE[zone]}"), ("Format", fmt),
            ("Where", where)]
    t = [f"Hi {FIRST},", "", lead, ""] + [f"{k}: {v}" for k, v in rows] + [""]
    if note:
        t += [note, ""]
    t += [f"View or change your interviews: {TH_APP}/interviews", "", "-- ", "Thalamus · This mailbox is not monitored."]
    b = [f"<p>Hi {esc(FIRST)},</p><p>{esc(lead)}</p>", kv(rows)]
    if note:
        b.append(f"<p>{esc(note)}</p>")
    b.append(button(f"{TH_APP}/interviews", "My Interviews", TH_COLOR))
    h1, m1 = map(int, start.split(":"))
    h2, m2 = map(int, end.split(":"))
    cal = ics(uid, at(day, start, tz), h2 * 60 + m2 - h1 * 60 - m1, f"Interview: {prog}", where,
              f"{fmt} residency interview ({prog})", organizer=TH, seq=1 if moved_from else 0, mode=mode,
              prodid="-//Thalamus//Interview Calendar//EN")
    return put(when, slug, label, "scheduled", TH, subject, "\n".join(t) + "\n",
               frame(b, head=_th_head(prog), foot=TH_FOOT, accent=TH_COLOR), tz=UTC, headers=TH_HDR, cal=cal,
               cal_name="thalamus-interview.ics", must=[prog, *must], idates=[day])


def th_reminder(when, slug, label, prog, day, start, join, *, zone="ET", fmt="Virtual", note=None, must=()):
    line = f"Your {fmt.lower()} interview with {prog} is coming up on {full(day)} at {clock(start)} {ZONE[zone]}."
    t = [f"Hi {FIRST},", "", line, "", f"How to join: {join}", ""]
    if note:
        t += [note, ""]
    t += ["Best of luck,", "Thalamus", "", "-- ", "Thalamus · Upcoming interview reminder"]
    b = [f"<p>Hi {esc(FIRST)},</p><p>{esc(line)}</p>",
         f"<p><b>How to join:</b> {link(join) if join.startswith('http') else esc(join)}</p>"]
    if note:
        b.append(f"<p>{esc(note)}</p>")
    b.append("<p>Best of luck,<br>Thalamus</p>")
    return put(when, slug, label, "reminder", TH, f"Reminder: upcoming interview with {prog}", "\n".join(t) + "\n",
               frame(b, head=_th_head(prog), foot=TH_FOOT, accent=TH_COLOR), tz=UTC, headers=TH_HDR,
               must=[prog, *must], idates=[day])


def th_message(when, slug, label, kind, prog, subject, paras, *, idates=(), must=(), action=None, deadline=None,
               signer=None):
    """A free-text program message delivered by Thalamus (waitlist notices, regrets, open spots)."""
    t = [f"Hi {FIRST},", ""] + sum(([p, ""] for p in paras), [])
    if signer:
        t += [signer, ""]
    if action:
        t += [f"{action[1]}: {action[0]}", ""]
    t += ["-- ", f"Message from {prog}, delivered by Thalamus. Replies to this address are not read."]
    b = [f"<p>Hi {esc(FIRST)},</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
    if signer:
        b.append(f"<p>{esc(signer).replace(chr(10), '<br>')}</p>")
    if action:
        b.append(button(action[0], action[1], TH_COLOR))
    return put(when, slug, label, kind, TH, subject, "\n".join(t) + "\n",
               frame(b, head=_th_head(prog), foot=TH_FOOT, accent=TH_COLOR), tz=UTC, headers=TH_HDR,
               must=[prog, *must], idates=idates, deadline=deadline)


# ================================================================== MyERAS
ERAS = ("MyERAS", "myeras@aamc.org")
ERAS_URL = "https://apps.aamc.org/myeras-web/"
ERAS_FOOT = ("Please do not reply to this message; this mailbox is not monitored. Electronic Residency Application "
             "Service, Association of American Medical Colleges, 655 K Street, NW, Suite 100, Washington, DC "
             "20001-2399.")


def eras(when, slug, label, kind, subject, lines, *, idates=(), must=(), deadline=None, sign_in=True,
         greeting=None):
    g = greeting if greeting is not None else f"Dear {NAME},"
    t = ([g, ""] if g else []) + lines
    if sign_in:
        t += ["", f"Log in to MyERAS to view details: {ERAS_URL}"]
    t += ["", "Sincerely,", "ERAS", "", ERAS_FOOT]
    b = ([f"<p>{esc(g)}</p>"] if g else []) + [f"<p>{esc(x)}</p>" for x in lines if x]
    if sign_in:
        b.append(button(ERAS_URL, "Log in to MyERAS", "#00467f"))
    b.append("<p>Sincerely,<br>ERAS</p>")
    head = ('<span style="font:700 19px Georgia,serif;color:#00467f">AAMC</span> '
            '<span style="color:#5f6368;font-size:14px">&nbsp;|&nbsp; MyERAS</span>')
    return put(when, slug, label, kind, ERAS, subject, "\n".join(t) + "\n",
               frame(b, head=head, foot=esc(ERAS_FOOT), accent="#00467f"), tz=ET, must=must, idates=idates,
               deadline=deadline)


# ================================================================== Interview Broker
IB = ("Interview Broker", "no-reply@interviewbroker.com")
IB_FOOT = ("Sent by Interview Broker on behalf of the program named above. Questions about your interview? Reply "
           "to the program coordinator, not to this address.")


def ib(when, slug, label, kind, prog, subject, paras, *, rows=None, idates=(), must=(), cal=None, deadline=None,
       action=None, reply_to=None, closing=None):
    t = [f"{prog}", "", f"Dear {NAME},", ""] + sum(([p, ""] for p in paras), [])
    if rows:
        t += [f"  {k}: {v}" for k, v in rows] + [""]
    if action:
        t += [f"{action[1]} -> {action[0]}", ""]
    t += [closing or f"Sincerely,\n{prog}", "", "________________", IB_FOOT]
    b = [f"<p>Dear {esc(NAME)},</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
    if rows:
        b.append(kv(rows))
    if action:
        b.append(button(action[0], action[1], "#0f6e5b"))
    b.append(f"<p>{esc(closing or 'Sincerely,' + chr(10) + prog).replace(chr(10), '<br>')}</p>")
    head = ('<span style="font:600 18px Verdana,sans-serif;color:#0f6e5b">Interview Broker</span>'
            f'<div style="font-size:14px;color:#333;margin-top:5px">{esc(prog)}</div>')
    return put(when, slug, label, kind, IB, subject, "\n".join(t) + "\n",
               frame(b, head=head, foot=esc(IB_FOOT), accent="#0f6e5b", font="Verdana,Arial,sans-serif"), tz=ET,
               must=[prog, *must], idates=idates, cal=cal, deadline=deadline, reply_to=reply_to)


# ================================================================== small platforms
CALENDLY = ("Calendly", "notifications@calendly.com")
SIGNUP = ("SignUpGenius", "DoNotReply@signupgenius.com")
GFORMS = ("Google Forms", "forms-receipts-noreply@google.com")
