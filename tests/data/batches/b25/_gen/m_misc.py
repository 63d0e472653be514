"""b25 info (10) and other (6)."""
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


# ================================================================== info
@add
def n_ccf_gs():
    fn = "b25-info-email-ccf-gs.eml"
    date = et("2026-10-08 12:30")
    body = ("Hello applicants!\n\n"
            "Thank you for applying to the General Surgery Residency at Cleveland Clinic. While our selection "
            "committee is still reviewing applications, our residents would like to invite all applicants to our "
            "virtual \u201cMeet the Residents\u201d open houses. These are informal, not part of the evaluation, and "
            "no RSVP is needed:\n\n"
            "\u2022 Tuesday, October 13 \u2013 7:00 PM ET: Research years & academic development\n"
            "\u2022 Wednesday, October 21 \u2013 7:00 PM ET: Life in Cleveland\n"
            "\u2022 Thursday, November 5 \u2013 7:00 PM ET: Ask the chiefs anything\n\n"
            "Join: https://clevelandclinic.zoom.us/j/98120034477\n\n"
            "Interview invitations are being sent on a rolling basis through Thalamus.\n\n"
            "Cleveland Clinic General Surgery Residency\n9500 Euclid Avenue, Cleveland, OH 44195\n"
            "Please do not reply to this message; write to surgeryresidency@ccf.org with questions.")
    msg = mail(fn, addr("Cleveland Clinic Surgery Residency", "surgeryresidency@ccf.org"),
               "Meet the Residents \u2013 Cleveland Clinic General Surgery Open Houses", date, body,
               domain="ccf.org", to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "Cleveland Clinic", "email", GS), zone="ET")


@add
def n_hennepin_im():
    fn = "b25-info-email-hennepin-im.eml"
    date = ct("2026-11-20 15:48")
    body = (f"Dear {FIRST},\n\n"
            "Thank you for spending the day with us at Hennepin Healthcare yesterday. It was a pleasure to meet "
            "you, and we hope you got a real sense of what makes our residents proud to train at \u201cthe County.\u201d\n\n"
            "In keeping with NRMP policy, we will not ask about your ranking plans, and no further communication is "
            "required on your part. If you would like to see us again, we will host an optional in-person Second "
            "Look on Friday, January 22, 2027. Registration will open in December.\n\n"
            "With gratitude,\n"
            "Dr. Elena Brandvold, Program Director\nInternal Medicine Residency | Hennepin Healthcare\n"
            "(formerly Hennepin County Medical Center)")
    msg = mail(fn, addr("Hennepin IM Residency", "imresidency@hcmed.org"), "Thank you from Hennepin IM", date,
               body, domain="hcmed.org")
    reg(fn, msg, L("info", "Hennepin Healthcare", "email", IM), zone="CT")


@add
def n_sra_pmr():
    fn = "b25-info-email-sra-pmr.eml"
    date = ct("2026-10-28 12:10")
    body = ("Hi everyone,\n\n"
            "Thanks again for scheduling your interview with Shirley Ryan AbilityLab! Our residents are hosting "
            "two optional virtual socials ahead of interview season:\n\n"
            "  - Thursday, November 5, 7:00\u20138:00 PM CT \u2014 Resident panel: research, wellness and "
            "fellowships\n"
            "  - Thursday, December 3, 7:00\u20138:00 PM CT \u2014 Pediatric rehab with faculty from Ann & Robert "
            "H. Lurie Children's Hospital of Chicago\n\n"
            "Zoom: https://sralab.zoom.us/j/93388170022\n\n"
            "These events are not evaluative. We'll see you soon!\n\n"
            "Dominic Esparza | Residency Program Coordinator | SRAlab (formerly RIC)")
    msg = mail(fn, addr("Dominic Esparza", "desparza@sralab.org"), "SRAlab PM&R \u2013 optional virtual socials",
               date, body, domain="sralab.org", to="SRAlab PM&R Applicants <pmr-applicants@sralab.org>")
    reg(fn, msg, L("info", "Shirley Ryan AbilityLab", "email", PMR), zone="CT")


