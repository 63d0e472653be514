"""Virginia: VCU (categorical IM via ERAS; advanced Neurology by coordinator), UVA (advanced Neurology, Thalamus),
Carilion Clinic (TY; Google Form), Riverside Regional Medical Center (TY) and EVMS at Old Dominion University
(preliminary IM; declined; signature carries the 'formerly EVMS' name)."""
from kit import (D, ET, PT, UTC, NAME, FIRST, ADDR, ME, SIG, SIG_SHORT, at, staff, mine, put, ics, gquote, oquote,
                 plain_of, full, wmd, wmd3, md, mdy, sl, wsl, clock, esc, frame, kv)
from plat import th_invite, th_booked, th_reminder, th_message, eras, GFORMS


def vcu_im():
    k = "vcu-im"
    d1, d2, d3 = D("2026-12-09"), D("2026-12-16"), D("2027-01-06")
    eras("2026-10-21 12:00", "myeras-interview-invitation-vcu-health-system-internal-medicine", k, "invitation",
         "Interview Invitation: Virginia Commonwealth University Health System Program", [
             "Virginia Commonwealth University Health System Program (Internal Medicine - Categorical) has "
             "invited you to interview.",
             "Message from the program:",
             "Congratulations! The VCU Internal Medicine Residency Program would like to invite you to a virtual "
             "interview. Please select a date by Monday, October 26. We look forward to meeting you!",
             "Available dates:", f"  {full(d1)}", f"  {full(d2)}", f"  {full(d3)}",
         ], idates=[d1, d2, d3], deadline="2026-10-26",
         must=["Virginia Commonwealth University Health System"])
    eras("2026-10-22 07:30", "myeras-interview-scheduled-vcu-health-system-internal-medicine", k, "scheduled",
         "Interview Scheduled: Virginia Commonwealth University Health System Program", [
             "Your interview has been scheduled.",
             "Program: Virginia Commonwealth University Health System Program",
             "Specialty: Internal Medicine - Categorical", f"Date: {full(d1)}", "Time: 8:00 AM - 12:30 PM ET",
         ], idates=[d1])
    c = ("Burwell, Tonya", "tonya.burwell@vcuhealth.org")
    txt = f"""Hello Zoë,

Quick reminder that your VCU IM interview is this Wednesday, {md(d1)}! Zoom: https://vcu.zoom.us/j/97015533248

8:00 Welcome (Dr. Amadi)
8:30 Interviews
10:30 Life on the MCV campus – chiefs
11:15 CCVAMC + VCUHS ambulatory sites video
11:45 Residents only
12:30 Done!

Tonya Burwell
Program Coordinator, VCU IM | VCUHS Dept. of Internal Medicine
1101 E. Marshall St., Richmond, VA 23298 | 804-555-0166"""
    staff("2026-12-07 13:30", "vcu-im-wednesday-interview-reminder", k, "reminder", c,
          "VCU IM interview Wednesday – Zoom + schedule", txt, idates=[d1], must=["97015533248"])


