"""Scheduled (10), reminders (8), cancellations (6)."""
from lib import *  # noqa: F401,F403
import lib

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ====================================================================== scheduled
@reg
def sch_email_musc():
    mine = at(ET, "2026-10-14T20:51:10")
    sent = at(ET, "2026-10-15T08:55:42")
    day = iv("2026-11-20")
    social = d("2026-11-19")
    her = f"""Hi Ms. Hartwell,

Thank you so much for the invitation! My first choice would be Friday, November 20, and my second choice Monday, December 7.

Best,
{NAME}
{SCHOOL}"""
    plain = f"""Hi {FIRST},

Wonderful – you’re confirmed for {long_(day)} (virtual). I’ll send the Zoom link and the day’s schedule about a week ahead.

The resident social is the evening before, {long_ny(social)}, from 6:30 to 7:30 PM; that link will come in the same email.

Thanks,
Janelle

Janelle Hartwell
Residency Program Coordinator, General Psychiatry
MUSC Department of Psychiatry and Behavioral Sciences

{outlook_attr(mine, f'{NAME} <{ME}>', 'Hartwell, Janelle <hartwelj@musc.edu>', 'Re: MUSC Psychiatry Residency – Interview Invitation')}

{her}
"""
    emit("b28-sch-email-musc-psych.eml",
         lab("scheduled", "MUSC", "email", PSY, None, "virtual", [day]),
         a("Hartwell, Janelle", "hartwelj@musc.edu"), "RE: MUSC Psychiatry Residency \u2013 Interview Invitation",
         sent, plain, in_reply_to="<CAGp3Wz0musc14oct@mail.gmail.com>")


@reg
def sch_eras_uab_pmr():
    sent = at(CT, "2026-10-08T19:02:00")
    day = iv("2026-11-13")
    top = ("Program: University of Alabama Medical Center Program\n"
           "Specialty: Physical Medicine and Rehabilitation - Advanced (PGY-2)\nStatus: Scheduled")
    grid = (["Interview Date", "Day", "Time", "Format"], [[slash(day), f"{day:%A}", "8:00 AM - 12:30 PM CT",
                                                          "Virtual"]])
    bottom = ("Freeze Date: 10/30/2026. After the freeze date, changes to this interview can be made only by "
              "cancelling it.")
    lib.eras("b28-sch-eras-uab-pmr.eml",
             lab("scheduled", "University of Alabama Medical Center", "eras", PMR, "advanced", "virtual", [day]),
             sent, "Interview Scheduled - University of Alabama Medical Center Program", "Interview scheduled",
             top, grid, bottom)


@reg
def sch_thal_vumc():
    sent = at(UTC, "2026-10-28T16:12:55")
    day = iv("2026-12-10")
    thalamus("b28-sch-thal-vumc-em.eml",
             lab("scheduled", "Vanderbilt University Medical Center", "thalamus", EM, None, "virtual", [day]),
             sent, "Interview confirmed \u2013 Vanderbilt University Medical Center", "You\u2019re scheduled!",
             "Your interview with Vanderbilt University Medical Center \u2013 Emergency Medicine is confirmed.",
             rows=[("Date", long_(day)), ("Time", "7:45 AM \u2013 1:00 PM CST"), ("Interview type", "Virtual"),
                   ("Optional event", f"Resident trivia night, {long_ny(d('2026-12-09'))}, 7:00 PM "
                                      "CST")],
             cta="View my calendar", url="https://app.thalamusgme.com/applicant/calendar",
             after="You can reschedule or cancel from your calendar, subject to the program\u2019s policies.")


