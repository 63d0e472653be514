"""b24 info (10) and other (6) messages."""
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


# ============================================================== info
@add
def n_bwh():
    fn = "b24-info-email-bwh-anes.eml"
    date = et("2026-10-26 12:15:00")
    a, b = wd("2026-11-12"), wd("2026-12-01")
    body = f"""Dear Applicant,

Thank you for applying to the Brigham and Women's Hospital Anesthesiology Residency. Whether or not you have received an interview invitation yet, we'd like you to get to know our residents.

Virtual Open House sessions (Zoom, 7:00 \u2013 8:00 PM ET):
  \u2022 {W(a)} \u2013 Life in Boston & wellness
  \u2022 {W(b)} \u2013 Research, global health and the Harvard Medical School community

Register here: https://partners.zoom.us/meeting/register/BWHanesOH27

These sessions are informal, optional, and have no bearing on selection.

BWH Department of Anesthesiology, Perioperative and Pain Medicine
Brigham and Women's Hospital | Mass General Brigham
"""
    msg = mail(fn, addr("BWH Anesthesiology Residency", "bwhanesthesiaresidency@bwh.harvard.edu"),
               "Brigham & Women's Anesthesiology \u2013 Virtual Open House", date, body, domain="bwh.harvard.edu",
               to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "Brigham and Women's Hospital", "email", ANES))


@add
def n_sinai():
    fn = "b24-info-email-sinai-neuro.eml"
    date = et("2026-11-25 15:30:00")
    a, b = wd("2026-12-02"), wd("2027-01-06")
    body = f"""Hello everyone,

A quick note for all applicants invited to interview with Mount Sinai Neurology this season. In addition to your interview day, we are hosting two informal virtual gatherings with our residents:

{Wmd(a)}, 7:00\u20138:30 PM \u2013 Meet the Residents (breakout rooms by interest: stroke, epilepsy, neuroimmunology, movement)
{Wmd(b)}, 6:30\u20137:30 PM \u2013 Ask-us-anything with the chief residents

Zoom: https://mountsinai.zoom.us/j/84420019361

Attendance is optional and not part of the evaluation. We look forward to seeing you!

Department of Neurology
The Mount Sinai Hospital
"""
    msg = mail(fn, addr("Mount Sinai Neurology Residency", "neurology.residency@mountsinai.org"),
               "Mount Sinai Neurology \u2013 resident socials for invited applicants", date, body,
               domain="mountsinai.org", to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "The Mount Sinai Hospital", "email", NEURO))


@add
def n_upmc():
    fn = "b24-info-email-upmc-anes.eml"
    date = et("2026-12-14 09:00:00")
    body = """Dear Applicants,

We are pleased to announce that Dr. Rebecca Salazar-Klein has been appointed Program Director of the Anesthesiology Residency at UPMC Presbyterian Shadyside, effective January 1, 2027. Dr. Salazar-Klein has served as Associate Program Director since 2021.

Interviews will continue as scheduled; nothing changes for applicants who have already booked a date. Thank you for your interest in our program.

Department of Anesthesiology and Perioperative Medicine
University of Pittsburgh School of Medicine | UPMC
"""
    msg = mail(fn, addr("UPMC Anesthesiology Residency", "anesres@upmc.edu"),
               "Program leadership announcement \u2013 UPMC Anesthesiology", date, body, domain="upmc.edu",
               to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "UPMC Presbyterian Shadyside", "email", ANES))


@add
def n_ctch():
    fn = "b24-info-email-ctchildrens-peds.eml"
    date = et("2026-12-05 10:15:00")
    sl_day = wd("2027-02-05")
    body = f"""Hi Talia,

Thank you for interviewing with Connecticut Children's! It was wonderful to meet you.

We wanted to let you know about our optional in-person Second Look on {W(sl_day)}, from 12:00 to 4:00 PM. You'll be able to shadow residents on the wards, see our new Hartford Hospital NICU space, and have lunch with our chiefs. Second Look is entirely optional and has no effect on our rank list.

RSVP here by January 22: https://forms.office.com/r/CTCHsecondlook27

Warmly,
Brianna Kowalczyk
Residency Program Coordinator, Pediatrics
Connecticut Children's
"""
    msg = mail(fn, addr("Connecticut Children's Pediatric Residency", "pedsresidency@connecticutchildrens.org"),
               "Thank you + Second Look invitation", date, body, domain="connecticutchildrens.org")
    reg(fn, msg, L("info", "Connecticut Children's", "email", PEDS))


