"""Season L, Neurology programs and preliminary Internal Medicine years (times are New York local)."""
from mk import (et as mk_et, ET, ME, ME_NAME, SIG, UTC, PT, abbr, abbrnoy, at, bullets, button, clock, d, esc, ics, link, longd,
                longnoy, mail, mdy, page, q_gmail, q_outlook, sent, slash, wslash, dmy)
from platforms import (calendly, eras_invite, eras_post, eras_scheduled, ib_confirm, ib_declined, ib_invite,
                       thal_invite, thal_message, thal_reminder, thal_scheduled, thal_waitlist)

NEU, IM = "Neurology", "Internal Medicine"


# ============================================================================ Neurology
def uvm():
    K = "uvm-neuro"
    fr = ("Jen Bessette", "jennifer.bessette@uvmhealth.org")
    dates = [d("2026-12-04"), d("2026-12-21"), d("2027-01-15")]
    body = f"""Hi Camille,

Great news - the UVM Neurology Residency would like to invite you to interview! We are a categorical
program (PGY-1 through PGY-4), so your intern year is with us at The University of Vermont Medical Center
and there is no separate preliminary year to arrange.

Our virtual interview dates are:
  - {longd(dates[0])}
  - {longd(dates[1])}
  - {longd(dates[2])}

Please reply to this email with your first and second choices, and I'll confirm your date within one
business day.

Thanks!
Jen

Jennifer Bessette
Program Coordinator, Neurology Residency
UVM Medical Center | Department of Neurological Sciences
(802) 555-0161"""
    inv = mail("2026-10-28 14:10", "uvm-neurology-interview-invitation", K, "invitation", fr,
               "Interview invitation - UVM Neurology Residency", body + "\n", cte="quoted-printable",
               must=["The University of Vermont Medical Center"] + [longd(x) for x in dates], idates=dates)
    rbody = (f"Hi Jen,\n\nThank you so much - I'm thrilled! My first choice would be {longd(dates[0])}, and my "
             f"second choice {longd(dates[2])}.\n\nThank you,\nCamille")
    r = sent("2026-10-28 16:00", "sent-re-uvm-neurology-invitation", K, "info", "Jen Bessette <jennifer.bessette@uvmhealth.org>",
             "Re: Interview invitation - UVM Neurology Residency", rbody, sig=False, irt=inv["mid"],
             quote=q_gmail(inv["when"], "Jen Bessette", fr[1], body), idates=[dates[0], dates[2]])
    zoom = "https://uvmhealth.zoom.us/j/91370022654"
    cbody = (f"Hi Camille,\n\nYou're all set for {longd(dates[0])}! The day starts at 8:00 AM with a welcome from "
             f"Dr. Wróbel and ends around 2:00 PM. Zoom: {zoom}\n\nI'll send the detailed schedule the week before."
             "\n\nJen\n\n")
    mail("2026-10-29 09:20", "re-uvm-neurology-confirmed", K, "scheduled", fr,
         "Re: Interview invitation - UVM Neurology Residency",
         cbody + q_gmail(r["when"], ME_NAME, ME, rbody + "\n\n" + q_gmail(inv["when"], "Jen Bessette", fr[1], body)),
         cte="quoted-printable", irt=r["mid"], refs=f"{inv['mid']} {r['mid']}", must=[zoom, longd(dates[0])],
         idates=[dates[0]])
    sent("2026-12-05 11:00", "sent-thank-you-uvm-neurology", K, "info",
         "Tomasz Wróbel <tomasz.wrobel@uvmhealth.org>", "Thank you - UVM Neurology",
         """Dear Dr. Wróbel,

Thank you for yesterday's interview day. Having rotated on the stroke service as a student, it was a
pleasure to see the residency from the other side, and the new epilepsy monitoring unit and the
neuro-immunology clinic sound like wonderful additions.

Please pass along my thanks to Jen as well.

Best regards,""", cte="quoted-printable")


