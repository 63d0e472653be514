# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""The program a letter names: read past signatures, headings, titles and office names; completed from
its full form in the mail or the subject; spelled by the sender's domain; none in unrelated mail."""

from __future__ import annotations

import pytest
from test_classification_helpers import judge

from tracker.understanding.programs import clean_program, detect_program, named_before_its_specialty


@pytest.mark.parametrize(
    ("text", "from_name", "program"),
    [
        # a sender named for an office ("Pediatrics Education") names no program: the signature does
        (
            "Our dates are full.\n\nClearwater General Hospital, Department of Pediatrics\n",
            "Pediatrics Education",
            "Clearwater General Hospital",
        ),
        # a heading in capitals is not part of the name below it
        (
            "CAMPUS NOTES\nMarlow University Neurology Residency - Winter letter\n\nNews.\n",
            "",
            "Marlow University",
        ),
        # a person's title line is not joined to the program line below it
        (
            "We would like to meet you.\n\nAnita Rao, MD\nProgram Director\nSilverton Family Medicine Residency\n",
            "Anita Rao",
            "Silverton",
        ),
        # a specialty's adjective alone is no institution
        (
            "See you soon.\n\nBen Ortiz | Surgical Residency Coordinator | Eastbrook Health\n",
            "Ben Ortiz",
            "Eastbrook Health",
        ),
        # a name signing after a closing is not joined to the title line below it
        (
            "We will write again.\n\nKind regards,\nPriya Natarajan\nNeurology Residency Coordinator, Oakmont Health\n",
            "",
            "Oakmont Health",
        ),
    ],
)
def test_the_program_is_read_past_signature_lines_headings_and_office_names(text, from_name, program):
    assert detect_program("Update", text, from_name=from_name, applicant_name="Jordan Lee") == program


def test_a_person_above_residency_coordinator_is_no_program():
    text = "See you Monday.\n\nPriya Nair\nResidency Program Coordinator\nEastfield Regional Hospital\n"
    assert detect_program("Monday", text, from_name="Priya Nair") == "Eastfield Regional Hospital"


def test_a_first_name_signing_above_the_residency_line_is_not_the_program():
    text = "See you soon!\nDana\nPediatrics Residency | Ashgrove Medical Center\n"
    assert detect_program("Re: visit", text) == "Ashgrove Medical Center"


def test_a_first_name_alone_on_its_line_is_not_joined_to_the_program_below():
    text = "Great, see you then.\n\nCorey\nAshgrove Medical Center Pediatrics Residency\n"
    assert detect_program("Re: date", text) == "Ashgrove Medical Center"


def test_a_specialty_adjective_is_not_part_of_the_institution():
    assert clean_program("Ashgrove Children's Hospital Pediatric Residency") == "Ashgrove Children's Hospital"
    assert clean_program("The Integrated Vascular Surgery Residency") is None


def test_a_short_program_name_is_completed_from_its_full_form_in_the_mail():
    text = (
        "Ashgrove Medical Center Neurology will hold interviews in January.\n\n"
        "Thanks,\nAshgrove Neurology Residency\n"
    )
    assert detect_program("Interviews", text) == "Ashgrove Medical Center"


def test_a_program_named_in_full_only_in_the_subject_is_completed_from_it():
    assert (
        detect_program(
            "Ashgrove University Radiology", "Thanks for applying.", from_name="Ashgrove Radiology"
        )
        == "Ashgrove University"
    )


def test_a_sender_named_for_a_program_names_the_program():
    assert detect_program("News", "Resident spotlight and more.", from_name="Ashgrove EM") == "Ashgrove"


