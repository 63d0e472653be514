"""Season M - Emergency Medicine programs (18). Times are America/Chicago."""
from mk import (CT, ET, PT, UTC, ME, ME_FULL, ME_NAME, a, at, btn, ct, d, esc, full, fullny, hm, ics, mail, md,
                num, quote_gmail, quote_outlook, sent, shell, short, shortny, table, ul, wnum)
import platforms as P


def usa():
    k = "usa-em"
    prog = "USA Health - University of South Alabama Emergency Medicine Residency"
    P.th_invite("2026-10-14 13:15", "thalamus-invitation", k, prog, "Hi Marisol,", [
        "We loved having you on your EM sub-internship this summer, and we are very happy to invite you to "
        "interview with the USA Emergency Medicine Residency.",
        "Interview days are in person at USA Health University Hospital (2451 University Hospital Drive, "
        "Mobile). We start at 8:00 AM and finish after lunch with residents. A shift in our department is not "
        "part of the interview - please don't bring scrubs.",
        "Home students interview the same way as everyone else, so please pick any date that suits you."],
        [d("2026-12-01"), d("2026-12-03"), d("2026-12-08")],
        "https://app.thalamusgme.com/applicant/invitations/usa-em-3f02",
        subject="Interview Invitation: USA Emergency Medicine",
        signer="Dr. Terrence Mayhall, Program Director\nBrooke Leger, Program Coordinator",
        reply_to=("USA EM Residency", "emresidency@health.southalabama.edu"))
    P.th_scheduled("2026-10-14 13:22", "thalamus-interview-scheduled", k, prog, d("2026-12-03"), "8:00 AM",
                   "1:30 PM", "CT", "In-Person", "USA Health University Hospital, 2451 University Hospital Drive, "
                   "Mobile, AL 36617", uid="th-usa-em-1203@thalamusgme.com", start_dt=at(d("2026-12-03"), "08:00"),
                   minutes=330)
    P.th_reminder("2026-12-02 08:00", "thalamus-reminder", k, prog, d("2026-12-03"), "8:00 AM", "CT",
                  "https://app.thalamusgme.com/applicant/calendar/usa-em-1203",
                  note="Program note: park in the visitor lot off Fillingim Street and come to the EM conference "
                       "room on the ground floor of the Fanny Meisler Trauma Center.")
    sent("2026-12-03 20:10", "sent-thank-you-usa-em", k, "info", ("Terrence Mayhall, MD", "tmayhall@health.southalabama.edu"),
         "Thank you - USA EM interview", """Dr. Mayhall,

Thank you for today. After a month on shift with your residents it was still a different experience to
sit down and talk about the program's direction - especially the new ultrasound fellowship and the
EMS time with Mobile Fire-Rescue. It's clear to me how much the faculty invest in the residents.

Thank you again,""", cc=("Brooke Leger", "bleger@health.southalabama.edu"))


def uab():
    k = "uab-em"
    prog = "UAB Emergency Medicine Residency (University of Alabama Medical Center Program)"
    P.th_invite("2026-10-20 12:00", "thalamus-invitation", k, prog, "Dear Marisol Dunagan,", [
        "Thank you for applying to the University of Alabama at Birmingham Department of Emergency Medicine "
        "residency. We are pleased to invite you to a virtual interview.",
        "Each interview day runs from 9:00 AM to 2:00 PM Central and includes two faculty interviews, a resident "
        "interview, and a virtual tour of UAB Hospital, Children's of Alabama and our community site at Baptist "
        "Medical Center South in Montgomery.",
        "Please schedule within 72 hours. Dates fill quickly."],
        [d("2026-11-18"), d("2026-12-02"), d("2026-12-09"), d("2027-01-06")],
        "https://app.thalamusgme.com/applicant/invitations/uab-em-a190",
        signer="UAB Emergency Medicine Residency\nuabemresidency@uabmc.edu")
    P.th_scheduled("2026-10-20 12:04", "thalamus-interview-scheduled", k, prog, d("2026-12-09"), "9:00 AM",
                   "2:00 PM", "CT", "Virtual", "Zoom", uid="th-uab-em-1209@thalamusgme.com",
                   start_dt=at(d("2026-12-09"), "09:00"), minutes=300)
    sent("2026-12-09 19:30", "sent-thank-you-uab-em", k, "info", ("UAB EM Residency", "uabemresidency@uabmc.edu"),
         "Thank you - UAB EM interview 12/9", """Hello,

Please pass along my thanks to Dr. Estes, Dr. Rucker and the residents I met today. I appreciated the
honesty about how busy the UAB ED gets and the time spent explaining the community month in
Montgomery. I came away even more interested in the program.

Best regards,""")


