"""b23 info (10) and other (6)."""
from lib import *

ALL = []


def add(f):
    ALL.append(f)
    return f


# ================================================================ info
@add
def n_duke_social():
    fn = "b23-info-email-duke-derm.eml"
    date = at("2026-11-23 12:00:00", "ET")
    evs = [d("2026-12-03"), d("2026-12-17"), d("2027-01-07")]
    t = f"""Dear Interview Applicants,

We are looking forward to meeting all of you over the coming weeks! Our residents are hosting informal virtual "Meet the Residents" evenings, one the night before each interview day:

""" + "\n".join(f"  \u2022 {W(x)}, 6:30 \u2013 7:30 PM ET" for x in evs) + """

Please join whichever evening is most convenient - it does not have to be the night before your own interview. These sessions are completely optional and are not part of the evaluation process. Faculty do not attend.

Zoom: https://duke.zoom.us/j/94410327781 (passcode: DukeDerm)

Best,
Duke Dermatology Residency Program
Department of Dermatology, Duke University School of Medicine
40 Duke Medicine Circle, Durham, NC 27710
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("Duke Dermatology Residency", "dermresidency@duke.edu"),
          "Duke Dermatology \u2013 Virtual Meet the Residents Evenings", date, to="undisclosed-recipients:;",
          domain="duke.edu")
    reg(fn, msg, L("info", "Duke University School of Medicine", "email", DERM))


@add
def n_uf_secondlook():
    fn = "b23-info-email-uf-derm.eml"
    date = at("2027-01-25 09:30:14", "ET")
    t = """Dear Camila,

Thank you again for interviewing with us. It was a pleasure getting to know you.

We would like to invite all of our interviewed applicants to an optional Second Look day on Friday, February 12, 2027, at UF Health Shands Hospital in Gainesville. The day includes clinic shadowing in the morning, lunch with residents and a tour of Gainesville in the afternoon. Attendance is entirely optional and will not affect our rank list in any way.

If you plan to attend, please RSVP by February 1 using this form: https://forms.gle/UFDermSecondLook27

Warm regards,
Courtney Lindqvist
Program Coordinator, Dermatology Residency
UF Health Shands Hospital | University of Florida
"""
    msg = text(t)
    build(fn, msg, addr("Lindqvist,Courtney M", "clindqvist@dermatology.med.ufl.edu"),
          "UF Dermatology Second Look \u2013 February 12", date, domain="ufl.edu")
    reg(fn, msg, L("info", "UF Health Shands Hospital", "email", DERM))


@add
def n_ucdavis():
    fn = "b23-info-email-ucdavis-path.eml"
    date = at("2026-12-03 17:00:00", "PT")
    t = """Dear Applicants,

Thank you to everyone who applied to the Pathology Residency Program at UC Davis Health this year. We are writing to let you know that all interview invitations for the 2026-2027 recruitment season have now been sent.

Because of the volume of applications, we are not able to provide individual updates on application status. Applicants who have not received an invitation may still be contacted if openings occur during the season.

We are grateful for your interest in UC Davis and wish you the very best in the Match.

UC Davis Health Pathology Residency Program
Department of Pathology and Laboratory Medicine
4400 V Street, Sacramento, CA 95817
"""
    msg = alt(text(t), html(doc('<div style="font-family:Arial,sans-serif;font-size:14px;max-width:600px">'
                                '<div style="background:#022851;color:#ffbf00;padding:10px 14px;font-weight:bold">'
                                'UC Davis Health &middot; Pathology &amp; Laboratory Medicine</div>' + paras(t) +
                                '</div>')))
    build(fn, msg, addr("UC Davis Pathology Residency", "hs-pathresidency@ucdavis.edu"),
          "UC Davis Pathology \u2013 2026-2027 Interview Invitations Complete", date, to="undisclosed-recipients:;",
          domain="ucdavis.edu")
    reg(fn, msg, L("info", "UC Davis Health", "email", PATH))


@add
def n_cnh_update():
    fn = "b23-info-email-cnh-cneuro.eml"
    date = at("2026-12-07 13:15:22", "ET")
    inner = """<div style="max-width:640px;margin:0 auto;font-family:Georgia,serif;color:#222">
