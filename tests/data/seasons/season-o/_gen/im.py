"""Season O, Internal Medicine programs (categorical and preliminary)."""
from kit import (ET, ADDR, NAME, FIRST, D, full, fulln, short, shorty, md, mdy, ws, num, zz, clock, at, mail, me,
                 outlook_html, gq, oq, ical, shell, e, a, btn, table, ul, SIG_SHORT)
from plat import th_invite, th_booked, th_cancelled, th_reminder, th_note, eras, ib, calendly, gform, signup

CONF = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the named "
        "recipient(s) and may contain confidential or privileged information. If you received it in error, "
        "please notify the sender and delete it.")


def co(when, slug, label, kind, frm, subject, text, *, html=True, **kw):
    if html:   # Outlook-style mail: AutoCorrect turned straight apostrophes into curly ones
        text = text.replace("'", "\u2019")
        kw["must"] = [m.replace("'", "\u2019") for m in kw.get("must", ())]
    return mail(when, slug, label, kind, frm, subject, text, outlook_html(text) if html else None, **kw)


def build():
    # =================================================================== Rutgers RWJ IM (home program)
    rwj = ("Dana Kowalczyk", "kowalczd@rwjms.rutgers.edu")
    sig = ("Dana Kowalczyk\nResidency Program Coordinator | Internal Medicine\n"
           "Rutgers Robert Wood Johnson Medical School\nRobert Wood Johnson University Hospital | RWJBarnabas Health\n"
           "1 Robert Wood Johnson Place, MEB 486 | New Brunswick, NJ 08901\nP 732-555-0142")
    opts = [D("2026-11-05"), D("2026-11-10"), D("2026-11-17")]
    inv_text = (f"Dear Leila,\n\nOn behalf of Dr. Raghavan and the selection committee, I am happy to invite you "
                f"to interview with the Rutgers Robert Wood Johnson Medical School Internal Medicine Residency "
                f"Program (Categorical). Because you are one of our own students we are offering in-person days "
                f"on campus in New Brunswick; all other candidates interview virtually.\n\n"
                f"Please reply with your first and second choice of the following dates:\n"
                f"\u2022 {full(opts[0])}\n\u2022 {full(opts[1])}\n\u2022 {full(opts[2])}\n\n"
                f"Days run 7:45 AM to about 1:30 PM and include morning report at RWJUH. Kindly let us know "
                f"within 72 hours (by {fulln(D('2026-10-10'))}).\n\nWarm regards,\n\n{sig}")
    r1 = co("2026-10-07 14:22", "rwjms-im-interview-invitation", "rwj-im", "invitation", rwj,
            "RWJMS Internal Medicine Residency - Interview Invitation", inv_text,
            must=["Rutgers Robert Wood Johnson Medical School", "Categorical"], idates=opts,
            respond_by="within 72 hours (by Saturday, October 10)", deadline=D("2026-10-10"))
    r2 = me("2026-10-07 19:48", "sent-re-rwjms-im-interview-invitation", "rwj-im", "scheduled", rwj,
            "Re: RWJMS Internal Medicine Residency - Interview Invitation",
            f"Hi Dana,\n\nThank you so much - I'm thrilled to interview at home! {full(opts[1])} would be my "
            f"first choice, and {full(opts[0])} my second.\n\nBest,\nLeila",
            irt=r1, quote=gq("2026-10-07 14:22", rwj[0], rwj[1], inv_text), idates=[opts[1]], must=["Tuesday"])
    conf = (f"Hi Leila,\n\nYou are confirmed for {full(opts[1])}. Please arrive at the Clinical Academic "
            "Building (CAB), 125 Paterson Street, 2nd-floor conference room 2300, by 7:45 AM. Parking validation "
            "is available in the Paterson Street deck. A calendar hold is attached.\n\nBest,\nDana\n\n" + sig)
    co("2026-10-08 09:10", "re-rwjms-im-interview-confirmed", "rwj-im", "scheduled", rwj,
       "RE: RWJMS Internal Medicine Residency - Interview Invitation", conf, irt=r2,
       cal=ical("rwjms-im-20261110-lm", at(opts[1], "07:45"), 345, "RWJMS IM Interview Day",
                "CAB, 125 Paterson St, New Brunswick, NJ", "In-person interview day", organizer=rwj),
       idates=[opts[1]], must=["Clinical Academic Building"])
    co("2026-11-06 16:05", "rwjms-im-interview-day-itinerary", "rwj-im", "reminder", rwj,
       "Itinerary - Tuesday's IM interview day",
       "Hi Leila,\n\nLooking forward to seeing you next Tuesday, November 10. Attached is the schedule: "
       "breakfast with the chiefs at 7:45, morning report 8:15, then interviews with Dr. Raghavan, Dr. Osei and "
       "Dr. Lindqvist, and a tour of RWJUH and the Bristol-Myers Squibb Children's Hospital bridge. Lunch is "
       "with the interns. Business attire; comfortable shoes.\n\nSee you then,\nDana\n\n" + sig,
       idates=[opts[1]], files=[("RWJMS_IM_Interview_Itinerary_11-10.txt", ("text", "plain"),
                                 "7:45 Breakfast\n8:15 Morning report\n9:30-11:30 Interviews\n11:45 Tour\n12:30 Lunch\n")])
    me("2026-11-10 20:31", "sent-thank-you-rwjms-im", "rwj-im", "info", ("Raj Raghavan, MD", "raghavra@rwjms.rutgers.edu"),
       "Thank you - IM interview today",
       "Dear Dr. Raghavan,\n\nThank you for a wonderful interview day. Hearing how the program grew the "
       "ambulatory block at the Eric B. Chandler Health Center made me even more excited about staying in "
       "New Brunswick. I'm grateful to Dana for organizing everything so smoothly.\n\nWith appreciation,\nLeila",
       cc=rwj)

    # =================================================================== Rutgers NJMS (rejected)
    co("2026-11-18 17:40", "njms-internal-medicine-application-status", "njms-im", "rejection",
       ("NJMS Internal Medicine Residency", "medres@njms.rutgers.edu"),
       "Rutgers NJMS Internal Medicine - Application Status",
       "Dear Ms. Marchetti,\n\nThank you for applying to the Internal Medicine Residency Program at Rutgers New "
       "Jersey Medical School. We received more than 6,000 applications for our categorical positions and, "
       "after careful review, we are unable to offer you an interview this year.\n\nPlease note that the "
       "Rutgers Robert Wood Johnson Medical School programs in New Brunswick conduct their own selection; this "
       "decision concerns only the NJMS program based at University Hospital in Newark, with rotations at the "
       "VA New Jersey Health Care System (East Orange campus).\n\n"
       "We wish you every success in the Match.\n\nSincerely,\nThe Residency Selection Committee\n"
       "Department of Medicine, Rutgers New Jersey Medical School\n185 South Orange Avenue, MSB I-536, Newark, NJ "
       "07103", must=["Rutgers New Jersey Medical School"])

    # =================================================================== NYU Grossman IM (rejected)
    nyu_txt = ("Dear Leila Marchetti,\n\nThank you for your interest in the Internal Medicine Residency "
               "Program at NYU Grossman School of Medicine. After a thorough review of a very large applicant pool "
               "we regret that we are unable to extend an interview invitation to you for the 2027 Match.\n\n"
               "This decision applies to the NYU Grossman (Manhattan) categorical, primary care and research "
               "tracks only. NYU Langone Hospital\u2014Long Island and NYU Langone Hospital\u2014Brooklyn run "
               "independent recruitment processes.\n\nWith best wishes,\nNYU Grossman IM Residency Office\n"
               "550 First Avenue, New York, NY 10016")
    mail("2026-11-04 18:02", "nyu-grossman-im-application-update", "nyu-im", "rejection",
         ("NYU Langone Internal Medicine Residency", "imresidency@nyulangone.org"),
         "Your application to NYU Grossman Internal Medicine", nyu_txt,
         shell([f"<p>{e(p)}</p>" for p in nyu_txt.split("\n\n")], color="#57068c",
               top='<b style="color:#57068c">NYU Langone Health</b>'),
         must=["NYU Grossman School of Medicine"])

    # =================================================================== NYU Langone Hospital—Long Island (completed)
    li = "NYU Langone Hospital\u2014Long Island - Internal Medicine"
    li_dates = [D("2026-10-22"), D("2026-10-29"), D("2026-11-12")]
    th_invite("2026-10-13 11:00", "thalamus-interview-invitation", "nyuli-im", li,
              ["We are delighted to invite you to a virtual interview with the Internal Medicine Residency "
               "Program at NYU Langone Hospital\u2014Long Island (formerly NYU Winthrop Hospital) in Mineola, "
               "New York, part of NYU Grossman Long Island School of Medicine.",
               "Please choose one of the dates below within 5 days. Dates are assigned first come, first "
               "served, and unanswered invitations may be withdrawn."],
              li_dates, url="https://app.thalamusgme.com/applicant/invitations/7713402",
              signer="Marisol Pena-Ortiz\nResidency Program Coordinator, Department of Medicine",
              respond_by="within 5 days", deadline=D("2026-10-18"), times="8:00 AM - 1:00 PM ET",
              must=["formerly NYU Winthrop Hospital"])
    th_booked("2026-10-13 11:26", "thalamus-interview-scheduled", "nyuli-im", li, li_dates[1], "08:00", "13:00",
              "Virtual", "Zoom (link in Thalamus)", uid="th-nyuli-4410")
    co("2026-10-26 13:15", "nyu-li-im-interview-day-packet", "nyuli-im", "info",
       ("Pena-Ortiz, Marisol", "marisol.pena-ortiz@nyulangone.org"),
       "Interview Day Information - NYU Langone Hospital-Long Island IM - Thursday 10/29",
       "Good afternoon,\n\nAttached is the agenda for your interview day on Thursday 10/29. You will receive "
       "the Zoom link through Thalamus the morning of. Our residents rotate at NYU Langone Hospital\u2014Long "
       "Island (259 First Street, Mineola) and at the Long Island Community Hospital campus in Patchogue; there "
       "is no rotation at the Manhattan Tisch campus.\n\nThe informal resident happy hour will be Wednesday 10/28 "
       "at 7 PM (optional, virtual).\n\nThank you,\n\nMarisol Pena-Ortiz\nProgram Coordinator | Internal "
       "Medicine Residency\nNYU Langone Hospital\u2014Long Island\nNYU Grossman Long Island School of Medicine\n"
       "T: 516-555-0117\n\n" + CONF, idates=[li_dates[1]], must=["Long Island Community Hospital"])
    me("2026-10-29 18:40", "sent-thank-you-nyu-li-im", "nyuli-im", "info",
       ("Pena-Ortiz, Marisol", "marisol.pena-ortiz@nyulangone.org"), "Thank you!",
       "Hi Marisol,\n\nThank you for a smooth virtual day today. Could you please pass my thanks on to "
       "Dr. Farouk and Dr. Giordano? I especially enjoyed hearing about the Long Island community health "
       "projects.\n\nBest regards,\nLeila", sig=SIG_SHORT)

    # =================================================================== Lenox Hill (ERAS scheduler; program moves date)
    lx = ("Zucker School of Medicine at Hofstra/Northwell at Lenox Hill Hospital Program, Internal Medicine "
          "(Categorical)")
    lx_dates = [D("2026-11-04"), D("2026-11-11"), D("2026-12-02")]
    eras("2026-10-15 10:41", "eras-interview-invitation", "lenox-im", "invitation",
         "ERAS: You have received an interview invitation",
         [f"Dear {NAME},", "",
          "A program has invited you to interview. Program: " + lx, "",
          "Interview dates available: " + "; ".join(full(x) for x in lx_dates), "",
          "Schedule your interview in the MyERAS interview scheduler. This program's freeze date is 7 days before "
          "each session; after the freeze date you can only cancel."],
         must=["Lenox Hill Hospital"], idates=lx_dates)
    eras("2026-10-15 12:03", "eras-interview-scheduled", "lenox-im", "scheduled", "ERAS: Interview scheduled",
         [f"Dear {NAME},", "", "You have scheduled an interview.", "", "Program: " + lx,
          f"Date: {full(lx_dates[0])}", "Session: 7:30 AM - 12:30 PM (ET)", "Location: Virtual"],
         must=["Lenox Hill Hospital"], idates=[lx_dates[0]])
    lxc = ("Rebecca Altman", "raltman2@northwell.edu")
    moved = D("2026-11-09")
    lx_move = (f"Dear Applicants,\n\nDue to the American College of Physicians chapter meeting, we must move the "
               f"{full(lx_dates[0])} interview session to {full(moved)}, same times (7:30 AM to 12:30 PM). "
               "We have already moved everyone in the MyERAS scheduler. If the new date does not work for you, please "
               "reply by Friday, October 23 and we will try to find another session.\n\nWe apologize for the "
               "inconvenience.\n\nRebecca Altman\nResidency Coordinator, Department of Medicine\nLenox Hill Hospital "
               "| Northwell Health\n100 East 77th Street, New York, NY 10075\n\nThe information contained in this "
               "message is confidential. Northwell Health, Inc.")
    x = co("2026-10-20 09:12", "lenox-hill-im-session-moved", "lenox-im", "scheduled", lxc,
           "Lenox Hill IM interview - date change", lx_move, to="Undisclosed recipients:;",
           idates=[moved], respond_by="reply by Friday, October 23", deadline=D("2026-10-23"),
           must=["Lenox Hill Hospital"])
    me("2026-10-20 12:50", "sent-re-lenox-hill-date-change", "lenox-im", "info", lxc,
       "Re: Lenox Hill IM interview - date change",
       f"Dear Ms. Altman,\n\nThank you for letting me know. {fulln(moved)} works well for me, and I see the "
       "change in MyERAS.\n\nBest regards,\nLeila Marchetti",
       irt=x, quote=gq("2026-10-20 09:12", lxc[0], lxc[1], lx_move), idates=[moved])
    me("2026-11-09 17:55", "sent-thank-you-lenox-hill", "lenox-im", "info", ("Joseph Ferraro, MD", "jferraro@northwell.edu"),
       "Thank you from Leila Marchetti",
       "Dear Dr. Ferraro,\n\nThank you for taking the time to speak with me this morning. Learning about the "
       "Upper East Side continuity clinic and the program's ties to the Northwell system was a highlight of my "
       "day. Lenox Hill remains high on my list.\n\nSincerely,\nLeila Marchetti")

    # =================================================================== Staten Island University Hospital (declined)
    si = "Northwell Health Staten Island University Hospital - Internal Medicine Residency"
    si_dates = [D("2026-12-07"), D("2026-12-17"), D("2027-01-06")]
    th_invite("2026-11-06 15:30", "thalamus-invitation-siuh-im", "siuh-im", si,
              ["Congratulations! The Internal Medicine Residency Program at Staten Island University Hospital "
               "(Northwell Health) would like to invite you to interview. Our program trains at the North Campus "
               "(475 Seaview Avenue) and South Campus on Staten Island.",
               "Please accept or decline within 72 hours so that we may offer the slot to another applicant."],
              si_dates, url="https://app.thalamusgme.com/applicant/invitations/7740221",
              respond_by="within 72 hours", deadline=D("2026-11-09"), subject="Interview Invitation: " + si)
    th_note("2026-11-07 10:14", "thalamus-invitation-declined", "siuh-im", "cancellation", si,
            "Invitation declined - " + si,
            ["You declined the interview invitation from Staten Island University Hospital - Internal Medicine. "
             "The program has been notified. If this was a mistake, please contact the program coordinator; "
             "Thalamus cannot restore a declined invitation."], greet=f"Hello {FIRST},")

    # =================================================================== Mount Sinai IM (waitlisted) + preliminary (declined)
    ms = "Icahn School of Medicine at Mount Sinai - Internal Medicine (Categorical)"
    th_note("2026-11-12 16:45", "thalamus-waitlist-notification", "msh-im", "waitlist", ms,
            "Interview Waitlist - Icahn School of Medicine at Mount Sinai Internal Medicine",
            ["Thank you for applying to the Internal Medicine Residency at The Mount Sinai Hospital. Our interview "
             "dates are currently full, but we were impressed with your application and have placed you on our "
             "interview waitlist.",
             "If a date opens, Thalamus will e-mail everyone on the waitlist at the same time and the first "
             "applicant to claim the date will receive it. No action is needed now."],
            signer="Mount Sinai Internal Medicine Residency Program\nOne Gustave L. Levy Place, Box 1118, New York, NY 10029")
    co("2027-01-19 14:20", "mount-sinai-im-waitlist-update", "msh-im", "waitlist",
       ("Mount Sinai IM Residency", "im.residency@mountsinai.org"), "Update on your Mount Sinai IM waitlist status",
       "Dear Applicant,\n\nWe wanted to let you know that you remain on the interview waitlist for the "
       "categorical Internal Medicine program at The Mount Sinai Hospital (Icahn School of Medicine at Mount "
       "Sinai). Our final interview session is Friday, January 29, and we will continue to release any openings "
       "through Thalamus until then.\n\nPlease note that Mount Sinai Morningside/West and Mount Sinai Beth "
       "Israel's former residents are not part of this list; each Mount Sinai program manages its own "
       "interviews.\n\nThank you for your patience,\nResidency Office, Department of Medicine\n"
       "Icahn School of Medicine at Mount Sinai", must=["Icahn School of Medicine at Mount Sinai"])
    msp = "Icahn School of Medicine at Mount Sinai - Internal Medicine Preliminary"
    msp_dates = [D("2026-12-04"), D("2026-12-11"), D("2027-01-08")]
    th_invite("2026-11-02 12:00", "thalamus-invitation-mount-sinai-prelim", "msh-imp", msp,
              ["The Preliminary Medicine Program at The Mount Sinai Hospital is pleased to invite you to interview "
               "for a PGY-1 preliminary position. This invitation is for the preliminary year only; categorical "
               "Internal Medicine applications are reviewed separately.",
               "Interview days are virtual and last half a day."],
              msp_dates, url="https://app.thalamusgme.com/applicant/invitations/7729915",
              signer="Tamika Rhodes, Program Coordinator", times="12:30 PM - 4:30 PM ET")
    th_booked("2026-11-02 12:19", "thalamus-interview-scheduled", "msh-imp", msp, msp_dates[0], "12:30", "16:30",
              "Virtual", "Zoom", uid="th-mshp-2211")
    mspc = ("Tamika Rhodes", "tamika.rhodes@mountsinai.org")
    me("2026-11-24 21:12", "sent-withdraw-mount-sinai-prelim", "msh-imp", "cancellation", mspc,
       "Withdrawing from Mount Sinai Preliminary Medicine interview (Dec 4)",
       "Dear Ms. Rhodes,\n\nI am writing to withdraw from my interview for the Preliminary Medicine program on "
       "Friday, December 4. After much thought I have decided to focus my PGY-1 applications on programs closer "
       "to my categorical Neurology interviews, and I would like the slot to go to another applicant. I have also "
       "cancelled the date in Thalamus.\n\nThank you for the invitation, and my apologies for any "
       "inconvenience.\n\nSincerely,\nLeila Marchetti")
    th_cancelled("2026-11-24 21:15", "thalamus-interview-cancelled", "msh-imp", msp, msp_dates[0], by_program=False,
                 uid="th-mshp-2211", start="12:30")

    # =================================================================== Mount Sinai Morningside/West (Calendly)
    mw = ("Keisha Delacroix", "keisha.delacroix@mountsinai.org")
    mw_dates = [D("2026-11-13"), D("2026-11-17"), D("2026-11-24")]
    mw_txt = ("Dear Leila Marchetti,\n\nThank you for applying to the Internal Medicine Residency Program at "
              "Mount Sinai Morningside and Mount Sinai West (formerly Mount Sinai St. Luke's and Mount Sinai "
              "Roosevelt). It is my pleasure to invite you to a virtual interview.\n\nWe have sessions on "
              f"{fulln(mw_dates[0])}, {fulln(mw_dates[1])} and {fulln(mw_dates[2])}. Please book one through "
              "Calendly: https://calendly.com/msmw-im-residency/interview-day\n\nKindly schedule within 48 hours; "
              "after that, remaining slots are released to the waitlist.\n\nBest,\nKeisha Delacroix\nAcademic "
              "Program Coordinator, Internal Medicine Residency\nMount Sinai Morningside | Mount Sinai West\n"
              "1111 Amsterdam Avenue, Clark Building 4th Floor, New York, NY 10025\nIcahn School of Medicine at "
              "Mount Sinai")
    co("2026-10-27 10:30", "msmw-im-interview-invitation", "msmw-im", "invitation", mw,
       "Interview Invitation | IM Residency at Mount Sinai Morningside/West", mw_txt, idates=mw_dates,
       respond_by="within 48 hours", deadline=D("2026-10-29"), must=["formerly Mount Sinai St. Luke's"])
    calendly("2026-10-27 11:02", "calendly-confirmed-msmw-im", "msmw-im", "MSMW IM Residency",
             "Residency Interview Day (Virtual)", mw_dates[1], "08:00", 300,
             "Zoom - details sent by the program", uid="cal-msmw-88af21d07c3e9b1a44",
             answers=[("Preferred name / pronouns", "Leila (she/her)")])
    co("2026-11-16 15:35", "msmw-tomorrow-zoom-details", "msmw-im", "reminder", mw,
       "Tomorrow: MSMW Internal Medicine Virtual Interview",
       "Hello all,\n\nWe look forward to meeting you tomorrow, Tuesday, November 17. Please join by 7:50 AM:\n"
       "https://mountsinai.zoom.us/j/93120488271?pwd=aGx2V0tRb3h5\nMeeting ID: 931 2048 8271\n\nA copy of the "
       "day's schedule is below. Dr. Alvarez-Kim will welcome you at 8:00.\n\nKeisha\n\nKeisha Delacroix\n"
       "Academic Program Coordinator\nMount Sinai Morningside | Mount Sinai West",
       idates=[mw_dates[1]], to="msmw-im-applicants-11-17@mountsinai.org")
    me("2026-11-17 19:10", "sent-thank-you-msmw", "msmw-im", "info", mw, "Thank you - MSMW interview",
       "Dear Ms. Delacroix,\n\nThank you for organizing today's interview day. I appreciated the chance to meet "
       "the residents at Morningside and West and to hear about the Harlem community outreach clinic.\n\n"
       "Best wishes,\nLeila", sig=SIG_SHORT)

    # =================================================================== SUNY Downstate (Google Form)
    dw = ("Gregory Baptiste", "gregory.baptiste@downstate.edu")
    dw_dates = [D("2026-11-06"), D("2026-11-20"), D("2026-12-04")]
    dw_txt = ("Dear Applicant,\n\nCongratulations! The Department of Medicine at SUNY Downstate Health Sciences "
              "University invites you to interview for the Categorical Internal Medicine Residency Program. Our "
              "residents train at University Hospital at Downstate, NYC Health + Hospitals/Kings County, and the "
              "VA NY Harbor Healthcare System - Brooklyn Campus.\n\nAvailable virtual interview dates (Fridays):\n"
              + "\n".join(f"   - {full(x)}" for x in dw_dates) +
              "\n\nPlease rank your date preferences in this form within 3 business days: "
              "https://forms.gle/Dwn5tIMres2027\nWe will confirm your date by e-mail.\n\nRegards,\nGregory Baptiste\n"
              "Residency Program Coordinator, Internal Medicine\nSUNY Downstate Health Sciences University\n"
              "450 Clarkson Avenue, MSC 50, Brooklyn, NY 11203")
    co("2026-10-21 13:45", "suny-downstate-im-interview-invitation", "downstate-im", "invitation", dw,
       "SUNY Downstate IM Interview Invitation", dw_txt, idates=dw_dates, respond_by="within 3 business days",
       deadline=D("2026-10-26"), must=["Kings County"])
    gform("2026-10-21 20:05", "google-form-downstate-im-dates", "downstate-im", "info",
          "SUNY Downstate IM Interview Date Preferences",
          "Department of Medicine, SUNY Downstate - Internal Medicine Residency",
          [("Full name", NAME), ("AAMC ID", "17439258"), ("First choice", full(dw_dates[1])),
           ("Second choice", full(dw_dates[2])), ("Any dates you cannot attend?", full(dw_dates[0]))],
          idates=[dw_dates[1], dw_dates[2]])
    co("2026-10-23 11:30", "downstate-im-date-confirmed", "downstate-im", "scheduled", dw,
       "Downstate IM - Interview Confirmation",
       f"Dear Dr. Marchetti (to be!),\n\nYou are confirmed for your first choice, {full(dw_dates[1])}. The "
       "WebEx link will come the week before. Please block 8:00 AM - 1:30 PM.\n\nRegards,\nGreg\n\nGregory Baptiste\n"
       "Residency Program Coordinator, Internal Medicine\nSUNY Downstate Health Sciences University",
       idates=[dw_dates[1]])
    me("2026-11-20 16:44", "sent-thank-you-downstate", "downstate-im", "info", dw, "Thank you - Downstate IM",
       "Dear Mr. Baptiste,\n\nThank you for a great interview day. I loved hearing the residents talk about "
       "Kings County and the patients they serve in central Brooklyn.\n\nWarmly,\nLeila")

    # =================================================================== Hackensack UMC IM (Interview Broker)
    hu = "Hackensack Meridian Health - Hackensack University Medical Center"
    hu_dates = [D("2026-12-03"), D("2026-12-10"), D("2027-01-14")]
    ib("2026-11-03 09:30", "interview-broker-invitation", "humc-im", "invitation",
       "Interview Invitation - Internal Medicine Residency (Categorical)", hu,
       "Internal Medicine - Categorical 2027",
       ["The Internal Medicine Residency Program at Hackensack University Medical Center (Hackensack Meridian "
        "School of Medicine) invites you to interview for a categorical position.",
        "Open dates are listed below. Please self-schedule within 72 hours. Jersey Shore University Medical "
        "Center and JFK University Medical Center are separate Hackensack Meridian programs with their own "
        "invitations."],
       rows=[("Available", "; ".join(short(x) + ", " + str(x.year) for x in hu_dates)), ("Format", "Virtual")],
       url="https://www.interviewbroker.com/applicant/schedule/HUMC-IM-C27/6120ba", action="Schedule my interview",
       idates=hu_dates, respond_by="within 72 hours", deadline=D("2026-11-06"),
       signer="Anjali Mehta, Residency Coordinator")
    ib("2026-11-03 10:12", "interview-broker-scheduled", "humc-im", "scheduled",
       "Interview Scheduled - Hackensack University Medical Center IM", hu, "Internal Medicine - Categorical 2027",
       ["Your interview has been scheduled. Please add it to your calendar."],
       rows=[("Date", full(hu_dates[0])), ("Time", "8:00 AM - 12:45 PM Eastern"), ("Format", "Virtual (Microsoft Teams)")],
       idates=[hu_dates[0]],
       cal=ical("ib-humc-im-61208", at(hu_dates[0], "08:00"), 285, "HUMC Internal Medicine Interview",
                "Microsoft Teams", "Interview Broker booking", organizer=("Interview Broker", "no-reply@interviewbroker.com")))
    ib("2026-12-01 09:00", "interview-broker-reminder", "humc-im", "reminder",
       "Reminder: Upcoming Interview on Thursday, December 3, 2026", hu, "Internal Medicine - Categorical 2027",
       ["This is a reminder of your upcoming interview. The Microsoft Teams link below will be active 10 minutes "
        "before the session."],
       rows=[("Date", full(hu_dates[0])), ("Check-in", "7:50 AM Eastern")],
       url="https://teams.microsoft.com/l/meetup-join/19%3ameeting_HUMCIM1203", action="Join Microsoft Teams",
       idates=[hu_dates[0]])

    # =================================================================== Jersey Shore UMC IM (IB; scheduled after as_of)
    js = "Hackensack Meridian Health - Jersey Shore University Medical Center"
    js_dates = [D("2027-02-09"), D("2027-02-16")]
    ib("2027-01-20 11:20", "interview-broker-invitation", "jsumc-im", "invitation",
       "Invitation to Interview - JSUMC Internal Medicine", js, "JSUMC IM Categorical - Late Season",
       ["Thank you for your application to the Internal Medicine Residency at Jersey Shore University Medical "
        "Center in Neptune, New Jersey. We have added two late-season interview dates and would like to invite you.",
        "Please select a date by Friday, January 22."],
       rows=[("Dates", f"{shorty(js_dates[0])}; {shorty(js_dates[1])}"), ("Format", "Virtual")],
       url="https://www.interviewbroker.com/applicant/schedule/JSUMC-IM-27L/90d3ee", action="Choose a date",
       idates=js_dates, respond_by="by Friday, January 22", deadline=D("2027-01-22"))
    ib("2027-01-20 13:02", "interview-broker-scheduled", "jsumc-im", "scheduled",
       "Interview Scheduled - Jersey Shore University Medical Center", js, "JSUMC IM Categorical - Late Season",
       ["Your interview is confirmed."],
       rows=[("Date", full(js_dates[0])), ("Time", "8:30 AM - 1:00 PM Eastern"), ("Format", "Virtual (Zoom)")],
       idates=[js_dates[0]],
       cal=ical("ib-jsumc-im-90d3e", at(js_dates[0], "08:30"), 270, "JSUMC IM Interview", "Zoom",
                "Interview Broker booking", organizer=("Interview Broker", "no-reply@interviewbroker.com")))
    co("2027-02-02 15:10", "jsumc-im-pre-interview-social", "jsumc-im", "info",
       ("Colleen Brennan", "colleen.brennan@hmhn.org"), "JSUMC IM - Pre-interview social Monday evening",
       "Hi Leila,\n\nWe are looking forward to your interview on Tuesday, February 9. The residents are hosting "
       "an optional virtual meet-and-greet the evening before (Monday, February 8, 6:30 PM). The Zoom link is "
       "https://hmhn.zoom.us/j/81234007766.\n\nJersey Shore University Medical Center is a Hackensack Meridian "
       "Health teaching hospital; our residents also rotate at K. Hovnanian Children's Hospital and Ocean "
       "University Medical Center.\n\nColleen Brennan\nProgram Coordinator, Internal Medicine Residency\nJersey "
       "Shore University Medical Center | 1945 Route 33, Neptune, NJ 07753",
       idates=[js_dates[0]], must=["Jersey Shore University Medical Center"])

    # =================================================================== Thomas Jefferson University Hospital IM
    tj = "Thomas Jefferson University Hospital - Internal Medicine"
    tj_dates = [D("2026-10-26"), D("2026-11-02"), D("2026-11-23")]
    th_invite("2026-10-09 12:00", "thalamus-interview-invitation", "tju-im", tj,
              ["On behalf of the Jefferson Internal Medicine Residency at Sidney Kimmel Medical College, thank you "
               "for applying. We are excited to invite you to interview at Thomas Jefferson University Hospital "
               "in Center City Philadelphia.",
               "All interviews will be virtual. Please reserve a date within 48 hours."],
              tj_dates, url="https://app.thalamusgme.com/applicant/invitations/7702118",
              respond_by="within 48 hours", deadline=D("2026-10-11"),
              signer="Ashley Nguyen\nProgram Coordinator, Jefferson Internal Medicine Residency",
              must=["Sidney Kimmel Medical College"])
    th_booked("2026-10-09 12:07", "thalamus-interview-scheduled", "tju-im", tj, tj_dates[1], "08:30", "13:30",
              "Virtual", "Zoom", uid="th-tju-im-9910")
    th_reminder("2026-10-31 09:00", "thalamus-interview-reminder", "tju-im", tj, tj_dates[1], "08:30",
                "https://app.thalamusgme.com/applicant/calendar/event/9910",
                note="Time reminder: daylight saving time ends Sunday, so double-check your calendar's Eastern time.")
    me("2026-11-02 18:22", "sent-thank-you-jefferson-im", "tju-im", "info", ("Ashley Nguyen", "ashley.nguyen@jefferson.edu"),
       "Thank you - Jefferson IM interview",
       "Hi Ms. Nguyen,\n\nThank you for coordinating today's virtual interview. Please thank Dr. Hassan and the "
       "chief residents for me - the case conference was fantastic.\n\nBest,\nLeila Marchetti", sig=SIG_SHORT)

    # =================================================================== Jefferson Einstein Philadelphia (cancelled by program)
    je = "Jefferson Einstein Philadelphia Hospital - Internal Medicine"
    je_dates = [D("2026-12-16"), D("2027-01-06")]
    th_invite("2026-11-11 14:00", "thalamus-interview-invitation", "einstein-im", je,
              ["The Internal Medicine Residency at Jefferson Einstein Philadelphia Hospital (formerly Einstein "
               "Medical Center Philadelphia) is pleased to invite you to interview.",
               "Please note: we are part of Jefferson Health and are not affiliated with the Albert Einstein College "
               "of Medicine or Montefiore in the Bronx."],
              je_dates, url="https://app.thalamusgme.com/applicant/invitations/7751200",
              signer="Program Coordinator, Department of Medicine\n5501 Old York Road, Philadelphia, PA 19141",
              must=["formerly Einstein Medical Center Philadelphia"])
    th_booked("2026-11-11 15:37", "thalamus-interview-scheduled", "einstein-im", je, je_dates[0], "09:00", "13:00",
              "Virtual", "Zoom", uid="th-jeph-5120")
    jec = ("Ramona Whitfield", "ramona.whitfield@jefferson.edu")
    co("2026-12-02 16:50", "jefferson-einstein-im-session-cancelled", "einstein-im", "cancellation", jec,
       "IMPORTANT: December 16 interview session cancelled",
       "Dear Ms. Marchetti,\n\nI am very sorry to let you know that we have had to cancel our Wednesday, "
       "December 16 interview session because of a faculty scheduling conflict. Unfortunately all of our "
       "remaining sessions are full, so we are not able to offer you another date this season. We apologize "
       "sincerely; your application will remain on file.\n\nThe cancellation will also appear in Thalamus.\n\n"
       "Ramona Whitfield\nResidency Program Coordinator, Internal Medicine\nJefferson Einstein Philadelphia "
       "Hospital\nJefferson Health", must=["Jefferson Einstein Philadelphia Hospital"])
    th_cancelled("2026-12-02 17:04", "thalamus-interview-cancelled", "einstein-im", je, je_dates[0], by_program=True,
                 uid="th-jeph-5120", note="The program did not offer a replacement date.")

    # =================================================================== HUP IM (rejected) / Pennsylvania Hospital (waitlist -> completed)
    co("2026-11-19 19:00", "penn-im-interview-decision", "penn-im", "rejection",
       ("Penn Internal Medicine Residency", "pennimresidency@pennmedicine.upenn.edu"),
       "Penn Medicine Internal Medicine Residency - Interview Decision",
       "Dear Leila,\n\nThank you for applying to the Internal Medicine Residency Program at the Hospital of the "
       "University of Pennsylvania (HUP). We regret that we are unable to offer you an interview. The number of "
       "outstanding applicants far exceeds our interview capacity.\n\nPennsylvania Hospital's Internal Medicine "
       "residency is a separate program within Penn Medicine; its decisions are communicated independently.\n\n"
       "Sincerely,\nPerelman School of Medicine, Department of Medicine\n3400 Spruce Street, Philadelphia, PA 19104",
       html=False, must=["Hospital of the University of Pennsylvania"])
    pa = "Pennsylvania Hospital - Penn Medicine Internal Medicine"
    th_note("2026-11-05 13:30", "thalamus-waitlist", "pah-im", "waitlist", pa, "Waitlist: " + pa,
            ["Thank you for your interest in the Internal Medicine Residency at Pennsylvania Hospital, the nation's "
             "first hospital (founded 1751). Our current interview dates are full and you have been placed on our "
             "waitlist. We will contact you directly if a position becomes available."],
            signer="Pennsylvania Hospital IM Residency Office")
    pac = ("Brianna Okafor", "brianna.okafor@pennmedicine.upenn.edu")
    pa_txt = ("Hi Leila,\n\nGood news - a spot has opened on our Tuesday, January 12 virtual interview day at "
              "Pennsylvania Hospital, and you are next on our waitlist. Would you like it? Please reply by 5 PM "
              "on Thursday, January 7; if we don't hear from you we will offer the date to the next applicant.\n\n"
              "Best,\nBrianna\n\nBrianna Okafor, MBA\nProgram Coordinator, Internal Medicine Residency\n"
              "Pennsylvania Hospital | Penn Medicine\n800 Spruce Street, Philadelphia, PA 19107")
    p1 = co("2027-01-05 10:05", "pennsylvania-hospital-im-interview-opening", "pah-im", "invitation", pac,
            "Interview opening - Pennsylvania Hospital IM", pa_txt, idates=[D("2027-01-12")],
            respond_by="by 5 PM on Thursday, January 7", deadline=D("2027-01-07"), must=["Pennsylvania Hospital"])
    me("2027-01-05 10:31", "sent-re-pennsylvania-hospital-opening", "pah-im", "scheduled", pac,
       "Re: Interview opening - Pennsylvania Hospital IM",
       "Hi Brianna,\n\nYes, please! I would love to take the January 12 spot. Thank you for thinking of me.\n\n"
       "Best,\nLeila", irt=p1, quote=gq("2027-01-05 10:05", pac[0], pac[1], pa_txt), idates=[D("2027-01-12")])
    th_booked("2027-01-05 14:12", "thalamus-interview-scheduled", "pah-im", pa, D("2027-01-12"), "08:00", "12:30",
              "Virtual", "Zoom", uid="th-pah-im-3001", note="This interview was added by the program from its waitlist.")
    me("2027-01-12 17:20", "sent-thank-you-pennsylvania-hospital", "pah-im", "info", pac,
       "Thank you - Pennsylvania Hospital",
       "Hi Brianna,\n\nThank you again for opening up today's spot for me. I really enjoyed the session and the "
       "tour video of the Pine Building.\n\nAll the best,\nLeila", sig=SIG_SHORT)

    # =================================================================== Johns Hopkins (rejected) / Bayview (completed)
    co("2026-11-24 18:30", "osler-medical-residency-application-update", "jhh-im", "rejection",
       ("Osler Medical Residency", "oslerresidency@jhmi.edu"), "The Johns Hopkins Hospital - Osler Medical Residency",
       "Dear Ms. Marchetti,\n\nThank you for your application to the Osler Medical Residency at The Johns Hopkins "
       "Hospital. We have completed our review and regret that we cannot offer you an interview.\n\nThe Johns "
       "Hopkins Bayview Medical Center Internal Medicine Residency selects its residents independently, and this "
       "letter does not reflect its decision.\n\nWe wish you the very best.\n\nOsler Medical Residency Office\n"
       "1800 Orleans Street, Baltimore, MD 21287", must=["Johns Hopkins Hospital"])
    bv = "Johns Hopkins Bayview Medical Center Program, Internal Medicine (Categorical)"
    bv_dates = [D("2026-12-10"), D("2026-12-17")]
    eras("2026-11-09 11:14", "eras-interview-invitation", "bayview-im", "invitation",
         "ERAS: You have received an interview invitation",
         [f"Dear {NAME},", "", "You have been invited to interview.", "", "Program: " + bv,
          "Available dates: " + " or ".join(full(x) for x in bv_dates), "",
          "Please respond in the MyERAS interview scheduler by Friday, November 13, 2026."],
         idates=bv_dates, respond_by="by Friday, November 13, 2026", deadline=D("2026-11-13"),
         must=["Johns Hopkins Bayview"])
    eras("2026-11-09 12:40", "eras-interview-scheduled", "bayview-im", "scheduled", "ERAS: Interview scheduled",
         [f"Dear {NAME},", "", "Your interview has been scheduled.", "", "Program: " + bv,
          f"Date: {full(bv_dates[0])}", "Time: 8:00 AM (ET)", "Location: Virtual"],
         idates=[bv_dates[0]], must=["Johns Hopkins Bayview"], html_only=True)
    bvc = ("Shirelle Dawson", "sdawson14@jhmi.edu")
    co("2026-12-07 10:45", "bayview-im-interview-day-details", "bayview-im", "info", bvc,
       "Johns Hopkins Bayview IM - Interview Day Details (12/10)",
       "Dear Applicant,\n\nThank you for scheduling your interview with the Johns Hopkins Bayview Internal "
       "Medicine Residency on Thursday, December 10. Our residents care for patients on the Bayview campus at "
       "4940 Eastern Avenue in southeast Baltimore and rotate at The Johns Hopkins Hospital (JHH) for "
       "selected electives.\n\nThe agenda and Zoom credentials are attached. Dr. Kwame Asante will open the day at "
       "8:00 AM.\n\nThanks,\nShirelle Dawson\nResidency Program Coordinator\nJohns Hopkins Bayview Medical Center "
       "| Department of Medicine", idates=[bv_dates[0]],
       files=[("Bayview_IM_Interview_Agenda.txt", ("text", "plain"),
               "Johns Hopkins Bayview IM - Thursday, December 10\n8:00 Welcome\n8:30 Program overview\n"
               "9:15-11:30 Interviews\n11:45 Resident panel\nZoom: https://jhjhm.zoom.us/j/95520118843\n")])
    me("2026-12-10 16:02", "sent-thank-you-bayview", "bayview-im", "info", bvc, "Thank you - Bayview IM",
       "Dear Ms. Dawson,\n\nThank you for a wonderful interview day with the Bayview program. I appreciated the "
       "emphasis on community-based care and the Center for Innovative Medicine.\n\nBest regards,\nLeila Marchetti")

    # =================================================================== University of Maryland IM (she reschedules)
    um = "University of Maryland Medical Center - Internal Medicine"
    um_dates = [D("2026-12-11"), D("2027-01-07"), D("2027-01-15")]
    th_invite("2026-11-16 11:00", "thalamus-interview-invitation", "umd-im", um,
              ["The University of Maryland School of Medicine Internal Medicine Residency is pleased to invite you "
               "to interview. Our residents train at the University of Maryland Medical Center, the Baltimore VA "
               "Medical Center and UMMC Midtown Campus.",
               "Please respond within 72 hours."],
              um_dates, url="https://app.thalamusgme.com/applicant/invitations/7761004",
              respond_by="within 72 hours", deadline=D("2026-11-19"),
              signer="Monique Harris, Residency Coordinator", must=["Baltimore VA Medical Center"])
    th_booked("2026-11-16 12:09", "thalamus-interview-scheduled", "umd-im", um, um_dates[0], "08:00", "13:00",
              "Virtual", "Zoom", uid="th-umd-im-1234")
    th_booked("2026-12-02 20:20", "thalamus-interview-rescheduled", "umd-im", um, um_dates[1], "08:00", "13:00",
              "Virtual", "Zoom", uid="th-umd-im-1234", was=um_dates[0])
    umc = ("Monique Harris", "mharris3@som.umaryland.edu")
    me("2026-12-02 20:34", "sent-umd-im-moved-my-date", "umd-im", "info", umc, "Interview date change - Leila Marchetti",
       "Dear Ms. Harris,\n\nI wanted to let you know that I moved my interview in Thalamus from Friday, December "
       "11 to Thursday, January 7, because of a conflict with my sub-internship call schedule. I hope that's "
       "alright - I'm still very excited to interview with UMMC.\n\nThank you,\nLeila Marchetti",
       idates=[um_dates[1]])
    th_reminder("2027-01-05 09:00", "thalamus-interview-reminder", "umd-im", um, um_dates[1], "08:00",
                "https://app.thalamusgme.com/applicant/calendar/event/1234")

    # =================================================================== MedStar Georgetown IM (coordinator)
    mg = ("Lauren Fitzsimmons", "lauren.m.fitzsimmons@medstar.net")
    mg_dates = [D("2026-11-30"), D("2026-12-07"), D("2026-12-14")]
    mgsig = ("Lauren Fitzsimmons\nProgram Coordinator, Internal Medicine Residency\nMedStar Georgetown University "
             "Hospital | Georgetown University School of Medicine\n3800 Reservoir Road, NW, Washington, DC 20007\n"
             "MedStar Health: It's how we treat people.")
    mg_txt = ("Dear Leila,\n\nI am pleased to invite you to interview with the Georgetown University/MedStar "
              "Georgetown University Hospital Internal Medicine Residency Program (categorical). Our virtual "
              f"interview days are held on Mondays:\n\n{full(mg_dates[0])}\n{full(mg_dates[1])}\n{full(mg_dates[2])}"
              "\n\nPlease reply to this e-mail with your preferred date within 5 days. Residents rotate at MGUH "
              "and at MedStar Washington Hospital Center for selected ICU months; the Washington Hospital Center "
              "IM program itself is a separate residency.\n\nKind regards,\n\n" + mgsig)
    g1 = co("2026-11-04 08:55", "mguh-im-interview-invitation", "medgu-im", "invitation", mg,
            "Interview Invitation - MGUH Internal Medicine", mg_txt, idates=mg_dates, respond_by="within 5 days",
            deadline=D("2026-11-09"), must=["MedStar Georgetown University Hospital"])
    g2 = me("2026-11-04 12:15", "sent-re-mguh-im-invitation", "medgu-im", "scheduled", mg,
            "Re: Interview Invitation - MGUH Internal Medicine",
            "Dear Ms. Fitzsimmons,\n\nThank you for the invitation! I would like to interview on Monday, "
            "November 30, please.\n\nBest regards,\nLeila Marchetti", irt=g1,
            quote=gq("2026-11-04 08:55", mg[0], mg[1], mg_txt), idates=[mg_dates[0]])
    co("2026-11-05 14:00", "re-mguh-im-confirmed-nov-30", "medgu-im", "scheduled", mg,
       "RE: Interview Invitation - MGUH Internal Medicine",
       "Hi Leila,\n\nWonderful - you're confirmed for Monday, November 30. A Zoom calendar invitation is attached; "
       "the agenda will follow closer to the date.\n\nLauren\n\n" + mgsig, irt=g2, idates=[mg_dates[0]],
       cal=ical("mguh-im-1130-lm", at(mg_dates[0], "08:00"), 300, "MGUH Internal Medicine Interview Day",
                "Zoom", "Georgetown/MedStar IM virtual interview", organizer=mg, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    me("2026-11-30 18:05", "sent-thank-you-mguh-im", "medgu-im", "info", mg, "Thank you - MGUH IM",
       "Dear Ms. Fitzsimmons,\n\nThank you for a terrific interview day. The Georgetown residents' enthusiasm "
       "for the program really came through.\n\nBest regards,\nLeila")

    # =================================================================== MedStar Washington Hospital Center IM (late invite) + prelim
    mwc = "MedStar Washington Hospital Center - Internal Medicine Residency"
    mwc_dates = [D("2027-02-16"), D("2027-02-18")]
    th_invite("2027-02-02 12:00", "thalamus-interview-invitation", "mwhc-im", mwc,
              ["The Internal Medicine Residency at MedStar Washington Hospital Center, Washington, DC, is pleased to "
               "invite you to interview for a categorical position. We have opened two additional February dates.",
               "Please accept an interview date by Monday, February 8 at 12:00 PM ET."],
              mwc_dates, url="https://app.thalamusgme.com/applicant/invitations/7899001",
              respond_by="by Monday, February 8 at 12:00 PM ET", deadline=D("2027-02-08"),
              signer="MWHC Internal Medicine Residency\n110 Irving Street, NW, Washington, DC 20010")
    wp = "MedStar Washington Hospital Center"
    wp_dates = [D("2026-12-15"), D("2026-12-18")]
    ib("2026-11-10 07:45", "interview-broker-invitation", "mwhc-imp", "invitation",
       "MedStar WHC Preliminary Medicine - Interview Invitation", wp, "Preliminary Medicine PGY-1 (2027)",
       ["Congratulations! The MedStar Washington Hospital Center Preliminary Medicine program would like to invite "
        "you to interview for a one-year preliminary position.",
        "Note: this campaign is for the preliminary year only. The categorical Internal Medicine program at "
        "Washington Hospital Center interviews through a separate process."],
       rows=[("Interview dates", f"{full(wp_dates[0])}; {full(wp_dates[1])}"), ("Format", "Virtual, half day")],
       url="https://www.interviewbroker.com/applicant/schedule/MWHC-PRELIM-27/2f7c10", action="Schedule",
       idates=wp_dates, signer="Dionne Carter\nProgram Coordinator, Preliminary Medicine")
    ib("2026-11-10 08:03", "interview-broker-scheduled", "mwhc-imp", "scheduled",
       "Your interview is scheduled: MedStar WHC Preliminary Medicine", wp, "Preliminary Medicine PGY-1 (2027)",
       ["You have successfully scheduled the interview below."],
       rows=[("Date", full(wp_dates[0])), ("Time", "12:00 PM - 4:00 PM Eastern"), ("Format", "Virtual (Zoom)")],
       idates=[wp_dates[0]],
       cal=ical("ib-mwhc-p-2f7c1", at(wp_dates[0], "12:00"), 240, "MWHC Preliminary Medicine Interview", "Zoom",
                "Interview Broker booking", organizer=("Interview Broker", "no-reply@interviewbroker.com")))
    me("2026-12-15 19:30", "sent-thank-you-mwhc-prelim", "mwhc-imp", "info", ("Dionne Carter", "dionne.carter@medstar.net"),
       "Thank you - Preliminary Medicine interview",
       "Dear Ms. Carter,\n\nThank you for organizing this afternoon's preliminary medicine interviews. It was "
       "great to hear how the prelim residents are integrated with the categorical class at the Hospital "
       "Center.\n\nSincerely,\nLeila Marchetti")

    # =================================================================== GW IM (Thalamus + coordinator)
    gw = "The George Washington University - Internal Medicine"
    gw_dates = [D("2026-12-09"), D("2026-12-16"), D("2027-01-13")]
    th_invite("2026-11-13 13:00", "thalamus-interview-invitation", "gwu-im", gw,
              ["The GW Internal Medicine Residency Program (George Washington University School of Medicine & "
               "Health Sciences) invites you to interview.",
               "We hold all interviews virtually. Please select a date within 72 hours."],
              gw_dates, url="https://app.thalamusgme.com/applicant/invitations/7763330",
              respond_by="within 72 hours", deadline=D("2026-11-16"))
    th_booked("2026-11-13 13:41", "thalamus-interview-scheduled", "gwu-im", gw, gw_dates[0], "08:00", "12:30",
              "Virtual", "Zoom", uid="th-gwu-im-7763")
    gwc = ("Yolanda Brooks", "ybrooks@mfa.gwu.edu")
    co("2026-12-04 11:20", "gw-im-interview-day-packet", "gwu-im", "info", gwc,
       "GW IM Interview Day - Wednesday, December 9",
       "Good morning,\n\nWe look forward to your interview on Wednesday, December 9. Please find the schedule "
       "below and plan to log on by 7:50 AM.\n\nOur residents train at George Washington University Hospital "
       "(900 23rd Street, NW), the Washington DC VA Medical Center (50 Irving Street, NW) and Children's National "
       "for the Med-Peds track. Note that the VA sits next to MedStar Washington Hospital Center on Irving Street "
       "but is a separate institution.\n\nBest,\nYolanda Brooks\nResidency Program Coordinator\nDepartment of "
       "Medicine | The George Washington University\n2150 Pennsylvania Avenue, NW, Suite 5-411, Washington, DC 20037",
       idates=[gw_dates[0]], must=["George Washington University Hospital"])
    me("2026-12-09 15:55", "sent-thank-you-gw-im", "gwu-im", "info", gwc, "Thank you - GW IM interview",
       "Dear Ms. Brooks,\n\nThank you for coordinating today's GW IM interview day! Please share my thanks with "
       "Dr. Kapoor as well.\n\nKind regards,\nLeila", sig=SIG_SHORT)

    # =================================================================== VCU IM (waitlist -> released)
    vc = "VCU Health - Internal Medicine Residency"
    th_note("2026-11-20 10:00", "thalamus-waitlist", "vcu-im", "waitlist", vc, "You have been waitlisted - " + vc,
            ["Thank you for applying to the Internal Medicine Residency at Virginia Commonwealth University. "
             "Our interview days are currently full, and you have been placed on our ordered waitlist.",
             "If your name comes up, you will receive a Thalamus offer with 24 hours to respond."],
            signer="VCU Internal Medicine Residency Office, Richmond, VA")
    co("2027-01-22 16:40", "vcu-im-waitlist-closed", "vcu-im", "rejection",
       ("VCU IM Residency", "imresidency@vcuhealth.org"), "VCU Internal Medicine - interview season update",
       "Dear Applicant,\n\nOur interview season for the categorical Internal Medicine program at Virginia "
       "Commonwealth University is now complete, and we are closing our interview waitlist. We are sorry that we "
       "were not able to offer you an interview. This does not affect any other VCU Health residency, including "
       "Neurology.\n\nWe wish you great success in the Match.\n\nVCU Internal Medicine Residency\nVCU School of "
       "Medicine | 1200 East Broad Street, Richmond, VA 23298", must=["Virginia Commonwealth University"])

    # =================================================================== UVA IM categorical + preliminary (ERAS scheduler)
    uvc = "University of Virginia Program, Internal Medicine (Categorical)"
    uvp = "University of Virginia Program, Internal Medicine (Preliminary)"
    uc_dates = [D("2026-11-18"), D("2026-12-01"), D("2026-12-08")]
    up_dates = [D("2026-12-02"), D("2026-12-09")]
    eras("2026-10-21 09:32", "eras-interview-invitation-uva-categorical", "uva-im", "invitation",
         "ERAS: New interview invitation",
         [f"Dear {NAME},", "", "You have a new interview invitation.", "", "Program: " + uvc,
          "Dates: " + "; ".join(full(x) for x in uc_dates), "",
          "Sign in to MyERAS to schedule. Freeze date: 10 days before each session."],
         idates=uc_dates, must=["University of Virginia", "Categorical"])
    eras("2026-10-21 09:33", "eras-interview-invitation-uva-preliminary", "uva-imp", "invitation",
         "ERAS: New interview invitation",
         [f"Dear {NAME},", "", "You have a new interview invitation.", "", "Program: " + uvp,
          "Dates: " + "; ".join(full(x) for x in up_dates), "",
          "Sign in to MyERAS to schedule. Freeze date: 10 days before each session."],
         idates=up_dates, must=["University of Virginia", "Preliminary"])
    eras("2026-10-21 12:48", "eras-interview-scheduled-uva-categorical", "uva-im", "scheduled",
         "ERAS: Interview scheduled",
         [f"Dear {NAME},", "", "Your interview is scheduled.", "", "Program: " + uvc,
          f"Date: {full(uc_dates[1])}", "Time: 8:00 AM - 1:00 PM (ET)", "Location: Virtual"],
         idates=[uc_dates[1]], must=["Categorical"])
    eras("2026-10-21 12:51", "eras-interview-scheduled-uva-preliminary", "uva-imp", "scheduled",
         "ERAS: Interview scheduled",
         [f"Dear {NAME},", "", "Your interview is scheduled.", "", "Program: " + uvp,
          f"Date: {full(up_dates[0])}", "Time: 1:00 PM - 4:30 PM (ET)", "Location: Virtual"],
         idates=[up_dates[0]], must=["Preliminary"])
    uvac = ("Heather Lockridge", "hl7m@uvahealth.org")
    co("2026-11-23 10:10", "uva-prelim-medicine-interview-logistics", "uva-imp", "info", uvac,
       "UVA Preliminary Medicine - your interview on 12/2",
       "Dear Leila,\n\nThis note is about your PRELIMINARY medicine interview on Wednesday, December 2 "
       "(1:00-4:30 PM). I see you also interview with our categorical program on Tuesday, December 1; those are "
       "separate days with separate interviewers, and you should attend both.\n\nZoom: "
       "https://virginia.zoom.us/j/96611230045\n\nUVA Health University Medical Center, 1215 Lee Street, "
       "Charlottesville, VA 22903. Preliminary residents rotate at UVA and the Salem VA Medical Center.\n\n"
       "Best,\nHeather Lockridge\nProgram Coordinator, Internal Medicine Residency\nUniversity of Virginia School "
       "of Medicine", idates=[up_dates[0]], must=["University of Virginia"])
    me("2026-12-01 17:15", "sent-thank-you-uva-im", "uva-im", "info", uvac, "Thank you - UVA IM categorical",
       "Dear Ms. Lockridge,\n\nThank you for today's categorical interview day. Charlottesville looks wonderful and "
       "I enjoyed meeting Dr. Whitaker. I look forward to the preliminary session tomorrow.\n\nBest,\nLeila")

    # =================================================================== Inova IM (coordinator + SignUpGenius) and prelim (IB, declined)
    inc = ("Sophia Lindgren", "sophia.lindgren@inova.org")
    in_dates = [D("2026-12-14"), D("2026-12-21"), D("2027-01-11")]
    insig = ("Sophia Lindgren | GME Program Coordinator, Internal Medicine\nInova Fairfax Medical Campus\n"
             "3300 Gallows Road, Falls Church, VA 22042\nInova - Inova Schar Cancer Institute - Inova L.J. Murphy "
             "Children's Hospital")
    co("2026-11-17 15:00", "inova-im-interview-invitation", "inova-im", "invitation", inc,
       "Inova Internal Medicine Residency - Interview Invitation",
       "Dear Leila,\n\nCongratulations! On behalf of Dr. Patel and the Inova Internal Medicine Residency (Inova "
       "Fairfax Medical Campus, formerly Inova Fairfax Hospital), I am pleased to invite you to a virtual "
       "interview for our categorical program.\n\nPlease sign up for one of our remaining sessions (" +
       ", ".join(short(x) for x in in_dates) + ") using SignUpGenius:\n"
       "https://www.signupgenius.com/go/70A0D4AAFA92BA2F94-57321541-inova\n\nSlots are limited; please sign up "
       "within 48 hours.\n\nBest,\n" + insig, idates=in_dates, respond_by="within 48 hours",
       deadline=D("2026-11-19"), must=["formerly Inova Fairfax Hospital"])
    signup("2026-11-17 21:40", "signupgenius-inova-im", "inova-im", "Inova IM Residency Interviews 2026-2027",
           "Inova Internal Medicine Residency", in_dates[0], "8:00am - 12:30pm (Virtual)", "Zoom",
           note="Zoom details will be e-mailed by the program.")
    me("2026-12-14 16:40", "sent-thank-you-inova-im", "inova-im", "info", inc, "Thank you, Inova IM",
       "Hi Ms. Lindgren,\n\nThank you for today. I enjoyed learning about the Inova Schar Cancer Institute "
       "rotations and the residents' wellness program.\n\nBest regards,\nLeila Marchetti")
    ip = "Inova Fairfax Medical Campus"
    ip_dates = [D("2026-12-22"), D("2027-01-19")]
    x = ib("2026-11-30 09:05", "interview-broker-invitation", "inova-imp", "invitation",
           "Interview Invitation - Inova Preliminary Medicine", ip, "Inova Preliminary IM PGY-1",
           ["Inova's Preliminary Internal Medicine program invites you to interview for a PGY-1 position.",
            "Please schedule by Friday, December 4."],
           rows=[("Dates", " / ".join(full(x) for x in ip_dates)), ("Format", "Virtual")],
           url="https://www.interviewbroker.com/applicant/schedule/INOVA-PRELIM-27/a9910c", action="Schedule now",
           idates=ip_dates, respond_by="by Friday, December 4", deadline=D("2026-12-04"))
    d1 = me("2026-12-01 20:25", "sent-decline-inova-prelim", "inova-imp", "cancellation", inc,
            "Inova Preliminary Medicine - declining interview",
            "Dear Ms. Lindgren,\n\nThank you very much for the invitation to interview with Inova's Preliminary "
            "Medicine program. I have decided to decline it so that another applicant can have the spot; I remain "
            "very interested in the categorical program, where I interview on December 14.\n\nWith thanks,\n"
            "Leila Marchetti")
    co("2026-12-02 08:40", "re-inova-prelim-decline-acknowledged", "inova-imp", "cancellation", inc,
       "RE: Inova Preliminary Medicine - declining interview",
       "Hi Leila,\n\nThank you for letting us know - I've removed the preliminary invitation. We'll see you on "
       "the 14th for the categorical interview!\n\nSophia\n\n" + insig, irt=d1)

    # =================================================================== Jefferson Abington prelim (coordinator + Calendly)
    ab = ("Tara McGowan", "tara.mcgowan@jefferson.edu")
    ab_dates = [D("2027-01-08"), D("2027-01-22")]
    co("2026-12-08 13:25", "abington-prelim-im-invitation", "abington-imp", "invitation", ab,
       "Preliminary Medicine Interview Invitation - Jefferson Abington Hospital",
       "Dear Ms. Marchetti,\n\nThe Preliminary Internal Medicine Program at Jefferson Abington Hospital (formerly "
       "Abington Memorial Hospital / Abington - Jefferson Health) invites you to interview for a PGY-1 position. "
       "Interviews are virtual on Friday, January 8 and Friday, January 22. Please book through our Calendly "
       "page: https://calendly.com/abington-prelim-im/interview\n\nAbington is a Jefferson Health hospital in "
       "Montgomery County; our program is distinct from the Thomas Jefferson University Hospital residency in "
       "Center City.\n\nRespectfully,\nTara McGowan\nMedical Education Coordinator\nJefferson Abington Hospital\n"
       "1200 Old York Road, Abington, PA 19001", idates=ab_dates, must=["Jefferson Abington Hospital"])
    calendly("2026-12-08 18:10", "calendly-confirmed-abington", "abington-imp", "Abington Preliminary Medicine",
             "Preliminary IM Interview", ab_dates[0], "09:00", 240, "Microsoft Teams",
             uid="cal-abgp-61c2e0e4d1f0a7b3c2",
             answers=[("Which categorical specialty are you applying to?", "Neurology")])
    co("2027-01-07 12:00", "abington-prelim-tomorrow", "abington-imp", "reminder", ab,
       "Tomorrow - Abington Preliminary Medicine virtual interview",
       "Hi everyone,\n\nReminder that your interview is tomorrow, Friday, January 8, starting at 9:00 AM. Teams "
       "link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ABGPRELIM0108\n\nTara", idates=[ab_dates[0]],
       to="abington-prelim-0108@jefferson.edu", html=False)
