"""Season M - Obstetrics and Gynecology programs (17). Times are America/Chicago."""
from datetime import timedelta
from mk import (CT, ET, PT, UTC, ME, ME_FULL, SIG, a, at, btn, ct, d, esc, full, fullny, hm, ics, mail, md,
                num, quote_fwd, quote_gmail, quote_outlook, sent, shell, short, shortny, table, ul, wnum)
import platforms as P

OB_RELEASE = "Wednesday, October 21"


def usa():
    k = "usa-obgyn"
    kendra = ("Kendra Mims", "kmims@health.southalabama.edu")
    dates = [d("2026-11-06"), d("2026-11-13"), d("2026-12-04"), d("2027-01-08")]
    inv_text = f"""Dear Ms. Dunagan,

On behalf of Dr. Lorraine Batiste, Program Director, and the faculty of the Department of Obstetrics &
Gynecology, I am delighted to invite you to interview with the University of South Alabama OB/GYN
Residency Program for the 2027 Match.

As one of our own students you already know most of us, but we still want you to have the full
interview day. All of our days are in person at USA Health Children’s & Women’s Hospital
(1700 Center Street, Mobile, AL 36604). Our remaining dates are:

    Friday, November 6, 2026
    Friday, November 13, 2026
    Friday, December 4, 2026
    Friday, January 8, 2027

Please reply to this e-mail with your first and second choice by Monday, October 26. Dates are
assigned in the order replies come in, and each day has eight spots.

The day runs 7:30 AM to about 1:30 PM and ends with lunch with the residents. Business casual is fine;
scrubs are not needed.

Warm regards,

Kendra Mims
Residency Program Coordinator
Department of Obstetrics & Gynecology
USA Health | University of South Alabama
1700 Center Street, Mobile, AL 36604
Office (251) 555-0142 | kmims@health.southalabama.edu
"""
    inv_html = ('<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
                + "".join(f"<p>{esc(p).replace(chr(10), ' ')}</p>" for p in inv_text.strip().split("\n\n")[:3])
                + ul([esc(full(x)) for x in dates])
                + "".join(f"<p>{esc(p).replace(chr(10), '<br>' if i == 3 else ' ')}</p>"
                          for i, p in enumerate(inv_text.strip().split("\n\n")[4:]))
                + "</div>\n")
    r1 = mail("2026-10-21 10:00", "usa-health-obgyn-interview-invitation", k, "invitation", kendra,
              "USA OB/GYN Residency - Interview Invitation", inv_text, inv_html, tz=CT,
              must=["University of South Alabama OB/GYN Residency Program", "Friday, November 13, 2026",
                    "by Monday, October 26"],
              idates=dates, respond_by="by Monday, October 26", deadline="2026-10-26")
    body = """Hi Ms. Mims,

Thank you so much - I'm thrilled to be invited! My first choice would be Friday, November 13, and my
second choice Friday, December 4.

Looking forward to it."""
    r2 = sent("2026-10-21 10:31", "sent-re-usa-obgyn-date-choice", k, "info", kendra,
              "Re: USA OB/GYN Residency - Interview Invitation", body, irt=r1["mid"],
              quote=quote_gmail(r1["when"], *kendra, inv_text), idates=[d("2026-11-13"), d("2026-12-04")],
              must=["November 13"])
    conf = """Hi Marisol,

You're all set for Friday, November 13 (your first choice). Please come to the 4th floor conference
room at Children's & Women's by 7:15 AM; the security desk will have your name. Parking is free in the
Center Street garage - take a ticket and I will validate it.

A resident dinner is planned for Thursday, November 12 at 6:30 PM at Dauphin's downtown. It is optional
and not part of the evaluation. Let me know by November 9 if you'll join us.

Kendra"""
    r3 = mail("2026-10-22 14:05", "re-usa-obgyn-confirmed-nov-13", k, "scheduled", kendra,
              "RE: USA OB/GYN Residency - Interview Invitation", conf
              + quote_outlook(r2["when"], "Marisol Dunagan", ME, "Kendra Mims",
                              "Re: USA OB/GYN Residency - Interview Invitation", body),
              irt=r2["mid"], refs=f"{r1['mid']} {r2['mid']}", idates=[d("2026-11-13")],
              must=["Friday, November 13"])
    sent("2026-11-13 17:40", "sent-thank-you-usa-obgyn", k, "info", ("Lorraine Batiste, MD", "lbatiste@health.southalabama.edu"),
         "Thank you - OB/GYN interview today",
         """Dear Dr. Batiste,

Thank you for today. Even after a year of rotating through Children's & Women's, hearing you and the
residents describe where the program is going - the new MFM clinic in Daphne and the simulation
curriculum - made me more excited about staying in Mobile for residency.

Please pass my thanks to Kendra for organizing everything so smoothly.""", cc=kendra)


