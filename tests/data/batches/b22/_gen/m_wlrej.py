"""Waitlists (8) and rejections (10)."""
from lib import *


# ============================================================ waitlists
def utah_pmr():
    fn = "b22-wl-thal-utah-pmr.eml"
    date = at("2026-11-11 20:14:33", "UTC")
    url = "https://app.thalamusgme.com/applicant/waitlists/join/7719-UUPMR-27"
    prog = "University of Utah Health"
    pm = ("Thanks for your application to PM&R at the University of Utah. Every interview spot for this season has been "
          "claimed, but your application stood out and we'd like to keep you on our waitlist. "
          "Residents rotate at the Craig H. Neilsen Rehabilitation Hospital, and if a spot opens we will notify "
          "everyone on the list at once.")
    t = f"""Hi {FIRST},

{prog} - Physical Medicine and Rehabilitation (Categorical) has offered you a spot on its interview waitlist.

Note from the program:
{pm}

Join the waitlist so you are notified when an interview date opens:
{url}

Joining the waitlist does not guarantee an interview. You can leave the waitlist at any time.

The Thalamus Team
"""
    h = thal_page("Waitlist offer", f"Hi {FIRST},\n\n{prog} - Physical Medicine and Rehabilitation (Categorical) has "
                  f"offered you a spot on its interview waitlist.\n\n{pm}", button="Join waitlist", url=url,
                  rows=[("Program", f"{prog} - Physical Medicine and Rehabilitation (Categorical)"),
                        ("Status", "Waitlist offered")])
    msg = alt(text(t), html(h))
    build(fn, msg, THAL, f"Waitlist: {prog} - Physical Medicine and Rehabilitation", date, domain=THAL_DOM)
    reg(fn, msg, L("waitlist", prog, "thalamus", PMR, "categorical", url=url))


def intermountain_ty():
    fn = "b22-wl-email-intermountain-ty.eml"
    date = at("2026-11-12 15:40:02", "MT")
    t = f"""Dear Maren Achterberg,

Thank you for applying to the Transitional Year Residency at Intermountain Medical Center in Murray, Utah. This year's applicant pool was the largest we have seen.

While our interview calendar is currently full, the selection committee would like to keep your application under active consideration, and your application has been added to our interview waitlist. Should a position on one of our interview days become available, we will contact you by email.

No action is needed on your part. If you would like to update us on your application or let us know about your continued interest, you may reply to this message.

Best regards,

Transitional Year Residency Program
Intermountain Medical Center | Intermountain Health
5121 S. Cottonwood St., Murray, UT 84107
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Intermountain TY Residency", "ty.residency@imail.org"),
          "Your application to the Intermountain Transitional Year Program", date, domain="imail.org")
    reg(fn, msg, L("waitlist", "Intermountain Medical Center", "email", TY))


def michigan_anes():
    fn = "b22-wl-eras-michigan-anes.eml"
    date = at("2026-11-18 09:12:50", "ET")
    prog = "University of Michigan Health System"
    t = f"""MyERAS Interview Scheduler -- Status Update

Dear {NAME} (AAMC ID {AAMCID}),

Your interview status with the program below has changed.

Program:     {prog} Program
Specialty:   Anesthesiology
Track:       Categorical
New status:  Waitlisted

Program comments:
We appreciate your interest in Michigan Medicine Anesthesiology. Our interview days are currently full. We have
placed you on our waitlist, and if a date opens you will receive a new invitation through the ERAS Interview
Scheduler. Please keep your MyERAS notification settings turned on.

Your current interview statuses are listed in MyERAS: {MYERAS}

Automated notification - replies are not read.
"""
    msg = text(t, cte="7bit")
    build(fn, msg, ERAS, f"ERAS Interview Status Update - {prog} Program", date, domain=ERAS_DOM)
    reg(fn, msg, L("waitlist", prog, "eras", ANES, "categorical"))


def osu_ortho():
    fn = "b22-wl-ib-ohiostate-ortho.eml"
    date = at("2026-11-19 14:02:11", "ET")
    ds = [d("2026-12-11"), d("2027-01-08")]
    url = "https://www.interviewbroker.com/applicant/waitlist/osu-ortho-77c3d1"
    prog = "The Ohio State University Wexner Medical Center"
    note = (f"Thank you for applying to Orthopaedic Surgery at {prog}. All interview spots have been filled from our "
            "first round of invitations. You have been placed on our waitlist. To be notified if a spot opens, opt in "
            "for the dates below. Openings are offered to opted-in applicants in waitlist order, and you will have "
            "12 hours to accept.")
    rows = [(long(x), "Opt in") for x in ds]
    t = f"""Dear {NAME},

