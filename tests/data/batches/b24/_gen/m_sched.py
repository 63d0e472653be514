"""b24 scheduled confirmations (10), reminders (8), cancellations (6)."""
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


# ============================================================== scheduled
@add
def s_yale():
    fn = "b24-sch-thal-yale-neuro.eml"
    date = utc("2026-10-14 01:15:22")
    day = wd("2026-11-18")
    rows = [("Program", "Yale New Haven Hospital \u2013 Neurology \u2013 Categorical"), ("Date", a3y(day)),
            ("Time", "7:30 AM \u2013 2:00 PM EST"), ("Format", "In-Person"),
            ("Location", "Yale School of Medicine, 333 Cedar Street, New Haven, CT")]
    msg = thal_msg(fn, date, "Interview confirmed: Yale New Haven Hospital", "Your interview is scheduled",
                   f"Hi {FIRST},\n\nYou're all set. Here are the details of your interview:", rows, None,
                   "View in calendar", f"{THAL_APP}/applicant/calendar",
                   "Need to change your date? Reschedule or cancel from your Thalamus calendar.")
    reg(fn, msg, L("scheduled", "Yale New Haven Hospital", "thalamus", NEURO, "categorical", "in_person", [day]),
        {day: a3y(day)})


@add
def s_hasbro():
    fn = "b24-sch-thal-hasbro-peds.eml"
    date = utc("2026-10-20 15:02:48")
    day = wd("2026-12-03")
    st = et("2026-12-03 08:00")
    rows = [("Program", "Hasbro Children's Hospital/Brown University \u2013 Pediatrics"), ("Date", W(day)),
            ("Time", "8:00 AM \u2013 1:00 PM (ET)"), ("Format", "Virtual"),
            ("Video link", "Shared by the program 24 hours before your interview")]
    cal = ics(event("thal-HCH-PEDS-1193-20261203@thalamusgme.com", st, plus(st, hours=5),
                    "Interview: Hasbro Children's Hospital - Pediatrics", "Virtual",
                    "Thalamus interview - Pediatrics", "-//Thalamus//Interview//EN", stamp=date),
              "interview.ics")
    msg = thal_msg(fn, date, "Interview Scheduled - Hasbro Children's Hospital", "Interview scheduled",
                   f"Hello {FIRST},\n\nThank you for scheduling. Your interview has been booked.", rows, None,
                   "Manage interview", f"{THAL_APP}/applicant/calendar",
                   "A calendar file is attached.", attach=[cal])
    reg(fn, msg, L("scheduled", "Hasbro Children's Hospital", "thalamus", PEDS, None, "virtual", [day]),
        {day: W(day)})


@add
def s_maine():
    fn = "b24-sch-thal-mainemed-psych.eml"
    date = utc("2026-10-16 12:31:09")
    day = wd("2026-11-30")
    rows = [("Program", "MaineHealth Maine Medical Center | Psychiatry"), ("Date", a3y(day)),
            ("Time", "8:00 AM \u2013 3:00 PM EST"), ("Format", "In-Person"),
            ("Address", "22 Bramhall Street, Portland, ME 04102")]
    msg = thal_msg(fn, date, "Confirmed: Psychiatry interview on " + a3(day), "Interview confirmed",
                   f"Hi {FIRST},\n\nYour interview has been confirmed.", rows,
                   "Resident dinner: the Sunday evening before your interview, 6:30 PM. Details to follow.",
                   "Open Thalamus", f"{THAL_APP}/applicant/calendar")
    reg(fn, msg, L("scheduled", "MaineHealth Maine Medical Center", "thalamus", PSYCH, None, "in_person", [day]),
        {day: a3y(day)})


@add
def s_njms():
    fn = "b24-sch-eras-rutgersnjms-em.eml"
    date = et("2026-10-21 19:40:00")
    day = wd("2026-12-02")
    paras_ = (f"Dear {NAME},\n\nYou have successfully scheduled an interview with Rutgers New Jersey Medical "
              "School Program (Emergency Medicine).")
    grid = (["Interview Date", "Start Time", "Interview Type", "Status"],
            [[f"{sl(day)} ({day:%A})", "8:00 AM ET", "In-Person", "Scheduled"]])
    after = ("Freeze Date: 11/25/2026. After the freeze date you may only cancel, not reschedule.\n\n"
             "To cancel or reschedule, log in to the ERAS Interview Scheduler.")
    msg = eras_msg(fn, date, "Interview Scheduled - Rutgers New Jersey Medical School Program",
                   "Interview Scheduled", paras_, grid, after, "View My Interviews", MYERAS)
    reg(fn, msg, L("scheduled", "Rutgers New Jersey Medical School", "eras", EM, None, "in_person", [day]),
        {day: sl(day)})


