"""Season J content: Leilani Parsons (UNR Med MS4), Internal Medicine + Anesthesiology (advanced) with a
preliminary medicine year and a transitional year, California / Pacific Northwest / Mountain West."""
import datetime as dt
from html import escape as E
from lib import X, fd, iv, add, ics, when, d, ME, PT, MT, AZ, CT, ET, UTC
from platforms import (thalamus_invite, thalamus_sched, thalamus_reminder, thalamus_status, eras_invite,
                       eras_sched, eras_po, ib_invite, ib_confirm, ib_reminder, calendly_confirm)

APPLICANT = dict(email="leilani.parsons.md27@gmail.com", name="Leilani Parsons", timezone="America/Los_Angeles",
                 as_of="2027-02-05T17:00:00-08:00")
AS_OF = dt.datetime(2027, 2, 5, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=-8)))

IM, AN, TY = "Internal Medicine", "Anesthesiology", "Transitional Year"


def P(inst, spec, track, invited, status):
    return dict(inst=inst, spec=spec, track=track, invited=invited, status=status)


PROGRAMS = {
    "ucsf-im": P("University of California, San Francisco", IM, "categorical", True, "completed"),
    "ucla-im": P("Ronald Reagan UCLA Medical Center", IM, "categorical", False, "rejected"),
    "harbor-im": P("Harbor-UCLA Medical Center", IM, "categorical", True, "completed"),
    "oliveview-im": P("Olive View-UCLA Medical Center", IM, "categorical", True, "completed"),
    "kern-im": P("Kern Medical", IM, "categorical", True, "invited"),
    "ucdavis-im": P("University of California, Davis Health", IM, "categorical", True, "completed"),
    "ucdavis-prelim-im": P("University of California, Davis Health", IM, "preliminary", True, "completed"),
    "uci-im": P("University of California, Irvine Medical Center", IM, "categorical", False, "rejected"),
    "ucsd-im": P("UC San Diego Health", IM, "categorical", False, "rejected"),
    "ucr-im": P("University of California, Riverside School of Medicine", IM, "categorical", True, "declined"),
    "kp-oakland-im": P("Kaiser Permanente Oakland Medical Center", IM, "categorical", True, "completed"),
    "kp-sf-im": P("Kaiser Permanente San Francisco Medical Center", IM, "categorical", False, "waitlisted"),
    "kp-santaclara-im": P("Kaiser Permanente Santa Clara Medical Center", IM, "categorical", True, "declined"),
    "kp-la-im": P("Kaiser Permanente Los Angeles Medical Center", IM, "categorical", True, "completed"),
    "kp-fontana-im": P("Kaiser Permanente Fontana Medical Center", IM, "categorical", True, "cancelled"),
    "stanford-im": P("Stanford Health Care", IM, "categorical", False, "rejected"),
    "scvmc-im": P("Santa Clara Valley Medical Center", IM, "categorical", True, "completed"),
    "ohsu-im": P("Oregon Health & Science University", IM, "categorical", True, "completed"),
    "legacy-im": P("Legacy Good Samaritan Medical Center", IM, "categorical", False, "rejected"),
    "providence-portland-im": P("Providence Portland Medical Center", IM, "categorical", False, "rejected"),
    "st-vincent-im": P("Providence St. Vincent Medical Center", IM, "categorical", True, "completed"),
    "swedish-im": P("Swedish Medical Center First Hill", IM, "categorical", True, "scheduled"),
    "uw-im": P("University of Washington", IM, "categorical", False, "rejected"),
    "spokane-im": P("Providence Sacred Heart Medical Center", IM, "categorical", True, "completed"),
    "banner-phoenix-im": P("Banner–University Medical Center Phoenix", IM, "categorical", True, "completed"),
    "banner-tucson-im": P("Banner–University Medical Center Tucson", IM, "categorical", False, "rejected"),
    "utah-im": P("University of Utah Health", IM, "categorical", False, "rejected"),
    "cu-im": P("University of Colorado School of Medicine", IM, "categorical", True, "completed"),
    "healthone-im": P("Presbyterian/St. Luke's Medical Center", IM, "categorical", False, "waitlisted"),
    "intermountain-ty": P("Intermountain Medical Center", TY, "transitional", True, "completed"),
    "ucsf-anes": P("University of California, San Francisco", AN, "advanced", True, "completed"),
    "ucla-anes": P("Ronald Reagan UCLA Medical Center", AN, "advanced", True, "completed"),
    "ucdavis-anes": P("University of California, Davis Health", AN, "advanced", True, "completed"),
    "uci-anes": P("University of California, Irvine Medical Center", AN, "advanced", False, "waitlisted"),
    "ucsd-anes": P("UC San Diego Health", AN, "advanced", True, "completed"),
    "stanford-anes": P("Stanford Health Care", AN, "advanced", True, "completed"),
    "kp-la-anes": P("Kaiser Permanente Los Angeles Medical Center", AN, "advanced", True, "completed"),
    "ohsu-anes": P("Oregon Health & Science University", AN, "advanced", True, "completed"),
    "uw-anes": P("University of Washington", AN, "advanced", True, "completed"),
    "utah-anes": P("University of Utah Health", AN, "advanced", True, "completed"),
    "cu-anes": P("University of Colorado School of Medicine", AN, "advanced", False, "rejected"),
    "banner-tucson-anes": P("Banner–University Medical Center Tucson", AN, "advanced", True, "completed"),
    "uwhealth-anes": P("University of Wisconsin Hospitals and Clinics", AN, "advanced", False, "rejected"),
}

MYSIG = ("Leilani Parsons\nMS4, University of Nevada, Reno School of Medicine\nAAMC ID 17834526 | (775) 555-0148")


def sent(label, slug, at, to, subject, body, irt=None, quote=None, kind="info", cc=None, enc="7bit"):
    text = body + "\n\n" + MYSIG + "\n"
    if quote:
        text += "\n" + quote
    add(label, slug, at, ME, subject, text, None, to=to, enc=enc, irt=irt, kind=kind, cc=cc,
        mid_domain="mail.gmail.com")


def gq(at, who, body):
    """Gmail-style quote of an earlier message."""
    w = at.strftime("%a, %b %-d, %Y at %-I:%M %p")
    return f"On {w} {who} wrote:\n" + "\n".join("> " + ln if ln else ">" for ln in body.strip().split("\n")) + "\n"