<div style="background:#003a70;color:#fff;padding:16px 20px"><span style="font-size:22px">Child Neurology at Children&rsquo;s National</span><br><span style="font-size:13px">Applicant Update &middot; December 2026</span></div>
<div style="padding:12px 20px;font-size:15px">
<h3 style="color:#003a70">A note from our new Program Director</h3>
<p>We are delighted to announce that Dr. Imani Castellano-Ruiz has been named Program Director of the Child Neurology Residency at Children&rsquo;s National Hospital, effective January 1, 2027. Dr. Castellano-Ruiz has served as Associate Program Director since 2021 and leads our neurocritical care curriculum.</p>
<h3 style="color:#003a70">What&rsquo;s new in our curriculum</h3>
<ul>
<li>A new two-week rotation in the Epilepsy Monitoring Unit during the PGY-3 year</li>
<li>Expanded neurogenetics clinic time with our Rare Disease Institute</li>
<li>Protected academic half-day every Wednesday afternoon</li>
</ul>
<h3 style="color:#003a70">Timeline</h3>
<p>Our interview season continues through January. If you are on our waitlist, there is nothing you need to do right now; we will reach out if a date becomes available.</p>
<p style="font-size:13px;color:#666">Children&#39;s National Hospital &middot; 111 Michigan Avenue NW, Washington, DC 20010<br>You are receiving this message because you applied to the Child Neurology Residency Program.</p>
</div></div>"""
    t = """Child Neurology at Children's National - Applicant Update, December 2026

A note from our new Program Director
We are delighted to announce that Dr. Imani Castellano-Ruiz has been named Program Director of the Child Neurology Residency at Children's National Hospital, effective January 1, 2027. Dr. Castellano-Ruiz has served as Associate Program Director since 2021 and leads our neurocritical care curriculum.

What's new in our curriculum
- A new two-week rotation in the Epilepsy Monitoring Unit during the PGY-3 year
- Expanded neurogenetics clinic time with our Rare Disease Institute
- Protected academic half-day every Wednesday afternoon

Timeline
Our interview season continues through January. If you are on our waitlist, there is nothing you need to do right now; we will reach out if a date becomes available.

Children's National Hospital - 111 Michigan Avenue NW, Washington, DC 20010
You are receiving this message because you applied to the Child Neurology Residency Program.
"""
    msg = alt(text(t, cte="7bit"), html(doc(inner)))
    build(fn, msg, addr("Children's National Child Neurology", "childneurores@childrensnational.org"),
          "Child Neurology at Children\u2019s National: December Applicant Update", date, domain="childrensnational.org")
    reg(fn, msg, L("info", "Children's National Hospital", "email", CN))


@add
def n_prisma_after():
    fn = "b23-info-email-prismaupstate-fm.eml"
    date = at("2026-12-07 16:40:09", "ET")
    t = """Dear Camila,

Thank you for spending the day with us last Thursday! Our residents and faculty truly enjoyed meeting you, and we hope you got a feel for life in Greenville.

A few updates as you continue your interview season:

- Open House: we are hosting an optional in-person open house on Friday, January 29, 2027 from 1:00 to 4:00 PM at the Center for Family Medicine. This is a chance to see our clinic in action and meet more residents; it has no bearing on our rank list.
- Post-interview communication: in keeping with NRMP policy, we will not ask about your rank intentions, and you are not obligated to share them.
- Questions? Feel free to reach out to me at any time.

Warmly,
Tamika Rhodes, C-TAGME
Program Coordinator, Family Medicine Residency
Prisma Health\u2013Upstate | Greenville, SC
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("Prisma Health FM Residency", "FMResidency@prismahealth.org"),
          "Thank you for interviewing with Prisma Health Family Medicine!", date, domain="prismahealth.org")
    reg(fn, msg, L("info", "Prisma Health\u2013Upstate", "email", FM))


