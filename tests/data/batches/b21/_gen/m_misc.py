from lib import *


def simple(fn, frm, subj, date, t, labels, cte="qp", with_html=False, extra=(), to=TO, html_only=None):
    if html_only:
        msg = html(html_only)
    else:
        msg = alt(text(t, cte=cte), html(page(p2html(t)))) if with_html else text(t, cte=cte)
    build(fn, msg, frm, subj, date, to=to, extra=extra)
    reg(fn, msg, labels)


# ============================================================ INFO (10)
def info_morehouse():
    fn = "b21-info-email-morehouse-fm.eml"
    a, b = d("2026-09-24"), d("2026-10-06")
    t = f"""Dear Future Family Physician,

Thank you for your interest in the Family Medicine Residency Program at Morehouse School of Medicine! As you finalize your ERAS application, we invite you to join one of our Virtual Open Houses to meet our program director, faculty and residents and learn about our commitment to community health in Atlanta.

  - {wmd(a)}, 6:00 - 7:30 p.m. ET
  - {wmd(b)}, 6:00 - 7:30 p.m. ET

Register here: https://msm.zoom.us/webinar/register/WN_MSMFMOpenHouse2026

Attending an open house is not required and does not affect the review of your application. Interview invitations will be sent through ERAS beginning in October.

In service,
MSM Family Medicine Residency Program
Morehouse School of Medicine
1513 E. Cleveland Avenue, East Point, GA 30344
"""
    simple(fn, addr("MSM Family Medicine Residency", "fmresidency@msm.edu"),
           "Join us: MSM Family Medicine Virtual Open House", at("2026-09-15 10:00:00"), t,
           L("info", "Morehouse School of Medicine", "email", "Family Medicine"), with_html=True,
           extra=[("To", "undisclosed-recipients:;")])


def info_orlando():
    fn = "b21-info-email-orlandohealth-em.eml"
    x = d("2026-10-27")
    t = f"""Hey {FIRST}!

The residents of Orlando Health Emergency Medicine are hosting an applicant Q&A Night, and we'd love for you to join. No faculty, no evaluations - just residents answering your questions about life in Orlando, our Level I trauma center at Orlando Regional Medical Center, and what a shift really looks like.

When: {wmd(x)}, 7:00 - 8:30 p.m. ET
Where: Zoom - https://orlandohealth.zoom.us/j/81730094412

Bring your questions (and your pets).

- The OH EM Residents
Orlando Health | Emergency Medicine Residency
"""
    simple(fn, addr("OH EM Chiefs", "emchiefs@orlandohealth.com"), "\U0001F334 Orlando Health EM Resident Q&A Night",
           at("2026-10-19 18:22:10"), t, L("info", "Orlando Health", "email", "Emergency Medicine"), with_html=True)


def info_unc():
    fn = "b21-info-email-unc-fm.eml"
    t = f"""Dear Applicants,

Thank you for your interest in the UNC Family Medicine Residency Program. We want to let you know that all of our interview invitations for the 2026-2027 season have now been sent through ERAS. If you have not received an invitation, we are unfortunately unable to offer you an interview this year, although we will continue to reach out to applicants from our waitlist if spots open.

We are grateful for the many thoughtful applications we received and wish you the best in the Match.

Warm regards,
UNC Family Medicine Residency Program
Department of Family Medicine | UNC School of Medicine
590 Manning Drive, Chapel Hill, NC 27599
"""
    simple(fn, addr("UNC Family Medicine Residency", "fmresidency@med.unc.edu"),
           "UNC Family Medicine: interview invitations update", at("2026-11-20 16:00:00"), t,
           L("info", "UNC School of Medicine", "email", "Family Medicine"), cte="7bit",
           extra=[("To", "undisclosed-recipients:;")])


