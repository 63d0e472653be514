"""Scheduled (9), reminders (8), cancellations (6)."""
from lib import *
from platforms import *
from m_inv import IM, NEU, OB, DR, TY, FIRST


# ---------------------------------------------------------------- scheduled
def sch_thal_ucsf_im():
    P = "University of California, San Francisco"
    d = "2026-12-03"
    url = "https://app.thalamusgme.com/applicant/interviews/4be0d2a7-11c9-4f3e-8d60-a7c95e2f0b13"
    m = thal("sch-ucsf", f"Interview Scheduled: {P} - Internal Medicine", utc("2026-10-14 03:11:40"),
             f"Your interview with {P} - Internal Medicine has been scheduled.",
             [("Program", f"{P} - Internal Medicine (Categorical)"), ("Date", long(d)),
              ("Time", "7:30 AM – 12:45 PM PT"), ("Format", "Virtual (Thalamus video)")],
             "View Interview", url,
             "Need to make a change? You can reschedule or cancel from your Thalamus dashboard, subject to the "
             "program's availability.")
    add("b20-sch-thal-ucsf-im.eml", m,
        L("scheduled", P, "thalamus", IM, "categorical", "virtual", [d]), {d: long(d)})


def sch_ib_ucsd_neuro():
    P = "UC San Diego Health"
    d = "2026-12-15"
    m = ib("sch-ucsd", f"Interview Confirmation: {P} - Neurology", pac("2026-10-16 11:52:10"), P,
           "Neurology - Categorical",
           "Your interview has been scheduled. Details are below; the program will send your video link before "
           "the interview.",
           (["Date", "Format", "Time"], [(aby(d), "Virtual", "8:00 AM - 2:00 PM PST")]),
           "View or change your interview",
           "https://www.interviewbroker.com/applicant/interviews/ucsd-neurology/61428")
    add("b20-sch-ib-ucsd-neuro.eml", m,
        L("scheduled", P, "interview_broker", NEU, "categorical", "virtual", [d]), {d: aby(d)})


def sch_email_ucdavis_obgyn():
    """Reschedule: old confirmation (Nov 13) quoted, new day Dec 4."""
    P = "UC Davis Health"
    old, new = "2026-11-13", "2026-12-04"
    req = "2026-10-30 22:14:00"
    conf = "2026-10-19 16:02:00"
    text = f"""Hi {FIRST},

No problem at all! I have moved you from {longny(old)} to {longny(new)}. Your interview day will still run 7:30 a.m. – 3:00 p.m. PT on Zoom, and I will send the updated Zoom link and schedule the week before.

See you in December,
Jasmine

Jasmine Okonkwo-Reyes
Residency Program Coordinator | Obstetrics & Gynecology Residency
{P}

On {gmail_on(req)} Anahí Villaseñor <{APP}> wrote:
> Hi Jasmine,
>
> I'm so sorry for the trouble, but I have a required sub-I exam that was just
> moved to {md(old)}. Would it be possible to switch my interview to {longny(new)}
> if there is still space?
>
> Thank you so much,
> Anahí
>
> On {gmail_on(conf)} UC Davis Health OB/GYN Residency <hs-obgynresidency@ucdavis.edu> wrote:
>> Dear Anahí,
>>
>> Thank you for choosing an interview day. You are confirmed for
>> {long(old)}, 7:30 a.m. – 3:00 p.m. PT (virtual).
>>
>> Jasmine Okonkwo-Reyes
>> {P}
"""
    m = finish(part(text), A("UC Davis Health OB/GYN Residency", "hs-obgynresidency@ucdavis.edu"),
               "Re: Interview date change request", pac("2026-11-02 10:20:11"), mid("sch-ucd", "ucdavis.edu"),
               extra=[("In-Reply-To", mid("req-ucd", "mail.gmail.com"))])
    add("b20-sch-email-ucdavis-obgyn.eml", m,
        L("scheduled", P, "email", OB, None, "virtual", [new]), {new: longny(new)})


