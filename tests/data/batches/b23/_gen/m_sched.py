"""b23 scheduled confirmations (10), reminders (8), cancellations/reschedules (6)."""
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


def simple_ics(uid, start, end, summary, location, desc, method="REQUEST", utc=True, tzid=None,
               organizer=None, status="CONFIRMED", stamp=None):
    if utc:
        ds, de = f"DTSTART:{icsz(start)}", f"DTEND:{icsz(end)}"
        tz = ""
    else:
        ds, de = f"DTSTART;TZID={tzid}:{icsdt(start)}", f"DTEND;TZID={tzid}:{icsdt(end)}"
        tz = vtz(tzid) + "\n"
    org = f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\n" if organizer else ""
    return f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//b23//Interview Calendar//EN
CALSCALE:GREGORIAN
METHOD:{method}
{tz}BEGIN:VEVENT
UID:{uid}
DTSTAMP:{icsz(stamp or start)}
{ds}
{de}
SUMMARY:{summary}
LOCATION:{location}
DESCRIPTION:{desc}
{org}ATTENDEE;CN={NAME};RSVP=TRUE:mailto:{ME}
STATUS:{status}
SEQUENCE:0
END:VEVENT
END:VCALENDAR"""


# ================================================================ scheduled
@add
def s_ucsd():
    fn = "b23-sch-thal-ucsd-rad.eml"
    date = at("2026-10-15 03:12:09", "UTC")
    day = d("2026-12-14")
    st, en = at("2026-12-14 07:45", "PT"), at("2026-12-14 12:30", "PT")
    prog = "UC San Diego Health - Diagnostic Radiology - Advanced (R1)"
    rows = [("Program", prog), ("Date", W(day)), ("Time", "7:45 AM - 12:30 PM PST"), ("Interview type", "Virtual"),
            ("Join link", "Available in Thalamus 24 hours before your interview")]
    t = f"""Hi {FIRST},

Your interview is confirmed.

""" + "\n".join(f"{a}: {b}" for a, b in rows) + """

Need to make a change? You can reschedule or cancel from your Thalamus calendar until the program's change deadline.
https://app.thalamusgme.com/applicant/calendar

A calendar file is attached for your convenience.

-- 
Thalamus | thalamusgme.com
"""
    h = thal_html("Interview confirmed", f"Hi {FIRST},\n\nYour interview is confirmed.", rows, "Open my calendar",
                  "https://app.thalamusgme.com/applicant/calendar")
    cal = simple_ics("thal-7710-UCSDDR-27-cs@thalamusgme.com", st, en,
                     "Interview: UC San Diego Health - Diagnostic Radiology", "Virtual (link in Thalamus)",
                     "Your virtual interview day. Join link available in Thalamus.", stamp=date)
    msg = mixed(alt(text(t), html(h)), ics_part(cal, "interview.ics"))
    build(fn, msg, THAL, "Interview confirmed: UC San Diego Health", date, domain=THAL_DOM)
    reg(fn, msg, L("scheduled", "UC San Diego Health", "thalamus", DR, "advanced", "virtual", [day]), {day: W(day)})


@add
def s_bcm():
    fn = "b23-sch-eras-bcm-path.eml"
    date = at("2026-10-10 01:22:40", "ET")
    day = d("2026-11-13")
    rows = [("Program", "Baylor College of Medicine Program"), ("Specialty", "Pathology-Anatomic and Clinical"),
            ("Interview date", sl(day) + " (Friday)"), ("Time", "7:30 AM - 3:00 PM CT"), ("Format", "In Person"),
            ("Freeze date", "11/06/2026")]
    t = f"""Dear {NAME},

You have successfully scheduled an interview using ERAS Interview Scheduling.

""" + "\n".join(f"{a}: {b}" for a, b in rows) + f"""

After the freeze date you will not be able to reschedule this interview in MyERAS; you may still cancel it.
Review your interviews: {MYERAS}

ERAS Interview Scheduling
"""
    h = eras_html("Interview Scheduled", [f"Dear {NAME},",
                                           "You have successfully scheduled an interview using ERAS Interview "
                                           "Scheduling.", ("table", rows),
                                           "After the freeze date you will not be able to reschedule this interview "
                                           "in MyERAS; you may still cancel it."], "View interviews", MYERAS)
    msg = alt(text(t), html(h))
    build(fn, msg, ERAS, "Interview Scheduled - Baylor College of Medicine Program", date, domain=ERAS_DOM)
    reg(fn, msg, L("scheduled", "Baylor College of Medicine", "eras", PATH, None, "in_person", [day]),
        {day: sl(day) + " (Friday)"})


@add
def s_jhu():
    fn = "b23-sch-ib-jhu-rad.eml"
    date = at("2026-10-26 14:22:51", "ET")
    day = d("2026-12-08")
    st, en = at("2026-12-08 08:00", "ET"), at("2026-12-08 13:00", "ET")
    zoom = "https://jhjhm.zoom.us/j/93418820571?pwd=RADadv27"
    t = f"""Dear Camila,

