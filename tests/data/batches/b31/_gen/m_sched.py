"""Scheduled (10), reminders (8), cancellations (6)."""
from lib import *  # noqa: F401,F403
import datetime as dt

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ------------------------------------------------------------------ scheduled
@reg
def sch_thal_mghmclean_psych():
    sent = at(UTC, "2026-10-14T15:31:00")
    x = d("2026-12-07")
    thalamus("b31-sch-thal-mghmclean-psych.eml",
             lab("scheduled", "Massachusetts General Hospital/McLean Hospital", "thalamus", PSY, None, "virtual", [x]),
             sent, "Interview scheduled", "Your interview is confirmed",
             "You\u2019re booked. Massachusetts General Hospital/McLean Hospital will see you on the date below.",
             rows=[("Program", "Massachusetts General Hospital/McLean Hospital \u2013 Adult Psychiatry"),
                   ("Date", W(x)), ("Time", "8:30 AM \u2013 3:00 PM EST"), ("Interview type", "Virtual")],
             foot="Need to change? You can cancel or reschedule in Thalamus until 7 days before the interview.")


@reg
def sch_email_bwh_psych():
    sent = at(ET, "2026-10-19T14:02:00")
    mine = at(ET, "2026-10-19T08:11:00")
    x = d("2026-11-20")
    st, en = at(ET, "2026-11-20T09:00"), at(ET, "2026-11-20T14:30")
    plain = (
        f"Hi {FIRST},\n\n"
        f"You\u2019re all set for {W(x)}. I\u2019ve attached a calendar invitation; the Zoom link and the day\u2019s "
        "schedule will follow about a week before.\n\n"
        "Thanks!\nTamsin\n\n"
        "Tamsin Oduya-Reilly\nResidency Program Manager\nDepartment of Psychiatry | Brigham and Women\u2019s Hospital\n\n"
        + outlook_block(f"{NAME} <{ME}>", mine, "Oduya-Reilly, Tamsin <toduyareilly@bwh.harvard.edu>",
                        "RE: BWH Psychiatry Residency \u2013 Interview Invitation") + "\n\n"
        "Dear Ms. Oduya-Reilly,\n\nThank you so much for the invitation! I submitted the form for Friday, November "
        "20. Looking forward to it.\n\nBest,\nNoor Castellanos-Whitby")
    cal = ics("BWH_Psychiatry_Interview.ics", "b31-bwh-psych-1120@bwh.harvard.edu", st, en,
              "BWH Psychiatry Residency Interview (virtual)", "Zoom - link to follow",
              "Brigham and Women's Hospital Psychiatry interview day", "-//Microsoft Corporation//Outlook 16.0//EN",
              sent, mode="tzid", organizer=("Oduya-Reilly, Tamsin", "toduyareilly@bwh.harvard.edu"))
    emit("b31-sch-email-bwh-psych.eml",
         lab("scheduled", "Brigham and Women\u2019s Hospital", "email", PSY, None, "virtual", [x]),
         a("Oduya-Reilly, Tamsin", "toduyareilly@bwh.harvard.edu"),
         "RE: BWH Psychiatry Residency \u2013 Interview Invitation", sent, plain, "outlook", attach=[cal])


@reg
def sch_ib_upmc_pmr():
    sent = at(ET, "2026-10-23T12:07:00")
    x = d("2026-12-04")
    st, en = at(ET, "2026-12-04T08:00"), at(ET, "2026-12-04T13:00")
    cal = ics("interview.ics", "ib-UPMC-PMR-27-A-38210@interviewbroker.com", st, en,
              "UPMC PM&R Interview", "Virtual (Zoom)", "University of Pittsburgh Medical Center PM&R interview",
              "-//Interview Broker//EN", sent, mode="tzid")
    ibroker("b31-sch-ib-upmc-pmr.eml",
            lab("scheduled", "University of Pittsburgh Medical Center", "interview_broker", PMR, "advanced",
                "virtual", [x]),
            sent, "Interview Confirmation - UPMC PM&R",
            "University of Pittsburgh Medical Center (UPMC) \u2013 PM&R Advanced",
            f"Dear {FIRST} {LAST},\n\nYour interview has been scheduled.\n\n"
            f"Date: {W(x)}\nTime: 8:00 AM - 1:00 PM Eastern Time\nLocation: Virtual (Zoom)\n\n"
            "The Zoom link will be e-mailed by the program in advance. A calendar file is attached.",
            after="To cancel or reschedule, sign in to Interview Broker.", attach=[cal])


