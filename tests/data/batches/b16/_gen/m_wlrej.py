from lib import *
from m_inv import THAL, THAL_FOOT, ERAS, IB

OUT = []


def add(fname, labels, msg):
    OUT.append((fname, labels, msg))

# =============================== WAITLIST ===============================
# w1 Thalamus waitlist, subject says "Interview Invitation Update"
h = dt("2026-10-20T12:05:16")
url = "https://app.thalamusgme.com/applicant/applications"
html = html_page(f"""
<p style="font-size:20px;font-weight:bold;color:#5b2c83;margin:0 0 16px;">thalamus</p>
<p>Hi Claire,</p>
<p>There is an update to your application with <b>University of Iowa Hospitals &amp; Clinics</b> &ndash; Pediatrics.</p>
<p>The program has placed you on their <b>interview waitlist</b>. If an interview spot becomes available, the program may send you an
interview invitation through Thalamus. No action is needed at this time.</p>
<p style="background:#faf7fc;padding:10px 14px;">&ldquo;Thank you for applying to the University of Iowa Stead Family Department of Pediatrics
residency program. Our interview spots are currently full, but we would like to keep your application under active consideration.&rdquo;</p>
{button(url, "View in Thalamus", "#5b2c83")}
""", "Update to your application", THAL_FOOT)
add("b16-wl-thal-uiowa-peds.eml", dict(kind="waitlist", program="University of Iowa Hospitals & Clinics", platform="thalamus",
    specialty="Pediatrics"),
    build(THAL, "Interview Invitation Update - University of Iowa Hospitals & Clinics", h, None, html, cte="qp"))

# w2 KU OB/GYN coordinator waitlist
h = dt("2026-10-27T16:20:40")
text = """Dear Claire,

Thank you for your interest in the University of Kansas Obstetrics and Gynecology Residency Program. We received an exceptional number of applications this year.

At this time all of our interview spots have been filled. However, we would like to place you on our interview waitlist, and we will reach out if a spot becomes available. Please reply "yes" to this email if you would like to remain on the waitlist.

We appreciate your patience and wish you the best this interview season.

Kind regards,

Stephanie Ortega
Program Coordinator, Obstetrics & Gynecology Residency
The University of Kansas Health System | University of Kansas School of Medicine
3901 Rainbow Blvd, Kansas City, KS 66160
"""
add("b16-wl-coord-kumc-obgyn.eml", dict(kind="waitlist", program="The University of Kansas Health System | University of Kansas School of Medicine",
    platform="email", specialty="Obstetrics and Gynecology"),
    build(addr("Stephanie Ortega", "sortega2@kumc.edu"), "KU OB/GYN Residency - Interview Waitlist", h, text))

# w3 ERAS scheduler waitlist by date (dates are waitlisted, not offered)
h = dt("2026-11-02T09:44:12")
text = """ERAS Interview Scheduling

Dear Claire Nwosu,

Saint Louis University School of Medicine Program - Orthopaedic Surgery has added you to the waitlist for the following interview date(s):

  Date         Type
  12/05/2026   In Person
  01/09/2027   In Person

If a slot becomes available on a waitlisted date, you may be automatically offered the slot or notified by the program. You can remove yourself from a waitlist at any time in MyERAS.

Sign in to MyERAS: https://apps.aamc.org/myeras-web/#/interviews

This is an automated message. Please do not reply.
Association of American Medical Colleges
"""
add("b16-wl-eras-slu-ortho.eml", dict(kind="waitlist", program="Saint Louis University School of Medicine", platform="eras",
    specialty="Orthopaedic Surgery"),
    build(ERAS, "ERAS Interview Waitlist Notification - Saint Louis University School of Medicine Program", h, text, msgid_domain="aamc.org"))

# w4 Mayo derm alternate list, says "interview invitation"
h = dt("2026-11-09T14:12:03", CT)
text = """Dear Claire Nwosu,

Thank you for applying to the Dermatology Residency Program at Mayo Clinic in Rochester, Minnesota. The selection committee has completed its initial review of applications.

While we are unable to extend an interview invitation to you at this time, we were impressed by your application and have placed you on our alternate list. Should an interview opening become available, we will contact you by email with an interview invitation and available date(s).

We appreciate your interest in Mayo Clinic and wish you the very best.

Sincerely,

Dermatology Residency Program
Mayo Clinic School of Graduate Medical Education
Rochester, Minnesota
"""
add("b16-wl-coord-mayo-derm.eml", dict(kind="waitlist", program="Mayo Clinic School of Graduate Medical Education", platform="email",
    specialty="Dermatology"),
    build(addr("Dermatology Residency Program", "dermresidency@mayo.edu"), "Mayo Clinic Dermatology Residency \u2013 Application Status",
          h, text, subj_enc="q"))

