"""Season L, Psychiatry programs (times are New York local)."""
from mk import (ET, ME, ME_NAME, SIG, UTC, PT, abbr, abbrnoy, at, bullets, button, clock, d, esc, ics, link, longd,
                longnoy, mail, mdy, page, q_gmail, q_outlook, sent, slash, wslash, dmy)
from platforms import (calendly, eras_invite, eras_post, eras_scheduled, gform_receipt, ib_confirm, ib_invite,
                       ib_reminder, thal_invite, thal_message, thal_reminder, thal_scheduled, thal_waitlist)

PSY = "Psychiatry"


def uvm():
    K = "uvm-psych"
    coord = ("Kristen LaRose", "kristen.larose@uvmhealth.org")
    d1, d2, d3 = d("2026-11-06"), d("2026-11-13"), d("2026-11-20")
    form = "https://forms.gle/Qm7uvmPsy27DateSel"
    text = f"""Dear Camille,

On behalf of Dr. Elise Marchand and the Residency Selection Committee, I am delighted to invite you to
interview with the UVM Psychiatry Residency Program at The University of Vermont Medical Center.

Our interview days this season are all virtual (Zoom) and run from about 8:00 AM to 1:30 PM Eastern:

    {longd(d1)}
    {longd(d2)}
    {longd(d3)}

Please choose a date using this short form: {form}
We ask that you submit the form by Tuesday, October 13. Dates are assigned in the order forms come in.

We know you already know many of us from your clerkship on the inpatient unit -- please don't let that
stop you from asking the residents anything at all on the day. We treat home and visiting applicants
exactly the same.

Warmly,
Kristen

Kristen LaRose
Residency Program Coordinator | Department of Psychiatry
The University of Vermont Medical Center | Larner College of Medicine
111 Colchester Avenue, Burlington, VT 05401
(802) 555-0192
"""
    html = page([
        "Dear Camille,",
        "On behalf of Dr. Elise Marchand and the Residency Selection Committee, I am delighted to invite you to "
        "interview with the <b>UVM Psychiatry Residency Program</b> at The University of Vermont Medical Center.",
        "Our interview days this season are all virtual (Zoom) and run from about 8:00 AM to 1:30 PM Eastern:",
        bullets([esc(longd(x)) for x in (d1, d2, d3)]),
        f"Please choose a date using this short form: {link(form)}<br>We ask that you submit the form by "
        "<b>Tuesday, October 13</b>. Dates are assigned in the order forms come in.",
        "We know you already know many of us from your clerkship on the inpatient unit &ndash; please don't let "
        "that stop you from asking the residents anything at all on the day. We treat home and visiting "
        "applicants exactly the same.",
        "Warmly,<br>Kristen",
        '<p style="font-size:12px;color:#555">Kristen LaRose<br>Residency Program Coordinator | Department of '
        "Psychiatry<br>The University of Vermont Medical Center | Larner College of Medicine<br>111 Colchester "
        "Avenue, Burlington, VT 05401<br>(802) 555-0192</p>"], bg="#ffffff")
    mail("2026-10-06 09:40", "uvm-psychiatry-interview-invitation", K, "invitation", coord,
         "UVM Psychiatry Residency - Interview Invitation", text, html,
         must=["The University of Vermont Medical Center", form, longd(d2)], idates=[d1, d2, d3],
         respond_by="Tuesday, October 13", deadline="2026-10-13")
    gform_receipt("2026-10-06 12:03", K, "scheduled", "UVM Psychiatry Interview Dates 2026-27",
                  "kristen.larose@uvmhealth.org",
                  [("Full name (as in ERAS)", ME_NAME), ("AAMC ID", "16234871"), ("Email", ME),
                   ("Which interview date would you like?", longd(d2)),
                   ("If that date is full, second choice", longd(d3)),
                   ("Dietary restrictions for the lunch gift card", "Vegetarian"),
                   ("Anything else we should know?", "No - thank you!")],
                  must=[longd(d2)], idates=[d2])
    zoom = "https://uvmhealth.zoom.us/j/93051148822"
    mail("2026-11-09 15:20", "uvmmc-psychiatry-interview-day-info", K, "reminder",
         ("UVMMC Psychiatry Residency", "psychiatry.residency@uvmhealth.org"),
         f"Interview day details - {longnoy(d2)}",
         f"""Hello applicants interviewing on {longd(d2)},

We are looking forward to meeting you on Friday! A few details:

Zoom (same link all day): {zoom}
Passcode: 481516

  7:45 AM   Log on, tech check
  8:00 AM   Welcome from Dr. Marchand, program overview
  8:45 AM   Interviews (three 25-minute interviews, breakout rooms)
 11:00 AM   Residents-only Q&A
 12:15 PM   Virtual tour of the inpatient unit and the Burlington Community Outpatient Clinic
  1:30 PM   Close

If your Zoom link fails on the day, call me at (802) 555-0192.

Kristen LaRose
UVM Medical Center Department of Psychiatry
""", cte="7bit", to=("Psychiatry Applicants", "psychiatry.residency@uvmhealth.org"),
         must=[zoom, longd(d2)], idates=[d2])
    sent("2026-11-14 10:12", "sent-thank-you-uvm-psychiatry", K, "info",
         "Elise Marchand <elise.marchand@uvmhealth.org>",
         "Thank you - UVM Psychiatry interview",
         """Dear Dr. Marchand,

Thank you for yesterday's interview day. Even after a clerkship on Shepardson 3, I learned a lot about the
program I had not seen as a student: the way the PGY-2 consult year is built around the ED crisis team and
how much protected time the residents actually get for their scholarly projects.

My conversation with Dr. Haddad about collaborative care in rural primary care practices was a highlight.
UVM remains a program I would be very happy to train in, and I hope to continue working with all of you.

With gratitude,""", cc="Kristen LaRose <kristen.larose@uvmhealth.org>")