def yale():
    K = "yale-neuro"
    dates = [d("2026-11-16"), d("2026-12-14"), d("2027-01-11")]
    acg, pid = "Yale-New Haven Medical Center Program", "1800821045"
    eras_invite("2026-10-26 09:00", K, acg, pid, NEU, dates, track_line="Categorical", respond_by="11/02/2026",
                deadline="2026-11-02",
                note="""The Yale Neurology Residency (Yale School of Medicine / Yale New Haven Hospital) is pleased to
invite you to interview. Interview days are virtual and run 8:00 AM - 3:00 PM ET.""",
                must=["Yale School of Medicine"])
    eras_scheduled("2026-10-26 09:12", K, acg, pid, dates[1], "08:00", 420)
    sent("2026-12-14 18:00", "sent-thank-you-yale-neurology", K, "info",
         "Yale Neurology Residency <neurology.residency@yale.edu>", "Thank you - Yale Neurology interview 12/14",
         """Dear Dr. Cho and the Yale Neurology team,

Thank you for today's interview. The residents' descriptions of night float on the Yale New Haven Hospital
stroke service and the neuro-psychiatry clinic with the Department of Psychiatry were exactly the kind of
training I'm looking for, since my interests sit right between the two fields.

With many thanks,""")


def mgb():
    K = "mgb-neuro"
    mail("2026-12-01 16:00", "mgb-neurology-application-update", K, "rejection",
         ("MGB Neurology Residency", "mgbneurologyresidency@mgb.org"),
         "Mass General Brigham Neurology Residency - application update",
         None, page([
             "Dear Camille,",
             "Thank you for applying to the <b>Mass General Brigham Neurology Residency Program</b> (Harvard "
             "Medical School). We received a record number of applications this year and are able to interview "
             "only a small fraction of them.",
             "We regret that we cannot offer you an interview. We wish you every success in your training.",
             "Sincerely,<br>The Residency Selection Committee<br>Mass General Brigham Neurology Residency<br>"
             "Massachusetts General Hospital &amp; Brigham and Women&rsquo;s Hospital, Boston"],
             head='<b style="color:#003a70">Mass General Brigham</b>'), cte="quoted-printable",
         must=["Mass General Brigham Neurology Residency Program"])


def tufts():
    K = "tufts-neuro"
    thal_waitlist("2026-11-19 12:30", K, "Tufts Medical Center – Neurology Residency",
                  note="Thank you for your patience. Our waitlist is ordered and we will reach out one applicant at "
                       "a time if a date opens.")
    mail("2027-01-26 15:10", "tufts-neurology-waitlist-closed", K, "rejection",
         ("Keith Donnelly", "neurologyresidency@tuftsmedicine.org"),
         "Tufts Neurology Residency waitlist",
         """Hello Camille,

Our interview season at Tufts Medical Center Neurology has come to a close, and we were not able to reach
your name on our waitlist. We are releasing all remaining waitlisted applicants today.

We enjoyed reading your application and wish you a successful Match.

Keith Donnelly
Residency Program Coordinator, Neurology
Tufts Medicine | Tufts Medical Center, 800 Washington Street, Boston, MA 02111
""", cte="7bit", must=["Tufts Medical Center"])


def urmc():
    K = "urmc-neuro"
    prog = "University of Rochester – Neurology Residency (Strong Memorial Hospital)"
    dates = [d("2026-12-18"), d("2027-01-08")]
    thal_invite("2026-11-05 10:00", K, prog, NEU, dates, slot_code="ur-neuro-b40c",
                note="Congratulations! URMC Neurology interviews are virtual. - Trish Hanlon, Program Coordinator",
                must=["Strong Memorial Hospital"])
    thal_scheduled("2026-11-05 10:25", K, prog, dates[1], "08:30", 390, slot_code="ur-neuro-b40c")
    thal_reminder("2027-01-06 09:00", K, prog, dates[1], "08:30", where="Zoom – link in your Thalamus itinerary",
                  extra="The program has posted your itinerary and the resident panel link in Thalamus.")
    sent("2027-01-08 19:10", "sent-thank-you-urmc-neurology", K, "info",
         "Trish Hanlon <patricia_hanlon@urmc.rochester.edu>", "Thank you - URMC Neurology (Jan 8)",
         """Dear Ms. Hanlon,

Thank you for a great interview day today. Please thank the program leadership and the residents for me.
I was really impressed by the University of Rochester Medical Center's experimental therapeutics program and
how involved the residents are in clinical trials from PGY-2 onward.

Best wishes,""")


