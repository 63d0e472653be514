"""Obstetrics and Gynecology (categorical) programs."""
from lib import add, at, day, ET, CT, UTC, APPL, APPL_EMAIL, ics, quote, gmail_attrib, outlook_header, weekday_ok
from platforms import thal_invite, thal_scheduled, thal_simple, ib_invite, ib_confirm, eras_invite, eras_status
import datetime as dt

OB = "Obstetrics and Gynecology"
P = []


def prog(key, institution, specialty, track, invited, final_status):
    P.append(dict(key=key, institution=institution, specialty=specialty, track=track,
                  invited=invited, final_status=final_status))


# ---------------------------------------------------------------- Wake Forest
prog("wfb-obgyn", "Atrium Health Wake Forest Baptist Medical Center", OB, "categorical", True, "completed")
d = weekday_ok("2026-11-13")
thal_invite("wfb-obgyn", "thalamus-invitation", at("2026-10-16 14:02", UTC),
            "Wake Forest University School of Medicine Program", OB,
            "Dear Applicant,\n\nOn behalf of the Department of Obstetrics and Gynecology at Atrium Health "
            "Wake Forest Baptist, we are pleased to invite you to interview for a categorical position in our "
            "residency program. All interviews will be conducted virtually in accordance with APGO/CREOG "
            "recommendations. The interview day runs from approximately 7:45 AM to 1:00 PM Eastern.\n\n"
            "Invitations are not over-extended; a spot is held for you until the response deadline.\n\n"
            "Warm regards,\nWFBMC OB/GYN Residency",
            "Friday, October 23, 2026 at 11:59 PM EDT",
            ["2026-11-06", "2026-11-13", "2026-12-04", "2027-01-08"],
            "obgynresidency@wakehealth.edu")
thal_scheduled("wfb-obgyn", "thalamus-scheduled", at("2026-10-16 23:41", UTC),
               "Wake Forest University School of Medicine Program", OB, d,
               "7:45 AM - 1:00 PM EST", "Virtual (Zoom link to follow)",
               start=at(d + " 07:45"), end=at(d + " 13:00"))
zoom = "https://wakehealth.zoom.us/j/93361740258?pwd=Vm1GQkR4c2tQeVhlN3RTZ0hYQ1RoZz09"
add("wfb-obgyn", "wfb-itinerary", at("2026-11-10 16:25"),
    "Tamika Jernigan <tjernigan@wakehealth.edu>",
    "Interview Day Itinerary \u2013 Friday, Nov. 13 | Ob/Gyn Residency",
    text=f"""Dear Dr. Broussard,

We are looking forward to meeting you virtually this Friday! Your personal itinerary and the Zoom
link for the day are below. Please log on by 7:30 AM so we can check your audio and video.

Zoom (main room): {zoom}
Meeting ID: 933 6174 0258   Passcode: OBGYN2027

7:45 - 8:15    Welcome and program overview - Dr. Elaine Whitacre, Program Director
8:15 - 8:35    Department overview - Chair, Department of Obstetrics and Gynecology
8:40 - 10:40   Faculty interviews (4 x 20 min, breakout rooms)
10:45 - 11:30  Resident panel: life in Winston-Salem
11:30 - 12:15  Virtual tour: Brenner Children’s / Birth Center, Downtown Health Plaza clinic
12:15 - 1:00   Lunch chat with current residents (no faculty present)

Your interviewers: Dr. E. Whitacre, Dr. R. Osei, Dr. M. Pham, Dr. K. Lindgren

If you have any technical difficulties on the day of, call or text me at 336-716-4820.

Best,
Tamika

Tamika Jernigan, C-TAGME
Residency Program Coordinator
Department of Obstetrics & Gynecology
Atrium Health Wake Forest Baptist | Wake Forest University School of Medicine
Medical Center Boulevard, Winston-Salem, NC 27157
""", cte="quoted-printable",
    attach=(("OBGYN Interview 11.13.ics", "calendar",
             ics("wfbmc-obgyn-20261113-cb", "WFBMC OB/GYN Residency Interview", at(d + " 07:45"),
                 at(d + " 13:00"), zoom, "Virtual interview day - Atrium Health Wake Forest Baptist OB/GYN",
                 ("Jernigan, Tamika", "tjernigan@wakehealth.edu")), {"method": "REQUEST"}),))
add("wfb-obgyn", "wfb-thank-you", at("2026-11-16 08:12"),
    "Elaine Whitacre MD <ewhitacre@advocatehealth.org>",
    "Thank you from Wake Forest Ob/Gyn",
    html="""<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Dear Camille,</p>
<p>Thank you for spending your Friday with us. I hope you got a sense of how much our residents
care about each other and about the women of the Piedmont Triad. Our faculty enjoyed talking with you,
and several mentioned your work with the Savannah doula collaborative.</p>
<p>In keeping with NRMP and APGO guidance, we will not contact you about rank intentions, and you
do not need to send post-interview communication. If you have questions about the program, please
reach out to me or to Tamika at any time.</p>
<p>With appreciation,</p>
<p>Elaine Whitacre, MD, MPH<br>
Program Director, Obstetrics and Gynecology Residency<br>
Wake Forest University School of Medicine<br>
Atrium Health Wake Forest Baptist Medical Center</p>
<p style="font-size:9pt;color:#666;">Atrium Health is now part of Advocate Health. CONFIDENTIALITY NOTICE: This e-mail,
including attachments, is for the sole use of the intended recipient(s)...</p></div>""")
add("wfb-obgyn", "wfb-second-look", at("2027-01-12 10:30"),
    "WFBMC OB/GYN Residency <obgynresidency@wakehealth.edu>",
    "Optional Second Look \u2014 Friday, January 29, 2027",
    text="""Dear Interviewed Applicant,

Thank you again for interviewing with the Wake Forest Baptist OB/GYN residency program this season.

We are hosting an OPTIONAL in-person Second Look on Friday, January 29, 2027, from 9:00 AM to 2:00 PM,
starting in the lobby of the Ardmore Tower at Wake Forest Baptist Medical Center, Winston-Salem.
You will tour L&D, the Birth Center, and our resident clinic, and have lunch with the residents.

Second Look is purely informational. Attendance is not considered in our rank list, and no faculty
involved in ranking will be present. Please RSVP using the form below by January 22:

https://forms.office.com/r/Wfb2ndLook27

Warmly,
The Ob/Gyn Residency Team
Atrium Health Wake Forest Baptist
""")