def uab_montgomery():
    k = "uabmont-em"
    coord = ("Keisha Ingram", "keisha.ingram@baptistfirst.org")
    wl = """Dear Ms. Dunagan,

Thank you for applying to the Emergency Medicine Residency at the UAB Montgomery Regional Medical
Campus. We enjoyed reading your application.

Our interview calendar is currently full, and we have placed you on our interview waitlist. Please
know this is a real list - every year we interview a number of applicants from it as dates open up.
If a position becomes available, you will receive a notification through Thalamus; those openings are
offered to everyone on the list at the same time, so act quickly.

Respectfully,
Keisha Ingram
Program Coordinator, Emergency Medicine Residency
UAB Montgomery | Baptist Medical Center South
2105 East South Boulevard, Montgomery, AL 36116
(334) 555-0189
"""
    mail("2026-11-04 15:30", "uab-montgomery-em-waitlist", k, "waitlist", coord,
         "UAB Montgomery EM Residency - Interview Status", wl, tz=CT, cte="7bit",
         must=["placed you on our interview waitlist"])
    prog = "UAB Montgomery Emergency Medicine Residency (Baptist Medical Center South)"
    P.th_slot_open("2027-01-19 11:05", "thalamus-waitlist-date-available", k, prog, d("2027-02-10"),
                   "https://app.thalamusgme.com/applicant/waitlist/uabmont-em-0210", [
                       "A program you are waitlisted with has opened an interview spot.",
                       "UAB Montgomery Emergency Medicine has added an in-person interview day and is offering the "
                       "open positions to applicants on its waitlist."])
    P.th_scheduled("2027-01-19 11:09", "thalamus-interview-scheduled", k, prog, d("2027-02-10"), "8:00 AM",
                   "1:00 PM", "CT", "In-Person", "Baptist Medical Center South, 2105 East South Boulevard, "
                   "Montgomery, AL 36116", uid="th-uabmont-em-0210@thalamusgme.com",
                   start_dt=at(d("2027-02-10"), "08:00"), minutes=300)
    logi = """Hi Marisol,

We're glad you could join us for our added interview day on Wednesday, February 10!

Arrive by 7:45 AM at the main entrance of Baptist Medical Center South (2105 East South Boulevard);
I'll meet everyone in the lobby. Free parking in the front visitor lot.

If you are driving up the night before, the residents will be at Central on Coosa Street at 7:00 PM on
Tuesday, February 9. Come say hello - it's optional and no faculty will be there.

A reminder that we are a UAB Heersink School of Medicine regional campus program in Montgomery - not
the UAB EM residency in Birmingham - so your day will be at Baptist South, not UAB Hospital.

See you soon,
Keisha"""
    mail("2027-02-03 09:00", "uab-montgomery-em-interview-day-logistics", k, "reminder", coord,
         "Feb 10 interview day - arrival & parking", logi, tz=CT, cte="7bit", idates=[d("2027-02-10")],
         must=["Wednesday, February 10", "not\nthe UAB EM residency in Birmingham"])


def vanderbilt():
    k = "vumc-em"
    txt = """Dear Marisol,

Thank you for your application to the Vanderbilt University Medical Center Emergency Medicine
Residency Program. We were fortunate to receive applications from many outstanding candidates this
season.

We have now filled our interview schedule and, unfortunately, we are unable to offer you an interview.
We sincerely appreciate your interest in VUMC Emergency Medicine and wish you all the best in the
Match.

Kind regards,
Vanderbilt Emergency Medicine Residency Program
Department of Emergency Medicine | 1313 21st Avenue South, Nashville, TN 37232
"""
    mail("2026-11-18 16:00", "vanderbilt-em-application-update", k, "rejection",
         ("Vanderbilt EM Residency", "em.residency@vumc.org"), "VUMC Emergency Medicine Residency Application",
         txt, tz=CT, must=["unable to offer you an interview"])


def ut_memphis():
    k = "utmem-em"
    prog = "University of Tennessee Health Science Center - Emergency Medicine (Memphis)"
    coord = ("Demetria Hollins", "dhollin5@uthsc.edu")
    link = "https://www.interviewbroker.com/applicant/invite/uthsc-em-7730"
    P.ib_invite("2026-10-27 13:00", "interviewbroker-invitation", k, prog, "EM Categorical 2026-2027", coord, [
        "Congratulations! The University of Tennessee College of Medicine - Memphis Emergency Medicine Residency "
        "would like to invite you to interview.",
        "Interviews are virtual. Our residents train at Regional One Health (Elvis Presley Trauma Center), "
        "Methodist University Hospital, Le Bonheur Children's Hospital and Baptist Memorial Hospital-Memphis."],
        [d("2026-12-15"), d("2026-12-17"), d("2027-01-12")], link,
        respond_by="11:59 PM Central on Friday, October 30", deadline="2026-10-30",
        must=["Thu, Dec 17, 2026"])
    P.ib_notice("2026-10-27 13:40", "interviewbroker-confirmation", k, "scheduled", prog, "EM Categorical 2026-2027",
                d("2026-12-17"), "Your interview has been scheduled.",
                ["A Zoom link specific to your schedule will be e-mailed by the program three days before your "
                 "interview."], start="8:30 AM", tzname="CST", cal_uid="ib-uthsc-em-1217@interviewbroker.com",
                start_dt=at(d("2026-12-17"), "08:30"), minutes=270)
    P.ib_notice("2026-12-14 09:00", "interviewbroker-reminder", k, "reminder", prog, "EM Categorical 2026-2027",
                d("2026-12-17"), "Your interview is coming up.",
                ["Please log in five minutes early. If you lose connection, call the program office at "
                 "(901) 555-0128."], start="8:30 AM", tzname="CST", zoom="https://uthsc.zoom.us/j/91055502287",
                must=["https://uthsc.zoom.us/j/91055502287"])
    sent("2026-12-17 19:00", "sent-thank-you-ut-memphis-em", k, "info", coord,
         "Thank you - UTHSC Memphis EM interview", """Dear Ms. Hollins,

Thank you for coordinating today's interview. Please thank Dr. Ferrante and the residents for their
time. Hearing about the trauma volume at Regional One and the community shifts at Methodist and
Baptist gave me a great sense of how broad the training is in Memphis.

Sincerely,""")