@add
def n_uky_fm():
    fn = "b25-info-email-uky-fm.eml"
    date = et("2026-12-15 14:05")
    body = ("Dear Applicants,\n\n"
            "We are writing to share some news from the University of Kentucky Family Medicine Residency. After "
            "eleven years of leadership, Dr. Carla Wendt will step into the role of Vice Chair for Education, and "
            "Dr. Marcus Oduya, our current Associate Program Director, will become Program Director on January 4, "
            "2027.\n\n"
            "Nothing changes about your interview day; we simply wanted you to hear it from us first. Dr. Oduya "
            "will lead the program overview at every remaining session.\n\n"
            "UK Family and Community Medicine | UK HealthCare | Lexington, KY")
    msg = mail(fn, addr("UK FM Residency", "ukfmresidency@uky.edu"), "News from UK Family Medicine", date, body,
               domain="uky.edu", to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "University of Kentucky", "email", FM), zone="ET")


@add
def n_rcas():
    fn = "b25-info-rcas-system-none.eml"
    date = et("2026-11-05 17:00")
    body = (f"Dear {FIRST},\n\n"
            "ResidencyCAS will be unavailable for scheduled maintenance on Saturday, November 7, from 11:00 PM to "
            "3:00 AM ET. During this window you will not be able to accept interview invitations, join waitlists "
            "or change scheduled interviews. Programs have been asked not to release invitations during the "
            "maintenance window.\n\n"
            "Thank you for your patience.\nThe ResidencyCAS Team")
    msg = rcas_msg(fn, date, "Scheduled maintenance: ResidencyCAS", "Planned maintenance", body)
    reg(fn, msg, L("info", None, "residencycas"), zone="ET")


@add
def n_eras_msg():
    fn = "b25-info-eras-msg-none.eml"
    date = et("2026-11-02 13:44")
    body = ("You have received a new message in MyERAS.\n\n"
            "Sign in to MyERAS to read it: https://apps.aamc.org/myeras-web/#/messages\n\n"
            "This is an automated notification. Please do not reply.\n")
    msg = build(fn, text(body, cte="7bit"), ERASPO, "New Message in MyERAS", date, domain="aamc.org")
    reg(fn, msg, L("info", None, "eras"), zone="ET")


@add
def n_thal():
    fn = "b25-info-thal-calendar-none.eml"
    date = utc("2026-10-06 16:00:00")
    msg = thal_msg(fn, date, "New in Thalamus: two-way calendar sync", "Keep your calendar in sync",
                   f"Hi {FIRST},\n\nInterview season is here. You can now connect Google Calendar or Outlook to "
                   "Thalamus so every interview you schedule appears automatically, and conflicts are flagged before "
                   "you accept a date.\n\nTurn on text alerts too, so you never miss a new invitation or a waitlist "
                   "opening.", (), None, "Connect my calendar", f"{THAL_APP}/applicant/settings/calendar")
    reg(fn, msg, L("info", None, "thalamus"), zone="UTC")


@add
def n_nrmp():
    fn = "b25-info-nrmp-rol-none.eml"
    date = et("2027-01-20 11:00")
    body = ("Dear Applicant,\n\n"
            "The rank order list entry period for the 2027 Main Residency Match opens on Monday, February 1, 2027 "
            "at 12:00 PM ET. Be sure to certify your list before the rank order list deadline: Wednesday, March 3, "
            "2027 at 9:00 PM ET.\n\n"
            "Reminders:\n"
            "\u2022 You may rank only programs that have interviewed you; ranking a program is not a commitment "
            "from the program.\n"
            "\u2022 Programs may not ask you how you plan to rank them.\n"
            "\u2022 Your list is not submitted until you click Certify.\n\n"
            "Match Week begins Monday, March 15, 2027; Match Day is Friday, March 19, 2027.\n\n"
            "National Resident Matching Program\n2121 K Street NW, Suite 1000, Washington, DC 20037\n"
            "https://www.nrmp.org")
    msg = mail(fn, addr("NRMP", "support@nrmp.org"), "2027 Main Residency Match: ranking opens February 1", date,
               body, domain="nrmp.org")
    reg(fn, msg, L("info", None, "other"), zone="ET")


