"""Invitations (22): Thalamus 6, ERAS 4, ResidencyCAS 4, Interview Broker 2, program e-mail 6 (one a self-forward)."""
from lib import *  # noqa: F401,F403

ALL = []


def reg(f):
    ALL.append(f)
    return f


# =============================================================== program e-mail (6)
@reg
def inv_email_washu_anes():
    sent = at(CT, "2026-10-07T10:12:00")
    ds = [iv("2026-11-06"), iv("2026-11-20"), iv("2026-12-04"), iv("2027-01-08")]
    dl = at(CT, "2026-10-14T17:00")
    url = "https://forms.gle/qR7vWn2JcK5tEa8x9"
    plain = (
        f"Dear {FIRST},\n\n"
        f"It is my pleasure to invite you to interview for a categorical position in the Anesthesiology Residency "
        f"Program at Washington University School of Medicine in St. Louis. Several of our faculty remembered you "
        f"from your sub-internship at Barnes-Jewish Hospital in August, and we are glad to have the chance to "
        f"meet you properly.\n\n"
        f"All of our interview days this season are in person. Each one starts at 6:45 a.m. at the department "
        f"offices at 660 S. Euclid Avenue and wraps up by about 2:00 p.m. You will hear from the Program Director, "
        f"interview with four faculty members, tour Barnes-Jewish Hospital and St. Louis Children\u2019s Hospital, "
        f"and have lunch with residents. Please choose one of these Fridays:\n\n"
        + "\n".join(f"- {Wn(x)}" for x in ds[:3]) + f"\n- {W(ds[3])}\n\n"
        f"Our residents host a casual dinner in the Central West End the evening before each interview day. "
        f"Details come with your confirmation.\n\n"
        f"To reserve a date, please complete this short form by 5:00 p.m. Central on {Wn(dl.date())}:\n"
        f"{url}\n\n"
        f"Dates are assigned in the order forms are received. If none of the Fridays work, reply to this message "
        f"and I will do what I can.\n\n"
        f"Warm regards,\n\n"
        f"Danielle Okafor-Whitcomb\n"
        f"Residency Program Coordinator | Department of Anesthesiology\n"
        f"Washington University School of Medicine in St. Louis\n"
        f"660 S. Euclid Ave., Campus Box 8054 | St. Louis, MO 63110\n"
        f"P: 314-555-0127 | WashU Medicine")
    emit("b30-inv-email-washu-anes.eml",
         lab("invitation", "Washington University School of Medicine in St. Louis", "email", ANES, "categorical",
             "in_person", ds, dl, url),
         a("Okafor-Whitcomb, Danielle", "dokaforwhitcomb@wustl.edu"),
         "WashU Anesthesiology \u2013 Invitation to Interview", sent, plain, "outlook")


@reg
def inv_email_mcw_anes():
    sent = at(CT, "2026-10-13T09:05:00")
    ds = [iv("2026-11-05"), iv("2026-11-19"), iv("2026-12-10"), iv("2027-01-14")]
    url = "https://www.signupgenius.com/go/10C0E4AAEA92BA6FBC70-mcwanes27"
    plain = (
        f"Hi {FIRST},\n\n"
        f"Congratulations! On behalf of our Program Director and the selection committee, I\u2019m happy to "
        f"invite you to interview with the MCW Anesthesiology Residency Program for the 2027 Match.\n\n"
        f"Interviews are on-site in Milwaukee. We\u2019ll meet at 7:00 AM in the Froedtert Hospital main lobby "
        f"(9200 W. Wisconsin Ave.) and finish around 1:30 PM after lunch with our residents. Along the way "
        f"you\u2019ll see the ORs, our simulation center, and hear how our residents split their time between "
        f"Froedtert Hospital, Children\u2019s Wisconsin and the Zablocki VA Medical Center.\n\n"
        f"Available Thursdays:\n"
        + "\n".join(f"\u2022 {md(x)}" for x in ds[:3]) + f"\n\u2022 {mdy(ds[3])}\n\n"
        f"Please claim a date on our SignUpGenius page within 48 hours of this e-mail:\n{url}\n\n"
        f"Spots are limited and go quickly. After 48 hours, unclaimed invitations may be offered to applicants on "
        f"our alternate list.\n\n"
        f"Looking forward to meeting you!\n\n"
        f"Kelsey Vang-Lindqvist\n"
        f"Program Coordinator, Anesthesiology Residency\n"
        f"MCW | Department of Anesthesiology\n"
        f"Milwaukee, WI 53226 | 414-555-0139")
    emit("b30-inv-email-mcw-anes.eml",
         lab("invitation", "MCW", "email", ANES, None, "in_person", ds, plus(sent, hours=48), url),
         a("Vang-Lindqvist, Kelsey", "kvanglindqvist@mcw.edu"),
         "MCW Anesthesiology Interview Invitation \u2013 2026-2027", sent, plain, "outlook")


