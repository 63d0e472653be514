"""Platform frames for season R: Thalamus (UTC clock), MyERAS / ERAS interview scheduler (Eastern),
ResidencyCAS (Liaison, Eastern), Interview Broker (Pacific), Calendly (UTC), Google Forms (Pacific),
SignUpGenius (Eastern)."""
from kit import (ET, PT, UTC, NAME, FIRST, ADDR, at, bullets, button, clock, esc, ics, kv, link, long, longn,
                 mail, page)

# ---------------------------------------------------------------------------------------------- Thalamus
TH = ("Thalamus", "noreply@thalamusgme.com")
TH_HDR = [("List-Unsubscribe", "<https://app.thalamusgme.com/account/notifications>"),
          ("X-Mailer", "Thalamus Notifications")]
TH_ACC = "#3d2c8d"
TH_FOOT = ("Thalamus GME, Inc. &middot; 3031 Tisch Way, San Jose, CA 95128<br>This message was sent on behalf of a "
           "residency program using Thalamus for interview scheduling. "
           + link("https://app.thalamusgme.com/account/notifications", "Manage notifications", "#6b6b6b"))


def _th_head(prog):
    return ('<span style="font:700 20px Arial,sans-serif;color:#3d2c8d;letter-spacing:.5px">thalamus</span>'
            f'<div style="font-size:13px;color:#57606a;margin-top:4px">{esc(prog)}</div>')


