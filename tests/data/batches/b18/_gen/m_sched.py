"""Scheduled (9), reminder (8) and cancellation (6) mails of batch b18."""
from lib import *
from m_inv import S, ENT, IR, MP, CN, TY

CAL_FROM = "Calendly <notifications@calendly.com>"


def msgs():
    out = []
    eras_url = "https://apps.aamc.org/myeras-web/#/landing/interviews"

    # ================= scheduled =================
    # s1 Thalamus UTSW GS
    d = "2026-12-04"
    date = T(2026, 10, 14, 15, 40, 27, 0)
    manage = "https://app.thalamusgme.com/applicant/interviews/3d9f1b62-8c4e-4a7f-b1d3-6e2a90c5f718"
    text = f"""Hi Nadia,

Your interview has been scheduled.

Program: UT Southwestern Medical Center - Surgery (Categorical)
Date: {long(d)}
Time: 7:00 AM - 1:30 PM CST
Interview type: Virtual

Your virtual interview will take place in the Thalamus video platform. A join button will be
available on your Thalamus calendar 30 minutes before the start time.

View interview: {manage}

{THAL_FOOT_TXT}
"""
    html = thal_html("Interview scheduled", ["Hi Nadia,", "Your interview has been scheduled."],
                     [("Program", "UT Southwestern Medical Center - Surgery (Categorical)"), ("Date", long(d)),
                      ("Time", "7:00 AM - 1:30 PM CST"), ("Interview type", "Virtual")], "View Interview", manage,
                     ["A join button will be available on your Thalamus calendar 30 minutes before the start time."])
    out.append(("b18-sch-thal-utsw-gs.eml",
                L("scheduled", "UT Southwestern Medical Center", "thalamus", S, "categorical", "virtual", [d]),
                build(THAL_FROM, ME, "Interview Scheduled: UT Southwestern Medical Center", date,
                      "<0100018f2a9e0b71-utsw-gs-sched@email.thalamusgme.com>", text, html)))

    # s2 Interview Broker VUMC IR
    d = "2026-12-09"
    date = T(2026, 10, 27, 17, 2, 44, 0)
    zoom = "https://vumc.zoom.us/j/93817264051?pwd=SVJpbnRlcnZpZXcyMDI3"
    text = f"""Interview Confirmation - Vanderbilt University Medical Center

Dear Nadia,

You are confirmed for an interview with Vanderbilt University Medical Center - Interventional
Radiology (Integrated).

Date: {long(d)}
Time: 7:45 AM - 2:00 PM (Central Time)
Location: Zoom
Join: {zoom}
Meeting ID: 938 1726 4051   Passcode: 722154

You can view, reschedule or cancel this interview from your Interview Broker account until
72 hours before the session.

This is an automated message from Interview Broker on behalf of the program listed above.
"""
    html = ib_html("Interview Confirmation", ["Dear Nadia,",
                   "You are confirmed for an interview with <b>Vanderbilt University Medical Center - Interventional Radiology (Integrated)</b>."],
                   [("Date", long(d)), ("Time", "7:45 AM - 2:00 PM (Central Time)"), ("Location", "Zoom"),
                    ("Join", f"<a href='{zoom}'>{zoom}</a>"), ("Meeting ID", "938 1726 4051"), ("Passcode", "722154")],
                   after=["You can view, reschedule or cancel this interview from your Interview Broker account until 72 hours before the session."])
    out.append(("b18-sch-ib-vumc-ir.eml",
                L("scheduled", "Vanderbilt University Medical Center", "interview_broker", IR, None, "virtual", [d]),
                build(IB_FROM, ME, "Interview Confirmation - Vanderbilt University Medical Center", date,
                      "<ib.conf.44718.9031@interviewbroker.com>", text, html)))

    # s3 ERAS UAMS ENT
    d = "2026-12-07"
    date = T(2026, 10, 21, 13, 12, 9, -4)
    text = f"""Dear Nadia Kowalczyk,

Your interview has been scheduled through the ERAS Interview Scheduling feature.

Program: University of Arkansas for Medical Sciences (UAMS) College of Medicine Program
Program Number: 2800421081
Specialty: Otolaryngology - Head and Neck Surgery
Status: Scheduled

Interview date: {num2(d)} ({wd(d)})
Time: 7:00 AM - 3:30 PM CT
Format: In-Person

You may view or cancel your interview in MyERAS. Changes are not permitted after the Freeze
Date (11/20/2026).

Please do not reply to this email. This mailbox is not monitored.
Electronic Residency Application Service (ERAS) | Association of American Medical Colleges
"""
    out.append(("b18-sch-eras-uams-ent.eml",
                L("scheduled", "University of Arkansas for Medical Sciences (UAMS) College of Medicine", "eras", ENT,
                  None, "in_person", [d]),
                build(ERAS_FROM, ME, "ERAS Interview Scheduled", date,
                      "<eras.sched.2800421081.16389214.2@aamc.org>", text, text_cte="7bit")))

    # s4 Tulane Med-Peds confirmation in Gmail thread (quoted original lists 3 days)
    d = "2026-12-11"
    date = T(2026, 10, 23, 9, 5, 51, -5)
    orig_inv = """Hi Nadia,

Thank you for applying to the Tulane Internal Medicine-Pediatrics residency. Our faculty really
enjoyed reading your application and we would like to meet you!

Please reply to this email with your first and second choice from the days below:

  - Friday, November 20
  - Friday, December 11
  - Friday, January 15, 2027

We ask that you get back to us within three business days.

Warmly,
Brianne Thibodeaux"""
    mine = f"""Hi Ms. Thibodeaux,

Thank you so much! My first choice would be Friday, December 11 and my second choice Friday,
January 15.

Best,
Nadia

On Thu, Oct 22, 2026 at 10:14 AM Brianne Thibodeaux <bthibodeaux@tulane.edu> wrote:
{gmail_quote(orig_inv)}"""
    text = f"""Hi Nadia,

You're all set for Friday, December 11! The Zoom link and the day's schedule will come about a
week ahead. Our residents are hosting an optional virtual happy hour the evening before
(Thursday, December 10, 6 PM Central) - more on that soon.

Warmly,
Brianne

Brianne Thibodeaux
Program Coordinator, Internal Medicine-Pediatrics Residency
Tulane University School of Medicine

On Fri, Oct 23, 2026 at 7:41 AM Nadia Kowalczyk <{APPLICANT_EMAIL}> wrote:
{gmail_quote(mine)}
"""
    out.append(("b18-sch-email-tulane-medpeds.eml",
                L("scheduled", "Tulane University School of Medicine", "email", MP, None, "virtual", [d]),
                build("Brianne Thibodeaux <bthibodeaux@tulane.edu>", ME, "Re: Tulane Med-Peds \u2013 interview days",
                      date, "<CAF7k2mT9tulaneMP1023@mail.gmail.com>", text,
                      headers=[("In-Reply-To", "<CAMn5tYk0nadia1023@mail.gmail.com>")])))

    # s5 Calendly confirmation LSU ENT (+ .ics)
    d = "2026-12-17"
    date = T(2026, 11, 2, 9, 14, 38, -6)
    resched = "https://calendly.com/reschedulings/7f3e2a10-lsuhno-ent-b18"
    cancel = "https://calendly.com/cancellations/7f3e2a10-lsuhno-ent-b18"
    text = f"""Hi Nadia Kowalczyk,

A new event has been scheduled.

Event Type:
LSU Health New Orleans ENT Residency Interview

Invitee:
Nadia Kowalczyk

Event Date/Time:
08:00am - 01:00pm (Central Time - US & Canada) on {long(d)}

Location:
This is a Zoom web conference. Join: https://lsuhsc.zoom.us/j/81592736401

Questions:
Preferred name: Nadia

Need to make changes to this event?
Cancel: {cancel}
Reschedule: {resched}

Powered by Calendly.com
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
<p>Hi Nadia Kowalczyk,</p><p>A new event has been scheduled.</p>
<p><b>Event Type:</b><br>LSU Health New Orleans ENT Residency Interview</p>
<p><b>Invitee:</b><br>Nadia Kowalczyk</p>
<p><b>Event Date/Time:</b><br>08:00am - 01:00pm (Central Time - US &amp; Canada) on {long(d)}</p>
<p><b>Location:</b><br>This is a Zoom web conference. <a href="https://lsuhsc.zoom.us/j/81592736401">Join</a></p>
<p><a href="{cancel}">Cancel</a> | <a href="{resched}">Reschedule</a></p>
<p style="color:#888;font-size:12px">Powered by Calendly.com</p></body></html>
"""
    cal = ics("lsuhno-ent-7f3e2a10@calendly.com", "LSU Health New Orleans ENT Residency Interview",
              "20261217T080000", "20261217T130000", "America/Chicago", "https://lsuhsc.zoom.us/j/81592736401",
              "Residency interview day (virtual)", "Danielle Fontenot:mailto:dfonte@lsuhsc.edu")
    out.append(("b18-sch-cal-lsu-ent.eml",
                L("scheduled", "LSU Health New Orleans", "other", ENT, None, "virtual", [d]),
                build(CAL_FROM, ME,
                      f"Confirmed: LSU Health New Orleans ENT Residency Interview with Danielle Fontenot on {long(d)}",
                      date, "<calendly.7f3e2a10.confirm@calendly.com>", text, html,
                      attachments=[("invite.ics", cal, "text/calendar")])))

    # s6 Ochsner GS reschedule Dec 8 -> Dec 15 (new day only)
    d = "2026-12-15"
    date = T(2026, 11, 20, 14, 10, 33, -6)
    text = f"""Dear Ms. Kowalczyk,

Because of an unavoidable conflict with our ACGME site visit, we need to move your interview
from Tuesday, December 8 to {wmd(d)}. Your new interview day is {long(d)}, in person at
1514 Jefferson Highway. The resident social moves with it, to Monday, December 14.

Your hotel reservation under the Ochsner rate has been updated by our office; you do not need
to do anything. If the new day does not work for you, please reply and we will find an
alternative.

We apologize for the inconvenience.

Geneviève Robichaux
Residency Coordinator, General Surgery
Ochsner Clinic Foundation | 1514 Jefferson Highway | New Orleans, LA 70121
"""
    out.append(("b18-sch-email-ochsner-gs.eml",
                L("scheduled", "Ochsner Clinic Foundation", "email", S, None, "in_person", [d]),
                build("Robichaux, Geneviève <gwen.robichaux@ochsner.org>", ME,
                      "Change to your interview date \u2013 Ochsner General Surgery", date,
                      "<BN8PR04MB6211.grobichaux.1120@namprd04.prod.outlook.com>", text)))

    # s7 Thalamus VUMC Med-Peds scheduled (claimed waitlist spot)
    d = "2027-01-12"
    date = T(2026, 12, 18, 21, 16, 5, 0)
    manage = "https://app.thalamusgme.com/applicant/interviews/5e2d8c41-97ab-4f10-b3c6-d81f0a6e7b29"
    text = f"""Hi Nadia,

Your interview has been scheduled.

Program: Vanderbilt University Medical Center - Internal Medicine-Pediatrics
Date: {long(d)}
Time: 8:00 AM - 1:00 PM CST
Interview type: Virtual

View interview: {manage}

{THAL_FOOT_TXT}
"""
    html = thal_html("Interview scheduled", ["Hi Nadia,", "Your interview has been scheduled."],
                     [("Program", "Vanderbilt University Medical Center - Internal Medicine-Pediatrics"), ("Date", long(d)),
                      ("Time", "8:00 AM - 1:00 PM CST"), ("Interview type", "Virtual")], "View Interview", manage)
    out.append(("b18-sch-thal-vumc-medpeds.eml",
                L("scheduled", "Vanderbilt University Medical Center", "thalamus", MP, None, "virtual", [d]),
                build(THAL_FROM, ME, "Interview Scheduled: Vanderbilt University Medical Center", date,
                      "<0100018fe41c2a05-vumc-medpeds-sched@email.thalamusgme.com>", text, html)))

    # s8 UTHealth Child Neuro confirmation with Zoom details
    d = "2027-01-06"
    date = T(2026, 10, 30, 11, 25, 17, -5)
    text = f"""Dear Nadia,

Thank you for submitting your date selection. Your virtual interview with the Child Neurology
Residency at McGovern Medical School at UTHealth Houston is confirmed for:

    {long(d)}, 8:00 AM - 12:30 PM Central

Join Zoom Meeting
https://uthealth.zoom.us/j/96021847730?pwd=Q2hpbGROZXVybzIwMjc
Meeting ID: 960 2184 7730
Passcode: 445190

A detailed itinerary with your faculty interviewers will be sent the week before.

Best wishes,
Gabriela Ochoa, MBA
Program Coordinator | Child Neurology Residency
McGovern Medical School at UTHealth Houston
"""
    out.append(("b18-sch-zoom-uthealth-childneuro.eml",
                L("scheduled", "McGovern Medical School at UTHealth Houston", "email", CN, None, "virtual", [d]),
                build("Ochoa, Gabriela <Gabriela.Ochoa@uth.tmc.edu>", ME,
                      "Interview Confirmation \u2013 UTHealth Houston Child Neurology", date,
                      "<PH0PR10MB5560.gochoa.1030@namprd10.prod.outlook.com>", text)))

    # s9 BCM GS confirmation
    d = "2027-01-14"
    date = T(2026, 10, 16, 15, 31, 2, -5)
    text = f"""Dear Nadia,

Thank you for your prompt response. This confirms your virtual interview with the General
Surgery Residency Program at Baylor College of Medicine on {long(d)}.

The day begins at 7:00 AM CT with a welcome from our Program Director, followed by faculty
interviews and a resident panel; we expect to finish around 1:00 PM. You will receive the Zoom
link and your personal itinerary one week prior.

We look forward to meeting you!

Carla Nguyen
Residency Program Coordinator
Michael E. DeBakey Department of Surgery
Baylor College of Medicine
"""
    out.append(("b18-sch-email-bcm-gs.eml",
                L("scheduled", "Baylor College of Medicine", "email", S, None, "virtual", [d]),
                build("Nguyen, Carla <carla.nguyen@bcm.edu>", ME, "BCM General Surgery \u2013 Interview Confirmation",
                      date, "<BY5PR05MB7140.cnguyen.1016@namprd05.prod.outlook.com>", text, text_cte="base64")))

    # ================= reminders =================
    # m1 Thalamus UTSW GS
    d = "2026-12-04"
    date = T(2026, 12, 2, 14, 0, 0, 0)
    manage = "https://app.thalamusgme.com/applicant/interviews/3d9f1b62-8c4e-4a7f-b1d3-6e2a90c5f718"
    text = f"""Hi Nadia,

This is a reminder of your upcoming interview.

Program: UT Southwestern Medical Center - Surgery (Categorical)
Date: {long(d)}
Time: 7:00 AM CST
Interview type: Virtual

Please log in 15 minutes early and test your camera and microphone.

View interview: {manage}

{THAL_FOOT_TXT}
"""
    html = thal_html("Upcoming interview reminder", ["Hi Nadia,", "This is a reminder of your upcoming interview."],
                     [("Program", "UT Southwestern Medical Center - Surgery (Categorical)"), ("Date", long(d)),
                      ("Time", "7:00 AM CST"), ("Interview type", "Virtual")], "View Interview", manage)
    out.append(("b18-rem-thal-utsw-gs.eml",
                L("reminder", "UT Southwestern Medical Center", "thalamus", S, "categorical", "virtual", [d]),
                build(THAL_FROM, ME, "Reminder: Upcoming interview with UT Southwestern Medical Center", date,
                      "<0100018fa0c1de44-utsw-gs-rem@email.thalamusgme.com>", text, html)))

    # m2 Interview Broker VUMC IR
    d = "2026-12-09"
    date = T(2026, 12, 7, 15, 0, 12, 0)
    zoom = "https://vumc.zoom.us/j/93817264051?pwd=SVJpbnRlcnZpZXcyMDI3"
    text = f"""Interview Reminder - Vanderbilt University Medical Center

Dear Nadia,

This is a reminder that your interview with Vanderbilt University Medical Center -
Interventional Radiology (Integrated) is in 2 days.

Date: {long(d)}
Time: 7:45 AM - 2:00 PM (Central Time)
Join: {zoom}

This is an automated message from Interview Broker on behalf of the program listed above.
"""
    html = ib_html("Interview Reminder", ["Dear Nadia,",
                   "This is a reminder that your interview with <b>Vanderbilt University Medical Center - Interventional Radiology (Integrated)</b> is in 2 days."],
                   [("Date", long(d)), ("Time", "7:45 AM - 2:00 PM (Central Time)"), ("Join", f"<a href='{zoom}'>Zoom</a>")])
    out.append(("b18-rem-ib-vumc-ir.eml",
                L("reminder", "Vanderbilt University Medical Center", "interview_broker", IR, None, "virtual", [d]),
                build(IB_FROM, ME, "Interview Reminder - Vanderbilt University Medical Center", date,
                      "<ib.rem.44718.9577@interviewbroker.com>", text, html)))

    # m3 Ochsner GS "excited to host you"
    d = "2026-12-15"
    date = T(2026, 12, 10, 16, 45, 20, -6)
    html = f"""<html><body style="font-family:Georgia,serif;font-size:14px">
<p>Dear Nadia,</p>
<p>We are so excited to host you on <b>{long(d)}</b>! Here is what to expect:</p>
<ul>
<li><b>Monday, December 14, 6:30 PM</b> &ndash; Resident social at Ochsner&rsquo;s Brennan room (casual dress)</li>
<li><b>Tuesday, 6:30 AM</b> &ndash; Check in at the Brent House Hotel lobby, 1512 Jefferson Highway; a resident will walk you over</li>
<li>7:00 AM &ndash; 2:00 PM &ndash; Interviews, tour of the main campus, lunch with residents</li>
</ul>
<p>Parking: Garage B, ticket validated at check-in. Business attire.</p>
<p>See you soon,<br>Geneviève Robichaux<br>Residency Coordinator, General Surgery<br>Ochsner Clinic Foundation</p>
</body></html>
"""
    text = f"""Dear Nadia,

We are so excited to host you on {long(d)}! Here is what to expect:

  * Monday, December 14, 6:30 PM - Resident social (casual dress)
  * Tuesday, 6:30 AM - Check in at the Brent House Hotel lobby, 1512 Jefferson Highway
  * 7:00 AM - 2:00 PM - Interviews, tour of the main campus, lunch with residents

Parking: Garage B, ticket validated at check-in. Business attire.

See you soon,
Geneviève Robichaux
Residency Coordinator, General Surgery
Ochsner Clinic Foundation
"""
    out.append(("b18-rem-email-ochsner-gs.eml",
                L("reminder", "Ochsner Clinic Foundation", "email", S, None, "in_person", [d]),
                build("Robichaux, Geneviève <gwen.robichaux@ochsner.org>", ME,
                      "We are excited to host you next Tuesday! \U0001F389", date,
                      "<BN8PR04MB6211.grobichaux.1210@namprd04.prod.outlook.com>", text, html)))

    # m4 ERAS UAMS ENT reminder
    d = "2026-12-07"
    date = T(2026, 12, 4, 8, 0, 0, -5)
    text = f"""Dear Nadia Kowalczyk,

This is a reminder of your upcoming interview scheduled through ERAS.

Program: University of Arkansas for Medical Sciences (UAMS) College of Medicine Program
Program Number: 2800421081
Interview date: {num2(d)} ({wd(d)})
Time: 7:00 AM - 3:30 PM CT
Format: In-Person

View details in MyERAS: {eras_url}

Please do not reply to this email. This mailbox is not monitored.
Electronic Residency Application Service (ERAS) | Association of American Medical Colleges
"""
    out.append(("b18-rem-eras-uams-ent.eml",
                L("reminder", "University of Arkansas for Medical Sciences (UAMS) College of Medicine", "eras", ENT,
                  None, "in_person", [d]),
                build(ERAS_FROM, ME, "ERAS Interview Reminder", date,
                      "<eras.sched.2800421081.16389214.3@aamc.org>", text, text_cte="7bit")))

    # m5 Calendly reminder LSU ENT
    d = "2026-12-17"
    date = T(2026, 12, 16, 8, 0, 3, -6)
    text = f"""Hi Nadia Kowalczyk,

This is a friendly reminder that your LSU Health New Orleans ENT Residency Interview with
Danielle Fontenot is at 08:00am (Central Time - US & Canada) on {long(d)}.

Location: https://lsuhsc.zoom.us/j/81592736401

Reschedule: https://calendly.com/reschedulings/7f3e2a10-lsuhno-ent-b18

Powered by Calendly.com
"""
    out.append(("b18-rem-cal-lsu-ent.eml",
                L("reminder", "LSU Health New Orleans", "other", ENT, None, "virtual", [d]),
                build(CAL_FROM, ME, "Reminder: LSU Health New Orleans ENT Residency Interview is tomorrow at 8:00am",
                      date, "<calendly.7f3e2a10.reminder@calendly.com>", text, text_cte="7bit")))

    # m6 KU Med-Peds Teams reminder
    d = "2026-12-03"
    date = T(2026, 11, 25, 10, 2, 41, -6)
    teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_S1VNZWRQZWRzMjAyNw%40thread.v2/0?context=%7b%22Tid%22%3a%22kumc%22%7d"
    text = f"""Hi Nadia,

Happy (almost) Thanksgiving! Your KU Med-Peds virtual interview is one week from tomorrow,
{long(d)}. Here is your Microsoft Teams link:

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{teams}>
Meeting ID: 284 117 930 552
Passcode: Jq7kX2
________________________________________________________________________________

Please join by 7:45 a.m. CT for a tech check. Your itinerary is attached.

Rock Chalk,
Megan O'Rourke
Program Coordinator | Med-Peds Residency
University of Kansas School of Medicine
"""
    out.append(("b18-rem-teams-ku-medpeds.eml",
                L("reminder", "University of Kansas School of Medicine", "email", MP, None, "virtual", [d]),
                build("Megan O'Rourke <morourke3@kumc.edu>", ME, f"Your KU Med-Peds interview on {mdnum(d)} \u2013 Teams link",
                      date, "<CAH9x8qKUmedpeds1125@mail.gmail.com>", text,
                      attachments=[("KU_MedPeds_Itinerary_Kowalczyk.txt",
                                    f"KU Med-Peds Interview Itinerary - {long(d)}\n07:45 Tech check\n08:00 Welcome (Dr. Hammond)\n"
                                    "08:30 Faculty interviews (3 x 20 min)\n10:00 Resident panel\n11:30 Closing\n", "text/plain")])))

    # m7 JPS TY reminder (in person)
    d = "2026-12-01"
    date = T(2026, 11, 30, 8, 15, 2, -6)
    text = f"""Good morning Nadia,

Just a reminder that we'll see you tomorrow, {long(d)}, for your Transitional Year interview!

Where: JPS Health Network, Trinity Springs Pavilion (East Building), 1500 S. Main St., Fort Worth
Check-in: 7:30 a.m., 2nd floor GME conference room
Parking: Visitor garage on Magnolia Ave.; bring your ticket for validation.

Call or text me at 817-555-0142 if anything comes up.

Yesenia Salazar
Transitional Year Program Coordinator
JPS Health Network | Graduate Medical Education
"""
    out.append(("b18-rem-email-jps-ty.eml",
                L("reminder", "JPS Health Network", "email", TY, "transitional", "in_person", [d]),
                build("Yesenia Salazar <ysalazar@jpshealth.org>", ME, "See you tomorrow! JPS TY interview", date,
                      "<CAJ3pQ7z9JPStyRem1130@mail.gmail.com>", text)))

    # m8 UTHealth Child Neuro Zoom reminder
    d = "2027-01-06"
    date = T(2027, 1, 4, 13, 10, 55, -6)
    text = f"""Dear Nadia,

We look forward to meeting you this {wd(d)}, {md(d)}! Below is your Zoom information and your
itinerary for the virtual interview day.

Join Zoom Meeting: https://uthealth.zoom.us/j/96021847730?pwd=Q2hpbGROZXVybzIwMjc
Meeting ID: 960 2184 7730   Passcode: 445190

  8:00  Welcome - Dr. Patel, Program Director
  8:30  Interview with Dr. Huang
  9:00  Interview with Dr. Villanueva
  9:45  Resident panel
 11:00  Virtual tour of Children's Memorial Hermann Hospital
 12:15  Closing remarks

Best wishes,
Gabriela Ochoa, MBA
Program Coordinator | Child Neurology Residency
McGovern Medical School at UTHealth Houston
"""
    out.append(("b18-rem-zoom-uthealth-childneuro.eml",
                L("reminder", "McGovern Medical School at UTHealth Houston", "email", CN, None, "virtual", [d]),
                build("Ochoa, Gabriela <Gabriela.Ochoa@uth.tmc.edu>", ME, "Itinerary & Zoom link \u2013 Wednesday interview",
                      date, "<PH0PR10MB5560.gochoa.0104@namprd10.prod.outlook.com>", text)))

    # ================= cancellations =================
    # c1 BCM GS: applicant's own withdrawal acknowledged (Outlook quote)
    d = "2027-01-14"
    date = T(2027, 1, 4, 10, 10, 44, -6)
    text = f"""Dear Nadia,

Thank you for letting us know. We have removed you from the {wmd(d)} interview day and your
interview has been cancelled. We wish you the very best in the Match.

Carla Nguyen
Residency Program Coordinator
Michael E. DeBakey Department of Surgery
Baylor College of Medicine

From: Nadia Kowalczyk <{APPLICANT_EMAIL}>
Sent: Sunday, January 3, 2027 6:12 PM
To: Nguyen, Carla <carla.nguyen@bcm.edu>
Subject: Withdrawal - General Surgery interview {num(d)}

Dear Ms. Nguyen,

After much reflection I have decided to withdraw from my General Surgery interview on
{long(d)}, so that another applicant can have the spot. Thank you very much for the
opportunity.

Sincerely,
Nadia Kowalczyk
AAMC ID {AAMC_ID}
"""
    out.append(("b18-can-email-bcm-gs.eml",
                L("cancellation", "Baylor College of Medicine", "email", S, None, None, [d]),
                build("Nguyen, Carla <carla.nguyen@bcm.edu>", ME,
                      f"RE: Withdrawal - General Surgery interview {num(d)}", date,
                      "<BY5PR05MB7140.cnguyen.0104@namprd05.prod.outlook.com>", text,
                      headers=[("In-Reply-To", "<CAMn5tYk0nadia0103@mail.gmail.com>")])))

    # c2 SLU Child Neuro: decline acknowledged, no date
    date = T(2026, 11, 11, 9, 2, 18, -6)
    text = f"""Hi Nadia,

Thank you for letting us know, and congratulations on your other opportunities. I have noted
that you are declining our interview invitation; no further action is needed on your part.
Best of luck this season!

Alicia Brandt
Residency Coordinator, Child Neurology
Saint Louis University School of Medicine

On Tue, Nov 10, 2026 at 9:47 PM Nadia Kowalczyk <{APPLICANT_EMAIL}> wrote:
> Dear Ms. Brandt,
>
> Thank you so much for the invitation to interview with SLU Child Neurology. After
> careful thought I must respectfully decline, as I have narrowed my applications in
> this specialty. I truly appreciate your consideration.
>
> Sincerely,
> Nadia Kowalczyk
"""
    out.append(("b18-can-email-slu-childneuro.eml",
                L("cancellation", "Saint Louis University School of Medicine", "email", CN),
                build("Alicia Brandt <alicia.brandt@health.slu.edu>", ME,
                      "Re: SLU Child Neurology \u2013 interview day", date,
                      "<MN2PR11MB4410.abrandt.1111@namprd11.prod.outlook.com>", text)))

    # c3 Thalamus OU Health ENT cancellation
    d = "2027-01-08"
    date = T(2026, 12, 20, 3, 12, 40, 0)
    text = f"""Hi Nadia,

Your interview has been cancelled.

Program: University of Oklahoma Health Sciences Center - Otolaryngology
Date: {long(d)}
Interview type: In-Person
Cancelled by: You

If this was a mistake, please contact the program directly.

{THAL_FOOT_TXT}
"""
    html = thal_html("Interview cancelled", ["Hi Nadia,", "Your interview has been cancelled."],
                     [("Program", "University of Oklahoma Health Sciences Center - Otolaryngology"), ("Date", long(d)),
                      ("Interview type", "In-Person"), ("Cancelled by", "You")],
                     after=["If this was a mistake, please contact the program directly."])
    out.append(("b18-can-thal-ouhealth-ent.eml",
                L("cancellation", "University of Oklahoma Health Sciences Center", "thalamus", ENT, None, "in_person",
                  [d]),
                build(THAL_FROM, ME, "Interview Cancelled", date,
                      "<0100018ff2b03e19-ouhealth-ent-can@email.thalamusgme.com>", text, html)))

    # c4 Houston Methodist IR: program cancels the Jan 5 session
    d = "2027-01-05"
    date = T(2026, 12, 16, 15, 48, 6, -6)
    text = f"""Hi Nadia,

I'm sorry to write with this news. Because of a departmental conflict we have had to cancel the
IR interview session on {wmd(d)}, including your interview. This is entirely on our end
and does not reflect on your application.

Dr. Kesler would still very much like to meet you. I will email you in the next few days with
alternative dates in mid-January.

My apologies for the inconvenience,
Lauren Whitaker
Residency Program Manager | Diagnostic & Interventional Radiology
Houston Methodist Hospital
"""
    out.append(("b18-can-email-methodist-ir.eml",
                L("cancellation", "Houston Methodist Hospital", "email", IR, None, None, [d]),
                build("Houston Methodist Radiology Residency <radiologyresidency@houstonmethodist.org>", ME,
                      f"IR interview {mdnum(d)} \u2013 cancelled", date,
                      "<MW4PR16MB5101.lwhitaker.1216@namprd16.prod.outlook.com>", text)))

    # c5 Interview Broker UTHSCSA ENT cancellation
    d = "2026-12-10"
    date = T(2026, 11, 24, 18, 20, 31, 0)
    prog = "The University of Texas Health Science Center at San Antonio"
    text = f"""Interview Cancelled - {prog}

Dear Nadia,

Your interview with {prog} - Otolaryngology has been cancelled.

Date: {long(d)}
Time: 7:30 AM - 3:00 PM (Central Time)
Cancelled by: Applicant

This is an automated message from Interview Broker on behalf of the program listed above.
"""
    html = ib_html("Interview Cancelled", ["Dear Nadia,", f"Your interview with <b>{prog} - Otolaryngology</b> has been cancelled."],
                   [("Date", long(d)), ("Time", "7:30 AM - 3:00 PM (Central Time)"), ("Cancelled by", "Applicant")])
    out.append(("b18-can-ib-uthscsa-ent.eml",
                L("cancellation", prog, "interview_broker", ENT, None, None, [d]),
                build(IB_FROM, ME, f"Interview Cancelled - {prog}", date,
                      "<ib.can.39120.2214@interviewbroker.com>", text, html)))

    # c6 ERAS UTMB Surgery Prelim cancellation by program
    d = "2027-01-20"
    date = T(2026, 12, 30, 10, 2, 19, -5)
    text = f"""Dear Nadia Kowalczyk,

The program listed below has cancelled your scheduled interview.

Program: University of Texas Medical Branch Hospitals Program
Program Number: 4404821166
Specialty: Surgery (Preliminary)
Cancelled interview: {num2(d)} ({wd(d)})

Message from the program:
We regret that we must cancel the January 20 virtual session because of a change in faculty
availability. We will contact affected applicants about an alternative date.

Please do not reply to this email. This mailbox is not monitored.
Electronic Residency Application Service (ERAS) | Association of American Medical Colleges
"""
    out.append(("b18-can-eras-utmb-gsprelim.eml",
                L("cancellation", "University of Texas Medical Branch Hospitals", "eras", S, "preliminary", "virtual",
                  [d]),
                build(ERAS_FROM, ME, "ERAS Interview Cancellation", date,
                      "<eras.sched.4404821166.16389214.4@aamc.org>", text, text_cte="7bit")))

    return out
