"""Info (10) and other (6)."""
from lib import *  # noqa: F401,F403
import lib

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ======================================================================= info
@reg
def info_dh():
    sent = at(MT, "2026-10-02T12:00:00")
    s1, s2, s3 = d("2026-10-13"), d("2026-10-22"), d("2026-11-04")
    body = ("Hello applicants!\n\n"
            "Thank you for applying to the Denver Health Residency in Emergency Medicine. Whether or not you have "
            "heard from us yet, we'd love for you to join one of our virtual open houses with residents and faculty. "
            "These are informal, not part of the interview, and have no impact on selection:\n\n"
            f"- {Wn(s1)}, 6:00 PM MT \u2013 Life in Denver & wellness\n"
            f"- {Wn(s2)}, 6:00 PM MT \u2013 Ultrasound, EMS and toxicology tracks\n"
            f"- {Wn(s3)}, 6:30 PM MT \u2013 Q&A with the chiefs\n\n"
            "Zoom: https://denverhealth.zoom.us/j/98001233410\n\n"
            "Interview invitations will be sent through ResidencyCAS on a rolling basis.\n\n"
            "Denver Health Residency in Emergency Medicine\nDenver Health and Hospital Authority")
    emit("b26-info-email-dh-em.eml", lab("info", "Denver Health", "email", EM),
         a("DH EM Residency", "emresidency@dhha.org"), "Denver Health EM Virtual Open Houses", sent, body,
         to="undisclosed-recipients:;")


@reg
def info_ou_ortho():
    sent = at(CT, "2027-01-11T09:15:00")
    sl2 = d("2027-02-05")
    body = (f"Dear {NAME.split()[0]},\n\n"
            "Thank you for spending Friday with us at the University of Oklahoma Department of Orthopaedic Surgery & "
            "Rehabilitation. It was a pleasure getting to know you.\n\n"
            f"We will host an optional Second Look on {Wl(sl2)} for applicants who would like to spend more time "
            "in the OR and clinic. RSVP by replying to this email. Attendance has no effect on our rank list.\n\n"
            "Consistent with NRMP policy, we will not ask where you plan to rank us, and no post-interview "
            "communication is expected.\n\n"
            "Best regards,\nOU Orthopaedic Surgery Residency\nOU Health | University of Oklahoma Health Sciences Center")
    emit("b26-info-email-ou-ortho.eml", lab("info", "University of Oklahoma", "email", ORTHO),
         a("OU Ortho Residency", "ortho-residency@ouhealth.com"), "Thank you from OU Ortho", sent, body)


@reg
def info_chco():
    sent = at(MT, "2026-12-07T09:00:00")
    sl2 = d("2027-01-29")
    body = (f"Dear {NAME},\n\n"
            "Thank you for interviewing with the Pediatric Residency Program at Children's Hospital Colorado last "
            "week. We hope you enjoyed meeting our residents as much as they enjoyed meeting you.\n\n"
            f"In-person Second Look: {Wl(sl2)} on the Anschutz Medical Campus, Aurora. Registration opens January 4 "
            "and closes when full.\n\n"
            "We do not require or expect thank-you notes or letters of intent.\n\n"
            "Emma Sokolowski\nPediatric Residency Coordinator\nChildren's Hospital Colorado | University of Colorado "
            "School of Medicine")
    emit("b26-info-email-chco-peds.eml", lab("info", "Children's Hospital Colorado", "email", PEDS),
         a("Sokolowski, Emma", "emma.sokolowski@childrenscolorado.org"), "Thank you for interviewing with us!",
         sent, body)


@reg
def info_uw_neuro():
    sent = at(PT, "2026-11-25T15:30:00")
    pd = d("2027-01-04")
    body = ("Dear Neurology Applicants,\n\n"
            "We wanted to share some news with everyone invited to interview with the University of Washington "
            f"Neurology Residency. After 11 years, Dr. Elaine Baptiste will step down as Program Director; Dr. Tomas "
            f"Iwu-Sandoval, currently Associate Program Director, will take on the role beginning {Wl(pd)}.\n\n"
            "Dr. Iwu-Sandoval will join every remaining interview day and is happy to answer questions about the "
            "transition. Nothing about your interview date or the format changes.\n\n"
            "Happy Thanksgiving from all of us at Harborview and UW Medical Center!\n\n"
            "Sarah Lindqvist\nProgram Manager, Department of Neurology\nUW Medicine | University of Washington")
    emit("b26-info-email-uw-neuro.eml", lab("info", "University of Washington", "email", NEU),
         a("Sarah Lindqvist", "slindq@uw.edu"), "UW Neurology \u2013 Program Director transition", sent, body,
         to="undisclosed-recipients:;")


@reg
def info_eras_msg():
    sent = at(UTC, "2026-11-12T19:02:11")
    body = ("You have received a new message in MyERAS.\n\n"
            "Please log in to MyERAS to read it: https://apps.aamc.org/myeras-web/#/messages\n\n"
            "Do not reply to this email.\n")
    emit("b26-info-eras-msg-none.eml", lab("info", None, "eras"), ERAS_PO, "New MyERAS Message", sent, body,
         html=False, domain="aamc.org")


