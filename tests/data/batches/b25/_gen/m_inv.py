"""b25 invitations (22): Thalamus 6, ERAS 4, Interview Broker 3, program e-mail 9 (one self-forward)."""
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


# ================================================================== Thalamus
@add
def i_ccf_gs():
    fn = "b25-inv-thal-ccf-gs.eml"
    date = utc("2026-10-19 15:02:11")
    ds = [wd("2026-11-13"), wd("2026-12-04"), wd("2026-12-18")]
    url = f"{THAL_APP}/applicant/invitations/CCF-GSURG-C-30417"
    note = ("Dear Dr. Adeyemi-Kowalski (soon!),\n\n"
            "Congratulations \u2014 the General Surgery Residency at Cleveland Clinic would like to interview you for "
            "a categorical position. Our interview days are virtual and run from 7:45 a.m. to about 1:30 p.m. "
            "Eastern. Each interview day is preceded by an optional, resident-only virtual happy hour the Thursday "
            "evening before (6:30 p.m. ET).\n\n"
            "Please note this invitation is for the Main Campus program only. Cleveland Clinic Akron General and "
            "Cleveland Clinic Fairview Hospital recruit separately.\n\n"
            "Kindly claim a date within 72 hours of receiving this message; unclaimed invitations are released.\n\n"
            "Warm regards,\nBrianna Sokolowski\nResidency Program Coordinator | General Surgery\n"
            "Digestive Disease & Surgery Institute, Cleveland Clinic")
    card = [("Program", "Cleveland Clinic Foundation \u00b7 Surgery-General \u00b7 Categorical"),
            ("Format", "Virtual"),
            ("Interview dates", "\n".join(a3y(x) for x in ds)),
            ("Respond", "Within 72 hours")]
    msg = thal_msg(fn, date, "Cleveland Clinic has invited you to interview",
                   "You have a new interview invitation",
                   f"Hi {FIRST},\n\nCleveland Clinic Foundation has invited you to interview for General Surgery. "
                   "Sign in to Thalamus to choose a date. Available dates are shown below and can fill at any time.",
                   card, note, "Choose an interview date", url)
    reg(fn, msg, L("invitation", "Cleveland Clinic", "thalamus", GS, "categorical", "virtual", ds,
                   plus(date, hours=72), url), {x: a3y(x) for x in ds}, "UTC")


@add
def i_umich_dr():
    fn = "b25-inv-thal-umich-dr.eml"
    date = utc("2026-10-21 20:40:52")
    ds = [wd("2026-11-18"), wd("2026-12-09"), wd("2027-01-06")]
    url = f"{THAL_APP}/applicant/invitations/UM-DR-ADV-88120"
    dl = et("2026-10-30 23:59")
    note = ("Hello Maren,\n\n"
            "Thank you for applying to the Diagnostic Radiology residency at Michigan Medicine. On behalf of our "
            "selection committee, I am delighted to invite you to a virtual interview for our advanced (R1 / PGY-2 "
            "start) position. Our program begins after your preliminary or transitional year.\n\n"
            "Each interview day starts at 8:00 AM ET and includes a department overview, four faculty interviews and "
            "a virtual read-out with our residents. On the evening before every interview date, our residents host "
            "an informal Zoom \u201cPizza & Pixels\u201d from 7\u20138 PM ET.\n\n"
            "Please schedule by 11:59 PM ET on Friday, October 30, 2026.\n\n"
            "Go Blue!\nLatoya Fenwick-Barnes\nEducation Program Manager\nDepartment of Radiology | University of "
            "Michigan Medical School\n1500 E. Medical Center Dr., Ann Arbor, MI 48109")
    card = [("Program", "University of Michigan \u2014 Radiology-Diagnostic (Advanced)"),
            ("Interview type", "Virtual"),
            ("Dates offered", "\n".join(a3y(x) for x in ds)),
            ("Deadline", "Oct 30, 2026, 11:59 PM EDT")]
    msg = thal_msg(fn, date, "Interview Invitation \u2013 University of Michigan Diagnostic Radiology",
                   "Invitation to interview",
                   f"{FIRST}, University of Michigan has sent you an interview invitation.", card, note,
                   "Open invitation", url,
                   "Tip: add noreply@thalamusgme.com to your contacts so our notifications reach your inbox.")
    reg(fn, msg, L("invitation", "University of Michigan", "thalamus", DR, "advanced", "virtual", ds, dl, url),
        {x: a3y(x) for x in ds}, "UTC")


