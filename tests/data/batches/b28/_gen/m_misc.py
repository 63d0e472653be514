"""Info (10) and other (6)."""
from lib import *  # noqa: F401,F403
import lib

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ====================================================================== info
@reg
def info_email_musc():
    sent = at(ET, "2026-11-24T12:00:03")
    second = d("2027-02-12")
    rol = d("2027-03-03")
    plain = f"""Dear {FIRST},

Thank you for spending last Friday with us. Our faculty and residents enjoyed getting to know you, and I hope the day gave you a good feel for training in psychiatry at the Medical University of South Carolina.

A few notes about the rest of the season:

{BUL} Post-interview communication. In keeping with NRMP policy, we will not ask where you plan to rank us, and you should not feel obliged to send thank-you notes or updates. If you have questions, please write to Janelle or to me at any time.
{BUL} Optional Second Look. For applicants who would like to see Charleston in person, we are hosting an informal visit on {long_(second)}. Attendance is entirely optional and is not considered in our rank list. Details will go out in January.
{BUL} Rank lists. Our own rank list is due to the NRMP by {long_(rol)}.

With gratitude,

Celeste Pendarvis, MD
Program Director, General Psychiatry Residency
Medical University of South Carolina | Department of Psychiatry and Behavioral Sciences
"""
    emit("b28-info-email-musc-psych.eml",
         lab("info", "Medical University of South Carolina", "email", PSY),
         a("Pendarvis, Celeste", "pendarvc@musc.edu"), "Thank you from MUSC Psychiatry", sent, plain,
         cc="Hartwell, Janelle <hartwelj@musc.edu>")


@reg
def info_email_uab_pmr():
    sent = at(CT, "2026-11-16T10:30:55")
    sl_ = d("2027-01-29")
    plain = f"""Dear {FIRST},

Thank you for interviewing with the UAB Department of Physical Medicine and Rehabilitation on Friday. It was a pleasure to introduce you to our faculty and residents.

We would like to invite all interviewed applicants to an optional, in-person Second Look on {long_(sl_)}, at UAB Spain Rehabilitation Center (1717 6th Avenue South, Birmingham). The afternoon includes a tour of our inpatient units and the Lakeshore Foundation, followed by dinner with residents. Second Look attendance is not tracked and has no effect on our rank list. Please RSVP to this email by January 15 if you plan to attend.

Best regards,

PM&R Residency Program
University of Alabama at Birmingham | Heersink School of Medicine
"""
    emit("b28-info-email-uab-pmr.eml",
         lab("info", "University of Alabama at Birmingham", "email", PMR),
         a("UAB PM&R Residency", "pmrresidency@uabmc.edu"), "Thank you & Second Look invitation \u2013 UAB PM&R",
         sent, plain, html="simple")


@reg
def info_eras_msg():
    sent = at(ET, "2026-10-21T06:12:00")
    lib.eras("b28-info-eras-msg-none.eml", lab("info", None, "eras"), sent, "New Message in MyERAS",
             "You have a new message",
             "A program has sent you a message. Sign in to MyERAS and open the Messages tab to read it.",
             frm=a("MyERAS", "myeras@aamc.org"))


@reg
def info_thal_system():
    sent = at(UTC, "2026-11-02T17:00:00")
    thalamus("b28-info-thal-system-none.eml", lab("info", None, "thalamus"), sent,
             "New in Thalamus: sync your interviews to your calendar", "Your interviews, on your calendar",
             "You can now subscribe to your Thalamus itinerary from Google Calendar, Outlook or Apple Calendar. "
             "Scheduled interviews, socials and changes made by programs will appear automatically \u2014 no more "
             "downloading a file for each event.\n\n"
             "To set it up, open Settings > Calendar Sync and copy your private subscription link.",
             cta="Set up calendar sync", url="https://app.thalamusgme.com/applicant/settings/calendar",
             after="Heads-up: daylight saving time ended on November 1 in most of the US. Times in Thalamus are "
                   "always shown in the program\u2019s time zone with the zone abbreviation beside them.")