def ut_knoxville():
    k = "utk-em"
    coord = ("Holly Brackett", "hbrackett@utmck.edu")
    link = "https://app.thalamusgme.com/applicant/invitations/utgsm-em-55c3"
    html = shell([
        "<p>Dear Marisol,</p>",
        "<p>On behalf of the Department of Emergency Medicine at the <b>University of Tennessee Graduate School "
        "of Medicine</b> and The University of Tennessee Medical Center in Knoxville, congratulations! We are "
        "excited to invite you to interview for our residency program.</p>",
        "<p>This season we are offering the following virtual interview days (Eastern time):</p>",
        ul(["Thursday, January 7, 2027", "Thursday, January 14, 2027", "Thursday, January 21, 2027"]),
        f"<p>Please schedule through Thalamus: {a(link)}</p>",
        "<p>Each day starts at 9:00 AM ET with a welcome from our Program Director, Dr. Nate Coughlin, followed by "
        "three interviews and a resident-only session. You should be done by 2:00 PM ET.</p>",
        "<p>Go Vols,<br>Holly Brackett<br>Residency Program Coordinator | Emergency Medicine<br>The University of "
        "Tennessee Medical Center, 1924 Alcoa Highway, Knoxville, TN 37920<br>865-555-0114</p>"],
        top='<b style="color:#ff8200;font-size:18px">UT Medical Center</b> <span style="color:#58595b">Emergency '
            'Medicine Residency</span>', accent="#ff8200")
    mail("2026-11-02 14:20", "utmc-knoxville-em-interview-invitation", k, "invitation", coord,
         "Invitation to Interview - UT Knoxville Emergency Medicine", None, html, tz=ET,
         idates=[d("2027-01-07"), d("2027-01-14"), d("2027-01-21")], must=[link, "Thursday, January 7, 2027"])
    prog = "University of Tennessee Graduate School of Medicine - Emergency Medicine"
    P.th_scheduled("2026-11-02 14:35", "thalamus-interview-scheduled", k, prog, d("2027-01-07"), "9:00 AM",
                   "2:00 PM", "ET", "Virtual", "Zoom", uid="th-utgsm-em-0107@thalamusgme.com",
                   start_dt=at(d("2027-01-07"), "08:00"), minutes=300)
    move = """Dear Marisol,

I'm writing with an apology and a change. Our department has been asked to host the state trauma
system site review on Thursday, January 7, and we cannot run an interview day alongside it, so we have
cancelled the January 7 session.

We have moved you to Thursday, January 14, 2027 (same times, 9:00 AM - 2:00 PM Eastern). If January 14
doesn't work, Thursday, January 21 still has space - just reply and let me know. Thalamus will update
once you confirm.

We're very sorry for the inconvenience.

Holly Brackett
UT Knoxville EM Residency"""
    r1 = mail("2026-12-21 10:10", "utmc-knoxville-em-interview-date-change", k, "scheduled", coord,
              "Important: change to your UT Knoxville EM interview date", move, tz=ET,
              idates=[d("2027-01-14"), d("2027-01-21")], must=["Thursday, January 14, 2027"])
    body = """Hi Ms. Brackett,

No problem at all - Thursday, January 14 works well for me. Thank you for letting me know so early."""
    sent("2026-12-21 12:02", "sent-re-ut-knoxville-em-jan-14", k, "scheduled", coord,
         "Re: Important: change to your UT Knoxville EM interview date", body, irt=r1["mid"],
         quote=quote_gmail(r1["when"], *coord, move, tz=CT), idates=[d("2027-01-14")])
    P.th_changed("2026-12-21 12:30", "thalamus-interview-rescheduled", k, prog, "scheduled", d("2027-01-07"),
                 d("2027-01-14"), start="9:00 AM", tzname="ET")
    sent("2027-01-14 17:30", "sent-thank-you-ut-knoxville-em", k, "info", coord,
         "Thank you - UT Knoxville EM", """Hi Ms. Brackett,

Thank you for making the date change so easy, and please thank Dr. Coughlin and the residents. Hearing
about LIFESTAR flight shifts and the way the program has grown since it started made me very excited
about Knoxville.

All the best,""")


