from lib import *

OUT = []


def add(fname, labels, msg):
    OUT.append((fname, labels, msg))


THAL = addr("Thalamus", "no-reply@thalamusgme.com")
THAL_FOOT = ("You are receiving this email because you have an applicant account on Thalamus. "
             "Manage notification preferences in Settings &gt; Notifications.<br>&copy; 2026 Thalamus. All rights reserved.")
ERAS = addr("ERAS Interview Scheduling", "noreply@aamc.org")
IB = addr("Interview Broker", "notifications@interviewbroker.com")

# ---------------------------------------------------------------- i1 Thalamus, UIHC OB/GYN
h = dt("2026-10-06T10:02:41")
dates = [d("2026-11-06"), d("2026-11-13"), d("2026-12-04")]
url = "https://app.thalamusgme.com/applicant/invitations/8f3c2a91-4be0-4d7e-9a55-0c61e2f7b310"
rows = "".join(f'<tr><td style="padding:6px 10px;border-bottom:1px solid #e5e5e5;">{long(x)}</td>'
               f'<td style="padding:6px 10px;border-bottom:1px solid #e5e5e5;">Virtual</td></tr>' for x in dates)
html = html_page(f"""
<p style="font-size:20px;font-weight:bold;color:#5b2c83;margin:0 0 16px;">thalamus</p>
<p>Hi Claire,</p>
<p>Congratulations! <b>University of Iowa Hospitals &amp; Clinics</b> has invited you to interview for
<b>Obstetrics and Gynecology &ndash; Categorical</b>.</p>
<p>Message from the program:</p>
<blockquote style="margin:0 0 16px;padding:8px 14px;border-left:3px solid #5b2c83;color:#444;">
Thank you for applying to the University of Iowa Obstetrics and Gynecology Residency Program. We were impressed by your
application and would be delighted to get to know you better. All interviews for the 2026&ndash;2027 season will be held virtually.
Please self-schedule in Thalamus using one of the dates below. &mdash; Department of Obstetrics and Gynecology, Iowa City
</blockquote>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin-bottom:16px;">
<tr><th align="left" style="padding:6px 10px;background:#f0eaf6;">Available interview dates</th><th align="left" style="padding:6px 10px;background:#f0eaf6;">Format</th></tr>
{rows}</table>
<p><b>Response deadline:</b> October 13, 2026 at 11:59 PM CDT</p>
{button(url, "Schedule Interview", "#5b2c83")}
<p style="font-size:12px;color:#666;margin-top:18px;">If the button does not work, copy and paste this link into your browser:<br>{url}</p>
""", "University of Iowa Hospitals & Clinics has invited you to interview", THAL_FOOT)
text = f"""Hi Claire,

Congratulations! University of Iowa Hospitals & Clinics has invited you to interview for Obstetrics and Gynecology - Categorical.

Message from the program:
Thank you for applying to the University of Iowa Obstetrics and Gynecology Residency Program. We were impressed by your application and would be delighted to get to know you better. All interviews for the 2026-2027 season will be held virtually. Please self-schedule in Thalamus using one of the dates below. -- Department of Obstetrics and Gynecology, Iowa City

Available interview dates:
""" + "".join(f"  - {long(x)} (Virtual)\n" for x in dates) + f"""
Response deadline: October 13, 2026 at 11:59 PM CDT

Schedule Interview: {url}

You are receiving this email because you have an applicant account on Thalamus.
"""
add("b16-inv-thal-uiowa-obgyn.eml", dict(kind="invitation", program="University of Iowa Hospitals & Clinics", platform="thalamus",
    specialty="Obstetrics and Gynecology", track="categorical", format="virtual", interview_dates=[str(x) for x in dates],
    respond_by="2026-10-13T23:59:00-05:00", schedule_url=url),
    build(THAL, "Interview Invitation: University of Iowa Hospitals & Clinics - Obstetrics and Gynecology", h, text, html,
          cte="qp", headers={"X-Thalamus-Notification": "interview_invitation"}))

# ---------------------------------------------------------------- i2 UNMC FM coordinator, informal, 72h
h = dt("2026-10-14T08:47:13")
dates = [d("2026-11-10"), d("2026-11-17"), d("2026-12-11")]
text = f"""Hi Claire,

Thank you so much for applying to the UNMC Family Medicine Residency Program! We really enjoyed reading your application and would love to have you come interview with us.

Our remaining interview days are:

{wd_ord(dates[0])}
{wd_ord(dates[1])}
{wd_ord(dates[2])}

All of our interview days are in person here in Omaha (we'll send parking and itinerary details once you're scheduled). Please reply to this email with your top 2 choices within 72 hours and I'll get you on the schedule. Spots fill up fast!

Let me know if you have any questions.

Thanks,
Jess

Jessica Kroeger
Program Coordinator | Family Medicine Residency
Department of Family Medicine
University of Nebraska Medical Center | Nebraska Medicine
983075 Nebraska Medical Center, Omaha, NE 68198-3075
P: 402-559-xxxx
"""
text = text.replace("402-559-xxxx", "402-559-4216")
add("b16-inv-coord-unmc-fm.eml", dict(kind="invitation", program="University of Nebraska Medical Center", platform="email",
    specialty="Family Medicine", format="in_person", interview_dates=[str(x) for x in dates],
    respond_by=plus(h, hours=72)),
    build(addr("Kroeger, Jessica", "jessica.kroeger@unmc.edu"), "UNMC Family Medicine Residency - Interview Invitation", h, text,
          headers={"X-Mailer": "Microsoft Outlook 16.0"}))