# ---------------------------------------------------------------- Atrium CMC OB/GYN (Charlotte)
prog("cmc-obgyn", "Atrium Health Carolinas Medical Center", OB, "categorical", True, "completed")
add("cmc-obgyn", "cmc-obgyn-waitlist", at("2026-10-21 17:45"),
    "Brooke Haddix <Brooke.Haddix@atriumhealth.org>",
    "Carolinas Medical Center OB/GYN Residency \u2013 Interview Waitlist",
    text="""Dear Camille,

Thank you for applying to the Obstetrics & Gynecology Residency at Atrium Health Carolinas Medical
Center. We received a record number of applications this year and have filled our initial
interview dates.

We were impressed with your application and would like to place you on our interview waitlist.
If a spot becomes available, you will receive an invitation through Thalamus. No action is
needed on your part to remain on the waitlist.

Kind regards,

Brooke Haddix
Program Coordinator, OB/GYN Residency
Atrium Health Carolinas Medical Center
1000 Blythe Blvd, Charlotte, NC 28203
""")
d = weekday_ok("2027-01-08")
thal_invite("cmc-obgyn", "thalamus-invitation", at("2026-12-01 19:10", UTC),
            "Carolinas Medical Center Program", OB,
            "Good afternoon,\n\nAn interview spot has opened for our January 8 virtual interview day, and we "
            "are happy to extend this invitation to you from our waitlist. Please respond within 72 hours.\n\n"
            "Atrium Health CMC OB/GYN",
            "Friday, December 4, 2026 at 2:00 PM EST", [d], "Brooke.Haddix@atriumhealth.org")
thal_scheduled("cmc-obgyn", "thalamus-scheduled", at("2026-12-02 01:03", UTC),
               "Carolinas Medical Center Program", OB, d, "8:00 AM - 12:30 PM EST",
               "Virtual", start=at(d + " 08:00"), end=at(d + " 12:30"))
add("cmc-obgyn", "cmc-obgyn-reminder", at("2027-01-04 09:05"),
    "Brooke Haddix <Brooke.Haddix@atriumhealth.org>",
    "Reminder: CMC OBGYN virtual interview 1/8 + resident social 1/7",
    text="""Hi Camille,

Happy New Year! A couple of reminders before Friday:

* Thursday 1/7, 7:00-8:00 PM ET: optional residents-only virtual social.
  Link: https://atriumhealth.webex.com/meet/cmcobgyn.social
* Friday 1/8, 8:00 AM - 12:30 PM ET: interview day.
  Link: https://atriumhealth.webex.com/meet/cmcobgyn.interviews

Your interviewers are Dr. Saldana (PD), Dr. Burch, and Dr. Wynn. Please have your camera on for
the entire day if you can.

See you soon,
Brooke

Brooke Haddix | Program Coordinator
Department of OB/GYN | Atrium Health Carolinas Medical Center
""")

# ---------------------------------------------------------------- Prisma Health-Upstate OB/GYN (Greenville SC)
prog("prisma-upstate-obgyn", "Prisma Health\u2013Upstate / University of South Carolina School of Medicine Greenville",
     OB, "categorical", True, "completed")
d = weekday_ok("2026-12-07")
ib_invite("prisma-upstate-obgyn", "interviewbroker-invitation", at("2026-10-19 13:30"),
          "Prisma Health-Upstate - Obstetrics & Gynecology",
          "Lauren Pittman, Program Coordinator",
          "Congratulations! The Department of Obstetrics and Gynecology at Prisma Health-Upstate in "
          "Greenville, South Carolina would like to invite you to a virtual interview for our categorical "
          "residency program.\n\nOur interview day begins at 8:00 AM and ends by 1:30 PM Eastern time. A "
          "virtual social with our residents will be held the evening before each interview date.",
          ["2026-11-09", "2026-11-30", d, "2027-01-11"], "October 26, 2026")
ib_confirm("prisma-upstate-obgyn", "interviewbroker-confirmed", at("2026-10-20 07:52"),
           "Prisma Health-Upstate - Obstetrics & Gynecology", d, "8:00 AM - 1:30 PM (EST)")
add("prisma-upstate-obgyn", "greenville-obgyn-info", at("2026-12-02 15:10"),
    "Lauren Pittman <Lauren.Pittman@prismahealth.org>",
    "Greenville OB/GYN Virtual Interview \u2013 Monday 12/7",
    html=f"""<html><body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;">
<p>Dear Dr. Broussard,</p>
<p>We look forward to your virtual interview on <b>{day(d)}</b>. Below please find the schedule.
All times are Eastern.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px;">
<tr style="background:#5b2c83;color:#fff;"><th>Time</th><th>Event</th></tr>
<tr><td>Sun 12/6, 7:00 PM</td><td>Resident social (optional) &ndash; Teams</td></tr>
<tr><td>8:00 AM</td><td>Welcome &ndash; Program Director</td></tr>
<tr><td>8:30 AM</td><td>Faculty interviews (3)</td></tr>
<tr><td>10:00 AM</td><td>Greenville Memorial Hospital &amp; Patewood virtual tour</td></tr>
<tr><td>11:00 AM</td><td>Resident Q&amp;A</td></tr>
<tr><td>12:30 PM</td><td>Closing remarks</td></tr>
</table>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_PrismaObGyn1207">Join Microsoft Teams Meeting</a></p>
<p>Thank you,<br>Lauren</p>
<p style="color:#5b2c83;font-size:12px;">Lauren Pittman | Residency Program Coordinator<br>
Department of Obstetrics and Gynecology<br>
Prisma Health Greenville Memorial Hospital<br>
University of South Carolina School of Medicine Greenville<br>
890 W. Faris Road, Suite 470, Greenville, SC 29605</p>
</body></html>""", html_cte="base64")
add("prisma-upstate-obgyn", "prisma-upstate-thanks", at("2026-12-08 12:44"),
    "\"Hutchins, Rebecca MD\" <Rebecca.Hutchins@prismahealth.org>",
    "Thank you for interviewing with Prisma Health Upstate OBGYN",
    text="""Dear Camille,

Thank you for interviewing with us yesterday. It was a pleasure to learn about you. We know
virtual interviews can feel impersonal, and we hope you felt the warmth of our residents and
faculty.

Please don't hesitate to reach out with any further questions.

Sincerely,

Rebecca Hutchins, MD
Program Director, OB/GYN Residency
Prisma Health-Upstate
""")

# ---------------------------------------------------------------- Prisma Health-Midlands OB/GYN (Columbia SC)
prog("prisma-midlands-obgyn", "Prisma Health\u2013Midlands / University of South Carolina School of Medicine Columbia",
     OB, "categorical", False, "rejected")
