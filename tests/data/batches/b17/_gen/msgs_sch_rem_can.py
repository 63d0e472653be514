"""9 scheduled, 8 reminder, 6 cancellation."""
from lib import *

# ================================================================ SCHEDULED
# S1 CU Neurology / Thalamus confirmation
text = f"""Hello Maren,

Your interview has been scheduled!

Program: University of Colorado School of Medicine - Neurology
Date: {longd("2026-11-12")}
Time: 8:00 AM - 1:30 PM MST
Format: Virtual

The program will send your itinerary and video links closer to the interview date. You can view or change your interview in Thalamus: https://app.thalamusgme.com/applicant/interviews

Add to calendar: https://app.thalamusgme.com/applicant/interviews/ics/8f3c2a71
""" + thalamus_footer_text()
html = thalamus_html("Interview Scheduled",
    paras("Hello Maren,\n\nYour interview has been scheduled!")
    + table_html(["Program", "Date", "Time", "Format"], [["University of Colorado School of Medicine - Neurology", longd("2026-11-12"), "8:00 AM - 1:30 PM MST", "Virtual"]]),
    button=("View Interview", "https://app.thalamusgme.com/applicant/interviews"))
add("b17-sch-thal-cuanschutz-neuro.eml",
    dict(kind="scheduled", program="University of Colorado School of Medicine", platform="thalamus",
         specialty="Neurology", format="virtual", interview_dates=["2026-11-12"]),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "Interview Scheduled: University of Colorado School of Medicine - Neurology",
    "2026-10-14 02:33:18 +0000", text, html)

# S2 Denver Health EM / ERAS confirmation
text = f"""Dear Maren Okafor,

You have scheduled the following interview:

Program: Denver Health Medical Center Program - Emergency Medicine - Categorical
Session: {mdy("2026-12-10")} 7:30 AM - 2:30 PM MT
Location: In person - Denver Health Main Campus, 777 Bannock St, Denver, CO 80204

To view, change, or cancel this interview, sign in to MyERAS: https://apps.aamc.org/myeras-web/#/landing/interviews

Please do not reply to this automated message.
"""
add("b17-sch-eras-denverhealth-em.eml",
    dict(kind="scheduled", program="Denver Health Medical Center", platform="eras", specialty="Emergency Medicine",
         track="categorical", format="in_person", interview_dates=["2026-12-10"]),
    "ERAS Interview Scheduling <erasnoreply@aamc.org>",
    "ERAS: Interview Scheduled - Denver Health Medical Center Program",
    "2026-10-16 23:48:05 -0400", text)

# S3 Mayo AZ Anesthesiology / Calendly confirmation (platform other)
text = """Hi Maren Okafor,

A new event has been scheduled.

Event Type:
Anesthesiology Residency Interview Day

Invitee:
Maren Okafor

Invitee Email:
maren.okafor.match27@gmail.com

Event Date/Time:
07:00am - 03:30pm (Arizona Time) on Monday, November 16, 2026

Location:
Mayo Clinic Hospital, 5777 E Mayo Blvd, Phoenix, AZ 85054 (Specialty Building, 2nd floor)

Organizer:
Mayo Clinic Arizona Anesthesiology Residency

Need to make changes to this event?
Reschedule: https://calendly.com/reschedulings/4c1e2b9a-77d0-4b2e-9f1d-a1e3c5d7f901
Cancel: https://calendly.com/cancellations/4c1e2b9a-77d0-4b2e-9f1d-a1e3c5d7f901

Powered by Calendly.com
"""
html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a;background:#f9fafb">
<div style="max-width:560px;margin:20px auto;background:#ffffff;border:1px solid #e5e7eb;border-radius:8px;padding:28px">
<p>Hi Maren Okafor,</p><p>A new event has been scheduled.</p>
<p><b>Event Type:</b><br>Anesthesiology Residency Interview Day</p>
<p><b>Invitee:</b><br>Maren Okafor</p>
<p><b>Event Date/Time:</b><br>07:00am - 03:30pm (Arizona Time) on Monday, November 16, 2026</p>
<p><b>Location:</b><br>Mayo Clinic Hospital, 5777 E Mayo Blvd, Phoenix, AZ 85054 (Specialty Building, 2nd floor)</p>
<p><b>Organizer:</b><br>Mayo Clinic Arizona Anesthesiology Residency</p>
<p style="font-size:13px"><a href="https://calendly.com/reschedulings/4c1e2b9a-77d0-4b2e-9f1d-a1e3c5d7f901">Reschedule</a> &middot; <a href="https://calendly.com/cancellations/4c1e2b9a-77d0-4b2e-9f1d-a1e3c5d7f901">Cancel</a></p>
<p style="font-size:12px;color:#6b7280">Powered by <a href="https://calendly.com">Calendly.com</a></p></div></body></html>
"""
ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Calendly//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
DTSTART:20261116T140000Z\r
DTEND:20261116T223000Z\r
SUMMARY:Anesthesiology Residency Interview Day (Maren Okafor)\r
LOCATION:Mayo Clinic Hospital\\, 5777 E Mayo Blvd\\, Phoenix\\, AZ 85054\r
UID:4c1e2b9a-77d0-4b2e-9f1d-a1e3c5d7f901@calendly.com\r
ORGANIZER;CN=Mayo Clinic Arizona Anesthesiology Residency:mailto:torres.jacqueline@mayo.edu\r
STATUS:CONFIRMED\r
END:VEVENT\r
END:VCALENDAR\r
"""
add("b17-sch-cal-mayoaz-anes.eml",
    dict(kind="scheduled", program="Mayo Clinic Arizona", platform="other", specialty="Anesthesiology",
         format="in_person", interview_dates=["2026-11-16"]),
    "Calendly <notifications@calendly.com>",
    "New Event: Maren Okafor - 07:00am Mon, Nov 16, 2026 - Anesthesiology Residency Interview Day",
    "2026-10-20 22:14:09 +0000", text, html, attachments=[dict(kind="ics", data=ics, filename="invite.ics")],
    reply_to="torres.jacqueline@mayo.edu")

