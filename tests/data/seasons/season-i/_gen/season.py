# -*- coding: utf-8 -*-
# Season content.  Executed by generate.py (shares its namespace).

# ============================================================ NORTHWELL: NS-LIJ EM
program("nsuh-lij-em", "North Shore University Hospital/Long Island Jewish Medical Center", "Emergency Medicine", True, "completed")
NS_COORD = "Danielle Ferraro-Osei <dferraroosei@northwell.edu>"
NS_SIG = """Danielle Ferraro-Osei
Residency Program Coordinator | Emergency Medicine
North Shore University Hospital & Long Island Jewish Medical Center
Donald and Barbara Zucker School of Medicine at Hofstra/Northwell
300 Community Drive, Manhasset, NY 11030
T (516) 555-0143"""
NS_PROG = "Zucker School of Medicine at Hofstra/Northwell – North Shore University Hospital/Long Island Jewish Medical Center – Emergency Medicine"
t, h, l = thalamus_invite(NS_PROG, "Emergency Medicine", ["2026-11-04", "2026-11-18", "2026-12-09"],
    "Friday, October 23, 2026 at 11:59 PM EDT", "nsuh-inv",
    note="We are thrilled to invite you to interview with the NS-LIJ Emergency Medicine Residency. All interviews are virtual. "
         "Please note that this is ONE program that trains at two hospitals (North Shore in Manhasset and LIJ in New Hyde Park). - Danielle")
add("nsuh-lij-em", "thalamus-invitation", "2026-10-20 10:02", TH, "Interview Invitation from Zucker School of Medicine at Hofstra/Northwell", t, h,
    date_tz=UTC, names=["North Shore University Hospital/Long Island Jewish Medical Center"], domain="thalamusgme.com")
t, h, l = thalamus_scheduled(NS_PROG, "Emergency Medicine", "2026-11-18", "8:30 AM – 1:00 PM EST", "nsuh-sch")
add("nsuh-lij-em", "thalamus-scheduled", "2026-10-20 10:31", TH, "Interview Scheduled – Emergency Medicine", t, h, date_tz=UTC,
    names=["North Shore University Hospital/Long Island Jewish Medical Center"], dates=["2026-11-18"])
zoom = "https://northwell.zoom.us/j/93482716550?pwd=Tk5hR3JmQ2xVdzVqM1Z6cFNOTT09"
t = f"""Dear Applicant,

We are so excited to host you on {long("2026-11-18")} for your virtual interview with the North Shore-LIJ Emergency Medicine Residency!

Schedule (all times Eastern):
  8:30 AM   Welcome from Dr. Paul Lindqvist, Program Director
  9:00 AM   Program overview: North Shore University Hospital (Manhasset) and LIJ Medical Center (New Hyde Park)
  9:45 AM   Faculty interviews (3 x 15 minutes, breakout rooms)
 11:30 AM   Resident panel and virtual tour of the LIJ and Cohen Children’s EDs
 12:45 PM   Closing remarks

Zoom link (same link all day):
{zoom}
Meeting ID: 934 8271 6550   Passcode: NSLIJem26

Optional resident happy hour (virtual, casual): the evening before, {long("2026-11-17")}, 7:00 PM. Our chiefs will send that link separately.

Please test your connection ahead of time and keep a phone number handy in case of technical difficulty.

Warm regards,

{NS_SIG}"""
add("nsuh-lij-em", "northwell-em-interview-day", "2026-11-16 14:12", NS_COORD,
    "NS-LIJ EM Interview Day Details – Wednesday 11/18", t, text_to_html(t),
    names=["North Shore-LIJ Emergency Medicine"], dates=["2026-11-18"])
ty = f"""Dear Dr. Lindqvist and Ms. Ferraro-Osei,

Thank you so much for a wonderful interview day yesterday. I especially enjoyed the resident panel and hearing how residents split their time between the North Shore and LIJ departments. The program's emphasis on ultrasound and the Cohen Children's pediatric EM experience are exactly what I am looking for.

Thank you again for your time, and I hope to see you again soon.

Best,
Tessa Villanueva
OMS-IV, NYIT College of Osteopathic Medicine
AAMC ID {AAMC_ID}"""
add("nsuh-lij-em", "sent-thank-you-nslij", "2026-11-19 08:47", APP, "Thank you – NS-LIJ Emergency Medicine interview", ty,
    to=f"Paul Lindqvist <plindqvist@northwell.edu>", cc=NS_COORD, enc="7bit", names=["North Shore"], domain="mail.gmail.com")

# ============================================================ NORTHWELL: Lenox Hill EM
program("lenoxhill-em", "Lenox Hill Hospital", "Emergency Medicine", True, "completed")
LH_COORD = "Lenox Hill EM Residency <LHHEMResidency@northwell.edu>"
LH_SIG = """Marisol Quiñones-Abadi
Residency Coordinator, Department of Emergency Medicine
Lenox Hill Hospital | Northwell Health
100 East 77th Street, New York, NY 10075
lhhemresidency@northwell.edu"""
cal = "https://calendly.com/lenoxhill-em-residency/virtual-interview-day"
t = f"""Dear Tessa,

On behalf of Dr. Renée Okonkwo-Baird, Program Director, and the entire residency family, congratulations! We are delighted to invite you to interview with the Emergency Medicine Residency Program at Lenox Hill Hospital for the 2027 Match.

Our interview days are virtual and will be held on:
  • {long("2026-12-02")}
  • {long("2026-12-16")}

Please schedule your interview through Calendly within 72 hours:
{cal}

Your ResidencyCAS status will be updated once you have chosen a date. If none of the dates work for you, please reply to this email and we will do our best to accommodate.

Our program is part of Northwell Health and the Zucker School of Medicine at Hofstra/Northwell, but we are a distinct residency from the North Shore/LIJ program, with our own Manhattan-based faculty and curriculum.

We look forward to meeting you!

{LH_SIG}"""
add("lenoxhill-em", "lenox-hill-em-invitation", "2026-10-27 16:05", LH_COORD,
    "Lenox Hill Hospital Emergency Medicine – Interview Invitation 2026–2027", t, text_to_html(t),
    names=["Lenox Hill Hospital", "Emergency Medicine Residency Program at Lenox Hill Hospital"])
ics_lh = ics("lhhem-20261216-tv@calendly.com", "Lenox Hill EM Residency Virtual Interview Day", "2026-12-16 08:00", "2026-12-16 13:00",
             location="Zoom (link to follow)", description="Lenox Hill Hospital Emergency Medicine Residency – virtual interview day. Event scheduled via Calendly.",
             organizer=("Lenox Hill EM Residency", "lhhemresidency@northwell.edu"), tzid=False, stamp="20261027T211900Z")
t = f"""Hi Tessa Villanueva,

A new event has been scheduled.

Event Type:
Lenox Hill EM Residency – Virtual Interview Day

Invitee:
Tessa Villanueva

Invitee Email:
{APP_EMAIL}

Event Date/Time:
08:00am - 01:00pm (Eastern Time - US & Canada)  {long("2026-12-16")}

Location:
This is a Zoom web conference. The Zoom link will be emailed by the program a few days before your interview.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{token("lh-cancel", 22)}
Reschedule: https://calendly.com/reschedulings/{token("lh-resch", 22)}

Powered by Calendly.com"""
add("lenoxhill-em", "calendly-confirmed", "2026-10-27 17:19", "Calendly <notifications@calendly.com>",
    "Confirmed: Lenox Hill EM Residency – Virtual Interview Day with Lenox Hill EM Residency on Wednesday, December 16, 2026",
    t, text_to_html(t), date_tz=UTC, ics_att=("invite.ics", ics_lh), names=["Lenox Hill"], dates=["2026-12-16"])
zoom = "https://northwell.zoom.us/j/97120055431?pwd=bExIRU12MjAyNg"
t = f"""Good afternoon!

We can't wait to meet you this {dow("2026-12-16")}! Below you will find everything you need for Lenox Hill EM's interview day on {long("2026-12-16")}.

Zoom: {zoom}
Passcode: LHHEM

  8:00  Breakfast chat with the chiefs (bring your coffee!)
  8:30  Welcome – Dr. Renée Okonkwo-Baird, PD
  9:15  Interviews with faculty (Dr. Okonkwo-Baird, Dr. Jaime Ostrowski, Dr. Ama Fenwick)
 11:00  Virtual tour: Lenox Hill ED, Northwell Health-GoHealth urgent care, and the Lenox Health Greenwich Village free-standing ED
 12:15  Q&A with residents

A reminder that this interview is for the Lenox Hill Hospital program (Manhattan). Some of you are also interviewing at our sister programs at North Shore/LIJ and Staten Island – we promise we won't be offended if you mention them!

See you soon,
Marisol

{LH_SIG}"""
add("lenoxhill-em", "lenox-hill-em-see-you-wednesday", "2026-12-14 13:40", LH_COORD,
    "See you Wednesday! Lenox Hill EM Interview Day \U0001F3E5", t, text_to_html(t), enc="base64",
    names=["Lenox Hill Hospital"], dates=["2026-12-16"])

# ============================================================ NORTHWELL: SIUH EM (waitlist -> release)
program("siuh-em", "Staten Island University Hospital", "Emergency Medicine", False, "rejected")
SI_FROM = "SIUH Emergency Medicine Residency <siuh-emresidency@northwell.edu>"
SI_SIG = """Kevin Abernathy-Soto, MBA
Program Manager, Emergency Medicine Residency
Staten Island University Hospital – Northwell Health
475 Seaview Avenue, Staten Island, NY 10305"""
t = f"""Dear Ms. Villanueva,

Thank you for your interest in the Emergency Medicine Residency at Staten Island University Hospital (Zucker School of Medicine at Hofstra/Northwell at Staten Island University Hospital Program, ACGME #1103521115).

We received a record number of applications this year. At this time we are unable to extend an interview invitation, but we were impressed with your application and have placed you on our interview waitlist. Should an interview slot become available, we will contact you by email with an invitation to schedule.

No action is required on your part. We wish you the best of luck during this interview season.

Sincerely,

{SI_SIG}"""
add("siuh-em", "siuh-em-waitlist", "2026-10-29 12:30", SI_FROM, "SIUH Emergency Medicine – Application Update", t,
    names=["Staten Island University Hospital"], enc="7bit")
t = f"""Dear Applicant,

Our 2026–2027 interview season has now concluded. We are writing to let everyone on our waitlist know that we will not be able to offer additional interview invitations this year, and we are releasing our waitlist.

Thank you for considering Staten Island University Hospital Emergency Medicine. We know how much work goes into an application, and we wish you every success in the Match.

{SI_SIG}"""
add("siuh-em", "siuh-em-waitlist-release", "2027-01-15 09:05", SI_FROM, "SIUH EM Residency – Waitlist Update", t, text_to_html(t),
    to="undisclosed-recipients:;", names=["Staten Island University Hospital"])

# ============================================================ NORTHWELL: Glen Cove FM (ERAS)
program("glencove-fm", "Glen Cove Hospital", "Family Medicine", True, "completed")
GC_PROG = "Zucker School of Medicine at Hofstra/Northwell at Glen Cove Hospital Program"
t, l = eras_invite(GC_PROG, "1203521181", "Family Medicine", ["2026-11-05", "2026-11-12", "2026-12-03"], "gc-inv",
                   "Tuesday, October 13, 2026",
                   note="Congratulations! Interviews are in person at Glen Cove Hospital, 101 St. Andrews Lane, Glen Cove, NY 11542. "
                        "A resident dinner is held the evening before each interview day.")
add("glencove-fm", "eras-invitation", "2026-10-06 11:14", ER, "ERAS Interview Invitation", t, enc="7bit" if t.isascii() else "quoted-printable",
    names=[GC_PROG, "Glen Cove Hospital"])
t, l = eras_scheduled(GC_PROG, "1203521181", "Family Medicine", "2026-11-12", "8:00 AM - 2:00 PM ET")
add("glencove-fm", "eras-scheduled", "2026-10-06 21:48", ER, "ERAS Interview Scheduled", t, names=[GC_PROG], dates=["2026-11-12"])
GC_FROM = "Bernadette O’Leary-Nash <boleary2@northwell.edu>"
t = f"""Hi Tessa,

We're looking forward to your in-person interview with Northwell Family Medicine at Glen Cove on {long("2026-11-12")}.

A few logistics:

• Dinner with residents: {long("2026-11-11")} at 6:30 PM, The View Grill, 111 Lattingtown Road, Glen Cove. Partners welcome!
• Lodging: if you are traveling from outside Long Island, we have a courtesy block at the Glen Cove Mansion for the nights of November 11 and 12 (mention "Northwell FM").
• Interview day: please arrive at 7:45 AM at the main entrance, 101 Saint Andrews Lane. Parking is free in Lot B. We will finish by 2:00 PM.
• Dress: business attire; comfortable shoes for the tour of the hospital and the Family Medicine Center.

Our residents start July 1, 2027 with a four-week orientation; Match Day is Friday, March 19, 2027.

Please let me know of any dietary restrictions for dinner.

All the best,
Bernadette

Bernadette O'Leary-Nash
Program Coordinator
Family Medicine Residency Program
Glen Cove Hospital – Northwell Health
101 St. Andrews Lane, Glen Cove, NY 11542
(516) 555-0178"""
html = text_to_html(t).replace("Glen Cove Hospital – Northwell Health", "<b>Glen Cove Hospital – Northwell Health</b>")
add("glencove-fm", "glen-cove-fm-logistics", "2026-11-09 10:22", GC_FROM, "Glen Cove FM interview – Thursday logistics + resident dinner", t, html,
    names=["Glen Cove Hospital"], dates=["2026-11-12"])