Your interview has been scheduled.

Program: The Johns Hopkins Hospital - Diagnostic Radiology (Advanced)
Date: {W(day)}
Time: 8:00 AM - 1:00 PM Eastern Time
Format: Virtual
Zoom: {zoom}
Meeting ID: 934 1882 0571   Passcode: 581204

Your day-of itinerary, including your faculty interviewers, will be emailed a few days before the interview.

To cancel or reschedule, use your Interview Broker account:
https://www.interviewbroker.com/applicant/

Radiology Residency Program, The Johns Hopkins Hospital
"""
    h = ib_html("Interview Confirmation",
                f"Dear Camila,\n\nYour interview has been scheduled.",
                (["", ""], [("Program", "The Johns Hopkins Hospital - Diagnostic Radiology (Advanced)"),
                            ("Date", W(day)), ("Time", "8:00 AM - 1:00 PM Eastern Time"), ("Format", "Virtual"),
                            ("Zoom", zoom), ("Meeting ID / Passcode", "934 1882 0571 / 581204")]),
                "Manage my interviews", "https://www.interviewbroker.com/applicant/",
                "Your day-of itinerary, including your faculty interviewers, will be emailed a few days before the "
                "interview.")
    cal = simple_ics("IB-JHH-DR-ADV-27-20261208-cstrandberg", st, en,
                     "Johns Hopkins Diagnostic Radiology Interview (Virtual)", zoom,
                     "Virtual interview day. Zoom: " + zoom, utc=False, tzid="America/New_York", stamp=date)
    msg = mixed(alt(text(t), html(h)), ics_part(cal, "JHH_Radiology_Interview.ics"))
    build(fn, msg, IB, "Interview Confirmation: The Johns Hopkins Hospital - Diagnostic Radiology", date,
          domain=IB_DOM)
    reg(fn, msg, L("scheduled", "The Johns Hopkins Hospital", "interview_broker", DR, "advanced", "virtual", [day]),
        {day: W(day)})


@add
def s_prisma_cal():
    fn = "b23-sch-cal-prismaupstate-fm.eml"
    date = at("2026-10-22 14:07:51", "UTC")
    day = d("2026-12-03")
    st, en = at("2026-12-03 08:00", "ET"), at("2026-12-03 15:00", "ET")
    lst, len_ = inz(st, "PT"), inz(en, "PT")
    when = f"{clock(lst, 'am')} - {clock(len_, 'am')} (Pacific Time - US & Canada)"
    t = f"""Hi Camila Strandberg,

A new event has been scheduled.

Event Type:
Prisma Health Family Medicine (Greenville) - In-Person Interview Day

Invitee:
Camila Strandberg

Invitee Email:
{ME}

Event Date/Time:
{when} {W(day)}

Location:
Center for Family Medicine, 877 W. Faris Road, Greenville, SC 29605

Invitee Time Zone:
Pacific Time - US & Canada

Questions:
AAMC ID
{AAMCID}

Will you attend the optional resident dinner the night before?
Yes

View event in Calendly:
https://calendly.com/events/8b1d0f4e-prisma-fm/invitee

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/5c2a91f7-cs
Reschedule: https://calendly.com/reschedulings/5c2a91f7-cs

Powered by Calendly.com
"""
    h = doc('<div style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a;max-width:600px">' +
            paras(t) + '</div>')
    cal = simple_ics("5c2a91f7-cs@calendly.com", st, en,
                     "Prisma Health Family Medicine (Greenville) - In-Person Interview Day",
                     "Center for Family Medicine\\, 877 W. Faris Road\\, Greenville\\, SC 29605",
                     "Interview day with Prisma Health FM Residency.",
                     organizer=("Prisma Health FM Residency", "FMResidency@prismahealth.org"), stamp=date)
    msg = mixed(alt(text(t), html(h)), ics_part(cal, "invite.ics"))
    build(fn, msg, addr("Calendly", "notifications@calendly.com"),
          f"Confirmed: Prisma Health Family Medicine (Greenville) - In-Person Interview Day with Prisma Health FM "
          f"Residency on {W(day)}", date, domain="calendly.com")
    reg(fn, msg, L("scheduled", "Prisma Health", "other", FM, None, "in_person", [day]), {day: W(day)})


@add
def s_harbor_form():
    fn = "b23-sch-form-harborucla-fm.eml"
    date = at("2026-10-13 17:02:33", "UTC")
    opts = [d("2026-11-10"), d("2026-12-01"), d("2026-12-10"), d("2027-01-12")]
    pick = d("2026-12-01")
    title = "Harbor-UCLA Family Medicine Interview Date Selection 2026\u201327"
    desc = ("Please select ONE interview date. All interview days are held in person at Harbor-UCLA Medical "
            "Center, 1000 W. Carson Street, Torrance. Spots are first come, first served; you will receive an "
            "itinerary one week before your interview.")
    on, off = "(\u2022)", "( )"
    choice = "\n".join(f"  {on if x == pick else off} {Wmd(x)}" for x in opts)
    t = f"""Thanks for filling out {title}