@reg
def info_nrmp():
    sent = at(ET, "2027-01-15T14:00:00")
    opens = d("2027-02-01")
    cert = d("2027-03-03")
    plain = f"""Dear Applicant,

As interview season draws to a close, here is what to expect next in the Main Residency Match.

{BUL} Rank order list entry opens at 12:00 PM ET on {long_(opens)}.
{BUL} Rank order lists must be certified by 9:00 PM ET on {long_(cert)}.
{BUL} If you applied to both advanced and preliminary or transitional positions, remember to create supplemental rank order lists linked to your primary list.

Please review the Match Participation Agreement, including the rules on post-interview communication. No program may ask you how you intend to rank it.

Log in to the R3 system: https://r3.nrmp.org

National Resident Matching Program
2121 K Street NW, Suite 1000, Washington, DC 20037
"""
    emit("b28-info-nrmp-rank-none.eml", lab("info", None, "other"),
         a("NRMP", "noreply@nrmp.org"), "Main Residency Match: what's next for your rank order list", sent, plain,
         html="simple")


@reg
def info_email_navicent():
    sent = at(ET, "2026-11-13T15:02:11")
    match = d("2027-03-19")
    plain = f"""Dear {FIRST},

Thank you for interviewing with us yesterday. It was great to have you back in Macon, and our residents couldn’t stop talking about how well you fit in at dinner.

As a program we follow NRMP guidance on post-interview communication: we won’t ask about your rank list and we don’t expect thank-you notes. Please reach out to Tameka or to me with any questions as you make your decisions.

We wish you the very best and look forward to Match Day on {long_(match)}.

Sincerely,

Emeka Okwuosa, MD, FAAFP
Program Director, Family Medicine Residency
Atrium Health Navicent | Mercer University School of Medicine
"""
    emit("b28-info-email-navicent-fm.eml",
         lab("info", "Atrium Health Navicent", "email", FM),
         a("Okwuosa, Emeka", "Emeka.Okwuosa@atriumhealth.org"), "Thank you for visiting Navicent FM", sent, plain)


@reg
def info_email_novant():
    sent = at(ET, "2026-09-29T17:30:00")
    d1, d2 = d("2026-10-14"), d("2026-10-27")
    url = "https://novanthealth.zoom.us/webinar/register/WN_nhrmcEMopenhouse"
    plain = f"""Hello applicants!

Want to get to know Novant Health New Hanover Regional Medical Center Emergency Medicine before interview season gets busy? Join our residents and faculty for a virtual open house:

{BUL} {long_ny(d1)}, 7:00–8:00 PM ET
{BUL} {long_ny(d2)}, 7:00–8:00 PM ET

Register here: {url}

These sessions are informal and open to anyone who has applied — they are not interviews and attendance is not tracked. Bring your questions about Wilmington, our ultrasound curriculum and life at the beach!

NHRMC Emergency Medicine Residency
Novant Health New Hanover Regional Medical Center | 2131 S. 17th Street, Wilmington, NC 28401
"""
    emit("b28-info-email-novant-em.eml",
         lab("info", "Novant Health New Hanover Regional Medical Center", "email", EM),
         a("NHRMC EM Residency", "emresidency@novanthealth.org"), "Virtual Open House \u2013 NHRMC Emergency Medicine",
         sent, plain, to="undisclosed-recipients:;")


@reg
def info_aua_uro():
    sent = at(ET, "2027-01-04T10:00:00")
    plain = """Dear Urology Match Applicant,

The rank list entry period for the AUA Urology Residency Match is now open. Please log in to the AUA Match portal to enter and certify your rank list before the deadline shown on your dashboard.

A few reminders:
- Rank only programs at which you interviewed.
- The Urology Match is separate from the NRMP Main Residency Match. If you also applied to preliminary surgery or other specialties, those rank lists are submitted through the NRMP.
- Results are released to applicants and programs on the same day by email and in the portal.

Questions? Contact residencymatch@auanet.org.

AUA Residency Match Program
American Urological Association | 1000 Corporate Blvd, Linthicum, MD 21090
"""
    emit("b28-info-aua-match-uro.eml", lab("info", None, "other", URO),
         a("AUA Residency Match", "residencymatch@auanet.org"), "AUA Urology Match: rank list entry is open", sent,
         plain, html="simple")


@reg
def info_email_emory_uro():
    sent = at(ET, "2026-12-15T14:20:37")
    plain = f"""Dear {FIRST},

On behalf of the faculty and residents of the Department of Urology, thank you for traveling to Atlanta and spending yesterday with us. We hope you enjoyed dinner on Sunday and the chance to see Grady and the Clifton campus.

We know this is a demanding season. Please don’t hesitate to reach out if any questions come up as you finalize your rank list; we will not contact you further about ranking.

Best wishes,

Residency Program Office
Department of Urology | Emory University School of Medicine
1365 Clifton Road NE, Building B | Atlanta, GA 30322
"""
    emit("b28-info-email-emory-uro.eml",
         lab("info", "Emory University School of Medicine", "email", URO),
         a("Emory Urology Residency", "urology.residency@emory.edu"), "Thank you for interviewing with Emory Urology",
         sent, plain)


