from lib import *
import m_inv


def simple(fn, frm, subj, date, t, labels, forms, cte="qp", with_html=False, extra=(), to=TO):
    msg = alt(text(t, cte=cte), html(page(p2html(t)))) if with_html else text(t, cte=cte)
    build(fn, msg, frm, subj, date, to=to, extra=extra)
    reg(fn, msg, labels, forms)


def thal_notice(fn, date, subj, title, t, labels, forms, button=None, url=None):
    msg = alt(text(t), html(thal_html(title, t, button, url)))
    build(fn, msg, THAL_FROM, subj, date)
    reg(fn, msg, labels, forms)


# ============================================================ SCHEDULED (9)
def sch_ufjax_em():
    fn = "b21-sch-thal-ufjax-em.eml"
    x = d("2026-12-03")
    prog = "University of Florida College of Medicine Jacksonville"
    t = f"""Hi {FIRST},

Your interview has been scheduled.

Program: {prog} - Emergency Medicine
Date: {full(x)}
Time: 9:00 AM - 2:00 PM EST
Location: Virtual (Thalamus video interview)

You can view your itinerary, add the interview to your calendar, or reschedule from your Thalamus calendar. Please join the virtual lobby 15 minutes before your first session.

Thalamus GME, Inc. | Boston, MA
"""
    thal_notice(fn, at("2026-10-21 01:14:52", "UTC"),
                f"Interview Scheduled: {prog} - Emergency Medicine", "Interview Scheduled", t,
                L("scheduled", prog, "thalamus", "Emergency Medicine", fmt="virtual", dates=[x]), {x: full(x)},
                "View Itinerary", "https://app.thalamusgme.com/applicant/calendar")


def sch_emory_em():
    fn = "b21-sch-rcas-emory-em.eml"
    x = d("2026-12-02")
    t = f"""Dear Tomás Ebanks,

Your interview session has been confirmed.

Program: Emory University School of Medicine - Emergency Medicine
Session: {full(x)}, 8:00 AM - 1:30 PM (ET)
Format: Virtual - the video link will be available in the Interview Portal on the day of your interview.

To view your confirmed interviews, download a calendar file, or update your assignment, log in to the ResidencyCAS Interview Portal: {RCAS_PORTAL}

This is an automated message from ResidencyCAS. Please do not reply.
"""
    simple(fn, addr("ResidencyCAS Interview Portal", RCAS_FROM_ADDR), "Interview Confirmed - Emory University School of Medicine - Emergency Medicine",
           at("2026-10-14 07:21:36"), t,
           L("scheduled", "Emory University School of Medicine", "residencycas", "Emergency Medicine", fmt="virtual",
             dates=[x]), {x: full(x)}, cte="7bit", with_html=True)


def sch_uab_ics():
    fn = "b21-sch-ics-uab-surgprelim.eml"
    x = m_inv.UAB_DS[1]
    date = at("2026-11-04 09:02:17", "CT")
    t = f"""Hi Tomás,

Thank you for your quick reply! You are confirmed for your preferred date. Please find the Microsoft Teams calendar invitation attached - accepting it will add the interview to your calendar. The agenda and your interviewer list will be emailed the week before.

Best,
Tamika Hollins
Surgical Education Coordinator, Department of Surgery
University of Alabama at Birmingham
"""
    ics = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Hollins, Tamika":mailto:thollins@uabmc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tomás Ebanks:
 mailto:{APPLICANT}
DESCRIPTION;LANGUAGE=en-US:UAB Preliminary Surgery virtual interview\\n\\n____
 ____________________________________________________________________________
 ____\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room 
 device\\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_UABPrelimSurg
 27%40thread.v2/0\\nMeeting ID: 284 117 906 552\\nPasscode: 7Xq2Lb\\n