def ut_chattanooga():
    k = "utc-em"
    prog = "UT College of Medicine Chattanooga - Emergency Medicine (Erlanger)"
    P.th_invite("2026-10-23 09:30", "thalamus-invitation", k, prog, "Hello Marisol,", [
        "Congratulations! The Emergency Medicine Residency at the University of Tennessee College of Medicine "
        "Chattanooga invites you to interview.",
        "We train at Erlanger Baroness Hospital, the region's Level I adult and pediatric trauma center, and "
        "interview on Fridays in a virtual format, 8:00 AM - 1:00 PM Eastern.",
        "Please note that our interview dates are in Eastern time."],
        [d("2026-12-11"), d("2026-12-18"), d("2027-01-15")],
        "https://app.thalamusgme.com/applicant/invitations/utcomc-em-19be",
        subject="UTCOMC Emergency Medicine: Interview Invitation", session_note="8:00 AM ET")
    P.th_scheduled("2026-10-23 09:41", "thalamus-interview-scheduled", k, prog, d("2027-01-15"), "8:00 AM",
                   "1:00 PM", "ET", "Virtual", "Zoom", uid="th-utcomc-em-0115@thalamusgme.com",
                   start_dt=at(d("2027-01-15"), "07:00"), minutes=300)
    P.th_reminder("2027-01-14 08:00", "thalamus-reminder", k, prog, d("2027-01-15"), "8:00 AM", "ET",
                  "https://app.thalamusgme.com/applicant/calendar/utcomc-em-0115")
    sent("2027-01-15 18:20", "sent-thank-you-chattanooga-em", k, "info", ("Erlanger EM Residency", "em.residency@erlanger.org"),
         "Thank you - Chattanooga EM interview", """Hello,

Thank you for today's interview with the UT Chattanooga EM residency. I enjoyed meeting Dr. Voss and
the residents, and appreciated hearing about the pediatric ED volume at Children's at Erlanger.

Best regards,""")


def kentucky():
    k = "uk-em"
    prog = "University of Kentucky - Emergency Medicine Residency"
    P.th_invite("2026-10-29 11:00", "thalamus-invitation", k, prog, "Dear Marisol,", [
        "Thank you for applying to UK Emergency Medicine! We are pleased to invite you to a virtual interview.",
        "Our residents work in the UK HealthCare Chandler Hospital emergency department, Kentucky's busiest, "
        "and at Kentucky Children's Hospital.",
        "Interview days are Mondays from 9:00 AM to 1:30 PM Eastern. A virtual resident social is held the "
        "evening before each date."],
        [d("2026-12-14"), d("2027-01-04"), d("2027-01-11")],
        "https://app.thalamusgme.com/applicant/invitations/uky-em-0e44",
        signer="Go Cats!\nUK EM Residency Leadership")
    P.th_scheduled("2026-10-29 11:08", "thalamus-interview-scheduled", k, prog, d("2027-01-11"), "9:00 AM",
                   "1:30 PM", "ET", "Virtual", "Zoom", uid="th-uky-em-0111@thalamusgme.com",
                   start_dt=at(d("2027-01-11"), "08:00"), minutes=270)
    soc = """Hey Marisol!

I'm one of the chief residents at UK EM. We're excited to (virtually) meet you at your interview on
Monday, January 11. The night before, Sunday, January 10, we're hosting a resident-only social on
Gather from 7:00 to 8:30 PM Eastern (6:00 Central for you). No faculty, no evaluation - just come
hang out and ask anything.

Link: https://app.gather.town/app/ukem-social-2027

See you there,
Dr. Caleb Hargis, PGY-3
Chief Resident | University of Kentucky Emergency Medicine"""
    mail("2027-01-07 18:45", "uk-em-resident-social-invite", k, "info", ("Caleb Hargis", "caleb.hargis@uky.edu"),
         "UK EM resident social Sunday night!", soc, tz=ET, cte="7bit", idates=[d("2027-01-11")],
         must=["Monday, January 11", "https://app.gather.town/app/ukem-social-2027"])


