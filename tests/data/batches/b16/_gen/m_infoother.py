from lib import *
from m_inv import THAL, THAL_FOOT, ERAS, IB

OUT = []


def add(fname, labels, msg):
    OUT.append((fname, labels, msg))

# =============================== INFO ===============================
# n1 UIHC OB/GYN virtual social
h = dt("2026-11-02T12:30:00")
text = """Hello OB/GYN applicants!

The residents of the University of Iowa Obstetrics and Gynecology Residency Program would like to invite you to our Virtual Resident Meet & Greet on Thursday, November 12 at 6:30 PM CST, the evening before our November 13 interview day. This is an informal, residents-only event - no faculty, no evaluations, just a chance to ask the questions you really want answered.

Zoom: https://uiowa.zoom.us/j/97745520931  (passcode: hawkeye)

Applicants interviewing on any date are welcome. We hope to see you there!

Warmly,
The UI OB/GYN Residents
University of Iowa Hospitals & Clinics, Iowa City
"""
add("b16-info-coord-uiowa-obgyn-social.eml", dict(kind="info", program="University of Iowa Hospitals & Clinics", platform="email",
    specialty="Obstetrics and Gynecology"),
    build(addr("UI OB/GYN Residency", "obgyn-residency@healthcare.uiowa.edu"), "You're invited: Virtual Resident Meet & Greet (Nov 12)", h, text,
          to="undisclosed-recipients:;"))

# n2 SLU FM second look
h = dt("2027-01-06T09:20:14")
text = """Hello Claire,

Thank you again for interviewing with the Saint Louis University Family Medicine Residency! We'd love to show you around in person.

SECOND LOOK DAY
Saturday, January 30, 2027, 9:00 AM - 12:30 PM
SSM Health St. Mary's Hospital, 6420 Clayton Rd, Richmond Heights, MO 63117
Tour of the hospital and our Family Medicine clinic, brunch with residents, and a driving tour of our favorite St. Louis neighborhoods.

Second Look is completely optional and is not part of our ranking process. Please RSVP by January 15 using this form: https://forms.gle/sluFMsecondlook27

Best,
Erin Polk
Program Coordinator, SLU Family Medicine Residency
Saint Louis University School of Medicine | SSM Health
"""
add("b16-info-coord-slu-fm-secondlook.eml", dict(kind="info", program="Saint Louis University School of Medicine | SSM Health", platform="email",
    specialty="Family Medicine"),
    build(addr("SLU Family Medicine Residency", "slufmresidency@health.slu.edu"), "SLU FM Second Look Day - Sat. 1/30", h, text))

# n3 bare MyERAS new message
h = dt("2026-11-04T14:02:44")
text = """You have a new message in MyERAS.

Please sign in to MyERAS to view your message: https://apps.aamc.org/myeras-web/#/messages

This is an automated message. Please do not reply.
Association of American Medical Colleges
"""
add("b16-info-eras-newmessage.eml", dict(kind="info", platform="eras"),
    build(addr("MyERAS", "myeras@aamc.org"), "MyERAS: You have a new message", h, text, msgid_domain="aamc.org"))

# n4 NRMP ROL opening
h = dt("2027-02-01T11:00:00", ET)
text = """Dear Claire Nwosu,

The Rank Order List (ROL) entry period for the 2027 Main Residency Match is now open.

You may enter, modify, and certify your rank order list in the Registration, Ranking, and Results (R3) system until 9:00 p.m. ET on Wednesday, March 3, 2027. Rank order lists must be certified to be used in the matching algorithm.

Important reminders:
 - Applicants ranking advanced programs may submit supplemental rank order lists for preliminary and transitional year programs.
 - Match Week begins Monday, March 15, 2027. Match Day is Friday, March 19, 2027.

Log in to the R3 system: https://r3.nrmp.org

National Resident Matching Program
2121 K Street, NW, Suite 1000, Washington, DC 20037
"""
add("b16-info-nrmp-rol.eml", dict(kind="info", platform="other"),
    build(addr("NRMP", "noreply@nrmp.org"), "2027 Main Residency Match: Rank Order List Entry Is Now Open", h, text))