Here's what was received.

{title}
{desc}

Email *
{ME}

Full name *
Camila Strandberg

AAMC ID *
{AAMCID}

Which interview date would you like? *
{choice}

Will you attend the optional resident dinner the evening before? *
  (\u2022) Yes
  ( ) No

Dietary restrictions
Vegetarian

Create your own Google Form
Does this form look suspicious? Report
"""
    rows = "".join(f'<div style="margin:4px 0">{"&#9673;" if x == pick else "&#9675;"} {esc(Wmd(x))}</div>'
                   for x in opts)
    inner = (f'<div style="max-width:640px;margin:0 auto;font-family:Roboto,Arial,sans-serif;color:#202124">'
             f'<p>Thanks for filling out <a href="https://docs.google.com/forms/d/e/1FAIpQLSdHUfm27/viewform">'
             f'{esc(title)}</a></p><p>Here\'s what was received.</p>'
             f'<div style="border-top:10px solid #673ab7;border-radius:8px;padding:16px;background:#fff;'
             f'border:1px solid #dadce0"><h2>{esc(title)}</h2><p>{esc(desc)}</p></div>'
             f'<div style="border:1px solid #dadce0;border-radius:8px;padding:16px;margin-top:12px">'
             f'<p>Email *</p><p>{ME}</p><p>Full name *</p><p>Camila Strandberg</p><p>AAMC ID *</p><p>{AAMCID}</p>'
             f'<p>Which interview date would you like? *</p>{rows}'
             f'<p>Will you attend the optional resident dinner the evening before? *</p>'
             f'<div>&#9673; Yes</div><div>&#9675; No</div><p>Dietary restrictions</p><p>Vegetarian</p></div>'
             f'<p style="font-size:12px;color:#5f6368">Create your own Google Form<br>Does this form look '
             f'suspicious? Report</p></div>')
    msg = alt(text(t), html(doc(inner)))
    build(fn, msg, addr("Google Forms", "forms-receipts-noreply@google.com"), title, date, domain="google.com")
    reg(fn, msg, L("scheduled", "Harbor-UCLA Medical Center", "other", FM, None, "in_person", [pick]),
        {pick: "(\u2022) " + Wmd(pick)})


@add
def s_ttuhscep():
    fn = "b23-sch-email-ttuhscep-fm.eml"
    date = at("2026-10-19 11:03:10", "MT")
    day = d("2026-12-08")
    mine = at("2026-10-17 09:12:00", "PT")
    inv = at("2026-10-16 14:20:05", "MT")
    t = f"""Hi Camila,

Thank you for your quick reply. Unfortunately, November 17 filled before your response came in, so I have scheduled you for your second choice:

    Tuesday, December 8, 2026
    8:30 AM - 12:30 PM Mountain Time (7:30 AM - 11:30 AM Pacific)
    Zoom - link to follow one week prior

Please let me know if anything changes.

Respectfully,
Alejandra Montes
Program Coordinator | Family and Community Medicine
TTUHSC El Paso

From: Camila Strandberg <{ME}>
Sent: {outlook_hdr(inz(mine, "MT"))}
To: Montes, Alejandra <alejandra.montes@ttuhsc.edu>
Subject: Re: TTUHSC El Paso Family Medicine - Virtual Interview Invitation

Dear Ms. Montes,

Thank you so much for the invitation! My preferences are:
1st choice: Tuesday, November 17
2nd choice: Tuesday, December 8

Best regards,
Camila Strandberg

From: Montes, Alejandra <alejandra.montes@ttuhsc.edu>
Sent: {outlook_hdr(inv)}
To: {ME}
Subject: TTUHSC El Paso Family Medicine - Virtual Interview Invitation

Good afternoon Camila,

It is my pleasure to invite you to a virtual interview with the Family Medicine Residency Program at Texas Tech University Health Sciences Center El Paso (Paul L. Foster School of Medicine). [...]
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("Montes, Alejandra", "alejandra.montes@ttuhsc.edu"),
          "RE: TTUHSC El Paso Family Medicine - Virtual Interview Invitation", date, domain="ttuhsc.edu",
          extra=[("In-Reply-To", "<CAJ5b23ttuhsc.reply@mail.gmail.com>"),
                 ("References", "<ttuhsc.b23inv@ttuhsc.edu> <CAJ5b23ttuhsc.reply@mail.gmail.com>")])
    reg(fn, msg, L("scheduled", "Texas Tech University Health Sciences Center El Paso", "email", FM, None, "virtual",
                   [day]), {day: W(day)})


