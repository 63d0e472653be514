"""Platform templates and unrelated mail."""
from lib import add, ics, quote, APPLICANT, ADDR, TO

THAL = "Thalamus <no-reply@thalamusgme.com>"
ERAS = "ERAS Interview Scheduling <erasinterviews-noreply@aamc.org>"
IB = "Interview Broker <no-reply@interviewbroker.com>"


def thalamus_invite(key, when, slug, program_line, org, dates, deadline, note, subj=None):
    dl = "\n".join(f"  \u2022 {d}" for d in dates)
    text = f"""Hi Nora,

You have received an interview invitation on Thalamus.

Program: {program_line}
Organization: {org}

{note}

Available interview dates:
{dl}

Please respond by {deadline}. Interview dates are offered on a first-come,
first-served basis and availability may change.

Schedule your interview:
https://app.thalamusgme.com/applicant/invitations

If you cannot attend any of the dates above, you may join the waitlist or
decline the invitation from your Thalamus dashboard.

\u2014 The Thalamus Team
Thalamus | Powered by ThalamusGME
This is an automated message. Please do not reply directly to this email.
"""
    lis = "".join(f"<li>{d}</li>" for d in dates)
    html = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1d2433">
<div style="max-width:600px;margin:auto">
<img src="https://cdn.thalamusgme.com/email/logo.png" alt="Thalamus" width="140">
<p>Hi Nora,</p>
<p>You have received an interview invitation on Thalamus.</p>
<table cellpadding="4"><tr><td><b>Program:</b></td><td>{program_line}</td></tr>
<tr><td><b>Organization:</b></td><td>{org}</td></tr></table>
<p>{note.replace(chr(10), '<br>')}</p>
<p><b>Available interview dates:</b></p><ul>{lis}</ul>
<p>Please respond by <b>{deadline}</b>. Interview dates are offered on a first-come, first-served basis and availability may change.</p>
<p><a href="https://app.thalamusgme.com/applicant/invitations" style="background:#2d6cdf;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Schedule Interview</a></p>
<p style="font-size:12px;color:#777">&mdash; The Thalamus Team<br>This is an automated message. Please do not reply directly to this email.</p>
</div></body></html>"""
    return add(key, when, slug, THAL, subj or f"Interview Invitation: {program_line}", text, html)


def thalamus_scheduled(key, when, slug, program_line, date_line, fmt="Virtual", extra="", subj=None):
    text = f"""Hello Nora Castellano,

{"Your interview date has been changed." if subj else "Your interview has been scheduled."}

Program: {program_line}
Date: {date_line}
Format: {fmt}

{extra}You can view your itinerary, add the interview to your calendar, or
request a change from My Interviews on Thalamus:
https://app.thalamusgme.com/applicant/interviews

Good luck!
Thalamus
"""
    return add(key, when, slug, THAL, subj or f"Interview Scheduled \u2013 {program_line}", text,
               cte="7bit" if text.isascii() else "quoted-printable", hdr_tz="utc")


def eras_invite(key, when, slug, pname, pid, spec, dates, deadline, msg):
    dl = "\n".join(f"    {d}" for d in dates)
    text = f"""Dear Nora Castellano,

{pname} has invited you to interview.

Program Name: {pname}
Program ID: {pid}
Specialty: {spec}

Message from the program:
{msg}

Interview dates offered:
{dl}

Respond by: {deadline}

To accept, decline, or join a waitlist, sign in to MyERAS and select
"Interviews" from the menu:
https://apps.aamc.org/myeras-web/#/interviews

Please do not reply to this email; replies to this address are not monitored.

Association of American Medical Colleges
ERAS\u00ae Electronic Residency Application Service
655 K Street NW, Suite 100, Washington, DC 20001-2399
"""
    return add(key, when, slug, ERAS, f"ERAS Interview Invitation - {pname}", text, hdr_tz="utc")


def eras_status(key, when, slug, pname, pid, spec, what, date_line, more=""):
    text = f"""Dear Nora Castellano,