@reg
def inv_email_uic_surgprelim():
    sent = at(CT, "2026-11-05T14:20:00")
    ds = [iv("2026-12-11"), iv("2027-01-08"), iv("2027-01-22")]
    dl = at(CT, "2026-11-10T12:00")
    plain = (
        f"Dear Ms. {LAST},\n\n"
        f"Thank you for applying for a preliminary surgery position with the UIC Department of Surgery. We would "
        f"like to invite you to a virtual interview.\n\n"
        f"Preliminary interview sessions run on Friday mornings from 9:00 to 11:30 AM Central over Zoom and are "
        f"separate from our categorical interview days. You will meet the Associate Program Director and two "
        f"faculty members, followed by a half hour with our current prelim interns, most of whom are headed to "
        f"anesthesiology, radiology or urology.\n\n"
        f"Sessions:\n"
        f"{Wn(ds[0])}, 2026\n"
        f"{Wn(ds[1])}, 2027\n"
        f"{Wn(ds[2])}, 2027\n\n"
        f"Please reply to this e-mail with your first and second choices by noon on {Wn(dl.date())}. Sessions "
        f"are capped at eight applicants, so earlier replies are more likely to get a first choice.\n\n"
        f"Interns rotate at UI Health, the Jesse Brown VA and our community partners on the South and West Sides.\n\n"
        f"Sincerely,\n"
        f"Ramona Vukovich\n"
        f"Residency Coordinator, General Surgery\n"
        f"UIC Department of Surgery\n"
        f"840 S. Wood Street, Suite 376, Chicago, IL 60612")
    emit("b30-inv-email-uic-surgprelim.eml",
         lab("invitation", "UIC", "email", SURG, "preliminary", "virtual", ds, dl),
         a("UIC Surgery Residency", "surgeryresidency@uic.edu"),
         "UIC Surgery \u2013 Preliminary Position Interview Invitation", sent, plain, "outlook",
         reply_to=a("Ramona Vukovich", "rvukovi2@uic.edu"))


@reg
def inv_email_peoria_em():
    sent = at(CT, "2026-10-26T08:40:00")
    ds = [iv("2026-11-12"), iv("2026-12-03"), iv("2026-12-17"), iv("2027-01-14")]
    dl = at(CT, "2026-10-30T23:59")
    url = "https://calendly.com/uicomp-em-residency/interview-day"
    plain = (
        f"Tessa \u2014\n\n"
        f"We loved having you in the department in September and are thrilled to invite you back for an "
        f"interview with the Emergency Medicine Residency at the University of Illinois College of Medicine "
        f"Peoria. I know you already know your way around the Saint Francis ED, but the day will give you a "
        f"chance to meet the faculty you didn\u2019t work with and to spend real time with the residents.\n\n"
        f"Interview days are in person at OSF HealthCare Saint Francis Medical Center, 530 NE Glen Oak Avenue. "
        f"We start at 8:00 a.m. with breakfast and finish after a ride-along in our critical care transport "
        f"simulator, around 3:00 p.m. Open Thursdays are {md(ds[0])}, {md(ds[1])}, {md(ds[2])} and "
        f"{mdy(ds[3])}.\n\n"
        f"Book through our Calendly page: {url}\n\n"
        f"Please pick your day by 11:59 p.m. Central on {Wn(dl.date())}. A reminder that UICOMP is the Peoria "
        f"campus; our residency is separate from the emergency medicine program at UI Health in Chicago, so "
        f"anything you hear from them doesn\u2019t affect this invitation.\n\n"
        f"See you soon,\n"
        f"Bridget Haldane-Osei\n"
        f"Program Coordinator, Emergency Medicine Residency\n"
        f"University of Illinois College of Medicine Peoria\n"
        f"OSF HealthCare Saint Francis Medical Center | Peoria, IL 61637")
    emit("b30-inv-email-peoria-em.eml",
         lab("invitation", "University of Illinois College of Medicine Peoria", "email", EM, None, "in_person", ds,
             dl, url),
         a("Haldane-Osei, Bridget", "bhaldane@uic.edu"), "Interview invitation - UICOMP Emergency Medicine",
         sent, plain, "outlook")


@reg
def inv_fwd_siu_em():
    sent = at(CT, "2026-10-21T12:40:00")
    orig = at(CT, "2026-10-21T09:15:00")
    ds = [iv("2026-11-30"), iv("2026-12-14"), iv("2027-01-04")]
    dl = at(CT, "2026-10-26T17:00")
    inner = (
        f"Dear Tessa,\n\n"
        f"On behalf of the SIU Emergency Medicine Residency, I am pleased to invite you to interview with us. "
        f"We know you well from your clerkship, but we treat home applicants exactly like everyone else, so "
        f"please plan on the full day.\n\n"
        f"Our interviews are in person this year. The day begins at 7:30 AM in the EM conference room at "
        f"Springfield Memorial Hospital (formerly Memorial Medical Center), includes a tour of HSHS St. John\u2019s "
        f"Hospital across town, and ends by 2:30 PM.\n\n"
        f"Interview dates (all Mondays):\n"
        f"  {W(ds[0])}\n"
        f"  {W(ds[1])}\n"
        f"  {W(ds[2])}\n\n"
        f"Please let me know which date you would like by Monday, October 26 at 5:00 PM. Dates are confirmed "
        f"in the order replies are received.\n\n"
        f"Best regards,\n\n"
        f"Mackenzie Strand-Adebayo\n"
        f"Residency Coordinator | Emergency Medicine\n"
        f"Southern Illinois University School of Medicine\n"
        f"701 N. First Street | Springfield, IL 62781\n"
        f"(217) 555-0182")
    plain = (
        "Forwarding to my gmail so all the interview stuff is in one place.\n\n"
        "Tessa\n\n"
        + outlook_block("Strand-Adebayo, Mackenzie <mstrandadebayo@siumed.edu>", orig,
                        f"Oyelowo-Brandt, Tessa <{SCHOOL_ME}>", "SIU Emergency Medicine - Interview Invitation")
        + "\n\n" + inner)
    emit("b30-inv-fwd-siu-em.eml",
         lab("invitation", "Southern Illinois University School of Medicine", "email", EM, None, "in_person", ds, dl),
         a("Oyelowo-Brandt, Tessa", SCHOOL_ME), "FW: SIU Emergency Medicine - Interview Invitation", sent, plain,
         "outlook")