@add
def s_musc():
    fn = "b23-sch-email-musc-cneuro.eml"
    date = at("2026-10-29 09:30:12", "ET")
    day = d("2026-12-04")
    st, en = at("2026-12-04 07:45", "ET"), at("2026-12-04 15:00", "ET")
    mine = at("2026-10-28 19:02:00", "PT")
    t = f"""Good morning Camila,

Thank you for confirming! You are all set for our Child Neurology interview day on {W(day)}, at MUSC Shawn Jenkins Children's Hospital. I have sent you a calendar invitation for the day.

Check-in is at 7:45 AM in the 2nd floor conference center. Our residents will be hosting a casual dinner on Thursday, December 3 at 6:30 PM; I'll send the location the week before.

If you need a hotel, the Courtyard Charleston Historic District offers our applicants a reduced rate; mention "MUSC Pediatrics" when booking.

Lorraine Gadsden
Program Coordinator, Child Neurology
MUSC Shawn Jenkins Children's Hospital
843-792-3240

-----Original Message-----
From: Camila Strandberg <{ME}>
Sent: {outlook_hdr(inz(mine, "ET"))}
To: Oyelaran-Boyd, Harriet <oyelaran@musc.edu>
Cc: Gadsden, Lorraine <gadsdenl@musc.edu>
Subject: Re: Invitation to Interview - MUSC Child Neurology Residency

Dear Dr. Oyelaran-Boyd,

Thank you so much for the invitation. I am happy to confirm December 4 and look forward to meeting you and the residents.

Sincerely,
Camila Strandberg
"""
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{vtz("America/New_York")}
BEGIN:VEVENT
ORGANIZER;CN="Gadsden, Lorraine":mailto:gadsdenl@musc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Camila Strandberg:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Child Neurology Interview Day. Check-in 7:45 AM\\, 2nd floor conference center\\, MUSC Shawn Jenkins Children's Hospital.\\n
UID:040000008200E00074C5B7101A82E00800000000B0C6D4F2B23B23A010000000000000000100000009F7E3C21
SUMMARY;LANGUAGE=en-US:MUSC Child Neurology Interview Day - Camila Strandberg
DTSTART;TZID=America/New_York:{icsdt(st)}
DTEND;TZID=America/New_York:{icsdt(en)}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{icsz(date)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:MUSC Shawn Jenkins Children's Hospital\\, 10 McClennan Banks Dr\\, Charleston SC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT1440M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR"""
    msg = mixed(alt(text(t), html(outlook_html(t))), ics_part(cal, "invite.ics", "REQUEST", enc="b64"))
    build(fn, msg, addr("Gadsden, Lorraine", "gadsdenl@musc.edu"),
          "RE: Invitation to Interview - MUSC Child Neurology Residency", date, domain="musc.edu")
    reg(fn, msg, L("scheduled", "MUSC Shawn Jenkins Children's Hospital", "email", CN, None, "in_person", [day]),
        {day: W(day)})


@add
def s_chop():
    fn = "b23-sch-thal-chop-cneuro.eml"
    date = at("2026-10-22 05:48:17", "UTC")
    day = d("2026-12-02")
    rows = [("Program", "Children's Hospital of Philadelphia - Child Neurology - Categorical"),
            ("Date", a3y(day)), ("Time", "8:00 AM - 2:00 PM EST"), ("Interview type", "Hybrid"),
            ("Your attendance", "Virtual"), ("Join link", "Available in Thalamus on the day of your interview")]
    t = f"""Hi {FIRST},

You're scheduled! Here are the details of your interview:

""" + "\n".join(f"{a}: {b}" for a, b in rows) + """

You can change how you will attend (in person or virtual) until 7 days before your interview.

See you soon,
The Thalamus Team
"""
    h = thal_html("You're scheduled!", f"Hi {FIRST},\n\nHere are the details of your interview:", rows,
                  "View itinerary", "https://app.thalamusgme.com/applicant/calendar",
                  after="You can change how you will attend (in person or virtual) until 7 days before your interview.")
    msg = alt(text(t), html(h))
    build(fn, msg, THAL, "Interview Scheduled - Children's Hospital of Philadelphia", date, domain=THAL_DOM)
    reg(fn, msg, L("scheduled", "Children's Hospital of Philadelphia", "thalamus", CN, "categorical", "virtual", [day]),
        {day: a3y(day)})


@add
def s_bayview():
    fn = "b23-sch-ib-bayview-imprelim.eml"
    date = at("2026-11-11 13:31:09", "ET")
    day = d("2027-01-07")
    t = f"""Hello Camila Strandberg,

Thank you for scheduling your interview with Johns Hopkins Bayview Medical Center - Preliminary Internal Medicine.

Date: {a3y(day)}
Time: 9:00 AM - 1:00 PM ET
Format: Virtual (Zoom)

A Zoom link and the day's schedule will be emailed to you by the program coordinator in the week before your interview.

If you can no longer attend, please cancel at least 14 days in advance through Interview Broker so the date can be offered to another applicant:
https://www.interviewbroker.com/applicant/

Preliminary Medicine Program Office
Johns Hopkins Bayview Medical Center
"""
    h = ib_html("Interview Scheduled",
                "Hello Camila Strandberg,\n\nThank you for scheduling your interview with Johns Hopkins Bayview "
                "Medical Center - Preliminary Internal Medicine.",
                (["Date", "Time", "Format"], [(a3y(day), "9:00 AM - 1:00 PM ET", "Virtual (Zoom)")]),
                "Manage interview", "https://www.interviewbroker.com/applicant/",
                "A Zoom link and the day's schedule will be emailed to you by the program coordinator in the week "
                "before your interview.")
    msg = alt(text(t), html(h))
    build(fn, msg, IB, "Interview Scheduled - Johns Hopkins Bayview Medical Center", date, domain=IB_DOM)
    reg(fn, msg, L("scheduled", "Johns Hopkins Bayview Medical Center", "interview_broker", IM, "preliminary",
                   "virtual", [day]), {day: a3y(day)})


@add
def s_jackson():
    fn = "b23-sch-email-jackson-path.eml"
    date = at("2026-11-04 08:15:40", "ET")
    day = d("2026-12-15")
    t = f"""Dear Camila,

Thank you for registering. This email confirms your virtual interview with the UM/Jackson Pathology Residency Program on {W(day)}, from 8:00 AM to 1:00 PM Eastern (5:00 AM to 10:00 AM Pacific - we appreciate the early start!).

You are also welcome to join our residents the evening before, Monday, December 14, for an optional virtual social from 6:00 to 7:30 PM ET.

Zoom links for both events will be sent one week in advance.

Sincerely,
Yolanda Batista
Residency Program Manager
Department of Pathology & Laboratory Medicine
Jackson Health System | University of Miami Miller School of Medicine
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("Batista, Yolanda", "ybatista@jhsmiami.org"),
          "Interview Confirmation \u2013 UM/Jackson Pathology", date, domain="jhsmiami.org")
    reg(fn, msg, L("scheduled", "Jackson Health System", "email", PATH, None, "virtual", [day]), {day: W(day)})


# ================================================================ reminders
@add
def m_chop():
    fn = "b23-rem-thal-chop-cneuro.eml"
    date = at("2026-11-30 15:00:00", "UTC")
    day = d("2026-12-02")
    rows = [("Program", "Children's Hospital of Philadelphia - Child Neurology - Categorical"),
            ("Date", a3y(day)), ("Time", "8:00 AM - 2:00 PM EST (5:00 AM - 11:00 AM PST)"),
            ("Your attendance", "Virtual")]
    t = f"""Hi {FIRST},

This is a reminder that you have an interview in 2 days.

""" + "\n".join(f"{a}: {b}" for a, b in rows) + """

Your join link will appear on your Thalamus calendar on the morning of the interview. Please test your audio and video beforehand.

The Thalamus Team
"""
    h = thal_html("Your interview is in 2 days", f"Hi {FIRST},\n\nThis is a reminder that you have an interview "
                  "in 2 days.", rows, "Open calendar", "https://app.thalamusgme.com/applicant/calendar",
                  after="Your join link will appear on your Thalamus calendar on the morning of the interview.")
    msg = alt(text(t), html(h))
    build(fn, msg, THAL, "Reminder: interview with Children's Hospital of Philadelphia on Wed, Dec 2", date,
          domain=THAL_DOM)
    reg(fn, msg, L("reminder", "Children's Hospital of Philadelphia", "thalamus", CN, "categorical", "virtual", [day]),
        {day: a3y(day)})


@add
def m_musc():
    fn = "b23-rem-email-musc-cneuro.eml"
    date = at("2026-11-30 10:02:18", "ET")
    day = d("2026-12-04")
    t = """Hi Camila,

We are excited to host you this Friday, December 4, for our Child Neurology interview day at the Medical University of South Carolina!

A few logistics:

- Check-in: 7:45 AM, MUSC Shawn Jenkins Children's Hospital, 2nd floor conference center (10 McClennan Banks Drive).
- Parking: please use the Courtenay Drive garage; bring your ticket to check-in and we will validate it.
- Resident dinner: Thursday, December 3 at 6:30 PM at Lewis Barbecue, 464 N. Nassau Street. Casual dress!
- Attire for the interview day: business casual is fine. We will be walking between buildings.

Attached is the day's itinerary. Safe travels, and please call or text me at 843-792-3240 if anything comes up.

Lorraine Gadsden
Program Coordinator, Child Neurology
Medical University of South Carolina
"""
    msg = text(t)
    build(fn, msg, addr("Gadsden, Lorraine", "gadsdenl@musc.edu"), "See you Friday! MUSC Child Neurology Interview",
          date, domain="musc.edu")
    reg(fn, msg, L("reminder", "Medical University of South Carolina", "email", CN, None, "in_person", [day]),
        {day: "Friday, December 4"})


@add
def m_bcm():
    fn = "b23-rem-eras-bcm-path.eml"
    date = at("2026-11-11 09:00:00", "ET")
    day = d("2026-11-13")
    t = f"""Dear {NAME},

This is a reminder of your upcoming interview scheduled through ERAS Interview Scheduling.

Program: Baylor College of Medicine Program
Specialty: Pathology-Anatomic and Clinical
Interview date: {sl(day)} (Friday)
Time: 7:30 AM - 3:00 PM CT
Format: In Person

The freeze date for this interview has passed. You can no longer reschedule this interview in MyERAS. If you are unable to attend, please cancel in MyERAS and contact the program.

{MYERAS}

ERAS Interview Scheduling
"""
    msg = text(t, cte="7bit")
    build(fn, msg, ERAS, "Upcoming Interview Reminder - Baylor College of Medicine Program", date, domain=ERAS_DOM)
    reg(fn, msg, L("reminder", "Baylor College of Medicine", "eras", PATH, None, "in_person", [day]),
        {day: sl(day) + " (Friday)"})


@add
def m_ucsd():
    fn = "b23-rem-email-ucsd-rad.eml"
    date = at("2026-12-11 10:20:33", "PT")
    day = d("2026-12-14")
    zoom = "https://ucsd.zoom.us/j/97120455813"
    t = f"""Hello Camila,

We are excited to host you virtually on Monday, December 14! Below is everything you need for the day.

Zoom (main room): {zoom}
Passcode: RadRes27

7:45 AM  Welcome and program overview (Dr. Feldstein, Program Director)
8:30 AM  Faculty interviews (3 x 20 minutes, breakout rooms)
10:15 AM Resident case conference
11:15 AM Q&A with current residents
12:30 PM Closing

Optional: our residents are hosting a casual virtual happy hour on Sunday, December 13 at 6:00 PM PT using the same Zoom link.

If you have any technical problems on the morning of your interview, please call or text me at (619) 555-0192.

Best,
Renee Castellanos
Residency Program Coordinator
Department of Radiology
UC San Diego School of Medicine
200 W. Arbor Drive, San Diego, CA 92103
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("Castellanos, Renee", "rcastellanos@health.ucsd.edu"),
          "UCSD Radiology Interview \u2013 Monday 12/14 Zoom details", date, domain="health.ucsd.edu")
    reg(fn, msg, L("reminder", "UC San Diego School of Medicine", "email", DR, None, "virtual", [day]),
        {day: Wmd(day)})