GC_LOG = t
t = gmail_reply("""Hi Bernadette,

No dietary restrictions for me, thank you! I'll see everyone at dinner on Wednesday.

Best,
Tessa""", when("2026-11-09 10:22"), "Bernadette O'Leary-Nash", "boleary2@northwell.edu", GC_LOG)
add("glencove-fm", "sent-re-glen-cove-logistics", "2026-11-09 12:03", APP,
    "Re: Glen Cove FM interview – Thursday logistics + resident dinner", t, to=GC_FROM, irt="glen-cove-fm-logistics",
    names=["Glen Cove"], dates=["2026-11-12"], domain="mail.gmail.com")

# ============================================================ NORTHWELL: South Shore (formerly Southside) FM -> declined
program("southshore-fm", "South Shore University Hospital", "Family Medicine", True, "declined")
t, h, l = ib_invite("Northwell Health - Southside Hospital Family Medicine Residency",
                    ["2026-11-06", "2026-11-20", "2026-12-04"], "ss-inv", "October 21, 2026",
                    note="Congratulations! We are pleased to invite you to interview for the Family Medicine Residency at "
                         "South Shore University Hospital in Bay Shore, NY. Interviews are virtual via Zoom.")
add("southshore-fm", "interviewbroker-invitation", "2026-10-14 13:00", IB,
    "Interview Invitation: Northwell Health - Southside Hospital Family Medicine Residency", t, h, date_tz=UTC,
    names=["Southside Hospital Family Medicine Residency", "South Shore University Hospital"])
SS_COORD = "Tamika Wojcik <twojcik@northwell.edu>"
t = f"""Dear Ms. Wojcik,

Thank you very much for the invitation to interview with the Family Medicine Residency at South Shore University Hospital. After a great deal of thought, I have decided to respectfully decline the invitation so that another applicant may have the opportunity to interview.

I truly appreciate your consideration and wish the program a successful season.

Sincerely,
Tessa Villanueva
AAMC ID {AAMC_ID}"""
add("southshore-fm", "sent-decline-south-shore-fm", "2026-10-19 19:26", APP, "Interview invitation – South Shore University Hospital Family Medicine",
    t, to=SS_COORD, enc="7bit", names=["South Shore University Hospital"], domain="mail.gmail.com")
t = f"""Dear Tessa,

Thank you for letting us know, and for doing so promptly - it allows us to offer the spot to another applicant. I have removed your invitation in Interview Broker, so you will not receive further reminders from us.

We wish you all the best this interview season and in the Match!

Kind regards,

Tamika Wojcik
Residency Coordinator
Family Medicine Residency Program
Southside Hospital | Northwell Health
301 East Main Street, Bay Shore, NY 11706

{outlook_header(when("2026-10-19 19:26"), "Tessa Villanueva <" + APP_EMAIL + ">", "Tamika Wojcik <twojcik@northwell.edu>", "Interview invitation – South Shore University Hospital Family Medicine")}

Dear Ms. Wojcik,

Thank you very much for the invitation to interview with the Family Medicine Residency at South Shore University Hospital. After a great deal of thought, I have decided to respectfully decline the invitation so that another applicant may have the opportunity to interview."""
add("southshore-fm", "re-decline-south-shore-fm", "2026-10-20 08:41", SS_COORD,
    "RE: Interview invitation – South Shore University Hospital Family Medicine", t, text_to_html(t, "font-family:Calibri,sans-serif;font-size:11pt"),
    irt="sent-decline-south-shore-fm", names=["South Shore University Hospital", "Southside Hospital"])

# ============================================================ MOUNT SINAI: main campus EM (ResidencyCAS)
program("sinai-em", "The Mount Sinai Hospital", "Emergency Medicine", True, "completed")
MS_PROG = "Icahn School of Medicine at Mount Sinai Program"
t, h, l = rcas_invite(f"{MS_PROG} (1103531061)", ["2026-11-19", "2026-12-03", "2027-01-14"], "ms-inv",
                      "October 24, 2026 11:59 PM ET",
                      note="Thank you for applying to the Mount Sinai Emergency Medicine Residency at The Mount Sinai Hospital. "
                           "All interviews are virtual. We look forward to getting to know you!")
add("sinai-em", "residencycas-invitation", "2026-10-21 12:00", RC, "You have a new interview invitation", t, h,
    names=[MS_PROG, "The Mount Sinai Hospital"], domain="liaisoncas.com")
t, h, l = rcas_scheduled(f"{MS_PROG} (1103531061)", "2026-12-03", "9:00 AM - 2:00 PM Eastern")
add("sinai-em", "residencycas-scheduled", "2026-10-21 12:09", RC, "Interview Confirmation", t, h, names=[MS_PROG], dates=["2026-12-03"],
    domain="liaisoncas.com")
MS_COORD = "Mount Sinai EM Residency <em.residency@mountsinai.org>"
zoom = "https://mssm.zoom.us/j/91847720315?pwd=U2luYWlFTTIwMjZJbnRlcnZpZXc"
t = f"""Dear Tessa,

We are excited to host you for your virtual interview on {long("2026-12-03")}!

Your day (ET):
  9:00 AM  Welcome and Program Overview – Dr. Simone Achterberg-Diallo, Program Director
  9:45 AM  Interviews (4 × 15 min)
 11:15 AM  "Day in the life" – resident-led tour of The Mount Sinai Hospital ED, plus our sites at Mount Sinai Queens and Elmhurst
 12:30 PM  Lunch with residents (Uber Eats voucher code to follow)
  1:30 PM  Wrap-up

Join Zoom: {zoom}

Pre-interview social: {long("2026-12-02")}, 7 PM ET, hosted by our PGY-2s (same Zoom link).

A note on names: you are interviewing with the Mount Sinai Hospital program (Department of Emergency Medicine, Icahn School of Medicine at Mount Sinai). Mount Sinai Morningside/West and Elmhurst have separate residencies with their own interview days.

Warmly,

Jocelyn Park-Whitaker
Program Coordinator | Emergency Medicine Residency
Icahn School of Medicine at Mount Sinai
One Gustave L. Levy Place, Box 1620 | New York, NY 10029
em.residency@mountsinai.org"""
add("sinai-em", "mount-sinai-em-interview-day", "2026-11-30 15:31", MS_COORD,
    "Mount Sinai EM – Your Virtual Interview Day, Thursday 12/3", t, text_to_html(t), enc="base64",
    names=["Icahn School of Medicine at Mount Sinai", "The Mount Sinai Hospital"], dates=["2026-12-03"])
t = """Dear Applicant,

Thank you for interviewing with us yesterday. It was a pleasure to get to know you, and we hope you enjoyed meeting our residents as much as they enjoyed meeting you.

Per NRMP and CORD guidelines, we will not be sending individual post-interview communication, and we do not expect any from you. Please don't hesitate to email the program with any questions.

If you'd like to see the department in person, we host an optional open house on Friday, January 29, 2027. This is not part of the evaluation process.

With best wishes,
Simone Achterberg-Diallo, MD, MPH
Program Director, Emergency Medicine Residency
Icahn School of Medicine at Mount Sinai"""
add("sinai-em", "mount-sinai-em-thank-you", "2026-12-04 17:02", MS_COORD, "Thank you from Mount Sinai Emergency Medicine", t,
    text_to_html(t), names=["Icahn School of Medicine at Mount Sinai"])

# ============================================================ MOUNT SINAI: Morningside/West EM (waitlisted)
program("morningside-em", "Mount Sinai Morningside and Mount Sinai West", "Emergency Medicine", False, "waitlisted")
t = """Hello Tessa,

Thank you for your application. After careful review, the program below has placed you on its interview waitlist. You will be notified through Thalamus if an interview date becomes available.

Program: Mount Sinai Morningside-West – Emergency Medicine Residency
Specialty: Emergency Medicine
Status: Waitlisted

Message from the program:
We received many outstanding applications and interview spots are limited. Being on our waitlist means we would love to interview you should an interview invitation become available. Please keep your notification settings on.

The Thalamus Team

""" + TH_FOOT
add("morningside-em", "thalamus-waitlist", "2026-11-05 18:44", TH, "Interview Waitlist Notification", t, text_to_html(t), date_tz=UTC,
    names=["Mount Sinai Morningside-West"])
MW_FROM = "Oluwaseun Brandt <oluwaseun.brandt@mountsinai.org>"
t = f"""Dear Ms. Villanueva,

I wanted to reach out personally to the applicants on our waitlist. Our interview season runs through January 22, and we continue to fill cancellations from the waitlist as they come up. You remain on our list, and we will reach out immediately if a date opens.

Please let us know if you are no longer interested so we can update our list.

Best regards,

Oluwaseun Brandt
Residency Program Administrator
Emergency Medicine Residency – Mount Sinai Morningside and Mount Sinai West
(formerly Mount Sinai St. Luke’s – Mount Sinai West; before that, Saint Luke's-Roosevelt Hospital Center)
1111 Amsterdam Avenue, New York, NY 10025"""
add("morningside-em", "morningside-west-em-waitlist-update", "2027-01-12 11:15", MW_FROM,
    "Mount Sinai Morningside & West EM – waitlist update", t, text_to_html(t, "font-family:Calibri,sans-serif;font-size:11pt"),
    names=["Mount Sinai Morningside and Mount Sinai West"])

# ============================================================ MOUNT SINAI SOUTH NASSAU FM
program("southnassau-fm", "Mount Sinai South Nassau", "Family Medicine", True, "completed")
SN_FROM = "Gianna Lombardi <glombardi@snch.org>"
SN_SIG = """Gianna Lombardi
Residency Program Coordinator, Family Medicine
Mount Sinai South Nassau
One Healthy Way, Oceanside, NY 11572
Tel: 516-555-0129 | Fax: 516-555-0130"""
sug = "https://www.signupgenius.com/go/10C0E4CA9AB2CA7FD0-snfm2027"
t = f"""Dear Tessa,

Congratulations! On behalf of our Program Director, Dr. Howard Kemper-Ruiz, it is my pleasure to invite you to interview for a PGY-1 position in the Mount Sinai South Nassau Family Medicine Residency Program (ERAS Program ID 1203512117).

Our virtual interview dates are:
{bullets(["2026-11-05", "2026-11-19", "2026-12-10"])}

Please sign up for ONE date using SignUpGenius within 5 days:
{sug}

Each interview day begins at 8:30 AM and ends around 1:00 PM. A virtual meet-and-greet with our residents is held the afternoon before each interview date.

We look forward to meeting you!

{SN_SIG}"""
add("southnassau-fm", "south-nassau-fm-invitation", "2026-10-13 09:27", SN_FROM,
    "Interview Invitation – Mount Sinai South Nassau Family Medicine Residency", t, text_to_html(t),
    names=["Mount Sinai South Nassau"])
SN_INV = t
t = gmail_reply("""Dear Ms. Lombardi,

Thank you so much for the invitation! I signed up on SignUpGenius for Thursday, November 19. I look forward to meeting everyone.

Best regards,
Tessa Villanueva""", when("2026-10-13 09:27"), "Gianna Lombardi", "glombardi@snch.org", SN_INV)
add("southnassau-fm", "sent-re-south-nassau-invitation", "2026-10-13 20:12", APP,
    "Re: Interview Invitation – Mount Sinai South Nassau Family Medicine Residency", t, to=SN_FROM, irt="south-nassau-fm-invitation",
    names=["Mount Sinai South Nassau"], dates=["2026-11-19"], domain="mail.gmail.com")
t = f"""Hi Tessa,

You're all set for {long("2026-11-19")}. A calendar invitation with the Zoom link will follow a few days before.

(And yes – our email addresses still say snch.org from our South Nassau Communities Hospital days. It's us!)

Gianna

{SN_SIG}"""
add("southnassau-fm", "re-south-nassau-confirmed", "2026-10-14 08:55", SN_FROM,
    "RE: Interview Invitation – Mount Sinai South Nassau Family Medicine Residency",
    outlook_reply(t, when("2026-10-13 20:12"), f"Tessa Villanueva <{APP_EMAIL}>", "Gianna Lombardi <glombardi@snch.org>",
                  "Re: Interview Invitation – Mount Sinai South Nassau Family Medicine Residency",
                  "Dear Ms. Lombardi,\n\nThank you so much for the invitation! I signed up on SignUpGenius for Thursday, November 19. I look forward to meeting everyone."),
    irt="sent-re-south-nassau-invitation", names=["South Nassau Communities Hospital", "Mount Sinai South Nassau"], dates=["2026-11-19"])
zoom = "https://snch.zoom.us/j/86620931475?pwd=U05GTTIwMjdJbnRlcnZpZXc"
ics_sn = ics("040000008200E00074C5B7101A82E00800000000SNFM1119", "Mount Sinai South Nassau FM Residency – Virtual Interview",
             "2026-11-19 08:30", "2026-11-19 13:00", location=zoom,
             description=f"Join Zoom Meeting {zoom}  Meeting ID: 866 2093 1475", organizer=("Gianna Lombardi", "glombardi@snch.org"),
             stamp="20261116T150000Z")
t = f"""Hello Tessa,

Please find attached the calendar invitation for your interview on {long("2026-11-19")}, 8:30 AM – 1:00 PM.

Zoom: {zoom}

Resident meet-and-greet: {long("2026-11-18")}, 4:30 PM (same link).

{SN_SIG}"""
add("southnassau-fm", "south-nassau-fm-calendar", "2026-11-16 10:00", SN_FROM,
    "Mount Sinai South Nassau FM Residency – Virtual Interview", t, ics_inline=ics_sn,
    names=["Mount Sinai South Nassau"], dates=["2026-11-19"])
