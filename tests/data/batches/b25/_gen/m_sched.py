"""b25 booking confirmations (10), reminders (8) and cancellations (6)."""
import datetime as dt
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


def at(x, hh, mm, tz):
    return dt.datetime(x.year, x.month, x.day, hh, mm, tzinfo=tz)


# ================================================================== scheduled
@add
def s_ccf_gs():
    fn = "b25-sch-thal-ccf-gs.eml"
    date = utc("2026-10-19 16:38:20")
    x = wd("2026-12-04")
    st, en = at(x, 7, 45, ET), at(x, 13, 30, ET)
    cal = ics_part(vevent("thal-CCF-GSURG-C-30417-maren@thalamusgme.com", st, en,
                          "Interview: Cleveland Clinic - General Surgery", "Virtual (link in Thalamus)",
                          "Your virtual interview with Cleveland Clinic. Join details are in your Thalamus "
                          "itinerary.", "-//Thalamus//Interview Scheduler//EN", stamp=date),
                   "Cleveland_Clinic_Interview.ics")
    card = [("Program", "Cleveland Clinic Foundation \u00b7 Surgery-General \u00b7 Categorical"),
            ("Date", a3y(x)),
            ("Time", "7:45 AM \u2013 1:30 PM EST"),
            ("Format", "Virtual")]
    msg = thal_msg(fn, date, "Interview confirmed: Cleveland Clinic Foundation", "Your interview is scheduled",
                   f"Hi {FIRST},\n\nYou're all set. Your interview has been added to your Thalamus calendar and a "
                   "calendar file is attached.", card, None, "View itinerary",
                   f"{THAL_APP}/applicant/itinerary",
                   "Need to change plans? You can reschedule or cancel from your dashboard until the program's "
                   "cutoff.", attach=[cal])
    reg(fn, msg, L("scheduled", "Cleveland Clinic Foundation", "thalamus", GS, "categorical", "virtual", [x]),
        {x: a3y(x)}, "UTC")


@add
def s_hennepin_im():
    fn = "b25-sch-thal-hennepin-im.eml"
    date = utc("2026-10-15 02:11:07")
    x = wd("2026-11-19")
    card = [("Program", "Hennepin Healthcare \u2013 Internal Medicine \u2013 Categorical"),
            ("Interview date", W(x)),
            ("Arrival", "7:30 AM CST"),
            ("Format", "In-Person"),
            ("Location", "Clinic & Specialty Center, 715 S 8th St, Minneapolis, MN")]
    note = ("We can't wait to meet you! Resident dinner: Wednesday, November 18 at 6:30 PM at Hewing Hotel "
            "(optional). Parking is available in the Green Ramp; bring your ticket for validation.")
    msg = thal_msg(fn, date, "You're scheduled! Hennepin Healthcare", "Interview confirmed",
                   f"{FIRST}, your interview has been booked.", card, note, "Add to calendar",
                   f"{THAL_APP}/applicant/itinerary")
    reg(fn, msg, L("scheduled", "Hennepin Healthcare", "thalamus", IM, "categorical", "in_person", [x]),
        {x: W(x)}, "UTC")


@add
def s_wustl_dr():
    fn = "b25-sch-eras-wustl-dr.eml"
    date = ct("2026-11-03 07:12")
    x = wd("2026-12-16")
    pre = ("Dear Maren Adeyemi-Kowalski,\n\n"
           "You have successfully scheduled an interview with Washington University/B-JH/SLCH Consortium Program "
           "(Radiology-Diagnostic, Advanced).")
    grid = (["Interview Date", "Weekday", "Time", "Type"], [[num(x), f"{x:%A}", "7:30 AM - 12:00 PM CT", "Virtual"]])
    msg = eras_msg(fn, date, "Interview Scheduled", "Interview Scheduled", pre, grid,
                   "If you need to cancel, please do so in MyERAS as early as possible so the slot can be offered "
                   "to another applicant.", "Manage interviews", MYERAS)
    reg(fn, msg, L("scheduled", "Washington University/B-JH/SLCH Consortium", "eras", DR, "advanced", "virtual",
                   [x]), {x: num(x)}, "CT")