@reg
def sch_eras_jhu_neuro():
    sent = at(ET, "2026-10-28T11:26:00")
    x = d("2027-01-11")
    eras("b31-sch-eras-jhu-neuro.eml",
         lab("scheduled", "Johns Hopkins University", "eras", NEURO, "categorical", "virtual", [x]),
         sent, "Interview Scheduled", "Interview scheduled",
         "You have scheduled an interview with Johns Hopkins University Program (Neurology - Categorical).",
         grid=(["Interview date", "Time", "Location"], [[f"{x:%a} {num(x)}", "9:00 AM - 2:00 PM Eastern", "Virtual"]]))


@reg
def sch_email_nypcol_psych():
    sent = at(ET, "2026-10-14T10:48:00")
    mine = at(ET, "2026-10-10T09:30:00")
    x = d("2026-12-01")
    plain = (
        f"Dear Ms. {LAST},\n\n"
        f"Unfortunately November 10 filled before we received your reply, so we have confirmed you for your "
        f"second choice, {W(x)}. Please arrive at 1051 Riverside Drive by 7:50 a.m. and bring a photo ID for "
        "security.\n\n"
        "Kind regards,\nGraciela Montalvo-Baptiste\nResidency Program Coordinator\n"
        "NewYork-Presbyterian Hospital/Columbia University Irving Medical Center\n\n"
        + gmail_attr(mine, f"{NAME} <{ME}>") + "\n"
        + quote("Dear Ms. Montalvo-Baptiste,\n\nThank you very much for the invitation. My preferences are:\n\n"
                "1. November 10\n2. December 1\n3. January 12\n\nWith thanks,\nNoor Castellanos-Whitby"))
    emit("b31-sch-email-nypcol-psych.eml",
         lab("scheduled", "NewYork-Presbyterian Hospital/Columbia University Irving Medical Center", "email", PSY,
             None, "in_person", [x]),
         a("Montalvo-Baptiste, Graciela", "gm2871@cumc.columbia.edu"),
         "RE: Columbia Psychiatry Residency - Interview Invitation", sent, plain, "outlook")


@reg
def sch_sug_njms_pmr():
    sent = at(UTC, "2026-10-30T15:42:00")
    x = d("2026-12-16")
    plain = (
        f"Hello {NAME},\n\n"
        "Thank you for signing up! Here is a summary of your sign up:\n\n"
        "Sign Up: Rutgers New Jersey Medical School PM&R Interview Days 2026-27\n"
        f"Date: {num(x)} ({x:%a}.)\n"
        "Slot: Interview Day - 8:00am - 2:00pm EST\n"
        "Location: Kessler Institute for Rehabilitation, West Orange, NJ\n\n"
        "Change your sign up: https://www.signupgenius.com/go/9040A4DAFA823A7F85-njmspmr\n\n"
        "SignUpGenius\n")
    emit("b31-sch-sug-njms-pmr.eml",
         lab("scheduled", "Rutgers New Jersey Medical School", "other", PMR, None, "in_person", [x]),
         a("SignUpGenius", "notifications@signupgenius.com"),
         "You signed up: Rutgers New Jersey Medical School PM&R Interview Days 2026-27", sent, plain, "web")


@reg
def sch_cal_lgh_fm():
    sent = at(UTC, "2026-10-06T01:12:00")
    x = d("2026-11-05")
    st, en = at(ET, "2026-11-05T08:00"), at(ET, "2026-11-05T15:00")
    plain = (
        f"Hi {NAME},\n\n"
        "A new event has been scheduled.\n\n"
        "Event Type:\nFM Residency Interview Day\n\n"
        "Invitee:\nNoor Castellanos-Whitby\n\n"
        f"Event Date/Time:\n08:00am - 03:00pm (Eastern Time - US & Canada) on {W(x)}\n\n"
        "Location:\nLancaster General Hospital, 555 N. Duke St., Lancaster, PA\n\n"
        "Host:\nPenn Medicine Lancaster General Health Family Medicine Residency\n\n"
        "Powered by Calendly.com\n")
    cal = ics("invite.ics", "c4l3ndly-lgh-fm-1105@calendly.com", st, en, "FM Residency Interview Day",
              "Lancaster General Hospital, 555 N. Duke St., Lancaster, PA", "Penn Medicine Lancaster General Health",
              "-//Calendly//EN", sent, organizer=("LGH FM Residency", "lgh-fmresidency@calendly.com"))
    emit("b31-sch-cal-lgh-fm.eml",
         lab("scheduled", "Penn Medicine Lancaster General Health", "other", FM, None, "in_person", [x]),
         a("Calendly", "notifications@calendly.com"),
         f"New Event: Noor Castellanos-Whitby - 08:00am {W(x)} - FM Residency Interview Day", sent, plain, "web",
         attach=[cal])


