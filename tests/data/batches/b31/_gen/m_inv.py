"""Invitations (22): Thalamus 6, ERAS 5, Interview Broker 3, program e-mail 8 (one a self-forward)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ------------------------------------------------------------------ Thalamus (6)
@reg
def inv_thal_mghmclean_psych():
    sent = at(UTC, "2026-10-14T15:02:00")
    ds = [iv("2026-11-09"), iv("2026-11-16"), iv("2026-12-07"), iv("2027-01-11")]
    url = "https://app.thalamusgme.com/interviews/invitations/8b31e2"
    thalamus("b31-inv-thal-mghmclean-psych.eml",
             lab("invitation", "Massachusetts General Hospital/McLean Hospital", "thalamus", PSY, None, "virtual",
                 ds, plus(sent, hours=72), url),
             sent, "You have a new interview invitation",
             "Interview invitation",
             "Massachusetts General Hospital/McLean Hospital has invited you to interview for its Adult Psychiatry "
             "Residency. Choose an interview date in Thalamus within 72 hours of this notice; after that window the "
             "invitation may lapse and the program can release your place.",
             rows=[("Program", "Massachusetts General Hospital/McLean Hospital \u2013 Adult Psychiatry"),
                   ("Specialty", "Psychiatry"), ("Interview type", "Virtual"),
                   ("Dates", " \u00b7 ".join(wn(x) for x in ds[:3]) + f" \u00b7 {w(ds[3])}")],
             note="We are delighted to extend this invitation. Interview days run on Zoom from 8:30 AM to 3:00 PM "
                  "Eastern and include a virtual walk-through of the Bulfinch building and McLean\u2019s Belmont "
                  "campus. The evening before each date, residents host an informal video social; a link arrives "
                  "once you schedule. Please note that the MGH/McLean program is separate from the Brigham and "
                  "Women\u2019s psychiatry residency, even though both belong to Mass General Brigham.\n\n"
                  "\u2014 Residency Office, MGH/McLean Adult Psychiatry Residency",
             button="View invitation", url=url)


@reg
def inv_thal_zucker_psych():
    sent = at(UTC, "2026-10-20T13:30:00")
    ds = [iv("2026-11-18"), iv("2026-12-02"), iv("2026-12-16"), iv("2027-01-13")]
    url = "https://app.thalamusgme.com/interviews/invitations/c40f11"
    thalamus("b31-inv-thal-zucker-psych.eml",
             lab("invitation", "Zucker School of Medicine at Hofstra/Northwell at Zucker Hillside Hospital",
                 "thalamus", PSY, None, "in_person", ds, plus(sent, days=5), url),
             sent, "Interview invitation \u2013 Psychiatry",
             "You\u2019re invited!",
             "Zucker School of Medicine at Hofstra/Northwell at Zucker Hillside Hospital would like to interview you. "
             "You have 5 days from the time this message was sent to select a date in Thalamus.",
             rows=[("Program", "Zucker School of Medicine at Hofstra/Northwell at Zucker Hillside Hospital"),
                   ("Specialty", "Psychiatry"), ("Interview type", "In-Person"),
                   ("Available dates", "; ".join(W(x) for x in ds))],
             note="Congratulations, and thank you for your interest in Zucker Hillside! This season all interviews "
                  "are on our Glen Oaks campus, 75-59 263rd Street, Glen Oaks, NY. Check in at 7:45 AM at the "
                  "Kaufmann Building; the day ends around 2:30 PM. Free parking is available in Lot 4.\n\n"
                  "Northwell sponsors more than one psychiatry residency. Our colleagues at Staten Island University "
                  "Hospital run their own program and interview separately.",
             button="Schedule interview", url=url)


@reg
def inv_thal_umd_psych():
    sent = at(UTC, "2026-10-27T16:45:00")
    ds = [iv("2026-11-20"), iv("2026-12-11"), iv("2027-01-08"), iv("2027-01-22")]
    url = "https://app.thalamusgme.com/interviews/invitations/e2a907"
    thalamus("b31-inv-thal-umd-psych.eml",
             lab("invitation", "University of Maryland Medical Center", "thalamus", PSY, None, "hybrid", ds,
                 plus(sent, hours=96), url),
             sent, "New invitation to interview",
             "Interview invitation",
             "University of Maryland Medical Center has sent you an interview invitation for Psychiatry. Please "
             "respond within 96 hours.",
             rows=[("Program", "University of Maryland Medical Center \u2013 Psychiatry"),
                   ("Interview type", "Hybrid"),
                   ("Dates", ", ".join(f"{x:%a} {num(x)}" for x in ds))],
             note="Thank you for applying to the University of Maryland/Sheppard Pratt Psychiatry Residency Program. "
                  "Each Friday is offered both on site in Baltimore and on Zoom; you pick in person or virtual when "
                  "you book, and the schedule is the same either way. Residents rotate at the University of Maryland "
                  "Medical Center downtown, Sheppard Pratt in Towson and the Baltimore VA Medical Center.\n\n"
                  "Warmly,\nOffice of Psychiatry Residency Training, University of Maryland School of Medicine",
             button="Respond now", url=url)


@reg
def inv_thal_chop_peds():
    sent = at(UTC, "2026-10-06T14:00:00")
    ds = [iv("2026-10-29"), iv("2026-11-12"), iv("2026-12-03"), iv("2026-12-17"), iv("2027-01-07")]
    url = "https://app.thalamusgme.com/interviews/invitations/1fd3c8"
    thalamus("b31-inv-thal-chop-peds.eml",
             lab("invitation", "CHOP", "thalamus", PEDS, None, "virtual", ds, plus(sent, hours=48), url),
             sent, "Interview invitation from CHOP Pediatrics",
             "You have been invited to interview",
             "CHOP Pediatrics invited you to interview. Spots are first come, first served; please choose a date "
             "within 48 hours.",
             rows=[("Program", "CHOP Pediatrics"), ("Format", "Virtual"),
                   ("Thursdays", " | ".join(f"{x:%a} {x:%b} {x.day}" for x in ds[:4]) + f" | {w(ds[4])}")],
             note="Hello from Philadelphia! Our virtual interview days start at 9:00 AM ET with a welcome from the "
                  "program leadership and finish with a resident-run hangout at 2:00 PM. We\u2019ll send Zoom "
                  "details a week before your date. Questions? Write to us at pedsresidency@chop.edu.\n\n"
                  "The CHOP Pediatric Residency Team",
             button="Pick a date", url=url)


@reg
def inv_thal_pennstate_pmr():
    sent = at(UTC, "2026-11-02T17:20:00")
    ds = [iv("2026-12-04"), iv("2026-12-11"), iv("2027-01-08"), iv("2027-01-15")]
    url = "https://app.thalamusgme.com/interviews/invitations/77ac02"
    thalamus("b31-inv-thal-pennstate-pmr.eml",
             lab("invitation", "Penn State Health Milton S. Hershey Medical Center", "thalamus", PMR, "categorical",
                 "virtual", ds, plus(sent, days=7), url),
             sent, "Invitation: Physical Medicine & Rehabilitation",
             "New interview invitation",
             "Penn State Health Milton S. Hershey Medical Center has invited you to interview. You can accept within "
             "7 days of receiving this e-mail.",
             rows=[("Program", "Penn State Health Milton S. Hershey Medical Center"),
                   ("Specialty", "Physical Medicine & Rehabilitation"), ("Position", "Categorical (PGY-1)"),
                   ("Interview type", "Virtual"), ("Dates", "; ".join(Wn(x) for x in ds[:2]) + "; "
                                                   + "; ".join(W(x) for x in ds[2:]))],
             note="We enjoyed your application and look forward to meeting you on Zoom. The day runs 8 AM\u20131 PM "
                  "and includes time with our residents at Penn State Health Rehabilitation Hospital. A reminder: "
                  "we are Penn State in Hershey, not Penn Medicine in Philadelphia and not UPMC in Pittsburgh \u2014 "
                  "applicants mix us up every year!",
             button="Accept and schedule", url=url)


@reg
def inv_thal_hup_derm():
    sent = at(UTC, "2026-11-10T21:00:00")
    ds = [iv("2026-12-14"), iv("2027-01-06")]
    url = "https://app.thalamusgme.com/interviews/invitations/hd4410"
    thalamus("b31-inv-thal-hup-derm.eml",
             lab("invitation", "HUP", "thalamus", DERM, None, "in_person", ds, plus(sent, hours=24), url),
             sent, "Invitation to interview \u2013 Dermatology",
             "Interview invitation",
             "HUP Dermatology Residency has invited you to interview. Dermatology invitations were released at "
             "4:00 PM ET today; please respond within 24 hours.",
             rows=[("Program", "HUP Dermatology Residency"), ("Interview type", "In-Person"),
                   ("Dates", f"{W(ds[0])} or {W(ds[1])}")],
             note="Interviews take place in person at the Perelman Center for Advanced Medicine, 3400 Civic Center "
                  "Blvd. Plan for 7:30 AM to 1:00 PM. Please book your slot soon; we release unclaimed ones.\n\n"
                  "HUP Dermatology",
             button="Book a slot", url=url)


# ------------------------------------------------------------------ ERAS (5)
def eras_grid(ds, slots=None):
    return (["Date", "Day", "Session"],
            [[num(x), f"{x:%A}", (slots or "8:00 AM - 12:30 PM ET")] for x in ds])


@reg
def inv_eras_siuh_psych():
    sent = at(ET, "2026-10-22T10:05:00")
    ds = [iv("2026-11-19"), iv("2026-12-10"), iv("2027-01-14")]
    dl = at(ET, "2026-10-29T23:59")
    eras("b31-inv-eras-siuh-psych.eml",
         lab("invitation", "Zucker School of Medicine at Hofstra/Northwell at Staten Island University Hospital",
             "eras", PSY, None, "virtual", ds, dl, MYERAS_URL),
         sent, "Interview Invitation - Psychiatry", "You have received an interview invitation",
         "Zucker School of Medicine at Hofstra/Northwell at Staten Island University Hospital Program (Psychiatry) "
         "has invited you to interview. Dates are listed below. Select one in the MyERAS Interview Scheduler.\n\n"
         "Message from the program:\n"
         "Thank you for your interest in psychiatry training on Staten Island. Our interviews this year are virtual "
         "on Thursday mornings. This is a separate program from the psychiatry residency at Zucker Hillside "
         "Hospital in Glen Oaks.",
         grid=eras_grid(ds),
         after=f"Freeze Date: {num(dl.date())} 11:59 PM ET. After the Freeze Date you can only cancel, not book "
               f"or change, through MyERAS.")


@reg
def inv_eras_hasbro_peds():
    sent = at(ET, "2026-10-15T11:40:00")
    ds = [iv("2026-11-05"), iv("2026-11-19"), iv("2026-12-10"), iv("2027-01-07")]
    dl = at(ET, "2026-10-21T17:00")
    eras("b31-inv-eras-hasbro-peds.eml",
         lab("invitation", "Brown University Health", "eras", PEDS, None, "virtual", ds, dl, MYERAS_URL),
         sent, "ERAS: Interview Invitation", "Interview invitation received",
         "Brown University Health/Rhode Island Hospital Program (Pediatrics) would like to schedule an interview "
         "with you.\n\n"
         "Message from the program:\n"
         "Greetings from Hasbro Children\u2019s Hospital in Providence! Brown University Health (formerly Lifespan) "
         "is delighted to invite you to a virtual interview for our Pediatrics residency. Each session starts at "
         "8:15 AM and includes a noon conference with our interns. Please schedule by 5:00 PM ET on "
         f"{Wn(dl.date())}.",
         grid=eras_grid(ds, "8:15 AM - 1:30 PM ET"))


@reg
def inv_eras_jhu_neuro():
    sent = at(ET, "2026-10-28T09:00:00")
    ds = [iv("2026-11-30"), iv("2026-12-14"), iv("2027-01-11"), iv("2027-01-25")]
    dl = at(ET, "2026-11-06T23:59")
    eras("b31-inv-eras-jhu-neuro.eml",
         lab("invitation", "Johns Hopkins University", "eras", NEURO, "categorical", "virtual", ds, dl, MYERAS_URL),
         sent, "Interview Invitation", "Interview invitation",
         "Johns Hopkins University Program (Neurology - Categorical) has extended an interview invitation to "
         "you.\n\n"
         "Message from the program:\n"
         "The Department of Neurology at Johns Hopkins is pleased to invite you to interview for our categorical "
         "position, which includes the PGY-1 year in internal medicine on the Osler service. All interviews are "
         "virtual and run on Mondays. Residents rotate at The Johns Hopkins Hospital and Johns Hopkins Bayview "
         "Medical Center.",
         grid=(["Interview date", "Time"], [[f"{x:%a} {num(x)}", "9:00 AM - 2:00 PM Eastern"] for x in ds]),
         after=f"Please respond by {num(dl.date())} 11:59 PM ET.")


@reg
def inv_eras_ynhh_surgprelim():
    sent = at(ET, "2026-11-09T14:10:00")
    ds = [iv("2026-12-09"), iv("2027-01-06"), iv("2027-01-20")]
    dl = at(ET, "2026-11-16T12:00")
    eras("b31-inv-eras-ynhh-surgprelim.eml",
         lab("invitation", "Yale New Haven Hospital", "eras", SURG, "preliminary", "virtual", ds, dl, MYERAS_URL),
         sent, "Interview Invitation - Surgery-Preliminary", "Interview invitation",
         "Yale New Haven Hospital Program (Surgery - Preliminary) has invited you to interview.\n\n"
         "Message from the program:\n"
         "Thank you for applying to the preliminary surgery year at Yale New Haven Hospital. Prelim interviews are "
         "short virtual sessions on Wednesday afternoons, 1:00\u20133:30 PM. Interns work at both the York Street "
         "Campus and the Saint Raphael Campus, and at Bridgeport Hospital for one block.",
         grid=eras_grid(ds, "1:00 PM - 3:30 PM ET"),
         after=f"Schedule by {num(dl.date())} 12:00 PM ET.")


@reg
def inv_eras_upmcmercy_ty():
    sent = at(ET, "2026-11-04T08:30:00")
    ds = [iv("2026-12-01"), iv("2026-12-15"), iv("2027-01-12")]
    dl = at(ET, "2026-11-13T23:59")
    eras("b31-inv-eras-upmcmercy-ty.eml",
         lab("invitation", "UPMC Mercy", "eras", TY, None, "virtual", ds, dl, MYERAS_URL),
         sent, "Interview Invitation - Transitional Year", "You have an interview invitation",
         "UPMC Mercy Program (Transitional Year) has invited you to interview.\n\n"
         "Message from the program:\n"
         "Our TY interviews are held on Zoom on Tuesday mornings. The year includes rotations at UPMC Mercy and at "
         "UPMC Presbyterian, plus electives in PM&R, neurology and dermatology, which suits applicants headed to "
         "advanced positions.",
         grid=(["Date", "Day"], [[num(x), f"{x:%a}"] for x in ds]),
         after=f"Freeze Date: {num(dl.date())} 11:59 PM ET")


# ------------------------------------------------------------------ Interview Broker (3)
@reg
def inv_ib_upmc_pmr():
    sent = at(ET, "2026-10-23T12:00:00")
    ds = [iv("2026-11-13"), iv("2026-12-04"), iv("2026-12-18"), iv("2027-01-15")]
    dl = at(ET, "2026-10-30T17:00")
    url = "https://www.interviewbroker.com/applicant/invite/UPMC-PMR-27-A-38210"
    ibroker("b31-inv-ib-upmc-pmr.eml",
            lab("invitation", "University of Pittsburgh Medical Center", "interview_broker", PMR, "advanced",
                "virtual", ds, dl, url),
            sent, "Interview Invitation: UPMC Physical Medicine & Rehabilitation (Advanced)",
            "University of Pittsburgh Medical Center (UPMC) \u2013 PM&R Advanced",
            f"Dear {FIRST} {LAST},\n\n"
            "Congratulations! The Department of Physical Medicine and Rehabilitation at the University of "
            "Pittsburgh Medical Center (UPMC) invites you to interview for an advanced (PGY-2) position. All "
            "interviews are held virtually on Fridays from 8:00 AM to 1:00 PM Eastern Time.\n\n"
            f"Please select an available session by {num(dl.date())} at 5:00 PM Eastern Time.",
            grid=(["Date", "Day", "Open"], [[num(x), f"{x:%A}", str(n)] for x, n in zip(ds, (6, 8, 8, 10))]),
            url=url, button="Select an interview date",
            after="Residents train at UPMC Mercy, UPMC Presbyterian and the UPMC Rehabilitation Institute, and "
                  "rotate at the VA Pittsburgh Healthcare System.",
            reply_to=a("UPMC PM&R Residency", "pmrresidency@upmc.edu"))


@reg
def inv_ib_sinai_neuro():
    sent = at(ET, "2026-10-19T10:15:00")
    ds = [iv("2026-11-17"), iv("2026-12-01"), iv("2026-12-15"), iv("2027-01-12")]
    dl = at(ET, "2026-10-23T23:59")
    url = "https://www.interviewbroker.com/applicant/invite/ISMMS-NEURO-C-55917"
    ibroker("b31-inv-ib-sinai-neuro.eml",
            lab("invitation", "Icahn School of Medicine at Mount Sinai", "interview_broker", NEURO, "categorical",
                "virtual", ds, dl, url),
            sent, "Mount Sinai Neurology - Invitation to Interview",
            "Icahn School of Medicine at Mount Sinai \u2013 Neurology (Categorical)",
            f"Dear Dr. (soon!) {LAST},\n\n"
            "On behalf of the Department of Neurology at the Icahn School of Medicine at Mount Sinai, we are "
            "happy to invite you to interview for our categorical neurology residency. Interviews are virtual and "
            "take place on Tuesdays.\n\n"
            f"Kindly book a date by 11:59 PM ET on {Wn(dl.date())}. Our preliminary medicine positions are "
            "handled in a separate campaign; if you also applied for those, you will receive a separate message.",
            grid=(None, [[f"{x:%A} {num(x)}", "8:30 AM - 1:00 PM ET"] for x in ds]),
            url=url, button="Schedule now",
            reply_to=a("Mount Sinai Neurology Residency", "neurology.residency@mountsinai.org"))


@reg
def inv_ib_sinai_imprelim():
    sent = at(ET, "2026-11-12T15:40:00")
    ds = [iv("2026-12-08"), iv("2027-01-05"), iv("2027-01-19")]
    dl = at(ET, "2026-11-19T17:00")
    url = "https://www.interviewbroker.com/applicant/invite/ISMMS-IM-PRELIM-60234"
    ibroker("b31-inv-ib-sinai-imprelim.eml",
            lab("invitation", "Icahn School of Medicine at Mount Sinai", "interview_broker", IM, "preliminary",
                "virtual", ds, dl, url),
            sent, "Invitation to Interview - Internal Medicine Preliminary",
            "Icahn School of Medicine at Mount Sinai \u2013 Internal Medicine, Preliminary",
            f"Hello {FIRST},\n\n"
            "The Internal Medicine Residency at the Icahn School of Medicine at Mount Sinai invites you to "
            "interview for a one-year preliminary position. Interviews are virtual (Zoom) and last about three "
            "hours. Prelim interns spend the year at The Mount Sinai Hospital and the James J. Peters VA Medical "
            "Center in the Bronx.\n\n"
            f"Choose a date by {num(dl.date())} 5:00 PM Eastern. Slots are limited.",
            grid=(["Date", "Weekday", "Start"], [[num(x), f"{x:%a}", "12:30 PM"] for x in ds]),
            url=url, button="Select a date")


# ------------------------------------------------------------------ program e-mail (8)
@reg
def inv_email_bwh_psych():
    sent = at(ET, "2026-10-16T09:48:00")
    ds = [iv("2026-11-06"), iv("2026-11-20"), iv("2026-12-04"), iv("2027-01-08")]
    dl = at(ET, "2026-10-21T17:00")
    url = "https://forms.gle/B7wHnqP2xLr4ZsK86"
    plain = (
        f"Dear {FIRST},\n\n"
        "Thank you for applying to the Brigham and Women\u2019s Hospital Psychiatry Residency. I\u2019m writing on "
        "behalf of our Training Director to invite you for an interview this fall.\n\n"
        "Our interview days are virtual and take place on Fridays, 9:00 a.m. to 2:30 p.m. Eastern. You\u2019ll "
        "meet with three faculty interviewers, hear about our tracks in global mental health and "
        "neuropsychiatry, and spend the lunch hour with residents. We have a few openings left on each of the "
        "following dates:\n\n"
        + "\n".join(f"\u2022 {W(x)}" for x in ds) + "\n\n"
        f"To pick a date, please complete our Google Form by 5 p.m. on {Wn(dl.date())}:\n{url}\n\n"
        "Just a heads-up, since we hear this often: our program is independent from the MGH/McLean residency, "
        "though we are both part of Mass General Brigham and occasionally share didactics.\n\n"
        "Best wishes,\n"
        "Tamsin Oduya-Reilly\n"
        "Residency Program Manager\n"
        "Department of Psychiatry | Brigham and Women\u2019s Hospital\n"
        "60 Fenwood Road, Boston, MA 02115\n"
        "Mass General Brigham")
    emit("b31-inv-email-bwh-psych.eml",
         lab("invitation", "Brigham and Women\u2019s Hospital", "email", PSY, None, "virtual", ds, dl, url),
         a("Oduya-Reilly, Tamsin", "toduyareilly@bwh.harvard.edu"),
         "BWH Psychiatry Residency \u2013 Interview Invitation", sent, plain, "outlook")


@reg
def inv_email_nypcol_psych():
    sent = at(ET, "2026-10-09T16:22:00")
    ds = [iv("2026-11-10"), iv("2026-12-01"), iv("2026-12-15"), iv("2027-01-12")]
    dl = at(ET, "2026-10-15T12:00")
    plain = (
        f"Dear Ms. {LAST},\n\n"
        "We are pleased to invite you to interview with the Adult Psychiatry Residency Training Program at "
        "NewYork-Presbyterian Hospital/Columbia University Irving Medical Center.\n\n"
        "This year we are welcoming applicants in person at the New York State Psychiatric Institute, 1051 "
        "Riverside Drive, in Washington Heights. The day begins at 8:00 a.m. with breakfast and ends by 3:30 p.m. "
        "after a tour of the Milstein Hospital Building and the Allen Hospital.\n\n"
        "Interview dates (Tuesdays):\n"
        + "\n".join(f"  {mdy(x)}" for x in ds) + "\n\n"
        f"Please reply to this e-mail with your top three dates, in order of preference, no later than 12:00 "
        f"noon on {Wn(dl.date())}. We will confirm your date by e-mail.\n\n"
        "Please note that the psychiatry residency at NewYork-Presbyterian/Weill Cornell Medical Center is a "
        "separate program on the Upper East Side with its own selection process.\n\n"
        "Sincerely,\n\n"
        "Graciela Montalvo-Baptiste\n"
        "Residency Program Coordinator\n"
        "Department of Psychiatry, Columbia University Vagelos College of Physicians and Surgeons\n"
        "NewYork-Presbyterian Hospital/Columbia University Irving Medical Center\n"
        "1051 Riverside Drive, Unit 103, New York, NY 10032")
    emit("b31-inv-email-nypcol-psych.eml",
         lab("invitation", "NewYork-Presbyterian Hospital/Columbia University Irving Medical Center", "email", PSY,
             None, "in_person", ds, dl),
         a("Montalvo-Baptiste, Graciela", "gm2871@cumc.columbia.edu"),
         "Columbia Psychiatry Residency - Interview Invitation", sent, plain, "outlook")


@reg
def inv_email_bcrp_peds():
    sent = at(ET, "2026-10-08T13:15:00")
    ds = [iv("2026-10-30"), iv("2026-11-13"), iv("2026-12-04"), iv("2026-12-18"), iv("2027-01-08")]
    dl = at(ET, "2026-10-12T23:59")
    url = "https://www.signupgenius.com/go/5080E4CADA72AA2FE3-bcrp2027"
    plain = (
        f"Dear {FIRST},\n\n"
        "Congratulations! We are thrilled to invite you to interview with the Boston Combined Residency Program "
        "in Pediatrics (BCRP), the joint pediatrics residency of Boston Children's Hospital/Boston Medical "
        "Center.\n\n"
        "All of our interview days are virtual this year. Each day runs from 9:30 a.m. to 3:00 p.m. ET and "
        "includes a morning report with residents, two faculty interviews and a virtual walk between the Longwood "
        "campus of Boston Children's and the BMC Menino Pavilion in the South End.\n\n"
        "Available Fridays:\n"
        + "\n".join(f"- {Wn(x)}" for x in ds[:4]) + f"\n- {W(ds[4])}\n\n"
        f"Please sign up for one date on our SignUpGenius by 11:59 p.m. ET on {Wn(dl.date())}:\n{url}\n\n"
        "Warmly,\n"
        "The BCRP Chief Residents and Program Office\n"
        "Boston Children's Hospital | 300 Longwood Avenue, Boston, MA 02115\n"
        "Boston Medical Center | One Boston Medical Center Place, Boston, MA 02118")
    emit("b31-inv-email-bcrp-peds.eml",
         lab("invitation", "Boston Children's Hospital/Boston Medical Center", "email", PEDS, None, "virtual", ds,
             dl, url),
         a("BCRP Program Office", "bcrp@childrens.harvard.edu"),
         "Interview Invitation - Boston Combined Residency Program", sent, plain, "web")


@reg
def inv_email_njms_pmr():
    sent = at(ET, "2026-10-30T10:00:00")
    ds = [iv("2026-12-02"), iv("2026-12-16"), iv("2027-01-13")]
    dl = plus(sent, hours=72)
    url = "https://www.signupgenius.com/go/9040A4DAFA823A7F85-njmspmr"
    plain = (
        f"Hi {FIRST},\n\n"
        "I\u2019m delighted to let you know that the Department of Physical Medicine & Rehabilitation at Rutgers "
        "New Jersey Medical School would like to invite you to interview for an advanced PGY-2 position in our "
        "residency.\n\n"
        "Interviews are in person at Kessler Institute for Rehabilitation, 1199 Pleasant Valley Way, West Orange, "
        "NJ, where most of our inpatient training happens. The day starts at 8:00 AM and wraps up around 2:00 PM. "
        "You\u2019ll also hear about rotations at University Hospital in Newark and the VA New Jersey Health Care "
        "System in East Orange.\n\n"
        "Dates (Wednesdays):\n"
        + "\n".join(f"{num(x, pad=False)} ({x:%a})" for x in ds) + "\n\n"
        f"Please sign up within 72 hours of this e-mail: {url}\n\n"
        "Thanks, and congratulations!\n\n"
        "Dolores Ferreira-Kaplan\n"
        "Residency Coordinator, PM&R\n"
        "Rutgers New Jersey Medical School\n"
        "Kessler Institute for Rehabilitation | 1199 Pleasant Valley Way | West Orange, NJ 07052")
    emit("b31-inv-email-njms-pmr.eml",
         lab("invitation", "Rutgers New Jersey Medical School", "email", PMR, "advanced", "in_person", ds, dl, url),
         a("Ferreira-Kaplan, Dolores", "dferreira@njms.rutgers.edu"),
         "Rutgers NJMS PM&R \u2013 Interview Invitation", sent, plain, "outlook")


@reg
def inv_email_upmcstm_fm():
    sent = at(ET, "2026-10-12T11:30:00")
    ds = [iv("2026-11-04"), iv("2026-11-18"), iv("2026-12-09"), iv("2027-01-13")]
    dl = at(ET, "2026-10-19T12:00")
    plain = (
        f"Good morning {FIRST},\n\n"
        "Thanks so much for your interest in family medicine at UPMC St. Margaret! Our faculty would love to "
        "meet you, and I\u2019m writing to invite you to interview.\n\n"
        "We interview in person on Wednesdays at the hospital, 815 Freeport Road in Aspinwall, just outside "
        "Pittsburgh. Arrive by 8:00 AM; you\u2019ll spend the morning with faculty and residents and tour our "
        "New Kensington and Lawrenceville family health centers over lunch. We\u2019re done by 2 PM.\n\n"
        f"Open Wednesdays: {md(ds[0])}, {md(ds[1])}, {md(ds[2])}, and {mdy(ds[3])}.\n\n"
        f"Just reply with your preferred date by noon on {Wn(dl.date())} and I\u2019ll get you on the schedule. "
        "(Our sister programs at UPMC Shadyside and UPMC McKeesport schedule their own interviews, so please "
        "reply to each program separately.)\n\n"
        "Take care,\n"
        "Bev Kostelnik\n"
        "Residency Coordinator | UPMC St. Margaret Family Medicine Residency\n"
        "815 Freeport Road, Pittsburgh, PA 15215\n"
        "412-555-0176")
    emit("b31-inv-email-upmcstm-fm.eml",
         lab("invitation", "UPMC St. Margaret", "email", FM, None, "in_person", ds, dl),
         a("Kostelnik, Beverly A", "kostelnikba@upmc.edu"),
         "Interview Invitation - UPMC St. Margaret Family Medicine", sent, plain, "outlook")


@reg
def inv_email_nyu_derm():
    sent = at(ET, "2026-11-10T16:05:00")
    ds = [iv("2026-12-11"), iv("2027-01-08")]
    dl = at(ET, "2026-11-12T17:00")
    url = "https://forms.gle/Nyud3rmD4te5Sel27"
    plain = (
        f"Dear {NAME},\n\n"
        "On behalf of the Ronald O. Perelman Department of Dermatology at NYU Grossman School of Medicine, "
        "congratulations \u2014 we would like to invite you to interview for our advanced dermatology residency "
        "position (PGY-2 start, July 2028).\n\n"
        "Interviews are virtual and will be held on two dates:\n\n"
        f"{W(ds[0])}\n{W(ds[1])}\n\n"
        "Each day runs from 10:00 AM to 3:00 PM ET. Our residents train at NYU Langone\u2019s Tisch Hospital, "
        "Bellevue Hospital and the Manhattan VA.\n\n"
        f"Please indicate your date via the form below by 5:00 PM ET on Thursday, November 12:\n{url}\n\n"
        "Sincerely,\n"
        "Residency Program Office\n"
        "Ronald O. Perelman Department of Dermatology\n"
        "NYU Grossman School of Medicine | NYU Langone Health\n"
        "222 East 41st Street, New York, NY 10017")
    emit("b31-inv-email-nyu-derm.eml",
         lab("invitation", "NYU Grossman School of Medicine", "email", DERM, "advanced", "virtual", ds, dl, url),
         a("NYU Dermatology Residency", "dermresidency@nyulangone.org"),
         "NYU Dermatology - Invitation to Interview", sent, plain, "outlook")


@reg
def inv_email_lgh_fm():
    sent = at(ET, "2026-10-05T14:50:00")
    ds = [iv("2026-10-22"), iv("2026-11-05"), iv("2026-11-19"), iv("2026-12-10")]
    dl = at(ET, "2026-10-09T17:00")
    url = "https://calendly.com/lgh-fmresidency/interview-day"
    plain = (
        f"Noor!\n\n"
        "It was such a treat having you on our inpatient family medicine service in August \u2014 the "
        "residents still talk about your discharge teaching. It gives me real pleasure to invite you to "
        "interview with the Family Medicine Residency at Penn Medicine Lancaster General Health.\n\n"
        "Interviews are in person at Lancaster General Hospital, 555 North Duke Street. You already know the "
        "building, but you\u2019ll see our Downtown Family Medicine practice and the Walter L. Aument Family "
        "Health Center in Quarryville this time. 8:00 a.m. to 3:00 p.m.\n\n"
        f"Thursdays we have open: {md(ds[0])}, {md(ds[1])}, {md(ds[2])}, {md(ds[3])}.\n\n"
        f"Grab a time on Calendly by Friday at 5 p.m.: {url}\n\n"
        "LG Health is part of Penn Medicine but our residency is separate from the family medicine program at "
        "Penn in Philadelphia.\n\n"
        "Hope to see you soon!\n"
        "Marisol Yoder-Acheampong\n"
        "Program Coordinator, Family Medicine Residency\n"
        "Penn Medicine Lancaster General Health\n"
        "540 North Duke Street, Lancaster, PA 17602")
    emit("b31-inv-email-lgh-fm.eml",
         lab("invitation", "Penn Medicine Lancaster General Health", "email", FM, None, "in_person", ds, dl, url),
         a("Yoder-Acheampong, Marisol", "marisol.yoderacheampong@pennmedicine.upenn.edu"),
         "Family Medicine interview invitation!", sent, plain, "outlook")


@reg
def inv_fwd_amc_neuro():
    sent = at(ET, "2026-10-26T20:14:00")
    orig = at(ET, "2026-10-26T08:55:00")
    ds = [iv("2026-11-23"), iv("2026-12-07"), iv("2027-01-04")]
    dl = at(ET, "2026-11-02T16:00")
    inner = (
        f"Dear Noor,\n\n"
        "On behalf of the Neurology Residency Program at Albany Medical Center, I am happy to invite you to "
        "interview. As one of our own students you know many of us already; we still ask home applicants to "
        "come for the full day.\n\n"
        "Interviews are in person in the Department of Neurology, 47 New Scotland Avenue, MC 70, from 8:00 AM "
        "to 2:00 PM. Available Mondays:\n\n"
        f"{W(ds[0])}\n{W(ds[1])}\n{W(ds[2])}\n\n"
        f"Kindly reply with your preferred date by 4:00 PM on {Wn(dl.date())}.\n\n"
        "Best,\n"
        "Kathleen Oyelaran-Pruitt\n"
        "Program Coordinator, Neurology Residency\n"
        "Albany Medical Center | 43 New Scotland Avenue, Albany, NY 12208")
    plain = (
        "fwd to personal so I don't lose it\n\n"
        + outlook_block("Oyelaran-Pruitt, Kathleen <oyelark@amc.edu>", orig, f"Castellanos-Whitby, Noor <{SCHOOL_ME}>",
                        "Albany Med Neurology Interview Invitation")
        + "\n\n" + inner)
    emit("b31-inv-fwd-amc-neuro.eml",
         lab("invitation", "Albany Medical Center", "email", NEURO, None, "in_person", ds, dl),
         a("Castellanos-Whitby, Noor", SCHOOL_ME), "FW: Albany Med Neurology Interview Invitation", sent, plain,
         "outlook")
