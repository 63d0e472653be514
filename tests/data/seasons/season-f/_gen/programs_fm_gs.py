"""Family Medicine (categorical) and preliminary General Surgery programs."""
from lib import add, at, day, ET, CT, UTC, APPL, APPL_EMAIL, ics, quote, gmail_attrib, outlook_header, weekday_ok
from platforms import thal_invite, thal_scheduled, thal_simple, ib_invite, ib_confirm, eras_invite, eras_status, IB
from programs_ob import prog, P

FM = "Family Medicine"
GS = "General Surgery"

# ---------------------------------------------------------------- AdventHealth Orlando FM (Winter Park)
prog("ahorlando-fm", "AdventHealth Orlando", FM, "categorical", True, "completed")
d = weekday_ok("2026-10-29")
thal_invite("ahorlando-fm", "thalamus-invitation", at("2026-10-01 12:30", UTC),
            "AdventHealth Orlando Program", FM,
            "Dear Applicant,\n\nThank you for applying to the AdventHealth Family Medicine Residency. We are "
            "excited to invite you to a virtual interview! Our residency is based at our Winter Park "
            "campus, with inpatient training at AdventHealth Orlando.\n\nPlease schedule through Thalamus.",
            "Thursday, October 8, 2026 at 11:59 PM EDT", ["2026-10-22", d, "2026-11-12", "2026-12-03"],
            "FMresidency@AdventHealth.com")
thal_scheduled("ahorlando-fm", "thalamus-scheduled", at("2026-10-01 14:06", UTC),
               "AdventHealth Orlando Program", FM, d, "8:00 AM - 1:00 PM EDT", "Virtual (Zoom)",
               start=at(d + " 08:00"), end=at(d + " 13:00"))