@add
def n_corewell_ty():
    fn = "b25-info-email-corewell-ty.eml"
    date = et("2027-01-13 09:15")
    body = (f"Hi {FIRST},\n\n"
            "Thank you for interviewing with the Transitional Year program at Corewell Health William Beaumont "
            "University Hospital yesterday \u2014 you may still hear many of us call it Beaumont Royal Oak!\n\n"
            "If you have more questions, our residents will run an open virtual Q&A on Thursday, January 28 at "
            "7:00 PM ET (https://corewellhealth.zoom.us/j/94417702356). Please also note that our TY program is "
            "separate from the Corewell Health Grand Rapids (formerly Spectrum Health) programs.\n\n"
            "All the best,\nNadia Haddad\nMedical Education Coordinator, Transitional Year\nCorewell Health East")
    msg = mail(fn, addr("Haddad, Nadia", "nadia.haddad@corewellhealth.org"), "Thank you for visiting Royal Oak!",
               date, body, domain="corewellhealth.org")
    reg(fn, msg, L("info", "Corewell Health William Beaumont University Hospital", "email", TY), zone="ET")


@add
def n_uchicago_dr():
    fn = "b25-info-email-uchicago-dr.eml"
    date = ct("2027-01-08 10:00")
    body = ("Dear Applicants,\n\n"
            "This is a brief update from UChicago Medicine Diagnostic Radiology. Our interview season is nearly "
            "complete and our alternate list remains active through January 22. If you are no longer interested "
            "in our program, please reply so we can update our records.\n\n"
            "Thank you for your interest,\nUChicago Radiology Residency Office")
    msg = mail(fn, addr("UChicago Radiology Residency", "radresidency@bsd.uchicago.edu"),
               "UChicago DR \u2013 alternate list update", date, body, domain="bsd.uchicago.edu",
               to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "UChicago Medicine", "email", DR), zone="CT")


# ================================================================== other
@add
def o_blackwell():
    fn = "b25-oth-email-blackwell-gs.eml"
    date = et("2026-10-27 19:22")
    body = (f"Dear {NAME},\n\n"
            "Thank you for choosing The Blackwell Inn & Pfahl Conference Center at The Ohio State University. Your "
            "reservation is confirmed.\n\n"
            "Confirmation number: BW-48821736\n"
            "Arrival: Sunday, December 6, 2026 (check-in 4:00 PM)\n"
            "Departure: Monday, December 7, 2026 (check-out 12:00 PM)\n"
            "Room: 1 King, non-smoking\n"
            "Rate: OSU Department of Surgery \u2013 Interview Group, $149.00 per night plus tax\n\n"
            "Self-parking is available in the attached garage. We look forward to welcoming you.\n\n"
            "The Blackwell Inn & Pfahl Conference Center\n2110 Tuttle Park Place, Columbus, OH 43210")
    msg = mail(fn, addr("The Blackwell Inn", "reservations@theblackwell.com"),
               "Reservation Confirmation - The Blackwell Inn", date, body, domain="theblackwell.com")
    reg(fn, msg, L("other", None, "other"), zone="ET")


@add
def o_american():
    fn = "b25-oth-email-aa-im.eml"
    date = ct("2026-10-15 20:40")
    body = ("Your trip confirmation (SPI - MSP)\n\n"
            "Record locator: QXVLMT\n\n"
            "Wednesday, November 18, 2026\n"
            "  AA 3395  Springfield, IL (SPI) 6:05 AM  ->  Chicago O'Hare (ORD) 7:05 AM\n"
            "  AA 2417  Chicago O'Hare (ORD) 9:10 AM  ->  Minneapolis/St. Paul (MSP) 10:42 AM\n\n"
            "Friday, November 20, 2026\n"
            "  AA 2940  Minneapolis/St. Paul (MSP) 7:30 AM  ->  Chicago O'Hare (ORD) 9:02 AM\n"
            "  AA 3402  Chicago O'Hare (ORD) 11:15 AM  ->  Springfield, IL (SPI) 12:12 PM\n\n"
            f"Passenger: {NAME.upper()}\nTicket: 0012183746625\nTotal paid: $386.40\n\n"
            "Check in online 24 hours before departure at aa.com or in the American app.")
    msg = mail(fn, addr("American Airlines", "no-reply@info.email.aa.com"),
               "Your trip confirmation (SPI - MSP)", date, body, domain="aa.com")
    reg(fn, msg, L("other", None, "other"), zone="CT")


