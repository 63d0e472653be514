# ruff: noqa: E501  (names and letters read better whole)
"""Program identity: which spellings name one institution, and which only look alike."""

from __future__ import annotations

import pytest

from tracker.understanding.identity import (
    Relation,
    fullest,
    most_specific,
    names_an_institution,
    other_names,
    places_in,
    program_number,
    read_name,
    registered_domain,
    relation,
    spelled_in_full,
)

ONE_INSTITUTION = [
    ("UPMC Medical Education", "UPMC"),
    ("UPMC", "University of Pittsburgh Medical Center"),
    ("UPMC Presbyterian", "UPMC"),
    ("Oregon Health & Science University", "OHSU"),
    ("Beth Israel Deaconess Medical Center", "BIDMC"),
    ("Michigan Medicine", "University of Michigan Health"),
    ("Duke University Hospital", "Duke University School of Medicine"),
    ("Brigham and Women's Hospital", "Brigham and Women\u2019s Hospital"),
    ("Medical College of Wisconsin", "MCW"),
    ("UT Southwestern", "University of Texas Southwestern Medical Center"),
    ("UTSW", "UT Southwestern"),
    ("Penn State Health", "Penn State Health Milton S. Hershey Medical Center"),
    ("St. Luke's", "Saint Luke's"),
    ("The Children's Hospital of Philadelphia", "CHOP"),
    ("Baylor Scott & White (Temple)", "Baylor Scott & White Medical Center \u2013 Temple"),
    ("Perelman School of Medicine at the University of Pennsylvania", "Penn"),
    ("UCSF", "University of California, San Francisco"),
    ("UNC", "University of North Carolina at Chapel Hill"),
    ("HCMC", "Hennepin Healthcare"),
    ("JPS Health Network", "John Peter Smith Hospital"),
    ("Ochsner Medical Center", "Ochsner Clinic Foundation"),
    # an ERAS name joining a school and its hospital with a slash: either part names it
    ("University Hospitals Cleveland Medical Center", "Case Western Reserve University/University Hospitals Cleveland Medical Center"),
    ("UCI Medical Center", "University of California, Irvine"),
    # a slash joins a hospital and a school: the part the other name spells is it
    ("Henry Ford Hospital", "Henry Ford Hospital/Wayne State University"),
    # the university's college, named with it
    ("University of Iowa Carver College of Medicine", "Iowa Carver College of Medicine"),
    # a school named for its donor is its university's
    ("Dell Medical School", "The University of Texas at Austin"),
]

DIFFERENT_PROGRAMS = [
    ("Mayo Clinic", "Mayo Clinic Arizona"),
    ("University of Washington", "Washington University in St. Louis"),
    ("Penn", "Penn State"),
    ("Beaumont Royal Oak", "Beaumont Dearborn"),
    ("UW Health", "University of Washington"),
    ("Michigan State University", "University of Michigan"),
    ("Baylor Scott & White (Temple)", "Baylor Scott & White (Dallas)"),
    # a word put inside a hospital's name names another hospital of the system
    ("Henry Ford Hospital", "Henry Ford Macomb Hospital"),
    ("Yale New Haven Hospital", "Yale New Haven Health Bridgeport Hospital"),
    # words in order across a slash name neither part
    ("Michigan Medicine", "Central Michigan University/Children's Hospital of Michigan"),
    # a place after a whole name names another campus
    ("Texas Tech University Health Sciences Center", "Texas Tech University Health Sciences Center Permian Basin"),
    ("Texas Tech University Health Sciences Center", "Texas Tech University Health Sciences Center at Amarillo"),
    # ... and a different place after each
    ("Texas Tech University Health Sciences Center at Amarillo", "Texas Tech University Health Sciences Center Permian Basin"),
    # a college of medicine named without its university is not the university's hospital
    ("Baylor College of Medicine", "Baylor University Medical Center"),
    # initials joined to other initials name a partnership
    ("OU Medical Center", "OU-TU School of Community Medicine"),
    # a medical university is not the university
    ("Medical University of South Carolina", "Prisma Health-Midlands/University of South Carolina"),
    ("Baylor College of Medicine (San Antonio)", "Baylor College of Medicine/Texas Children's Hospital"),
]