{what}

Program Name: {pname}
Program ID: {pid}
Specialty: {spec}
Interview Date: {date_line}
{more}
You can review all of your interviews in MyERAS:
https://apps.aamc.org/myeras-web/#/interviews

This is an automated notification from the ERAS Interview Scheduling tool.
Association of American Medical Colleges | ERAS\u00ae
"""
    subj = {"scheduled": "ERAS Interview Scheduled", "cancelled": "ERAS Interview Cancelled by Program"}
    s = subj["cancelled" if "cancelled by" in what else "scheduled"]
    return add(key, when, slug, ERAS, f"{s} - {pname}", text, hdr_tz="utc")


def ib_invite(key, when, slug, org, spec, dates, msg, sender_name):
    dl = "\n".join(f" - {d}" for d in dates)
    text = f"""Dear Nora,

You have been invited to interview with {org} - {spec}.

{msg}

{sender_name}

The following interview dates are currently available:
{dl}

To select a date, log in to your Interview Broker account:
https://www.interviewbroker.com/applicant/login

Please note that dates are scheduled on a first-come, first-served basis.

Interview Broker
"""
    return add(key, when, slug, IB, f"Interview Invitation from {org}", text, cte="quoted-printable")


def ib_confirm(key, when, slug, org, spec, date_line, cancelled=False):
    if cancelled:
        body = f"""Dear Nora Castellano,

This email confirms that you have CANCELLED the following interview:

Organization: {org}
Program: {spec}
Date: {date_line}

If this was a mistake, please contact the program directly. Cancelled
interview slots are released to other applicants immediately.

Interview Broker
"""
        subj = f"Interview Cancellation Confirmation - {org}"
    else:
        body = f"""Dear Nora Castellano,

Thank you for scheduling your interview. Your interview details:

Organization: {org}
Program: {spec}
Date: {date_line}

Add to calendar: https://www.interviewbroker.com/applicant/calendar
Need to change your date? Log in to Interview Broker at least 7 days before
your interview to view other available dates.

Interview Broker
"""
        subj = f"Interview Confirmation - {org}"
    return add(key, when, slug, IB, subj, body, cte="7bit")


def unrelated():
    U = None
    add(U, "2026-09-02 14:05", "eras-key-dates",
        "AAMC ERAS <eras-noreply@aamc.org>", "ERAS 2027: Key Dates for Applicants",
        """Dear ERAS 2027 Applicant,

As you finalize your application, please keep the following ERAS 2027 season
dates in mind:

  Sept. 3, 2026  - Applicants may begin submitting applications to programs
  Sept. 24, 2026 - Programs may begin reviewing MyERAS applications and MSPEs
  Feb. 2027      - NRMP Rank Order List entry opens (see NRMP.org)
  May 31, 2027   - ERAS 2027 season ends

Remember that program signals cannot be changed once your application has been
certified and submitted.

Questions? Visit the ERAS Applicant Resources page at
https://students-residents.aamc.org/eras

Sincerely,
The ERAS Team
Association of American Medical Colleges
""", hdr_tz="utc", cte="7bit")

    add(U, "2026-09-09 16:22", "thalamus-welcome", THAL,
        "Welcome to Thalamus \u2014 finish setting up your profile",
        None, """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#2d6cdf">Welcome to Thalamus, Nora!</h2>
<p>Programs that use Thalamus will send interview invitations to this address
(<b>nora.castellano.match27@gmail.com</b>). To make scheduling easier:</p>
<ol><li>Confirm your time zone (currently <b>Eastern Time</b>)</li>
<li>Connect your calendar</li>
<li>Turn on text-message alerts so you never miss an invitation</li></ol>
<p><a href="https://app.thalamusgme.com/applicant/profile">Complete my profile</a></p>
<p style="font-size:12px;color:#888">Thalamus, 2400 Broadway, Suite 110, Santa Monica, CA 90404 &middot;
<a href="https://thalamusgme.com/unsubscribe">Manage preferences</a></p>
</body></html>""", hdr_tz="utc")

    add(U, "2026-09-15 12:00", "nrmp-registration",
        "NRMP <noreply@nrmp.org>", "The 2027 Main Residency Match\u00ae Registration Is Open",
        """Dear Applicant,