def yale():
    K = "yale-psych"
    prog = "Yale School of Medicine – Psychiatry Residency Program"
    dates = [d("2026-11-19"), d("2026-12-03"), d("2026-12-10")]
    thal_invite("2026-10-08 11:02", K, prog, PSY, dates, slot_code="ysm-psych-7d31",
                sender_name="Yale Psychiatry via Thalamus",
                note="We were glad to read your application and look forward to getting to know you. All of our "
                     "interview days are virtual this year. - Marisol Vega, Residency Coordinator")
    day = dates[1]
    thal_scheduled("2026-10-08 11:19", K, prog, day, "08:45", 450, slot_code="ysm-psych-7d31",
                   where="Zoom (link sent by the program the week before)")
    soc = d("2026-12-02")
    mail("2026-11-23 14:05", "yale-psychiatry-pre-interview-social", K, "info",
         ("Yale Psychiatry Residency", "psychiatry.residency@yale.edu"),
         "You're invited: Yale Psychiatry resident social (night before your interview)",
         None, page([
             f"Hi Camille,",
             f"Our residents would love to meet you informally the evening before your interview day "
             f"(<b>{esc(longd(day))}</b>). The social is on <b>{esc(longnoy(soc))}, 7:00&ndash;8:15 PM</b> "
             "on Gather; no faculty attend, and nothing said there is part of your evaluation.",
             f"Link: {link('https://app.gather.town/invite?token=YalePsy-Dec02')}",
             "Residents from the Connecticut Mental Health Center, the West Haven VA and Yale New Haven "
             "Psychiatric Hospital will be there. Come with questions about New Haven, call schedules or "
             "anything else.",
             "Best,<br>Marisol Vega<br>Residency Program Coordinator<br>Yale Department of Psychiatry | "
             "300 George Street, Suite 901, New Haven, CT 06511"], bg="#eaf0f8"),
         cte="quoted-printable",
         must=["https://app.gather.town/invite?token=YalePsy-Dec02", longd(day), longnoy(soc)], idates=[day])
    sent("2026-12-03 19:48", "sent-thank-you-yale-psychiatry", K, "info",
         "Marisol Vega <marisol.vega@yale.edu>", "Thank you from Camille Aucoin (interviewed Dec 3)",
         """Dear Ms. Vega,

Thank you so much for organizing today's interview day and last night's social - everything ran smoothly,
which on Zoom is no small thing.

Would you be able to pass my thanks to Dr. Iyer and to Dr. Rosen and Dr. Okonjo, who interviewed me? I was
especially struck by the CMHC public-sector rotation and by how candidly the PGY-3s talked about the
outpatient year. I left very excited about Yale.

Best regards,""")


def mghmclean():
    K = "mghmclean-psych"
    dates = [d("2026-11-16"), d("2026-11-30"), d("2026-12-07"), d("2027-01-04")]
    fr = ("MGH/McLean Psychiatry Residency", "mghmcleanpsychres@mgb.org")
    html = page([
        "Dear Camille Aucoin,",
        "Thank you for applying to the <b>MGH/McLean Adult Psychiatry Residency Training Program</b>. We are "
        "pleased to invite you to a virtual interview day.",
        "Interview days this season:" + bullets([esc(longd(x)) for x in dates]),
        "Please schedule your day through the <b>ERAS Interview Scheduler</b> (MyERAS &gt; Interviews) "
        "<b>within 72 hours of this email</b>. After that, remaining dates will be offered to applicants on "
        "our waitlist.",
        "Each day includes a welcome from the program directors, four faculty interviews, lunch with current "
        "residents, and virtual visits to Massachusetts General Hospital in Boston and McLean Hospital in "
        "Belmont.",
        "We look forward to meeting you.",
        "Aisha Thornton<br>Program Manager, MGH/McLean Adult Psychiatry Residency<br>Massachusetts General "
        "Hospital | 55 Fruit Street, Boston, MA 02114"],
        head='<b style="color:#003a70">Mass General Brigham</b> &nbsp;|&nbsp; Department of Psychiatry',
        bg="#ffffff")
    mail("2026-10-13 10:00", "mgh-mclean-psychiatry-invitation", K, "invitation", fr,
         "Interview Invitation | MGH/McLean Adult Psychiatry Residency", None, html, cte="quoted-printable",
         must=["MGH/McLean Adult Psychiatry Residency Training Program", "Massachusetts General Hospital"]
         + [longd(x) for x in dates], idates=dates, respond_by="within 72 hours of this email",
         deadline="2026-10-16")
    day = dates[1]
    eras_scheduled("2026-10-13 10:41", K, "Massachusetts General Hospital/McLean Hospital Program", "4002421173",
                   day, "08:00", 540)
    zoom = "https://partners.zoom.us/j/96221874410"
    mail("2026-11-24 16:30", "mgh-mclean-interview-day-schedule", K, "reminder", fr,
         f"Your MGH/McLean interview day: Monday, 11/30",
         f"""Dear Camille,

We look forward to seeing you (virtually) on {longd(day)}. Your personal schedule is below; all times are
Eastern.

 7:45   Join the main room: {zoom}
 8:00   Welcome - Drs. Halvorsen and Liang, Program Directors
 8:40   Interview 1 - Dr. Sarah Kwon (McLean, Psychotic Disorders)
 9:25   Interview 2 - Dr. Mateo Ruiz (MGH, Consultation-Liaison)
10:10   Break
10:25   Interview 3 - Dr. Judith Adeyemi (MGH, Child & Adolescent)
11:10   Interview 4 - Dr. Benjamin Hale (McLean, Outpatient)
12:00   Lunch with residents (please have your lunch delivery gift code ready)
 1:00   Virtual tours: Blake building at MGH; McLean campus in Belmont
 2:00   Wrap-up

If anything changes on your end, please reply to this email.

Aisha Thornton
MGH/McLean Adult Psychiatry Residency
Massachusetts General Hospital | McLean Hospital
""", cte="quoted-printable", must=[zoom, longd(day)], idates=[day])
    sent("2026-12-01 09:15", "sent-thank-you-mgh-mclean", K, "info",
         "Aisha Thornton <mghmcleanpsychres@mgb.org>", "Thank you - MGH/McLean interview on 11/30",
         """Dear Ms. Thornton,

Thank you for a wonderfully organized day yesterday. Could I ask you to share my thanks with Drs. Halvorsen
and Liang, and with Drs. Kwon, Ruiz, Adeyemi and Hale?

I came away particularly interested in the McLean first-episode psychosis clinic and the way MGH residents
carry their outpatients for the whole of PGY-3 and PGY-4. It was a privilege to interview.

Sincerely,""")