@reg
def sch_thal_umd_psych():
    sent = at(UTC, "2026-10-28T00:40:00")
    x = d("2027-01-08")
    thalamus("b31-sch-thal-umd-psych.eml",
             lab("scheduled", "University of Maryland Medical Center", "thalamus", PSY, None, "virtual", [x]),
             sent, "Your interview is scheduled", "Interview confirmed",
             "Your interview with University of Maryland Medical Center is confirmed.",
             rows=[("Program", "University of Maryland Medical Center \u2013 Psychiatry"), ("Date", w(x)),
                   ("Attendance", "Virtual (you chose to join by Zoom)")],
             foot="The program will send your Zoom link closer to the date.")


@reg
def sch_eras_tju_fm():
    sent = at(ET, "2026-11-02T19:03:00")
    x = d("2026-12-03")
    eras("b31-sch-eras-tju-fm.eml",
         lab("scheduled", "Thomas Jefferson University", "eras", FM, None, "virtual", [x]),
         sent, "Interview Scheduled", "Your interview has been scheduled",
         "Thomas Jefferson University Program (Family Medicine) - your interview is booked.",
         grid=(["Date", "Start", "End", "Type"], [[f"{num(x)} {x:%a}", "8:30 AM ET", "1:00 PM ET", "Virtual"]]),
         after="Interview details from the program: Jefferson Family Medicine (Sidney Kimmel Medical College) will "
               "e-mail a Zoom link two days prior.")


@reg
def sch_email_ynhh_neuro():
    sent = at(ET, "2026-11-02T15:18:00")
    x = d("2026-12-17")
    plain = (
        f"Dear {FIRST},\n\n"
        f"This confirms your virtual interview with the Yale Neurology Residency at Yale New Haven Hospital on "
        f"{W(x)}, 8:00 a.m.\u20131:00 p.m. ET. Zoom information follows the week prior.\n\n"
        "If you need to reschedule, just reply to this e-mail.\n\n"
        "Regards,\nPriscilla Dombrowski-Ahn\nNeurology Residency Coordinator\nYale School of Medicine | Yale New "
        "Haven Hospital\n15 York Street, LCI 9, New Haven, CT 06510")
    emit("b31-sch-email-ynhh-neuro.eml",
         lab("scheduled", "Yale New Haven Hospital", "email", NEURO, None, "virtual", [x]),
         a("Dombrowski-Ahn, Priscilla", "priscilla.dombrowskiahn@yale.edu"),
         "Interview Confirmation - Yale Neurology", sent, plain, "outlook")


# ------------------------------------------------------------------ reminders
@reg
def rem_email_bwh_psych():
    sent = at(ET, "2026-11-13T12:30:00")
    x = d("2026-11-20")
    plain = (
        f"Hello {FIRST},\n\n"
        f"We are excited to host you next Friday, {Wn(x)}! Here is everything you need:\n\n"
        "- Zoom: https://partners.zoom.us/j/96214088130 (passcode 522871)\n"
        "- 8:45 a.m.: log on and test audio\n"
        "- 9:00 a.m.: welcome from the Training Director\n"
        "- 10:00 a.m. - 12:00 p.m.: faculty interviews (breakout rooms)\n"
        "- 12:15 p.m.: lunch chat with residents\n"
        "- 2:30 p.m.: wrap-up\n\n"
        "Feel free to dress business casual. A meal voucher for DoorDash is on its way.\n\n"
        "See you soon,\nTamsin\nBrigham and Women\u2019s Hospital Psychiatry Residency")
    emit("b31-rem-email-bwh-psych.eml",
         lab("reminder", "Brigham and Women\u2019s Hospital", "email", PSY, None, "virtual", [x]),
         a("Oduya-Reilly, Tamsin", "toduyareilly@bwh.harvard.edu"), "Interview day details \u2013 Nov 20", sent,
         plain, "outlook")


