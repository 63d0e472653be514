"""Season K content: Renata Villarreal (SHSU-COM), Surgery (categorical + preliminary) and Pediatrics,
Texas / Oklahoma / Louisiana / Arkansas. Message times are America/Chicago local."""
from mailkit import (APP, APP_FULL, APP_NAME, CHI, DEN, NY, UTC, A, L, LN, M, MD, N, S, a, d, fwd_block,
                     gmail_quote, html_page, local, outlook_quote, sent, ul, hm)
from platforms import (at, cal_confirm, e, eras_declined, eras_invite, eras_post_office, eras_scheduled,
                       ib_confirm, ib_invite, ib_reminder, thal_cancelled, thal_invite, thal_message,
                       thal_reminder, thal_scheduled)

AS_OF = "2027-02-05T17:00:00-06:00"
SU, PR, PE = "Surgery", "Surgery", "Pediatrics"

# key: (institution, specialty, track, invited, final_status, interview date or None)
PROGRAMS = {
    "utsw-surg": ("University of Texas Southwestern Medical Center", SU, "categorical", True, "completed", "2026-11-13"),
    "utsw-peds": ("University of Texas Southwestern Medical Center", PE, "categorical", True, "completed", "2026-12-09"),
    "uthealth-surg": ("McGovern Medical School at UTHealth Houston", SU, "categorical", False, "rejected", None),
    "uthealth-peds": ("McGovern Medical School at UTHealth Houston", PE, "categorical", False, "rejected", None),
    "utmb-surg": ("University of Texas Medical Branch", SU, "categorical", False, "rejected", None),
    "utmb-peds": ("University of Texas Medical Branch", PE, "categorical", False, "waitlisted", None),
    "uthscsa-surg": ("The University of Texas Health Science Center at San Antonio", SU, "categorical", False, "rejected", None),
    "dell-surg": ("Dell Medical School at The University of Texas at Austin", SU, "categorical", True, "declined", None),
    "dell-peds": ("Dell Medical School at The University of Texas at Austin", PE, "categorical", True, "completed", "2026-12-07"),
    "bcm-surg": ("Baylor College of Medicine", SU, "categorical", True, "completed", "2026-11-20"),
    "bcm-peds": ("Baylor College of Medicine", PE, "categorical", True, "completed", "2026-12-01"),
    "christus-children-peds": ("CHRISTUS Children's", PE, "categorical", True, "completed", "2026-12-15"),
    "bsw-temple-surg": ("Baylor Scott & White Medical Center – Temple", SU, "categorical", True, "completed", "2026-11-17"),
    "bsw-dallas-surg": ("Baylor University Medical Center", SU, "categorical", False, "waitlisted", None),
    "ttu-lubbock-surg": ("Texas Tech University Health Sciences Center", SU, "categorical", True, "completed", "2026-11-19"),
    "ttu-lubbock-peds": ("Texas Tech University Health Sciences Center", PE, "categorical", True, "completed", "2026-12-10"),
    "ttu-elpaso-surg": ("Texas Tech University Health Sciences Center El Paso", SU, "categorical", True, "declined", None),
    "ttu-permian-surg": ("Texas Tech University Health Sciences Center Permian Basin", SU, "categorical", False, "rejected", None),
    "ttu-amarillo-peds": ("Texas Tech University Health Sciences Center at Amarillo", PE, "categorical", True, "invited", None),
    "houston-methodist-surg": ("Houston Methodist Hospital", SU, "categorical", True, "completed", "2026-11-24"),
    "methodist-dallas-surg": ("Methodist Dallas Medical Center", SU, "categorical", True, "cancelled", None),
    "methodist-childrens-peds": ("Methodist Children's Hospital", PE, "categorical", False, "rejected", None),
    "methodist-sa-surg": ("Methodist Hospital (San Antonio)", SU, "categorical", True, "completed", "2026-12-02"),
    "hca-kingwood-surg": ("HCA Houston Healthcare Kingwood", SU, "categorical", True, "completed", "2026-11-12"),
    "hca-clearlake-surg": ("HCA Houston Healthcare Clear Lake", SU, "categorical", False, "rejected", None),
    "christus-spohn-surg": ("CHRISTUS Spohn Hospital Corpus Christi – Shoreline", SU, "categorical", True, "completed", "2026-12-08"),
    "ochsner-surg": ("Ochsner Clinic Foundation", SU, "categorical", True, "completed", "2026-11-05"),
    "ochsner-peds": ("Ochsner Clinic Foundation", PE, "categorical", True, "completed", "2027-01-08"),
    "lsu-no-surg": ("LSU Health Sciences Center New Orleans", SU, "categorical", False, "rejected", None),
    "lsu-no-prelim-surg": ("LSU Health Sciences Center New Orleans", PR, "preliminary", True, "completed", "2026-12-18"),
    "lsu-no-peds": ("LSU Health Sciences Center New Orleans", PE, "categorical", False, "rejected", None),
    "lsu-shreveport-surg": ("Louisiana State University Health Sciences Center at Shreveport", SU, "categorical", True, "scheduled", "2027-02-11"),
    "tulane-surg": ("Tulane University School of Medicine", SU, "categorical", True, "completed", "2026-12-17"),
    "ou-surg": ("University of Oklahoma Health Sciences Center", SU, "categorical", True, "completed", "2026-12-14"),
    "ou-peds": ("University of Oklahoma Health Sciences Center", PE, "categorical", True, "completed", "2027-01-12"),
    "outu-surg": ("OU-TU School of Community Medicine", SU, "categorical", False, "rejected", None),
    "outu-peds": ("OU-TU School of Community Medicine", PE, "categorical", False, "waitlisted", None),
    "uams-surg": ("University of Arkansas for Medical Sciences", SU, "categorical", True, "completed", "2026-11-16"),
    "uams-prelim-surg": ("University of Arkansas for Medical Sciences", PR, "preliminary", True, "completed", "2026-12-16"),
    "ach-peds": ("University of Arkansas for Medical Sciences", PE, "categorical", True, "completed", "2027-01-06"),
    "cook-peds": ("Cook Children's Medical Center", PE, "categorical", True, "completed", "2026-11-23"),
    "utrgv-surg": ("University of Texas Rio Grande Valley School of Medicine", SU, "categorical", False, "rejected", None),
}