def bwh():
    K = "bwh-psych"
    fr = ("Colleen Mahoney", "cmahoney@bwh.harvard.edu")
    txt = """Dear Ms. Aucoin,

Thank you for your interest in the Brigham and Women’s Hospital Psychiatry Residency Program. This year we
received far more strong applications than we have interview slots, and we are not able to offer you an
interview at this time.

We would, however, like to place you on our interview waitlist. Openings are announced through Thalamus; if a
date becomes available, you will receive an email from Thalamus and can claim it there. You do not need to
do anything to remain on the list.

We appreciate your patience and wish you the very best this season.

Colleen Mahoney
Residency Coordinator, Department of Psychiatry
Brigham and Women’s Hospital | Mass General Brigham
60 Fenwood Road, Boston, MA 02115
"""
    mail("2026-11-05 13:30", "bwh-psychiatry-waitlist", K, "waitlist", fr,
         "Brigham and Women’s Psychiatry Residency – interview waitlist", txt, cte="quoted-printable",
         must=["Brigham and Women’s Hospital Psychiatry Residency Program"])
    prog = "Brigham and Women's Hospital – Psychiatry Residency"
    dates = [d("2027-01-13"), d("2027-01-15")]
    thal_invite("2027-01-06 12:00", K, prog, PSY, dates, slot_code="bwh-psych-wl-22a8", waitlist_offer=True,
                note="Two seats have opened on our final interview days. Please claim one only if you can attend.",
                must=["Brigham and Women's Hospital"])
    thal_scheduled("2027-01-06 12:04", K, prog, dates[0], "09:00", 420, slot_code="bwh-psych-wl-22a8")
    sent("2027-01-13 20:10", "sent-thank-you-brigham-psychiatry", K, "info",
         "Colleen Mahoney <cmahoney@bwh.harvard.edu>", "Thank you - today's Brigham Psychiatry interview",
         """Dear Ms. Mahoney,

Thank you for offering me one of the January seats from the waitlist, and for a warm and well-run day. I
would be grateful if you could pass along my thanks to Dr. Feld and to my interviewers.

The Brigham's integration of psychiatry into the neurology and oncology services fits exactly what I hope to
do, and I'm very glad I got the chance to see it.

All the best,""")


def umass():
    K = "umass-psych"
    dates = [d("2026-11-17"), d("2026-12-01"), d("2026-12-08")]
    eras_invite("2026-10-15 09:00", K, "UMass Chan Medical School Program", "4002421090", PSY, dates,
                respond_by="10/22/2026 11:59 PM ET", deadline="2026-10-22",
                note="""Thank you for applying to the Psychiatry Residency at UMass Chan Medical School /
UMass Memorial Medical Center in Worcester. Interview days are virtual and begin at 8:30 AM. You will
meet the chair, the program director and residents from all four years. - Linda Ferreira, Program Coordinator""",
                must=["UMass Memorial Medical Center"])
    eras_scheduled("2026-10-15 09:26", K, "UMass Chan Medical School Program", "4002421090", dates[0], "08:30", 420)
    sent("2026-11-18 08:50", "sent-thank-you-umass-chan-psychiatry", K, "info",
         "Linda Ferreira <linda.ferreira@umassmemorial.org>", "Thank you - UMass Chan Psychiatry",
         """Dear Ms. Ferreira,

Thank you for coordinating yesterday's interview day. Please pass my thanks on to the program director and
to the residents who stayed late to answer questions. The public-sector track at Worcester Recovery Center
and the residents' obvious affection for each other stood out to me.

Best wishes,""")


