"""b23 waitlists (8) and rejections (10)."""
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


# ================================================================ waitlists
@add
def w_stanford():
    fn = "b23-wl-thal-stanford-rad.eml"
    date = at("2026-11-18 17:30:06", "UTC")
    dash = "https://app.thalamusgme.com/applicant/dashboard"
    note = ("Thank you for applying to Stanford Radiology. Our interview days are now fully booked, and we have "
            "placed you on our interview waitlist. We expect openings as the season goes on and will reach out "
            "through Thalamus if one becomes available.\n\n"
            "Stanford Diagnostic Radiology Residency, Stanford Health Care / Stanford University School of Medicine")
    t = f"""Hi {FIRST},

Stanford Health Care - Diagnostic Radiology - Advanced has added you to its interview waitlist.

Waitlist type: Pooled
What this means: when an interview date opens, everyone on this program's waitlist is emailed at the same time. The first applicant to claim the opening will be scheduled.

Message from the program:

{note}

You can see your waitlist status at any time on your dashboard:
{dash}

To leave the waitlist, open the program from your dashboard and select "Leave waitlist".

-- 
Thalamus | thalamusgme.com
"""
    h = thal_html("You've been added to a waitlist",
                  f"Hi {FIRST},\n\nStanford Health Care - Diagnostic Radiology - Advanced has added you to its "
                  "interview waitlist.",
                  [("Program", "Stanford Health Care - Diagnostic Radiology - Advanced"), ("Waitlist type", "Pooled"),
                   ("How it works", "When a date opens, everyone on this waitlist is emailed at the same time. "
                                    "The first applicant to claim the opening is scheduled.")],
                  "Go to dashboard", dash, note=note)
    msg = alt(text(t), html(h))
    build(fn, msg, THAL, "Waitlist update from Stanford Health Care", date, domain=THAL_DOM)
    reg(fn, msg, L("waitlist", "Stanford Health Care", "thalamus", DR, "advanced"))


@add
def w_ucla():
    fn = "b23-wl-email-ucla-derm.eml"
    date = at("2026-11-04 09:15:00", "PT")
    t = """Dear Applicant,

Thank you very much for your interest in the Dermatology Residency Program at the David Geffen School of Medicine at UCLA. This year we received an extraordinary number of applications from highly qualified candidates.

We have now extended our first round of interview invitations. Although we are unable to offer you an interview at this time, we were impressed by your application and have placed you on our alternate list. Should a spot become available, we will contact you by email and ask you to respond within 24 hours.

We will notify all applicants on the alternate list of their final status by mid-December.

With best regards,

UCLA Dermatology Residency Program
Division of Dermatology, David Geffen School of Medicine at UCLA
Ronald Reagan UCLA Medical Center | 200 Medical Plaza, Suite 450, Los Angeles, CA 90095
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("UCLA Dermatology Residency", "dermresidency@mednet.ucla.edu"),
          "Interview Invitation Update \u2013 UCLA Dermatology", date, domain="mednet.ucla.edu")
    reg(fn, msg, L("waitlist", "David Geffen School of Medicine at UCLA", "email", DERM))


@add
def w_unc():
    fn = "b23-wl-eras-unc-path.eml"
    date = at("2026-11-17 10:20:14", "ET")
    t = f"""Dear {NAME},

The status of one of your interview invitations in ERAS Interview Scheduling has changed.

Program: University of North Carolina Hospitals Program
Specialty: Pathology-Anatomic and Clinical
New status: Waitlisted

Programs use the Waitlisted status when all interview dates are currently filled. If a date becomes available, the program may send you a new interview invitation through MyERAS.

Sign in to MyERAS to review your interviews:
{MYERAS}

ERAS Interview Scheduling
"""
    h = eras_html("Interview Status Change", [
        f"Dear {NAME},", "The status of one of your interview invitations in ERAS Interview Scheduling has changed.",
        ("table", [("Program", "University of North Carolina Hospitals Program"),
                   ("Specialty", "Pathology-Anatomic and Clinical"), ("New status", "Waitlisted")]),
        "Programs use the Waitlisted status when all interview dates are currently filled. If a date becomes "
        "available, the program may send you a new interview invitation through MyERAS."],
        "Review my interviews", MYERAS)
    msg = alt(text(t), html(h))
    build(fn, msg, ERAS, "ERAS Interview Scheduling: status update", date, domain=ERAS_DOM)
    reg(fn, msg, L("waitlist", "University of North Carolina Hospitals", "eras", PATH))


@add
def w_inova():
    fn = "b23-wl-ib-inova-fm.eml"
    date = at("2026-11-02 12:00:00", "ET")
    ds = [d("2026-12-04"), d("2026-12-18"), d("2027-01-15")]
    url = "https://www.interviewbroker.com/applicant/w/INOVA-FM-27-31cf5b"
    t = f"""Hello Camila,