@add
def s_uky_fm():
    fn = "b25-sch-eras-uky-fm.eml"
    date = et("2026-11-04 07:58")
    x = wd("2027-01-14")
    pre = ("Your interview has been scheduled.\n\n"
           "Program: University of Kentucky College of Medicine Program\n"
           "Specialty: Family Medicine (Categorical)\n"
           f"Date: {num(x)} ({x:%A})\n"
           "Time: 8:00 AM - 3:00 PM ET\n"
           "Location: In person - UK Family and Community Medicine, 2195 Harrodsburg Road, Lexington, KY 40504")
    msg = eras_msg(fn, date, "Interview Scheduled - University of Kentucky College of Medicine",
                   "Interview Scheduled", pre, None, None, "Open MyERAS", MYERAS)
    reg(fn, msg, L("scheduled", "University of Kentucky College of Medicine", "eras", FM, "categorical",
                   "in_person", [x]), {x: num(x)}, "ET")


@add
def s_hfh_gs():
    fn = "b25-sch-ib-hfh-gs.eml"
    date = et("2026-10-22 08:19")
    x = wd("2026-11-23")
    pre = (f"Hi {FIRST},\n\n"
           "Your interview with Henry Ford Hospital \u2013 General Surgery Residency (Categorical) is confirmed.")
    grid = (["Item", "Details"],
            [["Date", f"{x:%A} {num(x)}"], ["Check-in", "6:45 AM ET (Zoom waiting room opens)"],
             ["Start", "7:00 AM ET"], ["End", "approx. 12:30 PM ET"],
             ["Zoom", "https://hfhs.zoom.us/j/93140277615 (passcode: GSurg27)"]])
    post = ("Please test your audio and video in advance. If you lose connection, call Arielle Dunmore at "
            "(313) 555-0127.\n\nTo cancel or reschedule, use your Interview Broker account. Cancellations within "
            "7 days of the interview should also be emailed to the coordinator.")
    msg = ib_msg(fn, date, "Confirmed: Henry Ford Hospital General Surgery interview", "Interview Confirmation", pre,
                 grid, "Manage my interview", "https://www.interviewbroker.com/applicant/dashboard", post)
    reg(fn, msg, L("scheduled", "Henry Ford Hospital", "interview_broker", GS, "categorical", "virtual", [x]),
        {x: f"{x:%A} {num(x)}"}, "ET")


@add
def s_loyola_im():
    fn = "b25-sch-ib-loyola-im.eml"
    date = ct("2026-10-16 21:47")
    x = wd("2026-12-03")
    st, en = at(x, 8, 0, CT), at(x, 13, 0, CT)
    cal = ics_part(vevent("ib-LUMC-IMCAT-27-5b02fe-1203@interviewbroker.com", st, en,
                          "Loyola University Medical Center IM Interview", "Zoom",
                          "Virtual interview - Internal Medicine (Categorical). Zoom link will be emailed 48 hours "
                          "before.", "-//Interview Broker//EN", stamp=date), "interview.ics")
    pre = (f"Dear {FIRST},\n\n"
           "Thank you for scheduling. Your interview slot is reserved:")
    grid = (["Program", "Date", "Time"],
            [["Loyola University Medical Center \u2013 Internal Medicine (Categorical)", f"{x:%A} {num(x)}",
              "8:00 AM \u2013 1:00 PM CT"]])
    post = ("The optional resident social is on Wednesday, December 2 at 6:00 PM CT. A Zoom link for both events "
            "will be emailed two days before your interview.")
    msg = ib_msg(fn, date, "Interview Scheduled \u2013 Loyola University Medical Center", "Interview Scheduled",
                 pre, grid, None, None, post, attach=[cal])
    reg(fn, msg, L("scheduled", "Loyola University Medical Center", "interview_broker", IM, "categorical",
                   "virtual", [x]), {x: f"{x:%A} {num(x)}"}, "CT")


@add
def s_umich_obgyn():
    fn = "b25-sch-rcas-umich-obgyn.eml"
    date = et("2026-11-20 06:31")
    x = wd("2026-12-10")
    body = (f"Hi {FIRST},\n\n"
            "Good news \u2014 you have accepted an interview that opened from the waitlist. Your interview is now "
            "scheduled.\n\n"
            "Program: University of Michigan \u2013 Obstetrics and Gynecology\n"
            f"Date: {W(x)}\n"
            "Time: 7:00 AM \u2013 2:30 PM ET\n"
            "Format: In person, Ann Arbor, MI\n\n"
            "The program will email you an itinerary closer to the date. You can view or cancel this interview "
            "from your portal.")
    msg = rcas_msg(fn, date, "Interview Scheduled: University of Michigan", "Interview scheduled", body,
                   "View my interviews", RCAS_PORTAL)
    reg(fn, msg, L("scheduled", "University of Michigan", "residencycas", OB, None, "in_person", [x]), {x: W(x)},
        "ET")