def build():
    # ------------------------------------------------------------------ unrelated
    X("https://app.thalamusgme.com/applicant/onboarding")
    add("unrelated", "thalamus-welcome", when(2026, 9, 2, 17, 14, UTC), "Thalamus <noreply@thalamusgme.com>",
        "Welcome to Thalamus, Leilani!",
        "Hi Leilani,\n\nWelcome to Thalamus! Your applicant account is active. Link your ERAS token, sync your calendar "
        "and set your time zone so interview invitations show the right times:\n"
        "https://app.thalamusgme.com/applicant/onboarding\n\nWhen programs invite you through Thalamus you will get "
        "an e-mail and an in-app notification.\n\nThe Thalamus Team\n", None, mid_domain="thalamusgme.com",
        kind="other")

    X("https://r.nrmp.org/confirm/2027/L7N4Q"); X("N0847193")
    add("unrelated", "nrmp-registration", when(2026, 9, 16, 13, 2, ET), "NRMP <donotreply@nrmp.org>",
        "NRMP Main Residency Match Registration Confirmation",
        "Dear Leilani Parsons,\n\nThank you for registering for the 2027 Main Residency Match. Your NRMP ID is "
        "N0847193. Keep this number; you will need it to access the Registration, Ranking and Results (R3) system.\n\n"
        "Confirm your contact information: https://r.nrmp.org/confirm/2027/L7N4Q\n\nImportant dates:\n"
        "  Rank order list entry opens: February 1, 2027\n  Rank order list certification deadline: March 3, 2027\n"
        "  Match Day: Friday, March 19, 2027\n\nNational Resident Matching Program\n", None, enc="7bit",
        kind="other", mid_domain="nrmp.org")

    X("https://students-residents.aamc.org/eras")
    add("unrelated", "eras-application-released", when(2026, 9, 24, 9, 1, ET),
        "AAMC ERAS <noreply@aamc.org>", "Your MyERAS application has been released to programs",
        "Dear Leilani Parsons,\n\nToday, programs began receiving MyERAS applications. Your application has been "
        "released to the 43 programs you applied to. You may continue to apply to additional programs; applications "
        "are transmitted within 24 hours of payment.\n\nInterview invitations may arrive through the ERAS Interview "
        "Scheduler, through a third-party platform, or directly from programs. Check the e-mail address in your "
        "MyERAS profile regularly.\n\nhttps://students-residents.aamc.org/eras\n\nERAS Team\n"
        "Association of American Medical Colleges\n", None, enc="7bit", kind="other", mid_domain="aamc.org")

    nl_url = X("https://www.asahq.org/msc/newsletter/2026-10")
    html = ("<html><body style=\"font-family:Georgia,serif\"><h2>ASA Medical Student Component &mdash; October 2026</h2>"
            "<h3>Interview season is here</h3><p>Invitations for anesthesiology are arriving. A few program notes "
            "from our chapter reporters:</p><ul>"
            f"<li><b>{X('UCSF')}</b> and <b>{X('Stanford')}</b> both run virtual-first interview days again this year.</li>"
            f"<li><b>{E(X('Oregon Health & Science University'))}</b> is hosting an optional in-person open house in December.</li>"
            f"<li><b>{X('University of Utah')}</b> residents launched a regional-anesthesia podcast.</li>"
            f"<li><b>{X('Banner - University Medical Center Tucson')}</b> and <b>{X('UW Health')}</b> (Madison) "
            "both added advanced positions for the 2027 Match.</li></ul>"
            "<p>Tip: keep a spreadsheet of every invitation, because the PGY-1 preliminary/transitional interviews "
            "run on a different calendar from your CA-1 programs.</p>"
            f"<p><a href=\"{nl_url}\">Read online</a> | American Society of Anesthesiologists, 1061 American Lane, "
            "Schaumburg, IL 60173</p></body></html>")
    add("unrelated", "asa-msc-newsletter", when(2026, 10, 14, 10, 30, CT),
        "ASA Medical Student Component <msc@asahq.org>", "ASA MSC Newsletter: Interview season is here",
        None, html, kind="other")

    # classmate's forwarded invitation (UC Davis anesthesiology - her own invitation, not Leilani's)
    X("https://app.thalamusgme.com/applicant/invitations/c41e7b90"); X("UC Davis Health - Anesthesiology - Advanced")
    X("Wednesday, October 28, 2026")
    add("unrelated", "fwd-classmate-ucdavis-anes", when(2026, 10, 21, 21, 40, PT),
        "Marisa Okonkwo <marisa.okonkwo27@gmail.com>", "Fwd: Interview Invitation - UC Davis Health - Anesthesiology - Advanced",
        "LEI!! I got Davis gas!! Did you get one too? Their dates are filling fast, I took the 10/28 one.\n"
        "Let's practice for it together?\n\nM\n\n---------- Forwarded message ---------\n"
        "From: Thalamus <noreply@thalamusgme.com>\nDate: Wed, Oct 21, 2026 at 4:02 PM\n"
        "Subject: Interview Invitation - UC Davis Health - Anesthesiology - Advanced\nTo: <marisa.okonkwo27@gmail.com>\n\n"
        "Dear Marisa,\n\nCongratulations! You have been invited to interview with:\n\n"
        "Program: UC Davis Health - Anesthesiology - Advanced\n\nAvailable interview dates:\n"
        "  - Wednesday, October 28, 2026\n  - Friday, November 20, 2026\n\n"
        "To schedule, log in to Thalamus:\nhttps://app.thalamusgme.com/applicant/invitations/c41e7b90\n",
        None, enc="quoted-printable", kind="other", mid_domain="mail.gmail.com")

    # partner's forwarded ResidencyCAS invitation (Denver Health EM)
    X("Denver Health Medical Center"); X("https://app.residencycas.org/interviews/invitation/5523901")
    X("Thursday, December 3, 2026")
    add("unrelated", "fwd-partner-denver-health-em", when(2026, 11, 5, 19, 12, PT),
        "Noah Kealoha <noah.kealoha.em@gmail.com>", "Fwd: Interview Invitation - Denver Health Emergency Medicine",
        "Babe look!! Denver Health!!! If you get CU or HealthONE too we could actually couples-plan Denver.\n"
        "I picked Dec 3 - can you check if that conflicts with any of yours?\n\n---------- Forwarded message ---------\n"
        "From: ResidencyCAS <noreply@residencycas.org>\nDate: Thu, Nov 5, 2026 at 2:47 PM\n"
        "Subject: Interview Invitation - Denver Health Emergency Medicine\nTo: Noah Kealoha\n\n"
        "Dear Noah Kealoha,\n\nThe Denver Health Residency in Emergency Medicine (Denver Health Medical Center) "
        "has invited you to interview. Available dates: Thursday, December 3, 2026; Tuesday, December 15, 2026.\n\n"
        "Schedule here: https://app.residencycas.org/interviews/invitation/5523901\n",
        None, enc="quoted-printable", kind="other", mid_domain="mail.gmail.com")

    # travel near OHSU
    X("Portland International"); X("CONF: KX7Q2M"); X("Friday, December 18, 2026")
    add("unrelated", "alaska-air-rno-pdx", when(2026, 12, 8, 20, 33, PT),
        "Alaska Airlines <itinerary@ifly.alaskaair.com>", "Your confirmation receipt: KX7Q2M",
        None, "<html><body><h2>Thanks for booking with Alaska Airlines</h2><p>CONF: KX7Q2M</p>"
        "<table border=\"0\" cellpadding=\"4\"><tr><th>Flight</th><th>Date</th><th>From</th><th>To</th></tr>"
        "<tr><td>AS 2371</td><td>Friday, December 18, 2026</td><td>Reno/Tahoe International (RNO) 2:05 pm</td>"
        "<td>Portland International (PDX) 3:35 pm</td></tr><tr><td>AS 2374</td><td>Sunday, December 20, 2026</td>"
        "<td>Portland International (PDX) 6:10 pm</td><td>Reno/Tahoe International (RNO) 7:44 pm</td></tr></table>"
        "<p>Traveler: LEILANI PARSONS &middot; Mileage Plan 2839104**</p><p>Total: $212.40</p></body></html>",
        henc="base64", kind="other", mid_domain="ifly.alaskaair.com")

    # job interview at Kaiser Santa Clara (scribe)
    X("Kaiser Permanente"); X("Santa Clara Medical Center"); X("Monday, November 23, 2026")
    X("https://kp.wd5.myworkdayjobs.com/careers/job/1184213")
    add("unrelated", "kp-talent-acquisition-scribe", when(2026, 11, 20, 11, 4, PT),
        "KP Talent Acquisition <kp-recruiting@kp.org>", "Interview request - Medical Scribe (Per Diem), Req 1184213",
        "Hello Leilani,\n\nThank you for applying for the Medical Scribe (Per Diem) position, requisition 1184213, "
        "in the Emergency Department at Kaiser Permanente Santa Clara Medical Center.\n\nWe would like to schedule a "
        "15-minute phone screen on Monday, November 23, 2026 between 9:00 and 11:30 a.m. Please reply with a time "
        "that works, or update your availability in your candidate home: "
        "https://kp.wd5.myworkdayjobs.com/careers/job/1184213\n\nThis interview is for employment with Kaiser "
        "Foundation Hospitals and is unrelated to any graduate medical education application.\n\n"
        "Kind regards,\nDevin Alcaraz\nTalent Acquisition Consultant, Northern California\nKaiser Permanente\n",
        None, kind="other")

    X("https://www.laurelroad.com/resident-refi/offer/LP27")
    add("unrelated", "laurel-road-marketing", when(2026, 12, 4, 7, 15, ET),
        "Laurel Road <offers@e.laurelroad.com>", "Leilani, match-ready? Lock in a lower rate before residency",
        None, "<html><body><h1>Residency is around the corner.</h1><p>Whether you match in Internal Medicine in "
        "California or Anesthesiology in Colorado, our resident refinancing lets you pay as little as $100/month "
        "during training.</p><p><a href=\"https://www.laurelroad.com/resident-refi/offer/LP27\">Check your rate</a></p>"
        "<p style=\"font-size:10px\">Laurel Road is a brand of KeyBank N.A. Member FDIC. Unsubscribe.</p></body></html>",
        henc="quoted-printable", kind="other", mid_domain="e.laurelroad.com")

    X("https://myeras-aamc-verify.com/login")
    add("unrelated", "phish-myeras-verify", when(2026, 12, 15, 3, 12, UTC),
        "MyERAS Support <support@myeras-aamc-verify.com>", "Action required: verify your MyERAS account to keep interviews",
        "Dear applicant,\n\nOur records show your MyERAS account has unverified interview invitations. Failure to verify "
        "within 24 hours will result in cancellation of ALL scheduled interviews.\n\nVerify now: "
        "https://myeras-aamc-verify.com/login\n\nERAS Security\n", None, enc="7bit", kind="other")

    # applicant's own status e-mail to advisor + out-of-office
    adv_body = (
        "Hi Dr. Whitfield,\n\nQuick mid-season update before our meeting. Interviews so far:\n\n"
        f"Anesthesiology (advanced): {X('Stanford')}, {X('UCSF')}, {X('UCLA')}, {X('UC Davis')}, {X('OHSU')}, "
        f"{X('Banner Tucson')} and {X('UW')} are done. Still to come: {X('KP LA')}, {X('UCSD')}, {X('Utah')}. "
        f"Waitlisted at {X('UCI')} and {X('CU')}.\n\n"
        f"Internal Medicine (categorical): done at {X('CU')}, {X('UCSF')}, {X('Olive View')}, {X('UC Davis')}, "
        f"{X('KP Oakland')}, {X('Banner Phoenix')}, {X('Harbor')}, {X('OHSU')}, {X('KP LA')}, {X('Valley')}, "
        f"{X('St. Vincent')} (they moved me to January) and {X('Spokane')}. Waitlisted at {X('KP San Francisco')} "
        f"and {X('HealthONE')}. I cancelled KP Santa Clara and turned down UCR, and KP Fontana just cancelled "
        "their January session with no other date.\n\n"
        f"Prelim/TY: Davis prelim done, {X('Intermountain')} TY next week.\n\n"
        "Is it reasonable to stop accepting IM interviews at this point?\n\nThanks!")
    sent("unrelated", "sent-advisor-update", when(2027, 1, 8, 16, 22, PT),
         "Dr. Gregory Whitfield <gwhitfield@med.unr.edu>", "Interview season update (Leilani Parsons)", adv_body,
         kind="other")
    X("Thursday, January 14, 2027"); X("Monday, January 11")
    add("unrelated", "ooo-advisor", when(2027, 1, 8, 16, 22, PT, ss=41),
        "Gregory Whitfield <gwhitfield@med.unr.edu>",
        "Automatic reply: Interview season update (Leilani Parsons)",
        "I am out of the office attending the AAMC GSA meeting and will return on Monday, January 11. I will respond "
        "to messages after I return; our advising meeting on Thursday, January 14, 2027 is still on.\n\n"
        "For urgent student matters, contact the Office of Student Affairs at (775) 555-0190.\n\n"
        "Gregory Whitfield, MD\nAssistant Dean for Career Advising\nUniversity of Nevada, Reno School of Medicine\n",
        None, enc="7bit", kind="other", mid_domain="med.unr.edu", extra=[("Auto-Submitted", "auto-replied")])

    X("https://r3.nrmp.org/"); X("Wednesday, March 3, 2027")
    add("unrelated", "nrmp-rank-order-list-open", when(2027, 2, 1, 12, 0, ET), "NRMP <donotreply@nrmp.org>",
        "Rank Order List Entry Is Now Open",
        "Dear Leilani Parsons,\n\nRank order list entry for the 2027 Main Residency Match is now open in the R3 system: "
        "https://r3.nrmp.org/\n\nApplicants who applied to advanced programs may create supplemental rank order lists "
        "for preliminary and transitional-year programs.\n\nThe deadline to certify your list is 9:00 p.m. ET on "
        "Wednesday, March 3, 2027.\n\nNational Resident Matching Program\n", None, enc="7bit", kind="other",
        mid_domain="nrmp.org")

    programs_im_ca()
    programs_kaiser()
    programs_nw()
    programs_mtn()
    programs_anes()