def th_invite(when, slug, label, prog, paras, dates, *, url, fmt="Virtual", deadline=None, subject=None, signer=None,
              kind="invitation", must=(), extra=None):
    subject = subject or f"{prog} - Interview Invitation"
    t = [prog, "", f"Dear {FIRST},", ""] + sum(([p, ""] for p in paras), [])
    t += [f"Interview format: {fmt}", "", "Interview dates you may choose from:"]
    t += [f"  * {long(x)}" for x in dates] + [""]
    if extra:
        t += [extra, ""]
    t += ["Schedule your interview in Thalamus:", url, ""]
    if signer:
        t += [signer, ""]
    t += ["----", "Sent via Thalamus. This mailbox is not monitored; please direct questions to the program."]
    blocks = [f"<p>Dear {esc(FIRST)},</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
    blocks += [f"<p><b>Interview format:</b> {esc(fmt)}</p><p><b>Interview dates you may choose from</b></p>",
               bullets([esc(long(x)) for x in dates])]
    if extra:
        blocks.append(f"<p>{esc(extra)}</p>")
    blocks.append(button(url, "View Invitation & Schedule", TH_ACC))
    if signer:
        blocks.append(f"<p>{esc(signer).replace(chr(10), '<br>')}</p>")
    h = page(blocks, header=_th_head(prog), footer=TH_FOOT, accent=TH_ACC)
    return mail(when, slug, label, kind, TH, subject, "\n".join(t) + "\n", h, tz=UTC, headers=TH_HDR,
                must=[prog, *must], idates=dates, deadline=deadline)


def th_booked(when, slug, label, prog, day, start, end, fmt, where, *, uid, was=None, note=None, subject=None,
              must=(), mode="utc", by_program=False):
    if was:
        subject = subject or f"Interview rescheduled: {prog}"
        who = "The program has moved" if by_program else "You moved"
        lead = (f"{who} your interview with {prog} from {long(was)} to {long(day)}. "
                "An updated calendar file is attached; please delete the old entry.")
    else:
        subject = subject or f"Interview scheduled with {prog}"
        lead = f"Your interview with {prog} has been scheduled. We've attached a calendar file for your convenience."
    lead = lead.replace("'", "\u2019")
    rows = [("Program", prog), ("Date", long(day)), ("Time", f"{clock(start)} \u2013 {clock(end)} Eastern Time"),
            ("Format", fmt), ("Location", where)]
    t = [f"Hi {FIRST},", "", lead, ""] + [f"{k}: {v}" for k, v in rows] + [""]
    if note:
        t += [note, ""]
    t += ["Need to make a change? Visit https://app.thalamusgme.com/applicant/interviews", "", "----",
          "Thalamus | This is an automated message; replies are not monitored."]
    blocks = [f"<p>Hi {esc(FIRST)},</p><p>{esc(lead)}</p>", kv(rows)]
    if note:
        blocks.append(f"<p>{esc(note)}</p>")
    blocks.append(button("https://app.thalamusgme.com/applicant/interviews", "My Interviews", TH_ACC))
    h = page(blocks, header=_th_head(prog), footer=TH_FOOT, accent=TH_ACC)
    cal = ics(uid, at(day, start), _mins(start, end), f"Interview - {prog}", where, f"{fmt} interview with {prog}",
              organizer=TH, seq=1 if was else 0, mode=mode, prodid="-//Thalamus GME//Interviews//EN")
    return mail(when, slug, label, "scheduled", TH, subject, "\n".join(t) + "\n", h, tz=UTC, headers=TH_HDR,
                cal=cal, must=[prog, *must], idates=[day])


def th_remind(when, slug, label, prog, day, start, fmt, join, *, extra=None, must=(), days_out=1):
    word = "tomorrow" if days_out == 1 else f"in {days_out} days"
    line = f"Just a reminder: your interview with {prog} is {word}, {long(day)}, beginning at {clock(start)} ET."
    t = [f"Hi {FIRST},", "", line, "", f"Format: {fmt}", f"Join link / check-in: {join}", ""]
    if extra:
        t += [extra, ""]
    t += ["Best of luck,", "Thalamus", "", "----", "Thalamus | Automated interview reminder"]
    blocks = [f"<p>Hi {esc(FIRST)},</p>", f"<p>{esc(line)}</p>",
              f"<p>Format: {esc(fmt)}<br>Join link / check-in: {esc(join)}</p>"]
    if extra:
        blocks.append(f"<p>{esc(extra)}</p>")
    blocks.append("<p>Best of luck,<br>Thalamus</p>")
    h = page(blocks, header=_th_head(prog), footer=TH_FOOT, accent=TH_ACC)
    return mail(when, slug, label, "reminder", TH, f"Upcoming interview: {prog}", "\n".join(t) + "\n", h, tz=UTC,
                headers=TH_HDR, must=[prog, *must], idates=[day])


def th_msg(when, slug, label, kind, prog, subject, paras, *, idates=(), must=(), btn=None, cal=None,
           cal_method="REQUEST", deadline=None, salutation=None):
    t = [salutation or f"Dear {FIRST},", ""] + sum(([p, ""] for p in paras), [])
    if btn:
        t += [f"{btn[1]}: {btn[0]}", ""]
    t += ["----", f"This message was sent by {prog} through Thalamus. Please do not reply to this e-mail."]
    blocks = [f"<p>{esc(salutation or f'Dear {FIRST},')}</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
    if btn:
        blocks.append(button(btn[0], btn[1], TH_ACC))
    h = page(blocks, header=_th_head(prog), footer=TH_FOOT, accent=TH_ACC)
    return mail(when, slug, label, kind, TH, subject, "\n".join(t) + "\n", h, tz=UTC, headers=TH_HDR,
                must=[prog, *must], idates=idates, cal=cal, cal_method=cal_method, deadline=deadline)


def _mins(a, b):
    ah, am = map(int, a.split(":"))
    bh, bm = map(int, b.split(":"))
    return (bh * 60 + bm) - (ah * 60 + am)


# ---------------------------------------------------------------------------------------------- ERAS
ERAS = ("MyERAS", "myeras-notifications@aamc.org")
ERAS_ACC = "#00467f"
ERAS_FOOT = ("Please do not reply to this automated message. For help, contact the ERAS Client Technical Support "
             "Center. &copy; 2026 AAMC, 655 K Street NW, Suite 100, Washington, DC 20001-2399")


def eras(when, slug, label, kind, subject, lines, *, idates=(), must=(), deadline=None, link_line=True):
    t = [f"Dear {NAME},", ""] + lines
    if link_line:
        t += ["", "Log in to MyERAS to view details: https://students-residents.aamc.org/myeras"]
    t += ["", "Thank you,", "ERAS", "", "Please do not reply to this automated message."]
    blocks = [f"<p>Dear {esc(NAME)},</p>"] + [f"<p>{esc(x)}</p>" for x in lines if x]
    if link_line:
        blocks.append(button("https://students-residents.aamc.org/myeras", "Log in to MyERAS", ERAS_ACC))
    blocks.append("<p>Thank you,<br>ERAS</p>")
    h = page(blocks, header='<b style="color:#00467f;font-size:17px">AAMC</b> <span style="color:#57606a">'
             'Electronic Residency Application Service</span>', footer=ERAS_FOOT, accent=ERAS_ACC)
    return mail(when, slug, label, kind, ERAS, subject, "\n".join(t) + "\n", h, tz=ET, must=must, idates=idates,
                deadline=deadline)


# ---------------------------------------------------------------------------------------------- ResidencyCAS
RC = ("ResidencyCAS", "noreply@liaisoncas.com")
RC_ACC = "#0b6e6e"
RC_FOOT = ("ResidencyCAS is a service of Liaison International, 311 Arsenal Street, Suite 15, Watertown, MA 02472. "
           "You are receiving this message because you have an active ResidencyCAS application.")
RC_LOGIN = "https://residencycas.liaisoncas.com/applicant-ux/#/login"


def rc(when, slug, label, kind, prog, subject, paras, *, rows=None, idates=(), must=(), deadline=None, cal=None,
       btn_label="Log in to ResidencyCAS", greet=None):
    t = [greet or f"Dear {FIRST},", ""] + sum(([p, ""] for p in paras), [])
    if rows:
        t += [f"{k}: {v}" for k, v in rows] + [""]
    t += [f"{btn_label}: {RC_LOGIN}", "", "Sincerely,", prog, "", "--", RC_FOOT]
    blocks = [f"<p>{esc(greet or f'Dear {FIRST},')}</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
    if rows:
        blocks.append(kv(rows))
    blocks += [button(RC_LOGIN, btn_label, RC_ACC), f"<p>Sincerely,<br>{esc(prog)}</p>"]
    h = page(blocks, header='<b style="color:#0b6e6e;font-size:18px">ResidencyCAS</b>', footer=esc(RC_FOOT),
             accent=RC_ACC)
    return mail(when, slug, label, kind, RC, subject, "\n".join(t) + "\n", h, tz=ET, must=[prog, *must],
                idates=idates, deadline=deadline, cal=cal)


# ---------------------------------------------------------------------------------------------- Interview Broker
IB = ("Interview Broker", "no-reply@interviewbroker.com")
IB_ACC = "#c4511e"
IB_FOOT = "Sent by Interview Broker on behalf of the program named above. interviewbroker.com"


def ib(when, slug, label, kind, prog, subject, paras, *, rows=None, idates=(), must=(), cal=None, deadline=None,
       btn=None, reply_to=None):
    t = [f"Dear {NAME},", ""] + sum(([p, ""] for p in paras), [])
    if rows:
        t += [f"  {k}: {v}" for k, v in rows] + [""]
    if btn:
        t += [f"{btn[1]}: {btn[0]}", ""]
    t += [f"-- {prog}", "", IB_FOOT]
    blocks = [f"<p>Dear {esc(NAME)},</p>"] + [f"<p>{esc(p)}</p>" for p in paras]
    if rows:
        blocks.append(kv(rows))
    if btn:
        blocks.append(button(btn[0], btn[1], IB_ACC))
    blocks.append(f'<p style="color:#57606a">&mdash; {esc(prog)}</p>')
    h = page(blocks, header='<b style="color:#c4511e;font-size:18px">Interview Broker</b>', footer=esc(IB_FOOT),
             accent=IB_ACC)
    return mail(when, slug, label, kind, IB, subject, "\n".join(t) + "\n", h, tz=PT, must=[prog, *must],
                idates=idates, cal=cal, deadline=deadline, reply_to=reply_to)


# ---------------------------------------------------------------------------------------------- small platforms
CAL = ("Calendly", "notifications@calendly.com")
GF = ("Google Forms", "forms-receipts-noreply@google.com")
SUG = ("SignUpGenius", "DoNotReply@signupgenius.com")