@add
def n_njms():
    fn = "b24-info-email-njms-em.eml"
    date = et("2026-12-03 17:45:00")
    oh = wd("2027-01-29")
    body = f"""Dear Talia,

Thank you for spending the day with us yesterday at Rutgers New Jersey Medical School and University Hospital. We enjoyed getting to know you, and we hope you felt the energy of our department.

Post-interview communication: per our program policy, we will not contact applicants after the interview regarding rank intentions, and we ask that you not feel obligated to send thank-you letters.

If you'd like to come back, we are hosting an in-person open house on {W(oh)} from 4:00 to 7:00 PM in the Emergency Department conference room.

All the best,
Rutgers NJMS Emergency Medicine Residency
"""
    msg = mail(fn, addr("NJMS EM Residency", "njmsem@njms.rutgers.edu"), "Thank you for interviewing with us!",
               date, body, domain="njms.rutgers.edu")
    reg(fn, msg, L("info", "Rutgers New Jersey Medical School", "email", EM))


@add
def n_thal():
    fn = "b24-info-thal-platform-none.eml"
    date = utc("2026-10-05 16:00:00")
    msg = thal_msg(fn, date, "What's new in Thalamus this season", "New this season",
                   f"Hi {FIRST},\n\nWe've made a few updates to help you manage interview season:\n\n"
                   "\u2022 Calendar sync now works with Google, Outlook and Apple calendars.\n"
                   "\u2022 Interview invitations now show the response deadline set by each program.\n"
                   "\u2022 Text-message alerts for new invitations and waitlist openings (turn them on in Settings).\n\n"
                   "Make sure noreply@thalamusgme.com is in your contacts so invitations don't land in spam.",
                   (), None, "Review notification settings", f"{THAL_APP}/applicant/settings/notifications")
    reg(fn, msg, L("info", None, "thalamus"))


@add
def n_eras():
    fn = "b24-info-eras-msg-none.eml"
    date = et("2026-11-18 07:12:00")
    t = f"""Dear {NAME},

You have a new message in MyERAS. Please log in to view it.

https://apps.aamc.org/myeras-web/#/messages

Please do not reply to this email. This mailbox is not monitored.

AAMC | ERAS
"""
    msg = mail(fn, ERAS_MSG, "You have a new message in MyERAS", date, t, html_body=False, domain=ERAS_DOM)
    reg(fn, msg, L("info", None, "eras"))


@add
def n_nrmp():
    fn = "b24-info-nrmp-rol-none.eml"
    date = et("2027-01-15 12:00:00")
    opens, cert = d("2027-02-01"), d("2027-03-03")
    body = f"""Dear Applicant,

Rank order list entry for the 2027 Main Residency Match opens on {W(opens)} at 12:00 PM ET. The rank order list certification deadline is {W(cert)} at 9:00 PM ET.

Remember: you may rank any program where you interviewed, and you should rank programs in order of your true preference. Programs you do not rank cannot match with you.

Review your rank order list, registration status and any outstanding fees in the R3 system: https://r3.nrmp.org

National Resident Matching Program
2121 K Street NW, Suite 1000, Washington, DC 20037
"""
    msg = mail(fn, addr("NRMP", "support@nrmp.org"), "2027 Main Residency Match: Ranking opens February 1", date, body,
               domain="nrmp.org")
    reg(fn, msg, L("info", None, "other"))