# ====================================================================== IM - California (UC, LA County, Kern)
def programs_im_ca():
    # ---------------- UCSF IM (Thalamus)
    prog = "University of California, San Francisco - Internal Medicine - Categorical"
    thalamus_invite("ucsf-im", when(2026, 10, 6, 15, 12, UTC), prog,
                    [d(2026, 11, 10), d(2026, 11, 19), d(2026, 12, 8), d(2027, 1, 7)],
                    "https://app.thalamusgme.com/applicant/invitations/7a19e2c3",
                    "Lorena Bautista, Residency Program Manager (IMResidency@ucsf.edu)",
                    note="The UCSF Internal Medicine Residency Program interviews are held virtually over Zoom. "
                         "Interview days run 7:30 a.m. - 12:45 p.m. Pacific.")
    thalamus_sched("ucsf-im", when(2026, 10, 6, 15, 41, UTC), prog, d(2026, 11, 19),
                   when(2026, 11, 19, 7, 30), 315, "https://app.thalamusgme.com/applicant/interviews/7a19e2c3")
    z = X("https://ucsf.zoom.us/j/93318204711")
    html = (f"<p>Dear Applicants,</p><p>We are excited to welcome you to the <b>{X('UCSF Internal Medicine Residency Program')}</b> "
            f"virtual interview day on <b>{iv(d(2026, 11, 19))}</b>.</p>"
            "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr><th>Time (PT)</th><th>Session</th></tr>"
            "<tr><td>7:30 - 8:15</td><td>Welcome from the Chair of the Department of Medicine and the Program Director</td></tr>"
            "<tr><td>8:30 - 10:30</td><td>Two faculty interviews (breakout rooms)</td></tr>"
            "<tr><td>10:45 - 11:30</td><td>Pathways: PRIME, Primary Care, ZSFG, the VA</td></tr>"
            "<tr><td>11:45 - 12:45</td><td>Resident-only social</td></tr></table>"
            f"<p>Main room: <a href=\"{z}\">{z}</a> (passcode shared in Thalamus)</p>"
            "<p>Warmly,<br>Jun Takahashi, MD &amp; Priya Raman, MD<br>Chief Medical Residents<br>"
            f"{X('Department of Medicine, University of California, San Francisco')}<br>505 Parnassus Ave, San Francisco, CA 94143</p>")
    add("ucsf-im", "ucsf-im-interview-day-details", when(2026, 11, 16, 13, 5),
        "UCSF IM Chief Residents <IMResidency@ucsf.edu>", "UCSF IM Interview Day - Thursday 11/19 schedule & Zoom link",
        None, html, henc="quoted-printable", kind="reminder", extra=[("Precedence", "bulk")])
    X("Dr. Castellanos")
    sent("ucsf-im", "sent-thank-you-ucsf-im", when(2026, 11, 19, 18, 47), "Dr. Elena Castellanos <elena.castellanos@ucsf.edu>",
         "Thank you - UCSF Internal Medicine interview",
         "Dear Dr. Castellanos,\n\nThank you for taking the time to speak with me today during my interview with the "
         f"{X('UCSF Internal Medicine Residency Program')}. I especially enjoyed hearing about your work with the ZSFG "
         "HIV clinic and how residents get involved in safety-net care at San Francisco General.\n\nI left the day even "
         "more excited about UCSF. Thank you again.\n\nBest regards,")

    # ---------------- UCLA IM (ERAS Post Office waitlist -> release)
    acg = "UCLA David Geffen School of Medicine/UCLA Medical Center Program"
    eras_po("ucla-im", when(2026, 11, 2, 17, 30, ET), acg, "1400521208", "Internal Medicine",
            "Interview Status - UCLA Internal Medicine",
            "Dear Applicant,\n\nThank you for your interest in the UCLA Internal Medicine Residency Program at "
            f"{X('Ronald Reagan UCLA Medical Center')}. We received an exceptional number of applications this year. "
            "At this time we are unable to offer you an interview, but we would like to place you on our interview "
            "waitlist. If a spot becomes available we will contact you through the ERAS Interview Scheduler.\n\n"
            "Sincerely,\nUCLA Internal Medicine Residency Program\nDavid Geffen School of Medicine at UCLA",
            kind="waitlist", slug="eras-post-office-message")
    X("UCLA Internal Medicine Residency Program"); X("Ronald Reagan")
    add("ucla-im", "ucla-im-waitlist-update", when(2027, 1, 22, 16, 5),
        "UCLA IM Residency <imresidency@mednet.ucla.edu>", "UCLA Internal Medicine - interview waitlist update",
        "Dear Leilani,\n\nThank you for your patience this season. Our final interview day for the UCLA Internal "
        "Medicine Residency Program (Ronald Reagan) took place this week, and we are no longer offering additional "
        "interviews. We are therefore releasing all applicants from our interview waitlist.\n\nWe appreciate your "
        "interest in UCLA and wish you the very best in the Match.\n\nWarm regards,\nAlyssa Moreno\nProgram "
        "Coordinator, Internal Medicine Residency\nDepartment of Medicine, David Geffen School of Medicine at UCLA\n"
        "757 Westwood Plaza, Los Angeles, CA 90095\n", None, kind="rejection")

    # ---------------- Harbor-UCLA IM (ERAS scheduler)
    acg = "Los Angeles County-Harbor-UCLA Medical Center Program"
    eras_invite("harbor-im", when(2026, 10, 13, 14, 2, ET), acg, "1400511163", "Internal Medicine",
                [d(2026, 11, 4), d(2026, 11, 18), d(2026, 12, 2), d(2026, 12, 16)],
                "https://myeras.aamc.org/interviews/invitations/1400511163", d(2026, 10, 20),
                "Congratulations! On behalf of the Harbor-UCLA Internal Medicine Residency Program, we are pleased "
                "to invite you to interview. All interviews will be virtual via Zoom. Interview day begins at "
                "8:00 AM PT.\n\nHarbor-UCLA Medical Center, 1000 W. Carson Street, Torrance, CA 90502")
    eras_sched("harbor-im", when(2026, 10, 13, 14, 31, ET), acg, "1400511163", "Internal Medicine", d(2026, 12, 2),
               "8:00 AM - 1:00 PM PT", "https://myeras.aamc.org/interviews/scheduled/1400511163")
    z = X("https://lundquist.zoom.us/j/84129930016")
    html = ("<div style=\"font-family:Calibri\"><p>Good afternoon applicants,</p>"
            f"<p>We look forward to meeting you on <b>{iv(d(2026, 12, 2))}</b> for the "
            f"{X('Harbor-UCLA Medical Center')} Internal Medicine interview day.</p>"
            f"<p>Zoom: <a href=\"{z}\">{z}</a><br>Please join by 7:45 AM PT.</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><td>8:00</td><td>Welcome (Dr. Farahani, PD)</td></tr>"
            "<tr><td>8:45</td><td>Interviews x2</td></tr><tr><td>10:15</td><td>Tour video: LA County DHS &amp; the new "
            "Harbor-UCLA inpatient tower</td></tr><tr><td>11:00</td><td>Resident Q&amp;A</td></tr></table>"
            "<p>Thank you,<br>Yesenia Cruz<br>Residency Coordinator, Department of Medicine<br>"
            f"{X('LA County Harbor-UCLA Medical Center')} | The Lundquist Institute<br>(310) 555-0182</p></div>")
    add("harbor-im", "harbor-ucla-im-zoom-link", when(2026, 11, 30, 14, 22),
        "Yesenia Cruz <ycruz@dhs.lacounty.gov>", "Harbor IM Interview - Zoom Link for Wednesday", None, html,
        henc="quoted-printable", kind="reminder")

    # ---------------- Olive View-UCLA IM (Interview Broker)
    org = "Olive View-UCLA Medical Center Internal Medicine Residency"
    ib_invite("oliveview-im", when(2026, 10, 15, 19, 40, UTC), org,
              [d(2026, 11, 12), d(2026, 12, 10), d(2027, 1, 14)],
              "https://www.interviewbroker.com/applicant/invite/OV-IM-28841", d(2026, 10, 22),
              "Dear Leilani,\nThank you for applying to Olive View-UCLA. We were impressed by your application and "
              "would like to invite you to a virtual interview. Our program trains residents at Olive View-UCLA "
              "Medical Center in Sylmar, a Los Angeles County DHS safety-net hospital.\nSincerely,\n"
              "The Olive View-UCLA IM Residency Team")
    ib_confirm("oliveview-im", when(2026, 10, 15, 20, 3, UTC), org, d(2026, 11, 12), "7:45 AM Pacific",
               "https://www.interviewbroker.com/applicant/schedule/OV-IM-28841")
    ib_reminder("oliveview-im", when(2026, 11, 10, 16, 0, UTC), org, d(2026, 11, 12), "7:45 AM Pacific",
                "https://www.interviewbroker.com/applicant/schedule/OV-IM-28841")
    X("Olive View–UCLA")
    sent("oliveview-im", "sent-thank-you-olive-view", when(2026, 11, 12, 17, 55),
         "Tanisha Greer <tgreer@dhs.lacounty.gov>", "Thank you!",
         "Hi Ms. Greer,\n\nThank you so much for organizing today's interview day at Olive View–UCLA. Everything ran "
         "smoothly and the residents were so welcoming. Could you please pass my thanks along to Dr. Nakamura and "
         "Dr. Osei as well?\n\nThank you,", enc="quoted-printable")

    # ---------------- Kern Medical IM (invitation not answered)
    X("Kern Medical"); X("Kern Medical (Bakersfield) Program"); X("1400521304")
    X("https://forms.office.com/r/KMim27late")
    add("kern-im", "kern-medical-im-invitation", when(2027, 2, 3, 10, 48),
        "Kern Medical GME <gme.residency@kernmedical.com>",
        "Interview Invitation - Internal Medicine Residency, Kern Medical",
        "Dear Ms. Parsons,\n\nOn behalf of the Program Director, Dr. Harold Singh, I am pleased to invite you to "
        "interview for a categorical position in the Internal Medicine Residency at Kern Medical (ACGME: Kern Medical "
        "(Bakersfield) Program, 1400521304). Kern Medical, formerly Kern Medical Center, is the teaching hospital for "
        "Kern County and an academic affiliate of the David Geffen School of Medicine at UCLA.\n\n"
        f"We have two remaining virtual interview dates:\n\n    {iv(d(2027, 2, 17))}\n    {iv(d(2027, 2, 24))}\n\n"
        "Please indicate your preferred date using the form below no later than "
        f"{fd(d(2027, 2, 10))}:\nhttps://forms.office.com/r/KMim27late\n\n"
        "Respectfully,\nGabriela Ochoa\nGME Coordinator, Internal Medicine\nKern Medical\n1700 Mount Vernon Avenue, "
        "Bakersfield, CA 93306\n(661) 555-0137\n", None, kind="invitation")

    # ---------------- UC Davis: IM categorical, IM preliminary, Anesthesiology - one GME mailbox
    GME = "UC Davis Health GME Interviews <hs-gmeinterviews@health.ucdavis.edu>"
    prog = "UC Davis Health - Internal Medicine - Categorical"
    thalamus_invite("ucdavis-im", when(2026, 10, 8, 16, 55, UTC), prog,
                    [d(2026, 11, 2), d(2026, 11, 16), d(2026, 12, 14)],
                    "https://app.thalamusgme.com/applicant/invitations/d02f7731",
                    "the Internal Medicine Residency Office (hs-gmeinterviews@health.ucdavis.edu)",
                    note="This invitation is for our CATEGORICAL track (NRMP 1772140C0). Applicants to our "
                         "preliminary track will be contacted separately.", deadline=d(2026, 10, 15))
    thalamus_sched("ucdavis-im", when(2026, 10, 8, 17, 20, UTC), prog, d(2026, 11, 16),
                   when(2026, 11, 16, 8, 0), 300, "https://app.thalamusgme.com/applicant/interviews/d02f7731")
    z = X("https://ucdavis.zoom.us/j/98143022578")
    X("University of California, Davis Health"); X("Internal Medicine Residency Program")
    add("ucdavis-im", "uc-davis-im-categorical-interview-day", when(2026, 11, 13, 9, 15), GME,
        "UC Davis Internal Medicine (Categorical) - Interview Day Monday 11/16",
        "Dear Leilani,\n\nThank you for scheduling your interview with the Internal Medicine Residency Program "
        f"(Categorical) at University of California, Davis Health on {iv(d(2026, 11, 16))}.\n\n"
        f"Zoom: {z}\nCheck-in 7:45 AM PT; welcome at 8:00 AM with Dr. Sandra Whitcomb, Program Director.\n\n"
        "Agenda\n  8:00  Welcome and program overview\n  8:40  Faculty interviews (2 x 20 min)\n"
        "  10:00 Virtual tour of UC Davis Medical Center, Sacramento VA and Sacramento County clinics\n"
        "  11:00 Resident panel\n\nNote: this mailbox handles interviews for several UC Davis Health programs. "
        "Please include the program name in any reply.\n\nUC Davis Health GME Interview Team\n"
        "2315 Stockton Blvd., Sacramento, CA 95817\n", None, kind="reminder")

    X("Preliminary Internal Medicine"); X("1772140P0"); X("https://forms.gle/UcdPrelimIM2027")
    add("ucdavis-prelim-im", "uc-davis-prelim-medicine-invitation", when(2026, 10, 27, 11, 30), GME,
        "Invitation to Interview - Preliminary Internal Medicine (PGY-1), UC Davis Health",
        "Dear Leilani Parsons,\n\nThank you for applying to the Preliminary Internal Medicine position (NRMP "
        "1772140P0) at UC Davis Health. We are pleased to invite you to interview for a one-year PGY-1 "
        "preliminary position. (If you have also interviewed with our categorical program, please note that the "
        "preliminary interview is a separate, shorter day with its own selection committee.)\n\n"
        f"Preliminary interview dates (virtual, 1:00 - 3:30 PM PT):\n    {iv(d(2026, 12, 4))}\n    {iv(d(2026, 12, 11))}\n\n"
        "Please select a date through this form: https://forms.gle/UcdPrelimIM2027\n\n"
        "Best,\nDeJuan Harris\nProgram Coordinator, Preliminary Medicine\nDepartment of Internal Medicine, UC Davis "
        "School of Medicine\n", None, kind="invitation")
    q = ("Dear Leilani Parsons,\n\nThank you for applying to the Preliminary Internal Medicine position (NRMP\n"
         "1772140P0) at UC Davis Health. We are pleased to invite you to interview for a one-year PGY-1\n"
         "preliminary position.")
    sent("ucdavis-prelim-im", "sent-re-uc-davis-prelim", when(2026, 10, 28, 8, 2), GME,
         "Re: Invitation to Interview - Preliminary Internal Medicine (PGY-1), UC Davis Health",
         "Hi Mr. Harris,\n\nThank you for the invitation! I submitted the form for Friday, December 11 (Preliminary "
         "Medicine). Just to flag: I interviewed with the categorical program on 11/16 and I am applying to "
         "anesthesiology advanced positions, which is why I'm interested in the preliminary year as well.\n\n"
         "Best,", irt="uc-davis-prelim-medicine-invitation",
         quote=gq(when(2026, 10, 27, 11, 30), GME, q))
    X("Friday, December 11"); X("Preliminary Medicine")
    X("https://ucdavis.zoom.us/j/97330418825")
    add("ucdavis-prelim-im", "re-uc-davis-prelim-confirmed", when(2026, 10, 29, 14, 12), GME,
        "RE: Invitation to Interview - Preliminary Internal Medicine (PGY-1), UC Davis Health",
        f"Hi Leilani,\n\nYou are confirmed for {iv(d(2026, 12, 11))} for the Preliminary Medicine interview, "
        "1:00 - 3:30 PM PT.\nZoom: https://ucdavis.zoom.us/j/97330418825\n\nThanks for letting us know about the "
        "categorical interview - no problem at all.\n\nDeJuan\n\n"
        "From: Leilani Parsons <leilani.parsons.md27@gmail.com>\nSent: Wednesday, October 28, 2026 8:02 AM\n"
        "To: UC Davis Health GME Interviews <hs-gmeinterviews@health.ucdavis.edu>\n"
        "Subject: Re: Invitation to Interview - Preliminary Internal Medicine (PGY-1), UC Davis Health\n\n"
        "Hi Mr. Harris,\n\nThank you for the invitation! I submitted the form for Friday, December 11 (Preliminary "
        "Medicine).\n", None, irt="sent-re-uc-davis-prelim", kind="scheduled")

    # ---------------- UC Irvine IM (ERAS PO rejection)
    eras_po("uci-im", when(2026, 12, 9, 19, 0, ET), "University of California (Irvine) Program", "1400521047",
            "Internal Medicine", "Application Status",
            "Dear Applicant,\n\nThank you for your interest in the Internal Medicine Residency at "
            f"{X('UCI Health')}. After careful review, we regret that we are unable to offer you an interview this "
            "season. We wish you success in the Match.\n\nUC Irvine Internal Medicine Residency Program\n"
            f"{X('University of California, Irvine Medical Center')}, Orange, CA", kind="rejection", enc="base64")

    # ---------------- UC San Diego IM (rejection email)
    X("UC San Diego Health"); X("Internal Medicine Residency Program")
    add("ucsd-im", "ucsd-im-application-decision", when(2026, 11, 18, 16, 40),
        "UCSD Internal Medicine Residency <imresidency@health.ucsd.edu>",
        "UC San Diego Internal Medicine Residency - Application Update",
        None, "<p>Dear Leilani Parsons,</p><p>Thank you for applying to the UC San Diego Health Internal Medicine "
        "Residency Program. We received more than 5,000 applications for our categorical positions this year. "
        "We regret that we are not able to offer you an interview.</p><p>Please note this decision applies to "
        "our Internal Medicine program only; other UC San Diego programs make their own decisions.</p>"
        "<p>With best wishes,<br>The Internal Medicine Residency Program<br>UC San Diego School of Medicine, "
        "9500 Gilman Drive, La Jolla, CA 92093</p>", henc="quoted-printable", kind="rejection")

    # ---------------- UC Riverside IM (invitation declined)
    X("University of California, Riverside School of Medicine"); X("Riverside Community Hospital")
    X("https://ucr.co1.qualtrics.com/jfe/form/SV_im27interview")
    add("ucr-im", "ucr-im-invitation", when(2026, 10, 19, 15, 10),
        "UCR SOM Internal Medicine <im.residency@medsch.ucr.edu>",
        "UCR Internal Medicine Residency - Interview Invitation",
        "Dear Leilani,\n\nCongratulations! The Internal Medicine Residency Program of the University of California, "
        "Riverside School of Medicine, based at Riverside Community Hospital, invites you to interview.\n\n"
        f"Interview dates (virtual):\n  {iv(d(2026, 11, 13))}\n  {iv(d(2026, 12, 4))}\n  {iv(d(2027, 1, 8))}\n\n"
        "Please reserve a date at https://ucr.co1.qualtrics.com/jfe/form/SV_im27interview within 7 days. If you are "
        "no longer interested, kindly reply to this e-mail so that we can offer the spot to another applicant.\n\n"
        "Sincerely,\nMaribel Duarte, C-TAGME\nResidency Program Coordinator | UCR Health\n", None, kind="invitation")
    sent("ucr-im", "sent-decline-ucr-im", when(2026, 10, 23, 19, 40), "UCR SOM Internal Medicine <im.residency@medsch.ucr.edu>",
         "Re: UCR Internal Medicine Residency - Interview Invitation",
         f"Dear Ms. Duarte,\n\nThank you very much for the invitation to interview with the {X('UCR')} Internal "
         "Medicine Residency. After a lot of thought, I have decided to respectfully decline so that another "
         "applicant can have the spot. I appreciate your consideration and wish the program a great season.\n\n"
         "Sincerely,", irt="ucr-im-invitation", kind="cancellation")
    X("Riverside")
    add("ucr-im", "re-decline-ucr-im", when(2026, 10, 26, 8, 55),
        "Maribel Duarte <im.residency@medsch.ucr.edu>", "RE: UCR Internal Medicine Residency - Interview Invitation",
        "Hi Leilani,\n\nThank you for letting us know. We have withdrawn your invitation. Best of luck this season!\n\n"
        "Maribel Duarte, C-TAGME\nResidency Program Coordinator | UCR Health\nUniversity of California, Riverside "
        "School of Medicine | Riverside Community Hospital, 4445 Magnolia Ave, Riverside, CA 92501\n", None,
        irt="sent-decline-ucr-im", kind="info", enc="7bit")

    # ---------------- Stanford IM (Thalamus rejection)
    thalamus_status("stanford-im", when(2026, 11, 20, 18, 30, UTC), "Stanford Health Care - Internal Medicine - Categorical",
                    "Thank you for your interest in the Stanford Internal Medicine Residency Program. We have "
                    "completed our review of applications, and we regret that we are unable to extend an interview "
                    "invitation to you this year.\n\nWe wish you the very best in your career.",
                    "Update from Stanford Health Care - Internal Medicine - Categorical", "rejection",
                    "thalamus-application-update")

    # ---------------- Santa Clara Valley Medical Center IM (Stanford-affiliated; Qualtrics)
    X("Santa Clara Valley Medical Center"); X("https://sccgov.co1.qualtrics.com/jfe/form/SV_valleyIM")
    add("scvmc-im", "valley-im-invitation", when(2026, 10, 30, 10, 20),
        "SCVMC Internal Medicine Residency <IMResidency@hhs.sccgov.org>",
        "Interview Invitation - Santa Clara Valley Medical Center Internal Medicine Residency",
        "Dear Leilani,\n\nWe are delighted to invite you to interview with the Internal Medicine Residency Program "
        "at Santa Clara Valley Medical Center (\"Valley\"), part of Santa Clara Valley Healthcare and a Stanford "
        "University School of Medicine affiliated program. Please note that we are a separate program from the "
        "Stanford Health Care internal medicine residency and from the Stanford Health Care - O'Connor Hospital "
        "family medicine residency.\n\n"
        f"Dates: {fd(d(2026, 12, 1), iv=True)} | {fd(d(2026, 12, 17), iv=True)} | {fd(d(2027, 1, 12), iv=True)}\n\n"
        "Select your date here: https://sccgov.co1.qualtrics.com/jfe/form/SV_valleyIM\n\n"
        "Warmly,\nRosa Tran\nProgram Coordinator, Department of Medicine\nSanta Clara Valley Medical Center\n"
        "751 S. Bascom Ave, San Jose, CA 95128\n", None, kind="invitation")
    X("Valley Medical Center"); X("https://stanford.zoom.us/j/91123460078")
    add("scvmc-im", "valley-im-confirmation", when(2026, 11, 2, 9, 5),
        "Rosa Tran <IMResidency@hhs.sccgov.org>", "Valley IM interview confirmed",
        f"Hi Leilani,\n\nThis confirms your interview at Valley Medical Center on {iv(d(2026, 12, 17))}, "
        "7:30 AM - 12:30 PM PT (virtual). Zoom: https://stanford.zoom.us/j/91123460078 (our Zoom account is "
        "provided through our Stanford affiliation).\n\nSee you then,\nRosa\n", None, enc="7bit", kind="scheduled")
    sent("scvmc-im", "sent-thank-you-scvmc", when(2026, 12, 17, 15, 12), "Rosa Tran <IMResidency@hhs.sccgov.org>",
         "Thank you - SCVMC interview today",
         f"Hi Rosa,\n\nThank you for a wonderful interview day at {X('SCVMC')}. The residents' description of "
         "caring for patients at a county hospital in San Jose really stuck with me. Please share my thanks with "
         "Dr. Abernathy and Dr. Luong.\n\nBest,")

    # ---------------- Banner Phoenix IM (Thalamus)
    prog = "Banner - University Medical Center Phoenix - Internal Medicine"
    thalamus_invite("banner-phoenix-im", when(2026, 10, 12, 16, 30, UTC), prog,
                    [d(2026, 11, 30), d(2026, 12, 7), d(2027, 1, 11)],
                    "https://app.thalamusgme.com/applicant/invitations/b7cc0193",
                    "Kendra Yazzie, Program Coordinator (kendra.yazzie@bannerhealth.com)",
                    note="Banner–University Medical Center Phoenix is the primary teaching hospital of the "
                         "University of Arizona College of Medicine – Phoenix. This invitation is NOT for our "
                         "Tucson sister program.")
    thalamus_sched("banner-phoenix-im", when(2026, 10, 12, 17, 2, UTC), prog, d(2026, 11, 30),
                   when(2026, 11, 30, 8, 0, AZ), 270, "https://app.thalamusgme.com/applicant/interviews/b7cc0193",
                   tzlabel="Arizona Time")
    sent("banner-phoenix-im", "sent-thank-you-banner-phoenix", when(2026, 12, 1, 9, 20),
         "Kendra Yazzie <kendra.yazzie@bannerhealth.com>", "Thank you - Banner UMC Phoenix IM",
         f"Dear Ms. Yazzie,\n\nThank you for organizing yesterday's interview day for the {X('Banner UMC Phoenix')} "
         "Internal Medicine residency. I really enjoyed the resident panel and learning about the U of A Phoenix "
         "research track. Please pass along my thanks to Dr. Patel.\n\nSincerely,")

    # ---------------- Banner Tucson IM (ERAS post office rejection, no subject)
    eras_po("banner-tucson-im", when(2026, 11, 25, 20, 15, ET), "University of Arizona College of Medicine-Tucson Program",
            "1400321035", "Internal Medicine", "(no subject)",
            "Dear Applicant,\n\nWe appreciate your interest in our residency program. We have now filled our interview "
            "schedule and are not able to offer you an interview. We wish you every success.\n\n"
            f"Internal Medicine Residency, {X('Banner - University Medical Center Tucson')}", kind="rejection",
            enc="quoted-printable")