# n5 OU Health GME office information
h = dt("2026-10-30T08:15:00")
html = html_page("""
<p style="font-size:18px;font-weight:bold;color:#841617;margin:0 0 12px;">OU Health &middot; Graduate Medical Education</p>
<p>Dear Residency Applicant,</p>
<p>Thank you for your interest in residency training at the University of Oklahoma College of Medicine and OU Health. As you prepare for your interview, the Office of Graduate Medical Education would like to share institutional information that applies to all of our programs:</p>
<ul>
<li><b>2027&ndash;2028 PGY-1 salary:</b> $63,214, plus annual educational and meal stipends</li>
<li><b>Benefits:</b> health, dental and vision insurance beginning on your start date; parental leave per ACGME and ABMS policy</li>
<li><b>Visa sponsorship:</b> J-1 (ECFMG); H-1B by program approval</li>
<li><b>Contract and policies:</b> the sample resident agreement is posted on our website</li>
</ul>
<p>Download the 2027 GME Benefits Guide: <a href="https://www.ouhsc.edu/gme/applicants">ouhsc.edu/gme/applicants</a></p>
<p>Questions? Contact the GME Office at gme@ouhsc.edu or 405-271-xxxx.</p>
<p>Office of Graduate Medical Education<br>University of Oklahoma College of Medicine | OU Health<br>Oklahoma City, OK</p>
""".replace("405-271-xxxx", "405-271-2313"), "Information for residency applicants", "You received this message because you applied to a residency program at OU Health.")
add("b16-info-gme-ouhealth.eml", dict(kind="info", program="University of Oklahoma College of Medicine | OU Health", platform="email"),
    build(addr("OU Health GME", "gme@ouhsc.edu"), "Information for Residency Applicants \u2013 OU Health GME", h, None, html, cte="qp", subj_enc="q"))

# n6 away rotation acceptance (visiting student) -> info
h = dt("2026-07-20T13:44:51")
text = """Dear Claire,

Congratulations! We are pleased to inform you that your application for a visiting student rotation in Dermatology at the University of Minnesota Medical School has been approved in VSLO.

Rotation: DERM 7501 - Dermatology Sub-Internship (Visiting)
Dates: September 28 - October 23, 2026
Report: 7:30 AM on Monday, September 28, Phillips-Wangensteen Building, Suite 4-240, 516 Delaware St SE, Minneapolis

Before your rotation, please complete the following in VSLO by August 28, 2026:
 - Immunization and N95 fit-test documentation
 - Background check attestation
 - Signed HIPAA and Epic access forms (attached)

We look forward to working with you this fall.

Best regards,
Visiting Student Coordinator
Department of Dermatology
University of Minnesota Medical School
"""
add("b16-info-away-umn-derm.eml", dict(kind="info", program="University of Minnesota Medical School", platform="email",
    specialty="Dermatology"),
    build(addr("UMN Dermatology Education", "dermed@umn.edu"), "VSLO Away Rotation Approved - UMN Dermatology (Sept 28 - Oct 23)", h, text,
          attachments=[pdf_stub("UMN_Visiting_Student_Forms.pdf", "forms")]))

# n7 Thalamus platform notice
h = dt("2026-09-21T10:00:00", ET)
html = html_page("""
<p style="font-size:20px;font-weight:bold;color:#5b2c83;margin:0 0 16px;">thalamus</p>
<p>Hi Claire,</p>
<p>Interview season is almost here! Before programs begin sending invitations, take two minutes to get your account ready:</p>
<ol>
<li><b>Confirm your time zone.</b> Interview times are displayed in the time zone set on your profile.</li>
<li><b>Turn on text notifications</b> so you never miss a time-sensitive invitation.</li>
<li><b>Sync your calendar</b> (Google, Outlook, or Apple) to see scheduled interviews alongside everything else.</li>
</ol>
""" + button("https://app.thalamusgme.com/applicant/settings", "Update My Settings", "#5b2c83") + """
<p>Good luck this season!<br>The Thalamus Team</p>
""", "Get ready for interview season", THAL_FOOT)
add("b16-info-thal-platform.eml", dict(kind="info", platform="thalamus"),
    build(THAL, "Get ready for interview season: 3 things to do in Thalamus", h, None, html, cte="qp"))