# ---------------------------------------------------------------- i3 ERAS scheduler, KUMC ortho, dates only in table
h = dt("2026-10-16T15:20:08")
dates = [d("2026-11-20"), d("2026-12-04"), d("2026-12-18")]
url = "https://apps.aamc.org/myeras-web/#/interviews/invitations"
rows = "".join(f'<tr><td style="border:1px solid #ccc;padding:5px 8px;">{mdY(x)}</td><td style="border:1px solid #ccc;padding:5px 8px;">{dow(x)}</td>'
               f'<td style="border:1px solid #ccc;padding:5px 8px;">7:00 AM - 3:30 PM</td><td style="border:1px solid #ccc;padding:5px 8px;">In Person</td></tr>'
               for x in dates)
html = html_page(f"""
<p style="margin:0 0 14px;"><span style="font-size:18px;font-weight:bold;color:#003a70;">AAMC</span> <span style="color:#666;">ERAS&reg; Interview Scheduling</span></p>
<p>Dear Claire Nwosu,</p>
<p>You have received an interview invitation from the following program:</p>
<p style="margin-left:12px;"><b>University of Kansas Medical Center Program</b><br>Orthopaedic Surgery<br>Kansas City, KS</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-size:13px;margin:8px 0 16px;">
<tr style="background:#e8eef5;"><th style="border:1px solid #ccc;padding:5px 8px;">Date</th><th style="border:1px solid #ccc;padding:5px 8px;">Day</th><th style="border:1px solid #ccc;padding:5px 8px;">Time (CT)</th><th style="border:1px solid #ccc;padding:5px 8px;">Type</th></tr>
{rows}</table>
<p>This invitation expires on <b>10/23/2026 11:59 PM (Central Time)</b>. Interview slots are available on a first-come, first-served basis.</p>
<p>To respond to this invitation, sign in to MyERAS and select <b>Interviews</b>.</p>
{button(url, "Respond in MyERAS", "#003a70")}
<p style="font-size:12px;color:#666;">Please do not reply to this email. This mailbox is not monitored. For questions about the interview, contact the program directly.</p>
""", "Interview invitation: University of Kansas Medical Center Program", "Association of American Medical Colleges &middot; 655 K Street, NW, Suite 100, Washington, DC 20001-2399")
add("b16-inv-eras-kumc-ortho.eml", dict(kind="invitation", program="University of Kansas Medical Center", platform="eras",
    specialty="Orthopaedic Surgery", format="in_person", interview_dates=[str(x) for x in dates],
    respond_by="2026-10-23T23:59:00-05:00", schedule_url=url),
    build(ERAS, "ERAS Interview Invitation - University of Kansas Medical Center Program - Orthopaedic Surgery", h, None, html,
          cte="qp", msgid_domain="aamc.org"))

# ---------------------------------------------------------------- i4 Interview Broker, WashU derm (advanced), 96h
h = dt("2026-10-27T13:30:55")
dates = [d("2026-11-20"), d("2027-01-08")]
url = "https://www.interviewbroker.com/applicant/invite/7Q2K-WUDERM-55193"
html = html_page(f"""
<p style="font-size:18px;color:#0b6e4f;font-weight:bold;margin:0 0 12px;">Interview Broker</p>
<p>Dear Claire,</p>
<p>On behalf of the Division of Dermatology at Washington University School of Medicine in St. Louis / Barnes-Jewish Hospital,
we are pleased to invite you to interview for a <b>PGY-2 (Advanced) position</b> in our Dermatology Residency Program.</p>
<p>Interview dates currently available:</p>
<ul>{''.join(f"<li>{long(x)} &ndash; Virtual (Zoom)</li>" for x in dates)}</ul>
<p>Please log in to Interview Broker to select your date. <b>Invitations not accepted within 96 hours will expire</b> and the slot
will be released to another applicant.</p>
{button(url, "View Invitation", "#0b6e4f")}
<p>We look forward to meeting you.</p>
<p>Washington University Dermatology Residency Program<br>660 S. Euclid Ave, St. Louis, MO 63110</p>
""", "You have a new interview invitation", "Sent via Interview Broker on behalf of the program. Questions about scheduling? support@interviewbroker.com")
text = f"""Dear Claire,

On behalf of the Division of Dermatology at Washington University School of Medicine in St. Louis / Barnes-Jewish Hospital, we are pleased to invite you to interview for a PGY-2 (Advanced) position in our Dermatology Residency Program.

Interview dates currently available:
""" + "".join(f"  * {long(x)} - Virtual (Zoom)\n" for x in dates) + f"""
Please log in to Interview Broker to select your date. Invitations not accepted within 96 hours will expire and the slot will be released to another applicant.

View Invitation: {url}

We look forward to meeting you.

Washington University Dermatology Residency Program
"""
add("b16-inv-ib-wustl-derm.eml", dict(kind="invitation", program="Washington University School of Medicine in St. Louis / Barnes-Jewish Hospital",
    platform="interview_broker", specialty="Dermatology", track="advanced", format="virtual",
    interview_dates=[str(x) for x in dates], respond_by=plus(h, hours=96), schedule_url=url),
    build(IB, "Washington University Dermatology: Interview Invitation", h, text, html, cte="qp",
          reply_to=addr("WashU Dermatology Residency", "dermresidency@wustl.edu")))

