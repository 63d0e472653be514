"""Season O, Neurology programs (categorical and advanced)."""
from kit import (ET, NAME, FIRST, D, full, fulln, short, shorty, md, clock, at, mail, me, gq, ical, SIG_SHORT)
from plat import th_invite, th_booked, th_reminder, th_note, ib
from im import co, CONF


def build():
    # =================================================================== RWJ Neurology (home, in person)
    rn = "Rutgers Robert Wood Johnson Medical School - Neurology Residency"
    rn_dates = [D("2026-11-06"), D("2026-11-13"), D("2026-12-04")]
    th_invite("2026-10-19 10:00", "thalamus-interview-invitation", "rwj-neuro", rn,
              ["The Department of Neurology at Rutgers Robert Wood Johnson Medical School is excited to invite you to "
               "interview for our categorical (PGY-1 through PGY-4) Neurology residency.",
               "As an RWJMS student, you may choose to interview in person in New Brunswick; please note your "
               "preference when you schedule."],
              rn_dates, url="https://app.thalamusgme.com/applicant/invitations/7715550", fmt="Hybrid",
              signer="Nadia Haddad\nResidency Coordinator, Department of Neurology\n125 Paterson Street, Suite 6200, "
                     "New Brunswick, NJ 08901", must=["categorical"])
    th_booked("2026-10-19 10:52", "thalamus-interview-scheduled", "rwj-neuro", rn, rn_dates[1], "08:00", "14:00",
              "In-Person", "Clinical Academic Building, 125 Paterson Street, New Brunswick, NJ", uid="th-rwjn-5550")
    rnc = ("Nadia Haddad", "haddadna@rwjms.rutgers.edu")
    co("2026-11-11 09:40", "rwjms-neurology-interview-friday-itinerary", "rwj-neuro", "reminder", rnc,
       "Neurology interview Friday 11/13 - itinerary",
       "Hi Leila,\n\nSee you Friday! Please come to the Department of Neurology suite (CAB 6th floor) at 8:00 AM. "
       "You'll sit in on the stroke team's morning huddle at Robert Wood Johnson University Hospital (a "
       "Comprehensive Stroke Center), then have three faculty interviews and lunch with the residents.\n\n"
       "Our residents also rotate at Saint Peter's University Hospital and the Lyons VA campus; neither is part of "
       "the interview day.\n\nNadia\n\nNadia Haddad\nResidency Coordinator | Department of Neurology\nRutgers "
       "Robert Wood Johnson Medical School", idates=[rn_dates[1]])
    me("2026-11-13 19:02", "sent-thank-you-rwjms-neurology", "rwj-neuro", "info", ("Elena Voss, MD", "vosse@rwjms.rutgers.edu"),
       "Thank you - Neurology interview",
       "Dear Dr. Voss,\n\nThank you for today's interview and for all your mentorship over the past two years. "
       "Seeing the stroke huddle with the residents again reminded me why I chose neurology.\n\nGratefully,\n"
       "Leila", cc=rnc)

    # =================================================================== NYU Neurology (completed) - NYU IM rejected her
    nn = "NYU Grossman School of Medicine - Neurology Residency"
    nn_dates = [D("2026-11-09"), D("2026-11-16"), D("2026-12-07")]
    th_invite("2026-10-23 14:00", "thalamus-interview-invitation", "nyu-neuro", nn,
              ["Thank you for applying to the NYU Langone Neurology Residency. We are pleased to invite you to a "
               "virtual interview. Residents train at NYU Langone's Tisch Hospital, NYC Health + Hospitals/Bellevue "
               "and the Manhattan VA.",
               "Please choose a date within 5 days of this message."],
              nn_dates, url="https://app.thalamusgme.com/applicant/invitations/7720180",
              respond_by="within 5 days of this message", deadline=D("2026-10-28"),
              subject="Invitation to Interview - NYU Neurology", must=["Bellevue"])
    th_booked("2026-10-23 14:30", "thalamus-interview-scheduled", "nyu-neuro", nn, nn_dates[1], "09:00", "14:00",
              "Virtual", "Zoom", uid="th-nyun-0180")
    th_reminder("2026-11-14 10:00", "thalamus-interview-reminder", "nyu-neuro", nn, nn_dates[1], "09:00",
                "https://app.thalamusgme.com/applicant/calendar/event/0180",
                note="The program asks that you keep your camera on during the resident panel.")

    # =================================================================== Mount Sinai Neurology (rejected, Thalamus)
    th_note("2026-11-30 17:00", "thalamus-message-application-status", "msh-neuro", "rejection",
            "Icahn School of Medicine at Mount Sinai - Neurology",
            "Application status: Mount Sinai Neurology Residency",
            ["Thank you for your interest in the Neurology Residency at the Icahn School of Medicine at Mount "
             "Sinai. We regret that we are unable to offer you an interview this year. We received many more "
             "excellent applications than we have interview positions.",
             "We wish you all the best in your residency search."],
            signer="Mount Sinai Neurology Residency Program")

    # =================================================================== Northwell / Zucker Neurology (coordinator)
    nwc = ("Christine Papadakis", "cpapadakis@northwell.edu")
    nw_dates = [D("2026-11-19"), D("2026-12-03"), D("2026-12-17")]
    nw_txt = ("Dear Leila,\n\nOn behalf of Dr. Bhatt and the Neurology Residency at the Donald and Barbara Zucker "
              "School of Medicine at Hofstra/Northwell, I'm pleased to invite you to interview. Our residents train "
              "at North Shore University Hospital (Manhasset) and Long Island Jewish Medical Center (New Hyde Park). "
              "This invitation is for Neurology only - Lenox Hill Hospital and Staten Island University Hospital "
              "run their own (internal medicine) programs.\n\nWe interview on Thursdays:\n"
              + "\n".join(f"  {full(x)}" for x in nw_dates) +
              "\n\nPlease reply with your first choice by Monday, October 26.\n\nBest regards,\nChristine Papadakis\n"
              "Residency Program Coordinator, Department of Neurology\nNorthwell Health | 300 Community Drive, "
              "Manhasset, NY 11030\n\nNorthwell Health - Raising the health of our communities.")
    n1 = co("2026-10-22 10:25", "zucker-northwell-neurology-invitation", "nw-neuro", "invitation", nwc,
            "Northwell Neurology Residency Interview Invitation", nw_txt, idates=nw_dates,
            respond_by="by Monday, October 26", deadline=D("2026-10-26"), must=["North Shore University Hospital"])
    n2 = me("2026-10-22 21:18", "sent-re-northwell-neurology-invitation", "nw-neuro", "scheduled", nwc,
            "Re: Northwell Neurology Residency Interview Invitation",
            "Dear Ms. Papadakis,\n\nThank you for the invitation - I'm delighted. My first choice is Thursday, "
            "November 19.\n\nWarm regards,\nLeila Marchetti", irt=n1,
            quote=gq("2026-10-22 10:25", nwc[0], nwc[1], nw_txt), idates=[nw_dates[0]])
    co("2026-10-23 09:05", "re-northwell-neurology-confirmed", "nw-neuro", "scheduled", nwc,
       "RE: Northwell Neurology Residency Interview Invitation",
       "Hi Leila,\n\nConfirmed for Thursday, November 19 (virtual, 8:30 AM - 1:30 PM). Calendar invite attached."
       "\n\nChristine", irt=n2, idates=[nw_dates[0]],
       cal=ical("nwneuro-1119-lm", at(nw_dates[0], "08:30"), 300, "Zucker/Northwell Neurology Interview",
                "Microsoft Teams", "Neurology residency virtual interview", organizer=nwc,
                prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))

    # =================================================================== Hackensack Neurology (scheduled after as_of)
    hn = "Hackensack University Medical Center - Neurology"
    hn_dates = [D("2027-02-11"), D("2027-02-12")]
    th_invite("2027-01-18 12:00", "thalamus-interview-invitation", "humc-neuro", hn,
              ["The Neurology Residency at Hackensack University Medical Center (Hackensack Meridian School of "
               "Medicine) would like to invite you to interview. This invitation is separate from any Internal "
               "Medicine interview you may have had with HUMC.",
               "Please schedule within one week."],
              hn_dates, url="https://app.thalamusgme.com/applicant/invitations/7880092",
              respond_by="within one week", deadline=D("2027-01-25"))
    th_booked("2027-01-18 19:47", "thalamus-interview-scheduled", "humc-neuro", hn, hn_dates[0], "08:30", "13:00",
              "Virtual", "Zoom", uid="th-humcn-0092")

    # =================================================================== Penn Neurology (waitlist -> slot -> completed)
    pnc = ("Penn Neurology Residency", "neurores@pennmedicine.upenn.edu")
    co("2026-11-03 16:20", "penn-neurology-interview-waitlist", "penn-neuro", "waitlist", pnc,
       "Penn Neurology - Interview Waitlist",
       "Dear Leila,\n\nThank you for applying to the Neurology Residency at the University of Pennsylvania. "
       "All of our interview dates are currently filled, but we would like to place you on our interview "
       "waitlist. Openings will be announced through Thalamus to all waitlisted applicants at once.\n\nOur "
       "residents train at the Hospital of the University of Pennsylvania, Pennsylvania Hospital, Penn "
       "Presbyterian Medical Center and the Corporal Michael J. Crescenz VA Medical Center.\n\nWith best wishes,\n"
       "Penn Neurology Residency Program\nPerelman School of Medicine | 3400 Spruce Street, 3 Gates, Philadelphia, "
       "PA 19104", must=["Hospital of the University of Pennsylvania"])
    pn = "Hospital of the University of Pennsylvania - Neurology"
    th_invite("2026-12-28 11:30", "thalamus-waitlist-date-available", "penn-neuro", pn,
              ["An interview date has opened for the Neurology Residency at the Hospital of the University of "
               "Pennsylvania. Everyone on the waitlist is receiving this message; the first applicant to accept "
               "will be scheduled."],
              [D("2027-01-13")], url="https://app.thalamusgme.com/applicant/invitations/7715001",
              subject="Interview date available - " + pn)
    th_booked("2026-12-28 11:34", "thalamus-interview-scheduled", "penn-neuro", pn, D("2027-01-13"), "08:00", "13:00",
              "Virtual", "Zoom", uid="th-pennn-5001")
    me("2027-01-13 18:12", "sent-thank-you-penn-neurology", "penn-neuro", "info", pnc, "Thank you - Penn Neurology",
       "Dear Penn Neurology team,\n\nThank you for the interview today and for offering me the waitlist spot. "
       "Please pass on my thanks to Dr. Osterman and Dr. Nwosu.\n\nSincerely,\nLeila Marchetti")

    # =================================================================== Jefferson Neurology (Interview Broker)
    jn = "Thomas Jefferson University Hospital"
    jn_dates = [D("2026-12-08"), D("2026-12-15"), D("2027-01-05")]
    ib("2026-11-09 08:15", "interview-broker-invitation", "tju-neuro", "invitation",
       "Jefferson Neurology Residency - Interview Invitation", jn, "Neurology Categorical 2027",
       ["Thank you for applying to the Jefferson Neurology Residency, based at the Vickie and Jack Farber "
        "Institute for Neuroscience at Thomas Jefferson University Hospital. We would like to invite you to "
        "interview (virtual).",
        "Please schedule within 72 hours."],
       rows=[("Dates", "; ".join(shorty(x) for x in jn_dates))],
       url="https://www.interviewbroker.com/applicant/schedule/TJU-NEURO-27/77ab01", action="Schedule interview",
       respond_by="within 72 hours", deadline=D("2026-11-12"), idates=jn_dates,
       signer="Danielle Russo, Neurology Residency Coordinator", must=["Vickie and Jack Farber Institute"])
    ib("2026-11-09 08:40", "interview-broker-scheduled", "tju-neuro", "scheduled",
       "Interview Confirmed - Jefferson Neurology", jn, "Neurology Categorical 2027",
       ["Your interview has been confirmed."],
       rows=[("Date", full(jn_dates[0])), ("Time", "8:00 AM - 12:30 PM Eastern"), ("Format", "Virtual (Zoom)")],
       idates=[jn_dates[0]],
       cal=ical("ib-tju-neuro-77ab0", at(jn_dates[0], "08:00"), 270, "Jefferson Neurology Interview", "Zoom",
                "Interview Broker booking", organizer=("Interview Broker", "no-reply@interviewbroker.com")))

    # =================================================================== Johns Hopkins Neurology (rejected)
    co("2026-12-01 18:45", "hopkins-neurology-application-decision", "jhh-neuro", "rejection",
       ("Johns Hopkins Neurology Residency", "neurologyresidency@jhmi.edu"),
       "Johns Hopkins Neurology Residency Application",
       "Dear Leila Marchetti,\n\nThank you for applying to the Neurology Residency Program at The Johns Hopkins "
       "Hospital. Following a careful review, we are sorry to inform you that we are unable to offer you an "
       "interview.\n\nWe appreciate your interest in JHH Neurology and wish you success.\n\nSincerely,\n"
       "Neurology Residency Selection Committee\nJohns Hopkins University School of Medicine\n600 N. Wolfe Street, "
       "Meyer 6-113, Baltimore, MD 21287", must=["Johns Hopkins Hospital"])

    # =================================================================== VCU Neurology (in person, Richmond)
    vn = "Virginia Commonwealth University - Neurology Residency"
    vn_dates = [D("2027-01-11"), D("2027-01-25")]
    th_invite("2026-12-03 12:00", "thalamus-interview-invitation", "vcu-neuro", vn,
              ["The VCU Neurology Residency Program is pleased to invite you for an in-person interview at VCU "
               "Medical Center in Richmond, Virginia.",
               "Please respond by Tuesday, December 8."],
              vn_dates, url="https://app.thalamusgme.com/applicant/invitations/7799214", fmt="In-Person",
              respond_by="by Tuesday, December 8", deadline=D("2026-12-08"),
              signer="LaToya Simms, Program Coordinator")
    th_booked("2026-12-03 12:26", "thalamus-interview-scheduled", "vcu-neuro", vn, vn_dates[0], "08:00", "15:00",
              "In-Person", "Gateway Building, 1200 E. Marshall St., Richmond, VA", uid="th-vcun-9214", minutes=420)
    vnc = ("LaToya Simms", "latoya.simms@vcuhealth.org")
    co("2027-01-04 11:10", "vcu-neurology-interview-day-logistics", "vcu-neuro", "info", vnc,
       "VCU Neurology Interview Day - Monday, January 11",
       "Hello Leila,\n\nWe are excited to host you on Monday, January 11. Please check in at the Gateway Building "
       "lobby (1200 E. Marshall Street) at 8:00 AM. The day includes a tour of VCU Medical Center's neuroscience "
       "ICU and of the Central Virginia VA Health Care System (Richmond VA Medical Center), where residents "
       "rotate.\n\nThe resident dinner is Sunday, January 10 at 6:30 PM at Lemaire (The Jefferson Hotel). "
       "Parking: Larrick Student Center deck.\n\nBest,\nLaToya Simms\nProgram Coordinator | Department of "
       "Neurology\nVCU Health | Virginia Commonwealth University School of Medicine\n\n" + CONF,
       idates=[vn_dates[0]], must=["Central Virginia VA Health Care System"])
    me("2027-01-11 20:45", "sent-thank-you-vcu-neurology", "vcu-neuro", "info", vnc, "Thank you - VCU Neurology",
       "Hi Ms. Simms,\n\nThank you for a wonderful visit to Richmond and for organizing the dinner last night. "
       "VCU felt like a great fit.\n\nBest,\nLeila", sig=SIG_SHORT)

    # =================================================================== GW Neurology advanced (coordinator)
    gnc = ("Marcus Ellington", "mellington@mfa.gwu.edu")
    gn_dates = [D("2027-01-14"), D("2027-01-21")]
    gn_txt = ("Dear Ms. Marchetti,\n\nThank you for your application to the GW Neurology Residency (advanced "
              "positions, PGY-2 start in July 2028). I am pleased to invite you to a virtual interview on either "
              f"{fulln(gn_dates[0])} or {fulln(gn_dates[1])}.\n\nBecause these are advanced positions, you will "
              "need a separate preliminary or transitional PGY-1 year; GW's own Internal Medicine program "
              "interviews separately.\n\nPlease reply with your choice by Friday, December 11.\n\nThank you,\n"
              "Marcus Ellington\nProgram Coordinator, Neurology Residency\nThe George Washington University\n"
              "2150 Pennsylvania Avenue NW, 9th Floor, Washington, DC 20037")
    g1 = co("2026-12-07 09:35", "gw-neurology-advanced-interview-invitation", "gwu-neuro", "invitation", gnc,
            "GWU Neurology (Advanced) - Interview Invitation", gn_txt, idates=gn_dates,
            respond_by="by Friday, December 11", deadline=D("2026-12-11"), must=["advanced"])
    g2 = me("2026-12-07 13:02", "sent-re-gw-neurology-advanced", "gwu-neuro", "scheduled", gnc,
            "Re: GWU Neurology (Advanced) - Interview Invitation",
            "Dear Mr. Ellington,\n\nThank you for the invitation! I would like to interview on Thursday, "
            "January 14.\n\nBest regards,\nLeila Marchetti", irt=g1,
            quote=gq("2026-12-07 09:35", gnc[0], gnc[1], gn_txt), idates=[gn_dates[0]])
    co("2026-12-08 10:20", "re-gw-neurology-confirmed", "gwu-neuro", "scheduled", gnc,
       "RE: GWU Neurology (Advanced) - Interview Invitation",
       "Dear Ms. Marchetti,\n\nYou are confirmed for Thursday, January 14, 2027 (virtual). The Webex link and "
       "agenda will follow in early January.\n\nMarcus Ellington\nGW Neurology", irt=g2, idates=[gn_dates[0]],
       html=False)
    me("2027-01-14 17:30", "sent-thank-you-gw-neurology", "gwu-neuro", "info", gnc, "Thank you - GW Neurology",
       "Dear Mr. Ellington,\n\nThank you for organizing today's interview. I enjoyed meeting the residents and "
       "learning about the GW Comprehensive Stroke Center.\n\nSincerely,\nLeila Marchetti")

    # =================================================================== MedStar Georgetown Neurology advanced (Thalamus)
    mn = "MedStar Georgetown University Hospital - Neurology (Advanced)"
    mn_dates = [D("2027-01-05"), D("2027-01-12")]
    th_invite("2026-11-23 13:00", "thalamus-interview-invitation", "medgu-neuro", mn,
              ["The Georgetown University Neurology Residency at MedStar Georgetown University Hospital invites you "
               "to interview for an advanced (PGY-2) position. Residents spend time at MGUH, MedStar Washington "
               "Hospital Center's stroke service and MedStar National Rehabilitation Hospital.",
               "Please reply in Thalamus within 72 hours."],
              mn_dates, url="https://app.thalamusgme.com/applicant/invitations/7770561",
              respond_by="within 72 hours", deadline=D("2026-11-26"))
    th_booked("2026-11-23 13:18", "thalamus-interview-scheduled", "medgu-neuro", mn, mn_dates[0], "09:00", "13:30",
              "Virtual", "Zoom", uid="th-mguhn-0561")
    th_reminder("2027-01-03 10:00", "thalamus-interview-reminder", "medgu-neuro", mn, mn_dates[0], "09:00",
                "https://app.thalamusgme.com/applicant/calendar/event/0561")

    # =================================================================== UVA Neurology advanced (scheduled after as_of)
    un = "University of Virginia - Neurology (Advanced)"
    un_dates = [D("2027-02-10"), D("2027-02-17")]
    th_invite("2027-01-15 12:00", "thalamus-interview-invitation", "uva-neuro", un,
              ["The UVA Neurology Residency is pleased to invite you to interview for an advanced position "
               "beginning at the PGY-2 level. This is separate from the UVA Internal Medicine interviews.",
               "Interviews are virtual. Please choose a date by Wednesday, January 20."],
              un_dates, url="https://app.thalamusgme.com/applicant/invitations/7866030",
              respond_by="by Wednesday, January 20", deadline=D("2027-01-20"),
              signer="UVA Department of Neurology, Charlottesville, Virginia")
    th_booked("2027-01-15 12:31", "thalamus-interview-scheduled", "uva-neuro", un, un_dates[0], "08:30", "13:00",
              "Virtual", "Zoom", uid="th-uvan-6030")