# w5 Thalamus waitlist Cincinnati path
h = dt("2026-11-04T10:01:59", ET)
text = """Hi Claire,

University of Cincinnati Medical Center - Pathology-Anatomic and Clinical has added you to their waitlist.

Message from the program:
"Thank you for applying to the UC Pathology residency program. All of our interview dates are currently full. You have been placed on our waitlist and we will notify you via Thalamus should a spot become available."

You'll be notified if the program sends you an invitation.

View your applications: https://app.thalamusgme.com/applicant/applications

-- Thalamus
"""
add("b16-wl-thal-cincinnati-path.eml", dict(kind="waitlist", program="University of Cincinnati Medical Center", platform="thalamus",
    specialty="Pathology-Anatomic and Clinical"),
    build(THAL, "You've been waitlisted - University of Cincinnati Medical Center", h, text))

# w6 U of Minnesota FM (Smiley's), QP
h = dt("2026-10-30T15:37:26")
text = """Dear Claire,

Thank you for applying to the Smiley\u2019s Family Medicine Residency Program at the University of Minnesota Medical School. We have been truly humbled by the number of outstanding applicants this year.

Our interview calendar is now full. We would like to offer you a place on our interview wait list. If an interview spot opens up, we will contact you by email \u2014 please keep an eye on your inbox (and your spam folder!).

If you are no longer interested in interviewing with us, just let us know and we\u2019ll remove you from the list.

Warm regards,

The Smiley\u2019s FMR Team
Department of Family Medicine and Community Health
University of Minnesota Medical School, Minneapolis
"""
add("b16-wl-coord-umn-fm.eml", dict(kind="waitlist", program="University of Minnesota Medical School", platform="email",
    specialty="Family Medicine"),
    build(addr("Smiley\u2019s FMR", "smileysfm@umn.edu"), "Smiley\u2019s Family Medicine Residency \u2013 Wait List", h, text, cte="qp"))

# w7 Interview Broker waitlist OU Health OB/GYN
h = dt("2026-11-06T11:20:00")
html = html_page("""
<p style="font-size:18px;color:#0b6e4f;font-weight:bold;margin:0 0 12px;">Interview Broker</p>
<p>Dear Claire,</p>
<p>You have been added to the <b>waitlist</b> for <b>University of Oklahoma Health Sciences Center &ndash; Obstetrics and Gynecology</b>.</p>
<p>Being on the waitlist means that you will be notified by email if an interview date opens up. Please make sure notifications are enabled in your Interview Broker account.</p>
<p>Program note: &ldquo;All interview dates are currently filled. Thank you for your interest in OU Health OB/GYN.&rdquo;</p>
""", "Waitlist update", "Sent via Interview Broker on behalf of the program.")
add("b16-wl-ib-ouhealth-obgyn.eml", dict(kind="waitlist", program="University of Oklahoma Health Sciences Center", platform="interview_broker",
    specialty="Obstetrics and Gynecology"),
    build(IB, "Waitlist: University of Oklahoma Health Sciences Center - Obstetrics and Gynecology", h, None, html, cte="qp"))

# w8 Children's Mercy peds
h = dt("2026-11-11T09:08:50")
text = """Hi Claire,

Thanks so much for your interest in the Children's Mercy Kansas City / UMKC Pediatric Residency Program!

We've had an overwhelming response this season and have already extended the maximum number of interview invitations we can accommodate. We'd like to keep you on our waitlist - if cancellations open up, we will extend additional interview invitations to applicants on the waitlist in the order our committee ranks them.

Nothing you need to do right now. We'll be in touch either way by mid-December.

Best,
Kelsey
Pediatric Residency Program | Children's Mercy Kansas City
2401 Gillham Road, Kansas City, MO 64108
"""
add("b16-wl-coord-childrensmercy-peds.eml", dict(kind="waitlist", program="Children's Mercy Kansas City / UMKC", platform="email",
    specialty="Pediatrics"),
    build(addr("Kelsey Brandt", "kmbrandt@cmh.edu"), "Children's Mercy Pediatrics - application update", h, text))