Registration for the 2027 Main Residency Match is now open. Register through
the NRMP R3\u00ae system by January 31, 2027 to avoid the $50 late registration
fee. Registration closes February 27, 2027.

Key Match dates:
  February 2, 2027  Ranking opens at 12:00 p.m. ET
  March 3, 2027     Rank order list certification deadline, 9:00 p.m. ET
  March 15, 2027    Match Week begins
  March 19, 2027    Match Day

Remember: the Match Participation Agreement prohibits programs and applicants
from requesting post-interview commitments.

National Resident Matching Program\u00ae
https://www.nrmp.org
""", hdr_tz=-4)

    add(U, "2026-10-07 08:00", "aan-residency-bulletin",
        "AAN Resident & Fellow Section <aan@e.aan.com>",
        "Residency Interview Season: What neurology programs are telling applicants",
        """American Academy of Neurology | Student Interest Group in Neurology (SIGN) Bulletin
October 2026

INTERVIEW SEASON IS HERE

Programs across the country began releasing neurology interview invitations
this week. We asked program directors what they want applicants to know.

"We read every signal," says one program director at a large academic
center in the Northeast. Programs including Johns Hopkins, Yale, Penn, and
Mass General Brigham noted that interview days remain virtual for 2026-27,
with optional in-person second looks after rank lists open.

TIPS FOR VIRTUAL INTERVIEW DAYS
 - Test your camera and lighting the day before
 - Prepare two or three questions for residents
 - Do not ask about or disclose how you will rank programs

ADVANCED VS. CATEGORICAL POSITIONS
Remember that advanced neurology positions begin in the PGY-2 year and
require a separate preliminary (PGY-1) position, which you must rank on a
supplemental list.

Read more at aan.com/students

You are receiving this email because you are a member of the American Academy
of Neurology. Unsubscribe: https://www.aan.com/email-preferences
201 Chicago Avenue, Minneapolis, MN 55415
""", cte="quoted-printable")

    add(U, "2026-10-20 07:12", "sdn-digest",
        "Student Doctor Network Forums <digest@studentdoctor.net>",
        "Daily digest: Internal Medicine 2026-2027 Interview Invites & Discussion (43 new posts)",
        None, """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><b>Student Doctor Network</b> &mdash; Your daily thread digest</p>
<h3><a href="https://forums.studentdoctor.net/threads/internal-medicine-2026-2027-interview-invites.1502211/">Internal Medicine 2026-2027 Interview Invites &amp; Discussion</a></h3>
<div style="border-left:3px solid #ccc;padding-left:8px">
<p><b>grapefruitMS4</b> wrote: Hopkins Bayview IM invites went out this morning via ERAS, anyone else? Dates in Nov&ndash;Jan.</p>
<p><b>ZebraHunter27</b> wrote: Got a UMMC (Maryland) IM invite on Thalamus two weeks ago, and just an email from Christiana. Still silent from Penn and Jefferson.</p>
<p><b>throwaway_im</b> wrote: Is Einstein Philly the same as Jefferson Einstein now? Their email said Einstein Medical Center but Interview Broker says Jefferson.</p>
<p><b>bostonbound</b> wrote: BIDMC prelim invites out for anyone doing advanced neuro/anesthesia.</p>
</div>
<p><a href="https://forums.studentdoctor.net/threads/1502211/unread">View 39 more posts</a></p>
<p style="color:#888;font-size:11px">You are receiving this because you are watching this thread. <a href="https://forums.studentdoctor.net/watched/threads">Unwatch</a></p>
</body></html>""")

    fwd_text = """Nora!! Did you get this one too?? Jefferson neuro was my #1 signal. Let me
know if you're picking a date so we can do the same day :)