def baystate():
    K = "baystate-psych"
    org = "Baystate Medical Center"
    camp = "Psychiatry Residency - Categorical PGY-1 (2027)"
    coord = ("Tammy Szczepanski", "tammy.szczepanski@baystatehealth.org")
    dates = [d("2026-12-07"), d("2026-12-14"), d("2027-01-08")]
    ib_invite("2026-10-30 14:15", K, org, camp, dates, coord=coord, token="bmc-psy-27-q8f2",
              respond_by="Friday, November 6, 2026", deadline="2026-11-06",
              note="Baystate is the western campus of UMass Chan Medical School (UMass Chan Medical School – "
                   "Baystate) in Springfield, Massachusetts. All interviews this year are virtual.")
    zoom = "https://baystatehealth.zoom.us/j/81166203375"
    ib_confirm("2026-10-30 15:02", K, org, camp, dates[0], "08:30", 390, coord=coord, zoom=zoom)
    ib_reminder("2026-12-03 10:00", K, org, dates[0], "08:30", coord=coord, zoom=zoom)
    sl = d("2027-01-29")
    mail("2026-12-08 11:30", "baystate-psychiatry-post-interview", K, "info",
         ("Gregory Pappas, MD", "gregory.pappas@baystatehealth.org"),
         "Thank you for interviewing with Baystate Psychiatry",
         f"""Dear Camille,

On behalf of all of us in the Department of Psychiatry at Baystate, thank you for spending yesterday with us.
I hope the day gave you a real sense of residency life in Springfield and of our place within UMass Chan
Medical School - Baystate.

Several applicants have asked about seeing Springfield in person. We are holding an optional, informal
in-person open house on {longd(sl)}, from 1 to 4 PM at the Baystate Medical Center campus, 759 Chestnut
Street. Attendance is entirely optional and has no effect on our rank list; please RSVP to Tammy if you would
like to come.

As NRMP rules require, we will not ask you where you intend to rank us, and you should not feel any need to
tell us.

With best wishes,

Gregory Pappas, MD
Program Director, Psychiatry Residency
Baystate Medical Center | UMass Chan Medical School - Baystate
""", cte="7bit", cc=coord, must=[longd(sl), "759 Chestnut"])


def tufts():
    K = "tufts-psych"
    prog = "Tufts Medical Center - Psychiatry"
    dates = [d("2026-11-20"), d("2026-12-04"), d("2026-12-11")]
    thal_invite("2026-10-19 16:20", K, prog, PSY, dates, slot_code="tmc-psych-5b0e",
                note="Thank you for applying to Tufts MC Psychiatry. Please schedule within one week.",
                respond_by="Monday, October 26, 2026", deadline="2026-10-26")
    thal_scheduled("2026-10-20 07:55", K, prog, dates[0], "09:00", 360, slot_code="tmc-psych-5b0e")
    sent("2026-11-21 09:30", "sent-thank-you-tufts-mc-psychiatry", K, "info",
         "Tufts MC Psychiatry Residency <tuftsmcpsychiatry@tuftsmedicine.org>",
         "Thank you (Camille Aucoin, 11/20 interview)",
         """Dear Dr. Brandt and the Tufts Psychiatry team,

Thank you for yesterday. Hearing the residents describe the Chinatown community clinic and the
psychiatry-in-the-ED model at Tufts Medical Center made the program come alive for me, and I appreciated
how open everyone was about the challenges of the last few years.

Thank you again for the opportunity,""")


def mainemed():
    K = "mainemed-psych"
    fr = ("Maine Medical Center Psychiatry Residency", "psychiatryresidency@mainehealth.org")
    mail("2026-11-10 11:45", "maine-med-psychiatry-interview-status", K, "waitlist", fr,
         "Maine Medical Center Psychiatry - interview status",
         """Dear Camille,

Thank you for applying to the Psychiatry Residency at Maine Medical Center in Portland. Our interview
calendar is currently full, but we were impressed with your application and have placed you on our
interview waitlist. If a spot opens, we will email you with the available date.

Maine Medical Center is part of MaineHealth and is the principal clinical campus of the Tufts University
School of Medicine - Maine Track, so you may also see our residents at Tufts events.

Kind regards,
Hannah Pelletier
Program Coordinator, Psychiatry Residency
MaineHealth Maine Medical Center
22 Bramhall Street, Portland, ME 04102
""", cte="7bit")
    mail("2027-01-19 10:10", "maine-med-psychiatry-waitlist-final", K, "rejection", fr,
         "Update on your application to MMC Psychiatry",
         """Dear Camille,

We have now completed our final interview day of the season. Unfortunately no additional interview spots
opened, and we are releasing our waitlist. We are sorry we were not able to meet you this year.

Thank you for your interest in Maine Medical Center, and best of luck in the Match.

Hannah Pelletier
MaineHealth Maine Medical Center | Psychiatry Residency
""", cte="7bit")


