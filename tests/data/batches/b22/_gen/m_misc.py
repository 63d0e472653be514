"""Info (10) and other (6)."""
from lib import *


# ============================================================ info
def utah_social():
    fn = "b22-info-email-utah-anes.eml"
    date = at("2026-11-10 16:30:44", "MT")
    x, soc = d("2026-11-20"), d("2026-11-19")
    t = f"""Hi Maren,

Since you're interviewing with us on {wmd(x)}, we wanted to make sure you know about our resident social the night before: {wmd(soc)}, 7:00\u20138:30 PM Mountain, on Zoom. It's run entirely by our residents (no faculty, nothing evaluated) and is a great chance to ask the questions you'd rather not ask a program director, like where everyone skis and what call is actually like.

Zoom: https://utah.zoom.us/j/81532094470  (passcode: powder)

Also, a small update: our new operating suites in the hospital's east wing opened this fall, so some of the photos on our website are out of date. We'll show you the new ORs on your virtual tour.

See you soon,
Kaylee

Kaylee Sorensen
Residency Program Coordinator | Department of Anesthesiology
Spencer Fox Eccles School of Medicine at the University of Utah
30 N Mario Capecchi Dr, Salt Lake City, UT 84112
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Sorensen, Kaylee", "kaylee.sorensen@hsc.utah.edu"),
          "U of U Anesthesiology \u2013 resident social the night before your interview", date, domain="hsc.utah.edu")
    reg(fn, msg, L("info", "Spencer Fox Eccles School of Medicine at the University of Utah", "email", ANES))


def sral_second_look():
    fn = "b22-info-email-shirleyryan-pmr.eml"
    date = at("2027-01-20 10:02:19", "CT")
    sl = d("2027-02-05")
    t = f"""Dear Applicants,

Thank you again for interviewing with the Northwestern/Shirley Ryan AbilityLab PM&R Residency this season. We truly enjoyed meeting you.

We are happy to invite you to our optional Second Look Day on {long(sl)}, from 12:00 to 4:00 p.m. at Shirley Ryan AbilityLab, 355 East Erie Street, Chicago. The afternoon includes a tour of our Ability Labs, a conversation with current residents and an informal reception on the 20th floor.

This is optional, and whether or not you come has no effect on how we rank applicants. If you plan to attend, please RSVP by replying to this email by Friday, January 29.

Warm regards,

PM&R Residency Program
Shirley Ryan AbilityLab | McGaw Medical Center of Northwestern University
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("SRAlab PM&R Residency", "pmrresidency@sralab.org"),
          "Second Look Day \u2013 Shirley Ryan AbilityLab PM&R", date, domain="sralab.org",
          to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "Shirley Ryan AbilityLab", "email", PMR))


def hss_all_sent():
    fn = "b22-info-email-hss-ortho.eml"
    date = at("2026-11-24 15:10:00", "ET")
    t = f"""Dear Applicants,

We are grateful to everyone who applied to the Orthopaedic Surgery Residency Program at Hospital for Special Surgery.

This note is to let every applicant know that all interview invitations for the 2026\u20132027 application cycle have now been sent. We received over 1,000 applications for nine positions. If no invitation from us has reached you by now, none will be coming this year, and we do not keep a waitlist.

For those who have accepted an invitation, you will receive your interview day details from our office about one week before your date.

We wish all of you the best of luck in the Match.

Sincerely,
Orthopaedic Surgery Residency Office
Hospital for Special Surgery
"""
    msg = text(t)
    build(fn, msg, addr("HSS Orthopaedic Residency", "orthoresidency@hss.edu"),
          "HSS Orthopaedic Surgery \u2013 Interview Invitation Update", date, domain="hss.edu",
          to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "Hospital for Special Surgery", "email", ORTHO))


def denver_update():
    fn = "b22-info-email-denverhealth-im.eml"
    date = at("2027-01-22 12:00:00", "MT")
    oh = d("2027-02-12")
    h = f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f5f7"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#263238">