Jess

---------- Forwarded message ---------
From: Thalamus <no-reply@thalamusgme.com>
Date: Tue, Oct 27, 2026 at 9:41 AM
Subject: Interview Invitation: Thomas Jefferson University Hospital - Neurology (Categorical)
To: <jessica.oyelaran.md@gmail.com>


Hi Jessica,

You have received an interview invitation on Thalamus.

Program: Thomas Jefferson University Hospital - Neurology (Categorical)
Organization: Jefferson Health

On behalf of the Vickie & Jack Farber Institute for Neuroscience, we are
delighted to invite you to interview for our Neurology Residency Program.

Available interview dates:
  \u2022 Monday, November 16, 2026
  \u2022 Monday, December 14, 2026

Please respond by November 3, 2026.
"""
    add(U, "2026-10-27 21:18", "fwd-classmate-jefferson",
        "Jessica Oyelaran <jessica.oyelaran.md@gmail.com>",
        "Fwd: Interview Invitation: Thomas Jefferson University Hospital - Neurology (Categorical)",
        fwd_text, cte="quoted-printable")

    add(U, "2026-11-20 10:31", "ooo-dean-advisor",
        "Margaret Feeney <feeneym@upstate.edu>",
        "Automatic reply: Quick question about interview scheduling",
        """I am out of the office from Friday, November 20 through Monday, November 30
with limited access to email. For urgent Student Affairs matters please contact
the Office of Student Affairs at (315) 464-4329 or studentaffairs@upstate.edu.

For MSPE questions, please email mspe@upstate.edu.

Margaret Feeney, MEd
Assistant Dean for Career Advising
Norton College of Medicine | SUNY Upstate Medical University
""", cte="7bit", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

    add(U, "2026-12-02 11:00", "laurel-road-marketing",
        "Laurel Road for Doctors <offers@email.laurelroad.com>",
        "Nora, congrats on interview season \U0001F389 \u2014 here\u2019s a resident-friendly offer",
        """Interview season is a big deal. Moving for residency? Laurel Road's physician
loans offer up to 100% financing and flexible student loan refinancing options
designed for residents and fellows.

Plus, get a $250 bonus* when you refinance before March 31.

Check your rate in minutes: https://www.laurelroad.com/physicians/residents

*Terms apply. Laurel Road is a brand of KeyBank N.A. Member FDIC.
Unsubscribe: https://email.laurelroad.com/unsub?u=8f21c
""", """<html><body><h1 style="font-family:Georgia">Interview season is a big deal.</h1>
<p>Moving for residency? Laurel Road&rsquo;s physician loans offer up to 100% financing and flexible student loan refinancing options designed for residents and fellows.</p>
<p><b>Plus, get a $250 bonus*</b> when you refinance before March 31.</p>
<p><a href="https://www.laurelroad.com/physicians/residents">Check your rate</a></p>
<p style="font-size:10px">*Terms apply. Laurel Road is a brand of KeyBank N.A. Member FDIC. <a href="https://email.laurelroad.com/unsub?u=8f21c">Unsubscribe</a></p></body></html>""",
        subj_b64=True)

    add(U, "2026-12-10 03:47", "phish-eras-suspended",
        "ERAS Support Team <support@eras-aamc-verify.com>",
        "URGENT: Your ERAS account will be suspended - verify now",
        None, """<html><body>
<p>Dear Applicant,</p>
<p>We detected unusual sign-in activity on your MyERAS account. Program directors
will <b>not</b> be able to view your application or send interview invitations
until you verify your identity.</p>
<p>To avoid suspension of your residency application please verify within <b>24 hours</b>:</p>
<p><a href="http://myeras-aamc.login-verify.co/secure/index.php?id=88213">VERIFY MY ACCOUNT</a></p>
<p>Failure to verify may result in withdrawal of all pending interviews.</p>
<p>ERAS Support Team<br>Association of American Medical College</p>
</body></html>""", hdr_tz=3, html_cte="base64")

    add(U, "2027-01-02 19:33", "jetblue-syr-bos",
        "JetBlue Airways <jetbluereservations@email.jetblue.com>",
        "Your JetBlue booking confirmation - QHTNVB",
        """Thanks for booking with JetBlue, NORA!

