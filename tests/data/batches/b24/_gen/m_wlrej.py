"""b24 waitlist (8) and rejection (10) messages."""
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


# ============================================================== waitlist
@add
def w_hup():
    fn = "b24-wl-email-hup-anes.eml"
    date = et("2026-11-12 10:20:00")
    body = """Dear Talia,

Thank you for your interest in the Anesthesiology Residency at the Hospital of the University of Pennsylvania. We received an exceptional number of applications this year and our interview days are now full.

We would like to place you on our interview alternate list. If a spot opens, we will contact you by email with the available date(s); please respond promptly, as openings are offered in list order and held for 24 hours.

You do not need to do anything to remain on the list. If you would like to be removed, simply reply to let us know.

Kind regards,
Anesthesiology Residency Program
Department of Anesthesiology and Critical Care | Penn Medicine
Perelman School of Medicine at the University of Pennsylvania
"""
    msg = mail(fn, addr("Penn Anesthesiology Residency", "anesthesia.residency@pennmedicine.upenn.edu"),
               "Penn Anesthesiology \u2013 Interview Alternate List", date, body, domain="pennmedicine.upenn.edu")
    reg(fn, msg, L("waitlist", "Hospital of the University of Pennsylvania", "email", ANES))


@add
def w_downstate():
    fn = "b24-wl-email-downstate-im.eml"
    date = et("2026-10-30 14:00:00")
    body = """Dear Applicant,

Thank you for applying to the Internal Medicine Residency Program at SUNY Downstate Health Sciences University in Brooklyn.

After careful review, we are not able to extend an interview to you at this time. However, we were impressed with your application and have placed you on our waitlist for the categorical program. Should an interview date become available, we will reach out to you directly.

Best regards,
Internal Medicine Residency Office
SUNY Downstate Health Sciences University | Kings County Hospital Center
450 Clarkson Avenue, MSC 50, Brooklyn, NY 11203
"""
    msg = mail(fn, addr("Downstate IM Residency", "im.residency@downstate.edu"),
               "Your application to SUNY Downstate Internal Medicine", date, body, html_body=False,
               domain="downstate.edu", to="undisclosed-recipients:;")
    reg(fn, msg, L("waitlist", "SUNY Downstate Health Sciences University", "email", IM, "categorical"))


@add
def w_urmc():
    fn = "b24-wl-thal-urmc-neuro.eml"
    date = utc("2026-11-06 18:03:44")
    rows = [("Program", "University of Rochester Medical Center \u2013 Neurology \u2013 Categorical"),
            ("Status", "Waitlisted"),
            ("Waitlist type", "Pooled \u2013 all waitlisted applicants are notified when a date opens")]
    note = ("Thank you for your application to the Child & Adult Neurology programs at URMC. Our categorical "
            "interview dates are currently full. We will notify everyone on the waitlist at the same time when an "
            "opening becomes available; the first applicant to claim it will receive the spot.\n\n"
            "\u2014 Neurology Residency Office, Strong Memorial Hospital")
    msg = thal_msg(fn, date, "Waitlist update", "You've been added to a waitlist",
                   f"Hi {FIRST},\n\nA program has added you to its interview waitlist.", rows, note,
                   "Go to dashboard", f"{THAL_APP}/applicant/dashboard")
    reg(fn, msg, L("waitlist", "University of Rochester Medical Center", "thalamus", NEURO, "categorical"))


@add
def w_brown():
    fn = "b24-wl-eras-rih-im.eml"
    date = et("2026-11-17 13:15:00")
    paras_ = (f"Dear {NAME},\n\n"
              "You have a new message from Brown University Health/Rhode Island Hospital Program (Internal "
              "Medicine - Categorical).\n\n"
              "Your interview status has been updated to: Waitlisted\n\n"
              "Message from program:\n"
              "Thank you for applying to the Internal Medicine Residency at Rhode Island Hospital and The Miriam "
              "Hospital (Brown University Health, formerly Lifespan). All interview dates are currently filled. We "
              "have added you to our waitlist and will contact you through ERAS if a date becomes available.")
    msg = eras_msg(fn, date, "MyERAS: Interview status update", "Interview Status Update", paras_,
                   button="View in MyERAS", url=MYERAS, sender=ERAS_MSG)
    reg(fn, msg, L("waitlist", "Rhode Island Hospital", "eras", IM, "categorical"))


