from lib import *


def plain(fn, frm, subj, date, t, labels, forms=None, cte="qp", with_html=False, extra=()):
    msg = alt(text(t, cte=cte), html(page(p2html(t)))) if with_html else text(t, cte=cte)
    build(fn, msg, frm, subj, date, extra=extra)
    reg(fn, msg, labels, forms)


# ============================================================ WAITLIST (8)
def wl_emory_peds():
    fn = "b21-wl-email-emory-peds.eml"
    t = f"""Dear Tomás,

Thank you for your interest in the Pediatric Residency Program at Emory University School of Medicine and Children's Healthcare of Atlanta. We received more than 1,900 applications for 24 categorical positions this year.

After careful review, we are unable to extend an interview invitation to you at this time. However, your application was very competitive and we have placed you on our interview waitlist. If a position becomes available on one of our remaining interview days, we will contact you by email, so please check your inbox (and spam folder) regularly.

You do not need to take any action to remain on the waitlist. If you would like to be removed, simply reply to this email.

Sincerely,

Emory Pediatric Residency Program
Emory University School of Medicine
"""
    plain(fn, addr("Emory Pediatrics Residency", "pedsresidency@emory.edu"),
          "Interview Invitation \u2013 Emory Pediatrics", at("2026-11-02 16:44:09"), t,
          L("waitlist", "Emory University School of Medicine", "email", "Pediatrics"), with_html=True)


def wl_uva_em():
    fn = "b21-wl-thal-uva-em.eml"
    date = at("2026-11-18 21:06:45", "UTC")
    url = "https://app.thalamusgme.com/applicant/waitlist/UVA-EM-3H7L9"
    t = f"""Hi {FIRST},

University of Virginia - Emergency Medicine has added you to their interview waitlist.

Message from the program:

Thank you for applying to UVA Emergency Medicine. Our interview days are currently full, but we were impressed by your application and would like to keep you on our waitlist. Please log in to Thalamus and indicate which of our interview dates you could attend on short notice so we can reach out if a spot opens.

- UVA EM Residency

To view the program's interview dates and join the waitlist for specific dates, log in to Thalamus:
{url}

Thalamus GME, Inc. | Boston, MA
You are receiving this email because you have an applicant account on Thalamus.
"""
    msg = alt(text(t), html(thal_html("Interview Waitlist", t.split("To view the")[0], "Select Waitlist Dates", url)))
    build(fn, msg, THAL_FROM, "Interview Waitlist: University of Virginia - Emergency Medicine", date)
    reg(fn, msg, L("waitlist", "University of Virginia", "thalamus", "Emergency Medicine", url=url))


def wl_jhh_peds():
    fn = "b21-wl-email-jhh-peds.eml"
    t = f"""Dear Applicant,

Thank you for applying to the Harriet Lane Pediatric Residency Program at The Johns Hopkins Hospital.

We have now extended all of our initial interview invitations for the 2026-2027 season. While we are not able to offer you an interview at this time, we would like to place you on our alternate list. Historically a number of alternates are offered interviews as cancellations occur in November and December.

If you remain interested, no action is needed. If you are no longer interested, please let us know by replying to this message so we can update our list.

With best wishes,

Harriet Lane Residency Program Office
The Johns Hopkins Hospital
1800 Orleans Street, Baltimore, MD 21287
"""
    plain(fn, addr("Harriet Lane Residency", "harrietlane@jhmi.edu"),
          "Application Update \u2013 Harriet Lane Pediatric Residency", at("2026-11-04 10:15:00"), t,
          L("waitlist", "The Johns Hopkins Hospital", "email", "Pediatrics"), extra=[("To", "undisclosed-recipients:;")])


def wl_medstargt_surg():
    fn = "b21-wl-ib-medstargt-surg.eml"
    date = at("2026-11-20 13:02:55")
    ds = [d("2026-12-17"), d("2027-01-14"), d("2027-01-21")]
    url = "https://www.interviewbroker.com/applicant/waitlist/mgtsurg-41c9e0b2"
    tl = "\n".join(f"  {full(x)}   Waitlist open" for x in ds)
    t = f"""Hello Tomás Ebanks,

MedStar Georgetown University Hospital - General Surgery has placed you on their interview waitlist.

Message from the program:
Thank you for applying to the MedStar Georgetown University Hospital Categorical General Surgery Residency. All of our interview dates are currently full. We would like to offer you a place on the waitlist. Please opt in below for each date you would be able to attend; if a spot opens, Interview Broker will notify you and the spot will be held for 24 hours.

Interview dates with open waitlists:
{tl}

Join the waitlist:
{url}

Thank you,
Interview Broker
"""
    rows = "".join(f"<tr><td>{full(x)}</td><td>Waitlist open</td></tr>" for x in ds)
    h = page(p2html(t.split("Interview dates with")[0]) +
             f'<table border="1" cellpadding="6" style="border-collapse:collapse"><tr><th>Date</th><th>Status</th></tr>{rows}</table>'
             f'<p><a href="{url}">Join the waitlist</a></p><p>Thank you,<br>Interview Broker</p>')
    msg = alt(text(t, cte="7bit"), html(h))
    build(fn, msg, IB_FROM, "Waitlist: MedStar Georgetown University Hospital - General Surgery", date)
    reg(fn, msg, L("waitlist", "MedStar Georgetown University Hospital", "interview_broker", "Surgery",
                   "categorical", dates=ds, url=url), {x: full(x) for x in ds})


