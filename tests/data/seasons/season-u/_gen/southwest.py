"""Arizona, Nevada, Nebraska."""
from kit import (D, fmt, mine, put, ics, at, MT, AZ, PT, CT, UTC, ET, gmail_quote, outlook_quote, FIRST, NAME,
                 ADDR, SIG2, card, esc, btn, rows_html)
from plat import th_invite, th_booked, th_remind, th_note, eras, ib, CALENDLY, GFORMS, SIGNUP
from common import co


def build():
    tucson()
    phoenix_banner()
    valleywise()
    honor()
    stjoes()
    mayo()
    unlv()
    unr()
    sunrise_valley()
    unmc()
    creighton()


# ------------------------------------------------------------------ University of Arizona COM - Tucson
def tucson():
    d = [D("2026-11-05"), D("2026-11-19"), D("2026-12-10")]
    prog = "University of Arizona College of Medicine - Tucson | Emergency Medicine"
    th_invite("2026-10-14 15:00", "thalamus-invitation-university-of-arizona-tucson-em", "uat-em", prog,
              ["Our residents train at Banner - University Medical Center Tucson and Banner - University Medical "
               "Center South. Interview days are in person in Tucson; the evening before, residents host an "
               "informal dinner.",
               "Please note: this invitation is for the Tucson program. The University of Arizona College of "
               "Medicine - Phoenix and Banner - University Medical Center Phoenix have their own residency."],
              d, token="uaz-tucem-7a1", fmt_="In-Person", zone="AZ",
              signer="Department of Emergency Medicine\nUniversity of Arizona College of Medicine \u2013 Tucson")
    th_booked("2026-10-14 15:21", "thalamus-confirmed-university-of-arizona-tucson-em", "uat-em", prog, d[0],
              "07:30", 360, AZ, "AZ", "In-Person", "Banner - University Medical Center Tucson, 1501 N Campbell Ave",
              uid="th-uatem-1105", mode="tzid")
    c = ("Yesenia Galarza", "ygalarza@arizona.edu")
    co("2026-11-03 14:44", "ua-tucson-em-interview-thursday-were-excited", "uat-em", "reminder", c,
       "See you Thursday! UA EM Tucson interview", f"""
Hi Noor,

We are so excited to host you this week! A few details for Thursday, {fmt(d[0], 'md')}:

- Arrive by 7:15 a.m. at the Banner - University Medical Center Tucson main lobby (1501 N. Campbell Avenue). Free parking in the Cherry Avenue garage.
- Wear comfortable shoes for the tour.
- Wednesday night's resident dinner starts at 6:30 p.m. at Tito & Pep on Campbell. Totally casual, no faculty.

Arizona doesn't change its clocks, so if you're flying in from Colorado, Tucson time is now one hour behind Denver.

Yesenia Galarza
Residency Coordinator, Department of Emergency Medicine
University of Arizona College of Medicine \u2013 Tucson
""", idates=[d[0]])
    mine("2026-11-05 20:15", "sent-thank-you-ua-tucson-em", "uat-em", "info", c, "Thank you - UA EM interview",
         """Hi Yesenia,

Thank you for taking such good care of us today (and for the dinner recommendation last night). Please share my thanks with Dr. Kettleman and the chiefs - Tucson was even better in person.

Best,
Noor""", sig=SIG2)

    # Preliminary Surgery, Interview Broker, the next day
    s = [D("2026-11-06"), D("2026-12-04")]
    prog2 = "University of Arizona Tucson General Surgery (Preliminary)"
    ib("2026-10-16 10:15", "interview-broker-invitation-ua-tucson-preliminary-surgery", "uat-prelim-surg",
       "invitation", prog2, "You're invited to interview - University of Arizona Tucson Preliminary Surgery",
       ["The Department of Surgery at the University of Arizona College of Medicine \u2013 Tucson invites you to "
        "interview for a preliminary surgery position (PGY-1).",
        "Interviews are held in person at Banner - University Medical Center Tucson. Each preliminary "
        "interview day is a half day (12:30-4:30 PM Arizona time)."],
       rows=[("Dates", f"{fmt(s[0], 'abbr')}, {fmt(s[1], 'abbr')}")], idates=s,
       action=("https://www.interviewbroker.com/applicant/invite/uaz-psurg-3341", "Schedule Now"))
    cal = ics("ib-uazpsurg-5520@interviewbroker.com", at(s[0], "12:30", AZ), 240,
              "UA Tucson Preliminary Surgery Interview", "Banner - University Medical Center Tucson",
              prodid="-//Interview Broker//EN", mode="floating")
    ib("2026-10-16 18:47", "interview-broker-confirmation-ua-tucson-preliminary-surgery", "uat-prelim-surg",
       "scheduled", prog2, "Confirmation - University of Arizona Tucson Preliminary Surgery Interview",
       ["Thank you for scheduling. Your interview details are below; a calendar file is attached."],
       rows=[("Date", fmt(s[0])), ("Time", "12:30 PM - 4:30 PM (Arizona)"),
             ("Check-in", "Department of Surgery, 1501 N Campbell Ave, Room 4302")], idates=[s[0]], cal=cal)

    # Anesthesiology: ERAS, she moves her date, coordinator confirms, reminder
    a = [D("2026-11-19"), D("2026-12-02")]
    eras("2026-10-27 13:00", "myeras-interview-invitation-ua-tucson-anesthesiology", "uat-anes", "invitation",
         "Interview Invitation",
         ["University of Arizona College of Medicine-Tucson Program (Anesthesiology) has invited you to interview.",
          "", "Dates:", f"  {fmt(a[0])}", f"  {fmt(a[1])}"], idates=a,
         must=["University of Arizona College of Medicine-Tucson Program"])
    eras("2026-10-27 17:31", "myeras-interview-scheduled-ua-tucson-anesthesiology", "uat-anes", "scheduled",
         "Interview Scheduled",
         ["Your interview with University of Arizona College of Medicine-Tucson Program (Anesthesiology) has been "
          "scheduled.", f"Date: {fmt(a[0])}"], idates=[a[0]])
    c2 = ("Ines Marroquin", "imarroquin@arizona.edu")
    r = mine("2026-11-09 07:55", "sent-request-to-move-ua-tucson-anesthesiology-interview", "uat-anes", "info", c2,
             "Request to reschedule interview - Noor Castellanos",
             f"""Dear Ms. Marroquin,

I'm currently scheduled to interview with the UA Anesthesiology program on {fmt(a[0], 'wmd')}. My home institution just moved my required ICU rotation exam to that same morning. Would it be possible to switch to {fmt(a[1], 'wmd')}? I understand if it's full.

Thank you so much,
Noor Castellanos""")
    cal = ics("uaz-anes-castellanos-1202@arizona.edu", at(a[1], "07:00", AZ), 330,
              "UA Anesthesiology Residency Interview (virtual)", "Zoom", org=c2, mode="tzid", seq=1)
    co("2026-11-09 11:16", "re-request-to-move-ua-tucson-anesthesiology-interview", "uat-anes", "scheduled", c2,
       "RE: Request to reschedule interview - Noor Castellanos", f"""
Hi Noor,

No problem at all - I've moved you to {fmt(a[1])}. ERAS will still show the old date for a day or two until I update it on our end, so please go by this email and the attached invite.

Ines Marroquin
Residency Program Coordinator, Department of Anesthesiology
University of Arizona College of Medicine \u2013 Tucson
""", irt=r, quote=outlook_quote(r, tz=AZ), cal=cal, idates=[a[1]])
    co("2026-11-30 10:02", "ua-anesthesiology-interview-wednesday-zoom", "uat-anes", "reminder", c2,
       "UA Anesthesiology interview - Wednesday Zoom link", f"""
Good morning,

Your virtual interview is on Wednesday, {fmt(a[1], 'md')}. Zoom opens at 6:45 a.m. Arizona time (7:45 a.m. in Colorado):
https://arizona.zoom.us/j/91828830042

Ines
""", idates=[a[1]])