@reg
def sch_thal_emory():
    sent = at(UTC, "2026-10-19T19:20:03")
    day = iv("2026-12-14")
    st, en = at(ET, "2026-12-14T07:00"), at(ET, "2026-12-14T15:00")
    cal = ics_part(vevent("thalamus-71de30b5-20261214@thalamusgme.com", st, en,
                          "Interview - Emory University School of Medicine (Urology)",
                          "Emory University Hospital, 1364 Clifton Rd NE, Atlanta, GA 30322",
                          "In-person interview day. Resident dinner the evening before (see program email).",
                          "-//Thalamus GME//Applicant Calendar//EN", sent), "thalamus_interview.ics")
    thalamus("b28-sch-thal-emory-uro.eml",
             lab("scheduled", "Emory University School of Medicine", "thalamus", URO, "categorical", "in_person",
                 [day]),
             sent, "Interview scheduled: Emory University School of Medicine \u2013 Urology", "Interview scheduled",
             "Thanks! You have scheduled an interview with Emory University School of Medicine \u2013 Urology "
             "(Categorical). A calendar file is attached.",
             rows=[("When", f"{short(day)}, 7:00 AM \u2013 3:00 PM EST"), ("Interview type", "In-Person"),
                   ("Where", "Emory University Hospital, Atlanta, GA")],
             after="The program will email you about the Sunday evening resident dinner.", attach=[cal])


@reg
def sch_sug_navicent():
    sent = at(UTC, "2026-10-05T18:40:22")
    day = iv("2026-11-12")
    plain = f"""Thank you for signing up!

Hi {NAME},

You have signed up for the following slot(s) on "Atrium Health Navicent Family Medicine - 2026-27 Interview Days":

Date: {slash(day)} ({day:%a}.)
Slot: Interview Day (In Person) - 7:45am - 2:00pm EST
Location: Family Medicine Center, 3780 Eisenhower Pkwy, Macon, GA
Comment: Rotated here in August!

Need to make a change? You can swap or cancel from the sign up:
https://www.signupgenius.com/go/10C0E4AADA82EA4FB6-2027navicentfm

Questions? Contact the organizer, Tameka Bragg.

SignUpGenius | Reminders are sent automatically before your slot.
"""
    emit("b28-sch-sug-navicent-fm.eml",
         lab("scheduled", "Atrium Health Navicent", "other", FM, None, "in_person", [day]),
         a("SignUpGenius", "notify@signupgenius.com"),
         "Sign Up Confirmation: Atrium Health Navicent Family Medicine - 2026-27 Interview Days", sent, plain,
         html="simple")


@reg
def sch_gform_floyd():
    sent = at(UTC, "2026-10-14T15:22:08")
    day = iv("2026-11-17")
    dinner = d("2026-11-16")
    plain = f"""Google Forms

Thanks for filling out Atrium Health Floyd FM - Interview Date Selection (2027 Match)

Here's what was received.

Atrium Health Floyd FM - Interview Date Selection (2027 Match)
Please complete within one week of receiving your invitation. * Indicates required question

Email *
{ME}

Full name *
{NAME}

AAMC ID *
{AAMC}

Select your interview date *
( ) {long_(d('2026-11-03'))}
(x) {long_(day)}
( ) {long_(d('2026-12-08'))}
( ) {long_(d('2027-01-19'))}

Will you attend the optional resident dinner the evening before ({dinner:%a} {slash(dinner, year=False, pad=False)})?
(x) Yes
( ) No

Dietary restrictions
Vegetarian

Create your own Google Form
Report Abuse
"""
    emit("b28-sch-gform-floyd-fm.eml",
         lab("scheduled", "Atrium Health Floyd", "other", FM, None, "in_person", [day]),
         a("Google Forms", "forms-receipts-noreply@google.com"),
         "Atrium Health Floyd FM - Interview Date Selection (2027 Match)", sent, plain, html="simple")


@reg
def sch_ib_atriumcmc():
    sent = at(ET, "2026-11-03T09:02:00")
    day = iv("2026-12-11")
    st, en = at(ET, "2026-12-11T13:00"), at(ET, "2026-12-11T16:00")
    cal = ics_part(vevent("ib-ACMCGSP-5T9W31-20261211@interviewbroker.com", st, en,
                          "Atrium Health CMC General Surgery (Preliminary) Interview", "Zoom",
                          "Virtual interview. The Zoom link will be emailed 48 hours before.",
                          "-//Interview Broker//Scheduler 4.2//EN", sent, mode="tzid"), "Interview.ics")
    top = (f"Dear {FIRST},\n\n"
           "Your interview with Atrium Health Carolinas Medical Center - General Surgery (Preliminary) is confirmed. "
           "A calendar file is attached.")
    grid = (["Date", "Time", "Format"], [[long_(day), "1:00 PM - 4:00 PM ET", "Virtual (Zoom)"]])
    ibroker("b28-sch-ib-atriumcmc-surgprelim.eml",
            lab("scheduled", "Atrium Health Carolinas Medical Center", "interview_broker", SURG, "preliminary",
                "virtual", [day]),
            sent, "Interview Confirmed - Atrium Health CMC General Surgery (Preliminary)", "Interview Confirmed",
            top, grid, "https://www.interviewbroker.com/applicant/schedule/?key=ACMCGSP-5T9W31",
            button="View or change your interview",
            bottom="Changes are allowed until 7 days before your interview date.",
            reply_to=a("CMC Surgery Residency", "surgeryresidency@atriumhealth.org"), attach=[cal])