def upstate():
    K = "upstate-neuro"
    acg, pid = "SUNY Upstate Medical University Program", "1803531077"
    dates = [d("2026-12-22"), d("2027-01-05"), d("2027-01-12")]
    eras_invite("2026-11-09 11:00", K, acg, pid, NEU, dates, track_line="Categorical (PGY-1 included)",
                respond_by="11/16/2026", deadline="2026-11-16",
                note="""Upstate Neurology is excited to invite you to interview. Please note that this invitation is
from the Department of Neurology, separate from any other Upstate department you may have applied to.
- Erin Pomeroy, Neurology Residency Coordinator""")
    eras_scheduled("2026-11-09 11:40", K, acg, pid, dates[1], "08:00", 420)
    sent("2027-01-05 20:00", "sent-thank-you-upstate-neurology", K, "info",
         "Erin Pomeroy <pomeroye@upstate.edu>", "Thank you from today's Upstate Neurology interview",
         """Dear Ms. Pomeroy,

Thank you for organizing today's interview day with Upstate Neurology. I enjoyed meeting the residents and
learning about the neurohospitalist service and the Upstate comprehensive stroke center. I'd be grateful if
you would pass my thanks to the program director.

Kind regards,""")


def albany():
    K = "albany-neuro"
    fr = ("Albany Med Neurology Residency", "neurologyresidency@amc.edu")
    dates = [d("2027-01-14"), d("2027-01-21"), d("2027-01-28")]
    body = f"""Dear Ms. Aucoin,

Thank you for applying to the Neurology Residency Program at Albany Medical Center. We are pleased to invite
you to a virtual interview on one of the following dates:

    {longd(dates[0])}
    {longd(dates[1])}
    {longd(dates[2])}

Please reply to this message with your preferred date. Seats are assigned in the order replies are received,
and we will confirm by email.

Note: our program is categorical. Applications to Albany Med's Internal Medicine preliminary program are
reviewed separately by the Department of Medicine.

Sincerely,
Michael Gaudette
Residency Coordinator, Department of Neurology
Albany Medical Center | 47 New Scotland Avenue, MC 70, Albany, NY 12208
"""
    inv = mail("2026-11-11 10:20", "albany-med-neurology-invitation", K, "invitation", fr,
               "Albany Medical Center Neurology - Interview Invitation", body, cte="7bit",
               must=["Albany Medical Center"] + [longd(x) for x in dates], idates=dates)
    rb = f"Dear Mr. Gaudette,\n\nThank you for the invitation! I would be grateful for {longd(dates[0])}.\n\nBest regards,\nCamille Aucoin"
    r = sent("2026-11-11 12:05", "sent-re-albany-neurology-date", K, "info", "Albany Med Neurology Residency <neurologyresidency@amc.edu>",
             "RE: Albany Medical Center Neurology - Interview Invitation", rb, sig=False, irt=inv["mid"],
             quote=q_gmail(inv["when"], fr[0], fr[1], body), idates=[dates[0]])
    mail("2026-11-12 08:45", "albany-med-neurology-confirmed", K, "scheduled", fr,
         "RE: Albany Medical Center Neurology - Interview Invitation",
         f"Dear Ms. Aucoin,\n\nYou are confirmed for {longd(dates[0])}. A Zoom link and agenda will follow the week "
         "before.\n\nMike Gaudette\nAlbany Med Neurology\n\n" + q_outlook(r["when"], ME_NAME, ME,
                                                                              "Albany Med Neurology Residency",
                                                                              "RE: Albany Medical Center Neurology - Interview Invitation",
                                                                              rb),
         cte="7bit", irt=r["mid"], refs=f"{inv['mid']} {r['mid']}", must=[longd(dates[0])], idates=[dates[0]])