@pytest.mark.parametrize(("first", "second"), ONE_INSTITUTION)
def test_spellings_of_one_institution_are_the_same(first: str, second: str) -> None:
    assert relation(first, [second]) is Relation.SAME
    assert relation(second, [first]) is Relation.SAME


@pytest.mark.parametrize(("first", "second"), DIFFERENT_PROGRAMS)
def test_names_that_only_look_alike_are_never_the_same(first: str, second: str) -> None:
    assert relation(first, [second]) is not Relation.SAME
    assert relation(second, [first]) is not Relation.SAME


def test_one_distinctive_word_is_its_institution_but_a_system_word_is_unsure() -> None:
    assert relation("Duke", ["Duke University Hospital"]) is Relation.SAME
    assert relation("Mercy", ["Mercy Catholic Medical Center"]) is Relation.UNSURE
    assert relation("Beaumont", ["Beaumont Dearborn"]) is Relation.UNSURE


def test_an_unsure_name_is_the_same_when_the_sender_domain_agrees() -> None:
    verdict = relation("Beaumont", ["Beaumont Dearborn"], "beaumont.org", frozenset({"beaumont.org"}))
    assert verdict is Relation.SAME


def test_a_city_after_in_says_where_not_who() -> None:
    both = ["OhioHealth Riverside Methodist Hospital"]
    assert relation("OhioHealth Riverside Methodist Hospital in Columbus", both) is Relation.SAME
    assert relation("ChristianaCare in Newark", ["Christiana Care Health Services"]) is Relation.SAME


def test_a_state_that_begins_another_hospitals_name_is_no_campus() -> None:
    # "Arkansas Children's" is the partner hospital, not UAMS in the state of Arkansas: a question,
    # which the day booked or the sender's domain may then answer
    assert relation("UAMS Medical Center and Arkansas Children’s", ["UAMS"]) is Relation.UNSURE
    assert relation("Mayo Clinic Arizona", ["Mayo Clinic"]) is Relation.DIFFERENT


def test_a_state_added_to_the_name_outweighs_a_shared_domain() -> None:
    verdict = relation("Mayo Clinic Arizona", ["Mayo Clinic"], "mayo.edu", frozenset({"mayo.edu"}))
    assert verdict is Relation.DIFFERENT


def test_a_shared_domain_does_not_make_one_campus_of_two() -> None:
    lubbock = ["Texas Tech University Health Sciences Center"]
    verdict = relation("Texas Tech University Health Sciences Center at Amarillo", lubbock, "ttuhsc.edu", frozenset({"ttuhsc.edu"}))
    assert verdict is Relation.UNSURE
    school = "Texas Tech University Health Sciences Center School of Medicine"
    assert relation(school, lubbock, "ttuhsc.edu", frozenset({"ttuhsc.edu"})) is Relation.SAME
    permian = ["Texas Tech University Health Sciences Center Permian Basin"]
    amarillo = "Texas Tech University Health Sciences Center at Amarillo"
    assert relation(amarillo, permian, "ttuhsc.edu", frozenset({"ttuhsc.edu"})) is Relation.UNSURE


def test_a_record_that_knows_one_campus_keeps_another_apart_however_the_rest_agrees() -> None:
    # The record knows the whole name, its initials and its Lubbock campus; the message's name
    # (with the initials and campus it gives beside it) names another campus of the same school.
    lubbock = ["Texas Tech University Health Sciences Center", "TTUHSC", "TTUHSC Lubbock"]
    permian = ("TTUHSC Permian Basin",)
    name = "Texas Tech University Health Sciences Center Permian Basin"
    assert relation(name, lubbock, "ttuhsc.edu", frozenset({"ttuhsc.edu"}), also=permian) is Relation.UNSURE
    # ... and a campus after one of the record's whole names, though another of them says more
    school = ["Texas Tech University Health Sciences Center School of Medicine", "Texas Tech University Health Sciences Center"]
    assert relation("Texas Tech University Health Sciences Center at Amarillo", school) is Relation.UNSURE
    # the record that knows that very campus is the same
    assert relation("TTUHSC Lubbock", lubbock) is Relation.SAME