@pytest.mark.parametrize(
    ("text", "domain", "program"),
    [
        ("Brookline Neurology would like to see you in January.", "brooklineneuro.org", "Brookline"),
        ("Thanks,\nAnn\nProgram Director, Tarn Hollow Family Medicine", "tarnhollow.org", "Tarn Hollow"),
        ("Brookline Neurology would like to see you in January.", "gmail.com", None),
        ("Brookline Neurology would like to see you in January.", "otherplace.org", None),
    ],
)
def test_a_name_the_senders_domain_spells_is_the_program(text, domain, program):
    assert detect_program("Hello", text, from_name="Ann Kay", domain=domain) == program


@pytest.mark.parametrize(
    ("text", "program"),
    [
        (
            "Thank you for your interest in the Psychiatry programme at Kelso General. Our diary is full.",
            "Kelso General",
        ),
        ("We are pleased to invite you to interview at Brookmere General.", "Brookmere General"),
        (
            "The General Surgery residency at Brookmere Hospital invites you to interview.",
            "Brookmere Hospital",
        ),
    ],
)
def test_a_general_hospital_and_a_programme_name_the_program(text, program):
    assert detect_program("Residency", text) == program


def test_unrelated_mail_names_no_program():
    result = judge(
        "Alex & Sam have invited you to their housewarming on Saturday. RSVP by Friday.",
        subject="You're invited",
        sender="Invites <hello@party.example.com>",
    )
    assert result.kind == "other"
    assert result.program is None


@pytest.mark.parametrize(
    ("subject", "text", "program"),
    [
        # a system's name, a dash, then its hospital
        ("Interview", "Banner – University Medical Center Phoenix General Surgery has invited you to interview.",
         "Banner – University Medical Center Phoenix"),
        # a slash inside a name, and a saint's possessive, are part of it
        ("Interview", "Presbyterian/St. Luke's Medical Center Program - Internal Medicine has invited you to interview.",
         "Presbyterian/St. Luke's Medical Center"),
        # the subject names it more fully than the letter
        ("Thank you - Mayo Clinic Arizona General Surgery", "Thank you for interviewing at Mayo Clinic.",
         "Mayo Clinic Arizona"),
    ],
)
def test_names_read_whole(subject: str, text: str, program: str) -> None:
    assert detect_program(subject, text) == program


def test_a_saints_possessive_is_part_of_the_name() -> None:
    assert clean_program("Saint Luke's") == "Saint Luke's"
    assert clean_program("Riverside's") == "Riverside"


def test_a_closing_of_apologies_ends_the_letter_before_its_signature() -> None:
    text = (
        "We have had to cancel our interview day.\n\nWith apologies,\nJacqueline Reyes\n"
        "Residency Program Coordinator, Neurology\nMcGaw Medical Center of Northwestern University\n"
        "Northwestern University Feinberg School of Medicine\n"
    )
    assert detect_program("Interview day cancelled", text) == "McGaw Medical Center of Northwestern University"