def uab():
    k = "uab-obgyn"
    prog = "University of Alabama at Birmingham - Obstetrics & Gynecology"
    dates = [d("2026-11-20"), d("2026-12-04"), d("2026-12-11"), d("2027-01-08")]
    P.rc_invite("2026-10-21 10:01", "residencycas-interview-invitation", k, prog,
                "Obstetrics and Gynecology - Categorical", [
                    "Congratulations! The UAB Department of Obstetrics and Gynecology would like to invite you to "
                    "interview for a categorical position beginning July 1, 2027.",
                    "All interviews are held virtually on Zoom on Fridays, in a morning session. The evening before "
                    "each date our residents host an informal virtual hangout; details follow once you schedule.",
                    "Interview slots are first come, first served. Because slots fill quickly we ask that you respond "
                    "within 72 hours."],
                dates, respond_by="Saturday, October 24, 2026 at 11:00 AM ET", deadline="2026-10-24",
                fmt="Virtual (Zoom)", must=["Friday, December 4, 2026"])
    P.rc_status("2026-10-21 10:09", "residencycas-interview-confirmed", k, "scheduled", prog, d("2026-12-04"),
                "Your interview has been scheduled.",
                "If you need to change or cancel, return to My Interviews at least 7 days before your interview "
                "date. The program will e-mail your Zoom links directly.",
                subject="Interview Confirmed: University of Alabama at Birmingham", start="7:30 AM", tzname="CT",
                fmt="Virtual")
    brandi = ("Brandi Kirkland", "bkirkland@uabmc.edu")
    txt = """Good morning,

We are looking forward to meeting you virtually tomorrow, Friday, December 4! Below is everything you
need for the UAB OB/GYN interview day.

RESIDENT HANGOUT (tonight, optional)
Thursday, December 3, 6:30 - 7:30 PM Central
Zoom: https://uab.zoom.us/j/95550184412  Passcode: Blazers

INTERVIEW DAY
Check-in opens 7:15 AM Central; welcome from Dr. Harwell (Chair) at 7:30 AM
Main room: https://uab.zoom.us/j/95550187730  Passcode: WIC2027
You will be moved into breakout rooms for your four interviews (Program Director, an Associate
Program Director, one faculty member and two residents together). Your personal schedule is attached.
We expect to finish by 12:15 PM.

If anything goes wrong with your connection, call or text me at (205) 555-0196.

Brandi Kirkland
Program Manager, OB/GYN Residency
UAB Heersink School of Medicine | Department of Obstetrics and Gynecology
Women and Infants Center, 1700 6th Avenue South, Birmingham, AL 35233
"""
    sched = ("Marisol Dunagan - UAB OB/GYN interview schedule, Friday, December 4, 2026 (Central)\n"
             "7:30 Welcome - Dr. M. Harwell, Chair\n8:00 Program overview - Dr. T. Okafor, PD\n"
             "8:45 Interview 1 - Dr. Okafor\n9:15 Interview 2 - Dr. S. Patel (APD)\n9:45 break\n"
             "10:00 Interview 3 - Dr. J. Whitcomb\n10:30 Interview 4 - Drs. Lyle and Baptiste (PGY-3)\n"
             "11:15 Resident panel\n12:15 Close\n")
    mail("2026-12-03 09:30", "uab-obgyn-interview-day-details", k, "reminder", brandi,
         "UAB OB/GYN Interview Day - Friday 12/4 Zoom links & schedule", txt,
         attach=[("Dunagan_UAB_OBGYN_schedule.txt", ("text", "plain"), sched)], tz=CT,
         idates=[d("2026-12-04")], must=["Friday, December 4", "https://uab.zoom.us/j/95550187730"])
    sent("2026-12-04 15:45", "sent-thank-you-uab-obgyn", k, "info", ("Temitope Okafor, MD", "tokafor@uabmc.edu"),
         "Thank you from Marisol Dunagan (UAB OB/GYN interview, 12/4)",
         """Dear Dr. Okafor,

Thank you for the conversation this morning. I especially appreciated your candor about how the
residents balance the volume at the Women and Infants Center with protected didactics, and the
picture of what the global health elective looks like in practice.

UAB was the first place I saw a complicated delivery as a second-year student, so it meant a lot to
interview with you. Thank you again.""", cc=brandi)


def uab_huntsville():
    k = "uabhsv-obgyn"
    coord = ("Ashlyn Pettus", "apettus@uab.edu")
    dates = [d("2026-11-16"), d("2026-11-30"), d("2026-12-14")]
    link = "https://calendly.com/uabhsv-obgyn/interview-day"
    txt = f"""Dear Marisol,

Thank you for applying to the OB/GYN residency at the UAB Huntsville Regional Medical Campus. Our
selection committee would like to invite you to interview!

A quick note, because we get asked every year: we are a separate program from UAB OB/GYN in
Birmingham, with our own ACGME accreditation and our own NRMP code. Our residents train at
Huntsville Hospital (101 Sivley Road) and the Huntsville Hospital for Women & Children, with
faculty appointments through the UAB Heersink School of Medicine.

Interview days are Mondays, virtual, 8:30 AM - 12:30 PM Central:
  - Monday, November 16
  - Monday, November 30
  - Monday, December 14

Please pick a day with our Calendly link within 3 business days:
{link}

All the best,
Ashlyn Pettus, C-TAGME
Program Coordinator | OB/GYN Residency
UAB Huntsville Regional Medical Campus
301 Governors Drive SW, Huntsville, AL 35801 | (256) 555-0127
"""
    mail("2026-10-21 10:03", "uab-huntsville-obgyn-invitation", k, "invitation", coord,
         "Interview Invitation - OB/GYN Residency, UAB Huntsville", txt, tz=CT, idates=dates,
         must=[link, "Monday, November 30", "separate program from UAB OB/GYN in"])
    ev = "UAB Huntsville OB/GYN Residency Interview (virtual)"
    P.calendly("2026-10-21 11:12", "calendly-confirmed-uab-huntsville", k, "scheduled", ev,
               "UAB Huntsville OB/GYN Residency", at(d("2026-11-30"), "08:30"), 240,
               "Zoom - link will be e-mailed by the program",
               answers=[("Medical school", "University of South Alabama Whiddon College of Medicine"),
                        ("Did you signal our program?", "Yes")])
    P.calendly("2026-11-09 20:20", "calendly-updated-uab-huntsville", k, "scheduled", ev,
               "UAB Huntsville OB/GYN Residency", at(d("2026-12-14"), "08:30"), 240,
               "Zoom - link will be e-mailed by the program", old_dt=at(d("2026-11-30"), "08:30"),
               answers=[("Reason for rescheduling", "My sub-internship moved me onto nights that week - "
                         "sorry for the change!")])
    sent("2026-12-14 18:00", "sent-thank-you-uab-huntsville-obgyn", k, "info", coord,
         "Thank you - Huntsville OB/GYN interview",
         """Hi Ms. Pettus,

Thank you for rearranging my interview to today and for running such a warm virtual day. Please
thank Dr. Oyelaran and the residents for me. I came away with a clear sense of how much operative
time residents get at Huntsville Hospital and how close the faculty are to the residents.

Best wishes,""")