@reg
def inv_email_umn_neuro():
    sent = at(CT, "2026-10-16T11:25:00")
    ds = [iv("2026-11-13"), iv("2026-12-11"), iv("2027-01-08"), iv("2027-01-22")]
    dl = at(CT, "2026-10-21T16:00")
    plain = (
        f"Dear {FIRST},\n\n"
        f"Thank you for your application to the UMN Neurology Residency Program. The selection committee "
        f"enjoyed reading it, and we would like to invite you to interview with us this season.\n\n"
        f"All interviews are held by Zoom on Fridays, 8:00 AM to 12:30 PM Central. The morning includes an "
        f"overview from our Program Director, three one-on-one interviews with faculty and a resident-led "
        f"virtual tour of M Health Fairview, Hennepin Healthcare and the Minneapolis VA, where our residents "
        f"train. Our pediatric neurology rotations are at Gillette Children\u2019s in St. Paul.\n\n"
        f"Please reply to this message with the available dates ranked in order of preference:\n\n"
        f"1) {W(ds[0])}\n2) {W(ds[1])}\n3) {W(ds[2])}\n4) {W(ds[3])}\n\n"
        f"We ask for your reply by 4:00 p.m. on {Wn(dl.date())}. We will confirm a date within about a week, "
        f"honoring first choices wherever we can.\n\n"
        f"With best wishes,\n\n"
        f"Solveig Amundsen-Diallo\n"
        f"Education Coordinator\n"
        f"UMN Neurology Residency Program | Department of Neurology\n"
        f"MMC 295, 420 Delaware St. SE | Minneapolis, MN 55455")
    emit("b30-inv-email-umn-neuro.eml",
         lab("invitation", "UMN", "email", NEURO, None, "virtual", ds, dl),
         a("UMN Neurology Residency", "neurores@umn.edu"), "UMN Neurology Residency Interview", sent, plain,
         "outlook", reply_to=a("Solveig Amundsen-Diallo", "amund047@umn.edu"))


# =============================================================== Thalamus (6)
@reg
def inv_thal_umich_anes():
    sent = at(UTC, "2026-10-15T14:02:11")
    ds = [iv("2026-11-10"), iv("2026-12-01"), iv("2026-12-15"), iv("2027-01-12")]
    dl = at(ET, "2026-10-20T17:00")
    url = "https://app.thalamusgme.com/invite/7c1f0b2e-umich-anes-cat"
    note = (
        f"Dear {FIRST},\n\n"
        f"Congratulations! The Department of Anesthesiology at Michigan Medicine is delighted to invite you to "
        f"interview for our categorical residency.\n\n"
        f"Interview days are virtual and run from 8:00 AM to 1:00 PM Eastern (7:00 AM Central, for those of you "
        f"joining from the Midwest). You\u2019ll meet our Chair and Program Director, interview with three faculty "
        f"members, and spend an hour with residents who will be candid about life in Ann Arbor. Our residents "
        f"rotate through University Hospital, C.S. Mott Children\u2019s Hospital, Von Voigtlander Women\u2019s "
        f"Hospital and the VA Ann Arbor Healthcare System.\n\n"
        f"Please choose a date by 5:00 PM Eastern on Tuesday, October 20.\n\n"
        f"Go Blue,\n"
        f"Marisol Treadwell-Nakamura\n"
        f"Residency Program Coordinator, Department of Anesthesiology\n"
        f"University of Michigan | 1500 E. Medical Center Drive, Ann Arbor, MI 48109")
    thalamus("b30-inv-thal-umich-anes.eml",
             lab("invitation", "University of Michigan", "thalamus", ANES, "categorical", "virtual", ds, dl, url),
             sent, "New interview invitation from University of Michigan",
             "You have a new interview invitation",
             "University of Michigan has invited you to interview for Anesthesiology.",
             rows=[("Program", "University of Michigan \u2013 Anesthesiology"),
                   ("Position", "Categorical (PGY-1 to PGY-4)"), ("Interview type", "Virtual"),
                   ("Available dates", " \u00b7 ".join(wn(x) for x in ds[:3]) + " \u00b7 " + w(ds[3])),
                   ("Respond by", f"{wn(dl.date())}, 5:00 PM EDT")],
             program_note=note, button="View invitation", url=url)