# ------------------------------------------------------------------ Banner - University Medical Center Phoenix (EM, Anes)
def phoenix_banner():
    a = [D("2027-01-06"), D("2027-01-20")]
    prog = "Banner - University Medical Center Phoenix Anesthesiology"
    th_invite("2026-11-18 16:30", "thalamus-invitation-banner-umc-phoenix-anesthesiology", "bup-anes", prog,
              ["Thank you for applying to the Anesthesiology Residency at Banner \u2013 University Medical Center "
               "Phoenix, in academic partnership with the University of Arizona College of Medicine \u2013 Phoenix.",
               "Interviews are in person this year and include a tour of our main OR suite and the new tower."],
              a, token="bup-anes-d4", fmt_="In-Person", zone="AZ", deadline="2026-11-25")
    th_booked("2026-11-18 19:05", "thalamus-confirmed-banner-umc-phoenix-anesthesiology", "bup-anes", prog, a[0],
              "07:00", 300, AZ, "AZ", "In-Person", "1111 E McDowell Rd, Phoenix, AZ 85006", uid="th-bupanes-106")
    th_remind("2027-01-05 14:00", "thalamus-reminder-banner-umc-phoenix-anesthesiology", "bup-anes", prog, a[0],
              "7:00 AM", "AZ", "1111 E McDowell Rd, Phoenix - Banner Tower lobby", fmt_="In-Person")

    c = ("Gabriel Yazzie", "gabriel.yazzie@bannerhealth.com")
    d = [D("2027-01-07"), D("2027-01-21")]
    co("2026-11-25 12:10", "banner-umc-phoenix-em-residency-interview-invitation", "bup-em", "invitation", c,
       "Interview Invitation - Banner University Medical Center Phoenix Emergency Medicine", f"""
Dear Noor,

Congratulations! The Emergency Medicine Residency at Banner \u2013 University Medical Center Phoenix would like to invite you to interview.

To schedule, please sign up through our SignUpGenius page: https://www.signupgenius.com/go/bumcp-em-interviews-2027
Available days are {fmt(d[0], 'wmd')} and {fmt(d[1], 'wmd')}. Interviews are in person and begin at 7:30 a.m. Arizona time.

If you are also interviewing with our anesthesiology colleagues, let me know and I'll make sure your days don't conflict - but please note the two departments make decisions independently.

Gabriel Yazzie
Program Coordinator | Emergency Medicine Residency
Banner \u2013 University Medical Center Phoenix
1111 E. McDowell Road, Phoenix, AZ 85006
""", idates=d, must=["Banner \u2013 University Medical Center Phoenix"])
    txt = (f"Hello Noor Castellanos,\n\nThank you for signing up! Here are the details.\n\n"
           f"Sign Up: BUMCP EM Interview Days 2026-2027\nCreated by: Gabriel Yazzie\n\n"
           f"Date: {d[0].month:02d}/{d[0].day:02d}/{d[0].year} (Thu.)\nSlot: Interview Day - 7:30am - 1:30pm MST\n"
           "Location: BUMCP, 1111 E. McDowell Rd, Phoenix\n\nYou can change your sign up at any time: "
           "https://www.signupgenius.com/go/bumcp-em-interviews-2027#/\n\nSignUpGenius\n")
    put("2026-11-25 12:40", "signupgenius-bumcp-em-interview-day", "bup-em", "scheduled", SIGNUP,
        "Confirmation: BUMCP EM Interview Days 2026-2027", txt,
        card([esc(x).replace("\n", "<br>") for x in txt.split("\n\n")], "<b>SignUpGenius</b>", "SignUpGenius",
             "#f7941d"), tz=ET, idates=[d[0]], must=["BUMCP"])
    co("2027-01-05 16:20", "bumcp-em-interview-thursday-details", "bup-em", "reminder", c,
       "BUMCP EM - Thursday details", f"""
Hi all,

Looking forward to Thursday! Park in the Garage 2 on Palm Lane, then head to the BUMCP ED conference room (1st floor, past the Banner Tower elevators). We'll start at 7:30 sharp.

Lunch will be with our residents at the UAHS building.

Gabe
BUMCP EM Residency
""", to=("BUMCP EM Applicants", "bumcp.em.applicants@bannerhealth.com"), idates=[d[0]])
    mine("2027-01-07 19:50", "sent-thank-you-bumcp-em", "bup-em", "info", c, "Thank you for today",
         """Hi Gabe,

Thank you for such a well-organized day. I loved the energy in the ED and the county-meets-academic feel you described. Two days in a row at Banner (anesthesia yesterday!) and I'm very impressed with Phoenix.

Best,
Noor""", sig=SIG2)