def louisville():
    k = "uofl-em"
    prog = "University of Louisville - Emergency Medicine"
    coord = ("Stacy Overstreet", "stacy.overstreet@louisville.edu")
    link = "https://www.interviewbroker.com/applicant/invite/uofl-em-2219"
    P.ib_invite("2026-10-30 12:00", "interviewbroker-invitation", k, prog, "Categorical EM - Match 2027", coord, [
        "The Department of Emergency Medicine at the University of Louisville School of Medicine is pleased to "
        "invite you to interview for our residency, home of the first emergency medicine residency in the "
        "country.",
        "Interviews are virtual and start at 9:00 AM Eastern. You will also receive an invitation to an optional "
        "in-person open house at UofL Health - UofL Hospital in the spring."],
        [d("2026-12-08"), d("2027-01-05"), d("2027-01-19")], link, must=["Tue, Jan 19, 2027"])
    P.ib_notice("2026-10-30 12:25", "interviewbroker-confirmation", k, "scheduled", prog, "Categorical EM - Match 2027",
                d("2027-01-19"), "Your interview has been scheduled.",
                ["You may reschedule or cancel in Interview Broker until 5 days before your interview."],
                start="9:00 AM", tzname="EST", cal_uid="ib-uofl-em-0119@interviewbroker.com",
                start_dt=at(d("2027-01-19"), "08:00"), minutes=270)
    body = """Dear Ms. Overstreet,

I am writing to let you know that I need to withdraw from my interview with the University of
Louisville EM residency on Tuesday, January 19. I have cancelled in Interview Broker so the slot can be
offered to another applicant.

Thank you for the invitation and for your help this season. I'm sorry not to be meeting the program."""
    r1 = sent("2027-01-08 10:00", "sent-withdraw-uofl-em", k, "cancellation", coord,
              "Withdrawing from 1/19 interview - Marisol Dunagan", body)
    P.ib_notice("2027-01-08 10:04", "interviewbroker-cancellation", k, "cancellation", prog,
                "Categorical EM - Match 2027", d("2027-01-19"), "Your interview has been cancelled at your request.",
                ["The program has been notified. If you cancelled by mistake, contact the program coordinator."],
                cal_uid="ib-uofl-em-0119@interviewbroker.com", start_dt=at(d("2027-01-19"), "08:00"), minutes=270)
    ack = """Hi Marisol,

Thank you for letting us know, and for cancelling early enough that we can offer the spot to someone
on our waitlist. We wish you the very best in the Match!

Stacy Overstreet
Program Coordinator | Emergency Medicine Residency
University of Louisville School of Medicine
530 South Jackson Street, Louisville, KY 40202
"""
    mail("2027-01-08 14:30", "re-uofl-em-withdrawal-acknowledged", k, "cancellation", coord,
         "RE: Withdrawing from 1/19 interview - Marisol Dunagan", ack
         + quote_outlook(r1["when"], "Marisol Dunagan", ME, "Stacy Overstreet",
                         "Withdrawing from 1/19 interview - Marisol Dunagan", body, tz=ET),
         tz=ET, irt=r1["mid"], must=["Thank you for letting us know"])


def ummc():
    k = "ummc-em"
    coord = ("Jarvis Pruitt", "jpruitt2@umc.edu")
    link = "https://www.signupgenius.com/go/ummc-em-interviews-2027"
    txt = f"""Ms. Dunagan,

Congratulations! The University of Mississippi Medical Center Department of Emergency Medicine
would like to invite you to interview for the Class of 2030.

This year we are offering one in-person day and two virtual days:

  Tuesday, January 12, 2027 - IN PERSON, Jackson (includes a tour of the new ED and our flight base)
  Thursday, January 21, 2027 - virtual
  Tuesday, January 26, 2027 - virtual

Interview format does not affect how we rank. Please sign up for one date here:
{link}

We ask that you sign up within 5 days.

Jarvis Pruitt
Residency Coordinator, Emergency Medicine
University of Mississippi Medical Center
2500 North State Street, Jackson, MS 39216 | 601-555-0145
"""
    mail("2026-11-05 09:20", "ummc-em-interview-invitation", k, "invitation", coord,
         "UMMC Emergency Medicine - Interview Invitation", txt, tz=CT, cte="7bit",
         idates=[d("2027-01-12"), d("2027-01-21"), d("2027-01-26")], must=[link, "Tuesday, January 12, 2027"])
    html = shell([
        "<p>Hi Marisol,</p>",
        "<p>Thank you for signing up! Here are the details of your sign up:</p>",
        table([["Sign Up", "UMMC EM Residency Interviews 2026-27"],
               ["Slot", "In-person interview day (Jackson)"],
               ["Date", "01/12/2027 (Tue.)"], ["Time", "7:30am - 2:00pm CST"],
               ["Location", "UMMC Emergency Department Conference Room, 2500 North State Street"]]),
        f"<p>{a(link, 'View or change your sign up')}</p>",
        "<p>Organizer: Jarvis Pruitt</p>"],
        top='<b style="color:#ef7c00;font-size:18px">SignUpGenius</b>', accent="#ef7c00",
        bottom="SignUpGenius - online sign ups and scheduling. You received this e-mail because you signed up "
               "on SignUpGenius.com.")
    mail("2026-11-05 09:33", "signupgenius-confirmation", k, "scheduled",
         ("SignUpGenius", "noreply@signupgenius.com"), "Sign Up Confirmation: UMMC EM Residency Interviews 2026-27",
         None, html, tz=PT, reply_to=coord, idates=[d("2027-01-12")], must=["01/12/2027"])
    sent("2027-01-12 18:40", "sent-thank-you-ummc-em", k, "info", coord, "Thank you - UMMC EM interview day", """Mr. Pruitt,

Thank you for a great day in Jackson. Please thank Dr. Albritton and the residents for me - the tour
of the AirCare base and hearing about the only Level I trauma center in Mississippi were highlights.
I'm grateful for the chance to see the department in person.

Best,""")