@add
def w_lvhn():
    fn = "b24-wl-rcas-jefflv-em.eml"
    date = et("2026-11-20 09:41:00")
    t = f"""Hello Talia,

Jefferson Health \u2013 Lehigh Valley (formerly Lehigh Valley Health Network) Emergency Medicine Residency has placed you on its interview waitlist.

What this means:
- No interview date is currently available for you.
- This is a pooled waitlist. When a date opens, all waitlisted applicants will be notified and slots will be filled in the order applicants respond.
- You can leave the waitlist at any time from the Interviews tab.

Log in to ResidencyCAS: https://residencycas.liaisoncas.com/applicant-ux/#/login

ResidencyCAS Applicant Support | Liaison International
This is an automated message. Please do not reply.
"""
    msg = mail(fn, RCAS, "Waitlist notification \u2013 Emergency Medicine", date, t, domain=RCAS_DOM)
    reg(fn, msg, L("waitlist", "Jefferson Health \u2013 Lehigh Valley", "residencycas", EM))


@add
def w_stonybrook():
    fn = "b24-wl-email-stonybrook-psych.eml"
    date = et("2026-11-24 15:06:00")
    body = """Hi Talia,

I hope you are doing well. I wanted to let you know that the Psychiatry Residency at Stony Brook University Hospital has completed its first round of interview offers. While we do not have a spot for you at this time, you are on our waitlist, and we often have cancellations in December and January.

If something opens up we'll email you right away \u2014 please keep an eye on your inbox (and spam folder).

Warmly,
Jenna Albrecht
Residency Program Administrator, Department of Psychiatry & Behavioral Health
Renaissance School of Medicine at Stony Brook University | Stony Brook Medicine
"""
    msg = mail(fn, addr("Albrecht, Jenna", "jenna.albrecht@stonybrookmedicine.edu"),
               "Stony Brook Psychiatry - application status", date, body, domain="stonybrookmedicine.edu")
    reg(fn, msg, L("waitlist", "Stony Brook University Hospital", "email", PSYCH))


@add
def w_tufts():
    fn = "b24-wl-ib-tufts-neuro.eml"
    date = et("2026-11-09 09:00:00")
    ds = [wd("2026-12-02"), wd("2026-12-16"), wd("2027-01-13")]
    url = "https://www.interviewbroker.com/applicant/waitlist/TUFTS-NEURO-27-c49a10"
    grid = (["Date", "Status"], [[W(x), "Full \u2013 waitlist open"] for x in ds])
    pre = (f"Dear {FIRST},\n\nThe Neurology Residency Program at Tufts Medical Center (Categorical) would like to "
           "interview you, but all interview dates are currently full. You may opt in to the waitlist for any of "
           "the dates below. If a seat opens on a date you selected, you will be notified by email and text.")
    post = "Tufts Medical Center | Department of Neurology | 800 Washington Street, Boston, MA 02111"
    msg = ib_msg(fn, date, "Tufts Medical Center Neurology: Join the interview waitlist", "Interview Waitlist",
                 pre, grid, "Join Waitlist", url, post)
    reg(fn, msg, L("waitlist", "Tufts Medical Center", "interview_broker", NEURO, "categorical", None, ds, None, url),
        {x: W(x) for x in ds})


@add
def w_cham():
    fn = "b24-wl-email-cham-peds.eml"
    date = et("2026-11-03 12:48:00")
    body = """Dear Ms. Brennan-Osei,

Thank you for your interest in the Pediatric Residency Program at the Children's Hospital at Montefiore (CHAM). We have reviewed your application and, while we are unable to offer you an interview at this moment, we would like to keep you on our waitlist for the 2026-2027 season.

We will be in touch should an interview opportunity become available.

Sincerely,
Pediatric Residency Program
The Children's Hospital at Montefiore | Albert Einstein College of Medicine
3415 Bainbridge Avenue, Bronx, NY 10467
"""
    msg = mail(fn, addr("CHAM Pediatric Residency", "pedsres@montefiore.org"),
               "CHAM Pediatrics Application Update", date, body, domain="montefiore.org")
    reg(fn, msg, L("waitlist", "Children's Hospital at Montefiore", "email", PEDS))