Confirmation code: QHTNVB

Departing: Tue, Jan 05  Syracuse, NY (SYR) 4:05pm -> Boston, MA (BOS) 5:20pm
  Flight 1618  Blue Basic
Returning: Thu, Jan 07  Boston, MA (BOS) 7:45pm -> Syracuse, NY (SYR) 9:02pm
  Flight 1621  Blue Basic

Traveler: NORA CASTELLANO  TrueBlue #: 3981226610
Total: $212.40 USD

Manage trip: https://www.jetblue.com/manage-trips
""", cte="7bit")

    add(U, "2027-01-02 19:51", "hotel-boston-booking",
        "Hotels.com <confirmation@mail.hotels.com>",
        "Booking confirmed: The Revere Hotel Boston Common, Jan 5 \u2013 7",
        None, """<html><body style="font-family:Arial">
<h2>You&rsquo;re all set, Nora!</h2>
<p><b>The Revere Hotel Boston Common</b><br>200 Stuart Street, Boston, MA 02116<br>
0.4 mi from Tufts Medical Center &middot; 1.3 mi from Boston Medical Center</p>
<table><tr><td>Check-in</td><td>Tue, Jan 5 (3:00 PM)</td></tr>
<tr><td>Check-out</td><td>Thu, Jan 7 (12:00 PM)</td></tr>
<tr><td>Itinerary #</td><td>73129066614820</td></tr>
<tr><td>Total</td><td>$398.16</td></tr></table>
<p>Free cancellation until Jan 3, 11:59 PM (property local time).</p>
</body></html>""", html_cte="base64", hdr_tz="utc")

    add(U, "2027-01-14 09:00", "thalamus-season-tips", THAL,
        "Thalamus: ranking season is coming \u2014 keep your notes in one place",
        """Hi Nora,

As interview season winds down, use Thalamus Notes to record your impressions
right after each interview day. Your notes are private and are never shared
with programs.

New this season: export all of your interview dates and notes to a PDF from
My Interviews.

Thalamus
Manage email preferences: https://app.thalamusgme.com/settings/notifications
""", hdr_tz="utc", cte="7bit")

    add(U, "2027-01-27 18:40", "amtrak-harrisburg",
        "Amtrak <etickets@amtrak.com>",
        "Amtrak: eTicket and Receipt for Your 01/29/2027 Trip",
        """Thank you for choosing Amtrak.

Reservation Number - 4E7A21

NORA CASTELLANO

PHILADELPHIA, PA (30th Street) - HARRISBURG, PA
Friday, January 29, 2027
Train 643 Keystone  Departs 11:12 AM  Arrives 1:05 PM  Coach, 1 Adult

HARRISBURG, PA - PHILADELPHIA, PA (30th Street)
Saturday, January 30, 2027
Train 652 Keystone  Departs 6:40 PM  Arrives 8:29 PM  Coach, 1 Adult

Total Charged: $62.00

Present this eTicket to the conductor. This eTicket is not a boarding pass
for other carriers.
""", cte="7bit")

    add(U, "2027-02-02 12:01", "nrmp-ranking-open",
        "NRMP <noreply@nrmp.org>",
        "Ranking is now open for the 2027 Main Residency Match\u00ae",
        """Dear Nora Castellano,

The Rank Order List (ROL) is now open in the R3\u00ae system. You may enter and
certify your primary ROL and, if you are applying to advanced positions, a
supplemental ROL for each.

The ROL certification deadline is Wednesday, March 3, 2027 at 9:00 p.m. ET.

Applicants ranking advanced programs: each advanced program on your primary
list may have its own supplemental list of preliminary programs.

NRMP Applicant ID: N0771302
National Resident Matching Program\u00ae
""", hdr_tz=-5)
