"""Season L, mail about none of the applicant's programs (times are New York local)."""
from mk import (et, ET, ME, ME_NAME, SIG, UTC, PT, abbr, bullets, button, d, esc, link, longd, longnoy, mail, mdy, page,
                q_fwd, sent)
from platforms import thal_system

U = "unrelated"


def build():
    thal_system("2026-09-02 19:10", "thalamus-verify-email", "Confirm your email address for Thalamus", [
        f"Hi {ME_NAME.split()[0]},",
        "Thanks for creating a Thalamus applicant account. Please confirm that this is your email address so "
        "programs can reach you with interview invitations.",
        button("https://app.thalamusgme.com/verify?t=8b1f0c2e9d", "Confirm email"),
        "Add noreply@thalamusgme.com to your contacts so that program emails don't end up in spam."],
        must=["https://app.thalamusgme.com/verify?t=8b1f0c2e9d"])

    mail("2026-09-09 12:30", "nrmp-registration-confirmed", U, "info", ("NRMP", "noreply@nrmp.org"),
         "You are registered for the 2027 Main Residency Match",
         """Dear Camille Aucoin,

This confirms your registration for the 2027 Main Residency Match.

NRMP ID: N0815527
AAMC ID: 16234871

Important dates:
  Rank order list entry opens: February 1, 2027
  Rank order list certification deadline: March 3, 2027
  Match Day: March 19, 2027

By registering you agreed to the terms of the Match Participation Agreement. Review it any time at
https://www.nrmp.org/policies/

National Resident Matching Program
""", cte="7bit", must=["N0815527", "https://www.nrmp.org/policies/"])

    mail("2026-09-24 09:01", "eras-application-released", U, "info", ("ERAS", "myeras-noreply@aamc.org"),
         "MyERAS: Your application is now available to programs",
         """Dear Camille Aucoin,

As of today, programs can download the applications of applicants who have applied to them. Your
application has been released to the 47 programs you applied to.

Reminders:
- Keep your contact information current in MyERAS.
- Interview invitations may come through MyERAS, through other scheduling platforms, or directly from
  programs. Check your email, including spam, frequently.

ERAS Support | Association of American Medical Colleges
""", cte="7bit", must=["47 programs"])

    mail("2026-10-10 10:00", "aan-student-newsletter", U, "other",
         ("AAN Student Interest Group", "news@aan.com"),
         "🧠 Neurology Match season: virtual open houses this month",
         None, page([
             "<h2 style=\"color:#00447c\">Neurology Notes for Medical Students &mdash; October 2026</h2>",
             "Interview season is here! A number of programs are hosting virtual open houses for applicants "
             "this month. Listings are supplied by the programs; the AAN does not endorse any program.",
             bullets([
                 "Yale Neurology &ndash; &ldquo;Ask the residents&rdquo; evening, Oct 21",
                 "Penn Neurology &amp; CHOP Child Neurology &ndash; joint info session, Oct 22",
                 "Jefferson (Vickie &amp; Jack Farber Institute) &ndash; virtual tour, Oct 27",
                 "University of Rochester &ndash; Strong Memorial research track webinar, Oct 28",
                 "Tufts Medical Center &ndash; resident panel, Oct 29"]),
             "Also this month: how to talk about a gap year, advanced vs. categorical positions explained, "
             "and what to put in a thank-you note (short answer: not much).",
             link("https://www.aan.com/students/match-season", "Read more on aan.com")],
             foot="American Academy of Neurology, 201 Chicago Avenue, Minneapolis, MN 55415. "
                  "You are receiving this because you are an AAN student member. Unsubscribe."),
         cte="quoted-printable", must=["https://www.aan.com/students/match-season"])

    fwd_body = """Hi Priya,

Mass General Brigham Neurology Residency Program would like to interview you.

Program: Mass General Brigham Neurology Residency (Harvard Medical School)
Specialty: Neurology
Format: Virtual

Dates you can choose from:
  - Monday, November 30, 2026
  - Friday, December 11, 2026

Choose a date or decline: https://app.thalamusgme.com/applicant/invitations/mgb-neuro-91dd

Thalamus"""
    mail("2026-11-06 21:40", "fwd-classmate-mgb-neurology-invite", U, "other",
         ("Priya Natarajan", "priya.natarajan.vt@gmail.com"), "Fwd: Interview Invitation: Mass General Brigham Neurology",
         "Cam!! Look what just came in. Did you get one too?? I'm freaking out a little. Going to book the 30th "
         "unless you think Dec 11 is better.\n\nP.\n\n"
         + q_fwd(et("2026-11-06 16:12"), "Thalamus", "noreply@thalamusgme.com",
                 "Priya Natarajan <priya.natarajan.vt@gmail.com>",
                 "Interview Invitation: Mass General Brigham Neurology Residency", fwd_body),
         cte="quoted-printable", mid_host="mail.gmail.com",
         must=["https://app.thalamusgme.com/applicant/invitations/mgb-neuro-91dd"])

    mail("2026-11-15 10:00", "laurel-road-marketing", U, "other",
         ("Laurel Road for Doctors", "offers@email.laurelroad.com"),
         "Camille, match season is stressful. Your finances don't have to be.",
         None, page([
             "<h1 style=\"font-size:22px\">Almost a resident? Let's talk about what comes next.</h1>",
             "Whether you end up in Boston, Philadelphia or Burlington, moving for residency costs money. "
             "Laurel Road's resident loans and student loan refinancing for residents are built for the way "
             "doctors-in-training actually get paid.",
             button("https://www.laurelroad.com/residents/?utm_source=email&utm_campaign=match27", "See your rate"),
             "Checking your rate won't affect your credit score."],
             foot="Laurel Road is a brand of KeyBank N.A. Member FDIC. You received this email because you "
                  "signed up at a student event. Unsubscribe | Privacy"),
         cte="base64", must=["https://www.laurelroad.com/residents/?utm_source=email&utm_campaign=match27"])

    mail("2026-11-27 18:20", "sister-thanksgiving", U, "other", ("Juliette Aucoin", "jules.aucoin@gmail.com"),
         "leftovers + your drive back",
         """hey! mom packed you a whole bag of tourtière and pie, don't forget it in the fridge tomorrow morning.

also text me when you're back in burlington, the roads through the notch are supposed to be icy.

good luck with the yale interview thursday, you're going to crush it (do they make you do the zoom thing
all day??)

love you
j
""", cte="quoted-printable", mid_host="mail.gmail.com")

    mail("2026-12-28 20:15", "marriott-philadelphia-reservation", U, "other",
         ("Courtyard by Marriott Philadelphia Downtown", "reservations@res.marriott.com"),
         "Reservation Confirmation #71943358 for Courtyard Philadelphia Downtown",
         None, page([
             "<h2>Thanks for booking, Camille!</h2>",
             "<b>Confirmation number: 71943358</b>",
             f'<table cellpadding="4"><tr><td>Check-in</td><td>{esc(longd(d("2027-01-18")))} (after 4:00 PM)</td></tr>'
             f'<tr><td>Check-out</td><td>{esc(longd(d("2027-01-21")))} (by 12:00 PM)</td></tr>'
             "<tr><td>Room</td><td>1 King bed, 3 nights</td></tr>"
             "<tr><td>Rate</td><td>$189.00 per night (Advance Purchase, non-refundable)</td></tr></table>",
             "Courtyard by Marriott Philadelphia Downtown<br>21 North Juniper Street, Philadelphia, PA 19107<br>"
             "+1 215-496-3200",
             button("https://www.marriott.com/reservation/lookup.mi?confirmationNumber=71943358", "Manage reservation")],
             foot="Marriott Bonvoy. Please do not reply to this email."),
         cte="quoted-printable", must=["71943358", longd(d("2027-01-18")), longd(d("2027-01-21"))])

    mail("2027-01-08 09:00", "larner-match-bulletin", U, "other",
         ("Larner Office of Student Affairs", "larner.studentaffairs@med.uvm.edu"),
         "Class of 2027 Match Bulletin – January",
         None, page([
             "<h2>Class of 2027 Match Bulletin</h2>",
             "Happy new year, fourth-years! A few reminders as interview season winds down:",
             bullets([
                 "<b>Rank list workshop</b> &ndash; Thursday, January 28, 12:00 PM, Given Courtyard N100 "
                 "(lunch provided).",
                 "NRMP rank order list entry opens February 1; the certification deadline is March 3.",
                 "Thank-you notes: short, sincere and optional. Do not ask programs how they will rank you, and "
                 "remember that programs may not ask you either.",
                 "Wondering how many interviews is enough? Book 15 minutes with your advisor."]),
             "<b>Where our recent alumni matched in Psychiatry and Neurology:</b> UVM Medical Center, Dartmouth "
             "Health, Yale, Mass General Brigham, Tufts Medical Center, Maine Medical Center, University of "
             "Rochester, Albany Med, Penn State Hershey and Thomas Jefferson University Hospitals.",
             "You are almost there!<br>&mdash; Student Affairs, Larner College of Medicine at The University of Vermont"],
             foot="Larner College of Medicine, 89 Beaumont Avenue, Burlington, VT 05405"),
         cte="quoted-printable", must=["Class of 2027 Match Bulletin"])

    s = sent("2027-01-10 16:30", "sent-mentor-season-update", U, "other",
             "Lauren Whitcomb <lauren.whitcomb@uvmhealth.org>", "Interview season update + a ranking question",
             """Hi Dr. Whitcomb,

I hope you had a restful break! A quick update since we last met: I've now done most of my interviews -
UVM (both Psychiatry and Neurology), Yale, MGH/McLean, UMass Chan, Baystate, Tufts, Rochester, Upstate, NJMS,
Penn State, Dartmouth, Temple and Brown so far, with Jefferson, Brigham and a few others still to come in
January. Geisinger cancelled its day, and I'm waitlisted at Penn.

I'm still torn between ranking Psychiatry or Neurology first overall, or mixing them. Would you have 20
minutes in the next couple of weeks to talk it through?

Thank you for everything,""")
    mail("2027-01-10 16:31", "auto-reply-whitcomb", U, "other",
         ("Lauren Whitcomb", "lauren.whitcomb@uvmhealth.org"),
         "Automatic reply: Interview season update + a ranking question",
         """Thank you for your message. I am away from the office through Monday, January 18, with limited access
to email. For clinical matters please contact the UVM Medical Center psychiatry consult service at
802-555-0100. For residency or medical student education questions, please contact Kristen LaRose.

Lauren Whitcomb, MD
Associate Professor of Psychiatry
Larner College of Medicine at The University of Vermont
""", cte="7bit", irt=s["mid"], headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

    thal_system("2027-01-20 11:00", "thalamus-feature-announcement", "New in Thalamus: interview notes and calendar sync", [
        f"Hi {ME_NAME.split()[0]},",
        "Two new tools for the end of interview season:",
        bullets(["<b>Interview notes</b> &ndash; jot down impressions right after each interview; they're private "
                 "to you and stay with the interview on your calendar.",
                 "<b>Calendar sync</b> &ndash; send every Thalamus interview to Google Calendar or Outlook "
                 "automatically."]),
        button("https://app.thalamusgme.com/applicant/notes", "Try interview notes")],
        must=["https://app.thalamusgme.com/applicant/notes"])

    mail("2027-02-01 12:00", "nrmp-rol-open", U, "info", ("NRMP", "noreply@nrmp.org"),
         "Rank order list entry is now open – 2027 Main Residency Match",
         """Dear Camille Aucoin,

The Registration, Ranking, and Results (R3) system is now open for rank order list entry. You may enter,
modify and certify your rank order list until 9:00 PM Eastern Time on Wednesday, March 3, 2027.

If you are ranking advanced positions, remember to create supplemental rank order lists for the PGY-1
programs you want to pair with them.

Log in: https://r3.nrmp.org

Congratulations on reaching this stage of the Match!

National Resident Matching Program
""", cte="7bit", must=["https://r3.nrmp.org", "Wednesday, March 3, 2027"])
