"""Waitlists (8) and rejections (10)."""
from lib import *  # noqa: F401,F403
import lib

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ====================================================================== waitlists
@reg
def wl_thal_adventhealth_im():
    sent = at(UTC, "2026-11-16T19:22:10")
    note = ("Thank you for applying to the Internal Medicine Residency at AdventHealth Orlando. Our categorical "
            "interview days are now full, but we enjoyed your application and would like to keep you in mind. "
            "We expect a few openings between now and January and will work down our list in order.\n\n"
            "Please keep your Thalamus notifications turned on.\n\n"
            "AdventHealth Orlando Internal Medicine Residency | 601 E Rollins St, Orlando, FL 32803")
    thalamus("b28-wl-thal-adventhealth-im.eml",
             lab("waitlist", "AdventHealth Orlando", "thalamus", IM, "categorical"),
             sent, "Waitlist update: AdventHealth Orlando \u2013 Internal Medicine",
             "You\u2019ve been added to a waitlist",
             "AdventHealth Orlando has placed you on its interview waitlist for Internal Medicine \u2013 Categorical.",
             rows=[("Waitlist type", "Ordered"),
                   ("How it works", "If a date opens, the program offers it to one applicant at a time. You will "
                                    "have 24 hours to accept before it moves to the next person.")],
             note=note, cta="Go to my dashboard", url="https://app.thalamusgme.com/applicant/dashboard")


@reg
def wl_email_hcaocala_em():
    sent = at(ET, "2026-11-09T14:48:02")
    plain = f"""Dear {FIRST},

Thank you for your interest in the Emergency Medicine Residency Program at HCA Florida Ocala Hospital. We received well over a thousand applications for ten positions this year, and after careful review we are not able to offer you an interview at this time.

That said, your application stood out to our committee, and we have placed you on our interview alternate list. Every season a number of applicants cancel, and when that happens we reach out to alternates by email, usually with 24 to 48 hours to respond. There is nothing you need to do to stay on the list.

Please also note that HCA Florida Osceola Hospital and HCA Florida Orange Park Hospital run their own emergency medicine programs through the UCF/HCA Healthcare GME Consortium; their decisions are independent of ours.

We wish you the very best this season.

Respectfully,

Emergency Medicine Residency Program
HCA Florida Ocala Hospital
1431 SW 1st Avenue | Ocala, FL 34471
"""
    emit("b28-wl-email-hcaocala-em.eml",
         lab("waitlist", "HCA Florida Ocala Hospital", "email", EM),
         a("Ocala EM Residency", "OcalaEMResidency@hcahealthcare.com"),
         "HCA Florida Ocala Hospital EM \u2013 Application Update", sent, plain)


@reg
def wl_rcas_novant_em():
    sent = at(UTC, "2026-11-20T21:05:40")
    day = iv("2027-01-14")
    body = (f"Dear {NAME},\n\n"
            "An interview date has just opened with Novant Health New Hanover Regional Medical Center \u2013 "
            "Emergency Medicine, a program whose waitlist you are on.\n\n"
            f"Date now available: {long_(day)} (virtual)\n\n"
            "This program uses a pooled waitlist: everyone on the list receives this message at the same moment, and "
            "the first applicant to claim the date in ResidencyCAS gets it. If the date has already been taken when "
            "you log in, you will stay on the waitlist.")
    lib.rcas("b28-wl-rcas-novant-em.eml",
             lab("waitlist", "Novant Health New Hanover Regional Medical Center", "residencycas", EM, None, "virtual",
                 [day], None, RCAS_URL),
             sent, "Interview date available \u2013 act now", "A waitlisted interview date is open", body, RCAS_URL,
             "Claim this date")


@reg
def wl_email_morehouse_fm():
    sent = at(ET, "2026-11-18T11:02:37")
    plain = f"""Hello {FIRST},

Greetings from the Morehouse School of Medicine Family Medicine Residency Program!

Our interview calendar for the 2026–2027 season is now completely booked. We want you to know that we were impressed by your commitment to underserved communities, and we would like to keep your application active on our waitlist.

If you wish to remain on the waitlist, please reply to this email with “YES” by the end of the month. If an interview date becomes available, we will contact waitlisted applicants directly.

Our residents train at Grady Memorial Hospital, Morehouse Healthcare’s family medicine clinic and our community partners across southwest Atlanta.

Be well,

Family Medicine Residency Program
Morehouse School of Medicine
720 Westview Drive SW | Atlanta, GA 30310
"""
    emit("b28-wl-email-morehouse-fm.eml",
         lab("waitlist", "Morehouse School of Medicine", "email", FM),
         a("MSM Family Medicine Residency", "fmresidency@msm.edu"), "MSM Family Medicine \u2013 Waitlist", sent,
         plain)