# ------------------------------------------------------------------ Valleywise (EM moved session; TY invited)
def valleywise():
    c = ("Lorena Castañeda-Whitby", "lorena.castanedawhitby@valleywisehealth.org")
    d = [D("2026-12-01"), D("2026-12-15")]
    inv = co("2026-10-23 13:12", "valleywise-health-em-residency-interview-invitation", "vw-em", "invitation", c,
             "Valleywise Health EM Residency - Invitation to Interview", f"""
Dear Noor,

Thank you for applying to the Emergency Medicine Residency at Valleywise Health Medical Center (formerly Maricopa Medical Center). We'd love to have you join us for a virtual interview day.

Please reply to this email with your preferred date:
  {fmt(d[0])}
  {fmt(d[1])}

Our residents work primarily at Valleywise Health Medical Center and the Arizona Burn Center, with community shifts at Valleywise Emergency Department - Maryvale.

Kindly respond within 72 hours.

Lorena Castañeda-Whitby
Emergency Medicine Residency Coordinator
Valleywise Health Medical Center | 2601 E. Roosevelt St., Phoenix, AZ 85008
""", idates=d, must=["Valleywise Health Medical Center"])
    r = mine("2026-10-23 19:05", "sent-re-valleywise-em-interview-invitation", "vw-em", "scheduled", c,
             "Re: Valleywise Health EM Residency - Invitation to Interview",
             f"""Hi Lorena,

Thank you for the invitation! {fmt(d[0], 'long')} would be perfect for me.

Best,
Noor""", irt=inv, quote=gmail_quote(inv), idates=[d[0]])
    cf = co("2026-10-26 08:45", "re-valleywise-em-interview-confirmation", "vw-em", "scheduled", c,
            "RE: Valleywise Health EM Residency - Invitation to Interview",
            f"""Hi Noor,

You're confirmed for {fmt(d[0], 'wmd')}. Zoom info will be emailed the week of.

Lorena
""", irt=r, quote=outlook_quote(r, tz=AZ), idates=[d[0]])
    new = D("2026-12-08")
    mv = co("2026-11-13 15:30", "valleywise-em-interview-session-moved", "vw-em", "scheduled", c,
            "IMPORTANT: Valleywise EM interview date change", f"""
Dear Applicants,

Because of a conflict with our department's annual accreditation site visit, we need to move the interview session originally planned for {fmt(d[0])} to {fmt(new)}. The schedule and format will remain the same (virtual, 8:00 a.m. - 1:30 p.m. Arizona time).

Please reply to confirm that the new date works. If it does not, we will do our best to place you on {fmt(d[1], 'wmd')}.

We apologize for the inconvenience.

Lorena Castañeda-Whitby
Valleywise Health Medical Center, Emergency Medicine Residency
""", to=[("Noor Castellanos", ADDR)], idates=[new])
    mine("2026-11-13 17:02", "sent-re-valleywise-em-interview-date-change", "vw-em", "scheduled", c,
         "Re: IMPORTANT: Valleywise EM interview date change",
         f"""Hi Lorena,

No problem - {fmt(new, 'wmd')} works great for me. Thanks for the heads up!

Noor""", irt=mv, quote=gmail_quote(mv), idates=[new], sig=SIG2)
    co("2026-12-07 12:00", "valleywise-em-tomorrow-zoom", "vw-em", "reminder", c,
       "Tomorrow: Valleywise EM virtual interview", f"""
Hi Noor,

See you tomorrow! Zoom: https://valleywisehealth.zoom.us/j/88812003451 (passcode: VWEM)
Log on at 7:50 a.m. Arizona time - that's 8:50 a.m. for you in Denver.

Lorena
""", idates=[new])

    # Transitional Year, invitation on 2/3, unanswered
    t = [D("2027-02-24"), D("2027-03-03")]
    co("2027-02-03 09:25", "valleywise-transitional-year-interview-invitation", "vw-ty", "invitation",
       ("Devonte Harrell", "devonte.harrell@valleywisehealth.org"),
       "Interview invitation - Valleywise Health Transitional Year", f"""
Dear Noor Castellanos,

The Transitional Year Program at Valleywise Health Medical Center would like to invite you to interview. We know it's late in the season, and we appreciate your flexibility!

We have two remaining virtual dates:
- {fmt(t[0])}
- {fmt(t[1])}

Please reply by {fmt('2027-02-08', 'wmd')} with your preference.

Sincerely,
Devonte Harrell
Transitional Year Program Coordinator
Valleywise Health Medical Center (formerly Maricopa Integrated Health System)
""", idates=t, deadline="2027-02-08", must=["Valleywise Health Medical Center"])