# S4 OHSU Anesthesiology / Interview Broker confirmation
text = f"""Dear Maren Okafor,

Your interview has been confirmed.

Program: Oregon Health & Science University - Anesthesiology
Date: {wd("2026-12-07")}, {mdy("2026-12-07")}
Check-in: 7:15 AM Pacific
Format: Virtual (Zoom link will be sent by the program)

To cancel or reschedule, log in to Interview Broker: https://www.interviewbroker.com/applicant/interviews

Interview Broker
"""
add("b17-sch-ib-ohsu-anes.eml",
    dict(kind="scheduled", program="Oregon Health & Science University", platform="interview_broker",
         specialty="Anesthesiology", format="virtual", interview_dates=["2026-12-07"]),
    "Interview Broker <notifications@interviewbroker.com>",
    "Interview Confirmation - Oregon Health & Science University - Anesthesiology",
    "2026-10-20 03:12:50 +0000", text, ib_html(paras(text)))

# S5 Harbor-UCLA EM / program moves the applicant's day
text = f"""Dear Maren,

I hope you are doing well. I am writing because we have had to restructure our first interview day, and unfortunately we need to move your interview from Thursday, December 3 to Thursday, December 10, 2026.

Your new interview date is {longd("2026-12-10")}, in person at Harbor-UCLA Medical Center (same schedule, 7:00 AM - 3:00 PM). The pre-interview social for your group will now be the evening of Wednesday, December 9. If you booked lodging through our Torrance Marriott block, please update your reservation to the night of December 9; the hotel is aware and will honor the group rate.

If December 10 does not work for you, please reply and we will do our best to find an alternative. We sincerely apologize for the inconvenience.

Best regards,

Natalie Ochoa
Residency Program Coordinator
Department of Emergency Medicine, Harbor-UCLA Medical Center
"""
add("b17-sch-email-harborucla-em.eml",
    dict(kind="scheduled", program="Harbor-UCLA Medical Center", platform="email", specialty="Emergency Medicine",
         format="in_person", interview_dates=["2026-12-10"]),
    "Natalie Ochoa <NOchoa2@dhs.lacounty.gov>",
    "Change to your Harbor-UCLA EM interview date",
    "2026-11-20 11:46:37 -0800", text, cte="quoted-printable")