@add
def i_iu_pmr():
    fn = "b25-inv-thal-iu-pmr.eml"
    date = utc("2026-10-28 14:15:09")
    ds = [wd("2026-12-01"), wd("2026-12-15"), wd("2027-01-12")]
    url = f"{THAL_APP}/applicant/invitations/IUSM-PMR-C-2204"
    note = ("Greetings from Indianapolis!\n\n"
            "The Indiana University School of Medicine Department of Physical Medicine & Rehabilitation is pleased "
            "to invite you to interview for our categorical PGY-1 position. Our interviews this season are hybrid: "
            "faculty interviews take place on Zoom in the morning, and applicants who are able can join an optional "
            "in-person afternoon tour of Rehabilitation Hospital of Indiana and IU Health Methodist Hospital. The "
            "tour is never scored.\n\n"
            "We do not set a deadline, but interview days are first come, first served.\n\n"
            "An in-person Second Look for everyone who interviews will be held on Friday, January 29, 2027.\n\n"
            "Sincerely,\nMonique Arredondo\nResidency Coordinator, IU PM&R\n"
            "Indiana University School of Medicine | IU Health | Riley Hospital for Children at IU Health")
    card = [("Program", "Indiana University School of Medicine \u2014 Physical Medicine & Rehabilitation"),
            ("Format", "Hybrid"),
            ("Available", "\n".join(Wmd(x) + f", {x.year}" for x in ds))]
    msg = thal_msg(fn, date, "New interview invitation from Indiana University School of Medicine",
                   "You're invited to interview",
                   f"Hi {FIRST}, you have been invited to interview. Log in to accept or decline.", card, note,
                   "Respond to invitation", url)
    reg(fn, msg, L("invitation", "Indiana University School of Medicine", "thalamus", PMR, "categorical", "hybrid",
                   ds, None, url), {x: W(x) for x in ds}, "UTC")


@add
def i_hennepin_im():
    fn = "b25-inv-thal-hennepin-im.eml"
    date = utc("2026-10-14 17:31:44")
    ds = [wd("2026-11-05"), wd("2026-11-19"), wd("2026-12-07")]
    url = f"{THAL_APP}/applicant/invitations/HH-IMC-6630"
    note = ("Dear Maren,\n\n"
            "It is my pleasure to invite you to interview with the Internal Medicine Residency Program at Hennepin "
            "Healthcare (formerly Hennepin County Medical Center) in downtown Minneapolis. This invitation is for "
            "the categorical track.\n\n"
            "All interviews are in person this season. The day begins at 7:30 AM CT at the Clinic & Specialty "
            "Center, 715 S 8th St. Residents will host a casual dinner the evening before each interview day.\n\n"
            "Please select a date within 5 days of this message. After that, any unclaimed slots are offered to "
            "applicants on our waitlist.\n\n"
            "Take care,\nGretchen Halvorsen, C-TAGME\nProgram Coordinator, Internal Medicine Residency\n"
            "Hennepin Healthcare | Minneapolis, MN")
    card = [("Program", "Hennepin Healthcare \u2013 Internal Medicine \u2013 Categorical"),
            ("Interview format", "In-Person"),
            ("Dates", "\n".join(W(x) for x in ds))]
    msg = thal_msg(fn, date, "Invitation to interview: Hennepin Healthcare Internal Medicine",
                   "You're invited!", f"Hello {FIRST},\n\nHennepin Healthcare invited you to interview.", card, note,
                   "Schedule my interview", url)
    reg(fn, msg, L("invitation", "Hennepin Healthcare", "thalamus", IM, "categorical", "in_person", ds,
                   plus(date, days=5), url), {x: W(x) for x in ds}, "UTC")


@add
def i_akrongen_ty():
    fn = "b25-inv-thal-akrongen-ty.eml"
    date = utc("2026-10-27 13:05:30")
    ds = [wd("2026-11-10"), wd("2026-12-01"), wd("2027-01-19")]
    url = f"{THAL_APP}/applicant/invitations/CCAG-TY-1108"
    dl = et("2026-11-02 12:00")
    note = ("Dear Applicant,\n\n"
            "Thank you for your interest in the Transitional Year Residency at Cleveland Clinic Akron General. We "
            "would like to invite you to a virtual interview. Our one-year program includes rotations at Akron "
            "General Medical Center and at the Cleveland Clinic main campus.\n\n"
            "Please respond no later than Monday, November 2, 2026 at 12:00 PM Eastern.\n\n"
            "Dates and times (all Eastern):\n"
            + "\n".join(f"{a3(x)} \u2014 8:30 AM to 12:30 PM" for x in ds) + "\n\n"
            "Residents start orientation on Monday, June 21, 2027.\n\n"
            "Sincerely,\nTY Program Office\nCleveland Clinic Akron General | 1 Akron General Ave, Akron, OH 44307")
    card = [("Program", "Cleveland Clinic Akron General \u2013 Transitional Year"),
            ("Format", "Virtual"),
            ("Respond by", "Mon, Nov 2, 2026 12:00 PM EST")]
    msg = thal_msg(fn, date, "You're invited: Transitional Year at Cleveland Clinic Akron General",
                   "New invitation", f"Hi {FIRST},\n\nYou've received an interview invitation.", card, note,
                   "View and schedule", url)
    reg(fn, msg, L("invitation", "Cleveland Clinic Akron General", "thalamus", TY, None, "virtual", ds, dl, url),
        {x: a3(x) for x in ds}, "UTC")