def vanderbilt():
    k = "vumc-obgyn"
    prog = "Vanderbilt University Medical Center - Obstetrics and Gynecology Residency"
    dates = [d("2026-11-05"), d("2026-11-19"), d("2026-12-10")]
    P.th_invite("2026-10-21 10:02", "thalamus-invitation", k, prog, "Dear Marisol,", [
        "Thank you for your interest in the Vanderbilt Obstetrics and Gynecology Residency Program. We were "
        "impressed with your application and are pleased to invite you to interview with us.",
        "This year our interview days are held in person in Nashville. Each day begins at 7:00 AM Central at "
        "the Medical Research Building IV and concludes by 2:00 PM. We host an informal dinner with residents the "
        "evening before each interview day.",
        "Please schedule within 48 hours of receiving this invitation. If none of the dates work for you, reply "
        "to vumc.obgynresidency@vumc.org and we will place you on our waitlist."],
        dates, "https://app.thalamusgme.com/applicant/invitations/vumc-obgyn-4c81", subject="Invitation to "
        "Interview: Vanderbilt OB/GYN", signer="Dr. Cassandra Reilly, Program Director\nLeigh Ann Tubb, "
        "Program Coordinator", reply_to=("VUMC OB/GYN Residency", "vumc.obgynresidency@vumc.org"))
    P.th_scheduled("2026-10-21 10:06", "thalamus-interview-scheduled", k, prog, d("2026-11-19"), "7:00 AM",
                   "2:00 PM", "CT", "In-Person", "Vanderbilt University Medical Center, 1211 Medical Center Drive, "
                   "Nashville, TN 37232", uid="th-vumc-obgyn-1119@thalamusgme.com",
                   start_dt=at(d("2026-11-19"), "07:00"), minutes=420)
    leigh = ("Leigh Ann Tubb", "leigh.a.tubb@vumc.org")
    html = shell([
        "<p>Hi Marisol,</p>",
        "<p>We can't wait to host you in Nashville! Here is what to expect for your interview on "
        "<b>Thursday, November 19</b>.</p>",
        "<h3 style=\"color:#866d4b\">Pre-interview dinner (optional)</h3>",
        "<p>Wednesday, November 18, 6:30 PM at Midtown Social, 2114 Hayes Street. Residents only - no faculty - "
        "and casual dress. Please RSVP on Thalamus by Monday, November 16.</p>",
        "<h3 style=\"color:#866d4b\">Interview day</h3>",
        table([["6:45 AM", "Arrive - Medical Research Building IV lobby, 2213 Garland Avenue"],
               ["7:00 AM", "Breakfast and welcome, Dr. Reilly"],
               ["8:00 AM", "Faculty and resident interviews (4 x 20 minutes)"],
               ["10:30 AM", "Tour of labor & delivery and the Center for Women’s Health"],
               ["12:00 PM", "Lunch with residents"], ["1:30 PM", "Closing remarks"]]),
        "<p>Parking: South Garage, 2121 Children’s Way; bring your ticket and we will validate.</p>",
        "<p>See you soon,<br>Leigh Ann Tubb<br>Program Coordinator, Obstetrics &amp; Gynecology Residency<br>"
        "Vanderbilt University Medical Center | (615) 555-0133</p>"], accent="#866d4b",
        top='<b style="font-size:17px">VANDERBILT <span style="color:#866d4b">UNIVERSITY MEDICAL CENTER</span></b>')
    mail("2026-11-10 12:15", "vumc-obgyn-interview-day-itinerary", k, "info", leigh,
         "Your VUMC OB/GYN Interview Day - Itinerary & Pre-Interview Dinner", None, html, tz=CT,
         idates=[d("2026-11-19")], must=["Thursday, November 19", "Midtown Social"])
    sent("2026-11-19 21:30", "sent-thank-you-vanderbilt-obgyn", k, "info", ("Cassandra Reilly, MD", "cassandra.reilly@vumc.org"),
         "Thank you - Vanderbilt OB/GYN",
         """Dear Dr. Reilly,

Thank you for a wonderful interview day at Vanderbilt today, and for the dinner last night - the
residents made a long travel day feel easy. Our conversation about the Family Planning rotation and
how residents build research into the PGY-3 year was exactly what I was hoping to learn.

I'd be honored to train at VUMC. Thank you again.""", cc=leigh)


def ut_memphis():
    k = "utmem-obgyn"
    P.rc_message("2026-11-12 09:45", "residencycas-message-uthsc-obgyn", k, "rejection",
                 "University of Tennessee Health Science Center (Memphis) - Obstetrics and Gynecology",
                 "New message from University of Tennessee Health Science Center (Memphis)",
                 """Dear Applicant,

Thank you for applying to the UTHSC Obstetrics and Gynecology Residency Program at Regional One
Health. We received more than 700 applications for eight positions this year.

After careful holistic review, we are unable to offer you an interview. This is not a reflection of
your ability to become an excellent physician, and we wish you every success in the Match.

Sincerely,
Residency Selection Committee
Department of Obstetrics and Gynecology, UTHSC College of Medicine - Memphis""")