t = f"""Dear Tessa,

Thank you for interviewing with the Mount Sinai South Nassau Family Medicine Residency last week. We enjoyed getting to know you!

We would love to welcome you for an optional in-person second look on Saturday, January 23, 2027, 10:00 AM – 1:00 PM, including a tour of our Oceanside campus and the Family Medicine Center in Hempstead. Second looks are optional and have no bearing on our rank list. RSVP here: https://forms.office.com/r/SnFm2ndLook27

Warm regards,
Howard Kemper-Ruiz, MD, FAAFP
Program Director, Family Medicine Residency
Mount Sinai South Nassau"""
add("southnassau-fm", "south-nassau-fm-thank-you-second-look", "2026-11-24 13:45", SN_FROM,
    "Thank you + optional second look – South Nassau Family Medicine", t, text_to_html(t), names=["Mount Sinai South Nassau"])

# ============================================================ Institute for Family Health / Mount Sinai FM (rejected, ERAS no subject)
program("ifh-harlem-fm", "Institute for Family Health", "Family Medicine", False, "rejected")
t = f"""Message from: Icahn School of Medicine at Mount Sinai/Institute for Family Health (Harlem) Program - Family Medicine (1203531226)

Dear Applicant,

Thank you for your interest in the Mount Sinai/Institute for Family Health Harlem Residency in Family Medicine. We have completed our review of applications, and we regret that we are unable to offer you an interview this season.

We wish you the best of luck in the Match.

The Harlem Residency in Family Medicine
The Institute for Family Health | 1824 Madison Avenue, New York, NY 10035

--
{ER_FOOT}"""
add("ifh-harlem-fm", "eras-post-office-message", "2026-11-10 16:20", "ERAS Post Office <myeras-noreply@aamc.org>", "", t, enc="7bit",
    names=["Institute for Family Health"])

# ============================================================ NYU Grossman (Bellevue/Tisch) EM (rejected)
program("nyu-em", "NYU Langone Tisch Hospital / Bellevue Hospital Center", "Emergency Medicine", False, "rejected")
t = """Dear Tessa Villanueva,

Thank you for your application to the NYU Grossman School of Medicine/Bellevue Emergency Medicine Residency. We appreciate the time and effort you put into your application.

We received more than 1,400 applications for 16 positions. After careful consideration, we regret that we are unable to offer you an interview this year.

We wish you the very best in your career.

Sincerely,
The Residency Leadership Team
Ronald O. Perelman Department of Emergency Medicine
NYU Langone Tisch Hospital / Bellevue Hospital Center
462 First Avenue, New York, NY 10016"""
add("nyu-em", "nyu-bellevue-em-decision", "2026-12-08 17:30", "NYU/Bellevue EM Residency <bellevue.emresidency@nyulangone.org>",
    "NYU Grossman/Bellevue Emergency Medicine – Application Status", t, text_to_html(t),
    names=["NYU Langone Tisch Hospital / Bellevue Hospital Center"])

# ============================================================ NYU Langone Hospital—Brooklyn EM (Interview Broker)
program("nyu-brooklyn-em", "NYU Langone Hospital—Brooklyn", "Emergency Medicine", True, "completed")
ORG = "NYU Langone Hospital - Brooklyn (NYU Lutheran) Emergency Medicine Residency"
t, h, l = ib_invite(ORG, ["2026-11-10", "2026-12-01", "2027-01-05"], "nyub-inv", "October 27, 2026",
                    note="We are delighted to invite you to interview with our Emergency Medicine Residency at NYU Langone Hospital—Brooklyn in Sunset Park.")
add("nyu-brooklyn-em", "interviewbroker-invitation", "2026-10-23 14:00", IB, f"{ORG}: Interview Invitation", t, h, date_tz=UTC,
    names=["NYU Langone Hospital - Brooklyn (NYU Lutheran)", "NYU Langone Hospital—Brooklyn"])
zoom = "https://nyulangone.zoom.us/j/95512034877"
t, h, l = ib_confirm(ORG, "2026-11-10", "8:00 AM - 12:30 PM EST", "nyub-conf",
                     extra=f"Location: Virtual (Zoom)\nZoom: {zoom}\n")
add("nyu-brooklyn-em", "interviewbroker-confirmation", "2026-10-23 14:26", IB, f"Interview Confirmed - {ORG}", t, h, date_tz=UTC,
    names=["NYU Langone Hospital - Brooklyn"], dates=["2026-11-10"])
NYB_FROM = "Rosalind Tavares <rosalind.tavares@nyulangone.org>"
t = f"""Hi Tessa,

Just a quick reminder that your interview with NYU Langone Brooklyn Emergency Medicine is tomorrow, {long("2026-11-10")}, starting at 8:00 AM. The Zoom link is in your Interview Broker confirmation ({zoom}).

A heads-up that trips people up every year: we are the Brooklyn program (the former Lutheran Medical Center at 150 55th Street, now NYU Langone Hospital—Brooklyn). We are a separate residency from the Ronald O. Perelman Department of Emergency Medicine program at Tisch/Bellevue in Manhattan and from NYU Langone Hospital—Long Island in Mineola, so you will see different faculty and a different schedule.

Looking forward to it!

Rosalind Tavares
Program Coordinator, Emergency Medicine Residency
NYU Langone Hospital—Brooklyn
150 55th Street, Brooklyn, NY 11220"""
add("nyu-brooklyn-em", "nyu-brooklyn-em-reminder", "2026-11-09 15:10", NYB_FROM, "Tomorrow: NYU Langone–Brooklyn EM interview", t,
    text_to_html(t), names=["NYU Langone Hospital—Brooklyn"], dates=["2026-11-10"])
t = f"""Dear Dr. Haddad-Lowry,

Thank you for taking the time to speak with me during Tuesday's interview. I loved hearing about the Sunset Park community and the way residents at NYU Langone Brooklyn get real ownership of their patients from intern year.

I hope to have the chance to train with you.

Warm regards,
Tessa Villanueva"""
add("nyu-brooklyn-em", "sent-thank-you-nyu-brooklyn", "2026-11-12 07:58", APP, "Thank you - NYU Langone Brooklyn EM", t,
    to="Nadim Haddad-Lowry <nadim.haddad-lowry@nyulangone.org>", enc="7bit", names=["NYU Langone Brooklyn"], domain="mail.gmail.com")

# ============================================================ NYU Langone Hospital—Long Island EM (rescheduled)
program("nyu-li-em", "NYU Langone Hospital—Long Island", "Emergency Medicine", True, "completed")
NLI_PROG = "NYU Langone Hospital – Long Island (Mineola) – Emergency Medicine Residency"
t, h, l = thalamus_invite(NLI_PROG, "Emergency Medicine", ["2026-11-17", "2026-12-01", "2026-12-15"],
                          "Thursday, October 29, 2026 at 5:00 PM EDT", "nli-inv",
                          note="Congratulations from NYU Long Island Emergency Medicine (formerly NYU Winthrop)! Our virtual interview days include a meet-the-residents session.")
add("nyu-li-em", "thalamus-invitation", "2026-10-26 11:20", TH, "You have a new interview invitation", t, h, date_tz=UTC,
    names=[NLI_PROG, "NYU Winthrop"])
t, h, l = thalamus_scheduled(NLI_PROG, "Emergency Medicine", "2026-12-01", "8:00 AM – 1:00 PM EST", "nli-sch")
add("nyu-li-em", "thalamus-scheduled", "2026-10-26 11:52", TH, "Interview Scheduled", t, h, date_tz=UTC, names=[NLI_PROG], dates=["2026-12-01"])
t = f"""Hello Tessa,

The program has changed the date of your interview.

Program: {NLI_PROG}
Previous date: {long("2026-12-01")}
New date: {long("2026-12-15")}
Time: 8:00 AM – 1:00 PM EST
Interview Type: Virtual

If the new date does not work for you, please contact the program directly.
{th_link("nli-res", "itinerary")}

The Thalamus Team

{TH_FOOT}"""
add("nyu-li-em", "thalamus-date-changed", "2026-11-20 14:02", TH, "Interview Date Changed", t, text_to_html(t), date_tz=UTC,
    names=[NLI_PROG], dates=["2026-12-15"])
NLI_FROM = "Kayleigh Brennan-Oduya <kayleigh.brennan-oduya@nyulangone.org>"
t = f"""Dear Tessa,

I'm sorry for the change! Our department has an unexpected site visit on December 1, so we moved everyone from that interview day to {long("2026-12-15")}. Same time, same format. If the 15th doesn't work, reply and I'll find you another option.

Best,
Kayleigh

Kayleigh Brennan-Oduya
Residency Coordinator | Department of Emergency Medicine
NYU Langone Hospital—Long Island
NYU Grossman Long Island School of Medicine
259 First Street, Mineola, NY 11501"""
add("nyu-li-em", "nyu-li-em-reschedule-note", "2026-11-20 14:40", NLI_FROM, "NYU Long Island EM – interview moved to 12/15", t,
    text_to_html(t), names=["NYU Langone Hospital—Long Island"], dates=["2026-12-15"])
t = """Dear Tessa,

Thank you for spending the day with us yesterday. We know the date change was an inconvenience and appreciate your flexibility.

If you have any questions as you build your rank list, please don't hesitate to reach out.

Best wishes,
Yolanda Fitzgerald-Amari, MD
Program Director, Emergency Medicine Residency
NYU Langone Hospital—Long Island (formerly NYU Winthrop Hospital)"""
add("nyu-li-em", "nyu-li-em-thank-you", "2026-12-16 18:20", "Yolanda Fitzgerald-Amari <yolanda.fitzgerald-amari@nyulangone.org>",
    "Thank you – NYU Long Island Emergency Medicine", t, names=["NYU Langone Hospital—Long Island"])

# ============================================================ NYU Langone Hospital—Brooklyn FM (Family Health Centers)
program("nyu-fhc-fm", "NYU Langone Hospital—Brooklyn", "Family Medicine", True, "completed")
NYF_PROG = "NYU Langone Hospital-Brooklyn Program"
t, l = eras_invite(NYF_PROG, "1203511093", "Family Medicine", ["2026-11-10", "2026-11-24", "2026-12-08"], "nyf-inv",
                   "Friday, October 23, 2026",
                   note="Family Health Centers at NYU Langone – Family Medicine Residency. Interviews are virtual (Microsoft Teams).")
add("nyu-fhc-fm", "eras-invitation", "2026-10-16 12:07", ER, "ERAS Interview Invitation", t, names=[NYF_PROG, "Family Health Centers at NYU Langone"])
t, l = eras_scheduled(NYF_PROG, "1203511093", "Family Medicine", "2026-11-24", "9:00 AM - 1:30 PM ET")
add("nyu-fhc-fm", "eras-scheduled", "2026-10-17 09:33", ER, "ERAS Interview Scheduled", t, names=[NYF_PROG], dates=["2026-11-24"])
teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmFtbWVkTllVMjAyNg%40thread.v2/0?context=%7b%22Tid%22%3a%22nyulmc%22%7d"
t = f"""Good morning Tessa,

We look forward to seeing you tomorrow, {long("2026-11-24")}, for your interview with the NYU Langone Family Medicine Residency at Family Health Centers at NYU Langone (Sunset Park, Brooklyn).

Join on Microsoft Teams:
{teams}
Meeting ID: 283 114 559 902  Passcode: Fm9kT2

Please note: some applicants have both our Family Medicine interview and the NYU Langone Hospital—Brooklyn Emergency Medicine interview. Those are separate programs and separate days.

Thank you,

Lorena Castillo-Betancourt
Residency Program Manager, Family Medicine
Family Health Centers at NYU Langone
5800 Third Avenue, Brooklyn, NY 11220"""
add("nyu-fhc-fm", "nyu-fhc-fm-teams-link", "2026-11-23 08:15", "Lorena Castillo-Betancourt <lorena.castillo-betancourt@nyulangone.org>",
    "NYU Langone Family Medicine – Interview tomorrow (Teams link)", t, text_to_html(t, "font-family:Segoe UI,sans-serif;font-size:10.5pt"),
    names=["Family Health Centers at NYU Langone", "NYU Langone Hospital—Brooklyn"], dates=["2026-11-24"])

# ============================================================ SUNY Downstate EM (Kings County) and FM
program("downstate-em", "SUNY Downstate Health Sciences University", "Emergency Medicine", True, "completed")
DS_FROM = "Downstate/Kings EM Residency <emresidency@downstate.edu>"
form = "https://forms.gle/Dk4xQm7uRzL2sVbE8"
t = f"""Dear Tessa Villanueva,

Congratulations! The Emergency Medicine Residency at SUNY Downstate Health Sciences University and NYC Health + Hospitals/Kings County would like to invite you to interview.

Please select your preferred date using this Google Form by Monday, November 2:
{form}

Available dates:
{bullets(["2026-11-17", "2026-12-08", "2027-01-12"])}

All interview days are virtual. Our program is listed as "SUNY Health Science Center at Brooklyn Program" (ACGME 1103521052) in ResidencyCAS and NRMP – that is us!

Sincerely,
Angela Baptiste-Moreau
Residency Coordinator
Department of Emergency Medicine
SUNY Downstate Health Sciences University | Kings County Hospital
450 Clarkson Avenue, MSC 1228, Brooklyn, NY 11203"""
add("downstate-em", "downstate-kings-em-invitation", "2026-10-28 13:02", DS_FROM, "Downstate/Kings County EM: Interview Invitation", t, text_to_html(t),
    names=["SUNY Downstate Health Sciences University", "SUNY Health Science Center at Brooklyn Program", "Kings County"])
