"""Invitations (22): Thalamus 7, ERAS 3, Interview Broker 2, ResidencyCAS 1, program e-mail 9 (one self-forward)."""
from lib import *  # noqa: F401,F403
import lib

ALL = []


def reg(f):
    ALL.append(f)
    return f


# ====================================================================== program e-mail
@reg
def email_musc_psych():
    sent = at(ET, "2026-10-13T10:42:17")
    ds = [iv("2026-11-09"), iv("2026-11-20"), iv("2026-12-07"), iv("2027-01-07")]
    by = at(ET, "2026-10-20T17:00")
    plain = f"""Dear {FIRST},

Congratulations! Our selection committee has finished reviewing your application, and we would be delighted to have you interview with the MUSC General Psychiatry Residency for the 2027 Match.

All interviews this season are virtual (Zoom). A typical day runs from about 8:30 AM to 2:15 PM Eastern: a welcome from our Program Director, four 25-minute conversations with faculty, a “brown-bag” lunch with current residents, and a live video walk-through of the Institute of Psychiatry and the Ralph H. Johnson VA.

Open interview dates:
{BUL} {long_(ds[0])}
{BUL} {long_(ds[1])}
{BUL} {long_(ds[2])}
{BUL} {long_(ds[3])}

Please reply to this email with your first and second choice no later than 5:00 PM Eastern on {long_ny(by)}. Dates are filled in the order replies arrive. If none of these work for you, let me know – we sometimes add a half-day in late January.

Our residents host a relaxed Zoom social the evening before each interview date (6:30–7:30 PM). You’ll get the link once your date is confirmed.

We look forward to meeting you!

Warm regards,

Janelle Hartwell
Residency Program Coordinator, General Psychiatry
MUSC Department of Psychiatry and Behavioral Sciences
67 President Street, MSC 861 | Charleston, SC 29425
P 843-792-0212 | hartwelj@musc.edu

CONFIDENTIALITY NOTICE: This e-mail may contain information that is privileged or confidential. If you are not the intended recipient, please delete it and notify the sender.
"""
    emit("b28-inv-email-musc-psych.eml",
         lab("invitation", "MUSC", "email", PSY, None, "virtual", ds, by),
         a("Hartwell, Janelle", "hartwelj@musc.edu"), "MUSC Psychiatry Residency \u2013 Interview Invitation", sent,
         plain)


@reg
def email_navicent_fm():
    sent = at(ET, "2026-10-05T11:20:40")
    ds = [iv("2026-10-29"), iv("2026-11-12"), iv("2026-12-03"), iv("2027-01-14")]
    by = at(ET, "2026-10-16T17:00")
    url = "https://www.signupgenius.com/go/10C0E4AADA82EA4FB6-2027navicentfm"
    plain = f"""Good morning {FIRST},

It was a real pleasure having you on our inpatient family medicine service during your acting internship in August — Dr. Okwuosa still talks about your discharge summaries. I’m writing with good news: the Atrium Health Navicent Family Medicine Residency would like to invite you to interview with us for a PGY-1 position beginning July 2027.

Interview days are held in person here in Macon, on Thursdays:

Thursday, {md(ds[0])}
Thursday, {md(ds[1])}
Thursday, {md(ds[2])}
Thursday, {md(ds[3])}, 2027

To reserve a spot, please use our SignUpGenius page:
{url}

Kindly sign up by 5:00 PM on {long_ny(by)}. Each day is capped at six applicants, so the earlier dates tend to go first.

The day starts at 7:45 AM in the Family Medicine Center at 3780 Eisenhower Parkway and wraps up around 2:00 PM after a tour of Atrium Health Navicent The Medical Center. Residents host an informal dinner the evening before each interview date; I’ll send the details once you’ve signed up. Since you already know your way around the hospital, feel free to skip the tour if you’d rather spend the time with residents.

A note because we get asked: our sister programs at Atrium Health Floyd (Rome) and Atrium Health Cabarrus (Concord) run their own recruitment, so an invitation from us doesn’t carry over to them, and vice versa. Our academic partner remains Mercer University School of Medicine.

Looking forward to having you back!

Tameka Bragg, C-TAGME
Program Coordinator | Family Medicine Residency
Atrium Health Navicent
3780 Eisenhower Parkway, Macon, GA 31206
478-633-5561
"""
    emit("b28-inv-email-navicent-fm.eml",
         lab("invitation", "Atrium Health Navicent", "email", FM, None, "in_person", ds, by, url),
         a("Bragg, Tameka", "Tameka.Bragg@atriumhealth.org"),
         "Interview Invitation - Family Medicine Residency, Atrium Health Navicent", sent, plain)