@reg
def sch_cal_usf():
    sent = at(UTC, "2026-10-12T17:05:31")
    day = iv("2026-11-18")
    st, en = at(ET, "2026-11-18T09:00"), at(ET, "2026-11-18T13:30")
    cal = ics_part(vevent("9c4e7a51-2f0d-4d35-b8a2-1f66c0a8e2d1@calendly.com", st, en,
                          f"USF IM Interview Day 2027 between USF Internal Medicine Residency and {NAME}",
                          "Zoom - details to follow",
                          "Event Name: USF IM Interview Day 2027\n\nNeed to make changes to this event?\n"
                          "Cancel: https://calendly.com/cancellations/9c4e7a51-2f0d",
                          "-//Calendly//NONSGML Calendly//EN", sent,
                          organizer=("USF Internal Medicine Residency", "imresidency@usf.edu")), "invite.ics")
    plain = f"""Hi {NAME},

A new event has been scheduled.

Event Type:
USF IM Interview Day 2027

Invitee:
{NAME}

Invitee Email:
{ME}

Event Date/Time:
9:00am - 1:30pm (Eastern Time - US & Canada) on {long_(day)}

Location:
Zoom - details to follow from the USF Health Morsani College of Medicine Internal Medicine Residency office.

Questions:
AAMC ID: {AAMC}

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/9c4e7a51-2f0d
Reschedule: https://calendly.com/reschedulings/9c4e7a51-2f0d

Powered by Calendly.com
"""
    emit("b28-sch-cal-usf-im.eml",
         lab("scheduled", "USF Health Morsani College of Medicine", "other", IM, None, "virtual", [day]),
         a("Calendly", "notifications@calendly.com"),
         f"Confirmed: USF IM Interview Day 2027 with USF Internal Medicine Residency on {long_(day)}", sent, plain,
         html="simple", attach=[cal])


@reg
def sch_rcas_ufjax():
    sent = at(UTC, "2026-10-30T17:09:47")
    day = iv("2026-12-08")
    body = (f"Dear {NAME},\n\n"
            "You have scheduled an interview.\n\n"
            "Program: University of Florida College of Medicine \u2013 Jacksonville \u2013 Emergency Medicine\n"
            f"Date: {long_(day)}\n"
            "Time: 7:30 AM \u2013 3:00 PM Eastern\n"
            "Format: In person \u2013 UF Health Jacksonville, 655 West 8th Street, Jacksonville, FL 32209\n\n"
            "To cancel or change your interview, log in to ResidencyCAS and open the Interviews tab.")
    lib.rcas("b28-sch-rcas-ufjax-em.eml",
             lab("scheduled", "University of Florida College of Medicine \u2013 Jacksonville", "residencycas", EM,
                 None, "in_person", [day]),
             sent, "Interview scheduled", "Your interview is scheduled", body, RCAS_URL, "Manage interviews")