{note}

Waitlist dates:
""" + "\n".join(f"  - {long(x)}" for x in ds) + f"""

Manage your waitlist: {url}

Interview Broker
"""
    h = ib_page(f"Waitlist - {prog}, Orthopaedic Surgery", f"Dear {NAME},\n\n{note}",
                table=(["Interview date", "Action"], rows), button="Opt in to waitlist dates", url=url)
    msg = alt(text(t), html(h))
    build(fn, msg, IB, "Waitlist Notification - Ohio State Orthopaedic Surgery", date, domain=IB_DOM)
    reg(fn, msg, L("waitlist", prog, "interview_broker", ORTHO, None, None, ds, None, url), {x: long(x) for x in ds})


def yale_neuro():
    fn = "b22-wl-email-yale-neuro.eml"
    date = at("2026-11-06 10:03:27", "ET")
    t = f"""Dear Maren,

Thank you for your interest in the Yale Neurology Residency Program. We have been fortunate to receive an exceptionally strong pool of applications this year.

At this time we are not able to extend an interview invitation, as our interview days are fully committed. However, your application was well regarded by the committee, so we have added you to our alternate list. If an interview day opens up, we will email you, so keep an eye on your inbox and junk folder.

If you would prefer not to remain on the alternate list, simply reply to let us know.

Kind regards,

Rosemary Atwater
Residency Program Coordinator, Neurology
Yale School of Medicine | Yale New Haven Hospital
15 York Street, New Haven, CT 06510
"""
    msg = text(t)
    build(fn, msg, addr("Atwater, Rosemary", "rosemary.atwater@yale.edu"),
          "Yale Neurology \u2013 Interview Invitation Update", date, domain="yale.edu")
    reg(fn, msg, L("waitlist", "Yale School of Medicine", "email", NEURO))


def iu_imprelim():
    fn = "b22-wl-email-iu-imprelim.eml"
    date = at("2026-11-20 11:45:00", "ET")
    t = f"""Dear Maren,

Thank you for applying to the Indiana University Internal Medicine Residency preliminary program.

We wanted to give you an update on the status of your application. Our preliminary interview days have filled, and you have been placed on our waitlist. We are holding a small number of spots in reserve for December and January and will reach out if we are able to offer you one.

We appreciate your patience and your interest in IU.

Sincerely,
IU Internal Medicine Residency Office
Indiana University School of Medicine
1120 W. Michigan St., Indianapolis, IN 46202
"""
    msg = alt(text(t, cte="7bit"), html(page(p2html(t))))
    build(fn, msg, addr("IU Internal Medicine Residency", "imres@iu.edu"),
          "Application Update \u2013 IU Internal Medicine Preliminary", date, domain="iu.edu")
    reg(fn, msg, L("waitlist", "Indiana University School of Medicine", "email", IM, "preliminary"))


def columbia_pmr():
    fn = "b22-wl-email-columbia-pmr.eml"
    date = at("2026-11-23 09:30:15", "ET")
    ds = [d("2026-12-16"), d("2027-01-13")]
    url = "https://forms.gle/CUIMCrehab27waitlist"
    t = f"""Dear Applicant,

Thank you for your application to the Rehabilitation and Regenerative Medicine Residency at Columbia University Irving Medical Center and NewYork-Presbyterian.

All of our interview days have been filled. We would be happy to hold your application on our waitlist in case a spot opens. Openings usually come with short notice, so if you wish to stay on the list please use the form below to tell us which of these remaining dates you could attend:

  * {wmd(ds[0])}
  * {wmd(ds[1])}

{url}

Without a response from you, we will assume you are no longer interested. Wishing you a smooth interview season.

Columbia Rehabilitation and Regenerative Medicine Residency
180 Fort Washington Ave, New York, NY 10032
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("CUIMC Rehab Residency", "rehabresidency@cumc.columbia.edu"),
          "PM&R Residency \u2013 Waitlist", date, domain="cumc.columbia.edu", to="undisclosed-recipients:;")
    reg(fn, msg, L("waitlist", "Columbia University Irving Medical Center", "email", PMR, None, None, ds, None, url),
        {x: wmd(x) for x in ds})