# S6 UCLA Neurology (advanced) / reply-thread confirmation
orig = f"""Dear Maren,

Thank you for applying to the UCLA Neurology Residency Program. We are pleased to invite you to interview for our advanced (PGY-2) track. Virtual interview dates are Tuesday {md("2026-11-17")}, Tuesday {md("2026-12-01")}, and Tuesday {md("2026-12-15")}. Please reply with your preferred date.

Warmly,
Irene Kwon
Program Coordinator, UCLA Neurology Residency
Department of Neurology, David Geffen School of Medicine at UCLA"""
appl = """Dear Ms. Kwon,

Thank you so much for the invitation! I would love to interview on Tuesday 12/1 if that date is still available.

Best regards,
Maren Okafor"""
text = f"""Hi Maren,

You're all set for Tuesday, December 1st! You'll receive the Zoom link and itinerary about a week before. The day will run from 8:00 AM to 12:30 PM Pacific.

Warmly,
Irene

Irene Kwon
Program Coordinator, UCLA Neurology Residency
Department of Neurology, David Geffen School of Medicine at UCLA
710 Westwood Plaza, Los Angeles, CA 90095

From: Maren Okafor <{APPLICANT_EMAIL}>
Sent: Wednesday, October 28, 2026 9:51 PM
To: Kwon, Irene <IKwon@mednet.ucla.edu>
Subject: Re: UCLA Neurology Residency - Advanced Track Interview Invitation

{appl}

On Wed, Oct 28, 2026 at 2:05 PM Kwon, Irene <IKwon@mednet.ucla.edu> wrote:
{quote(orig)}
"""
add("b17-sch-email-ucla-neuro.eml",
    dict(kind="scheduled", program="David Geffen School of Medicine at UCLA", platform="email",
         specialty="Neurology", track="advanced", format="virtual", interview_dates=["2026-12-01"]),
    '"Kwon, Irene" <IKwon@mednet.ucla.edu>',
    "RE: UCLA Neurology Residency - Advanced Track Interview Invitation",
    "2026-10-29 09:12:03 -0700", text,
    in_reply_to="<CAJ7x2KrUCLAneuro1@mail.gmail.com>")

# S7 UCSD Psychiatry / Thalamus reschedule by applicant
text = f"""Hello Maren,

Your interview with University of California, San Diego - Psychiatry has been rescheduled.

New date: {longd("2026-12-09")}, 8:30 AM - 1:30 PM PST
Previous date: {longd("2026-11-18")}
Format: Virtual

View your interviews: https://app.thalamusgme.com/applicant/interviews
""" + thalamus_footer_text()
html = thalamus_html("Interview Rescheduled",
    paras("Hello Maren,\n\nYour interview with <b>University of California, San Diego - Psychiatry</b> has been rescheduled.")
    + table_html(["", ""], [["New date", f"<b>{longd('2026-12-09')}</b>, 8:30 AM - 1:30 PM PST"], ["Previous date", f"<s>{longd('2026-11-18')}</s>"], ["Format", "Virtual"]]),
    button=("View Interview", "https://app.thalamusgme.com/applicant/interviews"))
add("b17-sch-thal-ucsd-psych.eml",
    dict(kind="scheduled", program="University of California, San Diego", platform="thalamus",
         specialty="Psychiatry", format="virtual", interview_dates=["2026-12-09"]),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "Interview Rescheduled: University of California, San Diego - Psychiatry",
    "2026-11-02 04:40:16 +0000", text, html)

# S8 Utah PM&R / coordinator confirmation after Google Form
text = f"""Hi Maren,

Thanks for submitting the interview date form! We're happy to confirm your in-person interview with the University of Utah PM&R Residency on:

    Thursday, December 10, 2026
    7:45 AM – 2:30 PM (Mountain Time)
    Craig H. Neilsen Rehabilitation Hospital, 85 N Medical Dr E, Salt Lake City, UT 84112

Parking validation, a detailed itinerary, and information about the optional resident dinner on the evening of Wednesday, December 9 will be sent the week before.

See you soon!
Utah PM&R Residency Program
University of Utah Health
"""
add("b17-sch-email-uutah-pmr.eml",
    dict(kind="scheduled", program="University of Utah Health", platform="email",
         specialty="Physical Medicine and Rehabilitation", format="in_person", interview_dates=["2026-12-10"]),
    "Utah PM&R Residency <pmr.residency@hsc.utah.edu>",
    "Interview Confirmed – Utah PM&R – Thursday, December 10",
    "2026-11-16 15:22:47 -0700", text, cte="quoted-printable")