@reg
def sch_email_etsu():
    mine = at(ET, "2026-10-22T19:02:33")
    sent = at(ET, "2026-10-23T09:20:15")
    day = iv("2026-12-07")
    sun = d("2026-12-06")
    st, en = at(ET, "2026-12-07T07:30"), at(ET, "2026-12-07T14:00")
    cal = ics_part(vevent("etsu-ty-20261207-castellanoswhitaker@etsu.edu", st, en, "ETSU TY Interview Day",
                          "Johnson City Medical Center, 400 N State of Franklin Rd, Johnson City, TN",
                          "Meet in the main lobby at 7:30 AM.", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                          sent, mode="floating"), "ETSU TY Interview.ics")
    her = f"""Hello,

Thank you very much for the invitation! I would love to interview on Monday, December 7 if it is still open.

Sincerely,
{NAME}"""
    plain = f"""Hi Noemi,

You’re all set for {long_(day)}. A calendar invite is attached.

If you’re driving in the night before, our residents will take applicants to dinner on {long_ny(sun)} at 6:30 PM downtown. We also hold a small block of rooms at the Carnegie Hotel for Sunday night at the hospital rate; mention ETSU Transitional Year when you call.

See you soon,
ETSU TY Program Office

{outlook_attr(mine, f'{NAME} <{ME}>', 'ETSU Transitional Year <tyresidency@etsu.edu>', 'Re: Interview Invitation – Transitional Year')}

{her}
"""
    emit("b28-sch-email-etsu-ty.eml",
         lab("scheduled", "ETSU", "email", TY, None, "in_person", [day]),
         a("ETSU Transitional Year", "tyresidency@etsu.edu"), "RE: Interview Invitation \u2013 Transitional Year",
         sent, plain, attach=[cal])


# ====================================================================== reminders
@reg
def rem_email_musc():
    sent = at(ET, "2026-11-16T10:00:26")
    day = iv("2026-11-20")
    plain = f"""Hi {FIRST},

We are so excited to host you this Friday, {md(day)}! Here is everything you need for the day.

Zoom (same link all day): https://musc.zoom.us/j/93018845210?pwd=Q2hhcmxlc3RvblBzeWNo
Please log on by 8:15 AM Eastern so we can check audio and video.

Schedule
8:30  Welcome and program overview – Dr. Pendarvis, Program Director
9:15  Faculty interviews (four 25-minute sessions, breakout rooms)
11:30 Virtual tour: Institute of Psychiatry and Ralph H. Johnson VA
12:15 Lunch with residents (no faculty!)
1:30  Q&A with chief residents
2:15  Wrap-up

Resident social: Thursday night, 6:30–7:30 PM, https://musc.zoom.us/j/96610237781

If anything comes up, call or text me at 843-792-0212.

See you Friday,
Janelle

Janelle Hartwell | Residency Program Coordinator
MUSC Psychiatry Residency Training Program
"""
    emit("b28-rem-email-musc-psych.eml",
         lab("reminder", "MUSC", "email", PSY, None, "virtual", [day]),
         a("Hartwell, Janelle", "hartwelj@musc.edu"), "Friday\u2019s interview \u2013 Zoom details and schedule",
         sent, plain)


@reg
def rem_eras_uab():
    sent = at(CT, "2026-11-09T08:00:00")
    day = iv("2026-11-13")
    top = ("Program: University of Alabama Medical Center Program\n"
           "Specialty: Physical Medicine and Rehabilitation - Advanced (PGY-2)\n\n"
           "This is a reminder of your upcoming interview.")
    grid = (["Interview Date", "Day", "Time", "Format"], [[slash(day), f"{day:%A}", "8:00 AM CT", "Virtual"]])
    bottom = ("Message from the program: A Zoom link will be emailed by the UAB PM&R residency office the day before "
              "your interview.")
    lib.eras("b28-rem-eras-uab-pmr.eml",
             lab("reminder", "University of Alabama Medical Center", "eras", PMR, "advanced", "virtual", [day]),
             sent, "Interview Reminder - University of Alabama Medical Center Program", "Upcoming interview",
             top, grid, bottom)


@reg
def rem_thal_vumc():
    sent = at(UTC, "2026-12-08T14:00:00")
    day = iv("2026-12-10")
    thalamus("b28-rem-thal-vumc-em.eml",
             lab("reminder", "Vanderbilt University Medical Center", "thalamus", EM, None, "virtual", [day]),
             sent, "Reminder: interview in 2 days with Vanderbilt University Medical Center",
             "Your interview is in 2 days",
             "Just a reminder about your upcoming interview. The program\u2019s Zoom details are on your itinerary.",
             rows=[("Program", "Vanderbilt University Medical Center \u2013 Emergency Medicine"),
                   ("Date", short(day)), ("Time", "7:45 AM CST"), ("Interview type", "Virtual")],
             cta="Open itinerary", url="https://app.thalamusgme.com/applicant/calendar")