def test_the_users_decisions_win_over_the_names() -> None:
    apart = {tuple(sorted((read_name("UPMC").key, read_name("UPMC Presbyterian").key))): False}
    assert relation("UPMC Presbyterian", ["UPMC"], decisions=apart) is Relation.DIFFERENT  # type: ignore[arg-type]
    same = {tuple(sorted((read_name("Corewell East").key, read_name("Beaumont Royal Oak").key))): True}
    assert relation("Corewell East", ["Beaumont Royal Oak"], decisions=same) is Relation.SAME  # type: ignore[arg-type]


def test_the_display_name_is_the_fullest_spelling() -> None:
    names = ["UPMC", "UPMC Medical Education", "University of Pittsburgh Medical Center"]
    assert fullest(names) == "University of Pittsburgh Medical Center"
    assert fullest(["OHSU", "Oregon Health & Science University"]) == "Oregon Health & Science University"


def test_platforms_and_personal_mailboxes_say_nothing_about_the_program() -> None:
    assert registered_domain("coordinator@med.umich.edu") == "umich.edu"
    assert registered_domain("noreply@thalamusgme.com") is None
    assert registered_domain("classmate@gmail.com") is None


def test_a_booking_names_an_institution_only_with_a_word_for_one() -> None:
    assert names_an_institution("Lakeshore Health")
    assert names_an_institution("OHSU")
    assert names_an_institution("St. Mary's Hospital")
    assert not names_an_institution("United")
    assert not names_an_institution("Hilton Garden Inn")


def test_addresses_in_different_states_are_different_campuses() -> None:
    minnesota = places_in("Mayo Clinic\n200 First Street SW\nRochester, MN 55905")
    arizona = places_in("Mayo Clinic Arizona\n5777 E. Mayo Blvd, Phoenix, AZ 85054")
    assert minnesota == {"MN"} and arizona == {"AZ"}
    name_alone = relation("Mayo Clinic College of Medicine and Science", ["Mayo Clinic Hospital"])
    assert name_alone is Relation.SAME
    apart = relation(
        "Mayo Clinic College of Medicine and Science", ["Mayo Clinic Hospital"],
        places=minnesota, known_places=arizona,
    )
    assert apart is Relation.DIFFERENT
    same_state = relation("Saint Joseph's Hospital", ["St. Joseph's"], places=arizona, known_places=arizona)
    assert same_state is Relation.SAME


def test_a_possessive_apart_is_a_question_not_one_hospital() -> None:
    # St. Joseph's in Phoenix and Saint Joseph in Denver: one saint, two hospitals.
    phoenix, denver = "St. Joseph's Hospital and Medical Center", "Intermountain Health Saint Joseph Hospital"
    assert relation(phoenix, [denver]) is Relation.UNSURE
    assert relation("Saint Joseph Hospital", ["St. Joseph's"]) is Relation.UNSURE
    assert relation("Brigham and Womens Hospital", ["Brigham and Women's"]) is Relation.SAME
    assert relation("St Josephs Hospital", ["St. Joseph's Hospital and Medical Center"]) is Relation.SAME


def test_a_known_short_name_with_a_word_for_the_place_is_still_known() -> None:
    assert relation("WashU Medicine", ["Washington University in St. Louis"]) is Relation.SAME
    assert relation("Penn Medicine", ["University of Pennsylvania"]) is Relation.SAME
    assert relation("UW Health", ["UW Medicine"]) is not Relation.SAME
    assert relation("WashU Medicine", ["University of Washington"]) is not Relation.SAME


def test_initials_of_a_name_joined_by_a_slash() -> None:
    assert relation("P/SL", ["Presbyterian/St. Luke's Medical Center"]) is Relation.SAME
    assert relation("SJHMC", ["St. Joseph's Hospital and Medical Center"]) is Relation.SAME


def test_a_state_code_without_a_zip_code_is_no_address() -> None:
    assert places_in("Interviews are in person OR virtual, see you IN November") == frozenset()