add("ahorlando-fm", "adventhealth-fm-welcome", at("2026-10-27 10:15"),
    "\"Marisa Delgado\" <Marisa.Delgado@AdventHealth.com>",
    "Welcome! Your Virtual Interview Day \u2013 AdventHealth Family Medicine Residency",
    text=f"""Hello Camille,

We are so excited to meet you on {day(d)}! Please find your Zoom link below. Plan to log
on at 7:45 AM Eastern.

https://adventhealth.zoom.us/j/92014557103

8:00   Devotional and welcome (Dr. Jonah Whitley, Program Director)
8:30   Interviews with faculty and a chief resident
10:30  Behavioral health, OB, and sports medicine tracks
11:15  Resident Q&A (no faculty)
12:30  Closing

Blessings,
Marisa Delgado
Residency Coordinator
AdventHealth Family Medicine Residency | Winter Park
133 Benmore Drive, Winter Park, FL 32792
""", html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<p>Hello Camille,</p>
<p>We are so excited to meet you on <b>{day(d)}</b>! Please find your Zoom link below. Plan to log on at
7:45 AM Eastern.</p>
<p style="text-align:center;"><a href="https://adventhealth.zoom.us/j/92014557103" style="background:#00a0df;color:#fff;padding:10px 24px;text-decoration:none;border-radius:20px;">Join Zoom</a></p>
<table cellpadding="4" style="font-size:13px;">
<tr><td>8:00</td><td>Devotional and welcome (Dr. Jonah Whitley, Program Director)</td></tr>
<tr><td>8:30</td><td>Interviews with faculty and a chief resident</td></tr>
<tr><td>10:30</td><td>Behavioral health, OB, and sports medicine tracks</td></tr>
<tr><td>11:15</td><td>Resident Q&amp;A (no faculty)</td></tr>
<tr><td>12:30</td><td>Closing</td></tr></table>
<p>Blessings,<br>Marisa Delgado<br>Residency Coordinator<br>
<b>AdventHealth Family Medicine Residency | Winter Park</b><br>133 Benmore Drive, Winter Park, FL 32792</p>
</body></html>""")

# ---------------------------------------------------------------- Atrium Health CMC Family Medicine (Charlotte)
prog("cmc-fm", "Atrium Health Carolinas Medical Center", FM, "categorical", True, "completed")
d = weekday_ok("2026-11-04")
thal_invite("cmc-fm", "thalamus-invitation", at("2026-10-05 16:00", UTC),
            "Carolinas Medical Center Program", FM,
            "Hello!\n\nOn behalf of the Atrium Health Family Medicine Residency - Charlotte, thank you for your "
            "application. We'd love to get to know you better and invite you to interview. Interview days "
            "are virtual and include a live video tour of our Myers Park clinic.",
            "Monday, October 12, 2026 at 5:00 PM EDT", ["2026-10-21", d, "2026-11-18", "2026-12-09"],
            "FamMedResidency@atriumhealth.org")
thal_scheduled("cmc-fm", "thalamus-scheduled", at("2026-10-06 00:41", UTC),
               "Carolinas Medical Center Program", FM, d, "8:30 AM - 1:00 PM EST", "Virtual")
add("cmc-fm", "atrium-fm-itinerary", at("2026-11-02 11:30"),
    "Atrium Health FM Residency <FamMedResidency@atriumhealth.org>",
    "Interview Day Itinerary - Atrium Health Family Medicine Residency - Charlotte",
    html=f"""<html><body style="font-family:Verdana,sans-serif;font-size:13px;">
<p>Dear Camille Broussard,</p>
<p>Your interview is <b>{day(d)}</b>. Your schedule:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;">
<tr><th>Time (ET)</th><th>Session</th><th>Room</th></tr>
<tr><td>8:30</td><td>Welcome &ndash; Dr. Priya Raman, PD</td><td>Main</td></tr>
<tr><td>9:00</td><td>Interview: Dr. Hollings</td><td>Breakout 3</td></tr>
<tr><td>9:30</td><td>Interview: Dr. Ajayi</td><td>Breakout 5</td></tr>
<tr><td>10:00</td><td>Interview: Resident interviewer</td><td>Breakout 1</td></tr>
<tr><td>10:45</td><td>Live tour &ndash; Myers Park Family Medicine</td><td>Main</td></tr>
<tr><td>11:30</td><td>Lunch with residents</td><td>Main</td></tr></table>
<p>Teams link: <a href="https://teams.microsoft.com/l/meetup-join/AtriumFM-1104">Click here to join</a></p>
<p>Atrium Health Carolinas Medical Center &middot; Department of Family Medicine<br>
2001 Vail Avenue, Suite 400B, Charlotte, NC 28207</p>
</body></html>""")
add("cmc-fm", "atrium-fm-thank-you", at("2026-11-05 17:05"),
    "\"Priya Raman, MD\" <Priya.Raman@atriumhealth.org>",
    "Thank you!",
    text="""Camille,

Thank you for joining us yesterday. I enjoyed hearing about your free-clinic work in Savannah and
your interest in full-spectrum family medicine with obstetrics. Please reach out to me or
any of our residents if questions come up.

Priya

Priya Raman, MD
Program Director | Family Medicine Residency - Charlotte
Atrium Health Carolinas Medical Center
""")

# ---------------------------------------------------------------- Atrium Health Navicent FM (Macon)
prog("navicent-fm", "Atrium Health Navicent The Medical Center", FM, "categorical", True, "completed")
d = weekday_ok("2026-10-23")
nav_when = at("2026-10-02 15:22")
nav_text = f"""Dear Camille,

Thank you for your application to the Family Medicine Residency Program at Atrium Health Navicent
The Medical Center in Macon, Georgia. The selection committee would like to invite you for an
in-person interview. Please reply with your top three choices from the dates below:

  {day('2026-10-16')}
  {day(d)}
  {day('2026-11-06')}
  {day('2026-11-20')}

Interview days begin at 7:30 AM with breakfast and end after lunch at approximately 1:30 PM. A
resident dinner is held the evening before.

Please respond within one week of this email.

Sincerely,

Ms. Loretta Sims
Residency Coordinator
Family Medicine Residency Program
Atrium Health Navicent | Mercer University School of Medicine
3780 Eisenhower Parkway, Macon, GA 31206
"""
nav_mid = add("navicent-fm", "navicent-fm-invitation", nav_when,
              "Loretta Sims <Loretta.Sims@atriumhealth.org>",
              "Interview Invitation - Family Medicine Residency, Atrium Health Navicent",
              text=nav_text)
app_when = at("2026-10-03 20:47")
app_text = f"""Dear Ms. Sims,

Thank you so much for the invitation! My preferences are:
1. Friday, October 23
2. Friday, November 6
3. Friday, October 16

I would also love to attend the resident dinner.

Thank you,
Camille Broussard
"""
add("navicent-fm", "re-navicent-confirmed", at("2026-10-05 08:58"),
    "Loretta Sims <Loretta.Sims@atriumhealth.org>",
    "RE: Interview Invitation - Family Medicine Residency, Atrium Health Navicent",
    text=f"""Good morning Camille,

You are confirmed for Friday, October 23, and for the resident dinner on Thursday, October 22 at
6:30 PM. Details to follow closer to the date.

Loretta

-----Original Message-----
{outlook_header(app_when, 'Camille Broussard <' + APPL_EMAIL + '>', 'Loretta Sims <Loretta.Sims@atriumhealth.org>', 'Re: Interview Invitation - Family Medicine Residency, Atrium Health Navicent')}

{app_text}
{gmail_attrib(nav_when, 'Loretta Sims <Loretta.Sims@atriumhealth.org>')}
{quote(nav_text)}
""", in_reply_to=nav_mid)
add("navicent-fm", "macon-fm-logistics", at("2026-10-19 13:40"),
    "Loretta Sims <Loretta.Sims@atriumhealth.org>",
    "Macon FM interview Friday 10/23 \u2013 parking, dinner, schedule",
    text="""Hi Camille,

Looking forward to seeing you this week!

Thursday 10/22 - Resident dinner, 6:30 PM at The Rookery, 543 Cherry Street, downtown Macon.
Friday 10/23 - Please park in the visitor deck at the Family Health Center (3780 Eisenhower
Pkwy) and come to the 2nd floor conference room by 7:30 AM. Business casual is fine.

Your interviewers: Dr. Odom (PD), Dr. Felder, Dr. Nguyen-Tate, and our chief resident.

Navicent FM Residency
Loretta Sims | Residency Coordinator | 478-633-5550
""")
add("navicent-fm", "navicent-thank-you", at("2026-10-26 09:30"),
    "\"Odom, Gregory\" <Gregory.Odom@atriumhealth.org>",
    "Thanks for visiting Macon!",
    text="""Dear Camille,

Thank you for spending the day with us on Friday. It was great to meet a Mercer student who already
knows Middle Georgia. We will be in touch after Match Day; in the meantime please don't hesitate
to reach out.

Greg Odom, MD, FAAFP
Program Director, Family Medicine Residency
The Medical Center, Navicent Health (Atrium Health Navicent)
""")

# ---------------------------------------------------------------- Prisma Health-Midlands FM (Columbia)
prog("prisma-midlands-fm", "Prisma Health\u2013Midlands / University of South Carolina School of Medicine Columbia",
     FM, "categorical", True, "completed")
d = weekday_ok("2026-12-03")
thal_invite("prisma-midlands-fm", "thalamus-invitation", at("2026-10-13 18:30", UTC),
            "Prisma Health-Midlands/University of South Carolina Program", FM,
            "Dear Applicant,\n\nThe Prisma Health Family Medicine Residency Program in Columbia, SC is "
            "pleased to invite you to interview. Our interviews are virtual. A virtual social with our "
            "residents will be held the evening before each interview day.",
            "Tuesday, October 20, 2026 at 11:59 PM EDT", ["2026-11-05", "2026-11-19", d, "2027-01-14"],
            "FMResidency.Columbia@prismahealth.org")
thal_scheduled("prisma-midlands-fm", "thalamus-scheduled", at("2026-10-15 02:09", UTC),
               "Prisma Health-Midlands/University of South Carolina Program", FM, d,
               "8:00 AM - 12:30 PM EST", "Virtual")
add("prisma-midlands-fm", "columbia-fm-reminder", at("2026-11-30 14:20"),
    "\"Gadsden, Tonya\" <Tonya.Gadsden@prismahealth.org>",
    "Reminder \u2013 Columbia Family Medicine Interview 12/3 & Resident Social 12/2",
    text="""Hello Dr. Broussard,

Reminder of your virtual interview on Thursday, December 3, 2026 with the Prisma Health Family
Medicine Residency - Columbia. The resident social is Wednesday, December 2 at 7:00 PM.

Social: https://prismahealth.zoom.us/j/81133097255
Interview: https://prismahealth.zoom.us/j/81133097256

Thank you,

Tonya Gadsden
Residency Coordinator
Prisma Health Family Medicine Center - Columbia
3209 Colonial Drive, Columbia, SC 29203
Prisma Health-Midlands | University of South Carolina School of Medicine
""")
add("prisma-midlands-fm", "columbia-fm-thanks", at("2026-12-04 11:45"),
    "\"Gadsden, Tonya\" <Tonya.Gadsden@prismahealth.org>",
    "Thank you for interviewing with Prisma Health FM \u2013 Columbia",
    text="""Dear Camille,

Thank you for interviewing with our program yesterday. Our faculty and residents enjoyed meeting
you. If you'd like to visit Columbia in person, we are hosting optional open houses in January;
just let me know.

Tonya
""")

# ---------------------------------------------------------------- Morehouse FM (ERAS scheduler)
prog("morehouse-fm", "Morehouse School of Medicine", FM, "categorical", True, "completed")
d = weekday_ok("2026-11-12")
eras_invite("morehouse-fm", "eras-invitation", at("2026-10-07 10:45"),
            "Morehouse School of Medicine Program", FM, ["2026-10-29", d, "2026-12-10"], "10/14/2026",
            "Congratulations! The MSM Family Medicine Residency would like to invite you to interview. "
            "Interview days are held virtually from 8:00 AM to 1:00 PM EST.")
eras_status("morehouse-fm", "eras-scheduled", at("2026-10-08 07:31"),
            "Morehouse School of Medicine Program", FM, "Scheduled", d, "AM")
add("morehouse-fm", "msm-fm-itinerary", at("2026-11-09 12:12"),
    "Dominique Harrell <dharrell@msm.edu>",
    "MSM Family Medicine Residency \u2013 Interview Day Details (11/12)",
    text="""Dear Camille,

Greetings from the Department of Family Medicine at Morehouse School of Medicine! Here are the
details for your virtual interview on Thursday.

Zoom: https://msm.zoom.us/j/97130044512  Passcode: MSMFM
8:00  Welcome and mission of MSM - Dr. Renee Calloway, Program Director
8:30  Faculty and resident interviews
10:30 Community medicine & Grady / Southwest Atlanta sites
11:30 Residents' lounge

Dominique Harrell
Residency Program Manager
Department of Family Medicine | Morehouse School of Medicine
720 Westview Drive SW, Atlanta, GA 30310
""")
add("morehouse-fm", "msm-fm-thank-you", at("2026-11-13 16:00"),
    "Dominique Harrell <dharrell@msm.edu>",
    "Thank you for interviewing with MSM Family Medicine",
    text="""Dear Camille,

Thank you for interviewing with the Morehouse School of Medicine Family Medicine Residency Program
yesterday. We appreciate your interest in our mission of leading the creation and advancement of
health equity.

Warm regards,
MSM Family Medicine Residency
""")

# ---------------------------------------------------------------- MCG FM (reschedule at applicant request)
prog("mcg-fm", "Medical College of Georgia at Augusta University (Wellstar MCG Health)", FM, "categorical", True,
     "completed")
d0, d1 = weekday_ok("2026-11-17"), weekday_ok("2026-12-01")
add("mcg-fm", "mcg-fm-invitation", at("2026-10-12 13:05"),
    "MCG Family Medicine Residency <fmresidency@augusta.edu>",
    "Interview Invitation \u2013 Family Medicine Residency, Medical College of Georgia",
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<div style="background:#002d72;padding:12px;"><span style="color:#fff;font-size:18px;font-weight:bold;">
AUGUSTA UNIVERSITY &middot; Medical College of Georgia</span></div>
<p>Dear Dr. Broussard,</p>
<p>Congratulations! The Department of Family Medicine at the Medical College of Georgia at Augusta
University invites you to interview for our residency program. Residents train at Wellstar MCG Health
and the Family Medicine Center on Harper Street.</p>
<p>Please schedule your interview through Thalamus within 7 days:</p>
<p><a href="https://app.thalamusgme.com/applicant/invitations" style="background:#b5121b;color:#fff;padding:10px 20px;text-decoration:none;">Schedule in Thalamus</a></p>
<p>Interview dates: {day('2026-11-03', 'short')}, {day(d0, 'short')}, {day(d1, 'short')}, {day('2026-12-15', 'short')}</p>
<p>We look forward to meeting you!</p>
<p>Family Medicine Residency Program<br>Medical College of Georgia at Augusta University<br>
1120 15th Street, HB-4032, Augusta, GA 30912</p></body></html>""")
thal_scheduled("mcg-fm", "thalamus-scheduled", at("2026-10-14 17:40", UTC),
               "Medical College of Georgia Program", FM, d0, "8:00 AM - 12:30 PM EST", "Virtual")