ics_ds = ics("dsk-em-1208-villanueva@downstate.edu", "Interview – Emergency Medicine Residency, SUNY Downstate/Kings County",
             "2026-12-08 08:00", "2026-12-08 12:30", location="https://downstate.zoom.us/j/98127733010",
             description="Virtual interview day. Emergency Medicine Residency – SUNY Downstate Health Sciences University / NYC Health + Hospitals/Kings County.",
             organizer=("Angela Baptiste-Moreau", "emresidency@downstate.edu"), stamp="20261030T190500Z")
t = """Dear Tessa,

Thank you for submitting your date preference. Your interview is confirmed - please see the attached calendar invitation for the date, time and Zoom link.

Sincerely,
Angela Baptiste-Moreau
Residency Coordinator, Emergency Medicine
SUNY Downstate Health Sciences University"""
add("downstate-em", "downstate-em-confirmation-ics", "2026-10-30 15:05", DS_FROM, "Interview Confirmation – Downstate EM", t,
    ics_att=("Downstate_EM_Interview.ics", ics_ds), enc="7bit", names=["SUNY Downstate Health Sciences University"], dates=["2026-12-08"])
t = """Dear Tessa,

On behalf of our faculty and residents, thank you for interviewing with the Emergency Medicine Residency at SUNY Downstate and Kings County yesterday.

We will host an optional in-person open house at Kings County Hospital (451 Clarkson Avenue, Building T) on Friday, January 22, 2027. No RSVP is required; it does not affect ranking.

Be well,
Dr. Marcus Oyelaran-Whitfield
Program Director, Emergency Medicine
SUNY Downstate Health Sciences University / NYC Health + Hospitals/Kings County"""
add("downstate-em", "downstate-em-thank-you", "2026-12-09 16:48", DS_FROM, "Thank you from Downstate/Kings EM", t, text_to_html(t),
    names=["SUNY Downstate Health Sciences University"])

program("downstate-fm", "SUNY Downstate Health Sciences University", "Family Medicine", False, "rejected")
t = """Dear Applicant,

Thank you for applying to the Family Medicine Residency Program at SUNY Downstate Health Sciences University (SUNY Health Science Center at Brooklyn Program, ERAS 1203521044).

We regret to inform you that we are unable to offer you an interview invitation for the 2027 Match. This decision reflects the very large number of qualified applicants rather than any shortcoming in your application.

We wish you success in your career.

Department of Family Medicine
SUNY Downstate Health Sciences University
450 Clarkson Avenue, Brooklyn, NY 11203"""
add("downstate-fm", "downstate-fm-decision", "2026-11-24 16:30", "Downstate Family Medicine <familymedicine.residency@downstate.edu>",
    "Family Medicine Residency – Application Decision", t, names=["SUNY Downstate Health Sciences University"], enc="7bit")

# ============================================================ NYC H+H / Jacobi EM
program("jacobi-em", "NYC Health + Hospitals/Jacobi", "Emergency Medicine", True, "completed")
JC_PROG = "NYC Health + Hospitals/Jacobi | North Central Bronx – Emergency Medicine (Albert Einstein College of Medicine)"
t, h, l = thalamus_invite(JC_PROG, "Emergency Medicine", ["2026-11-17", "2026-12-02", "2027-01-06"],
                          "Monday, October 26, 2026 at 12:00 PM EDT", "jc-inv",
                          note="Welcome from the Jacobi/NCB EM family! Interviews are virtual.")
add("jacobi-em", "thalamus-invitation", "2026-10-22 16:00", TH, "New Interview Invitation", t, h, date_tz=UTC,
    names=["NYC Health + Hospitals/Jacobi"])
t, h, l = thalamus_scheduled(JC_PROG, "Emergency Medicine", "2026-11-17", "9:00 AM – 2:00 PM EST", "jc-sch")
add("jacobi-em", "thalamus-scheduled", "2026-10-23 07:41", TH, "Interview Scheduled", t, h, date_tz=UTC,
    names=["NYC Health + Hospitals/Jacobi"], dates=["2026-11-17"])
zoom = "https://einsteinmed.zoom.us/j/81230098775"
t = f"""Hey Tessa!

The residents of Jacobi and North Central Bronx EM are SO excited to host you next week! 🎉

Your interview is on {long("2026-11-17")}. The night before ({long("2026-11-16")}, 7:30 PM) we're doing a virtual trivia night – bring your best Bronx knowledge (there will be a City Island question, there always is).

Interview day Zoom: {zoom}

See you soon,
Priya Desrosiers, MD & Caleb Amundsen, MD
Chief Residents, Emergency Medicine
Jacobi Medical Center / North Central Bronx Hospital
1400 Pelham Parkway South, Bronx, NY 10461"""
add("jacobi-em", "jacobi-em-chiefs-social", "2026-11-10 20:15", "Jacobi EM Chiefs <jacobiemchiefs@gmail.com>",
    "Jacobi/NCB EM – see you next Tuesday! 🎉", t, text_to_html(t), enc="base64",
    names=["Jacobi Medical Center / North Central Bronx Hospital"], dates=["2026-11-17"], domain="mail.gmail.com")

# ============================================================ NYC H+H / Elmhurst EM (Mount Sinai affiliate)
program("elmhurst-em", "NYC Health + Hospitals/Elmhurst", "Emergency Medicine", True, "completed")
EL_PROG = "Icahn School of Medicine at Mount Sinai/NYC Health + Hospitals/Elmhurst Program"
t, h, l = rcas_invite(f"{EL_PROG} (1103531199)", ["2026-12-11", "2027-01-12", "2027-01-21"], "el-inv", "November 9, 2026 11:59 PM ET",
                      note="Elmhurst EM – Queens' busiest ED. Please note this program is distinct from the Mount Sinai Hospital (Manhattan) EM residency.")
add("elmhurst-em", "residencycas-invitation", "2026-11-04 12:00", RC, "You have a new interview invitation", t, h,
    names=[EL_PROG], domain="liaisoncas.com")
t, h, l = rcas_scheduled(f"{EL_PROG} (1103531199)", "2027-01-12", "8:30 AM - 1:00 PM Eastern")
add("elmhurst-em", "residencycas-scheduled", "2026-11-04 22:17", RC, "Interview Confirmation", t, h, names=[EL_PROG], dates=["2027-01-12"],
    domain="liaisoncas.com")
zoom = "https://mssm.zoom.us/j/97310442018?pwd=RWxtaHVyc3RFTTI3"
t = f"""Dear Tessa,

Happy New Year! We look forward to meeting you virtually on {long("2027-01-12")} for your Elmhurst Emergency Medicine interview.

Zoom: {zoom}
Check-in opens at 8:15 AM.

Our residents train at NYC Health + Hospitals/Elmhurst and Queens Hospital Center, with an elective month at The Mount Sinai Hospital. We are part of the Icahn School of Medicine at Mount Sinai GME community but interview and match separately.

Best,
Wen-Li Harrington
Residency Coordinator, Emergency Medicine
NYC Health + Hospitals/Elmhurst
79-01 Broadway, Elmhurst, NY 11373"""
add("elmhurst-em", "elmhurst-em-zoom-link", "2027-01-08 10:48", "Wen-Li Harrington <harringw1@nychhc.org>",
    "Elmhurst EM Interview – Tuesday 1/12 Zoom link", t, text_to_html(t), names=["NYC Health + Hospitals/Elmhurst"], dates=["2027-01-12"])

# ============================================================ NYC H+H / Lincoln EM (scheduled, then applicant withdrew)
program("lincoln-em", "NYC Health + Hospitals/Lincoln", "Emergency Medicine", True, "declined")
LN_ORG = "NYC Health + Hospitals/Lincoln - Emergency Medicine Residency"
t, h, l = ib_invite(LN_ORG, ["2026-11-19", "2026-12-10", "2027-01-14"], "ln-inv", "November 4, 2026",
                    note="Lincoln Medical and Mental Health Center in the South Bronx – affiliated with Weill Cornell Medicine. We look forward to meeting you!")
add("lincoln-em", "interviewbroker-invitation", "2026-10-30 18:00", IB, f"Interview Invitation - {LN_ORG}", t, h, date_tz=UTC,
    names=["NYC Health + Hospitals/Lincoln"])
t, h, l = ib_confirm(LN_ORG, "2026-12-10", "8:00 AM - 12:00 PM EST", "ln-conf", extra="Location: Virtual (link will be emailed by the program)\n")
add("lincoln-em", "interviewbroker-confirmation", "2026-10-30 19:12", IB, f"Interview Confirmed - {LN_ORG}", t, h, date_tz=UTC,
    names=["NYC Health + Hospitals/Lincoln"], dates=["2026-12-10"])
LN_COORD = "Sharice Montalvo <montalvs@nychhc.org>"
LN_SENT = f"""Dear Ms. Montalvo,

I am writing to let you know that I have decided to withdraw from my interview on {long("2026-12-10")} with the Lincoln Emergency Medicine Residency. I have also cancelled in Interview Broker. I'm grateful for the invitation and hope the slot can go to another applicant.

Thank you for your understanding.

Sincerely,
Tessa Villanueva
AAMC ID {AAMC_ID}"""
add("lincoln-em", "sent-withdraw-lincoln-em", "2026-12-01 21:03", APP, "Interview withdrawal – Tessa Villanueva (12/10)", LN_SENT, to=LN_COORD,
    names=["Lincoln Emergency Medicine Residency"], dates=["2026-12-10"], domain="mail.gmail.com")
t = f"""Dear Tessa Villanueva,

Your interview with {LN_ORG} on {long("2026-12-10")} has been cancelled at your request.

{IB_FOOT}"""
add("lincoln-em", "interviewbroker-cancellation", "2026-12-01 21:05", IB, f"Interview Cancelled - {LN_ORG}", t, text_to_html(t), date_tz=UTC,
    names=["NYC Health + Hospitals/Lincoln"], dates=["2026-12-10"])
t = outlook_reply("""Hi Tessa,

Thank you for the notice – we have released your slot. Best of luck with the rest of your interviews!

Sharice Montalvo
Residency Program Coordinator, Department of Emergency Medicine
NYC Health + Hospitals/Lincoln
234 East 149th Street, Bronx, NY 10451""", when("2026-12-01 21:03"), f"Tessa Villanueva <{APP_EMAIL}>", "Montalvo, Sharice <montalvs@nychhc.org>",
                  "Interview withdrawal – Tessa Villanueva (12/10)", LN_SENT)
add("lincoln-em", "re-lincoln-withdrawal", "2026-12-02 09:12", "\"Montalvo, Sharice\" <montalvs@nychhc.org>",
    "RE: Interview withdrawal – Tessa Villanueva (12/10)", t, text_to_html(t, "font-family:Calibri,sans-serif;font-size:11pt"),
    irt="sent-withdraw-lincoln-em", names=["NYC Health + Hospitals/Lincoln"])

# ============================================================ Stony Brook EM
program("stonybrook-em", "Stony Brook University Hospital", "Emergency Medicine", True, "completed")
SB_PROG = "Stony Brook University Hospital – Emergency Medicine"
t, h, l = thalamus_invite(SB_PROG, "Emergency Medicine", ["2026-11-06", "2026-11-20", "2026-12-04"],
                          "Thursday, October 22, 2026 at 11:59 PM EDT", "sb-inv",
                          note="Congratulations from Stony Brook Emergency Medicine! Please schedule promptly; interview days fill quickly.")
add("stonybrook-em", "thalamus-invitation", "2026-10-19 13:00", TH, "Interview Invitation – Stony Brook University Hospital", t, h,
    date_tz=UTC, names=[SB_PROG])
SB_INV_TEXT = t
t, h, l = thalamus_scheduled(SB_PROG, "Emergency Medicine", "2026-11-06", "8:00 AM – 1:30 PM EST", "sb-sch")
add("stonybrook-em", "thalamus-scheduled", "2026-10-19 13:07", TH, "Interview Scheduled", t, h, date_tz=UTC, names=[SB_PROG], dates=["2026-11-06"])
zoom = "https://stonybrook.zoom.us/j/93377120045"
t = f"""Dear Interviewee,

Thank you for your interest in Stony Brook Emergency Medicine! Your virtual interview is this {dow("2026-11-06")}, {md("2026-11-06")}.

Itinerary:
  7:45 AM  Log in / tech check
  8:00 AM  Welcome – Program Director
  8:30 AM  Interviews (PD, APD, faculty)
 10:30 AM  Resident panel
 11:30 AM  Virtual tour: Stony Brook University Hospital Adult ED, Stony Brook Children's, and our community EM rotation at Stony Brook Southampton Hospital
  1:30 PM  Conclude

Zoom: {zoom}

Renaissance School of Medicine at Stony Brook University
Department of Emergency Medicine – Residency Program Office
101 Nicolls Road, HSC Level 4, Stony Brook, NY 11794
Jacqueline Morrow-Tsai, Residency Coordinator"""
add("stonybrook-em", "stony-brook-em-itinerary", "2026-11-03 11:00", "Jacqueline Morrow-Tsai <jacqueline.morrow-tsai@stonybrookmedicine.edu>",
    "Stony Brook EM Interview Itinerary – Friday 11/6", t, text_to_html(t), names=["Stony Brook University Hospital"], dates=["2026-11-06"])