@reg
def rem_thal_zucker_psych():
    sent = at(UTC, "2026-12-14T14:00:00")
    x = d("2026-12-16")
    st, en = at(ET, "2026-12-16T07:45"), at(ET, "2026-12-16T14:30")
    cal = ics("interview.ics", "thal-zh-psych-1216@thalamusgme.com", st, en,
              "Interview: Zucker Hillside Hospital Psychiatry", "75-59 263rd Street, Glen Oaks, NY 11004",
              "In-person interview", "-//Thalamus//Interview//EN", sent, method="PUBLISH", alarm="-PT12H")
    thalamus("b31-rem-thal-zucker-psych.eml",
             lab("reminder", "Zucker School of Medicine at Hofstra/Northwell at Zucker Hillside Hospital", "thalamus",
                 PSY, None, "in_person", [x]),
             sent, "Reminder: interview in 2 days", "Upcoming interview",
             "This is a reminder that your interview is in 2 days.",
             rows=[("Program", "Zucker School of Medicine at Hofstra/Northwell at Zucker Hillside Hospital"),
                   ("Date", W(x)), ("Check-in", "7:45 AM, Kaufmann Building"), ("Interview type", "In-Person")],
             foot="Add the attached calendar file to your calendar.", attach=[cal])


@reg
def rem_email_bmc_fm():
    sent = at(ET, "2026-12-04T16:20:00")
    x = d("2026-12-09")
    plain = (
        f"Hi {FIRST},\n\n"
        f"We\u2019re excited to host you on Wednesday at BMC! A few reminders for {Wn(x)}:\n\n"
        "Please meet us at 7:45 AM in the lobby of the Crosstown Center, 801 Massachusetts Avenue. We\u2019ll walk "
        "over to the hospital together and visit our continuity clinic at the South End Community Health Center "
        "in the afternoon. Parking validation is available at the Crosstown garage.\n\n"
        "Dress warmly \u2014 we walk outside!\n\n"
        "Best,\nJoelle Sandoval-Murphy\nFamily Medicine Residency Coordinator\nBMC | Department of Family "
        "Medicine\n771 Albany Street, Dowling 5 South, Boston MA 02118")
    emit("b31-rem-email-bmc-fm.eml", lab("reminder", "BMC", "email", FM, None, "in_person", [x]),
         a("Sandoval-Murphy, Joelle", "joelle.sandovalmurphy@bmc.org"), "See you Wednesday!", sent, plain, "outlook")


@reg
def rem_email_njms_pmr():
    sent = at(ET, "2026-12-11T11:00:00")
    x = d("2026-12-16")
    plain = (
        f"Good morning {FIRST},\n\n"
        f"We are so excited to host you at Kessler on {W(x)}. Please plan to arrive by 7:45 AM at the main "
        "entrance, 1199 Pleasant Valley Way, West Orange. Visitor parking is on the left as you enter. Lunch is "
        "provided.\n\n"
        "Itinerary:\n"
        "8:00 Welcome (Program Director)\n9:00 Interviews\n11:30 Tour of inpatient units and gait lab\n"
        "12:30 Lunch with residents\n2:00 Adjourn\n\n"
        "Dolores\nRutgers New Jersey Medical School \u2013 PM&R")
    emit("b31-rem-email-njms-pmr.eml",
         lab("reminder", "Rutgers New Jersey Medical School", "email", PMR, None, "in_person", [x]),
         a("Ferreira-Kaplan, Dolores", "dferreira@njms.rutgers.edu"), "Your interview at Kessler next week", sent,
         plain, "outlook")


@reg
def rem_email_tju_fm():
    sent = at(ET, "2026-12-01T13:45:00")
    x = d("2026-12-03")
    plain = (
        f"Dear {FIRST},\n\n"
        f"Your virtual interview with Jefferson Family Medicine is this Thursday, {mdy(x)}.\n\n"
        "Zoom: https://thomasjefferson.zoom.us/j/93104482716\n"
        "Meeting ID: 931 0448 2716\n\n"
        "8:30 AM  Welcome and program overview\n9:15 AM  Interviews with faculty\n11:30 AM  Resident Q&A\n"
        "1:00 PM  Close\n\n"
        "Thank you,\nFamily Medicine Residency Office\nThomas Jefferson University | Sidney Kimmel Medical College\n"
        "1015 Walnut Street, Suite 401, Philadelphia, PA 19107")
    emit("b31-rem-email-tju-fm.eml",
         lab("reminder", "Thomas Jefferson University", "email", FM, None, "virtual", [x]),
         a("Jefferson FM Residency", "fmresidency@jefferson.edu"), "Zoom details for Thursday\u2019s interview",
         sent, plain, "outlook")