@reg
def email_floyd_fm():
    sent = at(ET, "2026-10-14T09:05:12")
    ds = [iv("2026-11-03"), iv("2026-11-17"), iv("2026-12-08"), iv("2027-01-19")]
    url = "https://forms.gle/Rk7mFloydFM27iv"
    plain = f"""Dear Ms. Castellanos-Whitaker,

Thank you for applying to the Family Medicine Residency Program at Atrium Health Floyd (formerly Floyd Medical Center) in Rome, Georgia. On behalf of our Program Director, Dr. Kendrick Hale, I am happy to invite you to interview for the 2027 Match.

Interviews are in person on the following Tuesdays:

  - {short(ds[0])}
  - {short(ds[1])}
  - {short(ds[2])}
  - {short(ds[3])}

Please choose your date on this short form: {url}

We ask that you complete the form within one week of this email. After that, unfilled spots are offered to applicants on our alternate list.

What to expect: check-in is at 8:00 AM at the Floyd Family Medicine Residency clinic, 304 Turner McCall Blvd. You will meet with the program director, two core faculty and our behavioral medicine faculty, eat lunch with residents and take a walking tour of Atrium Health Floyd Medical Center. Most days end by 1:30 PM. Free parking is available in the deck on East 3rd Street.

If you are traveling from Macon, several residents are happy to share advice on lodging in downtown Rome — just reply to this message.

Best,

Lorena Quintanilla
Residency Coordinator, Family Medicine
Atrium Health Floyd | Rome, GA 30165
706.509.6850
"""
    emit("b28-inv-email-floyd-fm.eml",
         lab("invitation", "Atrium Health Floyd", "email", FM, None, "in_person", ds, plus(sent, days=7), url),
         a("Floyd FM Residency", "floydfmresidency@atriumhealth.org"),
         "Atrium Health Floyd Family Medicine \u2013 Interview Invitation 2026-27", sent, plain)


@reg
def email_ecu_psych():
    sent = at(ET, "2026-10-28T14:10:03")
    ds = [iv("2026-11-20"), iv("2026-12-11"), iv("2027-01-08"), iv("2027-01-22")]
    by = at(ET, "2026-11-02T12:00")
    plain = f"""Hello {FIRST},

I hope this finds you well. I’m pleased to let you know that the ECU Psychiatry Residency Program would like to invite you for a virtual interview.

Our interview days take place on Fridays over Zoom, starting at 8:00 AM and ending around 1:00 PM (Eastern). Available dates:

Friday, {md(ds[0])}
Friday, {md(ds[1])}
Friday, {md(ds[2])}, 2027
Friday, {md(ds[3])}, 2027

Please reply with your preferred date (and a backup) by noon Eastern on {long_ny(by)}. We confirm dates in the order we hear back.

During the day you will meet with Dr. Ferebee, our Program Director, and several faculty, and hear from residents about training at our main teaching hospital in Greenville, Cherry Hospital in Goldsboro, and the Walter B. Jones Alcohol and Drug Abuse Treatment Center. We’ll also cover our rural and community psychiatry track.

Please don’t hesitate to reach out with any questions.

Sincerely,
Latrice Barnhill
Program Coordinator
ECU Psychiatry Residency Program
Department of Psychiatry and Behavioral Medicine
600 Moye Blvd | Greenville, NC 27834
252-744-2660
"""
    emit("b28-inv-email-ecu-psych.eml",
         lab("invitation", "ECU", "email", PSY, None, "virtual", ds, by),
         a("Barnhill, Latrice", "barnhilll22@ecu.edu"), "ECU Psychiatry Residency \u2014 Interview Invitation",
         sent, plain)


@reg
def email_etsu_ty():
    sent = at(ET, "2026-10-22T15:35:50")
    ds = [iv("2026-11-16"), iv("2026-12-07"), iv("2027-01-04"), iv("2027-01-11")]
    plain = f"""Dear Noemi,

Greetings from Johnson City! We have reviewed your application to the ETSU Transitional Year Residency and would be glad to have you visit for an in-person interview.

We interview on Mondays. The following dates are open at the moment:

{slash(ds[0], pad=False, year=2)} (Mon)
{slash(ds[1], pad=False, year=2)} (Mon)
{slash(ds[2], pad=False, year=2)} (Mon)
{slash(ds[3], pad=False, year=2)} (Mon)

There’s no formal deadline, but dates are filled first come, first served, so please reply to this email with the date you would like as soon as you are able.

The day begins at 7:30 AM in the lobby of Johnson City Medical Center and includes interviews with our Program Director and two faculty members, a tour of the hospital, and lunch with current TY residents. Residents also rotate at Holston Valley Medical Center in Kingsport and the James H. Quillen VA Medical Center at Mountain Home. Please keep in mind that the TY is a one-year program; our office can’t speak to your advanced-specialty applications elsewhere.

We look forward to hearing from you.

ETSU Transitional Year Program Office
PO Box 70622, Johnson City, TN 37614
(423) 439-6550
"""
    emit("b28-inv-email-etsu-ty.eml",
         lab("invitation", "ETSU", "email", TY, None, "in_person", ds),
         a("ETSU Transitional Year", "tyresidency@etsu.edu"), "Interview Invitation \u2013 Transitional Year", sent,
         plain, html="simple")