@add
def i_mcw_imprelim():
    fn = "b25-inv-thal-mcw-imprelim.eml"
    date = utc("2026-10-23 16:48:03")
    ds = [wd("2026-11-16"), wd("2026-11-30"), wd("2026-12-14"), wd("2027-01-11")]
    url = f"{THAL_APP}/applicant/invitations/MCWAH-IMP-4417"
    note = ("Hi Maren,\n\n"
            "The Medical College of Wisconsin Affiliated Hospitals Internal Medicine Residency is happy to invite "
            "you to interview for our Preliminary Medicine year. Preliminary interviews are held virtually on "
            "Mondays, with a 30-minute program overview at 9:00 AM Central followed by two interviews.\n\n"
            "Our dates: Mondays, November 16, November 30, December 14 and January 11.\n\n"
            "Please accept within 7 days. We look forward to meeting you!\n\n"
            "Kristin Vang\nProgram Coordinator, Preliminary Medicine\nFroedtert & the Medical College of Wisconsin\n"
            "Milwaukee, WI")
    card = [("Program", "Medical College of Wisconsin Affiliated Hospitals \u2013 Internal Medicine \u2013 Preliminary"),
            ("Interview type", "Virtual"),
            ("Response window", "7 days")]
    msg = thal_msg(fn, date, "Interview invitation from Medical College of Wisconsin Affiliated Hospitals",
                   "You've been invited to interview",
                   f"{FIRST}, good news! A program has invited you to interview.", card, note,
                   "See available dates", url)
    reg(fn, msg, L("invitation", "Medical College of Wisconsin Affiliated Hospitals", "thalamus", IM, "preliminary",
                   "virtual", ds, plus(date, days=7), url), {x: md(x) for x in ds}, "UTC")


# ================================================================== ERAS
@add
def i_uhcmc_gsprelim():
    fn = "b25-inv-eras-uhcmc-gsprelim.eml"
    date = et("2026-10-26 09:18")
    ds = [wd("2026-11-20"), wd("2026-12-11")]
    dl = et("2026-11-06 17:00")
    pre = ("Dear Maren Adeyemi-Kowalski,\n\n"
           "University Hospitals Cleveland Medical Center/Case Western Reserve University Program (Surgery-General, "
           "Preliminary) has invited you to interview. Please log in to MyERAS to schedule.\n\n"
           "Message from the program:\n"
           "We enjoyed reading your application and would like to meet you virtually. Our preliminary surgery "
           "interns rotate at UH Cleveland Medical Center, UH Rainbow Babies & Children's Hospital and the Louis "
           "Stokes Cleveland VA. Interviews are held by Zoom from 12:30 to 4:00 PM ET.\n\n"
           "Response Deadline: 11/06/2026 05:00 PM ET\n"
           "Freeze Date: 11/13/2026")
    grid = (["Date", "Day", "Session", "Openings"],
            [[num(x), f"{x:%A}", "12:30 PM - 4:00 PM ET", "4"] for x in ds])
    msg = eras_msg(fn, date, "Interview Invitation - University Hospitals Cleveland Medical Center",
                   "Interview Invitation", pre, grid,
                   "Interviews may not be scheduled after the freeze date; after it you may only cancel.",
                   "Schedule in MyERAS", MYERAS)
    reg(fn, msg, L("invitation", "University Hospitals Cleveland Medical Center", "eras", GS, "preliminary",
                   "virtual", ds, dl, MYERAS), {x: num(x) for x in ds}, "ET")


@add
def i_wustl_dr():
    fn = "b25-inv-eras-wustl-dr.eml"
    date = ct("2026-11-02 10:44")
    ds = [wd("2026-12-02"), wd("2026-12-16"), wd("2027-01-13")]
    dl = ct("2026-11-09 23:59")
    pre = ("Dear Maren,\n\n"
           "Washington University/B-JH/SLCH Consortium Program, Radiology-Diagnostic (Advanced), has extended an "
           "interview invitation to you.\n\n"
           "From the program: The Mallinckrodt Institute of Radiology at Washington University School of Medicine "
           "in St. Louis would be glad to host you for a virtual interview day. Interviews begin at 7:30 AM Central "
           "and finish around noon. A resident Q&A happy hour on Zoom takes place the evening before each date.\n\n"
           "Response Deadline: 11/09/2026 11:59 PM CT")
    grid = (["Interview Date", "Weekday", "Start (CT)", "Status"],
            [[num(x), f"{x:%a}", "7:30 AM", "Available"] for x in ds])
    msg = eras_msg(fn, date, "Interview Invitation: Washington University/B-JH/SLCH Consortium",
                   "You have been invited to interview", pre, grid,
                   "Freeze Date: 11/25/2026. After the freeze date, scheduled interviews can only be cancelled.",
                   "Go to MyERAS", MYERAS)
    reg(fn, msg, L("invitation", "Washington University/B-JH/SLCH Consortium", "eras", DR, "advanced", "virtual",
                   ds, dl, MYERAS), {x: num(x) for x in ds}, "CT")


