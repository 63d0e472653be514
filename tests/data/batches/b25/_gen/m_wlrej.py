"""b25 waitlists (8) and rejections (10)."""
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


# ================================================================== waitlists
@add
def w_umich_obgyn():
    fn = "b25-wl-rcas-umich-obgyn.eml"
    date = et("2026-10-21 12:04")
    body = (f"Dear {FIRST} {LAST},\n\n"
            "University of Michigan \u2013 Obstetrics and Gynecology has added you to its interview waitlist for "
            "the 2026\u20132027 cycle.\n\n"
            "This program uses a pooled waitlist. If an interview date opens, every applicant on the waitlist is "
            "notified at the same time and the slot goes to the first person who accepts it in the portal. We "
            "recommend turning on text notifications in your ResidencyCAS profile.\n\n"
            "You do not need to take any action right now.")
    msg = rcas_msg(fn, date, "Interview Waitlist Update: University of Michigan", "You're on the waitlist", body,
                   "Go to my interviews", RCAS_PORTAL)
    reg(fn, msg, L("waitlist", "University of Michigan", "residencycas", OB), zone="ET")


@add
def w_uw_im():
    fn = "b25-wl-thal-uwhealth-im.eml"
    date = utc("2026-10-27 18:20:36")
    note = ("Dear Applicant,\n\n"
            "Thank you for your application to the University of Wisconsin Internal Medicine Residency Program. Our "
            "interview dates for the categorical track are currently full, and we have placed you on our waitlist. "
            "Waitlist offers are made one applicant at a time; if a spot becomes available we will send it to you "
            "through Thalamus and you will have 24 hours to accept.\n\n"
            "With appreciation,\nUW Internal Medicine Residency\nUniversity of Wisconsin Hospitals and Clinics | "
            "UW School of Medicine and Public Health, Madison")
    card = [("Program", "University of Wisconsin Hospitals and Clinics \u2013 Internal Medicine \u2013 Categorical"),
            ("Status", "Waitlisted (ordered)")]
    msg = thal_msg(fn, date, "Waitlist update from University of Wisconsin Hospitals and Clinics",
                   "You've been added to a waitlist",
                   f"Hi {FIRST},\n\nA program has added you to its interview waitlist.", card, note,
                   "View in Thalamus", f"{THAL_APP}/applicant/dashboard")
    reg(fn, msg, L("waitlist", "University of Wisconsin Hospitals and Clinics", "thalamus", IM, "categorical"),
        zone="UTC")


@add
def w_ohiohealth_fm():
    fn = "b25-wl-eras-ohiohealth-fm.eml"
    date = et("2026-11-09 10:12")
    pre = ("Dear Maren Adeyemi-Kowalski,\n\n"
           "Your interview status with OhioHealth Riverside Methodist Hospital Program (Family Medicine) has changed.\n\n"
           "New status: Waitlisted\n\n"
           "Message from the program:\n"
           "All of our interview dates are currently filled. You have been added to our waitlist, and should a "
           "date open we will update your status in ERAS and send you an invitation. Thank you for your patience "
           "and your interest in OhioHealth in Columbus.")
    msg = eras_msg(fn, date, "Interview Status Update", "Interview Status Update", pre, None, None,
                   "View status in MyERAS", MYERAS)
    reg(fn, msg, L("waitlist", "OhioHealth Riverside Methodist Hospital", "eras", FM), zone="ET")


@add
def w_uic_im():
    fn = "b25-wl-ib-uic-im.eml"
    date = ct("2026-11-12 09:30")
    ds = [wd("2026-12-09"), wd("2027-01-13"), wd("2027-01-27")]
    url = "https://www.interviewbroker.com/applicant/waitlist/UIC-IM-27-0f93c1"
    pre = (f"Dear {FIRST},\n\n"
           "Thank you for your interest in the Internal Medicine Residency at the University of Illinois College of "
           "Medicine at Chicago (UI Health). Every interview date for our categorical program is currently full. "
           "You may join the waitlist for any of the dates below; if a slot opens on a date you selected, Interview "
           "Broker will place you in it automatically and email you a confirmation.")
    grid = (["Date", "Day", "Status"], [[mdy(x), f"{x:%A}", "Full \u2013 waitlist open"] for x in ds])
    post = ("Not to be confused with the University of Chicago Medicine; our program is located at 1740 W. Taylor "
            "St. on the Illinois Medical District campus.")
    msg = ib_msg(fn, date, "UIC Internal Medicine \u2013 interview waitlist available", "Join the waitlist", pre,
                 grid, "Choose waitlist dates", url, post)
    reg(fn, msg, L("waitlist", "University of Illinois College of Medicine at Chicago", "interview_broker", IM,
                   "categorical", dates=ds, url=url), {x: mdy(x) for x in ds}, "CT")