@add
def n_lpch():
    fn = "b23-info-email-lpch-cneuro.eml"
    date = at("2026-10-07 15:30:00", "PT")
    inner = """<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f3f3"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Source Sans Pro,Arial,sans-serif;color:#2e2d29">
<tr><td style="background:#8c1515;color:#fff;padding:18px 24px;font-size:20px">Stanford Child Neurology Residency</td></tr>
<tr><td style="padding:20px 24px;font-size:15px">
<p>Dear Applicants,</p>
<p>Thank you for applying to the Child Neurology Residency at Lucile Packard Children&#39;s Hospital Stanford. We received over 250 applications for our positions and are working through them carefully.</p>
<p><b>Interview invitations</b> will be sent on a rolling basis via Thalamus beginning in mid-October and continuing through mid-November. Please make sure noreply@thalamusgme.com is on your safe-senders list.</p>
<p><b>Interview format:</b> all interviews will be virtual. Every interview day includes time with our chief residents and a virtual tour of the new Packard hospital building.</p>
<p><b>Status inquiries:</b> we are unable to respond to individual emails about application status. If you receive an invitation, it will come through Thalamus.</p>
<p>With appreciation,<br>Stanford Medicine Children&#39;s Health &middot; Division of Child Neurology<br>725 Welch Road, Palo Alto, CA 94304</p>
</td></tr></table></td></tr></table>"""
    t = """Stanford Child Neurology Residency

Dear Applicants,

Thank you for applying to the Child Neurology Residency at Lucile Packard Children's Hospital Stanford. We received over 250 applications for our positions and are working through them carefully.

Interview invitations will be sent on a rolling basis via Thalamus beginning in mid-October and continuing through mid-November. Please make sure noreply@thalamusgme.com is on your safe-senders list.

Interview format: all interviews will be virtual. Every interview day includes time with our chief residents and a virtual tour of the new Packard hospital building.

Status inquiries: we are unable to respond to individual emails about application status. If you receive an invitation, it will come through Thalamus.

With appreciation,
Stanford Medicine Children's Health - Division of Child Neurology
725 Welch Road, Palo Alto, CA 94304
"""
    msg = alt(text(t, cte="7bit"), html(doc(inner, "margin:0")))
    build(fn, msg, addr("Stanford Child Neurology Residency", "childneuroresidency@stanford.edu"),
          "Update on our interview process \u2013 Stanford Child Neurology", date, to="undisclosed-recipients:;",
          domain="stanford.edu")
    reg(fn, msg, L("info", "Lucile Packard Children's Hospital Stanford", "email", CN))


@add
def n_thal_feature():
    fn = "b23-info-thal-platform-none.eml"
    date = at("2026-10-01 16:00:00", "UTC")
    t = f"""Hi {FIRST},

Interview season is here, and we've shipped a few updates to help you keep everything organized:

1. Calendar sync. Connect Google Calendar or Outlook and your scheduled interviews will appear automatically, in your own time zone.
2. Conflict alerts. Before you accept a date, Thalamus now warns you if it overlaps with an interview you have already scheduled.
3. Travel planner. For in-person interviews, see suggested flights and hotels near the program, and track your travel spending.

To turn on calendar sync, go to Settings > Integrations:
https://app.thalamusgme.com/applicant/settings/integrations

Good luck this season!
The Thalamus Team

You are receiving this email because you have an applicant account on Thalamus. Manage email preferences: https://app.thalamusgme.com/applicant/settings/notifications
"""
    h = thal_html("New for the 2026-2027 season",
                  f"Hi {FIRST},\n\nInterview season is here, and we've shipped a few updates to help you keep "
                  "everything organized:",
                  [("Calendar sync", "Connect Google Calendar or Outlook and your scheduled interviews appear "
                                     "automatically, in your own time zone."),
                   ("Conflict alerts", "Before you accept a date, Thalamus warns you if it overlaps with an "
                                       "interview you have already scheduled."),
                   ("Travel planner", "For in-person interviews, see suggested flights and hotels near the "
                                      "program.")],
                  "Turn on calendar sync", "https://app.thalamusgme.com/applicant/settings/integrations")
    msg = alt(text(t), html(h))
    build(fn, msg, addr("Thalamus", "hello@thalamusgme.com"), "New in Thalamus: calendar sync & conflict alerts",
          date, domain=THAL_DOM)
    reg(fn, msg, L("info", None, "thalamus"))