# ====================================================================== Kaiser Permanente (one domain)
def programs_kaiser():
    # ---------------- KP Oakland IM (email + Calendly)
    X("Kaiser Permanente Oakland Medical Center"); X("https://calendly.com/kpoakland-im/interview-day")
    add("kp-oakland-im", "kp-oakland-im-invitation", when(2026, 10, 9, 13, 45),
        "KP Oakland IM Residency <oak-im-residency@kp.org>", "Interview Invitation - KP Oakland Internal Medicine",
        "Dear Leilani Parsons,\n\nOn behalf of the Kaiser Permanente Oakland Medical Center Internal Medicine "
        "Residency Program (ACGME: Kaiser Permanente Northern California (Oakland) Program), I am pleased to invite "
        "you to a virtual interview.\n\nPlease self-schedule using Calendly: "
        "https://calendly.com/kpoakland-im/interview-day\n\nInterview days are offered on Tuesdays in November and "
        "December. The Kaiser Permanente Northern California San Francisco and Santa Clara programs schedule "
        "separately.\n\nSincerely,\nJoanne Fitzgerald\nResidency Program Coordinator\nKaiser Permanente Oakland "
        "Medical Center, 3600 Broadway, Oakland, CA 94611\n", None, kind="invitation")
    calendly_confirm("kp-oakland-im", when(2026, 10, 9, 22, 15, UTC), "KP Oakland IM Interview Day",
                     "KP Oakland Internal Medicine", d(2026, 11, 24), when(2026, 11, 24, 8, 0), 270,
                     "https://calendly.com/cancellations/1f7b2e0a", "https://kpnc.zoom.us/j/96621437105")
    X("Kaiser Permanente Oakland")
    add("kp-oakland-im", "kp-oakland-im-thank-you", when(2026, 11, 25, 16, 30),
        "Dr. Michael Abrahamsen <oak-im-residency@kp.org>", "Thank you for interviewing with KP Oakland",
        "Dear Leilani,\n\nThank you for spending the day with us at Kaiser Permanente Oakland yesterday. Our "
        "residents and faculty enjoyed meeting you. We do not require or expect any post-interview communication, "
        "and we will not contact applicants about ranking, in keeping with NRMP policy.\n\nHappy Thanksgiving,\n"
        "Michael Abrahamsen, MD\nProgram Director, Internal Medicine Residency\n", None, enc="7bit", kind="info")

    # ---------------- KP San Francisco IM (waitlist, still)
    X("Kaiser Permanente San Francisco"); X("Kaiser Permanente Northern California (San Francisco) Program")
    add("kp-sf-im", "kp-san-francisco-im-waitlist", when(2026, 11, 9, 15, 50),
        "KPSF Internal Medicine <kpsf.medicine.residency@kp.org>", "KPSF Internal Medicine Residency - Interview Waitlist",
        "Dear Ms. Parsons,\n\nThank you for applying to the Kaiser Permanente San Francisco Internal Medicine "
        "Residency (Kaiser Permanente Northern California (San Francisco) Program). Our interview days are full; "
        "however, we were impressed by your application and would like to place you on our interview waitlist. "
        "We will contact you by e-mail if a date opens.\n\nKind regards,\nVictoria Lam\nProgram Coordinator\n"
        "Kaiser Permanente San Francisco Medical Center, 2425 Geary Blvd, San Francisco, CA 94115\n", None,
        kind="waitlist")
    sent("kp-sf-im", "sent-letter-of-interest-kpsf", when(2027, 1, 26, 20, 5),
         "KPSF Internal Medicine <kpsf.medicine.residency@kp.org>", "Re: KPSF Internal Medicine Residency - Interview Waitlist",
         f"Dear Ms. Lam and Dr. Okafor,\n\nI wanted to reiterate my strong interest in the {X('KPSF')} Internal "
         "Medicine Residency. I remain available for any interview date that may open through the end of the "
         "season, and I would be thrilled to train in San Francisco near my family.\n\nThank you for your "
         "consideration,", irt="kp-san-francisco-im-waitlist")

    # ---------------- KP Santa Clara IM (ERAS scheduler; applicant cancels)
    acg = "Kaiser Permanente Northern California (Santa Clara) Program"
    eras_invite("kp-santaclara-im", when(2026, 10, 26, 16, 5, ET), acg, "1400531288", "Internal Medicine",
                [d(2026, 12, 9), d(2027, 1, 6), d(2027, 1, 13)],
                "https://myeras.aamc.org/interviews/invitations/1400531288", d(2026, 11, 2),
                "We are pleased to invite you to interview with the Kaiser Permanente Santa Clara Internal Medicine "
                "Residency Program. Interviews are virtual and begin at 7:30 AM Pacific.")
    eras_sched("kp-santaclara-im", when(2026, 10, 27, 11, 48, ET), acg, "1400531288", "Internal Medicine",
               d(2026, 12, 9), "7:30 AM - 12:00 PM PT", "https://myeras.aamc.org/interviews/scheduled/1400531288")
    sent("kp-santaclara-im", "sent-cancel-kp-santa-clara", when(2026, 11, 30, 10, 14),
         "KP Santa Clara IM <sc-im-residency@kp.org>", "Cancelling my interview on December 9 - Leilani Parsons",
         f"Dear Ms. Ibarra,\n\nI am writing to let you know that I have cancelled my interview with the "
         f"{X('Kaiser Permanente Santa Clara')} Internal Medicine Residency on {fd(d(2026, 12, 9))}. I cancelled "
         "it in MyERAS this morning, well ahead of the date, so that another applicant can take the spot.\n\n"
         "Thank you for the opportunity, and I'm sorry for any inconvenience.\n\nSincerely,", kind="cancellation")
    X("KP Santa Clara")
    add("kp-santaclara-im", "re-cancel-kp-santa-clara", when(2026, 12, 1, 8, 40),
        "Andrea Ibarra <sc-im-residency@kp.org>", "RE: Cancelling my interview on December 9 - Leilani Parsons",
        "Hi Leilani,\n\nThank you for the advance notice - we have released your December 9 slot. Best of luck!\n\n"
        "Andrea Ibarra\nResidency Coordinator, KP Santa Clara Internal Medicine\n710 Lawrence Expressway, Santa "
        "Clara, CA 95051\n\n-----Original Message-----\nFrom: Leilani Parsons <leilani.parsons.md27@gmail.com>\n"
        "Sent: Monday, November 30, 2026 10:14 AM\nTo: KP Santa Clara IM <sc-im-residency@kp.org>\n"
        "Subject: Cancelling my interview on December 9 - Leilani Parsons\n\nDear Ms. Ibarra,\n\nI am writing to let "
        "you know that I have cancelled my interview...\n", None, irt="sent-cancel-kp-santa-clara", kind="cancellation",
        enc="7bit")

    # ---------------- KP Los Angeles IM (Thalamus)
    prog = "Kaiser Permanente Southern California (Los Angeles) - Internal Medicine - Categorical"
    thalamus_invite("kp-la-im", when(2026, 10, 14, 17, 20, UTC), prog,
                    [d(2026, 11, 20), d(2026, 12, 4), d(2027, 1, 8)],
                    "https://app.thalamusgme.com/applicant/invitations/4e8a61f0",
                    "Ramon Villasenor (LAMC.IMResidency@kp.org)",
                    note="Kaiser Permanente Los Angeles Medical Center (LAMC) on Sunset Boulevard.")
    thalamus_sched("kp-la-im", when(2026, 10, 14, 18, 2, UTC), prog, d(2026, 12, 4), when(2026, 12, 4, 7, 45),
                   285, "https://app.thalamusgme.com/applicant/interviews/4e8a61f0")
    X("Kaiser Permanente Los Angeles Medical Center"); X("https://kpsc.zoom.us/j/92044718833")
    add("kp-la-im", "kp-lamc-im-interview-logistics", when(2026, 12, 2, 15, 0),
        "Ramon Villasenor <LAMC.IMResidency@kp.org>", "LAMC Internal Medicine - Interview Day Friday",
        f"Good afternoon,\n\nWe look forward to seeing you on {iv(d(2026, 12, 4), 'LN')} for the Internal Medicine "
        "interview day at Kaiser Permanente Los Angeles Medical Center. Please log in at 7:30 AM PT: "
        "https://kpsc.zoom.us/j/92044718833\n\nIf you are also interviewing with our LAMC Anesthesiology program, "
        "please note that it is a separate interview day with its own coordinator.\n\nRamon Villasenor\n"
        "GME Coordinator, Internal Medicine\nKaiser Permanente Southern California | 4867 Sunset Blvd, Los Angeles, "
        "CA 90027\n", None, kind="reminder")

    # ---------------- KP LA Anesthesiology (Interview Broker; same domain)
    org = "Kaiser Permanente Los Angeles Medical Center - Anesthesiology Residency"
    ib_invite("kp-la-anes", when(2026, 10, 28, 18, 10, UTC), org, [d(2027, 1, 12), d(2027, 1, 19)],
              "https://www.interviewbroker.com/applicant/invite/KPLA-ANES-5507", d(2026, 11, 4),
              "Dear Leilani,\nThe Department of Anesthesiology at Kaiser Permanente Los Angeles Medical Center is "
              "pleased to invite you to interview for our CA-1 (advanced) position. Our interviews are virtual.\n"
              "Best regards,\nLAMC Anesthesiology Residency")
    ib_confirm("kp-la-anes", when(2026, 10, 28, 18, 44, UTC), org, d(2027, 1, 12), "8:00 AM Pacific",
               "https://www.interviewbroker.com/applicant/schedule/KPLA-ANES-5507")
    sent("kp-la-anes", "sent-thank-you-kp-la-anes", when(2027, 1, 12, 17, 30),
         "Dr. Samantha Greenberg <lamc.anesthesia.residency@kp.org>", "Thank you - LAMC Anesthesiology interview",
         f"Dear Dr. Greenberg,\n\nThank you for today's interview with the {X('Kaiser Permanente Los Angeles')} "
         "Anesthesiology Residency. Our conversation about the cardiac anesthesia experience at LAMC and the "
         "Southern California regional network was a highlight of my day.\n\nWith gratitude,")

    # ---------------- KP Fontana IM (program cancels, no new date)
    X("Kaiser Permanente Fontana Medical Center")
    add("kp-fontana-im", "kp-fontana-im-invitation", when(2026, 11, 3, 14, 25),
        "Fontana IM Residency <fontana.im.residency@kp.org>", "Kaiser Permanente Fontana - Internal Medicine Interview Invitation",
        "Dear Leilani,\n\nThe Internal Medicine Residency Program at Kaiser Permanente Fontana Medical Center "
        "(Kaiser Permanente Southern California (Fontana) Program) would like to invite you to interview.\n\n"
        f"Available dates:\n  {iv(d(2026, 12, 16))}\n  {iv(d(2027, 1, 13))}\n\nPlease reply to this e-mail with "
        "your first and second choice.\n\nThank you,\nBrianna Kowalczyk\nResidency Coordinator\n9961 Sierra Ave, "
        "Fontana, CA 92335\n", None, kind="invitation")
    q = "Dear Leilani,\n\nThe Internal Medicine Residency Program at Kaiser Permanente Fontana Medical Center\n(Kaiser Permanente Southern California (Fontana) Program) would like to invite you to interview."
    sent("kp-fontana-im", "sent-re-kp-fontana", when(2026, 11, 4, 7, 30), "Fontana IM Residency <fontana.im.residency@kp.org>",
         "Re: Kaiser Permanente Fontana - Internal Medicine Interview Invitation",
         "Hi Ms. Kowalczyk,\n\nThank you for the invitation! My first choice would be Wednesday, January 13 and my "
         "second choice Wednesday, December 16.\n\nBest,", irt="kp-fontana-im-invitation",
         quote=gq(when(2026, 11, 3, 14, 25), "Fontana IM Residency <fontana.im.residency@kp.org>", q))
    X("KP Fontana")
    add("kp-fontana-im", "re-kp-fontana-confirmed", when(2026, 11, 5, 9, 10),
        "Brianna Kowalczyk <fontana.im.residency@kp.org>", "RE: Kaiser Permanente Fontana - Internal Medicine Interview Invitation",
        f"Hi Leilani,\n\nYou're all set for {iv(d(2027, 1, 13))}, 8:00 AM - 12:30 PM PT (virtual). A Teams link "
        "will be sent the week before.\n\nBrianna\nKP Fontana Internal Medicine\n", None,
        irt="sent-re-kp-fontana", kind="scheduled", enc="7bit")
    X("Kaiser Permanente Fontana")
    add("kp-fontana-im", "kp-fontana-im-session-cancelled", when(2027, 1, 6, 13, 35),
        "Fontana IM Residency <fontana.im.residency@kp.org>",
        "Cancellation of January 13 Interview Session - KP Fontana Internal Medicine",
        None, "<p>Dear Applicant,</p><p>We regret to inform you that, due to an unexpected change in faculty "
        f"availability, the Kaiser Permanente Fontana Internal Medicine interview session on <b>{iv(d(2027, 1, 13))}</b> "
        "has been <b>cancelled</b>. Because our remaining interview days are full and our interview season ends "
        "this month, we are unfortunately unable to offer an alternative date.</p><p>We sincerely apologize and "
        "thank you for your interest in our program. Your application will remain in our files, but we will not "
        "be able to consider applicants who have not interviewed for ranking.</p><p>Brianna Kowalczyk<br>"
        "Residency Coordinator, Kaiser Permanente Fontana Medical Center</p>", henc="quoted-printable",
        kind="cancellation")