add("prisma-midlands-obgyn", "prisma-midlands-obgyn-decision", at("2026-11-12 16:20"),
    "Prisma Health Midlands OB/GYN Residency <OBGYNResidency.Midlands@prismahealth.org>",
    "Your application to Prisma Health Midlands OB/GYN",
    text="""Dear Applicant,

Thank you for your interest in the Prisma Health-Midlands/University of South Carolina School of
Medicine Columbia Obstetrics and Gynecology Residency Program.

We received over 600 applications for six positions. After careful review, we regret that we are
unable to offer you an interview this year. This decision in no way reflects on your potential
as a future physician, and we wish you every success in the Match.

Sincerely,

Residency Selection Committee
Department of Obstetrics and Gynecology
Prisma Health-Midlands | Columbia, South Carolina
""")

# ---------------------------------------------------------------- LSU Health New Orleans (declined)
prog("lsuno-obgyn", "LSU Health Sciences Center New Orleans", OB, "categorical", True, "declined")
thal_invite("lsuno-obgyn", "thalamus-invitation", at("2026-10-22 20:30", UTC),
            "Louisiana State University School of Medicine Program", OB,
            "Dear Applicant,\n\nThe LSU Health New Orleans Department of Obstetrics & Gynecology is pleased to "
            "invite you to interview for a PGY-1 categorical position. Interviews are virtual. Please select a "
            "date in Thalamus within 5 business days.\n\nLSUHSC-NO Ob/Gyn Residency",
            "Thursday, October 29, 2026 at 5:00 PM CDT",
            ["2026-11-20", "2026-12-04", "2026-12-11", "2027-01-08"], "obgynres@lsuhsc.edu")
thal_simple("lsuno-obgyn", "thalamus-declined", at("2026-10-26 14:11", UTC),
            "Interview Declined: Louisiana State University School of Medicine Program - Obstetrics and Gynecology",
            "Louisiana State University School of Medicine Program", OB,
            "You have declined your interview invitation. The program has been notified.\n\n"
            "If this was a mistake, please contact the program directly; declined invitations cannot be "
            "restored in Thalamus.", "Interview Declined")
dec_when = at("2026-10-26 09:08", CT)
dec_text = """Dear Ms. Arceneaux,

Thank you so much for the invitation to interview with the LSU Ob/Gyn program. After a lot of
thought I have decided to decline so that the spot can go to another applicant. I truly
appreciate the consideration.

Best regards,
Camille Broussard
Mercer University School of Medicine, Class of 2027
"""
add("lsuno-obgyn", "lsu-no-decline-reply", at("2026-10-27 08:31", CT),
    "Denise Arceneaux <darcen@lsuhsc.edu>",
    "RE: LSU Health New Orleans OB/GYN interview",
    text=f"""Hi Camille,

Thank you for letting us know, and for declining early so we can offer the date to someone else.
We wish you all the best this interview season!

Denise

Denise Arceneaux
Residency Coordinator | Department of Obstetrics & Gynecology
LSU Health Sciences Center - New Orleans
1542 Tulane Ave., Room 540, New Orleans, LA 70112

-----Original Message-----
{outlook_header(dec_when, 'Camille Broussard <' + APPL_EMAIL + '>', 'Denise Arceneaux <darcen@lsuhsc.edu>', 'LSU Health New Orleans OB/GYN interview')}

{dec_text}""")

# ---------------------------------------------------------------- LSU Health Shreveport (Ochsner LSU Health)
prog("lsushv-obgyn", "LSU Health Shreveport (Ochsner LSU Health Shreveport \u2013 Academic Medical Center)",
     OB, "categorical", True, "completed")
d = weekday_ok("2026-12-14")
eras_invite("lsushv-obgyn", "eras-invitation", at("2026-10-28 10:02", CT),
            "Louisiana State University (Shreveport) Program", OB,
            ["2026-11-16", d, "2027-01-11"], "11/04/2026",
            "Thank you for applying to LSU Health Shreveport Ob/Gyn. Interviews are virtual via Zoom and "
            "run 8:00 AM-12:30 PM Central.")
lsu_mid = add("lsushv-obgyn", "lsu-shreveport-confirm", at("2026-10-29 14:26", CT),
              "Kayla Thibodeaux <kayla.thibodeaux@lsuhs.edu>",
              "Interview Confirmation - OB/GYN Residency - 12/14/2026",
              text=f"""Dear Ms. Broussard,

This email confirms your virtual interview with the Department of Obstetrics & Gynecology at
LSU Health Shreveport on {day(d)}. Zoom details and your itinerary will be sent the week
prior.

Our residents train at Ochsner LSU Health Shreveport - Academic Medical Center and Ochsner LSU
Health - St. Mary Medical Center. We look forward to meeting you!

Kayla Thibodeaux
Program Coordinator
Department of Obstetrics & Gynecology
LSU Health Shreveport
1501 Kings Hwy, Shreveport, LA 71103
318-675-5379
""")
add("lsushv-obgyn", "lsuhs-obgyn-reminder", at("2026-12-10 11:50", CT),
    "Kayla Thibodeaux <kayla.thibodeaux@lsuhs.edu>",
    "RE: Interview Confirmation - OB/GYN Residency - 12/14/2026",
    text=f"""Good morning,

Your Zoom link for Monday is below. Please join by 7:45 AM Central (8:45 AM Eastern).

https://lsuhsc-shreveport.zoom.us/j/86120443917   Passcode: 711031

7:45   Log in / tech check
8:00   Welcome - Dr. Marcus Ledet, Program Director
8:30   Interviews with faculty (3 x 25 min)
10:00  Residents' hour
11:00  “A day at the AMC” – virtual tour of L&D at Ochsner LSU Health Shreveport
       (residents also rotate at Ochsner LSU Health Saint Mary Medical Center)
12:00  Wrap-up

Kayla

Kayla Thibodeaux | Program Coordinator | Ob/Gyn | LSU Health Shreveport
""", cte="quoted-printable", in_reply_to=lsu_mid,
    attach=(("LSUHS OBGYN Interview.ics", "calendar",
             ics("lsuhs-obgyn-1214-cb", "LSUHS OB/GYN Virtual Interview", at(d + " 07:45", CT),
                 at(d + " 12:30", CT), "https://lsuhsc-shreveport.zoom.us/j/86120443917",
                 "LSU Health Shreveport OB/GYN virtual interview",
                 ("Thibodeaux, Kayla", "kayla.thibodeaux@lsuhs.edu"), tzid="America/Chicago"),
             {"method": "REQUEST"}),))