# ------------------------------------------------------------------ HonorHealth (declined)
def honor():
    prog = "HonorHealth Emergency Medicine Residency"
    d = [D("2027-01-19"), D("2027-02-02")]
    th_invite("2026-11-12 18:00", "thalamus-invitation-honorhealth-emergency-medicine", "hon-em", prog,
              ["Our residents train primarily at HonorHealth Scottsdale Osborn Medical Center, a Level I trauma "
               "center, with community shifts across the HonorHealth system."],
              d, token="honem-44", fmt_="In-Person", zone="AZ")
    r = mine("2026-12-20 11:30", "sent-declining-honorhealth-em-interview", "hon-em", "cancellation",
             ("HonorHealth EM Residency", "emresidency@honorhealth.com"),
             "Declining interview invitation - Noor Castellanos",
             """Dear HonorHealth EM Residency,

Thank you for the invitation to interview. After reviewing my schedule I have decided to decline so that another applicant can take the spot. I've heard wonderful things about Scottsdale Osborn and appreciate your consideration.

Sincerely,
Noor Castellanos""")
    co("2026-12-21 08:05", "re-declining-honorhealth-em-interview", "hon-em", "cancellation",
       ("Kristen Lamoureux", "klamoureux@honorhealth.com"), "RE: Declining interview invitation - Noor Castellanos",
       """Hi Noor,

Thank you for letting us know. Your invitation has been withdrawn in Thalamus. We wish you the best of luck!

Kristen Lamoureux
Residency Coordinator, Emergency Medicine
HonorHealth | Scottsdale Osborn Medical Center, 7400 E. Osborn Rd., Scottsdale, AZ 85251
""", irt=r, quote=outlook_quote(r, tz=AZ))


# ------------------------------------------------------------------ St. Joseph's Hospital and Medical Center (Phoenix) TY
def stjoes():
    c = ("Amaris Delacroix", "amaris.delacroix@dignityhealth.org")
    d = [D("2027-01-05"), D("2027-01-19")]
    co("2026-11-16 10:30", "st-josephs-phoenix-transitional-year-interview-invitation", "sjp-ty", "invitation", c,
       "St. Joseph's Transitional Year - Interview Invitation", f"""
Dear Noor,

Congratulations! The Transitional Year Residency Program at St. Joseph's Hospital and Medical Center in Phoenix is pleased to invite you to a virtual interview.

Please fill out our short date-preference form by {fmt('2026-11-23', 'wmd')}:
https://forms.gle/StJoesTY2027prefs

Interview dates:
  {fmt(d[0])}
  {fmt(d[1])}

I'll confirm your assigned date by e-mail once forms are in. (If you've also applied to Saint Joseph Hospital in Denver - we get that a lot! - we are a different program, part of Dignity Health in Arizona.)

Amaris Delacroix
Program Coordinator, Transitional Year
St. Joseph's Hospital and Medical Center | Dignity Health
350 W. Thomas Road, Phoenix, AZ 85013
""", idates=d, deadline="2026-11-23", must=["St. Joseph's Hospital and Medical Center"])
    txt = ("Thanks for filling out St. Joseph's TY - Interview Date Preferences\n\nHere's what was received.\n\n"
           "Full name *\nNoor Castellanos\n\nAAMC ID *\n16833027\n\nFirst choice date *\n"
           f"{fmt(d[0])}\n\nSecond choice date\n{fmt(d[1])}\n\nDietary restrictions\nNone\n\n"
           "Create your own Google Form\n")
    put("2026-11-16 20:12", "google-forms-st-josephs-ty-preferences-receipt", "sjp-ty", "info", GFORMS,
        "Your response to St. Joseph's TY - Interview Date Preferences", txt,
        card([esc(x).replace("\n", "<br>") for x in txt.split("\n\n")], "<b>Google Forms</b>",
             "This content is neither created nor endorsed by Google.", "#673ab7"), tz=PT, must=["St. Joseph's"])
    co("2026-11-24 14:15", "st-josephs-ty-interview-date-assignment", "sjp-ty", "scheduled", c,
       "St. Joseph's TY - your interview date", f"""
Hi Noor,

Thank you for submitting your preferences. You've been assigned your first choice: {fmt(d[0])}, 8:00 a.m. - 12:00 p.m. Arizona time (virtual).

We'll send your Zoom link and schedule a few days before.

Amaris
""", idates=[d[0]])
    mine("2027-01-05 14:10", "sent-thank-you-st-josephs-ty", "sjp-ty", "info", c,
         "Thank you - TY interview this morning", """Hi Amaris,

Thank you for a lovely morning. Please pass my appreciation to Dr. Montalvo and the interns - I especially liked hearing how many St. Joe's TY grads head into anesthesiology.

All the best,
Noor""", sig=SIG2)