@add
def w_uchicago_dr():
    fn = "b25-wl-email-uchicago-dr.eml"
    date = ct("2026-11-18 16:02")
    body = ("Dear Ms. Adeyemi-Kowalski,\n\n"
            "Thank you for applying to the Diagnostic Radiology Residency Program at the University of Chicago "
            "Medicine. This year we received more than 900 applications for our advanced positions.\n\n"
            "While we cannot offer you an interview date at this time, the committee has placed you on our "
            "alternate list. Alternates are contacted by email as openings arise, typically through mid-January. "
            "No reply is needed to remain on the list; if you would like to be removed, just let us know.\n\n"
            "Kind regards,\n\n"
            "Office of Radiology Education\nDepartment of Radiology | The University of Chicago Medicine & "
            "Biological Sciences\n5841 S. Maryland Ave., Chicago, IL 60637")
    msg = mail(fn, addr("UChicago Radiology Residency", "radresidency@bsd.uchicago.edu"),
               "UChicago Diagnostic Radiology \u2013 Application Update", date, body, domain="bsd.uchicago.edu")
    reg(fn, msg, L("waitlist", "University of Chicago Medicine", "email", DR, "advanced"), zone="CT")


@add
def w_mayohs_fm():
    fn = "b25-wl-email-mayohs-fm.eml"
    date = ct("2026-10-30 15:44")
    body = (f"Dear {FIRST},\n\n"
            "Thank you for your interest in the Mayo Clinic Health System \u2013 La Crosse Family Medicine "
            "Residency. We have had an overwhelming response this year and are not able to extend an interview to "
            "you at this time.\n\n"
            "However, we were impressed with your application and have placed you on our waitlist. If an interview "
            "becomes available, we will reach out to you by email with the available dates.\n\n"
            "Best wishes,\n\n"
            "Heidi Gundersen-Moe\nResidency Coordinator\nMayo Clinic Health System | La Crosse, WI\n"
            "Mayo Clinic Alix School of Medicine affiliated program")
    msg = mail(fn, addr("Gundersen-Moe, Heidi", "gundersenmoe.heidi@mayo.edu"),
               "Family Medicine Residency \u2013 La Crosse", date, body, domain="mayo.edu")
    reg(fn, msg, L("waitlist", "Mayo Clinic Health System", "email", FM), zone="CT")


@add
def w_metro_gs():
    fn = "b25-wl-email-metrohealth-gs.eml"
    mine = et("2026-11-11 19:40")
    date = et("2026-11-12 08:57")
    mine_txt = ("Dear Ms. Krajewski,\n\n"
                "I hope you are well. I wanted to reiterate my strong interest in the MetroHealth General Surgery "
                "categorical program and ask whether there is any update on my application status.\n\n"
                f"Thank you,\nMaren Adeyemi-Kowalski\nAAMC ID {AAMCID}")
    body = ("Hi Maren,\n\n"
            "Thanks for reaching out. Our interview days are full at this point, but I can tell you that you are on "
            "our waitlist for the categorical program and your note of interest has been shared with Dr. Abernathy. "
            "We often have cancellations in December, so please keep an eye on your inbox.\n\n"
            "Best,\nDana Krajewski\nSurgical Education Coordinator\nThe MetroHealth System | Case Western Reserve "
            "University\n2500 MetroHealth Drive, Cleveland, OH 44109\n\n"
            + gmail_on(mine, f"Maren Adeyemi-Kowalski <{ME}>") + "\n\n" + quote(mine_txt))
    msg = mail(fn, addr("Dana Krajewski", "dkrajewski@metrohealth.org"),
               "RE: MetroHealth General Surgery \u2013 application status", date, body, domain="metrohealth.org",
               extra=[("In-Reply-To", "<CAF3mk2-b25-metro@mail.gmail.com>")])
    reg(fn, msg, L("waitlist", "MetroHealth", "email", GS, "categorical"), zone="ET")


@add
def w_rush_obgyn():
    fn = "b25-wl-email-rush-obgyn.eml"
    date = ct("2026-10-23 11:08")
    body = (f"Dear {FIRST},\n\n"
            "Thank you for applying to the Obstetrics & Gynecology Residency at Rush University Medical Center. Our "
            "interview dates have been filled following this week's coordinated release. You have been placed on "
            "our waitlist, which we manage through ResidencyCAS; please watch for notifications from the portal.\n\n"
            "We truly appreciate your interest in Rush.\n\n"
            "Warmly,\nRush OB/GYN Residency Program\n1620 W. Harrison St., Chicago, IL 60612")
    msg = mail(fn, addr("Rush OBGYN Residency", "obgyn_residency@rush.edu"), "Rush OB/GYN \u2013 waitlist", date,
               body, domain="rush.edu")
    reg(fn, msg, L("waitlist", "Rush University Medical Center", "email", OB), zone="CT")