# n8 OSU ortho "all invitations extended" without saying no -> info
h = dt("2026-12-08T16:00:00", ET)
text = """Dear Applicants,

This message is being sent to all applicants to The Ohio State University Wexner Medical Center Orthopaedic Surgery Residency Program. As of today, all interview invitations for the 2027 Match have been extended. Applicants who received invitations have been contacted through Thalamus.

We know how stressful this time of year is, and we want to be transparent about where we are in our process. Thank you for your interest in Ohio State Orthopaedics.

Sincerely,

Residency Program Leadership
Department of Orthopaedics
The Ohio State University Wexner Medical Center
Columbus, Ohio
"""
add("b16-info-program-osu-ortho-allsent.eml", dict(kind="info", program="The Ohio State University Wexner Medical Center", platform="email",
    specialty="Orthopaedic Surgery"),
    build(addr("OSU Orthopaedic Surgery Residency", "orthoresidency@osumc.edu"),
          "Ohio State Orthopaedics \u2013 2026\u20132027 Interview Season Update", h, text, to="undisclosed-recipients:;", subj_enc="b"))

# n9 Children's Mercy newsletter
h = dt("2026-12-10T11:00:00")
html = html_page("""
<p style="font-size:20px;font-weight:bold;color:#003f72;margin:0;">The Mercy Resident</p>
<p style="color:#777;margin:0 0 16px;">Children's Mercy Kansas City Pediatric Residency &middot; December 2026 Applicant Newsletter</p>
<h3 style="color:#003f72;">Join our Virtual Open House &ndash; Tuesday, December 15, 7:00 PM CT</h3>
<p>Meet our chiefs, hear about our Global Health and Advocacy tracks, and get a live tour of the new Children's Mercy Research Institute. Open to all applicants.
<a href="https://childrensmercy.zoom.us/webinar/register/WN_cmkcopenhouse">Register here</a>.</p>
<h3 style="color:#003f72;">Resident Spotlight</h3>
<p>PGY-2 Dr. Amara Reyes on building a school-based asthma program in Kansas City, KS.</p>
<h3 style="color:#003f72;">Living in KC</h3>
<p>BBQ, the Plaza lights, and a cost of living that lets residents actually buy a house.</p>
""", "Virtual Open House Dec 15", "Children's Mercy Kansas City &middot; 2401 Gillham Road, Kansas City, MO 64108 &middot; <a href='https://www.childrensmercy.org/unsubscribe'>Unsubscribe</a>")
add("b16-info-coord-childrensmercy-peds-newsletter.eml", dict(kind="info", program="Children's Mercy Kansas City", platform="email",
    specialty="Pediatrics"),
    build(addr("Children's Mercy Pediatric Residency", "pedsresidency@cmh.edu"), "The Mercy Resident \u2022 December Applicant Newsletter",
          h, None, html, cte="qp", subj_enc="q", headers={"List-Unsubscribe": "<https://www.childrensmercy.org/unsubscribe>"}))

# n10 ERAS MSPE release notice
h = dt("2026-09-23T09:00:00", ET)
text = """Dear ERAS Applicant,

This is a reminder that Medical Student Performance Evaluations (MSPEs) will be released to programs on Thursday, September 24, 2026 at 9:00 a.m. ET, the same day programs begin reviewing applications for the ERAS 2027 season.

Before that time, please confirm in MyERAS that:
 - Your application has been certified and submitted
 - Letters of recommendation are assigned to each program
 - Your program signals are finalized (signals cannot be changed after submission)

Questions? Visit the ERAS Applicant Help Center or contact your Designated Dean's Office.

Sincerely,
ERAS Team
Association of American Medical Colleges
"""
add("b16-info-eras-mspe.eml", dict(kind="info", platform="eras"),
    build(addr("ERAS", "eras@aamc.org"), "ERAS 2027: MSPE release and program review begin September 24", h, text, msgid_domain="aamc.org"))