@pytest.mark.parametrize(
    ("candidate", "name"),
    [
        # the campus after a name stays with it; a specialty, a format or a note does not
        ("University of Florida College of Medicine - Jacksonville Emergency Medicine",
         "University of Florida College of Medicine – Jacksonville"),
        ("Baylor Scott & White (Temple) – Internal Medicine Residency", "Baylor Scott & White (Temple)"),
        ("CoxHealth (Springfield, MO)", "CoxHealth (Springfield)"),
        # a city of two words in parentheses, as ERAS names one campus's program
        ("University of California (San Francisco) Program - Anesthesiology (0400521040)",
         "University of California (San Francisco)"),
        ("Mayo Clinic Arizona – Interview Invitation", "Mayo Clinic Arizona"),
        ("Riverbend Hospital (PGY-1)", "Riverbend Hospital"),
        # an address is no name; two capitals are
        ("1700 Medical Center Pkwy", None),
        # the specialty's "General" goes with it; a hospital's stays; "+" joins a name's parts
        ("UC San Diego General Psychiatry Residency Training Program", "UC San Diego"),
        ("St. Jude General IM", "St. Jude General"),
        ("LAC+USC Medical Center Program - Emergency Medicine", "LAC+USC Medical Center"),
        ("NYC Health + Hospitals/Lincoln - Emergency Medicine Residency", "NYC Health + Hospitals/Lincoln"),
        # each name a slash joins may be long
        ("Rutgers Robert Wood Johnson Medical School/Robert Wood Johnson University Hospital – Emergency Medicine",
         "Rutgers Robert Wood Johnson Medical School/Robert Wood Johnson University Hospital"),
        # a region after a dash, with or without spaces, is a campus; a health system's hospital after one too
        ("NYU Langone Hospital—Long Island – Internal Medicine (Categorical)", "NYU Langone Hospital – Long Island"),
        ("Jefferson Health – Lehigh Valley (formerly Lehigh Valley Health Network) Emergency Medicine",
         "Jefferson Health – Lehigh Valley"),
        ("Prisma Health–Upstate", "Prisma Health – Upstate"),
        ("MedStar Health – Washington Hospital Center Internal Medicine (Categorical)",
         "MedStar Health – Washington Hospital Center"),
        ("Penn State Health – Anesthesiology", "Penn State Health"),
        # a department named for its specialty and another field is no institution
        ("Anesthesiology & Perioperative Medicine", None),
        # a city of two words after a tight dash; a system run into one word, without the city it is in
        ("University of Missouri\u2013Kansas City", "University of Missouri – Kansas City"),
        ("OhioHealth in Columbus", "OhioHealth"),
        # a building's name of kinds of place is no institution
        ("Clinic & Specialty Center", None),
        # two institutions joined by "and", each with a name of its own: the first; one institution's kinds stay
        ("Temple University Hospital and the Lewis Katz School of Medicine at Temple University",
         "Temple University Hospital"),
        ("Rhode Island Hospital and The Miriam Hospital", "Rhode Island Hospital"),
        ("University of Iowa Hospitals and Clinics", "University of Iowa Hospitals and Clinics"),
        ("St. Joseph's Hospital and Medical Center", "St. Joseph's Hospital and Medical Center"),
        ("Brigham and Women's Hospital", "Brigham and Women's Hospital"),
        ("University of Wisconsin School of Medicine and Public Health", "University of Wisconsin School of Medicine and Public Health"),
    ],
)
def test_clean_program_keeps_the_campus(candidate: str, name: str | None) -> None:
    assert clean_program(candidate) == name


def test_a_name_joined_by_a_plus_and_a_campus_before_the_specialty_are_read_whole() -> None:
    text = "Program: LAC+USC Medical Center Program - Emergency Medicine\nSession: 01/05/2027"
    assert detect_program("ERAS: Interview Cancelled", text) == "LAC+USC Medical Center"
    text = "Your interview with NYC Health + Hospitals/Jacobi - Emergency Medicine Residency is booked."
    assert detect_program("Interview Scheduled", text) == "NYC Health + Hospitals/Jacobi"
    text = (
        "University of California, San Diego - Psychiatry has sent you an interview invitation.\n"
        '"we are delighted to invite you to interview with the UC San Diego General Psychiatry Residency"'
    )
    assert detect_program("Interview Invitation", text) == "University of California, San Diego"


def test_two_capitals_name_a_program_only_as_a_fields_value() -> None:
    assert detect_program("Interview Confirmation", "Program: GW Emergency Medicine\nDate: Dec 9\n") == "GW"
    assert detect_program("UC EM hangout", "Join us!\n\nUC EM Residents\nUniversity of Cincinnati Emergency Medicine\n",
                          "UC EM Residency") == "University of Cincinnati"


def test_the_program_the_sender_signs_as_outranks_one_its_newsletter_names() -> None:
    text = ("for applicants to the Swedish Cherry Hill Family Medicine Residency. Our residents presented with "
            "the University of Washington Family Medicine Residency Network.")
    assert detect_program("The Chronicle", text, "Swedish Cherry Hill FMR") == "Swedish Cherry Hill"