def corewell_ortho():
    fn = "b22-wl-email-corewell-ortho.eml"
    date = at("2026-11-25 16:22:09", "ET")
    t = f"""Dear Dr. Achterberg,

Thank you for your interest in the Orthopaedic Surgery Residency at Corewell Health William Beaumont University Hospital in Royal Oak (formerly Beaumont Hospital, Royal Oak).

Our first round of interview offers is complete. There isn't an interview spot for you right now, but we've added you to our waitlist. Should an interview date open up, we will contact you directly by email and phone.

Wishing you a happy Thanksgiving,

Orthopaedic Surgery Residency Program
Corewell Health East | Oakland University William Beaumont School of Medicine
3601 W. Thirteen Mile Rd, Royal Oak, MI 48073
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Corewell Health Ortho Residency", "orthoresidency.royaloak@corewellhealth.org"),
          "Interview Status \u2013 Orthopaedic Surgery Residency", date, domain="corewellhealth.org")
    reg(fn, msg, L("waitlist", "Corewell Health William Beaumont University Hospital", "email", ORTHO))


# ============================================================ rejections
def mayorst_neuro():
    fn = "b22-rej-email-mayorst-neuro.eml"
    date = at("2026-11-24 08:30:00", "CT")
    t = f"""Dear Maren,

Thank you for your interest in the Neurology Residency Program at Mayo Clinic in Rochester, Minnesota. After a careful review of a large and highly qualified applicant pool, we are not able to include you among our interviewees this season.

Please note that the Mayo Clinic neurology residencies in Arizona and Florida review applications separately, and this decision applies only to the Rochester program.

We hope the rest of your application season goes smoothly.

Sincerely,
Neurology Residency Program
Mayo Clinic Rochester
Mayo Clinic School of Graduate Medical Education
200 First St. SW, Rochester, MN 55905
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("Mayo Clinic Neurology Residency (MN)", "neurologyresidencymn@mayo.edu"),
          "Mayo Clinic Neurology Residency Application", date, domain="mayo.edu")
    reg(fn, msg, L("rejection", "Mayo Clinic Rochester", "email", NEURO))


def nu_anes():
    fn = "b22-rej-email-northwestern-anes.eml"
    date = at("2026-12-01 17:05:44", "CT")
    t = f"""Dear Ms. Achterberg,

On behalf of the Department of Anesthesiology at Northwestern University Feinberg School of Medicine, thank you for applying to our residency program at McGaw Medical Center of Northwestern University.

With more than 1,300 applications for 24 categorical spots this cycle, each file received a holistic review, and the committee has now finished sending interview invitations. We are sorry to tell you we cannot extend you an interview invitation this season.

We know how much effort goes into an application, and we hope the Match goes well for you.

Respectfully,

Anesthesiology Residency Leadership
Northwestern Medicine
251 E. Huron St., Chicago, IL 60611
"""
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Northwestern Anesthesiology Residency", "anesthesiaresidency@northwestern.edu"),
          "Northwestern Anesthesiology \u2013 Application Status", date, domain="northwestern.edu")
    reg(fn, msg, L("rejection", "McGaw Medical Center of Northwestern University", "email", ANES))


def uchicago_im():
    fn = "b22-rej-email-uchicago-im.eml"
    date = at("2026-11-30 13:18:20", "CT")
    h = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#800000;padding:14px 20px;color:#fff;font-family:Georgia,serif;font-size:19px">UChicago Medicine &middot; Internal Medicine Residency</td></tr></table>
<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;padding:18px 20px;max-width:620px">
<p>Dear Maren,</p>
<p>Thank you for applying to the Categorical Internal Medicine Residency Program at the University of Chicago Medicine. We appreciate the time and thought you put into your application.</p>
<p>We have now extended all of our interview invitations for the 2026&ndash;2027 season. We regret to inform you that we are not able to offer you an interview this year.</p>
<p>Please know that this decision reflects the very limited number of interview positions available, not a judgment of your potential as a physician. We wish you the best of luck in the Match.</p>
<p>Sincerely,<br><br>Internal Medicine Residency Program<br>The University of Chicago Medicine<br>5841 S. Maryland Avenue, Chicago, IL 60637</p>
</div>"""
    msg = html(page(h, style="margin:0"))
    build(fn, msg, addr("UChicago Medicine IM Residency", "imresidency@bsd.uchicago.edu"),
          "UChicago Medicine Internal Medicine: Interview Invitation Status", date, domain="bsd.uchicago.edu")
    reg(fn, msg, L("rejection", "University of Chicago Medicine", "email", IM, "categorical"))


def nyuli_imprelim():
    fn = "b22-rej-eras-nyuli-imprelim.eml"
    date = at("2026-12-09 14:41:07", "ET")
    prog = "NYU Langone Hospital - Long Island"
    t = f"""MyERAS Message Center

