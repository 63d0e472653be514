from lib import *
from m_inv import THAL, THAL_FOOT, ERAS, IB

OUT = []


def add(fname, labels, msg):
    OUT.append((fname, labels, msg))

# =============================== SCHEDULED ===============================
# s1 Thalamus UIHC OB/GYN
h = dt("2026-10-07T21:14:50")
x = d("2026-11-13")
html = html_page(f"""
<p style="font-size:20px;font-weight:bold;color:#5b2c83;margin:0 0 16px;">thalamus</p>
<p>Hi Claire,</p>
<p>Your interview has been scheduled.</p>
<table cellpadding="6" style="border-collapse:collapse;background:#faf7fc;margin:8px 0 14px;">
<tr><td style="color:#666;">Program</td><td>University of Iowa Hospitals &amp; Clinics &ndash; Obstetrics and Gynecology</td></tr>
<tr><td style="color:#666;">Date</td><td>{long(x)}</td></tr>
<tr><td style="color:#666;">Time</td><td>8:00 AM &ndash; 2:30 PM CST</td></tr>
<tr><td style="color:#666;">Location</td><td>Virtual &ndash; the program will share the video link before your interview</td></tr></table>
<p>Add this interview to your calendar or manage it from your Thalamus dashboard.</p>
{button("https://app.thalamusgme.com/applicant/calendar", "View My Calendar", "#5b2c83")}
""", "Interview scheduled", THAL_FOOT)
add("b16-sch-thal-uiowa-obgyn.eml", dict(kind="scheduled", program="University of Iowa Hospitals & Clinics", platform="thalamus",
    specialty="Obstetrics and Gynecology", format="virtual", interview_dates=[str(x)]),
    build(THAL, "Interview Scheduled: University of Iowa Hospitals & Clinics", h, None, html, cte="qp"))

# s2 ERAS KUMC ortho
h = dt("2026-10-17T07:02:33")
text = """ERAS Interview Scheduling

Dear Claire Nwosu,

This email confirms that you have scheduled the following interview:

  Program:   University of Kansas Medical Center Program - Orthopaedic Surgery
  Date:      12/04/2026 (Friday)
  Time:      7:00 AM - 3:30 PM (Central Time)
  Type:      In Person
  Location:  Sudler Hall, 3901 Rainbow Blvd, Kansas City, KS 66160

To view, change, or cancel this interview, sign in to MyERAS and select Interviews.
https://apps.aamc.org/myeras-web/#/interviews

This is an automated message. Please do not reply.
Association of American Medical Colleges
"""
add("b16-sch-eras-kumc-ortho.eml", dict(kind="scheduled", program="University of Kansas Medical Center", platform="eras",
    specialty="Orthopaedic Surgery", format="in_person", interview_dates=["2026-12-04"]),
    build(ERAS, "ERAS Interview Scheduled - University of Kansas Medical Center Program", h, text, msgid_domain="aamc.org"))

# s3 IB WashU derm
h = dt("2026-10-28T08:03:17")
html = html_page(f"""
<p style="font-size:18px;color:#0b6e4f;font-weight:bold;margin:0 0 12px;">Interview Broker</p>
<p>Dear Claire,</p>
<p>Your interview is confirmed!</p>
<p><b>Washington University Dermatology Residency (PGY-2 Advanced)</b><br>
{long(d("2027-01-08"))}<br>8:30 AM &ndash; 2:00 PM Central<br>Virtual (Zoom link will be sent by the program)</p>
<p>Need to make a change? You can reschedule or cancel from your Interview Broker dashboard up to 7 days before the interview.</p>
""", "Interview confirmed", "Sent via Interview Broker on behalf of the program.")
add("b16-sch-ib-wustl-derm.eml", dict(kind="scheduled", program="Washington University School of Medicine in St. Louis", platform="interview_broker",
    specialty="Dermatology", track="advanced", format="virtual", interview_dates=["2027-01-08"]),
    build(IB, "Interview Confirmed: Washington University Dermatology", h, None, html, cte="qp"))