def emory():
    k = "emory-em"
    prog = "Emory University School of Medicine - Emergency Medicine Residency"
    P.th_waitlist("2026-11-10 12:00", "thalamus-waitlist", k, prog, [
        "Thank you for applying to the Emory Emergency Medicine Residency Program. Our interview season is "
        "fully booked and we have placed you on our waitlist.",
        "Emory EM residents train at Grady Memorial Hospital, Emory University Hospital, Emory University "
        "Hospital Midtown and Children's Healthcare of Atlanta. If an interview date opens, you will be notified "
        "here in Thalamus."], must=["placed you on our waitlist"])
    upd = """Dear Applicant,

Happy New Year! We are writing to everyone who remains on the Emory EM interview waitlist to give you
an update, since we know the uncertainty is hard.

We have had fewer cancellations than in past years and our last interview day is Wednesday,
January 27. We are keeping the waitlist open until then and will notify you through Thalamus if a spot
opens. You are welcome to stay on the list; if you would like to be removed, simply reply to this
message.

With appreciation,
Emory Emergency Medicine Residency Program
49 Jesse Hill Jr. Drive SE, Atlanta, GA 30303
"""
    mail("2027-01-06 11:00", "emory-em-waitlist-update", k, "waitlist",
         ("Emory EM Residency", "emresidency@emory.edu"), "Emory EM Waitlist Update", upd, tz=ET,
         to=("Emory EM Waitlist", "emory-em-waitlist@emory.edu"), must=["remains on the Emory EM interview waitlist"])


def mcg():
    k = "mcg-em"
    prog = "Wellstar MCG Health - Emergency Medicine (Medical College of Georgia)"
    P.th_invite("2026-11-03 15:00", "thalamus-invitation", k, prog, "Marisol,", [
        "The Emergency Medicine residency of the Medical College of Georgia at Augusta University would like to "
        "invite you to interview in person in Augusta.",
        "You will spend the morning at Wellstar MCG Health, the region's only Level I trauma center, and "
        "the afternoon with residents at the Georgia Cancer Center conference suite.",
        "Please schedule within one week."],
        [d("2027-01-08"), d("2027-01-22")], "https://app.thalamusgme.com/applicant/invitations/mcg-em-6a21",
        subject="Interview Invitation | Wellstar MCG Health EM", signer="Program Leadership\nWellstar MCG Health "
        "Emergency Medicine Residency")
    P.th_scheduled("2026-11-03 15:06", "thalamus-interview-scheduled", k, prog, d("2027-01-08"), "7:30 AM",
                   "3:00 PM", "ET", "In-Person", "Wellstar MCG Health, 1120 15th Street, Augusta, GA 30912",
                   uid="th-mcg-em-0108@thalamusgme.com", start_dt=at(d("2027-01-08"), "06:30"), minutes=450)
    canc = """Dear Marisol,

I am very sorry to be writing this. Because of an error in how our interview day capacity was set up in
Thalamus, our Friday, January 8 session was booked well beyond the number of applicants we can host, and
our remaining date is full. We have had to cancel the interviews of the applicants who were scheduled
last, and unfortunately that includes yours.

We do not have another interview date to offer you this season. I know this is frustrating, and I
apologize on behalf of the program. Your application will remain on file if the situation changes.

Respectfully,
Dr. Lucas Whitford
Program Director, Emergency Medicine Residency
Wellstar MCG Health | Medical College of Georgia at Augusta University
"""
    mail("2026-12-18 11:00", "wellstar-mcg-em-interview-cancelled", k, "cancellation",
         ("Lucas Whitford, MD", "lwhitford@augusta.edu"), "Cancellation of your January 8 interview - MCG EM",
         canc, tz=ET, must=["We do not have another interview date to offer you this season"])
    P.th_changed("2026-12-18 11:05", "thalamus-interview-cancelled", k, prog, "cancellation", d("2027-01-08"),
                 None, reason="Please see the e-mail from our Program Director. We are sorry.")