@add
def s_corewell_ty():
    fn = "b25-sch-cal-corewell-ty.eml"
    date = utc("2026-10-30 15:26:44")
    x = wd("2027-01-12")
    st, en = at(x, 7, 30, ET), at(x, 13, 0, ET)
    cal = ics_part(vevent("cal-7f3b2e0c91d4@calendly.com", st, en,
                          "TY Interview Day - Maren Adeyemi-Kowalski and Corewell Health Royal Oak TY",
                          "3601 W. Thirteen Mile Road, Royal Oak, MI 48073 - Administration Bldg, Classroom 2",
                          "Event Name: TY Interview Day\nNeed to make changes? https://calendly.com/cancellations/"
                          "7f3b2e0c91d4", "-//Calendly//Calendly//EN", organizer=("Nadia Haddad",
                                                                                  "nadia.haddad@corewellhealth.org"),
                          stamp=date), "invite.ics")
    body = (f"Hi {NAME},\n\n"
            "A new event has been scheduled.\n\n"
            "Event Type:\nTY Interview Day\n\n"
            "Invitee:\nMaren Adeyemi-Kowalski\n\n"
            f"Event Date/Time:\n07:30am - 01:00pm (Eastern Time - US & Canada) on {W(x)}\n\n"
            "Location:\n3601 W. Thirteen Mile Road, Royal Oak, MI 48073 - Administration Bldg, Classroom 2\n\n"
            "Invitee Time Zone:\nCentral Time - US & Canada\n\n"
            "Questions:\nAAMC ID\n" + AAMCID + "\n\nMedical school\n" + SCHOOL + "\n\n"
            "Organizer: Corewell Health William Beaumont University Hospital \u2013 Transitional Year\n\n"
            "Need to make changes to this event?\nCancel: https://calendly.com/cancellations/7f3b2e0c91d4\n"
            "Reschedule: https://calendly.com/reschedulings/7f3b2e0c91d4\n\n"
            "Powered by Calendly.com")
    h = page(paras(body), style="font-family:Proxima Nova,Helvetica,Arial,sans-serif;font-size:15px;color:#1a1a1a")
    msg = build(fn, mixed(alt(text(body), html(h)), cal), addr("Calendly", "notifications@calendly.com"),
                f"Confirmed: TY Interview Day with Corewell Health Royal Oak TY on {W(x)}", date,
                domain="calendly.com", reply_to=addr("Nadia Haddad", "nadia.haddad@corewellhealth.org"))
    reg(fn, msg, L("scheduled", "Corewell Health William Beaumont University Hospital", "other", TY, None,
                   "in_person", [x]), {x: W(x)}, "UTC")