<tr><td style="background:#00617f;color:#fff;padding:18px 24px;font-size:22px">Denver Health Internal Medicine<br><span style="font-size:13px">Applicant Newsletter &middot; January 2027</span></td></tr>
<tr><td style="padding:20px 24px">
<p>Hi Maren,</p>
<p>Thank you for spending a day with us this season! As interviews wrap up, here is a short update from Denver Health and Hospital Authority.</p>
<h3 style="color:#00617f">Meet the 2027&ndash;28 chief residents</h3>
<p>Congratulations to Drs. Amaya Redcloud, Tomasz Wierzbicki and Lena Abdi, who will serve as chiefs next year.</p>
<h3 style="color:#00617f">New primary care pavilion</h3>
<p>Our residents&rsquo; continuity clinics move to the new Outpatient Medical Center this spring, with expanded space for our Urban Health Track.</p>
<h3 style="color:#00617f">Optional open house</h3>
<p>Applicants who would like to see the hospital again may join an informal open house on {long(oh)}, 3&ndash;5 PM. Attendance does not affect ranking. RSVP at <a href="https://forms.gle/DHIMopenhouse27">forms.gle/DHIMopenhouse27</a>.</p>
<p>Per NRMP policy, we will not ask about your ranking plans, and you do not need to send us updates or thank-you notes.</p>
<p>Warmly,<br>The Denver Health IM Residency Team</p>
</td></tr></table></td></tr></table>"""
    msg = html(page(h, style="margin:0"))
    build(fn, msg, addr("Denver Health IM Residency", "imresidency@dhha.org"),
          "Denver Health IM Applicant Newsletter \u2013 January 2027", date, domain="dhha.org")
    reg(fn, msg, L("info", "Denver Health and Hospital Authority", "email", IM))


def thal_feature():
    fn = "b22-info-thal-platform-none.eml"
    date = at("2026-10-05 14:00:00", "UTC")
    body = ("Interview season is here, and we've added a few things to make it easier:\n\n"
            "\u2022 Calendar sync: connect Google or Outlook and your Thalamus interviews appear automatically.\n"
            "\u2022 Conflict warnings: we'll flag if a new invitation overlaps an interview you've already scheduled.\n"
            "\u2022 Travel planning: for in-person interviews, see flight and hotel options next to your itinerary.\n\n"
            "Reminder: Thalamus is free for applicants. Add noreply@thalamusgme.com to your contacts so invitations "
            "never land in spam.")
    t = f"Hi {FIRST},\n\n{body}\n\nExplore what's new: https://thalamusgme.com/whats-new\n\nThe Thalamus Team\n"
    h = thal_page("What's new in Thalamus for the 2026-27 season", f"Hi {FIRST},\n\n{body}",
                  button="Explore what's new", url="https://thalamusgme.com/whats-new")
    msg = alt(text(t), html(h))
    build(fn, msg, THAL, "New for interview season: calendar sync and conflict warnings", date, domain=THAL_DOM)
    reg(fn, msg, L("info", None, "thalamus"))


def nrmp_rol():
    fn = "b22-info-nrmp-rol-none.eml"
    date = at("2027-02-01 12:00:00", "ET")
    dl, mday = d("2027-03-03"), d("2027-03-19")
    t = f"""Dear Maren Achterberg,

Rank Order List entry for the 2027 Main Residency Match is now open in the Registration, Ranking, and Results (R3) system.

Key dates for you:
  * Certify your rank order list by 9:00 p.m. ET on {long(dl)}
  * Match Week starts Monday, March 15, 2027
  * Match Day is {long(mday)}

Remember that you must certify your rank order list for it to be used in the Match. You may modify and re-certify your list as many times as you wish before the deadline. Supplemental rank order lists are used for preliminary or transitional positions if your primary list includes advanced programs.

Log in to R3: https://r3.nrmp.org

National Resident Matching Program | www.nrmp.org
"""
    msg = alt(text(t, cte="7bit"), html(page(p2html(t))))
    build(fn, msg, addr("NRMP", "noreply@nrmp.org"), "Rank Order List Entry Is Now Open", date, domain="nrmp.org")
    reg(fn, msg, L("info", None, "other"))


def eras_notice():
    fn = "b22-info-eras-aamc-none.eml"
    date = at("2026-10-09 16:00:00", "ET")
    mx = d("2026-10-17")
    t = f"""Dear ERAS applicant,

Scheduled maintenance: MyERAS, including the Interview Scheduler, will be unavailable on {long(mx)} from 10:00 p.m. to 2:00 a.m. ET.

Interview invitations sent by programs during this window will be delivered once service is restored, and response deadlines set by programs will not be shortened by the outage. We recommend checking MyERAS after maintenance is complete.