@reg
def info_thal_system():
    sent = at(UTC, "2026-10-05T15:00:00")
    thalamus("b26-info-thal-system-none.eml", lab("info", None, "thalamus"), sent,
             "New in Thalamus: interview times in your own time zone", "Product update",
             "Starting this week, every interview invitation, itinerary and reminder in Thalamus will show times in "
             "both the program's time zone and the time zone set in your profile. Check that your profile time "
             "zone is correct before you accept your next invitation.\n\n"
             "Tip: add noreply@thalamusgme.com to your contacts so that invitations don't land in spam.",
             button="Update my profile", url="https://app.thalamusgme.com/applicant/profile")


@reg
def info_nrmp():
    sent = at(UTC, "2027-02-01T17:00:00")
    op, dl, md = d("2027-02-01"), d("2027-03-03"), d("2027-03-19")
    body = (f"Dear {NAME},\n\n"
            f"Rank order list entry for the 2027 Main Residency Match is now open in the R3 system. The rank order "
            f"list certification deadline is 9:00 p.m. ET on {Wl(dl)}.\n\n"
            "Remember: you may rank any program where you interviewed, and a program's interview invitation does not "
            "create any commitment. Do not wait until the last day to certify.\n\n"
            f"Match Day is {Wl(md)}.\n\n"
            "National Resident Matching Program\nhttps://www.nrmp.org")
    emit("b26-info-nrmp-rol-none.eml", lab("info", None, "other"), a("NRMP", "support@nrmp.org"),
         "NRMP: Rank Order List Entry Is Now Open", sent, body)


@reg
def info_rcas():
    sent = at(UTC, "2026-11-05T16:00:00")
    mt = d("2026-11-08")
    residencycas("b26-info-rcas-system-none.eml", lab("info", None, "residencycas"), sent,
                 "ResidencyCAS scheduled maintenance",
                 "Scheduled maintenance",
                 f"ResidencyCAS will be unavailable on {Wl(mt)} from 1:00 AM to 5:00 AM ET for scheduled "
                 "maintenance. Interview scheduling, waitlists and messages will be paused during this window. "
                 "Interview invitations sent during the maintenance window will be delivered when the system comes "
                 "back online.")


@reg
def info_ochsner():
    sent = at(CT, "2026-12-01T10:00:00")
    soc = d("2026-12-07")
    body = (f"Hi {NAME.split()[0]},\n\n"
            f"Our residents would love to see you at the virtual social on {Wn(soc)} at 6:00 PM Central, the "
            "evening before your interview day. Expect trivia, a New Orleans food tour on screen, and plenty of time "
            "for questions. Totally optional!\n\n"
            "Link: https://ochsner.zoom.us/j/91840023751 (passcode: KingCake)\n\n"
            "Danielle Thibodeaux\nGME Program Coordinator II, Internal Medicine\nOchsner Health")
    emit("b26-info-email-ochsner-im.eml", lab("info", "Ochsner Health", "email", IM),
         a("Danielle Thibodeaux", "danielle.thibodeaux@ochsner.org"), "Ochsner IM Pre-Interview Social", sent,
         body)


@reg
def info_lsu():
    sent = at(CT, "2026-12-16T10:00:00")
    body = (f"Dear {NAME},\n\n"
            "Thank you for interviewing with the LSU Health New Orleans Neurology Residency Program yesterday. We "
            "appreciate the time you spent with us.\n\n"
            "Our program follows NRMP guidance: we will not solicit information about how you intend to rank us, and "
            "we will not send post-interview communication intended to influence your rank list. Please feel free "
            "to reach out with any further questions.\n\n"
            "Neurology Residency Program\nLSU Health New Orleans School of Medicine | 1542 Tulane Ave, New Orleans")
    emit("b26-info-email-lsu-neuro.eml", lab("info", "LSU Health New Orleans", "email", NEU),
         a("LSU Neurology Residency", "neurores@lsuhsc.edu"), "Thank you from LSU Neurology", sent, body)


# ======================================================================= other
@reg
def oth_southwest():
    sent = at(UTC, "2026-11-29T03:12:00")
    out, back = d("2027-01-07"), d("2027-01-09")
    body = (f"You're going to Oklahoma City!\n\nConfirmation #: 8QXW2R\nPassenger: {NAME.upper()}\n\n"
            f"{Ws(out)}  DEN 1:05 PM -> OKC 3:50 PM  Flight 2231\n"
            f"{Ws(back)}  OKC 9:30 AM -> DEN 10:20 AM  Flight 1874\n\n"
            "Fare: Wanna Get Away  Total: $212.40\n\n"
            "Check in 24 hours before departure at southwest.com.\n\nSouthwest Airlines, P.O. Box 36647, Dallas, TX")
    emit("b26-oth-email-southwest-ortho.eml", lab("other", None, "other"),
         a("Southwest Airlines", "SouthwestAirlines@ifly.southwest.com"),
         f"Your trip confirmation (DEN - OKC) {out:%m/%d}", sent, body)


