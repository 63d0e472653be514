"""Programs in upstate New York, the Bronx, Connecticut, Rhode Island, Massachusetts."""
from lib import add, ics, quote, TO, ADDR
from gen_a import (THAL, ERAS, IB, thalamus_invite, thalamus_scheduled, eras_invite,
                   eras_status, ib_invite, ib_confirm)
from gen_b import prog, IM, NEURO


def build():
    # ---------------------------------------------------------------- Rochester (Strong) Neuro
    prog("urmc-neuro", "University of Rochester Medical Center (Strong Memorial Hospital)", NEURO, "categorical", True, "completed")
    eras_invite("urmc-neuro", "2026-11-12 10:00", "eras-invitation",
        "University of Rochester Program", "1803531079", "Neurology",
        ["Friday, December 11, 2026", "Friday, January 8, 2027", "Friday, January 22, 2027"],
        "November 19, 2026",
        "Greetings from Rochester! The University of Rochester Neurology Residency\n"
        "Program at Strong Memorial Hospital would like to invite you to interview.")
    eras_status("urmc-neuro", "2026-11-13 19:20", "eras-scheduled",
        "University of Rochester Program", "1803531079", "Neurology",
        "Your interview has been scheduled.", "Friday, January 8, 2027")
    add("urmc-neuro", "2027-01-05 14:03", "urmc-neuro-itinerary",
        "Neurology Residency <Neurology_Residency@URMC.Rochester.edu>",
        "URMC Neurology Interview Day \u2013 Friday, January 8",
        """Hi Nora,

We're looking forward to Friday! Here is the itinerary for your URMC
Neurology interview day (all times Eastern):

  8:00 - 8:30    Welcome - Program Director & Chair
  8:30 - 10:00   Faculty interviews
  10:00 - 10:45  Resident panel
  11:00 - 12:00  Virtual tour of Strong Memorial Hospital & the
                 Del Monte Institute for Neuroscience

Zoom link: https://urmc.zoom.us/j/96655120871

Take care and stay warm,

Heather Dunleavy
Residency Program Administrator, Department of Neurology
University of Rochester Medical Center | Strong Memorial Hospital
601 Elmwood Avenue, Box 673, Rochester, NY 14642
""", cte="quoted-printable")

    # ---------------------------------------------------------------- Rochester General IM
    prog("rgh-im", "Rochester General Hospital", IM, "categorical", True, "invited")
    inv = """Dear Nora Castellano,

Congratulations! On behalf of the Internal Medicine Residency Program at
Rochester General Hospital, we would like to invite you to a virtual
interview. We have two remaining interview dates:

   * Wednesday, February 10, 2027
   * Wednesday, February 17, 2027

Please reply to this email with your preferred date by Monday, February 8.

Best regards,

Colleen Marchetti
Residency Program Coordinator, Internal Medicine
Rochester Regional Health | Rochester General Hospital
1425 Portland Avenue, Rochester, NY 14621
"""
    mid = add("rgh-im", "2027-01-28 15:27", "rgh-im-invitation",
        "Marchetti, Colleen <Colleen.Marchetti@rochesterregional.org>",
        "Rochester Regional Health \u2013 Internal Medicine Residency Interview Invitation",
        inv, cte="quoted-printable")
    add("rgh-im", "2027-02-03 09:05", "rgh-im-reminder",
        "Marchetti, Colleen <Colleen.Marchetti@rochesterregional.org>",
        "RE: Rochester Regional Health \u2013 Internal Medicine Residency Interview Invitation",
        f"""Hi Nora,

Just following up on the invitation below - please let me know which date
you'd prefer by Monday 2/8 so we can hold your spot.

Thanks!
Colleen

From: Marchetti, Colleen
Sent: Thursday, January 28, 2027 3:27 PM
To: Nora Castellano <{ADDR}>
Subject: Rochester Regional Health \u2013 Internal Medicine Residency Interview Invitation

{inv}""", in_reply_to=mid)

    # ---------------------------------------------------------------- Albany Neuro
    prog("albany-neuro", "Albany Medical Center", NEURO, "categorical", False, "rejected")
    add("albany-neuro", "2026-11-16 12:12", "albany-neuro-waitlist",
        "Albany Med Neurology Residency <neurologyresidency@amc.edu>",
        "Albany Med Neurology \u2013 Interview Waitlist",
        """Dear Nora,

Thank you for your interest in the Neurology Residency Program at Albany
Medical Center. Our interview slots are currently full, but we would like to
place you on our waitlist. We will contact you if an interview becomes
available.

Sincerely,
Neurology Residency Program
Albany Medical College | Albany Medical Center
43 New Scotland Avenue, MC-70, Albany, NY 12208
""", cte="7bit")
    add("albany-neuro", "2027-01-14 16:40", "albany-neuro-waitlist-release",
        "Albany Med Neurology Residency <neurologyresidency@amc.edu>",
        "Albany Medical Center Neurology Residency \u2013 Waitlist Update",
        """Dear Applicant,

Our interview season has now concluded. Unfortunately, we were not able to
offer interviews to applicants remaining on our waitlist, and we are releasing
the waitlist at this time. We sincerely appreciate your interest in Albany Med
and wish you the very best in the Match.

Neurology Residency Program, Albany Medical Center
""", to="undisclosed-recipients:;", cte="7bit")

    # ---------------------------------------------------------------- SUNY Upstate Neuro (home)
    prog("upstate-neuro", "SUNY Upstate Medical University", NEURO, "categorical", True, "completed")
    add("upstate-neuro", "2026-10-05 15:48", "upstate-neuro-invitation",
        "Lisa Tran <tranli@upstate.edu>",
        "Upstate Neurology Interview Invitation",
        """Hi Nora,

Great news - the Upstate Neurology Residency Program would love to interview
you! Since you're one of our own, you're welcome to do your interview in
person at Upstate University Hospital (or virtually, if you prefer). You'll
get a Thalamus invitation shortly to pick your date.

Congrats, and see you around the wards!

Lisa

Lisa Tran
Residency Coordinator, Department of Neurology
SUNY Upstate Medical University
750 East Adams Street, Syracuse, NY 13210
""", cte="7bit")
    thalamus_scheduled("upstate-neuro", "2026-10-07 20:15", "thalamus-scheduled",
        "SUNY Upstate Medical University \u2013 Neurology",
        "Friday, December 18, 2026, 8:00 AM - 1:00 PM EST", fmt="In person")
    mine = """Dr. Albrecht,

Thank you for a great interview day at Upstate on Friday - it was
wonderful to see the program from the applicant side after my sub-I.

Nora"""
    add("upstate-neuro", "2026-12-19 14:21", "re-thank-you-upstate-neuro",
        "Karl Albrecht <albrechk@upstate.edu>",
        "Re: Thank you!",
        f"""Nora - our pleasure. You were great on the sub-I and we enjoyed having
you for the day. Enjoy the holidays.

KA

Karl Albrecht, MD
Program Director, Neurology Residency
Upstate University Hospital | SUNY Upstate Medical University

On Sat, Dec 19, 2026 at 8:02 AM Nora Castellano <{ADDR}> wrote:
{quote(mine)}
""", in_reply_to="<CAF3n0ra1219upstate@mail.gmail.com>", cte="7bit")

    # ---------------------------------------------------------------- Montefiore Neuro
    prog("montefiore-neuro", "Montefiore Medical Center / Albert Einstein College of Medicine", NEURO, "categorical", False, "rejected")
    add("montefiore-neuro", "2026-12-07 17:55", "montefiore-einstein-neuro-decision",
        "Einstein/Montefiore Neurology Residency <neurologyresidency@montefiore.org>",
        "Einstein/Montefiore Neurology Residency Program \u2013 Interview Status",
        """Dear Nora Castellano,

Thank you for applying to the Neurology Residency Program of Albert Einstein
College of Medicine and Montefiore Medical Center. We regret that we are
unable to offer you an interview this year.

Sincerely,
The Saul R. Korey Department of Neurology
Albert Einstein College of Medicine | Montefiore Medical Center
111 East 210th Street, Bronx, NY 10467
""", cte="quoted-printable")

    # ---------------------------------------------------------------- Yale Neuro
    prog("yale-neuro", "Yale New Haven Hospital", NEURO, "categorical", True, "completed")
    thalamus_invite("yale-neuro", "2026-10-16 11:00", "thalamus-invitation",
        "Yale-New Haven Medical Center \u2013 Neurology", "Yale School of Medicine",
        ["Monday, November 2, 2026", "Monday, November 16, 2026",
         "Monday, December 7, 2026", "Monday, January 4, 2027"],
        "October 23, 2026",
        "We are pleased to invite you to interview for the Yale Neurology Residency Program. "
        "Please note that we offer both categorical and advanced positions; this invitation "
        "is for the categorical track.")
    thalamus_scheduled("yale-neuro", "2026-10-16 11:26", "thalamus-scheduled",
        "Yale-New Haven Medical Center \u2013 Neurology",
        "Monday, December 7, 2026, 8:00 AM - 1:30 PM EST")
    cal = ics("yale-neuro-ivd-20261207-ncastellano@yale.edu", "20261207T080000", "20261207T133000",
              "Yale Neurology Residency Interview Day", "Zoom",
              "Yale Neurology Residency Program\nhttps://yale.zoom.us/j/98340016672",
              ("Yale Neurology Residency", "neurology.residency@yale.edu"))
    add("yale-neuro", "2026-12-03 10:40", "yale-neuro-itinerary",
        "Yale Neurology Residency <neurology.residency@yale.edu>",
        "Your Yale Neurology interview \u2013 Monday, Dec. 7",
        """Dear Nora,

We look forward to welcoming you to Yale Neurology on Monday, December 7.
The calendar invitation for the day is attached.

Program Coordinator
Department of Neurology, Yale School of Medicine
15 York Street, LCI 9, New Haven, CT 06510
""", """<html><body style="font-family:Georgia,serif;color:#00356b"><p>Dear Nora,</p>
<p>We look forward to welcoming you to <b>Yale Neurology</b> on Monday, December 7. The calendar invitation for the day is attached.</p>
<p>Program Coordinator<br>Department of Neurology, Yale School of Medicine<br>15 York Street, LCI 9, New Haven, CT 06510</p></body></html>""",
        attach=[("Yale_Neurology_Interview.ics", "text/calendar", cal)])
    add("yale-neuro", "2026-12-08 09:12", "yale-neuro-thanks-social",
        "Yale Neurology Residency <neurology.residency@yale.edu>",
        "Yale Neurology \u2013 Thank You & Resident Social",
        """Dear Nora,

Thank you for interviewing with the Yale Neurology Residency Program at Yale
New Haven Hospital. Our residents will host an optional virtual social on
Tuesday, January 12 at 7:00 PM ET \u2014 a great chance to ask about life in
New Haven.

Register: https://yale.zoom.us/meeting/register/YaleNeuroSocial

With appreciation,
Yale Neurology Residency
""")

    # ---------------------------------------------------------------- Yale IM
    prog("yale-im", "Yale New Haven Hospital", IM, "categorical", False, "rejected")
    add("yale-im", "2026-11-24 18:00", "yale-im-decision",
        "Yale Internal Medicine Residency <ymresidency@yale.edu>",
        "Yale Internal Medicine Traditional Residency Program",
        """Dear Nora,

Thank you for your interest in the Yale Internal Medicine Traditional
Residency Program. We regret that we are not able to offer you an interview
this year. The number of highly qualified applicants far exceeds our
available interview positions.

We wish you success in your career.

Yale Internal Medicine Residency Programs
Yale School of Medicine | Yale New Haven Hospital
""", cte="base64")

    # ---------------------------------------------------------------- Bridgeport IM
    prog("bridgeport-im", "Bridgeport Hospital", IM, "categorical", True, "completed")
    ib_invite("bridgeport-im", "2026-11-17 13:25", "interviewbroker-invitation",
        "Yale New Haven Health Bridgeport Hospital", "Internal Medicine",
        ["Wednesday, December 16, 2026", "Wednesday, January 13, 2027",
         "Wednesday, January 27, 2027"],
        "We are pleased to invite you to interview with the Internal Medicine\n"
        "Residency Program at Bridgeport Hospital, a member of Yale New Haven\n"
        "Health and a clinical affiliate of Yale School of Medicine.",
        "Maria Fontanez\nResidency Coordinator, Department of Medicine, Bridgeport Hospital")
    ib_confirm("bridgeport-im", "2026-11-18 08:04", "interviewbroker-confirmation",
        "Yale New Haven Health Bridgeport Hospital", "Internal Medicine",
        "Wednesday, January 13, 2027 at 8:00 AM (EST)")
    add("bridgeport-im", "2027-01-11 11:38", "bridgeport-im-reminder",
        "Fontanez, Maria <maria.fontanez@bpthosp.org>",
        "Bridgeport Hospital IM Interview \u2013 Wednesday 1/13",
        """Good morning Dr.-to-be Castellano,

Just a reminder of your virtual interview with the Bridgeport Hospital
Internal Medicine Residency this Wednesday, January 13, starting at 8:00 AM.
The Webex link is below:

https://ynhh.webex.com/meet/bpt.im.interviews

Best,
Maria Fontanez
Residency Coordinator, Department of Medicine
Bridgeport Hospital | Yale New Haven Health
267 Grant Street, Bridgeport, CT 06610
""", cte="7bit")

    # ---------------------------------------------------------------- UConn Neuro (advanced)
    prog("uconn-neuro", "UConn Health", NEURO, "advanced", True, "completed")
    eras_invite("uconn-neuro", "2026-11-20 12:00", "eras-invitation",
        "University of Connecticut Program", "1800831048", "Neurology (Advanced)",
        ["Friday, December 18, 2026", "Friday, January 15, 2027"], "November 27, 2026",
        "The UConn Health Neurology Residency Program invites you to interview for\n"
        "a PGY-2 position beginning July 2028.")
    eras_status("uconn-neuro", "2026-11-21 09:33", "eras-scheduled",
        "University of Connecticut Program", "1800831048", "Neurology (Advanced)",
        "Your interview has been scheduled.", "Friday, January 15, 2027")
    add("uconn-neuro", "2027-01-16 10:10", "uconn-neuro-thank-you",
        "UConn Neurology Residency <neurologyresidency@uchc.edu>",
        "Thank you from UConn Neurology",
        None, """<html><body style="font-family:Arial;font-size:13px"><p>Dear Nora,</p>
<p>Thank you for interviewing with the <b>UConn Health Neurology Residency</b> yesterday. We enjoyed meeting you.</p>
<p>As a reminder, our advanced positions are paired with the PGY-1 year of your choice; we do not offer a linked preliminary year.</p>
<p>Best regards,<br>Neurology Residency Program<br>UConn School of Medicine | UConn John Dempsey Hospital<br>263 Farmington Avenue, Farmington, CT 06030</p></body></html>""")

    # ---------------------------------------------------------------- UConn IM
    prog("uconn-im", "UConn Health", IM, "categorical", False, "rejected")
    add("uconn-im", "2026-12-15 15:15", "uconn-im-decision",
        "UConn Internal Medicine Residency <imresidency@uchc.edu>",
        "UConn Internal Medicine Residency \u2013 Application Status",
        """Dear Applicant,

Thank you for applying to the University of Connecticut Internal Medicine
Residency Program. We have filled all of our interview positions and are
unable to offer you an interview.

Best wishes,
UConn Internal Medicine Residency Program
UConn School of Medicine, Farmington, CT
""", cte="7bit")

    # ---------------------------------------------------------------- Hartford Neuro
    prog("hartford-neuro", "Hartford Hospital", NEURO, "categorical", False, "waitlisted")
    add("hartford-neuro", "2026-12-02 13:50", "hartford-neuro-waitlist",
        "Hartford HealthCare Neurology Residency <NeurologyResidency@hhchealth.org>",
        "Hartford HealthCare Neurology Residency \u2013 Interview Waitlist",
        """Dear Nora,

Thank you for applying to the Neurology Residency Program at Hartford
Hospital and the Hartford HealthCare Ayer Neuroscience Institute. Our
interview dates are full; we have added you to our waitlist and will reach out
if a date opens.

Kind regards,
Neurology Residency Program
Hartford Hospital | Hartford HealthCare
80 Seymour Street, Hartford, CT 06102
""", cte="quoted-printable")

    # ---------------------------------------------------------------- Brown Neuro
    prog("brown-neuro", "Rhode Island Hospital", NEURO, "categorical", True, "completed")
    add("brown-neuro", "2026-10-19 09:20", "brown-neuro-invitation",
        "Brown Neurology Residency <NeurologyResidency@brownhealth.org>",
        "Interview Invitation \u2013 Brown Neurology Residency Program",
        """Dear Nora,

On behalf of the Brown Neurology Residency Program, I am pleased to invite
you to interview with us. You will receive a Thalamus invitation to select
from our available dates.

Our residents train at Rhode Island Hospital, The Miriam Hospital, and the
Providence VA Medical Center.

Best regards,

Rosa Medeiros
Program Coordinator, Neurology Residency
Brown University Health | Rhode Island Hospital
Warren Alpert Medical School of Brown University
593 Eddy Street, APC 5, Providence, RI 02903
""", cte="quoted-printable")
    thalamus_scheduled("brown-neuro", "2026-10-19 14:45", "thalamus-scheduled",
        "Brown University/Rhode Island Hospital \u2013 Neurology",
        "Friday, December 11, 2026, 8:00 AM - 1:00 PM EST")
    cal = ics("brown-neuro-121126-castellano@lifespan.org", "20261211T080000", "20261211T130000",
              "Brown Neurology Interview Day", "Zoom",
              "Brown Neurology Residency\nZoom: https://brown.zoom.us/j/91230057611",
              ("Medeiros, Rosa", "RMedeiros@lifespan.org"))
    add("brown-neuro", "2026-12-09 15:02", "brown-neuro-reminder",
        "Medeiros, Rosa <RMedeiros@lifespan.org>",
        "Brown Neurology interview Friday 12/11 \u2013 calendar invite",
        """Hi Nora,

Please find your calendar invite for Friday attached. Let me know if you have
any questions before the day!

Rosa

Rosa Medeiros | Program Coordinator, Neurology Residency
Lifespan | Rhode Island Hospital | The Miriam Hospital
593 Eddy Street, Providence, RI 02903
Delivering health with care.
""", attach=[("Brown_Neurology_1211.ics", "text/calendar", cal)], cte="7bit")

    # ---------------------------------------------------------------- Brown IM prelim
    prog("brown-prelim", "Rhode Island Hospital", IM, "preliminary", False, "rejected")
    add("brown-prelim", "2026-12-11 16:20", "brown-im-prelim-decision",
        "Brown IM Residency <BrownIMResidency@brownhealth.org>",
        "Brown Internal Medicine Residency Program \u2013 Preliminary Position",
        """Dear Nora Castellano,

Thank you for applying for a preliminary position in the Brown Internal
Medicine Residency Program at Rhode Island Hospital and The Miriam Hospital.
We regret that we cannot offer you an interview this season.

Sincerely,
Brown Internal Medicine Residency Program
Brown University Health (formerly Lifespan)
""", cte="7bit")

    # ---------------------------------------------------------------- BMC Neuro
    prog("bmc-neuro", "Boston Medical Center", NEURO, "categorical", True, "completed")
    ib_invite("bmc-neuro", "2026-11-04 14:10", "interviewbroker-invitation",
        "Boston University Medical Center", "Neurology",
        ["Wednesday, December 9, 2026", "Wednesday, January 6, 2027",
         "Wednesday, January 20, 2027"],
        "The Neurology Residency Program at Boston Medical Center and the Boston\n"
        "University Chobanian & Avedisian School of Medicine invites you to\n"
        "interview. Interviews may be completed virtually or in person.",
        "Paul Nguyen, Residency Program Manager, BMC Neurology")
    ib_confirm("bmc-neuro", "2026-11-04 21:30", "interviewbroker-confirmation",
        "Boston University Medical Center", "Neurology",
        "Wednesday, January 6, 2027 at 8:00 AM (EST)")
    add("bmc-neuro", "2027-01-04 12:00", "bmc-neuro-inperson-details",
        "Nguyen, Paul <Paul.Nguyen@bmc.org>",
        "BMC Neurology \u2013 in-person interview Wednesday 1/6",
        """Hi Nora,

Thanks for choosing to interview in person! Please meet us at 7:45 AM in the
lobby of the Shapiro Center, 725 Albany Street (Boston Medical Center
campus). Breakfast will be provided. Parking validation is available at the
Albany Street garage.

Paul Nguyen
Residency Program Manager | Department of Neurology
Boston Medical Center | Boston University Chobanian & Avedisian School of Medicine
72 East Concord Street, C3, Boston, MA 02118
""", cte="quoted-printable")
    mine = """Dear Dr. Ashworth,

Thank you for hosting me at BMC on Wednesday. Seeing the safety-net mission
in action on the stroke service, and meeting the residents in person, made
a lasting impression.

With gratitude,
Nora Castellano"""
    add("bmc-neuro", "2027-01-07 16:15", "re-thank-you-bmc-neuro",
        "Ashworth, Helen <Helen.Ashworth@bmc.org>",
        "RE: Thank you \u2013 BMC Neurology",
        f"""Dear Nora,

It was a pleasure meeting you - thank you for making the trip to Boston.

Warm regards,
Helen Ashworth, MD
Residency Program Director, Neurology
Boston Medical Center

________________________________
From: Nora Castellano <{ADDR}>
Sent: Thursday, January 7, 2027 8:30 AM
To: Ashworth, Helen <Helen.Ashworth@bmc.org>
Subject: Thank you \u2013 BMC Neurology

{mine}
""", in_reply_to="<CAF3n0ra0107bmc@mail.gmail.com>")

    # ---------------------------------------------------------------- BIDMC IM categorical
    prog("bidmc-im", "Beth Israel Deaconess Medical Center", IM, "categorical", False, "rejected")
    add("bidmc-im", "2026-12-02 19:00", "bidmc-im-decision",
        "BIDMC Internal Medicine Residency <medres@bidmc.harvard.edu>",
        "BIDMC Internal Medicine Residency \u2013 Categorical Program",
        None, """<html><body style="font-family:Arial"><p>Dear Nora,</p><p>Thank you for your application to the Categorical Internal Medicine Residency at Beth Israel Deaconess Medical Center. We regret that we are unable to offer you an interview for the categorical program.</p><p>Sincerely,<br>Internal Medicine Residency Program<br>Beth Israel Deaconess Medical Center | Harvard Medical School<br>330 Brookline Avenue, Boston, MA 02215</p></body></html>""")

    # ---------------------------------------------------------------- BIDMC prelim
    prog("bidmc-prelim", "Beth Israel Deaconess Medical Center", IM, "preliminary", True, "completed")
    thalamus_invite("bidmc-prelim", "2026-10-29 12:15", "thalamus-invitation",
        "Beth Israel Deaconess Medical Center \u2013 Internal Medicine Preliminary",
        "Beth Israel Deaconess Medical Center",
        ["Monday, November 23, 2026", "Monday, December 14, 2026", "Monday, January 11, 2027"],
        "November 5, 2026",
        "Thank you for applying to the BIDMC Preliminary Medicine Program. We would be "
        "delighted to have you interview with us.")
    thalamus_scheduled("bidmc-prelim", "2026-10-30 07:05", "thalamus-scheduled",
        "Beth Israel Deaconess Medical Center \u2013 Internal Medicine Preliminary",
        "Monday, November 23, 2026, 12:00 PM - 4:00 PM EST")
    mine = """Dear Dr. Whitcombe,

Thank you for the thoughtful conversation during my preliminary medicine
interview yesterday.

Best regards,
Nora Castellano"""
    add("bidmc-prelim", "2026-11-24 20:02", "re-thank-you-bidmc-prelim",
        "Whitcombe, Evan <ewhitcom@bidmc.harvard.edu>",
        "RE: Thank you \u2013 BIDMC Preliminary Medicine",
        f"""Thank you, Nora - it was great to meet you, and best of luck with the
rest of the season!

Evan Whitcombe, MD
Associate Program Director, Preliminary Medicine
Beth Israel Deaconess Medical Center

-----Original Message-----
From: Nora Castellano <{ADDR}>
Sent: Tuesday, November 24, 2026 7:15 AM
To: Whitcombe, Evan <ewhitcom@bidmc.harvard.edu>
Subject: Thank you \u2013 BIDMC Preliminary Medicine

{mine}
""", in_reply_to="<CAF3n0ra1124bidmc@mail.gmail.com>", cte="base64")

    # ---------------------------------------------------------------- Tufts Neuro
    prog("tufts-neuro", "Tufts Medical Center", NEURO, "categorical", True, "completed")
    add("tufts-neuro", "2026-11-18 10:44", "tufts-neuro-waitlist",
        "Tufts Neurology Residency <neurologyresidency@tuftsmedicine.org>",
        "Tufts Medical Center Neurology \u2014 Waitlist",
        """Dear Nora,

Thank you for applying to the Neurology Residency Program at Tufts Medical
Center. While we cannot offer you an interview at this time, we would like to
place you on our waitlist. We frequently offer interviews from the waitlist
as our season progresses.

Best,
Neurology Residency Program
Tufts Medical Center | Tufts University School of Medicine
""")
    eras_invite("tufts-neuro", "2026-12-16 09:30", "eras-invitation",
        "Tufts Medical Center Program", "1802421095", "Neurology",
        ["Wednesday, January 20, 2027"], "December 21, 2026",
        "An interview date has become available, and we are pleased to offer it to\n"
        "you from our waitlist.")
    eras_status("tufts-neuro", "2026-12-16 10:02", "eras-scheduled",
        "Tufts Medical Center Program", "1802421095", "Neurology",
        "Your interview has been scheduled.", "Wednesday, January 20, 2027")
    add("tufts-neuro", "2027-01-18 14:30", "tufts-neuro-itinerary",
        "Tufts Neurology Residency <neurologyresidency@tuftsmedicine.org>",
        "Tufts Neurology Interview Day itinerary \u2013 Wed 1/20",
        None, """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Nora,</p><p>Here is your itinerary for Wednesday, January 20:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>8:00&ndash;8:30</td><td>Welcome &amp; overview (Program Director)</td></tr>
<tr><td>8:30&ndash;10:00</td><td>Faculty interviews</td></tr>
<tr><td>10:15&ndash;11:00</td><td>Resident Q&amp;A</td></tr>
</table>
<p>Zoom: <a href="https://tuftsmedicine.zoom.us/j/94402218830">https://tuftsmedicine.zoom.us/j/94402218830</a></p>
<p>Neurology Residency Program<br>Tufts Medical Center &middot; Tufts Medicine<br>800 Washington Street, Box 314, Boston, MA 02111</p>
</body></html>""", html_cte="base64")

    # ---------------------------------------------------------------- Lahey IM
    prog("lahey-im", "Lahey Hospital & Medical Center", IM, "categorical", True, "cancelled")
    add("lahey-im", "2026-11-23 10:00", "lahey-im-invitation",
        "Lahey Internal Medicine Residency <IMResidency@lahey.org>",
        "Lahey Hospital and Medical Center Internal Medicine \u2013 Interview Invitation",
        """Dear Nora,

Congratulations! The Internal Medicine Residency Program at Lahey Hospital &
Medical Center would like to invite you to interview. Please select your date
through the ERAS Interview Scheduling tool.

Sincerely,
Internal Medicine Residency Program
Lahey Hospital & Medical Center | Beth Israel Lahey Health
41 Mall Road, Burlington, MA 01805
""")
    eras_status("lahey-im", "2026-11-24 08:50", "eras-scheduled",
        "Lahey Clinic Program", "1402421187", "Internal Medicine",
        "Your interview has been scheduled.", "Tuesday, January 26, 2027")
    eras_status("lahey-im", "2027-01-22 15:40", "eras-cancelled",
        "Lahey Clinic Program", "1402421187", "Internal Medicine",
        "Your interview has been cancelled by the program.", "Tuesday, January 26, 2027")
    add("lahey-im", "2027-01-22 15:58", "lahey-im-cancellation",
        "Lahey Internal Medicine Residency <IMResidency@lahey.org>",
        "Cancellation of January 26 interview session \u2013 Lahey Internal Medicine",
        """Dear Applicant,

We are very sorry to share that we must cancel our Tuesday, January 26
interview session because of unexpected faculty unavailability. Because this
was our final interview date of the season, we are unfortunately not able to
offer an alternative date.

We apologize sincerely for the inconvenience.

Internal Medicine Residency Program
Lahey Hospital & Medical Center, Burlington, MA
""", to="undisclosed-recipients:;")

    # ---------------------------------------------------------------- UMass Neuro
    prog("umass-neuro", "UMass Memorial Medical Center", NEURO, "categorical", True, "scheduled")
    thalamus_invite("umass-neuro", "2027-01-19 13:20", "thalamus-invitation",
        "UMass Chan Medical School \u2013 Neurology Residency", "UMass Memorial Health",
        ["Tuesday, February 9, 2027"], "January 26, 2027",
        "The Neurology Residency Program at UMass Memorial Medical Center and UMass Chan "
        "Medical School is pleased to invite you to interview.")
    thalamus_scheduled("umass-neuro", "2027-01-20 08:44", "thalamus-scheduled",
        "UMass Chan Medical School \u2013 Neurology Residency",
        "Tuesday, February 9, 2027, 8:00 AM - 1:00 PM EST")
    add("umass-neuro", "2027-02-02 16:30", "umass-neuro-social",
        "UMass Neurology Residency <neurologyresidency@umassmemorial.org>",
        "Pre-interview social \u2013 Monday, Feb. 8 (UMass Neurology)",
        """Hi Nora,

Our residents would love to meet you at a virtual social the evening before
your interview: Monday, February 8 at 6:30 PM ET.
Zoom: https://umassmed.zoom.us/j/92210047761

See you then!
Neurology Residency Program
UMass Memorial Medical Center | UMass Chan Medical School
55 Lake Avenue North, Worcester, MA 01655
""", cte="7bit")