Thank you,
The ERAS Team | AAMC
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("AAMC ERAS", "erasnews@aamc.org"), "MyERAS Scheduled Maintenance", date, domain=ERAS_DOM)
    reg(fn, msg, L("info", None, "eras"))


def iowa_thanks():
    fn = "b22-info-email-iowa-ortho.eml"
    date = at("2027-01-15 16:45:10", "CT")
    t = f"""Dear Applicant,

On behalf of our faculty and residents, thank you for visiting Iowa City and interviewing with us this season. Our final interview day was last week, and we enjoyed getting to know each of you.

A few updates since your visit:
- Our new sports medicine and orthopaedics clinic in North Liberty opens this summer and will host a resident continuity clinic.
- We have added a dedicated research block in the PGY-3 year beginning with the incoming class.

We will not be sending post-interview communication beyond this letter, and no reply is needed. Please do not hesitate to reach out if you have further questions about the program.

Best wishes,
Residency Leadership
Department of Orthopedics and Rehabilitation
University of Iowa Carver College of Medicine
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("UI Ortho Residency", "ortho-residency@uiowa.edu"),
          "Thank you from Iowa Orthopedics", date, domain="uiowa.edu", to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "University of Iowa Carver College of Medicine", "email", ORTHO))


def mcw_openhouse():
    fn = "b22-info-email-mcw-neuro.eml"
    date = at("2026-10-01 11:30:00", "CT")
    s1, s2 = d("2026-10-13"), d("2026-10-21")
    t = f"""Hello Neurology applicants!

Thank you for applying to the Neurology Residency at the Medical College of Wisconsin. While we continue to review applications, we'd like to invite all applicants to our virtual open house sessions. Come meet our residents and faculty and learn about life in Milwaukee.

  * {wmd(s1)}, 7:00\u20138:00 PM CT \u2013 Resident life, wellness and the city
  * {wmd(s2)}, 7:00\u20138:00 PM CT \u2013 Curriculum, subspecialty exposure and research

Registration: https://mcw.zoom.us/webinar/register/WN_neuroOpenHouse27

These sessions are informational only. Attendance is not tracked and has no bearing on interview offers, which will be sent separately through ERAS.

Best,
MCW Neurology Residency Program
Medical College of Wisconsin | Froedtert Hospital
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("MCW Neurology Residency", "neurores@mcw.edu"),
          "MCW Neurology \u2013 Virtual Open Houses for Applicants", date, domain="mcw.edu",
          to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "Medical College of Wisconsin", "email", NEURO))


def msh_socials():
    fn = "b22-info-email-msh-anes.eml"
    date = at("2026-11-02 09:15:33", "ET")
    socials = [d("2026-11-15"), d("2026-12-06"), d("2027-01-10")]
    items = "".join(f'<li style="margin:6px 0"><b>{long(x)}</b>, 7:00&ndash;8:30 PM ET</li>' for x in socials)
    h = f"""<div style="max-width:600px;margin:auto;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#212070">
<div style="background:linear-gradient(90deg,#221f72,#d80b8c);color:#fff;padding:20px 22px;font-size:21px;font-weight:bold">Mount Sinai Anesthesiology<br><span style="font-size:13px;font-weight:normal">Icahn School of Medicine at Mount Sinai</span></div>
<div style="padding:18px 22px;color:#222">
<p>Dear Applicant,</p>
<p>Congratulations on your interview with the Department of Anesthesiology, Perioperative and Pain Medicine! Our residents would love to meet you outside the interview day at one of our pre-interview virtual socials. You are welcome at any of them, whichever date you interview on:</p>
<ul>{items}</ul>
<p>No faculty attend, and nothing you say will be shared with the selection committee. Zoom links will be sent to everyone who RSVPs at <a href="https://forms.gle/SinaiAnesSocials27">forms.gle/SinaiAnesSocials27</a>.</p>
<p>See you soon!<br>The Mount Sinai Anesthesiology Residents</p>
</div>
<div style="font-size:11px;color:#777;padding:0 22px 18px">One Gustave L. Levy Place, New York, NY 10029</div></div>"""
    msg = html(page(h))
    build(fn, msg, addr("Mount Sinai Anesthesiology Residency", "anesthesiology.residency@mountsinai.org"),
          "You're invited: Mount Sinai Anesthesiology Resident Socials", date, domain="mountsinai.org",
          to="undisclosed-recipients:;")
    reg(fn, msg, L("info", "Icahn School of Medicine at Mount Sinai", "email", ANES))