Inova Fairfax Medical Campus - Family Medicine Residency would like to interview you; however, all of its interview dates are currently full.

You can join the waitlist for any of the dates below. If a spot opens on a date you have selected, you will be notified by email and text message and the spot will go to the first waitlisted applicant who accepts.

""" + "\n".join(f"  {a3y(x)} - FULL - waitlist open" for x in ds) + f"""

Join the waitlist:
{url}

Inova Fairfax Family Medicine Residency
3300 Gallows Road, Falls Church, VA 22042
"""
    h = ib_html("Waitlist available",
                "Hello Camila,\n\nInova Fairfax Medical Campus - Family Medicine Residency would like to interview "
                "you; however, all of its interview dates are currently full.\n\nYou can join the waitlist for any "
                "of the dates below. If a spot opens on a date you have selected, you will be notified by email and "
                "text message and the spot will go to the first waitlisted applicant who accepts.",
                (["Date", "Status"], [(a3y(x), "FULL - waitlist open") for x in ds]), "Join waitlist", url)
    msg = alt(text(t), html(h))
    build(fn, msg, IB, "Inova Fairfax Family Medicine - Interview Waitlist", date, domain=IB_DOM)
    reg(fn, msg, L("waitlist", "Inova Fairfax Medical Campus", "interview_broker", FM, dates=ds, url=url),
        {x: a3y(x) for x in ds})


@add
def w_cnh():
    fn = "b23-wl-email-cnh-cneuro.eml"
    date = at("2026-11-20 14:02:00", "ET")
    t = """Dear Camila,

Thank you for applying to the Child Neurology Residency Program at Children\u2019s National Hospital (formerly Children\u2019s National Medical Center) in Washington, DC.

Our interview calendar is now full. We would like to keep your application active, and you have been placed on our interview waitlist. As cancellations occur we will contact waitlisted applicants by email, so please keep an eye on your inbox (and spam folder).

No action is needed on your part right now. If you would like to be removed from the waitlist, simply reply to this message.

Warmly,

Jordan Whitaker-Lee
Program Coordinator, Child Neurology Residency
Children's National Hospital
111 Michigan Avenue NW, Washington, DC 20010
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("Child Neurology Residency", "childneurores@childrensnational.org"),
          "Children\u2019s National Child Neurology \u2013 Interview Waitlist", date,
          domain="childrensnational.org")
    reg(fn, msg, L("waitlist", "Children's National Hospital", "email", CN))


@add
def w_usf():
    fn = "b23-wl-email-tgh-imprelim.eml"
    date = at("2026-11-30 08:47:19", "ET")
    t = """Dear Ms. Strandberg,

Thank you for your application to the Internal Medicine Residency Program at USF Health Morsani College of Medicine. Our residents train at Tampa General Hospital, Moffitt Cancer Center and the James A. Haley Veterans' Hospital.

We are writing to update you on your application for the preliminary track. At this time all of our preliminary interview dates have been filled. Your application remains under active consideration, and you have been placed on our waitlist. If an interview date becomes available, we will contact you by email.

Thank you for your patience.

USF Internal Medicine Residency Office
Tampa, Florida
imresidency@usf.edu
"""
    msg = text(t)
    build(fn, msg, addr("USF IM Residency", "imresidency@usf.edu"),
          "Application Update \u2013 USF Internal Medicine (Preliminary)", date, domain="usf.edu")
    reg(fn, msg, L("waitlist", "USF Health Morsani College of Medicine", "email", IM, "preliminary"))