def vcu_neuro():
    k = "vcu-neuro-adv"
    c = ("Brandt, Tiffany", "tiffany.brandt@vcuhealth.org")
    d1, d2, d3 = D("2026-12-11"), D("2027-01-08"), D("2027-01-22")
    inv = f"""Dear Ms. Hartwell,

Thank you for applying to the Neurology Residency Program at Virginia Commonwealth University Health System. We are
pleased to invite you to interview for one of our PGY-2 (Advanced) positions.

Interviews are held on Fridays over Zoom, 8:30 AM – 1:00 PM Eastern:

    {full(d1)}
    {full(d2)}
    {full(d3)}

Please reply with your first and second choices by Monday, November 9.

Our categorical positions are matched under a separate NRMP program code and are reviewed separately. The VCU
preliminary medicine year also has its own application through the Department of Internal Medicine.

Kind regards,

Tiffany Brandt
Residency Program Coordinator | Department of Neurology
VCU Health | Virginia Commonwealth University Health System
1101 E. Marshall Street, Sanger Hall 6-004, Richmond, VA 23298
804-555-0172"""
    m = staff("2026-11-03 14:45", "vcu-neurology-advanced-interview-invitation", k, "invitation", c,
              "VCU Neurology Residency (PGY-2) – Invitation to Interview", inv, idates=[d1, d2, d3],
              deadline="2026-11-09", must=["Virginia Commonwealth University Health System"])
    body = (f"Dear Ms. Brandt,\n\nThank you for the invitation! My first choice would be {wmd(d2)}, and my second "
            f"{wmd(d3)}. Unfortunately December 11 conflicts with another interview I've already scheduled.\n\n"
            "I look forward to meeting the department.\n\nBest regards,\nZoë Hartwell")
    r = mine("2026-11-04 08:20", "sent-re-vcu-neurology-interview-invitation", k, "scheduled", c,
             "Re: VCU Neurology Residency (PGY-2) – Invitation to Interview", body, irt=m,
             quote=gquote("2026-11-03 14:45", "Brandt, Tiffany", c[1], plain_of(m)), idates=[d2])
    staff("2026-11-05 11:05", "re-vcu-neurology-interview-confirmed", k, "scheduled", c,
          "RE: VCU Neurology Residency (PGY-2) – Invitation to Interview",
          f"Hi Zoë,\n\nYou're confirmed for your first choice, {full(d2)}, 8:30 AM – 1:00 PM ET. I've attached a "
          "calendar invitation; the Zoom link and agenda will come the week of the interview.\n\nHappy "
          "holidays when they come!\nTiffany", irt=r, idates=[d2],
          quote=oquote("2026-11-04 08:20", NAME, ADDR, "Brandt, Tiffany",
                       "Re: VCU Neurology Residency (PGY-2) – Invitation to Interview", body),
          cal=ics("040000008200E00074C5B7101A82E0080000000vcuneuro0108", at(d2, "08:30"), 270,
                  "VCU Neurology Residency Interview (PGY-2)", "Zoom", organizer=c, mode="tzid"))
    mine("2027-01-08 16:30", "sent-thank-you-vcu-neurology", k, "info",
         [("Olusegun Adeyemi, MD", "olusegun.adeyemi@vcuhealth.org")], "Thank you – VCU Neurology",
         "Dear Dr. Adeyemi,\n\nThank you for taking the time to speak with me today. I appreciated how openly you "
         "described the transition from the preliminary year into PGY-2, and the residents' enthusiasm for the "
         "comprehensive stroke center was contagious.\n\nWith best regards,\nZoë Hartwell", cc=[c])


def uva():
    k = "uva-neuro-adv"
    prog = "UVA Health - Neurology Residency (Advanced)"
    d1, d2 = D("2026-12-15"), D("2027-01-12")
    th_invite("2026-11-10 15:00", "thalamus-invitation-uva-neurology-advanced", k, prog, [
        "The Department of Neurology at the University of Virginia School of Medicine is pleased to invite you to "
        "interview for an advanced (PGY-2 start) position in our Neurology Residency in Charlottesville.",
        "Interviews are virtual and begin with breakfast (bring your own coffee) with our chief residents.",
    ], [d1, d2], token="3b90cc7e-uva-neuro", deadline="2026-11-13",
        signer="Neurology Residency Program, UVA Health")
    th_booked("2026-11-10 15:40", "thalamus-scheduled-uva-neurology-advanced", k, prog, d2, "08:00", "12:00",
              "Virtual", "Zoom (link in reminder)", uid="thl-6f2e1d04-uva-neuro")
    th_reminder("2027-01-11 12:00", "thalamus-reminder-uva-neurology-advanced", k, prog, d2, "08:00",
                "https://virginia.zoom.us/j/91644082733",
                note="Message from the program: We can't wait to meet you tomorrow! – UVA Neurology")