def test_the_subject_completes_a_name_up_to_its_specialty() -> None:
    subject = "Interview Invitation - University of Michigan Obstetrics & Gynecology"
    text = "University of Michigan - Obstetrics & Gynecology (Categorical) has invited you to interview."
    assert detect_program(subject, text) == "University of Michigan"
    assert clean_program("OHSU Adult Psychiatry") == "OHSU"


def test_a_sender_named_as_a_person_with_the_program_in_parentheses() -> None:
    assert detect_program("See you Thursday", "Looking forward to it!", "Thao (VCU EM)") == "VCU"


def test_a_campus_named_after_a_system_and_a_dash_is_the_systems_campus() -> None:
    text = (
        "On behalf of the Baylor Scott & White – Temple Emergency Medicine Residency, I am pleased to invite "
        "you to interview. Lodging: the Hilton Garden Inn Temple Medical Center.\n"
    )
    assert detect_program("Interview Invitation", text) == "Baylor Scott & White – Temple"


@pytest.mark.parametrize(
    ("candidate", "name"),
    [
        ("Cincinnati Children's", "Cincinnati Children's"),
        ("UPMC Medical Education Program - Pediatrics", "UPMC"),
        ("Advocate Children's Hospital - Oak Lawn Pediatrics", "Advocate Children's Hospital – Oak Lawn"),
    ],
)
def test_a_possessive_of_the_name_its_office_and_a_two_word_campus(candidate: str, name: str) -> None:
    assert clean_program(candidate) == name


def test_a_state_universitys_campus_after_a_comma_is_part_of_its_name() -> None:
    letter = (
        "Thank you for your interest in the University of California, Irvine Anesthesiology Residency "
        "Program. We are happy to invite you to interview.\n"
    )
    assert detect_program("Interview Invitation", letter) == "University of California, Irvine"
    signed = "Your interview is on Monday.\n\nBest regards,\nInternal Medicine\nUniversity of Nevada, Reno School of Medicine\n"
    assert detect_program("Reminder", signed) == "University of Nevada, Reno"
    # an address's city is where, not which campus
    address = "We look forward to meeting you at the University of New Mexico.\nMSC10 5620, 1 University of New Mexico, Albuquerque, NM 87131\n"
    assert detect_program("Interview day", address) == "University of New Mexico"


def test_a_scheduling_service_an_office_school_and_a_pathology_shorthand_are_no_part_of_the_name() -> None:
    assert clean_program("Calendly") is None
    assert clean_program("Mayo Clinic School of Graduate Medical Education") == "Mayo Clinic"
    assert clean_program("Cleveland Clinic AP/CP Residency") == "Cleveland Clinic"
    assert clean_program("Cincinnati Children's Second Look") == "Cincinnati Children's"
    thalamus = "There is an update to your application with University of Iowa Hospitals & Clinics – Pediatrics.\n"
    assert detect_program("Update", thalamus) == "University of Iowa Hospitals & Clinics"


def test_words_for_a_kind_of_place_name_none_and_a_curly_possessive_is_a_childrens_hospital() -> None:
    assert clean_program("Hospital Medicine") is None
    signed = "Interview - Dr. Sophia Lindqvist (Hospital Medicine)\n\nThanks!\nKayla\nProgram Coordinator, Pediatric Residency\nCincinnati Children’s\n"
    assert detect_program("Interview schedule - 1/8", signed) == "Cincinnati Children’s"


def test_the_institution_a_programs_mailbox_is_named_for_outweighs_one_it_mentions() -> None:
    letter = (
        "Dear Applicant,\n\nWe're so glad you'll be considering us!\n\nBayview is a separate residency program "
        "from the Osler Medical Residency at The Johns Hopkins Hospital.\n\nAll the best,\n\nKeisha Barnes\n"
        "Program Coordinator, Internal Medicine Residency\nJohns Hopkins Bayview Medical Center\n"
    )
    found = detect_program("Welcome!", letter, "Bayview IM Residency", sender="bayviewimresidency@jh.edu")
    assert found == "Johns Hopkins Bayview Medical Center"
    assert detect_program("Welcome!", letter) != "Johns Hopkins Bayview Medical Center"  # the mailbox decides