def jefferson():
    K = "jefferson-neuro"
    prog = "Thomas Jefferson University Hospitals – Neurology (Categorical)"
    dates = [d("2027-01-19"), d("2027-01-26")]
    where = "Jefferson Hospital for Neuroscience, 900 Walnut Street, Philadelphia, PA 19107"
    thal_invite("2026-10-29 13:00", K, prog, NEU, dates, fmt="In-Person", slot_code="tjuh-neuro-c7d2",
                note="Jefferson Neurology is holding in-person interview days this year. If travel is a hardship, "
                     "contact us and we will arrange a virtual day.")
    thal_scheduled("2026-10-29 13:30", K, prog, dates[0], "07:45", 480, fmt="In-Person", where=where,
                   slot_code="tjuh-neuro-c7d2")
    dinner = d("2027-01-18")
    fr = ("Kevin O’Rourke", "kevin.orourke@jefferson.edu")
    mail("2027-01-12 12:00", "jefferson-neurology-itinerary", K, "reminder", fr,
         f"Jefferson Neurology – your interview day itinerary ({abbrnoy(dates[0])})",
         None, page([
             "Hi Camille,",
             f"We're looking forward to hosting you in Philadelphia on <b>{esc(longd(dates[0]))}</b>.",
             f"<b>Resident dinner (optional):</b> {esc(longnoy(dinner))}, 6:30 PM at Bar Bombón, 133 S 18th St. "
             "Residents only &ndash; this is not part of the interview.",
             "<b>Interview day</b>" + bullets([
                 "7:45 AM &ndash; Check in at the lobby of the Jefferson Hospital for Neuroscience, 900 Walnut "
                 "Street (bring photo ID)",
                 "8:00 AM &ndash; Breakfast and welcome, Vickie &amp; Jack Farber Institute for Neuroscience",
                 "9:00 AM &ndash; Interviews with faculty (3)",
                 "11:30 AM &ndash; Lunch with residents",
                 "12:30 PM &ndash; Tour of the neuro ICU and stroke unit at Thomas Jefferson University Hospital",
                 "3:30 PM &ndash; Closing remarks"]),
             "Parking: Jefferson Walnut Street garage; we will validate your ticket.",
             "See you soon!<br>Kevin O&rsquo;Rourke<br>Residency Program Coordinator | Department of Neurology<br>"
             "Sidney Kimmel Medical College | Thomas Jefferson University Hospitals | Jefferson Health"],
             head='<b style="color:#152456">Jefferson</b> Neurology'), cte="quoted-printable",
         must=["Thomas Jefferson University Hospitals", longd(dates[0]), longnoy(dinner)], idates=[dates[0]])
    sent("2027-01-19 21:00", "sent-thank-you-jefferson-neurology", K, "info",
         "Kevin O'Rourke <kevin.orourke@jefferson.edu>", "Thank you - Jefferson Neurology today",
         """Dear Mr. O'Rourke,

Thank you for a wonderful day in Philadelphia, and for the dinner last night. Seeing the Farber Institute in
person and meeting the residents face to face made a big difference for me. Please pass my thanks along to
the program director and my interviewers.

Gratefully,""")


def penn():
    K = "penn-neuro"
    mail("2026-11-24 12:00", "penn-neurology-interview-decision", K, "rejection",
         ("Penn Neurology Residency", "neurology.residency@pennmedicine.upenn.edu"),
         "Penn Neurology: your application",
         """Dear Camille Aucoin,

Thank you for your interest in the Neurology Residency Program at the Hospital of the University of
Pennsylvania. After careful consideration, we are unable to extend an interview invitation to you this
season.

We appreciate the time and effort you put into your application and wish you the very best.

Penn Neurology Residency Program
Department of Neurology | Penn Medicine
""", cte="7bit")