# s4 UNMC FM reply thread; quoted older dates
h = dt("2026-10-14T14:20:05")
text = f"""Hi Claire,

Perfect - you're all set for {wd_ord(d("2026-11-10"))}! I'll send the itinerary, parking pass, and building info the week before. The day starts at 7:45 am at the Durham Outpatient Center lobby and wraps up around 2:30.

Talk soon,
Jess

Jessica Kroeger
Program Coordinator | Family Medicine Residency
University of Nebraska Medical Center | Nebraska Medicine

From: Claire Nwosu <claire.nwosu.match27@gmail.com>
Sent: Wednesday, October 14, 2026 11:02 AM
To: Kroeger, Jessica <jessica.kroeger@unmc.edu>
Subject: Re: UNMC Family Medicine Residency - Interview Invitation

Hi Jess,

Thank you so much for the invitation! My first choice would be Tuesday, November 10th and my second choice Friday, December 11th.

Best,
Claire

On Wed, Oct 14, 2026 at 8:47 AM Kroeger, Jessica <jessica.kroeger@unmc.edu> wrote:
> Hi Claire,
>
> Thank you so much for applying to the UNMC Family Medicine Residency Program! ...
>
> Our remaining interview days are:
>
> Tuesday, November 10th
> Tuesday, November 17th
> Friday, December 11th
>
> Please reply to this email with your top 2 choices within 72 hours ...
"""
add("b16-sch-coord-unmc-fm.eml", dict(kind="scheduled", program="University of Nebraska Medical Center", platform="email",
    specialty="Family Medicine", format="in_person", interview_dates=["2026-11-10"]),
    build(addr("Kroeger, Jessica", "jessica.kroeger@unmc.edu"), "RE: UNMC Family Medicine Residency - Interview Invitation", h, text,
          in_reply_to="<CAK8nW2x+Qe1@mail.gmail.com>",
          references="<DM6PR19MB4012A1@unmc.edu> <CAK8nW2x+Qe1@mail.gmail.com>"))

# s5 MCW ortho: program moved the day
h = dt("2026-11-20T10:47:38")
text = """Dear Claire,

We hope you are doing well. Due to a scheduling conflict with a departmental accreditation site visit, we have had to move our interview day originally planned for Friday, December 11. Your interview has been moved to Friday, December 18, 2026.

Your itinerary will otherwise stay the same (in person at the Froedtert Hospital campus, check-in at 7:00 a.m. in the Orthopaedic Surgery office, Hub for Collaborative Medicine, 8th floor). The optional resident social will now be held Thursday, December 17, at 6:30 p.m.

If the new date does not work for you, please let us know as soon as possible and we will try to find an alternative. We apologize for the inconvenience.

Kind regards,

Amanda Wojcik
Residency Program Coordinator
Department of Orthopaedic Surgery
Medical College of Wisconsin | Froedtert & the Medical College of Wisconsin
8700 W. Watertown Plank Road, Milwaukee, WI 53226
"""
add("b16-sch-moved-mcw-ortho.eml", dict(kind="scheduled", program="Medical College of Wisconsin | Froedtert & the Medical College of Wisconsin",
    platform="email", specialty="Orthopaedic Surgery", format="in_person", interview_dates=["2026-12-18"]),
    build(addr("Wojcik, Amanda", "awojcik@mcw.edu"), "IMPORTANT: Change to your MCW Orthopaedic Surgery interview date", h, text))

# s6 Calendly confirmation (platform other)
h = dt("2026-10-17T19:41:02")
x = d("2026-11-11")
html = html_page(f"""
<p>Hi Claire Nwosu,</p>
<p>Your event has been scheduled.</p>
<p><b>Event Type:</b><br>OB/GYN Residency Interview Day</p>
<p><b>Event Date/Time:</b><br>08:00am - 03:00pm (Central Time - US &amp; Canada) on {long(x)}</p>
<p><b>Location:</b><br>This is a Zoom web conference.<br>Join: https://umsystem.zoom.us/j/93518820417</p>
<p><b>Invitee Time Zone:</b><br>Central Time - US &amp; Canada</p>
<p><a href="https://calendly.com/cancellations/4b1a2c77-2f0e-4c1e">Cancel</a> &nbsp;|&nbsp; <a href="https://calendly.com/reschedulings/4b1a2c77-2f0e-4c1e">Reschedule</a></p>
<p style="color:#888;font-size:12px;">Powered by Calendly.com</p>
""", "Your event has been scheduled", "Sent from Calendly on behalf of MU OB/GYN Residency")
add("b16-sch-calendly-mizzou-obgyn.eml", dict(kind="scheduled", program="University of Missouri School of Medicine / MU Health Care", platform="other",
    specialty="Obstetrics and Gynecology", format="virtual", interview_dates=[str(x)]),
    build(addr("Calendly", "notifications@calendly.com"),
          f"Confirmed: OB/GYN Residency Interview Day with MU OB/GYN Residency on {long(x)}", h, None, html, cte="qp",
          reply_to="obgynresidency@health.missouri.edu"))

