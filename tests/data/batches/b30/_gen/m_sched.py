"""Scheduled (10), reminders (8) and cancellations (6)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# =============================================================== scheduled
@reg
def sch_thal_umich_anes():
    sent = at(UTC, "2026-10-16T01:14:50")
    x = iv("2026-12-15")
    thalamus("b30-sch-thal-umich-anes.eml",
             lab("scheduled", "University of Michigan", "thalamus", ANES, "categorical", "virtual", [x]),
             sent, f"Interview confirmed: University of Michigan \u2013 {wn(x)}",
             "Your interview is booked",
             "You\u2019re confirmed for an interview with University of Michigan.",
             rows=[("Program", "University of Michigan \u2013 Anesthesiology (Categorical)"),
                   ("Date", W(x)), ("Time", "8:00 AM \u2013 1:00 PM EST"), ("Interview type", "Virtual")],
             foot="The program will send your Zoom link and schedule before the interview. You can cancel or "
                  "reschedule from your Thalamus calendar up to the program\u2019s deadline.",
             button="Open my calendar", url="https://app.thalamusgme.com/calendar")


@reg
def sch_email_washu_anes():
    sent = at(CT, "2026-10-09T15:40:00")
    orig = at(CT, "2026-10-07T10:12:00")
    x = iv("2026-12-04")
    start, end = at(CT, "2026-12-04T06:45"), at(CT, "2026-12-04T14:00")
    plain = (
        f"Hi Tessa,\n\n"
        f"Thanks for sending in the form so quickly. You are confirmed for an in-person interview on {W(x)}. A "
        f"calendar invitation is attached.\n\n"
        f"Please check in at the department offices, 660 S. Euclid Avenue, by 6:45 a.m. Parking is in the "
        f"Clayton Avenue garage; we\u2019ll validate. The resident dinner is the night before, Thursday, "
        f"December 3, at 6:30 p.m.; the restaurant details will come closer to the date.\n\n"
        f"Best,\nDanielle\n\n"
        + outlook_block("Okafor-Whitcomb, Danielle", orig, f"{NAME} <{ME}>",
                        "WashU Anesthesiology \u2013 Invitation to Interview") + "\n\n"
        f"Dear {FIRST},\n\n"
        f"It is my pleasure to invite you to interview for a categorical position in the Anesthesiology "
        f"Residency Program at Washington University School of Medicine in St. Louis. [...]")
    cal = ics("WashU_Anesthesiology_Interview.ics", "wusm-anes-20261204-oyelowobrandt@wustl.edu", start, end,
              "WashU Anesthesiology Interview Day", "660 S. Euclid Ave., St. Louis, MO 63110",
              "In-person interview, Department of Anesthesiology, Washington University School of Medicine in "
              "St. Louis.", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", sent, mode="tzid",
              tzid="America/Chicago", organizer=("Okafor-Whitcomb, Danielle", "dokaforwhitcomb@wustl.edu"))
    emit("b30-sch-email-washu-anes.eml",
         lab("scheduled", "Washington University School of Medicine in St. Louis", "email", ANES, "categorical",
             "in_person", [x]),
         a("Okafor-Whitcomb, Danielle", "dokaforwhitcomb@wustl.edu"),
         "RE: WashU Anesthesiology \u2013 Invitation to Interview", sent, plain, "outlook", attach=[cal])


@reg
def sch_eras_ccf_anes():
    sent = at(ET, "2026-10-22T08:05:33")
    x = iv("2026-12-07")
    body = (
        "Your interview has been scheduled.\n\n"
        "Program: Cleveland Clinic Foundation Program\n"
        "Specialty: Anesthesiology\n"
        "Position: Advanced (PGY-2)\n"
        f"Date: {num(x)} {x:%A}\n"
        "Time: 07:00 AM ET\n"
        "Interview type: Virtual\n\n"
        "Changes can be made in MyERAS until the program's freeze date.")
    eras("b30-sch-eras-ccf-anes.eml",
         lab("scheduled", "Cleveland Clinic Foundation", "eras", ANES, "advanced", "virtual", [x]),
         sent, "Interview Scheduled - Cleveland Clinic Foundation Program", "Interview Scheduled", body)


@reg
def sch_sug_mcw_anes():
    sent = at(UTC, "2026-10-13T19:31:06")
    x = iv("2026-12-10")
    plain = (
        f"Hello {NAME},\n\n"
        f"Thank you for signing up! Here are the details of your sign up.\n\n"
        f"Sign Up: MCW Anesthesiology Interview Days 2026-2027\n"
        f"Created by: Kelsey Vang-Lindqvist\n\n"
        f"Date: {num(x)} ({x:%a}.)\n"
        f"Time: 7:00am - 1:30pm CST\n"
        f"Slot: Interview Day (in person)\n"
        f"Location: Froedtert Hospital main lobby, 9200 W. Wisconsin Ave., Milwaukee\n"
        f"Comment: AAMC ID {AAMC}\n\n"
        f"To change or cancel your sign up, visit: "
        f"https://www.signupgenius.com/go/10C0E4AAEA92BA6FBC70-mcwanes27#/mysignups\n\n"
        f"SignUpGenius\n"
        f"Please do not reply to this email. Contact the organizer with questions.")
    emit("b30-sch-sug-mcw-anes.eml", lab("scheduled", "MCW", "other", ANES, None, "in_person", [x]),
         a("SignUpGenius", "noreply@signupgenius.com"),
         "Confirmation: MCW Anesthesiology Interview Days 2026-2027", sent, plain, "web")


@reg
def sch_rcas_christ_em():
    sent = at(UTC, "2026-10-21T02:12:44")
    x = iv("2026-12-08")
    body = (
        f"Hi {FIRST},\n\n"
        f"Your interview session with Advocate Christ Medical Center has been confirmed.")
    rcas("b30-sch-rcas-christ-em.eml",
         lab("scheduled", "Advocate Christ Medical Center", "residencycas", EM, None, "in_person", [x]),
         sent, "Interview confirmed \u2013 Advocate Christ Medical Center",
         "Advocate Christ Medical Center \u2013 Emergency Medicine", body,
         rows=[("Session", f"{W(x)}, 7:30 AM \u2013 2:00 PM CST"), ("Format", "In person"),
               ("Location", "4440 W. 95th Street, Oak Lawn, IL 60453"), ("Status", "Confirmed")],
         after="To cancel or change your session, open the Interviews tab in the Interview Portal and choose "
               "Update Assignment.", button="View my interviews")


@reg
def sch_ib_osu_im():
    sent = at(ET, "2026-10-14T21:03:17")
    x = iv("2026-11-30")
    start, end = at(ET, "2026-11-30T08:00"), at(ET, "2026-11-30T12:45")
    body = (
        f"Dear Tessa,\n\n"
        f"Your interview with The Ohio State University Wexner Medical Center \u2013 Internal Medicine "
        f"(Categorical) is scheduled.\n\n"
        f"Date: {W(x)}\n"
        f"Time: 8:00 AM \u2013 12:45 PM Eastern Time\n"
        f"Location: Virtual (Zoom)\n\n"
        f"The program will e-mail your Zoom link and interview itinerary several days before the interview. "
        f"An iCalendar file is attached for your convenience.")
    cal = ics("OSU_IM_Interview.ics", "IB-OSUIM-2026-11-30-31742@interviewbroker.com", start, end,
              "Ohio State Internal Medicine Interview (Virtual)", "Zoom",
              "The Ohio State University Wexner Medical Center Internal Medicine residency interview.",
              "-//Interview Broker//Scheduler//EN", sent, mode="tzid", tzid="America/New_York")
    ibroker("b30-sch-ib-osu-im.eml",
            lab("scheduled", "The Ohio State University Wexner Medical Center", "interview_broker", IM,
                "categorical", "virtual", [x]),
            sent, "Interview Scheduled - The Ohio State University Wexner Medical Center", "Interview Scheduled",
            body, attach=[cal], reply_to=a("OSU IM Residency", "imresidency@osumc.edu"))


@reg
def sch_cal_peoria_em():
    sent = at(UTC, "2026-10-27T01:52:19")
    x = iv("2027-01-14")
    start, end = at(CT, "2027-01-14T08:00"), at(CT, "2027-01-14T15:00")
    ev = "University of Illinois College of Medicine Peoria \u2013 EM Interview Day"
    plain = (
        f"Hi {NAME},\n\n"
        f"A new event has been scheduled.\n\n"
        f"Event Type:\n{ev}\n\n"
        f"Invitee:\n{NAME}\n\n"
        f"Invitee Email:\n{ME}\n\n"
        f"Event Date/Time:\n08:00am - 03:00pm (Central Time - US & Canada) on {W(x)}\n\n"
        f"Location:\nOSF HealthCare Saint Francis Medical Center, 530 NE Glen Oak Ave, Peoria, IL 61637 "
        f"(Emergency Medicine conference room, Gerlach Building)\n\n"
        f"Invitee Time Zone:\nCentral Time - US & Canada\n\n"
        f"Questions:\nDietary restrictions?\nNone\n\n"
        f"Questions:\nWill you need overnight lodging?\nNo \u2014 driving from Springfield\n\n"
        f"View event in Calendly: https://calendly.com/app/scheduled_events/user/me\n\n"
        f"Powered by Calendly.com")
    cal = ics("invite.ics", "c41ee8a0-7d2b-4f55-9a1e-uicomp@calendly.com", start, end,
              ev.replace("\u2013", "-"), "OSF HealthCare Saint Francis Medical Center, 530 NE Glen Oak Ave, Peoria",
              "Emergency Medicine interview day.", "-//Calendly//EN", sent,
              organizer=("Bridget Haldane-Osei", "bhaldane@uic.edu"))
    emit("b30-sch-cal-peoria-em.eml",
         lab("scheduled", "University of Illinois College of Medicine Peoria", "other", EM, None, "in_person", [x]),
         a("Calendly", "notifications@calendly.com"),
         f"New Event: {NAME} - 08:00am Thu, Jan 14, 2027 - {ev}", sent, plain, "web", attach=[cal],
         domain="calendly.com")


@reg
def sch_email_umn_neuro():
    sent = at(CT, "2026-10-27T10:18:00")
    mine = at(CT, "2026-10-19T21:40:00")
    x = iv("2026-12-11")
    her = (
        "Dear Ms. Amundsen-Diallo,\n\n"
        "Thank you so much for the invitation! My preferences, in order, are:\n\n"
        "1) Friday, November 13\n"
        "2) Friday, December 11\n"
        "3) Friday, January 8\n\n"
        "Unfortunately I have a conflict on January 22. Thank you again, and I look forward to meeting the team.\n\n"
        f"Best,\n{NAME}\nMS4, {SCHOOL}\nAAMC ID {AAMC}")
    plain = (
        f"Hi Tessa,\n\n"
        f"Thanks for your patience! November 13 filled before we got to your reply, so I have you down for your "
        f"second choice: {W(x)}, 8:00 AM to 12:30 PM Central, on Zoom.\n\n"
        f"You\u2019ll receive the Zoom link and the list of your interviewers early in the week of the interview.\n\n"
        f"Have a great rest of your week,\n"
        f"Solveig\n\n"
        f"Solveig Amundsen-Diallo | Education Coordinator\n"
        f"UMN Neurology Residency Program\n\n"
        + gmail_attr(mine, f"{NAME} <{ME}>") + "\n\n" + quote(her))
    emit("b30-sch-email-umn-neuro.eml", lab("scheduled", "UMN", "email", NEURO, None, "virtual", [x]),
         a("Solveig Amundsen-Diallo", "amund047@umn.edu"), "Re: UMN Neurology Residency Interview", sent, plain,
         "outlook")


@reg
def sch_thal_lutheran_im():
    sent = at(UTC, "2026-10-07T02:44:09")
    x = iv("2026-11-12")
    thalamus("b30-sch-thal-lutheran-im.eml",
             lab("scheduled", "Advocate Lutheran General Hospital", "thalamus", IM, None, "virtual", [x]),
             sent, f"Confirmed: Advocate Lutheran General Hospital on {wn(x)}",
             "Interview confirmed",
             "Your interview with Advocate Lutheran General Hospital is confirmed.",
             rows=[("Specialty", "Internal Medicine"), ("Date", W(x)), ("Time", "8:00 AM \u2013 12:15 PM CST"),
                   ("Interview type", "Virtual")],
             foot="Connection details will be shared by the program. To change this booking, visit your Thalamus "
                  "dashboard.",
             button="Add to calendar", url="https://app.thalamusgme.com/calendar/ics/alg-im-5512")


@reg
def sch_rcas_trinityaa_obgyn():
    sent = at(UTC, "2026-10-28T00:30:12")
    x = iv("2026-12-17")
    body = (
        f"Hello {FIRST},\n\n"
        f"Thank you for accepting our invitation. Your session is confirmed below. You selected the in-person "
        f"option, so please plan to join us at the hospital; parking and arrival instructions will be e-mailed the "
        f"week of your interview.")
    rcas("b30-sch-rcas-trinityaa-obgyn.eml",
         lab("scheduled", "Trinity Health Ann Arbor", "residencycas", OBGYN, None, "in_person", [x]),
         sent, "Your interview is confirmed \u2013 Trinity Health Ann Arbor",
         "Trinity Health Ann Arbor \u2013 Obstetrics and Gynecology", body,
         rows=[("Session", f"{Wn(x)}, 8:00 AM \u2013 12:30 PM EST"), ("Attendance", "In person"),
               ("Location", "5301 McAuley Drive, Ypsilanti, MI 48197")],
         button="View in Interview Portal")


# =============================================================== reminders
@reg
def rem_email_washu_anes():
    sent = at(CT, "2026-12-01T09:00:00")
    x = iv("2026-12-04")
    plain = (
        f"Hi Tessa,\n\n"
        f"We are so excited to host you on Friday! Here is what to expect for {W(x)}.\n\n"
        f"- 6:45 a.m.: check-in and breakfast, 660 S. Euclid Avenue, 3rd floor conference room\n"
        f"- 7:15 a.m.: welcome from the Program Director\n"
        f"- 8:00 a.m. \u2013 11:00 a.m.: four faculty interviews\n"
        f"- 11:00 a.m.: tour of Barnes-Jewish Hospital and St. Louis Children\u2019s Hospital\n"
        f"- 12:30 p.m.: lunch with residents, wrap-up by 2:00 p.m.\n\n"
        f"The resident dinner is Thursday, December 3, at 6:30 p.m. at Pi Pizzeria on Euclid. It\u2019s casual; "
        f"no need to dress up.\n\n"
        f"Business casual is fine for the interview day itself, and please wear comfortable shoes for the tour. "
        f"Call or text me at 314-555-0127 if anything comes up on the way.\n\n"
        f"See you soon,\n"
        f"Danielle Okafor-Whitcomb\n"
        f"Residency Program Coordinator | Department of Anesthesiology\n"
        f"Washington University School of Medicine in St. Louis")
    emit("b30-rem-email-washu-anes.eml",
         lab("reminder", "Washington University School of Medicine in St. Louis", "email", ANES, None, "in_person",
             [x]),
         a("Okafor-Whitcomb, Danielle", "dokaforwhitcomb@wustl.edu"),
         "Your interview day this Friday \u2013 WashU Anesthesiology", sent, plain, "outlook")


@reg
def rem_thal_umich_anes():
    sent = at(UTC, "2026-12-13T14:00:00")
    x = iv("2026-12-15")
    start, end = at(ET, "2026-12-15T08:00"), at(ET, "2026-12-15T13:00")
    cal = ics("interview.ics", "thalamus-umich-anes-71c3@thalamusgme.com", start, end,
              "Interview: University of Michigan - Anesthesiology", "Virtual (link from program)",
              "Virtual interview with University of Michigan.", "-//Thalamus//Interview Calendar//EN", sent,
              alarm="-PT60M")
    thalamus("b30-rem-thal-umich-anes.eml",
             lab("reminder", "University of Michigan", "thalamus", ANES, "categorical", "virtual", [x]),
             sent, "Reminder: your University of Michigan interview is in 2 days",
             "Upcoming interview",
             "This is a reminder that you have an interview coming up.",
             rows=[("Program", "University of Michigan \u2013 Anesthesiology (Categorical)"),
                   ("Date", W(x)), ("Time", "8:00 AM EST (7:00 AM CST)"), ("Interview type", "Virtual")],
             foot="A calendar file is attached. Look for an e-mail from the program with your Zoom link.",
             attach=[cal])


@reg
def rem_email_mcw_anes():
    sent = at(CT, "2026-12-07T13:20:00")
    x = iv("2026-12-10")
    plain = (
        f"Hello {FIRST},\n\n"
        f"We\u2019re excited to host you in Milwaukee this Thursday, {md(x)}!\n\n"
        f"Please meet us in the Froedtert Hospital main lobby at 7:00 AM. Visitor parking is in Structure 6 off "
        f"W. Wisconsin Avenue; bring your ticket and we\u2019ll validate it. The day ends around 1:30 PM.\n\n"
        f"Our residents are getting together the night before, Wednesday, December 9, from 6:00 to 8:00 PM at "
        f"a brewery in the Village of Wauwatosa. It\u2019s completely optional and faculty will not be there.\n\n"
        f"Winter tip: Milwaukee mornings can be icy, so allow a few extra minutes.\n\n"
        f"Kelsey\n\n"
        f"Kelsey Vang-Lindqvist\n"
        f"Program Coordinator, Anesthesiology Residency\n"
        f"MCW | Department of Anesthesiology")
    emit("b30-rem-email-mcw-anes.eml", lab("reminder", "MCW", "email", ANES, None, "in_person", [x]),
         a("Vang-Lindqvist, Kelsey", "kvanglindqvist@mcw.edu"), "See you Thursday! MCW Anesthesiology",
         sent, plain, "outlook")


@reg
def rem_email_christ_em():
    sent = at(CT, "2026-12-03T10:45:00")
    x = iv("2026-12-08")
    plain = (
        f"Good morning,\n\n"
        f"Below is the itinerary for your interview at Advocate Christ Medical Center on {Wn(x)}.\n\n"
        f"7:30 AM  Arrival and breakfast, main entrance (4440 W. 95th Street)\n"
        f"8:00 AM  Program overview with the Program Director\n"
        f"8:45 AM  Interviews (three, 20 minutes each)\n"
        f"10:15 AM Tour: adult ED, trauma bay, Advocate Children\u2019s Hospital \u2013 Oak Lawn pediatric ED\n"
        f"11:45 AM Lunch with residents\n"
        f"1:00 PM  Q&A with chiefs; day ends by 2:00 PM\n\n"
        f"Free parking is available in the visitor garage off Kostner Avenue. If you are running late, please "
        f"call 708-555-0148.\n\n"
        f"Yesenia Dabrowski\n"
        f"Residency Coordinator, Emergency Medicine\n"
        f"Advocate Christ Medical Center | Advocate Health")
    emit("b30-rem-email-christ-em.eml",
         lab("reminder", "Advocate Christ Medical Center", "email", EM, None, "in_person", [x]),
         a("Dabrowski, Yesenia", "yesenia.dabrowski@aah.org"),
         f"Interview itinerary \u2013 Tuesday {num(x, year=False, pad=False)}", sent, plain, "outlook",
         to="undisclosed-recipients:;")


@reg
def rem_email_osu_im():
    sent = at(ET, "2026-11-24T11:00:00")
    x = iv("2026-11-30")
    plain = (
        f"Dear Applicant,\n\n"
        f"We hope you have a restful Thanksgiving. This message has everything you need for your virtual "
        f"interview with Ohio State Internal Medicine on Monday, November 30.\n\n"
        f"Zoom (main room): https://osu.zoom.us/j/94182736450\n"
        f"Passcode: Buckeye27\n\n"
        f"Please log in by 7:50 AM Eastern (6:50 AM Central). After the welcome session you will be moved into "
        f"breakout rooms for your interviews automatically; your personal schedule is attached to your "
        f"Interview Broker profile.\n\n"
        f"If you lose your connection, rejoin the main link; our chief residents will be monitoring it all "
        f"morning. Technical problems? Call 614-555-0196.\n\n"
        f"Internal Medicine Residency Program\n"
        f"The Ohio State University Wexner Medical Center\n"
        f"395 W. 12th Avenue, Columbus, OH 43210")
    emit("b30-rem-email-osu-im.eml",
         lab("reminder", "The Ohio State University Wexner Medical Center", "email", IM, None, "virtual", [x]),
         a("OSU IM Residency", "imresidency@osumc.edu"), "Zoom details for Monday's interview", sent, plain,
         "outlook", to="undisclosed-recipients:;")


@reg
def rem_email_umn_neuro():
    sent = at(CT, "2026-12-08T14:10:00")
    x = iv("2026-12-11")
    plain = (
        f"Hi Tessa,\n\n"
        f"We\u2019re excited to host you on {Wn(x)}! Your Zoom link for the whole morning is:\n"
        f"https://umn.zoom.us/j/97730165284\n\n"
        f"8:00 \u2013 8:30  Welcome and program overview\n"
        f"8:30 \u2013 10:00  Interviews with Dr. Halvorsen, Dr. Oyebanji and Dr. Kettering\n"
        f"10:15 \u2013 11:15  Virtual tour with residents\n"
        f"11:15 \u2013 12:30  Resident-only Q&A\n\n"
        f"All times are Central. If you have any trouble connecting, e-mail me or call 612-555-0171.\n\n"
        f"Solveig\n"
        f"UMN Neurology Residency Program")
    emit("b30-rem-email-umn-neuro.eml", lab("reminder", "UMN", "email", NEURO, None, "virtual", [x]),
         a("Solveig Amundsen-Diallo", "amund047@umn.edu"), "Friday interview - Zoom link and schedule", sent,
         plain, "outlook")


@reg
def rem_email_lutheran_im():
    sent = at(CT, "2026-11-09T08:30:00")
    x = iv("2026-11-12")
    plain = (
        f"Dear Applicants,\n\n"
        f"We are excited to host you this Thursday, {md(x)}, for your virtual interview with the Internal "
        f"Medicine Residency at Advocate Lutheran General Hospital.\n\n"
        f"Please join here by 7:50 AM Central: https://aah.zoom.us/j/96650218833\n\n"
        f"We suggest testing your camera and audio beforehand, and having a copy of your ERAS application handy. "
        f"Our chief residents will stay on after the last interview for anyone who would like to chat about "
        f"life in Park Ridge.\n\n"
        f"Warm regards,\n"
        f"Paulette Wierzbicki\n"
        f"Medical Education Coordinator, Internal Medicine\n"
        f"Advocate Lutheran General Hospital")
    emit("b30-rem-email-lutheran-im.eml",
         lab("reminder", "Advocate Lutheran General Hospital", "email", IM, None, "virtual", [x]),
         a("Wierzbicki, Paulette", "paulette.wierzbicki@aah.org"), "Interview Day Reminder - Thursday",
         sent, plain, "outlook", to="undisclosed-recipients:;")


@reg
def rem_email_trinityaa_obgyn():
    sent = at(DET, "2026-12-14T10:00:00")
    x = iv("2026-12-17")
    start, end = dt.datetime(2026, 12, 17, 8, 0), dt.datetime(2026, 12, 17, 12, 30)
    plain = (
        f"Hello,\n\n"
        f"This is a reminder that you are joining us in person on Thursday, December 17, for your interview with "
        f"the OB/GYN Residency at Trinity Health Ann Arbor.\n\n"
        f"Arrival: 7:45 AM in the main lobby, 5301 McAuley Drive, Ypsilanti. Park in the visitor lot at the "
        f"main entrance.\n"
        f"Schedule: 8:00 AM program overview; interviews until 11:00 AM; birth center tour and lunch to "
        f"12:30 PM.\n\n"
        f"A calendar entry is attached.\n\n"
        f"OB/GYN Residency Program\n"
        f"Trinity Health Ann Arbor")
    cal = ics("THAA_OBGYN_Interview.ics", "thaa-obgyn-20261217-tob@trinity-health.org", start, end,
              "OB/GYN Interview - Trinity Health Ann Arbor", "5301 McAuley Drive, Ypsilanti, MI 48197",
              "In-person interview day.", "-//Trinity Health//Residency Scheduling//EN", sent, mode="floating")
    emit("b30-rem-email-trinityaa-obgyn.eml",
         lab("reminder", "Trinity Health Ann Arbor", "email", OBGYN, None, "in_person", [x]),
         a("THAA OB/GYN Residency", "obgynresidency.aa@trinity-health.org"),
         "Reminder: Interview Thursday at Trinity Health Ann Arbor", sent, plain, "outlook", attach=[cal])


# =============================================================== cancellations
@reg
def can_thal_beaumont_em():
    sent = at(UTC, "2026-12-18T03:05:27")
    x = iv("2027-01-06")
    thalamus("b30-can-thal-beaumont-em.eml",
             lab("cancellation", "Corewell Health William Beaumont University Hospital", "thalamus", EM, None,
                 "virtual", [x]),
             sent, "Cancellation confirmed: Corewell Health William Beaumont University Hospital",
             "Interview cancelled",
             "You have cancelled your interview with Corewell Health William Beaumont University Hospital. The "
             "program has been notified.",
             rows=[("Specialty", "Emergency Medicine"), ("Cancelled interview", W(x)),
                   ("Interview type", "Virtual")],
             foot="Cancelled dates may be offered to other applicants right away. If you cancelled by mistake, "
                  "please contact the program.")


@reg
def can_eras_slu_im():
    sent = at(ET, "2026-12-03T16:40:02")
    x = iv("2026-12-18")
    body = (
        "Your interview has been cancelled.\n\n"
        "Program: Saint Louis University School of Medicine Program\n"
        "Specialty: Internal Medicine\n"
        "Interview type: Virtual\n\n"
        "The program has been notified that you cancelled this interview.")
    eras("b30-can-eras-slu-im.eml",
         lab("cancellation", "Saint Louis University School of Medicine", "eras", IM, None, "virtual", [x]),
         sent, "Interview Cancellation", "Interview Cancelled", body,
         (["Date", "Day", "Cancelled by"], [[num(x), f"{x:%A}", "Applicant"]]))


@reg
def can_ib_rml_ty():
    sent = at(ET, "2026-11-30T20:15:40")
    x = iv("2026-12-17")
    body = (
        f"Dear Tessa,\n\n"
        f"This confirms that you have cancelled your interview with OhioHealth Riverside Methodist Hospital "
        f"\u2013 Transitional Year.\n\n"
        f"Cancelled: {x:%A} {num(x)}, 9:00 AM \u2013 1:00 PM Eastern Time (Virtual)\n\n"
        f"The program has been notified. If you would like to be considered for another date, please contact "
        f"the program directly.")
    ibroker("b30-can-ib-rml-ty.eml",
            lab("cancellation", "OhioHealth Riverside Methodist Hospital", "interview_broker", TY, None, "virtual",
                [x]),
            sent, "Interview Cancellation - OhioHealth Riverside Methodist Hospital", "Interview Cancelled", body,
            reply_to=a("RMH Transitional Year", "rmh.transitionalyear@ohiohealth.com"))


@reg
def can_email_gundersen_ty():
    sent = at(CT, "2027-01-07T15:50:00")
    x = iv("2027-01-11")
    alt1, alt2 = iv("2027-01-13"), iv("2027-01-25")
    plain = (
        f"Dear Tessa,\n\n"
        f"I\u2019m sorry to send this news so close to your visit. The National Weather Service is forecasting "
        f"a major winter storm for the La Crosse area from Sunday into Monday, and to keep applicants off the "
        f"roads we have cancelled the in-person interview day on {W(x)}.\n\n"
        f"We would still very much like to meet you, and we can offer either of these instead:\n\n"
        f"- {Wn(alt1)}: a virtual interview by Zoom, 8:00 AM \u2013 12:00 PM Central\n"
        f"- {Wn(alt2)}: our last in-person day, 7:30 AM \u2013 1:00 PM\n\n"
        f"Please reply with your preference, and I will confirm right away. If neither works, let me know and we "
        f"will find something.\n\n"
        f"Stay safe,\n"
        f"Greta Lundqvist-Moreau\n"
        f"Program Coordinator, Transitional Year\n"
        f"Emplify Health by Gundersen | 1900 South Avenue, La Crosse, WI 54601")
    emit("b30-can-email-gundersen-ty.eml",
         lab("cancellation", "Emplify Health by Gundersen", "email", TY, None, "in_person", [x]),
         a("Lundqvist-Moreau, Greta", "gllundqv@emplifyhealth.org"),
         f"Interview day {num(x, year=False, pad=False)} cancelled - weather", sent, plain, "outlook")


@reg
def can_email_uic_surgprelim():
    sent = at(CT, "2027-01-06T09:12:00")
    mine = at(CT, "2027-01-05T22:03:00")
    x = iv("2027-01-22")
    her = (
        "Dear Ms. Vukovich,\n\n"
        "I am writing to withdraw from my preliminary surgery interview on Friday, January 22. I have accepted "
        "enough preliminary interviews to build a rank list, and I would like to release the spot to another "
        "applicant while there is still time.\n\n"
        "Thank you very much for the opportunity and for all your help this season.\n\n"
        f"Sincerely,\n{NAME}\nAAMC ID {AAMC}")
    plain = (
        f"Dear Tessa,\n\n"
        f"Thank you for letting us know. Your preliminary surgery interview on {W(x)} has been cancelled and the "
        f"spot has gone to an applicant on our waitlist.\n\n"
        f"Best of luck in the Match!\n\n"
        f"Ramona Vukovich\n"
        f"Residency Coordinator, General Surgery\n"
        f"UIC Department of Surgery\n\n"
        + outlook_block(f"{NAME} <{ME}>", mine, "Vukovich, Ramona <rvukovi2@uic.edu>",
                        "Withdrawal - Preliminary Surgery Interview 1/22") + "\n\n" + her)
    emit("b30-can-email-uic-surgprelim.eml",
         lab("cancellation", "UIC", "email", SURG, "preliminary", "virtual", [x]),
         a("Vukovich, Ramona", "rvukovi2@uic.edu"), "RE: Withdrawal - Preliminary Surgery Interview 1/22", sent,
         plain, "outlook")


@reg
def can_rcas_akron_em():
    sent = at(UTC, "2026-12-22T17:30:05")
    x = iv("2027-01-08")
    alt1, alt2 = iv("2027-01-15"), iv("2027-01-22")
    body = (
        f"Dear {FIRST},\n\n"
        f"We regret to let you know that we must cancel the interview session on {W(x)}. A hospital-wide "
        f"emergency management exercise has been scheduled for that day, and most of our faculty and residents "
        f"are required to take part.\n\n"
        f"Your assignment has been removed. We have opened seats for affected applicants on {Wn(alt1)} and on a "
        f"new session on {Wn(alt2)}; please choose one in the Interview Portal, or reply to this e-mail if "
        f"neither works.\n\n"
        f"We apologize for the inconvenience.\n\n"
        f"Emergency Medicine Residency\n"
        f"Cleveland Clinic Akron General")
    rcas("b30-can-rcas-akron-em.eml",
         lab("cancellation", "Cleveland Clinic Akron General", "residencycas", EM, None, "virtual", [x]),
         sent, "Interview session cancelled \u2013 Cleveland Clinic Akron General",
         "Cleveland Clinic Akron General \u2013 Emergency Medicine", body,
         rows=[("Cancelled session", f"{x:%a} {num(x)} (Virtual)")], button="Choose a new session",
         reply_to=a("CCAG EM Residency", "akrongeneralem@ccf.org"))
