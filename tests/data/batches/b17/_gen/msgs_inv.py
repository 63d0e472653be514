"""22 invitations."""
from lib import *

# ---------------------------------------------------------------- 1 CU Anschutz Neurology / Thalamus
dates = ["2026-11-05", "2026-11-12", "2026-12-03", "2027-01-07"]
url = "https://app.thalamusgme.com/applicant/invitations/8f3c2a71-4be0-4d19-9a4e-0c51d7e2b6a9"
prog_msg = f"""Dear Maren,

On behalf of the Department of Neurology at the University of Colorado School of Medicine, I am delighted to invite you to interview for a categorical position in our Neurology Residency Program on the CU Anschutz Medical Campus.

All interviews this season are virtual and run from approximately 8:00 AM to 1:30 PM Mountain Time. The interview day includes a welcome from the program director, four faculty interviews, a virtual tour of UCHealth University of Colorado Hospital, Denver Health and the Rocky Mountain Regional VA, and lunch with current residents.

We look forward to getting to know you!

Laura Strom, MD
Program Director, Adult Neurology Residency"""
text = f"""Hello Maren,

Congratulations! University of Colorado School of Medicine - Neurology has invited you to interview.

Program: University of Colorado School of Medicine - Neurology (Categorical)
Interview format: Virtual

Available interview dates:
""" + "\n".join(f"  - {longd(d)}" for d in dates) + f"""

Respond by: October 19, 2026 at 11:59 PM MDT

Message from the program:
----
{prog_msg}
----

Log in to Thalamus to choose a date or decline this invitation:
{url}
""" + thalamus_footer_text()
html = thalamus_html("You've been invited to interview!",
    paras("Hello Maren,\n\nCongratulations! <b>University of Colorado School of Medicine - Neurology</b> has invited you to interview.")
    + table_html(["Program", "Format", "Respond by"], [["University of Colorado School of Medicine - Neurology (Categorical)", "Virtual", "October 19, 2026 at 11:59 PM MDT"]])
    + "<p><b>Available interview dates</b></p><ul>" + "".join(f"<li>{longd(d)}</li>" for d in dates) + "</ul>"
    + '<div style="border-left:3px solid #5a2ca0;padding:4px 14px;margin:16px 0;color:#444">' + paras(prog_msg) + "</div>",
    button=("Schedule Interview", url))
add("b17-inv-thal-cuanschutz-neuro.eml",
    dict(kind="invitation", program="University of Colorado School of Medicine", platform="thalamus",
         specialty="Neurology", track="categorical", format="virtual", interview_dates=dates,
         respond_by=rbz("2026-10-19 23:59", DEN), schedule_url=url),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "Interview Invitation: University of Colorado School of Medicine - Neurology",
    "2026-10-13 15:14:22 +0000", text, html, headers=[("X-Mailer", "Thalamus Notifications")])

# ---------------------------------------------------------------- 2 Denver Health EM / ERAS scheduler
dates = ["2026-11-19", "2026-12-10", "2027-01-14"]
url = "https://apps.aamc.org/myeras-web/#/landing/interviews"
text = f"""ERAS Interview Scheduling - New Invitation

Dear Maren Okafor (AAMC ID {AAMC_ID}),

You have received an interview invitation from the following program:

  Denver Health Medical Center Program
  Emergency Medicine - Categorical (ACGME ID 1100721026)

Interview format: In person (Denver, CO)

Available interview sessions:
""" + "\n".join(f"  {mdy(d)}  7:30 AM - 2:30 PM MT" for d in dates) + f"""

Please respond to this invitation by 10/23/2026 5:00 PM MT. Invitations that are not responded to by the deadline may be withdrawn by the program.

Message from the program:
"Thank you for applying to the Denver Health Residency in Emergency Medicine. We were impressed by your application and would be glad to host you at Denver Health for an interview day. Our interview days are held in person on the Denver Health main campus, 777 Bannock Street. A resident-hosted dinner is offered the evening before each interview day; details will follow once you have scheduled. - DHREM Program Leadership"

To accept, decline or select an interview session, sign in to MyERAS and open the Interviews tab:
{url}

This is an automated message from ERAS. Please do not reply to this email.
"""
html = eras_html("New Interview Invitation",
    paras(f"Dear Maren Okafor (AAMC ID {AAMC_ID}),\n\nYou have received an interview invitation from the following program:")
    + table_html(["Program", "Specialty", "Format"], [["Denver Health Medical Center Program", "Emergency Medicine - Categorical", "In person (Denver, CO)"]])
    + "<p><b>Available interview sessions</b></p>"
    + table_html(["Date", "Time"], [[mdy(d), "7:30 AM - 2:30 PM MT"] for d in dates])
    + paras("Please respond to this invitation by <b>10/23/2026 5:00 PM MT</b>. Invitations that are not responded to by the deadline may be withdrawn by the program.\n\n<i>Message from the program:</i> &ldquo;Thank you for applying to the Denver Health Residency in Emergency Medicine. We were impressed by your application and would be glad to host you at Denver Health for an interview day. Our interview days are held in person on the Denver Health main campus, 777 Bannock Street. A resident-hosted dinner is offered the evening before each interview day; details will follow once you have scheduled. - DHREM Program Leadership&rdquo;"),
    button=("Respond in MyERAS", url))
add("b17-inv-eras-denverhealth-em.eml",
    dict(kind="invitation", program="Denver Health Medical Center", platform="eras", specialty="Emergency Medicine",
         track="categorical", format="in_person", interview_dates=dates,
         respond_by=rbz("2026-10-23 17:00", DEN), schedule_url=url),
    "ERAS Interview Scheduling <erasnoreply@aamc.org>",
    "ERAS: Interview Invitation - Denver Health Medical Center Program (Emergency Medicine)",
    "2026-10-15 14:02:51 -0400", text, html)