@reg
def oth_hotel():
    sent = at(UTC, "2026-11-21T18:44:00")
    ci, co = d("2026-12-03"), d("2026-12-04")
    body = (f"Dear {NAME},\n\nThank you for booking with us.\n\n"
            "Hilton Garden Inn Phoenix Midtown\n4000 N Central Ave, Phoenix, AZ 85012\n\n"
            f"Check-in: {Wl(ci)} (3:00 PM)\nCheck-out: {Wl(co)} (11:00 AM)\n"
            "Room: 1 King Bed, Non-smoking\nConfirmation number: 3318472056\n\n"
            "Rate: Medical Visitor Rate - $139.00 per night plus taxes\n\n"
            "We look forward to welcoming you. Hilton Honors members can check in on the app.")
    emit("b26-oth-email-hotel-neuro.eml", lab("other", None, "other"),
         a("Hilton Garden Inn Phoenix Midtown", "reservations@res.hilton.com"),
         "Your reservation confirmation: Hilton Garden Inn Phoenix Midtown", sent, body)


@reg
def oth_advising():
    sent = at(MT, "2026-11-02T08:30:00")
    body = ("Dear MS4s,\n\n"
            "As we head into November, the Office of Student Affairs is checking in on how interview season is going. "
            "Please take two minutes to fill out our confidential survey: how many interview invitations you've "
            "received so far in each specialty, any waitlists, and whether you applied through ResidencyCAS as well "
            "as ERAS.\n\n"
            "Survey: https://utah.co1.qualtrics.com/jfe/form/SV_interviewcheckin27\n\n"
            "If you have fewer invitations than you hoped, please book time with your advisor \u2014 we can help you "
            "plan next steps.\n\n"
            "Office of Student Affairs\nUniversity of Utah Spencer Fox Eccles School of Medicine")
    emit("b26-oth-email-utahadvising-none.eml", lab("other", None, "other"),
         a("Student Affairs - SFESOM", "studentaffairs@hsc.utah.edu"), "Interview season check-in (MS4)", sent,
         body, to="ms4-class-2027@lists.utah.edu", cc=a(NAME, ME))


@reg
def oth_ooo():
    sent = at(PT, "2026-12-08T06:01:00")
    body = ("Thank you for your email. I am out of the office through Wednesday, December 9, with limited access to "
            "email. For urgent matters regarding OHSU Internal Medicine interviews, please contact imres@ohsu.edu "
            "or call 503-555-0109.\n\n"
            "Thank you,\nBrianna Kealoha\nResidency Coordinator, Internal Medicine | Oregon Health & Science "
            "University\n")
    emit("b26-oth-ooo-ohsu-im.eml", lab("other", None, "other"), a("Brianna Kealoha", "kealohab@ohsu.edu"),
         "Automatic reply: Question about Thursday interview", sent, body, html=False,
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@reg
def oth_uber():
    sent = at(UTC, "2026-12-10T13:58:00")
    day = d("2026-12-10")
    body = (f"Thanks for riding, Renata\n\nHere's your receipt for your ride on {Wn(day)}.\n\n"
            "Total: $18.62\nTrip fare $14.10 | Booking fee $2.77 | Tip $1.75\n\n"
            "6:41 AM  Hotel Teatro, 1100 14th St, Denver, CO\n"
            "6:57 AM  Denver Health Medical Center, 790 Delaware St, Denver, CO\n\n"
            "UberX | 3.1 miles | 16 min\n\nUber Technologies, Inc.")
    emit("b26-oth-email-uber-em.eml", lab("other", None, "other"), a("Uber Receipts", "noreply@uber.com"),
         f"Your {day:%A} morning trip with Uber", sent, body)


@reg
def oth_newsletter():
    sent = at(UTC, "2026-10-20T14:00:00")
    body = ("THE MATCH WEEKLY | October 20, 2026\n\n"
            "Waiting on interview invitations? You're not alone.\n\n"
            "1. Why some specialties release invitations in waves (and what to do in between)\n"
            "2. Five questions to ask on every interview day\n"
            "3. Thalamus vs. ERAS scheduler: how to avoid double-booking\n"
            "4. Sample thank-you note templates (hint: most programs say they're optional)\n\n"
            "Read more: https://www.thematchweekly.com/issues/2026-10-20?utm_source=email&utm_medium=newsletter\n\n"
            "You're receiving this because you subscribed at thematchweekly.com. Unsubscribe: "
            "https://www.thematchweekly.com/u/3f9a21")
    emit("b26-oth-email-newsletter-none.eml", lab("other", None, "other"),
         a("The Match Weekly", "hello@thematchweekly.com"), "Invitations are rolling in \u2014 are you ready?", sent,
         body)