Dear {NAME},

You have a new message from {prog} Program (Internal Medicine - Preliminary).

-----------------------------------------------------------------
Dear Applicant,

Thank you for your interest in the Preliminary Internal Medicine program at NYU Langone Hospital\u2014Long Island in Mineola, NY. After careful review, the selection committee will not be moving forward with an interview for your application this cycle.

We hope the rest of your season goes well.

Internal Medicine Residency Program
NYU Grossman Long Island School of Medicine
-----------------------------------------------------------------

Open the Message Center in MyERAS to read or archive this message: {MYERAS}

Replies to this notification are not delivered.
"""
    msg = text(t)
    build(fn, msg, ERAS, f"MyERAS: New message from {prog} Program", date, domain=ERAS_DOM)
    reg(fn, msg, L("rejection", prog, "eras", IM, "preliminary"))


def mgh_anes():
    fn = "b22-rej-email-mgb-anes.eml"
    date = at("2026-11-16 16:02:33", "ET")
    t = f"""Dear Maren Achterberg,

Thank you for applying to the Anesthesia Residency Program at Massachusetts General Hospital, Department of Anesthesia, Critical Care and Pain Medicine.

We received more than 1,500 applications this season and were able to extend an interview invitation to only a small fraction of applicants. After careful consideration, we regret that we cannot offer you an interview.

We are grateful for your interest in MGH and in Mass General Brigham, and we wish you a successful Match.

Sincerely,

The MGH Anesthesia Residency Selection Committee
55 Fruit Street, Boston, MA 02114
"""
    h = ('<div style="font-family:\'Segoe UI\',Arial,sans-serif;font-size:14px;max-width:600px">'
         '<div style="border-top:6px solid #00549f;padding-top:10px;color:#00549f;font-weight:bold">'
         'Massachusetts General Hospital &bull; Anesthesia, Critical Care and Pain Medicine</div>'
         + p2html(t) + '</div>')
    msg = alt(text(t), html(page(h)))
    build(fn, msg, addr("MGH Anesthesia Residency", "mghanesthesiaresidency@mgb.org"),
          "MGH Anesthesia Residency \u2013 2027 Application", date, domain="mgb.org")
    reg(fn, msg, L("rejection", "Massachusetts General Hospital", "email", ANES))


def ucsf_neuro():
    fn = "b22-rej-email-ucsf-neuro.eml"
    date = at("2026-12-03 15:27:19", "PT")
    t = f"""Hello Maren,

Thank you for applying to the UCSF Neurology Residency Program. Our interview invitations have now all been sent, and we're sorry that we can't offer you a spot on our interview schedule this year.

Best wishes for the rest of the season.

UCSF Neurology Residency
University of California, San Francisco
"""
    msg = text(t, cte="7bit")
    build(fn, msg, addr("UCSF Neurology Residency", "neurology.residency@ucsf.edu"), "UCSF Neurology Residency",
          date, domain="ucsf.edu")
    reg(fn, msg, L("rejection", "University of California, San Francisco", "email", NEURO))


def unm_ortho():
    fn = "b22-rej-email-unm-ortho.eml"
    date = at("2026-12-02 10:10:10", "MT")
    t = f"""Dear Maren,

Thank you for your application to the Orthopaedic Surgery Residency Program at the University of New Mexico School of Medicine. We appreciate your interest in training in Albuquerque.

The Department of Orthopaedics & Rehabilitation has completed its review for the 2027 Match. We are sorry to let you know that we will not be able to extend you an interview invitation this cycle. We had many more outstanding applicants than interview positions.

With best wishes,

UNM Orthopaedics Residency Office
MSC10 5600, 1 University of New Mexico, Albuquerque, NM 87131
"""
    msg = text(t)
    build(fn, msg, addr("UNM Ortho Residency", "hsc-orthoresidency@salud.unm.edu"),
          "UNM Orthopaedics \u2013 Interview Invitation Decision", date, domain="salud.unm.edu")
    reg(fn, msg, L("rejection", "University of New Mexico School of Medicine", "email", ORTHO))


def mcw_pmr():
    fn = "b22-rej-email-mcw-pmr.eml"
    date = at("2027-01-19 09:05:51", "CT")
    t = f"""Dear Maren,