add("lsushv-obgyn", "lsuhs-thank-you", at("2026-12-16 15:02", CT),
    "LSUHS OB/GYN Residency <obgynresidency@lsuhs.edu>",
    "Thank You for Interviewing!",
    text="""Dear Applicant,

Thank you for interviewing with the LSUHS Obstetrics and Gynecology Residency Program. We enjoyed
getting to know you. Please feel free to contact us if you have additional questions about our
program or Shreveport.

Sincerely,
LSUHS OB/GYN Residency Program
""")

# ---------------------------------------------------------------- Tulane OB/GYN (rejected)
prog("tulane-obgyn", "Tulane University School of Medicine", OB, "categorical", False, "rejected")
add("tulane-obgyn", "tulane-obgyn-decision", at("2026-11-09 17:05", CT),
    "Tulane OB-GYN Residency <obgynres@tulane.edu>",
    "Tulane Obstetrics & Gynecology Residency - Application Update",
    text="""Dear Camille Broussard,

Thank you for applying to the Tulane University School of Medicine Obstetrics and Gynecology
residency program. We appreciate your interest in training in New Orleans.

Unfortunately, we are not able to offer you an interview at this time. We wish you the very best
in your career.

Respectfully,
Tulane OB-GYN Residency Program
Department of Obstetrics & Gynecology
Tulane University School of Medicine, New Orleans, LA
""")

# ---------------------------------------------------------------- Ochsner OB/GYN (waitlisted)
prog("ochsner-obgyn", "Ochsner Clinic Foundation (Ochsner Medical Center \u2013 New Orleans)", OB, "categorical",
     False, "waitlisted")