# ====================================================================== Pacific Northwest
def programs_nw():
    # ---------------- OHSU IM (Thalamus)
    prog = "Oregon Health & Science University - Internal Medicine - Categorical"
    thalamus_invite("ohsu-im", when(2026, 10, 7, 18, 0, UTC), prog,
                    [d(2026, 11, 5), d(2026, 12, 3), d(2027, 1, 7)],
                    "https://app.thalamusgme.com/applicant/invitations/0a7d55e2",
                    "Whitney Sorensen (imres@ohsu.edu)", deadline=d(2026, 10, 21),
                    note="OHSU Internal Medicine Residency interviews are virtual. Optional in-person second looks "
                         "will be announced after the season.")
    thalamus_sched("ohsu-im", when(2026, 10, 7, 18, 34, UTC), prog, d(2026, 12, 3), when(2026, 12, 3, 7, 30),
                   300, "https://app.thalamusgme.com/applicant/interviews/0a7d55e2")
    sent("ohsu-im", "sent-thank-you-ohsu-im", when(2026, 12, 4, 8, 45), "Whitney Sorensen <imres@ohsu.edu>",
         "Thank you - OHSU Internal Medicine",
         f"Dear Ms. Sorensen,\n\nThank you for coordinating yesterday's interview day for {X('OHSU')} Internal "
         "Medicine. Please pass my thanks to Dr. Lindqvist and Dr. Mbeki; I loved hearing about the Portland VA "
         "and the rural Oregon continuity sites.\n\nKind regards,")

    # ---------------- OHSU Anesthesiology (ERAS scheduler)
    acg = "Oregon Health & Science University Program"
    eras_invite("ohsu-anes", when(2026, 10, 29, 13, 30, ET), acg, "0404021047", "Anesthesiology",
                [d(2026, 12, 18), d(2027, 1, 8), d(2027, 1, 22)],
                "https://myeras.aamc.org/interviews/invitations/0404021047", d(2026, 11, 5),
                "The Department of Anesthesiology & Perioperative Medicine at OHSU invites you to interview for an "
                "advanced (CA-1) position. Interviews are held virtually; an optional in-person open house is held "
                "the day after each interview.")
    eras_sched("ohsu-anes", when(2026, 10, 29, 14, 2, ET), acg, "0404021047", "Anesthesiology", d(2026, 12, 18),
               "7:00 AM - 12:00 PM PT", "https://myeras.aamc.org/interviews/scheduled/0404021047")
    X("https://ohsu.zoom.us/j/95512087436"); X("Saturday, December 19")
    add("ohsu-anes", "ohsu-anesthesiology-itinerary", when(2026, 12, 14, 12, 10),
        "OHSU Anesthesiology Residency <anesres@ohsu.edu>", "OHSU Anesthesiology Interview Itinerary - 12/18",
        f"Dear Leilani,\n\nHere is your itinerary for your OHSU Anesthesiology & Perioperative Medicine interview on "
        f"{iv(d(2026, 12, 18))}.\n\n  6:45 AM  Log in: https://ohsu.zoom.us/j/95512087436\n"
        "  7:00 AM  Welcome - Dr. Fiona Gallagher, Program Director\n  7:30 AM  Interviews (3 x 20 minutes)\n"
        "  9:30 AM  Resident panel\n 10:30 AM  Virtual tour: OHSU Hospital, Doernbecher Children's Hospital, "
        "Portland VA\n\nOptional in-person open house (not part of the interview): Saturday, December 19, 10:00 AM - "
        "noon, Kohler Pavilion lobby, 3181 SW Sam Jackson Park Rd, Portland, OR 97239.\n\nBest,\nMegan Holt\n"
        "Residency Coordinator, Oregon Health & Science University\n", None, kind="reminder")
    X("OHSU Anesthesiology")
    add("ohsu-anes", "ohsu-anesthesiology-thank-you", when(2026, 12, 21, 10, 0),
        "Dr. Fiona Gallagher <anesres@ohsu.edu>", "Thank you from OHSU Anesthesiology",
        "Dear Applicant,\n\nThank you for interviewing with OHSU Anesthesiology. It was a pleasure to get to know "
        "you - and, for those who came, to see you at the open house on Saturday. We will submit our rank list in "
        "February and will not be sending post-interview communications beyond this note.\n\nWarmly,\n"
        "Fiona Gallagher, MD\nProgram Director\n", None, enc="7bit", kind="info", extra=[("Precedence", "bulk")])

    # ---------------- Legacy IM (waitlist -> release)
    X("Legacy Good Samaritan Medical Center"); X("Legacy Good Samaritan Hospital and Medical Center Program")
    add("legacy-im", "legacy-im-waitlist", when(2026, 11, 16, 11, 45),
        "Legacy IM Residency <imresidency@lhs.org>", "Legacy Internal Medicine Residency - Interview Waitlist",
        "Dear Leilani,\n\nThank you for applying to the Legacy Health Internal Medicine Residency Program at "
        "Legacy Good Samaritan Medical Center (ACGME: Legacy Good Samaritan Hospital and Medical Center Program). "
        "Our interview days are currently full, and we have placed you on our interview waitlist. If an interview "
        "becomes available, we will contact you.\n\nPlease note that Legacy Health and OHSU Health are separate "
        "residency programs.\n\nSincerely,\nCarmen Lindgren\nResidency Coordinator, Legacy Health\n"
        "1015 NW 22nd Ave, Portland, OR 97210\n", None, kind="waitlist")
    X("Legacy Health")
    add("legacy-im", "legacy-im-waitlist-release", when(2027, 1, 29, 14, 30),
        "Legacy IM Residency <imresidency@lhs.org>", "Legacy Health IM - Interview Season Complete",
        "Dear Applicant,\n\nOur interview season at Legacy Health Internal Medicine has concluded. We were not able "
        "to offer interviews to applicants remaining on our waitlist, and we are releasing you from the waitlist. "
        "Thank you for your interest, and best wishes in the Match.\n\nCarmen Lindgren\n", None, enc="7bit",
        kind="rejection")

    # ---------------- Providence Portland IM (rejection)
    X("Providence Portland Medical Center")
    add("providence-portland-im", "providence-portland-im-decision", when(2026, 11, 11, 16, 20),
        "Providence Portland IM Residency <PPMC.IMResidency@providence.org>",
        "Providence Portland Internal Medicine - Application Status",
        "Dear Leilani Parsons,\n\nThank you for applying to the Internal Medicine Residency Program at Providence "
        "Portland Medical Center. After careful consideration, we are unable to offer you an interview. This "
        "decision does not reflect the decisions of other Providence programs, each of which reviews applications "
        "independently.\n\nSincerely,\nProvidence Portland Internal Medicine Residency\n4805 NE Glisan St, "
        "Portland, OR 97213\n", None, kind="rejection")

    # ---------------- Providence St. Vincent IM (Interview Broker; program reschedules)
    org = "Providence St. Vincent Medical Center – Internal Medicine Residency"
    ib_invite("st-vincent-im", when(2026, 10, 20, 17, 5, UTC), org,
              [d(2026, 12, 1), d(2026, 12, 15), d(2027, 1, 5)],
              "https://www.interviewbroker.com/applicant/invite/PSV-IM-30914", d(2026, 10, 27),
              "Dear Leilani,\nWe are excited to invite you to interview with the Internal Medicine Residency at "
              "Providence Saint Vincent Medical Center in Portland, Oregon.\nWarm regards,\nErin McAllister, "
              "Program Coordinator")
    ib_confirm("st-vincent-im", when(2026, 10, 20, 17, 49, UTC), org, d(2026, 12, 15), "7:30 AM Pacific",
               "https://www.interviewbroker.com/applicant/schedule/PSV-IM-30914")
    X("Providence St. Vincent"); X("St. Vincent")
    add("st-vincent-im", "st-vincent-im-reschedule-notice", when(2026, 12, 3, 10, 25),
        "Erin McAllister <erin.mcallister@providence.org>",
        "Important: your Providence St. Vincent IM interview date has changed",
        f"Dear Leilani,\n\nDue to a scheduling conflict with our Program Director's leave, we have had to close our "
        f"{fd(d(2026, 12, 15))} interview day. We have moved you to {iv(d(2027, 1, 5))}, same time (7:30 AM "
        "Pacific, virtual). You will receive an updated confirmation from Interview Broker. If the new date does not "
        "work, reply and we will do our best to accommodate you.\n\nSo sorry for the inconvenience,\n"
        "Erin McAllister\nProgram Coordinator, Internal Medicine Residency\nProvidence St. Vincent Medical Center\n"
        "9205 SW Barnes Rd, Portland, OR 97225\n", None, kind="scheduled")
    ib_confirm("st-vincent-im", when(2026, 12, 3, 18, 31, UTC), org, d(2027, 1, 5), "7:30 AM Pacific",
               "https://www.interviewbroker.com/applicant/schedule/PSV-IM-30914", slug="interviewbroker-rescheduled",
               resched=True, old=d(2026, 12, 15))
    sent("st-vincent-im", "sent-thank-you-st-vincent", when(2027, 1, 5, 16, 2),
         "Erin McAllister <erin.mcallister@providence.org>", "Thank you - St. Vincent IM interview",
         f"Hi Erin,\n\nThank you for rescheduling me and for a great interview day at {X('Providence St. Vincent')} "
         "today. I really enjoyed meeting the residents.\n\nBest,")

    # ---------------- Swedish IM (Thalamus; scheduled after as_of)
    prog = "Swedish Medical Center - Internal Medicine - Categorical (First Hill)"
    thalamus_invite("swedish-im", when(2027, 1, 25, 19, 15, UTC), prog, [d(2027, 2, 9), d(2027, 2, 11)],
                    "https://app.thalamusgme.com/applicant/invitations/5f02c8d9",
                    "Hannah Ostrowski (IMResidency.FirstHill@swedish.org)",
                    note="We have added two late-season interview days.")
    thalamus_sched("swedish-im", when(2027, 1, 26, 2, 40, UTC), prog, d(2027, 2, 9), when(2027, 2, 9, 8, 0),
                   270, "https://app.thalamusgme.com/applicant/interviews/5f02c8d9")
    X("Swedish Medical Center First Hill"); X("https://swedish.zoom.us/j/93087712264")
    add("swedish-im", "swedish-first-hill-im-logistics", when(2027, 2, 4, 11, 35),
        "Hannah Ostrowski <IMResidency.FirstHill@swedish.org>", "Swedish IM Interview Day - Tuesday, Feb 9",
        None, "<p>Hello Leilani,</p><p>We look forward to hosting you at Swedish Medical Center First Hill for our "
        f"Internal Medicine interview day on <b>{iv(d(2027, 2, 9))}</b>.</p>"
        "<p>Zoom: <a href=\"https://swedish.zoom.us/j/93087712264\">https://swedish.zoom.us/j/93087712264</a>, "
        "log in at 7:45 AM PT.</p><p>Swedish is part of Providence; please note our program is separate from the "
        "Providence programs in Portland and Spokane and from HealthONE Swedish Medical Center in Englewood, "
        "Colorado.</p><p>Hannah Ostrowski<br>Program Coordinator | Internal Medicine Residency<br>Providence Swedish "
        "| 747 Broadway, Seattle, WA 98122</p>", henc="base64", kind="reminder")

    # ---------------- UW IM (ERAS PO rejection)
    eras_po("uw-im", when(2026, 12, 1, 18, 45, ET), "University of Washington Program", "1405421131",
            "Internal Medicine", "University of Washington Internal Medicine - Interview Decision",
            f"Dear Applicant,\n\nThank you for applying to the {X('UW Medicine')} Internal Medicine Residency "
            "Program. We regret that we cannot offer you an interview this year.\n\nUniversity of Washington "
            "School of Medicine, Department of Medicine, Seattle, WA", kind="rejection", enc="base64")

    # ---------------- Spokane IM (Providence Sacred Heart; WSU)
    X("Internal Medicine Residency Spokane"); X("Providence Sacred Heart Medical Center")
    X("Washington State University Elson S. Floyd College of Medicine")
    X("https://forms.gle/IMRSinterview27")
    add("spokane-im", "imrs-spokane-invitation", when(2026, 10, 21, 14, 0),
        "IMRS Program Office <imrs@providence.org>", "Invitation to Interview: Internal Medicine Residency Spokane",
        "Dear Leilani,\n\nCongratulations! Internal Medicine Residency Spokane (IMRS), sponsored by Providence "
        "Sacred Heart Medical Center in partnership with Washington State University Elson S. Floyd College of "
        "Medicine, would like to invite you to interview. (We are not affiliated with the University of Washington "
        "internal medicine program in Seattle.)\n\n"
        f"Interview dates: {fd(d(2026, 12, 9), 'S', iv=True)}; {fd(d(2027, 1, 6), 'S', iv=True)}; "
        f"{fd(d(2027, 1, 20), 'S', iv=True)}\n\nSign up: https://forms.gle/IMRSinterview27\n\n"
        "Go Cougs,\nTerri Blackwood\nProgram Coordinator, IMRS\n101 W 8th Ave, Spokane, WA 99204\n", None,
        kind="invitation")
    X("IMRS")
    add("spokane-im", "imrs-spokane-confirmation", when(2026, 10, 22, 9, 40),
        "Terri Blackwood <imrs@providence.org>", "IMRS interview confirmation",
        f"Hi Leilani,\n\nThanks for signing up! You are confirmed for {iv(d(2027, 1, 6))} (virtual, 8:00 AM - 1:00 PM "
        "Pacific). We will send the Zoom link the week before.\n\nTerri\nIMRS - Providence Sacred Heart\n", None,
        enc="7bit", kind="scheduled")
    X("https://www.imrs.org/second-look"); X("Friday, February 12, 2027")
    add("spokane-im", "imrs-spokane-thank-you-second-look", when(2027, 1, 7, 15, 15),
        "Dr. Paul Whitehorse <imrs@providence.org>", "Thank you for interviewing with IMRS",
        "Dear Leilani,\n\nThank you for interviewing with Internal Medicine Residency Spokane yesterday. If you would "
        "like to see Spokane in person, we are hosting an optional, non-evaluative second look on Friday, February "
        "12, 2027. Details: https://www.imrs.org/second-look\n\nAttendance has no impact on our rank list.\n\n"
        "Paul Whitehorse, MD\nProgram Director\n", None, enc="7bit", kind="info")