Thank you for your patience while on our waitlist for the Physical Medicine & Rehabilitation Residency at the Medical College of Wisconsin Affiliated Hospitals.

Our interview season has now concluded, and we will not be able to offer additional interviews. We are therefore closing our waitlist and releasing your application. We know this is not the news you hoped for, and we sincerely appreciate your interest in our program and in Milwaukee.

Best of luck in the Match,

MCW PM&R Residency
Froedtert & the Medical College of Wisconsin
9200 W. Wisconsin Ave, Milwaukee, WI 53226
"""
    msg = alt(text(t, cte="7bit"), html(page(p2html(t))))
    build(fn, msg, addr("MCW PM&R Residency", "pmrresidency@mcw.edu"), "MCW PM&R Residency \u2013 Waitlist Update",
          date, domain="mcw.edu")
    reg(fn, msg, L("rejection", "Medical College of Wisconsin Affiliated Hospitals", "email", PMR))


def hennepin_imprelim():
    fn = "b22-rej-email-hennepin-imprelim.eml"
    date = at("2026-12-03 11:48:36", "CT")
    asked = at("2026-12-02 20:15:02", "CT")
    mine = f"""Hello Ms. Halvorsen,

I hope you're doing well. I interviewed with your categorical Internal Medicine program on November 19 and really enjoyed the day. I also applied to your preliminary medicine track (I'm applying to anesthesiology as well) and wanted to ask whether there is any update on the status of that application.

Thank you so much for your time,
Maren Achterberg
Creighton University School of Medicine, MS4
"""
    t = f"""Hi Maren,

Thanks for reaching out, and I'm glad you enjoyed your interview day!

I checked with our APD for the prelim year. Unfortunately our preliminary medicine interview days are full and we won't be able to offer you an interview for the preliminary track this season. This has no effect on your categorical application, which is complete and will be considered for our rank list as usual.

Best,
Signe

Signe Halvorsen
Residency Program Coordinator | Internal Medicine
Hennepin Healthcare
701 Park Ave, Minneapolis, MN 55415
P: 612-873-xxxx

From: Maren Achterberg <{ME}>
Sent: {outlook_sent(asked)}
To: Halvorsen, Signe <signe.halvorsen@hcmed.org>
Subject: Prelim IM application status

""" + mine
    t = t.replace("612-873-xxxx", "612-873-2631")
    msg = alt(text(t), html(page(p2html(t))))
    build(fn, msg, addr("Halvorsen, Signe", "signe.halvorsen@hcmed.org"), "RE: Prelim IM application status", date,
          domain="hcmed.org", extra=[("In-Reply-To", "<CAF7x2Kq-prelim-q@mail.gmail.com>"),
                                     ("References", "<CAF7x2Kq-prelim-q@mail.gmail.com>")])
    reg(fn, msg, L("rejection", "Hennepin Healthcare", "email", IM, "preliminary"))


def utsw_anes():
    fn = "b22-rej-thal-utsw-anes.eml"
    date = at("2026-11-10 22:03:41", "UTC")
    prog = "UT Southwestern Medical Center"
    pm = ("Thank you for applying to the UT Southwestern Anesthesiology and Pain Management Residency. Unfortunately, "
          "we will not be extending you an interview for this application cycle. We appreciate your interest "
          "in Dallas and wish you success in the Match.")
    t = f"""Hi {FIRST},

{prog} - Anesthesiology has sent you a message regarding your application.

"{pm}"

You can view your applications and messages in Thalamus:
https://app.thalamusgme.com/applicant/messages

The Thalamus Team
"""
    h = thal_page("Application update", f"Hi {FIRST},\n\n{prog} - Anesthesiology has sent you a message regarding "
                  f"your application.\n\n\u201c{pm}\u201d", button="Open Thalamus",
                  url="https://app.thalamusgme.com/applicant/messages")
    msg = alt(text(t), html(h))
    build(fn, msg, THAL, f"Message from {prog} - Anesthesiology", date, domain=THAL_DOM)
    reg(fn, msg, L("rejection", prog, "thalamus", ANES))


ALL = [utah_pmr, intermountain_ty, michigan_anes, osu_ortho, yale_neuro, iu_imprelim, columbia_pmr, corewell_ortho,
       mayorst_neuro, nu_anes, uchicago_im, nyuli_imprelim, mgh_anes, ucsf_neuro, unm_ortho, mcw_pmr,
       hennepin_imprelim, utsw_anes]
