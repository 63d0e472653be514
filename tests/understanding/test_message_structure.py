"""The message's structure, read for the program, the platform and the format: the signature block
before the first line that names an institution; a person signing "and the" program; the earlier
mail a one-line reply quotes, for what the new part does not say; a platform named only in passing
is not the one the mail came through. The mail is in tests/data/mail/dates/."""

from __future__ import annotations

from mail import load
from test_classification_helpers import APPLICANT

from tracker.understanding.classify import Classification, classify
from tracker.understanding.extraction import detect_format, split_quoted
from tracker.understanding.message import parse_message
from tracker.understanding.programs import clean_program, detect_program, signature_block


def read(name: str) -> Classification:
    return classify(parse_message(load(f"dates/{name}.eml")), applicant=APPLICANT)


def test_a_one_line_reply_takes_program_and_format_from_the_mail_it_quotes():
    result = read("one-line-reply-above-the-quoted-invitation")
    assert (result.kind, result.program, result.format) == ("scheduled", "Ravenhollow Hospital", "virtual")
    assert result.specialty == "Pathology-Anatomic and Clinical"


def test_the_quoted_mail_is_kept_apart_without_its_marks():
    new, quoted = split_quoted("Fine by me.\n\nOn Mon, Dana wrote:\n> Dec 10?\n>> Ravenhollow Hospital\n")
    assert new.strip() == "Fine by me."
    assert quoted.splitlines()[-2:] == ["Dec 10?", "Ravenhollow Hospital"]


def test_a_person_signing_and_the_program_is_not_the_program():
    result = read("signed-by-a-person-and-the-program")
    assert (result.kind, result.program) == ("rejection", "Cresswell Medical Center")


def test_the_signature_block_names_the_program_before_an_earlier_mention():
    text = (
        "Thank you for applying to the research fellow position in my lab (Cardiac Group, Kingsbridge\n"
        "Institute for Biomedical Research).\n\nBest,\nIngrid Halloway, PhD\nPrincipal Investigator\n"
        "Kingsbridge Institute for Biomedical Research\n"
    )
    assert signature_block(text) == [
        "Ingrid Halloway, PhD",
        "Principal Investigator",
        "Kingsbridge Institute for Biomedical Research",
    ]
    assert (
        detect_program("Fellowship", text, "Ingrid Halloway")
        == "Kingsbridge Institute for Biomedical Research"
    )
    assert signature_block("No closing here.\nJust lines.") == []


def test_a_place_in_a_city_and_a_field_name_in_capitals_are_no_part_of_the_name():
    assert clean_program("Pinecrest University Health in Lake Arden") == "Pinecrest University Health"
    assert clean_program("PROGRAM     Kestrel Point Medical Center") == "Kestrel Point Medical Center"


def test_a_platform_named_in_passing_is_not_the_one_the_mail_came_through():
    result = read("platform-named-in-passing")
    assert (result.kind, result.platform) == ("invitation", "email")


def test_a_virtual_portion_and_an_on_site_afternoon_are_hybrid_but_a_second_look_is_not():
    assert (
        detect_format("Virtual portion (Zoom): 8 AM to noon.\n\nOptional on-site afternoon: tours.")
        == "hybrid"
    )
    assert (
        detect_format("Interviews are virtual. An optional in-person second look is in February.")
        == "virtual"
    )