@add
def s_uc_im():
    fn = "b25-sch-email-uc-im.eml"
    mine = ct("2026-10-30 20:05")
    date = et("2026-11-02 10:26")
    x = wd("2026-12-21")
    alt2 = wd("2026-12-07")
    st, en = at(x, 7, 30, ET), at(x, 13, 30, ET)
    cal = ics_part(vevent("040000008200E00074C5B7101A82E0080000000070B25UCIM1221", st, en,
                          "UC Internal Medicine Residency Interview", "Medical Sciences Building, 231 Albert Sabin Way, "
                          "Cincinnati, OH", "Interview day - Internal Medicine Residency (Categorical)",
                          "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tzid="America/New_York",
                          organizer=("Delacroix, Kara (delacrka)", "delacrka@ucmail.uc.edu"), stamp=date),
                   "Interview.ics", enc="b64")
    mine_txt = ("Hi Kara,\n\n"
                "Thank you so much for the invitation! I submitted the Google Form, but just in case: my first "
                f"choice is Monday 12/21 and my second choice is Monday 12/7.\n\n"
                "Best,\nMaren")
    body = (f"Good morning {FIRST},\n\n"
            f"You are confirmed for your in-person interview with UC Internal Medicine on {W(x)} (your first "
            "choice). A calendar invitation is attached.\n\n"
            "Please arrive at the Medical Sciences Building lobby by 7:15 AM. Our residents will meet interested "
            "applicants at Rhinegeist on Sunday, December 20 at 6:00 PM.\n\n"
            "Have a great week,\nKara\n\n"
            "Kara Delacroix\nProgram Coordinator | Internal Medicine Residency\nUniversity of Cincinnati College of "
            "Medicine\n\n"
            "From: Maren Adeyemi-Kowalski <" + ME + ">\n"
            f"Sent: {outlook_sent(mine.astimezone(ET))}\n"
            "To: Delacroix, Kara (delacrka) <delacrka@ucmail.uc.edu>\n"
            "Subject: Re: Interview Invitation - UC Internal Medicine Residency\n\n" + mine_txt)
    assert alt2.weekday() == 0
    msg = mail(fn, addr("Delacroix, Kara (delacrka)", "delacrka@ucmail.uc.edu"),
               "RE: Interview Invitation - UC Internal Medicine Residency", date, body, attach=[cal],
               domain="ucmail.uc.edu")
    reg(fn, msg, L("scheduled", "University of Cincinnati", "email", IM, "categorical", "in_person", [x]), {x: W(x)},
        "ET")


@add
def s_mayo_dr():
    fn = "b25-sch-gform-mayo-dr.eml"
    date = utc("2026-11-06 02:41:19")
    x = wd("2027-01-07")
    rows = [("Full name", NAME), ("AAMC ID", AAMCID), ("Email", ME),
            ("Which interview date do you select?", f"{W(x)} \u2013 8:00 a.m. to 12:30 p.m. CT"),
            ("Will you attend the virtual resident social the evening before?", "Yes"),
            ("Preliminary/transitional year applied to", "Transitional Year and Preliminary Medicine")]
    plain = ("Thanks for filling out Mayo Clinic Diagnostic Radiology \u2013 Interview Date Selection (Advanced)\n\n"
             "Here's what was received.\n\n" + "\n\n".join(f"{a} *\n{b}" for a, b in rows) +
             "\n\nYour selection has been recorded. The Education Program Coordinator will send a confirmation and "
             "Zoom link.\n\nCreate your own Google Form\nReport Abuse\n")
    h = page('<div style="max-width:640px;margin:auto;border-top:10px solid #0057b8;padding:16px">'
             '<h2>Mayo Clinic Diagnostic Radiology \u2013 Interview Date Selection (Advanced)</h2>'
             "<p>Thanks for filling out the form. Here's what was received.</p>"
             + "".join(f'<div style="margin:14px 0"><div style="font-weight:bold">{esc(a)} <span style="color:#d93025">'
                       f'*</span></div><div>{esc(b)}</div></div>' for a, b in rows)
             + "<p>Your selection has been recorded. The Education Program Coordinator will send a confirmation and "
               "Zoom link.</p><p style=\"font-size:11px;color:#777\">Create your own Google Form &middot; Report "
               "Abuse</p></div>", style="font-family:Roboto,Arial,sans-serif;font-size:14px")
    msg = build(fn, alt(text(plain), html(h)), addr("Google Forms", "forms-receipts-noreply@google.com"),
                "Thanks for filling out Mayo Clinic Diagnostic Radiology \u2013 Interview Date Selection (Advanced)",
                date, domain="google.com")
    reg(fn, msg, L("scheduled", "Mayo Clinic", "other", DR, "advanced", "virtual", [x]), {x: W(x)}, "UTC")


# ================================================================== reminders
@add
def m_akron_ty():
    fn = "b25-rem-thal-akrongen-ty.eml"
    date = utc("2026-11-29 14:00:03")
    x = wd("2026-12-01")
    card = [("Program", "Cleveland Clinic Akron General \u2013 Transitional Year"), ("Date", a3y(x)),
            ("Time", "8:30 AM \u2013 12:30 PM EST"), ("Format", "Virtual"),
            ("Join link", "Available in your itinerary 24 hours before")]
    msg = thal_msg(fn, date, "Reminder: interview in 2 days \u2013 Cleveland Clinic Akron General",
                   "Your interview is coming up", f"Hi {FIRST}, this is a reminder that your interview is in 2 days.",
                   card, None, "Open itinerary", f"{THAL_APP}/applicant/itinerary")
    reg(fn, msg, L("reminder", "Cleveland Clinic Akron General", "thalamus", TY, None, "virtual", [x]), {x: a3y(x)},
        "UTC")