def urmc():
    K = "urmc-psych"
    prog = "University of Rochester Medical Center - Psychiatry Residency"
    dates = [d("2026-12-01"), d("2026-12-08")]
    inv = thal_invite("2026-10-22 10:30", K, prog, PSY, dates, slot_code="urmc-psy-e901",
                      note="Each interview day includes an optional virtual tour of Strong Memorial Hospital.")
    thal_scheduled("2026-10-22 10:52", K, prog, dates[0], "09:00", 420, slot_code="urmc-psy-e901")
    new, alt = d("2026-12-09"), d("2026-12-08")
    fr = ("Beth Ann Kowalski", "bethann_kowalski@urmc.rochester.edu")
    body = f"""Hi Camille,

I'm sorry to write with a change. Our department has a mandatory faculty event that was just moved onto
{longd(dates[0])}, so we are cancelling that interview session and moving everyone booked on it.

We have moved you to {longd(new)}, same schedule (9:00 AM - 4:00 PM Eastern). You will get an updated
Thalamus notice shortly. If the 9th does not work for you, we also have two seats left on {longd(alt)};
just reply and let me know.

Again, apologies for the inconvenience.

Beth Ann Kowalski
Residency Program Administrator
Department of Psychiatry, University of Rochester Medical Center
300 Crittenden Blvd, Rochester, NY 14642 | 585-555-0173
"""
    c = mail("2026-11-12 13:15", "urmc-psychiatry-interview-date-change", K, "scheduled", fr,
             f"URMC Psychiatry: change to your interview date ({slash(dates[0])})", body, cte="7bit",
             must=[longd(new), longd(alt)], idates=[alt, new])
    r = sent("2026-11-12 18:40", "sent-re-urmc-psychiatry-date-change", K, "scheduled",
             "Beth Ann Kowalski <bethann_kowalski@urmc.rochester.edu>",
             f"Re: URMC Psychiatry: change to your interview date ({slash(dates[0])})",
             f"Hi Beth Ann,\n\nNo problem at all - {longd(new)} works well for me. Thank you for letting me know"
             " so early.\n\nBest,\nCamille", sig=False, irt=c["mid"],
             quote=q_gmail(c["when"], "Beth Ann Kowalski", fr[1], body), idates=[new])
    thal_scheduled("2026-11-13 09:05", K, prog, new, "09:00", 420, slot_code="urmc-psy-e901", moved_from=dates[0])


def rrh():
    K = "rrh-psych"
    fr = ("Amanda DiPasquale", "amanda.dipasquale@rochesterregional.org")
    dates = [d("2026-12-16"), d("2027-01-13"), d("2027-01-27")]
    cal = "https://calendly.com/rrh-psychiatry-residency/interview-day"
    html = page([
        "Good morning Camille,",
        "Thank you for your application to the <b>Rochester Regional Health Psychiatry Residency Program</b>. "
        "Dr. Rajiv Menon and our selection committee would like to invite you to a virtual interview.",
        "Our program is based at Unity Hospital in Greece, NY, with rotations at Rochester General Hospital "
        "and our community clinics. Please note that we are a separate program from the University of Rochester "
        "(URMC/Strong) psychiatry residency.",
        "Interview dates:" + bullets([esc(longd(x)) for x in dates]),
        f"Please reserve a date through our Calendly page: {link(cal)}",
        "We kindly ask that you schedule within 5 business days of this email.",
        "Best regards,",
        '<p style="color:#00539b;font-size:13px">Amanda DiPasquale<br>GME Program Coordinator &ndash; Psychiatry'
        "<br>Rochester Regional Health | Unity Hospital<br>1555 Long Pond Road, Rochester, NY 14626<br>"
        "P: 585.555.0116</p>"], bg="#ffffff", font="Calibri,Arial,sans-serif")
    mail("2026-11-16 11:20", "rrh-psychiatry-invitation", K, "invitation", fr,
         "Interview Invitation - Rochester Regional Health Psychiatry Residency", None, html,
         cte="quoted-printable", must=[cal, "Rochester Regional Health Psychiatry Residency Program"]
         + [longd(x) for x in dates], idates=dates, respond_by="within 5 business days of this email",
         deadline="2026-11-23")
    ev = "Psychiatry Residency Virtual Interview Day"
    host = "Rochester Regional Health Psychiatry"
    calendly("2026-11-17 21:05", K, "scheduled", ev, host, dates[2], "09:00", 330, uri="rrhpsy-8c1d4e77",
             answers=[("AAMC ID", "16234871"), ("Preferred phone number in case of technical issues", "802-555-0147")])
    body = f"""Dear Ms. DiPasquale,

I am writing to withdraw from my interview with the Rochester Regional Health Psychiatry Residency on
{longd(dates[2])}. After a lot of thought I have decided to complete my interview season with the programs I
have already visited, and I want to release my spot in time for another applicant to use it.

Thank you, Dr. Menon and the committee very much for the invitation. I have cancelled the Calendly booking
as well.

Sincerely,"""
    s = sent("2027-01-19 08:30", "sent-withdraw-rrh-psychiatry", K, "cancellation",
             "Amanda DiPasquale <amanda.dipasquale@rochesterregional.org>",
             f"Cancelling my {slash(dates[2])} interview - Camille Aucoin", body)
    calendly("2027-01-19 08:34", K, "cancellation", ev, host, dates[2], "09:00", 330, uri="rrhpsy-8c1d4e77",
             cancel_reason="Withdrawing from interview - thank you for the invitation.")
    mail("2027-01-19 13:50", "re-rrh-psychiatry-withdrawal", K, "cancellation", fr,
         f"RE: Cancelling my {slash(dates[2])} interview - Camille Aucoin",
         "Hi Camille,\n\nThank you for letting us know, and for the advance notice - we were able to offer your "
         "seat to an applicant on our waitlist this morning. Best of luck in the Match!\n\nAmanda\n\n"
         "Amanda DiPasquale | GME Program Coordinator - Psychiatry | Rochester Regional Health\n\n"
         + q_outlook(s["when"], ME_NAME, ME, "Amanda DiPasquale <amanda.dipasquale@rochesterregional.org>",
                     f"Cancelling my {slash(dates[2])} interview - Camille Aucoin", body + "\n\n" + SIG),
         cte="quoted-printable", irt=s["mid"])