def sch_ics_harbor_im():
    """Date only in the attached .ics."""
    P = "Harbor-UCLA Medical Center"
    d = "2026-12-02"
    ymd = d.replace("-", "")
    text = f"""Hi Anahí,

Thank you for booking your interview with the Internal Medicine Residency at {P}! Your calendar invitation with the Microsoft Teams link is attached. Please accept it so it shows up on your calendar; the itinerary for the day will follow a few days before.

Best,
Kevin Duarte
Program Coordinator | Department of Medicine
{P}
"""
    ics = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
           "METHOD:REQUEST",
           "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
           "BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
           "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "END:STANDARD",
           "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
           "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "END:DAYLIGHT", "END:VTIMEZONE",
           "BEGIN:VEVENT",
           f"ORGANIZER;CN=\"Duarte, Kevin\":mailto:kduarte@dhs.lacounty.gov",
           f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Anahí Villaseñor:mailto:{APP}",
           "SUMMARY;LANGUAGE=en-US:Harbor-UCLA Internal Medicine Residency Interview",
           f"DTSTART;TZID=Pacific Standard Time:{ymd}T071500",
           f"DTEND;TZID=Pacific Standard Time:{ymd}T123000",
           "UID:040000008200E00074C5B7101A82E00800000000B20HARBORIM27",
           "DTSTAMP:20261021T170533Z",
           "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
           "DESCRIPTION;LANGUAGE=en-US:Join on your computer or mobile app\\nhttps://teams.microsoft.com/l/meetup"
           "-join/19%3ameeting_HarborIM27%40thread.v2/0\\nMeeting ID: 248 913 557 06\\nPasscode: Hb7xQ2",
           "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    # fold long lines (RFC 5545, 75 octets)
    folded = []
    for l in ics:
        while len(l.encode()) > 74:
            cut = 74
            while len(l[:cut].encode()) > 74:
                cut -= 1
            folded.append(l[:cut])
            l = " " + l[cut:]
        folded.append(l)
    body = mixed([alt(part(text), part(html_wrap(paras(text)), "html"), bnd("sch-harbor-a", "outlook")),
                  ics_part(folded)], bnd("sch-harbor-m", "outlook"))
    m = finish(body, A("Duarte, Kevin", "kduarte@dhs.lacounty.gov"),
               "Interview Confirmation - Harbor-UCLA Internal Medicine", pac("2026-10-21 10:05:33"),
               mid("sch-harbor", "dhs.lacounty.gov"))
    add("b20-sch-ics-harbor-im.eml", m, L("scheduled", P, "email", IM, None, "virtual", [d]), {d: ymd})


def sch_cal_kerkorian_obgyn():
    P = "Kirk Kerkorian School of Medicine at UNLV"
    d = "2026-12-18"
    text = f"""Hi {APP_NAME},

Your event has been scheduled.

Event Type:
OB/GYN Residency Interview Day (In Person) - {P}

Host:
KSOM OB/GYN Residency

Event Date/Time:
08:00am - 03:00pm (Pacific Time - US & Canada) on {long(d)}

Location:
1701 W. Charleston Blvd., Las Vegas, NV 89102 (Shadow Lane campus)

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/6f1b2c0e-kk27-4a9d-b3e1-02d5c7a9e441
Reschedule: https://calendly.com/reschedulings/6f1b2c0e-kk27-4a9d-b3e1-02d5c7a9e441

Powered by Calendly.com
"""
    inner = ('<div style="max-width:560px;margin:auto;border:1px solid #e0e0e0;padding:24px">'
             f'<p>Hi {esc(APP_NAME)},</p><p>Your event has been scheduled.</p>'
             f'<p><b>Event Type:</b><br>OB/GYN Residency Interview Day (In Person) - {esc(P)}</p>'
             '<p><b>Host:</b><br>KSOM OB/GYN Residency</p>'
             f'<p><b>Event Date/Time:</b><br>08:00am - 03:00pm (Pacific Time - US &amp; Canada) on {long(d)}</p>'
             '<p><b>Location:</b><br>1701 W. Charleston Blvd., Las Vegas, NV 89102 (Shadow Lane campus)</p>'
             '<p><a href="https://calendly.com/cancellations/6f1b2c0e-kk27-4a9d-b3e1-02d5c7a9e441">Cancel</a> · '
             '<a href="https://calendly.com/reschedulings/6f1b2c0e-kk27-4a9d-b3e1-02d5c7a9e441">Reschedule</a></p>'
             '<p style="color:#999;font-size:12px">Powered by Calendly.com</p></div>')
    m = calendly("sch-kk", f"Confirmed: OB/GYN Residency Interview Day (In Person) with KSOM OB/GYN Residency on {long(d)}",
                 pac("2026-11-10 16:01:02"), text, inner)
    add("b20-sch-cal-kerkorian-obgyn.eml", m, L("scheduled", P, "other", OB, None, "in_person", [d]),
        {d: long(d)})