@reg
def email_ummc_uro():
    sent = at(CT, "2026-10-26T16:20:31")
    ds = [iv("2026-11-20"), iv("2026-12-04"), iv("2026-12-18")]
    plain = f"""Dear Noemi,

Thank you for your interest in the UMMC Urology Residency. After careful review of your application, we are excited to invite you to interview with us in Jackson this fall.

Interview dates (all in person):
  - Friday, {mdy(ds[0])}
  - Friday, {mdy(ds[1])}
  - Friday, {mdy(ds[2])}

Please reply within 48 hours with your first choice and an alternate. After 48 hours your invitation may be offered to another applicant.

Applicants are invited to a casual dinner with our residents the Thursday evening before each interview day. Interviews begin at 7:00 AM Central in the Department of Urology conference room on the 3rd floor of the Pavilion and conclude by early afternoon. You will spend time at University Hospital and Children’s of Mississippi, and hear about our rotation at the G.V. (Sonny) Montgomery VA Medical Center.

As a reminder, urology positions are filled through the AUA Urology Match, not the NRMP.

Best regards,

Dana Fortenberry
Residency Program Manager
UMMC Department of Urology
2500 North State Street | Jackson, MS 39216
601-984-5180
"""
    emit("b28-inv-email-ummc-uro.eml",
         lab("invitation", "UMMC", "email", URO, None, "in_person", ds, plus(sent, hours=48)),
         a("Fortenberry, Dana", "dfortenberry@umc.edu"), "UMMC Urology Residency Interview Invitation", sent,
         plain)


@reg
def email_usf_im():
    sent = at(ET, "2026-10-12T12:30:09")
    ds = [iv("2026-11-04"), iv("2026-11-18"), iv("2026-12-09"), iv("2027-01-13")]
    by = at(ET, "2026-10-19T17:00")
    url = "https://calendly.com/usf-im-residency/2027-interview-day"
    plain = f"""Dear Dr. (soon!) Castellanos-Whitaker,

On behalf of the Internal Medicine Residency Program at USF Health Morsani College of Medicine, I am pleased to invite you to interview for a Categorical position in our program.

Interviews are virtual and held on Wednesdays:
{BUL} {long_(ds[0])}
{BUL} {long_(ds[1])}
{BUL} {long_(ds[2])}
{BUL} {long_(ds[3])}

Please book your date through our Calendly page by 5:00 PM ET, {long_ny(by)}:
{url}

Each session starts at 9:00 AM ET with an overview from our Program Director and ends around 1:30 PM after small-group time with residents. You’ll hear about our three main clinical sites — Tampa General Hospital, the James A. Haley Veterans’ Hospital, and Moffitt Cancer Center.

One small thing, since it comes up every year: we are the University of South Florida in Tampa. We are not affiliated with the University of Florida residencies in Gainesville or Jacksonville, or with Florida Atlantic University in Boca Raton, so please watch for their correspondence separately.

We look forward to meeting you.

Sincerely,

Marisol Etheridge, MBA
Program Administrator, Internal Medicine Residency
USF Health Morsani College of Medicine
17 Davis Blvd, Suite 308 | Tampa, FL 33606
"""
    emit("b28-inv-email-usf-im.eml",
         lab("invitation", "USF Health Morsani College of Medicine", "email", IM, "categorical", "virtual", ds, by,
             url),
         a("USF Internal Medicine Residency", "imresidency@usf.edu"),
         "Invitation to Interview: USF Internal Medicine Residency (Categorical)", sent, plain)


@reg
def email_uofl_pmr():
    sent = at(ET, "2026-11-06T10:00:44")
    ds = [iv("2026-12-03"), iv("2026-12-17"), iv("2027-01-14")]
    by = at(ET, "2026-11-13T17:00")
    plain = f"""Dear Noemi,

Congratulations! The Department of Physical Medicine and Rehabilitation at the University of Louisville School of Medicine would like to invite you to interview for our Advanced (PGY-2) residency position.

Interview days are Thursdays: {long_ny(ds[0])}, {long_ny(ds[1])}, and {long_(ds[2])}.

Our days are hybrid. You are welcome to join us in person at UofL Health – Frazier Rehabilitation Institute in downtown Louisville, or to interview by Zoom; both groups share the same schedule and the choice has no bearing on how we rank. If you come in person, we’ll include a tour of Frazier and the spinal cord injury and brain injury units.

Please reply to this message by 5:00 PM ET on {long_ny(by)} with your preferred date and whether you plan to attend in person or virtually.

Our residents also rotate at UofL Health – UofL Hospital, the Robley Rex VA Medical Center and Norton Children’s Hospital.

Kind regards,

Beth Ann Sowders
Residency Coordinator, PM&R
University of Louisville School of Medicine
220 Abraham Flexner Way, 15th Floor | Louisville, KY 40202
"""
    emit("b28-inv-email-uofl-pmr.eml",
         lab("invitation", "University of Louisville School of Medicine", "email", PMR, "advanced", "hybrid", ds,
             by),
         a("UofL PM&R Residency", "pmrres@louisville.edu"), "PM&R Residency Interview Invitation \u2013 UofL",
         sent, plain)