# ============================================================== rejection
@add
def r_weill():
    fn = "b24-rej-email-weillcornell-psych.eml"
    date = et("2026-11-19 16:00:00")
    body = """Dear Applicant,

Thank you for your interest in the Psychiatry Residency Program at NewYork-Presbyterian/Weill Cornell Medical Center. We received over 1,400 applications for a small number of positions this year.

We regret that we are unable to offer you an interview invitation for this recruitment season. This decision does not reflect on your considerable accomplishments, and we wish you every success in the Match.

Sincerely,
Residency Selection Committee
Weill Cornell Medicine Department of Psychiatry
"""
    msg = mail(fn, addr("WCM Psychiatry Residency", "psychres@med.cornell.edu"),
               "Psychiatry Residency Application", date, body, html_body=False, domain="med.cornell.edu",
               to="undisclosed-recipients:;")
    reg(fn, msg, L("rejection", "NewYork-Presbyterian/Weill Cornell Medical Center", "email", PSYCH))


@add
def r_tjuh():
    fn = "b24-rej-email-tjuh-im.eml"
    date = et("2026-12-01 09:15:00")
    body = """Dear Talia,

Thank you for applying to the Categorical Internal Medicine Residency at Thomas Jefferson University Hospital / Sidney Kimmel Medical College.

We have now extended all of our interview invitations for the 2026-2027 season, and unfortunately we are not able to offer you an interview. We appreciate the time you put into your application and wish you the very best in your career.

Sincerely,
Internal Medicine Residency Program
Thomas Jefferson University Hospital | Jefferson Health
1025 Walnut Street, Suite 805, Philadelphia, PA 19107
"""
    msg = mail(fn, addr("Jefferson IM Residency", "imresidency@jefferson.edu"),
               "Thomas Jefferson University Hospital IM Residency \u2013 Application Status", date, body,
               domain="jefferson.edu")
    reg(fn, msg, L("rejection", "Thomas Jefferson University Hospital", "email", IM, "categorical"))


@add
def r_rwj():
    fn = "b24-rej-email-rwjms-psych.eml"
    date = et("2026-11-11 17:32:00")
    body = """Dear Talia Brennan-Osei,

On behalf of the Department of Psychiatry at Rutgers Robert Wood Johnson Medical School, thank you for your application to our residency program.

After careful consideration, we regret to inform you that we will not be able to offer you an interview this year. We wish you the best of luck in your residency search.

Respectfully,
Psychiatry Residency Training Office
Rutgers Robert Wood Johnson Medical School | Piscataway / New Brunswick, NJ
"""
    msg = mail(fn, addr("RWJMS Psychiatry Residency", "psychresidency@rwjms.rutgers.edu"),
               "RWJMS Psychiatry Residency", date, body, domain="rwjms.rutgers.edu")
    reg(fn, msg, L("rejection", "Rutgers Robert Wood Johnson Medical School", "email", PSYCH))


@add
def r_bch():
    fn = "b24-rej-email-bostonchildrens-peds.eml"
    date = et("2026-11-23 08:00:00")
    body = """Dear Applicant,

Thank you for applying to the Boston Combined Residency Program in Pediatrics at Boston Children's Hospital and Boston Medical Center.

We have completed our review of applications and have sent all interview invitations for this season. We are sorry that we cannot offer you an interview. Given the volume of applications, we are unable to provide individual feedback.

We wish you the very best in the Match.

Boston Combined Residency Program
Boston Children's Hospital | 300 Longwood Avenue, Boston, MA 02115
"""
    msg = mail(fn, addr("BCRP Recruitment", "bcrp.recruitment@childrens.harvard.edu"),
               "BCRP Application Update", date, body, domain="childrens.harvard.edu")
    reg(fn, msg, L("rejection", "Boston Children's Hospital", "email", PEDS))


@add
def r_haemr():
    fn = "b24-rej-thal-massgeneralbrigham-em.eml"
    date = utc("2026-12-04 21:10:02")
    note = ("Thank you for your interest in the Harvard Affiliated Emergency Medicine Residency at Mass General "
            "Brigham. Our interview season is now full and we are unable to offer you an interview. We wish you "
            "the very best in the Match.\n\nHAEMR Program Leadership \u2013 Massachusetts General Hospital & "
            "Brigham & Women's Hospital")
    rows = [("Program", "Mass General Brigham \u2013 Emergency Medicine"), ("Status", "Not selected for interview")]
    msg = thal_msg(fn, date, "Update on your application", "Application update",
                   f"Hi {FIRST},\n\nA program has updated the status of your application.", rows, note)
    reg(fn, msg, L("rejection", "Mass General Brigham", "thalamus", EM))


