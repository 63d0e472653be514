"""Season K program mail, part 1: UT family, Dell, Baylor, Texas Tech."""
from season import *  # noqa: F401,F403
from season import ty


def build():
    # ------------------------------------------------------------ UT Southwestern Surgery (Thalamus)
    k = "utsw-surg"
    p = "UT Southwestern Medical Center - General Surgery - Categorical"
    u = "https://app.thalamusgme.com/applicant/invitations/utsw-gs-4c91"
    thal_invite("2026-10-07 09:12", "thalamus-invitation", k, p, [d("2026-10-30"), d("2026-11-13"), d("2026-12-04")], u,
                note="""The Department of Surgery at the University of Texas Southwestern Medical Center is pleased to invite
you to interview for a categorical position in our General Surgery residency. Our residents train at Parkland
Health, William P. Clements Jr. University Hospital, Children's Health Dallas and the VA North Texas Health Care
System. All interview days are virtual and begin at 7:30 AM Central.""",
                must=["University of Texas Southwestern Medical Center"])
    thal_scheduled("2026-10-07 09:31", "thalamus-scheduled", k, p, d("2026-11-13"), "07:30",
                   "https://app.thalamusgme.com/applicant/calendar/utsw-gs-4c91")
    zoom = "https://utsouthwestern.zoom.us/j/93817264051?pwd=Gs7kQ2rT"
    h = html_page([
        "Dear Dr. Villarreal (to be!),",
        "We look forward to meeting you at our General Surgery interview day on <b>Friday, November 13, 2026</b>. "
        "Please join 10 minutes early.",
        "<table border=\"1\" cellpadding=\"5\" style=\"border-collapse:collapse\">"
        "<tr><th>Time (CT)</th><th>Session</th></tr>"
        "<tr><td>7:30 AM</td><td>Welcome – Dr. Alan Petrakis, Program Director</td></tr>"
        "<tr><td>8:00 AM</td><td>Department overview: Parkland, Clements University Hospital, Children’s Health Dallas</td></tr>"
        "<tr><td>8:45 AM</td><td>Faculty interviews (3 × 20 minutes, breakout rooms)</td></tr>"
        "<tr><td>11:00 AM</td><td>Resident Q&amp;A (no faculty present)</td></tr>"
        "<tr><td>12:00 PM</td><td>Close</td></tr></table>",
        f"<p>Zoom: {a(zoom)}<br>Meeting ID: 938 1726 4051</p>",
        "Warm regards,<br>Kristen Ahlquist<br>Residency Program Coordinator, General Surgery<br>"
        "UT Southwestern Medical Center | 5323 Harry Hines Blvd., Dallas, TX 75390",
    ])
    M("2026-11-06 14:20", "utsw-gs-interview-day-details", k, ("Kristen Ahlquist", "kristen.ahlquist@utsouthwestern.edu"),
      "UTSW General Surgery Interview Day – Friday, November 13 – Zoom details", None, h, enc="qp",
      must=["Friday, November 13, 2026", zoom, "UT Southwestern Medical Center"], idates=[d("2026-11-13")])
    ty("Alan Petrakis, MD", "alan.petrakis@utsouthwestern.edu", "2026-11-14 10:02", "sent-thank-you-utsw-gs", k,
       "Thank you - UTSW General Surgery interview",
       """Dear Dr. Petrakis,

Thank you for a wonderful interview day yesterday. Hearing the residents describe a night on the Parkland trauma
service, and seeing how much autonomy they have at Parkland while still getting Clements exposure, made UT Southwestern
stand out. I especially appreciated my conversation with Dr. Nwosu about the surgical education research track.

Thank you again to you and Ms. Ahlquist for organizing such a smooth virtual day.

Sincerely,""", cc=("Kristen Ahlquist", "kristen.ahlquist@utsouthwestern.edu"))

    # ------------------------------------------------------------ UT Southwestern Pediatrics (Thalamus)
    k = "utsw-peds"
    p = "UT Southwestern/Children's Health - Pediatrics - Categorical"
    u = "https://app.thalamusgme.com/applicant/invitations/utsw-peds-19be"
    thal_invite("2026-10-15 11:40", "thalamus-invitation", k, p, [d("2026-11-04"), d("2026-11-18"), d("2026-12-09")], u,
                deadline=d("2026-10-22"),
                note="""Thank you for applying to the University of Texas Southwestern Medical Center Pediatric Residency
Program at Children's Health Children's Medical Center Dallas. We are excited to invite you to a virtual interview day.
Each day starts with a morning report at 8:00 AM CT.""",
                must=["University of Texas Southwestern Medical Center"])
    thal_scheduled("2026-10-16 08:05", "thalamus-scheduled", k, p, d("2026-12-09"), "08:00",
                   "https://app.thalamusgme.com/applicant/calendar/utsw-peds-19be")
    thal_reminder("2026-12-02 08:00", "thalamus-reminder", k, p, d("2026-12-09"), "08:00",
                  "https://app.thalamusgme.com/applicant/calendar/utsw-peds-19be")
    M("2026-12-10 16:30", "utsw-peds-thank-you", k, ("UTSW Pediatric Residency", "pedsresidency@utsouthwestern.edu"),
      "Thank you for interviewing with UTSW Pediatrics!",
      """Dear Renata,

Thank you for spending Wednesday, December 9 with the UT Southwestern Pediatric Residency Program. We hope you
enjoyed meeting our residents and seeing what training at Children's Medical Center Dallas (Children's Health) and
Parkland looks like.

We do not send post-interview communication beyond this note, in keeping with the NRMP Match Participation Agreement.
If you would like to visit Dallas, we are hosting an optional, non-evaluative in-person second look on Friday,
January 22, 2027. RSVP here: https://forms.gle/UtswPedsSecondLook27

Pediatric Residency Program
UT Southwestern Medical Center | Children's Health
""", enc="7bit", must=["Wednesday, December 9", "https://forms.gle/UtswPedsSecondLook27"])

    # ------------------------------------------------------------ UTHealth Houston (rejections)
    k = "uthealth-surg"
    eras_post_office("2026-11-18 10:15", "eras-post-office-message", k,
                     "University of Texas Health Science Center at Houston Program", "4404811204",
                     "General Surgery Residency - Application Status",
                     """Dear Applicant,

Thank you for your interest in the General Surgery Residency Program at McGovern Medical School at UTHealth Houston.
We received over 1,400 applications for our categorical positions this year. After careful review, we regret that we
are unable to offer you an interview.

Our residents train at Memorial Hermann-Texas Medical Center, Lyndon B. Johnson Hospital and Memorial Hermann
Southwest. We wish you every success in the Match.

Department of Surgery
McGovern Medical School at UTHealth Houston""",
                     sender="Surgery Residency Coordinator, McGovern Medical School",
                     must=["McGovern Medical School at UTHealth Houston"])
    k = "uthealth-peds"
    txt = """Dear Renata Villarreal,

Thank you for applying to the Pediatrics Residency Program at McGovern Medical School at UTHealth Houston
(ACGME Program ID 3204811239, University of Texas Health Science Center at Houston Program).

We have now completed our review of applications and sent all interview invitations for this season. We are sorry
that we are unable to offer you an interview. This decision applies only to our categorical Pediatrics program at
Children’s Memorial Hermann Hospital.

With best wishes,

Pediatrics Residency Program
McGovern Medical School at UTHealth Houston | Children’s Memorial Hermann Hospital
6431 Fannin St., Houston, TX 77030
"""
    M("2026-12-01 13:05", "uthealth-peds-application-update", k,
      ("UTHealth Houston Pediatrics Residency", "peds.residency@uth.tmc.edu"),
      "Application Update – Pediatrics Residency, UTHealth Houston", txt,
      html_page([e(x).replace("\n", "<br>") for x in txt.strip().split("\n\n")]), enc="qp",
      must=["McGovern Medical School at UTHealth Houston", "3204811239"])

    # ------------------------------------------------------------ UTMB
    k = "utmb-surg"
    eras_post_office("2026-11-04 09:00", "eras-post-office-message", k,
                     "University of Texas Medical Branch Hospitals Program", "4404811031",
                     "UTMB General Surgery - interview decision",
                     """Dear Applicant,

On behalf of the Department of Surgery at the University of Texas Medical Branch (UTMB Health) in Galveston, thank
you for applying. Unfortunately, we are not able to extend an interview invitation to you this year.

We appreciate your interest in UTMB and wish you the very best.

UTMB General Surgery Residency""", sender="UTMB Department of Surgery",
                     must=["University of Texas Medical Branch"])
    k = "utmb-peds"
    w1 = M("2026-11-20 15:10", "utmb-peds-waitlist", k, ("UTMB Pediatrics Residency", "pedsres@utmb.edu"),
           "UTMB Pediatrics – Interview Waitlist",
           """Dear Renata,

Thank you for your application to the Pediatric Residency Program at the University of Texas Medical Branch at
Galveston. Our interview days are currently full, but we were impressed by your application and would like to place
you on our interview waitlist. If a spot opens, we will contact you by email with available dates.

No action is needed to remain on the waitlist. If you would like to be removed, simply reply to this message.

Sincerely,
Carmen Delgado, C-TAGME
Program Coordinator, Pediatric Residency
UTMB Health | 301 University Blvd., Galveston, TX 77555
""", enc="7bit", must=["University of Texas Medical Branch at Galveston"])
    M("2027-01-22 11:30", "utmb-peds-waitlist-update", k, ("UTMB Pediatrics Residency", "pedsres@utmb.edu"),
      "UTMB Pediatrics – Waitlist Update",
      """Dear Renata,

A quick update: you remain on the interview waitlist for the UTMB Pediatric Residency Program. Our final interview
day is Wednesday, January 27, 2027, and we will reach out if a position opens before then.

Thank you for your patience and continued interest in UTMB.

Carmen Delgado, C-TAGME
Program Coordinator, Pediatric Residency | University of Texas Medical Branch
""", enc="7bit", irt=w1["mid"], must=["Wednesday, January 27, 2027"])

    # ------------------------------------------------------------ UT Health San Antonio Surgery (waitlist -> release)
    k = "uthscsa-surg"
    thal_message("2026-11-10 16:40", "thalamus-new-message", k, "UT Health San Antonio - General Surgery - Categorical",
                 "Interview Waitlist",
                 """Dear Renata,

Thank you for applying to the General Surgery residency at UT Health San Antonio. All of our interview dates are
currently filled. We have placed you on our interview waitlist and will contact you through Thalamus if a date becomes
available.

Surgery Residency Program""", "https://app.thalamusgme.com/applicant/messages/uthscsa-gs-8812")
    M("2027-01-19 10:40", "uthscsa-surgery-waitlist-release", k,
      ("General Surgery Residency", "surgeryresidency@uthscsa.edu"),
      "General Surgery interview waitlist – final update",
      None, html_page([
          "Dear Applicant,",
          "Thank you for your patience this season. Our interview season for the General Surgery Residency Program at "
          "The University of Texas Health Science Center at San Antonio (Joe R. and Teresa Lozano Long School of "
          "Medicine) is now complete, and we are releasing all applicants remaining on our interview waitlist.",
          "We are sorry we could not offer you an interview and wish you success in the Match.",
          "Department of Surgery | UT Health San Antonio | University Health<br>7703 Floyd Curl Dr., San Antonio, TX 78229",
      ]), enc="b64", must=["The University of Texas Health Science Center at San Antonio"])

    # ------------------------------------------------------------ Dell Med Surgery (declined)
    k = "dell-surg"
    pd_ = "University of Texas at Austin Dell Medical School Program"
    iu = "https://myeras.aamc.org/interviews/invitation/DMS-GS-55120"
    eras_invite("2026-10-22 10:20", "eras-invitation", k, pd_, "4404851216", "Surgery (General)",
                [d("2026-11-10"), d("2026-12-08")], iu, deadline=d("2026-10-30"), nrmp="2071440C0",
                sender="Dell Med General Surgery",
                program_msg="""Thank you for applying to the General Surgery Residency at Dell Medical School at The University of
Texas at Austin. We would like to invite you to a virtual interview. Our residents train at Dell Seton Medical Center at
The University of Texas and Dell Children's Medical Center.""",
                must=["Dell Medical School at The University of Texas at Austin"])
    eras_declined("2026-10-26 19:48", "eras-invitation-declined", k, pd_, "4404851216", iu)
    ty("Dell Med Surgery Residency", "surgeryresidency@austin.utexas.edu", "2026-10-26 19:55",
       "sent-decline-dell-surgery", k, "Declining interview invitation - Renata Villarreal",
       """Dear Dell Med General Surgery team,

Thank you very much for the invitation to interview with the General Surgery residency at Dell Medical School. After a
lot of thought about my schedule and my list, I have declined the invitation in ERAS so that another applicant can have
the spot. I'm grateful for the consideration and wish the program a great season.

Best regards,""")

    # ------------------------------------------------------------ Dell Children's Pediatrics (Thalamus)
    k = "dell-peds"
    p = "Dell Medical School at UT Austin - Pediatrics (Dell Children's) - Categorical"
    u = "https://app.thalamusgme.com/applicant/invitations/dms-peds-07a2"
    thal_invite("2026-10-29 13:00", "thalamus-invitation", k, p, [d("2026-12-07"), d("2026-12-14")], u,
                deadline=d("2026-11-05"),
                note="""The Pediatric Residency Program at Dell Medical School at The University of Texas at Austin, based at
Dell Children's Medical Center (Ascension Seton), is delighted to invite you to interview. Interview days are virtual.""",
                must=["Dell Medical School at The University of Texas at Austin"])
    thal_scheduled("2026-10-29 13:22", "thalamus-scheduled", k, p, d("2026-12-07"), "08:30",
                   "https://app.thalamusgme.com/applicant/calendar/dms-peds-07a2")
    zs = "https://utexas.zoom.us/j/94410027735"
    M("2026-11-30 12:00", "dell-childrens-peds-social", k, ("Dell Children’s Pediatrics Residency", "dellpedsresidency@ascension.org"),
      "You’re invited: pre-interview resident social 🎉", None, html_page([
          "Hi Renata!",
          "The Dell Children’s pediatric residents would love to meet you before your interview day. Join our casual, "
          "no-faculty virtual social on <b>Sunday, December 6, 2026 at 7:00 PM CT</b>.",
          f"<p>Zoom: {a(zs)}</p>",
          "Trivia, a tour of our favorite Austin taco spots, and honest answers to all your questions.",
          "— Chief Residents, Pediatric Residency Program<br>Dell Medical School | Dell Children’s Medical Center",
      ]), enc="b64", must=["Sunday, December 6, 2026", zs])
    ty("Lauren Okafor, MD", "lauren.okafor@austin.utexas.edu", "2026-12-07 18:40", "sent-thank-you-dell-peds", k,
       "Thank you - Dell Children's Pediatrics interview",
       """Dear Dr. Okafor,

Thank you for today's interview. I loved hearing about the continuity clinic model and the way residents at Dell
Children's take ownership of advocacy projects in Austin. The residents' honesty at last night's social made the
program feel like home.

Thank you again for your time,""")

    # ------------------------------------------------------------ Baylor College of Medicine Surgery (Thalamus)
    k = "bcm-surg"
    p = "Baylor College of Medicine - General Surgery - Categorical"
    u = "https://app.thalamusgme.com/applicant/invitations/bcm-gs-2f60"
    thal_invite("2026-10-13 10:05", "thalamus-invitation", k, p, [d("2026-11-20"), d("2026-12-11"), d("2027-01-08")], u,
                note="""On behalf of the Michael E. DeBakey Department of Surgery at Baylor College of Medicine, thank you for
applying. We are pleased to invite you to a virtual interview for our categorical General Surgery residency.""",
                must=["Baylor College of Medicine"])
    thal_scheduled("2026-10-13 10:40", "thalamus-scheduled", k, p, d("2026-11-20"), "07:00",
                   "https://app.thalamusgme.com/applicant/calendar/bcm-gs-2f60")
    zb = "https://bcm.zoom.us/j/97123004418"
    txt = f"""Dear Applicant,

Thank you for choosing to interview with the Baylor College of Medicine General Surgery Residency Program on
Friday, November 20, 2026. Below is your itinerary (all times Central).

  7:00 AM   Welcome from the Program Director
  7:30 AM   Michael E. DeBakey Department of Surgery overview
  8:15 AM   Faculty interviews (breakout rooms)
 10:30 AM   Virtual tour: Ben Taub Hospital, Baylor St. Luke’s Medical Center, Michael E. DeBakey VA Medical
            Center and Texas Children’s Hospital
 11:15 AM   Resident panel
 12:00 PM   Adjourn

Zoom: {zb}

Please note that Baylor College of Medicine is an independent academic health sciences center and is not affiliated
with Baylor Scott & White Health or Baylor University.

Dana Whitcomb
Residency Coordinator, General Surgery
Baylor College of Medicine | One Baylor Plaza, Houston, TX 77030
"""
    M("2026-11-16 09:30", "bcm-surgery-itinerary", k, ("Dana Whitcomb", "dana.whitcomb@bcm.edu"),
      "BCM General Surgery – Interview Itinerary – Friday, November 20", txt,
      html_page([e(x).replace("\n", "<br>") for x in txt.strip().split("\n\n")]), enc="qp",
      must=["Friday, November 20, 2026", zb, "Baylor St. Luke’s Medical Center"], idates=[d("2026-11-20")])
    ty("Dana Whitcomb", "dana.whitcomb@bcm.edu", "2026-11-21 09:15", "sent-thank-you-bcm-gs", k,
       "Thank you - BCM General Surgery interview",
       """Dear Ms. Whitcomb,

Could you please pass my thanks along to Dr. Sandoval and the faculty I met yesterday? The Ben Taub trauma experience
and the breadth of Baylor St. Luke's cases are exactly the training I'm looking for, and the residents were so
generous with their time. Thank you for organizing such a well-run day.

Warmly,""")

    # ------------------------------------------------------------ BCM / Texas Children's Pediatrics (Thalamus)
    k = "bcm-peds"
    p = "Baylor College of Medicine/Texas Children's Hospital - Pediatrics - Categorical"
    u = "https://app.thalamusgme.com/applicant/invitations/bcm-tch-peds-d331"
    thal_invite("2026-10-20 12:00", "thalamus-invitation", k, p, [d("2026-12-01"), d("2026-12-15")], u,
                deadline=d("2026-10-27"),
                note="""The Baylor College of Medicine Pediatric Residency Program at Texas Children's Hospital in Houston is
excited to invite you to interview. Interview days are virtual.""", must=["Baylor College of Medicine"])
    thal_scheduled("2026-10-20 12:14", "thalamus-scheduled", k, p, d("2026-12-01"), "07:45",
                   "https://app.thalamusgme.com/applicant/calendar/bcm-tch-peds-d331")
    thal_reminder("2026-11-24 08:00", "thalamus-reminder", k, p, d("2026-12-01"), "07:45",
                  "https://app.thalamusgme.com/applicant/calendar/bcm-tch-peds-d331")
    M("2026-12-04 15:00", "texas-childrens-peds-thank-you", k,
      ("Texas Children's Pediatric Residency", "pedsresidency@texaschildrens.org"),
      "Thank you from Baylor/Texas Children's Pediatrics", None, html_page([
          "Dear Renata,",
          "Thank you for interviewing with the Baylor College of Medicine Pediatric Residency Program at Texas "
          "Children’s Hospital on Tuesday, December 1. It was a pleasure to get to know you.",
          "Please note that this Houston program is separate from the Baylor College of Medicine (San Antonio) "
          "pediatrics residency at CHRISTUS Children’s, which conducts its own interviews and ranking.",
          "With gratitude,<br>The Pediatric Residency Leadership Team<br>Baylor College of Medicine | Texas Children’s Hospital",
      ]), enc="qp", must=["Tuesday, December 1", "Baylor College of Medicine"])

    # ------------------------------------------------------------ BCM (San Antonio) / CHRISTUS Children's (ERAS)
    k = "christus-children-peds"
    pc = "Baylor College of Medicine (San Antonio) Program"
    iu = "https://myeras.aamc.org/interviews/invitation/BCMSA-PED-20931"
    eras_invite("2026-11-03 09:45", "eras-invitation", k, pc, "3204832271", "Pediatrics",
                [d("2026-12-15"), d("2027-01-05")], iu, deadline=d("2026-11-10"), nrmp="2388320C0",
                sender="BCM Pediatrics at CHRISTUS Children's",
                program_msg="""Greetings from San Antonio! The Baylor College of Medicine Pediatric Residency Program at
CHRISTUS Children's (formerly The Children's Hospital of San Antonio) would love to meet you. Our program is a
distinct program from BCM Pediatrics at Texas Children's Hospital in Houston. Interviews are held virtually.""",
                must=["CHRISTUS Children's"])
    eras_scheduled("2026-11-03 20:12", "eras-scheduled", k, pc, "3204832271", d("2026-12-15"), "08:00", iu)
    teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_QkNNU0FQZWRzMTIxNQ%40thread.v2/0"
    txt = f"""Hello Renata,

We are looking forward to your interview on Tuesday, December 15, 2026! Here are a few logistics.

- Join the Microsoft Teams meeting at 7:45 AM CT: {teams}
- You will have four 20-minute interviews with faculty and a chief resident.
- Lunch talk: "Why San Antonio?" with our residents.

If you have any technical trouble that morning, call me at (210) 555-0187.

Yesenia Garza
Residency Program Coordinator
Baylor College of Medicine (San Antonio) Pediatric Residency Program
CHRISTUS Children’s | 333 N. Santa Rosa St., San Antonio, TX 78207
"""
    M("2026-12-09 11:00", "christus-childrens-interview-logistics", k, ("Yesenia Garza", "yesenia.garza@christushealth.org"),
      "Interview logistics – Tuesday, December 15 – BCM Pediatrics at CHRISTUS Children’s", txt, enc="b64",
      must=["Tuesday, December 15, 2026", teams, "CHRISTUS Children’s"], idates=[d("2026-12-15")])
    ty("Yesenia Garza", "yesenia.garza@christushealth.org", "2026-12-15 17:20", "sent-thank-you-christus-childrens", k,
       "Thank you - BCM San Antonio Pediatrics",
       """Dear Ms. Garza,

Thank you for coordinating such a welcoming interview day today. Please share my thanks with Dr. Ybarra and the
residents. CHRISTUS Children's focus on the South Texas community, and the Spanish-language continuity clinic,
really resonated with me.

With appreciation,""")