# s7 Hennepin FM confirmation w/ Zoom
h = dt("2026-10-20T09:12:48")
x = d("2026-11-19")
text = f"""Hi Claire,

You're confirmed for {long_noyear(x)}! Here's your Zoom link for the day - it stays the same for all sessions:

https://hcmed.zoom.us/j/86341290557?pwd=Rk9wT3hEc2xWb1lKcXc

Meeting ID: 863 4129 0557
Passcode: FMR2027

Schedule (all times Central):
 8:00 - 8:30   Welcome & program overview
 8:30 - 10:30  Interviews (3 x 25 min)
 10:45 - 11:45 Resident Q&A
 12:00 - 1:00  Virtual tour of Whittier Clinic & wrap-up

See you then!
Mai

Mai Vang | Residency Program Coordinator
Hennepin Healthcare Family Medicine Residency
"""
add("b16-sch-coord-hennepin-fm.eml", dict(kind="scheduled", program="Hennepin Healthcare", platform="email",
    specialty="Family Medicine", format="virtual", interview_dates=[str(x)]),
    build(addr("Mai Vang", "mai.vang@hcmed.org"), "RE: Interview invitation - Hennepin Healthcare Family Medicine", h, text,
          in_reply_to="<CAK8nW2z0hm@mail.gmail.com>"))

# s8 Thalamus Northwestern derm scheduled
h = dt("2026-11-03T21:37:25")
text = """Hi Claire,

Your interview has been scheduled.

Program: McGaw Medical Center of Northwestern University - Dermatology (Advanced)
Date: Friday, January 15, 2027
Time: 9:00 AM - 3:00 PM CST
Location: Virtual

View on Thalamus: https://app.thalamusgme.com/applicant/calendar

-- Thalamus
You are receiving this email because you have an applicant account on Thalamus.
"""
add("b16-sch-thal-northwestern-derm.eml", dict(kind="scheduled", program="McGaw Medical Center of Northwestern University", platform="thalamus",
    specialty="Dermatology", track="advanced", format="virtual", interview_dates=["2027-01-15"]),
    build(THAL, "Interview Scheduled: McGaw Medical Center of Northwestern University", h, text))

# s9 Gundersen TY confirmation (dinner distractor)
h = dt("2026-10-22T08:55:12")
text = """Hi Claire,

Thank you for accepting our invitation - we have you confirmed for your Transitional Year interview on Monday, 11/16, starting at 7:30 AM in Medical Education (Level 3).

We've reserved a room for you at The Charmant Hotel in downtown La Crosse for Sunday night (11/15). Our current TY residents will be hosting a casual dinner that evening at 6:30 PM - totally optional, but a great way to meet everyone.

Safe travels, and let us know if you need anything!

Medical Education - Transitional Year
Gundersen Health System, La Crosse, WI
"""
add("b16-sch-coord-gundersen-ty.eml", dict(kind="scheduled", program="Gundersen Health System", platform="email",
    specialty="Transitional Year", track="transitional", format="in_person", interview_dates=["2026-11-16"]),
    build(addr("Medical Education - Transitional Year", "tyresidency@gundersenhealth.org"),
          "Accepted: Gundersen Transitional Year Interview - C. Nwosu", h, text))