def info_emory_thanks():
    fn = "b21-info-email-emory-em.eml"
    sl = d("2027-01-29")
    t = f"""Dear Tomás,

Thank you for spending the day with us! We hope you enjoyed meeting our residents and faculty and getting a feel for Grady and the Emory family.

A few updates as you continue your interview season:

  * Second Look: we will host an optional, in-person Second Look on {full(sl)}. Attendance is entirely optional and is not considered in our ranking. RSVP: https://forms.gle/EmoryEMSecondLook27
  * Post-interview communication: in keeping with the CORD and NRMP guidance, we will not solicit or require any post-interview communication. Thank-you notes are not expected.
  * Our rank list will be certified before the NRMP deadline of Wednesday, March 3, 2027.

It was a pleasure getting to know you. Best of luck on the rest of the trail!

Renata Ashworth-Bell, MD
Program Director, Emergency Medicine Residency
Emory University School of Medicine
"""
    simple(fn, addr("Emory EM Residency", "emory.em.residency@emory.edu"),
           "Thank you for interviewing with Emory Emergency Medicine!", at("2026-12-02 17:10:00"), t,
           L("info", "Emory University School of Medicine", "email", "Emergency Medicine"), with_html=True)


def info_wake_peds():
    fn = "b21-info-email-wakeforest-peds.eml"
    ds = [d("2026-10-22"), d("2026-11-12"), d("2026-12-10")]
    rows = "".join(f"<li>{wmd(x)}, 7:00&ndash;8:00 p.m. ET &ndash; {topic}</li>"
                   for x, topic in zip(ds, ["Trivia night", "Life in Winston-Salem", "Holiday gingerbread build"]))
    h = page(f"""<p>Hi applicants!</p>
<p>The residents of the Pediatric Residency Program at Brenner Children&rsquo;s Hospital, Atrium Health Wake Forest Baptist, are hosting a series of casual virtual socials this season. Anyone who has applied is welcome &ndash; you do not need to have an interview invitation to attend.</p>
<ul>{rows}</ul>
<p>Join on Zoom: <a href="https://wakehealth.zoom.us/j/97045513820">https://wakehealth.zoom.us/j/97045513820</a></p>
<p>These socials are run by residents only and are not part of the application review.</p>
<p>&mdash; The Brenner Peds Chiefs<br>Atrium Health Wake Forest Baptist</p>""")
    simple(fn, addr("Brenner Peds Chiefs", "pedschiefs@wakehealth.edu"), "Brenner Peds Resident Socials \U0001F389",
           at("2026-10-12 20:05:00"), "",
           L("info", "Atrium Health Wake Forest Baptist", "email", "Pediatrics"), html_only=h,
           extra=[("To", "undisclosed-recipients:;")])


def info_hca():
    fn = "b21-info-gme-hca-none.eml"
    x = d("2026-10-14")
    t = f"""Residency applicants,

HCA Florida Healthcare sponsors more than 90 residency and fellowship programs across the state. Join program directors and residents from our Emergency Medicine, Family Medicine, General Surgery, Internal Medicine, Psychiatry and Transitional Year programs at our Virtual Residency Fair:

{wmd(x)}, 6:00 - 8:00 p.m. ET
Register: https://hcafloridahealthcare.com/gme/residency-fair-2026

Learn how our community-based programs partner with the University of Central Florida and USF, meet current residents, and ask questions in specialty breakout rooms.

HCA Florida Healthcare | Graduate Medical Education
HCA Florida Aventura Hospital · HCA Florida Bayonet Point Hospital · HCA Florida Blake Hospital · HCA Florida Brandon Hospital · HCA Florida Kendall Hospital · HCA Florida Largo Hospital · HCA Florida Mercy Hospital · HCA Florida North Florida Hospital · HCA Florida Ocala Hospital · HCA Florida Osceola Hospital · HCA Florida Westside Hospital
You are receiving this message because you registered for HCA Healthcare GME updates. Unsubscribe: https://hcafloridahealthcare.com/gme/unsubscribe
"""
    simple(fn, addr("HCA Florida Healthcare GME", "gme@hcahealthcare.com"),
           "You're invited: HCA Florida Healthcare Virtual Residency Fair", at("2026-09-29 11:00:00"), t,
           L("info", "HCA Florida Healthcare", "email"), with_html=True)