def upstate():
    K = "upstate-psych"
    dates = [d("2026-12-11"), d("2026-12-18"), d("2027-01-15")]
    eras_invite("2026-10-27 12:00", K, "SUNY Upstate Medical University Program", "4003531112", PSY, dates,
                respond_by="11/03/2026", deadline="2026-11-03",
                note="Upstate Psychiatry (Syracuse, NY) invites you to a virtual interview day. Please accept a date "
                     "in MyERAS. Questions: Kim Zeller, zellerk@upstate.edu")
    eras_scheduled("2026-10-28 07:45", K, "SUNY Upstate Medical University Program", "4003531112", dates[0],
                   "08:30", 390)
    sent("2026-12-11 18:25", "sent-thank-you-upstate-psychiatry", K, "info", "Kim Zeller <zellerk@upstate.edu>",
         "Thank you - Upstate Psychiatry interview today",
         """Dear Ms. Zeller,

Thank you for a great interview day at Upstate. I'd be grateful if you could forward my thanks to Dr. Mendes
and the residents. The Hutchings Psychiatric Center rotation and the research track were exactly what I
hoped to hear about, and Syracuse sounds like a place I could be happy for four years.

Kind regards,""")


def downstate():
    K = "downstate-psych"
    eras_post("2026-11-04 17:05", K, "rejection", "SUNY Downstate Health Sciences University Program", "4003521038",
              "Your application to Downstate Psychiatry",
              """Dear Applicant,

Thank you for applying to the Psychiatry Residency Program at SUNY Downstate Health Sciences University in
Brooklyn. We received over 1,900 applications for 14 positions. After careful review, we regret that we are
unable to offer you an interview this year.

We wish you every success in your career.

Residency Selection Committee
Department of Psychiatry and Behavioral Sciences, SUNY Downstate""", must=["SUNY Downstate"])


def njms():
    K = "njms-psych"
    org = "Rutgers New Jersey Medical School – Department of Psychiatry"
    camp = "General Psychiatry Residency (PGY-1)"
    coord = ("Yolanda Pierce", "yp214@njms.rutgers.edu")
    dates = [d("2026-12-03"), d("2026-12-17"), d("2027-01-07")]
    ib_invite("2026-10-20 13:10", K, org, camp, dates, coord=coord, token="njms-psy-4471",
              note="Our residents train at University Hospital in Newark, the VA New Jersey Health Care System and "
                   "Rutgers University Behavioral Health Care.")
    zoom = "https://rutgers.zoom.us/j/97755104312"
    ib_confirm("2026-10-20 13:44", K, org, camp, dates[1], "08:45", 360, coord=coord, zoom=zoom,
               must=["Rutgers New Jersey Medical School"])
    sent("2026-12-17 17:30", "sent-thank-you-njms-psychiatry", K, "info", "Yolanda Pierce <yp214@njms.rutgers.edu>",
         "Thank you - NJMS Psychiatry",
         """Dear Ms. Pierce,

Thank you for today's interview with the NJMS Psychiatry residency. Please share my gratitude with Dr. Osei
and my interviewers. The residents' commitment to University Hospital's patients in Newark, and the
addiction psychiatry experience, left a strong impression on me.

With thanks,""")


def rwjms():
    K = "rwjms-psych"
    mail("2026-11-18 15:40", "rwjms-psychiatry-application-decision", K, "rejection",
         ("Rutgers RWJMS Psychiatry Residency", "psychresidency@rwjms.rutgers.edu"),
         "Rutgers Robert Wood Johnson Medical School Psychiatry Residency - Application Status",
         None, page([
             "Dear Camille Aucoin,",
             "Thank you for your interest in the Psychiatry Residency Program at Rutgers Robert Wood Johnson "
             "Medical School. We have completed our review and, with so many excellent applicants, we are "
             "unable to offer you an interview for the 2027 Match.",
             "Please note this decision applies only to our psychiatry program in Piscataway/New Brunswick.",
             "We wish you the very best.",
             "Sincerely,<br>Residency Selection Committee<br>Department of Psychiatry<br>Rutgers Robert Wood Johnson "
             "Medical School | Rutgers Health<br>671 Hoes Lane West, Piscataway, NJ 08854"],
             head='<b style="color:#cc0033">RUTGERS</b> Robert Wood Johnson Medical School'), cte="base64")