# =============================== REMINDER ===============================
# m1 Thalamus reminder UIHC
h = dt("2026-11-11T08:00:00")
text = """Hi Claire,

This is a reminder that you have an upcoming interview.

University of Iowa Hospitals & Clinics - Obstetrics and Gynecology
Friday, November 13, 2026, 8:00 AM - 2:30 PM CST
Virtual

Join link (shared by the program): https://uiowa.zoom.us/j/98216473350

Good luck!
-- Thalamus
"""
add("b16-rem-thal-uiowa-obgyn.eml", dict(kind="reminder", program="University of Iowa Hospitals & Clinics", platform="thalamus",
    specialty="Obstetrics and Gynecology", format="virtual", interview_dates=["2026-11-13"]),
    build(THAL, "Reminder: Your interview with University of Iowa Hospitals & Clinics is in 2 days", h, text))

# m2 KUMC ortho itinerary "we are excited to host you"
h = dt("2026-11-30T14:28:19")
x = d("2026-12-04")
html = f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Claire,</p>
<p>We are excited to host you for your interview with the <b>University of Kansas Orthopaedic Surgery Residency Program</b> on <b>{long(x)}</b>! Please find your itinerary below.</p>
<p><b>Thursday evening (optional):</b> Resident social, 7:00 PM, Boulevard Brewing Co. Tours &amp; Rec Center, 2534 Madison Ave, Kansas City, MO.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10.5pt">
<tr style="background:#0051ba;color:#fff"><th>Time (CT)</th><th>Event</th><th>Location</th></tr>
<tr><td>6:45 AM</td><td>Check-in &amp; breakfast</td><td>Sudler Hall, Room 2004</td></tr>
<tr><td>7:15 AM</td><td>Welcome &ndash; Chair and Program Director</td><td>Sudler 2004</td></tr>
<tr><td>7:45 AM &ndash; 11:30 AM</td><td>Faculty interviews (6 &times; 20 min)</td><td>Sudler 3rd floor</td></tr>
<tr><td>11:45 AM</td><td>Lunch with residents</td><td>Sudler 2004</td></tr>
<tr><td>12:45 PM</td><td>Hospital &amp; skills lab tour</td><td>University of Kansas Hospital</td></tr>
<tr><td>3:30 PM</td><td>Closing remarks</td><td>Sudler 2004</td></tr></table>
<p>Parking: visitor garage on 39th &amp; Rainbow; bring your ticket for validation. Business attire.</p>
<p>Please call or text me at 913-588-xxxx if anything comes up the morning of.</p>
<p>See you Friday!<br>Trent Beckwith<br>Residency Coordinator, Orthopedic Surgery &amp; Sports Medicine<br>The University of Kansas Health System | KU Medical Center</p>
</body></html>""".replace("913-588-xxxx", "913-588-6751")
add("b16-rem-coord-kumc-ortho.eml", dict(kind="reminder", program="The University of Kansas Health System | KU Medical Center", platform="email",
    specialty="Orthopaedic Surgery", format="in_person", interview_dates=[str(x)]),
    build(addr("Trent Beckwith", "tbeckwith@kumc.edu"), "Interview Itinerary - KU Orthopaedic Surgery - Friday 12/4", h, None, html, html_cte="qp"))

# m3 WashU derm Zoom details day before
h = dt("2027-01-07T12:30:04")
text = """Hi Claire,

We're looking forward to meeting you tomorrow! Below is the Zoom information for your interview day with the WashU Dermatology Residency Program. Please log on by 8:15 AM Central so we can check your audio/video before the welcome session.

Join Zoom Meeting
https://wustl.zoom.us/j/94773018226?pwd=V2ZkSGRlcm1SZXMyMDI3

Meeting ID: 947 7301 8226
Passcode: 615283

Your breakout room assignments and faculty interviewers are listed in the attached schedule. If you have technical difficulties during the day, call 314-273-xxxx.

Best,
Grace Oduya
Residency Program Coordinator, Division of Dermatology
Washington University School of Medicine in St. Louis
""".replace("314-273-xxxx", "314-273-6622")
add("b16-rem-zoom-wustl-derm.eml", dict(kind="reminder", program="Washington University School of Medicine in St. Louis", platform="email",
    specialty="Dermatology", format="virtual", interview_dates=["2027-01-08"]),
    build(addr("Oduya, Grace", "g.oduya@wustl.edu"), "Zoom link for tomorrow - WashU Dermatology Interview", h, text,
          attachments=[pdf_stub("Nwosu_Interview_Schedule_01-08.pdf", "schedule")]))

# m4 Mayo path in-person itinerary
h = dt("2026-12-03T15:10:33")
x = d("2026-12-10")
text = f"""Dear Claire,