@add
def i_ascstv_ty():
    fn = "b25-inv-eras-ascstvincent-ty.eml"
    date = et("2026-10-20 15:02")
    ds = [wd("2026-11-12"), wd("2026-12-03"), wd("2027-01-07")]
    dl = et("2026-10-27 12:00")
    pre = ("Ascension St. Vincent Hospital-Indianapolis Program (Transitional Year) has invited you to interview.\n\n"
           "Message from the program:\n"
           "Congratulations! Our Transitional Year interviews are held in person at Ascension Saint Vincent "
           "Indianapolis (Saint Vincent 86th Street campus), 2001 W. 86th Street. Please check in at the GME office on the 2nd floor at 7:45 AM. "
           "Our current residents invite you to an informal lunch at the end of the day.\n\n"
           "Response Deadline: 10/27/2026 12:00 PM ET\n\n"
           "For reference, intern orientation for the 2027-2028 class begins 06/21/2027.")
    grid = (["Date", "Day", "Time", "Seats left"],
            [[num(x), f"{x:%A}", "7:45 AM - 2:00 PM ET", s] for x, s in zip(ds, ["5", "6", "6"])])
    msg = eras_msg(fn, date, "Interview Invitation", "Interview Invitation", pre, grid, None,
                   "Respond in MyERAS", MYERAS)
    reg(fn, msg, L("invitation", "Ascension St. Vincent Hospital-Indianapolis", "eras", TY, None, "in_person", ds, dl,
                   MYERAS), {x: num(x) for x in ds}, "ET")


@add
def i_uky_fm():
    fn = "b25-inv-eras-uky-fm.eml"
    date = et("2026-11-03 11:26")
    ds = [wd("2026-12-10"), wd("2027-01-14"), wd("2027-01-21")]
    dl = et("2026-11-10 17:00")
    pre = ("Dear Ms. Adeyemi-Kowalski,\n\n"
           "University of Kentucky College of Medicine Program, Family Medicine (Categorical), has sent you an "
           "interview invitation.\n\n"
           "Program note: We are excited to meet you in Lexington! All interviews this season are in person at the "
           "UK Family and Community Medicine clinic, 2195 Harrodsburg Road. Plan for 8:00 AM to 3:00 PM ET. "
           "Applicants are welcome at a resident-hosted dinner the night before.\n\n"
           "Response Deadline: 11/10/2026 05:00 PM ET")
    grid = (["Date", "Day", "Location"],
            [[num(x), f"{x:%A}", "In person - Lexington, KY"] for x in ds])
    msg = eras_msg(fn, date, "Interview Invitation from University of Kentucky College of Medicine",
                   "Interview Invitation", pre, grid, None, "View invitation", MYERAS)
    reg(fn, msg, L("invitation", "University of Kentucky College of Medicine", "eras", FM, "categorical",
                   "in_person", ds, dl, MYERAS), {x: num(x) for x in ds}, "ET")


# ================================================================== Interview Broker
@add
def i_hfh_gs():
    fn = "b25-inv-ib-hfh-gs.eml"
    date = et("2026-10-22 08:02")
    ds = [wd("2026-11-09"), wd("2026-11-23"), wd("2026-12-14"), wd("2027-01-08")]
    url = "https://www.interviewbroker.com/applicant/invite/HFH-GSCAT-27-c41e09"
    pre = ("Dear Maren Adeyemi-Kowalski,\n\n"
           "Henry Ford Hospital \u2013 General Surgery Residency (Categorical) invites you to interview for the "
           "2027 Match. Interviews are virtual. Please self-schedule within 48 hours of this email using the link "
           "below; after that, your invitation may be released.\n\n"
           "Open dates at the time this message was sent:")
    grid = (["Interview date", "Time (ET)", "Format", "Openings"],
            [[f"{x:%A} {num(x)}", "7:00 AM \u2013 12:30 PM", "Virtual (Zoom)", n]
             for x, n in zip(ds, ["3", "5", "6", "6"])])
    post = ("Please note: this campaign is for the Categorical track only. If you also applied to our "
            "Preliminary Surgery positions, any invitation for that track will arrive separately.\n\n"
            "Questions? Contact Arielle Dunmore, Surgical Education Coordinator, Henry Ford Health, Detroit, MI "
            "(adunmor1@hfhs.org).")
    msg = ib_msg(fn, date, "Henry Ford Hospital General Surgery - Interview Invitation (Categorical)",
                 "Interview Invitation", pre, grid, "Schedule your interview", url, post,
                 reply_to=addr("Arielle Dunmore", "adunmor1@hfhs.org"))
    reg(fn, msg, L("invitation", "Henry Ford Hospital", "interview_broker", GS, "categorical", "virtual", ds,
                   plus(date, hours=48), url), {x: f"{x:%A} {num(x)}" for x in ds}, "ET")