def wl_uabhsv_fm():
    fn = "b21-wl-email-uabhsv-fm.eml"
    t = f"""Dear Tomás,

Thank you for your application to the UAB Huntsville Family Medicine Residency Program. We have been overwhelmed by the number of excellent applicants this year and our interview schedule is currently full.

We would like to keep your application active on our waitlist. Should an interview slot become available, we will reach out by email with the date(s) available. Please feel free to send us an update if anything changes in your application.

Best regards,

Sheila Crandall
Program Coordinator
UAB Huntsville Family Medicine Residency
UAB Huntsville Regional Medical Campus
301 Governors Drive SW, Huntsville, AL 35801
"""
    plain(fn, addr("Crandall, Sheila", "scrandall@uabmc.edu"), "UAB Huntsville FM Residency - Waitlist",
          at("2026-11-12 11:31:40", "CT"), t,
          L("waitlist", "UAB Huntsville Regional Medical Campus", "email", "Family Medicine"), cte="7bit")


def wl_wakeforest_surg():
    fn = "b21-wl-eras-wakeforest-surg.eml"
    t = f"""Dear Tomás Ebanks,

The following program has placed you on its interview waitlist:

Program: Wake Forest University School of Medicine Program
Program ID: 4403621090
Specialty: Surgery

Message from the program:
Thank you for your interest in General Surgery at Wake Forest. All of our interview dates are full; we have added you to our waitlist and will send an invitation through ERAS if a date becomes available.

You can view the status of all your invitations on the Interviews page in MyERAS:
{MYERAS}

Please do not reply to this email. This mailbox is not monitored.

ERAS - Electronic Residency Application Service
Association of American Medical Colleges
"""
    plain(fn, ERAS_FROM, "Interview Waitlist - Wake Forest University School of Medicine Program",
          at("2026-11-09 15:00:21"), t,
          L("waitlist", "Wake Forest University School of Medicine", "eras", "Surgery"), cte="7bit")


def wl_piedmont_fm():
    fn = "b21-wl-email-piedmont-fm.eml"
    ds = [d("2026-12-08"), d("2027-01-05"), d("2027-01-19")]
    url = "https://forms.gle/PiedmontAthensFMwaitlist"
    t = f"""Hi Tomás,

Thank you so much for applying to the Family Medicine Residency at Piedmont Athens Regional. Our interview days have filled, but we would like to offer you a spot on our waitlist.

If you would like to be considered, please let us know which of the following dates you could attend by completing this short form:
{url}

  - {wmd(ds[0])}
  - {wmd(ds[1])}, {ds[1].year}
  - {wmd(ds[2])}, {ds[2].year}

We will reach out as soon as a spot opens. Thank you for your patience!

Go Dawgs,
Emily Harcourt
Residency Coordinator, Family Medicine
Piedmont Athens Regional | AU/UGA Medical Partnership
"""
    plain(fn, addr("Emily Harcourt", "emily.harcourt@piedmont.org"),
          "Application Update - Piedmont Athens Regional Family Medicine", at("2026-11-16 14:12:09"), t,
          L("waitlist", "Piedmont Athens Regional", "email", "Family Medicine", dates=ds, url=url),
          {x: wmd(x) for x in ds}, with_html=True)


def wl_utc_em():
    fn = "b21-wl-rcas-utc-em.eml"
    prog = "University of Tennessee College of Medicine Chattanooga"
    ds = [d("2026-12-09"), d("2027-01-06")]
    t = f"""Dear {FIRST},

Thank you for your application to the Emergency Medicine Residency at the {prog}. Our interview sessions are currently full. We would be glad to keep you in consideration and have opened waitlists for the following sessions in the ResidencyCAS Interview Portal:

  {wmd(ds[0])}
  {wmd(ds[1])}, {ds[1].year}

To join one or both waitlists, log in to the portal ({RCAS_PORTAL}), open My Programs, and select "Join Waitlist" for each session you could attend. If a spot opens you will receive an email and the portal will ask you to confirm.

Best,
Emergency Medicine Residency Program
{prog} | Erlanger

--
Sent via ResidencyCAS on behalf of {prog} - Emergency Medicine.
"""
    plain(fn, addr(f"{prog} - Emergency Medicine via ResidencyCAS", RCAS_FROM_ADDR),
          "Interview Waitlist - UTCOM Chattanooga Emergency Medicine", at("2026-11-24 10:05:36"), t,
          L("waitlist", prog, "residencycas", "Emergency Medicine", dates=ds, url=RCAS_PORTAL),
          {x: wmd(x) for x in ds}, with_html=True)