def sch_sug_highland_imprelim():
    P = "Alameda Health System – Highland Hospital"
    d = "2026-12-10"
    slot = f"{numy(d)} ({WDa(d)}.)"
    text = f"""Thank you for signing up!

Hi {FIRST},

You have signed up for the following slot(s) on "Highland Prelim IM Interviews 2026-27" created by Mai Vang ({P}).

Date: {slot}
Time: 8:30am - 12:30pm PST
Slot: Virtual Interview Session (Zoom)
Location: Zoom - link emailed by the program one week prior

Change my sign up: https://www.signupgenius.com/go/60B0C4CAEAB2FA3FF2-highlandprelim#/change
Questions? Contact Mai Vang at mvang@alamedahealthsystem.org

SignUpGenius · Making volunteering easier
You received this email because you signed up on SignUpGenius.com.
"""
    inner = (f'<h2 style="color:#0b7a3e">Thank you for signing up!</h2><p>Hi {esc(FIRST)},</p>'
             f'<p>You have signed up for the following slot(s) on <b>"Highland Prelim IM Interviews 2026-27"</b> '
             f'created by Mai Vang ({esc(P)}).</p>'
             f'<table cellpadding="6" style="border:1px solid #ddd"><tr><th>Date</th><th>Time</th><th>Slot</th>'
             f'<th>Location</th></tr><tr><td>{slot}</td><td>8:30am - 12:30pm PST</td>'
             '<td>Virtual Interview Session (Zoom)</td><td>Zoom - link emailed by the program one week prior</td>'
             '</tr></table><p><a href="https://www.signupgenius.com/go/60B0C4CAEAB2FA3FF2-highlandprelim#/change">'
             'Change my sign up</a></p><p style="font-size:11px;color:#888">SignUpGenius · You received this '
             'email because you signed up on SignUpGenius.com.</p>')
    body = alt(part(text), part(html_wrap(inner), "html"), bnd("sch-sug"))
    m = finish(body, A("SignUpGenius", "no-reply@signupgenius.com"),
               "Confirmation: Highland Prelim IM Interviews 2026-27", pac("2026-11-12 19:33:48"),
               mid("sch-sug", "signupgenius.com"), extra=[("Reply-To", "mvang@alamedahealthsystem.org")])
    add("b20-sch-sug-highland-imprelim.eml", m,
        L("scheduled", P, "other", IM, "preliminary", "virtual", [d]), {d: numy(d)})


def sch_eras_bannerphx_obgyn():
    P = "Banner-University Medical Center Phoenix"
    d = "2026-12-07"
    body = f"""Your interview has been scheduled in MyERAS.

Program: {P} Program
Program Number: 2200311201
Specialty: Obstetrics and Gynecology
Interview Date: {long(d)}
Interview Time: 7:30 AM - 1:00 PM (MST)
Interview Type: Virtual

To view or manage your interview, log in to MyERAS:
{ERAS_URL}"""
    m = eras("sch-bphx", f"MyERAS: Interview Scheduled with {P} Program", et("2026-10-22 09:14:27"), body)
    add("b20-sch-eras-bannerphx-obgyn.eml", m, L("scheduled", P, "eras", OB, None, "virtual", [d]), {d: long(d)})