@add
def n_maine():
    fn = "b24-info-email-mmc-psych.eml"
    date = et("2026-12-01 16:20:00")
    second = wd("2027-02-05")
    body = f"""Dear Talia,

Thank you for interviewing with the Maine Medical Center Psychiatry Residency yesterday! We hope you enjoyed Portland (and the lobster rolls on Sunday night).

We will hold an optional Second Look on {W(second)}. It's a chance to attend our Friday didactics, tour Spring Harbor Hospital, and spend the afternoon with residents. Please let me know by January 15 if you'd like to join us.

We are required by NRMP policy to remind you that you are under no obligation to communicate your rank intentions.

Warmly,
Jodi Letourneau
Residency Coordinator, Department of Psychiatry
Maine Medical Center | Portland, Maine
"""
    msg = mail(fn, addr("Letourneau, Jodi", "jletourneau@mainehealth.org"), "Thank you & Second Look (February)",
               date, body, domain="mainehealth.org")
    reg(fn, msg, L("info", "Maine Medical Center", "email", PSYCH))


@add
def n_tufts():
    fn = "b24-info-email-tufts-neuro.eml"
    date = et("2026-12-02 13:00:00")
    body = """Dear Applicants,

An update from the Neurology Residency at Tufts Medical Center: all of our interview invitations have now been sent and every interview date is full. If you are on our Interview Broker waitlist, you remain on it; openings are released there automatically.

We are grateful for the strong interest in our program this season.

Tufts Medical Center Neurology Residency
Tufts University School of Medicine
"""
    msg = mail(fn, addr("Tufts MC Neurology Residency", "neurologyresidency@tuftsmedicine.org"),
               "Tufts Neurology \u2013 interview season update", date, body, domain="tuftsmedicine.org",
               to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "Tufts Medical Center", "email", NEURO))


# ============================================================== other
@add
def o_hotel():
    fn = "b24-oth-email-hotel-psych.eml"
    date = et("2026-10-17 20:11:00")
    ci, co = d("2026-11-29"), d("2026-11-30")
    body = f"""Thanks for booking, Talia!

Hilton Garden Inn Portland Downtown Waterfront
65 Commercial Street, Portland, ME 04101

Confirmation Number: 3398172640
Check-in: {W(ci)} (3:00 PM)
Check-out: {W(co)} (11:00 AM)
Room: 1 King Bed, Harbor View
Rate: Maine Medical Center Residency Interview Rate \u2013 $139.00/night
Guests: 1 adult

Cancel free of charge until 11:59 PM local time, 2 days before arrival.

Manage your reservation: https://www.hilton.com/en/book/reservation/find/?confirmation=3398172640

Hilton Honors | Hilton Garden Inn
"""
    msg = mail(fn, addr("Hilton Garden Inn", "hiltongardeninn@res.hilton.com"),
               "Your reservation confirmation #3398172640", date, body, domain="res.hilton.com")
    reg(fn, msg, L("other", None, "other"))


@add
def o_classmate():
    fn = "b24-oth-fwd-classmate-im.eml"
    date = et("2026-10-22 22:40:00")
    sent = et("2026-10-22 14:03:00")
    ds = [wd("2026-11-13"), wd("2026-12-04"), wd("2027-01-15")]
    body = f"""Tal \u2014 look what just came in!! Did you get this one too? Columbia IM sent theirs today. Dates below, I'm thinking Dec 4.

- Devin

---------- Forwarded message ---------
From: Columbia Medicine Residency <medresidency@cumc.columbia.edu>
Date: {sent:%a}, {sent:%b} {sent.day}, {sent.year} at {hm(sent)}
Subject: Interview Invitation - Internal Medicine Residency
To: <dachterberg@quinnipiac.edu>

Dear Devin,

On behalf of the Internal Medicine Residency Program at NewYork-Presbyterian Hospital/Columbia University Irving Medical Center, I am delighted to invite you to interview with us. Our virtual interview dates are {Wmd(ds[0])}, {Wmd(ds[1])} and {Wmd(ds[2])}.

Please schedule through Thalamus within 5 days.

Sincerely,
Internal Medicine Residency Program, Columbia University Irving Medical Center
"""
    msg = mail(fn, addr("Devin Achterberg", "devin.achterberg@gmail.com"),
               "Fwd: Interview Invitation - Internal Medicine Residency", date, body, html_body=False,
               domain="mail.gmail.com")
    reg(fn, msg, L("other", None, "other"))