@reg
def fwd_mcg_psych():
    orig = at(ET, "2026-10-20T09:12:26")
    sent = at(ET, "2026-10-20T21:40:55")
    ds = [iv("2026-11-11"), iv("2026-12-02"), iv("2027-01-06")]
    fwd = f"""Dear Ms. Castellanos-Whitaker,

Thank you for applying to the General Psychiatry Residency Program at the Medical College of Georgia at Augusta University. We are pleased to offer you a virtual interview.

Interview days (Wednesdays, 8:00 AM – 12:45 PM Eastern):
  {long_(ds[0])}
  {long_(ds[1])}
  {long_(ds[2])}

Please respond within 72 hours of this message with your date of choice so that we can hold it for you.

Our residents train at Wellstar MCG Health (formerly AU Health / Augusta University Medical Center), the Charlie Norwood VA Medical Center and East Central Regional Hospital. On your interview day you will meet our Program Director, Dr. Rashida Comer, and have time with residents without faculty present.

With best wishes,
Keisha Nwosu
Residency Coordinator | Department of Psychiatry and Health Behavior
Medical College of Georgia at Augusta University
1515 Pope Avenue | Augusta, GA 30912
"""
    plain = f"""fwding to my gmail so all the interview stuff is in one place -- need to answer by Friday morning!!

---------- Forwarded message ---------
From: MCG Psychiatry Residency <mcgpsychresidency@augusta.edu>
Date: {orig:%a}, {orig:%b} {orig.day}, {orig.year} at {clock(orig)}
Subject: Interview Invitation - MCG Psychiatry
To: <{SCHOOL_ME}>


{fwd}"""
    emit("b28-inv-fwd-mcg-psych.eml",
         lab("invitation", "Medical College of Georgia at Augusta University", "email", PSY, None, "virtual", ds,
             plus(orig, hours=72)),
         a(NAME, SCHOOL_ME), "Fwd: Interview Invitation - MCG Psychiatry", sent, plain, html="gmail")


# ====================================================================== Thalamus
@reg
def thal_prismamid_psych():
    sent = at(UTC, "2026-10-21T14:05:33")
    ds = [iv("2026-11-17"), iv("2026-12-01"), iv("2026-12-15"), iv("2027-01-12")]
    url = "https://app.thalamusgme.com/invitations/9b41c2e7-prisma-mid-psych"
    note = (f"Hi {FIRST} \u2014 we loved your personal statement and would be glad to get to know you. The Psychiatry "
            "Residency Program at Prisma Health\u2013Midlands, in partnership with the University of South Carolina "
            "School of Medicine Columbia Department of Neuropsychiatry and Behavioral Science, interviews on Tuesdays "
            "this season, entirely online.\n\n"
            "Residents train at Prisma Health Richland Hospital, Prisma Health Baptist Hospital and the Wm. Jennings "
            "Bryan Dorn VA Medical Center. Please note that this invitation is from our Columbia program; the "
            "Prisma Health\u2013Upstate psychiatry residency in Greenville selects applicants on its own.\n\n"
            "Kindly pick a date within 72 hours. \u2014 Chief Residents and the Program Office")
    thalamus("b28-inv-thal-prismamid-psych.eml",
             lab("invitation", "Prisma Health\u2013Midlands", "thalamus", PSY, None, "virtual", ds,
                 plus(sent, hours=72), url),
             sent, "Interview invitation \u2013 Prisma Health\u2013Midlands Psychiatry",
             "You have a new interview invitation",
             "Prisma Health\u2013Midlands has invited you to interview for Psychiatry. Review the details and pick "
             "a date on Thalamus.",
             rows=[("Program", "Prisma Health\u2013Midlands \u2013 Psychiatry"), ("Interview type", "Virtual"),
                   ("Available dates", " \u00b7 ".join(short(x) for x in ds)), ("Respond within", "72 hours")],
             note=note, cta="View invitation", url=url)