# =============================== OTHER ===============================
# o1 partner's forwarded invitation
h = dt("2026-10-21T19:22:09")
text = """Claire!! look!!! BJH IM!! Can you check which of these dates overlaps with your WashU derm dates? Love you

---------- Forwarded message ---------
From: Internal Medicine Residency <imresidency@wustl.edu>
Date: Wed, Oct 21, 2026 at 3:10 PM
Subject: Interview Invitation - Washington University/Barnes-Jewish Hospital Internal Medicine Residency
To: Ethan Marsh <emarsh@creighton.edu>


Dear Ethan,

Congratulations! We are delighted to invite you to interview for the Internal Medicine Residency Program at Washington University School of Medicine/Barnes-Jewish Hospital.

Virtual interview dates: Tuesday, November 17; Tuesday, December 1; Tuesday, January 12, 2027.

Please schedule through Thalamus by October 28, 2026 at 5:00 PM CT.

Sincerely,
John T. Milne Internal Medicine Residency Program
Washington University in St. Louis
"""
add("b16-oth-fwd-partner-bjh-im.eml", dict(kind="other", platform="other"),
    build(addr("Ethan Marsh", "ethan.marsh.md@gmail.com"),
          "Fwd: Interview Invitation - Washington University/Barnes-Jewish Hospital Internal Medicine Residency", h, text))

# o2 research position interview
h = dt("2026-12-15T10:05:40")
text = """Dear Dr. Nwosu,

Thank you for applying for the Clinical Research Fellow position (one-year, full-time, start date July 1, 2027) in the Department of Dermatology at the Medical College of Wisconsin. We would like to invite you to interview with Dr. Patel and members of the research team.

Please let us know your availability for a 45-minute Microsoft Teams interview during the week of January 11, 2027.

This is a non-ACGME, salaried research position (Job Req. #R-0031274) and is separate from the residency application process.

Best regards,
Hannah Kraus
Research Program Manager, Department of Dermatology
Medical College of Wisconsin, Milwaukee, WI
"""
add("b16-oth-research-mcw-derm.eml", dict(kind="other", platform="other"),
    build(addr("Kraus, Hannah", "hkraus@mcw.edu"), "Interview Invitation - Clinical Research Fellow, MCW Dermatology", h, text))

# o3 specialty newsletter naming programs
h = dt("2026-11-19T07:30:00", ET)
html = html_page("""
<p style="font-size:20px;font-weight:bold;color:#24536e;margin:0;">FMIG Student Update</p>
<p style="color:#777;margin:0 0 16px;">News for Family Medicine Interest Group members &middot; November 2026</p>
<h3>Interview season check-in</h3>
<p>Programs across the Midwest report record application volume this year. Several programs &mdash; including Hennepin Healthcare, UNMC, and the University of Iowa &mdash; have added rural training track information sessions. Check program websites for dates.</p>
<h3>Program Spotlight: rural training in the Great Plains</h3>
<p>We spoke with residents at the UNMC Rural Training Track in Kearney and Saint Louis University/SSM Health about full-scope practice, obstetrics in family medicine, and loan repayment.</p>
<h3>Webinar: Navigating your rank list</h3>
<p>Thursday, January 21, 2027 &middot; 8 PM ET. <a href="https://www.aafp.org/students-residents">Register</a></p>
""", "News for FMIG members", "American Academy of Family Physicians &middot; 11400 Tomahawk Creek Parkway, Leawood, KS 66211 &middot; Manage preferences")
add("b16-oth-newsletter-fmig.eml", dict(kind="other", platform="other"),
    build(addr("AAFP Students", "students@aafp.org"), "FMIG Student Update: interview season check-in & program spotlights", h, None, html,
          cte="qp", headers={"List-Unsubscribe": "<mailto:unsubscribe@aafp.org>"}))

# o4 airline trip
h = dt("2026-11-22T20:18:44")
text = """Your trip confirmation (FJ7KQ2)

Thanks for flying with Delta, CLAIRE.

  Wed, 09DEC  DL 2874  Omaha (OMA) 11:05am -> Minneapolis/St. Paul (MSP) 12:35pm
  Wed, 09DEC  DL 3910  Minneapolis/St. Paul (MSP) 2:10pm -> Rochester, MN (RST) 2:55pm
  Thu, 10DEC  DL 3917  Rochester, MN (RST) 5:25pm -> Minneapolis/St. Paul (MSP) 6:10pm
  Thu, 10DEC  DL 2611  Minneapolis/St. Paul (MSP) 7:40pm -> Omaha (OMA) 9:14pm

Passenger: CLAIRE NWOSU   SkyMiles #: ********4418   Seats: 14C / 8A / 9D / 22C
Total: $412.60 USD

Check in on the Fly Delta app 24 hours before departure.
Delta Air Lines, Inc.
"""
add("b16-oth-travel-delta.eml", dict(kind="other", platform="other"),
    build(addr("Delta Air Lines", "DeltaAirLines@t.delta.com"), "Your Flight Receipt - CLAIRE NWOSU 09DEC26", h, text))