@pytest.mark.parametrize(
    "name",
    [
        "University of South Alabama Frederick P. Whiddon College of Medicine",
        "Monroe Carell Jr. Children's Hospital at Vanderbilt",
        "Inova L.J. Murphy Children's Hospital",
        "Penn State Health Milton S. Hershey Medical Center",
    ],
)
def test_a_middle_initial_or_jr_stays_inside_the_name(name):
    assert clean_program(name) == name
    letter = f"Thank you for applying to the Pediatrics Residency Program at {name}. We would like to invite you to interview."
    assert judge(letter, subject="Interview invitation").program == name


def test_a_doctor_named_before_the_program_is_no_program():
    letter = (
        "On behalf of Dr. Alvarez-Quintero and the Pediatric Residency Program at Holtz Children's Hospital, "
        "thank you for your application. You have been selected for an interview!"
    )
    assert judge(letter, subject="Pediatrics Interview").program == "Holtz Children's Hospital"


def test_a_place_named_to_tell_the_program_apart_is_not_the_program():
    letter = (
        "Thank you for applying to the General Surgery Residency Program at Baylor University Medical Center, "
        "part of Baylor Scott & White Health, in Dallas. Our interview dates are full.\n\n"
        "Please note that our program is separate from the General Surgery program at Baylor Scott & White "
        "Medical Center – Temple and is not affiliated with Baylor College of Medicine in Houston."
    )
    result = judge(letter, subject="General Surgery Residency – Interview Waitlist")
    assert result.program == "Baylor University Medical Center"


def test_the_sites_its_residents_rotate_at_are_not_the_program():
    letter = (
        "A space has opened in our Friday, January 22 interview day, and you are next on our waitlist.\n\n"
        "Our residents rotate at UCSF Parnassus, Mission Bay, Zuckerberg San Francisco General and the SF VA.\n\n"
        "Best,\n\nQuinn Abernathy-Osei\nResidency Program Coordinator\n"
        "Department of Anesthesia & Perioperative Care | UCSF\n"
    )
    assert detect_program("UCSF Anesthesia - interview spot available Jan 22", letter) == "UCSF"
    # a visiting rotation in a specialty at a school names the school
    away = "Your application for a visiting student rotation in Dermatology at the University of Minnesota Medical School has been approved."
    assert detect_program("Away Rotation Approved", away) == "University of Minnesota Medical School"


def test_a_scheduling_pages_organizer_is_the_program_not_the_applicants_school_in_her_answers():
    page = (
        "A new event has been scheduled.\n\nEvent Type:\nTY Interview Day\n\nQuestions:\nAAMC ID\n16843027\n\n"
        "Medical school\nSouthern Illinois University School of Medicine\n\n"
        "Organizer: Corewell Health William Beaumont University Hospital \u2013 Transitional Year\n"
    )
    assert detect_program("Confirmed: TY Interview Day", page) == "Corewell Health William Beaumont University Hospital"
    # an organizer who is a person names no program
    person = "A new event has been scheduled.\n\nOrganizer: Jarvis Pruitt\n\nLocation: Lakeshore Medical Center"
    assert detect_program("Confirmed", person) != "Jarvis Pruitt"


def test_the_place_she_interviews_with_is_named_without_a_word_for_what_kind_of_place():
    text = "Thanks again for scheduling your interview with Shirley Ryan AbilityLab! Faculty from Ann & Robert H. Lurie Children's Hospital of Chicago will join."
    assert detect_program("Optional virtual socials", text) == "Shirley Ryan AbilityLab"