@pytest.mark.parametrize(
    ("program", "text", "sender", "names"),
    [
        ("Lakeview Health Dearborn Hospital", "at Lakeview Health Dearborn Hospital (Ridgeway Dearborn). You", "",
         ["Ridgeway Dearborn"]),
        ("Corewell Health Royal Oak Hospital", "at Corewell Health Royal Oak Hospital (formerly Beaumont Hospital)", "",
         ["Beaumont Hospital"]),
        ("Barnes-Jewish Hospital", "Washington University in St. Louis / Barnes-Jewish Hospital Internal Medicine", "",
         ["Washington University"]),
        # a campus after a dash stays with the name
        ("Banner – University Medical Center Phoenix",
         "Banner – University Medical Center Phoenix (University of Arizona College of Medicine – Phoenix)", "",
         ["University of Arizona College of Medicine – Phoenix"]),
        # the program's own mailbox signs with a name that shares a word of its own with the program
        ("Mayo Clinic", "Thank you", "Mayo Clinic Arizona General Surgery Residency", ["Mayo Clinic Arizona"]),
        # a university and its school joined by a dash, either way round; a campus after a dash is no name
        ("Quillen College of Medicine",
         "East Tennessee State University - Quillen College of Medicine (OB/GYN) has invited you", "",
         ["East Tennessee State University"]),
        ("East Tennessee State University",
         "Program: East Tennessee State University – Quillen College of Medicine", "",
         ["Quillen College of Medicine"]),
        ("University of Florida College of Medicine", "University of Florida College of Medicine – Jacksonville", "",
         []),
        # a place, a format, a person or a short name every campus shares says nothing
        ("Kaiser Permanente Northern California", "Kaiser Permanente Northern California (Oakland) (PGY-1)", "", []),
        ("Duke University Hospital", "Thank you", "Ortiz, Melissa", []),
        ("University of Wisconsin Hospitals and Clinics", "Thank you", "UW Surgery Residency", []),
    ],
)
def test_other_names_a_message_gives_its_program(program: str, text: str, sender: str, names: list[str]) -> None:
    assert other_names(program, text, sender) == names


def test_of_one_messages_names_the_most_specific_count() -> None:
    assert most_specific(["Mayo Clinic", "Mayo Clinic Arizona"]) == ["Mayo Clinic Arizona"]
    assert relation("Mayo Clinic", ["Mayo Clinic Arizona"], also=("Mayo Clinic Arizona",)) is Relation.SAME
    assert relation("Mayo Clinic", ["Mayo Clinic"], also=("Mayo Clinic Arizona",)) is Relation.DIFFERENT


def test_initials_of_a_run_of_words_and_one_word_left_out() -> None:
    jacksonville = "University of Florida College of Medicine – Jacksonville"
    assert relation("UF Health Jacksonville", [jacksonville]) is Relation.SAME
    assert relation("BSW Temple", ["Baylor Scott & White – Temple"]) is Relation.SAME
    assert relation("UAB", ["UAB Heersink School of Medicine"]) is Relation.SAME
    medstar = "MedStar Georgetown University Hospital/Washington Hospital Center"
    assert relation("MedStar Georgetown/Washington Hospital Center", [medstar]) is Relation.SAME
    # two letters alone are read into no longer name
    assert relation("MedStar Georgetown/Washington Hospital Center", ["GW"]) is not Relation.SAME


def test_a_longer_name_that_adds_words_of_its_own_is_something_more_particular() -> None:
    assert relation("Baylor College of Medicine", ["Baylor Scott & White Medical Center"]) is not Relation.SAME
    assert relation("Ochsner Medical Center", ["Ochsner Clinic Foundation"]) is Relation.SAME
    assert relation("University of Florida", [jacksonville := "University of Florida College of Medicine – Jacksonville"]) is (
        Relation.UNSURE
    ), jacksonville


def test_the_new_name_before_formerly_is_another_name() -> None:
    text = "HCA Houston Healthcare Clear Lake (formerly Clear Lake Regional Medical Center)"
    assert other_names("Clear Lake Regional Medical Center", text) == ["HCA Houston Healthcare Clear Lake"]