def mayo():
    prog = "Mayo Clinic Arizona - Anesthesiology Residency"
    th_invite("2027-02-02 20:00", "thalamus-invitation-mayo-clinic-arizona-anesthesiology", "mayo-anes", prog,
              ["The Anesthesiology Residency at Mayo Clinic in Arizona (Phoenix) invites you to interview for a "
               "categorical position.",
               "Interviews are virtual and include a live Q&A with residents from our Phoenix campus."],
              [D("2027-02-22"), D("2027-02-26")], token="mayo-az-an-b2", zone="AZ", deadline="2027-02-05",
              signer="Mayo Clinic College of Medicine and Science\nMayo Clinic School of Graduate Medical Education - Arizona")


# ------------------------------------------------------------------ Nevada
def unlv():
    prog = "Kirk Kerkorian School of Medicine at UNLV - Emergency Medicine"
    d = [D("2027-01-12"), D("2027-01-26")]
    th_invite("2026-11-20 17:00", "thalamus-invitation-kkson-unlv-emergency-medicine", "unlv-em", prog,
              ["Our residents train at University Medical Center of Southern Nevada, the state's only Level I "
               "trauma center. Interviews are in person in Las Vegas."],
              d, token="unlv-em-5a", fmt_="In-Person", zone="PT", deadline="2026-11-24")
    th_booked("2026-11-20 17:22", "thalamus-confirmed-kkson-unlv-emergency-medicine", "unlv-em", prog, d[0], "08:00",
              300, PT, "PT", "In-Person", "UMC Trauma Center, 1800 W Charleston Blvd, Las Vegas", uid="th-unlvem-112")
    c = ("Tiana Fa'alogo", "tiana.faalogo@unlv.edu")
    co("2027-01-10 13:05", "unlv-em-tuesday-interview-logistics", "unlv-em", "reminder", c,
       "UNLV EM - Tuesday interview logistics", f"""
Hi Noor,

We can't wait to meet you on Tuesday, {fmt(d[0], 'md')}! Please meet us at 7:45 a.m. in the UMCSN Trauma Center lobby. Guest parking is in the Charleston garage (level 3).

The KSOM EM chiefs will take you on a tour of the ED, then we'll head to the Shadow Lane campus for faculty interviews.

Tiana
UNLV EM Residency
""", idates=[d[0]], must=["UNLV"])
    mine("2027-01-12 18:25", "sent-thank-you-unlv-em", "unlv-em", "info", c, "Thank you!",
         """Hi Tiana,

Thank you for a fantastic day at UMC. I loved meeting the residents and seeing the trauma bay in action. I'm around for the anesthesia interview tomorrow too, so I'm getting a full Las Vegas tour!

Best,
Noor""", sig=SIG2)

    c2 = ("Rebecca Nhem", "rebecca.nhem@unlv.edu")
    a = [D("2027-01-13"), D("2027-02-03")]
    inv = co("2026-11-23 10:40", "kkson-unlv-anesthesiology-interview-invitation", "unlv-anes", "invitation", c2,
             "Anesthesiology Residency Interview Invitation - Kirk Kerkorian School of Medicine at UNLV", f"""
Dear Noor,

We are pleased to invite you to interview with the Anesthesiology Residency Program at the Kirk Kerkorian School of Medicine at UNLV.

Available in-person dates:
  {fmt(a[0])}
  {fmt(a[1])}

Please reply with your choice.

Rebecca Nhem
Program Coordinator, Department of Anesthesiology
Kirk Kerkorian School of Medicine at UNLV | 1701 W. Charleston Blvd., Las Vegas, NV 89102
""", idates=a, must=["Kirk Kerkorian School of Medicine at UNLV"])
    r = mine("2026-11-23 12:18", "sent-re-kkson-unlv-anesthesiology-interview", "unlv-anes", "scheduled", c2,
             "Re: Anesthesiology Residency Interview Invitation - Kirk Kerkorian School of Medicine at UNLV",
             f"""Dear Rebecca,

Thank you! I'd love {fmt(a[0], 'wmd')} - the day after my UNLV EM interview, which makes travel easy.

Warm regards,
Noor Castellanos""", irt=inv, quote=gmail_quote(inv), idates=[a[0]])
    cal = ics("unlv-anes-0113-nc@unlv.edu", at(a[0], "07:30", PT), 300, "UNLV Anesthesiology Interview",
              "1701 W Charleston Blvd, Las Vegas, NV", org=c2, mode="tzid")
    co("2026-11-24 09:00", "re-kkson-unlv-anesthesiology-interview-confirmed", "unlv-anes", "scheduled", c2,
       "RE: Anesthesiology Residency Interview Invitation - Kirk Kerkorian School of Medicine at UNLV",
       f"""Hi Noor,

Confirmed for {fmt(a[0])}, 7:30 a.m. Pacific. Invite attached.

Rebecca
""", irt=r, quote=outlook_quote(r, tz=PT), cal=cal, idates=[a[0]])

    # Preliminary surgery, Interview Broker, booked after as_of
    s = [D("2027-02-16"), D("2027-02-23")]
    prog3 = "UNLV General Surgery - Preliminary"
    ib("2026-12-10 16:00", "interview-broker-invitation-unlv-preliminary-surgery", "unlv-prelim-surg", "invitation",
       prog3, "Interview Invitation - UNLV General Surgery (Preliminary)",
       ["On behalf of the Department of Surgery, Kirk Kerkorian School of Medicine at UNLV, we invite you to "
        "interview for a preliminary surgery position. Interviews are virtual."],
       rows=[("Dates", f"{fmt(s[0])} / {fmt(s[1])}")], idates=s, deadline="2026-12-17",
       action=("https://www.interviewbroker.com/applicant/invite/unlv-ps-0981", "Respond to Invitation"))
    cal = ics("ib-unlvps-7731@interviewbroker.com", at(s[0], "09:00", PT), 210, "UNLV Prelim Surgery Interview",
              "Zoom", prodid="-//Interview Broker//EN", mode="utc")
    ib("2026-12-11 22:10", "interview-broker-confirmation-unlv-preliminary-surgery", "unlv-prelim-surg",
       "scheduled", prog3, "Confirmed: UNLV General Surgery (Preliminary) Interview",
       ["Your interview is scheduled."], rows=[("Date", fmt(s[0])), ("Time", "9:00 AM - 12:30 PM Pacific"),
                                               ("Format", "Virtual")], idates=[s[0]], cal=cal)