@reg
def rem_email_navicent():
    sent = at(ET, "2026-11-09T13:30:19")
    day = iv("2026-11-12")
    eve = d("2026-11-11")
    plain = f"""Hi {FIRST},

We are excited to host you on Thursday! A few reminders:

{BUL} Resident dinner: {long_ny(eve)}, 6:30 PM at The Rookery, 543 Cherry Street, downtown Macon. Business casual is fine, and significant others are welcome.
{BUL} Interview day: {long_ny(day)}. Please arrive by 7:45 AM at the Family Medicine Center, 3780 Eisenhower Parkway. Park in any spot marked “Visitor.”
{BUL} Lunch is provided. Please let me know about any dietary needs.
{BUL} We’ll finish around 2:00 PM with the hospital tour (optional for you, since you know the way!).

Call my cell at 478-390-2214 if you get turned around.

Tameka

Tameka Bragg, C-TAGME
Program Coordinator | Family Medicine Residency
Atrium Health Navicent
"""
    emit("b28-rem-email-navicent-fm.eml",
         lab("reminder", "Atrium Health Navicent", "email", FM, None, "in_person", [day]),
         a("Bragg, Tameka", "Tameka.Bragg@atriumhealth.org"), "See you Thursday! Interview day details", sent, plain)


@reg
def rem_email_utcomc():
    sent = at(ET, "2026-12-11T11:15:40")
    day = iv("2026-12-15")
    eve = d("2026-12-14")
    plain = f"""Hi {FIRST},

We’re looking forward to Tuesday — we are so excited to host you in Chattanooga!

Tuesday, {md(day)}
7:00 AM  Check-in, Erlanger Baroness Hospital, main lobby (975 E. 3rd Street). Visitor parking is in the Central Avenue garage; bring your ticket and we’ll validate it.
7:30 AM  Breakfast and welcome from Dr. Rutledge
8:15 AM  Interviews (three faculty, one chief resident)
11:00 AM Tour of the adult ED, Children’s Hospital at Erlanger ED and the LIFE FORCE hangar
12:15 PM Lunch with residents; done by 1:30 PM

Monday evening ({md(eve)}) our residents are hosting a social at 6:30 PM on the Southside — the address will be texted to the number on your ERAS application.

Safe travels!
UTCOMC Emergency Medicine Residency
University of Tennessee College of Medicine Chattanooga | Department of Emergency Medicine
"""
    emit("b28-rem-email-utcomc-em.eml",
         lab("reminder", "University of Tennessee College of Medicine Chattanooga", "email", EM, None, "in_person",
             [day]),
         a("UTCOMC EM Residency", "emresidency@uthsc.edu"), "Interview Day Tuesday \u2013 UT Chattanooga EM", sent,
         plain)


@reg
def rem_email_usf():
    sent = at(ET, "2026-11-16T16:05:00")
    day = iv("2026-11-18")
    plain = f"""Dear Applicants,

Thank you for choosing to interview with us on {long_(day)}. Please find the details for the day below.

Zoom: https://usf.zoom.us/j/81440967023
Meeting ID: 814 4096 7023 | Passcode: Bulls27

8:45 AM ET  Log in and tech check
9:00 AM     Program overview
9:45 AM     Interviews (you will be moved into breakout rooms)
11:45 AM    Resident panel and virtual tour of Tampa General Hospital
1:30 PM     Closing remarks

Please have your camera on and a quiet space. If you lose connection, rejoin with the same link or call 813-974-2271.

Best,
Internal Medicine Residency Program
USF Health Morsani College of Medicine
"""
    emit("b28-rem-email-usf-im.eml",
         lab("reminder", "USF Health Morsani College of Medicine", "email", IM, None, "virtual", [day]),
         a("USF Internal Medicine Residency", "imresidency@usf.edu"),
         f"Zoom details: USF IM interview day {slash(day, year=False, pad=False)}", sent, plain,
         to="undisclosed-recipients:;")


