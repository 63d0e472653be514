"""Info (10) and other (6)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# =============================================================== info: from programs (7)
@reg
def info_email_ucsf_peds():
    sent = at(PT, "2026-10-29T12:00:00")
    eves = [d("2026-11-04"), d("2026-11-11"), d("2026-12-02"), d("2026-12-09"), d("2027-01-06")]
    plain = (
        "Hello applicants!\n\n"
        "We\u2019re writing to everyone who has an interview with the UCSF Pediatric Residency Program this season. "
        "Our residents are hosting informal virtual socials the evening before each interview day, 6:00\u20137:00 PM "
        "Pacific. They are optional, there are no faculty present, and attendance is not tracked.\n\n"
        "Social evenings:\n\n"
        + "\n".join(f"- {Wn(x)}" + (f", {x.year}" if x.year == 2027 else "") for x in eves) + "\n\n"
        "Join at https://ucsf.zoom.us/j/98017733420 (the same link every night). Feel free to come to a social that "
        "isn\u2019t the night before your own interview, too.\n\n"
        "We\u2019re also glad to connect you with a resident who shares your interests (advocacy, global health, "
        "research, parenting in residency, and more) \u2014 just reply to this note.\n\n"
        "See you soon,\n"
        "The Chief Residents\n"
        "UCSF Pediatric Residency Program | University of California, San Francisco")
    emit("b29-info-email-ucsf-peds.eml",
         lab("info", "University of California, San Francisco", "email", PEDS),
         a("UCSF Pediatrics Chief Residents", "pedschiefs@ucsf.edu"), "Resident socials for interviewees",
         sent, plain, "gmail", to="UCSF Peds Interviewees 2026-27 <peds-interviewees-2027@ucsf.edu>")


@reg
def info_email_uw_radonc():
    sent = at(PT, "2026-12-08T16:10:00")
    plain = (
        "Dear Kalena,\n\n"
        "Thank you for spending yesterday morning with us. We hope you enjoyed meeting our faculty and residents "
        "as much as we enjoyed getting to know you (again!).\n\n"
        "In keeping with the NRMP Match Participation Agreement and our department\u2019s policy, we will not "
        "contact applicants after the interview to ask about ranking intentions, and we ask that you do not feel "
        "obliged to send us thank-you notes or updates. Our rank list is based on your application and interview "
        "day alone.\n\n"
        "If questions come up as you think about your list, our chief residents are always happy to talk. We wish "
        "you the best of luck on Match Day, Friday, March 19, 2027.\n\n"
        "Warm regards,\n"
        "Residency Program Leadership\n"
        "Department of Radiation Oncology\n"
        "University of Washington")
    emit("b29-info-email-uw-radonc.eml", lab("info", "University of Washington", "email", RADONC),
         a("Ingrid Maletz-Okoro", "imaletz@uw.edu"), "Thank you from UW Radiation Oncology", sent, plain, "outlook")


@reg
def info_email_ohsu_cneuro():
    sent = at(PT, "2026-11-05T09:00:00")
    x = d("2026-11-10")
    plain = (
        f"Dear Child Neurology applicants,\n\n"
        f"The residents of the Oregon Health & Science University Child Neurology program invite you to a virtual "
        f"open house on {W(x)}, from 6:00 to 7:15 PM Pacific. It\u2019s a relaxed evening to ask questions "
        f"about life in Portland, call schedules, the pediatric years and the Doernbecher neurology service. "
        f"Faculty will not attend.\n\n"
        f"Zoom: https://ohsu.zoom.us/j/95518302771\n\n"
        f"No RSVP needed. If you can\u2019t make it, we\u2019ll have plenty of time for questions on your interview "
        f"day.\n\n"
        f"Priya Vandermolen\n"
        f"Child Neurology Program Coordinator\n"
        f"OHSU Doernbecher Children\u2019s Hospital | Oregon Health & Science University")
    emit("b29-info-email-ohsu-cneuro.eml", lab("info", "Oregon Health & Science University", "email", CNEURO),
         a("Priya Vandermolen", "vandermp@ohsu.edu"), "Child Neurology resident open house", sent, plain, "outlook",
         to="undisclosed-recipients:;")


@reg
def info_email_scripps_ty():
    sent = at(PT, "2026-12-14T10:00:00")
    start = d("2027-06-16")
    plain = (
        f"Hello TY interviewees,\n\n"
        f"A few of you have asked about lodging. Two hotels within walking distance of the Hillcrest campus are "
        f"offering a discounted rate for Scripps Mercy Hospital San Diego interview guests through January 31: "
        f"mention \u201cScripps Mercy GME\u201d when you call. A shuttle also runs from the Old Town trolley "
        f"station.\n\n"
        f"And for planning purposes, we\u2019re often asked when the year starts: orientation for the incoming "
        f"transitional year class begins on {W(start)}, and the first clinical rotations start July 1. We "
        f"know many of you will be moving straight into a PGY-2 program the following year, and we build the "
        f"schedule with that in mind.\n\n"
        f"Happy holidays,\n"
        f"Gabriel Montoya-Ruiz\n"
        f"Residency Program Coordinator, Transitional Year\n"
        f"Scripps Mercy Hospital San Diego")
    emit("b29-info-email-scripps-ty.eml", lab("info", "Scripps Mercy Hospital San Diego", "email", TY),
         a("Montoya-Ruiz, Gabriel", "montoyaruiz.gabriel@scrippshealth.org"), "Hotel discounts & TY start date",
         sent, plain, "outlook", to="undisclosed-recipients:;")


@reg
def info_email_kpnapa_fm():
    sent = at(PT, "2026-10-27T17:30:00")
    sundays = [d("2026-11-08"), d("2026-11-15"), d("2026-12-06"), d("2027-01-10")]
    plain = (
        "Hi future colleagues!\n\n"
        "We\u2019re the residents of the Kaiser Permanente Napa-Solano Family Medicine Residency, and we\u2019d love to "
        "hang out before your interview day. On the Sunday evening before each interview Monday we\u2019ll be at a "
        "taqueria in downtown Napa from 6:00 PM. Come hungry; it\u2019s on us.\n\n"
        + "\n".join(f"- {Wn(x)}" for x in sundays) + "\n\n"
        "This is totally optional and has nothing to do with your evaluation. Partners and kids welcome!\n\n"
        "Text our chief, Dr. Bautista-Lee, at (707) 555-0193 if you\u2019re coming so we can save seats.\n\n"
        "\u2014 The KP Napa-Solano residents")
    emit("b29-info-email-kpnapa-fm.eml", lab("info", "Kaiser Permanente Napa-Solano", "email", FM),
         a("Napa-Solano FM Chiefs", "napasolano.fmchiefs@kp.org"), "Sunday dinners before interview days",
         sent, plain, "gmail", to="undisclosed-recipients:;")


@reg
def info_email_cedars_path():
    sent = at(PT, "2027-01-11T10:15:00")
    x = d("2027-02-05")
    plain = (
        f"Dear Applicant,\n\n"
        f"Thank you again for interviewing with the Pathology Residency Program at Cedars-Sinai Medical Center this "
        f"season.\n\n"
        f"Because all of our interviews were virtual, we are offering an optional in-person open house on "
        f"{W(x)}, from 1:00 to 4:00 PM, for anyone who would like to see the department and the hospital. It "
        f"is purely informational: there are no interviews, attendance is not recorded, and it will not affect "
        f"our rank list in any way. We cannot reimburse travel.\n\n"
        f"If you plan to come, please RSVP to this e-mail by Friday, January 22.\n\n"
        f"Kind regards,\n"
        f"Yolanda Achterberg\n"
        f"Residency Program Coordinator\n"
        f"Department of Pathology and Laboratory Medicine\n"
        f"Cedars-Sinai Medical Center")
    emit("b29-info-email-cedars-path.eml", lab("info", "Cedars-Sinai Medical Center", "email", PATH),
         a("Achterberg, Yolanda", "Yolanda.Achterberg@cshs.org"), "Optional in-person open house - Pathology",
         sent, plain, "outlook", to="undisclosed-recipients:;")


@reg
def info_email_kpoak_peds():
    sent = at(PT, "2026-11-09T12:45:00")
    x = d("2026-11-17")
    plain = (
        f"Hello applicants,\n\n"
        f"Two quick updates from the Kaiser Permanente Oakland Medical Center Pediatric Residency.\n\n"
        f"First, we are happy to share that Dr. Nalani Fairweather-Cho has joined us as Associate Program "
        f"Director. Many of you will meet her on your interview day.\n\n"
        f"Second, our chief residents are holding an evening Q&A on Zoom on {W(x)}, 7:00\u20138:00 PM Pacific, for "
        f"anyone who has been invited this season. Link: https://kponline.zoom.us/j/93011842775\n\n"
        f"Best,\n"
        f"Pediatric Residency Program\n"
        f"Kaiser Permanente Oakland Medical Center")
    emit("b29-info-email-kpoak-peds.eml", lab("info", "Kaiser Permanente Oakland Medical Center", "email", PEDS),
         a("KP Oakland Pediatric Residency", "oak-pedsresidency@kp.org"), "Updates from KP Oakland Pediatrics",
         sent, plain, "outlook", to="undisclosed-recipients:;")


# =============================================================== info: system notices (3)
@reg
def info_eras_msg():
    sent = at(ET, "2026-11-19T21:03:44")
    plain = (
        "You have a new message in MyERAS.\n\n"
        "Please sign in to MyERAS to read it: https://apps.aamc.org/myeras-web/\n\n"
        "Do not reply to this email.\n")
    emit("b29-info-eras-msg-none.eml", lab("info", platform="eras"), a("MyERAS", "myeras-noreply@aamc.org"),
         "New MyERAS Message", sent, plain, None, domain="aamc.org")


@reg
def info_thal_system():
    sent = at(UTC, "2026-09-24T15:00:00")
    thalamus("b29-info-thal-system-none.eml", lab("info", platform="thalamus"), sent,
             "Get ready for interview season: check your Thalamus settings",
             "Interview season is starting",
             "Programs are beginning to send interview invitations. A few minutes now will make sure you don\u2019t "
             "miss one.",
             rows=[("1", "Confirm your time zone (currently: Pacific Time)."),
                   ("2", "Turn on text alerts for new invitations and waitlist openings."),
                   ("3", "Connect your Google or Outlook calendar to see conflicts before you book."),
                   ("4", "Add noreply@thalamusgme.com to your safe senders list.")],
             button="Review my settings", url="https://app.thalamusgme.com/settings/notifications",
             foot="Invitations appear in your dashboard as soon as a program sends them. Each program sets its own "
                  "response window, so check each invitation for its deadline.")


@reg
def info_nrmp():
    sent = at(UTC, "2027-01-20T16:00:00")
    rol, cert, match = d("2027-02-01"), d("2027-03-03"), d("2027-03-19")
    plain = (
        f"Dear {NAME},\n\n"
        f"The Main Residency Match is approaching. Here are the key dates for the 2027 Match:\n\n"
        f"- Rank order list entry opens: {W(rol)}, 12:00 PM ET\n"
        f"- Rank order list certification deadline: {W(cert)}, 9:00 PM ET\n"
        f"- Match Day: {W(match)}\n\n"
        f"Congratulations on reaching this stage. Remember that you may rank only programs where you "
        f"interviewed, and that you can certify and re-certify your list as many times as you like before the "
        f"deadline. Programs that interviewed you are not permitted to ask how you intend to rank them.\n\n"
        f"Sign in to the R3 system: https://r3.nrmp.org/\n\n"
        f"National Resident Matching Program\n"
        f"2121 K Street, NW, Suite 1000, Washington, DC 20037")
    emit("b29-info-nrmp-rol-none.eml", lab("info", platform="other"), a("NRMP", "noreply@nrmp.org"),
         "2027 Main Residency Match: ranking opens February 1", sent, plain, "web")


# =============================================================== other (6)
@reg
def oth_alaskaair():
    sent = at(PT, "2026-12-22T18:44:00")
    out1, back = d("2027-01-10"), d("2027-01-12")
    plain = (
        f"Confirmation code: QHWZLK\n\n"
        f"Thanks for booking with Alaska, {FIRST}! Your trip is confirmed.\n\n"
        f"Traveler: {NAME.upper()}  |  Mileage Plan #: ****4471\n\n"
        f"DEPART \u2013 {W(out1)}\n"
        f"Flight 2205  Spokane (GEG) 11:40 am \u2192 Seattle (SEA) 12:45 pm\n"
        f"Flight 109   Seattle (SEA) 2:25 pm \u2192 Anchorage (ANC) 5:05 pm\n\n"
        f"RETURN \u2013 {W(back)}\n"
        f"Flight 122   Anchorage (ANC) 6:55 am \u2192 Seattle (SEA) 11:20 am\n"
        f"Flight 2194  Seattle (SEA) 1:10 pm \u2192 Spokane (GEG) 2:15 pm\n\n"
        f"Fare: Main, round trip. Total charged: $486.40\n\n"
        f"Check in 24 hours before departure at alaskaair.com or in the Alaska app.\n\n"
        f"Alaska Airlines, P.O. Box 68900, Seattle, WA 98168")
    emit("b29-oth-email-alaskaair-fm.eml", lab("other", platform="other"),
         a("Alaska Airlines", "confirmations@ifly.alaskaair.com"),
         f"Your trip confirmation (GEG - ANC) \u2013 {wn(out1)}", sent, plain, "web", domain="ifly.alaskaair.com")


@reg
def oth_hotel():
    sent = at(UTC, "2026-10-20T03:27:15")
    cin, cout = d("2026-12-14"), d("2026-12-15")
    plain = (
        f"Your reservation is confirmed\n\n"
        f"Hi {FIRST}, we look forward to welcoming you.\n\n"
        f"Crowne Plaza Palo Alto\n4290 El Camino Real, Palo Alto, CA 94306\n\n"
        f"Confirmation number: 41837092\n"
        f"Check-in: {W(cin)}, after 3:00 PM\n"
        f"Check-out: {W(cout)}, before 12:00 PM\n"
        f"Room: 1 King Bed Standard, 1 adult, 1 night\n"
        f"Rate: Best Flexible \u2013 $219.00 per night, plus taxes and fees\n"
        f"Cancel by 4:00 PM local time on {Wn(cin - dt.timedelta(days=1))} to avoid a charge.\n\n"
        f"Manage your stay: https://www.ihg.com/hotels/us/en/reservation/manage\n\n"
        f"IHG Hotels & Resorts | IHG One Rewards member: ****5528")
    emit("b29-oth-email-hotel-peds.eml", lab("other", platform="other"),
         a("Crowne Plaza Palo Alto", "reservations@res.ihg.com"),
         "Reservation Confirmation: Crowne Plaza Palo Alto, Dec 14, 2026", sent, plain, "web")


@reg
def oth_ooo_cedars():
    sent = at(PT, "2026-11-03T08:02:11")
    plain = (
        "Thank you for your e-mail. I am out of the office from Tuesday, November 3 through Monday, November 9, "
        "with limited access to e-mail.\n\n"
        "If you are replying to a Pathology residency interview invitation, your message has been received and "
        "dates will be confirmed in the order replies arrived when I return. For anything urgent, please contact "
        "the Pathology Education Office at (310) 555-0177.\n\n"
        "Yolanda Achterberg\nResidency Program Coordinator, Pathology and Laboratory Medicine\nCedars-Sinai")
    emit("b29-oth-ooo-cedars-path.eml", lab("other", platform="other"),
         a("Achterberg, Yolanda", "Yolanda.Achterberg@cshs.org"),
         "Automatic reply: Cedars-Sinai Pathology Residency - Interview Invitation", sent, plain, "outlook",
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@reg
def oth_sent_uw():
    sent = at(PT, "2026-12-07T19:30:00")
    plain = (
        "Dear Dr. Halvorsen-Mbatha and Ms. Maletz-Okoro,\n\n"
        "Thank you so much for this morning. It was wonderful to be back with the UW Radiation Oncology team, "
        "even over Zoom, and the conversations with the residents about the proton service and the Harborview "
        "palliative program made me even more excited about Seattle.\n\n"
        "I really appreciated the time everyone took. I hope to see you again soon.\n\n"
        "Warm regards,\n"
        "Kalena Ostrowski-Reyes\n"
        f"MS4, {SCHOOL}\n"
        f"AAMC ID {AAMC}")
    emit("b29-oth-sent-uw-radonc.eml", lab("other", platform="other"), a(NAME, ME),
         "Thank you - UW Radiation Oncology interview", sent, plain, "gmail",
         to=a("Ingrid Maletz-Okoro", "imaletz@uw.edu"))


@reg
def oth_classmate_fwd():
    sent = at(PT, "2026-11-17T21:10:00")
    orig = at(PT, "2026-11-17T14:02:00")
    ds = [d("2026-12-16"), d("2027-01-06"), d("2027-01-20")]
    inner = (
        "Dear Marisa,\n\n"
        "On behalf of the Department of Pediatrics at Harbor-UCLA Medical Center, we are pleased to invite you to "
        "a virtual interview for our Pediatrics Residency Program. Interviews are held on Wednesdays from 8:00 AM "
        "to 12:30 PM Pacific. Open dates: " + ", ".join(Wn(x) for x in ds[:1]) + ", " +
        ", ".join(W(x) for x in ds[1:]) + ".\n\n"
        "Please reply within 72 hours with your preferred date.\n\n"
        "Harbor-UCLA Pediatric Residency Program\n1000 W. Carson Street, Box 17, Torrance, CA 90502")
    plain = (
        "kalena!! harbor peds just came through for me \u2014 didn\u2019t you apply there too?? you have the surg "
        "prelim with them right, maybe it\u2019s a different coordinator. check your spam \U0001f440\n\n"
        "m\n\n"
        "---------- Forwarded message ---------\n"
        "From: Harbor-UCLA Pediatrics <pedsresidency@dhs.lacounty.gov>\n"
        f"Date: {orig:%a}, {orig:%b} {orig.day}, {orig.year} at {hm(orig)}\n"
        "Subject: Harbor-UCLA Pediatrics Interview Invitation\n"
        "To: <marisa.delacroixtran@gmail.com>\n\n\n" + inner)
    emit("b29-oth-fwd-classmate-peds.eml", lab("other", platform="other"),
         a("Marisa Delacroix-Tran", "marisa.delacroixtran@gmail.com"),
         "Fwd: Harbor-UCLA Pediatrics Interview Invitation", sent, plain, "gmail")


@reg
def oth_newsletter():
    sent = at(PT, "2026-11-20T07:00:00")
    plain = (
        "MATCH WEEKLY \u2013 Class of 2027\n"
        "Office of Student Affairs | Washington State University Elson S. Floyd College of Medicine\n\n"
        "Hello Cougs,\n\n"
        "Interview season is in full swing. Based on the check-in survey, our class has reported 412 interview "
        "invitations so far, with the most coming from Family Medicine, Internal Medicine, Pediatrics and "
        "Psychiatry. Shout-outs to the students who have interviewed at programs across the region, from the "
        "University of Washington and Providence Sacred Heart here in Spokane to Oregon Health & Science "
        "University, the Family Medicine Residency of Idaho and the Alaska Family Medicine Residency.\n\n"
        "Reminders:\n\n"
        "- Update your interview tracker in the student portal by Friday; advisors use it to spot anyone who may "
        "need a supplemental application strategy.\n"
        "- Spokane campus mock interviews continue Tuesdays and Thursdays in the Spokane Teaching Health Clinic.\n"
        "- Thanksgiving week: Student Affairs is closed Thursday and Friday.\n\n"
        "A note on names: \u201cUW\u201d in your invitations is the University of Washington (Seattle), not us! "
        "Please don\u2019t put WSU on a UW rank line when you fill out the survey.\n\n"
        "Go Cougs,\n"
        "Office of Student Affairs\n"
        "Washington State University Elson S. Floyd College of Medicine\n"
        "412 E. Spokane Falls Blvd., Spokane, WA 99202\n\n"
        "You are receiving this because you are a member of the Class of 2027 list. To manage your subscription, "
        "visit the student portal.")
    emit("b29-oth-email-newsletter-none.eml", lab("other", platform="other"),
         a("WSU ESFCOM Student Affairs", "medicine.studentaffairs@wsu.edu"), "Match Weekly: November 20", sent,
         plain, "outlook")