def unr():
    prog = "University of Nevada, Reno Emergency Medicine"
    d = [D("2027-01-21"), D("2027-01-28")]
    ib("2026-12-02 11:30", "interview-broker-invitation-unr-emergency-medicine", "unr-em", "invitation", prog,
       "Interview Invitation: UNR Med Emergency Medicine Residency",
       ["The Emergency Medicine Residency at the University of Nevada, Reno School of Medicine (UNR Med) invites "
        "you to interview. Our residents train at Renown Regional Medical Center in Reno - not to be confused "
        "with the Las Vegas programs.",
        "Interviews are virtual."], rows=[("Dates", f"{fmt(d[0])}; {fmt(d[1])}")], idates=d,
       action=("https://www.interviewbroker.com/applicant/invite/unr-em-2207", "Schedule Interview"))
    cal = ics("ib-unrem-3310@interviewbroker.com", at(d[0], "08:00", PT), 300, "UNR Med EM Interview", "Zoom",
              prodid="-//Interview Broker//EN", mode="utc")
    ib("2026-12-02 12:01", "interview-broker-confirmation-unr-emergency-medicine", "unr-em", "scheduled", prog,
       "Confirmed: UNR Med Emergency Medicine Interview", ["You're scheduled."],
       rows=[("Date", fmt(d[0])), ("Time", "8:00 AM - 1:00 PM Pacific")], idates=[d[0]], cal=cal)
    r = mine("2027-01-04 09:10", "sent-cancelling-unr-em-interview", "unr-em", "cancellation",
             ("UNR Med EM Residency", "emresidency@med.unr.edu"),
             f"Cancelling interview on {fmt(d[0], 'num')} - Noor Castellanos",
             f"""Dear UNR Med EM Residency team,

I am writing to cancel my interview scheduled for {fmt(d[0], 'wmd')}. After a lot of reflection I've decided to narrow my list, and I want to give you enough notice to offer the spot to someone else. I have also cancelled in Interview Broker.

Thank you for the opportunity, and I'm sorry for any inconvenience.

Sincerely,
Noor Castellanos""")
    cal = ics("ib-unrem-3310@interviewbroker.com", at(d[0], "08:00", PT), 300, "UNR Med EM Interview", "Zoom",
              prodid="-//Interview Broker//EN", method="CANCEL", seq=1, mode="utc")
    ib("2027-01-04 09:13", "interview-broker-cancellation-unr-emergency-medicine", "unr-em", "cancellation", prog,
       "Cancelled: UNR Med Emergency Medicine Interview",
       [f"Your interview on {fmt(d[0])} has been cancelled. If this was a mistake, contact the program."],
       cal=cal)
    co("2027-01-04 10:40", "re-cancelling-unr-em-interview", "unr-em", "cancellation",
       ("Shelby Mortensen", "smortensen@med.unr.edu"), r["subject"].replace("Cancelling", "RE: Cancelling"), """
Hi Noor,

Thanks for the notice, we really appreciate it. Your spot has been released. Best wishes in the Match!

Shelby Mortensen
EM Residency Coordinator | University of Nevada, Reno School of Medicine
""", irt=r, quote=outlook_quote(r, tz=PT))

    # Prelim IM: waitlist, her letter of interest, still waitlisted
    c = ("UNR Med IM Residency", "imresidency@med.unr.edu")
    w = co("2026-12-09 15:00", "unr-med-internal-medicine-preliminary-waitlist", "unr-prelim", "waitlist", c,
           "UNR Med Internal Medicine (Reno) - Preliminary Position Application", """
Dear Noor,

Thank you for applying to the preliminary track of the Internal Medicine Residency at the University of Nevada, Reno School of Medicine. Our interview slots are currently full, so we're not able to invite you at this time. We would, however, like to place you on our waitlist, and we will reach out directly if a spot opens.

No action is needed on your part.

Sincerely,
Internal Medicine Residency Program - Reno
University of Nevada, Reno School of Medicine
""", must=["University of Nevada, Reno School of Medicine"])
    mine("2026-12-16 08:35", "sent-letter-of-interest-unr-im-preliminary", "unr-prelim", "info", c,
         "Letter of interest - Preliminary IM (Noor Castellanos, AAMC 16833027)",
         """Dear Dr. Ashworth and Selection Committee,

Thank you for keeping me on your waitlist. I want to share how much a preliminary year in Reno appeals to me: my goal is anesthesiology, and the breadth of ICU and consult months at Renown and the VA Sierra Nevada would give me exactly the foundation I'm looking for. I also have family in Carson City.

Since applying, I completed a critical care sub-internship at Denver Health and presented a poster at the ASA annual meeting.

If a spot opens I would be delighted to interview on any date.

Sincerely,
Noor Castellanos""", irt=w)
    co("2027-01-28 11:10", "unr-med-im-preliminary-waitlist-update", "unr-prelim", "waitlist",
       ("Marisol Etcheverry", "metcheverry@med.unr.edu"), "Waitlist update - UNR Med Internal Medicine", f"""
Dear Applicants,

We are reaching out to let you know that you remain on our interview waitlist for the 2027 preliminary positions. Our final interview day is {fmt('2027-02-10', 'wmd')}; if a slot opens before then we will contact you by phone and e-mail.

Thank you for your patience,
Marisol Etcheverry
Program Coordinator, Internal Medicine Residency
University of Nevada, Reno School of Medicine
""", to=("Undisclosed recipients", "imresidency@med.unr.edu"))