# S9 UNM Neurology / confirmation with Zoom details
text = """Hi Maren,

Perfect -- you're confirmed for Friday, December 4! Here's your Zoom info for the day (same link all day, breakout rooms for interviews):

Join Zoom Meeting
https://unm.zoom.us/j/94837261054?pwd=Vk5vUmZ0dHpHS2xBcGRyZkZyNHJpZz09

Meeting ID: 948 3726 1054
Passcode: 417205

Check-in opens at 7:45 AM MST. I'll send the full itinerary the Monday before.

Dee

Delfina "Dee" Archuleta
Residency Program Coordinator, Neurology
University of New Mexico School of Medicine | Department of Neurology

-----Original Message-----
From: Maren Okafor <maren.okafor.match27@gmail.com>
Sent: Thursday, October 29, 2026 6:40 PM
To: Delfina Archuleta <DArchuleta@salud.unm.edu>
Subject: Re: UNM Neurology interview!

Hi Dee, thank you so much! My top two would be 12/4 and then 1/8.
Maren
"""
add("b17-sch-zoom-unm-neuro.eml",
    dict(kind="scheduled", program="University of New Mexico School of Medicine", platform="email",
         specialty="Neurology", format="virtual", interview_dates=["2026-12-04"]),
    "Delfina Archuleta <DArchuleta@salud.unm.edu>",
    "RE: UNM Neurology interview!",
    "2026-10-30 08:17:29 -0600", text, in_reply_to="<CAJ7x2KsUNMneuro@mail.gmail.com>")

# ================================================================ REMINDER
# Rm1 CU Neurology / Thalamus reminder
text = f"""Hello Maren,

This is a reminder that you have an upcoming interview.

Program: University of Colorado School of Medicine - Neurology
Date: {longd("2026-11-12")}
Time: 8:00 AM - 1:30 PM MST
Format: Virtual

Join your interview in Thalamus: https://app.thalamusgme.com/applicant/interviews/live/8f3c2a71

Tip: Test your camera and microphone before the day of your interview.
""" + thalamus_footer_text()
html = thalamus_html("Your interview is in 2 days",
    paras("Hello Maren,\n\nThis is a reminder that you have an upcoming interview.")
    + table_html(["Program", "Date", "Time", "Format"], [["University of Colorado School of Medicine - Neurology", longd("2026-11-12"), "8:00 AM - 1:30 PM MST", "Virtual"]])
    + paras("Tip: Test your camera and microphone before the day of your interview."),
    button=("Go to Interview", "https://app.thalamusgme.com/applicant/interviews/live/8f3c2a71"))
add("b17-rem-thal-cuanschutz-neuro.eml",
    dict(kind="reminder", program="University of Colorado School of Medicine", platform="thalamus",
         specialty="Neurology", format="virtual", interview_dates=["2026-11-12"]),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "Reminder: Upcoming Interview with University of Colorado School of Medicine - Neurology",
    "2026-11-10 15:00:02 +0000", text, html)

# Rm2 Harbor-UCLA EM / "we are excited to host you"
text = """Dear Maren,

We are excited to host you at Harbor-UCLA this Thursday, 12/10! Here are a few details for the day:

  • Arrival: 6:45 AM at the Emergency Medicine Administration office, Building 1-South, 1000 W. Carson Street, Torrance
  • Parking: Lot 7 (visitor parking). Give the attendant your name; it has been prepaid.
  • Attire: business casual is completely fine. Wear comfortable shoes for the department tour.
  • Breakfast and lunch will be provided.
  • Wednesday evening social: 7:00 PM at Gaslamp Restaurant in Long Beach – residents only, no faculty.

If anything comes up, text me at (310) 555-0147.

See you soon!
Natalie Ochoa
Residency Program Coordinator
Department of Emergency Medicine, Harbor-UCLA Medical Center
"""
add("b17-rem-email-harborucla-em.eml",
    dict(kind="reminder", program="Harbor-UCLA Medical Center", platform="email", specialty="Emergency Medicine",
         format="in_person", interview_dates=["2026-12-10"]),
    "Natalie Ochoa <NOchoa2@dhs.lacounty.gov>",
    "We are excited to host you Thursday! – Harbor-UCLA EM",
    "2026-12-07 16:31:08 -0800", text, cte="quoted-printable")