# ====================================================================== Mountain West
def programs_mtn():
    # ---------------- CU IM (Thalamus)
    prog = "University of Colorado - Internal Medicine - Categorical"
    thalamus_invite("cu-im", when(2026, 10, 5, 15, 45, UTC), prog,
                    [d(2026, 11, 10), d(2026, 11, 17), d(2026, 12, 8)],
                    "https://app.thalamusgme.com/applicant/invitations/c0c01e99",
                    "Amber Delgado (IMResidency@cuanschutz.edu)",
                    note="The University of Colorado Internal Medicine Residency trains at UCHealth University of "
                         "Colorado Hospital, Denver Health and the Rocky Mountain Regional VA.")
    thalamus_sched("cu-im", when(2026, 10, 5, 16, 0, UTC), prog, d(2026, 11, 10), when(2026, 11, 10, 7, 30, MT),
                   330, "https://app.thalamusgme.com/applicant/interviews/c0c01e99", tzlabel="Mountain Time")
    X("University of Colorado School of Medicine"); X("https://cuanschutz.zoom.us/j/97720345118")
    add("cu-im", "cu-im-interview-itinerary", when(2026, 11, 6, 14, 30, MT),
        "Amber Delgado <IMResidency@cuanschutz.edu>", "CU Internal Medicine - Interview Itinerary (Tues 11/10)",
        f"Hi Leilani,\n\nAttached below is your itinerary for {iv(d(2026, 11, 10))}. All times are Mountain.\n\n"
        "  7:30  Welcome, Dr. Rachel Vasquez (Program Director)\n  8:15  Interviews\n  10:00 Hospital spotlights: "
        "UCHealth University of Colorado Hospital (Anschutz), Denver Health, Rocky Mountain Regional VA\n"
        "  11:00 Resident lunch (Pacific-time applicants: this is 10:00 your time)\n\nZoom: "
        "https://cuanschutz.zoom.us/j/97720345118\n\nAmber Delgado\nInternal Medicine Residency Program\n"
        "University of Colorado School of Medicine | Anschutz Medical Campus, Aurora, CO 80045\n", None,
        kind="reminder")
    sent("cu-im", "sent-thank-you-cu-im", when(2026, 11, 10, 16, 40), "Dr. Rachel Vasquez <IMResidency@cuanschutz.edu>",
         "Thank you - CU Internal Medicine interview",
         f"Dear Dr. Vasquez,\n\nThank you for today's interview day with the {X('University of Colorado')} Internal "
         "Medicine Residency. Hearing about the Denver Health safety-net experience and the Anschutz research "
         "pathways confirmed how much I would love to train in Colorado.\n\nSincerely,")

    # ---------------- CU Anesthesiology (waitlist -> release)
    X("University of Colorado Department of Anesthesiology")
    add("cu-anes", "cu-anesthesiology-waitlist", when(2026, 11, 10, 15, 5, MT),
        "CU Anesthesiology Residency <anesthesiology.residency@cuanschutz.edu>",
        "University of Colorado Anesthesiology - Interview Waitlist",
        "Dear Leilani,\n\nThank you for applying to the University of Colorado Department of Anesthesiology "
        "residency. Our interview dates are currently full, but we would like to offer you a place on our interview "
        "waitlist. Applicants will be contacted in the order of our waitlist if openings occur.\n\nBest,\n"
        "Jordan Fischer\nResidency Program Administrator\nUniversity of Colorado School of Medicine\n", None,
        kind="waitlist")
    X("CU Anesthesiology")
    add("cu-anes", "cu-anesthesiology-waitlist-release", when(2027, 1, 27, 10, 20, MT),
        "CU Anesthesiology Residency <anesthesiology.residency@cuanschutz.edu>",
        "CU Anesthesiology - Waitlist Update",
        "Dear Applicant,\n\nOur final interview day has passed. We are releasing all remaining applicants from the "
        "CU Anesthesiology interview waitlist, and we will not be offering additional interviews this season.\n\n"
        "Thank you for your interest, and best of luck.\n\nJordan Fischer\n", None, enc="7bit", kind="rejection")

    # ---------------- HealthONE P/SL IM (waitlisted, still)
    X("Presbyterian/St. Luke’s Medical Center"); X("HealthONE")
    add("healthone-im", "healthone-psl-im-waitlist", when(2026, 11, 23, 13, 15, MT),
        "P/SL IM Residency <PSL.IMResidency@hcahealthcare.com>",
        "HCA HealthONE Presbyterian/St. Luke’s Internal Medicine - Interview Waitlist",
        "Dear Ms. Parsons,\n\nThank you for your interest in the Internal Medicine Residency at HCA HealthONE "
        "Presbyterian/St. Luke’s Medical Center (P/SL) in Denver. At this time our interview schedule is full, and "
        "we have added you to our waitlist.\n\nPlease note we are not affiliated with Denver Health or the University "
        "of Colorado programs.\n\nRegards,\nMelissa Trujillo\nGME Program Coordinator\nHCA HealthONE | 1719 E 19th Ave, "
        "Denver, CO 80218\n", None, kind="waitlist", enc="quoted-printable")
    X("Presbyterian St. Luke's")
    add("healthone-im", "healthone-psl-im-waitlist-update", when(2027, 1, 20, 9, 50, MT),
        "Melissa Trujillo <PSL.IMResidency@hcahealthcare.com>", "P/SL IM waitlist update",
        "Hi Leilani,\n\nJust a quick update: you remain on the Presbyterian St. Luke's Internal Medicine interview "
        "waitlist. We still have one interview day left and will reach out if a spot opens.\n\nMelissa\n", None,
        enc="7bit", kind="waitlist")

    # ---------------- Utah IM (rejection)
    X("University of Utah Health")
    add("utah-im", "utah-im-application-update", when(2026, 11, 30, 15, 0, MT),
        "U of U IM Residency <im.residency@hsc.utah.edu>", "University of Utah Internal Medicine Residency",
        "Dear Leilani Parsons,\n\nThank you for applying to the University of Utah Health Internal Medicine "
        "Residency. We regret that we are unable to offer you an interview for the 2027 Match.\n\nSincerely,\n"
        "Internal Medicine Residency Program\nSpencer Fox Eccles School of Medicine at the University of Utah\n", None,
        kind="rejection", enc="7bit")

    # ---------------- Utah Anesthesiology (Thalamus)
    prog = "University of Utah Health - Anesthesiology - Advanced"
    thalamus_invite("utah-anes", when(2026, 10, 16, 16, 10, UTC), prog,
                    [d(2027, 1, 13), d(2027, 1, 20), d(2027, 1, 27)],
                    "https://app.thalamusgme.com/applicant/invitations/11ab7c04",
                    "Kaylee Jorgensen (anesthesiology.residency@hsc.utah.edu)")
    thalamus_sched("utah-anes", when(2026, 10, 16, 16, 48, UTC), prog, d(2027, 1, 20), when(2027, 1, 20, 8, 0, MT),
                   300, "https://app.thalamusgme.com/applicant/interviews/11ab7c04", tzlabel="Mountain Time")
    X("University of Utah Department of Anesthesiology"); X("https://utah.zoom.us/j/99215078340")
    add("utah-anes", "utah-anesthesiology-interview-details", when(2027, 1, 18, 11, 0, MT),
        "Kaylee Jorgensen <anesthesiology.residency@hsc.utah.edu>", "Utah Anesthesiology Interview Day - Wed 1/20",
        f"Hi Leilani,\n\nWe are looking forward to your University of Utah Department of Anesthesiology interview on "
        f"{iv(d(2027, 1, 20))}. Please join at 7:45 AM Mountain (6:45 AM Pacific): https://utah.zoom.us/j/99215078340\n\n"
        "Note: this is unrelated to Intermountain Health's programs, which are a separate institution.\n\n"
        "Kaylee Jorgensen\nResidency Coordinator, Anesthesiology\n30 N Mario Capecchi Dr, Salt Lake City, UT 84112\n",
        None, kind="reminder")
    sent("utah-anes", "sent-thank-you-utah-anes", when(2027, 1, 21, 9, 5),
         "Kaylee Jorgensen <anesthesiology.residency@hsc.utah.edu>", "Thank you - Utah Anesthesiology",
         f"Hi Kaylee,\n\nThank you for a great interview day with {X('Utah Anesthesiology')} yesterday, and please "
         "thank Dr. Christensen for me.\n\nBest,")

    # ---------------- Intermountain TY (email + Microsoft Forms)
    X("Intermountain Medical Center"); X("Transitional Year"); X("https://forms.office.com/r/IMCtyInterview")
    add("intermountain-ty", "intermountain-ty-invitation", when(2026, 11, 6, 10, 25, MT),
        "Intermountain TY Residency <TYresidency@imail.org>",
        "Intermountain Medical Center Transitional Year - Interview Invitation",
        "Dear Leilani,\n\nThe Intermountain Medical Center Transitional Year Residency (Intermountain Health, formerly "
        "Intermountain Healthcare) is pleased to invite you to interview for a PGY-1 transitional year position "
        "beginning July 1, 2027.\n\n"
        f"Interview dates (virtual):\n  {iv(d(2026, 12, 11))}\n  {iv(d(2027, 1, 15))}\n  {iv(d(2027, 1, 22))}\n\n"
        "Please choose a date on our form: https://forms.office.com/r/IMCtyInterview\n\nSincerely,\nBrooke Sandoval\n"
        "Program Coordinator, Transitional Year\nIntermountain Medical Center, 5121 S Cottonwood St, Murray, UT 84107\n",
        None, kind="invitation")
    X("Intermountain")
    add("intermountain-ty", "intermountain-ty-confirmation", when(2026, 11, 9, 8, 35, MT),
        "Brooke Sandoval <TYresidency@imail.org>", "Intermountain TY Interview Confirmation",
        f"Hi Leilani,\n\nThank you for completing the form. You are confirmed for {iv(d(2027, 1, 15))}, "
        "8:00 AM - 12:00 PM Mountain Time (virtual, Microsoft Teams). The Teams link will arrive a few days before.\n\n"
        "Brooke\n", None, enc="7bit", kind="scheduled")
    X("https://teams.microsoft.com/l/meetup-join/19%3ameeting_IMCty0115%40thread.v2/0")
    add("intermountain-ty", "intermountain-ty-teams-link", when(2027, 1, 11, 9, 10, MT),
        "Brooke Sandoval <TYresidency@imail.org>", "Reminder: Intermountain TY Interview Friday, January 15",
        "Hi Leilani,\n\nReminder of your Transitional Year interview at Intermountain Medical Center on "
        f"{iv(d(2027, 1, 15), 'LN')}, 8:00 AM Mountain (7:00 AM Pacific).\n\nMicrosoft Teams meeting\n"
        "Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_IMCty0115%40thread.v2/0\nMeeting ID: 251 884 "
        "390 117\n\nBrooke\n", None, enc="quoted-printable", kind="reminder")
    sent("intermountain-ty", "sent-thank-you-intermountain-ty", when(2027, 1, 15, 14, 30),
         "Brooke Sandoval <TYresidency@imail.org>", "Thank you - Intermountain TY",
         f"Hi Brooke,\n\nThank you for today's {X('Intermountain')} Transitional Year interview. The anesthesia and "
         "ICU electives in the TY curriculum fit exactly what I am looking for before my CA-1 year.\n\nBest,")