@add
def s_umass():
    fn = "b24-sch-eras-umass-anes.eml"
    date = et("2026-10-16 21:03:00")
    day = wd("2026-11-20")
    paras_ = (f"Dear {NAME},\n\nThis confirms your interview with UMass Chan Medical School Program "
              "(Anesthesiology - Categorical).")
    grid = (["Date", "Time", "Type"], [[f"{day:%a} {sl(day)}", "7:30 AM - 12:30 PM ET", "Virtual"]])
    msg = eras_msg(fn, date, "Interview Confirmation", "Interview Scheduled", paras_, grid,
                   "Virtual interview links will be sent by the program.", "View My Interviews", MYERAS)
    reg(fn, msg, L("scheduled", "UMass Chan Medical School", "eras", ANES, "categorical", "virtual", [day]),
        {day: sl(day)})


@add
def s_bidmc():
    fn = "b24-sch-ib-bidmc-im.eml"
    date = et("2026-10-09 12:07:00")
    day = wd("2026-11-19")
    st = et("2026-11-19 08:00")
    pre = (f"Hi {FIRST},\n\nYour interview with Beth Israel Deaconess Medical Center \u2013 Internal Medicine "
           "(Categorical) is confirmed.")
    grid = (["Date", "Time", "Format"], [[W(day), "8:00 AM \u2013 12:30 PM Eastern", "Virtual (Zoom)"]])
    post = ("Your Zoom link and the day's schedule will be emailed by the program the week before. To change your "
            "date, use the link below while seats remain.\n\nAn .ics calendar file is attached.")
    cal = ics(event("ib-BIDMC-IMCAT-27-e302a9@interviewbroker.com", st, plus(st, hours=4.5),
                    "BIDMC Internal Medicine Interview", "Zoom (link to follow)", "Interview Broker booking",
                    "-//Interview Broker//EN", stamp=date), "BIDMC_Interview.ics")
    msg = ib_msg(fn, date, "Interview Confirmation - Beth Israel Deaconess Medical Center", "Interview Confirmed",
                 pre, grid, "Manage My Interview", "https://www.interviewbroker.com/applicant/interviews", post,
                 attach=[cal])
    reg(fn, msg, L("scheduled", "Beth Israel Deaconess Medical Center", "interview_broker", IM, "categorical",
                   "virtual", [day]), {day: W(day)})


@add
def s_bmc():
    fn = "b24-sch-ib-bmc-em.eml"
    date = et("2026-11-04 16:02:00")
    day = wd("2026-12-14")
    soc = d("2026-12-13")
    pre = f"Dear {FIRST},\n\nYou are scheduled to interview with Boston Medical Center \u2013 Emergency Medicine."
    grid = (["Event", "When", "Where"],
            [["Resident social (optional)", f"{a3y(soc)}, 6:00 PM", "South End, Boston (address to follow)"],
             ["Interview day", f"{a3y(day)}, 7:30 AM \u2013 2:00 PM", "840 Harrison Ave, Boston, MA"]])
    msg = ib_msg(fn, date, "Scheduled: BMC Emergency Medicine Interview", "Interview Scheduled", pre, grid,
                 "View Details", "https://www.interviewbroker.com/applicant/interviews",
                 "Please arrive at the Menino Pavilion lobby by 7:30 AM.")
    reg(fn, msg, L("scheduled", "Boston Medical Center", "interview_broker", EM, None, "in_person", [day]),
        {day: a3y(day)})