def sch_email_unm_neuro():
    P = "University of New Mexico School of Medicine"
    d, other = "2027-01-06", "2026-12-09"
    rep = "2026-11-09 19:41:00"
    inv = "2026-11-09 10:32:00"
    text = f"""Hi Anahí,

Perfect, you are confirmed for {long(d)}, in person at the UNM Health Sciences Center. I will email the itinerary, parking permit and the dinner details about a week before.

Best,
Carmen

Carmen Trujillo
Program Coordinator, Department of Neurology
{P}

On {gmail_on(rep)} Anahí Villaseñor <{APP}> wrote:
> Dear Ms. Trujillo,
>
> Thank you so much for the invitation! I would love to interview on
> {longny(d)}, if possible.
>
> Best regards,
> Anahí
>
> On {gmail_on(inv)} Carmen Trujillo <ctrujillo@salud.unm.edu> wrote:
>> Dear Anahí,
>>
>> Congratulations! The Neurology Residency Program at the {P}
>> would like to invite you to interview for a categorical position.
>>
>> This year we are interviewing in person on {longny(other)} or
>> {longny(d)}.
"""
    m = finish(part(text), A("Carmen Trujillo", "ctrujillo@salud.unm.edu"), "Re: UNM Neurology Residency Interview",
               mtn("2026-11-10 08:20:15"), mid("sch-unm", "salud.unm.edu"),
               extra=[("In-Reply-To", mid("rep-unm", "mail.gmail.com")),
                      ("References", mid("inv-unm-neuro", "salud.unm.edu") + " " + mid("rep-unm", "mail.gmail.com"))])
    add("b20-sch-email-unm-neuro.eml", m,
        L("scheduled", P, "email", NEU, "categorical", "in_person", [d]), {d: long(d)})


def sch_thal_vmf_ty():
    P = "Virginia Mason Franciscan Health"
    d = "2027-01-12"
    m = thal("sch-vmf", f"Interview Scheduled: {P} - Transitional Year", utc("2026-10-23 02:40:18"),
             f"Your interview with {P} - Transitional Year has been scheduled.",
             [("Program", f"{P} - Transitional Year"), ("Date", long(d)), ("Time", "8:00 AM – 1:30 PM PT"),
              ("Format", "In-Person"), ("Location", "Virginia Mason Medical Center, 1100 Ninth Avenue, Seattle, WA")],
             "View Interview", "https://app.thalamusgme.com/applicant/interviews/9a3e57c1-2b8d-4f06-b1c9-d04e6a7f2853")
    add("b20-sch-thal-vmf-ty.eml", m,
        L("scheduled", P, "thalamus", TY, "transitional", "in_person", [d]), {d: long(d)})


# ---------------------------------------------------------------- reminders
def rem_thal_ucsf_im():
    P = "University of California, San Francisco"
    d = "2026-12-03"
    m = thal("rem-ucsf", f"Reminder: Upcoming Interview with {P}", utc("2026-12-01 16:00:05"),
             f"This is a reminder that your interview with {P} - Internal Medicine is in 2 days.",
             [("Program", f"{P} - Internal Medicine (Categorical)"), ("Date", long(d)),
              ("Time", "7:30 AM – 12:45 PM PT"), ("Format", "Virtual (Thalamus video)")],
             "Join / View Interview", "https://app.thalamusgme.com/applicant/interviews/4be0d2a7-11c9-4f3e-8d60-a7c95e2f0b13",
             "Tip: test your camera and microphone in Thalamus before interview day.")
    add("b20-rem-thal-ucsf-im.eml", m, L("reminder", P, "thalamus", IM, "categorical", "virtual", [d]), {d: long(d)})


