"""Scheduled confirmations (10), reminders (8), cancellations (6)."""
from lib import *


def thal_notice(fn, date, subject, heading, lines_txt, rows, para, button=None, url=None):
    t = f"Hi {FIRST},\n\n{lines_txt}\n\n" + "\n".join(f"{a}: {b}" for a, b in rows) + f"\n\n{para}\n"
    if url:
        t += f"\n{button}: {url}\n"
    t += "\nThe Thalamus Team\n"
    h = thal_page(heading, f"Hi {FIRST},\n\n{lines_txt}\n\n{para}", button=button, url=url, rows=rows)
    msg = alt(text(t), html(h))
    build(fn, msg, THAL, subject, date, domain=THAL_DOM)
    return msg


# ============================================================ scheduled
def utah_anes():
    fn = "b22-sch-thal-utah-anes.eml"
    date = at("2026-10-13 21:40:55", "UTC")
    x = d("2026-11-20")
    prog = "University of Utah Health"
    m = thal_notice(fn, date, f"Interview scheduled: {prog} - Anesthesiology", "Your interview is confirmed",
                    f"You're all set! Your interview with {prog} - Anesthesiology - Categorical (PGY-1) is scheduled.",
                    [("Date", long(x)), ("Time", "7:30 AM - 1:00 PM MST"), ("Interview type", "Virtual"),
                     ("Location", "Thalamus video interview (link available in your itinerary)")],
                    "Your itinerary will be available in Thalamus closer to the interview. Need to change your date? "
                    "You can reschedule or cancel from your Interviews page, subject to the program's policy.",
                    "View itinerary", "https://app.thalamusgme.com/applicant/interviews/8842-UUANES-27")
    reg(fn, m, L("scheduled", prog, "thalamus", ANES, "categorical", "virtual", [x]), {x: long(x)})


def sral_pmr():
    fn = "b22-sch-thal-shirleyryan-pmr.eml"
    date = at("2026-10-31 02:03:17", "UTC")
    x = d("2027-01-11")
    prog = "Northwestern University McGaw Medical Center"
    m = thal_notice(fn, date, "Your interview has been scheduled", "Interview scheduled",
                    f"Your interview with {prog} - Physical Medicine and Rehabilitation (Advanced) has been scheduled.",
                    [("Date", long(x)), ("Check-in", "7:15 AM CST"), ("Interview type", "In-Person"),
                     ("Address", "Shirley Ryan AbilityLab, 355 East Erie Street, Chicago, IL 60611")],
                    "Add this interview to your calendar from the Interviews page. The program will send the day's "
                    "schedule and parking details before your interview.",
                    "Go to my interviews", "https://app.thalamusgme.com/applicant/interviews/5127-NUPMR-27")
    reg(fn, m, L("scheduled", prog, "thalamus", PMR, "advanced", "in_person", [x]), {x: long(x)})


def hennepin_im():
    fn = "b22-sch-eras-hennepin-im.eml"
    date = at("2026-10-09 08:22:40", "ET")
    x = d("2026-11-19")
    t = f"""MyERAS Interview Scheduler -- Interview Scheduled

Dear {NAME},

This email confirms that you have scheduled an interview.

Program:         Hennepin Healthcare Program
Specialty:       Internal Medicine
Track:           Categorical
Interview date:  {slash(x, True, True)} ({x:%A})
Start time:      8:00 AM CT
Interview type:  Virtual

Changes (reschedule or cancel) are possible in MyERAS until the program's freeze date: {MYERAS}

Notification only - this mailbox is not monitored.
Association of American Medical Colleges
"""
    msg = text(t, cte="7bit")
    build(fn, msg, ERAS, "ERAS Interview Scheduled - Hennepin Healthcare Program", date, domain=ERAS_DOM)
    reg(fn, msg, L("scheduled", "Hennepin Healthcare", "eras", IM, "categorical", "virtual", [x]),
        {x: f"{slash(x, True, True)} ({x:%A})"})