@add
def o_amtrak():
    fn = "b24-oth-email-amtrak-ty.eml"
    date = et("2026-11-08 19:25:00")
    trip = d("2026-12-03")
    body = f"""Amtrak eTicket

Thank you for traveling with Amtrak. Reservation Number: 7A4C21

Passenger: TALIA BRENNAN-OSEI

Train 283 Empire Service | {a3y(trip)}
Depart: New York, NY - Moynihan Train Hall (NYP) 11:20 AM
Arrive: Rochester, NY (ROC) 6:12 PM
Coach \u2013 Reserved seat

Total charged: $84.00 (Visa ending 4417)

Print or show this eTicket on your mobile device. Download the Amtrak app for easy boarding.

Amtrak | National Railroad Passenger Corporation
"""
    msg = mail(fn, addr("Amtrak", "etickets@amtrak.com"), "Amtrak: eTicket and Receipt for Your 12/03/2026 Trip",
               date, body, domain="amtrak.com")
    reg(fn, msg, L("other", None, "other"))


@add
def o_ooo():
    fn = "b24-oth-ooo-stonybrook-psych.eml"
    date = et("2026-11-25 08:03:00")
    body = """Thank you for your email. I am out of the office for the Thanksgiving holiday through Monday, November 30, with limited access to email. For urgent residency matters please contact psychiatry.residency@stonybrookmedicine.edu.

Jenna Albrecht
Residency Program Administrator, Department of Psychiatry & Behavioral Health
Stony Brook Medicine
"""
    msg = mail(fn, addr("Albrecht, Jenna", "jenna.albrecht@stonybrookmedicine.edu"),
               "Automatic reply: Stony Brook Psychiatry - application status", date, body, html_body=False,
               domain="stonybrookmedicine.edu", extra=[("Auto-Submitted", "auto-replied"),
                                                       ("X-Auto-Response-Suppress", "All")])
    reg(fn, msg, L("other", None, "other"))


@add
def o_prep():
    fn = "b24-oth-email-prep-none.eml"
    date = et("2026-10-20 11:00:00")
    body = """Interview invitations rolling in? Make every one count.

Our Residency Interview Bootcamp pairs you with a faculty coach for two mock interviews (behavioral + MMI style) and personalized feedback within 24 hours.

\u2605 This week only: 30% off with code INVITED30
\u2605 Specialty-specific question banks for Pediatrics, Internal Medicine, Neurology, Psychiatry, EM and Anesthesiology
\u2605 "Tell me about yourself" script review

Book now: https://www.matchreadycoaching.com/bootcamp?utm_source=email&utm_campaign=invites_oct

You're receiving this because you signed up at matchreadycoaching.com. Unsubscribe: https://www.matchreadycoaching.com/unsub?u=tbo27
MatchReady Coaching LLC, 1 Main Street, Cambridge, MA 02142
"""
    msg = mail(fn, addr("MatchReady Coaching", "hello@matchreadycoaching.com"),
               "\U0001F4E9 Got interview invitations? Nail them (30% off this week)", date, body,
               domain="matchreadycoaching.com")
    reg(fn, msg, L("other", None, "other"))


@add
def o_school():
    fn = "b24-oth-email-netter-none.eml"
    date = et("2026-11-16 08:30:00")
    body = f"""Dear Class of 2027,

We hope interview season is going well! To help us support you, please take five minutes to complete our mid-season check-in survey by Friday, November 20. We ask how many interview invitations you have received, how many interviews you have scheduled, and whether you would like to meet with an advisor.

Survey: https://quinnipiac.co1.qualtrics.com/jfe/form/SV_netterMS4checkin

Your responses are confidential and are only used by the Office of Student Affairs.

Warmly,
Office of Student Affairs
{SCHOOL}
"""
    msg = mail(fn, addr("Netter Student Affairs", "nettersa@quinnipiac.edu"),
               "MS4 interview season check-in (5 minutes)", date, body, domain="quinnipiac.edu",
               cc=addr("Netter Class of 2027", "netter2027@quinnipiac.edu"))
    reg(fn, msg, L("other", None, "other"))