# ================================================================== rejections
@add
def r_nm_gs():
    fn = "b25-rej-email-nm-gs.eml"
    date = ct("2026-11-20 17:05")
    body = ("Dear Applicant,\n\n"
            "Thank you for your interest in the General Surgery Residency Program at Northwestern Memorial "
            "Hospital / McGaw Medical Center of Northwestern University. We have now extended all of our interview "
            "invitations for the 2027 Match, and we regret that we are unable to offer you an interview this "
            "year.\n\n"
            "We wish you every success in the Match.\n\n"
            "Sincerely,\nGeneral Surgery Residency Program\nNorthwestern University Feinberg School of Medicine")
    msg = mail(fn, addr("NM General Surgery Residency", "gsresidency@northwestern.edu"),
               "Northwestern General Surgery Residency Application", date, body, domain="northwestern.edu",
               to="undisclosed-recipients:;")
    reg(fn, msg, L("rejection", "Northwestern Memorial Hospital", "email", GS), zone="CT")


@add
def r_mu_fm():
    fn = "b25-rej-email-mu-fm.eml"
    date = ct("2026-11-06 10:30")
    body = (f"Dear {FIRST},\n\n"
            "Thank you for considering the University of Missouri Family Medicine Residency in Columbia. We received "
            "a record number of applications this year, and after careful review we are unable to offer you an "
            "interview.\n\n"
            "We know how much work goes into every application, and we wish you the very best.\n\n"
            "Sincerely,\n"
            "Brandon Teague, MEd\nResidency Program Administrator\nDepartment of Family and Community Medicine\n"
            "University of Missouri School of Medicine | MU Health Care\nOne Hospital Drive, Columbia, MO 65212")
    msg = mail(fn, addr("Teague, Brandon", "teagueb@health.missouri.edu"), "Mizzou FM residency - application",
               date, body, domain="health.missouri.edu")
    reg(fn, msg, L("rejection", "University of Missouri", "email", FM), zone="CT")


@add
def r_msu_im():
    fn = "b25-rej-eras-sparrow-im.eml"
    date = et("2026-11-13 14:29")
    pre = ("Message from University of Michigan Health-Sparrow/Michigan State University Program "
           "(Internal Medicine)\n\n"
           "Dear Applicant,\n\n"
           "We appreciate your application to our categorical Internal Medicine residency in Lansing. After a "
           "thorough review by our selection committee, we regret that we will not be able to extend an interview "
           "invitation to you this season.\n\n"
           "Thank you, and best of luck.\n"
           "IM Residency Program, University of Michigan Health-Sparrow (formerly Sparrow Hospital) and Michigan "
           "State University College of Human Medicine")
    msg = eras_msg(fn, date, None, "You have a new message", pre, None, None, None, None, sender=ERASPO)
    reg(fn, msg, L("rejection", "University of Michigan Health-Sparrow", "eras", IM, "categorical"), zone="ET")


@add
def r_umn_pmr():
    fn = "b25-rej-thal-umn-pmr.eml"
    date = utc("2026-11-04 21:10:55")
    note = ("Dear Maren,\n\n"
            "Thank you for your application to the University of Minnesota Physical Medicine and Rehabilitation "
            "Residency. We received many exceptional applications and, unfortunately, we are unable to offer you a "
            "position on our interview schedule this year.\n\n"
            "We wish you success in your career.\n\nUMN PM&R Residency | Minneapolis, MN")
    card = [("Program", "University of Minnesota \u2013 Physical Medicine & Rehabilitation"),
            ("Application status", "Not selected for interview")]
    msg = thal_msg(fn, date, "Update on your application to University of Minnesota", "Application update",
                   f"Hi {FIRST}, a program has sent you an update.", card, note)
    reg(fn, msg, L("rejection", "University of Minnesota", "thalamus", PMR), zone="UTC")


@add
def r_uw_dr():
    fn = "b25-rej-email-uw-dr.eml"
    date = ct("2026-12-01 12:45")
    body = ("Dear Maren,\n\n"
            "Thank you for your application to the Diagnostic Radiology residency at the University of Wisconsin "
            "School of Medicine and Public Health. We have now sent all interview invitations for the upcoming "
            "cycle, and we are sorry to let you know that we are unable to offer you an interview for our advanced "
            "positions.\n\n"
            "On behalf of our program leadership, we wish you success.\n\n"
            "UW Radiology Residency Office\nUW Health | 600 Highland Ave, Madison, WI 53792")
    msg = mail(fn, addr("UW Radiology Residency", "radres@uwhealth.org"),
               "UW Diagnostic Radiology Residency - 2027 Match", date, body, domain="uwhealth.org")
    reg(fn, msg, L("rejection", "University of Wisconsin School of Medicine and Public Health", "email", DR,
                   "advanced"), zone="CT")


