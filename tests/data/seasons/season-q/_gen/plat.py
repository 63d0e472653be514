"""Platform frames for season Q.  Date headers: Thalamus and Calendly in UTC; ResidencyCAS (Liaison,
Watertown MA), AAMC/ERAS and SignUpGenius in Eastern; Interview Broker and Google Forms in Pacific."""
from kit import (ET, PT, UTC, NAME, FIRST, ADDR, at, button, bullets, clock, e, full, grid, ical, link, mail, page,
                 wmd)

# ---- Thalamus -------------------------------------------------------------------------------
TH = ("Thalamus", "noreply@thalamusgme.com")
TH_HDR = [("List-Unsubscribe", "<https://app.thalamusgme.com/applicant/settings/notifications>"),
          ("X-Mailer", "Thalamus Notifications")]
THC = "#3d2a8c"
TH_BRAND = '<span style="font-weight:700;font-size:20px;color:#3d2a8c;letter-spacing:.5px">thalamus</span>'
TH_FOOT = ("This message was sent by Thalamus on behalf of a residency program. Thalamus staff cannot answer "
           "questions about a program's interview process; please contact the program. "
           + link("https://app.thalamusgme.com/applicant/settings/notifications", "Manage notifications")
           + " &middot; Thalamus GME, Inc. &middot; 2107 N. First St., San Jose, CA")
TZN = {"America/Los_Angeles": "PT", "America/Phoenix": "MST (Arizona)", "America/Denver": "MT",
       "Pacific/Honolulu": "HST"}


def _thb(prog):
    return TH_BRAND + f'<div style="color:#57606a;font-size:13px;margin-top:4px">{e(prog)}</div>'


def th_invite(when, slug, label, prog, paras, dates, *, url, fmt="Virtual", deadline=None, signer=None,
              subject=None, must=(), kind="invitation", after=None):
    subject = subject or f"{prog} has invited you to interview"
    t = [f"Hi {FIRST},", ""]
    for p in paras:
        t += [p, ""]
    t += [f"Interview format: {fmt}", "", "Open dates:"] + [f"  * {full(x)}" for x in dates] + [""]
    if deadline:
        t += [f"Please respond by {deadline[1]}.", ""]
    if after:
        t += [after, ""]
    t += ["Review the invitation and choose a date in Thalamus:", url, ""]
    if signer:
        t += [signer, ""]
    t += ["—", "Thalamus · interview management for GME", "Replies to this e-mail are not monitored."]
    h = page([f"<p>Hi {e(FIRST)},</p>"] + [f"<p>{e(p)}</p>" for p in paras] +
             [f"<p><b>Interview format:</b> {e(fmt)}</p><p><b>Open dates</b></p>",
              bullets([e(full(x)) for x in dates])] +
             ([f"<p><b>Please respond by {e(deadline[1])}.</b></p>"] if deadline else []) +
             ([f"<p>{e(after)}</p>"] if after else []) +
             [button(url, "View Invitation", THC)] +
             ([f"<p>{e(signer).replace(chr(10), '<br>')}</p>"] if signer else []),
             brand=_thb(prog), foot=TH_FOOT, accent=THC)
    return mail(when, slug, label, kind, TH, subject, "\n".join(t), h, tz=UTC, headers=TH_HDR,
                must=[prog, *must], idates=dates, deadline=deadline[0] if deadline else None)