def pennstate():
    K = "pennstate-neuro"
    fr = ("Tara Shollenberger", "tshollenberger@pennstatehealth.psu.edu")
    mail("2026-12-03 09:40", "penn-state-neurology-waitlist", K, "waitlist", fr,
         "Penn State Health Neurology Residency - Interview Waitlist",
         """Dear Camille,

Thank you for applying to the Neurology Residency at Penn State Health Milton S. Hershey Medical Center and
Penn State College of Medicine. All of our interview dates are currently full, but we would like to keep
you on our waitlist. We will contact you by email if a date becomes available.

Best regards,
Tara Shollenberger
Residency Coordinator, Department of Neurology
Penn State Health | 500 University Drive, Hershey, PA 17033
""", cte="quoted-printable", must=["Penn State Health Milton S. Hershey Medical Center"])
    mail("2027-01-28 13:00", "penn-state-neurology-waitlist-update", K, "waitlist", fr,
         "Hershey Neurology waitlist - status",
         """Hi Camille,

Just a quick note that you are still on the Penn State Neurology interview waitlist. Our final interview
session is next week and we will reach out immediately if a cancellation opens a seat.

Thank you for your continued interest!
Tara
""", cte="7bit")


def temple():
    K = "temple-neuro"
    org = "Temple University Hospital"
    camp = "Neurology Residency – Advanced (PGY-2 start July 2028)"
    coord = ("Renée Dubois", "renee.dubois@tuhs.temple.edu")
    dates = [d("2026-12-18"), d("2027-01-08"), d("2027-01-22")]
    ib_invite("2026-11-12 11:00", K, org, camp, dates, coord=coord, token="tuh-neuro-adv-77e1",
              respond_by="11/19/2026", deadline="2026-11-19",
              note="Our Neurology positions are advanced (PGY-2); residents complete a preliminary or "
                   "transitional year first.")
    qb = """Dear Ms. Dubois,

Thank you very much for the interview invitation to Temple Neurology. Before I schedule, may I ask whether
the program has a linked preliminary medicine year at Temple, or whether I should be applying to PGY-1
programs separately? I have applied to several preliminary Internal Medicine programs but not to Temple's.

Thank you,"""
    q = sent("2026-11-12 11:25", "sent-temple-neurology-prelim-question", K, "info",
             "Renée Dubois <renee.dubois@tuhs.temple.edu>", "Question about Temple Neurology (advanced) PGY-1 year",
             qb, cte="quoted-printable")
    mail("2026-11-12 15:30", "re-temple-neurology-prelim-question", K, "info", coord,
         "RE: Question about Temple Neurology (advanced) PGY-1 year",
         """Hi Camille,

Great question. Our Neurology residency at Temple University Hospital only has advanced positions, so you
would need to match separately into a preliminary medicine or transitional year for 2027-28. We don't have a
linked PGY-1, and the Temple Internal Medicine preliminary program does its own interviews. Many of our
residents did their intern year elsewhere in Philadelphia or in their home region.

Please go ahead and schedule in Interview Broker whenever you're ready.

Renée

Renée Dubois
Program Coordinator | Neurology Residency
Temple University Hospital | 3401 N. Broad Street, Philadelphia, PA 19140

""" + q_outlook(q["when"], ME_NAME, ME, "Renée Dubois", "Question about Temple Neurology (advanced) PGY-1 year",
                qb + "\n" + SIG), cte="quoted-printable", irt=q["mid"], must=["Temple University Hospital"])
    zoom = "https://temple.zoom.us/j/94400613802"
    ib_confirm("2026-11-12 16:10", K, org, camp, dates[0], "08:30", 360, coord=coord, zoom=zoom)


def rwjms():
    K = "rwjms-neuro"
    prog = "Rutgers Robert Wood Johnson Medical School – Neurology Residency"
    dates = [d("2027-01-06"), d("2027-01-20")]
    thal_invite("2026-11-17 14:00", K, prog, NEU, dates, slot_code="rwj-neuro-3fa9",
                note="Residents train at Robert Wood Johnson University Hospital in New Brunswick. We look forward "
                     "to meeting you!")
    thal_scheduled("2026-11-17 14:20", K, prog, dates[0], "08:30", 360, slot_code="rwj-neuro-3fa9")
    thal_reminder("2027-01-04 09:00", K, prog, dates[0], "08:30", where="Virtual (Zoom)",
                  extra="Tip from the program: please test your camera and microphone the day before.")