def carilion():
    k = "carilion-ty"
    c = ("Saylor, Megan K.", "mksaylor@carilionclinic.org")
    d1, d2, d3 = D("2026-12-10"), D("2026-12-17"), D("2027-01-14")
    inv = f"""Dear Zoë,

Congratulations! We are excited to invite you to interview with the Carilion Clinic Transitional Year Residency
Program in Roanoke, Virginia. Our program is affiliated with the Virginia Tech Carilion School of Medicine, and our
TY residents are headed into neurology, anesthesiology, radiology, dermatology and ophthalmology.

We are interviewing virtually on the following Thursdays, 9:00 AM – 1:00 PM Eastern:

  1. {full(d1)}
  2. {full(d2)}
  3. {full(d3)}

Please rank the dates that work for you in this short Google Form by Friday, October 30:
https://forms.gle/CarilionTY2027dates

We'll confirm your date by e-mail within a week.

Best regards,

Megan K. Saylor
Residency Coordinator, Transitional Year Program
Carilion Clinic | Graduate Medical Education
1906 Belleview Avenue, Roanoke, VA 24014 | 540-555-0133"""
    staff("2026-10-26 10:20", "carilion-clinic-transitional-year-interview-invitation", k, "invitation", c,
          "Carilion Clinic Transitional Year – Interview Invitation", inv, idates=[d1, d2, d3],
          deadline="2026-10-30", must=["Carilion Clinic"])
    t = ["Thanks for filling out Carilion Clinic Transitional Year – Interview Date Preference", "",
         "Here's what we got from you:", "",
         "Name *", "Zoë Hartwell", "",
         "AAMC ID *", "17290364", "",
         "Medical school *", SCHOOL_NAME, "",
         "Please rank the interview dates (1 = most preferred) *",
         f"{wmd(d1)}: 1", f"{wmd(d2)}: 3", f"{wmd(d3)}: 2", "",
         "Advanced specialty *", "Neurology", "",
         "Create your own Google Form", "https://docs.google.com/forms/"]
    html = frame(["<p>Thanks for filling out <b>Carilion Clinic Transitional Year – Interview Date Preference</b>"
                  "</p><p>Here's what we got from you:</p>",
                  kv([("Name", "Zoë Hartwell"), ("AAMC ID", "17290364"), ("Medical school", SCHOOL_NAME),
                      (wmd(d1), "1"), (wmd(d2), "3"), (wmd(d3), "2"), ("Advanced specialty", "Neurology")])],
                 head='<span style="font-size:20px;color:#673ab7">Google Forms</span>',
                 foot="This form was created inside of Carilion Clinic. Create your own Google Form.",
                 accent="#673ab7", font="Roboto,Arial,sans-serif")
    put("2026-10-26 11:02", "google-forms-carilion-ty-date-preference-receipt", k, "info", GFORMS,
        "Carilion Clinic Transitional Year – Interview Date Preference", "\n".join(t) + "\n", html, tz=PT,
        must=["Carilion Clinic Transitional Year"])
    staff("2026-11-02 14:00", "carilion-ty-interview-date-confirmation", k, "scheduled", c,
          "Your Carilion TY interview date",
          f"Hi Zoë,\n\nThank you for submitting your preferences. You got your first choice: {full(d1)}, 9:00 AM "
          "– 1:00 PM Eastern. A calendar invitation is attached, and I'll send the Zoom information the day before."
          "\n\nMegan", idates=[d1],
          cal=ics("carilion-ty-1210-hartwell@carilionclinic.org", at(d1, "09:00"), 240,
                  "Carilion Clinic TY Interview", "Virtual (Zoom)", organizer=c))
    staff("2026-12-09 15:45", "carilion-ty-interview-tomorrow-zoom", k, "reminder", c,
          "Tomorrow's TY interview – Zoom",
          "Hi Zoë,\n\nHere is your Zoom link for tomorrow: https://carilionclinic.zoom.us/j/85533019426\n\n"
          "You'll meet Dr. Wadsworth (PD), our two chiefs and faculty from CRMH's Neurology and Emergency "
          "Medicine departments. Several of our TY grads have gone on to neurology at VTC and beyond, so ask them "
          "anything.\n\nMegan", idates=[d1], must=["85533019426"])


SCHOOL_NAME = "Florida State University College of Medicine"