def ccf_anes():
    fn = "b22-sch-ib-clevelandclinic-anes.eml"
    date = at("2026-10-19 09:07:48", "ET")
    x = d("2026-12-14")
    body = ("Your interview has been scheduled.\n\nProgram: Cleveland Clinic\nSpecialty: Anesthesiology\n"
            f"Campaign: Advanced (PGY-2)\nDate: {long(x)}\nTime: 6:45 AM - 12:30 PM EST\nFormat: Virtual\n\n"
            "Zoom links and your personal itinerary will be emailed by the program one week before your interview. "
            "Changes can be made from your Interview Broker dashboard. Programs ask for at least 7 days' notice so "
            "another applicant can use the spot.")
    t = f"Dear {NAME},\n\n{body}\n\nhttps://www.interviewbroker.com/applicant/interviews\n\nInterview Broker\n"
    h = ib_page("Interview Confirmation", f"Dear {NAME},\n\n{body}", button="View my interviews",
                url="https://www.interviewbroker.com/applicant/interviews")
    msg = alt(text(t), html(h))
    build(fn, msg, IB, f"Interview Confirmation: Cleveland Clinic - Anesthesiology - {ab(x)}", date, domain=IB_DOM)
    reg(fn, msg, L("scheduled", "Cleveland Clinic", "interview_broker", ANES, "advanced", "virtual", [x]),
        {x: long(x)})


def jefferson_ortho():
    fn = "b22-sch-ib-jefferson-ortho.eml"
    date = at("2026-11-18 12:00:52", "ET")
    x = d("2027-01-04")
    body = ("Thank you for scheduling. Your interview is confirmed:\n\n"
            "Program: Thomas Jefferson University Hospital\nSpecialty: Orthopaedic Surgery (Categorical)\n"
            f"Date: {long(x)}\nArrival: 6:30 AM EST\nFormat: In person\n"
            "Location: Jefferson Alumni Hall, 1020 Locust Street, Philadelphia, PA 19107\n\n"
            "A resident social is planned for the evening before; the program will email details.")
    t = f"Dear {NAME},\n\n{body}\n\nManage your interviews: https://www.interviewbroker.com/applicant/interviews\n\nInterview Broker\n"
    h = ib_page("Interview Confirmation", f"Dear {NAME},\n\n{body}", button="Manage interviews",
                url="https://www.interviewbroker.com/applicant/interviews")
    msg = alt(text(t), html(h))
    build(fn, msg, IB, "Interview Confirmation - Thomas Jefferson University Hospital", date, domain=IB_DOM)
    reg(fn, msg, L("scheduled", "Thomas Jefferson University Hospital", "interview_broker", ORTHO, "categorical",
                   "in_person", [x]), {x: long(x)})


def denverhealth_im():
    fn = "b22-sch-email-denverhealth-im.eml"
    date = at("2026-10-16 08:55:30", "MT")
    x = d("2026-12-02")
    st, en = at("2026-12-02 07:30", "MT"), at("2026-12-02 13:30", "MT")
    t = f"""Hi Maren,

Thanks for submitting the form! You are confirmed for our in-person interview day on {wmd(x)}. I've attached a calendar invitation.

We'll meet in the Pavilion C lobby at 7:20 am. I'll email the full schedule, Zoom backup link and parking validation the week before.

See you in December!
Jess

Jessica Trujillo-Baca
Program Coordinator | Internal Medicine Residency
Denver Health
"""
    cal = f"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{vtimezone('America/Denver')}
BEGIN:VEVENT
ORGANIZER;CN=Trujillo-Baca\\, Jessica:mailto:imresidency@dhha.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={NAME}:mailto:{ME}
DESCRIPTION;LANGUAGE=en-US:Denver Health Internal Medicine Residency interview day. Meet in the Pavilion C lobby at 7:20 am.\\n
UID:040000008200E00074C5B7101A82E0080000000090DH2027IMINT0000000
SUMMARY;LANGUAGE=en-US:Denver Health IM Interview Day
DTSTART;TZID=America/Denver:{icsdt(st)}
DTEND;TZID=America/Denver:{icsdt(en)}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:{utcstamp(date)}
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Denver Health Medical Center\\, 777 Bannock St\\, Denver\\, CO 80204
END:VEVENT
END:VCALENDAR"""
    cal = "\n".join(fold(l) for l in cal.split("\n"))
    msg = mixed(alt(text(t), html(page(p2html(t)))), ics(cal, "invite.ics", b64=True))
    build(fn, msg, addr("Trujillo-Baca, Jessica", "imresidency@dhha.org"),
          "Confirmed: Denver Health IM Interview Day", date, domain="dhha.org")
    reg(fn, msg, L("scheduled", "Denver Health", "email", IM, None, "in_person", [x]), {x: wmd(x)})


def banner_im():
    fn = "b22-sch-cal-bannerphx-im.eml"
    date = at("2026-11-02 18:41:09", "UTC")
    x = d("2027-01-21")
    st = at("2027-01-21 07:30", "AZ")
    en = at("2027-01-21 12:30", "AZ")
    stc, enc = inzone(st, "CT"), inzone(en, "CT")
    prog = "Banner \u2013 University Medical Center Phoenix"
    ev = "Banner UMC Phoenix IM Interview Day"
    t = f"""Hi Maren Achterberg,