def test_a_state_after_of_is_part_of_the_name_not_a_campus() -> None:
    assert relation("Augusta University", ["Medical College of Georgia at Augusta University"]) is Relation.SAME
    assert relation("Mayo Clinic", ["Mayo Clinic Arizona"]) is Relation.DIFFERENT


def test_a_known_short_name_is_that_institution_not_any_whose_initials_it_spells() -> None:
    # CHP is Children's Hospital of Pittsburgh, though "Children's Hospital of Philadelphia" skips "of" to CHP.
    assert relation("CHP", ["Children's Hospital of Philadelphia"]) is not Relation.SAME
    assert relation("CHP", ["Children's Hospital of Pittsburgh of UPMC"]) is Relation.SAME
    assert relation("RWJ", ["Rutgers Robert Wood Johnson Medical School"]) is Relation.SAME


@pytest.mark.parametrize(
    ("named", "text", "fullest"),
    [
        # the same words carried on
        ("Denver Health", "Denver Health invites you.\nDenver Health Medical Center, 777 Bannock St", "Denver Health Medical Center"),
        # an acronym spelled out letter by letter
        ("OHSU", "OHSU Psychiatry\nOregon Health & Science University\nPortland, Oregon", "Oregon Health & Science University"),
        # an acronym of the words a name begins with, or of those after its "at"
        ("OSU", "OSU Surgery\nThe Ohio State University Wexner Medical Center | Department of Surgery", "Ohio State University Wexner Medical Center"),
        ("ECU", "Interviews at the ECU Family Medicine Center.\nBrody School of Medicine at East Carolina University", "Brody School of Medicine at East Carolina University"),
        ("OSU Wexner Medical Center", "OSU Wexner Medical Center\nOhio State University Wexner Medical Center", "Ohio State University Wexner Medical Center"),
        ("MCW", "MCW Surgery\nFroedtert Hospital, Milwaukee", "MCW"),
        ("MIR", "Your MIR interview\nMallinckrodt Institute of Radiology | Washington University School of Medicine", "Mallinckrodt Institute of Radiology"),
        # the place after the specialty a department is named for
        ("BCM", "On behalf of the Henry J.N. Taub Department of Emergency Medicine at Baylor College of Medicine", "Baylor College of Medicine"),
        # another campus is never a fuller name for the one named
        ("Mayo Clinic", "Mayo Clinic\nAlso see Mayo Clinic Arizona and Mayo Clinic Florida.", "Mayo Clinic"),
        # words put before the name make a system or a part of it, not the same name in full
        ("Lancaster General Hospital", "Penn Medicine Lancaster General Health", "Lancaster General Hospital"),
        ("RWJ", "Children's Hospital at Robert Wood Johnson University Hospital", "RWJ"),
        # a sibling of one core is no fuller; a place alone is no name
        ("Duke University Hospital", "Duke University School of Medicine", "Duke University Hospital"),
        ("UCSF", "San Francisco, California", "UCSF"),
        # up to its specialty, wrapped or not; never a sentence's first word before "the"
        ("Cedars-Sinai", "the Cedars-Sinai Obstetrics and\nGynecology Residency", "Cedars-Sinai"),
        ("St. Brendan's Hospital", "Join the St. Brendan's Hospital residents for dinner.", "St. Brendan's Hospital"),
        # a state university's campus after a comma, and after the specialty's "Program at the"
        ("UCSF", "UCSF Emergency Medicine\nUniversity of California, San Francisco", "University of California, San Francisco"),
        ("UC Davis", "Thank you.\nUniversity of California, Davis", "University of California, Davis"),
        ("UCI Medical Center", "the Psychiatry Residency Program at the University of California, Irvine.", "University of California, Irvine"),
        ("UC Irvine", "University of California, Davis\nUC Irvine Health", "UC Irvine Health"),
        # the specialty's "General" is no part of the name; a hospital's is
        ("University of California, San Diego", "the UC San Diego General Psychiatry Residency", "University of California, San Diego"),
        # a name that is only a place stands for the one university named after it
        ("Utah", "Utah PM&R Residency Program\nUniversity of Utah Health", "University of Utah Health"),
        ("Utah Health", "Physical Medicine & Rehabilitation Residency at University of Utah Health", "University of Utah Health"),
        ("Washington", "University of Washington\nalso Washington University in St. Louis", "University of Washington"),
        ("Pennsylvania Hospital", "Hospital of the University of Pennsylvania", "Pennsylvania Hospital"),
        # where, not a fuller name
        ("Denver Health Medical Center", "In person - Denver Health Main Campus", "Denver Health Medical Center"),
    ],
)
def test_the_fullest_spelling_one_message_gives_its_program(named: str, text: str, fullest: str) -> None:
    assert spelled_in_full(named, text) == fullest