def baptist():
    k = "baptist-obgyn"
    coord = ("Tameka Shelby", "tameka.shelby@bmhcc.org")
    form = "https://docs.google.com/forms/d/e/1FAIpQLSd-BMHW-obgyn27-intv/viewform"
    txt = f"""Hello Marisol,

Congratulations - the Baptist Memorial Obstetrics & Gynecology Residency (Baptist Memorial Medical
Education, Memphis) would like to invite you to interview for our PGY-1 class beginning July 2027!

Our residents train at Baptist Memorial Hospital for Women, the only dedicated women's hospital in
the Mid-South, and at Baptist Memorial Hospital-Memphis.

Interview days (hybrid: faculty interviews by Zoom, optional in-person tour in the afternoon):
  * Tuesday, November 10, 2026
  * Tuesday, December 1, 2026
  * Tuesday, January 5, 2027

Please request a date through this short form no later than Friday, October 23 at 5:00 PM Central:
{form}

Dates are confirmed by e-mail in the order requests arrive.

Blessings,
Tameka Shelby
Residency Coordinator, OB/GYN | Baptist Memorial Medical Education
6225 Humphreys Blvd., Memphis, TN 38120
901-555-0161
"""
    r1 = mail("2026-10-21 10:05", "baptist-womens-obgyn-invitation", k, "invitation", coord,
              "Baptist Memorial OB/GYN - Interview Invitation 2026-2027", txt, tz=CT,
              idates=[d("2026-11-10"), d("2026-12-01"), d("2027-01-05")],
              respond_by="no later than Friday, October 23 at 5:00 PM Central", deadline="2026-10-23",
              must=[form, "Baptist Memorial Hospital for Women"])
    P.gform_receipt("2026-10-21 10:40", "google-forms-response-recorded", k, "info",
                    "Baptist Women's OB/GYN Interview Date Request",
                    "Baptist Memorial Medical Education - Obstetrics & Gynecology Residency. Requests are "
                    "honored in the order received; you will get a confirmation e-mail from our office.",
                    [("Full name", "Marisol Dunagan"), ("ResidencyCAS ID", "RCAS-4417729"),
                     ("First choice", "Tuesday, December 1, 2026"), ("Second choice", "Tuesday, January 5, 2027"),
                     ("Will you join the afternoon hospital tour?", "Yes")],
                    idates=[d("2026-12-01"), d("2027-01-05")], must=["Tuesday, December 1, 2026"],
                    edit_link="https://docs.google.com/forms/d/e/1FAIpQLSd-BMHW-obgyn27-intv/viewform?edit2=2_ABaOnue")
    conf = """Hi Marisol,

You are confirmed for Tuesday, December 1. Zoom interviews run 8:00-11:45 AM (links come the Friday
before). The tour starts at 1:00 PM in the main lobby of Baptist Women's, 6225 Humphreys Blvd.

One thing that trips people up: we are Baptist, not Methodist. If you type "Methodist University
Hospital" or "UT Memphis" into your GPS you will end up downtown, about 25 minutes away. We are out
east, off Walnut Grove Road.

Tameka"""
    mail("2026-10-26 11:30", "baptist-obgyn-date-confirmed", k, "scheduled", coord,
         "Confirmed: 12/1 interview - Baptist OB/GYN", conf, tz=CT, idates=[d("2026-12-01")],
         must=["Tuesday, December 1", "we are Baptist, not Methodist"])
    sent("2026-12-01 17:15", "sent-thank-you-baptist-obgyn", k, "info", ("Gregory Ashford, MD", "gregory.ashford@bmhcc.org"),
         "Thank you - Baptist Women's OB/GYN interview",
         """Dear Dr. Ashford,

Thank you for today's interview and the afternoon tour of Baptist Women's. Seeing the size of the
L&D unit and hearing how early residents start operating made the community-academic model very
concrete for me. I appreciated your time.

Sincerely,""", cc=coord)


def ut_knoxville():
    k = "utk-obgyn"
    prog = "University of Tennessee Graduate School of Medicine - Obstetrics & Gynecology (Knoxville)"
    dates = [d("2026-11-11"), d("2026-12-16"), d("2027-01-13")]
    P.th_invite("2026-10-21 10:04", "thalamus-invitation", k, prog, "Hello Marisol,", [
        "The Department of Obstetrics and Gynecology at The University of Tennessee Medical Center in Knoxville "
        "is excited to invite you for a virtual interview.",
        "Interviews run 8:00 AM to 1:00 PM Eastern (7:00 AM to noon Central). You will meet the Program "
        "Director, two faculty members and a resident, and have lunch (on us - look for a DoorDash code) with "
        "our residents.",
        "Spots are limited; please choose a date soon."],
        dates, "https://app.thalamusgme.com/applicant/invitations/utgsm-obgyn-91aa",
        subject="You're invited to interview - UT Graduate School of Medicine OB/GYN",
        signer="Warmly,\nUTGSM OB/GYN Residency Program", session_note="virtual, 8:00 AM ET")
    P.th_scheduled("2026-10-21 10:12", "thalamus-interview-scheduled", k, prog, d("2026-12-16"), "8:00 AM",
                   "1:00 PM", "ET", "Virtual", "Zoom (link in Thalamus)", uid="th-utgsm-obgyn-1216@thalamusgme.com",
                   start_dt=at(d("2026-12-16"), "07:00"), minutes=300,
                   extra="Note: times are Eastern. Knoxville is one hour ahead of Central time.")
    sent("2026-12-16 14:20", "sent-thank-you-ut-knoxville-obgyn", k, "info", ("UTMC OB/GYN Residency", "obgynresidency@utmck.edu"),
         "Thank you - UTMC Knoxville OB/GYN interview 12/16",
         """Good afternoon,

Please share my thanks with Dr. Lacewell and everyone who interviewed me this morning for the UT
Graduate School of Medicine OB/GYN program. I enjoyed hearing about the regional outreach clinics and
how residents rotate through the level I trauma center at UT Medical Center.

Thank you for a well-organized day.""")


def ut_chattanooga():
    k = "utc-obgyn"
    coord = ("Janelle Crisp", "janelle.crisp@erlanger.org")
    txt = """Dear Ms. Dunagan,

Congratulations! On behalf of Dr. Howard Pickett and the Department of Obstetrics and Gynecology, UT
College of Medicine Chattanooga, I'm pleased to invite you to interview for our residency program.

Interview dates (in person, Erlanger Baroness Hospital, 975 East 3rd Street, Chattanooga):
Monday, November 9
Monday, November 23
Monday, December 7

Please reply to this email with the date you prefer by October 28. Interviews start at 8:00 AM
Eastern time (7:00 AM Central) and we finish with lunch around 1:00 PM.

Thank you,
Janelle Crisp
Residency Program Coordinator
Department of OB/GYN
University of Tennessee College of Medicine Chattanooga
(423) 555-0119
"""
    r1 = mail("2026-10-21 10:07", "utcomc-obgyn-interview-invitation", k, "invitation", coord,
              "Interview Invitation - UTCOMC OB/GYN", txt, tz=ET, cte="7bit",
              idates=[d("2026-11-09"), d("2026-11-23"), d("2026-12-07")], respond_by="by October 28",
              deadline="2026-10-28", must=["Monday, November 23"])
    body = """Dear Ms. Crisp,

Thank you for the invitation! I would like to interview on Monday, November 23, if it is still open.

Thank you,"""
    r2 = sent("2026-10-21 13:50", "sent-re-utcomc-obgyn-nov-23", k, "info", coord,
              "Re: Interview Invitation - UTCOMC OB/GYN", body, irt=r1["mid"],
              quote=quote_gmail(r1["when"], *coord, txt), idates=[d("2026-11-23")])
    conf = """Good morning Marisol,

You are confirmed for Monday, November 23, 2026. More details will follow the week before.

Janelle"""
    mail("2026-10-22 08:45", "re-utcomc-obgyn-confirmed", k, "scheduled", coord,
         "RE: Interview Invitation - UTCOMC OB/GYN", conf, tz=ET, cte="7bit", irt=r2["mid"],
         refs=f"{r1['mid']} {r2['mid']}", idates=[d("2026-11-23")], must=["Monday, November 23, 2026"])
    rem = """Hi everyone,

We look forward to seeing you Monday, November 23!

- Arrive by 7:45 AM EASTERN at the Erlanger Baroness main entrance (975 E. 3rd St.). Chattanooga is on
  Eastern time - if you are driving up from Alabama or Mississippi, don't get caught by the time change.
- Parking: visitor deck on Hampton Street; bring your ticket.
- There is a casual get-together with residents on Sunday, November 22 at 6:00 PM at Hi-Fi Clyde's on
  Main Street. Totally optional.

Safe travels,
Janelle Crisp
UTCOMC OB/GYN Residency Program"""
    mail("2026-11-19 10:00", "utcomc-obgyn-interview-reminder", k, "reminder", coord,
         "Reminder: OB/GYN interview Monday 11/23 - Erlanger Baroness", rem, tz=ET, cte="7bit",
         to=("UTCOMC OB/GYN Applicants", "undisclosed-recipients:;"), idates=[d("2026-11-23")],
         must=["Monday, November 23"])