def info_memorial():
    fn = "b21-info-email-memorial-surg.eml"
    x = d("2026-10-21")
    t = f"""Dear Applicant,

Thank you for applying to the General Surgery Residency at Memorial Health University Medical Center in Savannah. While our selection committee continues to review applications, we would like to invite all applicants to a virtual "Meet the Residents" panel:

{wmd(x)} at 6:30 p.m. ET on Microsoft Teams
https://teams.microsoft.com/l/meetup-join/19%3ameeting_MemorialSurgPanel

Our residents will talk about operative volume at the region's only Level I trauma center, research opportunities, and living in Savannah. This session is informational only; interview invitations will be sent separately.

Department of Surgery
Memorial Health University Medical Center
4700 Waters Avenue, Savannah, GA 31404
"""
    simple(fn, addr("Memorial Health Surgery Residency", "surgeryresidency@memorialhealth.com"),
           "Meet the Residents - Memorial Health General Surgery", at("2026-10-13 09:30:00"), t,
           L("info", "Memorial Health University Medical Center", "email", "Surgery"), cte="7bit",
           extra=[("To", "undisclosed-recipients:;")])


def info_medstar():
    fn = "b21-info-email-medstargt-peds.eml"
    x = d("2027-02-04")
    t = f"""Dear Tomás,

Thank you for interviewing with the Pediatric Residency Program at MedStar Georgetown University Hospital. It was a pleasure to get to know you and to share what makes our program special.

We want to be transparent about our post-interview process:
  - We do not require or expect any post-interview communication, and it will not affect your ranking.
  - We will not contact you about where you rank us, and we ask that you not share your ranking intentions.
  - For applicants who would like to see our hospital in person, we will host an optional open house on {wmd(x)}, {x.year}. Details will follow in January.

Thank you again, and best of luck with the rest of the season!

Sincerely,
Pediatric Residency Program Leadership
MedStar Georgetown University Hospital
3800 Reservoir Road NW, Washington, DC 20007
"""
    simple(fn, addr("MGUH Pediatrics Residency", "mguh.pedsresidency@medstar.net"),
           "Thank you from MedStar Georgetown Pediatrics", at("2026-12-11 15:25:00"), t,
           L("info", "MedStar Georgetown University Hospital", "email", "Pediatrics"))


def info_jhh_em():
    fn = "b21-info-email-jhh-em.eml"
    ds = [d("2026-10-20"), d("2026-11-10")]
    t = f"""Hello applicants,

The Johns Hopkins Emergency Medicine Residency would like to invite you to our virtual Meet & Greet evenings. Our residents train at both The Johns Hopkins Hospital and Johns Hopkins Bayview Medical Center, and residents from both sites will be there to answer your questions.

  {wmd(ds[0])}, 7:00 p.m. ET - "Two hospitals, one program"
  {wmd(ds[1])}, 7:00 p.m. ET - Life in Baltimore

Zoom: https://jhjhm.zoom.us/j/92271604455

These sessions are informal and not evaluative.

Johns Hopkins Emergency Medicine Residency
Department of Emergency Medicine
Johns Hopkins University School of Medicine
"""
    simple(fn, addr("Hopkins EM Residency", "emresidency@jhmi.edu"), "Hopkins EM Virtual Meet & Greet",
           at("2026-10-09 12:00:00"), t,
           L("info", "Johns Hopkins University School of Medicine", "email", "Emergency Medicine"), cte="7bit",
           extra=[("To", "undisclosed-recipients:;")])


def info_ufgnv_psych():
    fn = "b21-info-email-ufgnv-psych.eml"
    t = f"""Dear Applicants,

We want to give everyone an update on our interview season. All interview invitations for the UF Psychiatry Residency Program in Gainesville have been extended and all of our interview days are now full.

If you are on our waitlist, we will continue to reach out individually if openings occur. If you have already accepted an interview, thank you - we look forward to meeting you.

Go Gators!
Psychiatry Residency Program
University of Florida College of Medicine
Department of Psychiatry, Gainesville, FL 32610
"""
    simple(fn, addr("UF Psychiatry Residency", "psychresidency@ufl.edu"), "UF Psychiatry - interview season update",
           at("2026-12-04 11:45:00"), t,
           L("info", "University of Florida College of Medicine", "email", "Psychiatry"), cte="7bit",
           extra=[("To", "undisclosed-recipients:;")])