def brown():
    K = "brown-neuro"
    acg, pid = "Rhode Island Hospital/Brown University Health Program", "1804311029"
    dates = [d("2026-12-10"), d("2027-01-21")]
    eras_invite("2026-11-10 09:30", K, acg, pid, NEU, dates, track_line="Categorical", respond_by="11/17/2026",
                deadline="2026-11-17",
                note="""Brown Neurology (Warren Alpert Medical School of Brown University, Rhode Island Hospital) invites
you to a virtual interview. Our health system was formerly known as Lifespan.""")
    eras_scheduled("2026-11-10 10:05", K, acg, pid, dates[0], "08:00", 390)
    sent("2026-12-10 19:30", "sent-thank-you-brown-neurology", K, "info",
         "Andrew Kaplan <akaplan@brownhealth.org>", "Thank you - Brown Neurology",
         """Dear Dr. Kaplan,

Thank you for having me today. I was especially interested in the Norman Prince Neurosciences Institute and
the residents' neurology-psychiatry conference, which speaks directly to my interest in functional
neurological disorder. Rhode Island Hospital felt like a busy, collegial place to train.

Sincerely,""")


def dartmouth():
    K = "dartmouth-neuro"
    thal_message("2026-12-09 12:00", K, "rejection", "Dartmouth Hitchcock Medical Center – Neurology",
                 "Dartmouth Health Neurology Residency",
                 """Dear Applicant,

Thank you for your interest in the Dartmouth Health Neurology Residency. Our interview season is now full and
we are unable to offer you an interview. Please note that this message is from Neurology only; other
Dartmouth Health programs make their own decisions.

We wish you well in the Match.""", subject="Message from Dartmouth Hitchcock Medical Center – Neurology")


def upmc():
    K = "upmc-neuro"
    prog = "UPMC Medical Education – Neurology Residency"
    dates = [d("2027-02-10"), d("2027-02-17")]
    thal_invite("2027-01-14 10:00", K, prog, NEU, dates, slot_code="upmc-neuro-0a6b",
                note="University of Pittsburgh Medical Center Neurology has opened two additional interview days.")
    thal_scheduled("2027-01-14 10:40", K, prog, dates[0], "08:00", 420, slot_code="upmc-neuro-0a6b")
    soc = d("2027-02-09")
    mail("2027-02-02 15:00", "upmc-neurology-pittsburgh-social", K, "info",
         ("Lisa Marchetti", "marchettil@upmc.edu"),
         "UPMC Neurology - evening social before your interview",
         f"""Hi Camille,

We're looking forward to your interview with UPMC Neurology on {longd(dates[0])}!

Our residents are hosting a virtual "Pittsburgh after dark" social the evening before, {longd(soc)}, at
7:00 PM Eastern: https://pitt.zoom.us/j/98812004571
It's entirely optional and faculty do not attend.

On the interview day you will hear about our rotations at UPMC Presbyterian, UPMC Mercy and the VA Pittsburgh
Healthcare System, and about how our program fits into the University of Pittsburgh Medical Center.

Lisa Marchetti
Residency Program Coordinator, Department of Neurology | UPMC
""", cte="7bit", must=["University of Pittsburgh Medical Center", longd(dates[0]), longd(soc)],
         idates=[dates[0]])