req_when = at("2026-11-05 21:14")
req_text = """Hello,

I am scheduled to interview on Tuesday, November 17, but my school just moved my OB/GYN shelf-style
exam to that morning. Would it be possible to move my interview to December 1 or December 15?
I apologize for the inconvenience.

Thank you,
Camille Broussard
AAMC ID 16284731
"""
add("mcg-fm", "re-mcg-reschedule", at("2026-11-06 09:02"),
    "\"Boatwright, Angela\" <ABOATWRIGHT@augusta.edu>",
    "RE: Request to reschedule interview - Broussard",
    text=f"""Hi Camille,

No problem at all. I have moved you to Tuesday, December 1. You should get a confirmation from
Thalamus shortly.

Angela Boatwright
Program Coordinator | Family Medicine Residency
Medical College of Georgia at Augusta University

From: Camille Broussard <{APPL_EMAIL}>
Sent: Thursday, November 5, 2026 9:14 PM
To: MCG Family Medicine Residency <fmresidency@augusta.edu>
Subject: Request to reschedule interview - Broussard

{req_text}""")
thal_scheduled("mcg-fm", "thalamus-rescheduled", at("2026-11-06 14:05", UTC),
               "Medical College of Georgia Program", FM, d1, "8:00 AM - 12:30 PM EST", "Virtual",
               verb="Rescheduled")
