"""Vermont, New Hampshire and Maine: UVM (home school), Dartmouth Health, MaineHealth (her away rotation)."""
from kit import (D, ET, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, abbr, coord, dslash, gquote, ics, long, longn,
                 mail, md, mdy, me, oquote, slash, clock, page, esc, button)
from plat import TH, th_invite, th_booked, th_remind, th_msg, rc, ib, GF, PT, UTC


def uvm():
    c = ("Castonguay, Renee", "renee.castonguay@uvmhealth.org")
    sig = ("Renée Castonguay\nGeneral Surgery Residency Program Coordinator\nDepartment of Surgery\n"
           "The University of Vermont Medical Center | Robert Larner, M.D. College of Medicine at the University of "
           "Vermont\n111 Colchester Avenue, Fletcher 4, Burlington, VT 05401\nP: 802-555-0126 | F: 802-555-0127")
    d1, d2, d3 = D("2026-10-23"), D("2026-10-30"), D("2026-11-06")
    inv = f"""Hi Camille,

I hope your sub-internship year is winding down kindly! I'm writing on behalf of Dr. Whitcomb and our selection
committee with good news: we would like to invite you to interview for a categorical position in the General
Surgery Residency at The University of Vermont Medical Center.

We have three interview days left this fall, all Fridays:

    {long(d1)}
    {long(d2)}
    {long(d3)}

External applicants interview on Zoom. Because you are one of our own Larner students, you are welcome to
join us in person instead; just tell me which you'd prefer. Please reply with your first and second choice by
Monday, October 12, and I'll lock in your spot.

A quick note, since a few of your classmates have asked: our preliminary positions are reviewed separately and
later in the season, so this invitation is for the categorical track only.

Best,
{sig}"""
    m1 = coord("2026-10-07 15:22", "uvmmc-general-surgery-interview-invitation", "uvm-surg", "invitation", c,
               "UVM Medical Center General Surgery Residency - Interview Invitation", inv, idates=[d1, d2, d3],
               deadline="2026-10-12", must=["The University of Vermont Medical Center"])
    r = me("2026-10-07 21:05", "sent-re-uvmmc-general-surgery-interview", "uvm-surg", "scheduled", c,
           "Re: UVM Medical Center General Surgery Residency - Interview Invitation",
           "Hi Renée,\n\nThis made my week, thank you! I'd love to come in person. First choice Friday, October 30; "
           "if that fills up, Friday, October 23 works too.\n\nThanks so much,\nCamille",
           irt=m1, quote=gquote("2026-10-07 15:22", "Castonguay, Renee", c[1], m1["msg"].get_body(("plain",))
                                .get_content()), idates=[d2], sig=SIG_SHORT)
    conf = f"""Hi Camille,

You're all set for {long(d2)}, in person. Plan on 7:00 AM to about 1:00 PM; we'll start with breakfast in the
Given Courtyard conference room (Given E-level). A calendar hold is attached.

I'll send the day's schedule and your interviewer list the week before.

Renée"""
    m3 = coord("2026-10-08 09:14", "re-uvmmc-surgery-interview-confirmed", "uvm-surg", "scheduled", c,
               "RE: UVM Medical Center General Surgery Residency - Interview Invitation", conf, irt=r, idates=[d2],
               quote=oquote("2026-10-07 21:05", NAME, ADDR, "Castonguay, Renee", "Re: UVM Medical Center General "
                            "Surgery Residency - Interview Invitation", "Hi Renée,\n\nThis made my week, thank you! "
                            "I'd love to come in person. First choice Friday, October 30; ..."),
               cal=ics("uvmmc-gs-interview-20261030-szabo", at(d2, "07:00"), 360, "UVMMC General Surgery Interview Day",
                       "Given Courtyard, UVM Medical Center, 111 Colchester Ave, Burlington VT",
                       "In-person interview day (categorical)", organizer=("Castonguay, Renee", c[1]), mode="floating",
                       prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    rem = """Good afternoon, Camille!

We're so excited to host you tomorrow. A few logistics for the in-person group:

7:00  Breakfast w/ PD + APDs, Given Courtyard (E-level)
7:45  Program overview, Dr. Whitcomb
8:30  Interviews (3 x 20 min) - Dr. Okonjo, Dr. Bellavance, Dr. Thibodeau
10:15 Tour: ACC, Main OR, SICU, Miller Building
11:30 Lunch with the chiefs
12:45 Wrap-up

Park in the Patient & Visitor Garage and bring your ticket to me for validation. Scrubs are not needed; business
casual is fine for the tour.

See you in the morning!
Renée

UVMMC Surgery | Fletcher 4"""
    coord("2026-10-29 14:40", "uvmmc-surgery-interview-tomorrow", "uvm-surg", "reminder", c,
          "Tomorrow: UVMMC Surgery interview day schedule", rem, idates=[d2], must=["Given Courtyard"])
    me("2026-10-30 20:30", "sent-thank-you-uvmmc-surgery", "uvm-surg", "info",
       [("Peter Whitcomb", "peter.whitcomb@uvmhealth.org")], "Thank you - interview day today",
       "Dear Dr. Whitcomb,\n\nThank you for today. Having spent so many early mornings on the Fletcher 4 side of "
       "things as a student, it was a gift to hear the program from the residents' side, and the chiefs' candor at "
       "lunch about the rural general surgery experience at Central Vermont Medical Center stayed with me.\n\n"
       "I hope to keep learning from this department for the next five years.\n\nWith thanks,\nCamille",
       cc=[c])

    # ---------------------------------------------------------------- UVM OB/GYN via ResidencyCAS
    prog = "The University of Vermont Medical Center - Obstetrics, Gynecology and Reproductive Sciences Residency"
    o1, o2, o3 = D("2026-11-16"), D("2026-12-07"), D("2027-01-11")
    rc("2026-10-20 12:04", "residencycas-interview-invitation-uvm-obgyn", "uvm-obgyn", "invitation", prog,
       "You have a new interview invitation",
       ["Congratulations! The Department of Obstetrics, Gynecology and Reproductive Sciences at The University of "
        "Vermont Medical Center is pleased to invite you to interview for our categorical residency positions.",
        "All interviews will be held virtually. Please log in to ResidencyCAS and select one of the dates below. "
        "Invitations not acted on within 72 hours may be released to other applicants.",
        "We are sending more invitations than we have interview spaces in case some applicants decline; dates fill "
        "in the order they are chosen."],
       rows=[("Program", prog), ("Available dates", "; ".join(long(x) for x in (o1, o2, o3))),
             ("Format", "Virtual (Zoom)"), ("Respond by", "Friday, October 23, 2026, 12:00 PM ET")],
       idates=[o1, o2, o3], deadline="2026-10-23", btn_label="Respond to invitation")
    rc("2026-10-20 12:19", "residencycas-interview-scheduled-uvm-obgyn", "uvm-obgyn", "scheduled", prog,
       "Interview confirmed",
       ["Your interview has been scheduled. You can view, reschedule or cancel it from the Interviews tab of your "
        "ResidencyCAS application until seven days before the interview date."],
       rows=[("Program", prog), ("Date", long(o1)), ("Time", "8:30 AM - 1:00 PM ET"), ("Location", "Virtual")],
       idates=[o1], btn_label="View my interviews")
    me("2026-11-16 17:55", "sent-thank-you-uvm-obgyn", "uvm-obgyn", "info",
       [("Aditi Ramaswamy", "aditi.ramaswamy@uvmhealth.org")], "Thank you from Camille Szabo",
       "Dear Dr. Ramaswamy,\n\nThank you for interviewing me today for the OB/GYN residency. I've known the "
       "Mother-Baby Unit as a third-year student, but hearing the residents talk about the family planning "
       "curriculum and the Champlain Valley Physicians Hospital rotation gave me a much fuller picture.\n\n"
       "I'm still applying in both OB/GYN and surgery, and today made that choice harder in the best way.\n\n"
       "Warm regards,\nCamille")


def dartmouth():
    prog = "Dartmouth Health - General Surgery Residency"
    d = [D("2026-11-06"), D("2026-11-20"), D("2026-12-11")]
    th_invite("2026-10-14 10:00", "thalamus-invitation-dartmouth-general-surgery", "dhmc-surg", prog,
              ["On behalf of the Department of Surgery at Dartmouth Hitchcock Medical Center and the Geisel School of "
               "Medicine, it is our pleasure to invite you to interview for a categorical position in our General "
               "Surgery Residency.",
               "Each interview day includes a program overview, four faculty interviews and a virtual tour. A social "
               "hour with our residents takes place the evening before each date."],
              d, url="https://app.thalamusgme.com/applicant/invitations/5520931", fmt="Virtual",
              signer="Dr. Marguerite Holloway, Program Director\nLeah Dufresne, Residency Coordinator",
              must=["Dartmouth Hitchcock Medical Center"])
    th_booked("2026-10-14 10:09", "thalamus-scheduled-dartmouth-general-surgery", "dhmc-surg", prog, d[0], "08:00",
              "13:30", "Virtual", "Zoom (link to follow)", uid="th-5520931-20261106")
    c = ("Leah Dufresne", "leah.m.dufresne@hitchcock.org")
    ag = f"""Hello Camille,

Thank you again for choosing to interview with us next Friday ({dslash(d[0])}). Below is a preview of the day; your
personal Zoom breakout schedule will come from Thalamus the morning of.

Thursday evening, 6:30-7:30 PM: resident social (optional, Zoom)
Friday
  7:45   Log-in and tech check
  8:00   Welcome from the Chair and PD
  8:30   Faculty interviews (4 x 15 minutes)
  10:00  Virtual tour of DHMC: ORs, SICU, simulation center
  11:00  Residents only - ask anything
  12:30  Closing remarks

A few applicants have asked about the Dartmouth Health system: residents rotate at DHMC in Lebanon, the White River
Junction VA Medical Center, and Cheshire Medical Center in Keene. The Department of Obstetrics and Gynecology runs
its own recruitment and schedules separately from ours.

Kind regards,
Leah

Leah Dufresne | General Surgery Residency Coordinator
DHMC Surgery | Lebanon, NH | 603-555-0148"""
    coord("2026-10-30 13:12", "dhmc-surgery-interview-day-preview", "dhmc-surg", "info", c,
          f"DHMC Surgery interview day - {dslash(d[0])} preview", ag, idates=[d[0]])
    th_remind("2026-11-05 09:00", "thalamus-reminder-dartmouth-general-surgery", "dhmc-surg", prog, d[0], "08:00",
              "Virtual", "https://dartmouth.zoom.us/j/95550613382",
              extra="Please log in 15 minutes early for a technology check.")
    me("2026-11-06 16:48", "sent-thank-you-dhmc-surgery", "dhmc-surg", "info",
       [("Marguerite Holloway", "marguerite.holloway@hitchcock.org")], "Thank you for today",
       "Dear Dr. Holloway,\n\nThank you for the chance to interview with Dartmouth today. I especially appreciated "
       "the honesty of the residents' hour, and the way Dr. Osei described teaching autonomy in the rural surgery "
       "block.\n\nComing from Burlington, the Upper Valley already feels a little like home.\n\nSincerely,\n"
       "Camille Szabo", cc=[c])

    # ---------------------------------------------------------------- DHMC OB/GYN: coordinator + Google Form
    oc = ("Beaulieu, Chantal R.", "chantal.r.beaulieu@hitchcock.org")
    form = "https://docs.google.com/forms/d/e/1FAIpQLSe8xDHMCobgynInterview2027/viewform"
    od = [D("2026-11-24"), D("2026-12-01"), D("2027-01-12")]
    inv = f"""Dear Camille,

Congratulations! The Department of Obstetrics and Gynecology at Dartmouth Hitchcock Medical Center would be
delighted to have you interview for our residency program.

Our interview days for this cycle are:

  \u2022 {long(od[0])}
  \u2022 {long(od[1])}
  \u2022 {long(od[2])}

To tell us your date preferences, please complete this short Google Form by Friday, October 23 at 5:00 PM:
{form}

Dates are assigned in the order forms come in, so you may not receive your first choice. I will confirm your
assigned date by e-mail. All interviews are virtual.

Best wishes,
Chantal Beaulieu
Residency Program Coordinator, Obstetrics and Gynecology
Dartmouth Health | Dartmouth Hitchcock Medical Center
Lebanon, New Hampshire"""
    m1 = coord("2026-10-20 12:31", "dhmc-obgyn-residency-interview-invitation", "dhmc-obgyn", "invitation", oc,
               "Dartmouth OB/GYN Residency Interview Invitation", inv, idates=od, deadline="2026-10-23",
               must=["Department of Obstetrics and Gynecology at Dartmouth Hitchcock Medical Center"])
    gt = f"""Thanks for filling out DHMC OB/GYN Interview Date Preference

Here's what was received.

DHMC OB/GYN Interview Date Preference
Please rank the interview dates that work for you.

Email *
{ADDR}

Full name (as in ResidencyCAS) *
Camille Szabo

First choice *
{long(od[1])}

Second choice
{long(od[0])}

Any dates you absolutely cannot attend?
None

Create your own Google Form
Report Abuse"""
    gh = page([f"<p>Thanks for filling out <b>DHMC OB/GYN Interview Date Preference</b></p><p>Here's what was "
               f"received.</p>"] + [f"<p>{esc(x)}</p>" for x in gt.split("\n\n")[2:]],
              header='<span style="font-size:20px;color:#673ab7">Google Forms</span>', accent="#673ab7")
    mail("2026-10-20 13:02", "google-forms-response-dhmc-obgyn", "dhmc-obgyn", "info", GF,
         "Your response to DHMC OB/GYN Interview Date Preference", gt + "\n", gh, tz=PT,
         must=["DHMC OB/GYN Interview Date Preference"])
    cf = f"""Hi Camille,

Your interview is confirmed for {long(od[1])}. Zoom links and the day's itinerary will follow about a week ahead.

I noticed you will also be meeting our General Surgery colleagues on November 6; please know the two programs make
their decisions entirely independently, so don't feel you need to explain your dual application to anyone.

Chantal"""
    coord("2026-10-26 10:47", "re-dhmc-obgyn-interview-date-confirmed", "dhmc-obgyn", "scheduled", oc,
          "RE: Dartmouth OB/GYN Residency Interview Invitation", cf, irt=m1, idates=[od[1]],
          cal=ics("dhmc-obgyn-20261201-cszabo", at(od[1], "08:00"), 300, "DHMC OB/GYN Residency Interview (Virtual)",
                  "Zoom", "Virtual interview day", organizer=oc, mode="tzid",
                  prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"))
    me("2026-12-01 15:37", "sent-thank-you-dhmc-obgyn", "dhmc-obgyn", "info",
       [("Chantal Beaulieu", oc[1])], "Thank you - DHMC OB/GYN interview",
       "Hi Chantal,\n\nThank you for organizing such a smooth day, and would you please pass my thanks along to "
       "Dr. Lindgren and the residents? The discussion about caring for patients who drive two hours for prenatal "
       "visits was one of the most thoughtful conversations I've had this season.\n\nBest,\nCamille")


def mainehealth():
    prog = "MaineHealth Maine Medical Center - General Surgery Residency"
    d = [D("2026-11-13"), D("2026-12-02"), D("2027-01-08")]
    url = "https://www.interviewbroker.com/applicant/campaign/mmc-gs-cat-2027"
    ib("2026-10-16 11:30", "interview-broker-invitation-maine-medical-general-surgery", "mmc-surg", "invitation",
       prog, "Interview Invitation: MaineHealth Maine Medical Center General Surgery",
       ["The General Surgery Residency at MaineHealth Maine Medical Center (formerly Maine Medical Center) in "
        "Portland, Maine would like to invite you to interview for a categorical PGY-1 position.",
        "Use the button below to choose an interview date. Each date has a limited number of spots, so please "
        "respond within 48 hours. All interviews are virtual; an optional in-person visit for matched-interest "
        "applicants is offered in February."],
       rows=[("Campaign", "General Surgery - Categorical 2026-27"),
             ("Dates", " | ".join(abbr(x) for x in d)), ("Reply window", "48 hours")],
       btn=(url, "Select Date"), idates=d, deadline="2026-10-18")
    ib("2026-10-16 11:52", "interview-broker-confirmation-maine-medical", "mmc-surg", "scheduled", prog,
       f"Confirmed: {long(d[0])} - MaineHealth Maine Medical Center General Surgery",
       ["Your interview is confirmed. A calendar invitation is attached. Zoom details will be e-mailed by the "
        "program before your interview day."],
       rows=[("Date", long(d[0])), ("Check-in", "7:30 AM Eastern"), ("Format", "Virtual")], idates=[d[0]],
       cal=ics("ib-mmc-gs-2027-88412", at(d[0], "07:30"), 330, "Interview: MaineHealth Maine Medical Center GS",
               "Virtual", "General Surgery - Categorical", mode="utc", prodid="-//Interview Broker//EN"))
    c = ("Nason, Kristen", "kristen.nason@mainehealth.org")
    t = f"""Hi Camille,

Almost here! Your Zoom room for Friday is below; please sign on by 7:30.
https://mainehealth.zoom.us/j/95550773419?pwd=R2VuU3VyZ0ludg

Dr. Caruso was thrilled to see your name on the list. He still talks about how you handled the night the trauma pager
wouldn't stop during your acting internship with us in August. He won't be one of your interviewers (conflict of
interest rules), but he'll pop into the residents' session to say hello.

Kristen

Kristen Nason
Program Coordinator, General Surgery Residency
MaineHealth Maine Medical Center | 22 Bramhall Street, Portland, ME 04102"""
    coord("2026-11-11 16:05", "mmc-surgery-zoom-link-friday", "mmc-surg", "reminder", c,
          "Zoom link for Friday's interview", t, idates=[d[0]], must=["acting internship"])
    me("2026-11-13 18:20", "sent-thank-you-mmc-surgery", "mmc-surg", "info",
       [("Kristen Nason", c[1])], "Thank you - General Surgery interview",
       "Hi Kristen,\n\nThank you for a great day, and please thank Dr. Caruso for stopping by. It was fun to be on "
       "the other side of the screen from people I scrubbed with in August. Portland remains near the top of my "
       "list.\n\nAll the best,\nCamille")


def build():
    uvm()
    dartmouth()
    mainehealth()