@reg
def inv_thal_hfh_anes():
    sent = at(UTC, "2026-10-27T15:30:18")
    ds = [iv("2026-12-02"), iv("2026-12-16"), iv("2027-01-13"), iv("2027-01-27")]
    url = "https://app.thalamusgme.com/invite/b41e93d0-hfh-anesthesiology"
    note = (
        "Hello,\n\n"
        "Thank you for applying to the Henry Ford Hospital Anesthesiology Residency. We are pleased to offer you "
        "an interview for one of our categorical positions.\n\n"
        "We\u2019ve returned to in-person interviews in Detroit. Plan to arrive at the Education & Research "
        "Building, 2799 W. Grand Boulevard, by 6:30 AM; the day ends with lunch at about 12:30 PM. A virtual "
        "meet-the-residents evening is held the week before each interview date \u2014 details will follow.\n\n"
        "If you also applied for a preliminary medicine year at Henry Ford Hospital, please note that the "
        "Department of Medicine sends its own invitations through ERAS; booking here does not reserve anything "
        "with them.\n\n"
        "Kindly respond within 5 days so we can offer unclaimed dates to others.\n\n"
        "Sincerely,\n"
        "Anesthesiology Residency Office\n"
        "Henry Ford Health | Henry Ford Hospital, Detroit")
    thalamus("b30-inv-thal-hfh-anes.eml",
             lab("invitation", "Henry Ford Hospital", "thalamus", ANES, "categorical", "in_person", ds,
                 plus(sent, days=5), url),
             sent, "Henry Ford Hospital \u2013 Anesthesiology interview invitation",
             "You\u2019re invited to interview",
             "Henry Ford Hospital would like to interview you for Anesthesiology (Categorical).",
             rows=[("Interview type", "In-Person"), ("Location", "Detroit, MI"),
                   ("Dates", "; ".join(Wn(x) for x in ds[:2]) + "; " + "; ".join(W(x) for x in ds[2:])),
                   ("Respond within", "5 days")],
             program_note=note, button="Respond now", url=url)


@reg
def inv_thal_gundersen_ty():
    sent = at(UTC, "2026-10-08T19:45:03")
    ds = [iv("2026-11-16"), iv("2026-12-07"), iv("2027-01-11"), iv("2027-01-25")]
    url = "https://app.thalamusgme.com/invite/2e7a55c9-gundersen-ty"
    note = (
        "Hi Tessa,\n\n"
        "Greetings from La Crosse! We\u2019d love to have you visit for an interview with the Transitional Year "
        "Residency at Emplify Health by Gundersen (formerly Gundersen Health System). Our TY residents are headed "
        "into anesthesiology, radiology, dermatology, ophthalmology and PM&R, and the year is built around what "
        "you\u2019ll need in your advanced specialty.\n\n"
        "Interviews are in person on Mondays, 7:30 AM to 1:00 PM, starting in the Gundersen Lutheran Medical "
        "Center lobby at 1900 South Avenue. Applicants coming from out of town are welcome at a dinner with "
        "residents on the Sunday evening before.\n\n"
        "Please schedule within 7 days of receiving this invitation.\n\n"
        "Warmly,\n"
        "Greta Lundqvist-Moreau\n"
        "Program Coordinator, Transitional Year\n"
        "Emplify Health by Gundersen | La Crosse, WI 54601")
    thalamus("b30-inv-thal-gundersen-ty.eml",
             lab("invitation", "Emplify Health by Gundersen", "thalamus", TY, None, "in_person", ds,
                 plus(sent, days=7), url),
             sent, "Interview invitation: Emplify Health by Gundersen",
             "Congratulations \u2014 new interview invitation",
             "Emplify Health by Gundersen has invited you to interview for Transitional Year.",
             rows=[("Interview type", "In-Person"), ("Location", "La Crosse, WI"),
                   ("Dates", " | ".join(w(x) for x in ds)), ("Respond within", "7 days")],
             program_note=note, button="Schedule interview", url=url)


@reg
def inv_thal_beaumont_em():
    sent = at(UTC, "2026-10-22T13:10:40")
    ds = [iv("2026-11-18"), iv("2026-12-09"), iv("2027-01-06"), iv("2027-01-20")]
    url = "https://app.thalamusgme.com/invite/f0c3d711-corewell-ro-em"
    note = (
        "Dear Applicant,\n\n"
        "The Emergency Medicine Residency at Corewell Health William Beaumont University Hospital in Royal Oak "
        "(formerly Beaumont Hospital, Royal Oak) is happy to invite you to a virtual interview.\n\n"
        "Sessions run Wednesdays from 10:00 AM to 2:30 PM Eastern. We are one of several Corewell Health emergency "
        "medicine programs in Michigan, and each of them schedules on its own; this invitation covers Royal Oak "
        "only.\n\n"
        "We are holding your invitation for 48 hours. After that, dates will be released to applicants on our "
        "waitlist.\n\n"
        "Emergency Medicine Residency Program\n"
        "Corewell Health William Beaumont University Hospital\n"
        "3601 W. Thirteen Mile Road, Royal Oak, MI 48073")
    thalamus("b30-inv-thal-beaumont-em.eml",
             lab("invitation", "Corewell Health William Beaumont University Hospital", "thalamus", EM, None,
                 "virtual", ds, plus(sent, hours=48), url),
             sent, "You\u2019ve been invited to interview (Emergency Medicine)",
             "Interview invitation",
             "Corewell Health William Beaumont University Hospital has invited you to interview for Emergency "
             "Medicine.",
             rows=[("Interview type", "Virtual"),
                   ("Dates", ", ".join(wn(x) for x in ds[:2]) + ", " + ", ".join(w(x) for x in ds[2:])),
                   ("Time", "10:00 AM \u2013 2:30 PM ET"), ("Respond within", "48 hours")],
             program_note=note, button="Choose a date", url=url)