@add
def r_uconn():
    fn = "b24-rej-eras-uconn-im.eml"
    date = et("2026-11-30 16:44:00")
    paras_ = (f"Dear {NAME},\n\nYou have received a message from University of Connecticut Program (Internal "
              "Medicine - Categorical).\n\n"
              "Message:\nThank you for applying to the UConn Health Internal Medicine Residency Program. We regret "
              "to inform you that we are unable to extend an interview invitation to you this season. We appreciate "
              "your interest in UConn Health and the University of Connecticut School of Medicine and wish you "
              "success in the Match.")
    msg = eras_msg(fn, date, None, "New Message", paras_, button="Log in to MyERAS", url=MYERAS, sender=ERAS_MSG)
    reg(fn, msg, L("rejection", "UConn Health", "eras", IM, "categorical"))


@add
def r_temple():
    fn = "b24-rej-email-temple-em.eml"
    date = et("2026-11-16 13:22:00")
    body = """Dear Talia,

Thank you for your interest in the Emergency Medicine Residency Program at Temple University Hospital and the Lewis Katz School of Medicine at Temple University.

We have reviewed your application carefully. Unfortunately, we are unable to offer you an interview for the upcoming Match. We know how much effort goes into each application and we truly appreciate your interest in Temple EM.

Best of luck,
Temple EM Residency Leadership
Temple University Hospital | 3401 N. Broad Street, Philadelphia, PA 19140
"""
    msg = mail(fn, addr("Temple EM Residency", "emresidency@tuhs.temple.edu"),
               "Temple Emergency Medicine Residency", date, body, domain="tuhs.temple.edu")
    reg(fn, msg, L("rejection", "Temple University Hospital", "email", EM))


@add
def r_yale_peds():
    fn = "b24-rej-email-ynhch-peds.eml"
    date = et("2026-12-08 11:00:00")
    body = """Dear Talia,

Thank you for applying to the Pediatric Residency Program at Yale New Haven Children's Hospital. Each year we are humbled by the quality of our applicants.

We have now issued all of our interview invitations, and we regret that we are unable to offer you an interview invitation. Please accept our best wishes for the Match.

Sincerely,

The Yale Pediatrics Residency Program
Yale School of Medicine, Department of Pediatrics
"""
    msg = mail(fn, addr("Yale Pediatric Residency", "yale.pedsres@yale.edu"),
               "Yale Pediatrics Residency - Interview Invitation Decision", date, body, domain="yale.edu")
    reg(fn, msg, L("rejection", "Yale New Haven Children's Hospital", "email", PEDS))


@add
def r_hackensack():
    fn = "b24-rej-email-hackensack-anes.eml"
    date = et("2026-11-25 10:05:00")
    body = """Dear Dr. Brennan-Osei,

Thank you for your application to the Advanced (PGY-2) Anesthesiology Residency at Hackensack University Medical Center.

Our program received a record number of applications this year. After a thorough holistic review, we regret that we cannot offer you an interview.

We wish you success in your career.

Department of Anesthesiology
Hackensack University Medical Center | Hackensack Meridian School of Medicine
Hackensack Meridian Health
"""
    msg = mail(fn, addr("HUMC Anesthesiology Residency", "anesthesiology.residency@hmhn.org"),
               "Hackensack Anesthesiology Residency Application", date, body, domain="hmhn.org")
    reg(fn, msg, L("rejection", "Hackensack University Medical Center", "email", ANES, "advanced"))


@add
def r_uvm():
    fn = "b24-rej-email-uvm-neuro.eml"
    date = et("2026-12-10 14:30:00")
    body = """Dear Talia,

On behalf of the Neurology Residency Program at the University of Vermont Medical Center, thank you for applying to our Advanced (PGY-2) position. Although your application was impressive, we are unable to offer you an interview for the 2027 Match.

Best regards,
Neurology Residency Program
University of Vermont Medical Center | Larner College of Medicine at the University of Vermont
111 Colchester Avenue, Burlington, VT 05401
"""
    msg = mail(fn, addr("UVMMC Neurology Residency", "neurology.residency@uvmhealth.org"),
               "UVM Neurology Residency Application", date, body, domain="uvmhealth.org")
    reg(fn, msg, L("rejection", "University of Vermont Medical Center", "email", NEURO, "advanced"))