# ============================================================ REJECTION (9)
def rej_duke_em():
    fn = "b21-rej-email-duke-em.eml"
    t = f"""Dear Tomás,

Thank you for your interest in the Emergency Medicine Residency Program at Duke University Hospital. We truly appreciate the time and effort you put into your application.

This year we received over 1,400 applications for 12 positions. After a careful and holistic review, we regret that we are unable to offer you an interview. This decision is not a reflection of your potential as a physician, and we wish you every success in the Match.

Sincerely,

The Duke Emergency Medicine Residency Selection Committee
Duke University Hospital, Durham, North Carolina
"""
    plain(fn, addr("Duke EM Residency", "dukeemresidency@duke.edu"),
          "Duke Emergency Medicine \u2013 Interview Invitation Status", at("2026-11-06 17:30:12"), t,
          L("rejection", "Duke University Hospital", "email", "Emergency Medicine"), with_html=True)


def rej_vanderbilt_surg():
    fn = "b21-rej-email-vanderbilt-surg.eml"
    t = f"""Dear Mr. Ebanks,

Thank you for applying to the General Surgery Residency Program at Vanderbilt University Medical Center. We have completed our review of applications for the 2027 Match.

We regret to inform you that we will not be able to offer you an interview this season. The applicant pool was exceptionally strong, and our decisions were very difficult.

We appreciate your interest in Vanderbilt and wish you the very best in your surgical career.

Sincerely,

Section of Surgical Education
Vanderbilt University Medical Center
Nashville, Tennessee
"""
    plain(fn, addr("VUMC Surgery Education", "surgery.education@vumc.org"),
          "Application Update: Vanderbilt General Surgery", at("2026-11-13 09:00:00", "CT"), t,
          L("rejection", "Vanderbilt University Medical Center", "email", "Surgery"), cte="7bit")


def rej_unc_em():
    fn = "b21-rej-email-unc-em.eml"
    t = f"""Dear Applicant,

Thank you for applying to the UNC Emergency Medicine Residency Program. We have completed our interview selections for this year.

We regret that we are unable to offer you an interview. Our interview capacity is limited and we were not able to interview many excellent candidates.

Best of luck in the Match.

UNC Emergency Medicine Residency Program
Department of Emergency Medicine
University of North Carolina at Chapel Hill School of Medicine
"""
    plain(fn, addr("UNC EM Residency", "uncemresidency@med.unc.edu"), "UNC Emergency Medicine Application Status",
          at("2026-12-01 12:30:07"), t,
          L("rejection", "University of North Carolina at Chapel Hill School of Medicine", "email",
            "Emergency Medicine"), cte="7bit", extra=[("To", "undisclosed-recipients:;")])


def rej_hopkins_psych():
    fn = "b21-rej-email-hopkins-psych.eml"
    t = f"""Dear Tomás Ebanks,

Thank you for your interest in the Adult Psychiatry Residency Program at Johns Hopkins University School of Medicine.

We have carefully reviewed your application. Unfortunately, we will not be able to extend an interview invitation to you this year. We received a record number of applications and had to make many difficult decisions.

We wish you the best of luck in your residency search.

Sincerely,
Residency Training Office
Department of Psychiatry and Behavioral Sciences
Johns Hopkins University School of Medicine
600 N. Wolfe Street, Meyer 4-113, Baltimore, MD 21287
"""
    plain(fn, addr("Hopkins Psychiatry Residency", "psychres@jhmi.edu"),
          "Interview Invitation - Johns Hopkins Psychiatry", at("2026-10-29 18:02:44"), t,
          L("rejection", "Johns Hopkins University School of Medicine", "email", "Psychiatry"), with_html=True)