@add
def s_ctch_cal():
    fn = "b24-sch-cal-ctchildrens-peds.eml"
    date = utc("2026-10-19 18:44:10")
    day = wd("2026-12-02")
    st = et("2026-12-02 07:30")
    en = et("2026-12-02 14:00")
    t = f"""Hi {NAME},

A new event has been scheduled.

Event Type:
Pediatric Residency Interview Day (In Person)

Invitee:
{NAME}

Invitee Email:
{ME}

Event Date/Time:
07:30am - 02:00pm (Eastern Time - US & Canada) on {W(day)}

Location:
Connecticut Children's, 282 Washington Street, Hartford, CT 06106

Questions:
AAMC ID: {AAMCID}
Dietary restrictions: vegetarian
Will you attend the resident dinner the night before? Yes

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/7f3e2c10-b24a-4d1c-9a6e-ctch
Reschedule: https://calendly.com/reschedulings/7f3e2c10-b24a-4d1c-9a6e-ctch

Powered by Calendly.com
"""
    cal = ics(event("7f3e2c10-b24a-4d1c-9a6e-ctch@calendly.com", st, en,
                    "Pediatric Residency Interview Day (In Person)",
                    "Connecticut Children's\\, 282 Washington Street\\, Hartford\\, CT 06106",
                    "Event scheduled via Calendly", "-//Calendly//EN", stamp=date,
                    organizer=("Connecticut Children's Pediatric Residency",
                               "pedsresidency@connecticutchildrens.org")), "invite.ics")
    msg = mail(fn, addr("Calendly", "notifications@calendly.com"),
               f"Confirmed: Pediatric Residency Interview Day (In Person) with Connecticut Children's "
               f"Pediatric Residency on {W(day)}", date, t, attach=[cal], domain="calendly.com",
               reply_to=addr("Connecticut Children's Pediatric Residency", "pedsresidency@connecticutchildrens.org"))
    reg(fn, msg, L("scheduled", "Connecticut Children's", "other", PEDS, None, "in_person", [day]), {day: W(day)})


@add
def s_einstein_sug():
    fn = "b24-sch-sug-jeffeinstein-em.eml"
    date = et("2026-10-28 12:30:00")
    day = wd("2026-12-17")
    t = f"""Hi Talia,

Thank you for signing up! Here are the details of your sign up:

Sign Up: Jefferson Einstein Philadelphia Hospital EM Interview Days 2026-27
Created by: Shanice Abernathy

{sl(day)} ({day:%a.})  7:30am - 1:30pm EST
Slot: Interview - Applicant
Location: Jefferson Einstein Philadelphia Hospital, 5501 Old York Road

You can change or cancel your sign up here:
https://www.signupgenius.com/go/10C0E48ADA92BA1FBC34-jeinsteinem27#/

Questions? Contact Shanice Abernathy at shanice.abernathy@jefferson.edu

Thanks!
SignUpGenius
"""
    h = page(ptags(t.split(f"{sl(day)} (")[0]) +
             table(["Date", "Time", "Slot"], [[f"{sl(day)} ({day:%a.})", "7:30am - 1:30pm EST",
                                               "Interview - Applicant"]]) +
             ptags("Location: Jefferson Einstein Philadelphia Hospital, 5501 Old York Road\n\n"
                   "You can change or cancel your sign up here:\n"
                   "https://www.signupgenius.com/go/10C0E48ADA92BA1FBC34-jeinsteinem27#/"))
    msg = mail(fn, addr("SignUpGenius", "notify@signupgenius.com"),
               "Sign Up Confirmation: Jefferson Einstein Philadelphia Hospital EM Interview Days 2026-27", date, t,
               html_body=h, domain="signupgenius.com")
    reg(fn, msg, L("scheduled", "Jefferson Einstein Philadelphia Hospital", "other", EM, None, "in_person", [day]),
        {day: sl(day)})