@add
def m_mahec():
    fn = "b23-rem-email-mahec-fm.eml"
    date = at("2026-11-13 14:45:10", "ET")
    day = d("2026-11-17")
    t = """Hi Camila!

We're excited to host you on Tuesday, November 17 here in Asheville!

Your day begins at 8:00 AM at the MAHEC Family Health Center, 123 Hendersonville Road. Park in the upper lot and come in through the main entrance; I'll meet you in the lobby. We'll wrap up around 3:00 PM.

Our residents are looking forward to seeing you at dinner on Monday night (November 16) at 6:00 PM at Rhubarb on Pack Square. No need to dress up!

If you are flying, Asheville Regional (AVL) is about 20 minutes from our clinic. Let me know if you have any questions.

See you soon,
Brooke Ammons
Residency Coordinator | MAHEC Family Medicine Residency - Asheville
828-257-4730
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("Brooke Ammons", "brooke.ammons@mahec.net"), "See you Tuesday! \U0001F3D4\ufe0f", date,
          domain="mahec.net")
    reg(fn, msg, L("reminder", "MAHEC", "email", FM, None, "in_person", [day]), {day: "Tuesday, November 17"})


@add
def m_jhu():
    fn = "b23-rem-ib-jhu-rad.eml"
    date = at("2026-12-07 09:00:00", "ET")
    day = d("2026-12-08")
    zoom = "https://jhjhm.zoom.us/j/93418820571?pwd=RADadv27"
    t = f"""Dear Camila,