# ============================================================ OTHER (8)
def oth_classmate():
    fn = "b21-oth-fwd-classmate-em.eml"
    orig = at("2026-10-26 08:14:00")
    ds = [d("2026-11-19"), d("2026-12-17")]
    t = f"""omg Tomás look!!! AdventHealth EM came through. Are you interviewing there too?? We should try to pick the same day so we can carpool down to Orlando \U0001F697

---------- Forwarded message ---------
From: AdventHealth East Orlando EM Residency <em.residency@adventhealth.com>
Date: {gmail_fwd_date(orig)}
Subject: Interview Invitation - AdventHealth East Orlando Emergency Medicine
To: Jasmine Whitley <jasmine.whitley.md@gmail.com>


Dear Jasmine,

On behalf of the Emergency Medicine Residency at AdventHealth East Orlando, we are delighted to invite you to interview. Interview days will be held virtually on {wmd(ds[0])} and {wmd(ds[1])}. Please accept and choose your date in the ResidencyCAS Interview Portal within 5 days.

We look forward to meeting you!
AdventHealth East Orlando Emergency Medicine Residency
"""
    simple(fn, addr("Jasmine Whitley", "jasmine.whitley.md@gmail.com"),
           "Fwd: Interview Invitation - AdventHealth East Orlando Emergency Medicine", at("2026-10-26 12:30:07"), t,
           L("other", platform="other"))