def riverside():
    k = "riverside-ty"
    c = ("Ashby, Valerie", "valerie.ashby@rivhs.com")
    d1, d2, d3 = D("2026-12-14"), D("2027-01-11"), D("2027-01-25")
    inv = f"""Good morning Ms. Hartwell,

Thank you for your interest in the Transitional Year Residency at Riverside Regional Medical Center in Newport
News, part of Riverside Health System. The program director, Dr. Ellison, has asked me to invite you for a virtual
interview on one of the following Mondays:

{wmd(d1)}
{wmd(d2)}
{wmd(d3)}

Interviews begin at 8:30 AM and end by noon (Eastern). Simply reply with the date you prefer.

(Since applicants sometimes ask: we are an independent community teaching hospital on the Peninsula and are not
affiliated with the programs in Norfolk.)

Sincerely,
Valerie Ashby
Medical Education Coordinator
Riverside Regional Medical Center
500 J. Clyde Morris Blvd., Newport News, VA 23601
757-555-0149"""
    m = staff("2026-11-17 09:50", "riverside-regional-ty-interview-invitation", k, "invitation", c,
              "Transitional Year Interview Invitation – Riverside Regional Medical Center", inv, font="Times New Roman",
              idates=[d1, d2, d3], must=["Riverside Regional Medical Center"])
    body = (f"Dear Ms. Ashby,\n\nThank you for the invitation! {wmd(d1)} is already taken by another interview, "
            f"so I would be grateful for {wmd(d2)} if it's still available.\n\nKind regards,\nZoë Hartwell")
    r = mine("2026-11-18 07:45", "sent-re-riverside-ty-interview-invitation", k, "scheduled", c,
             "Re: Transitional Year Interview Invitation – Riverside Regional Medical Center", body, irt=m,
             quote=gquote("2026-11-17 09:50", "Ashby, Valerie", c[1], plain_of(m)), idates=[d2])
    staff("2026-11-18 13:10", "re-riverside-ty-interview-confirmed", k, "scheduled", c,
          "RE: Transitional Year Interview Invitation – Riverside Regional Medical Center",
          f"Ms. Hartwell,\n\nYou are scheduled for {full(d2)} at 8:30 AM. The Microsoft Teams link will be sent the "
          "Friday before.\n\nThank you,\nValerie Ashby\nMedical Education Coordinator, Riverside Regional Medical "
          "Center", html=False, irt=r, idates=[d2],
          quote=oquote("2026-11-18 07:45", NAME, ADDR, "Ashby, Valerie",
                       "Re: Transitional Year Interview Invitation – Riverside Regional Medical Center", body))


def evms():
    k = "evms-prelim"
    d1, d2 = D("2027-01-14"), D("2027-01-28")
    eras("2026-12-04 10:00", "myeras-interview-invitation-eastern-virginia-medical-school-prelim", k, "invitation",
         "Interview Invitation: Eastern Virginia Medical School Program", [
             "Eastern Virginia Medical School Program (Internal Medicine - Preliminary) has invited you to "
             "interview.",
             "Message from the program:",
             "Thank you for applying to our Preliminary Internal Medicine program in Norfolk. Please schedule "
             "your virtual interview by Friday, December 11.",
             "Available dates:", f"  {full(d1)}", f"  {full(d2)}",
         ], idates=[d1, d2], deadline="2026-12-11", must=["Eastern Virginia Medical School Program"])
    c = ("Okonjo, Felicia", "okonjofa@odu.edu")
    body = ("Dear Ms. Okonjo,\n\nThank you for the invitation to interview for the Preliminary Internal Medicine "
            "program. I have decided to withdraw my application for the preliminary position and have declined "
            "the invitation in MyERAS so that the interview can be offered to someone else.\n\nI'm grateful for the "
            "committee's consideration.\n\nSincerely,\nZoë Hartwell\nAAMC ID 17290364")
    r = mine("2026-12-10 20:15", "sent-withdrawing-evms-preliminary-medicine", k, "cancellation", c,
             "Withdrawal – Preliminary IM interview (Zoë Hartwell)", body, sig=None)
    staff("2026-12-11 09:30", "re-evms-preliminary-medicine-withdrawal", k, "cancellation", c,
          "RE: Withdrawal – Preliminary IM interview (Zoë Hartwell)",
          "Dear Ms. Hartwell,\n\nThank you for your courteous note. Your interview invitation has been released. We "
          "wish you all the best in the Match.\n\nRegards,\n\nFelicia Okonjo, C-TAGME\nProgram Coordinator, "
          "Internal Medicine Residency\nEastern Virginia Medical School at Old Dominion University (formerly EVMS)\n"
          "Macon & Joan Brock Virginia Health Sciences at Old Dominion University\n825 Fairfax Avenue, Hofheimer "
          "Hall, Norfolk, VA 23507", irt=r,
          quote=oquote("2026-12-10 20:15", NAME, ADDR, "Okonjo, Felicia",
                       "Withdrawal – Preliminary IM interview (Zoë Hartwell)", body))


def build():
    vcu_im()
    vcu_neuro()
    uva()
    carilion()
    riverside()
    evms()