@add
def s_columbia():
    fn = "b24-sch-email-columbia-psych.eml"
    mine = et("2026-11-05 21:40:00")
    date = et("2026-11-06 14:10:00")
    day = wd("2027-01-08")
    dinner = d("2027-01-07")
    st = et("2027-01-08 08:30")
    her = f"""Dear Ms. Pe\u00f1a-Whitaker,

Thank you so much for the invitation! My first choice would be Friday, January 8, and my second choice Friday, December 11.

Best,
Talia Brennan-Osei
AAMC ID {AAMCID}"""
    body = f"""Hi Talia,

You are confirmed for {W(day)}, 8:30 AM \u2013 3:30 PM, at the New York State Psychiatric Institute, 1051 Riverside Drive (please bring a photo ID for security). A calendar invitation is attached.

The resident dinner is on {W(dinner)} at 6:30 PM; I will send the restaurant details in early January.

Best,
Marisol

Marisol Pe\u00f1a-Whitaker
Education Coordinator, Adult Psychiatry Residency
NewYork-Presbyterian/Columbia University Irving Medical Center | NYSPI

From: Talia Brennan-Osei <{ME}>
Sent: {outlook_sent(mine)}
To: Columbia Psychiatry Residency <psychresidency@nyspi.columbia.edu>
Subject: Re: Columbia Psychiatry Residency Interview Invitation

{her}
"""
    cal = ics(event("040000008200E00074C5B7101A82E00800000000B24COLPSY@nyspi.columbia.edu", st, et("2027-01-08 15:30"),
                    "Columbia Psychiatry Residency Interview - Brennan-Osei", "NYSPI, 1051 Riverside Drive, New York",
                    "In-person interview day", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                    local=True, stamp=date,
                    organizer=("Columbia Psychiatry Residency", "psychresidency@nyspi.columbia.edu")),
              "invite.ics", enc="b64")
    msg = mail(fn, addr("Pe\u00f1a-Whitaker, Marisol", "mp3921@cumc.columbia.edu"),
               "RE: Columbia Psychiatry Residency Interview Invitation", date, body, attach=[cal],
               domain="cumc.columbia.edu")
    reg(fn, msg, L("scheduled", "NewYork-Presbyterian/Columbia University Irving Medical Center", "email", PSYCH,
                   None, "in_person", [day]), {day: W(day)})


# ============================================================== reminders
@add
def m_yale():
    fn = "b24-rem-email-yale-neuro.eml"
    date = et("2026-11-13 10:00:00")
    day = wd("2026-11-18")
    dinner = d("2026-11-17")
    body = f"""Hi Talia,

We are excited to host you in New Haven next week! A few details for your interview on {W(day)}:

- Resident dinner: {Wmd(dinner)}, 6:30 PM at Olea, 39 High Street (casual dress; no faculty).
- Interview day: arrive by 7:30 AM at the Yale School of Medicine, 333 Cedar Street, Harkness lobby. We will walk over to the Sterling Hall of Medicine together.
- Parking: the Air Rights Garage (validation provided) or take the shuttle from Union Station.

Please reply if you have any dietary restrictions.

See you soon,
Denise Okafor
Residency Program Manager
Department of Neurology | Yale School of Medicine
"""
    msg = mail(fn, addr("Okafor, Denise", "denise.okafor@yale.edu"), "Looking forward to seeing you on Wednesday!",
               date, body, domain="yale.edu")
    reg(fn, msg, L("reminder", "Yale School of Medicine", "email", NEURO, None, "in_person", [day]), {day: W(day)})


@add
def m_nyuli():
    fn = "b24-rem-thal-nyuli-im.eml"
    date = utc("2026-11-28 14:00:00")
    day = wd("2026-12-01")
    rows = [("Program", "NYU Langone Hospital\u2014Long Island \u2013 Internal Medicine (Categorical)"),
            ("Date", a3y(day)), ("Time", "8:00 AM \u2013 12:30 PM EST"), ("Format", "Virtual")]
    msg = thal_msg(fn, date, "Reminder: your interview is in 3 days", "Upcoming interview",
                   f"Hi {FIRST},\n\nThis is a reminder that you have an interview coming up.", rows, None,
                   "Join from Thalamus", f"{THAL_APP}/applicant/calendar",
                   "Your video link will appear in Thalamus on the day of the interview.")
    reg(fn, msg, L("reminder", "NYU Langone Hospital\u2014Long Island", "thalamus", IM, "categorical", "virtual",
                   [day]), {day: a3y(day)})


@add
def m_stlukes():
    fn = "b24-rem-email-stlukes-ty.eml"
    date = et("2026-12-03 09:00:00")
    day = wd("2026-12-10")
    body = f"""Dear Talia,

Thank you again for scheduling your interview with the St. Luke's University Health Network Transitional Year Program. We are looking forward to meeting you on Thursday, December 10.

Itinerary
7:45 AM  Breakfast and welcome \u2013 Bethlehem Campus, 801 Ostrum Street, Laros Auditorium
8:15 AM  Program overview with Dr. Haverford
9:00 AM  Faculty interviews (three 15-minute sessions)
11:00 AM Hospital tour with residents
12:00 PM Lunch and departure

Free parking is available in the Ostrum Street garage; bring your parking ticket to the welcome desk.

Sincerely,
Amber Kostelnik
TY Program Coordinator
Saint Luke's University Health Network | Bethlehem, PA
"""
    msg = mail(fn, addr("Kostelnik, Amber", "amber.kostelnik@sluhn.org"),
               "Saint Luke's TY Interview - Itinerary for Thursday", date, body, domain="sluhn.org")
    reg(fn, msg, L("reminder", "St. Luke's University Health Network", "email", TY, None, "in_person", [day]),
        {day: Wmd(day)})