# ============================================================================ preliminary Internal Medicine
def jefferson_prelim():
    K = "jefferson-prelim"
    acg, pid = "Sidney Kimmel Medical College at Thomas Jefferson University/TJUH Program", "1404121088"
    dates = [d("2027-01-20"), d("2027-01-27")]
    eras_invite("2026-11-20 10:00", K, acg, pid, IM, dates, track_line="Preliminary (PGY-1 only) - NRMP 2270140P0",
                respond_by="12/01/2026", deadline="2026-12-01",
                note="""The Jefferson Internal Medicine Residency invites you to interview for a preliminary position at
Thomas Jefferson University Hospitals. This invitation is for the preliminary track only. If you have also
applied to Jefferson Neurology, that program schedules its own interviews.""",
                must=["Thomas Jefferson University Hospitals", "Preliminary"])
    eras_scheduled("2026-11-21 09:48", K, acg, pid, dates[0], "09:00", 300,
                   note="Track: Preliminary Internal Medicine. Your interview is virtual (Zoom).")
    sent("2027-01-20 18:45", "sent-thank-you-jefferson-im-prelim", K, "info",
         "Jefferson IM Residency <im.residency@jefferson.edu>", "Thank you - Jefferson IM preliminary interview",
         """Dear Dr. Qureshi,

Thank you for today's interview for the preliminary year in Internal Medicine at Jefferson. Interviewing
from a hotel room a few blocks from the hospital, after yesterday's Neurology day, I felt I got a real
sense of Jefferson as a whole. The preliminary interns' integration into the categorical wards teams and the
neurology elective in the spring stood out.

Thank you,""")


def bridgeport():
    K = "bridgeport-prelim"
    fr = ("Donna Petrocelli", "donna.petrocelli@bpthosp.org")
    dates = [d("2026-12-22"), d("2027-01-12")]
    body = f"""Dear Camille,

Thank you for applying to the Internal Medicine Residency at Bridgeport Hospital. We would be delighted to
interview you for one of our preliminary PGY-1 positions.

Our remaining virtual interview dates are {longd(dates[0])} and {longd(dates[1])}. Please reply to this
email with the date you prefer.

A note because it comes up every year: Bridgeport Hospital is part of Yale New Haven Health and our
residents have Yale School of Medicine appointments, but we are a separate residency program from Yale New
Haven Hospital's programs.

Best,
Donna Petrocelli
Residency Coordinator, Department of Medicine
Bridgeport Hospital | Yale New Haven Health
267 Grant Street, Bridgeport, CT 06610 | 203-555-0182"""
    inv = mail("2026-11-13 14:30", "bridgeport-hospital-im-prelim-invitation", K, "invitation", fr,
               "Bridgeport Hospital Internal Medicine - Preliminary Interview Invitation", body + "\n",
               cte="quoted-printable", must=["Bridgeport Hospital"] + [longd(x) for x in dates], idates=dates)
    rb = f"Dear Ms. Petrocelli,\n\nThank you for the invitation! {longd(dates[0])} would be perfect for me.\n\nBest,\nCamille"
    r = sent("2026-11-13 16:02", "sent-re-bridgeport-im-prelim", K, "info", "Donna Petrocelli <donna.petrocelli@bpthosp.org>",
             "Re: Bridgeport Hospital Internal Medicine - Preliminary Interview Invitation", rb, sig=False,
             irt=inv["mid"], quote=q_gmail(inv["when"], "Donna Petrocelli", fr[1], body), idates=[dates[0]])
    st = at(dates[0], "08:30")
    zoom = "https://ynhh.zoom.us/j/95521307716"
    cal = ics("bpt-im-prelim-20261222-aucoin@bpthosp.org", st, 300, "Bridgeport Hospital IM (Preliminary) Interview",
              zoom, f"Bridgeport Hospital Internal Medicine - Preliminary\nZoom: {zoom}", method="REQUEST",
              organizer=fr, tzid=True, stamp=mk_et("2026-11-16 09:10"))
    mail("2026-11-16 09:10", "bridgeport-hospital-im-prelim-confirmed", K, "scheduled", fr,
         f"Confirmed: Bridgeport Hospital IM (Preliminary) Interview - {abbr(dates[0])}",
         f"Hi Camille,\n\nYou are confirmed for {longd(dates[0])}, 8:30 AM - 1:30 PM. The Zoom link is in the "
         f"attached calendar invitation ({zoom}).\n\nDonna\n\n" + q_outlook(r["when"], ME_NAME, ME,
                                                                             "Donna Petrocelli",
                                                                             "Re: Bridgeport Hospital Internal Medicine - Preliminary Interview Invitation",
                                                                             rb),
         cte="quoted-printable", cal=cal, cal_name="Bridgeport IM interview.ics", irt=r["mid"],
         refs=f"{inv['mid']} {r['mid']}", must=[zoom, longd(dates[0])], idates=[dates[0]])