def oth_ooo():
    fn = "b21-oth-ooo-prismacola-psych.eml"
    x = d("2026-11-30")
    t = f"""Thank you for your email. I am out of the office for the Thanksgiving holiday with limited access to email and will return on {wmd(x)}.

For urgent matters regarding the Psychiatry Residency Program, please contact the Department of Neuropsychiatry and Behavioral Science main office at 803-555-0110.

Lorraine Witt
Residency Program Coordinator, Psychiatry
Prisma Health\u2013Midlands
"""
    simple(fn, addr("Witt, Lorraine", "lorraine.witt@prismahealth.org"),
           "Automatic reply: Thank you note - Tomás Ebanks", at("2026-11-24 19:02:44"), t,
           L("other", platform="other"),
           extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


def oth_flight():
    fn = "b21-oth-email-delta-flight.eml"
    out, back = d("2026-11-19"), d("2026-11-20")
    t = f"""Your Trip Confirmation
Confirmation #: H7QK2M

Passenger: TOMAS EBANKS
SkyMiles #: *********4417

{wmd(out)}, {out.year}
DL 1347   ATLANTA, GA (ATL) 1:05 PM  ->  RALEIGH-DURHAM, NC (RDU) 2:32 PM
Main Cabin (V)   Seat 22C

{wmd(back)}, {back.year}
DL 2219   RALEIGH-DURHAM, NC (RDU) 6:10 PM  ->  ATLANTA, GA (ATL) 7:48 PM
Main Cabin (V)   Seat 19D

Total: $248.60 USD

Check in 24 hours before departure on the Fly Delta app.
Manage your trip: https://www.delta.com/mytrips/findPnr?confirmationNo=H7QK2M

Delta Air Lines, Inc. | P.O. Box 20706, Atlanta, GA 30320-6001
"""
    simple(fn, addr("Delta Air Lines", "DeltaAirLines@t.delta.com"),
           f"Your Flight Receipt - TOMAS EBANKS {num(out, True, True)}", at("2026-11-02 21:18:09"), t,
           L("other", platform="other"), with_html=True)


def oth_vumc_job():
    fn = "b21-oth-email-vumc-job.eml"
    x = d("2026-11-17")
    t = f"""Dear Dr. Ebanks,

Thank you for your interest in the Assistant Professor of Emergency Medicine (Clinician-Educator) position at Vanderbilt University Medical Center. We are pleased to confirm your on-site faculty interview on {full(x)}.

Itinerary
 8:00 a.m.  Breakfast with the Vice Chair for Faculty Affairs
 9:00 a.m.  Meetings with section chiefs
11:30 a.m.  Grand Rounds presentation (45 minutes)
12:30 p.m.  Lunch with current faculty
 2:00 p.m.  Meeting with the Department Chair

Please send your presentation title and any travel receipts to me. Our travel office will contact you about your hotel.

Best regards,
Whitney Gaines
Faculty Recruitment Coordinator, Department of Emergency Medicine
Vanderbilt University Medical Center
"""
    simple(fn, addr("Gaines, Whitney", "whitney.gaines@vumc.org"),
           "Faculty Interview Confirmation - Department of Emergency Medicine", at("2026-11-05 14:40:00", "CT"), t,
           L("other", platform="other"), cte="7bit")


def oth_nrmp():
    fn = "b21-oth-nrmp-rol-none.eml"
    t = f"""Dear Applicant,

This is a reminder from the National Resident Matching Program about important dates for the Main Residency Match:

  - Rank order list entry opens: Monday, February 1, 2027 at 12:00 p.m. ET
  - Rank order list certification deadline: Wednesday, March 3, 2027 at 9:00 p.m. ET
  - Match Week begins: Monday, March 15, 2027
  - Match Day: Friday, March 19, 2027

You can enter and certify your rank order list in the R3 system at https://r3.nrmp.org/. Remember that a rank order list must be certified to be used in the Match.

National Resident Matching Program
2121 K Street, NW, Suite 1000, Washington, DC 20037
"""
    simple(fn, addr("NRMP", "support@nrmp.org"), "2027 Main Residency Match: Key Dates", at("2027-01-20 10:00:00"), t,
           L("other", platform="other"), cte="7bit")


def oth_eras():
    fn = "b21-oth-eras-aamc-none.eml"
    t = f"""Dear Tomás Ebanks,

Your MyERAS application for the ERAS 2027 season has been successfully certified and submitted. Your application will be transmitted to the programs you selected, along with any documents assigned to them.

Programs you applied to: 58
Documents assigned: Letters of Recommendation (4), MSPE, Medical School Transcript, USMLE Transcript, Photo

You can view and make changes to your program selections and document assignments in MyERAS at any time:
{MYERAS}

Please do not reply to this email. This mailbox is not monitored.

ERAS - Electronic Residency Application Service
Association of American Medical Colleges
"""
    simple(fn, ERAS_FROM, "MyERAS: Application Submitted", at("2026-09-02 09:11:47"), t,
           L("other", platform="other"), cte="7bit")


def oth_emra():
    fn = "b21-oth-news-emra-em.eml"
    t = f"""EMRA Student Pulse - November 2026

INTERVIEW SEASON SURVIVAL GUIDE
Virtual or in person? Most programs in the Southeast, including Emory, Orlando Health, UF Jacksonville and VCU, are interviewing virtually again this year, while a few have added optional in-person second looks. Read our tips for acing the virtual interview day.

RESIDENCYCAS TIPS
Keep your Interview Portal notifications turned on - many programs release spots from their waitlists on short notice.

SIGNAL DATA
See how the 2025-26 signaling data shaped interview offers in EM.

Read more: https://www.emra.org/students/newsletters/student-pulse-nov-2026

Emergency Medicine Residents' Association | 4950 W. Royal Lane, Irving, TX 75063
Unsubscribe: https://www.emra.org/unsubscribe
"""
    simple(fn, addr("EMRA", "newsletter@emra.org"), "EMRA Student Pulse: Interview Season Survival Guide",
           at("2026-11-03 11:00:00", "CT"), t, L("other", platform="other"), with_html=True)


def oth_thal():
    fn = "b21-oth-thal-platform-none.eml"
    t = f"""Hi {FIRST},

Interview season is in full swing! A few reminders to make the most of Thalamus:

  - Sync your Thalamus calendar with Google or Outlook so you never miss a session.
  - Turn on SMS notifications to hear about waitlist openings right away.
  - Use Cortex to see how programs describe their interview days.

Log in to update your notification settings: https://app.thalamusgme.com/applicant/settings

Thalamus GME, Inc. | Boston, MA
You are receiving this email because you have an applicant account on Thalamus.
"""
    msg = alt(text(t), html(thal_html("Interview season tips", t, "Update Settings",
                                      "https://app.thalamusgme.com/applicant/settings")))
    build(fn, msg, THAL_FROM, "Make the most of Thalamus this interview season", at("2026-10-07 15:00:00", "UTC"))
    reg(fn, msg, L("other", platform="other"))


ALL = [info_morehouse, info_orlando, info_unc, info_emory_thanks, info_wake_peds, info_hca, info_memorial,
       info_medstar, info_jhh_em, info_ufgnv_psych, oth_classmate, oth_ooo, oth_flight, oth_vumc_job, oth_nrmp,
       oth_eras, oth_emra, oth_thal]