def etsu():
    k = "etsu-obgyn"
    prog = "East Tennessee State University - Quillen College of Medicine (OB/GYN)"
    coord = ("Paula Hensley", "hensleyp@etsu.edu")
    P.rc_invite("2026-10-21 10:08", "residencycas-interview-invitation", k, prog,
                "Obstetrics and Gynecology - Categorical", [
                    "The ETSU Department of Obstetrics and Gynecology in Johnson City, Tennessee would be happy to "
                    "meet you. Our residents train at Johnson City Medical Center (Ballad Health) and in our Quillen "
                    "clinics across Northeast Tennessee.",
                    "Interview days are virtual and start at 8:30 AM Eastern."],
                [d("2026-11-02"), d("2026-11-16"), d("2026-12-07")], respond_by="October 26, 2026",
                deadline="2026-10-26", fmt="Virtual", must=["Monday, November 16, 2026"])
    body = """Dear Ms. Hensley,

Thank you very much for the interview invitation to the ETSU OB/GYN residency. After a lot of thought
about my schedule and where I hope to train, I have decided to decline so that the spot can go to
another applicant. I will also decline in ResidencyCAS.

I am grateful for the consideration and wish the program a great season."""
    sent("2026-10-24 15:10", "sent-decline-etsu-obgyn", k, "cancellation", coord,
         "Declining interview - Marisol Dunagan (ETSU OB/GYN)", body)
    P.rc_status("2026-10-24 15:18", "residencycas-invitation-declined", k, "cancellation", prog,
                None, "You have declined the following interview invitation.",
                "The program has been notified. Declined invitations cannot be reopened from your account; "
                "contact the program directly if you change your mind.",
                subject="Interview Invitation Declined: East Tennessee State University")


def kentucky():
    k = "uk-obgyn"
    coord = ("Rhonda Cates", "rhonda.cates@uky.edu")
    wl = """Dear Marisol,

Thank you for applying to the University of Kentucky Obstetrics & Gynecology Residency. We were
impressed by your application. Our interview days are now full, but the selection committee has
placed you on our interview waitlist.

We expect a few openings over the coming weeks and will reach out by e-mail as soon as one becomes
available, so please keep an eye on your inbox. You do not need to do anything right now.

With appreciation,
Rhonda Cates
Residency Program Administrator, OB/GYN
UK HealthCare | University of Kentucky College of Medicine
800 Rose Street, Lexington, KY 40536
"""
    mail("2026-10-22 16:30", "uk-obgyn-interview-waitlist", k, "waitlist", coord,
         "UK OB/GYN Residency - Interview Waitlist", wl, tz=ET, must=["interview waitlist"])
    offer = """Dear Marisol,

Good news - an interview spot has opened in the UK OB/GYN residency for Wednesday, January 6, 2027
(virtual, 8:00 AM - 12:30 PM Eastern).

If you would like it, please reply to this e-mail by noon Eastern on Thursday, December 10. If we do
not hear back, we will offer it to the next applicant on the list.

Rhonda Cates
UK OB/GYN Residency Program"""
    r1 = mail("2026-12-08 13:20", "uk-obgyn-interview-spot-opened", k, "invitation", coord,
              "Interview opening: Wednesday, January 6 - UK OB/GYN", offer, tz=ET, idates=[d("2027-01-06")],
              respond_by="by noon Eastern on Thursday, December 10", deadline="2026-12-10",
              must=["Wednesday, January 6, 2027"])
    body = """Dear Ms. Cates,

Yes, I would love to take the January 6 interview. Thank you so much for thinking of me!"""
    r2 = sent("2026-12-08 13:34", "sent-re-uk-obgyn-accept-jan-6", k, "scheduled", coord,
              "Re: Interview opening: Wednesday, January 6 - UK OB/GYN", body, irt=r1["mid"],
              quote=quote_gmail(r1["when"], *coord, offer), idates=[d("2027-01-06")], must=["January 6"])
    conf = """Marisol,

Wonderful - you are confirmed for Wednesday, January 6. The Zoom link is below, and a calendar
invitation is attached.

https://uky.zoom.us/j/92255501844?pwd=UKOBGYN27

Check in by 7:50 AM ET (6:50 AM Central). You will hear from Dr. Brantley, our Program Director, and meet
faculty from the Chandler Hospital and Good Samaritan teams.

Rhonda"""
    mail("2026-12-09 09:10", "re-uk-obgyn-confirmed-jan-6", k, "scheduled", coord,
         "RE: Interview opening: Wednesday, January 6 - UK OB/GYN", conf, tz=ET, irt=r2["mid"],
         refs=f"{r1['mid']} {r2['mid']}", idates=[d("2027-01-06")],
         cal=ics("ukobgyn-20270106-dunagan@uky.edu", at(d("2027-01-06"), "06:50"), 280,
                 "UK OB/GYN Residency Interview (Zoom)", "https://uky.zoom.us/j/92255501844",
                 "University of Kentucky OB/GYN virtual interview day", organizer=coord),
         must=["Wednesday, January 6"])
    sent("2027-01-06 16:00", "sent-thank-you-uk-obgyn", k, "info", ("Elise Brantley, MD", "elise.brantley@uky.edu"),
         "Thank you - UK OB/GYN interview", """Dear Dr. Brantley,

Thank you for the interview today, and for the chance to come off your waitlist - I'm glad it worked
out. I really valued hearing how UK residents take care of patients referred in from all over
Appalachian Kentucky and how the program supports residents who want to stay in the region.

With gratitude,""", cc=coord)