Your {ev} with Alondra Figueroa is booked.

When
{hm(stc, space=False, lower=True)} - {hm(enc, space=False, lower=True)}, {long(x)} (Central Time - US & Canada)

Who
Alondra Figueroa (host), Maren Achterberg ({ME})

Location:
This is a Zoom web conference. A join link will be sent by the program.

Description:
Virtual interview day for the Internal Medicine Residency at {prog}. Please join 10 minutes early.

Questions:
AAMC ID: {AAMCID}

Plans changed? Reschedule at https://calendly.com/reschedulings/4f1c2b7e-banner-phx-imres
or cancel at https://calendly.com/cancellations/4f1c2b7e-banner-phx-imres

Sent by Calendly
"""
    cal = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:4f1c2b7e-banner-phx-imres@calendly.com
DTSTAMP:{utcstamp(date)}
DTSTART:{utcstamp(st)}
DTEND:{utcstamp(en)}
SUMMARY:{ev} (Maren Achterberg)
DESCRIPTION:Virtual interview day for the Internal Medicine Residency at Banner – University Medical Center Phoenix.
LOCATION:Zoom
ORGANIZER;CN=Alondra Figueroa:mailto:IMresidency.phx@bannerhealth.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR"""
    cal = "\n".join(fold(l) for l in cal.split("\n"))
    msg = mixed(alt(text(t), html(page(p2html(t)))), ics(cal, "invite.ics"))
    build(fn, msg, addr("Calendly", "notifications@calendly.com"),
          f"Confirmed: {ev} with Alondra Figueroa on {long(x)}", date, domain="calendly.com",
          reply_to="IMresidency.phx@bannerhealth.com")
    reg(fn, msg, L("scheduled", prog, "other", IM, None, "virtual", [x]), {x: long(x)})


def spaulding_pmr():
    fn = "b22-sch-email-spaulding-pmr.eml"
    date = at("2026-11-09 10:12:44", "ET")
    asked = at("2026-11-06 22:03:00", "ET")
    dec17, jan14, jan13 = d("2026-12-17"), d("2027-01-14"), d("2027-01-13")
    mine = f"""Hi Ms. Donnelly,

Thank you so much for the invitation! I submitted the REDCap form tonight but wanted to double check that it went through. My first choice would be {wmd(dec17)}, and my second choice {wmd(jan14)}.

Best,
Maren Achterberg
"""
    t = f"""Hi Maren,

Thanks for your note, the form came through just fine. Unfortunately {wmd(dec17)} filled up before your response arrived, so I have placed you on your second choice: {long(jan14)}. You are all set!

Zoom links and the day's schedule will be sent the week before. The optional resident gathering is the evening before, {wmd(jan13)} at 6:30 PM ET.

All the best,
Peg

Margaret Donnelly
Residency Program Manager, PM&R
Spaulding Rehabilitation Hospital | Mass General Brigham

From: Maren Achterberg <{ME}>
Sent: {outlook_sent(asked)}
To: Spaulding PM&R Residency <spauldingpmr@mgb.org>
Subject: Re: Invitation to Interview \u2013 Harvard/Spaulding PM&R Residency

""" + mine
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Donnelly, Margaret", "spauldingpmr@mgb.org"),
          "RE: Invitation to Interview \u2013 Harvard/Spaulding PM&R Residency", date, domain="mgb.org")
    reg(fn, msg, L("scheduled", "Spaulding Rehabilitation Hospital", "email", PMR, None, "virtual", [jan14]),
        {jan14: long(jan14)})