def rem_email_ucsd_neuro():
    P = "UC San Diego Health"
    d = "2026-12-15"
    social = "2026-12-14"
    text = f"""Hi {FIRST},

We are so excited to host you next {longny(d)} for your virtual interview with the UC San Diego Health Neurology Residency Program!

A few details:
  • Zoom (interview day): https://ucsd.zoom.us/j/93172048861 (passcode: Neuro27)
  • Log on at 7:45 a.m. PT; we will wrap up by 2:00 p.m.
  • Resident social: the evening before, {longny(social)}, 6:00-7:00 p.m. PT, same Zoom link. Casual, no evaluations!

Your itinerary with interviewer names is attached to your Interview Broker record. Reply here with any questions.

See you soon,
Tanya Ruelas
Neurology Residency Coordinator
{P} · 9500 Gilman Drive, La Jolla, CA 92093
"""
    m = finish(part(text), A("Ruelas, Tanya", "truelas@health.ucsd.edu"),
               "Looking forward to seeing you – UCSD Neurology Interview", pac("2026-12-11 13:10:45"),
               mid("rem-ucsd", "health.ucsd.edu"), senc="q")
    add("b20-rem-email-ucsd-neuro.eml", m, L("reminder", P, "email", NEU, None, "virtual", [d]), {d: longny(d)})


def rem_zoom_uw_neuro():
    P = "University of Washington School of Medicine"
    d = "2026-12-11"
    text = f"""Dear {FIRST},

This is a friendly reminder of your virtual interview with the Neurology Residency Program at the {P} on {long(d)}.

Join Zoom Meeting
https://washington.zoom.us/j/96631254780?pwd=VVdOZXVyb0ludGVydmlldzI3
Meeting ID: 966 3125 4780
Passcode: 730412

Schedule (Pacific):
 7:45  Log on / welcome from the Program Director
 8:30  Faculty interviews (3 x 20 min, breakout rooms)
11:00  Resident panel
12:30  Lunch chat with chief residents
 1:30  Close

If you have technical problems on the day, call or text (206) 555-0193.

Lena Oyelaran-Frost
Program Manager, Neurology Residency
{P}
"""
    m = finish(part(text), A("UW Neurology Residency", "neurores@uw.edu"),
               f"Reminder: UW Neurology virtual interview – {longny(d)}", pac("2026-12-09 15:25:00"),
               mid("rem-uw", "uw.edu"), senc="q")
    add("b20-rem-zoom-uw-neuro.eml", m, L("reminder", P, "email", NEU, None, "virtual", [d]), {d: long(d)})


def rem_eras_bannerphx_obgyn():
    P = "Banner-University Medical Center Phoenix"
    d = "2026-12-07"
    body = f"""This is a reminder of your upcoming interview.

Program: {P} Program
Specialty: Obstetrics and Gynecology
Interview Date: {long(d)}
Interview Time: 7:30 AM - 1:00 PM (MST)
Interview Type: Virtual

The program will provide connection details. To view your interview, log in to MyERAS:
{ERAS_URL}"""
    m = eras("rem-bphx", f"MyERAS: Interview Reminder - {P} Program", et("2026-12-02 08:00:12"), body)
    add("b20-rem-eras-bannerphx-obgyn.eml", m, L("reminder", P, "eras", OB, None, "virtual", [d]), {d: long(d)})


def rem_email_kerkorian_obgyn():
    P = "Kirk Kerkorian School of Medicine at UNLV"
    d = "2026-12-18"
    text = f"""Hi Anahí,

Just a reminder that your in-person interview day with the OB/GYN Residency at the {P} is this {longny(d)}. We can't wait to meet you!

Arrival: 7:45 a.m. at the Shadow Lane campus, 1701 W. Charleston Blvd., Las Vegas, NV 89102 (main lobby).
Parking: free in Lot B; tell the attendant you are here for residency interviews.
Attire: business or business casual; comfortable shoes for the hospital tour at University Medical Center.
Breakfast and lunch are provided. Please let me know of any dietary restrictions.

Safe travels,
Brianna Kealoha
Residency Program Coordinator, Department of Obstetrics and Gynecology
{P}
(702) 555-0176
"""
    body = alt(part(text), part(html_wrap(paras(text)), "html"), bnd("rem-kk"))
    m = finish(body, A("KSOM OB/GYN Residency", "obgyn.residency@unlv.edu"),
               "Interview Day Reminder – KSOM OB/GYN", pac("2026-12-15 10:40:30"), mid("rem-kk", "unlv.edu"),
               senc="q")
    add("b20-rem-email-kerkorian-obgyn.eml", m, L("reminder", P, "email", OB, None, "in_person", [d]),
        {d: longny(d)})