@reg
def thal_vumc_em():
    sent = at(UTC, "2026-10-28T15:00:07")
    ds = [iv("2026-11-19"), iv("2026-12-02"), iv("2026-12-10"), iv("2027-01-06")]
    by = at(CT, "2026-10-30T23:59")
    url = "https://app.thalamusgme.com/invitations/4f07aa21-vumc-em"
    note = ("Congratulations, and thank you for applying to Vanderbilt Emergency Medicine!\n\n"
            "All interviews will be conducted virtually, 7:45 AM to 1:00 PM Central. You will meet our program "
            "leadership and faculty, and our residents will walk you through a typical block at Vanderbilt "
            "University Hospital, Monroe Carell Jr. Children\u2019s Hospital at Vanderbilt, and our community site, "
            "Vanderbilt Wilson County Hospital in Lebanon.\n\n"
            f"Please accept a date by 11:59 PM Central on {long_ny(by.date())}. Residents host an optional virtual "
            "trivia night the evening before each interview day \u2014 you\u2019ll see it on your Thalamus calendar "
            "once you book.\n\n"
            "Go \u2018Dores,\nThe VUMC EM Residency Team")
    thalamus("b28-inv-thal-vumc-em.eml",
             lab("invitation", "Vanderbilt University Medical Center", "thalamus", EM, None, "virtual", ds, by, url),
             sent, "You're invited to interview: Vanderbilt University Medical Center",
             "Congratulations! You\u2019re invited to interview",
             "Vanderbilt University Medical Center has invited you to interview for Emergency Medicine.",
             rows=[("Specialty", "Emergency Medicine"), ("Interview type", "Virtual"),
                   ("Dates", "; ".join(short_ny(x) for x in ds[:3]) + "; " + short(ds[3])),
                   ("Time zone", "Central Time (US & Canada)")],
             note=note, cta="Schedule interview", url=url)


@reg
def thal_emory_uro():
    sent = at(UTC, "2026-10-19T17:00:41")
    ds = [iv("2026-11-13"), iv("2026-12-04"), iv("2026-12-14")]
    url = "https://app.thalamusgme.com/invitations/71de30b5-emory-urology"
    note = ("Dear Applicant,\n\n"
            "It is my pleasure to invite you to interview with the Emory University School of Medicine Department of "
            "Urology. Our residency positions are categorical and include the PGY-1 year in general surgery.\n\n"
            "We are bringing applicants to Atlanta in person this year. The interview day starts at 7:00 AM at Emory "
            "University Hospital on Clifton Road and finishes mid-afternoon. Residents host dinner the evening "
            "before (details to follow). You\u2019ll learn about our clinical training at Emory University Hospital, "
            "Emory University Hospital Midtown, Grady Memorial Hospital, the Joseph Maxwell Cleland Atlanta VA "
            "Medical Center, Children\u2019s Healthcare of Atlanta and Winship Cancer Institute.\n\n"
            "Interview spots are limited; we ask that you respond within 48 hours.\n\n"
            "Sincerely,\nResidency Program Director, Emory Urology")
    thalamus("b28-inv-thal-emory-uro.eml",
             lab("invitation", "Emory University School of Medicine", "thalamus", URO, "categorical", "in_person", ds,
                 plus(sent, hours=48), url),
             sent, "Interview Invitation: Emory University School of Medicine \u2013 Urology",
             "New interview invitation",
             "Emory University School of Medicine has invited you to interview for Urology (Categorical).",
             rows=[("Interview type", "In-Person"), ("Location", "Atlanta, GA"),
                   ("Available dates", "\n".join(long_(x) for x in ds).replace("\n", " | ")),
                   ("Please respond within", "48 hours")],
             note=note, cta="Respond now", url=url)


@reg
def thal_utcomc_em():
    sent = at(UTC, "2026-10-27T13:30:15")
    ds = [iv("2026-11-10"), iv("2026-12-03"), iv("2026-12-15"), iv("2027-01-14")]
    url = "https://app.thalamusgme.com/invitations/c2a9e610-utcomc-em"
    note = (f"{FIRST}, we\u2019d love to have you come see Chattanooga!\n\n"
            "The Emergency Medicine Residency at the University of Tennessee College of Medicine Chattanooga is "
            "holding in-person interview days this year at Erlanger Baroness Hospital, the region\u2019s Level I "
            "trauma center, with time in the Children\u2019s Hospital at Erlanger ED and a ride-along look at "
            "LIFE FORCE.\n\n"
            "Quick clarification: we are a separate program from UT Graduate School of Medicine in Knoxville and "
            "from UTHSC in Memphis, even though we all share the UT name.\n\n"
            "Please choose a date within 5 days. A resident-hosted social takes place the night before each "
            "interview.\n\nUTCOMC EM Program Office")
    thalamus("b28-inv-thal-utcomc-em.eml",
             lab("invitation", "University of Tennessee College of Medicine Chattanooga", "thalamus", EM, None,
                 "in_person", ds, plus(sent, days=5), url),
             sent, "Interview invitation from University of Tennessee College of Medicine Chattanooga",
             "You\u2019ve been invited to interview",
             "University of Tennessee College of Medicine Chattanooga would like to interview you for Emergency "
             "Medicine.",
             rows=[("Interview type", "In-Person"), ("Location", "Chattanooga, TN"),
                   ("Open dates", ", ".join(short_ny(x) for x in ds)), ("Respond within", "5 days")],
             note=note, cta="View invitation", url=url)