We look forward to welcoming you to Rochester next week for your interview on {long(x)}. Please review the details below.

LODGING
Your room is reserved at the Kahler Grand Hotel for Wednesday, December 9 (one night, billed to the department). Confirmation #: 87341192.

PRE-INTERVIEW DINNER (optional)
Wednesday, December 9, 6:30 p.m., residents only - meet in the Kahler lobby at 6:15 p.m.

INTERVIEW DAY - {long_noyear(x).upper()}
7:30 a.m.   Check-in, Hilton Building, 1st floor lobby (walk via the subway level from the hotel)
7:45 a.m.   Breakfast and program overview - Dr. Holmquist
8:45 a.m.   Faculty interviews (4)
11:00 a.m.  Laboratory tour
12:00 p.m.  Lunch with residents
1:30 p.m.   Closing Q&A; dismiss by 2:00 p.m.

Attire is business casual. Please bring a photo ID for your visitor badge.

Safe travels,
Kari Lindahl
Education Program Coordinator, Anatomic and Clinical Pathology Residency
Mayo Clinic, Rochester, MN
"""
add("b16-rem-coord-mayo-path.eml", dict(kind="reminder", program="Mayo Clinic", platform="email",
    specialty="Pathology-Anatomic and Clinical", format="in_person", interview_dates=[str(x)]),
    build(addr("Lindahl, Kari M.", "lindahl.kari@mayo.edu"), "Your Mayo Clinic AP/CP interview itinerary \u2013 Dec. 10",
          h, text, cte="qp", subj_enc="b"))

# m5 UNMC FM "see you tomorrow"
h = dt("2026-11-09T16:52:27")
text = """Hi Claire!

See you tomorrow! Quick reminders:

- Check in at 7:45 am in the Durham Outpatient Center (DOC) lobby, 4400 Emile St.
- Park in Garage #4 (the Lauritzen/visitor garage) - we'll validate.
- Dress is business casual and comfortable shoes for the clinic tour.
- My cell is 402-555-0186 if you get lost.

We're looking forward to meeting you in person!

Jess
"""
add("b16-rem-coord-unmc-fm.eml", dict(kind="reminder", program="University of Nebraska Medical Center", platform="email",
    specialty="Family Medicine", format="in_person", interview_dates=["2026-11-10"]),
    build(addr("Kroeger, Jessica", "jessica.kroeger@unmc.edu"), "See you tomorrow! UNMC FM interview", h, text))

# m6 ERAS IU peds reminder
h = dt("2026-11-16T07:00:00", ET)
text = """ERAS Interview Scheduling

Dear Claire Nwosu,

This is a reminder of your upcoming interview:

  Program:   Indiana University School of Medicine Program - Pediatrics
  Date:      11/18/2026 (Wednesday)
  Time:      8:00 AM (Eastern Time)
  Type:      Virtual

Virtual interview details provided by the program: the Zoom link will be sent from pedsres@iu.edu the day before.

To view or cancel this interview, sign in to MyERAS: https://apps.aamc.org/myeras-web/#/interviews

This is an automated message. Please do not reply.
"""
add("b16-rem-eras-iu-peds.eml", dict(kind="reminder", program="Indiana University School of Medicine", platform="eras",
    specialty="Pediatrics", format="virtual", interview_dates=["2026-11-18"]),
    build(ERAS, "ERAS Interview Reminder - Indiana University School of Medicine Program", h, text, msgid_domain="aamc.org"))

# m7 Cleveland Clinic Teams link
h = dt("2026-11-24T11:18:40", ET)
x = d("2026-12-02")
html = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Dear Dr. Nwosu,</p>
<p>Thank you for choosing to interview with the Cleveland Clinic AP/CP Pathology Residency. You have been assigned to our virtual interview day on <b>{long(x)}</b>. Please join at 7:45 a.m. ET.</p>
<hr>
<p style="font-size:16pt;font-weight:600;margin:4px 0">Microsoft Teams meeting</p>
<p><b>Join on your computer, mobile app or room device</b><br>
<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzA1YjQ2ZWMtY2NmLXBhdGgtMjAyNw%40thread.v2/0">Click here to join the meeting</a><br>
Meeting ID: 284 517 903 662<br>Passcode: 7cQp2K</p>
<p>Or call in (audio only)<br>+1 216-468-xxxx,,552913804# United States, Cleveland</p>
<hr>
<p>Your interview schedule and faculty biographies are attached. We look forward to speaking with you next week.</p>
<p>Pathology Residency Program<br>Cleveland Clinic</p></body></html>""".replace("216-468-xxxx", "216-468-2090")
add("b16-rem-teams-ccf-path.eml", dict(kind="reminder", program="Cleveland Clinic", platform="email",
    specialty="Pathology-Anatomic and Clinical", format="virtual", interview_dates=[str(x)]),
    build(addr("Pathology Residency", "pathresidency@ccf.org"), f"Cleveland Clinic Pathology Virtual Interview \u2013 {long(x)}",
          h, None, html, html_cte="b64", subj_enc="q",
          attachments=[pdf_stub("CCF_APCP_Interview_Schedule_Dec2.pdf", "schedule")]))