UID:040000008200E00074C5B7101A82E00800000000B21UABSURGPRELIM1215
SUMMARY;LANGUAGE=en-US:UAB Preliminary Surgery Interview - Tomás Ebanks
DTSTART;TZID=Central Standard Time:{x:%Y%m%d}T080000
DTEND;TZID=Central Standard Time:{x:%Y%m%d}T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261104T150217Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGINFORMATION:{{"OnlineMeetingChannelId":null\\,"Onl
 ineMeetingProvider":3}}
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    msg = mixed(alt(text(t, cte="7bit"), html(page(p2html(t), "Calibri, sans-serif"))), ics_part(ics))
    build(fn, msg, addr("Hollins, Tamika", "thollins@uabmc.edu"), "UAB Preliminary Surgery Interview", date,
          extra=[("In-Reply-To", "<CAF3uabprelim1103@mail.gmail.com>")])
    reg(fn, msg, L("scheduled", "University of Alabama at Birmingham", "email", "Surgery", "preliminary", "virtual",
                   [x]), {x: f"{x:%Y%m%d}T080000"})


def sch_musc_resched():
    fn = "b21-sch-email-musc-psych.eml"
    old, new = m_inv.MUSC_DS[1], d("2027-01-11")
    date = at("2026-11-17 11:03:29")
    prev = at("2026-10-31 09:14:00")
    t = f"""Hi Tomás,

I'm so sorry for the change, but our program director has an unavoidable conflict and we have had to consolidate interview days. We have moved your interview from {wmd(old)} to {full(new)}. The time (8:00 a.m. - 12:30 p.m. ET) and the Zoom link stay the same.

If the new date does not work for you, just reply and I'll find another option.

Thanks so much for your flexibility!
Ann

Ann Marie Cortland
Residency Coordinator, Adult Psychiatry
Medical University of South Carolina

{gmail_on(prev)} Cortland, Ann Marie <cortland@musc.edu> wrote:
> Hi Tomás,
>
> You're all set for {wmd(old)}, 8:00 a.m. - 12:30 p.m. ET (virtual). Your Zoom link is
> https://musc.zoom.us/j/93318820417 and the day's schedule will follow a week before.
>
> Ann
"""
    simple(fn, addr("Cortland, Ann Marie", "cortland@musc.edu"), "Re: MUSC Psych interview - date change", date, t,
           L("scheduled", "Medical University of South Carolina", "email", "Psychiatry", fmt="virtual", dates=[new]),
           {new: full(new)})


def sch_unc_fm():
    fn = "b21-sch-eras-unc-fm.eml"
    x = m_inv.UNC_DS[2]
    t = f"""Dear Tomás Ebanks,

You have scheduled an interview with the following program:

Program: University of North Carolina Hospitals Program
Program ID: 1203621107
Specialty: Family Medicine
Interview Date: {full(x)}
Session: 8:00 AM - 2:00 PM Eastern Time
Interview Type: Virtual

To view, reschedule, or cancel this interview, sign in to MyERAS:
{MYERAS}

Please do not reply to this email. This mailbox is not monitored.

ERAS - Electronic Residency Application Service
Association of American Medical Colleges
"""
    simple(fn, ERAS_FROM, "Interview Scheduled - University of North Carolina Hospitals Program",
           at("2026-10-23 08:33:02"), t,
           L("scheduled", "University of North Carolina Hospitals", "eras", "Family Medicine", fmt="virtual",
             dates=[x]), {x: full(x)}, cte="7bit")


def sch_mayo_cal():
    fn = "b21-sch-cal-mayo-surg.eml"
    x = d("2027-01-13")
    t = f"""Hi Tomás Ebanks,

A new event has been scheduled.

Event Type:
General Surgery Interview Day - Mayo Clinic Florida

Invitee:
Tomás Ebanks
{APPLICANT}

Event Date/Time:
07:00am - 03:00pm (Eastern Time - US & Canada) on {full(x)}

Location:
In person - Mayo Clinic, 4500 San Pablo Road South, Jacksonville, FL 32224

Questions:
Interview format (in person or virtual)?
In person

View event in Calendly
https://calendly.com/events/b21mayo-7f2a/invitee

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/b21mayo-7f2a
Reschedule: https://calendly.com/reschedulings/b21mayo-7f2a

Powered by Calendly.com
"""
    simple(fn, addr("Mayo Clinic Florida Surgery Residency", "notifications@calendly.com"),
           f"Confirmed: General Surgery Interview Day - Mayo Clinic Florida on {full(x)}",
           at("2026-11-07 00:41:18", "UTC"), t,
           L("scheduled", "Mayo Clinic Florida", "other", "Surgery", fmt="in_person", dates=[x]), {x: full(x)},
           with_html=True, extra=[("Reply-To", "solberg.gretchen@mayo.edu")])


def sch_utk_sug():
    fn = "b21-sch-sug-utk-fm.eml"
    x = d("2026-12-10")
    t = f"""Thank you for signing up!

Hi Tomás,

This email confirms you signed up for the following slot(s) on UT Family Medicine Knoxville - Interview Days 2026-27:

Date: {num(x, True, True)} ({f'{x:%a}'}.)
Time: 8:00am - 2:00pm EST
Slot: Interview Applicant
Location: UT Family Medicine Center, 1924 Alcoa Highway, Knoxville, TN 37920

Comment: none

Created by: Marcy Dalton, University of Tennessee Graduate School of Medicine

To change your sign up, go to: https://www.signupgenius.com/go/4090C4EAFAB28A1F94-utkfm2027

SignUpGenius - Sign up smarter.
"""
    simple(fn, addr("SignUpGenius", "DoNotReply@signupgenius.com"),
           "Sign Up Confirmation: UT Family Medicine Knoxville - Interview Days 2026-27", at("2026-11-11 09:40:55"), t,
           L("scheduled", UTK, "other", "Family Medicine", fmt="in_person", dates=[x]),
           {x: f"{num(x, True, True)} ({x:%a}.)"}, with_html=True)


UTK = "University of Tennessee Graduate School of Medicine"


def sch_meharry():
    fn = "b21-sch-email-meharry-psych.eml"
    ds = m_inv.MEHARRY_DS
    x = ds[2]
    reply = at("2026-10-21 20:02:00")
    date = at("2026-10-22 09:15:41", "CT")
    mine = f"""Hi Ms. Dunmore,

Thank you so much for the invitation! My first choice would be Friday, {md(ds[2])}, and my second choice Friday, {md(ds[1])}.

Best,
Tomás

{gmail_on(m_inv.MEHARRY_DATE)} Keisha Dunmore <kdunmore@mmc.edu> wrote:
{quote(m_inv.meharry_body())}"""
    t = f"""Good morning Tomás,

Perfect - you're confirmed for your first choice, {wmd(x)} (virtual). I'll send the Zoom link and the day's schedule the week before.

Keisha

Keisha Dunmore
Residency Program Coordinator
Department of Psychiatry and Behavioral Sciences
Meharry Medical College

{gmail_on(reply)} Tomás Ebanks <{APPLICANT}> wrote:
{quote(mine)}
"""
    simple(fn, addr("Keisha Dunmore", "kdunmore@mmc.edu"), "Re: Psychiatry residency - interview", date, t,
           L("scheduled", "Meharry Medical College", "email", "Psychiatry", fmt="virtual", dates=[x]), {x: wmd(x)},
           extra=[("In-Reply-To", "<CAJ8te2026reply@mail.gmail.com>"),
                  ("References", "<CAK7meh2026psych1021@mail.gmail.com> <CAJ8te2026reply@mail.gmail.com>")])


def sch_umd_ib():
    fn = "b21-sch-ib-umd-psych.eml"
    x = m_inv.UMD_DS[2]
    t = f"""Hello Tomás Ebanks,

Your interview has been scheduled.

Program: University of Maryland Medical Center - Psychiatry
Date: {full(x)}
Time: 8:00 AM - 1:00 PM EST
Location: Virtual (Zoom link will be sent by the program)

To cancel or reschedule, log in to Interview Broker:
https://www.interviewbroker.com/applicant/

Thank you,
Interview Broker
"""
    simple(fn, IB_FROM, "Interview Scheduled: University of Maryland Medical Center - Psychiatry",
           at("2026-10-31 08:12:40"), t,
           L("scheduled", "University of Maryland Medical Center", "interview_broker", "Psychiatry", fmt="virtual",
             dates=[x]), {x: full(x)}, cte="7bit", with_html=True)


# ============================================================ REMINDERS (8)
def rem_duke():
    fn = "b21-rem-email-duke-psych.eml"
    x = m_inv.DUKE_DS[1]
    dinner = x - dt.timedelta(days=1)
    t = f"""Dear Tomás,

We are looking forward to welcoming you to Durham for your interview on {full(x)}! Below are the details for your visit.

PRE-INTERVIEW DINNER (optional)
{wmd(dinner)}, 6:30 p.m.
Pizzeria Toro, 105 E Chapel Hill St, Durham, NC 27701
Casual dress. Several of our PGY-1 and PGY-2 residents will be there.

INTERVIEW DAY ITINERARY - {wmd(x)}
7:45 a.m.   Arrival & breakfast, Duke South, Room 2001 (Williams Wing)
8:15 a.m.   Welcome and program overview - Dr. Mbeki
9:00 a.m.   Faculty interviews (three 25-minute interviews)
10:45 a.m.  Tour of Duke University Hospital and Duke Regional inpatient units
12:00 p.m.  Lunch with residents
1:15 p.m.   Interview with the Program Director
2:00 p.m.   Closing remarks & departure

PARKING
Please park in the Duke Medicine Pavilion (PDC) Garage II, 2301 Erwin Road. Bring your ticket and we will validate it.

If you have any questions or are running late, please call or text 919-555-0162.

See you soon!
Duke General Psychiatry Residency
Duke University School of Medicine
"""
    simple(fn, addr("Duke Psychiatry Residency", "psychiatry.residency@duke.edu"),
           f"Your Duke Psychiatry interview on {wmd(x)} \u2013 itinerary and dinner details", at("2026-11-16 14:00:00"),
           t, L("reminder", "Duke University School of Medicine", "email", "Psychiatry", fmt="in_person", dates=[x]),
           {x: full(x)}, with_html=True)


def rem_carilion():
    fn = "b21-rem-thal-carilion-psych.eml"
    x = m_inv.CAR_DS[1]
    prog = m_inv.CAR
    t = f"""Hi {FIRST},

This is a reminder that you have an upcoming interview.

Program: {prog} - Psychiatry
Date: {full(x)}
Time: 8:30 AM - 1:00 PM EST
Location: Virtual (Thalamus video interview)

Please log in to Thalamus 15 minutes before your start time and test your audio and video using the system check. The optional resident social is tonight at 7:00 PM EST.

Thalamus GME, Inc. | Boston, MA
"""
    thal_notice(fn, at("2026-12-01 14:00:09", "UTC"), f"Reminder: Interview tomorrow with {prog} - Psychiatry",
                "Interview Reminder", t,
                L("reminder", prog, "thalamus", "Psychiatry", fmt="virtual", dates=[x]), {x: full(x)},
                "Open Itinerary", "https://app.thalamusgme.com/applicant/calendar")


def rem_vanderbilt():
    fn = "b21-rem-email-vanderbilt-peds.eml"
    x = d("2026-11-30")
    s = x - dt.timedelta(days=1)
    t = f"""Hi Tomás,

We're excited to see you next week! Here is everything you need for your virtual interview with the Vanderbilt Pediatric Residency Program.

Interview day: {full(x)}, 8:00 a.m. - 12:30 p.m. Central
Zoom: https://vumc.zoom.us/j/96104438271?pwd=PedsIntNov30
Meeting ID: 961 0443 8271   Passcode: Kids2027

Optional resident social: {wmd(s)}, 7:00-8:30 p.m. Central
Zoom: https://vumc.zoom.us/j/96104438272

Your interview schedule and interviewer bios are attached to your applicant page. Please log on 10 minutes early.

Lauren Pettigrew
Residency Program Coordinator, Pediatrics
Monroe Carell Jr. Children's Hospital at Vanderbilt
"""
    simple(fn, addr("Vanderbilt Pediatric Residency", "peds.residency@vumc.org"),
           "Reminder: Vanderbilt Pediatrics virtual interview", at("2026-11-23 10:30:11", "CT"), t,
           L("reminder", "Monroe Carell Jr. Children's Hospital at Vanderbilt", "email", "Pediatrics", fmt="virtual",
             dates=[x]), {x: full(x)})


def rem_vcu():
    fn = "b21-rem-eras-vcu-surg.eml"
    x = m_inv.VCU_DS[1]
    t = f"""Dear Tomás Ebanks,

This is a reminder of your upcoming interview:

Program: Virginia Commonwealth University Health System Program
Program ID: 4405111084
Specialty: Surgery
Interview Date: {full(x)}
Session: 7:30 AM - 12:30 PM Eastern Time
Interview Type: Virtual

Additional information from the program:
Your Zoom link and itinerary were sent by the VCU Surgery Residency Office. Please contact the program with any questions.

To view your interviews, sign in to MyERAS:
{MYERAS}

ERAS - Electronic Residency Application Service
Association of American Medical Colleges
"""
    simple(fn, ERAS_FROM, "Interview Reminder - Virginia Commonwealth University Health System Program",
           at("2026-11-30 06:00:00"), t,
           L("reminder", "Virginia Commonwealth University Health System", "eras", "Surgery", fmt="virtual",
             dates=[x]), {x: full(x)}, cte="7bit")


def rem_usf():
    fn = "b21-rem-rcas-usf-em.eml"
    x = m_inv.USF_DS[2]
    t = f"""Dear Tomás Ebanks,

This is a reminder about your upcoming interview.

Program: {m_inv.USF} - Emergency Medicine
Session: {full(x)}, 9:00 AM - 2:00 PM (ET)
Format: Virtual

Your video interview link will be available in the ResidencyCAS Interview Portal on the day of the interview: {RCAS_PORTAL}

This is an automated message from ResidencyCAS. Please do not reply.
"""
    simple(fn, addr("ResidencyCAS Interview Portal", RCAS_FROM_ADDR),
           f"Interview Reminder - {m_inv.USF} - Emergency Medicine", at("2026-12-08 08:00:03"), t,
           L("reminder", m_inv.USF, "residencycas", "Emergency Medicine", fmt="virtual", dates=[x]), {x: full(x)},
           cte="7bit", with_html=True)


def rem_cone():
    fn = "b21-rem-email-cone-fm.eml"
    x = m_inv.CONE_DS[1]
    t = f"""Hi Tomás,

Just a friendly reminder that we will see you on {wmd(x)} for your in-person interview with the Cone Health Family Medicine Residency!

Where: Cone Health Family Medicine Center, 1125 N Church St, Greensboro, NC 27401
When: 8:00 a.m. - about 2:30 p.m.
Parking: free visitor parking in the lot directly in front of the building; please use the spaces marked "Visitor."
Attire: business casual is perfect.

Breakfast and lunch will be provided. Please let me know of any dietary restrictions.

Safe travels!
Beth Ann Greer
Residency Coordinator
Cone Health Family Medicine Residency
"""
    simple(fn, addr("Greer, Beth Ann", "bethann.greer@conehealth.com"), "See you Thursday! Cone Health FM interview",
           at("2026-12-07 16:20:00"), t,
           L("reminder", "Cone Health", "email", "Family Medicine", fmt="in_person", dates=[x]), {x: wmd(x)})


def rem_atrium():
    fn = "b21-rem-email-atriumcmc-surg.eml"
    x = d("2026-12-11")
    t = f"""Dear Tomás,

We look forward to seeing you in Charlotte next week for your interview with the General Surgery Residency Program on {full(x)}.

Arrival: 6:45 a.m., Medical Education Building (MEB), 1000 Blythe Boulevard, Charlotte, NC 28203 - 2nd floor conference center
Parking: visitor deck on Blythe Boulevard; bring your ticket for validation
Hotel: if you booked in our block at the Hilton Garden Inn Charlotte Midtown, a shuttle will leave the lobby at 6:20 a.m.

The day concludes at approximately 1:30 p.m. after lunch with our residents. Scrubs are not necessary - business attire please.

Sincerely,
Marisol Teague, C-TAGME
Program Manager, General Surgery Residency
Atrium Health Carolinas Medical Center

____________________________________________________
Atrium Health | Graduate Medical Education
Atrium Health Carolinas Medical Center · Atrium Health Wake Forest Baptist · Atrium Health Navicent · Atrium Health Floyd · Atrium Health Cabarrus · Atrium Health Pineville · Atrium Health Union · Levine Children's Hospital
"""
    simple(fn, addr("Atrium Health GME", "gme.communications@atriumhealth.org"),
           "Reminder \u2013 General Surgery Interview Day", at("2026-12-04 10:00:45"), t,
           L("reminder", "Atrium Health Carolinas Medical Center", "email", "Surgery", fmt="in_person", dates=[x]),
           {x: full(x)}, with_html=True)


def rem_ecu():
    fn = "b21-rem-email-ecu-fm.eml"
    x = m_inv.ECU_DS[1]
    t = f"""Hi Tomás,

We're looking forward to meeting you this {wd(x)}, {md(x)}! Please arrive at the ECU Family Medicine Center (101 Heart Drive, Greenville) by 7:45 a.m. and check in at the front desk; parking is available in the patient lot.

Call me at 252-555-0173 if anything comes up on the road.

Dana Whitlock
Residency Program Coordinator, Department of Family Medicine
Brody School of Medicine at East Carolina University
"""
    simple(fn, addr("Whitlock, Dana", "whitlockd@ecu.edu"), "Interview this Friday - ECU Family Medicine",
           at("2026-11-30 12:05:00"), t,
           L("reminder", "Brody School of Medicine at East Carolina University", "email", "Family Medicine",
             fmt="in_person", dates=[x]), {x: f"{wd(x)}, {md(x)}"}, cte="7bit")


# ============================================================ CANCELLATIONS (6)
def can_miami():
    fn = "b21-can-email-miami-peds.eml"
    x = m_inv.MIAMI_DS[2]
    mine = at("2026-11-23 21:40:00")
    t = f"""Hi Tomás,

Thank you for letting us know, and congratulations on your other opportunities. I have cancelled your interview on {wmd(x)} and released the spot. We wish you the best of luck this season!

Yesenia Marrero
Program Manager, Pediatric Residency
University of Miami Miller School of Medicine | Jackson Health System

{gmail_on(mine)} Tomás Ebanks <{APPLICANT}> wrote:
> Dear Ms. Marrero,
>
> I am writing to respectfully cancel my virtual interview scheduled for
> {wmd(x)}. After a lot of reflection I have decided to focus my
> interview season closer to family in Georgia, and I wanted to release the
> spot so another applicant can use it. Thank you very much for the
> opportunity and for your kindness throughout the process.
>
> Sincerely,
> Tomás Ebanks
"""
    simple(fn, addr("Yesenia Marrero", "ymarrero@med.miami.edu"),
           "Re: Interview cancellation - Tomás Ebanks", at("2026-11-24 09:12:33"), t,
           L("cancellation", "University of Miami Miller School of Medicine", "email", "Pediatrics", fmt="virtual",
             dates=[x]), {x: wmd(x)})


def can_usa():
    fn = "b21-can-email-usahealth-peds.eml"
    x = m_inv.USA_DS[1]
    o1, o2 = d("2026-12-15"), m_inv.USA_DS[2]
    t = f"""Dear Tomás,

We regret to let you know that we must cancel the virtual interview day scheduled for {wmd(x)}, because of a hospital-wide Epic upgrade that day that requires our faculty in clinical areas. We sincerely apologize for the inconvenience.

We would love to still interview you. We can offer you a spot on either of the following dates:
  - {wmd(o1)}
  - {wmd(o2)}, {o2.year}

Please reply with the date you prefer and we'll update your SignUpGenius slot.

With apologies,
Rhonda Sellers, C-TAGME
Program Coordinator, Pediatric Residency
University of South Alabama Frederick P. Whiddon College of Medicine
"""
    simple(fn, addr("Sellers, Rhonda", "rsellers@health.southalabama.edu"),
           f"IMPORTANT: {wmd(x)} interview day cancelled - USA Health Pediatrics", at("2026-11-30 13:45:00", "CT"), t,
           L("cancellation", "University of South Alabama Frederick P. Whiddon College of Medicine", "email",
             "Pediatrics", fmt="virtual", dates=[x]), {x: wmd(x)})


def can_orlando_cal():
    fn = "b21-can-cal-orlandohealth-fm.eml"
    x = d("2026-12-11")
    t = f"""Hi Tomás Ebanks,

The event below has been canceled.

Event Type:
Orlando Health Family Medicine Residency - Virtual Interview

Event Date/Time:
08:00am - 12:30pm (Eastern Time - US & Canada) on {full(x)}

Canceled by:
Tomás Ebanks

Reason for canceling:
Scheduling conflict - thank you for the opportunity.

Location:
Zoom - Web conferencing details will be provided by Orlando Health upon confirmation.

Schedule another event with Orlando Health FM Residency:
https://calendly.com/orlandohealth-fmres

Powered by Calendly.com
"""
    simple(fn, addr("Orlando Health FM Residency", "notifications@calendly.com"),
           f"Canceled: Orlando Health Family Medicine Residency - Virtual Interview on {full(x)}",
           at("2026-11-20 02:11:37", "UTC"), t,
           L("cancellation", "Orlando Health", "other", "Family Medicine", fmt="virtual", dates=[x]), {x: full(x)},
           with_html=True)


def can_evms_eras():
    fn = "b21-can-eras-evms-fm.eml"
    x = d("2027-01-07")
    t = f"""Dear Tomás Ebanks,

The following interview has been cancelled:

Program: Eastern Virginia Medical School Program
Program ID: 1205121143
Specialty: Family Medicine
Interview Date: {full(x)}
Session: 8:00 AM - 1:00 PM Eastern Time
Cancelled By: Applicant

To view your interviews, sign in to MyERAS:
{MYERAS}

Please do not reply to this email. This mailbox is not monitored.

ERAS - Electronic Residency Application Service
Association of American Medical Colleges
"""
    simple(fn, ERAS_FROM, "Interview Cancelled - Eastern Virginia Medical School Program", at("2026-12-10 19:31:12"),
           t, L("cancellation", "Eastern Virginia Medical School", "eras", "Family Medicine", dates=[x]), {x: full(x)},
           cte="7bit")


def can_uva_thal():
    fn = "b21-can-thal-uva-psych.eml"
    x = d("2026-12-14")
    t = f"""Hi {FIRST},

University of Virginia - Psychiatry has cancelled your interview.

Date: {full(x)}
Time: 9:00 AM - 2:00 PM EST
Location: Virtual (Zoom)

Message from the program:
We are very sorry - due to an unexpected faculty shortage we have had to cancel the {md(x)} virtual interview session. Our coordinator will be in touch within 24 hours to help you select a new date.

You can view your remaining interviews on your Thalamus calendar.

Thalamus GME, Inc. | Boston, MA
"""
    thal_notice(fn, at("2026-12-02 20:47:03", "UTC"), "Interview Cancelled: University of Virginia - Psychiatry",
                "Interview Cancelled", t,
                L("cancellation", "University of Virginia", "thalamus", "Psychiatry", fmt="virtual", dates=[x]),
                {x: full(x)})


def can_medstarwhc_ib():
    fn = "b21-can-ib-medstarwhc-surg.eml"
    x = d("2027-01-12")
    t = f"""Hello Tomás Ebanks,

Your interview has been cancelled.

Program: MedStar Washington Hospital Center - General Surgery
Date: {full(x)}
Time: 7:00 AM - 12:00 PM EST
Location: Virtual
Cancelled by: You

If this was a mistake, please contact the program directly.

Thank you,
Interview Broker
"""
    simple(fn, IB_FROM, "Interview Cancelled: MedStar Washington Hospital Center - General Surgery",
           at("2026-12-18 22:04:51"), t,
           L("cancellation", "MedStar Washington Hospital Center", "interview_broker", "Surgery", fmt="virtual",
             dates=[x]), {x: full(x)}, cte="7bit", with_html=True)


ALL = [sch_ufjax_em, sch_emory_em, sch_uab_ics, sch_musc_resched, sch_unc_fm, sch_mayo_cal, sch_utk_sug, sch_meharry,
       sch_umd_ib, rem_duke, rem_carilion, rem_vanderbilt, rem_vcu, rem_usf, rem_cone, rem_atrium, rem_ecu,
       can_miami, can_usa, can_orlando_cal, can_evms_eras, can_uva_thal, can_medstarwhc_ib]