# ============================================================ other
def asa_news():
    fn = "b22-oth-news-asa-anes.eml"
    date = at("2026-11-12 07:00:00", "CT")
    h = f"""<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef2f6"><tr><td align="center">
<table width="600" cellpadding="18" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px">
<tr><td style="background:#0b3d6e;color:#fff;font-size:20px;font-weight:bold">Medical Student Component &middot; November Digest</td></tr>
<tr><td>
<p>Hi Maren,</p>
<p><b>Interview season survival kit.</b> Residents from Cleveland Clinic, Michigan Medicine and University of Colorado share how they handled a dozen virtual interviews without burning out. Plus: how to answer &ldquo;Why anesthesiology?&rdquo; when you are also applying to a preliminary or transitional year.</p>
<p><b>Advanced vs. categorical.</b> A quick explainer on PGY-1 options and supplemental rank lists, written by the MSC Governing Council.</p>
<p><b>Webinar:</b> &ldquo;Your first interview invitation: now what?&rdquo; &mdash; recording now available to members.</p>
<p><b>Save the date:</b> ANESTHESIOLOGY 2027 registration opens in the spring.</p>
<p style="font-size:11px;color:#888">American Society of Anesthesiologists &middot; 1061 American Lane, Schaumburg, IL 60173<br>
You are receiving this because you are a medical student member. <a href="https://www.asahq.org/unsubscribe">Unsubscribe</a></p>
</td></tr></table></td></tr></table>"""
    msg = html(page(h, style="margin:0"))
    build(fn, msg, addr("ASA Medical Student Component", "msc@asahq.org"),
          "MSC November Digest: interview season survival kit", date, domain="asahq.org",
          extra=[("List-Unsubscribe", "<https://www.asahq.org/unsubscribe>")])
    reg(fn, msg, L("other", None, "other"))


def classmate_fwd():
    fn = "b22-oth-fwd-classmate-pmr.eml"
    date = at("2026-11-02 20:44:01", "CT")
    orig = at("2026-11-02 14:10:27", "ET")
    ds = [d("2026-12-04"), d("2027-01-08")]
    inner = f"""Dear Theo,

On behalf of the Rutgers New Jersey Medical School / Kessler Institute for Rehabilitation PM&R Residency, we would like to offer you an interview. Interviews are virtual and will be held on {wmd(ds[0])} and {wmd(ds[1])}, {ds[1].year}.

Please reply to this email with your preferred date within one week.

Sincerely,
PM&R Residency Office
Rutgers NJMS / Kessler Institute for Rehabilitation
"""
    t = f"""Hey Maren!! Kessler finally sent invites, did you get one too? Wasn't sure if they went out in a batch or rolling. If you did, maybe we grab the same date and compare notes after lol

Theo

---------- Forwarded message ---------
From: Kessler PM&R Residency <pmrresidency@njms.rutgers.edu>
Date: {gmail_fwd(orig)}
Subject: PM&R Interview Invitation - Rutgers NJMS/Kessler
To: Theo Nakamura-Price <theo.np.md@gmail.com>


""" + inner
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Theo Nakamura-Price", "theo.np.md@gmail.com"),
          "Fwd: PM&R Interview Invitation - Rutgers NJMS/Kessler", date, domain="mail.gmail.com")
    reg(fn, msg, L("other", None, "other"))


def hotel():
    fn = "b22-oth-email-gradhotel-ortho.eml"
    date = at("2026-11-20 21:05:33", "CT")
    ci, co = d("2026-12-10"), d("2026-12-11")
    t = f"""Hi Maren,

Thank you for booking with Graduate Iowa City. We can't wait to welcome you!

Confirmation number: 84021957
Guest: Maren Achterberg
Check-in: {long(ci)} (after 4:00 PM)
Check-out: {long(co)} (by 11:00 AM)
Room: 1 King Bed, non-smoking
Rate: $149.00 per night + taxes
Total: $167.63

Graduate Iowa City
210 S. Dubuque Street, Iowa City, IA 52240
(319) 625-xxxx

Cancellations made less than 48 hours before arrival are charged one night.
"""
    t = t.replace("(319) 625-xxxx", "(319) 625-4000")
    msg = alt(text(t, cte="7bit"), html(page(p2html(t))))
    build(fn, msg, addr("Graduate Iowa City", "reservations@graduatehotels.com"),
          "Your reservation is confirmed - Graduate Iowa City", date, domain="graduatehotels.com")
    reg(fn, msg, L("other", None, "other"))