# ============================================================ Stony Brook Southampton FM (waitlist -> release)
program("southampton-fm", "Stony Brook Southampton Hospital", "Family Medicine", False, "rejected")
SH_FROM = "Stony Brook Southampton FM Residency <sbsh.fmresidency@stonybrookmedicine.edu>"
t = """Dear Tessa,

Thank you for applying to the Stony Brook Medicine Family Medicine Residency at Southampton Hospital (Stony Brook Medicine/Southampton Hospital Program, ERAS 1203521355).

We have reviewed your application with great interest. Although we cannot offer you an interview invitation at this time, we have placed you on our alternate list. If a spot opens, we will contact you by email.

Warm regards,
Noreen Callahan-Ybarra
Residency Coordinator, Family Medicine
Stony Brook Southampton Hospital
240 Meeting House Lane, Southampton, NY 11968"""
add("southampton-fm", "southampton-fm-alternate-list", "2026-11-02 15:40", SH_FROM,
    "Stony Brook Southampton Family Medicine – Interview Status", t, text_to_html(t), names=["Stony Brook Southampton Hospital"])
t = """Dear Applicant,

Our interview season for the Stony Brook Medicine Family Medicine Residency at Southampton has ended, and all interview dates are now full. We are therefore releasing our alternate list and will not be able to offer further interviews this cycle.

We truly appreciate your interest in practicing family medicine on the East End and wish you the best in the Match.

Noreen Callahan-Ybarra
Stony Brook Southampton Hospital – Family Medicine Residency"""
add("southampton-fm", "southampton-fm-alternate-release", "2027-01-26 10:30", SH_FROM,
    "Southampton FM – alternate list update", t, to="undisclosed-recipients:;", names=["Stony Brook Southampton Hospital"], enc="7bit")

# ============================================================ Nassau University Medical Center EM (rejected)
program("numc-em", "Nassau University Medical Center", "Emergency Medicine", False, "rejected")
t = """Dear Tessa Villanueva,

Thank you for applying to the Emergency Medicine Residency Program at Nassau University Medical Center (NuHealth), East Meadow, New York.

Unfortunately, we are unable to offer you an interview at this time. We appreciate your interest and wish you the best of luck.

Sincerely,
EM Residency Program
Nassau University Medical Center
2201 Hempstead Turnpike, East Meadow, NY 11554"""
add("numc-em", "numc-em-decision", "2026-11-16 17:04", "NUMC Emergency Medicine <emresidency@numc.edu>",
    "Application Status – NUMC Emergency Medicine", t, names=["Nassau University Medical Center"], enc="7bit")

# ============================================================ HACKENSACK MERIDIAN: Hackensack UMC EM
program("hackensack-em", "Hackensack University Medical Center", "Emergency Medicine", True, "completed")
HK_PROG = "Hackensack University Medical Center Program"
t, h, l = rcas_invite(f"{HK_PROG} (1103311120)", ["2026-11-23", "2026-12-07", "2027-01-11"], "hk-inv", "October 25, 2026 11:59 PM ET")
add("hackensack-em", "residencycas-invitation", "2026-10-20 16:30", RC, "You have a new interview invitation", t, h,
    names=[HK_PROG], domain="liaisoncas.com")
t, h, l = rcas_scheduled(f"{HK_PROG} (1103311120)", "2026-11-23", "8:00 AM - 1:00 PM Eastern")
add("hackensack-em", "residencycas-scheduled", "2026-10-21 06:55", RC, "Interview Confirmation", t, h, names=[HK_PROG], dates=["2026-11-23"],
    domain="liaisoncas.com")
zoom = "https://hmhn.zoom.us/j/94410028871?pwd=SFVNQ0VNMjAyNw"
t = f"""Dear Tessa,

We are excited to host you for your Hackensack University Medical Center Emergency Medicine interview on {long("2026-11-23")}.

• Zoom: {zoom}
• Social: Sunday, November 22 at 6:00 PM – a virtual "meet the residents" hour (same link)
• Please have your camera on and a quiet space; the day ends around 1:00 PM.

Our residents train primarily at HUMC in Hackensack, with community rotations elsewhere in the Hackensack Meridian Health network. Please note that JFK University Medical Center (Edison) and Jersey Shore University Medical Center (Neptune) run their own, separate EM residencies.

Kind regards,

Brianna Kostopoulos
Program Coordinator | Emergency Medicine Residency
Hackensack University Medical Center | Hackensack Meridian Health
Hackensack Meridian School of Medicine
30 Prospect Avenue, Hackensack, NJ 07601"""
add("hackensack-em", "hackensack-em-logistics", "2026-11-19 09:30", '"Kostopoulos, Brianna" <brianna.kostopoulos@hmhn.org>',
    "HUMC Emergency Medicine – interview day logistics", t, text_to_html(t, "font-family:Calibri,sans-serif;font-size:11pt"),
    names=["Hackensack University Medical Center"], dates=["2026-11-23"])

# ============================================================ HMH JFK University Medical Center EM
program("jfk-em", "JFK University Medical Center", "Emergency Medicine", True, "completed")
JF_FROM = "JFK UMC Graduate Medical Education <jfk.gme@hmhn.org>"
q = "https://hmhn.az1.qualtrics.com/jfe/form/SV_3KxJfkEm27Dates"
t = f"""Dear Tessa,

Congratulations! On behalf of the Emergency Medicine Residency at JFK University Medical Center (Hackensack Meridian Health, Edison, NJ), I am pleased to invite you to interview for the class starting July 1, 2027.

Please indicate your date preference using the Qualtrics form below. Dates are assigned in the order responses are received.
{q}

Virtual interview dates:
{bullets(["2026-11-20", "2026-12-04", "2026-12-18"])}

We look forward to meeting you.

Dr. Stanislav Ruiz-Hellman
Program Director, Emergency Medicine
HMH JFK University Medical Center
65 James Street, Edison, NJ 08820"""
add("jfk-em", "jfk-em-invitation", "2026-10-29 11:45", JF_FROM, "JFK University Medical Center EM – Invitation to Interview", t, enc="7bit",
    names=["JFK University Medical Center"])
ics_jf = ics("jfkem-20261204-0001@hmhn.org", "JFK UMC Emergency Medicine Residency Interview (Virtual)", "2026-12-04 08:30", "2026-12-04 13:00",
             location="Microsoft Teams Meeting", description="JFK University Medical Center Emergency Medicine residency interview. Teams link will be sent 48 hours prior.",
             organizer=("JFK Emergency Medicine Residency", "jfkemresidency@hmhn.org"), stamp="20261102T164000Z")
t = f"""Dear Tessa,

Thank you for completing the date form. You are confirmed for {long("2026-12-04")}, 8:30 AM – 1:00 PM EST. A calendar invitation is attached.

Best,
Imani Sorensen
Residency Coordinator, Emergency Medicine
JFK University Medical Center (formerly JFK Medical Center) | Hackensack Meridian Health"""
add("jfk-em", "jfk-em-confirmation", "2026-11-02 11:40", "Imani Sorensen <imani.sorensen@hmhn.org>", "JFK EM Interview Confirmation – 12/4", t,
    text_to_html(t), ics_att=("JFK_EM_Interview.ics", ics_jf), names=["JFK University Medical Center"], dates=["2026-12-04"])
t = """Dear Tessa,

Thank you for interviewing with JFK Emergency Medicine on Friday. We hope you enjoyed the day.

We host an optional in-person second look on Saturday, January 16, 2027 at 10:00 AM (65 James Street, Edison). Attendance is entirely optional and will not affect your ranking. RSVP: https://forms.office.com/r/JfkEm2ndLook

Warmly,
Imani Sorensen
JFK University Medical Center – Emergency Medicine Residency"""
add("jfk-em", "jfk-em-thank-you-second-look", "2026-12-07 14:10", "Imani Sorensen <imani.sorensen@hmhn.org>",
    "Thank you – JFK EM (optional second look 1/16)", t, names=["JFK University Medical Center"])

# ============================================================ HMH Jersey Shore University Medical Center EM (rejected)
program("jsumc-em", "Jersey Shore University Medical Center", "Emergency Medicine", False, "rejected")
t = """Dear Applicant,

Thank you for your interest in the Emergency Medicine Residency at Hackensack Meridian Health Jersey Shore University Medical Center. We had an exceptional applicant pool this year.

After careful consideration, we are unable to offer you an interview invitation. We wish you every success in the Match.

Sincerely,
Emergency Medicine Residency Program
Jersey Shore University Medical Center
1945 Route 33, Neptune, NJ 07753"""
add("jsumc-em", "jersey-shore-em-decision", "2026-11-12 13:15", "JSUMC EM Residency <jsumc.emresidency@hmhn.org>",
    "Jersey Shore University Medical Center Emergency Medicine", t, text_to_html(t), names=["Jersey Shore University Medical Center"])

# ============================================================ HMH JFK Family Medicine (invited, not answered at as_of)
program("jfk-fm", "JFK University Medical Center", "Family Medicine", True, "invited")
JFM_PROG = "JFK University Medical Center (Hackensack Meridian Health) – Family Medicine Residency, Edison NJ"
t, h, l = thalamus_invite(JFM_PROG, "Family Medicine", ["2027-02-17", "2027-02-24"], "Monday, February 8, 2027 at 11:59 PM EST", "jfm-inv",
                          note="We have opened two additional interview days and are pleased to invite you. Interviews are virtual.")
add("jfk-fm", "thalamus-invitation", "2027-02-03 15:30", TH, "You have been invited to interview", t, h, date_tz=UTC, names=[JFM_PROG])
t = """Hi Tessa,

This is Dolores from the JFK Family Medicine Residency in Edison (writing from our GME office mailbox). Just making sure you saw our invitation in Thalamus - we still have spots on both February dates. Let me know if you have any trouble logging in.

Dolores Iwasaki-Grant
Program Coordinator, Family Medicine Residency
JFK University Medical Center | Hackensack Meridian Health
65 James Street, Edison, NJ 08820"""
add("jfk-fm", "jfk-fm-invitation-followup", "2027-02-05 09:20", JF_FROM,
    "JFK Family Medicine – interview invitation", t, names=["JFK University Medical Center"], enc="7bit")

# ============================================================ RWJBarnabas: Newark Beth Israel EM (waitlisted)
program("nbi-em", "Newark Beth Israel Medical Center", "Emergency Medicine", False, "waitlisted")
t = f"""Dear Tessa Villanueva,

Newark Beth Israel Medical Center Program (1103321201) has placed you on its interview waitlist.

If an interview date becomes available, the program will send you an interview invitation through ResidencyCAS. You can view the status of your application in the Interviews tab:
https://residencycas.cas.myliaison.com/applicant-ux/#/interviews

{RC_FOOT}"""
add("nbi-em", "residencycas-waitlist", "2026-11-09 12:00", RC, "Interview Waitlist Update", t, text_to_html(t), names=["Newark Beth Israel Medical Center"],
    domain="liaisoncas.com")
t = """Hi Tessa,

Thank you for your continued interest in Newark Beth Israel Emergency Medicine (RWJBarnabas Health). We wanted to let our waitlisted applicants know that we are still actively pulling from the waitlist as cancellations occur, through our last interview day on January 20. You remain on the list.

Regards,
Felicia Ocampo-Strand
Residency Coordinator, Department of Emergency Medicine
Newark Beth Israel Medical Center | RWJBarnabas Health
201 Lyons Avenue, Newark, NJ 07112"""
add("nbi-em", "nbi-em-waitlist-still-active", "2026-12-14 12:12", "Felicia Ocampo-Strand <felicia.ocampo-strand@rwjbh.org>",
    "NBI EM – waitlist status", t, names=["Newark Beth Israel"])

# ============================================================ RWJBarnabas: RWJUH EM (coordinator email + Thalamus)
program("rwjuh-em", "Robert Wood Johnson University Hospital", "Emergency Medicine", True, "completed")
RW_PROG = "Rutgers Robert Wood Johnson Medical School/Robert Wood Johnson University Hospital – Emergency Medicine"
link = th_link("rw-inv")
t = f"""Dear Tessa,

Congratulations! The Emergency Medicine Residency at Rutgers Robert Wood Johnson Medical School and Robert Wood Johnson University Hospital (New Brunswick, NJ) is pleased to invite you to interview.

We schedule through Thalamus. Please use the link below to choose one of our virtual interview dates (November 13, December 11 or January 8) within 72 hours:
{link}

Sincerely,
The RWJ EM Residency Leadership
Department of Emergency Medicine, Rutgers RWJMS
1 Robert Wood Johnson Place, MEB 104, New Brunswick, NJ 08901"""
add("rwjuh-em", "rwj-em-invitation", "2026-10-23 10:05", "RWJ EM Residency <rwjem.residency@rwjms.rutgers.edu>",
    "Interview Invitation – RWJ Emergency Medicine", t, text_to_html(t), names=["Robert Wood Johnson University Hospital"])
t, h, l = thalamus_scheduled(RW_PROG, "Emergency Medicine", "2026-11-13", "8:00 AM – 12:30 PM EST", "rw-sch")
add("rwjuh-em", "thalamus-scheduled", "2026-10-23 12:44", TH, "Interview Scheduled", t, h, date_tz=UTC, names=[RW_PROG], dates=["2026-11-13"])
zoom = "https://rutgers.zoom.us/j/92055171824"
t = f"""Hello Tessa,

This is a reminder that your interview is coming up in 2 days.

Program: {RW_PROG}
Date: {long("2026-11-13")}
Time: 8:00 AM – 12:30 PM EST
Virtual meeting link: {zoom}

We're excited to host you!

The Thalamus Team

{TH_FOOT}"""
add("rwjuh-em", "thalamus-reminder", "2026-11-11 13:00", TH, "Reminder: Upcoming Interview", t, text_to_html(t), date_tz=UTC,
    names=[RW_PROG], dates=["2026-11-13"])