def rem_teams_harbor_im():
    P = "Harbor-UCLA Medical Center"
    d = "2026-12-02"
    text = f"""Good morning Anahí,

We look forward to seeing you this {longny(d)} for your Internal Medicine interview at {P}.

Microsoft Teams meeting
Join on your computer, mobile app or room device
https://teams.microsoft.com/l/meetup-join/19%3ameeting_HarborIM27%40thread.v2/0
Meeting ID: 248 913 557 06
Passcode: Hb7xQ2

Please log in at 7:05 AM PT. The itinerary is attached to the calendar invitation I sent after you booked.

Kevin Duarte
Program Coordinator | Department of Medicine
{P}
"""
    m = finish(part(text),
               A("Duarte, Kevin", "kduarte@dhs.lacounty.gov"),
               "Reminder - Harbor-UCLA IM Interview this Wednesday", pac("2026-11-30 09:05:17"),
               mid("rem-harbor", "dhs.lacounty.gov"))
    add("b20-rem-teams-harbor-im.eml", m, L("reminder", P, "email", IM, None, "virtual", [d]), {d: longny(d)})


def rem_email_cedars_rad():
    P = "Cedars-Sinai Medical Center"
    d = "2027-01-14"
    text = f"""Dear Anahí,

This is a reminder that your virtual interview with the Diagnostic Radiology Residency (Advanced) at {P} is scheduled for {long(d)}, 8:00 AM – 1:00 PM PT. The interview will take place on the Thalamus video platform; please log in 10 minutes early.

Please let us know right away if anything changes.

Best regards,
Graduate Medical Education – Diagnostic Radiology
{P}
8700 Beverly Blvd., Los Angeles, CA 90048
"""
    m = finish(part(text), A("Cedars-Sinai Radiology Residency", "radiologyresidency@cshs.org"),
               "Reminder: Cedars-Sinai Diagnostic Radiology Interview", pac("2027-01-11 11:22:03"),
               mid("rem-cedars", "cshs.org"))
    add("b20-rem-email-cedars-rad.eml", m, L("reminder", P, "email", DR, "advanced", "virtual", [d]), {d: long(d)})


def rem_thal_vmf_ty():
    P = "Virginia Mason Franciscan Health"
    d = "2027-01-12"
    m = thal("rem-vmf", f"Reminder: Upcoming Interview with {P}", utc("2027-01-10 17:00:09"),
             f"This is a reminder that your interview with {P} - Transitional Year is in 2 days.",
             [("Program", f"{P} - Transitional Year"), ("Date", long(d)), ("Time", "8:00 AM – 1:30 PM PT"),
              ("Format", "In-Person"), ("Location", "Virginia Mason Medical Center, 1100 Ninth Avenue, Seattle, WA")],
             "View Interview", "https://app.thalamusgme.com/applicant/interviews/9a3e57c1-2b8d-4f06-b1c9-d04e6a7f2853")
    add("b20-rem-thal-vmf-ty.eml", m, L("reminder", P, "thalamus", TY, "transitional", "in_person", [d]),
        {d: long(d)})