SIG = "Renata Villarreal, OMS-IV\nSam Houston State University College of Osteopathic Medicine\nAAMC ID 15830947 | (936) 555-0148"


def ty(to_name, to_addr, when, slug, label, subject, body, cc=None, must=()):
    return sent(when, slug, label, (to_name, to_addr), subject, f"{body.strip()}\n\n{SIG}\n", cc=cc, must=must)


# ====================================================================== unrelated
def unrelated():
    U = "unrelated"
    M("2026-09-03 18:22", "thalamus-welcome", U, ("Thalamus", "noreply@thalamusgme.com"),
      "Welcome to Thalamus, Renata!",
      None, html_page([
          "<h2>Welcome to Thalamus</h2>", "Hi Renata,",
          "Your applicant account is ready. Thalamus is used by thousands of residency and fellowship programs to "
          "schedule interviews. When a program invites you, you will get an email and can pick a date from your dashboard.",
          "Tip: connect your Google or Outlook calendar so booked interviews appear automatically.",
          f"<p>{a('https://app.thalamusgme.com/applicant/onboarding', 'Finish setting up your profile')}</p>",
      ], footer="Thalamus | Manage notifications in your account settings."),
      tz=UTC, enc="qp", must=["https://app.thalamusgme.com/applicant/onboarding"])

    M("2026-09-15 11:05", "nrmp-registration", U, ("NRMP", "support@nrmp.org"),
      "NRMP Main Residency Match Registration Confirmation",
      """Dear Renata Villarreal,

Thank you for registering for the 2027 Main Residency Match. Your NRMP ID is N0472391.

Registration fee: $85.00 (paid)
Applicant type: Senior student of a U.S. osteopathic medical school
Medical school: Sam Houston State University College of Osteopathic Medicine

Important dates:
  Rank order list entry opens ....... February 1, 2027
  Rank order list certification deadline ... March 3, 2027
  Match Day .......................... March 19, 2027

Registering with the NRMP does not submit applications to programs; applications are submitted through ERAS.

National Resident Matching Program
https://www.nrmp.org
""", tz=NY, enc="7bit", must=["N0472391", "February 1, 2027", "https://www.nrmp.org"])

    M("2026-09-23 08:01", "eras-applications-available", U, ("ERAS", "eras-noreply@aamc.org"),
      "ERAS: Your application is now available to programs",
      """Dear Renata Villarreal,

Today, programs can begin reviewing ERAS applications for the 2027 residency season. Your application has been
released to the 46 programs you applied to (Surgery, Pediatrics).

Reminders:
  - Interview invitations may arrive through ERAS, Thalamus or directly from programs.
  - Check the Interviews tab in MyERAS regularly: https://myeras.aamc.org/interviews
  - You may still apply to additional programs.

ERAS
AAMC | 655 K Street NW, Suite 100 | Washington, DC 20001-2399
""", tz=NY, enc="7bit", must=["https://myeras.aamc.org/interviews"])

    tps = html_page([
        "<h2 style=\"color:#00629b\">Texas Pediatric Society – Resident &amp; Student Section</h2>",
        "<p><i>October 2026 e-Newsletter</i></p>",
        "<h3>Interview season is here</h3>",
        "Good luck to every student interviewing this fall! Program leaders from Cook Children’s Medical Center, "
        "Dell Children’s Medical Center, Texas Children’s Hospital, Children’s Health Dallas and Driscoll Children’s "
        "Hospital will join our virtual panel <b>“Life as a Texas Pediatric Resident”</b> on Thursday, October 29, 2026 at 7:00 PM CT.",
        f"<p>{a('https://txpeds.org/events/resident-panel-2026', 'Register for the panel')}</p>",
        "<h3>Advocacy corner</h3>",
        "TPS thanks residents from UT Health San Antonio, UTMB and Texas Tech (Lubbock and El Paso) who testified on "
        "children’s Medicaid continuous eligibility this spring.",
        "<h3>Membership</h3>",
        "Student membership is free. Renew at txpeds.org.",
    ], footer="Texas Pediatric Society, 401 W. 15th St., Suite 682, Austin, TX 78701. You are receiving this because "
              "you joined the TPS Medical Student Section. Unsubscribe: https://txpeds.org/unsubscribe")
    M("2026-10-14 12:30", "tps-newsletter-october", U, ("Texas Pediatric Society", "news@txpeds.org"),
      "TPS Resident & Student Section – October e-Newsletter", None, tps, tz=CHI, enc="qp",
      must=["Cook Children’s Medical Center", "Thursday, October 29, 2026", "https://txpeds.org/events/resident-panel-2026"])

    inner = """Hi Isabel,

Congratulations! You have received an interview invitation from:

Program: UT Health San Antonio - Pediatrics - Categorical

Message from the program:
The Pediatrics Residency Program at The University of Texas Health Science Center at San Antonio (Long School of
Medicine) is delighted to invite you to interview. Our residents train at University Health and CHRISTUS Children's.

Available interview dates:
  - Monday, November 16, 2026
  - Monday, December 7, 2026

Schedule your interview: https://app.thalamusgme.com/applicant/invitations/i-77c41e

The Thalamus Team"""
    M("2026-10-20 21:47", "fwd-classmate-uthscsa-peds", U, ("Isabel Cantu", "isabel.cantu.do27@gmail.com"),
      "Fwd: Interview Invitation: UT Health San Antonio - Pediatrics - Categorical",
      "Renata!! Look what came in tonight -- did you get one too?? I know you only applied to their surgery program\n"
      "there but still, Long School of Medicine buddies maybe? :)\n\nIsabel\n\n"
      + fwd_block(local("2026-10-20 16:02"), "Thalamus", "noreply@thalamusgme.com", "isabel.cantu.do27@gmail.com",
                  "Interview Invitation: UT Health San Antonio - Pediatrics - Categorical", inner),
      enc="qp", must=["UT Health San Antonio - Pediatrics - Categorical", "Monday, November 16, 2026",
                      "https://app.thalamusgme.com/applicant/invitations/i-77c41e"])

    M("2026-11-05 07:15", "panacea-marketing", U, ("Panacea Financial", "hello@panaceafinancial.com"),
      "Residency moving costs? A loan built for incoming interns",
      None, html_page([
          "<h2>Matching in Texas, Louisiana, Oklahoma or Arkansas?</h2>",
          "Hi Renata, interview season is expensive. Panacea’s Residency Relocation Loan covers moving, deposits and "
          "board fees with payments deferred until after residency.",
          f"<p>{a('https://panaceafinancial.com/residency-relocation?utm_source=email&utm_campaign=ms4-fall26', 'Check your rate')}</p>",
          "<small>Checking your rate will not affect your credit score. Panacea Financial is a division of Primis Bank, Member FDIC.</small>",
      ], footer="You are receiving this because you signed up at a SOMA event. Unsubscribe any time."),
      tz=UTC, enc="b64", must=["https://panaceafinancial.com/residency-relocation?utm_source=email&utm_campaign=ms4-fall26"])

    inner = """Dear Diego Ramos,

You have received an interview invitation in ERAS.

Program: Tulane University Program
ACGME Program ID: 1402141180
Specialty: Internal Medicine

Message from the program:
The Tulane University School of Medicine Internal Medicine Residency Program would like to invite you to interview.
All interviews are virtual. Our residents rotate at Tulane Medical Center, University Medical Center New Orleans and the
Southeast Louisiana Veterans Health Care System.

Interview dates available:
    Wednesday, December 2, 2026
    Wednesday, January 13, 2027

To accept, decline or request a waitlist position, sign in to MyERAS and open the Interviews tab."""
    M("2026-11-12 20:31", "fwd-partner-tulane-im", U, ("Diego Ramos", "diego.ramos.md27@outlook.com"),
      "FW: ERAS Interview Invitation - Tulane University Program",
      "Babe -- Tulane IM invited me!!! If you get Tulane surgery or Ochsner we could actually couples-rank New Orleans.\n"
      "Taking Dec 2 unless you think Jan is better.\n\nD\n\n"
      + outlook_quote(local("2026-11-12 18:04"), "ERAS", "eras-noreply@aamc.org", "Diego Ramos",
                      "ERAS Interview Invitation - Tulane University Program", inner),
      enc="qp", must=["Tulane University Program", "1402141180", "Wednesday, December 2, 2026"])

    M("2026-11-30 22:10", "hilton-okc-reservation", U, ("Hilton Honors", "hilton@res.hilton.com"),
      "Your reservation is confirmed: Hampton Inn & Suites Oklahoma City-Bricktown",
      None, html_page([
          "<h2>Reservation Confirmed</h2>",
          "Hi Renata, thanks for booking with Hilton.",
          "<table cellpadding=\"4\">"
          "<tr><td><b>Hotel</b></td><td>Hampton Inn &amp; Suites Oklahoma City-Bricktown</td></tr>"
          "<tr><td><b>Confirmation #</b></td><td>93057718</td></tr>"
          "<tr><td><b>Check-in</b></td><td>Sunday, December 13, 2026 (3:00 PM)</td></tr>"
          "<tr><td><b>Check-out</b></td><td>Monday, December 14, 2026 (12:00 PM)</td></tr>"
          "<tr><td><b>Room</b></td><td>1 King Bed, Non-Smoking</td></tr>"
          "<tr><td><b>Total</b></td><td>$164.22 USD (taxes included)</td></tr></table>",
          f"<p>{a('https://www.hilton.com/en/book/reservation/find/?confirmation=93057718', 'View or modify reservation')}</p>",
      ], footer="Hilton Honors. Please do not reply to this email."),
      tz=UTC, enc="qp", must=["Sunday, December 13, 2026", "93057718",
                              "https://www.hilton.com/en/book/reservation/find/?confirmation=93057718"])

    M("2026-12-08 10:40", "jps-talent-acquisition-interview", U,
      ("JPS Health Network Talent Acquisition", "talentacquisition@jpshealth.org"),
      "Interview Invitation – Research Associate (Part-Time), Department of Surgery – Req 26-14882",
      """Hello Renata,

Thank you for applying to the Research Associate (Part-Time, Temporary) position, requisition 26-14882, with
the Department of Surgery at JPS Health Network (John Peter Smith Hospital), 1500 S. Main St., Fort Worth, TX 76104.

The hiring manager would like to schedule a 30-minute phone interview. Available times:
  - Thursday, December 17, 2026, 2:00-4:00 PM CT
  - Friday, December 18, 2026, 9:00-11:00 AM CT

Please reply with your preferred time, or book directly here:
https://jpshealth.wd5.myworkdayjobs.com/JPS_Careers/interview/26-14882

This is an employment opportunity and is not related to any graduate medical education (residency) program.

Kind regards,
Monique Ellison
Talent Acquisition Partner | JPS Health Network
""", tz=CHI, enc="qp", must=["JPS Health Network", "Thursday, December 17, 2026",
                             "https://jpshealth.wd5.myworkdayjobs.com/JPS_Careers/interview/26-14882"])

    adv = """Hi Dr. Haskins,

Quick mid-season update before our meeting next week.

Completed: UAMS Surgery (11/16), Baylor Scott & White - Temple (11/17), Texas Tech Lubbock Surgery (11/19),
BCM Surgery (11/20), Cook Children's (11/23), Houston Methodist (11/24, after they moved it from 11/10),
BCM/Texas Children's Peds (12/1), Methodist San Antonio (12/2), Dell Children's (12/7), CHRISTUS Spohn (12/8),
UTSW Children's Health (12/9), TTUHSC Lubbock Peds (12/10), OU Surgery (in person 12/14), BCM San Antonio/
CHRISTUS Children's (12/15), UAMS prelim (12/16), Tulane (12/17), LSU prelim (12/18), Arkansas Children's (1/6),
Ochsner Peds (1/8), plus Ochsner, HCA Kingwood and UTSW surgery in November.
Coming up: OU Peds (1/12).

Declined Dell Med surgery and cancelled Texas Tech El Paso. Methodist Dallas cancelled on me.
Waitlisted: Baylor University Medical Center (Dallas), UTMB Peds, OU-TU Tulsa Peds, UT Health San Antonio
Surgery, LSU Peds. Never heard from UT Tyler. Rejected: UTHealth Houston (both), UTMB Surgery, HCA Clear Lake,
LSU categorical, TTUHSC Permian Basin, OU-TU Tulsa Surgery, UTRGV, Methodist Children's.

I'm leaning toward ranking BCM, UTSW and Ochsner surgery at the top, with the UAMS and LSU prelims as backups.
Could we talk through the peds vs. surgery split on my list?

Thanks so much,
Renata
"""
    M("2027-01-11 08:52", "sent-advisor-midseason-update", U, (APP_NAME, APP), "Mid-season interview update",
      adv, to=("Dr. Paul Haskins", "phaskins@shsu.edu"), sent=True, enc="7bit",
      must=["Baylor Scott & White - Temple", "CHRISTUS Children's"])
    M("2027-01-11 08:53", "ooo-advisor", U, ("Paul Haskins", "phaskins@shsu.edu"),
      "Automatic reply: Mid-season interview update",
      """I am out of the office through Friday, January 15, 2027 with limited access to email. For urgent student
affairs matters please contact the Office of Student Affairs at (936) 555-0100 or osa-com@shsu.edu.

Paul Haskins, DO
Associate Dean for Clinical Education | SHSU College of Osteopathic Medicine
""", tz=CHI, enc="7bit", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      must=["Friday, January 15, 2027"])

    M("2027-02-01 11:00", "nrmp-rol-open", U, ("NRMP", "support@nrmp.org"),
      "Rank Order List Entry Is Now Open – 2027 Main Residency Match",
      None, html_page([
          "Dear Renata Villarreal,",
          "Rank order list entry for the 2027 Main Residency Match is now open in the Registration, Ranking, and "
          "Results (R3) system. The certification deadline is <b>Wednesday, March 3, 2027 at 9:00 p.m. ET</b>.",
          "Only certified lists are used in the matching algorithm. Use the Program Code (for example, a code ending "
          "in C0 for categorical or P0 for preliminary positions) exactly as listed in R3.",
          f"<p>{a('https://r3.nrmp.org/viewLoginPage', 'Sign in to R3')}</p>",
      ], footer="National Resident Matching Program, 2121 K Street NW, Suite 1000, Washington, DC 20037"),
      tz=NY, enc="qp", must=["Wednesday, March 3, 2027", "https://r3.nrmp.org/viewLoginPage"])