@reg
def inv_thal_lutheran_im():
    sent = at(UTC, "2026-10-06T16:20:55")
    ds = [iv("2026-10-29"), iv("2026-11-12"), iv("2026-12-10"), iv("2027-01-07")]
    url = "https://app.thalamusgme.com/invite/6a9d02f4-alg-internal-medicine"
    note = (
        "Dear Tessa,\n\n"
        "Thank you for your interest in the Internal Medicine Residency at Advocate Lutheran General Hospital in "
        "Park Ridge. We were impressed by your application and are pleased to invite you to a virtual "
        "interview.\n\n"
        "Interview mornings are Thursdays, 8:00 AM to 12:15 PM Central, and include a welcome from the Program "
        "Director, two faculty interviews, a conversation with our chief residents and a recorded tour. "
        "Advocate Health sponsors several internal medicine residencies in the Chicago area; each is a separate "
        "program with its own interview process, so an invitation from one doesn\u2019t carry over to another.\n\n"
        "Please select a date within 72 hours.\n\n"
        "Best regards,\n"
        "Paulette Wierzbicki\n"
        "Medical Education Coordinator, Internal Medicine\n"
        "Advocate Lutheran General Hospital | 1775 Dempster Street, Park Ridge, IL 60068")
    thalamus("b30-inv-thal-lutheran-im.eml",
             lab("invitation", "Advocate Lutheran General Hospital", "thalamus", IM, None, "virtual", ds,
                 plus(sent, hours=72), url),
             sent, "Advocate Lutheran General Hospital has invited you to interview",
             "New interview invitation",
             "Advocate Lutheran General Hospital has invited you to interview for Internal Medicine.",
             rows=[("Interview type", "Virtual"), ("Dates offered", " / ".join(w(x) for x in ds)),
                   ("Please respond within", "72 hours")],
             program_note=note, button="Select a date", url=url)


@reg
def inv_thal_mayo_neuro():
    sent = at(UTC, "2026-10-28T14:00:12")
    ds = [iv("2026-11-18"), iv("2026-12-02"), iv("2026-12-16"), iv("2027-01-13")]
    url = "https://app.thalamusgme.com/invite/93bd4e07-mayo-rst-neurology"
    note = (
        "Dear Dr.-to-be Oyelowo-Brandt,\n\n"
        "On behalf of the Department of Neurology, thank you for applying to the Mayo Clinic Neurology Residency "
        "in Rochester, Minnesota. We are pleased to invite you to interview for a categorical position, which "
        "includes the PGY-1 internal medicine year here at Mayo Clinic.\n\n"
        "All interviews are conducted virtually on Wednesdays from 7:30 AM to 12:30 PM Central. Your day will "
        "include a program overview, four interviews and a live virtual tour of the Saint Marys and Methodist "
        "campuses.\n\n"
        "Please reserve a date within 5 days of this invitation.\n\n"
        "Neurology Residency Program\n"
        "Mayo Clinic School of Graduate Medical Education\n"
        "200 First Street SW, Rochester, MN 55905")
    thalamus("b30-inv-thal-mayo-neuro.eml",
             lab("invitation", "Mayo Clinic College of Medicine and Science (Rochester)", "thalamus", NEURO,
                 "categorical", "virtual", ds, plus(sent, days=5), url),
             sent, "Interview invitation \u2013 Mayo Clinic College of Medicine and Science (Rochester)",
             "You\u2019re invited!",
             "Mayo Clinic College of Medicine and Science (Rochester) has invited you to interview for Neurology.",
             rows=[("Program", "Mayo Clinic College of Medicine and Science (Rochester) \u2013 Neurology"),
                   ("Track", "Categorical"), ("Interview type", "Virtual"),
                   ("Dates", "; ".join(W(x) for x in ds)), ("Reply within", "5 days")],
             program_note=note, button="Book your interview", url=url)


# =============================================================== ERAS (4)
@reg
def inv_eras_ccf_anes():
    sent = at(ET, "2026-10-21T11:30:42")
    ds = [iv("2026-11-09"), iv("2026-11-23"), iv("2026-12-07"), iv("2027-01-11")]
    dl = at(ET, "2026-10-28T23:59")
    body = (
        "You have received an interview invitation.\n\n"
        "Program: Cleveland Clinic Foundation Program\n"
        "Specialty: Anesthesiology\n"
        "Position: Advanced (PGY-2)\n"
        "Interview type: Virtual\n"
        f"Respond by: {num(dl.date())} 11:59 PM ET\n\n"
        "Message from the program:\n"
        "Thank you for applying to the Cleveland Clinic Anesthesiology Residency. We are pleased to invite you to "
        "interview for an advanced position, which begins in July 2028 after your clinical base year. Interview "
        "days run 7:00 AM to 12:30 PM Eastern on Zoom and include a virtual tour of the Anesthesiology Institute "
        "on our main campus. Please select one of the dates below in MyERAS.")
    eras("b30-inv-eras-ccf-anes.eml",
         lab("invitation", "Cleveland Clinic Foundation", "eras", ANES, "advanced", "virtual", ds, dl, MYERAS_URL),
         sent, "Interview Invitation - Cleveland Clinic Foundation Program", "Interview Invitation", body,
         (["Date", "Day", "Start", "Slots"], [[num(x), f"{x:%A}", "07:00 AM ET", "Available"] for x in ds]))