# =============================== REJECTION ===============================
# r1 Thalamus, Northwestern OB/GYN - "interview invitation status"
h = dt("2026-11-06T17:30:11")
html = html_page("""
<p style="font-size:20px;font-weight:bold;color:#5b2c83;margin:0 0 16px;">thalamus</p>
<p>Hi Claire,</p>
<p>There is an update on your interview invitation status with <b>McGaw Medical Center of Northwestern University</b> &ndash; Obstetrics and Gynecology.</p>
<p style="background:#faf7fc;padding:10px 14px;">&ldquo;Thank you for your interest in the Northwestern Obstetrics and Gynecology Residency Program.
We received over 800 applications for 12 positions this year. After careful consideration, we regret that we are unable to offer you
an interview. We wish you every success in the Match.&rdquo;</p>
<p>Status: <b>Not selected for interview</b></p>
""", "Update on your interview invitation status", THAL_FOOT)
add("b16-rej-thal-northwestern-obgyn.eml", dict(kind="rejection", program="McGaw Medical Center of Northwestern University", platform="thalamus",
    specialty="Obstetrics and Gynecology"),
    build(THAL, "Update on your interview invitation status - McGaw Medical Center of Northwestern University", h, None, html, cte="qp"))

# r2 WashU ortho short
h = dt("2026-11-13T07:58:12")
text = """Dear Claire,

Thank you for applying to the Washington University Orthopaedic Surgery Residency Program. We regret to inform you that we are unable to offer you an interview this year. We received many more qualified applications than we have interview spots.

We wish you the best of luck in the Match.

WashU Orthopaedics Residency Program
Department of Orthopaedic Surgery
Washington University School of Medicine in St. Louis
"""
add("b16-rej-coord-wustl-ortho.eml", dict(kind="rejection", program="Washington University School of Medicine in St. Louis", platform="email",
    specialty="Orthopaedic Surgery"),
    build(addr("WashU Ortho Residency", "orthoresidency@wustl.edu"), "Your application to WashU Orthopaedic Surgery", h, text))

# r3 UAMS FM
h = dt("2026-11-10T13:40:55")
text = """Dear Claire Nwosu,

On behalf of the UAMS Family Medicine Residency Program in Little Rock, thank you for your application. We have now completed our interview selection for the 2027 Match, and unfortunately we are not able to offer you an interview.

Please know this decision reflects the very limited number of interview spots we have, not the quality of your application.

Best wishes for a successful Match,

UAMS Family Medicine Residency - Little Rock
Department of Family and Preventive Medicine
University of Arkansas for Medical Sciences
"""
add("b16-rej-program-uams-fm.eml", dict(kind="rejection", program="University of Arkansas for Medical Sciences", platform="email",
    specialty="Family Medicine"),
    build(addr("UAMS FMR Little Rock", "fmresidency@uams.edu"), "UAMS Family Medicine Residency - Application Status", h, text))

# r4 MCW peds mass message, explicitly a no
h = dt("2026-12-01T10:00:00")
text = """Dear Applicant,

Thank you for your interest in the Medical College of Wisconsin Pediatric Residency Program at Children's Wisconsin.

All interview invitations for the 2026-2027 recruitment season have now been sent. If you have not received an invitation from us by this date, we are unable to offer you an interview this year. We do not maintain a waitlist.

We were honored to receive your application and wish you the very best in the Match.

Sincerely,

MCW Pediatric Residency Program
Medical College of Wisconsin | Children's Wisconsin
Milwaukee, WI
"""
add("b16-rej-program-mcw-peds.eml", dict(kind="rejection", program="Medical College of Wisconsin", platform="email",
    specialty="Pediatrics"),
    build(addr("MCW Pediatric Residency", "pedsresidency@mcw.edu"), "MCW Pediatrics: Interview Invitations Update", h, text,
          to="undisclosed-recipients:;"))