add("mcg-fm", "wellstar-mcg-fm-thanks", at("2026-12-02 15:30"),
    "MCG Family Medicine Residency <fmresidency@augusta.edu>",
    "Thank you for interviewing with us!",
    text="""Dear Camille,

Thank you for interviewing with the Family Medicine Residency at MCG / Wellstar MCG Health
yesterday. We enjoyed getting to know you. Good luck with the rest of your interview season!

AU Family Medicine Residency
""")

# ---------------------------------------------------------------- ECU (Greenville, NC) FM - declined
prog("ecu-fm", "ECU Health Medical Center / Brody School of Medicine at East Carolina University", FM,
     "categorical", True, "declined")
d = weekday_ok("2026-11-06")
ib_invite("ecu-fm", "interviewbroker-invitation", at("2026-10-08 14:10"),
          "ECU Health / Brody School of Medicine - Family Medicine Residency",
          "Heather Jernigan, Residency Coordinator",
          "Thank you for applying to the Family Medicine Residency Program at ECU Health Medical Center and "
          "the Brody School of Medicine at East Carolina University in Greenville, North Carolina. We are "
          "pleased to invite you to interview.",
          ["2026-10-30", d, "2026-11-13", "2026-12-04"], "October 15, 2026")
ib_confirm("ecu-fm", "interviewbroker-confirmed", at("2026-10-10 11:48"),
           "ECU Health / Brody School of Medicine - Family Medicine Residency", d, "8:00 AM - 1:00 PM (EST)")