@reg
def inv_eras_hfh_imprelim():
    sent = at(ET, "2026-11-03T10:02:15")
    ds = [iv("2026-12-08"), iv("2026-12-22"), iv("2027-01-05"), iv("2027-01-19")]
    dl = at(ET, "2026-11-10T17:00")
    body = (
        "A program has invited you to interview.\n\n"
        "Program: Henry Ford Hospital Program\n"
        "Specialty: Internal Medicine\n"
        "Position: Preliminary (PGY-1)\n"
        "Format: Virtual\n\n"
        "Message from the program:\n"
        "Greetings from Detroit. The Internal Medicine Residency at Henry Ford Hospital invites you to interview "
        "for a preliminary PGY-1 position. Sessions are held on Tuesday afternoons, 12:30 to 4:00 PM Eastern, "
        "by video. Many of our preliminary interns continue into anesthesiology, neurology or radiology here at "
        "Henry Ford; those departments interview separately.")
    eras("b30-inv-eras-hfh-imprelim.eml",
         lab("invitation", "Henry Ford Hospital", "eras", IM, "preliminary", "virtual", ds, dl, MYERAS_URL),
         sent, "Interview Invitation", "Interview Invitation", body,
         (["Interview Date", "Day", "Session"], [[num(x), f"{x:%a}", "12:30 PM - 4:00 PM ET"] for x in ds]),
         after=f"Please respond by {num(dl.date())} 05:00 PM ET. After the freeze date you may cancel but not "
               f"change your selection.")


@reg
def inv_eras_slu_im():
    sent = at(ET, "2026-10-29T12:15:09")
    ds = [iv("2026-11-20"), iv("2026-12-04"), iv("2026-12-18"), iv("2027-01-15")]
    dl = at(CT, "2026-11-06T23:59")
    body = (
        "You have a new interview invitation.\n\n"
        "Program: Saint Louis University School of Medicine Program\n"
        "Specialty: Internal Medicine\n"
        "Interview type: Virtual\n"
        f"Response deadline: {num(dl.date())} 11:59 PM CT\n\n"
        "Message from the program:\n"
        "Dear Applicant, thank you for applying to the Saint Louis University Internal Medicine Residency "
        "Program. We invite you to a virtual interview on one of the Fridays listed below, 8:00 AM to 12:00 PM "
        "Central. Our residents train at SSM Health Saint Louis University Hospital and the John Cochran VA "
        "Medical Center. We look forward to meeting you.")
    eras("b30-inv-eras-slu-im.eml",
         lab("invitation", "Saint Louis University School of Medicine", "eras", IM, None, "virtual", ds, dl,
             MYERAS_URL),
         sent, "Interview Invitation - Saint Louis University School of Medicine Program", "Interview Invitation",
         body, (["Date", "Day", "Time"], [[num(x), f"{x:%A}", "08:00 AM CT"] for x in ds]))


@reg
def inv_eras_uic_surg():
    sent = at(ET, "2026-11-04T09:30:51")
    ds = [iv("2026-12-02"), iv("2026-12-16"), iv("2027-01-06"), iv("2027-01-13")]
    dl = at(CT, "2026-11-12T17:00")
    body = (
        "You have received an invitation to interview.\n\n"
        "Program: University of Illinois College of Medicine at Chicago Program\n"
        "Specialty: Surgery\n"
        "Position: Categorical\n"
        "Interview type: Virtual\n\n"
        "Message from the program:\n"
        "The General Surgery Residency at the University of Illinois College of Medicine at Chicago is pleased to "
        "invite you to interview for a categorical position. Interviews are held on Wednesdays by Zoom, 7:30 AM "
        "to 1:00 PM Central. Residents rotate at University of Illinois Hospital, Jesse Brown VA Medical Center, "
        "Advocate Illinois Masonic Medical Center and Mount Sinai Hospital. Applicants for preliminary "
        "positions receive a separate invitation from our office by e-mail.")
    eras("b30-inv-eras-uic-surg.eml",
         lab("invitation", "University of Illinois College of Medicine at Chicago", "eras", SURG, "categorical",
             "virtual", ds, dl, MYERAS_URL),
         sent, "Interview Invitation - University of Illinois College of Medicine at Chicago Program",
         "Interview Invitation", body,
         (["Date", "Weekday", "Status"], [[num(x), f"{x:%A}", "Open"] for x in ds]),
         after=f"Respond by {num(dl.date())} 05:00 PM CT.")