# Rm3 Virginia Mason prelim IM / Teams details
text = """Dear Maren,

This is a friendly reminder of your virtual interview with the Virginia Mason Medical Center Internal Medicine Residency (Preliminary track) on Monday, January 4, 2027, beginning at 7:30 AM Pacific.

Your itinerary is attached below. Please join the welcome session a few minutes early.

7:30 – 8:00   Welcome and program overview (Program Director)
8:00 – 9:30   Interviews (three 25-minute sessions, breakout rooms)
9:30 – 10:30  Virtual tour and resident Q&A
10:30 – 12:00 Morning report with current residents

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZjY1YzItZTA5Ni00ZmM0LWE2NDQtZDY2MWY1OGQ4ZjIw%40thread.v2/0?context=%7b%22Tid%22%3a%2207a1f5c4%22%7d>
Meeting ID: 235 118 604 772
Passcode: q7Xb2N
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
________________________________________________________________________________

Kind regards,
Graduate Medical Education – Internal Medicine
Virginia Mason Medical Center
"""
add("b17-rem-teams-vm-imprelim.eml",
    dict(kind="reminder", program="Virginia Mason Medical Center", platform="email", specialty="Internal Medicine",
         track="preliminary", format="virtual", interview_dates=["2027-01-04"]),
    "VMMC IM Residency <IMresidency@virginiamason.org>",
    "Reminder: VMMC Internal Medicine Interview – Monday 1/4/2027",
    "2026-12-30 10:05:44 -0800", text, cte="quoted-printable")

# Rm4 OHSU Anesthesiology / Interview Broker reminder
text = f"""Dear Maren Okafor,

This is a reminder of your upcoming interview:

Program: Oregon Health & Science University - Anesthesiology
Date: {wd("2026-12-07")}, {mdy("2026-12-07")}
Check-in: 7:15 AM Pacific
Format: Virtual

Please contact the program if you have questions about your interview day.

Interview Broker
"""
add("b17-rem-ib-ohsu-anes.eml",
    dict(kind="reminder", program="Oregon Health & Science University", platform="interview_broker",
         specialty="Anesthesiology", format="virtual", interview_dates=["2026-12-07"]),
    "Interview Broker <notifications@interviewbroker.com>",
    "Interview Reminder - Oregon Health & Science University - Anesthesiology",
    "2026-12-04 15:00:11 +0000", text, ib_html(paras(text)))

# Rm5 Denver Health EM / ERAS reminder
text = f"""Dear Maren Okafor,

This is a reminder that you are scheduled to interview with:

Denver Health Medical Center Program - Emergency Medicine - Categorical
{longd("2026-12-10")}, 7:30 AM - 2:30 PM MT
In person - 777 Bannock St, Denver, CO 80204

To view your interview details, sign in to MyERAS: https://apps.aamc.org/myeras-web/#/landing/interviews

Please do not reply to this automated message.
"""
add("b17-rem-eras-denverhealth-em.eml",
    dict(kind="reminder", program="Denver Health Medical Center", platform="eras", specialty="Emergency Medicine",
         track="categorical", format="in_person", interview_dates=["2026-12-10"]),
    "ERAS Interview Scheduling <erasnoreply@aamc.org>",
    "ERAS: Upcoming Interview Reminder - Denver Health Medical Center Program",
    "2026-12-07 09:00:00 -0500", text,
    eras_html("Upcoming Interview Reminder", paras(text)))

# Rm6 UNM Neurology / itinerary with Zoom
text = """Hi Maren,

Looking forward to Friday! Attached below is your itinerary for the UNM Neurology interview day on 12/4. Zoom link is the same as before:

https://unm.zoom.us/j/94837261054?pwd=Vk5vUmZ0dHpHS2xBcGRyZkZyNHJpZz09
Meeting ID: 948 3726 1054 / Passcode: 417205

7:45  Log on / tech check
8:00  Welcome – Dr. Yazzie (Program Director)
8:30  Faculty interview #1 – Dr. Benavidez
9:00  Faculty interview #2 – Dr. Greenleaf
9:30  Chief resident interview
10:00 Break
10:15 Virtual tour: UNM Hospital, Comprehensive Stroke Center, Raymond G. Murphy VA
11:00 Lunch with residents (we're sending you a GrubHub code!)
12:30 Closing remarks

Dee

Delfina "Dee" Archuleta
Residency Program Coordinator, Neurology
University of New Mexico School of Medicine | Department of Neurology
"""
add("b17-rem-zoom-unm-neuro.eml",
    dict(kind="reminder", program="University of New Mexico School of Medicine", platform="email", specialty="Neurology",
         format="virtual", interview_dates=["2026-12-04"]),
    "Delfina Archuleta <DArchuleta@salud.unm.edu>",
    "Itinerary - UNM Neurology Friday 12/4",
    "2026-11-30 13:40:55 -0700", text)