@add
def n_eras():
    fn = "b23-info-eras-aamc-none.eml"
    date = at("2026-12-01 11:00:00", "ET")
    t = f"""Dear ERAS 2027 Applicant,

As interview season reaches its peak, please take a moment to confirm that the email address and phone number in your MyERAS profile are current. Programs use this contact information to send interview invitations, scheduling updates and messages.

Also note:
- Interview times in ERAS Interview Scheduling are now displayed in your profile's time zone as well as the program's local time.
- Messages from programs are stored in your MyERAS Messages inbox. You will receive an email notification for each new message, but the content may only be visible after you sign in.

Update your profile: https://apps.aamc.org/myeras-web/#/profile

Thank you,
ERAS Applicant Support
Association of American Medical Colleges
Phone: 202-862-6264 | Monday - Friday, 8:00 AM - 6:00 PM ET
"""
    msg = alt(text(t, cte="7bit"), html(eras_html("Keep your contact information current", [
        "Dear ERAS 2027 Applicant,",
        "As interview season reaches its peak, please take a moment to confirm that the email address and phone "
        "number in your MyERAS profile are current. Programs use this contact information to send interview "
        "invitations, scheduling updates and messages.",
        "Interview times in ERAS Interview Scheduling are now displayed in your profile's time zone as well as the "
        "program's local time.",
        "Messages from programs are stored in your MyERAS Messages inbox."],
        "Update your profile", "https://apps.aamc.org/myeras-web/#/profile")))
    build(fn, msg, addr("ERAS", "myeras@aamc.org"), "ERAS: Please confirm your contact information", date,
          domain=ERAS_DOM)
    reg(fn, msg, L("info", None, "eras"))


@add
def n_nrmp():
    fn = "b23-info-nrmp-dates-none.eml"
    date = at("2027-01-14 10:00:00", "ET")
    t = """Dear Applicant,

Congratulations on reaching the interview stage of the Main Residency Match! As you finish your interviews, please keep these key 2027 Main Residency Match dates in mind:

  January 31, 2027 ....... Last day to register without a late fee
  February 1, 2027 ....... Rank order list entry opens (12:00 p.m. ET)
  March 3, 2027 .......... Rank order list certification deadline (9:00 p.m. ET)
  March 15, 2027 ......... Match Week begins: "Did I Match?" (11:00 a.m. ET)
  March 19, 2027 ......... Match Day (12:00 p.m. ET)

Remember: you may not be asked by programs how you plan to rank them, and you are not required to disclose it. Review the Match Participation Agreement for details.

Log in to the R3 system: https://r3.nrmp.org/

National Resident Matching Program
2121 K Street NW, Suite 1000, Washington, DC 20037
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("NRMP", "support@nrmp.org"), "Important 2027 Main Residency Match Dates", date,
          domain="nrmp.org")
    reg(fn, msg, L("info", None, "other"))


@add
def n_jhu_social():
    fn = "b23-info-email-jhu-rad.eml"
    date = at("2026-11-03 11:30:47", "ET")
    evs = [d("2026-11-18"), d("2026-12-07"), d("2027-01-13")]
    t = f"""Hello future colleagues,

The residents of the Johns Hopkins Radiology program are hosting informal virtual socials for all invited applicants. There is one the evening before each interview day:

""" + "\n".join(f"    {W(x)} at 7:00 PM ET" for x in evs) + """

Come hang out, ask us anything (call schedules, moonlighting, Baltimore rent!) and meet our residents. No faculty, no evaluation. Zoom link: https://jhjhm.zoom.us/j/99812004417

See you there,
Priyanka & Marcus, Admin Chief Residents
Russell H. Morgan Department of Radiology and Radiological Science
Johns Hopkins Medicine
"""
    msg = alt(text(t), html(outlook_html(t)))
    build(fn, msg, addr("JHU Radiology Chiefs", "radchiefs@jhmi.edu"),
          "Johns Hopkins Radiology \u2013 Resident Socials for Invited Applicants", date,
          to="undisclosed-recipients:;", domain="jhmi.edu")
    reg(fn, msg, L("info", "Johns Hopkins Medicine", "email", DR))


# ================================================================ other
@add
def o_news():
    fn = "b23-oth-news-acr-rad.eml"
    date = at("2026-11-19 13:00:00", "ET")
    inner = """<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeef2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;color:#222">