def lahey():
    K = "lahey-prelim"
    prog = "Lahey Hospital & Medical Center – Internal Medicine (Preliminary)"
    dates = [d("2026-12-21"), d("2027-01-11")]
    thal_invite("2026-11-18 10:00", K, prog, IM, dates, slot_code="lahey-im-prelim-19de",
                note="Lahey Hospital & Medical Center in Burlington, MA is a teaching hospital of Tufts University "
                     "School of Medicine and part of Beth Israel Lahey Health. We'd be glad to meet you.")
    thal_scheduled("2026-11-18 10:25", K, prog, dates[0], "08:00", 300, slot_code="lahey-im-prelim-19de")


def rgh():
    K = "rgh-prelim"
    acg, pid = "Rochester General Hospital Program", "1403511051"
    dates = [d("2027-01-21"), d("2027-01-28")]
    eras_invite("2026-11-23 11:00", K, acg, pid, IM, dates, track_line="Preliminary", respond_by="11/30/2026",
                deadline="2026-11-30",
                note="""Rochester General Hospital (Rochester Regional Health) Internal Medicine invites you to interview
for a preliminary year. Our program is not affiliated with the University of Rochester / Strong Memorial
Hospital.""")
    eras_scheduled("2026-11-23 19:30", K, acg, pid, dates[0], "08:00", 300)


def albany_prelim():
    K = "albany-prelim"
    eras_post("2026-12-08 13:00", K, "rejection", "Albany Medical Center Program", "1403511042",
              "Internal Medicine - Preliminary: application status",
              """Dear Applicant,

Thank you for applying to the Preliminary Internal Medicine track at Albany Medical Center. Our preliminary
interview days are now full, and we are unable to offer you an interview this year.

This decision applies only to the Department of Medicine's preliminary track.

Sincerely,
Internal Medicine Residency Program, Albany Medical Center""", must=["Preliminary Internal Medicine"])


def stvincent():
    K = "stvincent-prelim"
    org = "Saint Vincent Hospital"
    camp = "Internal Medicine – Preliminary Year (PGY-1)"
    coord = ("Paula Gagnon", "paula.gagnon@stvincenthospital.com")
    dates = [d("2026-12-17"), d("2027-01-25")]
    ib_invite("2026-11-24 11:00", K, org, camp, dates, coord=coord, token="svh-im-prelim-5d83",
              respond_by="Wednesday, December 2, 2026", deadline="2026-12-02",
              note="Saint Vincent Hospital is a community teaching hospital in downtown Worcester, Massachusetts.")
    ib_declined("2026-11-30 09:00", K, org, camp, coord=coord)
    sent("2026-11-30 09:06", "sent-decline-st-vincent-im-prelim", K, "cancellation",
         "Paula Gagnon <paula.gagnon@stvincenthospital.com>", "Interview invitation - preliminary year",
         """Dear Ms. Gagnon,

Thank you very much for the invitation to interview for a preliminary year at St. Vincent’s. I have
just declined it in Interview Broker so that the slot can go to another applicant: I have already scheduled
enough preliminary interviews for my Neurology plans, and it would not be fair to take a seat I might not
use.

I'm grateful for your consideration and wish the program a great season.

Best regards,""", cte="quoted-printable")


def build():
    for f in (uvm, yale, mgb, tufts, urmc, upstate, albany, jefferson, penn, pennstate, temple, rwjms, brown,
              dartmouth, upmc, jefferson_prelim, bridgeport, lahey, rgh, albany_prelim, stvincent):
        f()