@reg
def rem_email_etsu():
    sent = at(ET, "2026-12-02T14:00:48")
    day = iv("2026-12-07")
    plain = f"""Hi Noemi,

Just a quick note before Monday — we’re excited to host you!

{BUL} Meet in the main lobby of Johnson City Medical Center at 7:30 AM on {long_ny(day)}.
{BUL} Parking: the visitor deck off State of Franklin Road; we will give you a parking voucher.
{BUL} Sunday dinner with the residents is at 6:30 PM; Dr. Baskette will text you the restaurant Sunday afternoon.
{BUL} Dress is business attire; comfortable shoes for the tour are a good idea.

Let us know if your plans change.

ETSU TY Program Office
(423) 439-6550
"""
    emit("b28-rem-email-etsu-ty.eml",
         lab("reminder", "ETSU", "email", TY, None, "in_person", [day]),
         a("ETSU Transitional Year", "tyresidency@etsu.edu"), "Monday interview \u2013 a few details", sent, plain,
         html="simple")


@reg
def rem_email_ufjax():
    sent = at(ET, "2026-12-03T10:30:12")
    day = iv("2026-12-08")
    plain = f"""Good morning,

This is a reminder that you are scheduled for an in-person interview with UF Emergency Medicine – Jacksonville on Tuesday, {mdy(day)}.

Arrival: 7:15 AM at the Learning Resource Center, 653-1 West 8th Street (across from the main hospital). Visitor parking is in Garage 1; we will validate.
Attire: business casual. Scrubs are not needed.
Pre-interview social: optional, Monday evening at 7:00 PM at a resident’s home in Riverside. The address will be shared by text.

If you need to cancel, please do so in ResidencyCAS and let us know by email.

Warm regards,
Residency Coordinator, Department of Emergency Medicine
University of Florida College of Medicine – Jacksonville | UF Health Jacksonville
"""
    emit("b28-rem-email-ufjax-em.eml",
         lab("reminder", "University of Florida College of Medicine \u2013 Jacksonville", "email", EM, None,
             "in_person", [day]),
         a("UF EM Jacksonville Residency", "emresidency@jax.ufl.edu"),
         "Reminder: UF EM Jacksonville interview \u2013 Tuesday", sent, plain)


# ====================================================================== cancellations
@reg
def can_ib_uab_prelim():
    sent = at(CT, "2026-12-01T17:45:00")
    day = iv("2026-12-15")
    top = (f"Dear {FIRST},\n\n"
           "You have cancelled your interview with the University of Alabama at Birmingham - Tinsley Harrison "
           "Internal Medicine Residency (Preliminary).\n\n"
           f"Cancelled interview: {long_(day)}, 12:30 PM - 3:30 PM CT (virtual)\n\n"
           "The program has been notified. If you cancelled by mistake, reply to this message to reach the program "
           "coordinator.")
    ibroker("b28-can-ib-uab-imprelim.eml",
            lab("cancellation", "University of Alabama at Birmingham", "interview_broker", IM, "preliminary",
                "virtual", [day]),
            sent, "Interview Cancelled - UAB Internal Medicine (Preliminary)", "Interview Cancelled", top,
            reply_to=a("UAB IM Residency", "imresidency@uabmc.edu"))


@reg
def can_thal_prismamid():
    sent = at(UTC, "2026-11-19T02:14:09")
    day = iv("2026-12-01")
    thalamus("b28-can-thal-prismamid-psych.eml",
             lab("cancellation", "Prisma Health\u2013Midlands", "thalamus", PSY, None, "virtual", [day]),
             sent, "Interview cancelled \u2013 Prisma Health\u2013Midlands", "Interview cancelled",
             "Your interview has been cancelled and the program has been notified.",
             rows=[("Program", "Prisma Health\u2013Midlands \u2013 Psychiatry"), ("Date", short(day)),
                   ("Interview type", "Virtual"), ("Cancelled by", "You")],
             after="If this was a mistake, contact the program directly; cancelled dates may be offered to other "
                   "applicants.")