@reg
def wl_email_uams_fm():
    sent = at(CT, "2026-10-29T15:30:18")
    plain = f"""Hi Noemi,

Thank you so much for applying to UAMS Family Medicine in Little Rock. We’ve had a record number of applications this year and have already filled most of our interview days, so we’re not able to schedule you right now. We have added you to our waitlist and will reach out if a spot opens up — in past years we’ve been able to bring in a handful of applicants from the list.

Just so you know, the UAMS Regional Programs (Northwest in Fayetteville, Northeast in Jonesboro, South Arkansas in El Dorado, South Central in Pine Bluff, and Fort Smith) each choose their own interviewees. Being on our list doesn’t affect your status there.

Take care and good luck with the rest of the season,

UAMS FM Residency Office
4301 W. Markham St., #530 | Little Rock, AR 72205
"""
    emit("b28-wl-email-uams-fm.eml",
         lab("waitlist", "UAMS", "email", FM),
         a("UAMS Family Medicine Residency", "fmresidency@uams.edu"), "Your application to UAMS FM", sent, plain,
         html="simple")


@reg
def wl_email_fau_im():
    mine = at(ET, "2026-12-04T22:17:45")
    sent = at(ET, "2026-12-07T09:40:12")
    her = f"""Dear Ms. Delacroix-Peña,

I hope your week is going well. I wanted to write to reiterate my strong interest in the Internal Medicine Residency at Florida Atlantic University Charles E. Schmidt College of Medicine. Since submitting my application, I have completed my sub-internship in inpatient medicine and my Step 2 CK score has been released (258), which I have uploaded to MyERAS.

Boca Raton is close to my family, and I am especially drawn to your categorical program’s community focus. If an interview spot becomes available, I would be grateful for the chance to meet your team.

Thank you for your time and consideration.

Best regards,
{NAME}
MS4, {SCHOOL}
AAMC ID {AAMC}"""
    plain = f"""Dear {FIRST},

Thank you for your kind note and the update — I’ve shared it with Dr. Albrecht and the selection committee.

Our interview schedule is full at this point, but I’m happy to confirm that you are on our waitlist for the categorical program. If a date opens in January we will reach out right away, so please keep an eye on your inbox.

Warm regards,

Inés Delacroix-Peña
Program Coordinator, Internal Medicine Residency
Florida Atlantic University Charles E. Schmidt College of Medicine
777 Glades Road, BC-71 | Boca Raton, FL 33431
561-297-0110

{outlook_attr(mine, f'{NAME} <{ME}>', 'Delacroix-Pena, Ines <idelacroixpena@health.fau.edu>', 'Letter of interest - Noemi Castellanos-Whitaker')}

{her}
"""
    emit("b28-wl-email-fau-im.eml",
         lab("waitlist", "Florida Atlantic University Charles E. Schmidt College of Medicine", "email", IM,
             "categorical"),
         a("Delacroix-Pena, Ines", "idelacroixpena@health.fau.edu"),
         "RE: Letter of interest - Noemi Castellanos-Whitaker", sent, plain,
         in_reply_to="<CAH7x2bQd0nR8kq@mail.gmail.com>")


@reg
def wl_ib_vumc_pmr():
    sent = at(CT, "2026-11-12T10:10:00")
    ds = [iv("2026-12-09"), iv("2026-12-16"), iv("2027-01-13")]
    url = "https://www.interviewbroker.com/applicant/waitlist/?key=VUMCPMR27-Q7X2D9"
    top = (f"Dear {FIRST},\n\n"
           "Thank you for applying to the Physical Medicine and Rehabilitation Residency (Advanced) at Vanderbilt "
           "University Medical Center. Every interview date for this season is currently full. You may join the "
           "waitlist for any of the dates below; if a seat opens on a date you have opted into, you will be emailed "
           "and the seat goes to the first waitlisted applicant who accepts it.")
    grid = (["Interview date", "Status"], [[f"{x:%a} {slash(x)}", "Full - waitlist open"] for x in ds])
    ibroker("b28-wl-ib-vumc-pmr.eml",
            lab("waitlist", "Vanderbilt University Medical Center", "interview_broker", PMR, "advanced", None, ds,
                None, url),
            sent, "Vanderbilt PM&R - Join the interview waitlist",
            "Vanderbilt University Medical Center - PM&R (Advanced): Waitlist", top, grid, url,
            button="Opt in to waitlist dates", reply_to=a("VUMC PM&R Residency", "pmr.residency@vumc.org"))