def louisville():
    k = "uofl-obgyn"
    txt = """Dear Marisol Dunagan,

Thank you for your interest in the Obstetrics, Gynecology & Women's Health residency program at the
University of Louisville School of Medicine. We received an exceptional group of applications this
year, and the decision process was very difficult.

We regret to inform you that we are unable to extend an invitation to interview at this time.

We wish you the very best in your residency search and career.

Sincerely,
UofL OB/GYN Residency Program
Department of Obstetrics, Gynecology & Women's Health
550 South Jackson Street, Louisville, KY 40202
"""
    mail("2026-10-22 09:00", "uofl-obgyn-application-status", k, "rejection",
         ("UofL OB/GYN Residency", "obgynres@louisville.edu"), "University of Louisville OB/GYN - Application Update",
         txt, tz=ET, must=["unable to extend an invitation to interview"])


def ummc():
    k = "ummc-obgyn"
    prog = "University of Mississippi Medical Center - Obstetrics & Gynecology"
    P.rc_invite("2026-10-21 10:10", "residencycas-interview-invitation", k, prog,
                "Obstetrics and Gynecology - Categorical", [
                    "Congratulations! UMMC Obstetrics and Gynecology in Jackson is pleased to offer you an interview "
                    "for the 2027 Match.",
                    "Interview days are virtual and run 8:00 AM - 1:00 PM Central. Please reply within 48 hours."],
                [d("2026-11-06"), d("2026-11-20"), d("2026-12-18")], respond_by="October 23, 2026",
                deadline="2026-10-23", fmt="Virtual - Zoom", subject="You have an interview invitation (UMMC OB/GYN)")
    P.rc_status("2026-10-21 10:14", "residencycas-interview-confirmed", k, "scheduled", prog, d("2026-11-20"),
                "Thank you - your interview is confirmed.",
                "Zoom details will be sent by the program about one week before your interview.",
                subject="Interview Confirmed: University of Mississippi Medical Center", start="8:00 AM", tzname="CT",
                fmt="Virtual - Zoom")
    coord = ("Latrice Womack", "lwomack@umc.edu")
    html = shell([
        "<p>Dear Applicant,</p>",
        "<p>Thank you for interviewing with the <b>UMMC OB-GYN Residency</b> this Friday, <b>November 20</b>. "
        "Please use the single link below for the whole morning; our coordinator will move you between rooms.</p>",
        f"<p>Zoom: {a('https://umc.zoom.us/j/96155503377')}<br>Meeting ID 961 5550 3377 | Passcode 2500NSt</p>",
        table([["7:45 AM", "Log in / tech check"], ["8:00 AM", "Welcome - Dr. Renfroe, Chair"],
               ["8:20 AM", "Program overview - Dr. McNair, PD"], ["9:00 AM", "Interviews (3 x 25 min)"],
               ["11:00 AM", "Virtual tour of Wiser Hospital for Women and Infants"],
               ["11:45 AM", "Resident Q&amp;A (no faculty)"], ["1:00 PM", "Adjourn"]], head=["Central", ""]),
        "<p>See you Friday!<br>Latrice Womack<br>Program Coordinator, Department of Obstetrics &amp; Gynecology"
        "<br>University of Mississippi Medical Center, 2500 North State Street, Jackson, MS 39216</p>"],
        top='<b style="color:#a6192e">UMMC</b> <span style="color:#555">Obstetrics &amp; Gynecology</span>',
        accent="#a6192e")
    mail("2026-11-18 15:00", "ummc-obgyn-interview-day-zoom", k, "reminder", coord,
         "UMMC OB-GYN Interview Friday 11/20 - Zoom & Agenda", None, html, tz=CT, to=("UMMC OB-GYN Applicants",
                                                                                    "ummc-obgyn-applicants@umc.edu"),
         idates=[d("2026-11-20")], must=["November 20", "https://umc.zoom.us/j/96155503377"])


def emory():
    k = "emory-obgyn"
    txt = """Dear Ms. Dunagan,

On behalf of the Emory University School of Medicine Gynecology and Obstetrics Residency Program,
thank you for applying. We received well over a thousand applications for a limited number of
interview positions, and unfortunately we are not able to offer you an interview this year.

We know how much work goes into an application, and we wish you success in the Match.

Emory Gynecology & Obstetrics Residency
Grady Memorial Hospital | Emory University Hospital Midtown | Atlanta, Georgia
"""
    html = shell([esc(p).replace("\n", " ") for p in txt.strip().split("\n\n")[:-1]]
                 + ["<p style=\"color:#012169\"><b>Emory Gynecology &amp; Obstetrics Residency</b><br>"
                    "Grady Memorial Hospital | Emory University Hospital Midtown | Atlanta, Georgia</p>"],
                 top='<b style="color:#012169;font-size:18px">EMORY</b> <span style="color:#555">SCHOOL OF MEDICINE'
                     '</span>', accent="#f2a900")
    mail("2026-10-21 14:02", "emory-gyn-ob-application-decision", k, "rejection",
         ("Emory Gyn/Ob Residency", "gynob.residency@emory.edu"), "Emory Gyn/Ob Residency Application", txt, html,
         tz=ET, must=["not able to offer you an interview"])