# r5 IU derm formal, QP + PDF
h = dt("2026-11-18T15:25:31", ET)
text = """Dear Ms. Nwosu:

Thank you for your application to the Indiana University School of Medicine Dermatology Residency Program. The selection committee has carefully reviewed each of the more than 600 applications we received for our advanced positions this cycle.

I regret to inform you that we are unable to offer you an interview this year. This decision is in no way a reflection of your abilities or potential; the number of highly qualified applicants far exceeds the number of interview positions available.

On behalf of the faculty and residents of the Department of Dermatology, I wish you every success in your medical career.

Sincerely,

Martin E. Oyelaran, MD
Residency Program Director
Department of Dermatology
Indiana University School of Medicine
Indianapolis, Indiana
"""
add("b16-rej-pd-iu-derm.eml", dict(kind="rejection", program="Indiana University School of Medicine", platform="email",
    specialty="Dermatology", track="advanced"),
    build(addr("IU Dermatology Residency", "dermres@iu.edu"), "Indiana University Dermatology Residency", h, text, cte="qp"))

# r6 Loyola path
h = dt("2026-11-05T14:30:10")
text = """Hi Claire,

Thank you for applying to the Loyola University Medical Center Pathology Residency. We have filled all of our interview positions for this season, and we are unfortunately unable to extend an interview to you.

Best of luck this season!

Pathology Residency Program
Loyola University Chicago Stritch School of Medicine | Loyola Medicine
"""
add("b16-rej-coord-loyola-path.eml", dict(kind="rejection", program="Loyola University Medical Center", platform="email",
    specialty="Pathology-Anatomic and Clinical"),
    build(addr("Loyola Pathology Residency", "pathresidency@luc.edu"), "Loyola Pathology Residency Application", h, text))

# r7 Rush OB/GYN waitlist released
h = dt("2026-12-17T16:05:44")
text = """Dear Applicant,

Our interview season has now concluded. We want to thank you for your patience while remaining on our interview waitlist.

Unfortunately, no additional interview spots will become available, and we are releasing all applicants remaining on the waitlist. We recognize how much effort goes into each application and sincerely wish you the best in the Match.

Warm regards,

Obstetrics & Gynecology Residency Program
Rush University Medical Center
Chicago, IL
"""
add("b16-rej-wlclosed-rush-obgyn.eml", dict(kind="rejection", program="Rush University Medical Center", platform="email",
    specialty="Obstetrics and Gynecology"),
    build(addr("Rush OB/GYN Residency", "obgyn_residency@rush.edu"), "Rush OB/GYN - Interview Waitlist Update", h, text,
          to=addr("Rush OB/GYN Applicants", "obgyn_residency@rush.edu")))

# r8 Henry Ford FM, base64 plain
h = dt("2026-11-20T12:11:09", ET)
text = """Dear Claire,

Thank you for your interest in the Henry Ford Health Family Medicine Residency Program. After a thorough review, we regret that we will not be able to invite you for an interview for the 2027 Match.

We appreciate the time you invested in your application and wish you all the best.

Henry Ford Family Medicine Residency
Henry Ford Health | Detroit, Michigan
"""
add("b16-rej-coord-henryford-fm.eml", dict(kind="rejection", program="Henry Ford Health", platform="email",
    specialty="Family Medicine"),
    build(addr("HFH Family Medicine Residency", "fmresidency@hfhs.org"), "Henry Ford Family Medicine Residency", h, text, cte="b64"))

# r9 Michigan OB/GYN, subject says Interview Invitation
h = dt("2026-10-30T18:02:27", ET)
text = """Dear Claire,

Thank you for applying to the University of Michigan Obstetrics & Gynecology Residency Program. This year we received more than 900 applications, and our selection committee has worked hard to review each application holistically.

We regret that we are unable to extend an interview invitation to you this cycle. We are grateful for your interest in Michigan Medicine and wish you the very best as you continue your journey toward a career in Obstetrics and Gynecology.

Sincerely,

Residency Selection Committee
Department of Obstetrics & Gynecology
Michigan Medicine | University of Michigan
Ann Arbor, MI
"""
add("b16-rej-coord-umich-obgyn.eml", dict(kind="rejection", program="Michigan Medicine | University of Michigan", platform="email",
    specialty="Obstetrics and Gynecology"),
    build(addr("UM OB/GYN Residency", "obgynresidency@med.umich.edu"),
          "Interview Invitation Status \u2013 University of Michigan Obstetrics & Gynecology", h, text, subj_enc="q"))