def ooo():
    fn = "b22-oth-ooo-intermountain-ty.eml"
    date = at("2026-11-24 18:02:10", "MT")
    back = d("2026-11-30")
    t = f"""I'm away from the office over the Thanksgiving holiday and will be back on {wmd(back)}, with only occasional access to email until then.

For urgent matters related to the Transitional Year Residency, please contact the Graduate Medical Education office at gme@imail.org.

Jolene Christiansen
Program Coordinator, Transitional Year Residency
Intermountain Medical Center
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Christiansen, Jolene", "jolene.christiansen@imail.org"),
          "Automatic reply: Letter of continued interest - Maren Achterberg", date, domain="imail.org",
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    reg(fn, msg, L("other", None, "other"))


def job():
    fn = "b22-oth-email-medjob-none.eml"
    date = at("2026-10-26 11:12:44", "ET")
    s1, s2 = d("2026-10-29"), d("2026-10-30")
    t = f"""Hi Maren,

Thanks for applying to the part-time Medical Content Reviewer (Remote, Contract) role at Lumina MedEd. We'd like to invite you to a 30-minute video interview with our Clinical Content Lead.

We have openings on {wmd(s1)} between 1 and 4 PM ET or {wmd(s2)} between 10 AM and noon ET. Pick a time that suits you here: https://calendly.com/lumina-meded-talent/30min

The role is about 8\u201310 hours per week reviewing board-style questions, and it is flexible around clinical rotations and residency interviews.

Best,
Priyanka Desai
Talent Acquisition, Lumina MedEd
"""
    msg = text(t)
    build(fn, msg, addr("Lumina MedEd Talent Team", "talent@luminameded.com"),
          "Interview invitation \u2013 Medical Content Reviewer (Remote)", date, domain="luminameded.com")
    reg(fn, msg, L("other", None, "other"))


def marketing():
    fn = "b22-oth-email-prepcourse-none.eml"
    date = at("2026-11-27 07:00:00", "ET")
    h = """<div style="max-width:560px;margin:auto;font-family:Arial,sans-serif;text-align:center">
<h1 style="color:#e4572e">BLACK FRIDAY: 40% OFF</h1>
<p style="font-size:16px">Hi Maren, interview season is in full swing. Walk into your next residency interview ready.</p>
<p>&#10003; 1:1 mock interviews with program directors<br>&#10003; Specialty-specific question banks (Anesthesiology, Ortho, Neuro, PM&amp;R, IM)<br>&#10003; Thank-you note and letter of intent templates</p>
<p><a href="https://interviewreadymd.com/bf26" style="background:#e4572e;color:#fff;padding:12px 24px;text-decoration:none;border-radius:24px">Claim 40% off</a></p>
<p style="font-size:11px;color:#999">Offer ends Monday at midnight PT. InterviewReady MD, 548 Market St #32177, San Francisco, CA 94104.<br><a href="https://interviewreadymd.com/unsub">Unsubscribe</a></p>
</div>"""
    t = ("BLACK FRIDAY: 40% OFF\n\nHi Maren, interview season is in full swing. Walk into your next residency "
         "interview ready.\n\n- 1:1 mock interviews with program directors\n- Specialty-specific question banks "
         "(Anesthesiology, Ortho, Neuro, PM&R, IM)\n- Thank-you note and letter of intent templates\n\n"
         "Claim 40% off: https://interviewreadymd.com/bf26\n\nOffer ends Monday at midnight PT.\n"
         "InterviewReady MD, 548 Market St #32177, San Francisco, CA 94104\nUnsubscribe: https://interviewreadymd.com/unsub\n")
    msg = alt(text(t, cte="7bit"), html(page(h)))
    build(fn, msg, addr("InterviewReady MD", "hello@interviewreadymd.com"),
          "\U0001F6A8 40% off mock interviews ends Monday", date, domain="interviewreadymd.com",
          extra=[("List-Unsubscribe", "<https://interviewreadymd.com/unsub>")])
    reg(fn, msg, L("other", None, "other"))


ALL = [utah_social, sral_second_look, hss_all_sent, denver_update, thal_feature, nrmp_rol, eras_notice, iowa_thanks,
       mcw_openhouse, msh_socials, asa_news, classmate_fwd, hotel, ooo, job, marketing]