def kennestone():
    k = "kennestone-em"
    prog = "Wellstar Kennestone Hospital - Emergency Medicine Residency"
    P.rc_invite("2026-10-28 14:00", "residencycas-interview-invitation", k, prog, "Emergency Medicine - Categorical", [
        "The Wellstar Kennestone Emergency Medicine Residency in Marietta, Georgia would like to invite you to "
        "interview!",
        "Interviews are virtual and run 9:00 AM - 1:30 PM Eastern. Please respond within 72 hours."],
        [d("2026-12-10"), d("2026-12-17"), d("2027-01-07")], respond_by="October 31, 2026", deadline="2026-10-31",
        fmt="Virtual", subject="Interview Invitation: Wellstar Kennestone EM")
    P.rc_status("2026-10-28 14:07", "residencycas-interview-confirmed", k, "scheduled", prog, d("2026-12-10"),
                "Your interview has been scheduled.",
                "You can view your schedule at any time under My Interviews.",
                subject="Interview Scheduled: Wellstar Kennestone Hospital", start="9:00 AM", tzname="ET", fmt="Virtual")
    coord = ("Morgan Tillery", "morgan.tillery@wellstar.org")
    html = shell([
        "<p>Hello future Kennestone EM resident,</p>",
        "<p>We are looking forward to your virtual interview on <b>Thursday, December 10</b>. Your Zoom link is "
        f"{a('https://wellstar.zoom.us/j/94455506612')} (passcode KRMCEM).</p>",
        "<p>A common mix-up this time of year: our program is at <b>Wellstar Kennestone Hospital in Marietta</b>. "
        "Wellstar also runs residencies at Wellstar MCG Health in Augusta; if you are interviewing with both, "
        "please double check which Zoom link you are using!</p>",
        table([["8:45 AM ET", "Log in"], ["9:00 AM", "Welcome - Dr. Ferris, Program Director"],
               ["9:30 AM", "Interviews (3)"], ["11:15 AM", "Virtual tour of our 166-bed ED"],
               ["12:00 PM", "Lunch with residents (DoorDash credit sent the day before)"], ["1:30 PM", "Wrap up"]]),
        "<p>Morgan Tillery<br>Program Coordinator, Emergency Medicine Residency<br>Wellstar Kennestone Hospital, "
        "677 Church Street, Marietta, GA 30060</p>"],
        top='<b style="color:#00573f;font-size:18px">Wellstar</b> <span style="color:#555">Kennestone EM '
            'Residency</span>', accent="#00573f")
    mail("2026-12-07 10:30", "kennestone-em-interview-details", k, "reminder", coord,
         "Kennestone EM - Thursday Interview Details", None, html, tz=ET, idates=[d("2026-12-10")],
         must=["Thursday, December 10", "https://wellstar.zoom.us/j/94455506612"])
    sent("2026-12-10 14:15", "sent-thank-you-kennestone-em", k, "info", coord,
         "Thank you - Kennestone EM interview", """Hi Ms. Tillery,

Thank you for today! Please pass my thanks to Dr. Ferris and the residents. Kennestone's volume and
the way residents run their own traumas from intern year really stood out, and the residents seemed
genuinely happy.

Thanks again,""")


def navicent():
    k = "navicent-em"
    prog = "Mercer University School of Medicine / Atrium Health Navicent - Emergency Medicine"
    P.th_invite("2026-11-12 10:30", "thalamus-invitation", k, prog, "Dear Ms. Dunagan,", [
        "The Emergency Medicine residency at Atrium Health Navicent The Medical Center, in partnership with "
        "Mercer University School of Medicine, is pleased to invite you to interview.",
        "Interview days are in person in Macon and start at 8:00 AM Eastern."],
        [d("2027-01-19"), d("2027-01-26"), d("2027-02-09")],
        "https://app.thalamusgme.com/applicant/invitations/navicent-em-d4f8",
        signer="Navicent EM Residency\nemresidency@navicenthealth.org")
    P.th_scheduled("2026-11-12 10:41", "thalamus-interview-scheduled", k, prog, d("2027-02-09"), "8:00 AM",
                   "2:00 PM", "ET", "In-Person", "Atrium Health Navicent The Medical Center, 777 Hemlock Street, "
                   "Macon, GA 31201", uid="th-navicent-em-0209@thalamusgme.com",
                   start_dt=at(d("2027-02-09"), "07:00"), minutes=360)
    rn = """Dear applicants,

As you plan your travel to Macon, please note a change: effective January 1, 2027, Atrium Health
Navicent The Medical Center is now Atrium Health Macon Medical Center. Nothing about our residency,
our faculty, our Mercer University School of Medicine affiliation or our NRMP program code changes,
and we are in the same building at 777 Hemlock Street.

You will start seeing the new name on our badges, signage and e-mail. Our e-mail addresses are moving
from @navicenthealth.org to @atriumhealth.org; messages to the old addresses will be forwarded through
June 2027.

Thank you, and we'll see you soon,
Emergency Medicine Residency Program
Atrium Health Macon Medical Center (formerly Atrium Health Navicent)
"""
    mail("2027-01-04 09:00", "navicent-em-new-hospital-name", k, "info",
         ("Navicent EM Residency", "emresidency@navicenthealth.org"), "A new name for our hospital - EM residency "
         "applicants", rn, tz=ET, to=("EM Residency Applicants", "undisclosed-recipients:;"),
         must=["Atrium Health Macon Medical Center"])
    coord = ("Tasha Greer", "tasha.greer@atriumhealth.org")
    rem = """Hi Marisol,

We're looking forward to seeing you in Macon on Tuesday, February 9!

- 7:45 AM ET: check in at the Peyton Anderson Health Education Center, 4th floor (enter on Hemlock St.)
- 8:00 AM: welcome from Dr. Okwuosa, Program Director
- Interviews, ED tour, and lunch with residents; we'll finish around 2:00 PM

Parking is free in the Hemlock Street deck. Please remember the hospital is now signed as Atrium Health
Macon Medical Center - your GPS may still say Navicent, and that's fine.

Tasha Greer
Program Coordinator, Emergency Medicine Residency
Atrium Health Macon Medical Center | Mercer University School of Medicine
"""
    mail("2027-02-02 14:00", "atrium-macon-em-interview-next-week", k, "reminder", coord,
         "See you next Tuesday - EM interview day in Macon", rem, tz=ET, cte="7bit", idates=[d("2027-02-09")],
         must=["Tuesday, February 9", "Atrium Health\nMacon Medical Center"])


