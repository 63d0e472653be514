"""Scheduled (10), reminders (8) and cancellations (6)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# =============================================================== scheduled
@reg
def sch_eras_uw_radonc():
    sent = at(ET, "2026-10-30T18:10:00")
    x = iv("2026-12-07")
    body = (
        "Your interview has been scheduled.\n\n"
        "Program: University of Washington Program\n"
        "Specialty: Radiation Oncology\n"
        "Position: Advanced (PGY-2)\n"
        f"Interview date: {num(x)} ({x:%A})\n"
        "Start time: 07:30 AM PT\n"
        "Interview type: Virtual\n\n"
        "The program will send connection details before your interview. To cancel or reschedule before the freeze "
        "date, sign in to MyERAS.")
    eras("b29-sch-eras-uw-radonc.eml",
         lab("scheduled", "University of Washington", "eras", RADONC, "advanced", "virtual", [x]),
         sent, "Interview Scheduled - University of Washington Program", "Interview Scheduled", body)


@reg
def sch_thal_ucsf_peds():
    sent = at(UTC, "2026-10-14T03:22:40")
    x = iv("2026-12-10")
    thalamus("b29-sch-thal-ucsf-peds.eml",
             lab("scheduled", "University of California, San Francisco", "thalamus", PEDS, "categorical", "virtual",
                 [x]),
             sent, f"Confirmed: University of California, San Francisco interview on {wn(x)}",
             "Your interview is confirmed",
             "You\u2019re all set. Your interview with University of California, San Francisco is confirmed.",
             rows=[("Program", "University of California, San Francisco \u2013 Pediatrics (Categorical)"),
                   ("Date", W(x)), ("Time", "7:45 AM \u2013 12:30 PM PST"), ("Interview type", "Virtual")],
             foot="Need to make a change? You can cancel or reschedule from your Thalamus dashboard until the program\u2019s "
                  "cutoff. The program will share the Zoom link closer to the date.",
             button="Add to calendar", url="https://app.thalamusgme.com/calendar/ucsf-peds-9c0d")


@reg
def sch_email_lpch_peds():
    sent = at(PT, "2026-10-19T14:02:00")
    x = iv("2026-12-15")
    plain = (
        f"Hi Kalena,\n\n"
        f"Thank you for submitting the form! You are confirmed for an in-person interview on {W(x)}.\n\n"
        f"Please plan to arrive at the LPCH Main lobby (725 Welch Road) by 7:15 AM; we will walk over together at "
        f"7:30. Visitor parking is in the Welch Road garage, and we\u2019ll validate your ticket.\n\n"
        f"The residents\u2019 optional dinner is the night before, Monday, December 14, at 6:30 PM \u2014 I\u2019ll "
        f"send the restaurant details a few days ahead. An itinerary with your interviewers will come about a week "
        f"before.\n\n"
        f"Let me know if you have any accessibility needs or questions.\n\n"
        f"Best,\n"
        f"Harriet\n\n"
        f"Harriet Fonoti-Lindgren\n"
        f"Program Coordinator | Pediatric Residency Program\n"
        f"LPCH")
    emit("b29-sch-email-lpch-peds.eml", lab("scheduled", "LPCH", "email", PEDS, None, "in_person", [x]),
         a("Fonoti-Lindgren, Harriet", "hfonotilindgren@stanfordchildrens.org"),
         "RE: LPCH Pediatrics \u2013 Interview Invitation", sent, plain, "outlook")


@reg
def sch_cal_scripps_ty():
    sent = at(UTC, "2026-10-23T04:31:10")
    x = iv("2027-01-13")
    start = at(PT, "2027-01-13T07:30")
    end = at(PT, "2027-01-13T13:30")
    plain = (
        f"Hi {NAME},\n\n"
        f"A new event has been scheduled.\n\n"
        f"Event Type:\nScripps Mercy Hospital San Diego \u2013 TY Interview Day\n\n"
        f"Invitee:\n{NAME}\n\n"
        f"Invitee Email:\n{ME}\n\n"
        f"Event Date/Time:\n7:30am - 1:30pm (Pacific Time - US & Canada) on {W(x)}\n\n"
        f"Location:\nScripps Mercy Hospital San Diego, 4077 Fifth Avenue, San Diego, CA 92103 (GME office, "
        f"Hillcrest campus)\n\n"
        f"Invitee Time Zone:\nPacific Time - US & Canada\n\n"
        f"Questions:\nAAMC ID\n{AAMC}\n\n"
        f"Questions:\nAre you also applying to an advanced program? If so, which specialty?\nRadiation Oncology\n\n"
        f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/5e02bd7c-77a1-4c0f\n"
        f"Reschedule: https://calendly.com/reschedulings/5e02bd7c-77a1-4c0f\n\n"
        f"Powered by Calendly.com")
    cal = ics("invite.ics", "5e02bd7c-77a1-4c0f@calendly.com", start, end,
              "Scripps Mercy Hospital San Diego \u2013 TY Interview Day".replace("\u2013", "-"),
              "Scripps Mercy Hospital San Diego, 4077 Fifth Avenue, San Diego, CA 92103",
              "Transitional Year interview day. Check in at the GME office.", "-//Calendly//EN", sent,
              organizer=("Gabriel Montoya-Ruiz", "montoyaruiz.gabriel@scrippshealth.org"))
    emit("b29-sch-cal-scripps-ty.eml",
         lab("scheduled", "Scripps Mercy Hospital San Diego", "other", TY, None, "in_person", [x]),
         a("Calendly", "notifications@calendly.com"),
         f"New Event: {NAME} - 07:30am Wed, Jan 13, 2027 - Scripps Mercy Hospital San Diego \u2013 TY Interview Day",
         sent, plain, "web", attach=[cal], domain="calendly.com")


@reg
def sch_ib_ohsu_cneuro():
    sent = at(PT, "2026-10-28T21:04:33")
    x = iv("2027-01-14")
    start = at(PT, "2027-01-14T08:00")
    end = at(PT, "2027-01-14T12:45")
    body = (
        f"Dear Kalena,\n\n"
        f"Thank you for scheduling your interview with Oregon Health & Science University \u2013 Child Neurology.\n\n"
        f"Date: {W(x)}\n"
        f"Time: 8:00 AM \u2013 12:45 PM Pacific Time\n"
        f"Attendance option selected: Virtual (Zoom)\n\n"
        f"Because you chose to attend virtually, the program will e-mail your Zoom link and interview schedule "
        f"the week before. If you later decide to attend in person at OHSU Doernbecher Children\u2019s Hospital, "
        f"please contact the coordinator at least 7 days in advance.\n\n"
        f"A calendar file is attached.")
    cal = ics("OHSU_ChildNeurology_Interview.ics", "IB-OHSU-CN-2027-88213@interviewbroker.com", start, end,
              "OHSU Child Neurology Interview (Virtual)", "Zoom - link to follow from program",
              "Oregon Health & Science University Child Neurology residency interview.",
              "-//Interview Broker//Scheduler//EN", sent, mode="tzid")
    ibroker("b29-sch-ib-ohsu-cneuro.eml",
            lab("scheduled", "Oregon Health & Science University", "interview_broker", CNEURO, None, "virtual", [x]),
            sent, "Interview Confirmation - Oregon Health & Science University",
            "Interview Confirmation", body, attach=[cal], reply_to=a("Priya Vandermolen", "vandermp@ohsu.edu"))


@reg
def sch_sug_provmil_fm():
    sent = at(UTC, "2026-10-27T02:15:48")
    x = iv("2027-01-07")
    plain = (
        f"Hi Kalena,\n\n"
        f"Thank you for signing up! Here is a summary of your sign up.\n\n"
        f"Sign Up: Providence Milwaukie FM Residency \u2013 Interview Days 2026-27\n"
        f"Organization: Providence Milwaukie Hospital\n\n"
        f"Date: {num(x)} (Thu.)\n"
        f"Location: Providence Milwaukie Hospital, 10330 SE 32nd Ave, Milwaukie, OR\n"
        f"Time: 8:00am - 3:00pm PST\n"
        f"Slot: In-person interview (1 of 6)\n"
        f"Comment: Flying in from Spokane the night before.\n\n"
        f"You can change or swap your sign up at any time before the organizer\u2019s deadline:\n"
        f"https://www.signupgenius.com/go/70A0B4CADA72FA2F85-provmilfm27#/\n\n"
        f"Thank you,\nSignUpGenius on behalf of Marisol Petrakis\n\n"
        f"SignUpGenius, 5 Greenway Plaza, Suite 1700, Houston, TX 77046. Unsubscribe from organizer e-mails.")
    emit("b29-sch-sug-provmil-fm.eml",
         lab("scheduled", "Providence Milwaukie Hospital", "other", FM, None, "in_person", [x]),
         a("SignUpGenius", "noreply@signupgenius.com"),
         "Providence Milwaukie FM Residency \u2013 Interview Days 2026-27: Sign Up Confirmation", sent, plain, "web",
         reply_to=a("Marisol Petrakis", "marisol.petrakis@providence.org"))


@reg
def sch_email_jabsom_path():
    sent = at(HT, "2026-10-19T11:48:00")
    mine = at(HT, "2026-10-17T05:52:00")
    x = iv("2026-12-09")
    start = dt.datetime(2026, 12, 9, 8, 0)
    end = dt.datetime(2026, 12, 9, 12, 30)
    her = (
        f"Aloha Ms. Akana-Bergstrom,\n\n"
        f"Thank you so much for the invitation! I would love to interview on Wednesday, December 9. If that date "
        f"is full, November 18 would be my second choice.\n\n"
        f"Mahalo,\nKalena Ostrowski-Reyes\nMS4, {SCHOOL}\nAAMC ID {AAMC}")
    plain = (
        f"Aloha Kalena,\n\n"
        f"You\u2019re all set for {W(x)}, 8:00 AM \u2013 12:30 PM HST (that\u2019s 10:00 AM \u2013 2:30 PM "
        f"Pacific). I\u2019ve attached a calendar hold; the Zoom link and your interview schedule will follow the "
        f"week before.\n\n"
        f"A hui hou,\nLeilani\n\n"
        f"Leilani Akana-Bergstrom\nResidency Program Coordinator\nJABSOM Department of Pathology\n\n"
        f"{gmail_attr(mine, f'Kalena Ostrowski-Reyes <{ME}>')}\n\n" + quote(her))
    cal = ics("JABSOM_Path_Interview.ics", "jabsom-path-2026-12-09-kor@hawaii.edu", start, end,
              "JABSOM Pathology Residency Interview (Zoom)", "Zoom", "Virtual interview day. Link to follow.",
              "-//Apple Inc.//macOS 15.1//EN", sent, mode="floating")
    emit("b29-sch-email-jabsom-path.eml", lab("scheduled", "JABSOM", "email", PATH, None, "virtual", [x]),
         a("Leilani Akana-Bergstrom", "akanaber@hawaii.edu"), "Re: JABSOM Pathology Interview Invitation", sent, plain,
         "gmail", attach=[cal])


@reg
def sch_thal_kpnapa_fm():
    sent = at(UTC, "2026-10-16T15:40:02")
    x = iv("2026-11-16")
    thalamus("b29-sch-thal-kpnapa-fm.eml",
             lab("scheduled", "Kaiser Permanente Napa-Solano", "thalamus", FM, None, "in_person", [x]),
             sent, "Interview scheduled with Kaiser Permanente Napa-Solano",
             "Interview scheduled",
             "Your interview with Kaiser Permanente Napa-Solano has been scheduled.",
             rows=[("Specialty", "Family Medicine"), ("When", f"{w(x)} \u00b7 8:00 AM \u2013 2:30 PM PST"),
                   ("Where", "Kaiser Permanente Vallejo Medical Center, 975 Sereno Drive, Vallejo, CA"),
                   ("Interview type", "In-Person")],
             foot="You can view this interview and any messages from the program in your Thalamus dashboard.",
             button="Open dashboard", url="https://app.thalamusgme.com/dashboard")


@reg
def sch_email_ohsu_psych():
    sent = at(PT, "2026-10-23T10:05:00")
    mine = at(PT, "2026-10-21T06:58:00")
    x = iv("2026-12-11")
    her = (
        "Dear Ms. Sol\u00f3rzano,\n\n"
        "Thank you very much for the invitation to interview with OHSU Psychiatry! My preferences are:\n\n"
        "1. Friday, December 11\n2. Friday, November 20\n3. Friday, January 15\n\n"
        f"Best regards,\nKalena Ostrowski-Reyes\n{SCHOOL}\n{CELL}")
    plain = (
        f"Hi Kalena,\n\n"
        f"Good news \u2014 you have your first choice. You\u2019re confirmed for our virtual interview day on "
        f"Friday, December 11 (8:00 a.m. \u2013 1:00 p.m. Pacific). I\u2019ll send the Zoom link and the day\u2019s "
        f"schedule about a week ahead.\n\n"
        f"Take care,\nBettina\n\n"
        f"Bettina Sol\u00f3rzano | Education Program Manager | OHSU Department of Psychiatry\n\n"
        f"{gmail_attr(mine, f'Kalena Ostrowski-Reyes <{ME}>')}\n\n" + quote(her))
    emit("b29-sch-email-ohsu-psych.eml", lab("scheduled", "OHSU", "email", PSY, None, "virtual", [x]),
         a("Bettina Sol\u00f3rzano", "solorzab@ohsu.edu"), "RE: Psychiatry Residency Interview Invitation", sent,
         plain, "outlook")


@reg
def sch_eras_lagen_psych():
    sent = at(ET, "2026-10-24T02:11:55")
    x = iv("2026-12-15")
    body = (
        "You have scheduled an interview.\n\n"
        "Program: Los Angeles General Medical Center Program\n"
        "Specialty: Psychiatry\n"
        "Interview format: Virtual\n\n"
        "If you need to change this interview, sign in to MyERAS before the program\u2019s freeze date.")
    eras("b29-sch-eras-lagen-psych.eml",
         lab("scheduled", "Los Angeles General Medical Center", "eras", PSY, None, "virtual", [x]),
         sent, "Interview Scheduled", "Interview Confirmation", body,
         (["Date", "Day", "Session", "Status"], [[num(x), f"{x:%A}", "AM (08:00 AM PT)", "Scheduled"]]))


# =============================================================== reminders
@reg
def rem_email_uw_radonc():
    sent = at(PT, "2026-12-03T10:30:00")
    x = iv("2026-12-07")
    plain = (
        f"Dear Kalena,\n\n"
        f"We are excited to host you for your virtual interview with UW Radiation Oncology on {W(x)}! It will be "
        f"nice to see you again after your sub-I.\n\n"
        f"Your itinerary (all times Pacific):\n\n"
        f"- 7:15 AM \u2013 Log in and tech check\n"
        f"- 7:30 AM \u2013 Welcome from the Program Director\n"
        f"- 8:00 AM \u2013 10:30 AM \u2013 Faculty interviews (four 20-minute sessions, breakout rooms)\n"
        f"- 10:45 AM \u2013 Virtual tour of Fred Hutch South Lake Union and the Proton Therapy Center\n"
        f"- 11:15 AM \u2013 Residents-only Q&A\n\n"
        f"Zoom: https://washington.zoom.us/j/93822104476\n"
        f"Meeting ID: 938 2210 4476 | Passcode: RadOnc27\n\n"
        f"If you have any trouble connecting on the day, call or text me at (206) 555-0169.\n\n"
        f"All the best,\n"
        f"Ingrid Maletz-Okoro\n"
        f"Residency Program Administrator, Department of Radiation Oncology\n"
        f"University of Washington\n"
        f"1959 NE Pacific Street, Box 356043, Seattle, WA 98195")
    emit("b29-rem-email-uw-radonc.eml", lab("reminder", "University of Washington", "email", RADONC, None, "virtual", [x]),
         a("Ingrid Maletz-Okoro", "imaletz@uw.edu"), "UW Radiation Oncology Interview - Monday itinerary", sent, plain,
         "outlook")


@reg
def rem_thal_ucsf_peds():
    sent = at(UTC, "2026-12-08T17:00:00")
    x = iv("2026-12-10")
    start = at(PT, "2026-12-10T07:45")
    end = at(PT, "2026-12-10T12:30")
    cal = ics("interview.ics", "thalamus-ucsf-peds-9c0d@thalamusgme.com", start, end,
              "Interview: University of California, San Francisco (Pediatrics)", "Virtual",
              "Your Thalamus interview. Zoom link in your dashboard.", "-//Thalamus//Interview//EN", sent,
              method="PUBLISH", alarm="-PT1H")
    thalamus("b29-rem-thal-ucsf-peds.eml",
             lab("reminder", "University of California, San Francisco", "thalamus", PEDS, "categorical", "virtual",
                 [x]),
             sent, "Reminder: your interview is in 2 days",
             "Interview reminder",
             "This is a friendly reminder of your upcoming interview.",
             rows=[("Program", "University of California, San Francisco \u2013 Pediatrics (Categorical)"),
                   ("Date", Wn(x)), ("Time", "7:45 AM PST"), ("Interview type", "Virtual")],
             program_note="See you Thursday! The Zoom link, your interview schedule and our tech-check number "
                          "are posted in your Thalamus itinerary.",
             button="View itinerary", url="https://app.thalamusgme.com/itinerary/ucsf-peds-9c0d", attach=[cal])


@reg
def rem_email_scripps_ty():
    sent = at(PT, "2027-01-08T09:15:00")
    x = iv("2027-01-13")
    plain = (
        f"Hi Kalena,\n\n"
        f"We\u2019re so excited to host you at Scripps Mercy Hospital San Diego next {x:%A}, {md(x)}!\n\n"
        f"A few logistics:\n\n"
        f"- Check in at 7:30 a.m. in the GME office, 4th floor of the Mercy Medical Office Building.\n"
        f"- Park in the Scripps Mercy parking structure off Fourth Avenue; bring your ticket and we\u2019ll validate.\n"
        f"- Business casual is perfect. We walk a fair bit, so comfortable shoes are smart.\n"
        f"- Breakfast and lunch are provided. Tell me about any dietary needs by Monday.\n\n"
        f"If anything comes up that morning, my cell is (619) 555-0148.\n\n"
        f"See you soon,\n"
        f"Gabriel Montoya-Ruiz\n"
        f"Residency Program Coordinator, Transitional Year\n"
        f"Scripps Mercy Hospital San Diego")
    emit("b29-rem-email-scripps-ty.eml",
         lab("reminder", "Scripps Mercy Hospital San Diego", "email", TY, None, "in_person", [x]),
         a("Montoya-Ruiz, Gabriel", "montoyaruiz.gabriel@scrippshealth.org"), "See you Wednesday!", sent, plain,
         "outlook")


@reg
def rem_email_kpnapa_fm():
    sent = at(PT, "2026-11-12T13:20:00")
    x = iv("2026-11-16")
    plain = (
        f"Hi Kalena,\n\n"
        f"We are excited to host you on Monday, November 16! Here is everything you need for the day.\n\n"
        f"Arrival: 7:45 AM at Kaiser Permanente Vallejo Medical Center, 975 Sereno Drive. Use the main entrance "
        f"and ask for the Family Medicine Residency; someone will meet you in the lobby.\n"
        f"Parking: free in Lot C; no permit needed.\n"
        f"Day: program overview, three interviews, the drive to our Napa clinic, and lunch with the residents. We "
        f"wrap up around 2:30 PM.\n\n"
        f"The residents\u2019 get-together is Sunday evening at 6:00 PM at a taqueria in downtown Napa \u2014 no "
        f"pressure at all, and it isn\u2019t part of the interview.\n\n"
        f"Safe travels!\n"
        f"Rosalind\n\n"
        f"Rosalind Abernathy-Ng | Residency Coordinator\n"
        f"Kaiser Permanente Napa-Solano Family Medicine Residency")
    emit("b29-rem-email-kpnapa-fm.eml",
         lab("reminder", "Kaiser Permanente Napa-Solano", "email", FM, None, "in_person", [x]),
         a("Rosalind Abernathy-Ng", "rosalind.x.abernathy-ng@kp.org"), "Your interview on Monday \u2013 Napa-Solano FM",
         sent, plain, "outlook")


@reg
def rem_email_lpch_peds():
    sent = at(PT, "2026-12-10T11:00:00")
    x = iv("2026-12-15")
    plain = (
        f"Dear Kalena,\n\n"
        f"We\u2019re excited to host you in Palo Alto on Tuesday, December 15. Your schedule for the day is below.\n\n"
        f"7:15 AM  Arrive, LPCH Main lobby, 725 Welch Road\n"
        f"7:30 AM  Breakfast and welcome from the Program Director\n"
        f"8:15 AM  Interviews (Dr. Aguilar-Strand, Dr. Mbeki, Dr. Castellano, Chief Resident Dr. Huang)\n"
        f"10:45 AM Tour of the units with the interns\n"
        f"12:00 PM Lunch with residents\n"
        f"1:00 PM  Wrap-up\n\n"
        f"Resident dinner: Monday, December 14, 6:30 PM, at a restaurant on University Avenue (details from Dr. "
        f"Huang by text).\n\n"
        f"Please bring a photo ID for the visitor desk. Looking forward to it!\n\n"
        f"Harriet Fonoti-Lindgren\n"
        f"Program Coordinator | Pediatric Residency Program\n"
        f"LPCH")
    emit("b29-rem-email-lpch-peds.eml", lab("reminder", "LPCH", "email", PEDS, None, "in_person", [x]),
         a("Fonoti-Lindgren, Harriet", "hfonotilindgren@stanfordchildrens.org"),
         "Your LPCH Pediatrics interview day \u2013 schedule", sent, plain, "outlook")


@reg
def rem_ib_ohsu_cneuro():
    sent = at(PT, "2027-01-11T08:00:00")
    x = iv("2027-01-14")
    body = (
        f"Dear Kalena,\n\n"
        f"This is a reminder of your upcoming interview with Oregon Health & Science University \u2013 Child "
        f"Neurology on {W(x)} at 8:00 AM Pacific Time.\n\n"
        f"Attendance: Virtual\n"
        f"Zoom: https://ohsu.zoom.us/j/97311820655?pwd=Q2hpbGROZXVybw\n\n"
        f"Message from the program: Please log in ten minutes early. You will move between breakout rooms for "
        f"your interviews; a resident will stay with you on the main call during breaks.")
    ibroker("b29-rem-ib-ohsu-cneuro.eml",
            lab("reminder", "Oregon Health & Science University", "interview_broker", CNEURO, None, "virtual", [x]),
            sent, "Interview Reminder - Oregon Health & Science University", "Interview Reminder", body,
            reply_to=a("Priya Vandermolen", "vandermp@ohsu.edu"))


@reg
def rem_email_jabsom_path():
    sent = at(HT, "2026-12-07T08:30:00")
    x = iv("2026-12-09")
    plain = (
        f"Aloha Kalena,\n\n"
        f"Just a reminder that your virtual interview with the JABSOM Pathology Residency Program is this "
        f"Wednesday, December 9, starting at 8:00 AM HST (10:00 AM Pacific).\n\n"
        f"Zoom link: https://hawaii.zoom.us/j/96620417731\n"
        f"Passcode: 420617\n\n"
        f"Schedule (HST):\n"
        f"8:00  Welcome \u2013 Program Director\n"
        f"8:30  Interviews with Dr. Kealoha, Dr. Nakasone and Dr. Brightwater\n"
        f"10:00 Digital slide session with the residents\n"
        f"11:00 Resident Q&A (faculty will leave the room)\n"
        f"12:30 Pau\n\n"
        f"If your connection drops, just rejoin with the same link.\n\n"
        f"Leilani")
    emit("b29-rem-email-jabsom-path.eml", lab("reminder", "JABSOM", "email", PATH, None, "virtual", [x]),
         a("Leilani Akana-Bergstrom", "akanaber@hawaii.edu"), "Zoom info for Wednesday", sent, plain, "gmail")


@reg
def rem_email_lagen_psych():
    sent = at(PT, "2026-12-11T15:45:00")
    x = iv("2026-12-15")
    plain = (
        f"Dear Kalena,\n\n"
        f"Your virtual interview with the Los Angeles General Medical Center Psychiatry Residency is coming up on "
        f"Tuesday, December 15. Please find your Zoom information and schedule below.\n\n"
        f"Main room: https://usc.zoom.us/j/91550238814 (passcode 773104)\n\n"
        f"8:00 AM   Welcome and program overview\n"
        f"8:45 AM   Interview 1 \u2013 Program Director\n"
        f"9:15 AM   Interview 2 \u2013 Associate Program Director\n"
        f"9:45 AM   Interview 3 \u2013 Faculty\n"
        f"10:30 AM  Virtual tour of the L.A. General inpatient units and psychiatric emergency services\n"
        f"11:15 AM  Residents\u2019 hour\n"
        f"1:30 PM   Close\n\n"
        f"Please keep your camera on when you can, and have a phone nearby in case we need to reach you.\n\n"
        f"Regards,\n"
        f"Esperanza Vallejo-Kim\n"
        f"Residency Coordinator, Department of Psychiatry and the Behavioral Sciences\n"
        f"Keck School of Medicine of USC | Los Angeles General Medical Center\n"
        f"2020 Zonal Avenue, IRD Building, Los Angeles, CA 90033")
    emit("b29-rem-email-lagen-psych.eml",
         lab("reminder", "Los Angeles General Medical Center", "email", PSY, None, "virtual", [x]),
         a("Vallejo-Kim, Esperanza", "evallejokim@med.usc.edu"), "Interview Day Information - Tuesday 12/15", sent,
         plain, "outlook")


# =============================================================== cancellations
@reg
def can_thal_uw_imprelim():
    sent = at(UTC, "2027-01-08T05:12:09")
    x = iv("2027-01-20")
    thalamus("b29-can-thal-uw-imprelim.eml",
             lab("cancellation", "University of Washington", "thalamus", IM, "preliminary", "virtual", [x]),
             sent, "Interview cancelled: University of Washington",
             "Your interview has been cancelled",
             "You cancelled your interview with University of Washington. The program has been notified and the "
             "slot has been released.",
             rows=[("Program", "University of Washington \u2013 Internal Medicine (Preliminary)"),
                   ("Cancelled date", W(x)), ("Interview type", "Virtual")],
             foot="If this was a mistake, contact the program directly. Cancelled dates may be offered to other "
                  "applicants immediately.")


@reg
def can_eras_unlv_psych():
    sent = at(ET, "2026-12-02T20:41:13")
    x = iv("2026-12-17")
    body = (
        "You have cancelled the following interview.\n\n"
        "Program: Kirk Kerkorian School of Medicine at UNLV Program\n"
        "Specialty: Psychiatry\n"
        "Interview type: Virtual\n\n"
        "The program has been notified of your cancellation.")
    eras("b29-can-eras-unlv-psych.eml",
         lab("cancellation", "Kirk Kerkorian School of Medicine at UNLV", "eras", PSY, None, "virtual", [x]),
         sent, "Interview Cancelled", "Interview Cancellation Confirmation", body,
         (["Date", "Day", "Status"], [[num(x), f"{x:%A}", "Cancelled by applicant"]]))


@reg
def can_email_alaska_fm():
    sent = at(AKT, "2027-01-04T10:05:00")
    x = iv("2027-01-11")
    alt1, alt2 = d("2027-01-25"), d("2027-01-27")
    plain = (
        f"Dear Kalena,\n\n"
        f"I\u2019m very sorry to be writing with this news. Because of the Providence Alaska Medical Center "
        f"electronic health record upgrade that has been moved up to the week of January 11, we have had to cancel "
        f"our in-person interview day on {W(x)}. Our faculty and residents will be supporting the go-live around "
        f"the clock that week.\n\n"
        f"We would still very much like to meet you. Could you let me know which of these would work?\n\n"
        f"- {W(alt1)} \u2013 in person in Anchorage (same schedule)\n"
        f"- {W(alt2)} \u2013 virtual, 9:00 AM to 1:00 PM Alaska Time\n\n"
        f"If you have already booked flights, please send me your receipt; we can reimburse change fees.\n\n"
        f"With apologies,\n"
        f"Junie Castellanos-Frye\n"
        f"Program Coordinator\n"
        f"Alaska Family Medicine Residency | Providence Alaska Medical Center\n"
        f"1201 E. 36th Avenue, Anchorage, AK 99508")
    emit("b29-can-email-alaska-fm.eml",
         lab("cancellation", "Providence Alaska Medical Center", "email", FM, None, "in_person", [x]),
         a("Castellanos-Frye, Junie", "junie.castellanos-frye@providence.org"),
         "Alaska FM Residency \u2013 interview day on January 11 cancelled", sent, plain, "outlook")


@reg
def can_email_fmri_fm():
    sent = at(MT, "2026-12-07T09:12:00")
    mine = at(PT, "2026-12-06T19:48:00")
    x = iv("2027-01-13")
    her = (
        f"Dear Ms. Whitfield-Amadi,\n\n"
        f"I\u2019m writing to withdraw from my interview on Wednesday, January 13 with the Family Medicine Residency "
        f"of Idaho. I have since been offered a date I cannot move that falls on the same day, and I "
        f"want to free the spot for someone else as early as possible.\n\n"
        f"Thank you for the invitation, and I\u2019m sorry for any inconvenience.\n\n"
        f"Sincerely,\nKalena Ostrowski-Reyes\nAAMC ID {AAMC}")
    plain = (
        f"Hi Kalena,\n\n"
        f"Thank you for letting us know so early. I\u2019ve cancelled your interview on January 13 and released the "
        f"spot. Best of luck this season!\n\n"
        f"Darcy\n\n"
        f"Darcy Whitfield-Amadi | Residency Coordinator\n"
        f"Family Medicine Residency of Idaho\n"
        f"777 N. Raymond Street, Boise, ID 83704\n\n"
        + outlook_block(f"Kalena Ostrowski-Reyes <{ME}>", mine, "Darcy Whitfield-Amadi <dwhitfield-amadi@fmridaho.org>",
                        "Withdrawal - interview January 13") + "\n\n" + her)
    emit("b29-can-email-fmri-fm.eml",
         lab("cancellation", "Family Medicine Residency of Idaho", "email", FM, None, "in_person", [x]),
         a("Darcy Whitfield-Amadi", "dwhitfield-amadi@fmridaho.org"), "RE: Withdrawal - interview January 13", sent,
         plain, "outlook")


@reg
def can_ib_ucsd_radonc():
    sent = at(PT, "2026-11-30T19:50:12")
    x = iv("2026-12-08")
    body = (
        f"Dear Kalena,\n\n"
        f"Your interview with UC San Diego Health \u2013 Radiation Oncology (Advanced) on {W(x)} has been "
        f"cancelled at your request.\n\n"
        f"The program coordinator has been notified. If you wish to interview on a different date, sign in to "
        f"Interview Broker to see whether any dates remain open.")
    ibroker("b29-can-ib-ucsd-radonc.eml",
            lab("cancellation", "UC San Diego Health", "interview_broker", RADONC, "advanced", "virtual", [x]),
            sent, "Interview Cancellation - UC San Diego Health", "Interview Cancelled", body,
            reply_to=a("UCSD Radiation Oncology Residency", "radonc-residency@health.ucsd.edu"))


@reg
def can_email_harbor_surgprelim():
    sent = at(PT, "2026-12-21T11:30:00")
    x = iv("2027-01-08")
    alt1, alt2 = d("2027-01-13"), d("2027-01-15")
    plain = (
        f"Dear Ms. Ostrowski-Reyes,\n\n"
        f"I regret to inform you that the Department of Surgery must cancel the preliminary interview day "
        f"scheduled for {W(x)}. The date now conflicts with a site visit to Harbor-UCLA Medical Center, and we "
        f"cannot host applicants in the operating rooms and conference areas that day.\n\n"
        f"We apologize for the inconvenience. Please reply with which option you prefer:\n\n"
        f"- {W(alt2)}, in person in Torrance (our remaining preliminary day), or\n"
        f"- {W(alt1)}, a virtual interview from 1:00 to 4:00 PM Pacific.\n\n"
        f"Respectfully,\n"
        f"Lorena Baptiste-Haddad\n"
        f"Surgery Residency Coordinator\n"
        f"Harbor-UCLA Medical Center")
    emit("b29-can-email-harbor-surgprelim.eml",
         lab("cancellation", "Harbor-UCLA Medical Center", "email", SURG, "preliminary", "in_person", [x]),
         a("Baptiste-Haddad, Lorena", "lbaptistehaddad@dhs.lacounty.gov"),
         "Cancellation of January 8 Preliminary Surgery Interview Day", sent, plain, "outlook")