# ---------------------------------------------------------------- cancellations
def can_email_unr_im():
    """Applicant cancels; coordinator acknowledges (Outlook reply)."""
    P = "University of Nevada, Reno School of Medicine"
    d = "2027-01-14"
    asked = "2027-01-04 19:30:00"
    text = f"""Hi Anahí,

Thank you for letting us know. I have cancelled your interview on {longny(d)} and released the spot to another applicant. We wish you the best of luck in the Match!

Jordan Achterberg
Program Coordinator, Internal Medicine Residency
{P}

From: Anahí Villaseñor <{APP}>
Sent: {outlook_sent(asked)}
To: UNR Med IM Residency <imresidency@med.unr.edu>
Subject: Interview cancellation - Anahí Villaseñor

Dear Mr. Achterberg,

After a lot of thought, I have decided to withdraw from my interview on {longny(d)} so that another applicant can have the spot. Thank you very much for the opportunity and for your help this season.

Sincerely,
Anahí Villaseñor
AAMC ID {AAMC_ID}
"""
    body = alt(part(text), part(html_wrap(paras(text)), "html"), bnd("can-unr", "outlook"))
    m = finish(body, A("UNR Med IM Residency", "imresidency@med.unr.edu"),
               "RE: Interview cancellation - Anahí Villaseñor", pac("2027-01-05 09:02:51"),
               mid("can-unr", "med.unr.edu"), extra=[("In-Reply-To", mid("ask-unr", "mail.gmail.com"))])
    add("b20-can-email-unr-im.eml", m, L("cancellation", P, "email", IM, None, None, [d]), {d: longny(d)})


def can_cal_providence_im():
    P = "Providence Portland Medical Center"
    d = "2026-12-03"
    text = f"""Hi {APP_NAME},

The event below has been canceled.

Event Type:
Internal Medicine Interview Day - {P}

Event Date/Time:
08:00am - 12:30pm (Pacific Time - US & Canada) on {long(d)}

Location:
Zoom - details provided upon confirmation

Canceled by:
{APP_NAME}

Reason for canceling:
Schedule conflict - thank you for understanding.

Need to schedule again? https://calendly.com/providence-portland-im

Powered by Calendly.com
"""
    inner = ('<div style="max-width:560px;margin:auto;border:1px solid #e0e0e0;padding:24px">'
             f'<p>Hi {esc(APP_NAME)},</p><p>The event below has been canceled.</p>'
             f'<p><b>Event Type:</b><br>Internal Medicine Interview Day - {esc(P)}</p>'
             f'<p><b>Event Date/Time:</b><br><s>08:00am - 12:30pm (Pacific Time - US &amp; Canada) on {long(d)}</s></p>'
             '<p><b>Location:</b><br>Zoom - details provided upon confirmation</p>'
             f'<p><b>Canceled by:</b><br>{esc(APP_NAME)}</p>'
             '<p><b>Reason for canceling:</b><br>Schedule conflict - thank you for understanding.</p>'
             '<p style="color:#999;font-size:12px">Powered by Calendly.com</p></div>')
    m = calendly("can-prov", f"Canceled: {APP_NAME} and Providence Portland IM Residency - {long(d)}",
                 pac("2026-11-24 19:48:30"), text, inner)
    add("b20-can-cal-providence-im.eml", m, L("cancellation", P, "other", IM, None, "virtual", [d]), {d: long(d)})


def can_ib_lomalinda_rad():
    P = "Loma Linda University Health"
    d = "2027-01-08"
    m = ib("can-llu", f"Interview Cancelled: {P} - Diagnostic Radiology", pac("2026-12-09 14:33:12"), P,
           "Diagnostic Radiology - Advanced",
           "The program has cancelled the following interview session. We apologize for the inconvenience. "
           "The program will contact you about any alternative options.",
           (["Date", "Format", "Time", "Status"], [(aby(d), "Virtual", "7:30 AM - 12:30 PM PST", "Cancelled by program")]),
           outro="Message from the program: Due to a departmental scheduling conflict we are no longer able to hold "
                 "this interview session. Our coordinator will reach out to you directly.")
    add("b20-can-ib-lomalinda-rad.eml", m,
        L("cancellation", P, "interview_broker", DR, "advanced", "virtual", [d]), {d: aby(d)})