@add
def m_umich_obgyn():
    fn = "b25-rem-email-umich-obgyn.eml"
    date = et("2026-12-03 13:12")
    x = wd("2026-12-10")
    body = (f"Hello {FIRST},\n\n"
            "We are excited to host you in Ann Arbor next week! Below is the logistics information for your "
            f"in-person interview with Michigan Medicine Obstetrics & Gynecology on {W(x)}.\n\n"
            "Dinner the night before: Wednesday, December 9, 6:30 PM, Zingerman's Roadhouse (residents only, casual "
            "attire).\n\n"
            "Parking: Please park in the visitor structure (P4) attached to C.S. Mott Children's Hospital & Von "
            "Voigtlander Women's Hospital, 1540 E. Hospital Drive. Bring your ticket to the 8th floor and we will "
            "validate it. (Although you will park at the children's hospital, our department and interview day are "
            "in Von Voigtlander Women's Hospital.)\n\n"
            "Schedule:\n"
            "7:00 AM  Breakfast and welcome (L&D conference room, 8th floor)\n"
            "8:00 AM  Interviews (4 x 20 minutes)\n"
            "11:30 AM  Tour with residents\n"
            "12:30 PM  Lunch, then departure by 2:30 PM\n\n"
            "Please reply if you have any dietary restrictions.\n\n"
            "Best,\nTheresa Oyelowo\nResidency Program Coordinator\nDepartment of Obstetrics & Gynecology\n"
            "University of Michigan Medical School | Michigan Medicine")
    msg = mail(fn, addr("Oyelowo, Theresa", "toyelowo@med.umich.edu"),
               "Your Michigan OB/GYN Interview \u2013 Logistics", date, body, domain="med.umich.edu")
    reg(fn, msg, L("reminder", "Michigan Medicine", "email", OB, None, "in_person", [x]), {x: W(x)}, "ET")


@add
def m_hcmc_im():
    fn = "b25-rem-email-hcmc-im.eml"
    date = ct("2026-11-16 09:05")
    x = wd("2026-11-19")
    body = (f"Hi {FIRST},\n\n"
            "We're excited to host you at HCMC this Thursday! A few reminders for your interview day, "
            f"{Wmd(x)}:\n\n"
            "\u2022 Arrive by 7:30 AM at the Clinic & Specialty Center, 2nd floor conference room (Room 2.320)\n"
            "\u2022 Resident dinner: Wednesday, November 18, 6:30 PM at Hewing Hotel \u2014 look for the HCMC IM "
            "residents near the bar\n"
            "\u2022 Dress is business casual; comfortable shoes for the hospital tour\n"
            "\u2022 Parking: Green Ramp, 800 S 8th St (we'll validate)\n\n"
            "If anything comes up, text me at (612) 555-0163.\n\n"
            "See you soon,\nGretchen\n\n"
            "Gretchen Halvorsen, C-TAGME | Program Coordinator | HCMC Internal Medicine Residency")
    msg = mail(fn, addr("Halvorsen, Gretchen", "gretchen.halvorsen@hcmed.org"), "HCMC IM \u2013 see you Thursday!",
               date, body, domain="hcmed.org")
    reg(fn, msg, L("reminder", "HCMC", "email", IM, None, "in_person", [x]),
        {x: Wmd(x)}, "CT")


@add
def m_mir_dr():
    fn = "b25-rem-email-mir-dr.eml"
    date = ct("2026-12-11 15:30")
    x = wd("2026-12-16")
    body = (f"Dear {FIRST},\n\n"
            "We are so excited to host you for your virtual interview at the Mallinckrodt Institute of Radiology "
            f"next {x:%A}, {md(x)}!\n\n"
            "Zoom (same link all day): https://wustl.zoom.us/j/96610045182?pwd=MIRdr27\n\n"
            "Agenda (Central time)\n"
            "7:15 AM  Log in & tech check\n"
            "7:30 AM  Welcome from the Program Director\n"
            "8:00 AM  Faculty interviews (breakout rooms)\n"
            "10:45 AM  Case conference with residents\n"
            "12:00 PM  Wrap-up\n\n"
            "The resident happy hour is the night before (Tuesday, December 15, 6:00 PM CT) using the same link.\n\n"
            "Warm regards,\nMIR Residency Office\nMallinckrodt Institute of Radiology | Washington University School "
            "of Medicine in St. Louis\nBarnes-Jewish Hospital | St. Louis Children's Hospital")
    msg = mail(fn, addr("MIR Residency Office", "mir-residency@wustl.edu"), "Your MIR interview next week",
               date, body, domain="wustl.edu")
    reg(fn, msg, L("reminder", "Mallinckrodt Institute of Radiology", "email", DR, None, "virtual", [x]),
        {x: f"{x:%A}, {md(x)}"}, "CT")