add("ochsner-obgyn", "ochsner-obgyn-waitlist", at("2026-11-04 13:40", CT),
    "Ochsner OB/GYN Residency <obgynresidency@ochsner.org>",
    "Ochsner Health Ob/Gyn Residency \u2013 Waitlist",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<p>Dear Camille,</p>
<p>Thank you for your application to the Ochsner Clinic Foundation Obstetrics &amp; Gynecology
Residency Program. Our interview dates are currently full; however, we would like to place you on
our <b>waitlist</b>. Should a position become available, we will contact you by email.</p>
<p>Thank you for your interest in Ochsner Health!</p>
<p>Ob/Gyn Graduate Medical Education<br>Ochsner Medical Center &ndash; New Orleans<br>
1514 Jefferson Highway, New Orleans, LA 70121</p>
</body></html>""")
add("ochsner-obgyn", "ochsner-obgyn-waitlist-update", at("2027-01-08 11:15", CT),
    "Ochsner OB/GYN Residency <obgynresidency@ochsner.org>",
    "Waitlist update - Ochsner Ob/Gyn",
    text="""Hello,

We wanted to provide an update to applicants on our interview waitlist. Our final interview
date is January 22. You remain on our waitlist, and we will reach out directly if a spot opens.

Thank you for your patience,
Ochsner Ob/Gyn Residency
""")

# ---------------------------------------------------------------- USF OB/GYN (rescheduled, completed)
prog("usf-obgyn", "University of South Florida Morsani College of Medicine / Tampa General Hospital", OB,
     "categorical", True, "completed")
d0, d1 = weekday_ok("2026-11-20"), weekday_ok("2026-12-04")
thal_invite("usf-obgyn", "thalamus-invitation", at("2026-10-23 15:00", UTC),
            "University of South Florida Morsani College of Medicine Program", OB,
            "Dear Applicant,\n\nThe USF Health Department of Obstetrics and Gynecology is delighted to invite "
            "you to interview for our residency program. Our residents train at Tampa General Hospital, "
            "the region's only Level IV maternal care center, and at our USF Health clinics.\n\n"
            "Interviews are virtual, 7:30 AM - 12:30 PM ET.",
            "Friday, October 30, 2026 at 11:59 PM EDT", [d0, d1, "2026-12-18"], "obgynres@usf.edu")
thal_scheduled("usf-obgyn", "thalamus-scheduled", at("2026-10-24 12:17", UTC),
               "University of South Florida Morsani College of Medicine Program", OB, d0,
               "7:30 AM - 12:30 PM EST", "Virtual", start=at(d0 + " 07:30"), end=at(d0 + " 12:30"))
usf_chg = add("usf-obgyn", "usf-date-change", at("2026-11-10 14:48"),
              "\"Rodriguez-Vance, Marisol\" <mrodriguezvance@usf.edu>",
              "USF OB/GYN Interview Date Change \u2013 November 20 session moved",
              text=f"""Dear Dr. Broussard,

We sincerely apologize for the inconvenience. Due to a department-wide conflict, our Friday,
November 20 interview session has been cancelled and all applicants on that date are being moved
to {day(d1)}. You will receive an updated confirmation from Thalamus shortly.

If December 4 does not work for you, please reply to this email and we will do our best to find
an alternative date.

Best,
Marisol Rodriguez-Vance
Program Administrator, OB/GYN Residency
USF Health Morsani College of Medicine
2 Tampa General Circle, Tampa, FL 33606
""")
thal_scheduled("usf-obgyn", "thalamus-rescheduled", at("2026-11-10 20:03", UTC),
               "University of South Florida Morsani College of Medicine Program", OB, d1,
               "7:30 AM - 12:30 PM EST", "Virtual", start=at(d1 + " 07:30"), end=at(d1 + " 12:30"),
               verb="Rescheduled")
add("usf-obgyn", "usf-obgyn-thanks", at("2026-12-07 09:20"),
    "USF OBGYN Residency <obgynres@usf.edu>",
    "Thank you \u2013 USF Health OB-GYN",
    html="""<div style="font-family:Georgia,serif;font-size:15px;color:#006747;">
<p>Dear Camille,</p>
<p>Thank you for interviewing with the USF Health OB-GYN Residency Program on Friday. Our faculty
and residents enjoyed meeting you, and we hope you enjoyed seeing what Tampa General and USF have
to offer.</p>
<p>Go Bulls!</p>
<p>USF Health Morsani College of Medicine<br>Department of Obstetrics &amp; Gynecology</p></div>""")

# ---------------------------------------------------------------- University of South Alabama
prog("usa-obgyn", "University of South Alabama (USA Health, Frederick P. Whiddon College of Medicine)", OB,
     "categorical", True, "completed")
d = weekday_ok("2026-11-18")
ib_invite("usa-obgyn", "interviewbroker-invitation", at("2026-10-27 09:00", CT),
          "University of South Alabama - OB/GYN",
          "Gwen Toomey, Residency Coordinator",
          "The Department of Obstetrics and Gynecology at USA Health would like to invite you to interview "
          "with our program. Interviews will be conducted via Zoom. Our residents train primarily at USA "
          "Health Children’s & Women’s Hospital in Mobile, Alabama.",
          ["2026-11-04", d, "2026-12-09"], "November 2, 2026")
ib_confirm("usa-obgyn", "interviewbroker-confirmed", at("2026-10-27 21:34", CT),
           "University of South Alabama - OB/GYN", d, "8:00 AM - 12:00 PM (CST)")
add("usa-obgyn", "south-alabama-reminder", at("2026-11-16 10:40", CT),
    "Gwen Toomey <gtoomey@health.southalabama.edu>",
    "South Alabama OB-GYN \u2013 Wednesday Interview",
    text=f"""Dear Camille,

Just a reminder about your Zoom interview with the USA Ob-Gyn residency this Wednesday,
{day(d, 'mdy')}, 8:00 AM Central. The link:

https://southalabama.zoom.us/j/97736015542

The evening before (Tuesday, 6:30 PM CT), our residents are hosting an informal virtual
"meet the residents" - link is the same.

Thanks,
Gwen Toomey
Residency Coordinator
Department of Obstetrics & Gynecology
University of South Alabama | Frederick P. Whiddon College of Medicine
Mobile, AL
""")

# ---------------------------------------------------------------- University of Florida (Gainesville) - rejected
prog("uf-obgyn", "University of Florida College of Medicine (Gainesville)", OB, "categorical", False, "rejected")
add("uf-obgyn", "uf-gainesville-decision", at("2026-11-13 12:00"),
    "UF OB/GYN Residency <obgyn-residency@ufl.edu>",
    "University of Florida OB/GYN Residency Application",
    text="""Dear Camille,

Thank you for your interest in the University of Florida Obstetrics and Gynecology Residency Program
in Gainesville. We have completed our review of applications and regret to inform you that we are
unable to offer you an interview for the 2027 Match.

We wish you the best of luck.

UF Health Shands Hospital | Department of Obstetrics & Gynecology
University of Florida College of Medicine, Gainesville, FL
""")

# ---------------------------------------------------------------- UF Health Jacksonville - waitlist -> invited (unanswered)
prog("ufj-obgyn", "University of Florida College of Medicine \u2013 Jacksonville (UF Health Jacksonville)", OB,
     "categorical", True, "invited")
thal_simple("ufj-obgyn", "thalamus-waitlisted", at("2026-11-06 18:22", UTC),
            "Waitlisted: University of Florida College of Medicine Jacksonville Program - Obstetrics and Gynecology",
            "University of Florida College of Medicine Jacksonville Program", OB,
            "You have been added to the interview waitlist by the program below. If an interview date becomes "
            "available, the program may send you an invitation through Thalamus.", "You've been waitlisted")
add("ufj-obgyn", "ufhealth-jax-invite", at("2027-01-29 15:33"),
    "Alicia Monroe <Alicia.Monroe@jax.ufl.edu>",
    "Interview Invitation \u2013 UF Health Jacksonville OB/GYN (from waitlist)",
    text=f"""Dear Camille Broussard,

Good afternoon! Two interview spots have opened in our final interview sessions, and we would
love to offer one to you. The available dates are:

   {day('2027-02-09')}   (virtual, 8:00 AM - 12:00 PM ET)
   {day('2027-02-11')}   (virtual, 8:00 AM - 12:00 PM ET)

Please reply to this email with your preferred date by Monday, February 8 at noon. These dates
are offered first-come, first-served.

Thank you,
Alicia Monroe, BA
Residency Program Coordinator
Department of Obstetrics and Gynecology
University of Florida College of Medicine - Jacksonville
655 West 8th Street, Jacksonville, FL 32209
""")

# ---------------------------------------------------------------- Emory
prog("emory-obgyn", "Emory University School of Medicine", OB, "categorical", True, "completed")
d = weekday_ok("2026-12-11")
thal_invite("emory-obgyn", "thalamus-invitation", at("2026-10-30 13:00", UTC),
            "Emory University School of Medicine Program", OB,
            "Dear Camille,\n\nThank you for applying to the Emory Gynecology & Obstetrics residency program. "
            "We are delighted to invite you to a virtual interview. Our residents care for patients at Grady "
            "Memorial Hospital, Emory University Hospital Midtown and Emory Decatur Hospital.\n\n"
            "Emory Gyn/Ob Residency Program",
            "Friday, November 6, 2026 at 5:00 PM EST", ["2026-11-20", d, "2027-01-15"],
            "gynobresidency@emory.edu")
thal_scheduled("emory-obgyn", "thalamus-scheduled", at("2026-10-30 16:49", UTC),
               "Emory University School of Medicine Program", OB, d, "8:00 AM - 1:00 PM EST", "Virtual")
add("emory-obgyn", "emory-interview-details", at("2026-12-04 13:12"),
    "Shanice Whitfield <shanice.whitfield@emory.edu>",
    "Emory Gyn/Ob Interview \u2013 Friday, December 11",
    text=f"""Hi Camille,

Attached is a calendar invitation for your virtual interview with the Emory University School of
Medicine Department of Gynecology & Obstetrics on {day(d)}.

Zoom: https://emory.zoom.us/j/95550182263
Pre-interview resident meet & greet: Thursday 12/10 at 6:30 PM ET (same link).

Please let me know if you need any accommodations.

Shanice Whitfield
Residency Program Coordinator
Department of Gynecology and Obstetrics
Emory University School of Medicine
49 Jesse Hill Jr. Drive SE, Atlanta, GA 30303
""", attach=(("Emory GynOb Interview.ics", "calendar",
              ics("emory-gynob-20261211-cb", "Emory Gyn/Ob Residency Virtual Interview", at(d + " 08:00"),
                  at(d + " 13:00"), "https://emory.zoom.us/j/95550182263",
                  "Emory University School of Medicine - Gynecology & Obstetrics residency interview",
                  ("Whitfield, Shanice", "shanice.whitfield@emory.edu")), {"method": "REQUEST"}),))
add("emory-obgyn", "emory-thank-you", at("2026-12-14 10:05"),
    "\"Okonkwo-Bell, Adaeze\" <adaeze.okonkwobell@emory.edu>",
    "Thank you from Emory",
    text="""Dear Camille,

Thank you for interviewing with us on Friday. Our residents loved your questions about the Grady
midwifery collaboration. We wish you a restful holiday season and the best of luck in the Match.

Warmly,
Adaeze Okonkwo-Bell, MD
Residency Program Director, Gynecology & Obstetrics
Emory University School of Medicine
""")

# ---------------------------------------------------------------- Morehouse OB/GYN (rejected)
prog("morehouse-obgyn", "Morehouse School of Medicine", OB, "categorical", False, "rejected")
add("morehouse-obgyn", "msm-obgyn-decision", at("2026-11-17 16:55"),
    "MSM OB/GYN Residency <obgynresidency@msm.edu>",
    "Morehouse School of Medicine OB/GYN \u2013 Interview Decision",
    text="""Dear Ms. Broussard,

Thank you for applying to the Morehouse School of Medicine Obstetrics and Gynecology Residency
Program. Due to the high volume of outstanding applicants, we are unable to extend an interview
invitation to you this year. We wish you success in your residency search.

Sincerely,
Obstetrics and Gynecology Residency Program
Morehouse School of Medicine, Atlanta, Georgia
""")

# ---------------------------------------------------------------- MCG OB/GYN (waitlisted)
prog("mcg-obgyn", "Medical College of Georgia at Augusta University", OB, "categorical", False, "waitlisted")
add("mcg-obgyn", "mcg-obgyn-waitlist", at("2026-11-11 14:30"),
    "\"Dunaway, Crystal\" <CDUNAWAY@augusta.edu>",
    "MCG OB/GYN Residency Interview Waitlist",
    text="""Dear Applicant,

Thank you for applying to the Obstetrics and Gynecology Residency Program at the Medical College of
Georgia at Augusta University. At this time all of our interview spots have been filled. We would
like to offer you a position on our waitlist. If you would like to remain on the waitlist, no
response is needed; if you would like to be removed, please reply to this email.

Crystal Dunaway
Program Coordinator, Obstetrics & Gynecology
Medical College of Georgia | Wellstar MCG Health
1120 15th Street, BA-7300, Augusta, GA 30912
""")
add("mcg-obgyn", "mcg-obgyn-waitlist-2", at("2027-01-15 09:40"),
    "\"Dunaway, Crystal\" <CDUNAWAY@augusta.edu>",
    "RE: MCG OB/GYN Residency Interview Waitlist",
    text="""Good morning,

Just a quick note that our waitlist is still active through our last interview date
(January 27). We will contact you right away if a date opens. If you would like to be removed
from the waitlist, please let me know.

Crystal
""")

# ---------------------------------------------------------------- EVMS -> ODU Brock Virginia Health Sciences
prog("evms-obgyn", "Macon & Joan Brock Virginia Health Sciences at Old Dominion University (Eastern Virginia Medical School)",
     OB, "categorical", True, "completed")
d = weekday_ok("2026-12-17")
add("evms-obgyn", "evms-invitation", at("2026-10-26 11:20"),
    "Yolanda Pettiford <PettifYM@EVMS.EDU>",
    "EVMS OB/GYN Residency Interview Invitation",
    html=f"""<html><body style="font-family:Calibri,sans-serif;font-size:11pt;">
<p>Dear Camille,</p>
<p>Congratulations! On behalf of Dr. Nathaniel Aske, Program Director, and the Department of Obstetrics
and Gynecology, I am pleased to invite you to interview for a categorical PGY-1 position in the
EVMS Obstetrics &amp; Gynecology Residency Program.</p>
<p>Please schedule your interview through Thalamus (you will receive a separate email). Interviews
are virtual and will be held on the following dates:</p>
<ul><li>{day('2026-11-19')}</li><li>{day(d)}</li><li>{day('2027-01-07')}</li></ul>
<p>Please respond within seven days of this invitation.</p>
<p>Sincerely,</p>
<p>Yolanda Pettiford<br>Residency Coordinator, Obstetrics &amp; Gynecology<br>
Eastern Virginia Medical School<br>
<i>Macon &amp; Joan Brock Virginia Health Sciences at Old Dominion University</i><br>
825 Fairfax Avenue, Suite 310, Norfolk, VA 23507</p></body></html>""")
thal_scheduled("evms-obgyn", "thalamus-scheduled", at("2026-10-28 02:15", UTC),
               "Eastern Virginia Medical School Program", OB, d, "8:00 AM - 12:45 PM EST", "Virtual")
add("evms-obgyn", "brock-vhs-reminder", at("2026-12-14 15:47"),
    "Yolanda Pettiford <ypettifo@odu.edu>",
    "Reminder: Ob/Gyn Residency Interview Thursday 12/17 \u2014 please note our new email addresses",
    text=f"""Hello Dr. Broussard,

This is a reminder of your virtual interview on Thursday, December 17. Please note that as of this
month our department email addresses have moved from @evms.edu to @odu.edu. Please use
ypettifo@odu.edu going forward; mail to the old address will be forwarded for a while.

Zoom: https://odu.zoom.us/j/91187240365   (log in by 7:45 AM)

Schedule:
 8:00  Welcome - Dr. Aske
 8:30  Interviews (Dr. Aske, Dr. Sandoval, Dr. Feinberg, chief resident)
10:30  Resident panel
11:30  Sentara Norfolk General Hospital virtual tour
12:45  Adjourn

Best regards,
Yolanda Pettiford
Residency Coordinator, Department of Obstetrics & Gynecology
ODU Brock Virginia Health Sciences (formerly EVMS)
""")
add("evms-obgyn", "brock-vhs-thanks", at("2026-12-18 14:02"),
    "Nathaniel Aske <naske@odu.edu>",
    "Thank you for interviewing \u2013 Brock VHS OB/GYN",
    text="""Dear Camille,

It was a pleasure meeting you yesterday. Thank you for your interest in our program and in
Hampton Roads. Please reach out if I can answer anything else.

Nathaniel Aske, MD
Program Director, Obstetrics & Gynecology Residency
Macon & Joan Brock Virginia Health Sciences at Old Dominion University
""")

# ---------------------------------------------------------------- UVA (declined after scheduling)
prog("uva-obgyn", "University of Virginia (UVA Health)", OB, "categorical", True, "declined")
d = weekday_ok("2027-01-15")
thal_invite("uva-obgyn", "thalamus-invitation", at("2026-11-02 17:00", UTC),
            "University of Virginia Program", OB,
            "Dear Applicant,\n\nThank you for applying to the UVA Health Obstetrics and Gynecology Residency. "
            "We are pleased to invite you to interview with us virtually. We look forward to getting to know "
            "you!\n\nUVA OB/GYN Residency, Charlottesville, VA",
            "Monday, November 9, 2026 at 12:00 PM EST", ["2026-12-08", d], "uvaobgynresidency@uvahealth.org")
thal_scheduled("uva-obgyn", "thalamus-scheduled", at("2026-11-03 00:20", UTC),
               "University of Virginia Program", OB, d, "8:00 AM - 1:00 PM EST", "Virtual")
thal_simple("uva-obgyn", "thalamus-cancelled", at("2026-12-28 18:05", UTC),
            "Interview Cancelled: University of Virginia Program - Obstetrics and Gynecology",
            "University of Virginia Program", OB,
            f"You have cancelled your interview scheduled for {day(d)}. The program has been "
            "notified and your interview slot has been released.", "Interview Cancelled")
uva_when = at("2026-12-28 13:01")
uva_text = """Hi Ms. Pham,

I wanted to let you know that I've cancelled my January 15 interview in Thalamus. I have decided to
withdraw my application from consideration. Thank you and Dr. Ellery for the invitation, and I'm
sorry for any inconvenience.

Camille Broussard
"""
add("uva-obgyn", "uva-reply-withdraw", at("2026-12-29 08:47"),
    "\"Pham, Jennifer (JP7Q)\" <JP7Q@uvahealth.org>",
    "RE: January 15 interview",
    text=f"""Dear Camille,

Thank you for letting us know in advance. We have released the date and wish you the very best.

Jennifer

Jennifer Pham | Residency Program Coordinator
Department of Obstetrics and Gynecology | UVA Health
P.O. Box 800712, Charlottesville, VA 22908

From: Camille Broussard <{APPL_EMAIL}>
Sent: {uva_when.strftime('%A, %B')} {uva_when.day}, {uva_when.year} 1:01 PM
To: Pham, Jennifer (JP7Q) <JP7Q@uvahealth.org>
Subject: January 15 interview

{uva_text}""")

# ---------------------------------------------------------------- VCU (rejected)
prog("vcu-obgyn", "VCU Health (Virginia Commonwealth University School of Medicine)", OB, "categorical", False,
     "rejected")
add("vcu-obgyn", "vcu-obgyn-decision", at("2026-11-19 15:15"),
    "VCU OB-GYN Residency <obgynresidency@vcuhealth.org>",
    "VCU Health OB/GYN \u2013 2027 Application Status",
    text="""Dear Applicant,

Thank you for your interest in the Obstetrics & Gynecology Residency Program at VCU Health. We
regret that we are unable to offer you an interview this year.

Best wishes,
Department of Obstetrics & Gynecology
Virginia Commonwealth University School of Medicine, Richmond, VA
""")

# ---------------------------------------------------------------- Carilion OB/GYN (waitlist -> released)
prog("carilion-obgyn", "Carilion Clinic (Virginia Tech Carilion School of Medicine)", OB, "categorical", False,
     "rejected")
add("carilion-obgyn", "carilion-obgyn-waitlist", at("2026-11-03 10:10"),
    "Carilion OBGYN Residency <obgynresidency@carilionclinic.org>",
    "Carilion Clinic OB/GYN Residency \u2013 Interview Waitlist",
    text="""Dear Camille,

Thank you for applying to the Carilion Clinic Obstetrics & Gynecology Residency in Roanoke,
Virginia. While our interview days are currently full, we would like to place you on our
interview waitlist.

Carilion Clinic OB/GYN Residency
Virginia Tech Carilion School of Medicine
""")
add("carilion-obgyn", "carilion-obgyn-waitlist-closed", at("2027-01-20 16:30"),
    "Carilion OBGYN Residency <obgynresidency@carilionclinic.org>",
    "Carilion OB/GYN \u2013 Interview Season Complete",
    text="""Dear Applicant,

Our interview season has come to a close, and we are releasing our waitlist. We are unable to
offer you an interview this year. We appreciate your interest in Carilion Clinic and wish you
the very best in the Match.

Carilion Clinic OB/GYN Residency
""")

# ---------------------------------------------------------------- UAB OB/GYN
prog("uab-obgyn", "University of Alabama at Birmingham (UAB Heersink School of Medicine)", OB, "categorical",
     True, "completed")
d = weekday_ok("2027-01-12")
thal_invite("uab-obgyn", "thalamus-invitation", at("2026-10-29 15:45", UTC),
            "University of Alabama Medical Center Program", OB,
            "Dear Applicant,\n\nThe UAB Department of Obstetrics and Gynecology is pleased to invite you to "
            "interview. Interviews are virtual and run from 8:00 AM to 12:30 PM Central.\n\nUAB OB/GYN Residency",
            "Thursday, November 5, 2026 at 11:59 PM CST", ["2026-12-01", d, "2027-01-19"],
            "obgynres@uabmc.edu")
thal_scheduled("uab-obgyn", "thalamus-scheduled", at("2026-10-31 14:20", UTC),
               "University of Alabama Medical Center Program", OB, d, "8:00 AM - 12:30 PM CST", "Virtual",
               tzid="America/Chicago", start=at(d + " 08:00", CT), end=at(d + " 12:30", CT))
add("uab-obgyn", "uab-itinerary", at("2027-01-07 14:00", CT),
    "\"Haskins, LaToya\" <lhaskins@uabmc.edu>",
    "UAB OB/GYN Residency Interview Itinerary - Tuesday, January 12",
    text="""Dear Camille,

Attached please find information for your interview on Tuesday. All times Central.

UAB Department of Obstetrics and Gynecology

LaToya Haskins
Residency Program Manager | Department of Obstetrics & Gynecology
UAB Heersink School of Medicine | UAB Medicine
176F Suite 10382, 619 19th Street South, Birmingham, AL 35249
""", html="""<html><body style="font-family:Arial;font-size:13px;">
<p>Dear Camille,</p>
<p>Attached please find information for your interview on Tuesday. All times Central.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;">
<tr style="background:#1e6b52;color:white;"><td>7:45</td><td>Log in (Zoom link below)</td></tr>
<tr><td>8:00</td><td>Welcome &ndash; Program Director &amp; Chair</td></tr>
<tr><td>8:30&ndash;10:30</td><td>Faculty interviews</td></tr>
<tr><td>10:30</td><td>Resident panel</td></tr>
<tr><td>11:30</td><td>Women &amp; Infants Center virtual tour</td></tr></table>
<p><a href="https://uab.zoom.us/j/99018827734">https://uab.zoom.us/j/99018827734</a></p>
<p><b>UAB Department of Obstetrics and Gynecology</b></p>
<p>LaToya Haskins<br>Residency Program Manager | Department of Obstetrics &amp; Gynecology<br>
UAB Heersink School of Medicine | UAB Medicine<br>Birmingham, AL 35249</p></body></html>""")
add("uab-obgyn", "uab-thank-you", at("2027-01-13 11:22", CT),
    "UAB OB/GYN Residency <obgynres@uabmc.edu>",
    "Thank you for interviewing at UAB!",
    text="""Dear Camille,

Thank you for interviewing with the UAB Obstetrics & Gynecology residency program yesterday. We
know you have many choices, and we appreciate your time. Best of luck!

UAB OB/GYN Residency Program
""")

# ---------------------------------------------------------------- Vanderbilt (rejected)
prog("vumc-obgyn", "Vanderbilt University Medical Center", OB, "categorical", False, "rejected")
add("vumc-obgyn", "vumc-obgyn-decision", at("2026-11-06 10:00", CT),
    "VUMC OB/GYN Residency <obgyn.residency@vumc.org>",
    "VUMC Obstetrics & Gynecology Residency \u2013 Application Update",
    text="""Dear Camille,

Thank you for your application to the Obstetrics and Gynecology residency at Vanderbilt University
Medical Center. We regret that we are unable to offer you an interview. We wish you the very best.

Sincerely,
VUMC OB/GYN Residency Program | Nashville, Tennessee
""")

# ---------------------------------------------------------------- UNC OB/GYN (rejected)
prog("unc-obgyn", "University of North Carolina at Chapel Hill (UNC School of Medicine)", OB, "categorical", False,
     "rejected")
add("unc-obgyn", "unc-obgyn-decision", at("2026-11-10 18:02"),
    "UNC OBGYN Residency <obgynresidency@med.unc.edu>",
    "UNC Obstetrics & Gynecology: Application Decision",
    text="""Dear Applicant,

Thank you for your interest in the Obstetrics and Gynecology Residency Program at the University of
North Carolina at Chapel Hill. After careful review of your application, we regret that we are not
able to offer you an interview this year.

UNC Department of Obstetrics & Gynecology
""")

# ---------------------------------------------------------------- AdventHealth Orlando OB/GYN (rejected)
prog("ahorlando-obgyn", "AdventHealth Orlando", OB, "categorical", False, "rejected")
add("ahorlando-obgyn", "adventhealth-obgyn-decision", at("2026-11-05 13:27"),
    "AdventHealth GME <GME.Orlando@AdventHealth.com>",
    "Thank you for your interest in AdventHealth Orlando OB/GYN Residency",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333;">
<table width="600"><tr><td style="background:#00a0df;height:6px;"></td></tr>
<tr><td style="padding:16px;">
<p>Dear Camille,</p>
<p>Thank you for your interest in the <b>AdventHealth Orlando Obstetrics &amp; Gynecology Residency Program</b>.
After thoughtful consideration, we regret to inform you that we are unable to offer you an interview
for the upcoming Match cycle.</p>
<p>We wish you all the best in your pursuit of residency training.</p>
<p>Graduate Medical Education<br>AdventHealth Orlando<br>601 East Rollins Street, Orlando, FL 32803</p>
<p style="font-size:11px;color:#888;">Extending the Healing Ministry of Christ</p></td></tr></table>
</body></html>""")