def th_booked(when, slug, label, prog, day, start, end, fmt, where, *, uid, tz=PT, was=None, note=None,
              must=(), minutes=None, icsmode="utc"):
    zn = TZN[tz.key]
    if was:
        subject = f"Updated: your interview with {prog}"
        lead = (f"Your interview date with {prog} has been changed from {full(was)} to {full(day)}. "
                "Please replace any earlier calendar entry with the attached one.")
    else:
        subject = f"Interview scheduled: {prog}"
        lead = f"Your interview with {prog} is on the calendar. Details are below."
    t = [f"Hi {FIRST},", "", lead, "", f"Program: {prog}", f"Date: {full(day)}",
         f"Time: {clock(start)} – {clock(end)} {zn}", f"Format: {fmt}", f"Where: {where}", ""]
    if note:
        t += [note, ""]
    t += ["Need to make a change? Go to My Interviews: https://app.thalamusgme.com/applicant/interviews", "",
          "—", "Thalamus · This is an automated message."]
    rows = [["Program", e(prog)], ["Date", e(full(day))], ["Time", e(f"{clock(start)} – {clock(end)} {zn}")],
            ["Format", e(fmt)], ["Where", e(where)]]
    h = page([f"<p>Hi {e(FIRST)},</p><p>{e(lead)}</p>", grid(rows)] + ([f"<p>{e(note)}</p>"] if note else [])
             + [button("https://app.thalamusgme.com/applicant/interviews", "My Interviews", THC)],
             brand=_thb(prog), foot=TH_FOOT, accent=THC)
    s, en = at(day, start, tz), at(day, end, tz)
    cal = ical(uid, s, minutes or int((en - s).total_seconds() // 60), f"{prog} – Interview", where,
               f"{fmt} interview. Manage in Thalamus.", organizer=TH, seq=1 if was else 0, mode=icsmode,
               prodid="-//Thalamus GME//Interviews//EN")
    return mail(when, slug, label, "scheduled", TH, subject, "\n".join(t), h, tz=UTC, headers=TH_HDR, cal=cal,
                must=[prog, *must], idates=[day])


def th_remind(when, slug, label, prog, day, start, fmt, joinline, *, tz=PT, extra=None, must=(), lead_days=1):
    zn = TZN[tz.key]
    word = "tomorrow" if lead_days == 1 else f"in {lead_days} days"
    t = [f"Hi {FIRST},", "", f"Friendly reminder: your interview with {prog} is {word} — {full(day)} at "
         f"{clock(start)} {zn}.", "", f"Format: {fmt}", joinline, ""]
    if extra:
        t += [extra, ""]
    t += ["We hope it goes well!", "", "—", "Thalamus · automated reminder"]
    h = page([f"<p>Hi {e(FIRST)},</p>", f"<p>Friendly reminder: your interview with <b>{e(prog)}</b> is {word} "
              f"&mdash; <b>{e(full(day))}</b> at {e(clock(start))} {zn}.</p>",
              f"<p>Format: {e(fmt)}<br>{e(joinline)}</p>"] + ([f"<p>{e(extra)}</p>"] if extra else [])
             + ["<p>We hope it goes well!</p>"], brand=_thb(prog), foot=TH_FOOT, accent=THC)
    return mail(when, slug, label, "reminder", TH, f"Reminder: {prog} interview {word}", "\n".join(t), h,
                tz=UTC, headers=TH_HDR, must=[prog, *must], idates=[day])


def th_msg(when, slug, label, kind, prog, subject, paras, *, idates=(), must=(), btn=None, cal=None,
           cal_method="REQUEST", deadline=None):
    t = [f"Dear {FIRST},", ""]
    for p in paras:
        t += [p, ""]
    if btn:
        t += [f"{btn[1]}: {btn[0]}", ""]
    t += ["—", f"Sent through Thalamus by {prog}.", "Replies to this address are not monitored."]
    h = page([f"<p>Dear {e(FIRST)},</p>"] + [f"<p>{e(p)}</p>" for p in paras] +
             ([button(btn[0], btn[1], THC)] if btn else []), brand=_thb(prog), foot=TH_FOOT, accent=THC)
    return mail(when, slug, label, kind, TH, subject, "\n".join(t), h, tz=UTC, headers=TH_HDR,
                must=[prog, *must], idates=idates, cal=cal, cal_method=cal_method,
                deadline=deadline[0] if isinstance(deadline, tuple) else deadline)


# ---- ResidencyCAS (Liaison) -----------------------------------------------------------------
RC = ("ResidencyCAS", "notifications@liaisoncas.com")
RCC = "#00677f"
RC_URL = "https://residencycas.liaisoncas.com/applicant-ux/#/interviews"
RC_FOOT = ("ResidencyCAS is a service of Liaison International, 311 Arsenal Street, Suite 15, Watertown, MA 02472. "
           "Please do not reply to this automated message; contact the program or the "
           + link("https://help.liaisonedu.com/ResidencyCAS_Applicant_Help_Center", "Applicant Help Center") + ".")
RC_BRAND = ('<span style="font-weight:700;font-size:19px;color:#00677f">Residency</span>'
            '<span style="font-weight:700;font-size:19px;color:#f39c12">CAS</span>')


def rcas(when, slug, label, kind, prog, subject, paras, *, rows=None, btn=None, idates=(), must=(), deadline=None,
         cal=None, cal_method="REQUEST"):
    t = [f"Dear {NAME},", ""]
    for p in paras:
        t += [p, ""]
    if rows:
        t += [f"{k}: {v}" for k, v in rows] + [""]
    if btn:
        t += [f"{btn[1]}: {btn[0]}", ""]
    t += ["Sincerely,", prog, "", "This e-mail was sent through ResidencyCAS. Please do not reply."]
    h = page([f"<p>Dear {e(NAME)},</p>"] + [f"<p>{e(p)}</p>" for p in paras] +
             ([grid([[f"<b>{e(k)}</b>", e(v)] for k, v in rows])] if rows else []) +
             ([button(btn[0], btn[1], RCC)] if btn else []) + [f"<p>Sincerely,<br>{e(prog)}</p>"],
             brand=RC_BRAND, foot=RC_FOOT, accent=RCC)
    return mail(when, slug, label, kind, RC, subject, "\n".join(t), h, tz=ET, must=[prog, *must], idates=idates,
                deadline=deadline, cal=cal, cal_method=cal_method)


# ---- AAMC / ERAS ------------------------------------------------------------------------------
ERAS = ("ERAS", "myeras@aamc.org")
ERAS_FOOT = ("This notification was generated by the Electronic Residency Application Service (ERAS®). "
             "Please do not reply. Association of American Medical Colleges, 655 K Street NW, Suite 100, "
             "Washington, DC 20001-2399. Privacy: https://www.aamc.org/privacy")


def eras(when, slug, label, kind, subject, lines, *, idates=(), must=(), deadline=None, html_only=False):
    t = [f"Dear {NAME}:", ""] + lines + ["", "Log in to MyERAS to view details: https://apps.aamc.org/myeras-web",
                                         "", "ERAS Applicant Support", "", ERAS_FOOT]
    h = page([f"<p>Dear {e(NAME)}:</p>"] + [f"<p>{e(x)}</p>" for x in lines if x] +
             [button("https://apps.aamc.org/myeras-web", "Log in to MyERAS", "#002f6c"),
              "<p>ERAS Applicant Support</p>"],
             brand='<span style="color:#002f6c;font-weight:700;font-size:18px">AAMC</span>'
                   '<span style="color:#555;font-size:14px"> &nbsp;|&nbsp; MyERAS</span>',
             foot=e(ERAS_FOOT), accent="#002f6c")
    return mail(when, slug, label, kind, ERAS, subject, None if html_only else "\n".join(t), h, tz=ET, must=must,
                idates=idates, deadline=deadline)


# ---- Interview Broker -------------------------------------------------------------------------
IB = ("Interview Broker", "no-reply@interviewbroker.com")
IBC = "#c0392b"
IB_FOOT = ("Sent by Interview Broker (interviewbroker.com) for the program named above. You received this because "
           "the program added you to one of its interview campaigns.")


def ib(when, slug, label, kind, prog, subject, paras, *, rows=None, btn=None, idates=(), must=(), deadline=None,
       cal=None, reply_to=None):
    t = [f"Hello {NAME},", ""]
    for p in paras:
        t += [p, ""]
    if rows:
        t += [f"  {k}: {v}" for k, v in rows] + [""]
    if btn:
        t += [f"{btn[1]} -> {btn[0]}", ""]
    t += [f"Sent on behalf of: {prog}", "", IB_FOOT]
    h = page([f"<p>Hello {e(NAME)},</p>"] + [f"<p>{e(p)}</p>" for p in paras] +
             ([grid([[e(k), e(v)] for k, v in rows])] if rows else []) +
             ([button(btn[0], btn[1], IBC)] if btn else []) + [f"<p><small>Sent on behalf of: {e(prog)}</small></p>"],
             brand='<b style="color:#c0392b;font-size:18px">Interview Broker</b>', foot=e(IB_FOOT), accent=IBC)
    return mail(when, slug, label, kind, IB, subject, "\n".join(t), h, tz=PT, must=[prog, *must], idates=idates,
                deadline=deadline, cal=cal, reply_to=reply_to)