# ============================================================ RWJBarnabas: Monmouth Medical Center EM (Interview Broker)
program("monmouth-em", "Monmouth Medical Center", "Emergency Medicine", True, "completed")
MM_ORG = "RWJBarnabas Health - Monmouth Medical Center Emergency Medicine"
t, h, l = ib_invite(MM_ORG, ["2026-12-09", "2027-01-08", "2027-01-15"], "mm-inv", "November 9, 2026")
add("monmouth-em", "interviewbroker-invitation", "2026-11-02 14:00", IB, f"Interview Invitation - {MM_ORG}", t, h, date_tz=UTC,
    names=["Monmouth Medical Center"])
t, h, l = ib_confirm(MM_ORG, "2027-01-08", "9:00 AM - 1:00 PM EST", "mm-conf", extra="Location: Virtual (Zoom)\n")
add("monmouth-em", "interviewbroker-confirmation", "2026-11-03 08:26", IB, f"Interview Confirmed - {MM_ORG}", t, h, date_tz=UTC,
    names=["Monmouth Medical Center"], dates=["2027-01-08"])
zoom = "https://rwjbh.zoom.us/j/96611830025"
t = f"""Hi Tessa,

We're excited to host you on {long("2027-01-08")}! Zoom: {zoom}

A little about life here: Monmouth Medical Center is in Long Branch, right on the Jersey Shore – our residents surf, run the boardwalk and still get to New York City in an hour by train. (Don't confuse us with Jersey Shore University Medical Center in Neptune – that's a different hospital and a different program, about 15 minutes south!)

See you Friday,
Alana Petrakis-Boone
Program Coordinator, Emergency Medicine Residency
Monmouth Medical Center | RWJBarnabas Health
300 Second Avenue, Long Branch, NJ 07740"""
add("monmouth-em", "monmouth-em-see-you-friday", "2027-01-06 11:35", "Alana Petrakis-Boone <alana.petrakis-boone@rwjbh.org>",
    "Monmouth EM – see you Friday! 🌊", t, text_to_html(t), enc="base64", names=["Monmouth Medical Center"], dates=["2027-01-08"])

# ============================================================ Rutgers RWJMS Family Medicine (rejected)
program("rwj-fm", "Rutgers Robert Wood Johnson Medical School", "Family Medicine", False, "rejected")
t = """Dear Ms. Villanueva:

Thank you for applying to the Rutgers Robert Wood Johnson Medical School Family Medicine Residency (Rutgers Robert Wood Johnson Medical School Program, ERAS 1203321079).

We have now filled our interview schedule and, with regret, are unable to invite you for an interview this season. We wish you the very best in the Match.

Department of Family Medicine and Community Health
Rutgers Robert Wood Johnson Medical School
1 World's Fair Drive, Somerset, NJ 08873"""
add("rwj-fm", "rutgers-rwj-fm-decision", "2026-12-03 15:20", "RWJMS Family Medicine Residency <fmresidency@rwjms.rutgers.edu>",
    "Rutgers RWJMS Family Medicine Residency - application update", t, names=["Rutgers Robert Wood Johnson Medical School"], enc="7bit")

# ============================================================ UF Gainesville EM
program("uf-em", "UF Health Shands Hospital", "Emergency Medicine", True, "completed")
UF_PROG = "University of Florida – Emergency Medicine Residency (Gainesville)"
t, h, l = thalamus_invite(UF_PROG, "Emergency Medicine", ["2026-11-13", "2026-12-11", "2027-01-15"],
                          "Friday, October 30, 2026 at 5:00 PM EDT", "uf-inv",
                          note="Greetings from Gainesville! We train at UF Health Shands Hospital, the region's Level I trauma center. Interviews are virtual.")
add("uf-em", "thalamus-invitation", "2026-10-26 17:00", TH, "New Interview Invitation", t, h, date_tz=UTC, names=[UF_PROG])
t, h, l = thalamus_scheduled(UF_PROG, "Emergency Medicine", "2026-12-11", "9:00 AM – 2:00 PM EST", "uf-sch")
add("uf-em", "thalamus-scheduled", "2026-10-27 08:03", TH, "Interview Scheduled", t, h, date_tz=UTC, names=[UF_PROG], dates=["2026-12-11"])
zoom = "https://ufl.zoom.us/j/97720033184"
t = f"""Hi Tessa,

We're looking forward to your interview on {long("2026-12-11")}! Here is the itinerary and Zoom link: {zoom}

 9:00  Welcome & Gator chomp 🐊
 9:20  Program overview – UF Health Shands Hospital, UF Health Shands Children's, Malcom Randall VA
10:00  Interviews
12:30  Resident lunch chat
 2:00  Done!

Please note: UF Health Jacksonville is a separate residency (UF College of Medicine – Jacksonville). If you're interviewing with both, please be sure you're on the right link!

Go Gators,
Shelby Nakamura-Pryce
Program Coordinator, Emergency Medicine Residency
University of Florida College of Medicine | UF Health Shands Hospital
1329 SW 16th Street, Gainesville, FL 32608"""
add("uf-em", "uf-em-itinerary", "2026-12-08 12:15", '"Nakamura-Pryce,Shelby" <snakamurapryce@ufl.edu>',
    "🐊 UF EM Interview – Friday, December 11", t, text_to_html(t), enc="base64", names=["UF Health Shands Hospital"], dates=["2026-12-11"])

# ============================================================ UF Health Jacksonville EM
program("ufjax-em", "UF Health Jacksonville", "Emergency Medicine", True, "completed")
UJ_PROG = "University of Florida College of Medicine Jacksonville Program"
t, h, l = rcas_invite(f"{UJ_PROG} (1101121046)", ["2026-12-03", "2026-12-17", "2027-01-07"], "uj-inv", "November 3, 2026 11:59 PM ET",
                      note="UF Health Jacksonville Emergency Medicine – a high-volume urban Level I trauma center on the First Coast.")
add("ufjax-em", "residencycas-invitation", "2026-10-30 12:00", RC, "You have a new interview invitation", t, h, names=[UJ_PROG, "UF Health Jacksonville"],
    domain="liaisoncas.com")
t, h, l = rcas_scheduled(f"{UJ_PROG} (1101121046)", "2026-12-17", "8:00 AM - 1:00 PM Eastern")
add("ufjax-em", "residencycas-scheduled", "2026-10-30 12:40", RC, "Interview Confirmation", t, h, names=[UJ_PROG], dates=["2026-12-17"],
    domain="liaisoncas.com")
zoom = "https://ufl.zoom.us/j/91188804427?pwd=VUZKYXhFTTI3"
t = f"""Good afternoon,

We're excited to host you on {long("2026-12-17")} for your virtual interview with UF Health Jacksonville Emergency Medicine. Zoom: {zoom}

Our faculty are University of Florida College of Medicine – Jacksonville faculty; our residents work at UF Health Jacksonville (655 West Eighth Street) and UF Health North.

Regards,
Demetrius Fairbanks
Residency Program Coordinator
Department of Emergency Medicine
UF College of Medicine – Jacksonville | UF Health Jacksonville"""
add("ufjax-em", "uf-jax-em-reminder", "2026-12-15 14:50", '"Fairbanks, Demetrius" <demetrius.fairbanks@jax.ufl.edu>',
    "UF Health Jacksonville EM – Interview Thursday", t, text_to_html(t, "font-family:Calibri,sans-serif;font-size:11pt"),
    names=["UF Health Jacksonville"], dates=["2026-12-17"])

# ============================================================ UF Gainesville FM (rejected)
program("uf-fm", "UF Health Shands Hospital", "Family Medicine", False, "rejected")
t = """Dear Applicant,

Thank you for your interest in the University of Florida Family Medicine Residency Program (University of Florida Program, ERAS 1201111061) in Gainesville. We regret to inform you that we will not be able to offer you an interview this year.

Best wishes,
UF Community Health and Family Medicine Residency
University of Florida College of Medicine | UF Health Shands Hospital
Gainesville, Florida"""
add("uf-fm", "uf-fm-decision", "2026-11-19 10:10", "UF Family Medicine Residency <fmresidency@ufl.edu>",
    "University of Florida Family Medicine Residency", t, names=["UF Health Shands Hospital", "University of Florida Program"], enc="7bit")

# ============================================================ UF Jacksonville FM (scheduled after as_of)
program("ufjax-fm", "UF Health Jacksonville", "Family Medicine", True, "scheduled")
cal = "https://calendly.com/ufjax-fmresidency/interview"
t = f"""Dear Tessa,

Thank you for applying to the Family Medicine Residency at UF College of Medicine – Jacksonville (University of Florida College of Medicine Jacksonville Program, ERAS 1201121077). We are pleased to invite you to interview!

We have added two final virtual interview dates:
{bullets(["2027-02-09", "2027-02-11"])}

Please book your interview with Calendly: {cal}

Sincerely,
Marguerite Delacroix-Hayes
Program Coordinator, Family Medicine Residency
UF Health Jacksonville
653-1 West Eighth Street, Jacksonville, FL 32209"""
add("ufjax-fm", "uf-jax-fm-invitation", "2027-01-19 14:22", "Marguerite Delacroix-Hayes <marguerite.delacroix-hayes@jax.ufl.edu>",
    "UF Jacksonville Family Medicine – Interview Invitation", t, text_to_html(t), names=["UF Health Jacksonville"])
ics_uj = ics("ufjaxfm-tv-20270211@calendly.com", "UF Jacksonville FM Residency Interview", "2027-02-11 08:30", "2027-02-11 12:30",
             location="Microsoft Teams", organizer=("UF Jacksonville FM Residency", "ufjaxfm@jax.ufl.edu"), tzid=False, stamp="20270120T012400Z")
t = f"""Hi Tessa Villanueva,

A new event has been scheduled.

Event Type:
UF Jacksonville FM Residency Interview

Invitee:
Tessa Villanueva

Event Date/Time:
08:30am - 12:30pm (Eastern Time - US & Canada)  {long("2027-02-11")}

Location:
Microsoft Teams (link sent by the program)

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{token("uj-cancel", 22)}
Reschedule: https://calendly.com/reschedulings/{token("uj-resch", 22)}

Powered by Calendly.com"""
add("ufjax-fm", "calendly-confirmed", "2027-01-19 20:24", "Calendly <notifications@calendly.com>",
    f"Confirmed: UF Jacksonville FM Residency Interview with UF Jacksonville FM Residency on {long('2027-02-11')}", t, text_to_html(t),
    date_tz=UTC, ics_att=("invite.ics", ics_uj), names=["UF Jacksonville FM"], dates=["2027-02-11"])
teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_VUZKYXhGTTIwMjc%40thread.v2/0"
t = f"""Dear Tessa,

We are excited to host you next week, {long("2027-02-11")}! Your Teams link: {teams}

The virtual "Meet the Residents" happy hour is {long("2027-02-10")} at 6:00 PM.

Marguerite Delacroix-Hayes
UF Health Jacksonville – Family Medicine Residency"""
add("ufjax-fm", "uf-jax-fm-next-week", "2027-02-04 16:05", "Marguerite Delacroix-Hayes <marguerite.delacroix-hayes@jax.ufl.edu>",
    "UF Jax FM – excited to host you next week", t, names=["UF Health Jacksonville"], dates=["2027-02-11"])

# ============================================================ USF / Tampa General EM (waitlist -> slot opened -> completed)
program("usf-em", "Tampa General Hospital", "Emergency Medicine", True, "completed")
US_PROG = "USF Health Morsani College of Medicine / Tampa General Hospital – Emergency Medicine"
t = f"""Hello Tessa,

Thank you for your application. After careful review, the program below has placed you on its interview waitlist. You will be notified through Thalamus if an interview date becomes available.

Program: {US_PROG}
Specialty: Emergency Medicine
Status: Waitlisted

Message from the program:
Thank you for your interest in USF EM! Our waitlist is pooled: when a date opens, every waitlisted applicant is notified at the same time and the first to accept receives the slot.

The Thalamus Team

{TH_FOOT}"""
add("usf-em", "thalamus-waitlist", "2026-11-06 19:30", TH, "Interview Waitlist Notification", t, text_to_html(t), date_tz=UTC, names=[US_PROG])
link = th_link("us-slot")
t = f"""Hello Tessa,

Good news – an interview slot has opened with a program that waitlisted you!

Program: {US_PROG}
Specialty: Emergency Medicine
Available date: {long("2027-01-13")}
Interview Type: Virtual

Slots opened from a waitlist are offered to multiple applicants and are filled on a first-come, first-served basis. Log in now to claim it:
{link}

The Thalamus Team

{TH_FOOT}"""
add("usf-em", "thalamus-slot-opened", "2027-01-04 13:15", TH, "Interview Slot Available!", t, text_to_html(t), date_tz=UTC,
    names=[US_PROG], dates=["2027-01-13"])
t, h, l = thalamus_scheduled(US_PROG, "Emergency Medicine", "2027-01-13", "8:30 AM – 1:00 PM EST", "us-sch")
add("usf-em", "thalamus-scheduled", "2027-01-04 13:17", TH, "Interview Scheduled", t, h, date_tz=UTC, names=[US_PROG], dates=["2027-01-13"])
t = """Dear Tessa,

Thank you for joining us on Wednesday, especially on short notice from our waitlist! We hope you got a feel for training at Tampa General Hospital, Florida's busiest academic ED, and for the USF Health Morsani College of Medicine community.

Best regards,
Rafael Etxeberria-Lund, MD
Program Director, Emergency Medicine Residency
University of South Florida Morsani College of Medicine / Tampa General Hospital
1 Tampa General Circle, Tampa, FL 33606"""
add("usf-em", "usf-tgh-em-thank-you", "2027-01-15 11:50", "Rafael Etxeberria-Lund <retxeberria@usf.edu>",
    "Thank you from USF/TGH Emergency Medicine", t, text_to_html(t), names=["Tampa General Hospital"])