@add
def m_bidmc():
    fn = "b24-rem-email-bidmc-im.eml"
    date = et("2026-11-12 15:20:00")
    day = wd("2026-11-19")
    body = f"""Hello Talia,

We're looking forward to your virtual interview with BIDMC Internal Medicine next Thursday ({md(day)})!

Zoom link (same for the whole day): https://bidmc.zoom.us/j/93810427755?pwd=IMint27
Meeting ID: 938 1042 7755 | Passcode: BIDMC27

Schedule (Eastern Time)
8:00 \u2013 8:30  Welcome from the Program Director
8:30 \u2013 10:00  Interviews with faculty (2) and a chief resident
10:00 \u2013 11:00  Morning report (virtual)
11:00 \u2013 12:30  Resident breakout rooms

Please test your audio and video beforehand. If you have technical trouble on the day, call the residency office at 617-667-9600.

Best,
BIDMC IM Residency Office
"""
    msg = mail(fn, addr("BIDMC IM Residency", "imresidency@bidmc.harvard.edu"),
               "Your BIDMC interview next Thursday - Zoom details", date, body, domain="bidmc.harvard.edu")
    reg(fn, msg, L("reminder", "BIDMC", "email", IM, None, "virtual", [day]), {day: md(day)})


@add
def m_montefiore():
    fn = "b24-rem-email-montefiore-impc.eml"
    date = et("2026-12-07 11:00:00")
    day = wd("2026-12-14")
    soc = d("2026-12-13")
    body = f"""Hi Talia,

We're excited to host you at Montefiore next week! Here is what to expect for your PCSM (Primary Care and Social Medicine) interview day on {W(day)}:

Pre-interview social: {W(soc)}, 6:00 \u2013 8:00 PM, at a resident's apartment in the Bronx (address to be texted to you). Come as you are.

Interview day: please arrive at 8:00 AM at the Comprehensive Health Care Center, 305 East 161st Street, Bronx, NY 10451. The day ends around 2:00 PM.

Please reply if you need accommodations of any kind.

In solidarity,
Yesenia Ortiz, PCSM Program Coordinator
Montefiore Medical Center / Albert Einstein College of Medicine
"""
    msg = mail(fn, addr("Ortiz, Yesenia", "yortiz@montefiore.org"),
               "PCSM interview next Monday + Sunday social", date, body, domain="montefiore.org")
    reg(fn, msg, L("reminder", "Montefiore Medical Center", "email", IM, "primary_care", "in_person", [day]),
        {day: W(day)})


@add
def m_rgh():
    fn = "b24-rem-email-rgh-ty.eml"
    date = et("2026-11-30 13:00:00")
    day = wd("2026-12-04")
    body = f"""Hi Talia,

We are so excited to host you this Friday, {md(day)}! Please plan to arrive at 7:30 AM at the Rochester General Hospital main lobby (1425 Portland Avenue). Parking is free in the visitor garage.

The day includes breakfast with our chief residents, interviews with the program director and two faculty members, and a tour. We expect to finish by 1:00 PM.

If your travel plans change, please call me at (585) 922-4000.

Take care,
Nadia Ferrante
TY Program Coordinator, Rochester Regional Health
"""
    msg = mail(fn, addr("Ferrante, Nadia", "nadia.ferrante@rochesterregional.org"),
               "See you Friday! RGH TY interview", date, body, domain="rochesterregional.org")
    reg(fn, msg, L("reminder", "Rochester General Hospital", "email", TY, None, "in_person", [day]), {day: md(day)})