@reg
def wl_eras_unc_uro():
    sent = at(ET, "2026-11-02T09:00:00")
    top = ("Program: University of North Carolina Hospitals Program\nSpecialty: Urology\n"
           "Interview Status: Waitlisted\n\n"
           "Message from the program:\n"
           "Thank you for applying to UNC Urology. Our interview days are full; we have placed you on our interview "
           "waitlist and will contact you through MyERAS should a date become available.")
    lib.eras("b28-wl-eras-unc-uro.eml",
             lab("waitlist", "University of North Carolina Hospitals", "eras", URO),
             sent, "Interview Status Update - University of North Carolina Hospitals Program",
             "Your interview status has changed", top)


# ====================================================================== rejections
@reg
def rej_email_uscsomg_psych():
    sent = at(ET, "2026-11-03T16:45:09")
    plain = """Dear Applicant,

Thank you for your interest in the Psychiatry Residency Program at the University of South Carolina School of Medicine Greenville. We were fortunate to receive many outstanding applications this year.

We have now sent all of our interview invitations for the 2027 recruitment season, and we regret that we are unable to offer you an interview. This decision reflects the limits of our interview calendar and not the strength of your application.

We wish you every success in the Match.

Sincerely,

Psychiatry Residency Selection Committee
Department of Psychiatry and Behavioral Medicine
University of South Carolina School of Medicine Greenville | Prisma Health–Upstate
701 Grove Road | Greenville, SC 29605
"""
    emit("b28-rej-email-uscsomg-psych.eml",
         lab("rejection", "University of South Carolina School of Medicine Greenville", "email", PSY),
         a("Psychiatry Residency - USC SOM Greenville", "psychresidency@prismahealth.org"),
         "Psychiatry Residency Application Status", sent, plain)


@reg
def rej_email_uab_im():
    sent = at(CT, "2026-10-23T15:10:44")
    plain = f"""Dear {NAME},

Thank you for applying to the Tinsley Harrison Internal Medicine Residency Program at the University of Alabama at Birmingham. We received more than 3,400 applications for our Categorical track this year.

After careful review, we are unable to offer you an interview for the Categorical track. Please know that this decision applies only to the categorical track: applications to our Preliminary track are reviewed by a separate committee, and you may still hear from us about that application.

We appreciate the time and effort you put into your application and wish you the very best.

Sincerely,

Office of Graduate Medical Education, Department of Medicine
University of Alabama at Birmingham | Birmingham, AL
"""
    emit("b28-rej-email-uab-im.eml",
         lab("rejection", "University of Alabama at Birmingham", "email", IM, "categorical"),
         a("UAB Internal Medicine Residency", "imresidency@uabmc.edu"),
         "UAB Internal Medicine Residency - Categorical Application", sent, plain, html="simple")


@reg
def rej_thal_emory_em():
    sent = at(UTC, "2026-11-13T20:30:00")
    note = ("Thank you for your interest in the Emory University School of Medicine Emergency Medicine Residency. We "
            "have reached the limit of our interview schedule and are not able to offer you a spot this season. "
            "We are grateful you considered training with us at Grady, Emory University Hospital and Emory "
            "University Hospital Midtown, and we wish you the best of luck.")
    thalamus("b28-rej-thal-emory-em.eml",
             lab("rejection", "Emory University School of Medicine", "thalamus", EM),
             sent, "Application update from Emory University School of Medicine", "Application status update",
             "Emory University School of Medicine \u2013 Emergency Medicine has updated the status of your "
             "application.",
             rows=[("Status", "Not selected for interview")], note=note)


@reg
def rej_email_utgsm_em():
    sent = at(ET, "2026-11-05T10:05:27")
    plain = f"""Dear {FIRST},

On behalf of the Emergency Medicine Residency at the University of Tennessee Graduate School of Medicine, thank you for applying to train with us at The University of Tennessee Medical Center in Knoxville.

Our interview invitations for this cycle have all been extended, and I am sorry to tell you that we cannot offer you an interview this year. Many of our applicants also apply to our colleagues at UT Chattanooga and UTHSC in Memphis; their programs make their own decisions, independent of ours.

Best wishes in the Match,

Greg Lawhorn
Residency Coordinator, Department of Emergency Medicine
University of Tennessee Graduate School of Medicine
1924 Alcoa Highway | Knoxville, TN 37920
"""
    emit("b28-rej-email-utgsm-em.eml",
         lab("rejection", "University of Tennessee Graduate School of Medicine", "email", EM),
         a("Lawhorn, Greg", "glawhorn@utmck.edu"), "UTGSM Emergency Medicine \u2013 Application Decision", sent,
         plain)