@add
def i_hfh_gsprelim():
    fn = "b25-inv-ib-hfh-gsprelim.eml"
    date = et("2026-10-28 13:37")
    ds = [wd("2026-11-17"), wd("2026-12-08")]
    url = "https://www.interviewbroker.com/applicant/invite/HFH-GSPRE-27-77ab2d"
    pre = ("Hello Maren,\n\n"
           "You are invited to interview with the Henry Ford Hospital Preliminary Surgery program (PGY-1 "
           "preliminary positions). Interviews for the preliminary track are shorter (afternoon only) and take "
           "place on Zoom.\n\n"
           "Your invitation expires on 11/04/2026 at 11:59 PM Eastern.")
    grid = (["Date", "Session", "Seats"],
            [[mdy(x) + f" ({x:%a})", "1:00 \u2013 4:00 PM ET", "4"] for x in ds])
    msg = ib_msg(fn, date, "Interview Invitation: Henry Ford Hospital - Surgery Preliminary",
                 "You're invited to interview", pre, grid, "Pick a date", url,
                 "This invitation is separate from any categorical General Surgery invitation you may have "
                 "received from Henry Ford Health.")
    reg(fn, msg, L("invitation", "Henry Ford Hospital", "interview_broker", GS, "preliminary", "virtual", ds,
                   et("2026-11-04 23:59"), url), {x: mdy(x) for x in ds}, "ET")


@add
def i_loyola_im():
    fn = "b25-inv-ib-loyola-im.eml"
    date = ct("2026-10-15 07:55")
    ds = [wd("2026-11-05"), wd("2026-11-19"), wd("2026-12-03"), wd("2026-12-17")]
    url = "https://www.interviewbroker.com/applicant/invite/LUMC-IMCAT-27-5b02fe"
    pre = ("Dear Maren,\n\n"
           "Congratulations! The Internal Medicine Residency Program at Loyola University Medical Center "
           "(Maywood, IL) invites you to interview for a categorical position. Our interview days are virtual.\n\n"
           "We ask that you choose a date within 7 days. Thursday sessions begin at 8:00 AM Central.")
    grid = (["Date", "Start", "End", "Available"],
            [[f"{x:%A} {num(x)}", "8:00 AM CT", "1:00 PM CT", "Yes"] for x in ds])
    post = ("A virtual resident social (\u201cLoyola After Hours\u201d) is held at 6:00 PM CT on the Wednesday "
            "before each interview date. Attendance is optional.\n\n"
            "Loyola University Chicago Stritch School of Medicine | Loyola Medicine | Trinity Health")
    msg = ib_msg(fn, date, "Loyola University Medical Center Internal Medicine: Interview Invitation",
                 "Interview Invitation", pre, grid, "Schedule now", url, post)
    reg(fn, msg, L("invitation", "Loyola University Medical Center", "interview_broker", IM, "categorical",
                   "virtual", ds, plus(date, days=7), url), {x: f"{x:%A} {num(x)}" for x in ds}, "CT")


# ================================================================== program e-mail
@add
def i_uofl_obgyn():
    fn = "b25-inv-email-uofl-obgyn.eml"
    date = et("2026-10-21 12:00")
    ds = [wd("2026-11-13"), wd("2026-12-04"), wd("2027-01-08")]
    dl = et("2026-10-23 12:00")
    url = RCAS_PORTAL
    body = (f"Dear {FIRST},\n\n"
            "Congratulations! On behalf of the Department of Obstetrics, Gynecology & Women's Health at the "
            "University of Louisville School of Medicine, we are delighted to invite you to interview for our "
            "residency program for the 2027 Match.\n\n"
            "In keeping with the APGO/CREOG coordinated release, this invitation is also posted in your "
            "ResidencyCAS interview portal. Please accept or decline it there, where you will also pick your date:\n"
            f"{url}\n\n"
            "Interview days (in person at UofL Health \u2013 UofL Hospital, 530 S. Jackson Street, Louisville):\n"
            + "\n".join(f"\u2022 {W(x)}" for x in ds) + "\n\n"
            "Please respond through ResidencyCAS within 48 hours, by 12:00 PM ET on Friday, October 23.\n\n"
            "The evening before each interview, our residents will host a dinner at a local restaurant in the "
            "Highlands. Details will follow once you schedule.\n\n"
            "With best wishes,\n\n"
            "Shanice Whitlow\nResidency Program Coordinator\nDepartment of Obstetrics, Gynecology & Women's Health\n"
            "University of Louisville School of Medicine | UofL Health\n(502) 555-0190")
    msg = mail(fn, addr("Whitlow, Shanice", "shanice.whitlow@louisville.edu"),
               "UofL OB/GYN Residency \u2013 Interview Invitation", date, body, domain="louisville.edu")
    reg(fn, msg, L("invitation", "University of Louisville School of Medicine", "email", OB, None,
                   "in_person", ds, dl, url), {x: W(x) for x in ds}, "ET")