# m8 Rush peds "excited to host you"
h = dt("2026-11-10T15:02:58")
text = """Hi Claire,

We are excited to host you for your virtual interview with Rush Pediatrics next Tuesday (11/17)! A few things before the day:

* Please log on at 8:15 AM CT. Zoom link: https://rush.zoom.us/j/91770342265
* Our Chief Residents will host a virtual pre-interview hangout Monday night (11/16) at 7 PM - totally optional, no evaluation.
* Your interview schedule is attached - you'll meet with Dr. Alvarez (PD), two faculty members, and one of our chiefs.

Let me know if you have any questions!

Tasha
Rush University Medical Center | Pediatric Residency
"""
add("b16-rem-coord-rush-peds.eml", dict(kind="reminder", program="Rush University Medical Center", platform="email",
    specialty="Pediatrics", format="virtual", interview_dates=["2026-11-17"]),
    build(addr("Latasha Greene", "latasha_greene@rush.edu"), "Rush Pediatrics Interview Next Week!", h, text,
          attachments=[pdf_stub("Nwosu_C_Schedule_1117.pdf", "schedule")]))

# =============================== CANCELLATION ===============================
# c1 Thalamus Interview Declined
h = dt("2026-10-26T20:44:09", ET)
text = """Hi Claire,

You have declined the interview invitation from Corewell Health Grand Rapids / Michigan State University - Obstetrics and Gynecology.

The program has been notified. If this was a mistake, please contact the program directly.

-- Thalamus
You are receiving this email because you have an applicant account on Thalamus.
"""
add("b16-can-thal-corewell-obgyn.eml", dict(kind="cancellation", program="Corewell Health Grand Rapids / Michigan State University",
    platform="thalamus", specialty="Obstetrics and Gynecology"),
    build(THAL, "Interview Declined: Corewell Health Grand Rapids / Michigan State University", h, text))

# c2 applicant's own cancellation (sent from the mailbox)
h = dt("2026-11-30T07:12:55")
text = """Dear Ms. Carter,

I hope you had a restful Thanksgiving. I am writing to let you know that I need to cancel my interview with the Henry Ford Orthopaedic Surgery Residency Program on Friday, December 18. After a lot of thought I have decided to withdraw my application so that the spot can go to another applicant.

Thank you and Dr. Ramaswamy for the opportunity - I truly appreciated the invitation, and I'm sorry for any inconvenience.

Sincerely,
Claire Nwosu
Creighton University School of Medicine, Class of 2027
AAMC ID 18827344

On Mon, Nov 2, 2026 at 9:14 AM Carter, Monique <mcarte12@hfhs.org> wrote:
> Dear Claire,
> You are confirmed for your in-person interview on Friday, December 18, 2026.
> Hotel block information is attached.
> Monique
"""
add("b16-can-self-henryford-ortho.eml", dict(kind="cancellation", program="Henry Ford Health", platform="email",
    specialty="Orthopaedic Surgery", format="in_person", interview_dates=["2026-12-18"]),
    build(APPL, "Interview Cancellation - Claire Nwosu - December 18", h, text, to=addr("Carter, Monique", "mcarte12@hfhs.org"),
          msgid_domain="mail.gmail.com", in_reply_to="<SN6PR09MB3304C7@hfhs.org>"))