def rej_umd_em():
    fn = "b21-rej-email-umd-em.eml"
    date = at("2026-12-03 10:22:10")
    q = at("2026-12-02 07:48:00")
    t = f"""Good morning Tomás,

Thank you for reaching out and for your continued interest in our program. Unfortunately, we have filled all of our interview spots for this season and will not be able to offer you an interview. I am sorry I don't have better news.

Best wishes for the Match,

Charlene Boateng
Residency Program Coordinator
Department of Emergency Medicine
University of Maryland School of Medicine
110 S. Paca Street, 6th Floor, Baltimore, MD 21201

From: Tomás Ebanks <{APPLICANT}>
Sent: {outlook_sent(q)}
To: Boateng, Charlene <cboateng@som.umaryland.edu>
Subject: Application status - Tomás Ebanks (AAMC ID 16843027)

Dear Ms. Boateng,

I hope you are well. I applied to the University of Maryland Emergency Medicine Residency through ResidencyCAS and wanted to reaffirm my strong interest in your program. I have not yet heard about my interview status and wanted to ask whether my application is still under consideration.

Thank you for your time,
Tomás Ebanks
Mercer University School of Medicine
"""
    plain(fn, addr("Boateng, Charlene", "cboateng@som.umaryland.edu"),
          "RE: Application status - Tomás Ebanks (AAMC ID 16843027)", date, t,
          L("rejection", "University of Maryland School of Medicine", "email", "Emergency Medicine"),
          extra=[("Thread-Topic", "Application status - Tomás Ebanks (AAMC ID 16843027)")])


def rej_ufgnv_peds():
    fn = "b21-rej-email-ufgnv-peds.eml"
    t = f"""Dear Applicant,

Thank you for your interest in the Pediatric Residency Program at the University of Florida College of Medicine in Gainesville and for your patience while on our interview waitlist.

Our final interview day has now been scheduled and we will not be extending any further interview invitations this season. We are therefore releasing our waitlist, and we regret that we will not be able to offer you an interview.

We wish you the very best in the Match.

UF Pediatrics Residency Program
University of Florida College of Medicine
Gainesville, Florida
"""
    plain(fn, addr("UF Pediatrics Residency", "pedsresidency@peds.ufl.edu"),
          "UF Pediatrics Waitlist Update", at("2027-01-15 15:40:00"), t,
          L("rejection", "University of Florida College of Medicine", "email", "Pediatrics"), cte="7bit",
          extra=[("To", "undisclosed-recipients:;")])


def rej_morehouse_surg():
    fn = "b21-rej-email-morehouse-surg.eml"
    t = f"""Dear Tomás,

Thank you for applying to the General Surgery Residency at Morehouse School of Medicine. We regret to inform you that we are unable to offer you an interview for the 2027 Match.

We wish you all the best.

Morehouse School of Medicine
Department of Surgery - Residency Program
720 Westview Drive SW, Atlanta, GA 30310
"""
    plain(fn, addr("MSM Surgery Residency", "surgeryresidency@msm.edu"), "Your application to MSM General Surgery",
          at("2026-11-23 08:12:51"), t,
          L("rejection", "Morehouse School of Medicine", "email", "Surgery"), cte="7bit")


def rej_prismacola_psych():
    fn = "b21-rej-email-prismacola-psych.eml"
    t = f"""Dear Tomás,

On behalf of the Psychiatry Residency Program at Prisma Health\u2013Midlands in Columbia, thank you for your application.

After reviewing a large and highly qualified pool of applicants, we regret that we are unable to offer you an interview this year. We appreciate your interest in our program and wish you success in the Match.

Respectfully,
Psychiatry Residency Program
Prisma Health\u2013Midlands | University of South Carolina School of Medicine Columbia
"""
    plain(fn, addr("Prisma Health Midlands Psychiatry Residency", "psychresidency.midlands@prismahealth.org"),
          "Prisma Health Psychiatry Residency \u2013 Application Update", at("2026-11-19 13:58:30"), t,
          L("rejection", "Prisma Health\u2013Midlands", "email", "Psychiatry"), with_html=True)


def rej_evms_surgprelim():
    fn = "b21-rej-email-evms-surgprelim.eml"
    prog = "Macon & Joan Brock Virginia Health Sciences at Old Dominion University"
    t = f"""Dear Applicant,

Thank you for applying for a Preliminary Surgery position in the General Surgery Residency Program at {prog} (formerly Eastern Virginia Medical School).

We regret to inform you that we are unable to offer you an interview for the upcoming academic year. We appreciate your interest and wish you the very best in your training.

Sincerely,
Department of Surgery
{prog}
825 Fairfax Avenue, Norfolk, VA 23507
"""
    plain(fn, addr("EVMS-ODU Surgery Residency", "surgeryresidency@odu.edu"),
          "Preliminary Surgery Application Status", at("2026-12-07 11:11:11"), t,
          L("rejection", prog, "email", "Surgery", "preliminary"), cte="7bit")


ALL = [wl_emory_peds, wl_uva_em, wl_jhh_peds, wl_medstargt_surg, wl_uabhsv_fm, wl_wakeforest_surg, wl_piedmont_fm,
       wl_utc_em, rej_duke_em, rej_vanderbilt_surg, rej_unc_em, rej_hopkins_psych, rej_umd_em, rej_ufgnv_peds,
       rej_morehouse_surg, rej_prismacola_psych, rej_evms_surgprelim]