ib_confirm("ecu-fm", "interviewbroker-cancelled", at("2026-10-30 10:02"),
           "ECU Health / Brody School of Medicine - Family Medicine Residency", d, "8:00 AM - 1:00 PM (EST)",
           verb="Cancelled", note="Cancelled by: Applicant\n")
ecu_when = at("2026-10-30 09:55")
add("ecu-fm", "re-ecu-fm-cancel", at("2026-10-30 13:16"),
    "\"Jernigan, Heather\" <JERNIGANH19@ecu.edu>",
    "RE: Cancelling my interview on 11/6",
    text=f"""Hi Camille,

Thank you for the notice. We have released your November 6 date. Best of luck this season!

Heather Jernigan
Residency Coordinator
ECU Family Medicine | Brody School of Medicine
101 Heart Drive, Greenville, NC 27834

{gmail_attrib(ecu_when, 'Camille Broussard <' + APPL_EMAIL + '>')}
> Dear Ms. Jernigan,
>
> I am writing to let you know I have cancelled my November 6 interview through Interview
> Broker. I have decided to focus my applications closer to home. Thank you for the invitation.
>
> Sincerely,
> Camille Broussard
""")

# ---------------------------------------------------------------- MUSC FM (scheduled after as_of)
prog("musc-fm", "Medical University of South Carolina (MUSC)", FM, "categorical", True, "scheduled")
d = weekday_ok("2027-02-09")
thal_invite("musc-fm", "thalamus-invitation", at("2026-12-03 19:00", UTC),
            "Medical University of South Carolina Program", FM,
            "Dear Applicant,\n\nThank you for your interest in the MUSC Family Medicine Residency Program. "
            "We have added additional interview dates and would like to invite you to interview with us "
            "in person in Charleston.\n\nMUSC Family Medicine",
            "Thursday, December 10, 2026 at 11:59 PM EST", ["2027-01-26", d], "fmresidency@musc.edu")
thal_scheduled("musc-fm", "thalamus-scheduled", at("2026-12-05 15:22", UTC),
               "Medical University of South Carolina Program", FM, d, "8:00 AM - 2:00 PM EST",
               "In person - MUSC Family Medicine, 9298 Medical Plaza Drive, North Charleston, SC")
add("musc-fm", "musc-fm-reminder", at("2027-02-01 10:30"),
    "Katherine Legare <legarek@musc.edu>",
    "Looking forward to seeing you Tuesday 2/9 \u2013 MUSC Family Medicine",
    text=f"""Dear Camille,

We are looking forward to hosting you in Charleston on {day(d)}. A calendar invitation is
attached. Please arrive at 7:45 AM; parking is free in the front lot.

The optional resident dinner is Monday, February 8 at 6:30 PM at Lewis Barbecue on Nassau
Street. Please let me know if you plan to attend.

Katherine Legare
Program Coordinator
MUSC Family Medicine Residency Program
Department of Family Medicine | Medical University of South Carolina
""", attach=(("MUSC FM Interview.ics", "calendar",
              ics("musc-fm-20270209-cb", "MUSC Family Medicine Residency Interview", at(d + " 07:45"),
                  at(d + " 14:00"), "9298 Medical Plaza Drive, North Charleston, SC 29406",
                  "MUSC FM residency interview day", ("Legare, Katherine", "legarek@musc.edu")),
              {"method": "REQUEST"}),))

# ---------------------------------------------------------------- Carilion Clinic FM (scheduled after as_of)
prog("carilion-fm", "Carilion Clinic (Virginia Tech Carilion School of Medicine)", FM, "categorical", True,
     "scheduled")
d = weekday_ok("2027-02-11")
thal_invite("carilion-fm", "thalamus-invitation", at("2026-12-08 16:45", UTC),
            "Carilion Clinic-Virginia Tech Carilion School of Medicine Program", FM,
            "Dear Applicant,\n\nThe Carilion Clinic Family Medicine Residency in Roanoke, VA would like to invite "
            "you to interview. We offer virtual interviews with an optional in-person visit.",
            "Tuesday, December 15, 2026 at 5:00 PM EST", ["2027-01-21", d], "FMresidency@carilionclinic.org")
thal_scheduled("carilion-fm", "thalamus-scheduled", at("2026-12-10 03:12", UTC),
               "Carilion Clinic-Virginia Tech Carilion School of Medicine Program", FM, d,
               "8:30 AM - 12:30 PM EST", "Virtual")