# ---------------------------------------------------------------- i5 Mayo path, long formal PD letter, lots of distractor dates
h = dt("2026-10-20T16:11:30")
dates = [d("2026-12-03"), d("2026-12-10"), d("2027-01-07")]
text = f"""Dear Ms. Nwosu,

On behalf of the faculty and residents of the Anatomic and Clinical Pathology Residency Program at Mayo Clinic in Rochester, Minnesota, it is my pleasure to invite you to interview for a position in our program beginning July 1, 2027. Your application stood out among a very large and highly qualified applicant pool, and we are eager to learn more about you.

This year we are returning to in-person interviews on our Rochester campus. Each interview day will be held on a Thursday, and we have reserved space for you on any one of the following dates:

    * {long(dates[0])}
    * {long(dates[1])}
    * {long(dates[2])}

The interview day begins at 7:30 a.m. in the Hilton Building and concludes by approximately 2:00 p.m. It includes a program overview with me and our associate program directors, four individual faculty interviews, a tour of our laboratories, and lunch with current residents. On the evening before each interview day, our residents host an informal pre-interview dinner at a restaurant in downtown Rochester (6:30 p.m.). The dinner is entirely optional, is not part of the evaluation, and no faculty attend.

Lodging for one night at a hotel connected to the clinic via the subway/skyway system will be arranged and paid for by the department; our program coordinator, Ms. Kari Lindahl, will send details once your date is confirmed.

Kindly reply to Ms. Lindahl (pathresidency@mayo.edu) with your first and second choice of dates no later than 5:00 p.m. Central Time on Friday, October 30, 2026. Dates will be assigned in the order responses are received.

Please also note the following dates for your planning. They are not interview days:
    - Optional Second Look Day for interviewed applicants: Friday, February 12, 2027
    - Rank order list certification deadline (NRMP): March 3, 2027
    - Match Day: Friday, March 19, 2027
    - Orientation for incoming residents begins mid-June; residency start date is July 1, 2027

We recognize the considerable time and expense involved in the interview season and are grateful that you are considering Mayo Clinic for your training. I look forward to meeting you in Rochester.

With warm regards,

Renata K. Holmquist, M.D.
Program Director, Anatomic and Clinical Pathology Residency
Associate Professor of Laboratory Medicine and Pathology
Mayo Clinic Alix School of Medicine
Mayo Clinic School of Graduate Medical Education
200 First Street SW, Rochester, MN 55905

cc: Kari Lindahl, Education Program Coordinator
"""
add("b16-inv-pd-mayo-path.eml", dict(kind="invitation", program="Mayo Clinic School of Graduate Medical Education", platform="email",
    specialty="Pathology-Anatomic and Clinical", format="in_person", interview_dates=[str(x) for x in dates],
    respond_by="2026-10-30T17:00:00-05:00"),
    build(addr("Pathology Residency Program", "pathresidency@mayo.edu"),
          "Invitation to Interview \u2013 Mayo Clinic Anatomic and Clinical Pathology Residency (Rochester, MN)", h, text, cte="qp",
          cc=addr("Lindahl, Kari M.", "lindahl.kari@mayo.edu"),
          attachments=[pdf_stub("Nwosu_Interview_Invitation_APCP.pdf", "Interview invitation letter")]))

# ---------------------------------------------------------------- i6 Hennepin FM, short, Nov. 5 style
h = dt("2026-10-19T11:26:02")
dates = [d("2026-11-05"), d("2026-11-12"), d("2026-11-19"), d("2026-12-03")]
text = f"""Hello Claire,

Congratulations - the Hennepin Healthcare Family Medicine Residency would like to invite you for an interview! All interviews this season are virtual (Zoom), 8:00 am - 1:00 pm CT.

Open dates: {", ".join(abbr(x) for x in dates)} (all Thursdays)

Reply with your preferred date and we'll confirm. Spots are first come, first served. If we don't hear from you by 12:00 pm CT on Friday 10/23 we may release your invitation to another applicant.

Warmly,
Mai Vang
Residency Program Coordinator
Hennepin Healthcare Family Medicine Residency (Whittier Clinic)
Minneapolis, MN
hcmed.org/fmresidency
"""
add("b16-inv-coord-hennepin-fm.eml", dict(kind="invitation", program="Hennepin Healthcare", platform="email",
    specialty="Family Medicine", format="virtual", interview_dates=[str(x) for x in dates],
    respond_by="2026-10-23T12:00:00-05:00"),
    build(addr("Mai Vang", "mai.vang@hcmed.org"), "Interview invitation - Hennepin Healthcare Family Medicine", h, text))