def test_the_school_she_writes_after_her_own_name_is_not_the_program():
    sign_up = (
        "Thank you for signing up!\n\nWednesday, January 6, 2027  8:00am - 12:30pm EST   Interview Day (Virtual)\n\n"
        "Comment: Marisol Haugen, University of Iowa\n\nSignUpGenius | Sign-up created by IU Med-Peds Residency\n"
    )
    assert detect_program("Confirmation: IU Med-Peds Interviews 2026-27", sign_up, applicant_name="Marisol Haugen") != "University of Iowa"


def test_a_program_the_letter_says_is_separate_is_not_its_program():
    letter = (
        "Good news - a spot has opened on our Tuesday, January 19 virtual interview day.\n\n"
        "Just so you know: this is the Lurie Children's categorical Pediatrics program. The Northwestern Med-Peds\n"
        "program (McGaw, Northwestern Memorial Hospital) is separate and does its own scheduling.\n\n"
        "Dana Whitlock\nProgram Coordinator, Pediatric Residency\nAnn & Robert H. Lurie Children's Hospital of Chicago\n"
    )
    assert "Lurie" in str(detect_program("Interview spot available", letter))
    # signed with no name of its own, the letter still names no program it tells apart
    unsigned = letter.split("Dana Whitlock")[0].replace("the Lurie Children's categorical Pediatrics program", "our program")
    assert detect_program("Interview spot available", unsigned) != "Northwestern Memorial Hospital"


def test_a_place_alone_is_where_not_which_but_a_state_university_is_a_name():
    letter = "Thank you for applying to the Preliminary Medicine track at UT Health San Antonio. We are pleased to offer you a virtual interview."
    assert detect_program("University of Texas Health Science Center at San Antonio Program", letter) == "UT Health San Antonio"
    state = "We sincerely appreciate your interest in the Ohio State Emergency Medicine Residency Program."
    assert detect_program("Residency Application", state) == "Ohio State"


def test_another_program_of_hers_the_letter_says_is_not_affected_is_not_its_program():
    reply = (
        "Hi Marisol,\n\nThanks for letting us know. I've withdrawn the UK Med-Peds invitation in ERAS, so you may see a status\n"
        "change. Your Pediatrics date with Kentucky Children's Hospital is not affected.\n\nAshley Combs\n"
        "Program Coordinator, Internal Medicine-Pediatrics\nUK HealthCare | University of Kentucky College of Medicine, Lexington\n"
    )
    assert detect_program("RE: Declining UK Med-Peds interview invitation", reply) != "Kentucky Children's Hospital"


@pytest.mark.parametrize(
    ("candidate", "name"),
    [
        ("Hospital for Special Surgery Orthopaedic Surgery Residency", "Hospital for Special Surgery"),
        ("Mallinckrodt Institute of Radiology", "Mallinckrodt Institute of Radiology"),
        # a specialty after the place's own name is still no part of it
        ("Ashgrove Medical Center Radiology", "Ashgrove Medical Center"),
        ("Children's Hospital of Ridgeford Pediatrics", "Children's Hospital of Ridgeford"),
    ],
)
def test_a_place_named_for_its_field_keeps_the_field_in_its_name(candidate: str, name: str) -> None:
    assert clean_program(candidate) == name


def test_a_hotel_named_for_the_hospital_beside_it_is_not_the_program() -> None:
    text = (
        "Hotel: we have a courtesy block at the Hilton Garden Inn Ashgrove Medical Center across the street.\n\n"
        "Interview day: meet in the lobby of the Ashgrove Medical Center main entrance at 7:15 AM.\n\n"
        "Maureen Doyle\nResidency Program Coordinator | Department of Surgery\nAshgrove Medical Center\n"
    )
    assert detect_program("Surgery interview logistics & hotel block", text) == "Ashgrove Medical Center"
    assert clean_program("Courtyard by Marriott Ashgrove Medical Center") is None