@add
def m_uky_fm():
    fn = "b25-rem-eras-uky-fm.eml"
    date = et("2027-01-07 08:00")
    x = wd("2027-01-14")
    pre = ("This is a reminder of your upcoming interview.\n\n"
           "Program: University of Kentucky College of Medicine Program\n"
           "Specialty: Family Medicine\n"
           f"Interview Date: {num(x)} ({x:%a})\n"
           "Time: 8:00 AM - 3:00 PM ET\n"
           "Location: UK Family and Community Medicine, 2195 Harrodsburg Road, Lexington, KY 40504\n\n"
           "The freeze date for this interview has passed. If you can no longer attend, you may still cancel in "
           "MyERAS.")
    msg = eras_msg(fn, date, "Upcoming Interview Reminder", "Upcoming Interview Reminder", pre, None, None,
                   "Open MyERAS", MYERAS)
    reg(fn, msg, L("reminder", "University of Kentucky College of Medicine", "eras", FM, None, "in_person", [x]),
        {x: num(x)}, "ET")


@add
def m_mfb_pmr():
    fn = "b25-rem-email-mfb-pmr.eml"
    date = et("2027-01-04 10:20")
    x = wd("2027-01-08")
    rows = [["7:30 AM", "Breakfast with residents", "MFB main lobby, 235 Wealthy St SE"],
            ["8:15 AM", "Welcome \u2013 Program Director", "Conference Room B"],
            ["9:00 AM", "Faculty interviews", "Conference Room B"],
            ["11:30 AM", "Tour of the inpatient units and Mary Free Bed Sports Rehab", ""],
            ["12:30 PM", "Lunch and departure", ""]]
    intro = (f"Hi {FIRST},\n\n"
             f"We are excited to host you at MFB this Friday, {md(x)}! Here is your itinerary for the day.")
    outro = ("Thursday evening get-together: 6:00 PM at Founders Brewing Co., 235 Grandville Ave SW. Totally "
             "optional and no faculty!\n\n"
             "Free parking is available in the ramp off Wealthy St.\n\nSee you Friday,\nJenna\n"
             "Jenna VanderKooi | GME Coordinator | Mary Free Bed Rehabilitation Hospital")
    plain = intro + "\n\n" + ttable(["Time", "Activity", "Where"], rows) + "\n\n" + outro
    h = page(paras(intro) + htable(["Time", "Activity", "Where"], rows) + paras(outro))
    msg = mail(fn, addr("Jenna VanderKooi", "jenna.vanderkooi@maryfreebed.com"),
               "Itinerary - MFB PM&R Interview Day", date, plain, html_body=h, domain="maryfreebed.com")
    reg(fn, msg, L("reminder", "Mary Free Bed Rehabilitation Hospital", "email", PMR, None, "in_person", [x]),
        {x: f"Friday, {md(x)}"}, "ET")


@add
def m_osu_gs():
    fn = "b25-rem-email-osu-gs.eml"
    date = et("2026-12-01 16:45")
    x = wd("2026-12-07")
    body = ("Dear Maren,\n\n"
            "We are excited to host you for your interview with the OSU Wexner Medical Center General Surgery "
            f"Residency on Monday, {md(x)}.\n\n"
            "Sunday, December 6 \u2013 Welcome dinner with residents, 6:00 PM, Blackwell Inn (main lobby).\n"
            f"Monday, {md(x)} \u2013 Interview day, 6:45 AM check-in, Doan Hall, 4th floor surgery conference "
            "room. Concludes by 2:00 PM.\n\n"
            "Visitor parking is available in the Safe Auto garage at 10th Ave. Bring the ticket with you for "
            "validation.\n\n"
            "Go Bucks,\nColleen Marsh\nProgram Manager, General Surgery Residency\nThe Ohio State University Wexner "
            "Medical Center")
    msg = mail(fn, addr("Marsh, Colleen", "colleen.marsh@osumc.edu"),
               "Reminder: OSU General Surgery interview on Monday", date, body, domain="osumc.edu")
    reg(fn, msg, L("reminder", "The Ohio State University Wexner Medical Center", "email", GS, None, "in_person",
                   [x]), {x: f"Monday, {md(x)}"}, "ET")