def penn():
    K = "penn-psych"
    thal_waitlist("2026-11-11 09:15", K, "University of Pennsylvania Health System – Psychiatry",
                  note="We have more excellent applicants than interview slots. We will contact waitlisted "
                       "applicants in the order of our list if dates open.")
    fr = ("Meredith Sato", "meredith.sato@pennmedicine.upenn.edu")
    body = """Dear Camille,

I wanted to give everyone on our interview waitlist an honest update. Our last interview day is Friday,
January 29, and at this point we have had only a handful of cancellations. You remain on our waitlist, and
if a spot opens we will reach out through Thalamus immediately.

Thank you for your continued interest in Penn Psychiatry.

Meredith Sato
Residency Program Coordinator
Department of Psychiatry | Perelman School of Medicine at the University of Pennsylvania
3535 Market Street, Philadelphia, PA 19104"""
    u = mail("2027-01-22 14:00", "penn-psychiatry-waitlist-update", K, "waitlist", fr,
             "Penn Psychiatry waitlist - update", body + "\n", cte="quoted-printable")
    sent("2027-01-25 19:30", "sent-re-penn-psychiatry-waitlist", K, "info",
         "Meredith Sato <meredith.sato@pennmedicine.upenn.edu>", "Re: Penn Psychiatry waitlist - update",
         """Dear Ms. Sato,

Thank you for the update. I wanted to let you know that I remain very interested in Penn Psychiatry,
especially the Penn Center for the Treatment and Study of Anxiety and the neuromodulation work at HUP, and I
could join any remaining date on short notice, including Friday, January 29.

Thank you for considering me,""", irt=u["mid"], quote=q_gmail(u["when"], "Meredith Sato", fr[1], body))


def pennstate():
    K = "pennstate-psych"
    prog = "Penn State Health Milton S. Hershey Medical Center – Psychiatry"
    dates = [d("2026-11-09"), d("2026-11-23"), d("2026-12-14")]
    thal_invite("2026-10-14 08:30", K, prog, PSY, dates, slot_code="psh-psych-31c9",
                note="Penn State Psychiatry and Behavioral Health is delighted to invite you! Our interview days "
                     "are virtual and include a session with Penn State College of Medicine faculty.")
    thal_scheduled("2026-10-14 08:47", K, prog, dates[1], "08:00", 420, slot_code="psh-psych-31c9")
    sent("2026-11-24 10:05", "sent-thank-you-penn-state-psychiatry", K, "info",
         "Penn State Psychiatry Residency <psychiatryresidency@pennstatehealth.psu.edu>",
         "Thank you - Hershey interview 11/23",
         """Dear Dr. Reigle,

Thank you for yesterday's interview day. I really enjoyed learning about the new Penn State Health
Behavioral Health hospital and the residents' experience at the Hershey Medical Center consult service.

Thank you again, and I hope you have a restful Thanksgiving.

Best,""")


def geisinger():
    K = "geisinger-psych"
    fr = ("Dana Kowalczyk", "dkowalczyk@geisinger.edu")
    dates = [d("2026-12-10"), d("2027-01-07"), d("2027-01-21")]
    cal = "https://calendly.com/geisinger-psychiatry-gme/virtual-interview"
    mail("2026-11-02 09:30", "geisinger-psychiatry-interview-invite", K, "invitation", fr,
         "Geisinger Psychiatry Residency (Danville) - invitation to interview",
         f"""Hello Camille,

Congratulations! The Geisinger Psychiatry Residency Program at Geisinger Medical Center in Danville, PA
would like to invite you to interview.

Available virtual interview days:
 * {longd(dates[0])}
 * {longd(dates[1])}
 * {longd(dates[2])}

Please pick a day here: {cal}

Interview days run from 8:30 AM until about 1:00 PM. You'll hear from Dr. Halloran, our program director,
meet with two faculty interviewers and spend time with residents.

Looking forward to meeting you,
Dana

Dana Kowalczyk | Residency Coordinator, Psychiatry
Geisinger | 100 N. Academy Ave., Danville, PA 17822 | 570-555-0128
""", cte="7bit", must=[cal, "Geisinger Medical Center"] + [longd(x) for x in dates], idates=dates)
    ev = "Geisinger Psychiatry Virtual Interview"
    host = "Geisinger Psychiatry Residency"
    calendly("2026-11-02 20:15", K, "scheduled", ev, host, dates[1], "08:30", 270, uri="gsnpsy-41b7a0d2",
             answers=[("Medical school", "Larner College of Medicine at the University of Vermont")])
    mail("2026-12-16 10:45", "geisinger-psychiatry-interview-cancelled", K, "cancellation", fr,
         f"Geisinger Psychiatry - cancellation of {longnoy(dates[1])} interview day",
         f"""Dear Camille,

I am sorry to share that we have had to cancel our interview day on {longd(dates[1])}. Our PGY-1 complement
for July 2027 has been reduced, and with fewer positions to fill we have already interviewed the number of
applicants we need. We are not able to offer another date.

Your Calendly booking has been cancelled, and you will get an automatic notice. We truly apologize for the
inconvenience this late in the season and wish you the very best in the Match.

Dana Kowalczyk
Residency Coordinator, Psychiatry
Geisinger
""", cte="7bit", must=[longd(dates[1])])
    calendly("2026-12-16 10:46", K, "cancellation", ev, host, dates[1], "08:30", 270, uri="gsnpsy-41b7a0d2",
             cancel_reason="Cancelled by host: interview day cancelled by the program.")