def umn_neuro():
    fn = "b22-sch-email-umn-neuro.eml"
    date = at("2026-10-19 09:14:27", "CT")
    mine_at = at("2026-10-17 11:46:09", "CT")
    dec7, jan8, dec6 = d("2026-12-07"), d("2027-01-08"), d("2026-12-06")
    mine = f"""Dear Ms. Vang,

Thank you and Dr. Solberg for the invitation to interview! My first choice would be {wmd(dec7)}, and my second choice {wmd(jan8)}.

I look forward to meeting the program.

Sincerely,
Maren Achterberg
"""
    t = f"""Good morning Maren,

Thanks for getting back to us so quickly. Your virtual interview is set for {long(dec7)}, your first choice.

A Zoom link and your interview schedule will arrive about one week prior. The optional resident social is the night before ({wmd(dec6)}) at 7:00 p.m. Central; the link for that will come in the same email.

Best regards,
Dana

Dana Vang
Education Program Coordinator | Neurology Residency
Department of Neurology | University of Minnesota Medical School
neurores@umn.edu | 612-626-xxxx

From: Maren Achterberg <{ME}>
Sent: {outlook_sent(mine_at)}
To: neurores <neurores@umn.edu>
Subject: RE: University of Minnesota Neurology Residency \u2013 Invitation to Interview

""" + mine
    t = t.replace("612-626-xxxx", "612-626-6519")
    msg = text(t)
    build(fn, msg, addr("Dana Vang", "neurores@umn.edu"),
          "RE: University of Minnesota Neurology Residency \u2013 Invitation to Interview", date, domain="umn.edu")
    reg(fn, msg, L("scheduled", "University of Minnesota Medical School", "email", NEURO, None, "virtual", [dec7]),
        {dec7: long(dec7)})


def gundersen_ty():
    fn = "b22-sch-form-gundersen-ty.eml"
    date = at("2026-10-28 13:26:02", "UTC")
    x = d("2026-12-15")
    title = "Gundersen Health System \u2013 TY Interview Date Selection"
    qa = [("Full name", NAME), ("AAMC ID", AAMCID), ("Email", ME),
          ("Which interview day would you like?", long(x)),
          ("Will you join the resident dinner the night before?", "Not sure yet"),
          ("Dietary restrictions", "None")]
    t = (f"Thanks for filling out {title}\n\nHere's what was received.\n\n{title}\n"
         "All TY interview days are held in person at Gundersen Lutheran Medical Center, La Crosse, WI. "
         "You will receive a confirmation from our office within two business days.\n\n" +
         "\n\n".join(f"{q}\n{a}" for q, a in qa) +
         "\n\nCreate your own Google Form\nThis content is neither created nor endorsed by Google.\n")
    h = ('<div style="font-family:Roboto,Arial,sans-serif;max-width:640px;margin:auto">'
         f'<p>Thanks for filling out <a href="https://forms.gle/GundersenTY27Dates">{esc(title)}</a></p>'
         "<p>Here's what was received.</p>"
         f'<div style="border-top:10px solid #6d3a8e;border-radius:8px;padding:16px;background:#fff">'
         f'<div style="font-size:24px">{esc(title)}</div><p>All TY interview days are held in person at Gundersen '
         'Lutheran Medical Center, La Crosse, WI. You will receive a confirmation from our office within two business '
         'days.</p></div>' +
         "".join(f'<div style="padding:14px;border:1px solid #dadce0;border-radius:8px;margin-top:12px">'
                 f'<div>{esc(q)}</div><div style="margin-top:8px;color:#202124">{esc(a)}</div></div>' for q, a in qa) +
         '<p style="font-size:12px;color:#70757a">Create your own Google Form<br>This content is neither created '
         'nor endorsed by Google.</p></div>')
    msg = alt(text(t), html(page(h, style="background:#f0ebf8")))
    build(fn, msg, addr("Google Forms", "forms-receipts-noreply@google.com"), f"Your response: {title}", date,
          domain="google.com")
    reg(fn, msg, L("scheduled", "Gundersen Health System", "other", TY, None, "in_person", [x]), {x: long(x)})


# ============================================================ reminders
def mayoaz_neuro():
    fn = "b22-rem-thal-mayoaz-neuro.eml"
    date = at("2026-12-02 15:00:00", "UTC")
    x = d("2026-12-03")
    prog = "Mayo Clinic Arizona"
    m = thal_notice(fn, date, f"Reminder: Interview tomorrow with {prog}", "Your interview is tomorrow",
                    f"This is a reminder that your interview with {prog} - Neurology is coming up.",
                    [("Date", long(x)), ("Time", "8:00 AM - 2:30 PM MST (Arizona)"),
                     ("Program interview type", "Hybrid"), ("Your attendance", "Virtual"),
                     ("Join", "Thalamus virtual interview room (opens 15 minutes before start)")],
                    "Test your camera and microphone ahead of time from the itinerary page. Good luck!",
                    "Open itinerary", "https://app.thalamusgme.com/applicant/interviews/3371-MCANEU-27")
    reg(fn, m, L("reminder", prog, "thalamus", NEURO, None, "virtual", [x]), {x: long(x)})