def can_eras_stanford_neuro():
    P = "Stanford Health Care-Sponsored Stanford University"
    d = "2026-12-14"
    body = f"""Your interview has been cancelled in MyERAS.

Program: {P} Program
Program Number: 1800521123
Specialty: Neurology
Interview Date: {long(d)}
Cancelled By: Applicant

If you believe this cancellation was made in error, please contact the program directly.

To view your interviews, log in to MyERAS:
{ERAS_URL}"""
    m = eras("can-stan", f"MyERAS: Interview Cancelled - {P} Program", et("2026-11-20 22:41:05"), body)
    add("b20-can-eras-stanford-neuro.eml", m, L("cancellation", P, "eras", NEU, None, None, [d]), {d: long(d)})


def can_email_honorhealth_ty():
    """Applicant declined the invitation before booking; coordinator acknowledges. No date."""
    P = "HonorHealth"
    asked = "2026-10-27 18:15:00"
    text = f"""Hi Anahí,

Thank you for letting us know, and congratulations on your other opportunities. I have withdrawn your interview invitation for our Transitional Year program so that the spot can be offered to another applicant.

Best of luck this interview season!

Lorena Quezada
Program Coordinator | Transitional Year Residency
{P}

From: Anahí Villaseñor <{APP}>
Sent: {outlook_sent(asked)}
To: Quezada, Lorena <lquezada@honorhealth.com>
Subject: RE: HonorHealth Transitional Year - Interview Invitation

Dear Ms. Quezada,

Thank you so much for the invitation to interview. After reviewing my schedule, I must respectfully decline so that another applicant may have the opportunity.

Kind regards,
Anahí Villaseñor
"""
    m = finish(part(text), A("Quezada, Lorena", "lquezada@honorhealth.com"),
               "RE: HonorHealth Transitional Year - Interview Invitation", az("2026-10-28 11:50:40"),
               mid("can-honor", "honorhealth.com"), extra=[("In-Reply-To", mid("dec-honor", "mail.gmail.com"))])
    add("b20-can-email-honorhealth-ty.eml", m, L("cancellation", P, "email", TY, "transitional"))


def can_email_highland_imprelim():
    """Program cancels the Dec 10 session."""
    P = "Alameda Health System – Highland Hospital"
    d = "2026-12-10"
    text = f"""Hi {FIRST},

I'm very sorry to share that we have to cancel our virtual interview session on {longny(d)} because of an unavoidable conflict with a hospital-wide accreditation visit. Your interview for that day is cancelled.

I will email you separately in the next few days with options to reschedule. We apologize for the inconvenience and still very much want to meet you!

Mai Vang
Program Coordinator, Internal Medicine Residency
{P}
"""
    m = finish(part(text), A("Mai Vang", "mvang@alamedahealthsystem.org"),
               f"Highland Prelim IM – {md(d)} interview session cancelled", pac("2026-12-01 15:12:40"),
               mid("can-highland", "alamedahealthsystem.org"), senc="q")
    add("b20-can-email-highland-imprelim.eml", m,
        L("cancellation", P, "email", IM, "preliminary", "virtual", [d]), {d: longny(d)})


ALL = [sch_thal_ucsf_im, sch_ib_ucsd_neuro, sch_email_ucdavis_obgyn, sch_ics_harbor_im, sch_cal_kerkorian_obgyn,
       sch_sug_highland_imprelim, sch_eras_bannerphx_obgyn, sch_email_unm_neuro, sch_thal_vmf_ty,
       rem_thal_ucsf_im, rem_email_ucsd_neuro, rem_zoom_uw_neuro, rem_eras_bannerphx_obgyn,
       rem_email_kerkorian_obgyn, rem_teams_harbor_im, rem_email_cedars_rad, rem_thal_vmf_ty,
       can_email_unr_im, can_cal_providence_im, can_ib_lomalinda_rad, can_eras_stanford_neuro,
       can_email_honorhealth_ty, can_email_highland_imprelim]