# ---------------------------------------------------------------- i7 Gundersen TY, only date in .ics
h = dt("2026-10-21T14:05:37")
ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Medical Education - Transitional Year":mailto:tyresidency@gundersenhealth.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Claire Nwosu:mailto:claire.nwosu.match27@gmail.com
DESCRIPTION:Transitional Year Residency interview day. Check in at the Medical Education office\\, Level 3\\, Gundersen Lutheran Medical Center.
UID:040000008200E00074C5B7101A82E00800000000B0A1C2D3E4F5A6B7C8D9E0F1A2B3C4D5
SUMMARY:Gundersen Transitional Year Interview - C. Nwosu
DTSTART;TZID=Central Standard Time:20261116T073000
DTEND;TZID=Central Standard Time:20261116T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261021T190537Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION:Gundersen Lutheran Medical Center\\, 1900 South Ave\\, La Crosse\\, WI 54601
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT1440M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
text = """Dear Claire,

Thank you for your interest in the Gundersen Health System Transitional Year Residency. We are pleased to invite you to interview with us!

Because our class is small, we schedule each applicant into a reserved interview spot. Please see the attached calendar invitation for your interview date and time. Interviews are held in person in La Crosse and include lunch with our current TY residents and a tour of the hospital.

Please accept the calendar invitation or reply to this email to confirm within one week. If the reserved date does not work for you, let us know and we will do our best to find an alternative.

We look forward to meeting you.

Sincerely,

Medical Education - Transitional Year
Gundersen Health System
1900 South Avenue, Mail Stop H01-011
La Crosse, WI 54601
(608) 775-6900
"""
add("b16-inv-ics-gundersen-ty.eml", dict(kind="invitation", program="Gundersen Health System", platform="email",
    specialty="Transitional Year", track="transitional", format="in_person", interview_dates=["2026-11-16"],
    respond_by=plus(h, days=7)),
    build(addr("Medical Education - Transitional Year", "tyresidency@gundersenhealth.org"),
          "Gundersen Transitional Year - Interview Invitation", h, text, attachments=[ics_attachment(ics)]))

# ---------------------------------------------------------------- i8 Thalamus, Froedtert & MCW ortho
h = dt("2026-10-22T09:15:00")
dates = [d("2026-12-11"), d("2026-12-18")]
url = "https://app.thalamusgme.com/applicant/invitations/c1d47a02-93fe-4a1b-8e27-5bb0f4a9de61"
html = html_page(f"""
<p style="font-size:20px;font-weight:bold;color:#5b2c83;margin:0 0 16px;">thalamus</p>
<p>Hi Claire,</p>
<p>You have a new interview invitation from <b>Medical College of Wisconsin Affiliated Hospitals</b> &ndash; Orthopaedic Surgery.</p>
<p style="background:#faf7fc;padding:10px 14px;">&ldquo;On behalf of the Department of Orthopaedic Surgery at the Medical College of Wisconsin and Froedtert Hospital,
thank you for applying. We would like to invite you to our in-person interview day in Milwaukee. A virtual meet-the-residents
session will be scheduled separately.&rdquo;</p>
<p><b>Dates:</b> {abbr(dates[0])} &middot; {abbr(dates[1])}<br><b>Format:</b> In-person<br><b>Respond by:</b> 10/30/2026, 5:00 PM CT</p>
{button(url, "View Invitation", "#5b2c83")}
""", "New interview invitation", THAL_FOOT)
text = f"""Hi Claire,

You have a new interview invitation from Medical College of Wisconsin Affiliated Hospitals - Orthopaedic Surgery.

"On behalf of the Department of Orthopaedic Surgery at the Medical College of Wisconsin and Froedtert Hospital, thank you for applying. We would like to invite you to our in-person interview day in Milwaukee. A virtual meet-the-residents session will be scheduled separately."

Dates: {abbr(dates[0])} / {abbr(dates[1])}
Format: In-person
Respond by: 10/30/2026, 5:00 PM CT

View Invitation: {url}
"""
add("b16-inv-thal-mcw-ortho.eml", dict(kind="invitation", program="Medical College of Wisconsin Affiliated Hospitals", platform="thalamus",
    specialty="Orthopaedic Surgery", format="in_person", interview_dates=[str(x) for x in dates],
    respond_by="2026-10-30T17:00:00-05:00", schedule_url=url),
    build(THAL, "You're invited to interview - Medical College of Wisconsin Affiliated Hospitals", h, text, html, cte="qp"))

# ---------------------------------------------------------------- i9 Rush peds, "the 10th and the 17th"
h = dt("2026-10-19T16:48:20")
text = """Hi Claire,

I hope your fall is going well! I'm reaching out from the Pediatrics Residency Program at Rush University Children's Hospital. Our selection committee reviewed your application and we would like to invite you to interview with us.

We have two interview dates left in November - the 10th and the 17th. Both are virtual and run from about 8:30 to 2:00 Central. Just reply to this email with the date you'd like and I'll send over the calendar hold and Zoom info.

Looking forward to hearing from you!

Best,
Tasha

Latasha Greene, C-TAGME
Program Coordinator, Pediatric Residency
Rush University Medical Center
1653 W. Congress Parkway, Chicago, IL 60612
"""
add("b16-inv-coord-rush-peds.eml", dict(kind="invitation", program="Rush University Medical Center", platform="email",
    specialty="Pediatrics", format="virtual", interview_dates=["2026-11-10", "2026-11-17"]),
    build(addr("Latasha Greene", "latasha_greene@rush.edu"), "Rush Pediatrics Interview", h, text))