@add
def i_uc_im():
    fn = "b25-inv-email-uc-im.eml"
    date = et("2026-10-29 16:10")
    ds = [wd("2026-11-23"), wd("2026-12-07"), wd("2026-12-21"), wd("2027-01-15")]
    dl = et("2026-11-06 17:00")
    url = "https://forms.gle/UCIMcat27interviewdates"
    rows = [[f"{x:%a}", num(x, year=False, pad=False), "In person", "MSB, 231 Albert Sabin Way"] for x in ds]
    intro = (f"Dear {FIRST},\n\n"
             "Thank you for applying to the University of Cincinnati Internal Medicine Residency Program. We would "
             "be delighted to host you for an in-person interview for our categorical program.\n\n"
             "Please use the Google Form below to rank the dates that work for you; we confirm dates in the order "
             "forms are received. Kindly submit it by 5:00 PM Eastern on Friday, November 6.")
    outro = ("Interview day runs 7:30 AM to 1:30 PM, and includes breakfast with the chief residents and a tour of "
             "UC Medical Center. On the Sunday evening before the Monday dates, residents gather at Rhinegeist "
             "Brewery in Over-the-Rhine \u2014 totally optional.\n\n"
             "Please note we are a different program from Cincinnati Children's Hospital Medical Center and from "
             "The Christ Hospital.\n\n"
             "All the best,\n\n"
             "Kara Delacroix\nProgram Coordinator | Internal Medicine Residency\n"
             "University of Cincinnati College of Medicine | UC Health\n231 Albert Sabin Way, Cincinnati, OH 45267")
    plain = (intro + "\n\n" + url + "\n\n" + ttable(["Day", "Date", "Format", "Location"], rows) + "\n\n" + outro)
    h = page(paras(intro) + f'<p><a href="{url}">Interview date request form</a></p>'
             + htable(["Day", "Date", "Format", "Location"], rows) + paras(outro))
    msg = mail(fn, addr("Delacroix, Kara (delacrka)", "delacrka@ucmail.uc.edu"),
               "Interview Invitation - UC Internal Medicine Residency", date, plain, html_body=h,
               domain="ucmail.uc.edu")
    reg(fn, msg, L("invitation", "University of Cincinnati", "email", IM, "categorical", "in_person", ds, dl, url),
        {x: num(x, year=False, pad=False) for x in ds}, "ET")


@add
def i_sra_pmr():
    fn = "b25-inv-email-sra-pmr.eml"
    date = ct("2026-10-16 14:22")
    ds = [wd("2026-11-06"), wd("2026-11-20"), wd("2026-12-04"), wd("2026-12-11")]
    body = (f"Dear {FIRST},\n\n"
            "On behalf of the Shirley Ryan AbilityLab/Northwestern University McGaw Medical Center PM&R Residency "
            "Program (formerly the Rehabilitation Institute of Chicago), I am pleased to invite you to interview "
            "for our Advanced (PGY-2) position.\n\n"
            "All interviews will be conducted virtually. Please reply to this email with your first and second "
            "choice from the following options within 72 hours:\n\n"
            + "\n".join(f"  Option {i + 1}: {Wmd(x)}" for i, x in enumerate(ds)) + "\n\n"
            "Each day runs 8:30 AM to 1:00 PM Central. Pediatric rehabilitation faculty from Ann & Robert H. Lurie "
            "Children's Hospital of Chicago will join the afternoon session on the December dates.\n\n"
            "Best regards,\n\n"
            "Dominic Esparza\nResidency Program Coordinator\nShirley Ryan AbilityLab | 355 E. Erie St., Chicago, IL "
            "60611\nNorthwestern University Feinberg School of Medicine\n\n"
            "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended "
            "recipient(s).")
    msg = mail(fn, addr("Dominic Esparza", "desparza@sralab.org"),
               "Interview Invitation | SRAlab PM&R Residency", date, body, domain="sralab.org")
    reg(fn, msg, L("invitation", "Shirley Ryan AbilityLab", "email", PMR, "advanced", "virtual", ds,
                   plus(date, hours=72)), {x: Wmd(x) for x in ds}, "CT")


@add
def i_maryfree_pmr():
    fn = "b25-inv-email-maryfree-pmr.eml"
    date = et("2026-11-04 09:41")
    ds = [wd("2026-12-04"), wd("2026-12-18"), wd("2027-01-08"), wd("2027-01-22")]
    body = (f"Hi {FIRST},\n\n"
            "Greetings from Grand Rapids! I'm happy to let you know the selection committee of the Mary Free Bed "
            "Rehabilitation Hospital / Michigan State University PM&R Residency would like to invite you for an "
            "in-person interview for our categorical program.\n\n"
            "Interview Fridays: December 4, December 18, January 8 and January 22\n\n"
            "Just reply with your top two choices by Tuesday, November 10 at 5 PM (Eastern) and I'll get you "
            "scheduled. The evening before, we host a casual get-together with residents at Founders Brewing "
            "downtown.\n\n"
            "Thanks so much!\n"
            "Jenna VanderKooi\nGME Coordinator, PM&R Residency\nMary Free Bed Rehabilitation Hospital\n"
            "235 Wealthy St SE, Grand Rapids, MI 49503\n"
            "Sent from my iPhone")
    msg = mail(fn, addr("Jenna VanderKooi", "jenna.vanderkooi@maryfreebed.com"),
               "Mary Free Bed PM&R interview invitation!", date, body, html_body=False,
               domain="maryfreebed.com")
    reg(fn, msg, L("invitation", "Mary Free Bed Rehabilitation Hospital", "email", PMR, "categorical", "in_person",
                   ds, et("2026-11-10 17:00")), {x: md(x) for x in ds}, "ET")