# =============================================================== ResidencyCAS (4)
@reg
def inv_rcas_christ_em():
    sent = at(UTC, "2026-10-20T15:00:07")
    ds = [iv("2026-11-17"), iv("2026-12-08"), iv("2027-01-05"), iv("2027-01-12")]
    body = (
        f"Dear {FIRST},\n\n"
        f"Congratulations! The Emergency Medicine Residency at Advocate Christ Medical Center in Oak Lawn, "
        f"Illinois would like to invite you to interview.\n\n"
        f"Our interviews are in person. Please plan to arrive at 7:30 AM at the Christ Medical Center main "
        f"entrance, 4440 W. 95th Street; the day ends around 2:00 PM. You will tour our Level I trauma center and "
        f"the pediatric ED at Advocate Children\u2019s Hospital \u2013 Oak Lawn, have lunch with residents and "
        f"complete three interviews.\n\n"
        f"To respond, log in to the Interview Portal, open My Programs, and accept or decline under the "
        f"Invitations tab. Please respond within 72 hours; unanswered invitations expire.\n\n"
        f"Sincerely,\n"
        f"Yesenia Dabrowski\n"
        f"Residency Coordinator, Emergency Medicine\n"
        f"Advocate Christ Medical Center")
    rcas("b30-inv-rcas-christ-em.eml",
         lab("invitation", "Advocate Christ Medical Center", "residencycas", EM, None, "in_person", ds,
             plus(sent, hours=72), RCAS_URL),
         sent, "Interview Invitation: Advocate Christ Medical Center \u2013 Emergency Medicine",
         "Advocate Christ Medical Center \u2013 Emergency Medicine", body,
         rows=[("Sessions", ", ".join(Wn(x) for x in ds[:2]) + ", " + ", ".join(W(x) for x in ds[2:])),
               ("Format", "In person")],
         button="Go to the Interview Portal", reply_to=a("Yesenia Dabrowski", "yesenia.dabrowski@aah.org"))


@reg
def inv_rcas_akron_em():
    sent = at(UTC, "2026-11-02T16:00:31")
    ds = [iv("2026-12-04"), iv("2026-12-18"), iv("2027-01-08"), iv("2027-01-15")]
    dl = at(ET, "2026-11-10T12:00")
    body = (
        "Hello,\n\n"
        "Thank you for applying to the Cleveland Clinic Akron General Emergency Medicine Residency. We are "
        "pleased to offer you a virtual interview.\n\n"
        "Interview sessions are Fridays from 9:00 AM to 1:30 PM Eastern. Cleveland Clinic sponsors more than one "
        "emergency medicine residency in Northeast Ohio, and each one reviews applications and sends invitations "
        "on its own; this invitation is for Akron General only.\n\n"
        "Please accept and choose a session in the Interview Portal by Tuesday, November 10, 2026 at 12:00 PM "
        "(noon) Eastern.\n\n"
        "Emergency Medicine Residency\n"
        "Cleveland Clinic Akron General | 1 Akron General Avenue, Akron, OH 44307")
    rcas("b30-inv-rcas-akron-em.eml",
         lab("invitation", "Cleveland Clinic Akron General", "residencycas", EM, None, "virtual", ds, dl, RCAS_URL),
         sent, "Cleveland Clinic Akron General has invited you to interview",
         "Cleveland Clinic Akron General \u2013 Emergency Medicine", body,
         rows=[("Available sessions", "; ".join(f"{x:%a} {num(x)}" for x in ds)), ("Interview format", "Virtual")],
         button="Respond in the Interview Portal", reply_to=a("CCAG EM Residency", "akrongeneralem@ccf.org"))


@reg
def inv_rcas_rml_obgyn():
    sent = at(UTC, "2026-10-27T14:00:02")
    ds = [iv("2026-11-09"), iv("2026-11-23"), iv("2026-12-14"), iv("2027-01-04")]
    dl = at(ET, "2026-10-30T23:59")
    body = (
        f"Dear {FIRST},\n\n"
        f"Thank you for applying to the Obstetrics and Gynecology Residency at OhioHealth Riverside Methodist "
        f"Hospital in Columbus. We are delighted to invite you to interview on today\u2019s coordinated release.\n\n"
        f"Interviews are virtual on Mondays from 8:30 AM to 1:00 PM Eastern. If you have also applied to our "
        f"Transitional Year, that program schedules separately, and the OB/GYN program at OhioHealth Doctors "
        f"Hospital on the west side of Columbus is a different residency with its own interviews.\n\n"
        f"Please accept and select your session in the Interview Portal by 11:59 PM ET on Friday, October 30.\n\n"
        f"Kind regards,\n"
        f"Harmony Oduya-Kessler\n"
        f"Program Coordinator, OB/GYN Residency\n"
        f"OhioHealth Riverside Methodist Hospital | 3535 Olentangy River Road, Columbus, OH 43214")
    rcas("b30-inv-rcas-rml-obgyn.eml",
         lab("invitation", "OhioHealth Riverside Methodist Hospital", "residencycas", OBGYN, None, "virtual", ds,
             dl, RCAS_URL),
         sent, "Interview Invitation \u2013 OhioHealth Riverside Methodist Hospital OB/GYN",
         "OhioHealth Riverside Methodist Hospital \u2013 Obstetrics and Gynecology", body,
         rows=[("Interview days", " | ".join(w(x) for x in ds)), ("Format", "Virtual (Zoom)")],
         button="Log in to the Interview Portal")