# ---------------------------------------------------------------- i10 Loyola OB/GYN, base64 HTML, IB link
h = dt("2026-10-12T10:30:44")
dates = [d("2026-11-09"), d("2026-11-23"), d("2026-12-07")]
url = "https://www.interviewbroker.com/applicant/invite/LUMC-OBG-20483"
html = f"""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p>Dear Claire,</p>
<p>Thank you for your application to the <b>Loyola University Medical Center Obstetrics &amp; Gynecology Residency Program</b>. We are delighted to invite you to a virtual interview!</p>
<p>Interview days for this season:</p>
<p style="margin-left:20px;">{long_noyear(dates[0])}<br>{long_noyear(dates[1])}<br>{long_noyear(dates[2])}, 2026</p>
<p>Please schedule your interview using our Interview Broker link: <a href="{url}">{url}</a></p>
<p>Kindly schedule no later than <b>October 21, 2026 at 11:59 PM Central</b>. After that date unclaimed invitations may be released.</p>
<p>Each interview day begins with a welcome from our Chair and Program Director at 8:00 AM CT, followed by faculty and resident interviews. A virtual happy hour with our residents takes place the evening before each interview day.</p>
<p>We look forward to meeting you!</p>
<p>Warm regards,<br>
Rosa Delgado<br>Residency Program Coordinator<br>Department of Obstetrics &amp; Gynecology<br>Loyola University Medical Center | Loyola Medicine<br>2160 S. First Avenue, Maywood, IL 60153</p>
</body></html>"""
add("b16-inv-coord-loyola-obgyn.eml", dict(kind="invitation", program="Loyola University Medical Center", platform="email",
    specialty="Obstetrics and Gynecology", format="virtual", interview_dates=[str(x) for x in dates],
    respond_by="2026-10-21T23:59:00-05:00", schedule_url=url),
    build(addr("Delgado, Rosa", "rosa.delgado@luhs.org"), "Loyola OB/GYN Residency Interview Invitation", h, None, html, html_cte="b64"))

# ---------------------------------------------------------------- i11 Thalamus, Northwestern derm, 48 h
h = dt("2026-11-03T09:00:05")
dates = [d("2027-01-08"), d("2027-01-15")]
url = "https://app.thalamusgme.com/applicant/invitations/5e90b2f4-2c1a-4f0e-b7a3-7d8e3a1f6c22"
text = f"""Hi Claire,

McGaw Medical Center of Northwestern University has invited you to interview for Dermatology (Advanced, PGY-2).

Program message:
Thank you for applying to the Northwestern Dermatology Residency Program. We are happy to extend an interview invitation to you. Interview days are virtual and will take place on Friday, January 8 and Friday, January 15, 2027. Please schedule within 48 hours of receiving this message; after that we cannot guarantee availability.

Interview dates
  Fri Jan 8, 2027   Virtual   9:00 AM - 3:00 PM CST
  Fri Jan 15, 2027  Virtual   9:00 AM - 3:00 PM CST

Schedule now: {url}

-- Thalamus
You are receiving this email because you have an applicant account on Thalamus.
"""
add("b16-inv-thal-northwestern-derm.eml", dict(kind="invitation", program="McGaw Medical Center of Northwestern University", platform="thalamus",
    specialty="Dermatology", track="advanced", format="virtual", interview_dates=[str(x) for x in dates],
    respond_by=plus(h, hours=48), schedule_url=url),
    build(THAL, "Interview Invitation from McGaw Medical Center of Northwestern University", h, text))

# ---------------------------------------------------------------- i12 ERAS scheduler, IU peds, ET deadline after DST ends
h = dt("2026-10-26T12:40:19", ET)
dates = [d("2026-11-04"), d("2026-11-18"), d("2026-12-02"), d("2026-12-16")]
url = "https://apps.aamc.org/myeras-web/#/interviews/invitations"
text = f"""ERAS Interview Scheduling

Dear Claire Nwosu,

Indiana University School of Medicine Program - Pediatrics has invited you to interview.

Message from the program:
Congratulations! The IU Pediatrics Residency Program at Riley Hospital for Children would like to invite you to a virtual interview. Please select one of the available sessions in MyERAS.

Session        Date         Start (ET)   Type
-------------  -----------  -----------  -------
Session A      {mdY(dates[0])}   8:00 AM      Virtual
Session B      {mdY(dates[1])}   8:00 AM      Virtual
Session C      {mdY(dates[2])}   8:00 AM      Virtual
Session D      {mdY(dates[3])}   8:00 AM      Virtual

Please respond by 11/02/2026 12:00 PM ET.

Sign in to MyERAS to respond: {url}

This is an automated message. Please do not reply.
Association of American Medical Colleges
"""
add("b16-inv-eras-iu-peds.eml", dict(kind="invitation", program="Indiana University School of Medicine", platform="eras",
    specialty="Pediatrics", format="virtual", interview_dates=[str(x) for x in dates],
    respond_by="2026-11-02T12:00:00-05:00", schedule_url=url),
    build(ERAS, "ERAS Interview Invitation - Indiana University School of Medicine Program - Pediatrics", h, text, msgid_domain="aamc.org"))

# ---------------------------------------------------------------- i13 Cleveland Clinic path, Dec 1–3 range, MS Forms
h = dt("2026-10-29T13:02:51", ET)
url = "https://forms.office.com/Pages/ResponsePage.aspx?id=ccfPathRes2027_interviewpref"
text = """Dear Dr. Nwosu,

Thank you for your interest in the Cleveland Clinic Anatomic & Clinical Pathology Residency Program. After careful review of your application, we are pleased to invite you to interview with us.

Interview sessions will be held virtually December 1\u20133, 2026 (one day per applicant). Each day begins at 8:00 a.m. Eastern with a welcome from our Program Director, followed by faculty interviews, a virtual tour of the Robert J. Tomsich Pathology & Laboratory Medicine Institute, and an informal resident session.

Please indicate which day(s) you are available by completing this form:
""" + url + """

Kindly submit your preference by Friday, November 6, 2026 at 5 p.m. Eastern. Day assignments and Microsoft Teams links will be emailed one week before the interview.

With best regards,

Graduate Medical Education \u2013 Pathology Residency
Robert J. Tomsich Pathology & Laboratory Medicine Institute
Cleveland Clinic
9500 Euclid Avenue, L15, Cleveland, OH 44195
"""
add("b16-inv-coord-ccf-path.eml", dict(kind="invitation", program="Cleveland Clinic", platform="email",
    specialty="Pathology-Anatomic and Clinical", format="virtual", interview_dates=["2026-12-01", "2026-12-02", "2026-12-03"],
    respond_by="2026-11-06T17:00:00-05:00", schedule_url=url),
    build(addr("Pathology Residency", "pathresidency@ccf.org"),
          "Cleveland Clinic AP/CP Residency \u2013 Interview Invitation", h, text, subj_enc="b"))

