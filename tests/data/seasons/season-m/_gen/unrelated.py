"""Season M - mail about none of her programs (system notices, newsletters, personal, travel, marketing)."""
from mk import (CT, ET, PT, UTC, ME, ME_FULL, ME_NAME, SIG, a, at, btn, d, esc, full, mail, quote_fwd, quote_gmail,
                sent, shell, table, ul)
import platforms as P

U = "unrelated"


def build():
    # 1. ResidencyCAS submission receipt (system notice)
    html = shell([
        f"<p>Dear {esc(ME_NAME)},</p>",
        "<p>Your ResidencyCAS application for the 2026-2027 cycle has been <b>submitted</b>.</p>",
        table([["Application ID", "RCAS-4417729"], ["Specialties", "Obstetrics and Gynecology; Emergency Medicine"],
               ["Programs designated", "52"], ["Submitted", "September 2, 2026 10:14 AM ET"]]),
        "<p>Programs will be able to review applications when the release date for each specialty arrives. "
        "Your letters, MSPE and transcripts will be attached automatically as they are received. You can still "
        "add programs and assign letters after submission.</p>",
        "<p>Next steps: make sure you are also registered for the NRMP Main Residency Match - ResidencyCAS does "
        "not register you for a match.</p>", "<p>ResidencyCAS Applicant Support</p>"],
        top=P._rc_head(), bottom=P.RC_FOOT, accent="#f28c28", font="Segoe UI,Arial,sans-serif")
    mail("2026-09-02 09:14", "residencycas-application-submitted", U, "info", P.RC,
         "ResidencyCAS: Your application has been submitted", None, html, tz=ET, must=["RCAS-4417729"])

    # 2. NRMP registration
    txt = """Dear Marisol Dunagan,

Thank you for registering for the 2027 Main Residency Match. Your NRMP ID is N0418862.

Important dates:
  Rank Order List entry opens: February 1, 2027 at 12:00 PM ET
  Rank Order List certification deadline: March 3, 2027 at 9:00 PM ET
  Match Week begins: March 15, 2027
  Match Day: Friday, March 19, 2027

Please review the Match Participation Agreement for Applicants, which you accepted at registration,
and keep your contact information current in the Registration, Ranking, and Results (R3) system.

National Resident Matching Program
"""
    mail("2026-09-09 16:40", "nrmp-registration-confirmation", U, "info",
         ("NRMP", "support@nrmp.org"), "NRMP Main Residency Match Registration Confirmation", txt, tz=ET, cte="7bit",
         must=["N0418862", "Friday, March 19, 2027"])

    # 3. Thalamus account creation
    html = shell([
        f"<p>Hi {esc(ME_NAME.split()[0])},</p>",
        "<p>Welcome to Thalamus! Please verify your e-mail address to finish setting up your applicant account. "
        "Once verified, interview invitations from any program that uses Thalamus will appear on your "
        "dashboard.</p>",
        btn("https://app.thalamusgme.com/verify?token=md27-4f1e9b", "Verify E-mail", bg="#4338ca"),
        "<p>If you did not create this account you can ignore this message.</p>", "<p>Team Thalamus</p>"],
        top=P._th_head("Applicant account"), bottom=P.TH_FOOT, accent="#4338ca")
    mail("2026-10-05 11:20", "thalamus-verify-your-email", U, "info", P.TH, "Verify your Thalamus account", None, html,
         tz=UTC, must=["https://app.thalamusgme.com/verify?token=md27-4f1e9b"])

    # 4. EMRA student newsletter naming programs
    html = shell([
        "<h2 style=\"color:#b3282d;margin-top:0\">EMRA Student Weekly</h2>",
        "<p><b>Interview season is here.</b> Invitations are rolling in across the country - there is no "
        "universal release day for EM this year, so check your inbox (and your spam folder) daily.</p>",
        "<h3>Program spotlight: the Southeast</h3>",
        ul(["<b>UAB Emergency Medicine</b> (Birmingham) adds a community rotation and an EMS track.",
            "<b>Vanderbilt EM</b> launches a global EM pathway for PGY-2s.",
            "<b>Wellstar Kennestone</b> opens its new 166-bed emergency department.",
            "<b>Emory EM</b> residents share a day at Grady in our video series."]),
        "<h3>Upcoming</h3>",
        ul(["EMRA Hangouts: \"Virtual interview red flags\" - Tuesday, October 20, 8 PM ET",
            "Match Madness workshop recordings now online"]),
        f"<p>{a('https://www.emra.org/students', 'Read more on emra.org')}</p>"],
        bottom="You are receiving this because you are an EMRA student member. "
               + a("https://www.emra.org/unsubscribe", "Unsubscribe"), accent="#b3282d")
    mail("2026-10-16 07:30", "emra-student-weekly", U, "other", ("EMRA", "newsletter@emra.org"),
         "EMRA Student Weekly: interview season tips + Southeast spotlight", None, html, tz=CT,
         headers=[("List-Unsubscribe", "<https://www.emra.org/unsubscribe>")], must=["Wellstar Kennestone"])

    # 5. USA COM Student Affairs bulletin
    txt = """WHIDDON COM - MATCH MONDAY BULLETIN (Class of 2027)

Good morning, MS4s!

* Interview invitations: congratulations to everyone who heard from programs during OB/GYN's common
  release last week. Remember to respond quickly and to decline promptly if you won't attend.
* Alumni connections: Jags currently training at UAB, Vanderbilt, Emory, the University of Kentucky
  and UT Chattanooga have volunteered to talk with you about their programs. Sign up on the Student
  Affairs page.
* Mock interviews: Wednesday, November 4, 4:00-6:00 PM, Strada Patient Care Center. Faculty from EM,
  OB/GYN, IM and Surgery.
* Rank list workshop: Wednesday, January 27, 12:00 PM (lunch provided).
* Reminder: Step 2 CK scores must be released to programs by December 1.

Office of Student Affairs
Frederick P. Whiddon College of Medicine | University of South Alabama
"""
    mail("2026-10-26 08:00", "whiddon-com-match-monday-bulletin", U, "other",
         ("COM Student Affairs", "comstudentaffairs@southalabama.edu"), "Match Monday Bulletin - October 26",
         txt, tz=CT, to=("COM Class of 2027", "com2027@southalabama.edu"), must=["Wednesday, November 4"])

    # 6. Classmate forwards HER UAB EM invitation
    inv = """Hi Victoria,

Thank you for applying to the University of Alabama at Birmingham Department of Emergency Medicine
residency. We are pleased to invite you to a virtual interview.

Interview dates available:
  * Wednesday, December 16, 2026
  * Wednesday, January 13, 2027

To view this invitation and choose a date, log in to Thalamus:
https://app.thalamusgme.com/applicant/invitations/uab-em-c4d2

--
Sent via Thalamus on behalf of UAB Emergency Medicine Residency (University of Alabama Medical Center Program)
"""
    from mk import ct
    body = """MARISOL!!! look what came tonight!!! second wave for UAB EM I guess?? which date did you pick,
I want to be on a different day than you so we aren't in the same breakout room lol

Tori

""" + quote_fwd(ct("2026-11-03 19:48"), "Thalamus", "noreply@thalamusgme.com", "Victoria Nguyen <tori.nguyen.usacom@gmail.com>",
                "Interview Invitation - UAB Emergency Medicine Residency (University of Alabama Medical Center Program)",
                inv, tz=CT)
    mail("2026-11-03 21:12", "fwd-tori-uab-em-invitation", U, "other", ("Victoria Nguyen", "tori.nguyen.usacom@gmail.com"),
         "Fwd: Interview Invitation - UAB Emergency Medicine Residency (University of Alabama Medical Center Program)",
         body, tz=CT, must=["Wednesday, December 16, 2026"])

    # 7. Hotel booking (Nashville, for the Vanderbilt OB/GYN day)
    html = shell([
        f"<p>Dear Marisol,</p><p>Thank you for choosing Hilton Garden Inn Nashville Vanderbilt. Your reservation is "
        "confirmed.</p>",
        table([["Confirmation number", "3318820574"], ["Check-in", "Wednesday, November 18, 2026 (3:00 PM)"],
               ["Check-out", "Friday, November 20, 2026 (12:00 PM)"], ["Guests", "1 adult"],
               ["Room", "1 King Bed, Non-Smoking"], ["Rate", "Medical Center Rate - $179.00 per night"],
               ["Total for stay", "$412.16 (incl. taxes)"]]),
        "<p>Hotel address: 1715 Broadway, Nashville, TN 37203 | 615-555-0190</p>",
        "<p>Free cancellation until 11:59 PM local hotel time, 1 day before arrival.</p>"],
        top='<b style="font-size:18px">Hilton Garden Inn</b>', accent="#1b3b6f",
        bottom="Hilton Honors member benefits apply. Manage this reservation in the Hilton Honors app.")
    mail("2026-11-10 19:05", "hilton-reservation-confirmation-nashville", U, "other",
         ("Hilton Garden Inn Nashville Vanderbilt", "reservations@res.hilton.com"),
         "Your Reservation Confirmation #3318820574 - Hilton Garden Inn Nashville Vanderbilt", None, html, tz=CT,
         must=["3318820574"])

    # 8. Sister
    txt = """hey girl - are you driving up to Chattanooga Sunday or Monday morning?? Mama wants to know if you
want her to pack you a plate from Sunday dinner. also she keeps calling it "the Tennessee interview"
and I told her you have like five of those lol. Vandy was this week right? how'd it go

also Thanksgiving is at Aunt Rosa's this year, don't forget, you said you'd bring the cornbread

love you, good luck!!
Lucia

Sent from my iPhone
"""
    mail("2026-11-21 12:36", "lucia-chattanooga-thanksgiving", U, "other", ("Lucia Dunagan", "luciad.98@icloud.com"),
         "Chattanooga??", txt, tz=CT, cte="7bit", must=["Aunt Rosa"])

    # 9. Marketing
    html = shell([
        "<h2 style=\"margin-top:0;color:#0e3b43\">Interviewing this season? Relax - we've got your move covered.</h2>",
        "<p>Doctors at hospitals across Alabama, Georgia and Tennessee trust Panacea Financial for residency "
        "relocation loans and student loan refinancing built for physicians.</p>",
        ul(["Residency relocation loans up to $15,000", "0.25% rate discount with autopay",
            "Apply in minutes - no impact to your credit score to check your rate"]),
        btn("https://panaceafinancial.com/students?utm_source=email&utm_campaign=interview26", "Check My Rate",
            bg="#0e3b43"),
        "<p style=\"font-size:11px;color:#6b7280\">Panacea Financial is a division of Primis Bank, Member FDIC. "
        "Terms and conditions apply.</p>"],
        bottom=a("https://panaceafinancial.com/unsubscribe", "Unsubscribe"), accent="#0e3b43")
    mail("2026-12-01 07:15", "panacea-financial-relocation-loan", U, "other",
         ("Panacea Financial", "hello@panaceafinancial.com"), "Marisol, a little help for interview season",
         None, html, tz=ET, headers=[("List-Unsubscribe", "<https://panaceafinancial.com/unsubscribe>")],
         must=["Residency relocation loans"])

    # 10-11. Her update to her advisor and his out-of-office reply from southalabama.edu
    body = """Hi Dr. Franklin,

I wanted to give you a quick update now that I'm about halfway through. So far I've interviewed at
South (OB/GYN 11/13 and EM 12/3), Mercer Macon OB/GYN, MSM, Vanderbilt OB/GYN, UMMC OB/GYN, UT
Chattanooga OB/GYN, Baptist Women's in Memphis, MCG OB/GYN, UAB OB/GYN, UAB EM and Kennestone EM.
Still to come: Huntsville OB/GYN, UT Knoxville (both), UT Memphis EM, Savannah OB/GYN, UK (both), MCG EM,
UMMC EM, Chattanooga EM, Louisville EM and Navicent EM in February. Waitlisted at UAB Montgomery EM and
Emory EM.

I'm honestly still torn between OB/GYN and EM for my rank list - could we find 20 minutes before the
break to talk it through?

Thank you for everything,"""
    r = sent("2026-12-12 15:30", "sent-mid-season-update-dr-franklin", U, "other",
             ("Wendell Franklin, MD", "wfranklin@southalabama.edu"), "Interview season update + rank list question",
             body)
    ooo = """Thank you for your message. I am out of the office from December 11 through January 4 with
limited access to e-mail. For urgent matters regarding Student Affairs please contact
comstudentaffairs@southalabama.edu or call (251) 555-0100.

Wendell Franklin, MD
Associate Dean for Student Affairs
Frederick P. Whiddon College of Medicine
"""
    mail("2026-12-12 15:31", "auto-reply-dr-franklin-out-of-office", U, "other",
         ("Wendell Franklin, MD", "wfranklin@southalabama.edu"),
         "Automatic reply: Interview season update + rank list question", ooo, tz=CT, irt=r["mid"],
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
         must=["out of the office"])

    # 12. Thalamus product announcement
    html = shell([
        f"<p>Hi {esc(ME_NAME.split()[0])},</p>",
        "<p><b>New in Thalamus: Interview Notes.</b> Jot down your impressions right after each interview day "
        "and see them side by side when it's time to build your rank list. Notes are private to you and are "
        "never shared with programs.</p>",
        "<p>Also new: add all your confirmed interviews to Google or Outlook calendar with one click from the "
        "Calendar tab.</p>",
        btn("https://app.thalamusgme.com/applicant/notes", "Try Interview Notes", bg="#4338ca"),
        "<p>Team Thalamus</p>"], top=P._th_head("Product update"), bottom=P.TH_FOOT, accent="#4338ca")
    mail("2027-01-11 10:00", "thalamus-new-interview-notes", U, "info", P.TH,
         "New: keep private notes on every interview", None, html, tz=UTC, must=["Interview Notes"])

    # 13. ResidencyCAS cycle notice
    html = shell([
        f"<p>Dear {esc(ME_NAME)},</p>",
        "<p>As interview season winds down, a few reminders from ResidencyCAS:</p>",
        ul(["Keep your phone number and e-mail current - programs use them to reach you about interviews.",
            "Interview invitations and decisions from programs appear under <i>My Interviews</i> and "
            "<i>Messages</i>.",
            "Please take our 5-minute applicant survey about this cycle by February 15, 2027. Your answers help "
            "OB/GYN and EM improve the application process."]),
        btn("https://residencycas.liaisoncas.com/survey/2027", "Take the Survey", bg="#00558c"),
        "<p>ResidencyCAS Applicant Support</p>"],
        top=P._rc_head(), bottom=P.RC_FOOT, accent="#f28c28", font="Segoe UI,Arial,sans-serif")
    mail("2027-01-20 09:00", "residencycas-cycle-reminders-survey", U, "info", P.RC,
         "ResidencyCAS: end-of-season reminders and applicant survey", None, html, tz=ET,
         must=["February 15, 2027"])

    # 14. NRMP ROL opens
    txt = """Dear Marisol Dunagan,

Rank Order List entry for the 2027 Main Residency Match is now open in the R3 system.

You may enter, modify and certify your rank order list until the certification deadline:
Wednesday, March 3, 2027 at 9:00 PM Eastern Time. Only certified lists are used in the Match.

Remember that programs are ranked in order of your true preference, and that rank order lists are
confidential.

Log in: https://r3.nrmp.org

National Resident Matching Program
"""
    mail("2027-02-01 11:05", "nrmp-rank-order-list-open", U, "info", ("NRMP", "support@nrmp.org"),
         "2027 Main Residency Match: Rank Order List Entry Is Open", txt, tz=ET, cte="7bit",
         must=["Wednesday, March 3, 2027"])
