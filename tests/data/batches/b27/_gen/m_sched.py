"""Scheduled confirmations (10) and reminders (8)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# =========================================================================== scheduled
@reg
def sch_thal_hup():
    sent = at(UTC, "2026-10-09T00:21:40")
    day = iv("2026-12-03")
    url = "https://app.thalamusgme.com/applicant/interviews/PENN-ANES-CAT-60418"
    thalamus("b27-sch-thal-hup-anes.eml",
             lab("scheduled", "Hospital of the University of Pennsylvania", "thalamus", ANES, "categorical",
                 "virtual", [day]),
             sent, "Interview confirmed \u2013 Hospital of the University of Pennsylvania",
             "Your interview is confirmed",
             "You\u2019re all set! Your interview has been scheduled. We\u2019ve added it to your Thalamus "
             "calendar.",
             facts=[("Program", "Hospital of the University of Pennsylvania \u2013 Anesthesiology (Categorical)"),
                    ("Date", full(day)), ("Time", "7:30 AM \u2013 1:00 PM EST"), ("Interview type", "Virtual"),
                    ("Meeting", "Thalamus video (link opens 15 minutes before start)")],
             cta="View itinerary", url=url,
             after="Need to change your date? You can reschedule or cancel from your dashboard until the "
                   "program\u2019s deadline.")


@reg
def sch_eras_ummc():
    sent = at(ET, "2026-10-13T07:02:11")
    day = iv("2026-12-08")
    body = (
        "Your interview has been scheduled.\n\n"
        "Program: University of Maryland Medical Center Program\nSpecialty: Anesthesiology\nTrack: Categorical\n"
        f"Interview date: {num(day)} ({day:%A})\nStart time: 07:00 AM ET\nInterview type: In-person\n"
        f"Freeze date: {num(d('2026-12-01'))}\n\n"
        "You may cancel or reschedule in MyERAS until the freeze date.")
    eras("b27-sch-eras-ummc-anes.eml",
         lab("scheduled", "University of Maryland Medical Center", "eras", ANES, "categorical", "in_person", [day]),
         sent, "Interview Scheduled - University of Maryland Medical Center Program", "Interview Scheduled", body)


@reg
def sch_eras_njms():
    sent = at(ET, "2026-10-14T12:14:56")
    day = iv("2026-12-04")
    body = (
        "This email confirms that you have scheduled an interview.\n\n"
        "Program: Rutgers New Jersey Medical School Program\nSpecialty: Surgery\nTrack: Categorical\n")
    eras("b27-sch-eras-njms-surg.eml",
         lab("scheduled", "Rutgers New Jersey Medical School", "eras", SURG, "categorical", "in_person", [day]),
         sent, "Interview Scheduled", "Interview Confirmation", body,
         (["Date", "Day", "Start", "Type"], [[num(day), f"{day:%A}", "06:45 AM ET", "In-person"]]),
         tail="The program may send additional details, such as parking and directions, by email.")


@reg
def sch_ib_uva():
    sent = at(ET, "2026-10-15T21:33:08")
    day = iv("2026-12-11")
    start = at(ET, "2026-12-11T07:30")
    end = at(ET, "2026-12-11T14:00")
    cal = ics_part(vevent("ib-uva-anes-20261211-7f3a@interviewbroker.com", start, end,
                          "Interview: University of Virginia - Anesthesiology",
                          "UVA Health University Medical Center, 1215 Lee Street, Charlottesville, VA / Zoom",
                          "Hybrid interview day. Zoom link will be emailed by the program.",
                          "-//Interview Broker//Scheduler//EN", sent, mode="tzid",
                          organizer=("UVA Anesthesiology Residency", "lw7ad@uvahealth.org")),
                   "UVA_Anesthesiology_Interview.ics")
    body = (
        f"Hi Maren,\n\n"
        f"Your interview with the University of Virginia \u2013 Anesthesiology (Categorical) has been scheduled "
        f"for {day:%a} {num(day)}, check-in 7:30 AM Eastern.\n\n"
        f"This is a hybrid interview day. You indicated that you have not yet decided whether to attend in "
        f"person; please update your choice in Interview Broker by {fulln(d('2026-12-01'))} so we can plan "
        f"lunch and parking.\n\n"
        f"A calendar file is attached. To change or cancel, log in to Interview Broker.")
    ibroker("b27-sch-ib-uva-anes.eml",
            lab("scheduled", "University of Virginia", "interview_broker", ANES, "categorical", "hybrid", [day]),
            sent, "Confirmed: University of Virginia - Anesthesiology interview on 12/11/2026",
            "Interview confirmation", body,
            url="https://www.interviewbroker.com/applicant/interviews", button="Manage my interview",
            attach=[cal], reply_to=a("Lauren Whitcomb-Adair", "lw7ad@uvahealth.org"))


@reg
def sch_ib_bayview():
    sent = at(ET, "2026-10-06T08:47:30")
    day = iv("2026-11-18")
    body = (
        "Thank you for scheduling your interview with Johns Hopkins Bayview Medical Center \u2013 Internal "
        "Medicine (Categorical).\n\n"
        f"Date: {day:%B} {day.day}, {day.year} ({day:%a})\nTime: 8:00 AM \u2013 12:45 PM Eastern\n"
        "Format: Virtual (Zoom)\n\n"
        "Your Zoom link and the day\u2019s itinerary will be sent about one week before your interview. "
        "Please test your camera and microphone ahead of time.")
    ibroker("b27-sch-ib-bayview-im.eml",
            lab("scheduled", "Johns Hopkins Bayview Medical Center", "interview_broker", IM, "categorical",
                "virtual", [day]),
            sent, "Interview Scheduled: Johns Hopkins Bayview Medical Center", "You are scheduled", body,
            reply_to=a("JHBMC Internal Medicine Residency", "bayviewimres@jhmi.edu"))


@reg
def sch_rcas_jefferson():
    sent = at(UTC, "2026-10-21T15:06:12")
    day = iv("2026-11-30")
    body = (
        "Your interview has been scheduled.\n\n"
        "Program: Thomas Jefferson University Hospital \u2013 Obstetrics and Gynecology\n"
        f"Date: {full(day)}\nTime: 9:00 AM \u2013 2:00 PM ET\nFormat: Virtual\n\n"
        "The program will share the virtual meeting link and your interview schedule before the interview "
        "date. To cancel, log in to ResidencyCAS.")
    rcas("b27-sch-rcas-jefferson-obgyn.eml",
         lab("scheduled", "Thomas Jefferson University Hospital", "residencycas", OBGYN, None, "virtual", [day]),
         sent, "Interview Scheduled: Thomas Jefferson University Hospital", "Interview confirmation", body,
         RCAS_PORTAL, "View my interviews")


@reg
def sch_cal_unionmem():
    sent = at(UTC, "2026-10-14T01:15:09")
    day = iv("2026-12-10")
    start = at(ET, "2026-12-10T08:00")
    end = at(ET, "2026-12-10T12:30")
    zoom = "https://medstar.zoom.us/j/93381420577"
    cal = ics_part(vevent("c8a1f7e2-4b1d-4c60-9a55-2d1e0f6b7c31@calendly.com", start, end,
                          "Residency Interview - MedStar Union Memorial IM",
                          zoom, f"Virtual interview day. Join Zoom: {zoom}", "-//Calendly//EN", sent,
                          organizer=("Rosalind Achterberg", "umh.imresidency@medstar.net")),
                   "invite.ics")
    plain = (
        f"Hi {NAME},\n\n"
        f"A new event has been scheduled.\n\n"
        f"Event Type:\nResidency Interview \u2013 MedStar Union Memorial Hospital Internal Medicine\n\n"
        f"Invitee:\n{NAME}\n\nInvitee Email:\n{ME}\n\n"
        f"Event Date/Time:\n8:00am - 12:30pm (Eastern Time - US & Canada) on {full(day)}\n\n"
        f"Location:\nThis is a Zoom web conference.\n{zoom}\n\n"
        f"Questions:\nAAMC ID\n{AAMC}\nWill you be applying to a preliminary year in addition?\nYes \u2013 "
        f"preliminary medicine and TY\n\n"
        f"Need to make changes to this event?\n"
        f"Cancel: https://calendly.com/cancellations/c8a1f7e2-4b1d-4c60-9a55-2d1e0f6b7c31\n"
        f"Reschedule: https://calendly.com/reschedulings/c8a1f7e2-4b1d-4c60-9a55-2d1e0f6b7c31\n\n"
        f"Powered by Calendly.com")
    emit("b27-sch-cal-unionmem-im.eml",
         lab("scheduled", "MedStar Union Memorial Hospital", "other", IM, None, "virtual", [day]),
         a("Calendly", "notifications@calendly.com"),
         f"Confirmed: Residency Interview \u2013 MedStar Union Memorial Hospital Internal Medicine on "
         f"{full(day)}", sent, plain, html="plain", attach=[cal],
         reply_to=a("Rosalind Achterberg", "umh.imresidency@medstar.net"))


@reg
def sch_sug_wvu():
    sent = at(UTC, "2026-10-21T02:44:50")
    day = iv("2027-01-14")
    plain = (
        "Thank you for signing up!\n\n"
        f"Hi {NAME},\n\n"
        "This is a confirmation for the following sign up:\n\n"
        "WVU Anesthesiology Residency Interviews \u2013 Match 2027\n"
        "Created by: Brianna Shoemaker-Tate\n\n"
        f"Date: {num(day)} ({day:%a}.)\n"
        "Time: 7:00am - 2:00pm EST\n"
        "Slot: Interview Day \u2013 In Person (Ruby Memorial Hospital)\n"
        "Quantity: 1\n"
        "Comment: Will attend Wed dinner. Driving from Philadelphia.\n\n"
        "You can change your sign up here:\n"
        "https://www.signupgenius.com/go/10C0E4DA9AB2BA7FC1-wvuanes2027#/\n\n"
        "SignUpGenius \u2013 Free online sign up sheets. This email was sent on behalf of the organizer; "
        "reply to contact Brianna Shoemaker-Tate.")
    emit("b27-sch-sug-wvu-anes.eml",
         lab("scheduled", "WVU", "other", ANES, None, "in_person", [day]),
         a("SignUpGenius", "DoNotReply@signupgenius.com"),
         "Confirmation: WVU Anesthesiology Residency Interviews \u2013 Match 2027", sent, plain, html="plain",
         reply_to=a("Brianna Shoemaker-Tate", "anesresidency@hsc.wvu.edu"))


@reg
def sch_email_hackensack():
    sent = at(ET, "2026-11-02T08:15:27")
    day = iv("2026-12-09")
    her = at(ET, "2026-10-27T19:04:51")
    mine = (
        "Dear Ms. Albanese-Mbeki,\n\n"
        "Thank you so much for the invitation to interview with the Diagnostic Radiology Residency at "
        "Hackensack University Medical Center. I would be glad to accept.\n\n"
        "My first choice would be Wednesday, December 9, and my second choice Wednesday, January 13.\n\n"
        f"Best regards,\n{NAME}\n{SCHOOL}\nAAMC ID {AAMC}")
    plain = (
        "Good morning Maren,\n\n"
        f"Thank you for your reply, and apologies for the delay \u2014 I was out last week. You are confirmed "
        f"for your first choice, {full(day)}, 9:00 AM to 1:30 PM Eastern (virtual). The Zoom link and "
        "itinerary will be sent the week before.\n\n"
        "Kind regards,\n\n"
        "Kristen Albanese-Mbeki\nResidency Coordinator | Department of Radiology\n"
        "Hackensack University Medical Center | Hackensack Meridian Health\n\n"
        + outlook_hdr(f"{NAME} <{ME}>", her, "Albanese-Mbeki, Kristen <kristen.albanese-mbeki@hmhn.org>",
                      "Re: Hackensack University Medical Center Diagnostic Radiology \u2013 Interview Invitation")
        + "\n\n" + mine)
    emit("b27-sch-email-hackensack-dr.eml",
         lab("scheduled", "Hackensack University Medical Center", "email", DR, None, "virtual", [day]),
         a("Albanese-Mbeki, Kristen", "kristen.albanese-mbeki@hmhn.org"),
         "RE: Hackensack University Medical Center Diagnostic Radiology \u2013 Interview Invitation", sent,
         plain)


@reg
def sch_email_suny():
    sent = at(ET, "2026-11-04T14:20:18")
    day = iv("2027-01-12")
    her = at(ET, "2026-11-03T21:10:02")
    start = dt.datetime(2027, 1, 12, 8, 0)
    end = dt.datetime(2027, 1, 12, 14, 0)
    cal = ics_part(vevent("downstate-neuro-0112-am17@downstate.edu", start, end,
                          "SUNY Downstate Neurology Interview Day",
                          "450 Clarkson Avenue, Brooklyn, NY - Room B7-310",
                          "Breakfast 8:00 AM. Interviews, Kings County tour, lunch with residents.",
                          "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", sent, mode="floating",
                          attendee=False),
                   "Neurology Interview.ics")
    plain = (
        "Hi Maren,\n\n"
        f"You are confirmed for {full(day)}. Please arrive at 450 Clarkson Avenue by 7:45 AM and bring a "
        "photo ID for the security desk; we will meet you in the lobby. A calendar invitation is attached.\n\n"
        "Street parking is limited, so we recommend the 2 or 5 train to Winthrop Street.\n\n"
        "Regards,\nNeurology Residency Office\nSUNY Downstate | Department of Neurology\n\n"
        + gmail_on(her, f"{NAME} <{ME}>") + "\n"
        + quote("Hello,\n\nThank you very much for the invitation. I would like to request Tuesday, January 12, "
                f"if it is still available.\n\nBest,\nMaren Adeyemi-Ferraro"))
    emit("b27-sch-email-suny-neuro.eml",
         lab("scheduled", "SUNY Downstate", "email", NEU, None, "in_person", [day]),
         a("Downstate Neurology Residency", "neurology.residency@downstate.edu"),
         "Re: SUNY Downstate Neurology - Interview Invitation", sent, plain, html=None, attach=[cal])


# =========================================================================== reminders
@reg
def rem_hup():
    sent = at(ET, "2026-11-30T10:00:00")
    day = iv("2026-12-03")
    plain = (
        "Dear Maren,\n\n"
        f"We are so excited to host you this {fulln(day)} for your virtual interview with HUP "
        "Anesthesiology!\n\n"
        "A few reminders:\n\n"
        "- Log in to Thalamus by 7:15 AM Eastern; the welcome session starts at 7:30 AM sharp.\n"
        "- Your personal schedule (three faculty interviews plus the OR walk-through) is posted on your "
        "Thalamus itinerary.\n"
        "- The resident happy hour is Wednesday evening at 6:30 PM ET \u2014 come as you are, no interviewers "
        "present.\n"
        "- If you lose your connection, call our office at 215-555-0171 and we will get you back in.\n\n"
        "See you Thursday!\n\n"
        "Jonah\n\nJonah Feld-Ramirez | Residency Program Coordinator\nHUP Anesthesiology Residency\n"
        "680 Dulles Building, 3400 Spruce Street, Philadelphia, PA 19104")
    emit("b27-rem-email-hup-anes.eml",
         lab("reminder", "HUP", "email", ANES, None, "virtual", [day]),
         a("Feld-Ramirez, Jonah", "jonah.feld-ramirez@pennmedicine.upenn.edu"),
         f"HUP Anesthesiology \u2013 Interview Day Reminder ({full(day)})", sent, plain)


@reg
def rem_thal_jfk():
    sent = at(UTC, "2026-12-08T14:00:00")
    day = iv("2026-12-11")
    start = at(ET, "2026-12-11T08:15")
    end = at(ET, "2026-12-11T13:00")
    cal = ics_part(vevent("thal-int-JFKUMC-NEU-C-31190@thalamusgme.com", start, end,
                          "Interview: JFK University Medical Center - Neurology", "Virtual (Zoom)",
                          "Your interview with JFK University Medical Center. Join from your Thalamus dashboard.",
                          "-//Thalamus GME//Interview Calendar//EN", sent),
                   "interview.ics")
    thalamus("b27-rem-thal-jfk-neuro.eml",
             lab("reminder", "JFK University Medical Center", "thalamus", NEU, "categorical", "virtual", [day]),
             sent, "Reminder: your interview with JFK University Medical Center is in 3 days",
             "Your interview is coming up",
             "This is a friendly reminder that you have an upcoming interview.",
             facts=[("Program", "JFK University Medical Center \u2013 Neurology (Categorical)"),
                    ("Date", abbr(day)), ("Time", "8:15 AM \u2013 1:00 PM EST"), ("Interview type", "Virtual")],
             cta="Open my itinerary", url="https://app.thalamusgme.com/applicant/interviews/JFKUMC-NEU-C-31190",
             after="Add this interview to your calendar with the attached file.", attach=[cal])


@reg
def rem_ummc():
    sent = at(ET, "2026-12-02T13:05:44")
    day = iv("2026-12-08")
    plain = (
        "Dear Maren,\n\n"
        f"This is a reminder of your in-person interview with the Anesthesiology Residency Program at the "
        f"University of Maryland Medical Center on {full(day)}.\n\n"
        "Evening before (Monday, December 7): resident dinner at 6:30 PM at Ministry of Brewing, 1900 E. "
        "Lombard Street. Attendance is optional and not part of the evaluation.\n\n"
        "Interview day: please arrive by 6:45 AM at the main hospital lobby, 22 South Greene Street. Parking is "
        "available in the Lexington Garage (we will validate). The day ends around 2:00 PM.\n\n"
        "Dress is business attire; comfortable shoes are recommended for the tour of the Shock Trauma Center.\n\n"
        "Please call 410-555-0117 on the morning of your interview if you are running late.\n\n"
        "Best regards,\nAnesthesiology Residency Program\nUniversity of Maryland Medical Center\n"
        "University of Maryland School of Medicine")
    emit("b27-rem-email-ummc-anes.eml",
         lab("reminder", "University of Maryland Medical Center", "email", ANES, None, "in_person", [day]),
         a("UMMC Anesthesiology Residency", "anesthesiaresidency@som.umaryland.edu"),
         f"Interview Day Details \u2013 {fulln(day)}", sent, plain)


@reg
def rem_ib_bayview():
    sent = at(ET, "2026-11-16T07:00:00")
    day = iv("2026-11-18")
    zoom = "https://jhjhm.zoom.us/j/96612047351?pwd=QmF5dmlld0lNMjc"
    body = (
        "This is a reminder of your upcoming interview.\n\n"
        "Program: Johns Hopkins Bayview Medical Center \u2013 Internal Medicine (Categorical)\n"
        f"Date: {day:%a} {num(day)}\nTime: 7:45 AM sign-in, 8:00 AM start (Eastern)\n"
        f"Zoom: {zoom}\nMeeting ID: 966 1204 7351\n\n"
        "Please keep your camera on throughout the day and have a phone nearby in case we need to reach you.")
    ibroker("b27-rem-ib-bayview-im.eml",
            lab("reminder", "Johns Hopkins Bayview Medical Center", "interview_broker", IM, "categorical",
                "virtual", [day]),
            sent, f"Reminder: Interview on {day:%a} {num(day)} - Johns Hopkins Bayview Medical Center",
            "Interview reminder", body,
            reply_to=a("JHBMC Internal Medicine Residency", "bayviewimres@jhmi.edu"))


@reg
def rem_njms():
    sent = at(ET, "2026-11-30T15:40:12")
    day = iv("2026-12-04")
    plain = (
        "Hello Maren,\n\n"
        f"We\u2019re excited to host you this Friday, December 4, for your interview with Rutgers New Jersey "
        "Medical School General Surgery!\n\n"
        "Thursday, December 3 \u2014 Pre-interview social, 7:00 PM, at a restaurant near the Prudential Center "
        "(details from our chief residents by text).\n\n"
        "Friday \u2014 Please arrive at 6:30 AM at University Hospital, 150 Bergen Street, Newark, and take "
        "the elevator to the G-level conference room for Grand Rounds. Interviews follow, and the day ends "
        "with lunch and a tour. Visitor parking is in Lot 5; bring your ticket for validation.\n\n"
        "Please let us know of any dietary restrictions.\n\n"
        "Warmly,\nGeneral Surgery Residency Program\nDepartment of Surgery, Rutgers New Jersey Medical School\n"
        "185 South Orange Avenue, Newark, NJ 07103")
    emit("b27-rem-email-njms-surg.eml",
         lab("reminder", "Rutgers New Jersey Medical School", "email", SURG, None, "in_person", [day]),
         a("NJMS Surgery Residency", "njmssurgeryresidency@njms.rutgers.edu"),
         "See you Friday! NJMS General Surgery Interview", sent, plain, html="gmail")


@reg
def rem_christiana_ty():
    sent = at(ET, "2027-01-15T11:00:37")
    day = iv("2027-01-19")
    plain = (
        "Good morning,\n\n"
        f"This is a reminder that you are scheduled to interview with the ChristianaCare Transitional Year "
        f"Program on {full(day)}. Our office will be closed on Monday for Martin Luther King Jr. Day, so please "
        "send any questions before the weekend.\n\n"
        "Check-in: 7:45 AM, Christiana Hospital main lobby, 4755 Ogletown-Stanton Road, Newark, DE 19718. "
        "Park in the visitor garage (P1) and bring your ticket.\n"
        "Schedule: welcome and breakfast, interviews with the Program Director and two faculty, lunch with "
        "current TY interns, tour of Christiana Hospital and Wilmington Hospital by shuttle.\n"
        "End: approximately 2:00 PM.\n\n"
        "I\u2019ve attached a campus map with the garage and lobby marked.\n\n"
        "Safe travels,\nShanice Underwood-Kaur\nGME Coordinator, Transitional Year Program | ChristianaCare")
    emit("b27-rem-email-christiana-ty.eml",
         lab("reminder", "ChristianaCare", "email", TY, None, "in_person", [day]),
         a("Underwood-Kaur, Shanice", "shanice.underwood-kaur@christianacare.org"),
         "Transitional Year Interview \u2013 Tuesday Reminder", sent, plain)


@reg
def rem_jefferson():
    sent = at(ET, "2026-11-25T09:30:00")
    day = iv("2026-11-30")
    plain = (
        "Dear Maren,\n\n"
        f"We are excited to host you for your virtual interview with the Jefferson Obstetrics and Gynecology "
        f"Residency on Monday, November 30! We wanted to send this before the holiday so it doesn\u2019t get "
        f"lost.\n\n"
        "Your Zoom room: https://thomasjefferson.zoom.us/j/98120455637\n"
        "Please log in at 8:45 AM ET. The day wraps up at 2:00 PM.\n\n"
        "Your interview schedule is attached to your ResidencyCAS interview page. You\u2019ll meet with our "
        "Program Director, an Associate Program Director, and two faculty from Thomas Jefferson University "
        "Hospital, and have a residents-only session over lunch.\n\n"
        "Happy Thanksgiving, and see you Monday!\n\n"
        "Jefferson OB/GYN Residency Program\nSidney Kimmel Medical College | Thomas Jefferson University\n"
        "833 Chestnut Street, Suite 100, Philadelphia, PA 19107")
    emit("b27-rem-email-jefferson-obgyn.eml",
         lab("reminder", "Thomas Jefferson University Hospital", "email", OBGYN, None, "virtual", [day]),
         a("Jefferson OB/GYN Residency", "obgynresidency@jefferson.edu"),
         "Your Jefferson OB/GYN Interview on Monday", sent, plain)


@reg
def rem_morristown():
    sent = at(ET, "2027-01-04T08:45:29")
    day = iv("2027-01-06")
    plain = (
        "Hi Maren,\n\n"
        "Happy New Year! We are so excited to host you for your interview with us this Wednesday, "
        "January 6.\n\n"
        "Tuesday evening (January 5): resident dinner at 6:30 PM at The Committed Pig on South Street in "
        "Morristown. Casual dress.\n\n"
        "Wednesday: please arrive at 6:45 AM at the Gagnon Cardiovascular Institute entrance of Morristown "
        "Medical Center, 100 Madison Avenue, and check in at the security desk. Parking is free in the visitor "
        "deck. You\u2019ll join our morning M&M conference before interviews, and the day will end with a "
        "tour at about 1:30 PM. Our residents who rotate at Overlook Medical Center will join by video.\n\n"
        "Looking forward to having you back!\n\n"
        "Erin Castellanos | Residency Program Coordinator, General Surgery\n"
        "Morristown Medical Center | Atlantic Health System\n100 Madison Avenue, Morristown, NJ 07960")
    emit("b27-rem-email-morristown-surg.eml",
         lab("reminder", "Morristown Medical Center", "email", SURG, None, "in_person", [day]),
         a("Castellanos, Erin", "erin.castellanos@atlantichealth.org"),
         "Interview this Wednesday \u2013 General Surgery, Morristown Medical Center", sent, plain)