def morehouse():
    k = "msm-obgyn"
    coord = ("Dionne Whitaker", "dwhitaker@msm.edu")
    link = "https://app.thalamusgme.com/applicant/invitations/msm-obgyn-2b7e"
    txt = f"""Greetings Marisol,

The Morehouse School of Medicine Department of Obstetrics & Gynecology is pleased to invite you to
interview for our categorical residency program. Our residents train primarily at Grady Memorial
Hospital, with community rotations across metro Atlanta, and our mission centers on health equity
for underserved communities.

We interview virtually on Tuesdays:
  Tuesday, November 3
  Tuesday, November 17
  Tuesday, December 8

We schedule through Thalamus. If you do not already have an account you will receive a separate
Thalamus e-mail; otherwise use this link to select your date:
{link}

Kindly schedule within 72 hours of this e-mail.

Respectfully,
Dionne Whitaker, MBA
Residency Program Manager
Department of Obstetrics and Gynecology
Morehouse School of Medicine
720 Westview Drive SW, Atlanta, GA 30310 | 404-555-0174
"""
    mail("2026-10-21 10:11", "msm-obgyn-residency-interview-invitation", k, "invitation", coord,
         "MSM OB/GYN Residency Interview Invitation", txt, tz=ET,
         idates=[d("2026-11-03"), d("2026-11-17"), d("2026-12-08")], must=[link, "Tuesday, November 17"])
    prog = "Morehouse School of Medicine - Obstetrics & Gynecology"
    P.th_scheduled("2026-10-21 10:26", "thalamus-interview-scheduled", k, prog, d("2026-11-17"), "8:00 AM",
                   "12:30 PM", "ET", "Virtual", "Zoom (details from the program)", uid="th-msm-obgyn-1117@thalamusgme.com",
                   start_dt=at(d("2026-11-17"), "07:00"), minutes=270)
    post = """Dear Dr.-to-be Dunagan,

Thank you for spending Tuesday with the MSM OB/GYN family. We hope you felt the warmth of our
residents and the pride we take in caring for the women of Grady and of Georgia.

As a reminder, our program follows NRMP rules: we will not ask where else you are interviewing or how
you plan to rank, and no post-interview communication is required. If you have further questions,
please reach out to me or to our chief residents at msmobgynchiefs@msm.edu.

With gratitude,
Dr. Adaeze Nwachukwu
Program Director, Obstetrics & Gynecology Residency
Morehouse School of Medicine"""
    mail("2026-11-19 11:30", "msm-obgyn-thank-you-for-interviewing", k, "info",
         ("Adaeze Nwachukwu, MD", "anwachukwu@msm.edu"), "Thank you for interviewing with MSM OB/GYN", post, tz=ET,
         must=["MSM OB/GYN"])


def mcg():
    k = "mcg-obgyn"
    prog = "Medical College of Georgia at Augusta University / Wellstar MCG Health - OB/GYN"
    P.th_invite("2026-10-21 10:13", "thalamus-invitation", k, prog, "Dear Applicant,", [
        "Thank you for applying to the Obstetrics and Gynecology residency at the Medical College of Georgia. "
        "We are delighted to invite you to interview!",
        "Our training hospital is Wellstar MCG Health (formerly AU Medical Center) in Augusta. All interviews are "
        "virtual and begin at 8:00 AM Eastern.",
        "Please note: this is the Augusta program. Wellstar also sponsors programs at other hospitals in the "
        "metro Atlanta area; their interview processes are separate."],
        [d("2026-11-04"), d("2026-11-18"), d("2026-12-02")],
        "https://app.thalamusgme.com/applicant/invitations/mcg-obgyn-77d0",
        subject="MCG OB/GYN - Interview Invitation", signer="Department of Obstetrics & Gynecology\n"
        "Medical College of Georgia | Augusta, GA")
    P.th_scheduled("2026-10-21 10:19", "thalamus-interview-scheduled", k, prog, d("2026-12-02"), "8:00 AM",
                   "1:00 PM", "ET", "Virtual", "Zoom", uid="th-mcg-obgyn-1202@thalamusgme.com",
                   subject="You're scheduled! MCG OB/GYN - Wed, Dec 2", start_dt=at(d("2026-12-02"), "07:00"),
                   minutes=300)
    sent("2026-12-02 13:05", "sent-thank-you-mcg-obgyn", k, "info", ("Wellstar MCG OB/GYN Residency", "obgynresidency@augusta.edu"),
         "Thank you - MCG OB/GYN interview this morning", """Hello,

I wanted to thank Dr. Fairclough, Dr. Omondi and the residents for this morning's interview. I
appreciated learning how residents at Wellstar MCG Health share the high-risk OB volume with the
Children's Hospital of Georgia and how much autonomy the PGY-4s have on the gyn-onc service.

Thank you again for your time.""")


def navicent():
    k = "navicent-obgyn"
    coord = ("Carla Banks", "banks.carla@navicenthealth.org")
    txt = """Marisol,

I hope you are well. Dr. Yearwood and the Mercer University School of Medicine Department of
Obstetrics & Gynecology would like to invite you to interview with our residency program at Atrium
Health Navicent The Medical Center in Macon, Georgia.

Our virtual interview dates are:
Friday, November 6, 2026
Friday, December 11, 2026
Friday, January 8, 2027

Please reply with your top two choices. Interviews start at 8:00 AM EST.

Thanks!
Carla Banks
Residency Coordinator, Mercer OB/GYN - Macon
Atrium Health Navicent | 777 Hemlock Street, Macon, GA 31201 | 478-555-0150
"""
    r1 = mail("2026-10-21 10:16", "mercer-macon-obgyn-invitation", k, "invitation", coord,
              "Mercer OBGYN (Macon) Interview Invite", txt, tz=ET, cte="7bit",
              idates=[d("2026-11-06"), d("2026-12-11"), d("2027-01-08")], must=["Friday, November 6, 2026"])
    body = """Hi Ms. Banks,

Thank you for the invitation! My first choice is Friday, November 6, and my second is Friday,
December 11."""
    r2 = sent("2026-10-21 11:48", "sent-re-mercer-macon-obgyn", k, "info", coord, "Re: Mercer OBGYN (Macon) Interview Invite",
              body, irt=r1["mid"], quote=quote_gmail(r1["when"], *coord, txt),
              idates=[d("2026-11-06"), d("2026-12-11")])
    conf = """Hi Marisol, you're confirmed for 11/6. Zoom link will come the Wednesday before. - Carla

Sent from my iPhone"""
    mail("2026-10-21 15:22", "re-mercer-macon-obgyn-confirmed", k, "scheduled", coord,
         "Re: Mercer OBGYN (Macon) Interview Invite", conf, tz=ET, cte="7bit", irt=r2["mid"],
         refs=f"{r1['mid']} {r2['mid']}", idates=[d("2026-11-06")], must=["11/6"])