# ---------------------------------------------------------------- i14 forwarded from school account, OSU FM
h_in = dt("2026-10-15T10:05:12", ET)
h = dt("2026-10-15T09:31:40")
dates = [d("2026-11-19"), d("2026-12-09"), d("2027-01-07")]
text = f"""forwarding to my match inbox

---------- Forwarded message ---------
From: OSU Family Medicine Residency <fmresidency@osumc.edu>
Date: Thu, Oct 15, 2026 at 10:05 AM
Subject: The Ohio State University Wexner Medical Center Family Medicine Residency \u2013 Interview Invitation
To: Claire Nwosu <cnwosu@creighton.edu>


Dear Claire,

Congratulations! On behalf of the Department of Family and Community Medicine at The Ohio State University Wexner Medical Center, we are pleased to invite you to interview for our Family Medicine Residency Program.

Our interview days follow a hybrid format: interviews with faculty and residents are conducted virtually in the morning, and applicants who are able may join an optional in-person tour of our clinic sites and Columbus in the afternoon.

Available interview dates:
  {dow(dates[0])}, {abbr(dates[0])}
  {dow(dates[1])}, {abbr(dates[1])}
  {dow(dates[2])}, {abbr(dates[2])}, 2027

To reserve a date, please reply to this message with your first and second choices by October 22, 2026 at 5:00 PM ET.

We look forward to meeting you!

OSU Family Medicine Residency Program
Department of Family and Community Medicine
The Ohio State University Wexner Medical Center
2231 N. High Street, Columbus, OH 43201
"""
add("b16-inv-fwd-osu-fm.eml", dict(kind="invitation", program="The Ohio State University Wexner Medical Center", platform="email",
    specialty="Family Medicine", format="hybrid", interview_dates=[str(x) for x in dates],
    respond_by="2026-10-22T17:00:00-04:00"),
    build(addr("Claire Nwosu", "cnwosu@creighton.edu"),
          "Fwd: The Ohio State University Wexner Medical Center Family Medicine Residency \u2013 Interview Invitation", h, text,
          cte="qp", subj_enc="q", headers={"X-Mailer": "Microsoft Outlook for iOS"}))

# ---------------------------------------------------------------- i15 Thalamus, Corewell OB/GYN
h = dt("2026-10-23T08:12:33", ET)
dates = [d("2026-11-13"), d("2026-12-04")]
url = "https://app.thalamusgme.com/applicant/invitations/0a7d6b13-e8c4-4d29-b1f6-34c9d2e8a7b0"
html = html_page(f"""
<p style="font-size:20px;font-weight:bold;color:#5b2c83;margin:0 0 16px;">thalamus</p>
<p>Hi Claire,</p>
<p><b>Corewell Health Grand Rapids / Michigan State University</b> has invited you to interview for <b>Obstetrics and Gynecology</b>.</p>
<table cellpadding="6" style="border-collapse:collapse;margin:8px 0 14px;">
<tr><td style="color:#666;">Interview options</td><td>{long(dates[0])}<br>{long(dates[1])}</td></tr>
<tr><td style="color:#666;">Format</td><td>Virtual</td></tr>
<tr><td style="color:#666;">Deadline</td><td>Nov. 2, 2026 11:59 PM EST</td></tr></table>
{button(url, "Respond to Invitation", "#5b2c83")}
""", "New interview invitation from Corewell Health", THAL_FOOT)
add("b16-inv-thal-corewell-obgyn.eml", dict(kind="invitation", program="Corewell Health Grand Rapids / Michigan State University",
    platform="thalamus", specialty="Obstetrics and Gynecology", format="virtual", interview_dates=[str(x) for x in dates],
    respond_by="2026-11-02T23:59:00-05:00", schedule_url=url),
    build(THAL, "New Interview Invitation: Corewell Health Grand Rapids / Michigan State University", h, None, html, cte="qp"))

# ---------------------------------------------------------------- i16 Henry Ford ortho, RFC2047 subject (em dash)
h = dt("2026-10-23T15:44:10", ET)
dates = [d("2026-12-18"), d("2026-12-19")]
text = f"""Dear Claire,

Thank you for applying to the Henry Ford Health Orthopaedic Surgery Residency Program in Detroit. We are pleased to offer you an interview.

We will interview in person on {long_noyear(dates[0])} and {long_noyear(dates[1])}. Applicants will be assigned to one of the two days; please reply with your preference and any date you cannot attend. An optional resident social will be held Thursday evening, December 17, at a location near the hospital (details to follow).

Please confirm your attendance by replying to this email no later than Friday, October 30 at 5:00 pm EDT.

Henry Ford Hospital is located at 2799 W. Grand Blvd., Detroit, MI 48202. Hotel block information will be provided after you confirm.

Sincerely,

Monique Carter
Residency Coordinator, Department of Orthopaedic Surgery
Henry Ford Health
"""
add("b16-inv-coord-henryford-ortho.eml", dict(kind="invitation", program="Henry Ford Health", platform="email",
    specialty="Orthopaedic Surgery", format="in_person", interview_dates=[str(x) for x in dates],
    respond_by="2026-10-30T17:00:00-04:00"),
    build(addr("Carter, Monique", "mcarte12@hfhs.org"),
          "Henry Ford Orthopaedic Surgery \u2014 Interview Invitation", h, text, subj_enc="b"))