@reg
def rem_email_ynhh_neuro():
    sent = at(ET, "2026-12-10T09:00:00")
    x = d("2026-12-17")
    plain = (
        f"Dear {FIRST},\n\n"
        f"We are excited to host you virtually next Thursday, {Wn(x)}. Your Zoom link is below; please join "
        "at 7:50 a.m. so we can start on time.\n\n"
        "https://yale.zoom.us/j/98811225034\n\n"
        "Our residents will hold an optional virtual happy hour the evening before at 6:30 p.m. (same link).\n\n"
        "Best wishes,\nPriscilla\nYale Neurology Residency | Yale New Haven Hospital")
    emit("b31-rem-email-ynhh-neuro.eml",
         lab("reminder", "Yale New Haven Hospital", "email", NEURO, None, "virtual", [x]),
         a("Dombrowski-Ahn, Priscilla", "priscilla.dombrowskiahn@yale.edu"),
         "Yale Neurology Interview - Zoom link", sent, plain, "outlook")


@reg
def rem_ib_sinai_neuro():
    sent = at(ET, "2026-12-10T08:00:00")
    x = d("2026-12-15")
    ibroker("b31-rem-ib-sinai-neuro.eml",
            lab("reminder", "Icahn School of Medicine at Mount Sinai", "interview_broker", NEURO, "categorical",
                "virtual", [x]),
            sent, "Interview Reminder", "Icahn School of Medicine at Mount Sinai \u2013 Neurology (Categorical)",
            f"Dear {FIRST},\n\nThis is an automated reminder of your upcoming interview.\n\n"
            f"Date: {Wn(x)}, {x.year}\nTime: 8:30 AM ET\nFormat: Virtual\n\n"
            "The program will send the meeting link separately.")


@reg
def rem_email_lgh_fm():
    sent = at(ET, "2026-11-02T10:10:00")
    x = d("2026-11-05")
    st, en = dt.datetime(2026, 11, 5, 8, 0), dt.datetime(2026, 11, 5, 15, 0)
    cal = ics("LGH_FM_Interview_Day.ics", "lghfm-1105-itin@pennmedicine.upenn.edu", st, en,
              "LGH Family Medicine Interview Day", "Lancaster General Hospital - 555 N Duke St",
              "Itinerary attached in e-mail", "-//LGH FM//Itinerary//EN", at(ET, "2026-11-02T10:10"), mode="floating",
              method="PUBLISH")
    plain = (
        f"Hi Noor,\n\n"
        f"Your itinerary for Thursday, {md(x)}:\n\n"
        "7:45 Check in at the Duke Street lobby \u2014 ask for me at the desk\n"
        "8:00 Breakfast with the Program Director\n"
        "9:00 Interviews (3)\n"
        "11:30 Van to Walter L. Aument Family Health Center\n"
        "12:30 Lunch with residents\n"
        "3:00 Finish\n\n"
        "Park in the Lime Street garage and bring the ticket for validation.\n\n"
        "Marisol\nPenn Medicine Lancaster General Health \u2013 Family Medicine Residency")
    emit("b31-rem-email-lgh-fm.eml",
         lab("reminder", "Penn Medicine Lancaster General Health", "email", FM, None, "in_person", [x]),
         a("Yoder-Acheampong, Marisol", "marisol.yoderacheampong@pennmedicine.upenn.edu"),
         "Thursday itinerary", sent, plain, "outlook", attach=[cal])


# ------------------------------------------------------------------ cancellations
@reg
def can_thal_chop_peds():
    sent = at(UTC, "2026-11-20T02:14:00")
    x = d("2026-12-17")
    thalamus("b31-can-thal-chop-peds.eml",
             lab("cancellation", "CHOP", "thalamus", PEDS, None, "virtual", [x]),
             sent, "Interview cancelled", "You cancelled an interview",
             "Your interview has been cancelled. The program has been notified.",
             rows=[("Program", "CHOP Pediatrics"), ("Date", W(x)), ("Interview type", "Virtual")],
             foot="If this was a mistake, contact the program; Thalamus cannot restore a cancelled slot.")


@reg
def can_eras_siuh_psych():
    sent = at(ET, "2026-12-28T21:30:00")
    x = d("2027-01-14")
    eras("b31-can-eras-siuh-psych.eml",
         lab("cancellation", "Zucker School of Medicine at Hofstra/Northwell at Staten Island University Hospital",
             "eras", PSY, None, "virtual", [x]),
         sent, "Interview Cancelled", "Interview cancellation confirmed",
         "You have cancelled your interview with Zucker School of Medicine at Hofstra/Northwell at Staten Island "
         "University Hospital Program (Psychiatry).",
         grid=(["Date", "Session", "Status"], [[f"{num(x)} {x:%A}", "8:00 AM - 12:30 PM ET (Virtual)", "Cancelled"]]))