This is a reminder that your interview is tomorrow.

Program: Johns Hopkins University School of Medicine - Diagnostic Radiology (Advanced)
Date: {a3y(day)}
Time: 8:00 AM - 1:00 PM ET
Zoom: {zoom}

Please join 10 minutes early so we can check your audio and video.

Interview Broker
"""
    h = ib_html("Interview Reminder", "Dear Camila,\n\nThis is a reminder that your interview is tomorrow.",
                (["", ""], [("Program", "Johns Hopkins University School of Medicine - Diagnostic Radiology (Advanced)"),
                            ("Date", a3y(day)), ("Time", "8:00 AM - 1:00 PM ET"), ("Zoom", zoom)]),
                "Join Zoom", zoom, "Please join 10 minutes early so we can check your audio and video.")
    msg = alt(text(t), html(h))
    build(fn, msg, IB, "Reminder: Interview Tomorrow - Johns Hopkins Diagnostic Radiology", date, domain=IB_DOM)
    reg(fn, msg, L("reminder", "Johns Hopkins University School of Medicine", "interview_broker", DR, "advanced",
                   "virtual", [day]), {day: a3y(day)})


@add
def m_riverside():
    fn = "b23-rem-email-riverside-ty.eml"
    date = at("2026-11-30 15:30:00", "ET")
    day = d("2026-12-02")
    t = """Hi Camila,

Just a friendly reminder that your Transitional Year interview at Riverside Regional Medical Center is this Wednesday, December 2, starting at 8:00 AM.

Please check in at the GME office on the first floor (500 J. Clyde Morris Blvd., Newport News). Visitor parking is free in Lot C. The day will include a tour, interviews with Dr. Okafor and two faculty members, and lunch with our interns.