# ---------------------------------------------------------------- i17 OU Health peds: waitlist -> spot opened (reply thread)
h = dt("2026-12-02T15:42:07")
text = """Hi Claire,

Good news - a spot opened up! We had a cancellation for our interview day on Monday, December 14, and we would love to offer it to you. The interview is virtual and runs 8:00 am - 1:30 pm Central.

Please reply by 9:00 am Central tomorrow (Dec. 3) to let me know if you'd like it. If I don't hear back I'll move on to the next person on our list.

Thanks!
Brandi

Brandi Nguyen
Program Coordinator | Pediatric Residency Program
University of Oklahoma College of Medicine | OU Health
Oklahoma City, OK

-----Original Message-----
From: Nguyen, Brandi <Brandi-Nguyen@ouhsc.edu>
Sent: Thursday, November 5, 2026 2:18 PM
To: Claire Nwosu <claire.nwosu.match27@gmail.com>
Subject: OU Health Pediatrics Residency - Interview Waitlist

Dear Claire,

Thank you for your interest in the OU Health Pediatric Residency Program. Our interview dates (Nov. 16, Nov. 30, Dec. 7 and Dec. 14) are currently full, but we were impressed with your application and have placed you on our interview waitlist. We will contact you if a position opens.

Sincerely,
OU Pediatrics Residency
"""
add("b16-inv-wlopen-ouhealth-peds.eml", dict(kind="invitation", program="University of Oklahoma College of Medicine | OU Health", platform="email",
    specialty="Pediatrics", format="virtual", interview_dates=["2026-12-14"], respond_by="2026-12-03T09:00:00-06:00"),
    build(addr("Nguyen, Brandi", "Brandi-Nguyen@ouhsc.edu"), "RE: OU Health Pediatrics Residency - Interview Waitlist", h, text,
          in_reply_to="<BY5PR04MB6961A2@ouhsc.edu>", references="<BY5PR04MB6961A2@ouhsc.edu>"))

# ---------------------------------------------------------------- i18 UAMS derm, dates as 12/11/26
h = dt("2026-10-22T10:19:00")
text = """Dr. Nwosu,

The UAMS Department of Dermatology would like to invite you to interview for our PGY-2 (advanced) dermatology residency position. We will interview in person in Little Rock on Friday 12/11/26 or Friday 1/8/27.

Please let me know which date you prefer by 10/30/26 at noon Central. We will send the itinerary and hotel information closer to the date.

Thank you,

Carla Whitfield
Residency Program Coordinator
Department of Dermatology
University of Arkansas for Medical Sciences
4301 W. Markham St., #576, Little Rock, AR 72205
"""
add("b16-inv-coord-uams-derm.eml", dict(kind="invitation", program="University of Arkansas for Medical Sciences", platform="email",
    specialty="Dermatology", track="advanced", format="in_person", interview_dates=["2026-12-11", "2027-01-08"],
    respond_by="2026-10-30T12:00:00-05:00"),
    build(addr("Whitfield, Carla J", "CJWhitfield@uams.edu"), "UAMS Dermatology Interview", h, text))

# ---------------------------------------------------------------- i19 SLU FM, Google Form
h = dt("2026-10-16T17:03:29")
dates = [d("2026-11-06"), d("2026-11-20"), d("2026-12-04")]
url = "https://docs.google.com/forms/d/e/1FAIpQLSd8slufm2027InterviewSignup_x9Qe/viewform?usp=sf_link"
html = f"""<div dir="ltr" style="font-family:arial,sans-serif">
<div>Hello Claire,</div><br>
<div>Thank you for applying to the <b>Saint Louis University Family Medicine Residency</b> (SSM Health St. Mary's Hospital). We would love to get to know you and are inviting you to interview!</div><br>
<div>Interviews are virtual this year. Please pick a date using our sign-up form:</div><br>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Fri {mdy(dates[0]).rsplit('/',1)[0]}</th><th>Fri {mdy(dates[1]).rsplit('/',1)[0]}</th><th>Fri {mdy(dates[2]).rsplit('/',1)[0]}</th></tr>
<tr><td>8a-1p</td><td>8a-1p</td><td>8a-1p</td></tr></table><br>
<div><a href="{url}">SLU FM Interview Sign-Up (Google Form)</a></div><br>
<div>Please complete the form by <b>Monday, October 26 at 11:59 PM CT</b>. We'll send a confirmation and Zoom link within a few days of your submission.</div><br>
<div>We will also host an optional in-person Second Look in January for interviewed applicants - more on that later!</div><br>
<div>Best,</div><div>Erin Polk</div><div>Program Coordinator, SLU Family Medicine Residency</div>
<div>Saint Louis University School of Medicine | SSM Health</div></div>"""
text = f"""Hello Claire,

Thank you for applying to the Saint Louis University Family Medicine Residency (SSM Health St. Mary's Hospital). We would love to get to know you and are inviting you to interview!

Interviews are virtual this year. Please pick a date using our sign-up form:

| Fri {mdy(dates[0]).rsplit('/',1)[0]} | Fri {mdy(dates[1]).rsplit('/',1)[0]} | Fri {mdy(dates[2]).rsplit('/',1)[0]} |
| 8a-1p    | 8a-1p     | 8a-1p    |

SLU FM Interview Sign-Up (Google Form) <{url}>

Please complete the form by Monday, October 26 at 11:59 PM CT. We'll send a confirmation and Zoom link within a few days of your submission.

We will also host an optional in-person Second Look in January for interviewed applicants - more on that later!

Best,
Erin Polk
Program Coordinator, SLU Family Medicine Residency
Saint Louis University School of Medicine | SSM Health
"""
add("b16-inv-gform-slu-fm.eml", dict(kind="invitation", program="Saint Louis University School of Medicine | SSM Health", platform="email",
    specialty="Family Medicine", format="virtual", interview_dates=[str(x) for x in dates],
    respond_by="2026-10-26T23:59:00-05:00", schedule_url=url),
    build(addr("SLU Family Medicine Residency", "slufmresidency@health.slu.edu"), "SLU Family Medicine - Interview Invitation!", h, text, html))

