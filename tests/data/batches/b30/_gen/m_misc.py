"""Info (10) and other (6)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# =============================================================== info from programs (7)
@reg
def info_email_washu_anes():
    sent = at(CT, "2026-11-16T11:30:00")
    start = d("2027-06-21")
    plain = (
        f"Dear interviewees,\n\n"
        f"A few logistics for those of you traveling to St. Louis for your interview day with the Anesthesiology "
        f"Residency at Washington University School of Medicine in St. Louis:\n\n"
        f"- Lodging: the Chase Park Plaza Royal Sonesta in the Central West End is holding a small block of "
        f"rooms for our applicants at a reduced rate through January 8. Call the hotel and mention \u201cWashU "
        f"Anesthesiology.\u201d It is a 15-minute walk or a short MetroLink ride to the medical campus.\n"
        f"- Airport: Lambert (STL) is about 20 minutes away; the MetroLink Red Line stops at Central West End "
        f"station, one block from our offices.\n"
        f"- Reimbursement: we are not able to reimburse travel, but breakfast, lunch and the resident dinner are "
        f"on us.\n\n"
        f"We are also often asked when residency begins. For the incoming class, orientation starts on "
        f"{W(start)}, with clinical duties beginning July 1.\n\n"
        f"Best,\n"
        f"Danielle Okafor-Whitcomb\n"
        f"Residency Program Coordinator | Department of Anesthesiology\n"
        f"Washington University School of Medicine in St. Louis")
    emit("b30-info-email-washu-anes.eml",
         lab("info", "Washington University School of Medicine in St. Louis", "email", ANES),
         a("Okafor-Whitcomb, Danielle", "dokaforwhitcomb@wustl.edu"), "Travel and hotel information for your visit",
         sent, plain, "outlook", to="undisclosed-recipients:;")


@reg
def info_email_mcw_anes():
    sent = at(CT, "2026-12-11T16:00:00")
    plain = (
        f"Dear Applicant,\n\n"
        f"Thank you for spending the day with the MCW Anesthesiology family. We hope you got a real feel for "
        f"Milwaukee and for the people who make our program what it is.\n\n"
        f"A few notes as the season goes on:\n\n"
        f"- Thank-you notes are never expected and play no part in our decisions.\n"
        f"- In keeping with NRMP policy, no one from our program will ask where you plan to rank us, and you "
        f"should not feel you have to tell us.\n"
        f"- If you have questions about the program, our chief residents are always happy to talk. Just reply "
        f"and I\u2019ll connect you.\n\n"
        f"Wishing you a restful holiday season,\n"
        f"Kelsey Vang-Lindqvist\n"
        f"Program Coordinator, Anesthesiology Residency\n"
        f"MCW | Department of Anesthesiology")
    emit("b30-info-email-mcw-anes.eml", lab("info", "MCW", "email", ANES),
         a("Vang-Lindqvist, Kelsey", "kvanglindqvist@mcw.edu"), "Thank you for interviewing with us", sent, plain,
         "outlook", to="undisclosed-recipients:;")


@reg
def info_email_hfh_anes():
    sent = at(DET, "2026-11-05T12:00:00")
    eves = [d("2026-11-24"), d("2026-12-08"), d("2027-01-05"), d("2027-01-19")]
    plain = (
        "Hi everyone!\n\n"
        "We\u2019re the residents of the Henry Ford Hospital Anesthesiology Residency, and we\u2019re hosting "
        "informal virtual meet-and-greets for applicants who have been invited to interview with us this year. "
        "Pick whichever evening suits you; you don\u2019t have to attend the one closest to your interview day, "
        "and faculty won\u2019t be there.\n\n"
        + "\n".join(f"- {Wn(x)}" + (f", {x.year}" if x.year == 2027 else "") + ", 7:00\u20138:00 PM Eastern"
                    for x in eves) + "\n\n"
        "Join link (same for every evening): https://henryford.zoom.us/j/93402217765\n\n"
        "Bring your questions about call, Detroit, cost of living, fellowships, anything.\n\n"
        "See you there,\n"
        "The HFH Anesthesiology residents\n"
        "Henry Ford Health | Detroit")
    emit("b30-info-email-hfh-anes.eml", lab("info", "Henry Ford Hospital", "email", ANES),
         a("HFH Anesthesiology Chiefs", "anesthesia.chiefs@hfhs.org"), "Meet the residents (virtual evenings)",
         sent, plain, "gmail", to="undisclosed-recipients:;")


@reg
def info_email_mayo_neuro():
    sent = at(CT, "2027-01-19T09:15:00")
    x = d("2027-02-12")
    plain = (
        f"Dear Neurology Applicant,\n\n"
        f"Thank you for interviewing with the Mayo Clinic Neurology Residency this season. Because all of our "
        f"interviews were virtual, we are hosting an optional in-person second look in Rochester on "
        f"{W(x)}, from 9:00 AM to 3:00 PM. You\u2019ll be able to tour the Saint Marys and Methodist campuses, "
        f"sit in on resident conference and have lunch with our residents.\n\n"
        f"The second look is entirely optional. It is not an interview, no evaluations take place, and "
        f"attendance will not affect our rank list. We are unable to cover travel expenses.\n\n"
        f"Please RSVP using this form by Friday, January 29: https://forms.office.com/r/MayoNeuroSL27\n\n"
        f"Kind regards,\n"
        f"Neurology Residency Program\n"
        f"Mayo Clinic College of Medicine and Science (Rochester)\n"
        f"Mayo Clinic School of Graduate Medical Education")
    emit("b30-info-email-mayo-neuro.eml",
         lab("info", "Mayo Clinic College of Medicine and Science (Rochester)", "email", NEURO),
         a("Mayo Neurology Residency", "neurologyresidency@mayo.edu"), "Optional second look \u2013 February 12",
         sent, plain, "web", to="undisclosed-recipients:;")


@reg
def info_email_christ_em():
    sent = at(CT, "2026-12-09T15:20:00")
    plain = (
        f"Dear {FIRST},\n\n"
        f"Thank you for interviewing with the Emergency Medicine Residency at Advocate Christ Medical Center "
        f"yesterday. It was a pleasure to have you in Oak Lawn, and we hope the day gave you a good picture of "
        f"our department and our residents.\n\n"
        f"Our program follows the NRMP Match Participation Agreement and the CORD recommendations on "
        f"post-interview communication: we will not ask about your rank list, and you are under no obligation "
        f"to send us any follow-up. If questions come up, our chiefs are glad to help.\n\n"
        f"We wish you the best of luck on Match Day, Friday, March 19, 2027.\n\n"
        f"Sincerely,\n"
        f"Program Leadership\n"
        f"Emergency Medicine Residency\n"
        f"Advocate Christ Medical Center")
    emit("b30-info-email-christ-em.eml", lab("info", "Advocate Christ Medical Center", "email", EM),
         a("Dabrowski, Yesenia", "yesenia.dabrowski@aah.org"), "Thank you from Advocate Christ EM", sent, plain,
         "outlook")


@reg
def info_email_beaumont_em():
    sent = at(DET, "2027-01-12T13:00:00")
    x = d("2027-01-29")
    plain = (
        f"Hello applicants,\n\n"
        f"Thank you again for interviewing with the Emergency Medicine Residency at Corewell Health William "
        f"Beaumont University Hospital. Since our interviews were virtual, we\u2019re opening our doors for an "
        f"optional in-person open house on {W(x)}, from 11:00 AM to 3:00 PM, for anyone who would like to see "
        f"the department and meet residents in Royal Oak.\n\n"
        f"This is purely informational. It is not part of the interview process, and whether or not you attend "
        f"will not affect your ranking. Please RSVP by replying to this e-mail by Friday, January 22.\n\n"
        f"A reminder, since people still ask: we are the hospital formerly known as Beaumont Hospital, Royal "
        f"Oak. Our address and our residency haven\u2019t changed.\n\n"
        f"Emergency Medicine Residency Program\n"
        f"Corewell Health William Beaumont University Hospital")
    emit("b30-info-email-beaumont-em.eml",
         lab("info", "Corewell Health William Beaumont University Hospital", "email", EM),
         a("Royal Oak EM Residency", "em.residency.ro@corewellhealth.org"), "Optional open house - January 29",
         sent, plain, "outlook", to="undisclosed-recipients:;")


@reg
def info_email_osu_im():
    sent = at(ET, "2026-11-09T12:30:00")
    x = d("2026-11-19")
    plain = (
        f"Hello from Columbus!\n\n"
        f"A quick update for everyone invited to interview with Internal Medicine at The Ohio State University "
        f"Wexner Medical Center this season.\n\n"
        f"We are pleased to share that Dr. Renata Ilves-Mburu has been named our new Program Director, "
        f"effective January 1. Many of you will meet her on your interview day.\n\n"
        f"Our residents are also hosting an evening information session on Zoom on {W(x)}, 7:00\u20138:00 PM "
        f"Eastern, focused on our ambulatory long block and the research pathway. No registration is needed: "
        f"https://osu.zoom.us/j/91155028346\n\n"
        f"Go Bucks,\n"
        f"Internal Medicine Residency Program\n"
        f"The Ohio State University Wexner Medical Center")
    emit("b30-info-email-osu-im.eml",
         lab("info", "The Ohio State University Wexner Medical Center", "email", IM),
         a("OSU IM Residency", "imresidency@osumc.edu"), "News from Ohio State Internal Medicine", sent, plain,
         "outlook", to="undisclosed-recipients:;")


# =============================================================== info: system notices (3)
@reg
def info_rcas_system():
    sent = at(UTC, "2026-09-30T14:00:00")
    body = (
        f"Dear {NAME},\n\n"
        f"Programs can begin reviewing ResidencyCAS applications on October 1. Programs that use the ResidencyCAS "
        f"Interview Portal will send interview invitations by e-mail; each message tells you how that program "
        f"wants you to respond. Some programs schedule through the portal and others use their own tools.\n\n"
        f"Before invitations arrive:\n\n"
        f"- Make sure the e-mail address on your application is one you check often.\n"
        f"- Add donotreply@liaisoncas.com to your contacts.\n"
        f"- Create your Interview Portal account after your first invitation, using the same e-mail address as "
        f"your application.\n\n"
        f"Good luck this season!\n"
        f"The ResidencyCAS Team")
    rcas("b30-info-rcas-system-none.eml", lab("info", platform="residencycas"), sent,
         "Getting ready for interview season", None, body, button="Visit the Interview Portal")


@reg
def info_eras_msg():
    sent = at(ET, "2026-11-23T15:47:20")
    plain = (
        "A new message has been posted to your MyERAS Messages inbox.\n\n"
        "To read it, sign in at https://apps.aamc.org/myeras-web/\n\n"
        "This is an automated notification. Please do not reply.\n")
    emit("b30-info-eras-msg-none.eml", lab("info", platform="eras"), a("MyERAS", "myeras-noreply@aamc.org"),
         "MyERAS: New Message Received", sent, plain, None, domain="aamc.org")


@reg
def info_nrmp():
    sent = at(ET, "2027-01-14T10:00:00")
    rol, cert, match = d("2027-02-01"), d("2027-03-03"), d("2027-03-19")
    plain = (
        f"Dear {NAME},\n\n"
        f"Congratulations on the interviews you have completed so far this season. As you move toward the Main "
        f"Residency Match, please keep these dates on your calendar:\n\n"
        f"- {W(rol)}: rank order list entry opens at 12:00 PM ET\n"
        f"- {W(cert)}: rank order lists must be certified by 9:00 PM ET\n"
        f"- {W(match)}: Match Day\n\n"
        f"A few reminders: rank programs in your true order of preference; list any program where you "
        f"interviewed, including preliminary and transitional programs if you also need a PGY-1 position; and "
        f"remember that programs may not ask you how you plan to rank them.\n\n"
        f"Sign in to R3: https://r3.nrmp.org/\n\n"
        f"National Resident Matching Program\n"
        f"2121 K Street, NW, Suite 1000, Washington, DC 20037")
    emit("b30-info-nrmp-dates-none.eml", lab("info", platform="other"), a("NRMP", "support@nrmp.org"),
         "Important 2027 Main Residency Match dates", sent, plain, "web")


# =============================================================== other (6)
@reg
def oth_amtrak():
    sent = at(ET, "2026-11-02T19:22:00")
    out1, back = d("2026-12-03"), d("2026-12-04")
    plain = (
        f"Thank you for traveling with Amtrak.\n\n"
        f"Reservation Number: 6F2A9C\n"
        f"Passenger: {NAME.upper()}\n\n"
        f"DEPART: {out1:%a}, {out1:%B} {out1.day}, {out1.year}\n"
        f"Train 303 Lincoln Service\n"
        f"Springfield, IL (SPI) 3:21 PM \u2192 St. Louis, MO (STL) 5:35 PM\n"
        f"1 Coach Seat\n\n"
        f"RETURN: {back:%a}, {back:%B} {back.day}, {back.year}\n"
        f"Train 306 Lincoln Service\n"
        f"St. Louis, MO (STL) 4:00 PM \u2192 Springfield, IL (SPI) 6:07 PM\n"
        f"1 Coach Seat\n\n"
        f"Total: $58.00 (Visa ending 4410)\n\n"
        f"Your eTicket is attached to this reservation in the Amtrak app. Please have it ready for the "
        f"conductor to scan.\n\n"
        f"Amtrak | 1 Massachusetts Avenue NW, Washington, DC 20001")
    emit("b30-oth-email-amtrak-anes.eml", lab("other", platform="other"), a("Amtrak", "etickets@amtrak.com"),
         "Amtrak: eTicket and Receipt for Your 12/03/2026 Trip", sent, plain, "web")


@reg
def oth_hotel():
    sent = at(UTC, "2026-11-20T02:14:37")
    cin, cout = d("2026-12-09"), d("2026-12-10")
    plain = (
        f"Hi {FIRST}, your stay is confirmed.\n\n"
        f"Hilton Garden Inn Milwaukee Park Place\n"
        f"11600 W. Park Place, Milwaukee, WI 53224\n\n"
        f"Confirmation: 3318406725\n"
        f"Arrival: {W(cin)} (check-in 3:00 PM)\n"
        f"Departure: {W(cout)} (check-out 12:00 PM)\n"
        f"Room: 1 Queen Bed, 1 Guest\n"
        f"Rate: Hilton Honors Discount \u2013 $139.00 per night, before taxes\n\n"
        f"You can cancel without charge until 11:59 PM local time one day before arrival.\n\n"
        f"Modify or cancel: https://www.hilton.com/en/book/reservation/find/\n\n"
        f"Hilton Honors member: ****9127")
    emit("b30-oth-email-hotel-anes.eml", lab("other", platform="other"),
         a("Hilton Garden Inn Milwaukee Park Place", "reservations@res.hilton.com"),
         "Your reservation at Hilton Garden Inn Milwaukee Park Place", sent, plain, "web")


@reg
def oth_ooo_osu():
    sent = at(ET, "2026-10-16T09:41:07")
    plain = (
        "Thank you for your message. I am away from the office through Monday, October 19, and will respond when "
        "I return.\n\n"
        "If you are writing about an interview invitation from Internal Medicine, please schedule through the "
        "link in your invitation; the residency office cannot hold dates by e-mail. For urgent matters, contact "
        "imresidency@osumc.edu.\n\n"
        "Gwendolyn Farrokhzad\n"
        "Program Manager, Internal Medicine Residency\n"
        "The Ohio State University Wexner Medical Center")
    emit("b30-oth-ooo-osu-im.eml", lab("other", platform="other"),
         a("Farrokhzad, Gwendolyn", "gwendolyn.farrokhzad@osumc.edu"),
         "Automatic reply: Question about interview dates", sent, plain, "outlook",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@reg
def oth_sent_umn():
    sent = at(CT, "2026-10-19T21:40:00")
    orig = at(CT, "2026-10-16T11:25:00")
    plain = (
        "Dear Ms. Amundsen-Diallo,\n\n"
        "Thank you so much for the invitation! My preferences, in order, are:\n\n"
        "1) Friday, November 13\n"
        "2) Friday, December 11\n"
        "3) Friday, January 8\n\n"
        "Unfortunately I have a conflict on January 22. Thank you again, and I look forward to meeting the team.\n\n"
        f"Best,\n{NAME}\nMS4, {SCHOOL}\nAAMC ID {AAMC}\n\n"
        + gmail_attr(orig, "UMN Neurology Residency <neurores@umn.edu>") + "\n\n"
        + quote("Dear Tessa,\n\nThank you for your application to the UMN Neurology Residency Program. The selection "
                "committee enjoyed reading it, and we would like to invite you to interview with us this season."))
    emit("b30-oth-sent-umn-neuro.eml", lab("other", platform="other"), a(NAME, ME),
         "Re: UMN Neurology Residency Interview", sent, plain, "gmail",
         to=a("Solveig Amundsen-Diallo", "amund047@umn.edu"))


@reg
def oth_classmate_fwd():
    sent = at(CT, "2026-10-30T19:05:00")
    orig = at(CT, "2026-10-30T13:30:00")
    ds = [d("2026-12-02"), d("2026-12-09"), d("2027-01-13")]
    inner = (
        "Dear Javier,\n\n"
        "Congratulations! The Department of Anesthesiology at Loyola University Medical Center is pleased to "
        "invite you to a virtual interview for our residency program. Interviews take place on Wednesdays from "
        "8:00 AM to 12:30 PM Central. Available dates: " + ", ".join(Wn(x) for x in ds[:2]) + " and " + W(ds[2])
        + ".\n\nPlease reply within 5 days with your preferred date.\n\n"
        "Anesthesiology Residency Program\nLoyola Medicine | Loyola University Medical Center\n"
        "2160 S. First Avenue, Maywood, IL 60153")
    plain = (
        "T!! Loyola anesthesia just invited me. did you get one?? the email came from their general inbox, "
        "not a coordinator, so maybe check spam. also they want replies in 5 days so don\u2019t sit on it\n\n"
        "J\n\n"
        "---------- Forwarded message ---------\n"
        "From: Loyola Anesthesiology Residency <anesthesiaresidency@lumc.edu>\n"
        f"Date: {orig:%a}, {orig:%b} {orig.day}, {orig.year} at {hm(orig)}\n"
        "Subject: Loyola Anesthesiology - Interview Invitation\n"
        "To: <javier.rosaleswhitfield@gmail.com>\n\n\n" + inner)
    emit("b30-oth-fwd-classmate-anes.eml", lab("other", platform="other"),
         a("Javier Rosales-Whitfield", "javier.rosaleswhitfield@gmail.com"),
         "Fwd: Loyola Anesthesiology - Interview Invitation", sent, plain, "gmail")


@reg
def oth_newsletter():
    sent = at(CT, "2026-11-18T07:30:00")
    plain = (
        "MATCH MATTERS \u2013 Class of 2027\n"
        "Office of Student Affairs | Southern Illinois University School of Medicine\n\n"
        "Good morning, MS4s!\n\n"
        "Interview season is well under way. According to this week\u2019s check-in survey, our class has "
        "reported 387 interview invitations so far, and a number of you are already traveling. Congratulations "
        "to everyone who has interviewed at programs from the University of Illinois College of Medicine Peoria "
        "and Washington University School of Medicine in St. Louis to Mayo Clinic, The Ohio State University "
        "Wexner Medical Center and our own SIU residencies here in Springfield.\n\n"
        "This week:\n\n"
        "- Mock interviews continue Tuesday and Thursday afternoons at the Memorial Learning Center.\n"
        "- If you are dual-applying with a preliminary or transitional year, remember to count those "
        "interviews separately when you update your tracker.\n"
        "- Thanksgiving week: the Student Affairs office closes at noon on Wednesday.\n\n"
        "Quick reminder on names: UIC and UICOMP (Peoria) are two different programs for EM and IM, and SLU "
        "and WashU are two different schools, even though both are in St. Louis. Please use full names in the "
        "survey.\n\n"
        "Office of Student Affairs\n"
        "Southern Illinois University School of Medicine\n"
        "801 N. Rutledge Street, Springfield, IL 62702\n\n"
        "You are receiving this because you are on the Class of 2027 mailing list.")
    emit("b30-oth-email-newsletter-none.eml", lab("other", platform="other"),
         a("SIU Medicine Student Affairs", "studentaffairs@siumed.edu"), "Match Matters: November 18", sent, plain,
         "outlook")