@reg
def thal_carolinasrehab_pmr():
    sent = at(UTC, "2026-11-09T15:45:02")
    ds = [iv("2026-12-09"), iv("2027-01-06"), iv("2027-01-13")]
    by = at(ET, "2026-11-13T23:59")
    url = "https://app.thalamusgme.com/invitations/e8830d4c-carolinas-rehab-pmr"
    note = ("Thank you for your interest in PM&R at Atrium Health Carolinas Rehabilitation in Charlotte. We are glad "
            "to invite you to a virtual interview for our Categorical (PGY-1 through PGY-4) position.\n\n"
            "The PGY-1 year is completed within the Department of Internal Medicine at Atrium Health Carolinas "
            "Medical Center, followed by three years of rehabilitation training across Carolinas Rehabilitation\u2019s "
            "inpatient hospitals in Charlotte, Mount Holly and Pineville.\n\n"
            f"Please accept a date by 11:59 PM ET on {long_(by.date())}.\n\n"
            "Best,\nPM&R Residency Program, Atrium Health Carolinas Rehabilitation")
    thalamus("b28-inv-thal-carolinasrehab-pmr.eml",
             lab("invitation", "Atrium Health Carolinas Rehabilitation", "thalamus", PMR, "categorical", "virtual",
                 ds, by, url),
             sent, "Interview Invitation \u2013 Physical Medicine & Rehabilitation",
             "You have a new interview invitation",
             "Atrium Health Carolinas Rehabilitation has invited you to interview for Physical Medicine & "
             "Rehabilitation (Categorical).",
             rows=[("Interview type", "Virtual"), ("Dates", " / ".join(short(x) for x in ds))],
             note=note, cta="Choose a date", url=url)


@reg
def thal_baptistuams_im():
    sent = at(UTC, "2026-11-04T16:00:12")
    ds = [iv("2026-12-02"), iv("2026-12-16"), iv("2027-01-13")]
    url = "https://app.thalamusgme.com/invitations/0a5be7f2-bhuams-im"
    note = ("Congratulations on your invitation to interview with the Internal Medicine Residency Program at "
            "Baptist Health-UAMS Medical Education in North Little Rock, Arkansas.\n\n"
            "Interviews are virtual and run from 8:30 AM to 12:30 PM Central. Our residents train at Baptist Health "
            "Medical Center-North Little Rock and Baptist Health Medical Center-Little Rock, with faculty "
            "appointments through the University of Arkansas for Medical Sciences.\n\n"
            "Please note: we are a distinct program from the UAMS Internal Medicine Residency on the UAMS main "
            "campus, and we are not connected to Baptist Health South Florida or Baptist Memorial in Memphis.\n\n"
            "Please select a date within 5 days of receiving this invitation.")
    thalamus("b28-inv-thal-baptistuams-im.eml",
             lab("invitation", "Baptist Health-UAMS Medical Education", "thalamus", IM, "categorical", "virtual", ds,
                 plus(sent, days=5), url),
             sent, "Interview Invitation: Baptist Health-UAMS Medical Education - Internal Medicine",
             "Interview invitation",
             "Baptist Health-UAMS Medical Education has invited you to interview for Internal Medicine - "
             "Categorical.",
             rows=[("Interview type", "Virtual"), ("Available", ", ".join(short(x) for x in ds)),
                   ("Respond within", "5 days")],
             note=note, cta="View invitation", url=url)


@reg
def thal_fsu_fm():
    sent = at(UTC, "2026-10-08T13:20:48")
    ds = [iv("2026-11-05"), iv("2026-11-19"), iv("2026-12-10"), iv("2027-01-07")]
    url = "https://app.thalamusgme.com/invitations/b6f1180d-fsu-lee-fm"
    note = ("Hello from Southwest Florida!\n\n"
            "The Florida State University College of Medicine Family Medicine Residency Program at Lee Health invites "
            "you to interview in person in Fort Myers. Your day will include breakfast with residents, interviews with "
            "core faculty, and a tour of Lee Memorial Hospital and our residency clinic; pediatric time is spent at "
            "Golisano Children\u2019s Hospital of Southwest Florida.\n\n"
            "This invitation is for our Fort Myers program only. FSU-affiliated programs elsewhere in the state "
            "(for example Tallahassee Memorial HealthCare) make their own decisions.\n\n"
            "Please schedule within 7 days.\n\nDr. Anjali Moreau-Price, Program Director")
    thalamus("b28-inv-thal-fsu-fm.eml",
             lab("invitation", "Florida State University College of Medicine", "thalamus", FM, None, "in_person",
                 ds, plus(sent, days=7), url),
             sent, "Invitation to interview \u2013 FSU College of Medicine Family Medicine Residency at Lee Health",
             "New invitation to interview",
             "Florida State University College of Medicine Family Medicine Residency Program at Lee Health has invited "
             "you to interview for Family Medicine.",
             rows=[("Interview type", "In-Person"), ("Location", "Fort Myers, FL"),
                   ("Open dates", "; ".join(f"{x:%a} {slash(x)}" for x in ds)), ("Respond within", "7 days")],
             note=note, cta="Schedule", url=url)