# ---------------------------------------------------------------- i20 Mizzou OB/GYN, Calendly, within one week
h = dt("2026-10-16T13:27:45")
url = "https://calendly.com/muhc-obgyn-residency/2027-interview-day"
text = f"""Dear Claire,

Congratulations! The University of Missouri Obstetrics & Gynecology Residency Program (MU Health Care, Columbia, MO) is pleased to invite you to interview.

Interview days are Wednesdays in November: Nov. 4, 11, and 18. All interviews will be conducted virtually over Zoom.

Please use our Calendly link to select your interview day:
{url}

Kindly schedule within one week of receiving this email. If none of the dates work for you, please reply and we will try to accommodate.

Sincerely,
Department of Obstetrics, Gynecology and Women's Health
University of Missouri School of Medicine
One Hospital Drive, Columbia, MO 65212
"""
add("b16-inv-calendly-mizzou-obgyn.eml", dict(kind="invitation", program="University of Missouri School of Medicine / MU Health Care", platform="email",
    specialty="Obstetrics and Gynecology", format="virtual", interview_dates=["2026-11-04", "2026-11-11", "2026-11-18"],
    respond_by=plus(h, days=7), schedule_url=url),
    build(addr("MU OB/GYN Residency", "obgynresidency@health.missouri.edu"), "Interview Invitation - MU OB/GYN Residency", h, text))

# ---------------------------------------------------------------- i21 UW Health prelim medicine, dates only in HTML table
h = dt("2026-10-28T11:55:02")
dates = [d("2026-11-16"), d("2026-11-30"), d("2026-12-14")]
rows = "".join(f"<tr><td>{dow3(x)} {x.month}/{x.day}</td><td>12:30 - 4:30 PM CT</td><td>Virtual (Zoom)</td></tr>" for x in dates)
html = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#222">
<p>Dear Claire,</p>
<p>Thank you for applying to the <b>Preliminary Internal Medicine</b> program at the University of Wisconsin School of Medicine and Public Health / UW Health (Madison). We are happy to invite you to interview for a one-year preliminary position.</p>
<p>Our preliminary interview afternoons are listed below:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#c5050c">
<tr style="background:#c5050c;color:#fff"><th>Date</th><th>Time</th><th>Format</th></tr>
{rows}
</table>
<p>Please reply with your preferences ranked (1st, 2nd, 3rd) by <b>November 2, 2026, 5 PM CST</b>.</p>
<p>On Wisconsin!<br>Jenna Hartwig<br>Program Coordinator, Internal Medicine Residency<br>University of Wisconsin School of Medicine and Public Health<br>Madison, WI</p>
</body></html>"""
add("b16-inv-coord-uwhealth-prelim.eml", dict(kind="invitation", program="University of Wisconsin School of Medicine and Public Health / UW Health",
    platform="email", specialty="Internal Medicine", track="preliminary", format="virtual", interview_dates=[str(x) for x in dates],
    respond_by="2026-11-02T17:00:00-06:00"),
    build(addr("Jenna Hartwig", "jhartwig@medicine.wisc.edu"), "UW Preliminary Medicine Interview Invitation", h, None, html, html_cte="qp"))

# ---------------------------------------------------------------- i22 U of Minnesota path, Doodle
h = dt("2026-10-21T08:31:10")
url = "https://doodle.com/meeting/participate/id/e5Lq0Wvb"
text = f"""Hi Claire,

Greetings from the University of Minnesota Department of Laboratory Medicine and Pathology! We're pleased to invite you to interview for our AP/CP residency program.

Interviews will be virtual. We're offering four dates: Mon Dec. 7, Tue Dec. 8, Mon Dec. 14 and Tue Dec. 15. Please mark every date that works for you in the Doodle poll below and we'll assign days to balance the groups:

{url}

Please fill out the Doodle by 5 pm CT on Friday, October 30.

Thanks and see you soon (virtually)!

Dana Sorensen
Education Coordinator, AP/CP Residency Program
Department of Laboratory Medicine and Pathology
University of Minnesota Medical School
"""
add("b16-inv-doodle-umn-path.eml", dict(kind="invitation", program="University of Minnesota Medical School", platform="email",
    specialty="Pathology-Anatomic and Clinical", format="virtual",
    interview_dates=["2026-12-07", "2026-12-08", "2026-12-14", "2026-12-15"],
    respond_by="2026-10-30T17:00:00-05:00", schedule_url=url),
    build(addr("Dana Sorensen", "soren412@umn.edu"), "UMN AP/CP Residency Interview Invitation", h, text, cte="qp"))