@add
def r_wustl_obgyn():
    fn = "b25-rej-rcas-wustl-obgyn.eml"
    date = et("2026-10-28 15:00")
    body = (f"Dear {FIRST},\n\n"
            "Washington University in St. Louis \u2013 Obstetrics and Gynecology has updated your application "
            "status.\n\n"
            "Status: Not selected for interview\n\n"
            "Message from the program: Thank you for applying to our residency program at Barnes-Jewish Hospital. "
            "We regret that we cannot offer you an interview this year and wish you the best in the Match.")
    msg = rcas_msg(fn, date, "Application status update", "Your application status has changed", body,
                   "Log in to ResidencyCAS", "https://residencycas.liaisoncas.com/applicant-ux/")
    reg(fn, msg, L("rejection", "Washington University in St. Louis", "residencycas", OB), zone="ET")


@add
def r_fairview_imprelim():
    fn = "b25-rej-email-ccfairview-imprelim.eml"
    date = et("2026-11-16 09:02")
    body = ("Dear Applicant,\n\n"
            "Thank you for applying for a preliminary position with the Internal Medicine Residency at Cleveland "
            "Clinic Fairview Hospital. We have carefully reviewed your application. Unfortunately, we are unable to "
            "offer you an interview invitation at this time.\n\n"
            "Best wishes for a successful Match.\n\n"
            "Internal Medicine Residency Program\nCleveland Clinic Fairview Hospital\n18101 Lorain Avenue, "
            "Cleveland, OH 44111\n\n"
            "Cleveland Clinic is ranked as one of the nation's top hospitals. Please consider the environment "
            "before printing this e-mail.")
    msg = mail(fn, addr("Fairview IM Residency", "fairviewimres@ccf.org"), "Your application - Fairview IM",
               date, body, domain="ccf.org")
    reg(fn, msg, L("rejection", "Cleveland Clinic Fairview Hospital", "email", IM, "preliminary"), zone="ET")


@add
def r_christ_gs():
    fn = "b25-rej-email-advocatechrist-gs.eml"
    date = ct("2026-11-24 13:17")
    body = (f"Dear {FIRST},\n\n"
            "Thank you for your interest in the General Surgery Residency at Advocate Christ Medical Center in Oak "
            "Lawn. We appreciate the time you invested in your application. After careful consideration we are "
            "unable to move forward with your application this season.\n\n"
            "Kind regards,\n"
            "Surgical Education Office\nAdvocate Christ Medical Center | Advocate Health\n4440 W. 95th Street, Oak "
            "Lawn, IL 60453")
    msg = mail(fn, addr("ACMC Surgery Education", "christ.surgeryeducation@aah.org"),
               "General Surgery Residency \u2013 Advocate Christ", date, body, domain="aah.org")
    reg(fn, msg, L("rejection", "Advocate Christ Medical Center", "email", GS), zone="CT")


@add
def r_promedica_ty():
    fn = "b25-rej-email-promedica-ty.eml"
    date = et("2026-12-02 11:40")
    body = ("Dear Ms. Adeyemi-Kowalski,\n\n"
            "Thank you for applying to the Transitional Year Residency at ProMedica Toledo Hospital. Our interview "
            "schedule is now complete, and we regret that we are unable to offer you a place on it.\n\n"
            "We wish you well as you finish medical school.\n\n"
            "Graduate Medical Education\nProMedica Toledo Hospital | in academic affiliation with The University of "
            "Toledo College of Medicine and Life Sciences")
    msg = mail(fn, addr("ProMedica GME", "gme.toledo@promedica.org"), "Transitional Year application", date, body,
               domain="promedica.org")
    reg(fn, msg, L("rejection", "ProMedica Toledo Hospital", "email", TY), zone="ET")


@add
def r_siuc_fm():
    fn = "b25-rej-email-siucarbondale-fm.eml"
    date = ct("2026-11-19 08:20")
    body = (f"Hi {FIRST},\n\n"
            "Thank you for applying to SIU Family Medicine Residency \u2013 Carbondale. We loved getting to know "
            "so many SIU students through rotations this year. Unfortunately, we have sent out all of our interview "
            "invitations and could not include you this year.\n\n"
            "We wish you the best, and please don't hesitate to reach out if we can help in any way.\n\n"
            "SIU Family Medicine Residency \u2013 Carbondale\nSouthern Illinois University School of Medicine\n"
            "305 W. Jackson St., Suite 200, Carbondale, IL 62901")
    msg = mail(fn, addr("SIU FM Carbondale", "fmcarbondale@siumed.edu"), "SIU FM Carbondale - application update",
               date, body, domain="siumed.edu")
    reg(fn, msg, L("rejection", "SIU Family Medicine Residency \u2013 Carbondale", "email", FM), zone="CT")