@add
def w_stmary():
    fn = "b23-wl-email-stmary-ty.eml"
    date = at("2026-12-01 16:25:51", "PT")
    t = """Hi Camila,

Thanks so much for your interest in the Transitional Year program at St. Mary Medical Center in Long Beach. We have reviewed your application and think you would be a great fit, but our interview days are booked for the season.

We'd like to place you on our wait list. If an interview spot opens up, I will reach out by email with the date and you'll have 24 hours to let me know if you can take it.

Hope your interview season is going well!

Vanessa Ocampo
Program Coordinator, Transitional Year Residency
Saint Mary Medical Center | Dignity Health
1050 Linden Avenue, Long Beach, CA 90813
562-491-9350
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Ocampo, Vanessa", "vanessa.ocampo@commonspirit.org"),
          "St. Mary TY - wait list", date, domain="commonspirit.org")
    reg(fn, msg, L("waitlist", "St. Mary Medical Center", "email", TY))


@add
def w_midlands():
    fn = "b23-wl-email-prismamidlands-fm.eml"
    date = at("2026-11-12 11:38:04", "ET")
    t = """Dear Camila,

Thank you for applying to the Prisma Health\u2013Midlands Family Medicine Residency in Columbia, South Carolina.

We have filled our interview days for this season. We were impressed with your application, and you are on our wait list. We will email you if a position on an interview day becomes available.

Please note this update applies only to our Columbia program. It does not affect any invitation you may have from other Prisma Health programs, such as Prisma Health\u2013Upstate in Greenville, which recruit separately.

Best regards,
Family Medicine Residency Program
Prisma Health\u2013Midlands / University of South Carolina School of Medicine
3209 Colonial Drive, Columbia, SC 29203
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("FM Residency - Midlands", "fmresidency.midlands@prismahealth.org"),
          "Family Medicine Residency Application \u2013 Wait List", date, domain="prismahealth.org")
    reg(fn, msg, L("waitlist", "Prisma Health\u2013Midlands", "email", FM))


# ================================================================ rejections
@add
def r_medstar_whc():
    fn = "b23-rej-email-medstarwhc-derm.eml"
    date = at("2026-11-04 13:10:45", "ET")
    t = """Dear Camila,

Thank you for your interest in the MedStar Health/Georgetown-Washington Hospital Center Dermatology Residency Program. We received more than 700 applications for our positions this year.

After careful review, we regret that we are unable to offer you an interview invitation for the 2027 Match. This decision reflects the size and strength of our applicant pool rather than any deficiency in your application.

We wish you every success in your career.

Sincerely,
Dermatology Residency Selection Committee
MedStar Washington Hospital Center
110 Irving Street NW, Washington, DC 20010
"""
    msg = text(t)
    build(fn, msg, addr("MedStar Dermatology Residency", "dermres@medstar.net"),
          "Dermatology Residency Application \u2013 MedStar Washington Hospital Center", date, domain="medstar.net")
    reg(fn, msg, L("rejection", "MedStar Washington Hospital Center", "email", DERM))


@add
def r_uci():
    fn = "b23-rej-email-uci-rad.eml"
    date = at("2026-11-17 11:34:02", "PT")
    t = """Dear Camila Strandberg,

On behalf of the Department of Radiological Sciences at UC Irvine, thank you for applying to our Diagnostic Radiology residency (advanced R1 position).

We have now completed our review, and we are sorry to tell you that we are unable to extend an interview invitation at this time. We received many more applications than we have interview spots.

We appreciate the time and effort you put into your application and wish you the best this interview season.

Regards,
Diagnostic Radiology Residency Program
UCI Health | University of California, Irvine School of Medicine
101 The City Drive South, Orange, CA 92868
"""
    h = doc('<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1a1a1a;max-width:600px">'
            '<div style="background:#0064a4;color:#fff;padding:10px 14px;font-weight:bold">UCI Health &middot; '
            'Radiological Sciences</div>' + paras(t) + "</div>")
    msg = alt(text(t), html(h))
    build(fn, msg, addr("UCI Radiology Residency", "radres@hs.uci.edu"),
          "UC Irvine Diagnostic Radiology \u2013 Application Status", date, domain="hs.uci.edu")
    reg(fn, msg, L("rejection", "UCI Health", "email", DR, "advanced"))


@add
def r_baylor_dallas():
    fn = "b23-rej-thal-baylordallas-ty.eml"
    date = at("2026-12-02 16:44:09", "UTC")
    note = ("Dear Applicant,\n\nThank you for applying to the Transitional Year program at Baylor University "
            "Medical Center, part of Baylor Scott & White Health, in Dallas. All of our interview slots for the "
            "2026-2027 season have now been filled, and we regret that we are unable to offer you an interview.\n\n"
            "We wish you the very best in the Match.\n\nTransitional Year Program Leadership")
    t = f"""Hi {FIRST},

Baylor University Medical Center - Transitional Year sent you a message.

{note}

View this message in Thalamus:
https://app.thalamusgme.com/applicant/messages

-- 
Thalamus | thalamusgme.com
"""
    h = thal_html("New message from a program",
                  f"Hi {FIRST},\n\nBaylor University Medical Center - Transitional Year sent you a message.",
                  None, "View message", "https://app.thalamusgme.com/applicant/messages", note=note)
    msg = alt(text(t), html(h))
    build(fn, msg, THAL, "Message from Baylor University Medical Center", date, domain=THAL_DOM)
    reg(fn, msg, L("rejection", "Baylor University Medical Center", "thalamus", TY))


