"""Season K program mail, part 3: Louisiana, Oklahoma, Arkansas."""
from season import *  # noqa: F401,F403
from season import ty


def build():
    # ------------------------------------------------------------ Ochsner Surgery (ERAS)
    k = "ochsner-surg"
    po = "Ochsner Clinic Foundation Program"
    iu = "https://myeras.aamc.org/interviews/invitation/OCF-GS-11845"
    eras_invite("2026-10-14 10:00", "eras-invitation", k, po, "4402121087", "Surgery (General)",
                [d("2026-11-05"), d("2026-12-03")], iu, deadline=d("2026-10-21"), nrmp="1466440C0",
                sender="Ochsner General Surgery Residency",
                program_msg="""The General Surgery Residency Program at Ochsner Clinic Foundation (Ochsner Health, New Orleans) is
pleased to invite you to interview for a categorical position. Interviews are virtual.""",
                must=["Ochsner Clinic Foundation"])
    eras_scheduled("2026-10-14 10:48", "eras-scheduled", k, po, "4402121087", d("2026-11-05"), "07:00", iu)
    zo = "https://ochsner.zoom.us/j/92055417730"
    M("2026-10-29 14:00", "ochsner-gs-interview-itinerary", k, ("Ochsner GME – General Surgery", "gsresidency@ochsner.org"),
      "Ochsner General Surgery Residency – Interview Day Itinerary", None, html_page([
          "Dear Applicant,",
          "We look forward to your virtual interview with the Ochsner Clinic Foundation General Surgery Residency "
          "Program on <b>Thursday, November 5, 2026</b>.",
          "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
          "<tr><td>7:00 AM</td><td>Welcome and program overview</td></tr>"
          "<tr><td>7:45 AM</td><td>Interviews with faculty</td></tr>"
          "<tr><td>10:00 AM</td><td>Virtual tour of Ochsner Medical Center – Jefferson Highway</td></tr>"
          "<tr><td>10:45 AM</td><td>Resident panel</td></tr></table>",
          f"<p>Zoom: {a(zo)}</p>",
          "Ochsner Health | 1514 Jefferson Hwy., New Orleans, LA 70121",
      ]), enc="b64", must=["Thursday, November 5, 2026", zo, "Ochsner Clinic Foundation"], idates=[d("2026-11-05")])
    ty("Ochsner GME – General Surgery", "gsresidency@ochsner.org", "2026-11-06 09:00", "sent-thank-you-ochsner-gs", k,
       "Thank you - Ochsner General Surgery interview",
       """Dear Dr. Melancon and the Ochsner General Surgery team,

Thank you for yesterday's interview. The resident panel's stories from Jefferson Highway and the transplant exposure
stood out to me, and I left excited about New Orleans. Thank you for a thoughtful, well-organized day.

Best,""")

    # ------------------------------------------------------------ Ochsner Pediatrics (Thalamus)
    k = "ochsner-peds"
    p = "Ochsner Clinic Foundation - Pediatrics - Categorical"
    thal_invite("2026-11-11 13:30", "thalamus-invitation", k, p, [d("2027-01-08"), d("2027-01-15")],
                "https://app.thalamusgme.com/applicant/invitations/ochsner-peds-c27d", deadline=d("2026-11-18"),
                note="""The Pediatric Residency Program at Ochsner Hospital for Children would be delighted to meet you.
Interview days are virtual and begin at 8:00 AM Central.""", must=["Ochsner Clinic Foundation"])
    thal_scheduled("2026-11-11 14:02", "thalamus-scheduled", k, p, d("2027-01-08"), "08:00",
                   "https://app.thalamusgme.com/applicant/calendar/ochsner-peds-c27d")
    ty("Ochsner Pediatrics Residency", "pedsresidency@ochsner.org", "2027-01-09 10:15", "sent-thank-you-ochsner-peds", k,
       "Thank you - Ochsner Pediatrics interview",
       """Dear Ochsner Pediatrics team,

Thank you for yesterday's interview day. Learning about the Ochsner Hospital for Children's NICU and the residents'
community outreach in Jefferson Parish made me even more excited about training in New Orleans.

With thanks,""")

    # ------------------------------------------------------------ LSU Health New Orleans: categorical (rejected), prelim (invited), peds (waitlist->release)
    eras_post_office("2026-11-23 09:10", "eras-post-office-message", "lsu-no-surg",
                     "Louisiana State University Program", "4402111093",
                     "LSU General Surgery - categorical interview decision",
                     """Dear Applicant,

Thank you for applying to the General Surgery Residency Program at LSU Health Sciences Center New Orleans. We regret
that we are unable to offer you an interview for a categorical position (NRMP 1612440C0).

This decision applies to our categorical program only. Applications to our preliminary surgery positions
(NRMP 1612440P0) are reviewed separately, and you may hear from us regarding those positions.

LSU Health New Orleans School of Medicine, Department of Surgery""",
                     sender="LSU Health New Orleans Department of Surgery",
                     must=["LSU Health Sciences Center New Orleans", "1612440C0"])
    k = "lsu-no-prelim-surg"
    mf = "https://forms.office.com/r/LsuPreLimGS27"
    itxt = f"""Dear Ms. Villarreal,

The Department of Surgery at LSU Health Sciences Center New Orleans is pleased to invite you to interview for a
preliminary (PGY-1) position in General Surgery (NRMP 1612440P0). Preliminary residents rotate with our categorical
residents at University Medical Center New Orleans and Ochsner LSU partner sites.

Available dates (virtual):
  - {L(d("2026-12-18"))}
  - {L(d("2027-01-05"))}

Please choose a date using this Microsoft Form by {L(d("2026-12-09"))}: {mf}

Tamika Joseph
Residency Coordinator, Department of Surgery
LSU Health New Orleans School of Medicine | 1542 Tulane Ave., New Orleans, LA 70112
"""
    inv = M("2026-12-04 11:20", "lsu-surgery-preliminary-invitation", k, ("Tamika Joseph", "tjose5@lsuhsc.edu"),
            "Interview Invitation – Preliminary Surgery Position – LSU Health New Orleans", itxt, enc="qp",
            must=["LSU Health Sciences Center New Orleans", mf, L(d("2026-12-18")), L(d("2026-12-09"))],
            idates=[d("2026-12-18"), d("2027-01-05")], deadline=d("2026-12-09"))
    r = sent("2026-12-04 13:02", "sent-re-lsu-prelim", k, ("Tamika Joseph", "tjose5@lsuhsc.edu"),
             "Re: Interview Invitation – Preliminary Surgery Position – LSU Health New Orleans",
             "Dear Ms. Joseph,\n\nThank you for the invitation! I submitted the form and selected Friday, December 18.\n"
             "I look forward to meeting the LSU team.\n\nBest regards,\nRenata Villarreal\n\n"
             + gmail_quote(local("2026-12-04 11:20"), "Tamika Joseph", "tjose5@lsuhsc.edu", itxt),
             irt=inv["mid"], enc="qp", must=["Friday, December 18"])
    zl = "https://lsuhsc.zoom.us/j/93408812650"
    M("2026-12-07 09:30", "re-lsu-prelim-confirmed", k, ("Tamika Joseph", "tjose5@lsuhsc.edu"),
      "RE: Interview Invitation – Preliminary Surgery Position – LSU Health New Orleans",
      f"Good morning Renata,\n\nYou are confirmed for Friday, December 18, 2026 at 8:00 AM Central for our preliminary\n"
      f"surgery interviews. Zoom: {zl}\n\nTamika Joseph\nResidency Coordinator, Department of Surgery\n"
      "LSU Health New Orleans\n\n"
      + outlook_quote(local("2026-12-04 13:02"), "Renata Villarreal", APP, "Tamika Joseph",
                      "Re: Interview Invitation – Preliminary Surgery Position – LSU Health New Orleans",
                      "Dear Ms. Joseph,\n\nThank you for the invitation! I submitted the form and selected Friday, December 18."),
      irt=r["mid"], enc="qp", must=["Friday, December 18, 2026", zl], idates=[d("2026-12-18")])
    ty("Tamika Joseph", "tjose5@lsuhsc.edu", "2026-12-18 16:45", "sent-thank-you-lsu-prelim", k,
       "Thank you - LSU preliminary surgery interview",
       """Dear Ms. Joseph,

Thank you for today's preliminary surgery interview. Please share my thanks with Dr. Hebert; I appreciated his
candor about how preliminary residents are supported in finding categorical positions, and the University Medical
Center trauma experience sounds exceptional.

Sincerely,""")

    k = "lsu-no-peds"
    w = M("2026-11-17 14:00", "lsu-pediatrics-waitlist", k, ("LSU Pediatrics Residency", "lsupedsres@lsuhsc.edu"),
          "LSU Pediatrics Residency – Interview Waitlist",
          """Dear Renata,

Thank you for applying to the LSU Health Sciences Center New Orleans Pediatric Residency Program, based at Children's
Hospital New Orleans (now Manning Family Children's). All of our interview dates are currently full, and we have placed
you on our interview waitlist. We will contact you if a date becomes available.

LSU Health New Orleans Department of Pediatrics
200 Henry Clay Ave., New Orleans, LA 70118
""", enc="7bit", must=["LSU Health Sciences Center New Orleans"])
    M("2027-01-14 10:00", "lsu-pediatrics-waitlist-release", k, ("LSU Pediatrics Residency", "lsupedsres@lsuhsc.edu"),
      "LSU Pediatrics Residency – Interview Season Complete",
      None, html_page([
          "Dear Applicant,",
          "Our interview season is now complete, and we are releasing all applicants remaining on our interview "
          "waitlist. We are sorry we were unable to offer you an interview and wish you all the best in the Match.",
          "LSU Health New Orleans Pediatric Residency Program | Manning Family Children’s",
      ]), enc="qp", irt=w["mid"], must=["Manning Family Children’s"])

    # ------------------------------------------------------------ LSU Health Shreveport Surgery (scheduled after as_of)
    k = "lsu-shreveport-surg"
    ps = "Louisiana State University (Shreveport) Program"
    iu = "https://myeras.aamc.org/interviews/invitation/LSUS-GS-40216"
    eras_invite("2027-01-25 10:00", "eras-invitation", k, ps, "4402131152", "Surgery (General)",
                [d("2027-02-11"), d("2027-02-18")], iu, deadline=d("2027-02-01"), nrmp="1712440C0",
                sender="LSU Health Shreveport Department of Surgery",
                program_msg="""The Department of Surgery at Louisiana State University Health Sciences Center at Shreveport is
pleased to invite you to a late-season virtual interview for our categorical General Surgery residency.""",
                must=["Louisiana State University Health Sciences Center at Shreveport"])
    eras_scheduled("2027-01-25 21:15", "eras-scheduled", k, ps, "4402131152", d("2027-02-11"), "08:00", iu)
    zs = "https://lsuhs.zoom.us/j/95561238047"
    M("2027-02-04 14:00", "lsu-shreveport-surgery-interview-details", k,
      ("LSU Health Shreveport Surgery Residency", "surgery.residency@lsuhs.edu"),
      "Interview details – General Surgery – Thursday, February 11",
      f"""Dear Renata,

We look forward to your interview on Thursday, February 11, 2027. The day begins at 8:00 AM Central on Zoom:
{zs}

Our residents train at Ochsner LSU Health Shreveport – Academic Medical Center (formerly University Health
Shreveport) and the Overton Brooks VA Medical Center.

Department of Surgery
LSU Health Shreveport | 1501 Kings Hwy., Shreveport, LA 71103
""", enc="qp", must=["Thursday, February 11, 2027", zs], idates=[d("2027-02-11")])

    # ------------------------------------------------------------ Tulane Surgery (Interview Broker)
    k = "tulane-surg"
    org = "Tulane University School of Medicine - General Surgery Residency"
    u = "https://www.interviewbroker.com/applicant/invite/TUL-GS-2W9P"
    ib_invite("2026-11-04 12:00", "interviewbroker-invitation", k, org, [d("2026-12-17"), d("2027-01-07")], u,
              deadline=d("2026-11-11"),
              note="""The Department of Surgery at Tulane University School of Medicine is pleased to invite you to interview
for a categorical General Surgery position. Our residents train at Tulane Medical Center, University Medical Center New
Orleans and the Southeast Louisiana Veterans Health Care System.""",
              signer="Jolie Thibodeaux\nResidency Program Coordinator\nTulane Department of Surgery, 1430 Tulane Ave., New Orleans, LA 70112",
              must=["Tulane University School of Medicine"])
    ib_confirm("2026-11-04 12:35", "interviewbroker-confirmation", k, org, d("2026-12-17"), "07:30", u)
    ty("Jolie Thibodeaux", "jthibodeaux@tulane.edu", "2026-12-18 09:00", "sent-thank-you-tulane-gs", k,
       "Thank you - Tulane General Surgery interview",
       """Dear Ms. Thibodeaux,

Thank you for organizing yesterday's interview. Please thank Dr. Landry and the residents for me - I loved hearing
about the global surgery elective and the collaborative culture at Tulane.

Kind regards,""")

    # ------------------------------------------------------------ OU Surgery (Thalamus, in person)
    k = "ou-surg"
    p = "University of Oklahoma Health Sciences Center - General Surgery - Categorical"
    thal_invite("2026-10-19 10:00", "thalamus-invitation", k, p, [d("2026-12-14"), d("2027-01-11")],
                "https://app.thalamusgme.com/applicant/invitations/ouhsc-gs-6b17", deadline=d("2026-10-26"),
                fmt="In-person interview (Oklahoma City)",
                note="""The Department of Surgery at the University of Oklahoma College of Medicine invites you to interview with
our General Surgery residency. This year our interview days are in person in Oklahoma City, with an optional resident
dinner the evening before.""", must=["University of Oklahoma Health Sciences Center"])
    thal_scheduled("2026-10-19 10:30", "thalamus-scheduled", k, p, d("2026-12-14"), "07:00",
                   "https://app.thalamusgme.com/applicant/calendar/ouhsc-gs-6b17", fmt="In person",
                   location="OU Health University of Oklahoma Medical Center, Oklahoma City, OK")
    M("2026-12-07 13:00", "ou-surgery-interview-itinerary", k, ("OU Surgery Residency", "surgery-residency@ouhsc.edu"),
      "OU General Surgery – Interview Day Itinerary (Monday, December 14)",
      None, html_page([
          "Dear Renata,",
          "We are excited to host you in Oklahoma City on <b>Monday, December 14, 2026</b>.",
          ul(["<b>Sunday, December 13, 6:30 PM</b> – optional resident dinner (Bricktown; details to follow)",
              "<b>Monday, 7:00 AM</b> – check-in, Department of Surgery conference room",
              "8:00 AM – 11:30 AM – faculty interviews and tour",
              "12:00 PM – lunch with residents and departure"]),
          "Location: OU Health University of Oklahoma Medical Center (formerly OU Medical Center), 700 NE 13th St., "
          "Oklahoma City, OK 73104. Parking is validated in the Stanton L. Young garage.",
          "Department of Surgery | University of Oklahoma Health Sciences Center",
      ]), enc="qp", must=["Monday, December 14, 2026", "Sunday, December 13",
                          "University of Oklahoma Health Sciences Center"], idates=[d("2026-12-14")])
    ty("OU Surgery Residency", "surgery-residency@ouhsc.edu", "2026-12-15 08:30", "sent-thank-you-ou-gs", k,
       "Thank you - OU General Surgery interview",
       """Dear Dr. Whitfield and the OU Surgery team,

Thank you for hosting me in Oklahoma City yesterday, and for Sunday's dinner. Seeing OU Health's trauma bay in person
and meeting the residents made it easy to picture myself training at OU.

Best regards,""")

    # ------------------------------------------------------------ OU Pediatrics (ERAS)
    k = "ou-peds"
    pp = "University of Oklahoma Health Sciences Center Program"
    iu = "https://myeras.aamc.org/interviews/invitation/OUHSC-PED-71803"
    eras_invite("2026-11-06 09:20", "eras-invitation", k, pp, "3203921107", "Pediatrics",
                [d("2027-01-12"), d("2027-01-19")], iu, deadline=d("2026-11-13"), nrmp="1797320C0",
                sender="OU Pediatrics Residency (Oklahoma City)",
                program_msg="""The Department of Pediatrics at the University of Oklahoma Health Sciences Center invites you to
interview with our categorical Pediatrics residency at Oklahoma Children's Hospital OU Health.""",
                must=["University of Oklahoma Health Sciences Center"])
    eras_scheduled("2026-11-06 12:50", "eras-scheduled", k, pp, "3203921107", d("2027-01-12"), "08:00", iu)
    M("2027-01-13 14:00", "ou-pediatrics-thank-you", k, ("OU Pediatrics Residency", "peds-residency@ouhsc.edu"),
      "Thank you from OU Pediatrics",
      """Dear Renata,

Thank you for interviewing with us on Tuesday, January 12. We loved showing you Oklahoma Children's Hospital OU
Health (formerly The Children's Hospital at OU Medical Center).

Please note this is the Oklahoma City program; the OU-TU School of Community Medicine Pediatrics residency in Tulsa
conducts its own selection process.

Warmly,
OU Pediatrics Residency Program
""", enc="7bit", must=["Tuesday, January 12"])

    # ------------------------------------------------------------ OU-TU Tulsa Surgery (rejected) and Pediatrics (waitlisted)
    M("2026-12-07 16:00", "ou-tu-surgery-application-update", "outu-surg",
      ("OU-TU Surgery Residency", "surgery-tulsa@ou.edu"),
      "OU-TU School of Community Medicine – General Surgery application update",
      """Dear Applicant,

Thank you for applying to the General Surgery Residency at the OU-TU School of Community Medicine in Tulsa. We have
filled our interview schedule and are unable to offer you an interview. We appreciate your interest and wish you well.

Department of Surgery, OU-TU School of Community Medicine (Tulsa)
""", enc="7bit", must=["OU-TU School of Community Medicine"])
    k = "outu-peds"
    w = M("2026-12-14 10:30", "ou-tu-pediatrics-waitlist", k, ("OU-TU Pediatrics Residency", "peds-tulsa@ou.edu"),
          "OU-TU Pediatrics – Interview Waitlist",
          """Dear Renata,

Thank you for your application to the Pediatrics Residency at the OU-TU School of Community Medicine in Tulsa. Our
residents train at The Children's Hospital at Saint Francis and in our Tulsa community clinics.

Our interview dates are full, and we have placed you on our waitlist. We will reach out if a date opens.

OU-TU Pediatrics Residency | Tulsa, Oklahoma
""", enc="7bit", must=["OU-TU School of Community Medicine"])
    M("2027-01-29 15:00", "ou-tu-pediatrics-waitlist-update", k, ("OU-TU Pediatrics Residency", "peds-tulsa@ou.edu"),
      "RE: OU-TU Pediatrics – Interview Waitlist",
      """Hi Renata,

Just a note that you are still on our interview waitlist. We will let you know as soon as possible if one of our
remaining February interview spots opens. Thank you for your interest in St. Francis and the OU-TU program!

OU-TU Pediatrics Residency
""", enc="7bit", irt=w["mid"])

    # ------------------------------------------------------------ UAMS Surgery categorical + preliminary (ERAS)
    pu = "University of Arkansas for Medical Sciences (UAMS) College of Medicine Program"
    k = "uams-surg"
    iu = "https://myeras.aamc.org/interviews/invitation/UAMS-GS-C-58310"
    eras_invite("2026-10-12 09:00", "eras-invitation", k, pu, "4400421066", "Surgery (General) - Categorical",
                [d("2026-11-16"), d("2026-12-07")], iu, deadline=d("2026-10-19"), nrmp="1580440C0",
                sender="UAMS General Surgery Residency",
                program_msg="""Thank you for applying to the categorical General Surgery residency at the University of Arkansas for
Medical Sciences in Little Rock. We are pleased to invite you to interview.""",
                must=["University of Arkansas for Medical Sciences"])
    eras_scheduled("2026-10-12 09:40", "eras-scheduled", k, pu, "4400421066", d("2026-11-16"), "07:30", iu)
    zu = "https://uams.zoom.us/j/91277046118"
    M("2026-11-12 11:00", "uams-surgery-interview-itinerary", k, ("UAMS Surgery Residency", "surgeryresidency@uams.edu"),
      "UAMS General Surgery (Categorical) – Interview Itinerary", None, html_page([
          "Dear Renata,",
          "Here is your itinerary for the <b>categorical</b> General Surgery interview on <b>Monday, November 16, 2026</b>.",
          ul(["7:30 AM – Welcome, Program Director", "8:00 AM – Faculty interviews", "10:15 AM – Resident town hall",
              "11:00 AM – Virtual tour of UAMS Medical Center and Arkansas Children’s"]),
          f"<p>Zoom: {a(zu)}</p>",
          "Preliminary position interviews are scheduled separately.",
          "UAMS Department of Surgery | 4301 W. Markham St., Little Rock, AR 72205",
      ]), enc="b64", must=["Monday, November 16, 2026", zu, "UAMS"], idates=[d("2026-11-16")])
    ty("UAMS Surgery Residency", "surgeryresidency@uams.edu", "2026-11-17 08:15", "sent-thank-you-uams-gs", k,
       "Thank you - UAMS General Surgery interview",
       """Dear Dr. Pruitt and the UAMS Surgery team,

Thank you for yesterday's categorical interview day. As the state's only academic medical center, UAMS offers the
kind of breadth and responsibility I am looking for, and the residents' town hall was refreshingly honest.

Sincerely,""")

    k = "uams-prelim-surg"
    iu = "https://myeras.aamc.org/interviews/invitation/UAMS-GS-P-58377"
    eras_invite("2026-11-13 14:00", "eras-invitation", k, pu, "4400421066", "Surgery (General) - Preliminary",
                [d("2026-12-16"), d("2027-01-13")], iu, deadline=d("2026-11-20"), nrmp="1580440P0",
                sender="UAMS General Surgery Residency",
                program_msg="""You are invited to interview for a preliminary (PGY-1) position in General Surgery at the University
of Arkansas for Medical Sciences. This interview is separate from any categorical interview.""",
                must=["University of Arkansas for Medical Sciences", "1580440P0"])
    eras_scheduled("2026-11-13 16:10", "eras-scheduled", k, pu, "4400421066", d("2026-12-16"), "09:00", iu)
    q = sent("2026-11-13 16:30", "sent-uams-prelim-question", k, ("UAMS Surgery Residency", "surgeryresidency@uams.edu"),
             "Question about preliminary interview - Renata Villarreal",
             """Hello,

I just scheduled a preliminary surgery interview for Wednesday, December 16. I am also interviewing for the categorical
program this Monday, November 16. Would it be possible to combine the two, or should I keep both dates?

Thank you,
""" + SIG, enc="7bit", must=["Wednesday, December 16"])
    M("2026-11-13 17:20", "re-uams-prelim-question", k, ("UAMS Surgery Residency", "surgeryresidency@uams.edu"),
      "RE: Question about preliminary interview - Renata Villarreal",
      "Hi Renata,\n\nGreat question. Our preliminary and categorical positions are ranked separately, so please keep both:\n"
      "categorical on Monday, November 16 and preliminary on Wednesday, December 16, 2026 (9:00 AM Central). The\n"
      "preliminary day is shorter, about two hours.\n\nUAMS Surgery Residency Office\n\n"
      + outlook_quote(local("2026-11-13 16:30"), "Renata Villarreal", APP, "UAMS Surgery Residency",
                      "Question about preliminary interview - Renata Villarreal",
                      "Hello,\n\nI just scheduled a preliminary surgery interview for Wednesday, December 16."),
      irt=q["mid"], enc="qp", must=["Wednesday, December 16, 2026"], idates=[d("2026-12-16")])

    # ------------------------------------------------------------ UAMS / Arkansas Children's Pediatrics (Thalamus)
    k = "ach-peds"
    p = "UAMS/Arkansas Children's - Pediatrics - Categorical"
    thal_invite("2026-10-26 10:00", "thalamus-invitation", k, p, [d("2027-01-06"), d("2027-01-20")],
                "https://app.thalamusgme.com/applicant/invitations/uams-ach-peds-e904", deadline=d("2026-11-02"),
                note="""The University of Arkansas for Medical Sciences Pediatrics Residency Program at Arkansas Children's
Hospital in Little Rock is happy to invite you to a virtual interview.""",
                must=["University of Arkansas for Medical Sciences"])
    thal_scheduled("2026-10-26 10:20", "thalamus-scheduled", k, p, d("2027-01-06"), "08:00",
                   "https://app.thalamusgme.com/applicant/calendar/uams-ach-peds-e904")
    thal_reminder("2026-12-30 08:00", "thalamus-reminder", k, p, d("2027-01-06"), "08:00",
                  "https://app.thalamusgme.com/applicant/calendar/uams-ach-peds-e904")
    ty("Hannah Ricketts, MD", "hricketts@uams.edu", "2027-01-07 09:30", "sent-thank-you-arkansas-childrens", k,
       "Thank you - UAMS Pediatrics interview",
       """Dear Dr. Ricketts,

Thank you for yesterday's interview. I was moved by how Arkansas Children's serves families from every corner of the
state, and by the residents' enthusiasm for the rural outreach clinics.

With gratitude,""")