@reg
def info_email_uthsc():
    sent = at(CT, "2026-11-02T11:00:00")
    d1, d2 = d("2026-11-10"), d("2026-12-08")
    plain = f"""Dear Applicant,

Thank you for accepting an interview with the University of Tennessee Health Science Center Internal Medicine Residency in Memphis!

Our residents would love to show you around before or after your interview day. Please join one of our informal virtual “Meet Memphis” sessions:

{long_ny(d1)} at 6:00 PM CT
{long_ny(d2)} at 6:00 PM CT

Zoom: https://uthsc.zoom.us/j/97104455120

No faculty will attend and nothing is evaluated — just residents, food recommendations and honest answers.

UTHSC Internal Medicine Chief Residents
"""
    emit("b28-info-email-uthsc-im.eml",
         lab("info", "University of Tennessee Health Science Center", "email", IM),
         a("UTHSC IM Chiefs", "imchiefs@uthsc.edu"), "Meet Memphis \u2013 virtual resident sessions", sent, plain,
         to="undisclosed-recipients:;")


# ====================================================================== other
@reg
def oth_delta():
    sent = at(ET, "2026-10-27T21:14:52")
    plain = f"""DELTA AIR LINES

Thanks for choosing Delta! Your receipt and itinerary are below.

Confirmation #: HQ7T2M
Passenger: NOEMI CASTELLANOSWHITAKER   SkyMiles #: 9372115846

THU 03DEC  DL 1584  ATLANTA, GA (ATL) 5:40PM  ->  JACKSON, MS (JAN) 6:09PM   Main Cabin (K)  Seat 23C
FRI 04DEC  DL 2227  JACKSON, MS (JAN) 5:35PM  ->  ATLANTA, GA (ATL) 8:02PM   Main Cabin (K)  Seat 18A

Times shown are local to each airport.

Fare:            $281.40
Taxes & fees:     $46.60
Total charged:   $328.00 (Visa ending 4417)

This ticket is non-refundable. Changes may be made before departure; a fare difference may apply.

Check in with the Fly Delta app 24 hours before departure.

Delta Air Lines, Inc. | PO Box 20706, Atlanta, GA 30320
"""
    emit("b28-oth-email-delta-uro.eml", lab("other", None, "other"),
         a("Delta Air Lines", "DeltaAirLines@t.delta.com"),
         "Your Flight Receipt - NOEMI CASTELLANOSWHITAKER 03DEC26", sent, plain, html="simple")