@add
def m_upmcch():
    fn = "b24-rem-email-upmcchildrens-peds.eml"
    date = et("2026-12-29 10:00:00")
    day = wd("2027-01-05")
    body = f"""Happy holidays, Talia!

We're excited to host you (virtually) on {W(day)} for your interview with the Pediatric Residency Program at UPMC Children's Hospital of Pittsburgh.

Your Zoom link: https://pitt.zoom.us/j/95518823401
Please log on by 7:50 AM Eastern. The day ends at 1:30 PM.

The night before (Monday, January 4, 7:00 PM) our interns host an optional virtual trivia night \u2014 the link will be the same as above.

Warmly,
Pediatric Residency Program
UPMC Children's Hospital of Pittsburgh
"""
    msg = mail(fn, addr("CHP Pediatric Residency", "pedsresidency@chp.edu"),
               "Your CHP interview on January 5", date, body, domain="chp.edu")
    reg(fn, msg, L("reminder", "UPMC Children's Hospital of Pittsburgh", "email", PEDS, None, "virtual", [day]),
        {day: W(day)})


@add
def m_njms():
    fn = "b24-rem-eras-rutgersnjms-em.eml"
    date = et("2026-11-25 06:00:00")
    day = wd("2026-12-02")
    paras_ = (f"Dear {NAME},\n\nThis is a reminder of your upcoming interview with Rutgers New Jersey Medical "
              "School Program (Emergency Medicine). The freeze date for this interview has passed; you can no "
              "longer reschedule in ERAS, but you may still cancel.")
    grid = (["Interview Date", "Start Time", "Interview Type"], [[f"{sl(day)} ({day:%a})", "8:00 AM ET", "In-Person"]])
    msg = eras_msg(fn, date, "Upcoming Interview Reminder", "Interview Reminder", paras_, grid,
                   "Location: Rutgers NJMS Medical Science Building, 185 South Orange Avenue, Newark, NJ 07103",
                   "View My Interviews", MYERAS)
    reg(fn, msg, L("reminder", "Rutgers New Jersey Medical School", "eras", EM, None, "in_person", [day]),
        {day: sl(day)})


# ============================================================== cancellations
@add
def c_pennstate():
    fn = "b24-can-email-pennstate-anes.eml"
    date = et("2027-01-08 14:00:00")
    day = wd("2027-01-22")
    alt1, alt2 = wd("2027-01-25"), wd("2027-01-29")
    body = f"""Dear Talia,

I am very sorry to let you know that we have had to cancel our interview day on {W(day)} because of a departmental accreditation visit that was moved to that date.

We would love to still meet you in person. We can offer either of the following replacement dates:

  - {W(alt1)}
  - {W(alt2)}

Please reply with your preference by Wednesday, January 13. If neither works, let us know and we will arrange a virtual interview.

With apologies,
Matthew Greaves
Residency Coordinator, Anesthesiology & Perioperative Medicine
Penn State Health Milton S. Hershey Medical Center | Penn State College of Medicine
"""
    msg = mail(fn, addr("Greaves, Matthew", "mgreaves@pennstatehealth.psu.edu"),
               "IMPORTANT: January 22 interview day cancelled", date, body, domain="pennstatehealth.psu.edu")
    reg(fn, msg, L("cancellation", "Penn State Health Milton S. Hershey Medical Center", "email", ANES, None,
                   "in_person", [day]), {day: W(day)})


@add
def c_sinaimw():
    fn = "b24-can-thal-sinaimw-imprelim.eml"
    date = utc("2026-12-01 02:14:55")
    day = wd("2026-12-18")
    rows = [("Program", "Mount Sinai Morningside and Mount Sinai West \u2013 Internal Medicine \u2013 Preliminary"),
            ("Cancelled interview", f"{a3y(day)} \u00b7 Virtual"), ("Cancelled by", "You")]
    msg = thal_msg(fn, date, "Interview cancelled", "Your interview has been cancelled",
                   f"Hi {FIRST},\n\nThis confirms that you cancelled the interview below. The program has been "
                   "notified.", rows, None, "Go to dashboard", f"{THAL_APP}/applicant/dashboard")
    reg(fn, msg, L("cancellation", "Mount Sinai Morningside and Mount Sinai West", "thalamus", IM, "preliminary",
                   "virtual", [day]), {day: a3y(day)})


