"""Invitations (22): Thalamus 7, ERAS 4, Interview Broker 3, program e-mail 8 (one a self-forward)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# =============================================================== Thalamus (7)
@reg
def thal_ucsf_peds():
    sent = at(UTC, "2026-10-13T16:05:31")
    ds = [iv("2026-11-05"), iv("2026-11-12"), iv("2026-12-03"), iv("2026-12-10"), iv("2027-01-07")]
    url = "https://app.thalamusgme.com/invitations/5d81c0e2-ucsf-peds-cat"
    note = (
        "Dear Kalena,\n\n"
        "Thank you for applying to the UCSF Pediatric Residency Program. Our selection committee read your "
        "application with real enthusiasm, and we would love to meet you during the 2026\u201327 interview season.\n\n"
        "All of our interview days are virtual and run on Thursdays from 7:45 AM to roughly 12:30 PM Pacific. "
        "You\u2019ll hear from our Program Director, meet with two faculty members and a chief resident, and "
        "spend the last hour with residents only \u2014 no faculty in the room.\n\n"
        "Our residents train at UCSF Benioff Children\u2019s Hospital San Francisco at Mission Bay, Zuckerberg San "
        "Francisco General Hospital and Trauma Center, and UCSF Benioff Children\u2019s Hospital Oakland. A "
        "frequent question: Benioff Oakland continues to sponsor its own pediatric residency with a separate NRMP "
        "program code, and it interviews separately. This invitation is for the categorical program based in San "
        "Francisco.\n\n"
        "Please choose a date within 72 hours. Unclaimed invitations are released to applicants on our "
        "waitlist.\n\n"
        "Warmly,\n"
        "Mireille Tanaka-Osei\nResidency Program Manager, Department of Pediatrics\n"
        "University of California, San Francisco\n550 16th Street, 4th Floor, Box 0110, San Francisco, CA 94158")
    thalamus("b29-inv-thal-ucsf-peds.eml",
             lab("invitation", "University of California, San Francisco", "thalamus", PEDS, "categorical", "virtual",
                 ds, plus(sent, hours=72), url),
             sent, "Interview invitation: Pediatrics at University of California, San Francisco",
             "You\u2019ve been invited to interview",
             "University of California, San Francisco has invited you to interview for Pediatrics (Categorical).",
             rows=[("Program", "University of California, San Francisco \u2013 Pediatrics"),
                   ("Track", "Categorical"), ("Interview type", "Virtual"),
                   ("Dates offered", ", ".join(wn(x) for x in ds[:4]) + ", " + w(ds[4])),
                   ("Reply within", "72 hours")],
             program_note=note, button="Select an interview date", url=url)


@reg
def thal_stanford_cneuro():
    sent = at(UTC, "2026-10-20T17:48:09")
    ds = [iv("2026-11-13"), iv("2026-12-04"), iv("2027-01-08")]
    dl = at(PT, "2026-10-27T17:00")
    url = "https://app.thalamusgme.com/invitations/a40f77b9-stanford-cn"
    note = (
        "Hello Kalena,\n\n"
        "We\u2019re delighted to invite you to interview with the Child Neurology Residency Program in the "
        "Department of Neurology & Neurological Sciences at Stanford University School of Medicine. Ours is a "
        "categorical five-year program: PGY-1 and PGY-2 are spent in pediatrics at Lucile Packard Children\u2019s "
        "Hospital Stanford, followed by three years of neurology training that includes adult neurology at "
        "Stanford Hospital and the Palo Alto VA, and child neurology clinics in Palo Alto and at Santa Clara Valley "
        "Medical Center.\n\n"
        "Interviews are held over Zoom on Friday mornings (8:00 AM \u2013 12:15 PM PT). The preceding Thursday "
        "evening we host an informal resident meet-and-greet, also on Zoom.\n\n"
        f"Kindly make your selection by 5:00 PM Pacific on {Wn(dl.date())}.\n\n"
        "With best wishes,\nTomasz Ekwueme-Hale\nProgram Coordinator, Child Neurology\nStanford University School of "
        "Medicine")
    thalamus("b29-inv-thal-stanford-cneuro.eml",
             lab("invitation", "Stanford University School of Medicine", "thalamus", CNEURO, "categorical", "virtual",
                 ds, dl, url),
             sent, "Stanford University School of Medicine \u2013 Child Neurology interview invitation",
             "New interview invitation",
             "Stanford University School of Medicine would like to interview you for Child Neurology.",
             rows=[("Specialty", "Child Neurology (Categorical)"), ("Format", "Virtual"),
                   ("Available", " \u00b7 ".join(w(x) for x in ds)),
                   ("Respond by", f"{wn(dl.date())}, 5:00 PM PDT")],
             program_note=note, button="Respond to invitation", url=url)


@reg
def thal_uw_imprelim():
    sent = at(UTC, "2026-11-04T19:02:50")
    ds = [iv("2026-12-02"), iv("2026-12-16"), iv("2027-01-06"), iv("2027-01-20")]
    url = "https://app.thalamusgme.com/invitations/07c2e5d1-uw-im-prelim"
    note = (
        "Kalena \u2014\n\n"
        "Thanks for applying for a preliminary year with the University of Washington Internal Medicine Residency "
        "Program. Our prelim interns join the categorical class on wards, in the ICU and on night medicine, and "
        "they rotate through UW Medical Center \u2013 Montlake, Harborview Medical Center, the VA Puget Sound "
        "Health Care System and UW Medical Center \u2013 Northwest.\n\n"
        "Preliminary interview sessions are virtual and are held on Wednesday afternoons, 12:30 to 4:00 PM "
        "Pacific. We know many of you are also interviewing with an advanced program here at UW; the two "
        "departments schedule independently, so please book each one through its own invitation.\n\n"
        "Please reserve a session within 5 days; after that we may offer your place to someone on the "
        "waitlist.\n\n"
        "Internal Medicine Residency Office\nUniversity of Washington School of Medicine\n1959 NE Pacific Street, "
        "Box 356421, Seattle, WA 98195")
    thalamus("b29-inv-thal-uw-imprelim.eml",
             lab("invitation", "University of Washington", "thalamus", IM, "preliminary", "virtual", ds,
                 plus(sent, days=5), url),
             sent, "University of Washington invited you to interview",
             "Interview invitation",
             "University of Washington has invited you to interview for Internal Medicine \u2013 Preliminary.",
             rows=[("Program", "University of Washington \u2013 Internal Medicine (Preliminary)"),
                   ("Interview type", "Virtual"),
                   ("Sessions", "; ".join(Wn(x) for x in ds[:2]) + "; " + "; ".join(W(x) for x in ds[2:])),
                   ("Time", "12:30\u20134:00 PM PT")],
             program_note=note, button="Choose a session", url=url)


@reg
def thal_kpnapa_fm():
    sent = at(UTC, "2026-10-15T20:11:37")
    ds = [iv("2026-11-09"), iv("2026-11-16"), iv("2026-12-07"), iv("2027-01-11")]
    url = "https://app.thalamusgme.com/invitations/9b3e60aa-kpnc-napasolano-fm"
    note = (
        "Hi Kalena!\n\n"
        "Greetings from Vallejo. We\u2019d be thrilled to have you visit the Kaiser Permanente Napa-Solano Family "
        "Medicine Residency for an in-person interview. Our residents see their continuity patients at the Napa "
        "and Vallejo medical offices and do their inpatient work at Kaiser Permanente Vallejo Medical Center.\n\n"
        "Interview days are Mondays, 8:00 AM to 2:30 PM, starting at the Vallejo Medical Center, 975 Sereno Drive. "
        "The day includes a clinic tour in Napa (we\u2019ll drive you), lunch with residents and three "
        "interviews. Residents usually host a low-key get-together the evening before; details will follow once "
        "you book.\n\n"
        "Please respond within 4 days of receiving this message.\n\n"
        "All the best,\nRosalind Abernathy-Ng\nResidency Coordinator\nKaiser Permanente Napa-Solano Family Medicine "
        "Residency")
    thalamus("b29-inv-thal-kpnapa-fm.eml",
             lab("invitation", "Kaiser Permanente Napa-Solano", "thalamus", FM, None, "in_person", ds,
                 plus(sent, days=4), url),
             sent, "You\u2019re invited to interview \u2013 Kaiser Permanente Napa-Solano",
             "You have an interview invitation",
             "Kaiser Permanente Napa-Solano has invited you to interview for Family Medicine.",
             rows=[("Interview type", "In-Person"), ("Location", "Vallejo, CA"),
                   ("Dates", " | ".join(w(x) for x in ds)), ("Respond within", "4 days")],
             program_note=note, button="View and respond", url=url)


@reg
def thal_alaska_fm():
    sent = at(UTC, "2026-11-02T21:40:15")
    ds = [iv("2026-12-14"), iv("2027-01-11"), iv("2027-01-25")]
    url = "https://app.thalamusgme.com/invitations/e1d06c43-afmr-anchorage"
    note = (
        "Dear Kalena,\n\n"
        "On behalf of the faculty and residents of the Alaska Family Medicine Residency, thank you for your interest "
        "in training with us. We would like to invite you to Anchorage for an in-person interview.\n\n"
        "We are the only family medicine residency in the state, sponsored by Providence Alaska Medical Center, "
        "and our graduates go on to practice everywhere from Anchorage to Bethel and Utqia\u0121vik. Rural rotations "
        "take residents to communities off the road system; the interview day will give you a sense of what that "
        "looks like.\n\n"
        "Interview days start at 7:30 AM Alaska Time at the Family Medicine Center, 1201 E. 36th Avenue, and end by "
        "3:00 PM. Winter travel note: flights into ANC are occasionally delayed, and we will work with you if "
        "weather interferes.\n\n"
        "We ask that you schedule within 7 days.\n\n"
        "Warm regards,\nJunie Castellanos-Frye\nProgram Coordinator, Alaska Family Medicine Residency\n"
        "Providence Alaska Medical Center")
    thalamus("b29-inv-thal-alaska-fm.eml",
             lab("invitation", "Providence Alaska Medical Center", "thalamus", FM, None, "in_person", ds,
                 plus(sent, days=7), url),
             sent, "Interview invitation \u2013 Alaska Family Medicine Residency",
             "You\u2019re invited!",
             "Providence Alaska Medical Center has invited you to interview for Family Medicine (Alaska Family "
             "Medicine Residency).",
             rows=[("Interview type", "In-Person"), ("Location", "Anchorage, AK"),
                   ("Dates", ", ".join(Wn(x) for x in ds[:1]) + ", " + ", ".join(W(x) for x in ds[1:])),
                   ("Respond within", "7 days")],
             program_note=note, button="Schedule now", url=url)


@reg
def thal_ucdavis_path():
    sent = at(UTC, "2026-10-07T18:30:12")
    ds = [iv("2026-10-30"), iv("2026-11-13"), iv("2026-12-04"), iv("2026-12-18")]
    url = "https://app.thalamusgme.com/invitations/3fa2b918-ucdh-path-apcp"
    note = (
        "Dear Ms. Ostrowski-Reyes,\n\n"
        "The Department of Pathology and Laboratory Medicine at UC Davis Health is pleased to invite you to a "
        "virtual interview for our combined Anatomic and Clinical Pathology (AP/CP) residency.\n\n"
        "Interview days are held on Fridays from 8:30 AM to 1:00 PM Pacific. You will meet the Program Director "
        "and Associate Program Director, interview with three faculty members, and join our residents for a live "
        "\u201cscope tour\u201d of an interesting case from the week. Our department is in Sacramento at the UC Davis "
        "Medical Center campus on Stockton Boulevard.\n\n"
        "Please accept a date within 72 hours of this invitation.\n\n"
        "Sincerely,\nPathology Residency Program\nUC Davis Health | 4400 V Street, Sacramento, CA 95817")
    thalamus("b29-inv-thal-ucdavis-path.eml",
             lab("invitation", "UC Davis Health", "thalamus", PATH, None, "virtual", ds, plus(sent, hours=72), url),
             sent, "UC Davis Health: interview invitation",
             "Congratulations \u2014 you have a new interview invitation",
             "UC Davis Health has invited you to interview for Pathology-Anatomic and Clinical.",
             rows=[("Interview type", "Virtual"), ("Dates", " / ".join(wn(x) for x in ds)),
                   ("Respond within", "72 hours")],
             program_note=note, button="Book a date", url=url)


@reg
def thal_fmri_fm():
    sent = at(UTC, "2026-10-28T16:20:44")
    ds = [iv("2026-11-18"), iv("2026-12-02"), iv("2027-01-13")]
    dl = at(MT, "2026-11-02T17:00")
    url = "https://app.thalamusgme.com/invitations/c77d2a05-fmri-boise"
    note = (
        "Hi Kalena,\n\n"
        "Congratulations! The Family Medicine Residency of Idaho (FMRI) would like to host you for an in-person "
        "interview in Boise. Our Boise residents train across our community health center clinics and at both "
        "Saint Alphonsus Regional Medical Center and St. Luke\u2019s Boise Medical Center; FMRI also runs rural "
        "training tracks in Magic Valley, Caldwell and Pocatello that interview on their own calendars.\n\n"
        "Interview days are Wednesdays and run 8:00 AM \u2013 3:30 PM Mountain Time, starting at our Emerald Street "
        "clinic, 777 N. Raymond Street, Boise. Lunch is with the residents.\n\n"
        f"Please respond by 5:00 PM Mountain Time on {W(dl.date())}.\n\n"
        "Best,\nDarcy Whitfield-Amadi\nResidency Coordinator\nFamily Medicine Residency of Idaho")
    thalamus("b29-inv-thal-fmri-fm.eml",
             lab("invitation", "Family Medicine Residency of Idaho", "thalamus", FM, None, "in_person", ds, dl, url),
             sent, "Interview invitation from Family Medicine Residency of Idaho",
             "You\u2019ve been invited to interview",
             "Family Medicine Residency of Idaho has invited you to interview for Family Medicine.",
             rows=[("Interview type", "In-Person"), ("Location", "Boise, ID"),
                   ("Dates", "; ".join(W(x) for x in ds)),
                   ("Respond by", f"{wn(dl.date())}, 5:00 PM MST")],
             program_note=note, button="Pick your date", url=url)


# =============================================================== ERAS interview scheduler (4)
@reg
def eras_uw_radonc():
    sent = at(ET, "2026-10-29T12:20:44")
    ds = [iv("2026-11-16"), iv("2026-11-30"), iv("2026-12-07"), iv("2027-01-11")]
    dl = at(PT, "2026-11-04T17:00")
    body = (
        "You have received an interview invitation.\n\n"
        "Program: University of Washington Program\n"
        "Specialty: Radiation Oncology\n"
        "Position: Advanced (PGY-2)\n"
        "Interview type: Virtual\n"
        f"Respond by: {num(dl.date())} 05:00 PM PT\n"
        "Freeze date: 5 days before your selected interview date\n\n"
        "Message from the program:\n"
        "Dear Kalena, it was a genuine pleasure working with you during your sub-internship at "
        "Fred Hutchinson Cancer Center this August, and we are happy to invite you to interview for the advanced "
        "position in the University of Washington Radiation Oncology Residency. Interviews are virtual, on Monday "
        "mornings from 7:30 to 11:45 AM Pacific. Residents train at Fred Hutch South Lake Union, UW Medical "
        "Center \u2013 Montlake, Harborview Medical Center and the Proton Therapy Center in Seattle. Because our "
        "positions begin at PGY-2, you will also need a PGY-1 year; our program does not offer one.")
    eras("b29-inv-eras-uw-radonc.eml",
         lab("invitation", "University of Washington", "eras", RADONC, "advanced", "virtual", ds, dl, MYERAS_URL),
         sent, "Interview Invitation - University of Washington Program (Radiation Oncology)",
         "Interview Invitation", body,
         (["Date", "Day", "Start", "Availability"], [[num(x), f"{x:%A}", "07:30 AM PT", "Open"] for x in ds]),
         after="Dates are offered first come, first served. After the freeze date, contact the program to make "
               "changes.")


@reg
def eras_lagen_psych():
    sent = at(ET, "2026-10-23T13:05:12")
    ds = [iv("2026-11-10"), iv("2026-12-01"), iv("2026-12-15"), iv("2027-01-12")]
    dl = at(PT, "2026-10-28T23:59")
    body = (
        "A program has invited you to interview. Please review the details below.\n\n"
        "Program: Los Angeles General Medical Center Program\n"
        "Specialty: Psychiatry\n"
        "Interview format: Virtual\n"
        f"Response deadline: {num(dl.date())} 11:59 PM PT\n\n"
        "Program message:\n"
        "Thank you for applying to the Adult Psychiatry Residency at Los Angeles General Medical Center (formerly "
        "LAC+USC Medical Center), in partnership with the Keck School of Medicine of USC. We\u2019d love to meet you "
        "on one of our Tuesday virtual interview days, 8:00 AM to 1:30 PM Pacific. Our residents care for patients "
        "across the L.A. General campus in Boyle Heights, Keck Hospital of USC, and Los Angeles County Department of "
        "Mental Health clinics. Please note that Harbor-UCLA and Olive View-UCLA are separate county programs with "
        "their own applications.")
    eras("b29-inv-eras-lagen-psych.eml",
         lab("invitation", "Los Angeles General Medical Center", "eras", PSY, None, "virtual", ds, dl, MYERAS_URL),
         sent, "You have been invited to interview - Los Angeles General Medical Center Program",
         "New Interview Invitation", body,
         (["Interview Date", "Weekday", "Session"], [[num(x), f"{x:%a}", "AM"] for x in ds]))


@reg
def eras_unlv_psych():
    sent = at(ET, "2026-11-05T15:22:00")
    ds = [iv("2026-12-03"), iv("2026-12-17"), iv("2027-01-07"), iv("2027-01-21")]
    dl = at(PT, "2026-11-12T17:00")
    body = (
        "Program: Kirk Kerkorian School of Medicine at UNLV Program\n"
        "Specialty: Psychiatry\n"
        "Interview type: Virtual\n"
        f"Please respond by: {num(dl.date())} 05:00 PM PT\n\n"
        "From the program:\n"
        "Congratulations, and thank you for your interest in the Kirk Kerkorian School of Medicine at UNLV "
        "Psychiatry Residency Program in Las Vegas (formerly part of the University of Nevada School of Medicine). "
        "Interviews take place on Thursdays over Zoom, 8:30 AM to 1:00 PM Pacific, and include a session with our "
        "residents at University Medical Center of Southern Nevada and the Southern Nevada Adult Mental Health "
        "Services campus. If you have also applied to the psychiatry program at the University of Nevada, Reno "
        "School of Medicine, please be aware that it is a separate program in Reno with its own selection "
        "process.")
    eras("b29-inv-eras-unlv-psych.eml",
         lab("invitation", "Kirk Kerkorian School of Medicine at UNLV", "eras", PSY, None, "virtual", ds, dl,
             MYERAS_URL),
         sent, "Interview Invitation", "You have been invited to interview", body,
         (["Date", "Day", "Time (PT)", "Seats"], [[num(x), f"{x:%A}", "08:30 AM", "Available"] for x in ds]))


@reg
def eras_vm_ty():
    sent = at(ET, "2026-10-27T11:45:30")
    ds = [iv("2026-11-20"), iv("2026-12-04"), iv("2027-01-15")]
    dl = at(PT, "2026-11-02T23:59")
    body = (
        "Program: Virginia Mason Medical Center Program\n"
        "Specialty: Transitional Year\n"
        "Interview type: In-person\n"
        f"Respond by: {num(dl.date())} 11:59 PM PT\n\n"
        "Program message:\n"
        "Hello from First Hill! We are pleased to invite you to interview with the Transitional Year Residency at "
        "Virginia Mason Medical Center, part of Virginia Mason Franciscan Health. Our interview days are in person "
        "in Seattle on Fridays, 7:00 AM to 1:30 PM, beginning in the Lindeman Pavilion lobby at 1201 Terry Avenue. "
        "Most of our TY residents continue into radiation oncology, anesthesiology, radiology, dermatology or "
        "ophthalmology; we are happy to talk through coordinating with your advanced program. You do not need to "
        "bring anything but yourself.")
    eras("b29-inv-eras-vm-ty.eml",
         lab("invitation", "Virginia Mason Medical Center", "eras", TY, None, "in_person", ds, dl, MYERAS_URL),
         sent, "Interview Invitation - Virginia Mason Medical Center Program (Transitional Year)",
         "Interview Invitation", body,
         (["Interview Date", "Day", "Arrival"], [[num(x), f"{x:%A}", "07:00 AM PT"] for x in ds]))


# =============================================================== Interview Broker (3)
@reg
def ib_ohsu_cneuro():
    sent = at(PT, "2026-10-27T09:30:02")
    ds = [iv("2026-11-19"), iv("2026-12-17"), iv("2027-01-14")]
    dl = at(PT, "2026-11-03T23:59")
    url = "https://www.interviewbroker.com/applicant/invite/OHSU-CN-2027-7a13c9"
    body = (
        "Dear Kalena,\n\n"
        "The Child Neurology Residency Program at Oregon Health & Science University is pleased to invite you to "
        "interview for Match 2027.\n\n"
        "This year our interview days are hybrid: on the Thursday you choose, you may join us in person at OHSU "
        "Doernbecher Children\u2019s Hospital on Marquam Hill, or attend the identical program over Zoom. Nothing "
        "about your evaluation depends on the option you pick. Tell us which one you prefer when you select a "
        "date.\n\n"
        "Our pediatric years are completed in the OHSU Pediatric Residency before neurology training begins; "
        "applicants who have also applied to OHSU Psychiatry will be contacted separately by that department.\n\n"
        f"This invitation expires on {num(dl.date())} at 11:59 PM Pacific Time.")
    ibroker("b29-inv-ib-ohsu-cneuro.eml",
            lab("invitation", "Oregon Health & Science University", "interview_broker", CNEURO, None, "hybrid", ds, dl,
                url),
            sent, "Interview Invitation: Oregon Health & Science University - Child Neurology",
            "Oregon Health & Science University \u2013 Child Neurology", body,
            (["Date", "Begins", "Attend"], [[f"{x:%a} {num(x)}", "8:00 AM PT", "In person or Zoom"] for x in ds]),
            url, "Schedule interview",
            after="Program contact: Priya Vandermolen, Child Neurology Program Coordinator, OHSU Department of Pediatrics, "
                  "Mail Code CDRC, 707 SW Gaines Street, Portland, OR 97239.",
            reply_to=a("Priya Vandermolen", "vandermp@ohsu.edu"))


@reg
def ib_ucsd_radonc():
    sent = at(PT, "2026-11-04T13:15:40")
    ds = [iv("2026-12-01"), iv("2026-12-08"), iv("2027-01-12")]
    url = "https://www.interviewbroker.com/applicant/invite/UCSDH-RO-ADV-2027-0c55e1"
    body = (
        "Dear Kalena Ostrowski-Reyes,\n\n"
        "You are invited to interview with the Department of Radiation Medicine and Applied Sciences at UC San "
        "Diego Health for an Advanced (PGY-2) position in Radiation Oncology.\n\n"
        "Interviews are virtual and run from 8:00 AM to 12:30 PM Pacific. Our clinical home is the Moores Cancer "
        "Center in La Jolla, with additional time at the UC San Diego Medical Center in Hillcrest and the VA San "
        "Diego Healthcare System.\n\n"
        "This invitation will expire 72 hours after it was sent. Once it expires, the link below will no longer "
        "allow you to schedule.")
    ibroker("b29-inv-ib-ucsd-radonc.eml",
            lab("invitation", "UC San Diego Health", "interview_broker", RADONC, "advanced", "virtual", ds,
                plus(sent, hours=72), url),
            sent, "UC San Diego Health Radiation Oncology - Invitation to Interview",
            "UC San Diego Health \u2013 Radiation Oncology (Advanced)", body,
            (["Interview day", "Format", "Open spots"],
             [[f"{x:%A} {num(x)}", "Virtual (Zoom)", str(n)] for x, n in zip(ds, (3, 5, 4))]),
            url, "Select a date",
            reply_to=a("UCSD Radiation Oncology Residency", "radonc-residency@health.ucsd.edu"))


@reg
def ib_kpoak_peds():
    sent = at(PT, "2026-10-21T11:00:05")
    ds = [iv("2026-11-04"), iv("2026-11-18"), iv("2026-12-02"), iv("2027-01-06")]
    dl = at(PT, "2026-10-26T12:00")
    url = "https://www.interviewbroker.com/applicant/invite/KPOAK-PEDS-2027-4d9f02"
    body = (
        "Hello Kalena,\n\n"
        "The Pediatric Residency Program at Kaiser Permanente Oakland Medical Center is happy to invite you to "
        "interview! Interviews are virtual and take place on Wednesdays from 8:00 AM until about 1:00 PM "
        "Pacific.\n\n"
        "Our residents do most of their training in our own Oakland and Northern California facilities, and "
        "they complete PICU and a few subspecialty blocks at UCSF Benioff Children\u2019s Hospital Oakland just up "
        "the street.\n\n"
        f"Please choose a date before the invitation expires on {num(dl.date())} at 12:00 PM Pacific Time.")
    ibroker("b29-inv-ib-kpoak-peds.eml",
            lab("invitation", "Kaiser Permanente Oakland Medical Center", "interview_broker", PEDS, None, "virtual",
                ds, dl, url),
            sent, "Invitation to Interview - Kaiser Permanente Oakland Medical Center Pediatrics",
            "Kaiser Permanente Oakland Medical Center \u2013 Pediatrics", body,
            (["Date", "Time"], [[f"{md(x)}, {x.year} ({x:%a})", "8:00 AM - 1:00 PM PT"] for x in ds]),
            url, "Reserve your interview",
            after="Kaiser Permanente Oakland Medical Center, Graduate Medical Education, 3600 Broadway, Oakland, CA "
                  "94611")


# =============================================================== program e-mail (8)
@reg
def email_lpch_peds():
    sent = at(PT, "2026-10-14T10:12:00")
    ds = [iv("2026-11-17"), iv("2026-12-01"), iv("2026-12-15"), iv("2027-01-12")]
    dl = at(PT, "2026-10-21T23:59")
    url = "https://forms.gle/LPCHpedsInterview27q"
    plain = (
        f"Dear Kalena,\n\n"
        f"Congratulations! On behalf of our Program Director and the Pediatric Residency selection committee at "
        f"LPCH, I am delighted to invite you to interview for a categorical position in our pediatrics residency "
        f"for the 2027 Match.\n\n"
        f"This season we are welcoming applicants back to campus. Interview days are in person on Tuesdays and "
        f"begin at 7:30 AM in the LPCH Main lobby, 725 Welch Road, Palo Alto. You\u2019ll have four interviews, a "
        f"resident-led tour of the units, and lunch with our interns. The evening before each interview day, a "
        f"few residents host a casual dinner nearby (completely optional).\n\n"
        f"Our available dates are:\n\n"
        f"- {W(ds[0])}\n- {W(ds[1])}\n- {W(ds[2])}\n- {W(ds[3])}\n\n"
        f"To claim a date, please complete our short scheduling form by 11:59 PM PT on {Wn(dl.date())}:\n"
        f"{url}\n\n"
        f"Dates are assigned in the order forms are received. If none of the dates work for you, just reply to "
        f"this e-mail and we\u2019ll do our best.\n\n"
        f"We look forward to meeting you!\n\n"
        f"Best,\n"
        f"Harriet Fonoti-Lindgren\n"
        f"Program Coordinator | Pediatric Residency Program\n"
        f"LPCH\n"
        f"725 Welch Road, Palo Alto, CA 94304\n"
        f"Office (650) 555-0134")
    emit("b29-inv-email-lpch-peds.eml",
         lab("invitation", "LPCH", "email", PEDS, "categorical", "in_person", ds, dl, url),
         a("Fonoti-Lindgren, Harriet", "hfonotilindgren@stanfordchildrens.org"),
         "LPCH Pediatrics \u2013 Interview Invitation", sent, plain, "outlook")


@reg
def email_ohsu_psych():
    sent = at(PT, "2026-10-19T08:47:00")
    ds = [iv("2026-11-06"), iv("2026-11-20"), iv("2026-12-11"), iv("2027-01-15")]
    dl = at(PT, "2026-10-26T17:00")
    plain = (
        f"Good morning Kalena,\n\n"
        f"Thank you for applying to the OHSU Psychiatry Residency Training Program. The selection committee "
        f"enjoyed reading your application, and we would like to invite you to a virtual interview.\n\n"
        f"Our interview days are Fridays and run from 8:00 a.m. until 1:00 p.m. Pacific. We have space on:\n\n"
        f"\u2022 {W(ds[0])}\n\u2022 {W(ds[1])}\n\u2022 {W(ds[2])}\n\u2022 {W(ds[3])}\n\n"
        f"Please reply to this e-mail with your first, second and third choice by 5 p.m. Pacific on "
        f"{Wn(dl.date())}. We assign dates in the order replies come in, so earlier is better.\n\n"
        f"A little about us: residents rotate on the OHSU inpatient units on Marquam Hill, at the VA Portland "
        f"Health Care System, in community psychiatry clinics around Portland, and at Oregon State Hospital in "
        f"Salem for forensic psychiatry. We also have a rural psychiatry track that is interviewed together with "
        f"the general program.\n\n"
        f"Take care,\n\n"
        f"Bettina Sol\u00f3rzano\n"
        f"Education Program Manager\n"
        f"OHSU Department of Psychiatry\n"
        f"3181 SW Sam Jackson Park Road, Mail Code UHN-80, Portland, OR 97239\n"
        f"she/her")
    emit("b29-inv-email-ohsu-psych.eml",
         lab("invitation", "OHSU", "email", PSY, None, "virtual", ds, dl),
         a("Bettina Sol\u00f3rzano", "solorzab@ohsu.edu"), "Psychiatry Residency Interview Invitation", sent, plain,
         "outlook")


@reg
def email_scripps_ty():
    sent = at(PT, "2026-10-22T15:05:00")
    ds = [iv("2026-11-18"), iv("2026-12-09"), iv("2027-01-13")]
    dl = at(PT, "2026-10-30T17:00")
    url = "https://calendly.com/scrippsmercy-ty/interview-day"
    plain = (
        f"Dear Kalena,\n\n"
        f"Thank you for your application to the Transitional Year Residency Program at Scripps Mercy Hospital San "
        f"Diego. We\u2019re pleased to invite you to interview with us in person.\n\n"
        f"Interview days are Wednesdays, 7:30 a.m. to 1:30 p.m., at our Hillcrest campus, 4077 Fifth Avenue, San "
        f"Diego. (Heads-up: UC San Diego Medical Center is also in Hillcrest, just down the hill on Dickinson "
        f"Street \u2014 different hospital, different program. Please come to Scripps Mercy!)\n\n"
        f"Available days: {Wn(ds[0])}, {Wn(ds[1])}, and {W(ds[2])}.\n\n"
        f"Please book your day through our Calendly page by 5:00 p.m. Pacific on Friday, October 30:\n"
        f"{url}\n\n"
        f"Our transitional year sends residents on to radiation oncology, anesthesiology, radiology, PM&R and "
        f"ophthalmology programs across the country, and we build in elective time for you to explore.\n\n"
        f"Sincerely,\n\n"
        f"Gabriel Montoya-Ruiz\n"
        f"Residency Program Coordinator, Transitional Year\n"
        f"Graduate Medical Education\n"
        f"Scripps Mercy Hospital San Diego\n"
        f"4077 Fifth Avenue, MER-35 | San Diego, CA 92103")
    emit("b29-inv-email-scripps-ty.eml",
         lab("invitation", "Scripps Mercy Hospital San Diego", "email", TY, None, "in_person", ds, dl, url),
         a("Montoya-Ruiz, Gabriel", "montoyaruiz.gabriel@scrippshealth.org"),
         "Scripps Mercy Transitional Year - Invitation to Interview", sent, plain, "outlook")


@reg
def email_provmil_fm():
    sent = at(PT, "2026-10-26T13:25:00")
    ds = [iv("2026-11-12"), iv("2026-12-03"), iv("2027-01-07"), iv("2027-01-21")]
    dl = at(PT, "2026-11-06T12:00")
    url = "https://www.signupgenius.com/go/70A0B4CADA72FA2F85-provmilfm27"
    plain = (
        f"Hello Kalena,\n\n"
        f"I hope your fall is going well! I\u2019m writing from the Providence Oregon Family Medicine Residency "
        f"\u2013 Milwaukie to invite you to interview with us. Our program is based at Providence Milwaukie Hospital, "
        f"a small community hospital just south of Portland, and our residents see their own patients at the "
        f"Providence Milwaukie Family Medicine clinic from day one.\n\n"
        f"We are holding interviews in person on Thursdays:\n\n"
        f"- {Wn(ds[0])}\n- {Wn(ds[1])}\n- {W(ds[2])}\n- {W(ds[3])}\n\n"
        f"Please sign up for a date on our SignUpGenius page by noon on Friday, November 6:\n"
        f"{url}\n\n"
        f"The day starts at 8:00 a.m. and ends around 3:00 p.m. We\u2019ll send parking instructions and a schedule "
        f"about a week ahead. If you\u2019re flying in, PDX is about 25 minutes away.\n\n"
        f"Looking forward to meeting you,\n\n"
        f"Marisol Petrakis\n"
        f"Residency Program Coordinator\n"
        f"Providence Oregon Family Medicine Residency \u2013 Milwaukie\n"
        f"Providence Milwaukie Hospital | 10330 SE 32nd Avenue, Milwaukie, OR 97222")
    emit("b29-inv-email-provmil-fm.eml",
         lab("invitation", "Providence Milwaukie Hospital", "email", FM, None, "in_person", ds, dl, url),
         a("Petrakis, Marisol", "marisol.petrakis@providence.org"),
         "Interview Invitation \u2013 Providence Oregon Family Medicine (Milwaukie)", sent, plain, "outlook")


@reg
def email_mctacoma_fm():
    sent = at(PT, "2026-11-09T07:55:00")
    ds = [iv("2026-12-04"), iv("2026-12-18"), iv("2027-01-08"), iv("2027-01-22")]
    plain = (
        f"Dear Kalena,\n\n"
        f"Congratulations \u2014 the Tacoma Family Medicine Residency at MultiCare Tacoma General Hospital would like "
        f"to invite you to a virtual interview.\n\n"
        f"We interview on Fridays, 8:00 am to 12:30 pm Pacific, by Zoom. Open dates:\n\n"
        f"1. Friday 12/4\n2. Friday 12/18\n3. Friday 1/8\n4. Friday 1/22\n\n"
        f"Reply to this message within 48 hours with the date you\u2019d like, and I\u2019ll send a calendar "
        f"hold and the Zoom link. Dates fill quickly, so let me know a backup too.\n\n"
        f"About us: our residents do inpatient medicine at Tacoma General, pediatrics at Mary Bridge Children\u2019s "
        f"Hospital, and obstetrics on our own family medicine OB service. (MultiCare Good Samaritan Hospital in "
        f"Puyallup has its own family medicine residency; we are separate programs.)\n\n"
        f"Warmly,\n"
        f"Anneliese Kwon-Barrett, C-TAGME\n"
        f"Program Coordinator | Tacoma Family Medicine\n"
        f"MultiCare Tacoma General Hospital\n"
        f"521 Martin Luther King Jr. Way, Tacoma, WA 98405")
    emit("b29-inv-email-mctacoma-fm.eml",
         lab("invitation", "MultiCare Tacoma General Hospital", "email", FM, None, "virtual", ds,
             plus(sent, hours=48)),
         a("Anneliese Kwon-Barrett", "anneliese.kwonbarrett@multicare.org"),
         "Tacoma Family Medicine - interview invitation", sent, plain, "outlook")


@reg
def email_harbor_surgprelim():
    sent = at(PT, "2026-11-11T16:40:00")
    ds = [iv("2026-12-11"), iv("2027-01-08"), iv("2027-01-15")]
    dl = at(PT, "2026-11-16T12:00")
    plain = (
        f"Dear Ms. Ostrowski-Reyes,\n\n"
        f"On behalf of the Department of Surgery at Harbor-UCLA Medical Center, I am pleased to invite you to "
        f"interview for a preliminary (PGY-1) position in General Surgery.\n\n"
        f"Preliminary applicants interview in person in Torrance. The day begins at 6:30 AM with Grand Rounds, "
        f"followed by interviews with faculty and the chief residents, and ends after lunch. Dates:\n\n"
        f"{W(ds[0])}\n{W(ds[1])}\n{W(ds[2])}\n\n"
        f"Kindly reply to this e-mail with your preferred date by noon Pacific on {Wn(dl.date())}.\n\n"
        f"For those less familiar with us: Harbor-UCLA is a Los Angeles County Department of Health Services "
        f"hospital. We are academically affiliated with the David Geffen School of Medicine at UCLA but are a "
        f"separate institution from Ronald Reagan UCLA Medical Center in Westwood.\n\n"
        f"Respectfully,\n\n"
        f"Lorena Baptiste-Haddad\n"
        f"Surgery Residency Coordinator\n"
        f"Harbor-UCLA Medical Center\n"
        f"1000 W. Carson Street, Box 25, Torrance, CA 90502")
    emit("b29-inv-email-harbor-surgprelim.eml",
         lab("invitation", "Harbor-UCLA Medical Center", "email", SURG, "preliminary", "in_person", ds, dl),
         a("Baptiste-Haddad, Lorena", "lbaptistehaddad@dhs.lacounty.gov"),
         "Harbor-UCLA Surgery Preliminary Interview Invitation", sent, plain, "outlook")


@reg
def email_jabsom_path():
    sent = at(HT, "2026-10-15T09:05:00")
    ds = [iv("2026-11-04"), iv("2026-11-18"), iv("2026-12-09")]
    dl = at(HT, "2026-10-22T16:30")
    plain = (
        f"Aloha Kalena,\n\n"
        f"Mahalo for applying to the JABSOM Pathology Residency Program. Our faculty were happy to see an applicant "
        f"with family roots on O\u02bbahu, and we would like to invite you to interview with us virtually.\n\n"
        f"Interviews are held over Zoom on Wednesdays beginning at 8:00 AM Hawai\u02bbi-Aleutian Standard Time (HST), "
        f"which is 10:00 AM Pacific. Available dates are {md(ds[0])}, {md(ds[1])}, and {md(ds[2])}, 2026.\n\n"
        f"Please let me know which date works best by 4:30 PM HST on Thursday, October 22. A reply to this "
        f"message is all we need.\n\n"
        f"Our residents train at The Queen\u2019s Medical Center, Kapi\u02bbolani Medical Center for Women & "
        f"Children, Kuakini Medical Center and Tripler Army Medical Center, with clinical pathology at Diagnostic "
        f"Laboratory Services.\n\n"
        f"A hui hou,\n\n"
        f"Leilani Akana-Bergstrom\n"
        f"Residency Program Coordinator\n"
        f"JABSOM Department of Pathology\n"
        f"651 Ilalo Street, MEB 401, Honolulu, HI 96813")
    emit("b29-inv-email-jabsom-path.eml",
         lab("invitation", "JABSOM", "email", PATH, None, "virtual", ds, dl),
         a("Leilani Akana-Bergstrom", "akanaber@hawaii.edu"), "JABSOM Pathology Interview Invitation", sent, plain,
         "gmail")


@reg
def fwd_cedars_path():
    orig = at(PT, "2026-11-02T09:40:00")
    sent = at(PT, "2026-11-02T20:14:00")
    ds = [iv("2026-12-01"), iv("2026-12-08"), iv("2027-01-05"), iv("2027-01-19")]
    dl = at(PT, "2026-11-06T17:00")
    inner = (
        f"Dear Kalena,\n\n"
        f"On behalf of the Department of Pathology and Laboratory Medicine at Cedars-Sinai Medical Center, I am "
        f"pleased to invite you to interview for our AP/CP residency program.\n\n"
        f"Interviews will be virtual this year, from 8:00 a.m. to 12:30 p.m. Pacific. We have the following "
        f"Tuesdays available:\n\n"
        f"- {Wn(ds[0])}\n- {Wn(ds[1])}\n- {W(ds[2])}\n- {W(ds[3])}\n\n"
        f"Please reply with your top two choices by 5 p.m. (Pacific) on Friday, November 6. I will confirm your "
        f"date by e-mail and send the Zoom details the week before.\n\n"
        f"Kind regards,\n"
        f"Yolanda Achterberg\n"
        f"Residency Program Coordinator\n"
        f"Department of Pathology and Laboratory Medicine\n"
        f"Cedars-Sinai Medical Center\n"
        f"8700 Beverly Boulevard, Los Angeles, CA 90048")
    plain = (
        "Forwarding from my school account so it lands here with everything else. Reply to Yolanda from gmail.\n\n"
        + outlook_block("Achterberg, Yolanda <Yolanda.Achterberg@cshs.org>", orig,
                        f"Ostrowski-Reyes, Kalena <{SCHOOL_ME}>",
                        "Cedars-Sinai Pathology Residency - Interview Invitation") + "\n\n" + inner)
    emit("b29-inv-fwd-cedars-path.eml",
         lab("invitation", "Cedars-Sinai Medical Center", "email", PATH, None, "virtual", ds, dl),
         a(NAME, SCHOOL_ME), "Fwd: Cedars-Sinai Pathology Residency - Interview Invitation", sent, plain, "outlook",
         domain="wsu.edu")