@add
def r_umd():
    fn = "b23-rej-eras-umd-path.eml"
    date = at("2026-11-20 15:02:33", "ET")
    t = f"""Dear {NAME},

You have a new message in your MyERAS Messages inbox.

From: University of Maryland Medical Center Program (Pathology-Anatomic and Clinical)
Subject: Application status

-----
Dear Applicant,

Thank you for your interest in the Pathology Residency Program at the University of Maryland Medical Center. We appreciate the opportunity to review your application. After careful consideration, we regret to inform you that we are unable to offer you an interview for this recruitment season.

We wish you success in your future endeavors.

Department of Pathology, University of Maryland School of Medicine
-----

To view and manage your messages, sign in to MyERAS:
https://apps.aamc.org/myeras-web/#/messages

This is an automated notification. Please do not reply to this email.
"""
    msg = text(t, cte="7bit")
    build(fn, msg, ERAS_PO, "New message from University of Maryland Medical Center Program", date,
          domain=ERAS_DOM)
    reg(fn, msg, L("rejection", "University of Maryland Medical Center", "eras", PATH))


@add
def r_utsw_derm():
    fn = "b23-rej-email-utsw-derm.eml"
    date = at("2026-11-04 12:30:00", "CT")
    t = """Dear Applicant,

Thank you for applying to the Dermatology Residency Program at UT Southwestern Medical Center. We received a record number of applications this year and have now sent all of our interview invitations.

We regret that we are unable to extend an interview invitation to you. Please know that our decisions reflect the limited number of interview positions available, not a lack of merit.

We wish you the very best in your career.

Sincerely,
Dermatology Residency Program
UT Southwestern Medical Center
5323 Harry Hines Blvd., Dallas, TX 75390
"""
    msg = alt(text(t), html(doc('<div style="font-family:Arial,sans-serif;font-size:14px;max-width:620px">'
                                '<p style="color:#004b8d;font-weight:bold">UT Southwestern Dermatology</p>' +
                                paras(t) + "</div>")))
    build(fn, msg, addr("UTSW Dermatology Residency", "dermresidency@utsouthwestern.edu"),
          "Interview Invitation Status \u2013 UT Southwestern Dermatology", date, to="undisclosed-recipients:;",
          domain="utsouthwestern.edu")
    reg(fn, msg, L("rejection", "UT Southwestern Medical Center", "email", DERM))


@add
def r_ufjax():
    fn = "b23-rej-email-ufjax-fm.eml"
    date = at("2026-11-23 09:00:12", "ET")
    t = """Dear Camila,

Thank you for your interest in the Family Medicine Residency Program at the University of Florida College of Medicine \u2013 Jacksonville. We have reviewed all applications and, unfortunately, we are not able to offer you an interview this year.

We appreciate your interest in UF Health Jacksonville and wish you well in the Match.

Kindest regards,

Family Medicine Residency Program
University of Florida College of Medicine \u2013 Jacksonville
UF Health Jacksonville | 655 West 8th Street, Jacksonville, FL 32209
"""
    msg = text(t)
    build(fn, msg, addr("UF Jax FM Residency", "fmresidency@jax.ufl.edu"),
          "Your application to UF Family Medicine \u2013 Jacksonville", date, domain="jax.ufl.edu")
    reg(fn, msg, L("rejection", "University of Florida College of Medicine \u2013 Jacksonville", "email", FM))


@add
def r_duke_cn():
    fn = "b23-rej-email-duke-cneuro.eml"
    date = at("2026-11-10 16:05:31", "ET")
    t = """Dear Camila,

Thank you for your interest in the Duke Child Neurology Residency Program. We have completed our review of applications for the 2027 Match and have sent out all interview invitations for this season.

Unfortunately, we are not able to offer you an interview. We know how much work goes into an application, and we are grateful that you considered Duke.

Best wishes for a successful Match,

Duke Child Neurology Residency Program
Department of Pediatrics, Division of Pediatric Neurology
Duke University School of Medicine | Durham, NC
"""
    msg = text(t)
    build(fn, msg, addr("Duke Child Neurology Residency", "childneuro.residency@duke.edu"),
          "Interview Invitation Decision \u2013 Duke Child Neurology", date, domain="duke.edu")
    reg(fn, msg, L("rejection", "Duke University School of Medicine", "email", CN))