<tr><td style="background:#0a2c5a;color:#fff;padding:16px 22px;font-size:19px">Med Student Radiology Digest<br><span style="font-size:12px">November 2026</span></td></tr>
<tr><td style="padding:18px 22px;font-size:14px">
<h3>Surviving peak interview season</h3>
<p>Virtual interviews mean back-to-back days. Program directors from Johns Hopkins, Stanford and UT Southwestern share their advice: prepare two cases you can discuss, test your camera setup the day before, and send short, sincere thank-you notes.</p>
<h3>Program spotlight</h3>
<p>This month we visit a community program that trains residents in three rural hospitals, and hear from an R1 about life after a Transitional Year.</p>
<h3>Webinar: Reading rooms after AI</h3>
<p>Thursday, December 10, 2026 at 8:00 PM ET. Free for student members. <a href="https://www.acr.org/Member-Resources/Medical-Students/webinar-dec">Register</a></p>
<p style="font-size:11px;color:#777">You are receiving this newsletter as a student member. <a href="https://www.acr.org/unsubscribe?u=cs">Unsubscribe</a><br>American College of Radiology, 1891 Preston White Drive, Reston, VA 20191</p>
</td></tr></table></td></tr></table>"""
    t = """Med Student Radiology Digest - November 2026

Surviving peak interview season
Virtual interviews mean back-to-back days. Program directors from Johns Hopkins, Stanford and UT Southwestern share their advice: prepare two cases you can discuss, test your camera setup the day before, and send short, sincere thank-you notes.

Program spotlight
This month we visit a community program that trains residents in three rural hospitals, and hear from an R1 about life after a Transitional Year.

Webinar: Reading rooms after AI
Thursday, December 10, 2026 at 8:00 PM ET. Free for student members.
https://www.acr.org/Member-Resources/Medical-Students/webinar-dec

You are receiving this newsletter as a student member (Camila Strandberg). Unsubscribe: https://www.acr.org/unsubscribe?u=cs
American College of Radiology, 1891 Preston White Drive, Reston, VA 20191
"""
    msg = alt(text(t, cte="7bit"), html(doc(inner, "margin:0")))
    build(fn, msg, addr("ACR Medical Student Digest", "newsletters@acr.org"),
          "Interview season survival tips + program spotlight", date, domain="acr.org",
          extra=[("List-Unsubscribe", "<https://www.acr.org/unsubscribe?u=cs>")])
    reg(fn, msg, L("other", None, "other"))


@add
def o_classmate():
    fn = "b23-oth-fwd-classmate-derm.eml"
    orig = at("2026-11-04 10:02:00", "PT")
    date = at("2026-11-04 12:47:31", "PT")
    t = f"""Cami!!! Look what just came in -- I can't believe it. Did you hear anything from UCLA yet? Their dates are Dec 10 and Jan 14, would be so fun if we ended up on the same day.

Also are you doing Duke's meet the residents thing? Let's compare notes tonight.

- Theo

---------- Forwarded message ---------
From: UCLA Dermatology Residency <dermresidency@mednet.ucla.edu>
Date: Wed, Nov 4, 2026 at 10:02\u202fAM
Subject: Interview Invitation \u2013 UCLA Dermatology Residency
To: Theo Nakashima <theo.nakashima@gmail.com>


Dear Theo,

Congratulations! On behalf of the Division of Dermatology at the David Geffen School of Medicine at UCLA, we are pleased to invite you to interview for our residency program. Interviews will be held virtually on Thursday, December 10, 2026 and Thursday, January 14, 2027.

Please reply with your preferred date within 48 hours.

UCLA Dermatology Residency Program
"""
    msg = alt(text(t), html(doc(paras(t))))
    build(fn, msg, addr("Theo Nakashima", "theo.nakashima@gmail.com"),
          "Fwd: Interview Invitation \u2013 UCLA Dermatology Residency", date, domain="mail.gmail.com")
    reg(fn, msg, L("other", None, "other"))


@add
def o_hotel():
    fn = "b23-oth-email-hotel-fm.eml"
    date = at("2026-11-01 20:14:55", "ET")
    t = f"""Dear Camila Strandberg,

Thank you for choosing Hyatt Place Greenville/Downtown. Your reservation is confirmed.

Confirmation number: 58223916
Check-in: {W(d("2026-12-02"))} (after 3:00 PM)
Check-out: {W(d("2026-12-03"))} (before 12:00 PM)
Room: 1 King Bed, Non-Smoking
Guests: 1 adult
Rate: Advance Purchase, USD 149.00 per night (non-refundable)
Total including taxes and fees: USD 172.47

Hotel address: 40 W. Broad Street, Greenville, SC 29601
Phone: +1 864-232-3000

Free hot breakfast is served daily from 6:30 AM to 9:30 AM.

Manage your reservation: https://www.hyatt.com/reservations/58223916