# ====================================================================== Anesthesiology (rest)
def programs_anes():
    # ---------------- UCSF Anesthesia (ERAS)
    acg = "University of California (San Francisco) Program"
    eras_invite("ucsf-anes", when(2026, 10, 1, 12, 0, ET), acg, "0400521040", "Anesthesiology",
                [d(2026, 11, 6), d(2026, 11, 13), d(2026, 12, 4), d(2027, 1, 15)],
                "https://myeras.aamc.org/interviews/invitations/0400521040", d(2026, 10, 8),
                "The UCSF Department of Anesthesia and Perioperative Care is delighted to invite you to interview for "
                "our advanced (CA-1) residency positions. Interviews are virtual.")
    eras_sched("ucsf-anes", when(2026, 10, 1, 12, 26, ET), acg, "0400521040", "Anesthesiology", d(2026, 11, 6),
               "7:00 AM - 12:30 PM PT", "https://myeras.aamc.org/interviews/scheduled/0400521040")
    X("UCSF Department of Anesthesia and Perioperative Care"); X("https://ucsf.zoom.us/j/91772046055")
    add("ucsf-anes", "ucsf-anesthesia-interview-itinerary", when(2026, 11, 4, 10, 40, PT),
        "UCSF Anesthesia Residency <anesthesiaresidency@ucsf.edu>",
        "UCSF Anesthesia Interview Day – Friday, November 6",
        f"Dear Leilani,\n\nWelcome to interview day with the UCSF Department of Anesthesia and Perioperative Care on "
        f"{iv(d(2026, 11, 6))}!\n\nZoom: https://ucsf.zoom.us/j/91772046055 (opens 6:45 AM PT)\n\n"
        "Schedule:\n  7:00  Welcome from the Chair and Program Director\n  7:45  Faculty interviews\n"
        "  10:00 Sites: Parnassus, Mission Bay, ZSFG, SF VA\n  11:30 Residents' happy hour (virtual)\n\n"
        "Please note: this is the Anesthesia residency. If you also applied to UCSF Internal Medicine or a UCSF "
        "preliminary year, those programs schedule separately.\n\nBest,\nNatalie Chen\nResidency Program Manager\n"
        "University of California, San Francisco\n", None, kind="reminder", henc="quoted-printable")
    sent("ucsf-anes", "sent-thank-you-ucsf-anes", when(2026, 11, 7, 10, 15),
         "Dr. Alan Mirza <anesthesiaresidency@ucsf.edu>", "Thank you - UCSF Anesthesia interview",
         f"Dear Dr. Mirza,\n\nThank you for interviewing me yesterday for the {X('UCSF Anesthesia')} residency. "
         "I appreciated your candor about the call schedule at ZSFG and the trauma anesthesia experience.\n\n"
         "Warm regards,")

    # ---------------- UCLA Anesthesiology (Thalamus)
    prog = "UCLA Medical Center - Anesthesiology - Advanced"
    thalamus_invite("ucla-anes", when(2026, 10, 9, 20, 0, UTC), prog,
                    [d(2026, 12, 14), d(2027, 1, 11), d(2027, 1, 25)],
                    "https://app.thalamusgme.com/applicant/invitations/ab19ce88",
                    "the UCLA Department of Anesthesiology & Perioperative Medicine (anesresidency@mednet.ucla.edu)",
                    note="David Geffen School of Medicine at UCLA | Ronald Reagan UCLA Medical Center. Applicants "
                         "interested in our categorical track will be contacted separately.")
    thalamus_sched("ucla-anes", when(2026, 10, 9, 20, 24, UTC), prog, d(2026, 12, 14), when(2026, 12, 14, 7, 0),
                   330, "https://app.thalamusgme.com/applicant/interviews/ab19ce88")
    sent("ucla-anes", "sent-thank-you-ucla-anes", when(2026, 12, 14, 18, 10),
         "UCLA Anesthesiology Residency <anesresidency@mednet.ucla.edu>", "Thank you - UCLA Anesthesiology",
         f"Dear Dr. Kessler and the {X('UCLA Anesthesiology')} residency team,\n\nThank you for a wonderful "
         "interview day. I especially enjoyed learning about the liver transplant anesthesia experience at "
         f"{X('Ronald Reagan')}.\n\nSincerely,")

    # ---------------- UC Davis Anesthesiology (ERAS + shared GME mailbox)
    GME = "UC Davis Health GME Interviews <hs-gmeinterviews@health.ucdavis.edu>"
    acg = "University of California (Davis) Health Program"
    eras_invite("ucdavis-anes", when(2026, 10, 20, 13, 15, ET), acg, "0400531018", "Anesthesiology",
                [d(2026, 11, 20), d(2026, 12, 7), d(2027, 1, 8)],
                "https://myeras.aamc.org/interviews/invitations/0400531018", d(2026, 10, 27),
                "The Department of Anesthesiology and Pain Medicine at UC Davis Health invites you to interview for "
                "our advanced position (NRMP 1772040A0).")
    eras_sched("ucdavis-anes", when(2026, 10, 21, 9, 30, ET), acg, "0400531018", "Anesthesiology", d(2026, 12, 7),
               "7:30 AM - 12:30 PM PT", "https://myeras.aamc.org/interviews/scheduled/0400531018")
    X("Department of Anesthesiology and Pain Medicine"); X("https://ucdavis.zoom.us/j/94406621379")
    add("ucdavis-anes", "uc-davis-anesthesiology-itinerary", when(2026, 12, 3, 14, 45), GME,
        "UC Davis Anesthesiology - Interview Itinerary, Monday 12/7",
        f"Dear Leilani,\n\nBelow is your itinerary for the UC Davis Department of Anesthesiology and Pain Medicine "
        f"interview on {iv(d(2026, 12, 7))}.\n\n  7:30  Welcome (Dr. Aaron Feldman, Program Director)\n"
        "  8:00  Interviews (3)\n  10:30 Resident panel and virtual tour of the UC Davis Medical Center ORs\n\n"
        "Zoom: https://ucdavis.zoom.us/j/94406621379\n\nAs a reminder, this shared GME mailbox also coordinates the "
        "Internal Medicine interviews; this message concerns Anesthesiology only.\n\nUC Davis Health GME Interview "
        "Team\n", None, kind="reminder")
    sent("ucdavis-anes", "sent-thank-you-uc-davis-anes", when(2026, 12, 8, 9, 50), GME,
         "Thank you - UC Davis Anesthesiology (Dr. Feldman)",
         f"Hello,\n\nCould you please forward this note to Dr. Feldman? Thank you for yesterday's {X('UC Davis Anesthesiology')} "
         "interview. I loved the focus on regional anesthesia and the Sacramento community. (For your records: I "
         "also interviewed with UC Davis Internal Medicine and have a Preliminary Medicine interview on Friday.)\n\n"
         "Best,")

    # ---------------- UC Irvine Anesthesiology (Thalamus waitlist, still)
    prog = "UCI Health - Anesthesiology - Advanced"
    thalamus_status("uci-anes", when(2026, 11, 24, 21, 5, UTC), prog,
                    "Thank you for applying to UC Irvine Anesthesiology. Our interview dates are currently full, "
                    "and you have been added to the program's waitlist. If a date opens, you will be notified by "
                    "Thalamus and can schedule directly.",
                    "Waitlist - UCI Health - Anesthesiology - Advanced", "waitlist", "thalamus-waitlist")
    X("University of California, Irvine Medical Center"); X("UC Irvine Anesthesiology")
    add("uci-anes", "uc-irvine-anesthesiology-waitlist-update", when(2027, 1, 19, 12, 20),
        "UCI Anesthesiology Residency <anesthesia.residency@hs.uci.edu>",
        "UC Irvine Anesthesiology - interview waitlist update",
        "Dear Leilani,\n\nWe wanted to let you know that you remain on our interview waitlist for UC Irvine "
        "Anesthesiology. We have one remaining interview day and will reach out through Thalamus if a spot "
        "opens.\n\nThank you for your patience,\nGrace Nakamura\nProgram Coordinator\nDepartment of Anesthesiology "
        "& Perioperative Care, University of California, Irvine Medical Center\n101 The City Drive South, Orange, "
        "CA 92868\n", None, kind="waitlist")

    # ---------------- UCSD Anesthesiology (Thalamus)
    prog = "UC San Diego Health - Anesthesiology - Advanced"
    thalamus_invite("ucsd-anes", when(2026, 10, 22, 16, 0, UTC), prog,
                    [d(2026, 12, 10), d(2027, 1, 14), d(2027, 1, 21)],
                    "https://app.thalamusgme.com/applicant/invitations/5d3e9a12",
                    "Paolo Santiago (anesresidency@health.ucsd.edu)")
    thalamus_sched("ucsd-anes", when(2026, 10, 22, 16, 35, UTC), prog, d(2027, 1, 14), when(2027, 1, 14, 7, 30),
                   300, "https://app.thalamusgme.com/applicant/interviews/5d3e9a12")
    thalamus_reminder("ucsd-anes", when(2027, 1, 12, 16, 0, UTC), prog, d(2027, 1, 14), "7:30 AM Pacific Time",
                      "https://app.thalamusgme.com/applicant/interviews/5d3e9a12")
    X("UC San Diego Anesthesiology")
    add("ucsd-anes", "ucsd-anesthesiology-thank-you", when(2027, 1, 15, 11, 15),
        "Dr. Helena Voss <anesresidency@health.ucsd.edu>", "Thank you from UC San Diego Anesthesiology",
        "Dear Leilani,\n\nThank you for interviewing with UC San Diego Anesthesiology yesterday. We truly enjoyed "
        "meeting you and learning about your interests in regional anesthesia. Best wishes for the rest of the "
        "season.\n\nHelena Voss, MD\nProgram Director\nUC San Diego Health\n", None, enc="7bit", kind="info")

    # ---------------- Stanford Anesthesiology (email + Interview Broker)
    X("Stanford Anesthesiology, Perioperative and Pain Medicine"); X("https://www.interviewbroker.com/applicant/invite/STAN-ANES-1187")
    add("stanford-anes", "stanford-anesthesiology-invitation", when(2026, 10, 2, 9, 0),
        "Stanford Anesthesia Residency <anesthesia.residency@stanford.edu>",
        "Invitation to Interview - Stanford Anesthesiology Residency",
        None, "<p>Dear Leilani,</p><p>On behalf of the Department of Anesthesiology, Perioperative and Pain Medicine at "
        "Stanford University School of Medicine, we are delighted to invite you to interview for the Stanford "
        "Anesthesiology residency (advanced track). Residents train at Stanford Health Care, Lucile Packard "
        "Children's Hospital and the VA Palo Alto.</p><p>Please schedule your interview through Interview Broker: "
        "<a href=\"https://www.interviewbroker.com/applicant/invite/STAN-ANES-1187\">"
        "https://www.interviewbroker.com/applicant/invite/STAN-ANES-1187</a></p>"
        f"<p>Interview dates: {E(fd(d(2026, 10, 27), 'SN', iv=True))}, {E(fd(d(2026, 11, 10), 'SN', iv=True))}, "
        f"{E(fd(d(2026, 12, 1), 'SN', iv=True))}</p>"
        "<p>With warm regards,<br>Stanford Anesthesiology, Perioperative and Pain Medicine<br>300 Pasteur Drive, "
        "Stanford, CA 94305</p>", henc="base64", kind="invitation")
    org = "Stanford Anesthesiology Residency"
    ib_confirm("stanford-anes", when(2026, 10, 2, 17, 12, UTC), org, d(2026, 10, 27), "7:00 AM Pacific",
               "https://www.interviewbroker.com/applicant/schedule/STAN-ANES-1187")
    ib_reminder("stanford-anes", when(2026, 10, 23, 15, 0, UTC), org, d(2026, 10, 27), "7:00 AM Pacific",
                "https://www.interviewbroker.com/applicant/schedule/STAN-ANES-1187")
    X("Stanford Health Care")
    add("stanford-anes", "stanford-anesthesiology-post-interview", when(2026, 10, 28, 14, 5),
        "Dr. Kiran Desai <anesthesia.residency@stanford.edu>", "Thank you for interviewing with Stanford Anesthesiology",
        "Dear Applicants,\n\nThank you for joining us yesterday. We hope the day gave you a sense of our residents, "
        "our faculty and life at Stanford Health Care. Please do not feel obligated to send thank-you notes.\n\n"
        "Kiran Desai, MD\nResidency Program Director\n", None, enc="7bit", kind="info", extra=[("Precedence", "bulk")])

    # ---------------- UW Anesthesiology (ERAS)
    acg = "University of Washington Program"
    eras_invite("uw-anes", when(2026, 10, 15, 17, 40, ET), acg, "0405421059", "Anesthesiology",
                [d(2026, 12, 3), d(2027, 1, 7), d(2027, 1, 21)],
                "https://myeras.aamc.org/interviews/invitations/0405421059", d(2026, 10, 22),
                "The University of Washington Department of Anesthesiology & Pain Medicine invites you to interview "
                "for our advanced (CA-1) position. Interviews are virtual.")
    eras_sched("uw-anes", when(2026, 10, 15, 18, 5, ET), acg, "0405421059", "Anesthesiology", d(2027, 1, 7),
               "7:00 AM - 12:30 PM PT", "https://myeras.aamc.org/interviews/scheduled/0405421059")
    X("UW Medicine"); X("Harborview Medical Center"); X("https://uwmedicine.zoom.us/j/96641208817")
    add("uw-anes", "uw-anesthesiology-interview-logistics", when(2027, 1, 4, 9, 30),
        "UW Anesthesiology Residency <anesres@uw.edu>", "UW Anesthesiology Interview - Thursday 1/7 logistics",
        f"Hi Leilani,\n\nWe look forward to your UW Medicine Anesthesiology & Pain Medicine interview on "
        f"{iv(d(2027, 1, 7))}. You'll hear from residents at UW Medical Center - Montlake, Harborview Medical Center, "
        "Seattle Children's and the VA Puget Sound.\n\nZoom: https://uwmedicine.zoom.us/j/96641208817\n\n"
        "Olivia Brennan\nProgram Administrator, University of Washington\n1959 NE Pacific St, Seattle, WA 98195\n",
        None, kind="reminder")
    sent("uw-anes", "sent-thank-you-uw-anes", when(2027, 1, 8, 8, 20), "Olivia Brennan <anesres@uw.edu>",
         "Thank you - UW Anesthesiology",
         f"Dear Ms. Brennan,\n\nThank you for a great interview day at {X('UW Anesthesiology')}. Please share my thanks "
         "with Dr. Halvorsen and Dr. Nguyen.\n\nBest,")

    # ---------------- Banner Tucson Anesthesiology (ERAS)
    acg = "University of Arizona College of Medicine-Tucson Program"
    eras_invite("banner-tucson-anes", when(2026, 10, 23, 14, 10, ET), acg, "0400321077", "Anesthesiology",
                [d(2026, 12, 10), d(2027, 1, 7)],
                "https://myeras.aamc.org/interviews/invitations/0400321077", d(2026, 10, 30),
                "The Department of Anesthesiology at the University of Arizona College of Medicine - Tucson and "
                "Banner - University Medical Center Tucson invites you to interview.")
    eras_sched("banner-tucson-anes", when(2026, 10, 24, 10, 15, ET), acg, "0400321077", "Anesthesiology",
               d(2026, 12, 10), "7:30 AM - 12:00 PM Arizona (MST)",
               "https://myeras.aamc.org/interviews/scheduled/0400321077")
    X("Banner – University Medical Center Tucson"); X("https://arizona.zoom.us/j/92518030644")
    add("banner-tucson-anes", "banner-tucson-anesthesiology-logistics", when(2026, 12, 8, 10, 0, AZ),
        "Lupe Figueroa <lupe.figueroa@bannerhealth.com>", "Anesthesiology Interview Day – Thursday, 12/10",
        f"Good morning,\n\nWe look forward to meeting you for the Anesthesiology interview day at Banner – University "
        f"Medical Center Tucson on {iv(d(2026, 12, 10))}. Arizona does not observe daylight saving time; 7:30 AM "
        "Arizona time is 6:30 AM Pacific in December.\n\nZoom: https://arizona.zoom.us/j/92518030644\n\n"
        "Please do not confuse us with Banner – University Medical Center Phoenix, which runs separate programs.\n\n"
        "Lupe Figueroa\nProgram Coordinator, Department of Anesthesiology\nUniversity of Arizona College of Medicine "
        "– Tucson | 1501 N Campbell Ave, Tucson, AZ 85724\n", None, kind="reminder")
    sent("banner-tucson-anes", "sent-thank-you-banner-tucson-anes", when(2026, 12, 11, 8, 30),
         "Lupe Figueroa <lupe.figueroa@bannerhealth.com>", "Thank you - Tucson Anesthesiology",
         f"Dear Ms. Figueroa,\n\nThank you for hosting yesterday's interview with {X('Banner Tucson')} "
         "Anesthesiology. The residents made a strong impression on me.\n\nSincerely,")

    # ---------------- UW Health (Wisconsin) Anesthesiology - rejection
    X("University of Wisconsin Hospitals and Clinics"); X("UW Health")
    add("uwhealth-anes", "uw-health-anesthesiology-decision", when(2026, 12, 10, 14, 0, CT),
        "UW Anesthesiology Residency <anesthesiology-residency@uwhealth.org>",
        "UW Health Anesthesiology Residency - Application Decision",
        "Dear Leilani Parsons,\n\nThank you for your application to the Anesthesiology Residency at University of "
        "Wisconsin Hospitals and Clinics (UW Health), Madison. We regret that we are unable to offer you an interview "
        "this year.\n\nSincerely,\nDepartment of Anesthesiology\nUniversity of Wisconsin School of Medicine and Public "
        "Health\n", None, enc="7bit", kind="rejection")