# ---------------------------------------------------------------- HCA Florida Osceola (cancelled by program)
prog("hca-osceola-obgyn", "HCA Florida Osceola Hospital (UCF/HCA Florida Healthcare GME Consortium, Greater Orlando)",
     OB, "categorical", True, "cancelled")
d = weekday_ok("2027-01-21")
thal_invite("hca-osceola-obgyn", "thalamus-invitation", at("2026-11-05 21:10", UTC),
            "University of Central Florida/HCA Florida Healthcare (Greater Orlando) Program", OB,
            "Dear Applicant,\n\nThank you for applying to the Obstetrics and Gynecology Residency at HCA Florida "
            "Osceola Hospital, part of the UCF/HCA Florida Healthcare GME Consortium. We would be pleased to "
            "interview you.\n\nHCA Healthcare Graduate Medical Education",
            "Friday, November 13, 2026 at 11:59 PM EST", ["2026-12-10", d], "OBGYN.Osceola@hcahealthcare.com")
thal_scheduled("hca-osceola-obgyn", "thalamus-scheduled", at("2026-11-06 13:55", UTC),
               "University of Central Florida/HCA Florida Healthcare (Greater Orlando) Program", OB, d,
               "8:00 AM - 12:00 PM EST", "Virtual")
add("hca-osceola-obgyn", "hca-osceola-cancellation", at("2027-01-11 17:18"),
    "\"Cabrera, Yesenia\" <Yesenia.Cabrera@hcahealthcare.com>",
    "IMPORTANT: Cancellation of January 21 OB/GYN interview date",
    text="""Dear Applicant,

We regret to inform you that due to unforeseen circumstances, the Obstetrics and Gynecology
Residency Program at HCA Florida Osceola Hospital must cancel its January 21, 2027 interview date.
Unfortunately, all of our remaining interview dates are full and we are not able to offer an
alternative date at this time.

We sincerely apologize for any inconvenience this may cause and thank you for your interest in
our program.

Yesenia Cabrera
Residency Program Coordinator, Obstetrics & Gynecology
HCA Florida Osceola Hospital | UCF/HCA Florida Healthcare GME Consortium
700 W. Oak St., Kissimmee, FL 34741
""")
thal_simple("hca-osceola-obgyn", "thalamus-cancelled", at("2027-01-11 22:19", UTC),
            "Interview Cancelled by Program: University of Central Florida/HCA Florida Healthcare (Greater Orlando) Program - Obstetrics and Gynecology",
            "University of Central Florida/HCA Florida Healthcare (Greater Orlando) Program", OB,
            f"The program has cancelled your interview scheduled for {day(d)}. Please contact "
            "the program with any questions.", "Interview Cancelled")

# ---------------------------------------------------------------- HCA Florida West (Pensacola) - rejected
prog("hca-west-obgyn", "HCA Florida West Hospital (UCF/HCA Florida Healthcare GME Consortium, Pensacola)", OB,
     "categorical", False, "rejected")
thal_simple("hca-west-obgyn", "thalamus-update", at("2026-11-16 20:40", UTC),
            "Application Update: University of Central Florida/HCA Florida Healthcare (Pensacola) Program - Obstetrics and Gynecology",
            "University of Central Florida/HCA Florida Healthcare (Pensacola) Program", OB,
            "Thank you for your interest in our program. After careful review, the program is unable to offer "
            "you an interview at this time. We wish you the best in your residency search.",
            "Application Update")