We look forward to welcoming you.

World of Hyatt
"""
    msg = alt(text(t), html(outlook_html(t, "Arial,sans-serif")))
    build(fn, msg, addr("Hyatt Place Greenville/Downtown", "reservations@hyatt.com"),
          "Your reservation is confirmed - Hyatt Place Greenville/Downtown", date, domain="hyatt.com")
    reg(fn, msg, L("other", None, "other"))


@add
def o_ooo():
    fn = "b23-oth-ooo-ucdavis-path.eml"
    date = at("2026-11-24 13:52:06", "PT")
    t = """Thank you for your email. I am out of the office for the Thanksgiving holiday and will return on Tuesday, December 1. I will have limited access to email during this time.

For urgent matters regarding the Pathology Residency Program, please contact the Department of Pathology main office at (916) 734-2525.

Thank you,
Rosa Delgado-Ng
Residency Program Coordinator
UC Davis Health, Department of Pathology and Laboratory Medicine
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Delgado-Ng, Rosa", "rdelgadong@health.ucdavis.edu"),
          "Automatic reply: Question about Pathology residency application - Camila Strandberg", date,
          domain="health.ucdavis.edu", extra=[("Auto-Submitted", "auto-replied"),
                                              ("X-Auto-Response-Suppress", "All")])
    reg(fn, msg, L("other", None, "other"))


@add
def o_job():
    fn = "b23-oth-email-researchjob-none.eml"
    date = at("2026-11-16 09:40:00", "PT")
    t = """Hi Camila,

Thanks for applying to the part-time Clinical Research Associate (remote) position at Meridian Trial Partners. We were impressed with your background in clinical research and would like to invite you to an interview with our hiring manager.

Interview: Thursday, November 19, 2026, 2:00 - 2:45 PM Pacific
Format: Video call (Google Meet link to follow)
Interviewer: Dana Whitcombe, Senior Manager, Clinical Operations

Please confirm your availability by replying to this email. If the time doesn't work, let me know two or three alternatives.

Best regards,
Aaron Liu
Talent Acquisition | Meridian Trial Partners
San Diego, CA
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Aaron Liu", "aaron.liu@meridiantrialpartners.com"),
          "Interview Invitation - Clinical Research Associate (Part-Time, Remote)", date,
          domain="meridiantrialpartners.com")
    reg(fn, msg, L("other", None, "other"))


@add
def o_marketing():
    fn = "b23-oth-email-prepcourse-none.eml"
    date = at("2026-11-30 06:00:00", "PT")
    inner = """<div style="max-width:600px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;text-align:center;color:#111">
<div style="background:#111;color:#fff;padding:24px;font-size:26px;font-weight:bold">CYBER MONDAY: 40% OFF</div>
<p style="font-size:17px">Hi Camila, interview season is in full swing. Are you ready for your next interview invitation?</p>
<p>Book a 1:1 mock interview with a former program director and get personalized feedback within 24 hours.</p>
<p><a href="https://matchprepcoach.example.com/cyber?utm_source=email" style="background:#e63946;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">Claim 40% off</a></p>
<p style="font-size:12px;color:#888">Offer ends tonight at 11:59 PM PT. MatchPrep Coaching, 548 Market St, San Francisco, CA 94104. <a href="https://matchprepcoach.example.com/unsub">Unsubscribe</a></p>
</div>"""
    t = """CYBER MONDAY: 40% OFF

Hi Camila, interview season is in full swing. Are you ready for your next interview invitation?

Book a 1:1 mock interview with a former program director and get personalized feedback within 24 hours.

Claim 40% off: https://matchprepcoach.example.com/cyber?utm_source=email

Offer ends tonight at 11:59 PM PT. MatchPrep Coaching, 548 Market St, San Francisco, CA 94104. Unsubscribe: https://matchprepcoach.example.com/unsub
"""
    msg = alt(text(t, cte="7bit"), html(doc(inner)))
    build(fn, msg, addr("MatchPrep Coaching", "hello@matchprepcoach.example.com"),
          "\u23f0 Cyber Monday: 40% off mock residency interviews", date, domain="matchprepcoach.example.com",
          extra=[("List-Unsubscribe", "<https://matchprepcoach.example.com/unsub>"), ("Precedence", "bulk")])
    reg(fn, msg, L("other", None, "other"))