# ====================================================================== ERAS
@reg
def eras_uab_pmr():
    sent = at(CT, "2026-10-07T13:30:00")
    ds = [iv("2026-11-06"), iv("2026-11-13"), iv("2026-12-04"), iv("2026-12-11"), iv("2027-01-08")]
    by = at(CT, "2026-10-16T17:00")
    top = (f"Program: University of Alabama Medical Center Program\n"
           f"Specialty: Physical Medicine and Rehabilitation - Advanced (PGY-2)\n"
           f"Applicant: {NAME}  |  AAMC ID: {AAMC}\n\n"
           "Message from the program:\n"
           "The UAB Department of Physical Medicine and Rehabilitation at the University of Alabama at Birmingham is "
           "pleased to invite you to interview for our advanced residency position. All interviews are virtual and "
           "begin at 8:00 AM Central. You will meet faculty from UAB Spain Rehabilitation Center, UAB Hospital-"
           "Highlands, the Birmingham VA Health Care System and Children's of Alabama.\n\n"
           "Our program begins in the PGY-2 year and does not include a PGY-1. If you also applied to the preliminary "
           "medicine year at UAB, that application is reviewed separately by the Tinsley Harrison Internal Medicine "
           "Residency.")
    grid = (["Interview Date", "Day", "Format", "Available"],
            [[slash(x), f"{x:%A}", "Virtual", n] for x, n in zip(ds, ["4", "2", "5", "5", "6"])])
    bottom = f"Response Deadline: {slash(by)} 05:00 PM CT\nFreeze Date: 10/30/2026"
    lib.eras("b28-inv-eras-uab-pmr.eml",
             lab("invitation", "University of Alabama at Birmingham", "eras", PMR, "advanced", "virtual", ds, by,
                 MYERAS_URL),
             sent, "Interview Invitation - University of Alabama Medical Center Program",
             "You have received an interview invitation", top, grid, bottom)


@reg
def eras_uthsc_im():
    sent = at(CT, "2026-10-15T10:00:00")
    ds = [iv("2026-11-16"), iv("2026-11-30"), iv("2026-12-14"), iv("2027-01-11")]
    by = at(CT, "2026-10-22T23:59")
    top = ("Program: University of Tennessee Health Science Center Program\n"
           "Specialty: Internal Medicine\nTrack: Categorical\n\n"
           "Dear Applicant,\n\n"
           "Thank you for applying to the Internal Medicine Residency Program of the University of Tennessee Health "
           "Science Center in Memphis. We are pleased to invite you to a virtual interview. Our residents care for "
           "patients at Regional One Health, Methodist University Hospital and the Lt. Col. Luke Weathers, Jr. VA "
           "Medical Center.\n\n"
           "This invitation is for the Memphis categorical program. UT programs in Chattanooga and Knoxville "
           "recruit independently.")
    grid = (["Date", "Weekday", "Start Time", "Slots Remaining"],
            [[slash(x), f"{x:%A}", "8:00 AM CT", n] for x, n in zip(ds, ["6", "8", "8", "10"])])
    bottom = f"Please schedule by {slash(by)} 11:59 PM CT. Invitations not scheduled by then may be withdrawn."
    lib.eras("b28-inv-eras-uthsc-im.eml",
             lab("invitation", "University of Tennessee Health Science Center", "eras", IM, "categorical", "virtual",
                 ds, by, MYERAS_URL),
             sent, "Interview Invitation - University of Tennessee Health Science Center Program",
             "Interview Invitation", top, grid, bottom)


@reg
def eras_hcaosceola_em():
    sent = at(ET, "2026-10-29T12:00:00")
    ds = [iv("2026-11-17"), iv("2026-12-08"), iv("2027-01-05"), iv("2027-01-19")]
    by = at(ET, "2026-11-05T23:59")
    top = ("Program: UCF/HCA Healthcare GME Consortium (HCA Florida Osceola Hospital) Program\n"
           "Specialty: Emergency Medicine\n\n"
           "Congratulations! The Emergency Medicine Residency at HCA Florida Osceola Hospital in Kissimmee, "
           "sponsored with the UCF College of Medicine, invites you to interview. Interviews are held virtually from "
           "8:00 AM to 12:30 PM Eastern.\n\n"
           "Please note that HCA Florida Ocala Hospital and HCA Florida Orange Park Hospital run separate emergency "
           "medicine programs; an invitation from one site is not an invitation from the others.")
    grid = (["Interview Date", "Day", "Format"], [[slash(x), f"{x:%A}", "Virtual"] for x in ds])
    bottom = f"Respond by: {slash(by)} 11:59 PM ET"
    lib.eras("b28-inv-eras-hcaosceola-em.eml",
             lab("invitation", "HCA Florida Osceola Hospital", "eras", EM, None, "virtual", ds, by, MYERAS_URL),
             sent, "Interview Invitation - UCF/HCA Healthcare GME Consortium (HCA Florida Osceola Hospital) Program",
             "You have a new interview invitation", top, grid, bottom)