@add
def o_siu():
    fn = "b25-oth-email-siuadvising-none.eml"
    date = ct("2026-11-09 07:30")
    body = ("Hi MS4s,\n\n"
            "We hope interview season is going well! A few things from the Office of Student Affairs:\n\n"
            "1. Mock interview sessions continue on Tuesdays at noon in the Medical Library, 801 N. Rutledge \u2014 "
            "sign up at https://siumed.libcal.com/mock-interviews\n"
            "2. Please update your count of interview invitations in the MS4 tracking survey by Friday, November "
            "20, so advisors can reach out to anyone who may need support: https://forms.gle/SIUms4interviews27\n"
            "3. Reminder: if you are applying in OB/GYN, invitations and waitlists come through ResidencyCAS, "
            "not ERAS.\n\n"
            "Cheering you on,\nOffice of Student Affairs\nSouthern Illinois University School of Medicine")
    msg = mail(fn, addr("SIU Student Affairs", "studentaffairs@siumed.edu"), "MS4 interview season check-in", date,
               body, domain="siumed.edu", to=f"SIU MS4 Class <ms4class2027@siumed.edu>")
    reg(fn, msg, L("other", None, "other"), zone="CT")


@add
def o_ooo():
    fn = "b25-oth-ooo-uc-im.eml"
    date = et("2026-11-25 16:33")
    body = ("Thank you for your email. I am out of the office for the Thanksgiving holiday from Wednesday, November "
            "25 through Friday, November 27, returning Monday, November 30. For urgent interview-day matters, "
            "please contact the IM chief residents at imchiefs@uc.edu.\n\n"
            "Kara Delacroix | Internal Medicine Residency | University of Cincinnati College of Medicine")
    msg = build(fn, text(body), addr("Delacroix, Kara (delacrka)", "delacrka@ucmail.uc.edu"),
                "Automatic reply: Question about interview parking", date, domain="ucmail.uc.edu",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    reg(fn, msg, L("other", None, "other"), zone="ET")


@add
def o_airbnb():
    fn = "b25-oth-email-airbnb-pmr.eml"
    date = utc("2026-11-06 01:12:55")
    body = ("Reservation confirmed for Grand Rapids\n\n"
            "Heritage Hill studio near downtown \u2013 hosted by Lindsey\n\n"
            "Check-in: Thu, Jan 7, 2027, after 3:00 PM\n"
            "Checkout: Fri, Jan 8, 2027, before 11:00 AM\n"
            "Guests: 1 adult\n\n"
            "Confirmation code: HMQ8Z4XRTA\n"
            "Total (USD): $118.62\n\n"
            "Get directions, message your host and view your receipt in the Airbnb app.\n\n"
            "Airbnb, Inc., 888 Brannan St, San Francisco, CA 94103")
    msg = mail(fn, addr("Airbnb", "automated@airbnb.com"), "Reservation confirmed for Grand Rapids", date, body,
               domain="airbnb.com")
    reg(fn, msg, L("other", None, "other"), zone="UTC")


@add
def o_doximity():
    fn = "b25-oth-email-doximity-none.eml"
    date = utc("2026-11-17 14:30:00")
    body = ("Maren, see what residents are saying\n\n"
            "Programs you've viewed on Residency Navigator have new resident reviews:\n\n"
            "\u2022 Henry Ford Hospital \u2013 General Surgery (Detroit, MI) \u2014 12 new reviews\n"
            "\u2022 Mayo Clinic \u2013 Diagnostic Radiology (Rochester, MN) \u2014 4 new reviews\n"
            "\u2022 University of Cincinnati \u2013 Internal Medicine (Cincinnati, OH) \u2014 7 new reviews\n\n"
            "Preparing for interviews? Read our guide: 10 questions to ask on interview day.\n"
            "https://www.doximity.com/residency/articles/interview-questions\n\n"
            "Doximity, 500 3rd St. Suite 510, San Francisco, CA 94107. Unsubscribe | Email settings")
    msg = mail(fn, addr("Doximity Residency Navigator", "residency@doximity.com"),
               "New reviews for programs on your list", date, body, domain="doximity.com")
    reg(fn, msg, L("other", None, "other"), zone="UTC")