Looking forward to meeting you!

Denise Albrecht
GME Program Coordinator, Transitional Year
Riverside Health
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Denise Albrecht", "denise.albrecht@rivhs.com"), "Reminder - Riverside TY interview Wednesday",
          date, domain="rivhs.com")
    reg(fn, msg, L("reminder", "Riverside Regional Medical Center", "email", TY, None, "in_person", [day]),
        {day: "Wednesday, December 2"})


@add
def m_uthouston():
    fn = "b23-rem-email-uthouston-rad.eml"
    date = at("2026-12-07 08:05:44", "CT")
    day = d("2026-12-09")
    t = f"""Hi Camila,

We are excited to host you on Wednesday, December 9 for your virtual interview with UTHealth Houston Diagnostic Radiology!

Please join our Microsoft Teams meeting at 7:50 AM Central (5:50 AM Pacific):
https://teams.microsoft.com/l/meetup-join/19%3ameeting_UTHDR27dec9

Schedule (all times Central):
 8:00 - 8:30   Welcome from the Program Director
 8:30 - 10:30  Faculty interviews
10:30 - 11:15  Virtual tour of Memorial Hermann-TMC reading rooms
11:15 - 12:00  Resident Q&A

Thank you,
Kendra Pham
Residency Program Coordinator
Diagnostic and Interventional Imaging, UTHealth Houston
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("Pham, Kendra H", "Kendra.H.Pham@uth.tmc.edu"),
          "Interview Details \u2013 Wednesday, December 9 (Virtual)", date, domain="uth.tmc.edu")
    reg(fn, msg, L("reminder", "UTHealth Houston", "email", DR, None, "virtual", [day]), {day: Wmd(day)})


# ================================================================ cancellations / reschedules
@add
def c_uthscsa():
    fn = "b23-can-email-uthscsa-path.eml"
    date = at("2026-11-23 10:14:02", "CT")
    day = d("2026-12-10")
    t = """Dear Camila,

We are writing with an important update about your interview. Because of an unavoidable departmental conflict (our laboratory accreditation inspection has been scheduled for that week), we must cancel our virtual interview session on Thursday, December 10. We sincerely apologize for the inconvenience.

We would be glad to reschedule you. Please reply with your preference between:

  - Tuesday, December 15, 2026
  - Thursday, January 7, 2027

Both sessions run 9:00 AM - 2:00 PM Central on Zoom. Spots will be assigned in the order we receive replies.

Thank you for your understanding,

Yesenia Barrera
Residency Program Coordinator, Department of Pathology and Laboratory Medicine
The University of Texas Health Science Center at San Antonio
7703 Floyd Curl Drive, San Antonio, TX 78229
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("Barrera, Yesenia", "pathres@uthscsa.edu"),
          "IMPORTANT: Your Pathology interview on Dec 10 has been cancelled", date, domain="uthscsa.edu",
          extra=[("Importance", "high"), ("X-Priority", "1")])
    reg(fn, msg, L("cancellation", "The University of Texas Health Science Center at San Antonio", "email", PATH, None,
                   "virtual", [day]), {day: "Thursday, December 10"})


@add
def c_medstar():
    fn = "b23-can-thal-medstargeorgetown-imprelim.eml"
    date = at("2026-12-16 01:03:12", "UTC")
    day = d("2027-01-04")
    rows = [("Program", "MedStar Georgetown University Hospital - Internal Medicine - Preliminary"),
            ("Interview date", a3y(day)), ("Time", "12:00 PM - 4:30 PM EST"), ("Cancelled by", "You")]
    t = f"""Hi {FIRST},

Your interview has been cancelled.

""" + "\n".join(f"{a}: {b}" for a, b in rows) + """

The program has been notified. If this was a mistake, contact the program directly; they may be able to offer you a new date.

The Thalamus Team
"""
    h = thal_html("Interview cancelled", f"Hi {FIRST},\n\nYour interview has been cancelled.", rows,
                  after="The program has been notified. If this was a mistake, contact the program directly; they "
                        "may be able to offer you a new date.")
    msg = alt(text(t), html(h))
    build(fn, msg, THAL, "You cancelled your interview with MedStar Georgetown University Hospital", date,
          domain=THAL_DOM)
    reg(fn, msg, L("cancellation", "MedStar Georgetown University Hospital", "thalamus", IM, "preliminary", "virtual",
                   [day]), {day: a3y(day)})