def memorial():
    k = "memorial-em"
    P.rc_message("2026-11-20 15:00", "residencycas-message-memorial-em", k, "rejection",
                 "Memorial Health University Medical Center - Emergency Medicine",
                 "Message from Memorial Health University Medical Center (Savannah)", """Dear Marisol,

Thank you for your interest in the Emergency Medicine Residency Program at Memorial Health University
Medical Center in Savannah. After reviewing a record number of applications, we regret that we cannot
offer you an interview this season.

We wish you the best of luck in the 2027 Match.

Memorial Health EM Residency Selection Committee
Mercer University School of Medicine - Savannah Campus""")


def piedmont_atlanta():
    k = "piedatl-em"
    html = shell([
        "<p>Dear Marisol,</p>",
        "<p>Thank you for applying to the inaugural class of the <b>Piedmont Atlanta Hospital Emergency "
        "Medicine Residency</b>. We received your ResidencyCAS application and our faculty are reviewing "
        "applications on a rolling basis.</p>",
        "<p>Because we are a new program, our interview season will begin later than most; we expect to send "
        "invitations from January through mid-February. We appreciate your patience and your interest in "
        "helping build a program from the ground up.</p>",
        "<p>Piedmont Atlanta Hospital | 1968 Peachtree Road NW, Atlanta, GA 30309</p>"],
        top='<b style="color:#6d2077;font-size:18px">Piedmont</b> <span style="color:#555">Graduate Medical '
            'Education</span>', accent="#6d2077")
    mail("2026-10-07 10:00", "piedmont-atlanta-em-application-received", k, "info",
         ("Piedmont GME", "gme.recruitment@piedmont.org"), "Piedmont Atlanta EM - Application Received", None, html,
         tz=ET, must=["inaugural class"])
    prog = "Piedmont Atlanta Hospital - Emergency Medicine Residency"
    P.th_invite("2027-02-02 13:00", "thalamus-invitation", k, prog, "Dear Marisol,", [
        "We are thrilled to invite you to interview for the first class of the Emergency Medicine Residency at "
        "Piedmont Atlanta Hospital.",
        "Interviews are in person at Piedmont Atlanta in Buckhead, 9:00 AM - 2:00 PM Eastern, with an optional "
        "dinner with our faculty the night before.",
        "Please select a date by Saturday, February 6 at 11:59 PM ET. After that, remaining spots will be offered "
        "to other applicants."],
        [d("2027-02-16"), d("2027-02-18")], "https://app.thalamusgme.com/applicant/invitations/piedatl-em-0c17",
        respond_by="Saturday, February 6 at 11:59 PM ET", deadline="2027-02-06",
        subject="Interview Invitation - Piedmont Atlanta Emergency Medicine (Inaugural Class)",
        signer="Dr. Renee Castellaw, Founding Program Director\nPiedmont Atlanta Hospital Emergency Medicine")


def piedmont_athens():
    k = "piedath-em"
    coord = ("Brianna Eckles", "brianna.eckles@piedmont.org")
    wl = """Hi Marisol,

Thank you for applying to the new Emergency Medicine Residency at Piedmont Athens Regional Medical
Center. Our initial interview dates are full, but we were impressed with your application and have
placed you on our alternate list. If a date opens, I will e-mail you directly.

Our program is affiliated with the AU/UGA Medical Partnership here in Athens and is separate from
the new EM residency at Piedmont Atlanta Hospital - the two programs interview separately.

Brianna Eckles
GME Program Coordinator | Piedmont Athens Regional
1199 Prince Avenue, Athens, GA 30606
"""
    mail("2026-11-16 10:00", "piedmont-athens-em-alternate-list", k, "waitlist", coord,
         "Piedmont Athens Regional EM - Interview Alternate List", wl, tz=ET, cte="7bit",
         must=["placed you on our alternate list"])
    rel = """Hi Marisol,

I wanted to close the loop with you: all of our interview days at Piedmont Athens Regional are now
complete or full, and we will not be offering additional interviews from the alternate list this
season. Thank you for your patience and for your interest in our program - we wish you great success
in the Match.

Brianna"""
    mail("2027-01-25 16:00", "piedmont-athens-em-alternate-list-closed", k, "rejection", coord,
         "Piedmont Athens Regional EM - Alternate List Update", rel, tz=ET, cte="7bit",
         must=["will not be offering additional interviews"])


def ngmc():
    k = "ngmc-em"
    P.rc_message("2026-11-06 14:45", "residencycas-message-ngmc-em", k, "rejection",
                 "Northeast Georgia Medical Center - Emergency Medicine",
                 "New message from Northeast Georgia Medical Center", """Dear Applicant,

Thank you for applying to the Northeast Georgia Medical Center Emergency Medicine Residency in
Gainesville. We have completed our review and are not able to offer you an interview for the 2027
Match.

We appreciate your interest in NGMC and wish you the very best.

NGMC Emergency Medicine Residency""")


def build():
    for f in (usa, uab, uab_montgomery, vanderbilt, ut_memphis, ut_knoxville, ut_chattanooga, kentucky, louisville,
              ummc, emory, mcg, kennestone, navicent, memorial, piedmont_atlanta, piedmont_athens, ngmc):
        f()
