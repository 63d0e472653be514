"""Cancellations (6), info (10) and other (6)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# =========================================================================== cancellations
@reg
def can_thal_whc():
    sent = at(UTC, "2026-12-28T17:35:02")
    day = iv("2027-01-08")
    thalamus("b27-can-thal-medstarwhc-imprelim.eml",
             lab("cancellation", "MedStar Washington Hospital Center", "thalamus", IM, "preliminary", "virtual",
                 [day]),
             sent, "Interview cancelled: MedStar Washington Hospital Center",
             "Your interview has been cancelled",
             "This confirms that the interview below has been cancelled. The program has been notified.",
             facts=[("Program", "MedStar Washington Hospital Center \u2013 Internal Medicine (Preliminary)"),
                    ("Date", abbr(day)), ("Time", "12:00 PM \u2013 4:30 PM EST"), ("Interview type", "Virtual"),
                    ("Cancelled by", "You"), ("Reason given", "Accepted another interview on this date")],
             after="If this was a mistake, contact the program directly; cancelled dates may be offered to "
                   "other applicants right away.")


@reg
def can_email_wvu():
    sent = at(ET, "2027-01-11T16:20:09")
    day = iv("2027-01-14")
    plain = (
        "Hi Maren,\n\n"
        "I\u2019m sorry to be writing with this news. The National Weather Service has issued a winter storm "
        "warning for Monongalia County beginning Wednesday afternoon, with ice expected on I-68 and I-79. For "
        f"everyone\u2019s safety, we are cancelling the in-person interview day on Thursday, January 14 and "
        "the Wednesday dinner.\n\n"
        "We would still very much like to meet you. Please reply with which option you prefer:\n\n"
        "1) Come in person on Thursday, January 21 (we have added seats), or\n"
        "2) Interview virtually on Friday, January 15, 8:00 AM \u2013 12:00 PM.\n\n"
        "If you booked a room at the Courtyard, they have agreed to waive the cancellation fee for our "
        "applicants \u2014 mention WVU Anesthesiology when you call.\n\n"
        "Again, our apologies, and please drive safe if you are traveling anywhere this week.\n\n"
        "Brianna Shoemaker-Tate\nProgram Coordinator | Anesthesiology Residency\n"
        "West Virginia University School of Medicine | WVU Medicine")
    emit("b27-can-email-wvu-anes.eml",
         lab("cancellation", "West Virginia University", "email", ANES, None, "in_person", [day]),
         a("WVU Anesthesiology Residency", "anesresidency@hsc.wvu.edu"),
         "IMPORTANT: Thursday 1/14 Interview Day Cancelled (Weather)", sent, plain, html="plain",
         extra=[("Importance", "high"), ("X-Priority", "1")])


@reg
def can_email_unionmem():
    sent = at(ET, "2026-11-24T10:05:50")
    day = iv("2026-12-10")
    her = at(ET, "2026-11-23T22:17:00")
    mine = (
        "Dear Ms. Achterberg,\n\n"
        "I hope you are well. I am writing to let you know that I need to withdraw from my interview on "
        "Thursday, December 10. I am very grateful for the invitation and wanted to give you enough notice to "
        "offer the spot to another applicant.\n\n"
        f"Thank you again,\n{NAME}\nAAMC ID {AAMC}")
    plain = (
        "Dear Maren,\n\n"
        "Thank you for letting us know. Your interview on Thursday, December 10 has been cancelled and the "
        "Calendly slot has been released. We wish you the best of luck this season!\n\n"
        "Sincerely,\nRosalind Achterberg\nProgram Coordinator, Internal Medicine Residency\n"
        "MedStar Union Memorial Hospital\n\n"
        "-----Original Message-----\n"
        + outlook_hdr(f"Maren Adeyemi-Ferraro <{ME}>", her, "Union Memorial IM Residency "
                      "<umh.imresidency@medstar.net>", "Interview withdrawal - Maren Adeyemi-Ferraro")
        + "\n\n" + mine)
    emit("b27-can-email-unionmem-im.eml",
         lab("cancellation", "MedStar Union Memorial Hospital", "email", IM, None, "virtual", [day]),
         a("Union Memorial IM Residency", "umh.imresidency@medstar.net"),
         "RE: Interview withdrawal - Maren Adeyemi-Ferraro", sent, plain)


@reg
def can_ib_vcu():
    sent = at(ET, "2026-11-10T12:00:31")
    day = iv("2026-12-01")
    rest = [d("2026-12-15"), d("2027-01-12")]
    body = (
        "Dear Maren,\n\n"
        f"We regret to inform you that the program has cancelled the interview session on {day:%A} "
        f"{num(day)} for Virginia Commonwealth University Health System \u2013 Diagnostic Radiology "
        "(Advanced). Many of our faculty will be away at the RSNA annual meeting that week, and we do not want "
        "to offer you a shortened day.\n\n"
        "Your registration for that session has been removed. Please log in to Interview Broker to choose "
        "another date. Seats are still open on:")
    ibroker("b27-can-ib-vcu-dr.eml",
            lab("cancellation", "Virginia Commonwealth University Health System", "interview_broker", DR,
                "advanced", "virtual", [day]),
            sent, "Interview session cancelled by program - VCU Health Diagnostic Radiology",
            "Session cancelled", body,
            (["Date", "Format"], [[f"{x:%A} {num(x)}", "Virtual"] for x in rest]),
            "https://www.interviewbroker.com/applicant/invitation/VCUHS-DR-2027-5e7a40", "Pick a new date",
            tail="We apologize for the inconvenience. \u2013 Chandra Whitfield-Osei, Residency Program "
                 "Coordinator")


@reg
def can_rcas_inova():
    sent = at(UTC, "2026-12-18T22:10:45")
    day = iv("2027-01-07")
    body = (
        "You have withdrawn from the following interview:\n\n"
        "Program: Inova Fairfax Hospital \u2013 Obstetrics and Gynecology\n"
        f"Date: {full(day)}\nFormat: In person\n\n"
        "The program has been notified and your interview slot has been released. This action cannot be "
        "undone in ResidencyCAS; if you withdrew by mistake, please contact the program.")
    rcas("b27-can-rcas-inova-obgyn.eml",
         lab("cancellation", "Inova Fairfax Hospital", "residencycas", OBGYN, None, "in_person", [day]),
         sent, "Interview withdrawn: Inova Fairfax Hospital", "Interview withdrawal confirmation", body)


@reg
def can_eras_gwu():
    sent = at(ET, "2026-12-01T20:30:16")
    day = iv("2026-12-14")
    body = (
        "An interview has been cancelled.\n\n"
        "Program: George Washington University Program\nSpecialty: Anesthesiology\nTrack: Advanced (PGY-2)\n"
        f"Interview date: {num(day)} ({day:%A})\nInterview type: Virtual\nCancelled by: Applicant\n"
        f"Cancelled on: {num(sent.date())} 08:30 PM ET\n\n"
        "No further action is needed. The program has been notified through the ERAS Interview Scheduler.")
    eras("b27-can-eras-gwu-anes.eml",
         lab("cancellation", "George Washington University", "eras", ANES, "advanced", "virtual", [day]),
         sent, "Interview Cancelled - George Washington University Program", "Interview Cancellation", body,
         signin=True)


# =========================================================================== info
@reg
def info_sinai():
    sent = at(ET, "2026-10-27T12:00:00")
    plain = (
        "Hello future colleagues!\n\n"
        "We know that a Zoom interview day can only show you so much, so our residents are hosting informal "
        "virtual Meet & Greets this fall. Drop in to any (or all) of them:\n\n"
        "\u2022 Thursday, November 5, 7:00\u20138:00 PM ET \u2013 Life in NYC on a resident salary\n"
        "\u2022 Thursday, November 19, 7:00\u20138:00 PM ET \u2013 Cardiac, peds, and OB anesthesia at Sinai\n"
        "\u2022 Thursday, December 3, 7:00\u20138:00 PM ET \u2013 Wellness, families, and call schedules\n\n"
        "Zoom: https://mountsinai.zoom.us/j/91147702246 (passcode: gasgas)\n\n"
        "These are completely optional and are not part of the evaluation; no faculty attend.\n\n"
        "Cheers,\nThe Chief Residents\nDepartment of Anesthesiology, Perioperative and Pain Medicine\n"
        "Icahn School of Medicine at Mount Sinai")
    emit("b27-info-email-sinai-anes.eml",
         lab("info", "Icahn School of Medicine at Mount Sinai", "email", ANES),
         a("Mount Sinai Anesthesiology Chiefs", "anesthesiachiefs@mountsinai.org"),
         "Mount Sinai Anesthesiology \u2013 Resident Meet & Greets", sent, plain, html="gmail",
         to=a("Mount Sinai Anesthesiology Interviewees", "anes-interviewees-2027@mountsinai.org"))


@reg
def info_hup():
    sent = at(ET, "2026-12-04T15:10:22")
    plain = (
        "Dear Maren,\n\n"
        "Thank you for spending yesterday with us. It was a pleasure to get to know you, and I hope the day "
        "gave you a good sense of who we are.\n\n"
        "Consistent with NRMP policy, we will not ask where you are ranking us, and you should feel no "
        "obligation to send thank-you notes or letters of intent. Our rank list decisions are based on your "
        "application and interview day only.\n\n"
        "If you would like to see our ORs and meet residents in person, we are holding an optional Second Look "
        "on Friday, February 5, 2027, after which you are welcome to shadow in the Penn Presbyterian ORs. "
        "Sign-up details will follow in January.\n\n"
        "With warm regards,\n\n"
        "Program Director, Anesthesiology Residency\n"
        "Department of Anesthesiology and Critical Care\nHospital of the University of Pennsylvania")
    emit("b27-info-email-hup-anes.eml",
         lab("info", "Hospital of the University of Pennsylvania", "email", ANES),
         a("Penn Anesthesiology Residency", "anesthesiaresidency@pennmedicine.upenn.edu"),
         "Thank you from Penn Anesthesiology", sent, plain)


@reg
def info_uva():
    sent = at(ET, "2026-11-20T09:00:44")
    plain = (
        "Dear Applicants,\n\n"
        "Thank you to everyone who has interviewed with us so far, and welcome to those whose days are still "
        "ahead.\n\n"
        "Several of you who joined us by Zoom have asked about seeing Charlottesville in person. On Saturday, "
        "January 23, 2027 we will hold an optional Visit Day from 10:00 AM to 2:00 PM, starting at UVA Health "
        "University Medical Center and ending with lunch downtown. Attendance is not required and has no "
        "bearing on our rank list. Please RSVP to this email by January 8.\n\n"
        "We also wanted to let you know that our department will not be sending post-interview "
        "communication beyond this message. We are grateful for your interest in the University of Virginia.\n\n"
        "Lauren Whitcomb-Adair\nResidency Program Coordinator | Department of Anesthesiology\n"
        "University of Virginia School of Medicine")
    emit("b27-info-email-uva-anes.eml",
         lab("info", "University of Virginia", "email", ANES),
         a("Whitcomb-Adair, Lauren (law7ad)", "lw7ad@uvahealth.org"),
         "UVA Anesthesiology \u2013 Optional Visit Day & Post-Interview Communication", sent, plain,
         to=UNDISCLOSED_RECIPIENTS)


@reg
def info_njms():
    sent = at(ET, "2026-11-12T17:30:05")
    plain = (
        "Hi everyone,\n\n"
        "The residents of the Rutgers New Jersey Medical School General Surgery program invite all of our "
        "applicants to an informal virtual Meet the Residents night on Tuesday, November 17 from 7:00 to "
        "8:30 PM Eastern.\n\n"
        "Come ask us anything: call schedules, research years, operative volume at University Hospital, "
        "living in Newark, Hoboken or Jersey City, or what it\u2019s really like on trauma.\n\n"
        "Link: https://rutgers.zoom.us/j/95520113874\n\n"
        "No faculty, no evaluations \u2014 just us.\n\n"
        "The NJMS Surgery Residents")
    emit("b27-info-email-njms-surg.eml",
         lab("info", "Rutgers New Jersey Medical School", "email", SURG),
         a("NJMS Surgery Residency", "njmssurgeryresidency@njms.rutgers.edu"),
         "Meet the Residents \u2013 NJMS General Surgery (Tuesday 11/17)", sent, plain, html="gmail",
         to=UNDISCLOSED_RECIPIENTS)


@reg
def info_jfk():
    sent = at(ET, "2026-12-14T09:45:00")
    plain = (
        "Dear Maren,\n\n"
        "On behalf of the faculty and residents of the Neurology Residency at JFK University Medical Center, "
        "thank you for interviewing with us on Friday. We very much enjoyed our conversations with you.\n\n"
        "Please know that we abide by the NRMP Match Participation Agreement. We will not contact applicants "
        "after the interview to solicit ranking information, and we will send no further communication "
        "before the Match.\n\n"
        "If you have any additional questions about our program, feel free to contact me at any time.\n\n"
        "Best wishes,\nProgram Director, Neurology Residency\nJFK University Medical Center | "
        "Hackensack Meridian Health\nJFK Neuroscience Institute, 65 James Street, Edison, NJ 08820")
    emit("b27-info-email-jfk-neuro.eml",
         lab("info", "JFK University Medical Center", "email", NEU),
         a("JFK Neurology Residency", "jfkneurologyresidency@hmhn.org"),
         "Thank you for interviewing with JFK Neurology", sent, plain)


@reg
def info_christiana_ty():
    sent = at(ET, "2026-11-02T13:00:00")
    plain = (
        "Dear Transitional Year applicants,\n\n"
        "Thank you for your interest in the ChristianaCare Transitional Year Program. Two updates as our "
        "interview season gets under way:\n\n"
        "1. Leadership. Dr. Priya Venkatesan-Moore will become Program Director on January 1, 2027. Dr. Alan "
        "Heffernan, who has led the program for eleven years, will remain on faculty as Associate Program "
        "Director.\n\n"
        "2. Virtual Open House. Meet our interns and leadership on Thursday, November 12 at 6:00 PM Eastern, "
        "by Zoom: https://christianacare.zoom.us/j/93004418721. This session is optional and is open to all "
        "applicants, whether or not you have an interview scheduled.\n\n"
        "Best regards,\nTransitional Year Program | ChristianaCare\nChristiana Hospital, Newark, Delaware")
    emit("b27-info-email-christiana-ty.eml",
         lab("info", "ChristianaCare", "email", TY),
         a("ChristianaCare Transitional Year", "transitionalyear@christianacare.org"),
         "ChristianaCare Transitional Year \u2013 Program Updates", sent, plain, to=UNDISCLOSED_RECIPIENTS)


@reg
def info_eras_msg():
    sent = at(UTC, "2026-11-19T16:02:00")
    plain = ("You have a new message in the MyERAS Post Office.\n\n"
             "Log in to MyERAS to read it: https://apps.aamc.org/myeras-web/\n\n"
             "This is an automated notification. Please do not reply.\n")
    emit("b27-info-eras-msg-none.eml", lab("info", None, "eras"), MYERAS_NOTE, "New MyERAS Message", sent, plain,
         html=None, domain="aamc.org")


@reg
def info_thal_system():
    sent = at(UTC, "2026-09-24T13:00:00")
    thalamus("b27-info-thal-system-none.eml", lab("info", None, "thalamus"), sent,
             "Get ready for interview season with Thalamus",
             "Welcome to the 2026\u20132027 interview season",
             "Programs are starting to review applications, and many will send interview invitations through "
             "Thalamus. A few things to set up now so you never miss one:",
             facts=[("1", "Turn on text notifications in Profile \u2192 Notifications."),
                    ("2", "Confirm your time zone so every interview time shows in your local time."),
                    ("3", "Connect Google or Outlook Calendar to sync scheduled interviews automatically."),
                    ("4", "Use the Itinerary Builder to map travel between in-person interviews.")],
             cta="Go to my dashboard", url="https://app.thalamusgme.com/applicant/dashboard")


@reg
def info_nrmp():
    sent = at(UTC, "2026-09-16T14:00:00")
    plain = (
        "Registration for the 2027 Main Residency Match is open\n\n"
        f"Dear {NAME},\n\n"
        "Registration for the 2027 Main Residency Match\u00ae is now open. To participate, you must register "
        "with the NRMP through the R3\u00ae system, separately from your ERAS application. We encourage you "
        "to register early; a late registration fee applies after the standard deadline.\n\n"
        "Key reminders:\n"
        "- Review and agree to the Match Participation Agreement when you register.\n"
        "- Interview communications are governed by the Match Participation Agreement. Programs may express "
        "interest, but may not ask how you plan to rank them.\n"
        "- Rank order list entry opens in early February. Match Day is Friday, March 19, 2027.\n\n"
        "Register now: https://r3.nrmp.org/\n\n"
        "National Resident Matching Program\u00ae | 2121 K Street NW, Suite 1000, Washington, DC 20037\n"
        "You are receiving this email because you created an account with the NRMP.")
    emit("b27-info-nrmp-reg-none.eml", lab("info", None, "other"), a("NRMP", "no-reply@nrmp.org"),
         "2027 Main Residency Match: Registration Is Open", sent, plain, html="plain")


@reg
def info_rcas_system():
    sent = at(UTC, "2026-10-19T14:00:00")
    body = (
        "Obstetrics and Gynecology programs participating in ResidencyCAS will begin sending interview "
        "offers on Wednesday, October 21, 2026, starting at 11:00 AM Eastern.\n\n"
        "To prepare:\n"
        "- Make sure your email address and mobile number are current in ResidencyCAS.\n"
        "- Add residencycas-noreply@liaisoncas.com to your safe senders list.\n"
        "- Offers are shown on your Interviews page, where you can accept a date, join a waitlist when offered, "
        "or decline.\n\n"
        "Please note that the release time applies to initial offers only; programs may send additional "
        "offers at any time afterward.")
    rcas("b27-info-rcas-system-none.eml", lab("info", None, "residencycas"), sent,
         "OB/GYN interview offers: what to expect this week", "Interview offer release reminder", body,
         RCAS_PORTAL, "Review my contact information")


# =========================================================================== other
@reg
def oth_amtrak():
    sent = at(ET, "2026-11-14T19:22:10")
    out = d("2026-12-07")
    back = d("2026-12-08")
    plain = (
        "AMTRAK eTicket and Receipt\n\n"
        "Reservation Number - 4C7E21\n"
        f"PHILADELPHIA, PA (30TH STREET) - BALTIMORE (PENN STATION), MD\n"
        f"Round-Trip | Departs {out:%A}, {out:%B} {out.day}, {out.year}\n\n"
        f"{out:%a} {out:%b} {out.day}\n"
        "Train 2163 Acela - Departs 4:10 PM PHL, Arrives 5:14 PM BAL\n"
        "1 Adult: Maren Adeyemi-Ferraro | Business Class | Seat assigned at boarding\n\n"
        f"{back:%a} {back:%b} {back.day}\n"
        "Train 186 Northeast Regional - Departs 3:05 PM BAL, Arrives 4:22 PM PHL\n"
        "1 Adult: Maren Adeyemi-Ferraro | Coach | Flexible\n\n"
        "Purchase Summary\nTotal: $124.00  Visa ending in 6610\n\n"
        "Present this eTicket (printed or on your phone) to the conductor. Changes may incur fees; see "
        "Amtrak.com for the terms of your fare.\n\n"
        "Amtrak is a registered service mark of the National Railroad Passenger Corporation.")
    emit("b27-oth-email-amtrak-anes.eml", lab("other", None, "other"), a("Amtrak", "Amtrak@ticketing.amtrak.com"),
         f"Amtrak: eTicket and Receipt for Your {num(out, pad=False)} Trip", sent, plain, html="plain")


@reg
def oth_hotel():
    sent = at(UTC, "2026-10-22T13:48:00")
    ci, co = d("2027-01-13"), d("2027-01-14")
    plain = (
        "Reservation Confirmation\n\n"
        f"Thank you for your reservation, {FIRST}.\n\n"
        "Courtyard by Marriott Morgantown\n460 Courtyard Drive, Morgantown, WV 26508\n\n"
        "Confirmation Number: 78344109\n"
        f"Check-in: {abbr(ci)} (3:00 PM)\nCheck-out: {abbr(co)} (12:00 PM)\n"
        "1 room, 1 night, 1 adult | King Room\n"
        "Rate: WVU Medicine Interview Rate (group code WAN) \u2013 $119.00 per night, plus taxes\n\n"
        "Cancellation policy: you may cancel without charge until 11:59 PM local time 1 day before arrival.\n\n"
        "Modify or cancel: https://www.marriott.com/reservation/lookupReservation.mi\n\n"
        "Marriott Bonvoy\u00ae | This email was sent to maren.adeyemiferraro@gmail.com")
    emit("b27-oth-email-hotel-anes.eml", lab("other", None, "other"),
         a("Courtyard by Marriott Morgantown", "reservations@res.marriott.com"),
         f"Reservation Confirmation #78344109 for Courtyard Morgantown, {abbr(ci)}", sent, plain, html="plain")


@reg
def oth_ooo():
    sent = at(ET, "2026-10-27T19:05:02")
    plain = (
        "Thank you for your email. I am out of the office from Wednesday, October 28 and will return on "
        "Monday, November 2. I will have limited access to email while I am away.\n\n"
        "If your message concerns a Diagnostic Radiology interview, please know that all replies will be "
        "answered in the order received when I return. For urgent matters, please contact the Department of "
        "Radiology main office at 551-555-0150.\n\n"
        "Kristen Albanese-Mbeki\nResidency Coordinator | Department of Radiology\n"
        "Hackensack University Medical Center")
    emit("b27-oth-ooo-hackensack-dr.eml", lab("other", None, "other"),
         a("Albanese-Mbeki, Kristen", "kristen.albanese-mbeki@hmhn.org"),
         "Automatic reply: Re: Hackensack University Medical Center Diagnostic Radiology \u2013 Interview "
         "Invitation", sent, plain,
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@reg
def oth_sent_hup():
    sent = at(ET, "2026-12-03T18:40:33")
    plain = (
        "Dear Jonah,\n\n"
        "Thank you so much for organizing such a smooth interview day today, and please pass along my thanks "
        "to the residents who stayed after the OR walk-through to answer questions. I especially enjoyed "
        "talking with Dr. Okwuosa about the regional anesthesia rotation at Penn Presbyterian.\n\n"
        "I left the day even more excited about HUP.\n\n"
        f"Warmly,\n{NAME}\nMS4, {SCHOOL}\nAAMC ID {AAMC} | {CELL}")
    emit("b27-oth-sent-hup-anes.eml", lab("other", None, "other"), a(NAME, ME),
         "Thank you \u2013 interview today", sent, plain, html="gmail",
         to=a("Feld-Ramirez, Jonah", "jonah.feld-ramirez@pennmedicine.upenn.edu"))


@reg
def oth_classmate_fwd():
    sent = at(CT, "2026-10-21T21:52:18")
    orig = at(ET, "2026-10-21T14:30:00")
    ds = [d("2026-11-16"), d("2026-12-07"), d("2027-01-11")]
    original = (
        "Dear Devika,\n\n"
        "On behalf of the Department of Anesthesiology at MedStar Georgetown University Hospital, we are "
        "pleased to invite you to interview for our categorical residency position. Interviews will be held "
        "virtually on the following Mondays:\n\n"
        + "\n".join(f"{full(x)}" for x in ds) + "\n\n"
        "Please reply within 48 hours with your preferred date.\n\n"
        "Anesthesiology Residency Program\nMedStar Georgetown University Hospital\n"
        "3800 Reservoir Road NW, Washington, DC 20007")
    plain = (
        "hey!! did you get this one too?? I know you applied to Georgetown anesthesia. they want a reply in 48 "
        "hrs so if you got it, pick fast. also is it weird that they say categorical only?? lmk\n\n"
        "(sorry this is so late \u2014 still on my Northwestern away and just got out of the hospital)\n\n"
        "Devika\n\n"
        "---------- Forwarded message ---------\n"
        "From: MedStar Georgetown Anesthesiology <anesthesiaresidency@gunet.georgetown.edu>\n"
        f"Date: {orig:%a}, {orig:%b} {orig.day}, {orig.year} at {clock(orig)}\n"
        "Subject: Interview Invitation - Anesthesiology Residency\n"
        "To: <devika.ramanholt@gmail.com>\n\n" + original)
    emit("b27-oth-fwd-classmate-anes.eml", lab("other", None, "other"),
         a("Devika Raman-Holt", "devika.ramanholt@gmail.com"),
         "Fwd: Interview Invitation - Anesthesiology Residency", sent, plain, html="gmail")


@reg
def oth_newsletter():
    sent = at(ET, "2026-11-20T07:30:00")
    plain = (
        "MATCH MATTERS \u2014 MS4 Bulletin | November 20, 2026\n"
        f"Office of Student Affairs, {SCHOOL}\n\n"
        "Interview season check-in\n"
        "Thanks to the 171 of you who filled out last week\u2019s anonymous pulse survey. The median number "
        "of interview invitations reported so far is 9 (range 0\u201331). Many of you asked about specialties "
        "with coordinated release dates; if you are applying in OB/GYN, remember that most interview offers "
        "now come through ResidencyCAS rather than ERAS.\n\n"
        "Where our graduates are\n"
        "Congratulations to our alumni now serving as chief residents at Thomas Jefferson University Hospital, "
        "Hospital of the University of Pennsylvania, Johns Hopkins Bayview Medical Center and ChristianaCare. "
        "Several have offered to do mock interviews \u2014 sign up on the Student Affairs page.\n\n"
        "Reminders\n"
        "- Do not accept two interviews on the same day and cancel one at the last minute. Give programs at "
        "least two weeks\u2019 notice if you must cancel.\n"
        "- Register for the NRMP Match if you have not already done so.\n"
        "- Interview attire closet: MERB, Room 220, open Tuesdays and Thursdays.\n\n"
        "Questions? Reply to this email or book time with your advising dean.\n\n"
        "To unsubscribe from MS4 bulletins, update your preferences in the Student Portal.")
    emit("b27-oth-email-newsletter-none.eml", lab("other", None, "other"),
         a("LKSOM Student Affairs", "lksom.studentaffairs@temple.edu"),
         "Match Matters: interview season check-in", sent, plain,
         to=a("LKSOM Class of 2027", "lksom-ms4-2027@temple.edu"))