# Rm7 KP LAMC TY / base64 reminder
text = f"""Dear Maren Okafor,

We look forward to seeing you (virtually!) next week for your interview with the Kaiser Permanente Los Angeles Medical Center Transitional Year Residency.

Date: {longd("2026-11-17")}
Time: 8:00 AM – 12:30 PM Pacific Time
Platform: Microsoft Teams – the meeting link will be sent the day before

Please have a quiet space and a stable internet connection. Feel free to reach out with any questions.

Sincerely,
Transitional Year Residency Program
Kaiser Permanente Los Angeles Medical Center
4867 Sunset Blvd, Los Angeles, CA 90027
"""
add("b17-rem-email-kplamc-ty.eml",
    dict(kind="reminder", program="Kaiser Permanente Los Angeles Medical Center", platform="email",
         specialty="Transitional Year", track="transitional", format="virtual", interview_dates=["2026-11-17"]),
    "KP LAMC Transitional Year <LAMC-TY-Residency@kp.org>",
    "Upcoming Interview – KP LAMC Transitional Year",
    "2026-11-10 12:00:19 -0800", text, cte="base64")

# Rm8 Mayo AZ / Calendly reminder (platform other)
text = """Hi Maren Okafor,

This is a friendly reminder that your Anesthesiology Residency Interview Day with Mayo Clinic Arizona Anesthesiology Residency is at 07:00am (Arizona Time) on Monday, November 16, 2026.

Location: Mayo Clinic Hospital, 5777 E Mayo Blvd, Phoenix, AZ 85054 (Specialty Building, 2nd floor)

Need to make changes?
Reschedule: https://calendly.com/reschedulings/4c1e2b9a-77d0-4b2e-9f1d-a1e3c5d7f901
Cancel: https://calendly.com/cancellations/4c1e2b9a-77d0-4b2e-9f1d-a1e3c5d7f901

Powered by Calendly.com
"""
add("b17-rem-cal-mayoaz-anes.eml",
    dict(kind="reminder", program="Mayo Clinic Arizona", platform="other", specialty="Anesthesiology",
         format="in_person", interview_dates=["2026-11-16"]),
    "Calendly <notifications@calendly.com>",
    "Reminder: Anesthesiology Residency Interview Day with Mayo Clinic Arizona Anesthesiology Residency is tomorrow",
    "2026-11-15 14:00:03 +0000", text)

# ================================================================ CANCELLATION
# C1 Utah Psychiatry / coordinator confirms applicant's own cancellation
appl = """Dear Ms. Andersen,

I hope you are well. After a lot of thought, I have decided to withdraw from my interview on Friday, December 4. I'm very grateful for the invitation and wanted to give you enough notice to offer the spot to another applicant.

Thank you,
Maren Okafor"""
text = f"""Hi Maren,

Thank you for letting us know, and for giving us plenty of notice. I have cancelled your interview for Friday, December 4, 2026 and released the slot to an applicant on our waitlist.

We wish you the very best in the Match!

Kelsey Andersen
Residency Program Coordinator
Psychiatry Residency Training Program | Huntsman Mental Health Institute | University of Utah Health

On Sun, Nov 22, 2026 at 7:03 PM Maren Okafor <{APPLICANT_EMAIL}> wrote:
{quote(appl)}
"""
add("b17-can-email-uutah-psych.eml",
    dict(kind="cancellation", program="University of Utah Health", platform="email", specialty="Psychiatry",
         interview_dates=["2026-12-04"]),
    "Kelsey Andersen <psychiatry.residency@hsc.utah.edu>",
    "RE: Interview withdrawal - Maren Okafor (12/4)",
    "2026-11-23 08:26:14 -0700", text, in_reply_to="<CAJ7x2KtUtahPsych@mail.gmail.com>")

# C2 Cedars Anesthesiology / Thalamus cancellation (applicant cancelled)
text = f"""Hello Maren,

Your interview has been cancelled.

Program: Cedars-Sinai Medical Center - Anesthesiology
Date: {longd("2026-12-18")}
Cancelled by: You

If this was a mistake, please contact the program directly.
""" + thalamus_footer_text()
add("b17-can-thal-cedars-anes.eml",
    dict(kind="cancellation", program="Cedars-Sinai Medical Center", platform="thalamus", specialty="Anesthesiology",
         interview_dates=["2026-12-18"]),
    '"Thalamus" <no-reply@thalamusgme.com>',
    "Interview Cancelled: Cedars-Sinai Medical Center - Anesthesiology",
    "2026-11-24 04:12:39 +0000", text,
    thalamus_html("Interview Cancelled", paras(text.split("\n--\n")[0])))