# ============================================================ Orlando Health EM (ORMC)
program("orlando-em", "Orlando Regional Medical Center", "Emergency Medicine", True, "completed")
OH_FROM = "Orlando Health EM Residency <em.residency@orlandohealth.com>"
OH_INV = f"""Dear Tessa,

Congratulations! We are delighted to invite you to interview with the Orlando Health Emergency Medicine Residency Program (Orlando Health Program, ACGME 1101121011), based at Orlando Regional Medical Center (ORMC), Central Florida's only Level One Trauma Center.

Interview dates (virtual):
{bullets(["2026-11-16", "2026-12-14", "2027-01-11"])}

Please reply to this email with your first and second choice within 72 hours.

Important dates for the year ahead:
  • Optional in-person open house: Saturday, January 30, 2027
  • Match Day: Friday, March 19, 2027
  • Intern orientation begins: Thursday, June 24, 2027; residency starts July 1, 2027

Sincerely,
Krystal Ambrose-Delgado, C-TAGME
Residency Program Manager, Emergency Medicine
Orlando Health | Orlando Regional Medical Center
86 W. Underwood Street, Suite 200, Orlando, FL 32806"""
add("orlando-em", "orlando-health-em-invitation", "2026-10-21 15:20", OH_FROM, "Orlando Health EM Residency – Interview Invitation", OH_INV,
    text_to_html(OH_INV), names=["Orlando Regional Medical Center", "Orlando Health Program"])
OH_REPLY = """Dear Ms. Ambrose-Delgado,

Thank you so much for the invitation! My first choice would be Monday, December 14, and my second choice Monday, November 16.

Best regards,
Tessa Villanueva"""
add("orlando-em", "sent-re-orlando-health-invitation", "2026-10-21 18:02", APP, "Re: Orlando Health EM Residency – Interview Invitation",
    gmail_reply(OH_REPLY, when("2026-10-21 15:20"), "Orlando Health EM Residency", "em.residency@orlandohealth.com", OH_INV),
    to=OH_FROM, irt="orlando-health-em-invitation", names=["Orlando Health EM Residency"], dates=["2026-12-14"], domain="mail.gmail.com")
t = outlook_reply(f"""Hi Tessa,

You are confirmed for your first choice, {long("2026-12-14")}. The Zoom information will be sent the week before.

Krystal""", when("2026-10-21 18:02"), f"Tessa Villanueva <{APP_EMAIL}>", "Orlando Health EM Residency <em.residency@orlandohealth.com>",
                  "Re: Orlando Health EM Residency – Interview Invitation", OH_REPLY)
add("orlando-em", "re-orlando-health-confirmed", "2026-10-22 09:14", OH_FROM, "RE: Orlando Health EM Residency – Interview Invitation", t,
    text_to_html(t, "font-family:Calibri,sans-serif;font-size:11pt"), irt="sent-re-orlando-health-invitation",
    names=["Orlando Health EM Residency"], dates=["2026-12-14"])
zoom = "https://orlandohealth.zoom.us/j/98810026654"
t = f"""Hello Tessa,

We're excited to host you on {long("2026-12-14")}!

Zoom: {zoom}   Passcode: ORMC-EM

8:00 AM   Welcome, Dr. Nathaniel Sørensen-Pike, Program Director
8:30 AM   Interviews
10:45 AM  Resident Q&A: life in Orlando, ORMC trauma bay, Arnold Palmer Hospital for Children
12:00 PM  Closing

Krystal Ambrose-Delgado
Orlando Health | Orlando Regional Medical Center"""
add("orlando-em", "orlando-health-em-interview-day", "2026-12-09 10:30", OH_FROM, "Orlando Health EM – Interview Day Information (Mon 12/14)", t,
    text_to_html(t), names=["Orlando Regional Medical Center"], dates=["2026-12-14"])

# ============================================================ AdventHealth East Orlando EM
program("adventhealth-em", "AdventHealth East Orlando", "Emergency Medicine", True, "completed")
AE_PROG = "AdventHealth East Orlando – Emergency Medicine Residency"
t, h, l = thalamus_invite(AE_PROG, "Emergency Medicine", ["2026-11-20", "2026-12-18", "2027-01-15"],
                          "Sunday, November 1, 2026 at 11:59 PM EST", "ae-inv",
                          note="Welcome from AdventHealth East Orlando EM! Please note we are a separate program from the AdventHealth Orlando (Winter Park) Family Medicine residency and other AdventHealth GME programs.")
add("adventhealth-em", "thalamus-invitation", "2026-10-28 14:00", TH, "Interview Invitation", t, h, date_tz=UTC, names=[AE_PROG])
t, h, l = thalamus_scheduled(AE_PROG, "Emergency Medicine", "2026-12-18", "8:00 AM – 12:30 PM EST", "ae-sch")
add("adventhealth-em", "thalamus-scheduled", "2026-10-28 14:21", TH, "Interview Scheduled", t, h, date_tz=UTC, names=[AE_PROG], dates=["2026-12-18"])
zoom = "https://adventhealth.zoom.us/j/93356128840"
t = f"""Hi Tessa,

Just two more days! We are so excited to host you for your interview on {long("2026-12-18")}.

Zoom: {zoom}

You will meet Dr. Ibrahim Castellanos-Reyes (PD), our APDs and a group of residents. Our ED at 7727 Lake Underhill Road sees more than 100,000 visits a year.

Blessings,
Corinne Habib-Larsen
Residency Coordinator, Emergency Medicine
AdventHealth East Orlando (formerly Florida Hospital East Orlando)
7727 Lake Underhill Road, Orlando, FL 32822"""
add("adventhealth-em", "adventhealth-east-orlando-em-reminder", "2026-12-16 09:45", "Corinne Habib-Larsen <corinne.habib-larsen@adventhealth.com>",
    "AdventHealth East Orlando EM – see you Friday", t, text_to_html(t), names=["AdventHealth East Orlando"], dates=["2026-12-18"])

# ============================================================ AdventHealth Orlando FM (scheduled, then applicant cancelled)
program("adventhealth-fm", "AdventHealth Orlando", "Family Medicine", True, "declined")
AF_PROG = "AdventHealth Orlando Program"
t, l = eras_invite(AF_PROG, "1201112130", "Family Medicine", ["2026-11-20", "2026-12-04", "2027-01-08"], "af-inv", "Thursday, October 22, 2026",
                   note="AdventHealth Family Medicine Residency, Winter Park. All interviews are virtual.")
add("adventhealth-fm", "eras-invitation", "2026-10-15 13:40", ER, "ERAS Interview Invitation", t, names=[AF_PROG])
t, l = eras_scheduled(AF_PROG, "1201112130", "Family Medicine", "2026-11-20", "8:00 AM - 12:00 PM ET")
add("adventhealth-fm", "eras-scheduled", "2026-10-16 07:12", ER, "ERAS Interview Scheduled", t, names=[AF_PROG], dates=["2026-11-20"])
AF_COORD = "Yesenia Marchetti <yesenia.marchetti@adventhealth.com>"
AF_SENT = f"""Dear Ms. Marchetti,

I'm writing to let you know that I need to cancel my interview with the AdventHealth Orlando Family Medicine Residency on {long("2026-11-20")}. After reflecting on my goals, I have decided to withdraw my application from the program, and I have cancelled the interview in MyERAS. I'm very sorry for any inconvenience and sincerely thank you for the opportunity.

Respectfully,
Tessa Villanueva
AAMC ID {AAMC_ID}"""
add("adventhealth-fm", "sent-cancel-adventhealth-fm", "2026-11-06 18:30", APP, "Cancellation – FM interview 11/20 – Tessa Villanueva", AF_SENT,
    to=AF_COORD, names=["AdventHealth Orlando"], dates=["2026-11-20"], domain="mail.gmail.com")
t = outlook_reply("""Dear Tessa,

Thank you for letting us know in advance. Your interview has been cancelled and your application withdrawn. We wish you the very best!

Yesenia Marchetti
Residency Coordinator
AdventHealth Family Medicine Residency (formerly Florida Hospital Family Medicine)
133 Benmore Drive, Suite 200, Winter Park, FL 32792""", when("2026-11-06 18:30"), f"Tessa Villanueva <{APP_EMAIL}>", AF_COORD,
                  "Cancellation – FM interview 11/20 – Tessa Villanueva", AF_SENT)
add("adventhealth-fm", "re-cancel-adventhealth-fm", "2026-11-09 08:05", AF_COORD, "RE: Cancellation – FM interview 11/20 – Tessa Villanueva", t,
    text_to_html(t, "font-family:Calibri,sans-serif;font-size:11pt"), irt="sent-cancel-adventhealth-fm", names=["AdventHealth"])

# ============================================================ Jackson Memorial / UM EM (rejected)
program("jackson-em", "Jackson Memorial Hospital", "Emergency Medicine", False, "rejected")
t = """Dear Tessa,

Thank you for applying to the University of Miami/Jackson Health System Emergency Medicine Residency. Our interview season is now full, and we regret that we are unable to extend an interview invitation to you.

We wish you the best of luck in the Match.

Sincerely,
Emergency Medicine Residency Program
University of Miami Miller School of Medicine / Jackson Memorial Hospital
1611 NW 12th Avenue, Miami, FL 33136"""
add("jackson-em", "um-jackson-em-decision", "2026-11-30 11:00", "UM/Jackson EM Residency <emresidency@med.miami.edu>",
    "UM/Jackson Emergency Medicine – Application Update", t, text_to_html(t), names=["Jackson Memorial Hospital"])

# ============================================================ Jackson Memorial / UM FM
program("jackson-fm", "Jackson Memorial Hospital", "Family Medicine", True, "completed")
JF_PROG = "University of Miami/Jackson Health System – Family Medicine Residency"
t, h, l = thalamus_invite(JF_PROG, "Family Medicine", ["2026-10-27", "2026-11-03", "2026-11-17"], "Tuesday, October 13, 2026 at 11:59 PM EDT", "jf-inv",
                          note="¡Bienvenidos! Our residents train at Jackson Memorial Hospital and Jackson North. Interviews are virtual.")
add("jackson-fm", "thalamus-invitation", "2026-10-09 15:00", TH, "New Interview Invitation", t, h, date_tz=UTC, names=[JF_PROG])
t, h, l = thalamus_scheduled(JF_PROG, "Family Medicine", "2026-11-03", "8:30 AM – 12:30 PM EST", "jf-sch")
add("jackson-fm", "thalamus-scheduled", "2026-10-09 15:22", TH, "Interview Scheduled", t, h, date_tz=UTC, names=[JF_PROG], dates=["2026-11-03"])
teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SmFja3NvbkZNMjAyNg%40thread.v2/0"
t = f"""Dear Tessa,

Tomorrow is the day! Please join us on Microsoft Teams at 8:15 AM for your interview on {long("2026-11-03")}.

{teams}

Reminder: Florida switched back to standard time this past weekend, so all times are now EST.

Con cariño,
Ximena Ruiz-Oberholzer
Program Coordinator, Family Medicine Residency
University of Miami Miller School of Medicine / Jackson Memorial Hospital
1611 NW 12th Avenue, Miami, FL 33136"""
add("jackson-fm", "um-jackson-fm-teams-link", "2026-11-02 14:07", "Ximena Ruiz-Oberholzer <xruizoberholzer@med.miami.edu>",
    "UM/Jackson Family Medicine – interview tomorrow", t, text_to_html(t), names=["Jackson Memorial Hospital"], dates=["2026-11-03"])
JF_TY = """Dear Dr. Abernethy-Castro,

Thank you for a wonderful interview day yesterday. The Jackson Memorial family medicine residents' commitment to the communities of Miami-Dade really stood out to me, and I appreciated the chance to hear about the Jackson North continuity clinic.

With gratitude,
Tessa Villanueva"""
add("jackson-fm", "sent-thank-you-jackson-fm", "2026-11-04 07:40", APP, "Thank you – UM/Jackson Family Medicine", JF_TY,
    to="Lucinda Abernethy-Castro <labernethycastro@med.miami.edu>", enc="7bit", names=["Jackson Memorial"], domain="mail.gmail.com")

# ============================================================ HCA Florida Osceola EM (UCF/HCA) - program cancelled
program("hca-osceola-em", "HCA Florida Osceola Hospital", "Emergency Medicine", True, "cancelled")
HO_ORG = "UCF/HCA Florida Healthcare GME - Emergency Medicine Residency at HCA Florida Osceola Hospital"
t, h, l = ib_invite(HO_ORG, ["2026-12-10", "2027-01-07"], "ho-inv", "November 13, 2026",
                    note="Thank you for applying to the University of Central Florida/HCA Healthcare GME (Greater Orlando) Program in Emergency Medicine, Kissimmee, FL.")
add("hca-osceola-em", "interviewbroker-invitation", "2026-11-06 17:00", IB, f"Interview Invitation - {HO_ORG}", t, h, date_tz=UTC,
    names=["HCA Florida Osceola Hospital"])
t, h, l = ib_confirm(HO_ORG, "2027-01-07", "8:00 AM - 12:00 PM EST", "ho-conf", extra="Location: Virtual (Zoom link to follow)\n")
add("hca-osceola-em", "interviewbroker-confirmation", "2026-11-06 17:48", IB, f"Interview Confirmed - {HO_ORG}", t, h, date_tz=UTC,
    names=["HCA Florida Osceola Hospital"], dates=["2027-01-07"])
t = f"""Dear Tessa Villanueva,

Your interview with {HO_ORG} on {long("2027-01-07")} has been cancelled by the program.

Message from the program: Please see the email from our program coordinator.

{IB_FOOT}"""
add("hca-osceola-em", "interviewbroker-cancellation", "2026-12-28 15:01", IB, f"Interview Cancelled - {HO_ORG}", t, text_to_html(t), date_tz=UTC,
    names=["HCA Florida Osceola Hospital"])