@reg
def oth_ooo_ecu():
    sent = at(ET, "2026-10-28T20:05:11")
    plain = """Thank you for your email. I am out of the office Wednesday, October 28 through Friday, October 30, with limited access to email, and will return on Monday, November 2.

Replies about interview dates will be processed in the order they were received when I return. For anything urgent, please contact psychiatryresidency@ecu.edu.

Latrice Barnhill
Program Coordinator, ECU Psychiatry Residency Program
"""
    emit("b28-oth-ooo-ecu-psych.eml", lab("other", None, "other"),
         a("Barnhill, Latrice", "barnhilll22@ecu.edu"),
         "Automatic reply: RE: ECU Psychiatry Residency \u2014 Interview Invitation", sent, plain,
         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@reg
def oth_classmate():
    orig = at(ET, "2026-10-28T16:02:40")
    sent = at(ET, "2026-10-28T19:48:20")
    inner_ = """Hi all,

A quick heads-up for everyone applying EM: classmates are reporting that Vanderbilt and HCA Florida Osceola sent interview invitations today (Thalamus and MyERAS respectively), and UT Chattanooga went out yesterday. Please check your spam and promotions folders and respond promptly — dates at several programs filled within a couple of hours last year.

Reminder: do not accept more interviews than you can realistically attend, and release dates you won’t use so your classmates can have them.

Dr. Patrice Odom
Faculty Advisor, EM Interest Group
Mercer University School of Medicine"""
    plain = f"""Noemi did you see this?? I haven't heard from Vandy yet, fingers crossed for both of us

-J

---------- Forwarded message ---------
From: Odom, Patrice <odom_p@mercer.edu>
Date: {orig:%a}, {orig:%b} {orig.day}, {orig.year} at {clock(orig)}
Subject: EMIG: invitation heads-up
To: MUSM EM Applicants 2027 <emapplicants2027@lists.mercer.edu>


{inner_}
"""
    emit("b28-oth-email-classmate-none.eml", lab("other", None, "other"),
         a("Jordan Ifeanyi-Marsh", "jordan.ifeanyimarsh@gmail.com"), "Fwd: EMIG: invitation heads-up", sent, plain,
         html="gmail")


@reg
def oth_sent_unc():
    sent = at(ET, "2026-11-30T19:45:06")
    plain = f"""Dear Dr. Whitcombe and the UNC Urology selection committee,

I hope you had a restful Thanksgiving. I understand that I am currently on your interview waitlist, and I wanted to let you know that UNC Urology remains one of my top choices. My grandmother was treated at UNC Hospitals in Chapel Hill, and the care she received is a large part of why I chose urology.

Since applying, I have completed my away rotation in urology and co-authored an abstract accepted to the Southeastern Section of the AUA meeting. I would be thrilled to interview if a date becomes available, and I can be flexible with very short notice.

Thank you for your consideration.

Sincerely,
{NAME}
MS4, {SCHOOL}
AAMC ID {AAMC} | {CELL}
"""
    emit("b28-oth-sent-unc-uro.eml", lab("other", None, "other"),
         TO, "Continued interest - Noemi Castellanos-Whitaker (AAMC 16482093)", sent, plain, html="gmail",
         to=a("UNC Urology Residency", "urology_residency@med.unc.edu"))


@reg
def oth_hampton():
    sent = at(ET, "2026-11-28T13:12:30")
    cin, cout = d("2026-12-14"), d("2026-12-15")
    plain = f"""Hampton by Hilton

Thanks for booking, Noemi. Your stay is confirmed.

Hampton Inn & Suites Chattanooga/Downtown
2 Broad Street, Chattanooga, TN 37402 | +1 423-757-7744

Confirmation number: 3417729816

Check-in:  {long_(cin)} (from 3:00 PM)
Check-out: {long_(cout)} (by 11:00 AM)

1 King Room, non-smoking | 1 adult
Rate: Advance Purchase, non-refundable
Total for stay: $164.07 USD (incl. taxes)

Hot breakfast is included every morning, 6:00-10:00 AM.

Manage your reservation in the Hilton Honors app.
Hilton | 7930 Jones Branch Drive, McLean, VA 22102
"""
    emit("b28-oth-email-hampton-em.eml", lab("other", None, "other"),
         a("Hampton by Hilton", "reservations@res.hilton.com"),
         f"Reservation confirmed: Hampton Inn & Suites Chattanooga/Downtown, {cin:%b} {cin.day}", sent, plain,
         html="simple")


@reg
def oth_newsletter():
    sent = at(ET, "2026-10-16T07:00:00")
    plain = """THE MS4 MATCH MINUTE
Office of Student Affairs & Career Advising | Mercer University School of Medicine
Week of October 12, 2026

INVITATION SEASON IS HERE
Classmates reported interview invitations this week from programs across the Southeast, including MUSC (Psychiatry), USF (Internal Medicine), Atrium Health Navicent and Atrium Health Floyd (Family Medicine), UAB (PM&R), and FSU at Lee Health (Family Medicine). If you have heard nothing yet, you are in good company: many specialties, including Emergency Medicine and Urology, typically release later in October and November.

THREE QUICK TIPS
1. Respond to invitations the same day whenever you can, even if only to accept a tentative date.
2. Keep one spreadsheet with each program, the date offered and the response deadline.
3. If you receive more invitations than you can use, release them promptly.

COUNT CHECK-IN
Please fill in our two-minute survey on how many invitations you have received so far. Responses are confidential and help us advise next year's class: https://mercer.co1.qualtrics.com/jfe/form/SV_matchminute27

Mock interviews with faculty are available Tuesdays and Thursdays through December. Book on the OSACA page.

You are receiving this because you are a member of the Class of 2027.
"""
    emit("b28-oth-email-newsletter-none.eml", lab("other", None, "other"),
         a("Mercer SOM Student Affairs", "osaca@mercer.edu"), "The MS4 Match Minute \u2013 Invitation season is here",
         sent, plain, html="simple", to="MUSM Class of 2027 <musm2027@lists.mercer.edu>")