@add
def r_atrium_cmc():
    fn = "b23-rej-email-atriumcmc-imprelim.eml"
    date = at("2026-12-08 10:12:44", "ET")
    t = """Dear Ms. Strandberg,

Thank you for applying to the preliminary track of the Internal Medicine Residency Program at Atrium Health Carolinas Medical Center in Charlotte, North Carolina.

Our preliminary interview days are now full, and we are not able to offer you an interview for the 2027 Match. We received far more strong applications than we could accommodate.

Please note that Atrium Health Wake Forest Baptist in Winston-Salem recruits for its own programs separately; this message concerns only the Carolinas Medical Center preliminary program.

We wish you the best of luck.

Internal Medicine Residency Program
Atrium Health Carolinas Medical Center (part of Advocate Health)
1000 Blythe Blvd., Charlotte, NC 28203
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("CMC Internal Medicine Residency", "imresidency@atriumhealth.org"),
          "CMC Internal Medicine \u2013 Preliminary Application", date, domain="atriumhealth.org")
    reg(fn, msg, L("rejection", "Atrium Health Carolinas Medical Center", "email", IM, "preliminary"))


@add
def r_umiami_derm():
    fn = "b23-rej-email-umiami-derm.eml"
    date = at("2027-02-01 10:00:27", "ET")
    t = """Dear Camila,

Thank you for your patience while you remained on the interview waitlist for the Dermatology Residency Program at the Dr. Phillip Frost Department of Dermatology and Cutaneous Surgery, University of Miami Miller School of Medicine.

Our final interview day has now taken place, and we are closing our waitlist for the season. We are sorry that we were not able to offer you an interview this year.

We wish you much success in the Match and in your future career.

Sincerely,
Dermatology Residency Program
University of Miami Miller School of Medicine
1600 NW 10th Avenue, RMSB 2023A, Miami, FL 33136
"""
    msg = text(t)
    build(fn, msg, addr("UM Dermatology Residency", "dermresidency@med.miami.edu"),
          "UM Dermatology \u2013 Waitlist Closed", date, domain="med.miami.edu")
    reg(fn, msg, L("rejection", "University of Miami Miller School of Medicine", "email", DERM))


@add
def r_vcu():
    fn = "b23-rej-email-vcu-rad.eml"
    mine = at("2026-12-11 16:48:00", "PT")
    date = at("2026-12-14 09:22:37", "ET")
    mine_txt = """Dear Ms. Harmon,

I hope you are well. I applied to the VCU Diagnostic Radiology residency (advanced position) this cycle and wanted to ask whether my application is still under consideration for an interview. I remain very interested in VCU and in training in Richmond, where my partner's family lives.

I will be on the East Coast for interviews during the week of January 11 and could make myself available at any time.

Thank you for your time,
Camila Strandberg
MS4, UC Riverside School of Medicine
AAMC ID 16994302"""
    t = f"""Dear Camila,

Thank you for reaching out and for your interest in our program. We have completed our interview invitations for the 2026-2027 season, and I am sorry to share that we are not able to offer you an interview for the advanced Diagnostic Radiology position.

We wish you the very best in the Match.

Kind regards,

Paulette Harmon
Residency Program Coordinator
Department of Radiology
VCU Health | Medical College of Virginia Hospitals
1250 E. Marshall Street, Richmond, VA 23298

From: Camila Strandberg <{ME}>
Sent: {outlook_hdr(inz(mine, "ET"))}
To: Harmon, Paulette <paulette.harmon@vcuhealth.org>
Subject: Application status - Diagnostic Radiology (advanced)

{mine_txt}
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("Harmon, Paulette", "paulette.harmon@vcuhealth.org"),
          "RE: Application status - Diagnostic Radiology (advanced)", date, domain="vcuhealth.org",
          extra=[("In-Reply-To", "<CAF7q2Lz0b23vcu@mail.gmail.com>"),
                 ("References", "<CAF7q2Lz0b23vcu@mail.gmail.com>")])
    reg(fn, msg, L("rejection", "VCU Health", "email", DR, "advanced"))