@add
def c_scripps():
    fn = "b23-can-eras-scrippsmercy-ty.eml"
    date = at("2026-11-30 16:45:03", "ET")
    day = d("2026-12-09")
    rows = [("Program", "Scripps Mercy Hospital San Diego Program"), ("Specialty", "Transitional Year"),
            ("Interview date", sl(day) + " (Wed)"), ("Format", "Virtual"), ("Cancelled by", "Program")]
    cmt = ("We are consolidating our December interview sessions and have cancelled the 12/09 session. We apologize "
           "for the inconvenience. Please log in to MyERAS and select one of the remaining dates on your invitation.")
    t = f"""Dear {NAME},

An interview scheduled through ERAS Interview Scheduling has been cancelled.

""" + "\n".join(f"{a}: {b}" for a, b in rows) + f"""

Program comment: {cmt}

{MYERAS}

ERAS Interview Scheduling
"""
    h = eras_html("Interview Cancelled", [f"Dear {NAME},",
                                         "An interview scheduled through ERAS Interview Scheduling has been cancelled.",
                                         ("table", rows), "Program comment: " + cmt], "Go to MyERAS", MYERAS)
    msg = alt(text(t), html(h))
    build(fn, msg, ERAS, "Interview Cancelled - Scripps Mercy Hospital San Diego Program", date, domain=ERAS_DOM)
    reg(fn, msg, L("cancellation", "Scripps Mercy Hospital San Diego", "eras", TY, None, "virtual", [day]),
        {day: sl(day) + " (Wed)"})


@add
def c_utsw():
    fn = "b23-can-ib-utsw-cneuro.eml"
    date = at("2026-11-30 18:12:44", "ET")
    day = d("2026-12-11")
    t = f"""Dear Camila,

You have cancelled the following interview:

UT Southwestern Medical Center - Child Neurology (Categorical)
{W(day)}, 7:30 AM CT
Children's Medical Center Dallas

The program has been notified of your cancellation. No further action is required.

Interview Broker
"""
    h = ib_html("Cancellation Confirmed", "Dear Camila,\n\nYou have cancelled the following interview:",
                (["Program", "Date", "Location"], [("UT Southwestern Medical Center - Child Neurology (Categorical)",
                                                    f"{W(day)}, 7:30 AM CT", "Children's Medical Center Dallas")]),
                post="The program has been notified of your cancellation. No further action is required.")
    msg = alt(text(t), html(h))
    build(fn, msg, IB, "Interview Cancelled - UT Southwestern Child Neurology", date, domain=IB_DOM)
    reg(fn, msg, L("cancellation", "UT Southwestern Medical Center", "interview_broker", CN, "categorical",
                   "in_person", [day]), {day: W(day)})


@add
def c_ecu():
    fn = "b23-can-email-ecu-fm.eml"
    date = at("2027-01-19 15:20:37", "ET")
    day = d("2027-01-22")
    t = """Dear Applicants,

Because of the winter storm forecast for eastern North Carolina later this week, we have made the difficult decision to CANCEL our in-person interview day on Friday, January 22. Your safety is our priority, and we do not want anyone traveling on icy roads.

We would still very much like to meet you. We can offer a virtual interview on either Wednesday, January 27 or Friday, January 29. Please reply to this email with your preference by Thursday at 5:00 PM.

Hotel reservations made through our office for Thursday night have been cancelled at no charge.

Stay warm,

Family Medicine Residency Program
ECU Health Medical Center (formerly Vidant Medical Center)
Brody School of Medicine at East Carolina University, Greenville, NC
"""
    msg = text(t)
    build(fn, msg, addr("ECU Family Medicine Residency", "fmresidency@ecuhealth.org"),
          "Fri 1/22 interview day CANCELLED \u2013 winter weather", date, to="undisclosed-recipients:;",
          domain="ecuhealth.org")
    reg(fn, msg, L("cancellation", "ECU Health Medical Center", "email", FM, None, "in_person", [day]),
        {day: "Friday, January 22"})


@add
def c_uva():
    fn = "b23-can-email-uva-rad.eml"
    mine = at("2026-12-27 19:15:00", "PT")
    date = at("2026-12-28 10:04:51", "ET")
    day = d("2027-01-12")
    m = inz(mine, "ET")
    t = f"""Hi Camila,

Thank you for letting us know, and congratulations on your other interviews. I have cancelled your interview on Tuesday, January 12 and released the spot to another applicant.

Best of luck this season!

Lindsey Carrow
Program Coordinator, Diagnostic Radiology
UVA Health | Department of Radiology and Medical Imaging
PO Box 800170, Charlottesville, VA 22908

On {m:%b} {m.day}, {m.year}, at {clock(m)}, Camila Strandberg <{ME}> wrote:

{quote('''Dear Ms. Carrow,

I am writing to let you know that I need to withdraw from my virtual interview on Tuesday, January 12, 2027 for the Diagnostic Radiology program. I am very grateful for the invitation and apologize for any inconvenience; I wanted to give as much notice as possible so that the spot can go to another applicant.

Thank you again,
Camila Strandberg''')}
"""
    msg = text(t)
    build(fn, msg, addr("Carrow, Lindsey M (LMC3Q)", "LMC3Q@uvahealth.org"),
          "Re: Withdrawal - Radiology interview January 12", date, domain="uvahealth.org",
          extra=[("In-Reply-To", "<CAH9uva.withdraw.b23@mail.gmail.com>"),
                 ("References", "<CAH9uva.withdraw.b23@mail.gmail.com>")])
    reg(fn, msg, L("cancellation", "UVA Health", "email", DR, None, "virtual", [day]), {day: "Tuesday, January 12"})
