"""Info (10) and other (6)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ------------------------------------------------------------------ info from programs (7)
@reg
def info_email_mghmclean_psych():
    sent = at(ET, "2026-11-30T17:00:00")
    plain = (
        "Dear applicants,\n\n"
        "Our residents are hosting optional virtual socials this winter for anyone interviewing with the "
        "MGH/McLean Adult Psychiatry Residency. Come meet the people, not just the curriculum!\n\n"
        "- Tuesday, December 8, 7:00-8:00 p.m. ET \u2014 trivia night\n"
        "- Wednesday, January 6, 7:00-8:00 p.m. ET \u2014 \u201cAsk the chiefs anything\u201d\n\n"
        "Same link for both: https://partners.zoom.us/j/91827733604\n\n"
        "Attendance is not tracked and has no bearing on ranking.\n\n"
        "MGH/McLean Adult Psychiatry Residency\n"
        "Massachusetts General Hospital/McLean Hospital | Mass General Brigham\n"
        "55 Fruit Street, Boston, MA 02114 | 115 Mill Street, Belmont, MA 02478")
    emit("b31-info-email-mghmclean-psych.eml",
         lab("info", "Massachusetts General Hospital/McLean Hospital", "email", PSY),
         a("MGH McLean Psychiatry Residency", "mghmcleanpsychres@mgb.org"), "Resident socials this winter", sent,
         plain, "outlook", to="undisclosed-recipients:;")


@reg
def info_email_bcrp_peds():
    sent = at(ET, "2027-01-15T12:00:00")
    plain = (
        f"Dear {FIRST},\n\n"
        "Thank you for interviewing with the Boston Combined Residency Program this season. As promised, here "
        "are the details for our optional in-person second look:\n\n"
        "Friday, February 5, 2027, 10:00 a.m. - 4:00 p.m.\n"
        "Boston Children's Hospital, Folkman Auditorium, then lunch at Boston Medical Center\n\n"
        "RSVP by Friday, January 29: https://forms.gle/BCRPsecondlook27\n\n"
        "Second look is entirely optional and is not part of the evaluation process. For the incoming class, "
        "intern orientation begins Monday, June 21, 2027.\n\n"
        "Warmly,\nThe BCRP Chiefs\nBoston Children's Hospital/Boston Medical Center")
    emit("b31-info-email-bcrp-peds.eml", lab("info", "Boston Children's Hospital/Boston Medical Center", "email", PEDS),
         a("BCRP Program Office", "bcrp@childrens.harvard.edu"), "BCRP Second Look - February 5", sent, plain, "web")


@reg
def info_email_umd_psych():
    sent = at(ET, "2027-01-11T10:30:00")
    plain = (
        f"Dear {FIRST},\n\n"
        "Thank you for spending Friday with us. It was a pleasure getting to know you.\n\n"
        "As you think about next steps, please remember that the University of Maryland/Sheppard Pratt program "
        "follows all NRMP Match Participation Agreement rules. We will not ask about your rank list, and no "
        "post-interview communication is needed.\n\n"
        "If you want to talk with a current resident about life in Baltimore, reply and I\u2019ll connect you.\n\n"
        "Best,\nOffice of Psychiatry Residency Training\nUniversity of Maryland Medical Center\n"
        "701 W. Pratt Street, 4th Floor, Baltimore, MD 21201")
    emit("b31-info-email-umd-psych.eml", lab("info", "University of Maryland Medical Center", "email", PSY),
         a("UMD Psychiatry Residency", "psychresidency@som.umaryland.edu"), "Thank you for interviewing!", sent, plain,
         "outlook")


@reg
def info_email_nyu_derm():
    sent = at(ET, "2026-11-17T18:00:00")
    plain = (
        "Dear Applicants,\n\n"
        "The Ronald O. Perelman Department of Dermatology at NYU Grossman School of Medicine has now extended all "
        "interview invitations for this cycle. If you have not heard from us, we are not able to offer an "
        "interview this year. Thank you for your patience and your interest in NYU Langone.\n\n"
        "Residency Program Office, NYU Dermatology")
    emit("b31-info-email-nyu-derm.eml", lab("info", "NYU Grossman School of Medicine", "email", DERM),
         a("NYU Dermatology Residency", "dermresidency@nyulangone.org"), "Interview invitations complete", sent, plain,
         "outlook", to="undisclosed-recipients:;")


@reg
def info_email_jhu_neuro():
    sent = at(ET, "2027-01-13T09:15:00")
    plain = (
        "Dear Interviewee,\n\n"
        "Thank you for interviewing with the Neurology Residency at Johns Hopkins University. We enjoyed "
        "meeting you on Monday.\n\n"
        "A reminder of key dates: the NRMP rank order list opens Monday, February 1, 2027 and certification "
        "closes on Wednesday, March 3, 2027. Match Day is Friday, March 19, 2027.\n\n"
        "Should you wish to visit Baltimore before ranking, we host informal in-person open houses on two "
        "Fridays in February; no sign-up needed, just let us know the day before.\n\n"
        "Department of Neurology Residency Program\n"
        "Johns Hopkins University School of Medicine | 600 N. Wolfe Street, Meyer 6-113, Baltimore, MD 21287")
    emit("b31-info-email-jhu-neuro.eml", lab("info", "Johns Hopkins University", "email", NEURO),
         a("Hopkins Neurology Residency", "neuroresidency@jhmi.edu"), "Thank you from Hopkins Neurology", sent,
         plain, "outlook", to="undisclosed-recipients:;")


@reg
def info_email_lgh_fm():
    sent = at(ET, "2026-11-09T13:00:00")
    plain = (
        f"Noor,\n\n"
        "Thanks for coming back to Lancaster on Thursday \u2014 the residents were thrilled to see you again.\n\n"
        "Two quick things. First, our residents post a short newsletter each month; the December issue covers our "
        "new maternity care fellowship. Second, we\u2019re holding a Lancaster Central Market breakfast on "
        "Saturday, January 16 for anyone who wants to see the town again; completely optional.\n\n"
        "Marisol\nPenn Medicine Lancaster General Health \u2013 Family Medicine Residency")
    emit("b31-info-email-lgh-fm.eml", lab("info", "Penn Medicine Lancaster General Health", "email", FM),
         a("Yoder-Acheampong, Marisol", "marisol.yoderacheampong@pennmedicine.upenn.edu"), "Thank you + a few notes",
         sent, plain, "outlook")


@reg
def info_email_zucker_psych():
    sent = at(ET, "2026-12-21T11:45:00")
    plain = (
        "Dear Applicants,\n\n"
        "We are happy to share that Dr. Renata Obiakor-Lindgren has been named Director of Residency Training "
        "for the Psychiatry Residency at Zucker School of Medicine at Hofstra/Northwell at Zucker Hillside "
        "Hospital, effective January 1, 2027. Dr. Obiakor-Lindgren completed her own residency with us and has "
        "served as Associate Director for six years.\n\n"
        "Interview days already booked are unchanged.\n\n"
        "Department of Psychiatry, Zucker Hillside Hospital | Northwell Health\n"
        "75-59 263rd Street, Glen Oaks, NY 11004")
    emit("b31-info-email-zucker-psych.eml",
         lab("info", "Zucker School of Medicine at Hofstra/Northwell at Zucker Hillside Hospital", "email", PSY),
         a("Zucker Hillside Psychiatry Residency", "zhhpsychresidency@northwell.edu"), "Program leadership update",
         sent, plain, "outlook", to="undisclosed-recipients:;")


# ------------------------------------------------------------------ system notices (3)
@reg
def info_eras_msg_none():
    sent = at(ET, "2026-11-23T15:02:00")
    plain = ("You have a new message in MyERAS. Please log in to view it.\n\n" + MYERAS_URL + "\n\n"
             "Do not reply to this e-mail.\n")
    emit("b31-info-eras-msg-none.eml", lab("info", None, "eras"), ERAS_FROM, "New MyERAS Message", sent, plain, None,
         domain="aamc.org")


@reg
def info_nrmp_rol_none():
    sent = at(ET, "2027-01-20T10:00:00")
    plain = (
        f"Dear {NAME},\n\n"
        "The National Resident Matching Program\u00ae reminds Main Residency Match applicants of upcoming "
        "dates for the 2027 Main Residency Match:\n\n"
        "- Rank order list entry opens: February 1, 2027 at 12:00 p.m. ET\n"
        "- Rank order list certification deadline: March 3, 2027 at 9:00 p.m. ET\n"
        "- Match Week begins: March 15, 2027\n"
        "- Match Day: March 19, 2027\n\n"
        "Remember that you may not be asked to disclose how you plan to rank programs. Visit www.nrmp.org for "
        "resources on building your rank order list.\n\n"
        "National Resident Matching Program | 2121 K Street, NW, Suite 1000, Washington, DC 20037")
    emit("b31-info-nrmp-rol-none.eml", lab("info", None, "other"), a("NRMP", "support@nrmp.org"),
         "2027 Main Residency Match: rank order list dates", sent, plain, "web")


@reg
def info_thal_system_none():
    sent = at(UTC, "2026-09-28T14:00:00")
    thalamus("b31-info-thal-system-none.eml", lab("info", None, "thalamus"),
             sent, "Welcome to Thalamus for the 2026\u20132027 season", "Your applicant account is ready",
             "Programs that use Thalamus will send your invitations, waitlist offers and reminders through this "
             "account. To avoid missing anything, add noreply@thalamusgme.com to your contacts and turn on text "
             "alerts.",
             foot="Tip: connect your Google or Outlook calendar so booked interviews appear automatically.",
             button="Complete your profile", url="https://app.thalamusgme.com/account/profile")


# ------------------------------------------------------------------ other (6)
@reg
def oth_email_amtrak_psych():
    sent = at(ET, "2026-11-22T19:33:00")
    x = d("2026-11-30")
    plain = (
        "Amtrak eTicket\n\n"
        f"Thank you for traveling with Amtrak, {NAME}.\n\n"
        "Reservation Number: 3F8A1C\n\n"
        f"Empire Service 230\nAlbany-Rensselaer, NY (ALB) - New York Penn Station, NY (NYP)\n"
        f"Departs {w(x)} 4:15 PM   Arrives 6:45 PM\nCoach, 1 Adult\n\n"
        f"Empire Service 241\nNew York Penn Station, NY (NYP) - Albany-Rensselaer, NY (ALB)\n"
        f"Departs {w(d('2026-12-01'))} 5:47 PM   Arrives 8:20 PM\nCoach, 1 Adult\n\n"
        "Total: $92.00\n\n"
        "Present this eTicket (printed or on your phone) to the conductor.\n")
    emit("b31-oth-email-amtrak-psych.eml", lab("other", None, "other"), a("Amtrak", "etickets@amtrak.com"),
         "Amtrak: eTicket and Receipt for Your 11/30/2026 Trip", sent, plain, "web")


@reg
def oth_email_hotel_pmr():
    sent = at(ET, "2026-12-02T21:10:00")
    plain = (
        f"Dear {FIRST},\n\n"
        "Your reservation is confirmed.\n\n"
        "Residence Inn Livingston\n730 W Mt Pleasant Ave, Livingston, NJ 07039\n\n"
        f"Check-in: {Wn(d('2026-12-15'))}, {d('2026-12-15').year} (4:00 PM)\n"
        f"Check-out: {Wn(d('2026-12-16'))}, {d('2026-12-16').year} (12:00 PM)\n"
        "1 King Studio, 1 guest\nConfirmation: 88140273\n\n"
        "We look forward to welcoming you.\n")
    emit("b31-oth-email-hotel-pmr.eml", lab("other", None, "other"),
         a("Marriott Bonvoy", "reservations@res.marriott.com"), "Reservation Confirmation #88140273", sent, plain,
         "web")


@reg
def oth_ooo_nyu_derm():
    sent = at(ET, "2026-11-11T08:02:00")
    plain = (
        "Thank you for your message. I am out of the office through Monday, November 16, with limited access to "
        "e-mail. For questions about interview invitations or scheduling, please write to "
        "dermresidency@nyulangone.org and a member of our team will respond.\n\n"
        "Karina Velasquez-Holm\nResidency Program Administrator, Dermatology\nNYU Langone Health")
    emit("b31-oth-ooo-nyu-derm.eml", lab("other", None, "other"),
         a("Velasquez-Holm, Karina", "karina.velasquezholm@nyulangone.org"),
         "Automatic reply: NYU Dermatology - Invitation to Interview", sent, plain, "outlook",
         extra=[("Auto-Submitted", "auto-replied")])


@reg
def oth_sent_nypcol_psych():
    sent = at(ET, "2026-10-10T09:30:00")
    plain = (
        "Dear Ms. Montalvo-Baptiste,\n\n"
        "Thank you very much for the invitation. My preferences are:\n\n"
        "1. November 10\n2. December 1\n3. January 12\n\n"
        "With thanks,\nNoor Castellanos-Whitby\nMS4, Albany Medical College\nAAMC ID " + AAMC)
    emit("b31-oth-sent-nypcol-psych.eml", lab("other", None, "other"), a(NAME, ME),
         "Re: Columbia Psychiatry Residency - Interview Invitation", sent, plain, "gmail",
         to=a("Montalvo-Baptiste, Graciela", "gm2871@cumc.columbia.edu"))


@reg
def oth_fwd_classmate_peds():
    sent = at(ET, "2026-10-13T22:48:00")
    orig = at(ET, "2026-10-13T14:00:00")
    inner = (
        "Dear Tobias,\n\n"
        "We are delighted to invite you to interview with the Pediatrics Residency at Yale New Haven "
        "Children\u2019s Hospital. Interviews are virtual on Thursdays: October 29, November 19 and December "
        "10. Please sign up by Friday, October 16.\n\n"
        "Yale Pediatrics Residency Program")
    plain = (
        "did you get one of these?? came out this afternoon. Yale peds!!\n\n"
        "---------- Forwarded message ---------\n"
        f"From: Yale Pediatrics Residency <pediatrics.residency@yale.edu>\n"
        f"Date: {orig:%a}, {orig:%b} {orig.day}, {orig.year} at {hm(orig)}\n"
        "Subject: Yale Pediatrics Interview Invitation\n"
        "To: Tobias Rennick-Oyama <trennickoyama@gmail.com>\n\n" + inner)
    emit("b31-oth-fwd-classmate-peds.eml", lab("other", None, "other"),
         a("Tobias Rennick-Oyama", "trennickoyama@gmail.com"), "Fwd: Yale Pediatrics Interview Invitation", sent,
         plain, "gmail")


@reg
def oth_email_newsletter_none():
    sent = at(ET, "2026-11-20T07:00:00")
    plain = (
        "THE MATCH BULLETIN \u2014 Albany Medical College Office of Student Affairs\n\n"
        "Class of 2027 by the numbers: as of this week, members of our class report 612 interview invitations "
        "across 19 specialties. Thank you to everyone who answered the survey.\n\n"
        "Shout-outs: classmates have heard from Johns Hopkins, Columbia, CHOP, UPMC and Mount Sinai this month. "
        "Remember that NewYork-Presbyterian has two separate campuses (Columbia and Weill Cornell) with separate "
        "programs \u2014 read each e-mail carefully!\n\n"
        "Upcoming: mock interview night Tuesday, December 1 at 6 PM in ME-700. Pizza provided.\n\n"
        "Office of Student Affairs | Albany Medical College | 47 New Scotland Avenue, Albany, NY 12208")
    emit("b31-oth-email-newsletter-none.eml", lab("other", None, "other"),
         a("AMC Student Affairs", "studentaffairs@amc.edu"), "Match Bulletin \u2013 November", sent, plain, "web",
         to="amc-class-of-2027@amc.edu")