def test_a_systems_name_alone_is_the_one_place_its_mail_signs_with() -> None:
    signed = "Your interview is Wednesday.\nAtrium Health Carolinas Medical Center · Department of Family Medicine\n"
    assert other_names("Atrium Health", signed) == ["Atrium Health Carolinas Medical Center"]
    # and so it is that record's mail, not a question
    assert relation("Atrium Health", ["Carolinas Medical Center"], also=("Atrium Health Carolinas Medical Center",)) is Relation.SAME
    # a part of the place is no other place; several places say none of them
    assert other_names("Cleveland Clinic", "Check in at the Cleveland Clinic Main Campus, Building NA.") == []
    listed = "Mayo Clinic Hospital in Arizona, Mayo Clinic Health System and Mayo Clinic Florida Medical Center"
    assert other_names("Mayo Clinic", listed) == []


def test_the_program_number_eras_gives_a_program() -> None:
    assert program_number("Program:     UPMC Medical Education Program - Pediatrics (3204131201)") == "3204131201"
    assert program_number("From: CoxHealth Family Medicine Residency (Program ID 1202811XXX)") is None
    assert program_number("Program ID: 4002621155\nProgram ID: 4002621155") == "4002621155"
    # a list of programs names no one of them; a telephone number is none
    assert program_number("Pediatrics (3204131201) and Pediatrics (3203321079)") is None
    assert program_number("Call us at (913) 588-6751 or 9135886751.") is None


def test_a_name_of_a_place_alone_within_another_is_a_question_even_from_one_systems_domain() -> None:
    # Penn runs two Internal Medicine programs: the University's hospital and Pennsylvania Hospital.
    penn = ["Penn Medicine", "Hospital of the University of Pennsylvania"]
    assert relation("Pennsylvania Hospital", penn) is Relation.UNSURE
    domain = "upenn.edu"
    assert relation("Pennsylvania Hospital", penn, domain, frozenset({domain})) is Relation.UNSURE
    # the same words are still the same place
    assert relation("Denver Health Medical Center", ["Denver Health"]) is Relation.SAME


def test_a_campus_the_other_name_does_not_name_is_another_hospital() -> None:
    maryland = "University of Maryland Medical Center"
    assert relation("University of Maryland Medical Center Midtown Campus", [maryland]) is Relation.UNSURE
    # what kind of campus it is, or a campus both name, is no other place
    assert relation("UAB Montgomery", ["UAB Montgomery Regional Medical Campus"]) is Relation.SAME
    assert relation("Cleveland Clinic Main Campus", ["Cleveland Clinic"]) is Relation.SAME


def test_a_word_of_its_own_after_a_systems_name_is_another_of_its_hospitals() -> None:
    assert relation("Mount Sinai Hospital", ["Mount Sinai Morningside and Mount Sinai West"]) is Relation.UNSURE
    assert relation("Johns Hopkins Hospital", ["Johns Hopkins Bayview Medical Center"]) is Relation.UNSURE
    # its university's school, or the system's name whole inside the longer one, is the same place
    assert relation("Tulane Medical Center", ["Tulane University School of Medicine"]) is Relation.SAME
    assert relation("Penn State Health", ["Penn State Health Milton S. Hershey Medical Center"]) is Relation.SAME