@reg
def rej_email_cabarrus_fm():
    sent = at(ET, "2026-11-11T08:15:33")
    plain = f"""Dear {FIRST},

Thank you for thinking of the Atrium Health Cabarrus Family Medicine Residency in Concord. Our faculty read every application closely, and the decision this year was especially hard.

Unfortunately we will not be able to offer you an interview for the 2027 Match. We truly appreciate your interest and hope our paths cross in the future — family medicine is a small world!

All the best,

Dr. Whitney Caudle, Program Director
and the Cabarrus Family Medicine Residency team
Atrium Health Cabarrus | 270 Executive Park Drive | Concord, NC 28025
"""
    emit("b28-rej-email-cabarrus-fm.eml",
         lab("rejection", "Atrium Health Cabarrus", "email", FM),
         a("Cabarrus FM Residency", "cabarrusfmresidency@atriumhealth.org"), "Your application to Cabarrus FM", sent,
         plain)


@reg
def rej_eras_baptistsfl_im():
    sent = at(ET, "2026-11-23T11:00:00")
    top = ("From: Baptist Health South Florida Program (Internal Medicine)\n\n"
           "Dear Applicant,\n\n"
           "Thank you for your interest in the Internal Medicine Residency Program at Baptist Health South Florida. "
           "We have completed our application review, and interview invitations for the 2026-2027 season have been "
           "sent. Unfortunately, we are unable to offer you an interview.\n\n"
           "We wish you the very best in the Match.")
    lib.eras("b28-rej-eras-baptistsfl-im.eml",
             lab("rejection", "Baptist Health South Florida", "eras", IM),
             sent, None, "New message from a program", top, link=True, frm=a("MyERAS", "myeras@aamc.org"))


@reg
def rej_email_duke_uro():
    sent = at(ET, "2026-10-30T17:20:00")
    plain = """Dear Applicant,

Thank you for applying to the Urology Residency Program at Duke University School of Medicine. This year we received more applications than ever before from a truly remarkable group of students.

All interview invitations have now been extended, and we regret that we are unable to invite you to interview. We are grateful for your interest in Duke Urology and wish you success in the AUA Urology Match.

Sincerely,

Residency Program Leadership
Division of Urology, Department of Surgery
Duke University School of Medicine | DUMC Box 3707 | Durham, NC 27710
"""
    emit("b28-rej-email-duke-uro.eml",
         lab("rejection", "Duke University School of Medicine", "email", URO),
         a("Duke Urology Residency", "urology.residency@duke.edu"), "Duke Urology Residency Application", sent,
         plain, to="undisclosed-recipients:;")


@reg
def rej_email_uf_psych():
    sent = at(ET, "2026-11-16T13:00:51")
    plain = f"""Dear Noemi Castellanos-Whitaker,

Thank you for your application to the General Psychiatry Residency at the University of Florida College of Medicine in Gainesville. We regret to inform you that we are unable to offer you an interview this season.

This decision applies only to our Gainesville program (UF Health Shands Hospital and UF Health Psychiatry). The UF College of Medicine – Jacksonville psychiatry program reviews its applicants separately.

We sincerely appreciate your interest and wish you the best of luck.

Kind regards,
UF Department of Psychiatry | Residency Program
PO Box 100256 | Gainesville, FL 32610
"""
    emit("b28-rej-email-uf-psych.eml",
         lab("rejection", "University of Florida College of Medicine", "email", PSY),
         a("UF Psychiatry Residency", "psychres@psychiatry.ufl.edu"), "UF Psychiatry Residency Application", sent,
         plain, html="simple")


@reg
def rej_thal_uky_pmr():
    sent = at(UTC, "2026-12-01T14:00:00")
    thalamus("b28-rej-thal-uky-pmr.eml",
             lab("rejection", "University of Kentucky", "thalamus", PMR),
             sent, "Update on your application \u2013 University of Kentucky", "Application status update",
             "University of Kentucky \u2013 Physical Medicine & Rehabilitation has updated your application.",
             rows=[("Status", "Declined"), ("Updated", "Dec 1, 2026")],
             note="We appreciate your interest in training with UK HealthCare and Cardinal Hill Rehabilitation "
                  "Hospital. After careful review, we are unable to offer you an interview for this cycle. We "
                  "wish you every success.")


@reg
def rej_email_usa_im():
    sent = at(CT, "2026-12-14T09:30:05")
    plain = f"""Dear {FIRST},

Thank you for your interest in the Internal Medicine Residency Program at the University of South Alabama Frederick P. Whiddon College of Medicine.

We have extended all interview invitations for the 2026–2027 season and our interview calendar is now full. We are sorry that we cannot offer you an interview, and we wish you much success.

Respectfully,
Internal Medicine Residency Program
USA Health University Hospital | 2451 USA Medical Center Drive | Mobile, AL 36617
"""
    emit("b28-rej-email-usa-im.eml",
         lab("rejection", "University of South Alabama Frederick P. Whiddon College of Medicine", "email", IM),
         a("USA Internal Medicine Residency", "imresidency@health.southalabama.edu"),
         "Internal Medicine Residency \u2013 University of South Alabama", sent, plain)