# o5 phishing
h = dt("2026-11-08T03:12:09", ZoneInfo("UTC"))
html = html_page("""
<p style="font-weight:bold;color:#c00;">URGENT: ERAS Account Suspension Notice</p>
<p>Dear Applicant,</p>
<p>We detected unusual activity on your MyERAS account. To avoid suspension and loss of your interview invitations, you must verify your identity within <b>24 hours</b>.</p>
""" + button("http://myeras-aamc-verify.com/login", "Verify Account Now", "#c00000") + """
<p>Failure to verify will result in your application being withdrawn from all programs.</p>
<p>AAMC ERAS Security Team</p>
""", "Action required")
add("b16-oth-phish-eras.eml", dict(kind="other", platform="other"),
    build(addr("AAMC ERAS Support", "security@aamc-eras-verify.com"), "Action Required: Your ERAS account will be suspended", h, None, html))

# o6 marketing
h = dt("2026-10-09T06:00:00", ET)
html = html_page("""
<p style="font-size:22px;font-weight:bold;">Got interview invitations? &#127881;</p>
<p>Now make them count. MatchReady mock interviews pair you with former program directors in <b>your specialty</b> &mdash; OB/GYN, Ortho, Derm, Peds, FM and more.</p>
<p><b>Interview Season Sale: 30% off all packages through Sunday.</b></p>
""" + button("https://matchready.example.com/sale", "Book a mock interview", "#ff6b35") + """
<p style="font-size:11px;color:#999;">You're receiving this because you signed up at matchready. Unsubscribe.</p>
""", "30% off interview prep")
add("b16-oth-mkt-matchready.eml", dict(kind="other", platform="other"),
    build(addr("MatchReady", "hello@mail.matchready.example.com"), "\U0001F389 Interview invitations rolling in? Ace them (30% off)", h, None, html,
          cte="qp", subj_enc="b"))

# o7 unrelated job interview (tutoring)
h = dt("2026-10-05T15:33:21")
text = """Hi Claire,

Thanks for applying to be a part-time USMLE Step 1 tutor with Prairie Tutoring Co. We'd like to schedule a 30-minute video interview with you. Are you available Thursday, October 8 at 4:00 PM or Friday, October 9 at 11:00 AM (Central)?

Please reply with whichever time works best.

Thanks!
Morgan Ellis
Tutor Recruitment, Prairie Tutoring Co.
"""
add("b16-oth-job-tutoring.eml", dict(kind="other", platform="other"),
    build(addr("Morgan Ellis", "morgan@prairietutoring.example.com"), "Interview request - Step 1 Tutor position", h, text))

# o8 school mock interview sign-up
h = dt("2026-09-28T12:00:00")
text = """Class of 2027,

Interview season is here! The Office of Student Affairs and the Career Advising Program are offering mock residency interviews with faculty advisors throughout October.

Sign up for a 30-minute slot here: https://creighton.co1.qualtrics.com/jfe/form/SV_mockinterview27

Available dates: Oct. 6, Oct. 13, Oct. 20 (virtual or in person at the Omaha campus).

Remember to report all interview invitations you receive in the OSA tracking survey so we can support you through the Match.

Office of Student Affairs
Creighton University School of Medicine
"""
add("b16-oth-school-mockinterview.eml", dict(kind="other", platform="other"),
    build(addr("CUSOM Student Affairs", "medosa@creighton.edu"), "Mock Residency Interviews - Sign Up Now", h, text,
          to="cusom-class-2027@creighton.edu", headers={"Delivered-To": APPL_ADDR, "X-Forwarded-For": "cnwosu@creighton.edu " + APPL_ADDR}))