t = f"""Dear Applicant,

We regret to inform you that we have had to cancel our interview session on {long("2027-01-07")}. Our interview capacity for this cycle has been reduced, and we are unfortunately unable to offer an alternate interview date. We sincerely apologize for the inconvenience this causes during a busy season.

Thank you for your interest in UCF/HCA Emergency Medicine at HCA Florida Osceola Hospital (formerly Osceola Regional Medical Center).

Respectfully,
Trent Valdivia-Moss
GME Program Coordinator, Emergency Medicine
HCA Florida Osceola Hospital | UCF/HCA Healthcare GME Consortium
700 W. Oak Street, Kissimmee, FL 34741"""
add("hca-osceola-em", "hca-osceola-em-session-cancelled", "2026-12-28 15:20", "Trent Valdivia-Moss <trent.valdivia-moss@hcahealthcare.com>",
    "HCA Florida Osceola EM – January 7 interview session cancelled", t, text_to_html(t), to="undisclosed-recipients:;",
    names=["HCA Florida Osceola Hospital"])

# ============================================================ HCA Florida Kendall EM (waitlist -> release)
program("hca-kendall-em", "HCA Florida Kendall Hospital", "Emergency Medicine", False, "rejected")
t = """Dear Tessa,

Thank you for applying to the Emergency Medicine Residency at HCA Florida Kendall Hospital (formerly Kendall Regional Medical Center) in Miami.

While we are not able to send you an interview invitation at this time, we have placed you on our waitlist and will reach out if a position on an interview day opens.

Best,
Ariadna Sepúlveda-Kline
Residency Coordinator, Emergency Medicine
HCA Florida Kendall Hospital
11750 SW 40th Street, Miami, FL 33175"""
add("hca-kendall-em", "hca-kendall-em-waitlist", "2026-11-20 16:40", "Ariadna Sepúlveda-Kline <ariadna.sepulveda-kline@hcahealthcare.com>",
    "HCA Florida Kendall EM Residency – Interview Waitlist", t, text_to_html(t), names=["HCA Florida Kendall Hospital"])
t = """Dear Tessa,

Our interview season has come to a close and all interview dates are full. We are releasing all applicants from our waitlist and will not be extending further interview invitations.

Thank you for your interest in Kendall EM, and good luck in the Match!

Ariadna Sepúlveda-Kline
HCA Florida Kendall Hospital – Emergency Medicine Residency"""
add("hca-kendall-em", "hca-kendall-em-waitlist-release", "2027-01-22 13:30", "Ariadna Sepúlveda-Kline <ariadna.sepulveda-kline@hcahealthcare.com>",
    "Kendall EM – waitlist closed", t, names=["HCA Florida Kendall Hospital"])

# ============================================================ UNRELATED
t = f"""Dear Tessa Villanueva,

Thank you for submitting your ResidencyCAS application for the 2026–2027 cycle. Your application has been received and is now in "Received" status.

ResidencyCAS ID: {RCAS_ID}
Designations: 31 Emergency Medicine programs

Your application will be released to programs on October 1, 2026. Remember that your letters of evaluation (SLOEs) must be assigned to each program manually.

Log in to check your application status: https://residencycas.cas.myliaison.com

{RC_FOOT}"""
add(None, "residencycas-application-received", "2026-09-03 10:12", RC, "ResidencyCAS: Application Received", t, text_to_html(t), domain="liaisoncas.com")

t = """Hi Tessa,

Welcome to Thalamus! Your applicant account is now active.

With Thalamus you can receive interview invitations, schedule and manage interviews, and sync your itinerary to your calendar. To make sure you never miss an invitation:

  1. Add noreply@thalamusgme.com to your contacts / safe senders list.
  2. Turn on text message notifications in Settings.
  3. Download the Thalamus app.

Get started: https://app.thalamusgme.com/applicant/dashboard

The Thalamus Team

""" + TH_FOOT
add(None, "thalamus-welcome", "2026-09-09 19:45", TH, "Welcome to Thalamus!", t, text_to_html(t), date_tz=UTC)

t = f"""Dear Tessa Villanueva,

Thank you for registering for the 2027 Main Residency Match. Your NRMP ID is {NRMP_ID}.

Please keep your NRMP ID for your records; programs may ask for it. The Rank Order List Entry opens on February 1, 2027, and Match Day is Friday, March 19, 2027.

Log in to the Registration, Ranking, and Results® (R3®) system: https://r3.nrmp.org

National Resident Matching Program
2121 K Street, NW, Suite 1000, Washington, DC 20037"""
add(None, "nrmp-registration", "2026-09-16 11:30", "NRMP <noreply@nrmp.org>", "NRMP Registration Confirmation – 2027 Main Residency Match", t, enc="7bit")

t = """EMRA Student Update – October 2026

INTERVIEW SEASON IS HERE
Offers are rolling out through ResidencyCAS and Thalamus. Tips from our Medical Student Council:
• Respond within 24-48 hours – popular dates fill fast.
• Track every invitation, waitlist and date in one place.
• Don't hoard: release interviews you won't attend so classmates can have them.

PROGRAM SPOTLIGHTS
This month we visit three New York-area programs – Lenox Hill Hospital, Jacobi/North Central Bronx and NYU Langone Hospital—Long Island – and, for our Florida fans, Orlando Health and UF Health Jacksonville. Read the spotlights: https://www.emra.org/students/program-spotlights

EMRA HANGOUTS
Thursday, October 15: "Virtual interviews: what PDs want to see" – register at https://www.emra.org/events

You are receiving this because you are an EMRA student member.
Emergency Medicine Residents' Association | 4555 W. Walnut Hill Ln, Irving, TX 75038
Unsubscribe: https://www.emra.org/unsubscribe"""
add(None, "emra-student-update", "2026-10-08 07:00", "EMRA <news@emra.org>", "EMRA Student Update: Interview season tips + program spotlights", t,
    text_to_html(t), enc="base64", html_enc="quoted-printable")

fwd_body, fwd_h, fwd_link = thalamus_invite(SB_PROG, "Emergency Medicine", ["2026-11-06", "2026-11-20", "2026-12-04"],
                                            "Thursday, October 22, 2026 at 11:59 PM EDT", "classmate-sb-inv",
                                            note="Congratulations from Stony Brook Emergency Medicine! Please schedule promptly; interview days fill quickly.")
fwd_body = fwd_body.replace("Hello Tessa,", "Hello Devin,")
t = f"""did you get this one too?? i'm freaking out, stony brook was my #1 signal. which date are you doing?

---------- Forwarded message ---------
From: Thalamus <noreply@thalamusgme.com>
Date: Mon, Oct 19, 2026 at 9:00 AM
Subject: Interview Invitation – Stony Brook University Hospital
To: <devin.achebe.do@gmail.com>


{fwd_body}"""
add(None, "fwd-classmate-stony-brook-invite", "2026-10-19 09:41", "Devin Achebe <devin.achebe.do@gmail.com>",
    "Fwd: Interview Invitation – Stony Brook University Hospital", t, enc="quoted-printable")

t = f"""Dear Tessa Villanueva,

Thank you for your interest in Northwell Health. We'd like to invite you to a phone interview for the position below:

Position: Medical Scribe – Emergency Department (Per Diem)
Requisition: REQ-2026-118734
Location: Long Island Jewish Medical Center, New Hyde Park, NY

Please choose a 20-minute time slot using this link: https://northwell.wd1.myworkdayjobs.com/en-US/careers/interview/{token("nw-job", 12)}

Available: {long("2026-10-27")} or {long("2026-10-28")}, 10:00 AM – 4:00 PM.

Best,
Northwell Health Talent Acquisition
Northwell Health | 2000 Marcus Avenue, New Hyde Park, NY 11042
This mailbox is not monitored."""
add(None, "northwell-talent-acquisition-scribe", "2026-10-22 13:20", "Northwell Health Careers <talentacquisition@northwell.edu>",
    "Interview Request – Medical Scribe (Per Diem), Long Island Jewish Medical Center", t, text_to_html(t))

ADV = '"Dr. Harold Benedetti-Voss" <hbenedettivoss@nyit.edu>'
ADV_SENT = """Hi Dr. Benedetti-Voss,

Quick update before our meeting next week. Invitations so far: EM – North Shore/LIJ, Stony Brook, Mount Sinai, Jacobi, NYU Brooklyn, NYU Long Island, Lenox Hill, Hackensack, RWJ, JFK, Downstate/Kings, Orlando Health, UF (Gainesville), UF Jacksonville, AdventHealth East Orlando, Monmouth, Elmhurst, HCA Osceola, Lincoln. FM – Glen Cove, South Nassau, NYU FHC, UM/Jackson (done already!). Waitlisted at Staten Island, Morningside/West, USF, Newark Beth Israel and Southampton FM.

I declined South Shore FM and cancelled AdventHealth FM. Do you think 19 EM interviews is too many? Should I release a few more?

Thanks,
Tessa"""
add(None, "sent-advisor-update", "2026-11-18 12:30", APP, "Interview update + question about number of interviews", ADV_SENT, to=ADV, enc="7bit",
    domain="mail.gmail.com")
t = """Thank you for your email. I am out of the office attending the AACOM Educating Leaders conference and will return on Monday, November 23. I will have limited access to email.

For urgent matters regarding MSPE or residency applications, please contact the Office of Clinical Education at clinicaled@nyit.edu or (516) 555-0190.

Harold Benedetti-Voss, DO
Associate Dean for Clinical Education
NYIT College of Osteopathic Medicine | Northern Boulevard, Old Westbury, NY 11568"""
add(None, "ooo-advisor", "2026-11-18 12:31", ADV, "Automatic reply: Interview update + question about number of interviews", t,
    irt="sent-advisor-update", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

t = """Congrats on interview season, future doctor! 🩺

Interviewing in Orlando, Miami or Tampa? Moving to New York or New Jersey for residency? Panacea Financial's Physician Home Loan lets residents buy with as little as 0% down – and our Resident Relocation Loan covers your move.

Apply in minutes: https://panaceafinancial.com/residents?utm_source=email&utm_campaign=match27

Panacea Financial is a division of Primis Bank, Member FDIC. Loans subject to credit approval.
Unsubscribe: https://panaceafinancial.com/unsubscribe"""
add(None, "panacea-marketing", "2026-12-02 10:00", "Panacea Financial <hello@panaceafinancial.com>",
    "Match season 🎉 Moving for residency? Here's $0 down", t, text_to_html(t), enc="base64")

t = """Dear Applicant,

We detected unusual activity on your ResidencyCAS account. To avoid suspension of your residency application and interview invitations, you must verify your account within 24 hours:

http://residencycas-verify-account.com/login?id=6629148305

Failure to verify will result in cancellation of all scheduled interviews.

ResidencyCAS Security Team"""
add(None, "phish-residencycas-verify", "2026-12-10 03:14", "ResidencyCAS Security <security@residencycas-verify-account.com>",
    "URGENT: Your interview invitations will be cancelled", t, enc="7bit", date_tz=PT)

t = """JetBlue

Your flight is confirmed!
Confirmation code: KQZVHT

Traveler: TESSA VILLANUEVA

Friday, January 29, 2027
JFK New York (Terminal 5) 6:05 AM  ->  MCO Orlando 9:02 AM   Flight 1087   Blue Basic

Sunday, January 31, 2027
MCO Orlando 7:40 PM  ->  JFK New York (Terminal 5) 10:25 PM   Flight 2188   Blue Basic

Total: $187.40

Manage your trip: https://www.jetblue.com/manage-trips
JetBlue Airways Corporation, 27-01 Queens Plaza North, Long Island City, NY 11101"""
add(None, "jetblue-jfk-mco", "2026-12-20 21:45", "JetBlue Airways <jetblueairways@email.jetblue.com>",
    "Your JetBlue booking confirmation – KQZVHT", t, text_to_html(t))

JP = "University of Miami/Jackson Health System – Pediatrics Residency"
jp_body, jp_h, jp_link = thalamus_invite(JP, "Pediatrics", ["2027-01-13", "2027-01-20"], "Sunday, January 10, 2027 at 11:59 PM EST", "partner-jp",
                                         note="¡Bienvenidos! Holtz Children's Hospital at Jackson Memorial.")
jp_body = jp_body.replace("Hello Tessa,", "Hello Marcus,")
t = f"""Babe look!! Jackson peds!! If you get Jackson EM or FM we could couples match in Miami 🌴 Want to do the 13th so we can talk after?

Begin forwarded message:

From: Thalamus <noreply@thalamusgme.com>
Subject: New Interview Invitation
Date: January 7, 2027 at 8:02:11 AM EST
To: marcus.lindgren.md27@gmail.com

{jp_body}"""
add(None, "fwd-partner-jackson-peds", "2027-01-07 08:20", "Marcus Lindgren <marcus.lindgren.md27@gmail.com>",
    "Fwd: New Interview Invitation", t, enc="base64")

t = f"""Dear Tessa Villanueva,

Congratulations on reaching this point in the Match! The Rank Order List Entry for the 2027 Main Residency Match is now open.

You may enter and certify your rank order list in the R3 system until 9:00 p.m. ET on Wednesday, March 3, 2027. Rank all of the programs where you interviewed and would be willing to train. A program you do not rank cannot match you.

NRMP ID: {NRMP_ID}
Log in: https://r3.nrmp.org

National Resident Matching Program"""
add(None, "nrmp-ranking-open", "2027-02-01 12:00", "NRMP <noreply@nrmp.org>", "2027 Main Residency Match: Rank Order List Entry Is Open", t,
    text_to_html(t))