# ---------------------------------------------------------------- 3 Utah Psychiatry / long formal letter + Google Form
dates = ["2026-11-06", "2026-11-13", "2026-12-04", "2027-01-08"]
url = "https://forms.gle/Hx7Wq2pLm9UtPsy27"
text = f"""Dear Ms. Okafor,

On behalf of the Psychiatry Residency Training Program at the University of Utah Health and the Huntsman Mental Health Institute, thank you for your application. Our selection committee has completed its review, and it is my pleasure to invite you to interview with us for the 2027 Match.

Because we want every applicant to have the same experience regardless of geography, all of our interviews will again be conducted virtually over Zoom. Each interview day begins at 8:00 a.m. and concludes by approximately 2:00 p.m. Mountain Time. You will meet with the Program Director, the Associate Program Directors, two faculty members, and our chief residents, and you will have an informal virtual lunch with residents, without faculty present.

We are offering the following interview dates this season:

    Friday, November 6, 2026
    Friday, November 13, 2026
    Friday, December 4, 2026
    Friday, January 8, 2027

To select your preferred date, please complete our brief scheduling form (Google Form):

    {url}

Dates are assigned in the order in which responses are received. We ask that you respond no later than Friday, October 30, at 12:00 noon Mountain Time. If we do not hear from you by then, we will assume you are no longer interested and will offer your place to another applicant. If none of the dates work for you, please reply to this message and we will do our best to accommodate you.

In the week before your interview, you will receive an itinerary, Zoom links, and information about an optional resident-led virtual social the evening before your interview day.

Please know that our program does not require, and will not be influenced by, post-interview communication. We follow all NRMP Match Participation Agreement policies.

Congratulations again on your excellent application. We look forward to meeting you.

Sincerely,

Rachel M. Whitcomb, MD
Program Director, Psychiatry Residency Training Program
Associate Professor, Department of Psychiatry
Huntsman Mental Health Institute | University of Utah Health

Kelsey Andersen
Residency Program Coordinator
501 Chipeta Way, Salt Lake City, UT 84108
psychiatry.residency@hsc.utah.edu | 801-585-1575
"""
add("b17-inv-email-uutah-psych.eml",
    dict(kind="invitation", program="University of Utah Health", platform="email", specialty="Psychiatry",
         format="virtual", interview_dates=dates, respond_by=rbz("2026-10-30 12:00", DEN), schedule_url=url),
    "Utah Psychiatry Residency <psychiatry.residency@hsc.utah.edu>",
    "University of Utah Psychiatry Residency - Interview Invitation (2026-2027)",
    "2026-10-16 10:41:07 -0600", text, cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

# ---------------------------------------------------------------- 4 OHSU Anesthesiology / Interview Broker
dates = ["2026-11-09", "2026-11-16", "2026-12-07", "2027-01-11"]
url = "https://www.interviewbroker.com/applicant/invitations/ohsu-anesthesiology/52817?token=Qm9rS2x0Y3V2"
text = f"""Dear Maren Okafor,

Oregon Health & Science University - Anesthesiology has invited you to interview for the following position(s):

  * Anesthesiology - Categorical (PGY-1)

Interview dates currently open:
""" + "\n".join(f"  {wd(d)} {mdy(d)}  (Virtual)" for d in dates) + f"""

Please log in to Interview Broker to select an interview date. You must schedule by 11:59 PM Pacific Time on 10/26/2026. After this time the invitation may be released.

Schedule now: {url}

A note from the program:
We are thrilled to invite you to interview with the OHSU Department of Anesthesiology & Perioperative Medicine in Portland. All interviews will be conducted virtually. Please reach out to anesthesiaresidency@ohsu.edu with any questions.

Thank you,
Interview Broker
"""
html = ib_html(paras("Dear Maren Okafor,\n\n<b>Oregon Health &amp; Science University - Anesthesiology</b> has invited you to interview for the following position(s):")
    + "<ul><li>Anesthesiology - Categorical (PGY-1)</li></ul>"
    + table_html(["Day", "Date", "Format"], [[wd(d), mdy(d), "Virtual"] for d in dates])
    + paras("Please log in to Interview Broker to select an interview date. <b>You must schedule by 11:59 PM Pacific Time on 10/26/2026.</b> After this time the invitation may be released.\n\n<i>A note from the program:</i> We are thrilled to invite you to interview with the OHSU Department of Anesthesiology &amp; Perioperative Medicine in Portland. All interviews will be conducted virtually. Please reach out to anesthesiaresidency@ohsu.edu with any questions."),
    button=("Schedule Interview", url))
add("b17-inv-ib-ohsu-anes.eml",
    dict(kind="invitation", program="Oregon Health & Science University", platform="interview_broker",
         specialty="Anesthesiology", track="categorical", format="virtual", interview_dates=dates,
         respond_by=rbz("2026-10-26 23:59", PAC), schedule_url=url),
    "Interview Broker <notifications@interviewbroker.com>",
    "Interview Invitation - Oregon Health & Science University - Anesthesiology",
    "2026-10-19 20:31:44 +0000", text, html)

# ---------------------------------------------------------------- 5 UW Radiology advanced / Thalamus, no deadline
dates = ["2026-12-01", "2026-12-08", "2027-01-05", "2027-01-12"]
url = "https://app.thalamusgme.com/applicant/invitations/2b7e90c4-11fa-4d63-8a3b-5d0e6c2f9a14"
prog_msg = """Thank you for applying to the Diagnostic Radiology Residency at the University of Washington School of Medicine (UW Medicine). We are pleased to invite you to interview for an advanced (R1/PGY-2) position beginning July 1, 2028.

Interview days are held virtually and begin at 7:45 AM Pacific. Spots are offered on a first-come, first-served basis, so we encourage you to schedule soon. You will be responsible for securing your own preliminary or transitional year.

- UW Radiology Residency Program, Harborview Medical Center / UW Medical Center - Montlake"""
text = f"""Hi Maren,

University of Washington School of Medicine - Radiology-Diagnostic (Advanced) has invited you to interview.

Dates available:
""" + "\n".join(f"  • {abbr(d)}, {d[:4]}" for d in dates) + f"""

{prog_msg}

Schedule your interview: {url}
""" + thalamus_footer_text()
html = thalamus_html("Interview Invitation",
    paras("Hi Maren,\n\n<b>University of Washington School of Medicine - Radiology-Diagnostic (Advanced)</b> has invited you to interview.")
    + "<p><b>Dates available</b></p><ul>" + "".join(f"<li>{abbr(d)}, {d[:4]}</li>" for d in dates) + "</ul>"
    + paras(prog_msg), button=("Schedule Interview", url))
add("b17-inv-thal-uwmed-radio.eml",
    dict(kind="invitation", program="University of Washington School of Medicine", platform="thalamus",
         specialty="Radiology-Diagnostic", track="advanced", format="virtual", interview_dates=dates, schedule_url=url),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "You have a new interview invitation from University of Washington School of Medicine",
    "2026-10-22 17:45:03 +0000", text, html, cte="quoted-printable")

# ---------------------------------------------------------------- 6 Stanford Neurology / PD formal HTML, relative 2 weeks
dates = ["2026-11-10", "2026-11-17", "2026-12-01", "2026-12-15", "2027-01-12"]
url = "https://stanforduniversity.qualtrics.com/jfe/form/SV_3aNeuroRes27Interview"
hdr = "2026-10-21 16:02:11 -0700"
text = f"""Dear Maren,

Thank you for your interest in the Stanford Neurology Residency Program. On behalf of the Department of Neurology & Neurological Sciences at Stanford University School of Medicine, I am pleased to invite you to interview for one of our categorical (PGY-1) positions.

Interview days will be held virtually via Zoom on the following Tuesdays:

""" + "\n".join(f"  {longd(d)}    8:00 AM - 1:00 PM PT" for d in dates) + f"""

Please indicate your first, second and third choice of dates using our interview request form:
{url}

We kindly ask that you submit your preferences within two weeks of the date of this email. Invitations without a response after two weeks will be released so that we can extend them to other applicants.

On your interview day you will meet with me, our associate program directors, and several faculty members, and you will have ample time with our residents. We will also hold an optional informal evening gathering for applicants and residents; details will be sent with your itinerary.

With warm regards,

Kathleen Ng-Lambert, MD
Residency Program Director
Department of Neurology & Neurological Sciences
Stanford University School of Medicine
453 Quarry Road, Palo Alto, CA 94304
"""
html = letter_html(
    paras("Dear Maren,\n\nThank you for your interest in the Stanford Neurology Residency Program. On behalf of the Department of Neurology &amp; Neurological Sciences at Stanford University School of Medicine, I am pleased to invite you to interview for one of our <b>categorical (PGY-1)</b> positions.\n\nInterview days will be held <b>virtually via Zoom</b> on the following Tuesdays:")
    + table_html(["Interview date", "Time (Pacific)"], [[longd(d), "8:00 AM &ndash; 1:00 PM"] for d in dates])
    + paras(f'Please indicate your first, second and third choice of dates using our <a href="{url}">interview request form</a>.\n\nWe kindly ask that you submit your preferences <b>within two weeks of the date of this email</b>. Invitations without a response after two weeks will be released so that we can extend them to other applicants.\n\nOn your interview day you will meet with me, our associate program directors, and several faculty members, and you will have ample time with our residents. We will also hold an optional informal evening gathering for applicants and residents; details will be sent with your itinerary.\n\nWith warm regards,'),
    "Stanford Medicine &middot; Neurology &amp; Neurological Sciences", "#8c1515",
    paras("<b>Kathleen Ng-Lambert, MD</b>\nResidency Program Director\nDepartment of Neurology &amp; Neurological Sciences\nStanford University School of Medicine\n453 Quarry Road, Palo Alto, CA 94304"))
add("b17-inv-pd-stanford-neuro.eml",
    dict(kind="invitation", program="Stanford University School of Medicine", platform="email", specialty="Neurology",
         track="categorical", format="virtual", interview_dates=dates, respond_by=rbrel(hdr, days=14), schedule_url=url),
    "Stanford Neurology Residency <neuroresidency@stanford.edu>",
    "Stanford Neurology Residency Interview Invitation",
    hdr, text, html, html_cte="base64", reply_to="Amanda Ruiz <aruiz4@stanford.edu>")

# ---------------------------------------------------------------- 7 UArizona Tucson EM / only date in .ics
hdr = "2026-10-27 11:20:36 -0700"
ics = """BEGIN:VCALENDAR\r
METHOD:REQUEST\r
PRODID:Microsoft Exchange Server 2016\r
VERSION:2.0\r
BEGIN:VTIMEZONE\r
TZID:US Mountain Standard Time\r
BEGIN:STANDARD\r
DTSTART:16010101T000000\r
TZOFFSETFROM:-0700\r
TZOFFSETTO:-0700\r
END:STANDARD\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
ORGANIZER;CN="Alvarez, Teresa - (talvarez)":mailto:talvarez@arizona.edu\r
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=maren.okafo\r
 r.match27@gmail.com:mailto:maren.okafor.match27@gmail.com\r
DESCRIPTION;LANGUAGE=en-US:UA COM-Tucson Emergency Medicine Residency - Virt\r
 ual Interview Day\\nItinerary and Zoom links will be emailed one week prior\r
 .\\n\r
UID:040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DB01000000000000000\r
 010000000A7E3C2F11B4D8C46A1F0E2D3C4B5A697\r
SUMMARY;LANGUAGE=en-US:EM Residency Virtual Interview - Okafor\r
DTSTART;TZID=US Mountain Standard Time:20261202T073000\r
DTEND;TZID=US Mountain Standard Time:20261202T130000\r
CLASS:PUBLIC\r
PRIORITY:5\r
DTSTAMP:20261027T182036Z\r
TRANSP:OPAQUE\r
STATUS:CONFIRMED\r
SEQUENCE:0\r
LOCATION;LANGUAGE=en-US:Zoom (link to follow)\r
BEGIN:VALARM\r
DESCRIPTION:REMINDER\r
TRIGGER;RELATED=START:-PT15M\r
ACTION:DISPLAY\r
END:VALARM\r
END:VEVENT\r
END:VCALENDAR\r
"""
text = """Dear Maren,

Thank you for applying to the University of Arizona College of Medicine – Tucson Emergency Medicine Residency. We enjoyed reading your application and would like to invite you to interview with us!

We have reserved an interview spot for you – the date and time are in the attached calendar invitation. Our interviews this year are virtual. Please accept the calendar invite (or just reply to this email) within 72 hours to hold your spot. If we don't hear from you within that window we will release the spot to the next applicant. If the reserved day doesn't work, let me know and I will check what else we have.

Our residents train at Banner – University Medical Center Tucson, Banner – University Medical Center South, and Tucson Medical Center, and we can't wait to tell you more about the program.

Best,

Teresa Alvarez
Program Coordinator | Emergency Medicine Residency
Department of Emergency Medicine
The University of Arizona College of Medicine – Tucson
1609 N. Warren Ave., Tucson, AZ 85719
(520) 626-2790
"""
add("b17-inv-ics-uazt-em.eml",
    dict(kind="invitation", program="University of Arizona College of Medicine – Tucson", platform="email",
         specialty="Emergency Medicine", format="virtual", interview_dates=["2026-12-02"],
         respond_by=rbrel(hdr, hours=72)),
    '"Alvarez, Teresa - (talvarez)" <talvarez@arizona.edu>',
    "Interview Invitation – UA COM-Tucson Emergency Medicine Residency",
    hdr, text, cte="quoted-printable",
    attachments=[dict(kind="ics", data=ics, filename="invite.ics")],
    headers=[("X-MS-Has-Attach", "yes"), ("X-Mailer", "Microsoft Outlook 16.0")])

# ---------------------------------------------------------------- 8 Mayo Clinic Arizona Anesthesiology / email + Calendly link
dates = ["2026-11-16", "2026-11-30", "2026-12-14", "2027-01-11"]
url = "https://calendly.com/mayoaz-anesthesia-residency/interview-day"
text = f"""Hello Maren,

Congratulations! On behalf of the Anesthesiology Residency Program at Mayo Clinic Arizona, we would like to invite you to interview for a categorical position in our program.

Our interview days are held IN PERSON at Mayo Clinic Hospital, 5777 E. Mayo Blvd., Phoenix, Arizona. This season we are interviewing on the following Mondays:

  * {monday(dates[0])}
  * {monday(dates[1])}
  * {monday(dates[2])}
  * {monday(dates[3])}, {dates[3][:4]}

Please use the Calendly link below to select your interview date:
{url}

Kindly select a date by 5 p.m. Arizona time (MST) on Monday, November 2. Dates fill quickly, so earlier is better.

We will host an optional dinner with residents the evening before each interview day, and hotel recommendations near the Phoenix campus will be included in your confirmation packet. Please note Mayo Clinic does not reimburse travel expenses.

Warm regards,

Jacqueline Torres
Education Program Coordinator, Anesthesiology Residency
Mayo Clinic Arizona
Mayo Clinic College of Medicine and Science
480-342-1234 | torres.jacqueline@mayo.edu
"""
add("b17-inv-cal-mayoaz-anes.eml",
    dict(kind="invitation", program="Mayo Clinic Arizona", platform="email", specialty="Anesthesiology",
         track="categorical", format="in_person", interview_dates=dates,
         respond_by=rbz("2026-11-02 17:00", AZ), schedule_url=url),
    '"Torres, Jacqueline M." <torres.jacqueline@mayo.edu>',
    "Mayo Clinic Arizona Anesthesiology - Interview Invitation",
    "2026-10-20 08:55:19 -0700", text)

# ---------------------------------------------------------------- 9 UCSD Psychiatry / Thalamus plain QP, no deadline
dates = ["2026-11-18", "2026-12-09", "2027-01-06"]
url = "https://app.thalamusgme.com/applicant/invitations/c41d8e02-7f3a-4b8e-a9d5-33e1f0b6c7d8"
text = f"""Hello Maren Okafor,

University of California, San Diego - Psychiatry has sent you an interview invitation.

Interview Type: Virtual
Open dates: {", ".join(longd(d) for d in dates)}

Program message:
"Dear Applicant, we are delighted to invite you to interview with the UC San Diego General Psychiatry Residency Training Program. Our virtual interview days run from 8:30 AM to 1:30 PM Pacific Time and include a session with our Program Director, faculty and resident interviews, and a virtual tour of our training sites in La Jolla and Hillcrest, as well as the VA San Diego Healthcare System. We look forward to meeting you! — UCSD Psychiatry Residency Program Office"

To view this invitation and schedule, visit:
{url}
""" + thalamus_footer_text()
add("b17-inv-thal-ucsd-psych.eml",
    dict(kind="invitation", program="University of California, San Diego", platform="thalamus",
         specialty="Psychiatry", format="virtual", interview_dates=dates, schedule_url=url),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "Interview Invitation from University of California, San Diego - Psychiatry",
    "2026-10-23 22:10:58 +0000", text, cte="quoted-printable")

# ---------------------------------------------------------------- 10 KP LAMC Transitional Year / ERAS relative 72h
dates = ["2026-11-10", "2026-11-17", "2026-12-08"]
url = "https://apps.aamc.org/myeras-web/#/landing/interviews"
hdr = "2026-10-26 13:37:09 -0400"
text = f"""Dear Maren Okafor,

Kaiser Permanente Southern California (Los Angeles) Program - Transitional Year has invited you to interview.

Position: Transitional Year - Transitional (PGY-1)
Interview format: Virtual (Microsoft Teams)

Sessions offered:
""" + "\n".join(f"  {dmy(d)}  08:00 - 12:30 PT" for d in dates) + f"""

Please respond within 72 hours of receipt of this invitation. Unanswered invitations will expire.

Program message: "The Kaiser Permanente Los Angeles Medical Center Transitional Year Program is excited to invite you to interview! Our interview day includes a program overview, two interviews, and a resident Q&A. We look forward to meeting you."

Sign in to MyERAS > Interviews to respond: {url}

Please do not reply to this automated message.
Association of American Medical Colleges | ERAS
"""
add("b17-inv-eras-kplamc-ty.eml",
    dict(kind="invitation", program="Kaiser Permanente Los Angeles Medical Center", platform="eras",
         specialty="Transitional Year", track="transitional", format="virtual", interview_dates=dates,
         respond_by=rbrel(hdr, hours=72), schedule_url=url),
    "ERAS Interview Scheduling <erasnoreply@aamc.org>",
    "ERAS: New Interview Invitation - Kaiser Permanente Southern California (Los Angeles) Program",
    hdr, text)

# ---------------------------------------------------------------- 11 UNM Neurology / short informal
dates = ["2026-11-20", "2026-12-04", "2027-01-08"]
text = f"""Hi Maren!

Hope your fourth year is going well. I'm reaching out from UNM Neurology -- our faculty really enjoyed your application and we'd love to have you interview with us this season.

We have spots left on {md(dates[0])}, {md(dates[1])}, or {md(dates[2])} (all Fridays, all on Zoom, roughly 8-1 Mountain). Just reply with your top two and I'll get you on the schedule + send over the Zoom info.

Thanks and congrats!
Dee

Delfina "Dee" Archuleta
Residency Program Coordinator, Neurology
University of New Mexico School of Medicine | Department of Neurology
MSC10 5620, 1 University of New Mexico, Albuquerque, NM 87131
"""
add("b17-inv-email-unm-neuro.eml",
    dict(kind="invitation", program="University of New Mexico School of Medicine", platform="email",
         specialty="Neurology", format="virtual", interview_dates=dates),
    "Delfina Archuleta <DArchuleta@salud.unm.edu>",
    "UNM Neurology interview!",
    "2026-10-28 15:22:40 -0600", text)

# ---------------------------------------------------------------- 12 Harbor-UCLA EM / formal, distractor dates
dates = ["2026-12-03", "2026-12-10", "2027-01-07"]
url = "https://www.harboremergency.org/interview-signup?cycle=2027&code=HEM27-4471"
text = f"""HARBOR-UCLA MEDICAL CENTER
Department of Emergency Medicine
1000 West Carson Street, Torrance, California 90502

October 29, 2026

Dear Dr. Okafor (soon-to-be!),

Thank you for applying to the Harbor-UCLA Emergency Medicine Residency Program. It is my pleasure to invite you to interview for a categorical PGY-1 position. Out of more than 1,300 applications, we are inviting a small group of applicants whose commitment to serving our community stood out to us.

INTERVIEW DAYS
Interviews will be held in person at Harbor-UCLA Medical Center on the following Thursdays:

    {longd(dates[0])}
    {longd(dates[1])}
    {longd(dates[2])}

Please select your interview day at {url}
We ask that you make your selection by November 6, 2026, 11:59 PM PST.

PRE-INTERVIEW SOCIAL
Our residents host an informal social the evening before each interview day (Wednesday, {monday("2026-12-02")}; Wednesday, {monday("2026-12-09")}; and Wednesday, {monday("2027-01-06")}) at a local restaurant in Torrance. Attendance is optional and is not part of the evaluation.

LODGING
We have arranged a discounted block at the Torrance Marriott Redondo Beach for the nights of December 2, December 9 and January 6. Use group code HUEM when booking before November 20.

SECOND LOOK
We will hold an optional in-person Second Look on Saturday, February 20, 2027, after rank lists open. Second Look has no bearing on our rank list.

KEY DATES
Residents begin orientation in late June and the academic year starts July 1, 2027. Match Day is Friday, March 19, 2027.

We are deeply committed to the NRMP's guidance on post-interview communication and will not ask about your ranking plans.

Congratulations on your outstanding application, and we look forward to meeting you.

Sincerely,

Marcus Delgado-Pierce, MD, MPH
Program Director, Emergency Medicine Residency
Harbor-UCLA Medical Center
Associate Professor of Emergency Medicine, David Geffen School of Medicine at UCLA
"""
add("b17-inv-pd-harborucla-em.eml",
    dict(kind="invitation", program="Harbor-UCLA Medical Center", platform="email", specialty="Emergency Medicine",
         track="categorical", format="in_person", interview_dates=dates,
         respond_by=rbz("2026-11-06 23:59", PAC), schedule_url=url),
    "Harbor-UCLA EM Residency <emresidency@dhs.lacounty.gov>",
    "Harbor-UCLA Emergency Medicine Residency – Invitation to Interview",
    "2026-10-29 09:30:14 -0700", text, cte="quoted-printable")

# ---------------------------------------------------------------- 13 Cedars-Sinai Anesthesiology / Thalamus
dates = ["2026-12-11", "2026-12-18", "2027-01-15"]
url = "https://app.thalamusgme.com/applicant/invitations/e90a5b17-3c2d-4f61-8b2a-7d4c9e1f0a36"
text = f"""Hello Maren,

Cedars-Sinai Medical Center - Anesthesiology has invited you to interview!

Respond by: Nov 10, 2026 11:59 PM PST
Format: Virtual

Available dates:
""" + "\n".join(f"  {longd(d)}" for d in dates) + f"""

Message from Cedars-Sinai Medical Center - Anesthesiology:
We are excited to invite you to a virtual interview with the Cedars-Sinai Anesthesiology Residency Program in Los Angeles. Interview days begin at 7:00 AM PT with breakfast (on us!) delivered via DoorDash and conclude around noon.

Schedule now: {url}
""" + thalamus_footer_text()
html = thalamus_html("You've been invited to interview!",
    paras("Hello Maren,\n\n<b>Cedars-Sinai Medical Center - Anesthesiology</b> has invited you to interview!")
    + table_html(["Respond by", "Format"], [["Nov 10, 2026 11:59 PM PST", "Virtual"]])
    + "<p><b>Available dates</b></p><ul>" + "".join(f"<li>{longd(d)}</li>" for d in dates) + "</ul>"
    + paras("<i>Message from Cedars-Sinai Medical Center - Anesthesiology:</i>\nWe are excited to invite you to a virtual interview with the Cedars-Sinai Anesthesiology Residency Program in Los Angeles. Interview days begin at 7:00 AM PT with breakfast (on us!) delivered via DoorDash and conclude around noon."),
    button=("Schedule Interview", url))
add("b17-inv-thal-cedars-anes.eml",
    dict(kind="invitation", program="Cedars-Sinai Medical Center", platform="thalamus", specialty="Anesthesiology",
         format="virtual", interview_dates=dates, respond_by=rbz("2026-11-10 23:59", PAC), schedule_url=url),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "Interview Invitation: Cedars-Sinai Medical Center - Anesthesiology",
    "2026-11-03 18:05:27 +0000", text, html)

# ---------------------------------------------------------------- 14 UC Irvine PM&R / base64 HTML, hybrid
dates = ["2026-12-04", "2026-12-18", "2027-01-15"]
url = "https://forms.office.com/r/UCIPMR27Interview"
text = f"""Dear Maren Okafor,

Thank you for applying to the Physical Medicine & Rehabilitation Residency Program at the University of California, Irvine. We are pleased to invite you to interview for a categorical (PGY-1) position.

This year our interview days are HYBRID: interviews take place on Zoom in the morning, followed by an optional in-person afternoon tour of UCI Medical Center in Orange and our inpatient rehabilitation unit.

Interview dates (Fridays):
  - {mdy(dates[0])}
  - {mdy(dates[1])}
  - {mdy(dates[2])}

Please choose your date using this form: {url}

Best regards,
UCI PM&R Residency Program
UC Irvine Health | 101 The City Drive South, Orange, CA 92868
"""
html = letter_html(
    paras("Dear Maren Okafor,\n\nThank you for applying to the Physical Medicine &amp; Rehabilitation Residency Program at the <b>University of California, Irvine</b>. We are pleased to invite you to interview for a categorical (PGY-1) position.\n\nThis year our interview days are <b>hybrid</b>: interviews take place on Zoom in the morning, followed by an optional in-person afternoon tour of UCI Medical Center in Orange and our inpatient rehabilitation unit.")
    + table_html(["Interview date", "Zoom interviews", "Optional tour"], [[f"{wd(d)} {mdy(d)}", "8:00 AM &ndash; 12:00 PM PT", "1:30 PM &ndash; 3:00 PM"] for d in dates])
    + f'<p><a href="{url}" style="background:#0064a4;color:#ffffff;padding:10px 20px;text-decoration:none;border-radius:3px">Select my interview date</a></p>',
    "UCI Health &middot; Physical Medicine &amp; Rehabilitation", "#0064a4",
    paras("Best regards,\nUCI PM&amp;R Residency Program\nUC Irvine Health | 101 The City Drive South, Orange, CA 92868"))
add("b17-inv-email-uci-pmr.eml",
    dict(kind="invitation", program="University of California, Irvine", platform="email",
         specialty="Physical Medicine and Rehabilitation", track="categorical", format="hybrid",
         interview_dates=dates, schedule_url=url),
    "UCI PM&R Residency <pmr-residency@hs.uci.edu>",
    "UC Irvine PM&R Residency Interview Invitation",
    "2026-11-04 11:12:45 -0800", text, html, cte="base64", html_cte="base64")

# ---------------------------------------------------------------- 15 UC Davis PM&R / Interview Broker, no deadline
dates = ["2026-12-09", "2026-12-16", "2027-01-13"]
url = "https://www.interviewbroker.com/applicant/invitations/ucdavis-pmr/61094?token=dWNkcG1yMjc"
text = f"""Dear Maren Okafor,

University of California, Davis Health - Physical Medicine and Rehabilitation has invited you to interview.

Open interview dates:
""" + "\n".join(f"  {abbr(d)} {d[:4]} - Virtual" for d in dates) + f"""

Log in to schedule: {url}

Program message:
Congratulations and thank you for your interest in UC Davis PM&R in Sacramento! Interview days run 8:00 AM - 12:30 PM PT via Zoom. Please schedule at your earliest convenience as spots are limited.

Interview Broker
"""
html = ib_html(paras("Dear Maren Okafor,\n\n<b>University of California, Davis Health - Physical Medicine and Rehabilitation</b> has invited you to interview.")
    + table_html(["Date", "Format"], [[f"{abbr(d)} {d[:4]}", "Virtual"] for d in dates])
    + paras("<i>Program message:</i>\nCongratulations and thank you for your interest in UC Davis PM&amp;R in Sacramento! Interview days run 8:00 AM - 12:30 PM PT via Zoom. Please schedule at your earliest convenience as spots are limited."),
    button=("Log in to Schedule", url))
add("b17-inv-ib-ucdavis-pmr.eml",
    dict(kind="invitation", program="University of California, Davis Health", platform="interview_broker",
         specialty="Physical Medicine and Rehabilitation", format="virtual", interview_dates=dates, schedule_url=url),
    "Interview Broker <notifications@interviewbroker.com>",
    "Interview Invitation - University of California, Davis Health - Physical Medicine and Rehabilitation",
    "2026-11-05 16:40:12 +0000", text, html)

# ---------------------------------------------------------------- 16 LAC+USC EM / ERAS relative 48h
dates = ["2026-12-15", "2027-01-05", "2027-01-19"]
url = "https://apps.aamc.org/myeras-web/#/landing/interviews"
hdr = "2026-11-06 12:15:33 -0500"
text = f"""Dear Maren Okafor,

LAC+USC Medical Center Program - Emergency Medicine has invited you to interview.

Interview format: In person - LAC+USC Medical Center, 2051 Marengo Street, Los Angeles, CA

Available sessions:
""" + "\n".join(f"  {longd(d)} | 7:00 AM - 3:00 PM PT" for d in dates) + f"""

Respond within 48 hours of receiving this message. After 48 hours your invitation may be offered to another applicant.

Sign in to MyERAS to respond: {url}

Please do not reply to this automated message.
"""
add("b17-inv-eras-lacusc-em.eml",
    dict(kind="invitation", program="LAC+USC Medical Center", platform="eras", specialty="Emergency Medicine",
         format="in_person", interview_dates=dates, respond_by=rbrel(hdr, hours=48), schedule_url=url),
    "ERAS Interview Scheduling <erasnoreply@aamc.org>",
    "ERAS: Interview Invitation - LAC+USC Medical Center Program (Emergency Medicine)",
    hdr, text)

# ---------------------------------------------------------------- 17 Virginia Mason prelim IM / email, Teams
dates = ["2026-12-14", "2027-01-04"]
text = f"""Dear Maren,

Thank you for applying to the Internal Medicine Residency at Virginia Mason Medical Center in Seattle. We are pleased to invite you to interview for a position in our Preliminary Medicine track (PGY-1).

Interviews for preliminary applicants will be held virtually on Microsoft Teams on:

   Monday, December 14, 2026
   Monday, January 4, 2027

Please reply to this email with your preferred date by 5:00 PM Pacific on Monday, November 16. Interview days start at 7:30 AM PT and end by 12:00 PM PT.

We look forward to meeting you.

Kind regards,

Graduate Medical Education – Internal Medicine
Virginia Mason Medical Center
1100 Ninth Avenue, Seattle, WA 98101
"""
add("b17-inv-email-vm-imprelim.eml",
    dict(kind="invitation", program="Virginia Mason Medical Center", platform="email", specialty="Internal Medicine",
         track="preliminary", format="virtual", interview_dates=dates, respond_by=rbz("2026-11-16 17:00", PAC)),
    "VMMC IM Residency <IMresidency@virginiamason.org>",
    "Virginia Mason Internal Medicine (Preliminary) – Interview Invitation",
    "2026-11-09 14:48:02 -0800", text, cte="quoted-printable")

# ---------------------------------------------------------------- 18 Intermountain TY / waitlist -> invitation
text = f"""Hi Maren,

Good news! A spot has opened on our interview schedule, and we would like to move you off of our waitlist and invite you to interview with the Intermountain Medical Center Transitional Year Program.

The open date is Tuesday, January 12, 2027. Interviews are in person at Intermountain Medical Center, 5121 S. Cottonwood Street, Murray, UT, from 7:30 AM until about 1:00 PM.

Can you please let us know by Wednesday, November 25 at 12:00 p.m. Mountain whether you would like the spot? If we don't hear back by then we'll offer it to the next person on the list.

Happy (almost) Thanksgiving,

Brynn Halvorsen
GME Program Coordinator – Transitional Year
Intermountain Health | Intermountain Medical Center
"""
add("b17-inv-email-intermountain-ty.eml",
    dict(kind="invitation", program="Intermountain Medical Center", platform="email", specialty="Transitional Year",
         track="transitional", format="in_person", interview_dates=["2027-01-12"],
         respond_by=rbz("2026-11-25 12:00", DEN)),
    "Brynn Halvorsen <Brynn.Halvorsen@imail.org>",
    "Transitional Year Interview - spot opened!",
    "2026-11-24 09:03:51 -0700", text)

# ---------------------------------------------------------------- 19 Loma Linda Anesthesiology / ERAS reminder of unanswered invitation
dates = ["2026-12-04", "2027-01-08", "2027-01-22"]
url = "https://apps.aamc.org/myeras-web/#/landing/interviews"
text = f"""Dear Maren Okafor,

This is a reminder that you have an interview invitation awaiting your response.

Program: Loma Linda University Medical Center Program - Anesthesiology
Invitation sent: 11/05/2026
Invitation expires: 11/12/2026 11:59 PM PT

Available sessions:
""" + "\n".join(f"  {mdy(d)}" for d in dates) + f"""

If you do not accept or decline before the invitation expires, the program may withdraw the invitation.

Respond in MyERAS: {url}

This is an automated reminder from the ERAS Interview Scheduling feature. Please do not reply.
"""
html = eras_html("Reminder: Interview Invitation Awaiting Response",
    paras("Dear Maren Okafor,\n\nThis is a reminder that you have an interview invitation awaiting your response.")
    + table_html(["Program", "Invitation sent", "Invitation expires"], [["Loma Linda University Medical Center Program - Anesthesiology", "11/05/2026", "11/12/2026 11:59 PM PT"]])
    + "<p><b>Available sessions:</b> " + ", ".join(mdy(d) for d in dates) + "</p>"
    + paras("If you do not accept or decline before the invitation expires, the program may withdraw the invitation."),
    button=("Respond in MyERAS", url))
add("b17-inv-eras-lomalinda-anes.eml",
    dict(kind="invitation", program="Loma Linda University Medical Center", platform="eras", specialty="Anesthesiology",
         interview_dates=dates, respond_by=rbz("2026-11-12 23:59", PAC), schedule_url=url),
    "ERAS Interview Scheduling <erasnoreply@aamc.org>",
    "Reminder: Interview Invitation Awaiting Response - Loma Linda University Medical Center Program",
    "2026-11-10 10:00:04 -0500", text, html)

# ---------------------------------------------------------------- 20 Kern Medical EM / reply thread with new dates
orig = f"""Dear Maren,

Congratulations! The Kern Medical Emergency Medicine Residency Program would like to invite you to interview. Our interview days are in person in Bakersfield on Tuesday, {mon_ord("2026-12-08")} and Tuesday, {mon_ord("2026-12-15")}. Please let me know which date you prefer.

Sincerely,
Gloria Ybarra
Program Coordinator, Emergency Medicine Residency
Kern Medical | 1700 Mount Vernon Ave, Bakersfield, CA 93306"""
appl = """Hi Ms. Ybarra,

Thank you so much for the invitation -- I'm very excited about Kern! Unfortunately I'm already committed on both 12/8 and 12/15. Are there any additional dates this season?

Best,
Maren Okafor"""
text = f"""Hi Maren,

No problem at all! We just opened two more in-person days in January: Wednesday 1/13 and Wednesday 1/20. Same format as the December days (7:30 to ~2:00, lunch with residents).

Could you let me know which one you'd like by Friday 11/13 at 5pm PT? I'm holding a spot for you until then.

Gloria

Gloria Ybarra
Program Coordinator, Emergency Medicine Residency
Kern Medical | 1700 Mount Vernon Ave, Bakersfield, CA 93306
(661) 326-2160

On Mon, Nov 9, 2026 at 8:14 PM Maren Okafor <{APPLICANT_EMAIL}> wrote:
{quote(appl + chr(10) + chr(10) + "On Mon, Nov 2, 2026, 10:02 AM Gloria Ybarra <Gloria.Ybarra@kernmedical.com> wrote:" + chr(10) + quote(orig))}
"""
add("b17-inv-email-kern-em.eml",
    dict(kind="invitation", program="Kern Medical", platform="email", specialty="Emergency Medicine",
         format="in_person", interview_dates=["2027-01-13", "2027-01-20"], respond_by=rbz("2026-11-13 17:00", PAC)),
    "Gloria Ybarra <Gloria.Ybarra@kernmedical.com>",
    "RE: Kern Medical Emergency Medicine Interview Invitation",
    "2026-11-10 15:20:18 -0800", text,
    in_reply_to="<CAJ7x2Kp0b9Vq3mT@mail.gmail.com>",
    references="<b1d4e7f0a2c3@kernmedical.com> <CAJ7x2Kp0b9Vq3mT@mail.gmail.com>")

# ---------------------------------------------------------------- 21 UArizona Phoenix Psychiatry / RFC2047 subject, relative 7 days
dates = ["2026-12-08", "2027-01-12", "2027-01-19"]
url = "https://www.signupgenius.com/go/10C0D4BAFA92EA3FF2-uacomp-psychiatry-2027"
hdr = "2026-11-12 13:25:40 -0700"
text = f"""Dear Maren,

Congratulations! On behalf of the Psychiatry Residency Program at the University of Arizona College of Medicine – Phoenix, based at Banner – University Medical Center Phoenix, we are excited to invite you to a virtual interview.

Our interview dates are:
  • Tuesday, December 8, 2026
  • Tuesday, January 12, 2027
  • Tuesday, January 19, 2027

All times are Arizona time (MST). Please sign up for a date through our SignUpGenius page within 7 days of this email:
{url}

Warmly,
Sofía Castañeda
Psychiatry Residency Coordinator
The University of Arizona College of Medicine – Phoenix
"""
add("b17-inv-email-uacomp-psych.eml",
    dict(kind="invitation", program="University of Arizona College of Medicine – Phoenix", platform="email",
         specialty="Psychiatry", format="virtual", interview_dates=dates, respond_by=rbrel(hdr, days=7), schedule_url=url),
    "=?utf-8?q?Sof=C3=ADa_Casta=C3=B1eda?= <scastaneda@arizona.edu>",
    "Interview Invitation – Psychiatry Residency · UA College of Medicine – Phoenix",
    hdr, text, cte="quoted-printable")

# ---------------------------------------------------------------- 22 Utah PM&R / Google Form, relative 5 days
dates = ["2026-12-10", "2027-01-07", "2027-01-21"]
url = "https://docs.google.com/forms/d/e/1FAIpQLSe7uUtahPMR2027InterviewDate/viewform"
hdr = "2026-11-13 08:40:02 -0700"
text = f"""Hello Maren,

We are delighted to invite you to interview for a categorical position in the Physical Medicine & Rehabilitation Residency Program at University of Utah Health!

Interviews will be held in person at the Craig H. Neilsen Rehabilitation Hospital in Salt Lake City. Available dates:

 - Thursday, {monday(dates[0])}
 - Thursday, {monday(dates[1])}, 2027
 - Thursday, {monday(dates[2])}, 2027

Please fill out this Google Form with your date preferences within 5 days of receiving this message:
{url}

We'll confirm your date by email once we've processed the form.

Go Utes!
Utah PM&R Residency Program
Department of Physical Medicine & Rehabilitation, University of Utah Health
"""
add("b17-inv-gform-uutah-pmr.eml",
    dict(kind="invitation", program="University of Utah Health", platform="email",
         specialty="Physical Medicine and Rehabilitation", track="categorical", format="in_person",
         interview_dates=dates, respond_by=rbrel(hdr, days=5), schedule_url=url),
    "Utah PM&R Residency <pmr.residency@hsc.utah.edu>",
    "Invitation to Interview - University of Utah PM&R",
    hdr, text)