# ====================================================================== Interview Broker
@reg
def ib_uab_imprelim():
    sent = at(CT, "2026-10-26T09:15:00")
    ds = [iv("2026-11-17"), iv("2026-12-02"), iv("2026-12-15"), iv("2027-01-06")]
    url = "https://www.interviewbroker.com/applicant/invitation/?key=UABIMP27-8H4KQ2"
    top = (f"Dear {FIRST},\n\n"
           "On behalf of the Tinsley Harrison Internal Medicine Residency Program at the University of Alabama at "
           "Birmingham, we are pleased to invite you to interview for a Preliminary position (PGY-1).\n\n"
           "Interviews for the preliminary track are virtual and last about three hours, beginning at 12:30 PM "
           "Central. Please select a date within 7 days; after that, the invitation will expire automatically.")
    grid = (["Date", "Session", "Seats open"],
            [[f"{x:%a} {slash(x)}", "12:30-3:30 PM CT", n] for x, n in zip(ds, ["3", "5", "5", "6"])])
    ibroker("b28-inv-ib-uab-imprelim.eml",
            lab("invitation", "University of Alabama at Birmingham", "interview_broker", IM, "preliminary",
                "virtual", ds, plus(sent, days=7), url),
            sent, "UAB Internal Medicine (Preliminary) - Invitation to Interview",
            "Tinsley Harrison Internal Medicine Residency - Preliminary Track", top, grid, url,
            bottom="Categorical and preliminary applications are reviewed separately.",
            reply_to=a("UAB IM Residency", "imresidency@uabmc.edu"))


@reg
def ib_atriumcmc_surgprelim():
    sent = at(ET, "2026-11-03T08:30:00")
    ds = [iv("2026-11-20"), iv("2026-12-11"), iv("2027-01-08")]
    by = at(ET, "2026-11-06T17:00")
    url = "https://www.interviewbroker.com/applicant/invitation/?key=ACMCGSP-5T9W31"
    top = ("Hello,\n\n"
           "Thank you for applying to the General Surgery Residency at Atrium Health Carolinas Medical Center. We "
           "would like to invite you to interview for one of our Preliminary PGY-1 positions.\n\n"
           "Preliminary interviews are virtual (Zoom) and run 1:00 to 4:00 PM Eastern. Dates are below; the "
           f"invitation is open until {slash(by)} at 5:00 PM ET.")
    grid = (["Interview date", "Format"], [[f"{mdy(x)} ({x:%a})", "Virtual"] for x in ds])
    ibroker("b28-inv-ib-atriumcmc-surgprelim.eml",
            lab("invitation", "Atrium Health Carolinas Medical Center", "interview_broker", SURG, "preliminary",
                "virtual", ds, by, url),
            sent, "Interview Invitation - Atrium Health CMC General Surgery (Preliminary)",
            "Atrium Health Carolinas Medical Center - General Surgery (Preliminary)", top, grid, url,
            button="View invitation and choose a date",
            reply_to=a("CMC Surgery Residency", "surgeryresidency@atriumhealth.org"))


# ====================================================================== ResidencyCAS
@reg
def rcas_ufjax_em():
    sent = at(UTC, "2026-10-30T17:00:22")
    ds = [iv("2026-12-01"), iv("2026-12-08"), iv("2027-01-07"), iv("2027-01-21")]
    body = (f"Dear {NAME},\n\n"
            "University of Florida College of Medicine \u2013 Jacksonville, Emergency Medicine, has invited you to "
            "interview.\n\n"
            "Program message:\n"
            "Welcome! We interview in person at UF Health Jacksonville (655 West 8th Street). Please plan for a full "
            "day, 7:30 AM to 3:00 PM Eastern, including a tour of our Level I trauma center and the TraumaOne flight "
            "base. This program is separate from the UF College of Medicine programs in Gainesville.\n\n"
            "Available interview dates:\n" + "\n".join(f"- {short(x)}" for x in ds) + "\n\n"
            "Please accept or decline within 48 hours. Invitations not acted on in that time may be released.")
    rcas("b28-inv-rcas-ufjax-em.eml",
         lab("invitation", "University of Florida College of Medicine \u2013 Jacksonville", "residencycas", EM, None,
             "in_person", ds, plus(sent, hours=48), RCAS_URL),
         sent, "New interview invitation", "You have been invited to interview", body, RCAS_URL,
         "View invitation in ResidencyCAS")