add("carilion-fm", "carilion-fm-social", at("2027-01-28 12:00"),
    "Carilion FM Residency <FMresidency@carilionclinic.org>",
    "Carilion Family Medicine \u2013 Pre-interview virtual social Feb. 10",
    text="""Hi Camille,

Our residents are hosting a virtual trivia night for applicants on Wednesday, February 10 at 7 PM
ET, the evening before your interview. It's casual and totally optional!

https://carilionclinic.zoom.us/j/94200817722

See you soon,
Carilion Clinic Family Medicine Residency
1314 Peters Creek Road, Roanoke, VA 24017
""")

# ---------------------------------------------------------------- HCA Florida North Florida Hospital FM (Gainesville)
prog("hca-northflorida-fm", "HCA Florida North Florida Hospital (UCF/HCA Florida Healthcare GME Consortium, Gainesville)",
     FM, "categorical", True, "completed")
d = weekday_ok("2026-11-19")
thal_invite("hca-northflorida-fm", "thalamus-invitation", at("2026-10-09 14:50", UTC),
            "University of Central Florida/HCA Florida Healthcare (Gainesville) Program", FM,
            "Dear Applicant,\n\nThank you for your interest in the Family Medicine Residency Program at HCA "
            "Florida North Florida Hospital in Gainesville. We are pleased to invite you to a virtual interview.\n\n"
            "HCA Healthcare Graduate Medical Education",
            "Friday, October 16, 2026 at 11:59 PM EDT", ["2026-11-05", d, "2026-12-17"],
            "NFFamilyMedicine@hcahealthcare.com")
thal_scheduled("hca-northflorida-fm", "thalamus-scheduled", at("2026-10-10 12:01", UTC),
               "University of Central Florida/HCA Florida Healthcare (Gainesville) Program", FM, d,
               "8:00 AM - 12:00 PM EST", "Virtual")