def memorial():
    k = "memorial-obgyn"
    coord = ("Whitney Sallas", "whitney.sallas@memorialhealth.com")
    form = "https://forms.gle/MHUMCobgynIntv27"
    txt = f"""Dear Marisol,

Congratulations! The Mercer University School of Medicine - Savannah campus OB/GYN residency at
Memorial Health University Medical Center is excited to invite you to interview.

Interview days are virtual Fridays, 8:00 AM - 12:30 PM Eastern:
  Friday, November 13
  Friday, December 11
  Friday, January 8

To request a date, please complete our interview request form by Monday, October 26:
{form}

Our residents also rotate at St. Joseph’s/Candler for gynecologic oncology and urogynecology, so you
will hear both hospitals mentioned on the interview day.

Sincerely,
Whitney Sallas
Program Coordinator, Obstetrics & Gynecology Residency
Memorial Health University Medical Center
4700 Waters Avenue, Savannah, GA 31404 | 912-555-0168
"""
    mail("2026-10-21 10:17", "memorial-health-obgyn-interview-invitation", k, "invitation", coord,
         "Interview Invitation - Memorial Health / Mercer Savannah OB/GYN", txt, tz=ET,
         idates=[d("2026-11-13"), d("2026-12-11"), d("2027-01-08")], respond_by="by Monday, October 26",
         deadline="2026-10-26", must=[form, "St. Joseph’s/Candler"])
    P.gform_receipt("2026-10-21 12:09", "google-forms-response-recorded", k, "info",
                    "Memorial Health OB/GYN Interview Request 2026-27",
                    "Mercer Savannah OB/GYN - your date is not final until the program coordinator confirms it.",
                    [("Name", "Marisol Dunagan"), ("Email", ME), ("Preferred date", "Friday, December 11"),
                     ("Alternate date", "Friday, January 8"), ("Signal sent to our program?", "No")],
                    idates=[d("2026-12-11"), d("2027-01-08")], must=["Friday, December 11"])
    conf_txt = """Dear Marisol,

Thank you for your request. You are confirmed for our virtual interview on Friday, December 11, 2026.
Zoom links will follow the week of your interview.

Whitney Sallas
Memorial Health University Medical Center | OB/GYN Residency"""
    r3 = mail("2026-10-23 09:40", "memorial-health-obgyn-confirmed-dec-11", k, "scheduled", coord,
              "Confirmed - Memorial Health OB/GYN Interview 12/11", conf_txt, tz=ET,
              idates=[d("2026-12-11")], must=["Friday, December 11, 2026"])
    move = """Dear Marisol,

I'm sorry for the change, but Friday, December 11 now falls on the same day as our department's
mandatory Joint Commission survey, so we have had to move that entire interview day to
Friday, December 18, 2026. Same time (8:00 AM Eastern) and the same format.

You do not need to do anything if December 18 works for you. If it doesn't, reply and I will do my best
to fit you into Friday, January 8.

Our apologies,
Whitney
Saint Joseph's/Candler and Memorial Health OB/GYN faculty look forward to meeting you."""
    mail("2026-11-30 14:10", "memorial-health-obgyn-date-moved", k, "scheduled", coord,
         "CHANGE: Memorial Health OB/GYN interview moved to Friday 12/18", move, tz=ET, irt=r3["mid"],
         idates=[d("2026-12-18")], must=["Friday, December 18, 2026"])
    sent("2026-12-18 12:55", "sent-thank-you-memorial-savannah-obgyn", k, "info", coord,
         "Thank you - Savannah OB/GYN interview", """Dear Ms. Sallas,

Thank you for organizing today's interview - and for handling the date change so smoothly. Please
thank Dr. Kavanagh and the residents for me. Savannah's mix of a busy level I trauma center at
Memorial and the subspecialty time at St. Joseph's/Candler really appeals to me.

Best,""")


def build():
    for f in (usa, uab, uab_huntsville, vanderbilt, ut_memphis, baptist, ut_knoxville, ut_chattanooga, etsu,
              kentucky, louisville, ummc, emory, morehouse, mcg, navicent, memorial, extras):
        f()


def extras():
    # MCG OB/GYN resident happy hour (social) the evening before her interview day
    html = shell([
        "<p>Hi applicants!</p>",
        "<p>The MCG OB/GYN residents would love to meet you before your interview day. Join us for a virtual "
        "happy hour <b>Tuesday, December 1, 7:00-8:00 PM Eastern</b> (the night before the "
        "<b>Wednesday, December 2</b> interview day).</p>",
        f"<p>Zoom: {a('https://augusta.zoom.us/j/93355507129')}</p>",
        "<p>No faculty, no evaluations - bring your questions about Augusta, call schedules, and life outside "
        "the hospital.</p>",
        "<p>Cheers,<br>The MCG OB/GYN Residents<br>Wellstar MCG Health | Medical College of Georgia at Augusta "
        "University</p>"], accent="#8a0c2f",
        top='<b style="color:#8a0c2f">MCG OB/GYN Residency</b>')
    mail("2026-11-30 16:10", "mcg-obgyn-resident-happy-hour", "mcg-obgyn", "info",
         ("MCG OB/GYN Chief Residents", "obgynchiefs@augusta.edu"), "You're invited: MCG OB/GYN resident happy hour 12/1",
         None, html, tz=ET, to=("MCG OB/GYN Applicants 12/2", "undisclosed-recipients:;"),
         idates=[d("2026-12-02")], must=["Wednesday, December 2"])
    sent("2026-11-20 14:05", "sent-thank-you-ummc-obgyn", "ummc-obgyn", "info",
         ("Latrice Womack", "lwomack@umc.edu"), "Thank you - UMMC OB-GYN interview",
         """Dear Ms. Womack,

Thank you for coordinating this morning's interview. Would you please share my thanks with Dr. McNair
and the residents? Learning about the Wiser Hospital for Women and Infants and the program's work in
the Delta clinics was inspiring, and I'd be proud to train at UMMC.

Warm regards,""")