@reg
def can_ib_sinai_imprelim():
    sent = at(ET, "2026-12-21T18:05:00")
    x = d("2027-01-05")
    ibroker("b31-can-ib-sinai-imprelim.eml",
            lab("cancellation", "Icahn School of Medicine at Mount Sinai", "interview_broker", IM, "preliminary",
                "virtual", [x]),
            sent, "Interview Cancellation Confirmation",
            "Icahn School of Medicine at Mount Sinai \u2013 Internal Medicine, Preliminary",
            f"Dear {FIRST},\n\nYou have cancelled the following interview:\n\n"
            f"{num(x)} ({x:%A}), 12:30 PM ET, Virtual\n\n"
            "Your Neurology interview, if any, is not affected by this cancellation.")


@reg
def can_email_pennstate_pmr():
    sent = at(ET, "2026-12-18T14:20:00")
    x = d("2027-01-08")
    alt1, alt2 = d("2027-01-15"), d("2027-01-22")
    plain = (
        f"Dear {FIRST},\n\n"
        f"I\u2019m sorry to tell you that we have had to cancel our virtual interview session on {W(x)}: several "
        "of our faculty interviewers have been called to an accreditation site visit that day.\n\n"
        f"We would love to move you to another date. We can offer {Wn(alt1)} or {Wn(alt2)}. Please reply with your "
        "choice and I\u2019ll update Thalamus for you.\n\n"
        "Our apologies for the inconvenience,\n"
        "Heather Zimmerman-Osei\n"
        "PM&R Residency Coordinator\n"
        "Penn State Health Milton S. Hershey Medical Center\n"
        "500 University Drive, Hershey, PA 17033")
    emit("b31-can-email-pennstate-pmr.eml",
         lab("cancellation", "Penn State Health Milton S. Hershey Medical Center", "email", PMR, None, "virtual",
             [x]),
         a("Zimmerman-Osei, Heather", "hzimmermanosei@pennstatehealth.psu.edu"),
         "Change to your interview date - Penn State PM&R", sent, plain, "outlook")


@reg
def can_email_upmcstm_fm():
    sent = at(ET, "2027-01-11T15:40:00")
    x = d("2027-01-13")
    plain = (
        f"Hi {FIRST},\n\n"
        f"With the snow and freezing rain in the forecast for Wednesday, we\u2019ve decided to cancel the in-person "
        f"interview day on {Wn(x)}. Safety first!\n\n"
        "We\u2019d still like to meet you. If it works for you, we can hold a shorter Zoom interview that same "
        "morning, or we can find a time the following week. Let me know what you prefer.\n\n"
        "Take care,\nBev\nUPMC St. Margaret Family Medicine Residency")
    emit("b31-can-email-upmcstm-fm.eml",
         lab("cancellation", "UPMC St. Margaret", "email", FM, None, "in_person", [x]),
         a("Kostelnik, Beverly A", "kostelnikba@upmc.edu"), "Wednesday's interview day - CANCELLED (weather)", sent,
         plain, "outlook")


@reg
def can_email_hup_derm():
    sent = at(ET, "2026-12-02T09:35:00")
    mine = at(ET, "2026-12-01T22:10:00")
    x = d("2027-01-06")
    plain = (
        f"Hi {FIRST},\n\n"
        "Thanks for letting us know, and congratulations on your other interviews. I\u2019ve removed you from the "
        f"{md(x)} interview day and released the slot.\n\n"
        "All the best,\nHUP Dermatology Residency Office\n\n"
        + gmail_attr(mine, f"{NAME} <{ME}>") + "\n"
        + quote(f"Dear HUP Dermatology team,\n\nAfter a lot of thought I need to withdraw from my in-person "
                f"interview on {W(x)}. Thank you so much for the opportunity.\n\nSincerely,\nNoor"))
    emit("b31-can-email-hup-derm.eml", lab("cancellation", "HUP", "email", DERM, None, "in_person", [x]),
         a("HUP Dermatology Residency", "dermresidency@pennmedicine.upenn.edu"),
         "RE: Withdrawing from January 6 interview", sent, plain, "outlook")