def sunrise_valley():
    prog = "Sunrise Health GME Consortium - Emergency Medicine"
    w = th_note("2026-11-17 22:00", "thalamus-waitlist-sunrise-health-emergency-medicine", "sun-em", "waitlist", prog,
                "Update on your application - Sunrise Health EM",
                ["Thank you for your application to the Emergency Medicine Residency at the Sunrise Health GME "
                 "Consortium (Sunrise Hospital and Medical Center, Las Vegas).",
                 "All of our interview dates are currently filled. We have added you to our waitlist and will "
                 "notify you through Thalamus if a date opens."],
                signer="Sunrise Health GME Consortium, Emergency Medicine Residency")
    mine("2026-12-05 10:15", "sent-letter-of-interest-sunrise-em", "sun-em", "info",
         ("Sunrise EM Residency", "em.residency@sunrisehospital.com"), "Continued interest - Noor Castellanos",
         """Dear Sunrise EM Residency,

I received your waitlist notice and wanted to let you know that I remain very interested in Sunrise. The volume and high-acuity trauma at Sunrise Hospital are a big draw, and I'd be able to interview on short notice.

Thank you for your consideration,
Noor Castellanos""")
    th_note("2027-01-22 23:30", "thalamus-message-sunrise-health-em-waitlist-closed", "sun-em", "rejection", prog,
            "Interview season update - Sunrise Health EM",
            ["Our interview season has now concluded and we are releasing all applicants from our waitlist. We "
             "will not be able to offer you an interview this year.",
             "Thank you for your patience and interest in Sunrise. We wish you all the best in the Match."],
            signer="Sunrise Health GME Consortium, Emergency Medicine Residency")

    co("2026-11-10 14:00", "valley-health-system-em-residency-update", "vhs-em", "rejection",
       ("VHS GME Emergency Medicine", "em.residency@valleyhealthsystemlv.com"),
       "Valley Health System Emergency Medicine Residency", """
Dear Applicant,

Thank you for applying to the Emergency Medicine Residency at Valley Health System in Las Vegas. We have sent interview invitations to the applicants selected for this cycle, and unfortunately we are unable to offer you an interview invitation at this time.

This was a very competitive year and we encourage you to pursue your goals in emergency medicine.

Sincerely,
Program Leadership, Emergency Medicine Residency
Valley Health System | Valley Hospital Medical Center, 620 Shadow Lane, Las Vegas, NV 89106
""", html=False, must=["Valley Health System"])