def cu_anes():
    fn = "b22-rem-email-cuanschutz-anes.eml"
    date = at("2026-12-03 13:40:11", "MT")
    x, din = d("2026-12-08"), d("2026-12-07")
    t = f"""Hi Maren,

We are excited to host you on the University of Colorado Anschutz Medical Campus next {wmd(x)}! Here is everything you need:

THE NIGHT BEFORE \u2013 {wmd(din)}
6:30 PM  Resident dinner at Stanley Marketplace, 2501 Dallas St, Aurora (casual; residents only, no faculty)

INTERVIEW DAY \u2013 {long(x)}
6:45 AM  Check-in, Anschutz Health Sciences Building, 2nd floor atrium
7:15 AM  Welcome and program overview (Dr. Ostrowski)
8:00 AM  Faculty interviews (three 20-minute sessions)
10:30 AM OR and hospital tour with chief residents
12:00 PM Lunch with residents
1:30 PM  Closing remarks

Parking: use the visitor lot off Montview Blvd and give the attendant the code CUANES27.
Attire: business or business casual, comfortable shoes for the tour.
Weather: December in Denver can bring snow, so allow extra time.

If anything comes up, call or text me at 303-724-xxxx.

See you soon!
Caroline Bjornstad
Residency Program Coordinator
Department of Anesthesiology | University of Colorado School of Medicine
"""
    t = t.replace("303-724-xxxx", "303-724-1772")
    msg = alt(text(t), html(page("<pre style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">" + esc(t) + "</pre>")))
    build(fn, msg, addr("Bjornstad, Caroline", "caroline.bjornstad@cuanschutz.edu"),
          "We are excited to host you! CU Anesthesiology interview itinerary", date, domain="cuanschutz.edu")
    reg(fn, msg, L("reminder", "University of Colorado School of Medicine", "email", ANES, None, "in_person", [x]),
        {x: long(x)})


def slu_neuro():
    fn = "b22-rem-eras-slu-neuro.eml"
    date = at("2026-12-01 09:00:02", "ET")
    x = d("2026-12-04")
    t = f"""MyERAS Interview Scheduler -- Upcoming Interview Reminder

Dear {NAME},

Your interview is coming up in a few days.

Program:         Saint Louis University School of Medicine Program
Specialty:       Neurology
Track:           Categorical
Interview date:  {slash(x, True, True)} ({x:%A})
Start time:      7:30 AM CT
Interview type:  In-Person
Program notes:   Check in at the SSM Health Saint Louis University Hospital main lobby, 1201 S. Grand Blvd.

The freeze date for this interview has passed; cancellation is still possible in MyERAS: {MYERAS}

This mailbox is not monitored.
"""
    msg = text(t, cte="7bit")
    build(fn, msg, ERAS, "Reminder: Upcoming Interview - Saint Louis University School of Medicine Program", date,
          domain=ERAS_DOM)
    reg(fn, msg, L("reminder", "Saint Louis University School of Medicine", "eras", NEURO, "categorical",
                   "in_person", [x]), {x: f"{slash(x, True, True)} ({x:%A})"})


def hss_ortho():
    fn = "b22-rem-email-hss-ortho.eml"
    date = at("2027-01-05 11:20:48", "ET")
    x, ev = d("2027-01-07"), d("2027-01-06")
    t = f"""Dear Maren,

We are excited to host you at HSS this Thursday, {md(x)}, for your Orthopaedic Surgery residency interview!

Arrival: 6:45 AM, Richard L. Menschel Education Center, 2nd floor, 535 East 70th Street (enter on the East 70th Street side and let security know you are here for the residency interview).
Schedule: welcome breakfast, program overview, faculty interviews (in person), lab and facilities tour, lunch with residents. We expect to finish by 1:30 PM.
Dress: business attire; there is a coat room.

Residents will gather informally on {wmd(ev)} at 7:00 PM at a restaurant near the hospital; we will text you the address that afternoon. Attendance is optional and not part of the evaluation.

Please reply to this email if you have any questions or if your travel plans change.

Warm regards,
Orthopaedic Surgery Residency Office
Hospital for Special Surgery
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("HSS Orthopaedic Residency", "orthoresidency@hss.edu"),
          "HSS Ortho Interview - Thursday", date, domain="hss.edu")
    reg(fn, msg, L("reminder", "Hospital for Special Surgery", "email", ORTHO, None, "in_person", [x]),
        {x: f"Thursday, {md(x)}"})


def uhc_imprelim():
    fn = "b22-rem-ib-uhcleveland-imprelim.eml"
    date = at("2027-01-11 08:00:03", "ET")
    x = d("2027-01-13")
    body = ("Your interview is in two days.\n\n"
            "Program: University Hospitals Cleveland Medical Center\nSpecialty: Internal Medicine\n"
            f"Campaign: Preliminary Year\nDate: {long(x)}\nTime: 8:00 AM - 12:00 PM EST\nFormat: Virtual\n\n"
            "Zoom: https://uhhospitals.zoom.us/j/93475520184\nMeeting ID: 934 7552 0184\nPasscode: UHprelim\n\n"
            "If you can no longer attend, please cancel in Interview Broker as soon as possible.")
    t = f"Dear {NAME},\n\n{body}\n\nInterview Broker\n"
    h = ib_page("Interview Reminder", f"Dear {NAME},\n\n{body}")
    msg = alt(text(t), html(h))
    build(fn, msg, IB, "Reminder: Interview with University Hospitals Cleveland Medical Center", date, domain=IB_DOM)
    reg(fn, msg, L("reminder", "University Hospitals Cleveland Medical Center", "interview_broker", IM,
                   "preliminary", "virtual", [x]), {x: long(x)})


def iowa_ortho():
    fn = "b22-rem-email-iowa-ortho.eml"
    date = at("2026-12-07 15:12:30", "CT")
    x, din = d("2026-12-11"), d("2026-12-10")
    t = f"""Hi Maren,

We're excited to host you in Iowa City this Friday, {md(x)}! A few details for your visit:

  \u2022 Thursday evening ({md(din)}), 6:30 pm: dinner with residents at Pullman Bar & Diner, 17 S. Dubuque St. A resident will meet you at the front.
  \u2022 Friday, {md(x)}: please arrive by 6:30 am at the Pomerantz Family Pavilion, Level 1 (Elevator L). Free parking in Ramp 4; bring your ticket to be validated.
  \u2022 We will finish with lunch around 1:00 pm. The Eastern Iowa Airport (CID) is about 25 minutes away if you are flying out that afternoon.

Let me know if you need anything before then. Safe travels!

Kristin Madsen
Residency Coordinator, Orthopedics and Rehabilitation
University of Iowa Health Care
200 Hawkins Drive, 01008 JPP, Iowa City, IA 52242
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Madsen, Kristin M", "kristin-madsen@uiowa.edu"), "Looking forward to Friday!", date,
          domain="uiowa.edu")
    reg(fn, msg, L("reminder", "University of Iowa Health Care", "email", ORTHO, None, "in_person", [x]),
        {x: f"Friday, {md(x)}"})


def rochester_im():
    fn = "b22-rem-email-rochester-im.eml"
    date = at("2027-01-11 14:30:05", "ET")
    x = d("2027-01-12")
    t = f"""Hi Maren,

Just a reminder that your virtual interview with the Internal Medicine Residency at Strong Memorial Hospital is tomorrow, {long(x)}. Zoom details are below; please log on by 8:45 AM ET (7:45 AM your time).

Join Zoom Meeting
https://urmc.zoom.us/j/96410237755?pwd=SMHim27
Meeting ID: 964 1023 7755
Passcode: 012127

Your schedule:
  9:00   Welcome - Dr. Okonjo, Program Director
  9:30   Interviews (2 faculty, 1 chief resident)
  11:15  Resident panel
  12:00  Wrap-up

If you have tech trouble, call me at 585-275-6120.

Laura
URMC Internal Medicine Residency
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Brandolini, Laura", "Laura_Brandolini@URMC.Rochester.edu"),
          "Zoom info for tomorrow - IM interview", date, domain="urmc.rochester.edu")
    reg(fn, msg, L("reminder", "Strong Memorial Hospital", "email", IM, None, "virtual", [x]), {x: long(x)})


def dartmouth_anes():
    fn = "b22-rem-email-dartmouth-anes.eml"
    date = at("2026-12-02 10:45:19", "ET")
    x = d("2026-12-09")
    t = f"""Dear Maren,

We are excited to host you (virtually!) next {wmd(x)} for your interview with the Dartmouth Health Anesthesiology Residency.

Your interview will take place on Thalamus. The link will become active in your Thalamus itinerary 15 minutes before the 8:00 AM ET welcome session. The day includes a welcome from our Program Director, three faculty interviews, a virtual tour of Dartmouth Hitchcock Medical Center and a resident-only lunch hour (grab something to eat!).

Please have a quiet space and a reliable connection, and send us a cell phone number where we can reach you if the connection drops.

With best wishes,
Anesthesiology Residency Program
Dartmouth Health | Geisel School of Medicine at Dartmouth
One Medical Center Drive, Lebanon, NH 03756
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("DH Anesthesiology Residency", "anesthesiology.residency@hitchcock.org"),
          "Dartmouth Health Anesthesiology \u2013 Your Interview Next Week", date, domain="hitchcock.org")
    reg(fn, msg, L("reminder", "Dartmouth Health", "email", ANES, None, "virtual", [x]), {x: wmd(x)})


# ============================================================ cancellations
def wustl_imprelim():
    fn = "b22-can-thal-wustl-imprelim.eml"
    date = at("2026-11-20 16:31:02", "UTC")
    x = d("2026-12-01")
    prog = "Washington University/B-JH/SLCH Consortium"
    m = thal_notice(fn, date, "Interview cancelled", "Your interview was cancelled",
                    f"You cancelled your interview with {prog} - Internal Medicine (Preliminary).",
                    [("Date", long(x)), ("Interview type", "Virtual"), ("Cancelled by", "You")],
                    "The program has been notified. If you change your mind, you can ask the program for a new "
                    "invitation; cancelled time slots are released to other applicants right away.")
    reg(fn, m, L("cancellation", prog, "thalamus", IM, "preliminary", "virtual", [x]), {x: long(x)})


def pitt_anes():
    fn = "b22-can-email-pitt-anes.eml"
    date = at("2027-01-04 13:02:00", "ET")
    x, a1, a2 = d("2027-01-08"), d("2027-01-22"), d("2027-01-29")
    t = f"""Dear Maren,

We are writing with an important change. Because several of our faculty interviewers have been called to cover clinical duties this week, UPMC Anesthesiology must cancel the virtual interview day scheduled for {long(x)}. We are very sorry for the short notice and the inconvenience.

We would still very much like to meet you. We have held spaces for you on {wmd(a1)} and {wmd(a2)}. Please reply to this email with the date you prefer, and I will send a new confirmation.

With apologies,
Hollis Brandt
Residency Program Coordinator
UPMC Department of Anesthesiology & Perioperative Medicine
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("UPMC Anesthesiology Residency", "anesresidency@upmc.edu"),
          f"Change to your UPMC interview date ({slash(x)})", date, domain="upmc.edu")
    reg(fn, msg, L("cancellation", "UPMC", "email", ANES, None, "virtual", [x]), {x: long(x)})


def uwmadison_pmr():
    fn = "b22-can-eras-uwmadison-pmr.eml"
    date = at("2026-12-28 19:44:10", "ET")
    x = d("2027-01-05")
    t = f"""MyERAS Interview Scheduler -- Interview Cancelled

Dear {NAME},

The following interview has been cancelled.

Program:         University of Wisconsin Hospitals and Clinics Program
Specialty:       Physical Medicine and Rehabilitation
Track:           Advanced
Interview date:  {slash(x, True, True)} ({x:%A})
Interview type:  Virtual
Cancelled by:    Applicant
Cancelled on:    {slash(date, True, True)}

Cancelled in error? Contact the program directly; it may be able to offer you a date from its waitlist.
MyERAS: {MYERAS}

This mailbox is not monitored.
"""
    msg = text(t, cte="7bit")
    build(fn, msg, ERAS, "ERAS Interview Cancelled - University of Wisconsin Hospitals and Clinics Program", date,
          domain=ERAS_DOM)
    reg(fn, msg, L("cancellation", "University of Wisconsin Hospitals and Clinics", "eras", PMR, "advanced",
                   "virtual", [x]), {x: f"{slash(x, True, True)} ({x:%A})"})


def ccf_anes_cat():
    fn = "b22-can-ib-clevelandclinic-anes.eml"
    date = at("2026-11-09 21:18:40", "ET")
    x = d("2026-11-17")
    body = ("Your interview has been cancelled.\n\nProgram: Cleveland Clinic\nSpecialty: Anesthesiology\n"
            f"Campaign: Categorical\nDate: {long(x)}\nFormat: Virtual\nCancelled by: Applicant\n\n"
            "Your other Interview Broker interviews are not affected.")
    t = f"Dear {NAME},\n\n{body}\n\nInterview Broker\n"
    h = ib_page("Interview Cancelled", f"Dear {NAME},\n\n{body}")
    msg = alt(text(t), html(h))
    build(fn, msg, IB, "Interview Cancelled: Cleveland Clinic - Anesthesiology (Categorical)", date, domain=IB_DOM)
    reg(fn, msg, L("cancellation", "Cleveland Clinic", "interview_broker", ANES, "categorical", "virtual", [x]),
        {x: long(x)})


def unlv_im():
    fn = "b22-can-email-unlv-im.eml"
    date = at("2026-11-30 14:05:33", "PT")
    x, a1, a2 = d("2026-12-10"), d("2026-12-17"), d("2027-01-14")
    t = f"""Hello Maren,

I'm sorry to share that we have to cancel our virtual interview day on {wmd(x)}. Our program has an ACGME site visit that was just moved to that date, and our faculty and chief residents need to be available for it.

We'd love to still interview you. We can move you to {wmd(a1)} or {wmd(a2)}, {a2.year}. Just reply and let me know which one works, and I'll send an updated Zoom link.

Again, our apologies,

Marisol Quintero
Program Coordinator, Internal Medicine Residency
Kirk Kerkorian School of Medicine at UNLV
1701 W. Charleston Blvd, Suite 230, Las Vegas, NV 89102
"""
    msg = text(t)
    build(fn, msg, addr("UNLV IM Residency", "im.residency@unlv.edu"),
          f"IMPORTANT: Interview day {slash(x)} cancelled \u2013 please reschedule", date, domain="unlv.edu")
    reg(fn, msg, L("cancellation", "Kirk Kerkorian School of Medicine at UNLV", "email", IM, None, "virtual", [x]),
        {x: wmd(x)})


def tufts_neuro():
    fn = "b22-can-email-tufts-neuro.eml"
    date = at("2026-12-01 09:40:12", "ET")
    mine_at = at("2026-11-30 19:52:40", "CT")
    x = d("2026-12-16")
    mine = f"""Dear Ms. O'Rourke,

I hope you had a nice Thanksgiving. I'm writing to let you know that I need to withdraw from my in-person interview with Tufts Neurology on {wmd(x)}. I have decided to narrow the number of neurology programs I'm interviewing with, and I want to free the spot for another applicant as early as possible.

I'm grateful to have been offered the interview and apologize for any trouble this causes.

Sincerely,
Maren Achterberg
"""
    t = f"""Hi Maren,

Thank you for letting us know so far in advance. Your {wmd(x)} slot has been removed from our schedule and opened to another applicant. Good luck with the rest of interview season!

Kind regards,
Bridget

Bridget O'Rourke
Residency Program Coordinator, Neurology
Tufts Medical Center
800 Washington Street, Boston, MA 02111

{gmail_on(inzone(mine_at, 'ET'))} Maren Achterberg <{ME}> wrote:
""" + quote(mine)
    msg = text(t)
    build(fn, msg, addr("O'Rourke, Bridget", "bridget.orourke@tuftsmedicine.org"),
          "RE: Withdrawal - Neurology interview 12/16", date, domain="tuftsmedicine.org")
    reg(fn, msg, L("cancellation", "Tufts Medical Center", "email", NEURO, None, "in_person", [x]), {x: wmd(x)})


ALL = [utah_anes, sral_pmr, hennepin_im, ccf_anes, jefferson_ortho, denverhealth_im, banner_im, spaulding_pmr,
       umn_neuro, gundersen_ty,
       mayoaz_neuro, cu_anes, slu_neuro, hss_ortho, uhc_imprelim, iowa_ortho, rochester_im, dartmouth_anes,
       wustl_imprelim, pitt_anes, uwmadison_pmr, ccf_anes_cat, unlv_im, tufts_neuro]