@reg
def inv_rcas_trinityaa_obgyn():
    sent = at(UTC, "2026-10-27T14:05:44")
    ds = [iv("2026-11-19"), iv("2026-12-03"), iv("2026-12-17"), iv("2027-01-07")]
    body = (
        f"Dear {FIRST},\n\n"
        f"It is a pleasure to invite you to interview with the Obstetrics and Gynecology Residency at Trinity "
        f"Health Ann Arbor (formerly St. Joseph Mercy Ann Arbor).\n\n"
        f"This year each interview day is offered two ways, and you choose: join us in person at the hospital, "
        f"5301 McAuley Drive in Ypsilanti, or attend the identical program by Zoom. The schedule is the same "
        f"either way, 8:00 AM to 12:30 PM Eastern, and in-person guests stay for a tour of the birth center "
        f"afterward. Please indicate your choice when you select your session.\n\n"
        f"Interview days: {Wn(ds[0])}, {Wn(ds[1])}, {Wn(ds[2])} and {W(ds[3])}.\n\n"
        f"We ask that you respond in the Interview Portal within 72 hours.\n\n"
        f"Warmly,\n"
        f"The OB/GYN Residency Program\n"
        f"Trinity Health Ann Arbor")
    rcas("b30-inv-rcas-trinityaa-obgyn.eml",
         lab("invitation", "Trinity Health Ann Arbor", "residencycas", OBGYN, None, "hybrid", ds,
             plus(sent, hours=72), RCAS_URL),
         sent, "You\u2019re invited: Trinity Health Ann Arbor OB/GYN interview",
         "Trinity Health Ann Arbor \u2013 Obstetrics and Gynecology", body,
         rows=[("Format", "In person or virtual (your choice)")],
         button="Accept or decline", reply_to=a("THAA OB/GYN Residency", "obgynresidency.aa@trinity-health.org"))


# =============================================================== Interview Broker (2)
@reg
def inv_ib_rml_ty():
    sent = at(ET, "2026-10-19T13:44:27")
    ds = [iv("2026-11-12"), iv("2026-12-03"), iv("2026-12-17"), iv("2027-01-07")]
    dl = at(ET, "2026-10-23T17:00")
    url = "https://www.interviewbroker.com/applicant/invitation/RMH-TY-27-4f81c2"
    body = (
        f"Dear {FIRST},\n\n"
        f"The Transitional Year Residency at OhioHealth Riverside Methodist Hospital invites you to a virtual "
        f"interview. Our TY is built for residents heading into anesthesiology, radiology, ophthalmology and "
        f"other advanced specialties, with generous elective time and rotations at Riverside and Grant Medical "
        f"Center.\n\n"
        f"Interview days run from 9:00 AM to 1:00 PM Eastern Time. Please select a date below by "
        f"{num(dl.date())} at 5:00 PM Eastern Time. Unscheduled invitations expire at that time.")
    ibroker("b30-inv-ib-rml-ty.eml",
            lab("invitation", "OhioHealth Riverside Methodist Hospital", "interview_broker", TY, None, "virtual", ds,
                dl, url),
            sent, "Interview Invitation - OhioHealth Riverside Methodist Hospital Transitional Year",
            "You have been invited to interview", body,
            (["Date", "Day", "Format", "Openings"], [[num(x), f"{x:%a}", "Virtual", "Yes"] for x in ds]),
            url, "Schedule My Interview",
            reply_to=a("RMH Transitional Year", "rmh.transitionalyear@ohiohealth.com"))


@reg
def inv_ib_osu_im():
    sent = at(ET, "2026-10-14T15:12:08")
    ds = [iv("2026-11-16"), iv("2026-11-30"), iv("2026-12-14"), iv("2027-01-11")]
    dl = at(ET, "2026-10-21T23:59")
    url = "https://www.interviewbroker.com/applicant/invitation/OSU-IM-CAT-27-a09d3e"
    body = (
        f"Dear Tessa Oyelowo-Brandt,\n\n"
        f"Congratulations! The Internal Medicine Residency Program at The Ohio State University Wexner Medical "
        f"Center is pleased to invite you to interview for our categorical program.\n\n"
        f"All interviews this season are virtual. The day begins at 8:00 AM Eastern Time with a welcome from "
        f"the Program Director and ends by 12:45 PM. Please note that our program is not affiliated with the "
        f"OhioHealth residencies in Columbus.\n\n"
        f"Please schedule your interview by 10/21/2026 at 11:59 PM Eastern Time.")
    ibroker("b30-inv-ib-osu-im.eml",
            lab("invitation", "The Ohio State University Wexner Medical Center", "interview_broker", IM,
                "categorical", "virtual", ds, dl, url),
            sent, "Invitation to Interview - The Ohio State University Wexner Medical Center Internal Medicine",
            "Interview Invitation", body,
            (["Interview Date", "Format", "Availability"],
             [[f"{x:%A} {num(x)}", "Virtual", "Open"] for x in ds]),
            url, "Select an Interview Date",
            reply_to=a("OSU IM Residency", "imresidency@osumc.edu"))