@add
def m_loyola_im():
    fn = "b25-rem-ib-loyola-im.eml"
    date = ct("2026-12-01 08:00")
    x = wd("2026-12-03")
    pre = (f"Hi {FIRST},\n\n"
           "This is a reminder that your interview with Loyola University Medical Center \u2013 Internal Medicine "
           "(Categorical) is in two days.")
    grid = (["Date", "Time", "Zoom"],
            [[f"{x:%A} {num(x)}", "8:00 AM \u2013 1:00 PM CT", "https://luc.zoom.us/j/91822730455"]])
    msg = ib_msg(fn, date, "Reminder: Loyola University Medical Center interview", "Interview Reminder", pre, grid,
                 None, None, "Meeting ID: 918 2273 0455 \u00b7 Passcode: LUMCIM")
    reg(fn, msg, L("reminder", "Loyola University Medical Center", "interview_broker", IM, "categorical", "virtual",
                   [x]), {x: f"{x:%A} {num(x)}"}, "CT")


# ================================================================== cancellations
@add
def c_mcw_imprelim():
    fn = "b25-can-thal-mcw-imprelim.eml"
    date = utc("2026-11-10 03:12:40")
    x = wd("2026-11-30")
    card = [("Program", "Medical College of Wisconsin Affiliated Hospitals \u2013 Internal Medicine \u2013 Preliminary"),
            ("Cancelled interview", a3y(x)), ("Format", "Virtual"), ("Cancelled by", "You")]
    msg = thal_msg(fn, date, "Interview cancelled: Medical College of Wisconsin Affiliated Hospitals",
                   "Your interview was cancelled",
                   f"Hi {FIRST},\n\nThis confirms that you cancelled your interview. The program has been notified.",
                   card, None, None, None, "If this was a mistake, contact the program directly.")
    reg(fn, msg, L("cancellation", "Medical College of Wisconsin Affiliated Hospitals", "thalamus", IM,
                   "preliminary", "virtual", [x]), {x: a3y(x)}, "UTC")


@add
def c_ascstv_ty():
    fn = "b25-can-eras-ascstvincent-ty.eml"
    date = et("2026-11-12 21:33")
    x = wd("2026-12-03")
    pre = ("Your interview has been cancelled.\n\n"
           "Program: Ascension St. Vincent Hospital-Indianapolis Program\n"
           "Specialty: Transitional Year\n"
           f"Interview Date: {num(x)} ({x:%A})\n"
           "Interview Type: In Person\n"
           "Cancelled by: Applicant")
    msg = eras_msg(fn, date, "Interview Cancelled", "Interview Cancelled", pre, None, None, "View MyERAS", MYERAS)
    reg(fn, msg, L("cancellation", "Ascension St. Vincent Hospital-Indianapolis", "eras", TY, None, "in_person",
                   [x]), {x: num(x)}, "ET")


@add
def c_hfh_gsprelim():
    fn = "b25-can-ib-hfh-gsprelim.eml"
    date = et("2026-11-06 18:02")
    x = wd("2026-11-17")
    pre = (f"Hello {FIRST},\n\n"
           "You have cancelled the following interview. The slot has been released to other applicants.")
    grid = (["Program", "Track", "Date", "Time"],
            [["Henry Ford Hospital", "Surgery \u2013 Preliminary", f"{x:%A} {num(x)}", "1:00 \u2013 4:00 PM ET"]])
    msg = ib_msg(fn, date, "Interview Cancellation Confirmation - Henry Ford Hospital", "Interview Cancelled", pre,
                 grid, None, None, "Your categorical General Surgery interview with Henry Ford (if any) is not "
                 "affected by this cancellation.")
    reg(fn, msg, L("cancellation", "Henry Ford Hospital", "interview_broker", GS, "preliminary", "virtual", [x]),
        {x: f"{x:%A} {num(x)}"}, "ET")