@add
def i_corewell_ty():
    fn = "b25-inv-email-corewell-ty.eml"
    date = et("2026-10-30 10:03")
    ds = [wd("2026-11-24"), wd("2026-12-10"), wd("2027-01-12")]
    url = "https://calendly.com/corewell-royaloak-ty/interview-day"
    body = (f"Dear Maren,\n\n"
            "Thank you for applying to the Transitional Year Residency at Corewell Health William Beaumont "
            "University Hospital (formerly Beaumont Hospital, Royal Oak). We would like to invite you to interview "
            "in person at our Royal Oak campus.\n\n"
            "Available interview days:\n"
            + "\n".join(f"- {a3y(x)}" for x in ds) + "\n\n"
            f"Please reserve your date on Calendly: {url}\n"
            "We kindly ask that you schedule within one week of this email.\n\n"
            "Interviewees are invited to a virtual meet-and-greet with our current TY residents on Thursday, "
            "November 19 at 6:00 PM ET.\n\n"
            "Regards,\nNadia Haddad\nMedical Education Coordinator, Transitional Year\n"
            "Corewell Health East | Oakland University William Beaumont School of Medicine\n"
            "3601 W. Thirteen Mile Road, Royal Oak, MI 48073\n\n"
            "Corewell Health is the new name of Beaumont Health and Spectrum Health.")
    msg = mail(fn, addr("Haddad, Nadia", "nadia.haddad@corewellhealth.org"),
               "Corewell Health Royal Oak Transitional Year - Interview Invitation", date, body,
               domain="corewellhealth.org")
    reg(fn, msg, L("invitation", "Corewell Health William Beaumont University Hospital", "email", TY, None,
                   "in_person", ds, plus(date, days=7), url), {x: a3y(x) for x in ds}, "ET")


@add
def i_mayo_dr():
    fn = "b25-inv-email-mayo-dr.eml"
    date = ct("2026-11-05 13:30")
    ds = [wd("2026-12-03"), wd("2027-01-07"), wd("2027-01-21")]
    url = "https://docs.google.com/forms/d/e/1FAIpQLSc_MayoDRadv27/viewform"
    dl = ct("2026-11-12 23:59")
    body = (f"Dear {FIRST},\n\n"
            "Congratulations! The Diagnostic Radiology Residency at Mayo Clinic in Rochester, Minnesota, is pleased "
            "to invite you to interview for an advanced position (beginning PGY-2, July 2028). Interviews will be "
            "held virtually.\n\n"
            "Please indicate your preferred date using our scheduling form no later than 11:59 p.m. Central on "
            "Thursday, November 12:\n"
            f"{url}\n\n"
            "Interview options (select one):\n"
            + "\n".join(f"\u2022 {W(x)} \u2013 8:00 a.m. to 12:30 p.m. CT" for x in ds) + "\n\n"
            "Other important dates:\n"
            "\u2022 Virtual resident social: the evening before each interview, 6:00 p.m. CT\n"
            "\u2022 Optional in-person Second Look: Friday, February 5, 2027\n\n"
            "This invitation is for Mayo Clinic's Rochester campus only; Mayo Clinic in Arizona and Mayo Clinic in "
            "Florida have separate radiology programs.\n\n"
            "Sincerely,\n"
            "Tessa Lindgren\nEducation Program Coordinator | Diagnostic Radiology Residency\n"
            "Mayo Clinic College of Medicine and Science | 200 First St. SW, Rochester, MN 55905")
    msg = mail(fn, addr("Lindgren, Tessa M.", "lindgren.tessa@mayo.edu"),
               "Mayo Clinic Diagnostic Radiology \u2014 Interview Invitation", date, body, domain="mayo.edu")
    reg(fn, msg, L("invitation", "Mayo Clinic", "email", DR, "advanced", "virtual", ds, dl, url),
        {x: W(x) for x in ds}, "CT")