@reg
def can_email_ummc():
    sent = at(CT, "2026-11-12T11:40:27")
    day = iv("2026-12-04")
    alt1, alt2 = d("2026-12-14"), d("2026-12-18")
    plain = f"""Dear Noemi,

I’m sorry to bring you this news. Because of a scheduling conflict with our department’s accreditation site visit, we have had to cancel the interview day on Friday, {md(day)}. Your interview on that date is cancelled.

We would still very much like to meet you. We can offer you either of these in-person dates instead:

  - Monday, {md(alt1)} (new session added)
  - Friday, {md(alt2)}

Please reply with your choice by Wednesday, November 18. I know many of you have already made travel plans; if you booked a flight, please send me your confirmation and we will help with any change fees.

Again, my apologies for the inconvenience.

Dana Fortenberry
Residency Program Manager
UMMC Department of Urology
"""
    emit("b28-can-email-ummc-uro.eml",
         lab("cancellation", "UMMC", "email", URO, None, "in_person", [day]),
         a("Fortenberry, Dana", "dfortenberry@umc.edu"), "IMPORTANT: Change to your UMMC Urology interview date",
         sent, plain, extra=[("Importance", "High"), ("X-Priority", "1")])


@reg
def can_eras_uthsc():
    sent = at(CT, "2026-12-01T20:10:00")
    day = iv("2026-12-14")
    top = ("Program: University of Tennessee Health Science Center Program\n"
           "Specialty: Internal Medicine - Categorical\nStatus: Cancelled\nCancelled by: Applicant")
    grid = (["Interview Date", "Day", "Format"], [[slash(day), f"{day:%A}", "Virtual"]])
    lib.eras("b28-can-eras-uthsc-im.eml",
             lab("cancellation", "University of Tennessee Health Science Center", "eras", IM, "categorical",
                 "virtual", [day]),
             sent, "Interview Cancelled - University of Tennessee Health Science Center Program",
             "Interview cancelled", top, grid)


@reg
def can_email_fsu():
    mine = at(ET, "2026-11-09T21:33:05")
    sent = at(ET, "2026-11-10T09:30:41")
    day = iv("2026-12-10")
    her = f"""Dear Ms. Alcantar,

I am writing to let you know that I need to withdraw from my interview on Thursday, December 10. I have accepted another interview that conflicts with the date, and I did not want to hold a spot another applicant could use. I am very sorry for any inconvenience, and I truly appreciate the invitation.

Sincerely,
{NAME}
{SCHOOL}"""
    plain = f"""Hi Noemi,

Thank you for letting us know so far in advance — that’s very considerate. I have removed you from the {long_(day)} interview day and released your spot.

Best of luck with the rest of your interviews!

Rosalind Alcantar
Program Coordinator, Family Medicine Residency Program at Lee Health
Florida State University College of Medicine | Fort Myers, FL

{outlook_attr(mine, f'{NAME} <{ME}>', 'Alcantar, Rosalind <Rosalind.Alcantar@leehealth.org>', 'Interview withdrawal - December 10')}

{her}
"""
    emit("b28-can-email-fsu-fm.eml",
         lab("cancellation", "Florida State University College of Medicine", "email", FM, None, "in_person", [day]),
         a("Alcantar, Rosalind", "Rosalind.Alcantar@leehealth.org"), "RE: Interview withdrawal - December 10", sent,
         plain)


@reg
def can_email_ecu():
    sent = at(ET, "2027-01-05T08:50:30")
    day = iv("2027-01-08")
    alt1, alt2 = d("2027-01-22"), d("2027-01-29")
    plain = f"""Dear {FIRST},

Happy New Year, and I’m sorry to start it with a change. Several of our interviewing faculty have been asked to provide emergency coverage at Cherry Hospital this week, and we have made the difficult decision to cancel this Friday’s session ({long_(day)}).

Your interview for that day is cancelled. We would be glad to move you to Friday, {md(alt1)} or Friday, {md(alt2)} — please reply with whichever works better and I will confirm right away.

We apologize for the short notice.

Latrice Barnhill
Program Coordinator
ECU Psychiatry Residency Program
"""
    emit("b28-can-email-ecu-psych.eml",
         lab("cancellation", "ECU", "email", PSY, None, "virtual", [day]),
         a("Barnhill, Latrice", "barnhilll22@ecu.edu"), "ECU Psychiatry \u2013 Friday 1/8 interview cancelled",
         sent, plain)