def albany():
    K = "albany-psych"
    dates = [d("2027-02-11"), d("2027-02-12")]
    eras_invite("2027-01-12 16:00", K, "Albany Medical Center Program", "4003511064", PSY, dates,
                respond_by="01/19/2027", deadline="2027-01-19",
                note="""Albany Medical Center Psychiatry has added two final interview days and would be glad to
meet you. Both days are virtual.""")
    eras_scheduled("2027-01-13 07:30", K, "Albany Medical Center Program", "4003511064", dates[1], "08:30", 360)
    zoom = "https://amc-edu.zoom.us/j/92048871523"
    mail("2027-02-02 11:00", "albany-med-psychiatry-interview-logistics", K, "reminder",
         ("Nicole Van Alstyne", "vanalsn@amc.edu"),
         f"Albany Med Psychiatry interview - {longd(dates[1])}",
         f"""Hi Camille,

Here are the details for your interview with Albany Med Psychiatry on {longd(dates[1])}.

Zoom: {zoom} (opens at 8:15 AM)
8:30   Welcome - Dr. Farrell, Program Director, and Dr. Olusegun, Chair
9:15   Faculty interviews (2)
10:30  Resident panel
11:30  Virtual tour: Albany Medical Center and the Capital District Psychiatric Center
12:30  Close

Please email me or call 518-555-0135 if you have any trouble connecting.

Nicole Van Alstyne
Residency Coordinator | Department of Psychiatry
Albany Medical Center | 43 New Scotland Avenue, Albany, NY 12208
""", cte="7bit", must=[zoom, longd(dates[1])], idates=[dates[1]])


def dartmouth():
    K = "dartmouth-psych"
    prog = "Dartmouth Health – Psychiatry Residency (Dartmouth Hitchcock Medical Center)"
    dates = [d("2026-12-16"), d("2027-01-06")]
    thal_invite("2026-11-03 15:00", K, prog, PSY, dates, slot_code="dh-psych-90f1",
                note="From the hills of New Hampshire - we'd love to meet you! Dr. Ruth Ellison, Program Director")
    thal_scheduled("2026-11-03 15:22", K, prog, dates[0], "09:00", 330, slot_code="dh-psych-90f1")
    sent("2026-12-16 16:40", "sent-thank-you-dartmouth-psychiatry", K, "info",
         "Ruth Ellison <ruth.a.ellison@hitchcock.org>", "Thank you - Dartmouth Psychiatry",
         """Dear Dr. Ellison,

Thank you for welcoming me to today's interview. I loved hearing about the rural telepsychiatry work and the
residents' role at New Hampshire Hospital. DHMC felt like a place where residents know each other well, and
that matters a great deal to me.

Warmly,""")


def brown():
    K = "brown-psych"
    prog = "Brown University Health – Psychiatry Residency"
    dates = [d("2027-02-16"), d("2027-02-18")]
    thal_invite("2027-02-03 10:00", K, prog, PSY, dates, slot_code="buh-psych-6e2c",
                respond_by="Tuesday, February 9, 2027", deadline="2027-02-09",
                note="We have added two late-season interview days and would be glad to meet you.")
    mail("2027-02-03 10:30", "brown-psychiatry-note-from-coordinator", K, "info",
         ("Sofia Medeiros", "smedeiros@brownhealth.org"),
         "A few notes about your Brown Psychiatry invitation",
         f"""Hi Camille,

You should have just received a Thalamus invitation from the Brown University Health Psychiatry Residency. A
couple of things that confuse people:

- Brown University Health is the new name of Lifespan, so some of our documents and email signatures still
  say "Lifespan". The program itself has not changed.
- Our residents are based at Butler Hospital and Rhode Island Hospital in Providence, and our faculty are at
  the Warren Alpert Medical School of Brown University.

The two remaining days are {longd(dates[0])} and {longd(dates[1])}. Please choose one in Thalamus by Tuesday,
February 9.

Best,
Sofia Medeiros
Residency Program Coordinator, Psychiatry
Brown University Health | Butler Hospital, 345 Blackstone Blvd, Providence, RI 02906
""", cte="quoted-printable", must=["Butler Hospital", longd(dates[0])], idates=dates,
         respond_by="Tuesday, February 9", deadline="2027-02-09")


def upmc():
    K = "upmc-psych"
    eras_post("2026-12-02 17:20", K, "rejection", "UPMC Medical Education Program", "4004113122",
              "Psychiatry Residency at UPMC Western Psychiatric Hospital",
              """Dear Ms. Aucoin,

Thank you for applying to the Psychiatry Residency Program at UPMC Western Psychiatric Hospital. We regret to
inform you that we are unable to offer you an interview. The number of highly qualified applicants greatly
exceeded the number of interviews we can offer.

We appreciate your interest and wish you success in the Match.

Psychiatry Residency Program
UPMC Western Psychiatric Hospital | University of Pittsburgh""",
              must=["UPMC Western Psychiatric Hospital"])


def build():
    for f in (uvm, yale, mghmclean, bwh, umass, baystate, tufts, mainemed, urmc, rrh, upstate, downstate, njms,
              rwjms, penn, pennstate, geisinger, albany, dartmouth, brown, upmc):
        f()