@add
def i_umkc_im():
    fn = "b25-inv-email-umkc-im.eml"
    date = ct("2026-10-12 11:15")
    ds = [wd("2026-11-04"), wd("2026-11-11"), wd("2026-12-02")]
    dl = ct("2026-10-16 17:00")
    url = "https://www.signupgenius.com/go/10C0D4AAFAE22A4FDC70-umkcim27"
    body = (f"Hello {FIRST},\n\n"
            "The University of Missouri\u2013Kansas City (UMKC) School of Medicine Internal Medicine Residency "
            "Program, based at University Health Truman Medical Center (formerly Truman Medical Centers), would like "
            "to invite you to a virtual interview for a categorical position.\n\n"
            f"Sign up for one Wednesday session here: {url}\n\n"
            "Sessions: Wed., Nov. 4, Wed., Nov. 11, and Wed., Dec. 2 (8:00 AM\u201312:00 PM CST).\n\n"
            "Please choose a date by 5:00 PM CDT on Friday, October 16, 2026. After that date remaining slots will "
            "be offered to other applicants.\n\n"
            "Thank you,\nRosalind Okeke\nProgram Coordinator, Internal Medicine\nUMKC School of Medicine | "
            "University Health\n2301 Holmes Street, Kansas City, MO 64108")
    msg = mail(fn, addr("Rosalind Okeke", "okeker@umkc.edu"), "UMKC Internal Medicine Interview Invitation", date,
               body, domain="umkc.edu")
    reg(fn, msg, L("invitation", "University of Missouri\u2013Kansas City", "email", IM, "categorical", "virtual", ds,
                   dl, url), {x: f"{x:%a}., {x:%b}. {x.day}" for x in ds}, "CT")


@add
def i_osu_gs():
    fn = "b25-inv-email-osu-gs.eml"
    date = et("2026-10-26 15:47")
    ds = [wd("2026-11-16"), wd("2026-12-07"), wd("2027-01-11")]
    dl = et("2026-10-29 12:00")
    body = (f"Dear {FIRST},\n\n"
            "On behalf of Dr. Ashwin Ravindran and the General Surgery Residency Program at The Ohio State "
            "University Wexner Medical Center, congratulations! We would like to invite you to an in-person "
            "interview for a categorical position.\n\n"
            "Our interview days are Mondays:\n"
            + "\n".join(f"    {Wmd(x)}" for x in ds) + "\n\n"
            "Applicants are invited to a welcome dinner with residents on the Sunday evening before each "
            "interview, and interview day wraps up around 2:00 PM. A block of rooms is held at the Blackwell Inn & "
            "Pfahl Conference Center on campus.\n\n"
            "Please reply to this email with your preferred date by noon on Thursday, October 29. Dates are "
            "assigned on a first-come basis.\n\n"
            "Best,\n"
            "Colleen Marsh\nProgram Manager, General Surgery Residency\nThe Ohio State University Wexner Medical "
            "Center | Department of Surgery\n410 W. 10th Ave., Columbus, OH 43210\n\n"
            "Please note: the OSU program is not affiliated with the Ohio University Heritage College of "
            "Osteopathic Medicine or OhioHealth programs.")
    msg = mail(fn, addr("Marsh, Colleen", "colleen.marsh@osumc.edu"),
               "OSU General Surgery Residency - Interview Invitation", date, body, domain="osumc.edu")
    reg(fn, msg, L("invitation", "The Ohio State University Wexner Medical Center", "email", GS, "categorical",
                   "in_person", ds, dl), {x: Wmd(x) for x in ds}, "ET")


@add
def i_fwd_siuq_fm():
    fn = "b25-inv-fwd-siuquincy-fm.eml"
    sent = ct("2026-10-19 08:52")
    date = ct("2026-10-19 21:14")
    ds = [wd("2026-11-10"), wd("2026-12-08"), wd("2027-01-05")]
    orig = ("Dear Maren,\n\n"
            "Thank you for applying to the SIU Family Medicine Residency \u2013 Quincy. We are pleased to invite you "
            "to interview with us in person in Quincy, Illinois. Since you are one of our own SIU students, we "
            "used your school address \u2014 we hope that's OK!\n\n"
            "Available interview dates (Tuesdays):\n"
            + "\n".join(f"  * {num(x, year=False, pad=False)} ({x:%A})" for x in ds) + "\n\n"
            "Please reply within 48 hours of this email with your preferred date. Lunch with residents is included, "
            "and on the evening before we will host a resident dinner at our program director's home.\n\n"
            "Kind regards,\n"
            "Pamela Huffstetler\nResidency Coordinator\nSIU Family Medicine Residency \u2013 Quincy\n"
            "Southern Illinois University School of Medicine | 612 N. 11th St., Quincy, IL 62301")
    body = ("fwd to my personal so I don't lose it\n\n"
            "---------- Forwarded message ---------\n"
            f"From: Huffstetler, Pamela <phuffstetler@siumed.edu>\n"
            f"Date: {sent:%a}, {sent:%b} {sent.day}, {sent.year} at {clock(sent)}\n"
            "Subject: Interview Invitation - SIU Family Medicine Quincy\n"
            f"To: Adeyemi-Kowalski, Maren <{SCHOOL_ADDR}>\n\n\n" + orig)
    msg = mail(fn, addr("Adeyemi-Kowalski, Maren", SCHOOL_ADDR),
               "Fwd: Interview Invitation - SIU Family Medicine Quincy", date, body, domain="siumed.edu")
    reg(fn, msg, L("invitation", "SIU Family Medicine Residency \u2013 Quincy", "email", FM, None, "in_person", ds,
                   plus(sent, hours=48)), {x: f"{num(x, year=False, pad=False)} ({x:%A})" for x in ds}, "CT")