# C3 Kern EM / program cancels interview day
text = """Dear Maren,

I am so sorry to send this message. Due to a scheduled accreditation site visit that was just moved onto our calendar, we have to cancel our interview day on Wednesday, January 13, 2027. This means your interview with Kern Medical Emergency Medicine on that day is cancelled.

We truly value your interest in our program. Our Program Director is working on options and I will follow up with you separately within the next few days about whether we can offer another date.

Again, my sincere apologies for the inconvenience.

Gloria Ybarra
Program Coordinator, Emergency Medicine Residency
Kern Medical | 1700 Mount Vernon Ave, Bakersfield, CA 93306
"""
add("b17-can-email-kern-em.eml",
    dict(kind="cancellation", program="Kern Medical", platform="email", specialty="Emergency Medicine",
         interview_dates=["2027-01-13"]),
    "Gloria Ybarra <Gloria.Ybarra@kernmedical.com>",
    "IMPORTANT: Kern Medical EM interview day 1/13 cancelled",
    "2027-01-05 09:14:48 -0800", text, headers=[("Importance", "high"), ("X-Priority", "1")])

# C4 UC Davis PM&R / Interview Broker cancellation (applicant cancelled)
text = f"""Dear Maren Okafor,

Your interview with University of California, Davis Health - Physical Medicine and Rehabilitation on {wd("2026-12-16")}, {mdy("2026-12-16")} has been cancelled at your request.

If you would like to reschedule, please log in to Interview Broker to see if other dates are available.

Interview Broker
"""
add("b17-can-ib-ucdavis-pmr.eml",
    dict(kind="cancellation", program="University of California, Davis Health", platform="interview_broker",
         specialty="Physical Medicine and Rehabilitation", interview_dates=["2026-12-16"]),
    "Interview Broker <notifications@interviewbroker.com>",
    "Interview Cancellation - University of California, Davis Health - Physical Medicine and Rehabilitation",
    "2026-12-02 05:51:30 +0000", text, ib_html(paras(text)))

# C5 LAC+USC EM / ERAS cancellation
text = f"""Dear Maren Okafor,

Your interview with the following program has been cancelled:

Program: LAC+USC Medical Center Program - Emergency Medicine
Session: {mdy("2027-01-05")} 7:00 AM - 3:00 PM PT
Cancelled by: Applicant
Cancelled on: 12/12/2026

Please do not reply to this automated message.
"""
add("b17-can-eras-lacusc-em.eml",
    dict(kind="cancellation", program="LAC+USC Medical Center", platform="eras", specialty="Emergency Medicine",
         interview_dates=["2027-01-05"]),
    "ERAS Interview Scheduling <erasnoreply@aamc.org>",
    "ERAS: Interview Cancelled - LAC+USC Medical Center Program",
    "2026-12-12 19:22:06 -0500", text)

# C6 UC Irvine PM&R / coordinator acknowledges decline of invitation
appl = """Hello,

Thank you very much for the invitation to interview with UCI PM&R. After reviewing my schedule, I must respectfully decline so that another applicant may have the opportunity. I truly appreciate your consideration.

Sincerely,
Maren Okafor"""
text = f"""Dear Maren,

Thank you for letting us know. We have withdrawn your invitation and removed you from our interview list. We wish you the best of luck this interview season!

UCI PM&R Residency Program
University of California, Irvine

-------- Original message --------
From: Maren Okafor <{APPLICANT_EMAIL}>
Date: 11/6/26 9:10 PM (GMT-07:00)
To: UCI PM&R Residency <pmr-residency@hs.uci.edu>
Subject: Re: UC Irvine PM&R Residency Interview Invitation

{appl}
"""
add("b17-can-email-uci-pmr.eml",
    dict(kind="cancellation", program="University of California, Irvine", platform="email",
         specialty="Physical Medicine and Rehabilitation"),
    "UCI PM&R Residency <pmr-residency@hs.uci.edu>",
    "RE: UC Irvine PM&R Residency Interview Invitation",
    "2026-11-09 10:03:27 -0800", text, in_reply_to="<CAJ7x2KuUCIpmr@mail.gmail.com>")