add("hca-northflorida-fm", "gainesville-fm-details", at("2026-11-16 09:44"),
    "\"Whitlock, Ashley\" <Ashley.Whitlock@hcahealthcare.com>",
    "Interview Day Details \u2013 Family Medicine Residency, Gainesville",
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<p>Good morning Camille,</p>
<p>Thank you for scheduling your interview with our Family Medicine Residency on <b>{day(d)}</b>.</p>
<p><b>Zoom:</b> <a href="https://hcahealthcare.zoom.us/j/98811203664">https://hcahealthcare.zoom.us/j/98811203664</a><br>
<b>Log in:</b> 7:45 AM ET</p>
<p>You will meet Dr. Carlos Ybarra (Program Director), two core faculty, and residents. We will
also show you our outpatient home, Palms Medical Group &ndash; Gainesville, just down the street
from the hospital.</p>
<p>Ashley Whitlock<br>GME Program Coordinator &ndash; Family Medicine<br>
HCA Florida North Florida Hospital<br>6500 W Newberry Rd, Gainesville, FL 32605</p>
<p style="font-size:11px;color:#777;">HCA Healthcare Graduate Medical Education &middot; University of
Central Florida/HCA Florida Healthcare GME Consortium</p>
</body></html>""")

# ---------------------------------------------------------------- non-invited FM
prog("unc-fm", "University of North Carolina at Chapel Hill (UNC School of Medicine)", FM, "categorical", False,
     "rejected")
add("unc-fm", "unc-fm-decision", at("2026-10-09 16:30"),
    "UNC Family Medicine Residency <uncfmres@med.unc.edu>",
    "UNC Family Medicine Residency \u2013 Application Status",
    text="""Dear Camille,

Thank you for applying to the UNC Family Medicine Residency Program. We received many outstanding
applications this year and are unable to offer you an interview. We are grateful for your interest
in family medicine and wish you well.

UNC Department of Family Medicine
590 Manning Drive, Chapel Hill, NC 27599
""")

prog("duke-fm", "Duke University Hospital (Duke Family Medicine)", FM, "categorical", False, "waitlisted")
thal_simple("duke-fm", "thalamus-waitlisted", at("2026-10-23 19:40", UTC),
            "Waitlisted: Duke University Hospital Program - Family Medicine",
            "Duke University Hospital Program", FM,
            "You have been added to the interview waitlist by the program below. If an interview date becomes "
            "available, the program may send you an invitation through Thalamus.", "You've been waitlisted")
add("duke-fm", "duke-fm-waitlist-update", at("2027-01-14 14:25"),
    "Duke Family Medicine Residency <dukefmresidency@duke.edu>",
    "Duke Family Medicine \u2013 waitlist update",
    text="""Dear Applicant,

We wanted to let you know that you remain on our interview waitlist. We have two remaining
interview dates (January 22 and January 29) and will reach out through Thalamus if space becomes
available.

Duke Family Medicine Residency Program
Department of Family Medicine & Community Health | Duke University School of Medicine
""")

prog("uab-huntsville-fm", "UAB Huntsville Regional Medical Campus (UAB Huntsville Family Medicine)", FM,
     "categorical", False, "rejected")
add("uab-huntsville-fm", "uab-huntsville-waitlist", at("2026-10-20 15:55", CT),
    "UAB Huntsville Family Medicine <uabhfmresidency@uabmc.edu>",
    "UAB Huntsville Family Medicine Residency \u2013 Interview Waitlist",
    text="""Dear Camille,

Thank you for applying to the UAB Huntsville Family Medicine Residency Program. Our interview
schedule is currently full, and we would like to place you on our waitlist.

UAB Huntsville Family Medicine Residency
UAB Huntsville Regional Medical Campus | 301 Governors Drive SW, Huntsville, AL 35801
""")
add("uab-huntsville-fm", "uab-huntsville-waitlist-closed", at("2026-12-15 11:00", CT),
    "UAB Huntsville Family Medicine <uabhfmresidency@uabmc.edu>",
    "UAB Huntsville FM \u2013 waitlist closed",
    text="""Dear Applicant,

Our interview season is now full and we have closed our waitlist. Unfortunately we will not be
able to offer you an interview this year. Thank you for your interest in UAB Huntsville.

UAB Huntsville Family Medicine Residency
""")

prog("trident-fm", "Trident Medical Center (MUSC/Trident Family Medicine Residency)", FM, "categorical", False,
     "rejected")
add("trident-fm", "trident-fm-decision", at("2026-10-21 12:10"),
    "Trident FM Residency <TridentFMResidency@hcahealthcare.com>",
    "Trident/MUSC Family Medicine Residency Program - Application",
    text="""Dear Applicant,

Thank you for your application to the Trident/MUSC Family Medicine Residency Program in North
Charleston. We appreciate your interest; however, we are unable to offer you an interview at this
time.

Best regards,
Trident Family Medicine Residency Program
Trident Medical Center | North Charleston, SC
""")

prog("utc-fm", "University of Tennessee College of Medicine Chattanooga", FM, "categorical", False, "rejected")
add("utc-fm", "ut-chattanooga-fm-decision", at("2026-10-27 14:40"),
    "UTCOMC Family Medicine <fmresidency@uthsc.edu>",
    "UT Family Medicine Chattanooga \u2013 Application Update",
    text="""Dear Camille,

Thank you for your interest in the University of Tennessee College of Medicine Chattanooga Family
Medicine Residency at Erlanger. We regret that we are unable to offer you an interview this season.

UT Family Medicine - Chattanooga
""")

# ================================================================= General Surgery, preliminary
prog("ochsner-gs-prelim", "Ochsner Clinic Foundation (Ochsner Medical Center \u2013 New Orleans)", GS,
     "preliminary", True, "completed")
d = weekday_ok("2026-12-10")
och_when = at("2026-11-20 10:05", CT)
och_text = f"""Dear Camille,

Thank you for applying to the Ochsner Clinic Foundation General Surgery Residency Program. We are
pleased to invite you to interview for a PGY-1 preliminary surgery position. Our preliminary
interns rotate on the same services as our categorical interns at Ochsner Medical Center - New
Orleans (Jefferson Highway campus).

Interviews are held in person on the following Thursdays:
   {day(d)}
   {day('2027-01-07')}

Please reply to this email with your preferred date.

Ochsner Department of Surgery | Surgical Education
"""
och_mid = add("ochsner-gs-prelim", "ochsner-prelim-surgery-invitation", och_when,
              "Ochsner Surgery Residency <surgeryresidency@ochsner.org>",
              "Ochsner General Surgery \u2013 Preliminary Position Interview Invitation",
              text=och_text,
              html=f"""<html><body style="font-family:Arial;font-size:14px;">
<p>Dear Camille,</p>
<p>Thank you for applying to the Ochsner Clinic Foundation General Surgery Residency Program. We are pleased
to invite you to interview for a <b>PGY-1 preliminary surgery position</b>. Our preliminary interns rotate on the
same services as our categorical interns at Ochsner Medical Center &ndash; New Orleans (Jefferson Highway campus).</p>
<p>Interviews are held in person on the following Thursdays:</p>
<ul><li>{day(d)}</li><li>{day('2027-01-07')}</li></ul>
<p>Please reply to this email with your preferred date.</p>
<p>Ochsner Department of Surgery | Surgical Education</p></body></html>""")
rep_when = at("2026-11-20 19:31")
add("ochsner-gs-prelim", "re-ochsner-prelim-confirmed", at("2026-11-21 09:15", CT),
    "\"Landry, Bridget\" <bridget.landry@ochsner.org>",
    "RE: Ochsner General Surgery \u2013 Preliminary Position Interview Invitation",
    text=f"""Camille,

You're confirmed for Thursday, December 10. An itinerary and hotel information will follow.

Bridget Landry
Surgical Education Coordinator
Ochsner Clinic Foundation | 1514 Jefferson Hwy, New Orleans, LA 70121

{gmail_attrib(rep_when, 'Camille Broussard <' + APPL_EMAIL + '>')}
> Hello,
>
> Thank you for the invitation! I would like to interview on Thursday, December 10.
>
> Best,
> Camille
>
{quote(gmail_attrib(och_when, 'Ochsner Surgery Residency <surgeryresidency@ochsner.org>'))}
{quote(quote(och_text))}
""", in_reply_to=och_mid)
add("ochsner-gs-prelim", "ochsner-surgery-itinerary", at("2026-12-07 15:30", CT),
    "\"Landry, Bridget\" <bridget.landry@ochsner.org>",
    "Itinerary \u2013 Ochsner Surgery interview 12/10",
    text="""Hi Camille,

Attached is the calendar invitation for Thursday. Please check in at 7:00 AM at the Brent House
lobby (1512 Jefferson Hwy). The Brent House Hotel on campus has a discounted applicant rate if you
still need a room.

7:00  Breakfast with residents
7:30  Welcome - Dr. Theriot, Program Director
8:00  Interviews (3)
10:30 Tour: OR, SICU, Surgical Skills Lab
12:00 Lunch and departure

Bridget
""", attach=(("Ochsner Surgery Interview.ics", "calendar",
              ics("ochsner-gs-1210-cb", "Ochsner General Surgery Interview (Prelim)", at(d + " 07:00", CT),
                  at(d + " 12:30", CT), "Brent House lobby, 1512 Jefferson Hwy, New Orleans, LA 70121",
                  "Ochsner General Surgery preliminary interview day", ("Landry, Bridget", "bridget.landry@ochsner.org"),
                  tzid="America/Chicago"), {"method": "REQUEST"}),))
add("ochsner-gs-prelim", "ochsner-surgery-thanks", at("2026-12-11 08:40", CT),
    "Ochsner Surgery Residency <surgeryresidency@ochsner.org>",
    "Thank you for visiting Ochsner!",
    text="""Dear Camille,

Thank you for traveling to New Orleans to interview with the Ochsner General Surgery residency
yesterday. It was a pleasure to host you. Safe travels home!

Ochsner Surgical Education
""")

prog("tulane-gs-prelim", "Tulane University School of Medicine", GS, "preliminary", True, "scheduled")
d = weekday_ok("2027-02-12")
thal_invite("tulane-gs-prelim", "thalamus-invitation", at("2026-12-18 16:20", UTC),
            "Tulane University Program", "General Surgery (Preliminary)",
            "Dear Applicant,\n\nThank you for applying for a preliminary position in the Tulane General Surgery "
            "Residency Program. We would like to invite you to interview.\n\nTulane Surgery",
            "Wednesday, December 23, 2026 at 5:00 PM CST", ["2027-01-15", d], "surgres@tulane.edu")
thal_scheduled("tulane-gs-prelim", "thalamus-scheduled", at("2026-12-21 15:02", UTC),
               "Tulane University Program", "General Surgery (Preliminary)", d,
               "8:00 AM - 12:00 PM CST", "Virtual")
add("tulane-gs-prelim", "tulane-surgery-agenda", at("2027-02-02 13:00", CT),
    "Tulane Surgery Residency <surgres@tulane.edu>",
    "Tulane Surgery \u2013 Preliminary Interview Day 2/12: Agenda",
    html=f"""<html><body style="font-family:Arial;font-size:13px;">
<p>Dear Applicant,</p>
<p>We look forward to meeting you on <b>{day(d)}</b>. The agenda for the day is below (Central time).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;">
<tr><td>7:45</td><td>Log in &amp; tech check</td></tr>
<tr><td>8:00</td><td>Welcome &ndash; Program Director</td></tr>
<tr><td>8:30</td><td>Faculty interviews</td></tr>
<tr><td>10:30</td><td>Prelim intern panel (University Medical Center New Orleans, Tulane Medical Center)</td></tr>
</table>
<p>Zoom: https://tulane.zoom.us/j/96650302218</p>
<p>Department of Surgery<br>Tulane University School of Medicine<br>1430 Tulane Ave, New Orleans, LA 70112</p>
</body></html>""")

prog("musc-gs-prelim", "Medical University of South Carolina (MUSC)", GS, "preliminary", False, "rejected")
add("musc-gs-prelim", "musc-surgery-decision", at("2026-11-30 17:20"),
    "MUSC Surgery Residency <surgeryresidency@musc.edu>",
    "MUSC General Surgery (Preliminary) \u2013 Application Status",
    text="""Dear Applicant,

Thank you for your interest in a preliminary position in the MUSC Department of Surgery. We regret
that we are unable to offer you an interview this year.

MUSC Department of Surgery | General Surgery Residency
""")

prog("usf-gs-prelim", "University of South Florida Morsani College of Medicine", GS, "preliminary", False, "rejected")
add("usf-gs-prelim", "usf-surgery-decision", at("2026-11-24 11:30"),
    "USF Surgery Residency <gsresidency@usf.edu>",
    "USF Health General Surgery \u2013 Preliminary Positions",
    text="""Dear Camille Broussard,

Thank you for applying for a preliminary position in the General Surgery Residency at the USF Health
Morsani College of Medicine. We are unable to offer you an interview this cycle. We wish you
success in the Match.

USF Health Department of Surgery
""")