# c3 OSU FM cancels her interview
h = dt("2026-11-24T13:35:21", ET)
text = """Dear Claire,

We are writing with difficult news. Due to an unexpected reduction in the number of PGY-1 positions our program will offer in the 2027 Match, we have had to cancel a portion of our remaining interviews, including your interview scheduled for Wednesday, Dec. 9.

We recognize how disappointing and disruptive this is, especially this late in the season, and we sincerely apologize. Please know this decision was based solely on the date of the interview and not on your application.

With regret,

Program Director and Program Coordinator
Family Medicine Residency Program
The Ohio State University Wexner Medical Center
"""
add("b16-can-program-osu-fm.eml", dict(kind="cancellation", program="The Ohio State University Wexner Medical Center", platform="email",
    specialty="Family Medicine", interview_dates=["2026-12-09"]),
    build(addr("OSU Family Medicine Residency", "fmresidency@osumc.edu"), "Cancellation of your December 9 interview - OSU Family Medicine",
          h, text))

# c4 ERAS cancellation UAMS peds
h = dt("2026-11-12T22:03:47")
text = """ERAS Interview Scheduling

Dear Claire Nwosu,

This email confirms that you have cancelled the following interview:

  Program:   University of Arkansas for Medical Sciences Program - Pediatrics
  Date:      12/03/2026 (Thursday)
  Type:      Virtual

The program has been notified of your cancellation.

Sign in to MyERAS to view your interviews: https://apps.aamc.org/myeras-web/#/interviews

This is an automated message. Please do not reply.
"""
add("b16-can-eras-uams-peds.eml", dict(kind="cancellation", program="University of Arkansas for Medical Sciences", platform="eras",
    specialty="Pediatrics", format="virtual", interview_dates=["2026-12-03"]),
    build(ERAS, "ERAS Interview Cancelled - University of Arkansas for Medical Sciences Program", h, text, msgid_domain="aamc.org"))

# c5 IB cancel Loyola OB/GYN
h = dt("2026-11-02T18:26:30")
html = html_page(f"""
<p style="font-size:18px;color:#0b6e4f;font-weight:bold;margin:0 0 12px;">Interview Broker</p>
<p>Dear Claire,</p>
<p>Your interview has been <b>cancelled</b>.</p>
<p>Loyola University Medical Center &ndash; Obstetrics &amp; Gynecology<br>{long(d("2026-11-23"))}<br>Virtual</p>
<p>Cancelled by: Applicant<br>The program has been notified.</p>
""", "Interview cancelled", "Sent via Interview Broker on behalf of the program.")
add("b16-can-ib-loyola-obgyn.eml", dict(kind="cancellation", program="Loyola University Medical Center", platform="interview_broker",
    specialty="Obstetrics and Gynecology", format="virtual", interview_dates=["2026-11-23"]),
    build(IB, "Interview Cancelled: Loyola University Medical Center - Obstetrics & Gynecology", h, None, html, cte="qp"))

# c6 UW prelim coordinator confirms withdrawal
h = dt("2026-11-19T10:40:16")
text = """Hi Claire,

Thank you for letting us know. I have cancelled your preliminary medicine interview for Monday, November 30, and released the slot. We appreciate the advance notice, and we wish you the best of luck with the rest of your interview season!

Jenna Hartwig
Program Coordinator, Internal Medicine Residency
University of Wisconsin School of Medicine and Public Health

-----Original Message-----
From: Claire Nwosu <claire.nwosu.match27@gmail.com>
Sent: Wednesday, November 18, 2026 9:58 PM
To: Hartwig, Jenna <jhartwig@medicine.wisc.edu>
Subject: Withdrawing - Prelim interview 11/30

Hi Jenna, I'm sorry to do this but I need to withdraw from my prelim interview on 11/30. Thank you for understanding. - Claire
"""
add("b16-can-coord-uwhealth-prelim.eml", dict(kind="cancellation", program="University of Wisconsin School of Medicine and Public Health",
    platform="email", specialty="Internal Medicine", track="preliminary", interview_dates=["2026-11-30"]),
    build(addr("Hartwig, Jenna", "jhartwig@medicine.wisc.edu"), "RE: Withdrawing - Prelim interview 11/30", h, text))