# ------------------------------------------------------------------ Nebraska (Central time)
def unmc():
    co("2026-12-04 16:45", "unmc-anesthesiology-application-status", "unmc-anes", "rejection",
       ("UNMC Anesthesiology", "anesresidency@unmc.edu"), "UNMC Anesthesiology Residency - Application Status", """
Dear Noor,

Thank you for your interest in UNMC Anesthesiology. After reviewing a large number of strong applications, we regret that we cannot offer you an interview for the upcoming year.

Our residents train at Nebraska Medicine and the Omaha VA, and we know how much effort goes into every application. We wish you the very best.

UNMC Anesthesiology Residency
Omaha, NE
""", html=False, must=["UNMC"])

    p = [D("2027-01-20"), D("2027-02-03")]
    eras("2026-12-03 14:15", "myeras-interview-invitation-unmc-internal-medicine-preliminary", "unmc-prelim",
         "invitation", "Interview Invitation",
         ["University of Nebraska Medical Center Program (Internal Medicine - Preliminary) has invited you to "
          "interview.", "", "Available dates:", f"  {fmt(p[0])}", f"  {fmt(p[1])}"], idates=p,
         must=["University of Nebraska Medical Center"])
    eras("2026-12-03 20:55", "myeras-interview-scheduled-unmc-internal-medicine-preliminary", "unmc-prelim",
         "scheduled", "Interview Scheduled",
         ["Your interview has been scheduled.", "",
          "Program: University of Nebraska Medical Center Program (Internal Medicine - Preliminary)",
          f"Date: {fmt(p[0])}"], idates=[p[0]])
    co("2027-01-18 09:30", "unmc-im-prelim-interview-wednesday", "unmc-prelim", "reminder",
       ("Hannah Vogelsang", "hvogelsang@unmc.edu"), "UNMC Internal Medicine - Wednesday interview", f"""
Good morning,

We look forward to meeting you virtually this Wednesday, {fmt(p[0], 'md')}! Check-in on Zoom begins at 8:00 a.m. Central (7:00 a.m. Mountain):
https://unmc.zoom.us/j/92331408850

Hannah Vogelsang
Internal Medicine Residency Program, Department of Internal Medicine
University of Nebraska Medical Center | 982055 Nebraska Medical Center, Omaha, NE 68198
""", idates=[p[0]])

    prog = "University of Nebraska Medical Center - Emergency Medicine"
    d = [D("2027-02-09"), D("2027-02-23")]
    th_invite("2026-12-08 18:00", "thalamus-invitation-unmc-emergency-medicine", "unmc-em", prog,
              ["We are excited to invite you to our interview season. Interviews are virtual; our residents train "
               "at Nebraska Medicine - Nebraska Medical Center in Omaha."],
              d, token="unmc-em-99", zone="CT", deadline="2026-12-15")
    th_booked("2026-12-08 18:41", "thalamus-confirmed-unmc-emergency-medicine", "unmc-em", prog, d[0], "08:00", 300,
              CT, "CT", "Virtual", "Zoom", uid="th-unmcem-0209")
    co("2027-01-28 15:00", "unmc-em-interview-packet", "unmc-em", "info", ("Ava Lindgren", "ava.lindgren@unmc.edu"),
       "Your UNMC EM interview - packet and schedule", f"""
Hello Noor,

Attached is your schedule for {fmt(d[0])}. Highlights:

- 7:45 a.m. Central: Zoom check-in
- Faculty interviews 8:30-11:00
- Resident panel 11:30

We'll also host an optional in-person Second Look on {fmt('2027-03-05', 'wmd')} - this is not part of the interview and has no bearing on ranking.

Ava Lindgren
Emergency Medicine Residency Coordinator
University of Nebraska Medical Center
""", idates=[d[0]], files=[("UNMC_EM_Interview_Schedule.txt", ("text", "plain"),
                          "UNMC EM virtual interview\n7:45 check-in\n8:30-11:00 interviews\n11:30 resident panel\n")])


def creighton():
    c = ("Creighton EM Residency", "emresidency@creighton.edu")
    w = co("2026-11-20 15:20", "creighton-em-residency-application-update", "cre-em", "waitlist", c,
           "Creighton University Emergency Medicine - Application Update", """
Dear Noor,

Thank you for your application to the Creighton University School of Medicine Emergency Medicine Residency. We're sorry to say that we cannot offer you an interview at this point in our season.

That said, your application stood out to our committee and we have placed you on our waitlist. If a date opens, we'll reach out by e-mail.

Warm regards,
Emergency Medicine Residency Program
Creighton University School of Medicine | CHI Health Creighton University Medical Center - Bergan Mercy, Omaha
""", must=["Creighton University School of Medicine"])
    mine("2026-12-02 07:40", "sent-letter-of-interest-creighton-em", "cre-em", "info", c,
         "Letter of continued interest - Noor Castellanos", """Dear Dr. Pokorny and the Creighton EM Selection Committee,

Thank you for placing me on your waitlist. I wanted to share my sincere interest in training at Creighton: the Jesuit mission of care for underserved patients resonates with the work I did at the Stout Street clinic in Denver, and I'd welcome the chance to train in Omaha, where my partner is completing his PhD at UNMC.

I am available for any interview date, on short notice.

Respectfully,
Noor Castellanos""", irt=w)
    d = D("2027-01-26")
    c2 = ("Jordan Kaczmarek", "jordankaczmarek@creighton.edu")
    o = co("2027-01-13 10:05", "creighton-em-interview-spot-available", "cre-em", "invitation", c2,
           "Interview opportunity - Creighton EM", f"""
Hi Noor,

Good news - a spot has opened on {fmt(d)} and we'd love to offer it to you. The interview is virtual, 8:00 a.m.-1:00 p.m. Central.

Please let me know by noon Central on {fmt('2027-01-15', 'wmd')} whether you can accept.

Jordan Kaczmarek
Residency Coordinator, Emergency Medicine
Creighton University School of Medicine
""", idates=[d], deadline="2027-01-15")
    r = mine("2027-01-13 10:21", "sent-re-creighton-em-interview-spot", "cre-em", "scheduled", c2,
             "Re: Interview opportunity - Creighton EM", f"""Hi Jordan,

Yes! I'd be delighted to accept the {fmt(d, 'wmd')} interview. Thank you so much.

Noor""", irt=o, quote=gmail_quote(o), idates=[d], sig=SIG2)
    cal = ics("creighton-em-0126-castellanos@creighton.edu", at(d, "08:00", CT), 300,
              "Creighton EM Residency Interview (Zoom)", "https://creighton.zoom.us/j/98044120017", org=c2,
              mode="tzid")
    co("2027-01-13 13:30", "re-creighton-em-interview-confirmed", "cre-em", "scheduled", c2,
       "RE: Interview opportunity - Creighton EM", f"""
Wonderful - you're confirmed for {fmt(d, 'wmd')}. The calendar invite has your Zoom link.

Jordan
""", irt=r, quote=outlook_quote(r, tz=CT), cal=cal, idates=[d])
    mine("2027-01-26 15:55", "sent-thank-you-creighton-em", "cre-em", "info", c2, "Thank you - Creighton EM",
         """Hi Jordan,

Thank you for offering me that spot and for such a thoughtful interview day. Please thank Dr. Pokorny for me.

Best,
Noor""", sig=SIG2)
