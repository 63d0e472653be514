"""Season K program mail, part 2: Baylor Scott & White, Texas Tech, Methodist, HCA, CHRISTUS, Cook, UTRGV."""
from season import *  # noqa: F401,F403
from season import ty


def build():
    # ------------------------------------------------------------ BSW Temple Surgery (Interview Broker)
    k = "bsw-temple-surg"
    org = "Baylor Scott & White Medical Center - Temple | General Surgery Residency"
    u = "https://www.interviewbroker.com/applicant/invite/BSWT-GS-7Q3Z"
    ib_invite("2026-10-16 14:00", "interviewbroker-invitation", k, org, [d("2026-11-17"), d("2026-12-01")], u,
              deadline=d("2026-10-23"),
              note="""Congratulations! The General Surgery Residency Program at Baylor Scott & White Medical Center – Temple
(ACGME: Texas A&M College of Medicine-Scott and White Medical Center (Temple) Program) is pleased to invite you to
interview for a categorical position.

Interviews are virtual. Please choose one of the dates below.""",
              signer="Brandi Kowalski\nProgram Coordinator, General Surgery\nBaylor Scott and White Health – Temple, Texas",
              must=["Baylor Scott & White Medical Center – Temple"])
    ib_confirm("2026-10-16 14:26", "interviewbroker-confirmation", k, org, d("2026-11-17"), "07:30", u)
    ib_reminder("2026-11-16 07:00", "interviewbroker-reminder", k, org, d("2026-11-17"), "07:30", u)
    ty("Brandi Kowalski", "brandi.kowalski@bswhealth.org", "2026-11-18 08:50", "sent-thank-you-bsw-temple", k,
       "Thank you - BS&W Temple General Surgery interview",
       """Dear Ms. Kowalski and Dr. Whitaker,

Thank you for yesterday's interview day. The high operative volume at Baylor Scott & White - Temple, the rural
surgery rotation and the Texas A&M affiliation for research all fit what I am looking for. Thank you for a well
organized and friendly day.

Sincerely,""")

    # ------------------------------------------------------------ Baylor University Medical Center (Dallas) waitlist
    k = "bsw-dallas-surg"
    w = M("2026-11-24 16:45", "bumc-surgery-waitlist", k,
          ("BUMC General Surgery Residency", "BUMCsurgeryresidency@bswhealth.org"),
          "General Surgery Residency – Baylor University Medical Center – Interview Waitlist",
          """Dear Ms. Villarreal,

Thank you for applying to the General Surgery Residency Program at Baylor University Medical Center, part of Baylor
Scott & White Health, in Dallas. Our interview dates are full; however, we would like to offer you a place on our
interview waitlist. Should an opening occur, we will contact you by email.

Please note that our program is separate from the General Surgery program at Baylor Scott & White Medical Center –
Temple and is not affiliated with Baylor College of Medicine in Houston.

Respectfully,
Graduate Medical Education – General Surgery
Baylor University Medical Center | 3500 Gaston Ave., Dallas, TX 75246
""", enc="qp", must=["Baylor University Medical Center"])
    w2 = M("2027-01-26 13:10", "bumc-surgery-waitlist-update", k,
           ("BUMC General Surgery Residency", "BUMCsurgeryresidency@bswhealth.org"),
           "RE: General Surgery Residency – Baylor University Medical Center – Interview Waitlist",
           """Dear Ms. Villarreal,

We wanted to let you know that you remain on our interview waitlist. We have one interview day left this season and
will contact waitlisted applicants individually if a spot opens.

Thank you for your continued interest in Baylor University Medical Center.

GME – General Surgery, Baylor Scott & White – Dallas
""", enc="7bit", irt=w["mid"])
    sent("2027-01-27 07:55", "sent-letter-of-interest-bumc", k,
         ("BUMC General Surgery Residency", "BUMCsurgeryresidency@bswhealth.org"),
         "RE: General Surgery Residency – Baylor University Medical Center – Interview Waitlist",
         """Dear BUMC General Surgery team,

Thank you for the update. I remain very interested in Baylor University Medical Center; my family is in Dallas, and I
would be grateful to be considered if an interview spot opens on your last interview day. I am available on short notice.

""" + SIG + "\n\n" + outlook_quote(local("2027-01-26 13:10"), "BUMC General Surgery Residency",
                                   "BUMCsurgeryresidency@bswhealth.org", "Renata Villarreal",
                                   "RE: General Surgery Residency – Baylor University Medical Center – Interview Waitlist",
                                   "Dear Ms. Villarreal,\n\nWe wanted to let you know that you remain on our interview waitlist."),
         irt=w2["mid"], enc="qp")

    # ------------------------------------------------------------ TTUHSC Lubbock Surgery + Pediatrics (one GME mailbox)
    GME = ("TTUHSC Lubbock GME Interviews", "gme.interviews@ttuhsc.edu")
    k = "ttu-lubbock-surg"
    form = "https://forms.gle/Tq7LbK2sW9xRmGe46"
    dates = [d("2026-11-19"), d("2026-12-10"), d("2027-01-07")]
    txt = f"""Dear Renata Villarreal,

On behalf of the Department of Surgery at Texas Tech University Health Sciences Center (TTUHSC) School of Medicine in
Lubbock, we are pleased to invite you to interview for a categorical position in our General Surgery Residency Program.
Our residents train primarily at University Medical Center (UMC Health System) in Lubbock.

Interview dates (virtual, 7:30 AM - 12:30 PM Central):
  - {L(dates[0])}
  - {L(dates[1])}
  - {L(dates[2])}

Please select your date using this Google Form by {L(d("2026-10-28"))}: {form}

Please note: Texas Tech University Health Sciences Center El Paso (Paul L. Foster School of Medicine) is a separate
university with its own programs and interview process.

GME Office - Interview Coordination
Texas Tech University Health Sciences Center | 3601 4th Street, Lubbock, TX 79430
"""
    M("2026-10-21 10:30", "ttuhsc-lubbock-general-surgery-invitation", k, GME,
      "Interview Invitation – General Surgery Residency (Lubbock)", txt,
      html_page([e(x).replace("\n", "<br>") for x in txt.strip().split("\n\n")]), enc="qp",
      must=["Texas Tech University Health Sciences Center", form] + [L(x) for x in dates],
      idates=dates, deadline=d("2026-10-28"))
    M("2026-10-21 11:02", "google-forms-receipt", k, ("Google Forms", "forms-receipts-noreply@google.com"),
      "Thanks for filling out TTUHSC Lubbock General Surgery – Interview Date Selection", None, html_page([
          "Thanks for filling out <b>TTUHSC Lubbock General Surgery – Interview Date Selection</b>",
          "Here's what was received.",
          "<p><b>Full name</b><br>Renata Villarreal</p>",
          "<p><b>AAMC ID</b><br>15830947</p>",
          f"<p><b>Preferred interview date</b><br>{L(dates[0])}</p>",
          "<p><b>Program</b><br>General Surgery (Categorical)</p>",
          f"<p>{a(form, 'Edit response')}</p>",
      ], footer="Google Forms: Create your own form. This content is neither created nor endorsed by Google."),
      tz=UTC, enc="qp", must=[L(dates[0]), form], idates=[dates[0]])
    M("2026-10-23 09:15", "ttuhsc-lubbock-general-surgery-confirmed", k, GME,
      "Confirmed: General Surgery interview – Thursday, November 19, 2026",
      """Dear Renata,

Thank you for submitting your date selection. Your interview with the TTUHSC Lubbock General Surgery Residency
Program is confirmed for Thursday, November 19, 2026, beginning at 7:30 AM Central.

Zoom link: https://ttuhsc.zoom.us/j/96510382274
Passcode: GSurg26

GME Office - Interview Coordination
Texas Tech University Health Sciences Center, Lubbock
""", enc="7bit", must=["Thursday, November 19, 2026", "https://ttuhsc.zoom.us/j/96510382274"], idates=[dates[0]])
    ty("Michael Baird, MD", "michael.baird@ttuhsc.edu", "2026-11-20 08:30", "sent-thank-you-ttuhsc-gs", k,
       "Thank you - TTUHSC General Surgery interview",
       """Dear Dr. Baird,

Thank you for yesterday's interview. The early operative autonomy at UMC and the way your residents support one another
made a strong impression. West Texas feels like a place where I could train well and serve a community that needs
surgeons.

Sincerely,""")

    k = "ttu-lubbock-peds"
    pdates = [d("2026-12-10"), d("2027-01-14")]
    ptxt = f"""Dear Renata Villarreal,

The Department of Pediatrics at Texas Tech University Health Sciences Center School of Medicine in Lubbock is pleased to
invite you to interview for our categorical Pediatrics Residency Program.

Available dates (virtual):
  - {L(pdates[0])}
  - {L(pdates[1])}

Please reply to this email with your first and second choice. This invitation is for Pediatrics only; if you also
applied to our General Surgery program, that program schedules its interviews separately.

GME Office - Interview Coordination
Texas Tech University Health Sciences Center | Lubbock, Texas
"""
    inv = M("2026-11-02 15:00", "ttuhsc-lubbock-pediatrics-invitation", k, GME,
            "Interview Invitation – Pediatrics Residency (Lubbock)", ptxt, enc="qp",
            must=["Texas Tech University Health Sciences Center"] + [L(x) for x in pdates], idates=pdates)
    r = sent("2026-11-02 17:42", "sent-re-ttuhsc-pediatrics", k, GME,
             "Re: Interview Invitation – Pediatrics Residency (Lubbock)",
             "Hello,\n\nThank you so much for the invitation! My first choice is Thursday, December 10 and my second\n"
             "choice is Thursday, January 14.\n\nBest,\nRenata Villarreal\nAAMC ID 15830947\n\n"
             + gmail_quote(local("2026-11-02 15:00"), "TTUHSC Lubbock GME Interviews", "gme.interviews@ttuhsc.edu", ptxt),
             irt=inv["mid"], enc="qp", must=["Thursday, December 10"])
    M("2026-11-03 10:05", "re-ttuhsc-pediatrics-confirmed", k, GME,
      "RE: Interview Invitation – Pediatrics Residency (Lubbock)",
      "Hi Renata,\n\nYou are confirmed for Pediatrics on Thursday, December 10, 2026. Check-in on Zoom begins at 8:00 AM\n"
      "Central: https://ttuhsc.zoom.us/j/98733061120\n\nGME Office - Interview Coordination\n"
      "Texas Tech University Health Sciences Center, Lubbock\n\n"
      + outlook_quote(local("2026-11-02 17:42"), "Renata Villarreal", APP, "TTUHSC Lubbock GME Interviews",
                      "Re: Interview Invitation – Pediatrics Residency (Lubbock)",
                      "Hello,\n\nThank you so much for the invitation! My first choice is Thursday, December 10 and my second\n"
                      "choice is Thursday, January 14."),
      irt=r["mid"], enc="qp", must=["Thursday, December 10, 2026", "https://ttuhsc.zoom.us/j/98733061120"],
      idates=[pdates[0]])

    # ------------------------------------------------------------ TTUHSC El Paso Surgery (applicant cancelled) - Mountain time
    k = "ttu-elpaso-surg"
    p = "Texas Tech University Health Sciences Center El Paso - General Surgery - Categorical"
    u = "https://app.thalamusgme.com/applicant/invitations/ttuhscep-gs-3d0b"
    thal_invite("2026-10-27 12:00", "thalamus-invitation", k, p, [d("2026-12-03"), d("2026-12-17")], u, tz=DEN,
                deadline=d("2026-11-03"),
                note="""The General Surgery Residency at the Paul L. Foster School of Medicine, Texas Tech University Health
Sciences Center El Paso, invites you to interview. Our residents train at University Medical Center of El Paso, the
region's only Level I trauma center. Interview days begin at 8:00 AM Mountain Time.""",
                must=["Texas Tech University Health Sciences Center El Paso"])
    thal_scheduled("2026-10-27 12:35", "thalamus-scheduled", k, p, d("2026-12-03"), "08:00",
                   "https://app.thalamusgme.com/applicant/calendar/ttuhscep-gs-3d0b", tz=DEN)
    thal_cancelled("2026-11-20 21:10", "thalamus-interview-cancelled", k, p, d("2026-12-03"), "08:00",
                   "https://app.thalamusgme.com/applicant/calendar/ttuhscep-gs-3d0b", tz=DEN)
    c = sent("2026-11-20 21:25", "sent-cancel-ttuhsc-el-paso", k, ("Araceli Portillo", "araceli.portillo@ttuhsc.edu"),
             "Cancelling my December 3 interview - Renata Villarreal",
             """Dear Ms. Portillo,

I am writing to let you know that I have cancelled my General Surgery interview scheduled for Thursday, December 3
in Thalamus. After reviewing my interview schedule, I do not think it would be fair to take a spot that another
applicant could use. I apologize for the short notice and am grateful for the invitation to interview at the Paul L.
Foster School of Medicine.

Respectfully,
""" + SIG, enc="7bit", must=["Thursday, December 3"])
    M("2026-11-23 10:00", "re-cancel-ttuhsc-el-paso", k, ("Araceli Portillo", "araceli.portillo@ttuhsc.edu"),
      "RE: Cancelling my December 3 interview - Renata Villarreal",
      "Dear Renata,\n\nThank you for letting us know, and best of luck this interview season.\n\n"
      "Araceli Portillo\nProgram Coordinator, General Surgery Residency\n"
      "Texas Tech University Health Sciences Center El Paso | Paul L. Foster School of Medicine\n"
      "4800 Alberta Ave., El Paso, TX 79905\n\n"
      + outlook_quote(local("2026-11-20 21:25"), "Renata Villarreal", APP, "Araceli Portillo",
                      "Cancelling my December 3 interview - Renata Villarreal",
                      "Dear Ms. Portillo,\n\nI am writing to let you know that I have cancelled my General Surgery interview "
                      "scheduled for Thursday, December 3\nin Thalamus.", tz=DEN),
      tz=DEN, irt=c["mid"], enc="qp", must=["Paul L. Foster School of Medicine"])

    # ------------------------------------------------------------ TTUHSC Permian Basin (rejection)
    M("2026-12-03 14:30", "ttuhsc-permian-basin-surgery-status", "ttu-permian-surg",
      ("TTUHSC Permian Basin Surgery Residency", "surgery.residency.pb@ttuhsc.edu"),
      "Application Status – General Surgery Residency, TTUHSC Permian Basin (Odessa)",
      """Dear Applicant,

Thank you for your interest in the General Surgery Residency Program at Texas Tech University Health Sciences Center
Permian Basin in Odessa, Texas. We have completed our selection of applicants to interview and are unable to offer you
an interview this year.

We wish you every success in the 2027 Match.

Department of Surgery
Texas Tech University Health Sciences Center Permian Basin | Medical Center Hospital, Odessa
""", enc="7bit", must=["Texas Tech University Health Sciences Center Permian Basin"])

    # ------------------------------------------------------------ TTUHSC Amarillo Pediatrics (invited, unanswered)
    k = "ttu-amarillo-peds"
    org = "TTUHSC School of Medicine - Amarillo | Pediatrics Residency"
    ib_invite("2027-02-03 15:20", "interviewbroker-invitation", k, org, [d("2027-02-16"), d("2027-02-19")],
              "https://www.interviewbroker.com/applicant/invite/TTUA-PED-K8M2", deadline=d("2027-02-10"),
              note="""We are happy to invite you to interview with the Pediatrics Residency Program at Texas Tech University
Health Sciences Center at Amarillo. A few late interview spots have opened and we would love to meet you.

This is the Amarillo campus program; it is separate from the TTUHSC Pediatrics program in Lubbock.""",
              signer="Kelsey Brandt\nProgram Coordinator, Pediatrics\nTexas Tech University Health Sciences Center at Amarillo\n1400 S. Coulter St., Amarillo, TX 79106",
              must=["Texas Tech University Health Sciences Center at Amarillo"])

    # ------------------------------------------------------------ Houston Methodist Surgery (ERAS; program reschedule)
    k = "houston-methodist-surg"
    ph = "Houston Methodist Hospital (Houston) Program"
    iu = "https://myeras.aamc.org/interviews/invitation/HMH-GS-31077"
    eras_invite("2026-10-09 08:30", "eras-invitation", k, ph, "4404812390", "Surgery (General)",
                [d("2026-11-10"), d("2026-11-24"), d("2026-12-08")], iu, deadline=d("2026-10-16"), nrmp="1920440C0",
                sender="Houston Methodist General Surgery",
                program_msg="""Thank you for applying to the General Surgery Residency at Houston Methodist Hospital in the Texas
Medical Center. We are pleased to invite you to a virtual interview day.""", must=["Houston Methodist Hospital"])
    eras_scheduled("2026-10-09 12:05", "eras-scheduled", k, ph, "4404812390", d("2026-11-10"), "07:30", iu)
    note = M("2026-11-02 15:40", "houston-methodist-gs-date-change", k, ("Shanice Broussard", "sbroussard@houstonmethodist.org"),
             "Houston Methodist General Surgery – interview date change",
             """Dear Renata,

Because of a departmental conflict, we need to move our Tuesday, November 10 interview session. We have moved your
interview to Tuesday, November 24, 2026 (same start time, 7:30 AM Central) and updated it in ERAS.

If the new date does not work for you, please reply and we will do our best to find another option.

We apologize for the inconvenience.

Shanice Broussard
Program Coordinator, General Surgery Residency
Houston Methodist Hospital (formerly The Methodist Hospital) | 6565 Fannin St., Houston, TX 77030
""", enc="qp", must=["Tuesday, November 24, 2026", "Houston Methodist Hospital"], idates=[d("2026-11-24")])
    eras_scheduled("2026-11-02 16:20", "eras-interview-rescheduled", k, ph, "4404812390", d("2026-11-24"), "07:30", iu,
                   subject_prefix="Interview Rescheduled")
    sent("2026-11-02 18:03", "sent-re-houston-methodist-date-change", k, ("Shanice Broussard", "sbroussard@houstonmethodist.org"),
         "Re: Houston Methodist General Surgery – interview date change",
         "Hi Ms. Broussard,\n\nNo problem at all - Tuesday, November 24 works well for me. Thank you for letting me know!\n\n"
         "Best,\nRenata\n\n" + gmail_quote(local("2026-11-02 15:40"), "Shanice Broussard", "sbroussard@houstonmethodist.org",
                                            "Dear Renata,\n\nBecause of a departmental conflict, we need to move our Tuesday, November 10 interview session."),
         irt=note["mid"], enc="qp", must=["Tuesday, November 24"])

    # ------------------------------------------------------------ Methodist Dallas Surgery (program cancelled, no new date)
    k = "methodist-dallas-surg"
    cl = "https://calendly.com/mdmc-gsresidency/interview-day"
    inv = M("2026-10-28 13:15", "methodist-dallas-gs-invitation", k,
            ("Methodist Dallas GS Residency", "gsresidency@mhd.com"),
            "Interview Invitation – General Surgery Residency, Methodist Dallas Medical Center",
            None, html_page([
                "Dear Renata Villarreal,",
                "Congratulations! The General Surgery Residency Program at Methodist Dallas Medical Center is pleased to "
                "invite you to interview for a categorical position.",
                "Available interview dates (virtual):",
                ul([L(d("2026-12-11")), L(d("2027-01-15"))]),
                f"Please reserve your date through Calendly: {a(cl)}",
                "Methodist Health System (Dallas) is a separate organization from Houston Methodist and from Methodist "
                "Healthcare in San Antonio.",
                "Sincerely,<br>Graduate Medical Education – General Surgery<br>Methodist Dallas Medical Center | "
                "1441 N. Beckley Ave., Dallas, TX 75203",
            ]), enc="qp", must=["Methodist Dallas Medical Center", cl, L(d("2026-12-11"))],
            idates=[d("2026-12-11"), d("2027-01-15")])
    cal_confirm("2026-10-28 19:40", "calendly-confirmed", k, "General Surgery Residency Interview Day",
                "Methodist Dallas GS Residency", d("2026-12-11"), "08:00", 240,
                "https://calendly.com/events/mdmc-gs-a41c", location="Zoom (link sent by the program)")
    M("2026-12-01 10:30", "methodist-dallas-gs-interview-cancelled", k,
      ("Methodist Dallas GS Residency", "gsresidency@mhd.com"),
      "Cancellation of December 11 interview date – Methodist Dallas General Surgery",
      """Dear Renata,

We regret to inform you that we must cancel our Friday, December 11 interview session. Because of an unexpected
reduction in faculty availability, we are consolidating our remaining interview days, and we are unfortunately
unable to offer you an alternative date this season.

Your Calendly booking has been cancelled. We sincerely apologize and thank you for your interest in the General
Surgery Residency at Methodist Dallas Medical Center.

Graduate Medical Education – General Surgery
Methodist Dallas Medical Center
""", enc="7bit", irt=inv["mid"], must=["Friday, December 11"])

    # ------------------------------------------------------------ Methodist Children's (San Antonio) Pediatrics (rejection)
    eras_post_office("2026-12-09 09:00", "eras-post-office-message", "methodist-childrens-peds",
                     "Methodist Children's Hospital (San Antonio) Program", "3204861302",
                     "Pediatrics Residency - interview status",
                     """Dear Applicant,

Thank you for applying to the Pediatrics Residency Program at Methodist Children’s Hospital, part of Methodist
Healthcare and HCA Healthcare in San Antonio. We have filled our interview days and regret that we cannot offer you
an interview.

Best wishes for the Match,
Pediatrics Residency Program, Methodist Children’s Hospital""",
                     sender="HCA Healthcare GME - Methodist Children's Hospital",
                     must=["Methodist Children’s Hospital"])

    # ------------------------------------------------------------ Methodist Hospital (San Antonio, HCA) Surgery (Thalamus)
    k = "methodist-sa-surg"
    p = "Methodist Hospital (San Antonio) - General Surgery - Categorical"
    thal_invite("2026-11-05 10:00", "thalamus-invitation", k, p, [d("2026-12-02"), d("2026-12-16")],
                "https://app.thalamusgme.com/applicant/invitations/hca-mhsa-gs-61e0", deadline=d("2026-11-12"),
                note="""HCA Healthcare and Methodist Healthcare System of San Antonio are pleased to invite you to interview
with the General Surgery Residency at Methodist Hospital (San Antonio), 7700 Floyd Curl Dr. Interviews are virtual.""",
                must=["Methodist Hospital (San Antonio)"])
    thal_scheduled("2026-11-05 11:45", "thalamus-scheduled", k, p, d("2026-12-02"), "07:00",
                   "https://app.thalamusgme.com/applicant/calendar/hca-mhsa-gs-61e0")
    ty("Erica Salinas", "erica.salinas@hcahealthcare.com", "2026-12-03 08:20", "sent-thank-you-methodist-sa", k,
       "Thank you - Methodist Hospital San Antonio General Surgery",
       """Dear Ms. Salinas,

Thank you for coordinating yesterday's General Surgery interview day at Methodist Hospital in San Antonio. Please
pass my gratitude along to Dr. Kessler and the residents; the case volume at the Medical Center campus and the
community-focused culture of the program really stood out.

Best regards,""")

    # ------------------------------------------------------------ HCA Houston Healthcare Kingwood / Clear Lake
    k = "hca-kingwood-surg"
    p = "HCA Houston Healthcare Kingwood - General Surgery - Categorical"
    thal_invite("2026-10-23 09:00", "thalamus-invitation", k, p, [d("2026-11-12"), d("2026-12-03")],
                "https://app.thalamusgme.com/applicant/invitations/hca-kw-gs-90b4", deadline=d("2026-10-30"),
                note="""The General Surgery Residency at HCA Houston Healthcare Kingwood, in partnership with the University
of Houston Tilman J. Fertitta Family College of Medicine, would like to invite you to interview.""",
                must=["HCA Houston Healthcare Kingwood"])
    thal_scheduled("2026-10-23 09:18", "thalamus-scheduled", k, p, d("2026-11-12"), "08:00",
                   "https://app.thalamusgme.com/applicant/calendar/hca-kw-gs-90b4")
    thal_reminder("2026-11-05 08:00", "thalamus-reminder", k, p, d("2026-11-12"), "08:00",
                  "https://app.thalamusgme.com/applicant/calendar/hca-kw-gs-90b4")
    M("2026-11-13 11:00", "hca-kingwood-gs-thank-you", k, ("HCA Houston Healthcare Kingwood GME", "kingwood.gme@hcahealthcare.com"),
      "Thank you for interviewing – HCA Houston Healthcare Kingwood General Surgery",
      None, html_page([
          "Dear Renata,",
          "Thank you for interviewing with the General Surgery Residency Program at HCA Houston Healthcare Kingwood "
          "on Thursday, November 12. We enjoyed getting to know you.",
          "As a reminder, our program is distinct from the General Surgery residencies at HCA Houston Healthcare Clear "
          "Lake and HCA Houston Healthcare Conroe.",
          "Program Leadership<br>General Surgery Residency | HCA Houston Healthcare Kingwood<br>22999 US-59, Kingwood, TX 77339",
      ]), enc="qp", must=["Thursday, November 12", "HCA Houston Healthcare Kingwood"])
    thal_message("2026-11-16 13:00", "thalamus-new-message", "hca-clearlake-surg",
                 "HCA Houston Healthcare Clear Lake - General Surgery - Categorical", "Application Update",
                 """Dear Applicant,

Thank you for applying to the General Surgery Residency at HCA Houston Healthcare Clear Lake in Webster, Texas. After
careful review we are unable to offer you an interview this season. We wish you the very best.

General Surgery Residency Program""", "https://app.thalamusgme.com/applicant/messages/hca-cl-gs-4410",
                 must=["HCA Houston Healthcare Clear Lake"])

    # ------------------------------------------------------------ CHRISTUS Spohn Corpus Christi Surgery (email + Calendly)
    k = "christus-spohn-surg"
    cl = "https://calendly.com/christus-spohn-gs/residency-interview"
    M("2026-10-30 11:10", "christus-spohn-gs-invitation", k, ("CHRISTUS Spohn GS Residency", "gsresidency.cc@christushealth.org"),
      "Interview Invitation – General Surgery Residency – CHRISTUS Spohn Corpus Christi",
      f"""Dear Renata,

Thank you for applying to the General Surgery Residency Program at CHRISTUS Spohn Hospital Corpus Christi – Shoreline,
an academic affiliate of the Texas A&M University School of Medicine (ACGME: Texas A&M College of Medicine-CHRISTUS
Spohn (Corpus Christi) Program). We are pleased to invite you to interview.

Interview dates (virtual, Central time):
  * {L(d("2026-12-08"))}
  * {L(d("2027-01-12"))}

Please book your date here: {cl}

Kind regards,
Rosa Villanueva
Program Coordinator, General Surgery
CHRISTUS Spohn Health System | 600 Elizabeth St., Corpus Christi, TX 78404
""", enc="qp", must=["CHRISTUS Spohn Hospital Corpus Christi – Shoreline", cl, L(d("2026-12-08"))],
      idates=[d("2026-12-08"), d("2027-01-12")])
    cal_confirm("2026-10-30 14:30", "calendly-confirmed", k, "CHRISTUS Spohn General Surgery Interview",
                "Rosa Villanueva", d("2026-12-08"), "07:30", 300, "https://calendly.com/events/christus-gs-77d2",
                location="Microsoft Teams (link emailed before your interview)")
    ty("Rosa Villanueva", "gsresidency.cc@christushealth.org", "2026-12-08 19:00", "sent-thank-you-christus-spohn", k,
       "Thank you - CHRISTUS Spohn General Surgery",
       """Dear Ms. Villanueva,

Thank you for today's interview day with the CHRISTUS Spohn General Surgery program. I appreciated learning how
residents at Shoreline care for patients from across the Coastal Bend, and the Texas A&M research support. Please
pass along my thanks to Dr. Guerra and the residents.

Sincerely,""")

    # ------------------------------------------------------------ Cook Children's Pediatrics (Thalamus)
    k = "cook-peds"
    p = "Cook Children's Medical Center - Pediatrics - Categorical"
    thal_invite("2026-10-21 15:00", "thalamus-invitation", k, p, [d("2026-11-23"), d("2026-12-07")],
                "https://app.thalamusgme.com/applicant/invitations/cook-peds-5a8e", deadline=d("2026-10-28"),
                note="""The Pediatric Residency Program at Cook Children's Medical Center in Fort Worth is thrilled to invite
you to a virtual interview.""", must=["Cook Children's Medical Center"])
    thal_scheduled("2026-10-21 15:50", "thalamus-scheduled", k, p, d("2026-11-23"), "08:00",
                   "https://app.thalamusgme.com/applicant/calendar/cook-peds-5a8e")
    M("2026-11-24 13:00", "cook-childrens-post-interview", k,
      ("Cook Children’s Pediatric Residency", "pedsresidency@cookchildrens.org"),
      "Thank you for interviewing at Cook Children’s!",
      """Hi Renata,

Thank you for interviewing with the Cook Children’s Pediatric Residency Program on Monday, November 23. We hope you
got a feel for our Fort Worth family and the care we provide across Cook Children’s Health Care System.

We will not contact applicants after interviews about ranking decisions. If you have any questions at all, we are
here for you.

Pediatric Residency Program
Cook Children’s Medical Center | 801 Seventh Ave., Fort Worth, TX 76104
""", enc="qp", must=["Monday, November 23", "Cook Children’s Medical Center"])

    # ------------------------------------------------------------ UTRGV Surgery (rejection)
    eras_post_office("2026-12-15 10:00", "eras-post-office-message", "utrgv-surg",
                     "University of Texas Rio Grande Valley (DHR Health) Program", "4404861277",
                     "UTRGV General Surgery - application status",
                     """Dear Applicant,

Thank you for applying to the General Surgery Residency Program of the University of Texas Rio Grande Valley School of
Medicine at DHR Health in Edinburg. We regret that we are unable to offer you an interview this season.

UTRGV General Surgery Residency""", sender="UTRGV School of Medicine GME",
                     must=["University of Texas Rio Grande Valley School of Medicine"])