@add
def c_iu_pmr():
    fn = "b25-can-email-iu-pmr.eml"
    date = et("2026-11-24 11:50")
    x = wd("2026-12-15")
    r1, r2 = wd("2027-01-12"), wd("2027-01-14")
    body = (f"Dear {FIRST},\n\n"
            "I'm very sorry to write with this news. Because our ACGME site visit has been scheduled for the same "
            "day, we must cancel the IU PM&R interview day on Tuesday, December 15, 2026. Your interview on that "
            "date is cancelled.\n\n"
            "We would love to still meet you. We can offer you either of these replacement dates (same hybrid "
            "format):\n"
            f"  1) {W(r1)}\n"
            f"  2) {W(r2)} (added for affected applicants)\n\n"
            "Please reply by Wednesday, December 2 with your choice and I will move you in Thalamus.\n\n"
            "Again, my apologies for the inconvenience.\n\n"
            "Monique Arredondo\nResidency Coordinator, Physical Medicine & Rehabilitation\nIndiana University "
            "School of Medicine\nRehabilitation Hospital of Indiana | 4141 Shore Drive, Indianapolis, IN 46254")
    msg = mail(fn, addr("Arredondo, Monique", "marredon@iu.edu"),
               "IMPORTANT: IU PM&R interview date change (Dec 15)", date, body, domain="iu.edu")
    reg(fn, msg, L("cancellation", "Indiana University School of Medicine", "email", PMR, None, "hybrid", [x]),
        {x: W(x)}, "ET")


@add
def c_uofl_obgyn():
    fn = "b25-can-rcas-uofl-obgyn.eml"
    date = et("2026-11-18 20:47")
    x = wd("2026-12-04")
    body = (f"Dear {FIRST},\n\n"
            "Your interview has been cancelled.\n\n"
            "Program: University of Louisville \u2013 Obstetrics and Gynecology\n"
            f"Interview date: {a3y(x)}\n"
            "Interview type: In person\n"
            "Cancelled by: Applicant\n\n"
            "The program has been notified. If you cancelled in error, please contact the program.")
    msg = rcas_msg(fn, date, "Interview Cancelled: University of Louisville", "Interview cancelled", body,
                   "My interviews", RCAS_PORTAL)
    reg(fn, msg, L("cancellation", "University of Louisville", "residencycas", OB, None, "in_person", [x]),
        {x: a3y(x)}, "ET")


@add
def c_umkc_im():
    fn = "b25-can-email-umkc-im.eml"
    mine = ct("2026-11-15 21:02")
    date = ct("2026-11-16 08:47")
    x = wd("2026-12-02")
    mine_txt = ("Dear Ms. Okeke,\n\n"
                f"I hope you are well. After a lot of thought, I would like to withdraw from my virtual interview "
                f"scheduled for Wednesday, December 2. I'm grateful for the invitation and want to make sure the "
                "spot can go to another applicant.\n\n"
                f"Sincerely,\nMaren Adeyemi-Kowalski\nAAMC ID {AAMCID}")
    body = ("Hi Maren,\n\n"
            "Thank you for letting us know \u2014 I have removed you from the December 2 session and released your "
            "slot. We wish you all the best this interview season!\n\n"
            "Rosalind Okeke\nProgram Coordinator, Internal Medicine\nUniversity of Missouri\u2013Kansas City School "
            "of Medicine | University Health (formerly Truman Medical Centers)\n\n"
            "-----Original Message-----\n"
            f"From: Maren Adeyemi-Kowalski <{ME}>\n"
            f"Sent: {outlook_sent(mine)}\n"
            "To: Okeke, Rosalind <okeker@umkc.edu>\n"
            "Subject: Withdrawal - UMKC IM interview 12/2\n\n" + mine_txt)
    msg = mail(fn, addr("Okeke, Rosalind", "okeker@umkc.edu"), "RE: Withdrawal - UMKC IM interview 12/2", date, body,
               domain="umkc.edu")
    reg(fn, msg, L("cancellation", "University of Missouri\u2013Kansas City", "email", IM, None, "virtual", [x]),
        {x: f"Wednesday, {md(x)}"}, "CT")