@pytest.mark.parametrize(
    ("subject", "text", "program"),
    [
        # a platform's notice, its program named only before its specialty
        ("Interview Invitation – Kestrel Medical – Emergency Medicine Residency", "Please respond in the portal.", "Kestrel Medical"),
        ("Interview Waitlist – UW Emergency Medicine Residency", "Our sessions are full.", "UW"),
        ("Application update", "We regret.\n\nBest wishes,\n\nKestrel Medical – Internal Medicine Residency\n", "Kestrel Medical"),
        # what the mail is, or the applicant, is no program
        ("Interview Reminder – Emergency Medicine", "See you tomorrow.", None),
        ("Jordan Lee – Internal Medicine application", "Hello.", None),
    ],
)
def test_a_name_its_specialty_follows_is_the_last_resort(subject: str, text: str, program: str | None) -> None:
    assert named_before_its_specialty(subject, text, "Jordan Lee") == program


def test_the_town_a_name_is_in_is_no_part_of_it() -> None:
    assert clean_program("Kestrel Medical in Bakersfield, California") == "Kestrel Medical"


def test_a_hospital_its_residents_take_electives_at_and_one_it_is_not_affiliated_with_are_not_the_program() -> None:
    electives = (
        "A common question: Kestrel faculty teach on our wards and some of our residents do electives at Kestrel "
        "University Hospital, but we are a separate residency with our own Match number.\n\n"
        "Ana Brennan\nProgram Coordinator, Internal Medicine Residency\nAshgrove Valley Medical Center | County Health System\n"
    )
    assert detect_program("Internal Medicine – applicant guide", electives) == "Ashgrove Valley Medical Center"
    unaffiliated = (
        "Since a few applicants have asked: our program is sponsored by Ridgeford Health and is not affiliated with the "
        "University of Kestrel Health residency, though we share some fellowship faculty.\n\n"
        "Brynn Sorensen\nResidency Coordinator | Internal Medicine\nRidgeford Medical Center, 5121 S. Cottonwood St., Murray, UT 84107\n"
    )
    assert detect_program("Your interview day plan", unaffiliated) == "Ridgeford Medical Center"


def test_a_specialty_alone_is_no_program_and_best_of_luck_closes_a_letter() -> None:
    assert clean_program("Family Medicine in") is None
    text = (
        "Thank you for letting us know. I've marked the Transitional Year invitation as declined.\n\n"
        "This does not affect your Family Medicine interview on December 17 in any way.\n\n"
        "Best of luck,\nGabriela Moreno\nTransitional Year Program Coordinator\nAshgrove Peter Smith Hospital | Ashgrove Health Network\n"
    )
    assert detect_program("RE: Declining TY interview invitation", text) == "Ashgrove Peter Smith Hospital"


@pytest.mark.parametrize(
    ("candidate", "name"),
    [
        ("Ashgrove University School of Medicine in St. Louis", "Ashgrove University School of Medicine in St. Louis"),
        ("Ashgrove Upstate Medical University in Syracuse", "Ashgrove Upstate Medical University"),
        ("Pinecrest University Health in Lake Arden", "Pinecrest University Health"),
    ],
)
def test_a_school_of_medicines_city_is_part_of_its_name_but_not_a_universitys(candidate: str, name: str) -> None:
    assert clean_program(candidate) == name


def test_a_short_name_is_completed_with_the_words_of_its_name_before_it_but_not_a_specialtys():
    text = "Thank you for interviewing with the Neurology Residency at Kestrel Ashgrove University. We enjoyed meeting you."
    assert detect_program("Thank you from Ashgrove Neurology", text, from_name="Ashgrove Neurology Residency") == "Kestrel Ashgrove University"
    heading = "Internal Medicine\nCedar Knoll Regional Medical Center invites you to its residents' dinner."
    assert detect_program("Dinner", heading, from_name="Cedar Knoll IM") == "Cedar Knoll Regional Medical Center"