@add
def c_upstate():
    fn = "b24-can-eras-upstate-neuro.eml"
    date = et("2026-12-15 20:30:00")
    day = wd("2027-01-04")
    paras_ = (f"Dear {NAME},\n\nYour interview with SUNY Upstate Medical University Program (Neurology - "
              "Categorical) has been cancelled.")
    grid = (["Interview Date", "Start Time", "Type", "Cancelled by"],
            [[f"{sl(day)} ({day:%A})", "8:30 AM ET", "Virtual", "Applicant"]])
    msg = eras_msg(fn, date, "Interview Cancelled - SUNY Upstate Medical University Program",
                   "Interview Cancelled", paras_, grid, None, "View My Interviews", MYERAS)
    reg(fn, msg, L("cancellation", "SUNY Upstate Medical University", "eras", NEURO, "categorical", "virtual", [day]),
        {day: sl(day)})


@add
def c_pah():
    fn = "b24-can-ib-pah-imprelim.eml"
    date = et("2026-11-20 22:05:00")
    day = wd("2026-12-08")
    pre = (f"Hello {FIRST},\n\nYou have cancelled your interview with Pennsylvania Hospital \u2013 Preliminary "
           "Internal Medicine.")
    grid = (["Date", "Time", "Status"], [[a3y(day), "9:00 AM - 1:00 PM Eastern", "Cancelled by applicant"]])
    msg = ib_msg(fn, date, "Interview Cancellation Confirmation", "Interview Cancelled", pre, grid, None, None,
                 "If this was a mistake, contact the program directly; your seat may already have been released.")
    reg(fn, msg, L("cancellation", "Pennsylvania Hospital", "interview_broker", IM, "preliminary", "virtual", [day]),
        {day: a3y(day)})


@add
def c_cbmc():
    fn = "b24-can-email-cbmc-im.eml"
    date = et("2026-11-05 10:30:00")
    day = wd("2026-11-18")
    a1, a2 = wd("2026-11-19"), wd("2026-12-09")
    body = f"""Good morning Talia,

Due to a planned electronic health record downtime at Cooperman Barnabas Medical Center, we must cancel the Internal Medicine interview day scheduled for Wednesday, November 18. We sincerely apologize for the inconvenience.

We can move you to one of the following:
\u2022 Thursday, November 19 (in person, same schedule)
\u2022 Wednesday, December 9

Please let me know your choice at your earliest convenience.

Regards,
Lorraine DiFrancesco
Residency Coordinator, Department of Medicine
Cooperman Barnabas Medical Center (formerly St. Barnabas Medical Center) | RWJBarnabas Health
"""
    msg = mail(fn, addr("DiFrancesco, Lorraine", "lorraine.difrancesco@rwjbh.org"),
               "CBMC IM interview 11/18 - cancelled, please reschedule", date, body, domain="rwjbh.org")
    reg(fn, msg, L("cancellation", "Cooperman Barnabas Medical Center", "email", IM, None, "in_person", [day]),
        {day: Wmd(day)})


@add
def c_dartmouth():
    fn = "b24-can-email-dartmouth-anes.eml"
    mine = et("2026-11-19 21:02:00")
    date = et("2026-11-20 09:12:00")
    day = wd("2026-12-07")
    her = f"""Dear Ms. Thibodeau,

I hope you are well. After a lot of thought I have decided to withdraw from my interview on Monday, December 7, so that the spot can go to another applicant. Thank you and the department for the invitation and for your kindness throughout the process.

Sincerely,
Talia Brennan-Osei"""
    body = f"""Hi Talia,

Thank you for letting us know \u2014 I have removed you from the December 7 interview day and released your hotel room at the Hanover Inn. Best of luck this season!

Caroline

Caroline Thibodeau
Residency Program Coordinator | Department of Anesthesiology
Dartmouth Health

-----Original Message-----
From: Talia Brennan-Osei <{ME}>
Sent: {outlook_sent(mine)}
To: Anesthesiology Residency <anesthesiology.residency@hitchcock.org>
Subject: Withdrawal - December 7 interview

{her}
"""
    msg = mail(fn, addr("Thibodeau, Caroline", "caroline.thibodeau@hitchcock.org"),
               "RE: Withdrawal - December 7 interview", date, body, domain="hitchcock.org")
    reg(fn, msg, L("cancellation", "Dartmouth Health", "email", ANES, None, "in_person", [day]),
        {day: Wmd(day)})
