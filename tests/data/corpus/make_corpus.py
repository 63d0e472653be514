# ruff: noqa: E501  (letters are prose; long lines read better than split ones)
"""Write the labelled corpus: `python tests/data/corpus/make_corpus.py` (deterministic).

Every message here was written for this project. The wording varies on purpose (several letters per
kind, several senders, platforms, encodings and structures) so the tests measure the general signal of
each kind, not one phrasing. Labels go to labels.toml beside the .eml files.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).parent
ET = ZoneInfo("America/New_York")
APPLICANT = "jordan.lee.match2027@gmail.com"
PERSONAL = "jordan.lee.md@outlook.com"


@dataclass
class Program:
    name: str  # as a person writes it: the label
    domain: str
    written: str = ""  # how the letter names it, when it differs ("the University of ...")


PROGRAMS = [
    Program("Lakeshore University Medical Center", "lakeshoremed.org"),
    Program("University of Northfield", "northfield.edu"),
    Program("Cedar Valley Health", "cedarvalleyhealth.org"),
    Program("St. Brendan's Hospital", "stbrendans.org"),
    Program("Mercy Ridge Medical Center", "mercyridge.org"),
    Program("Pinecrest University Hospitals", "pinecrest-uh.org"),
    Program("Bayview Children's Hospital", "bayviewchildrens.org"),
    Program("Granite State University", "gsu-med.edu"),
    Program("Riverbend Health System", "riverbendhealth.org"),
    Program("Coastal Carolina Medical College", "ccmc.edu"),
    Program("Summit Valley Clinic", "summitvalleyclinic.org"),
    Program("Westbrook Memorial Hospital", "westbrookmemorial.org"),
    Program("Hollis University School of Medicine", "hollis.edu"),
    Program("Prairie Lakes Medical Center", "prairielakes.org"),
    Program("Ashford Regional Medical Center", "ashfordregional.org"),
    Program("Kingsbridge University", "kingsbridge.edu"),
    Program("Sunnyside Health Sciences University", "shsu.edu"),
    Program("Northgate Medical Center", "northgatemc.org"),
    Program("Eastview Hospital", "eastviewhospital.org"),
    Program("Oakmont University", "oakmont.edu"),
]

# (label, how mail writes it)
SPECIALTIES = [
    ("Internal Medicine", "Internal Medicine"),
    ("Surgery", "General Surgery"),
    ("Pediatrics", "Pediatrics"),
    ("Family Medicine", "Family Medicine"),
    ("Emergency Medicine", "Emergency Medicine"),
    ("Obstetrics and Gynecology", "OB/GYN"),
    ("Psychiatry", "Psychiatry"),
    ("Neurology", "Neurology"),
    ("Anesthesiology", "Anesthesiology"),
    ("Radiology-Diagnostic", "Diagnostic Radiology"),
    ("Orthopaedic Surgery", "Orthopedic Surgery"),
    ("Dermatology", "Dermatology"),
    ("Otolaryngology - Head and Neck Surgery", "Otolaryngology"),
    ("Physical Medicine and Rehabilitation", "PM&R"),
    ("Internal Medicine/Pediatrics", "Med-Peds"),
    ("Transitional Year", "Transitional Year"),
    ("Urology", "Urology"),
    ("Neurological Surgery", "Neurosurgery"),
    ("Pathology-Anatomic and Clinical", "Pathology"),
    ("Plastic Surgery-Integrated", "Plastic Surgery"),
    ("Radiation Oncology", "Radiation Oncology"),
    ("Child Neurology", "Child Neurology"),
    ("Vascular Surgery - Integrated", "Vascular Surgery"),
    ("Interventional Radiology - Integrated", "Interventional Radiology"),
]

COORDINATORS = ["Maria Alvarez", "Dana Whitfield", "Kevin O'Neill", "Priya Raman", "Tom Becker", "Lena Park"]


@dataclass
class Case:
    name: str
    kind: str
    subject: str
    body: str
    from_name: str
    from_addr: str
    sent: datetime
    labels: dict[str, object] = field(default_factory=dict)
    structure: str = "plain"  # plain | qp | base64 | html | alternative | cp1252 | latin1 | ics | fwd
    ics: str = ""
    links: list[str] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


def written_date(day: date, style: int) -> str:
    if style == 0:
        return f"{day:%A}, {day:%B} {day.day}"
    if style == 1:
        return f"{day:%a} {day:%b} {day.day}"
    if style == 2:
        return f"{day.month}/{day.day}"
    return f"{day:%B} {day.day}, {day.year}"


def html_of(text: str, links: list[str]) -> str:
    paragraphs = "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    anchors = "".join(f'<p><a href="{escape(u)}">Click here</a></p>' for u in links)
    return (
        "<html><head><style>p{font-family:Arial}</style></head><body>"
        f'<table role="presentation"><tr><td>{paragraphs}{anchors}</td></tr></table></body></html>'
    )


def build(case: Case) -> bytes:
    text = case.body
    if case.structure in {"html", "alternative"}:
        html = html_of(text, case.links)
        if case.structure == "html":
            message: EmailMessage | MIMEMultipart | MIMEText = MIMEText(html, "html", "utf-8")
        else:
            message = MIMEMultipart("alternative")
            message.attach(MIMEText(text + "\n\n" + "\n".join(case.links), "plain", "utf-8"))
            message.attach(MIMEText(html, "html", "utf-8"))
    elif case.structure == "ics":
        message = MIMEMultipart("mixed")
        message.attach(MIMEText(text, "plain", "utf-8"))
        part = MIMEBase("text", "calendar", method="REQUEST", charset="utf-8")
        part.set_payload(case.ics.encode("utf-8"))
        from email import encoders

        encoders.encode_base64(part)
        part.add_header("Content-Disposition", "attachment", filename="interview.ics")
        message.attach(part)
    else:
        charset = {"cp1252": "windows-1252", "latin1": "iso-8859-1"}.get(case.structure, "utf-8")
        message = MIMEText(text, "plain", charset)
        if case.structure == "base64" or case.structure == "qp":
            from email import charset as cs

            encoding = cs.BASE64 if case.structure == "base64" else cs.QP
            chosen = cs.Charset("utf-8")
            chosen.body_encoding = encoding
            message = MIMEText("", "plain")
            message.set_payload(text, chosen)
    message["From"] = f'"{case.from_name}" <{case.from_addr}>' if case.from_name else case.from_addr
    message["To"] = APPLICANT
    message["Subject"] = case.subject
    message["Date"] = format_datetime(case.sent)
    # Stable ids and boundaries: regenerating the corpus changes no file that did not change.
    message["Message-ID"] = f"<{case.name}@{case.from_addr.split('@')[-1]}>"
    if message.is_multipart():
        message.set_boundary(f"=_corpus_{case.name}")
    for key, value in case.headers.items():
        message[key] = value
    return message.as_bytes()


def ics(program: str, start: datetime, method: str = "REQUEST") -> str:
    stamp = start.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    end = (start + timedelta(hours=4)).astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Invite Tracker corpus//EN\r\n"
        f"METHOD:{method}\r\nBEGIN:VEVENT\r\nUID:{program.replace(' ', '')}-{stamp}@corpus\r\n"
        f"DTSTAMP:{stamp}\r\nDTSTART:{stamp}\r\nDTEND:{end}\r\n"
        f"SUMMARY:Residency interview - {program}\r\n"
        + ("STATUS:CANCELLED\r\n" if method == "CANCEL" else "")
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def main() -> None:
    from corpus_letters import HARD_CASES, LETTERS  # the letters live in their own module

    rng = random.Random(2027)
    cases: list[Case] = []
    structures = ["plain", "qp", "alternative", "html", "base64", "plain", "alternative", "cp1252", "latin1"]
    counter = 0
    for letter in LETTERS:
        for variant in range(letter.copies):
            counter += 1
            program = PROGRAMS[(counter * 7 + variant) % len(PROGRAMS)]
            specialty = SPECIALTIES[(counter * 5 + variant * 3) % len(SPECIALTIES)]
            structure = letter.structure or structures[(counter + variant) % len(structures)]
            case = letter.make(
                rng=rng,
                n=counter,
                program=program,
                specialty=specialty,
                coordinator=COORDINATORS[counter % len(COORDINATORS)],
                structure=structure,
            )
            cases.append(case)
    cases.extend(HARD_CASES())
    out = []
    for case in cases:
        (HERE / f"{case.name}.eml").write_bytes(build(case))
        out.append(f'["{case.name}.eml"]')
        for key, value in case.labels.items():
            out.append(f"{key} = {toml_value(value)}")
        out.append("")
    header = (
        "# Expected fields per corpus file (written by make_corpus.py). A key that is absent is not\n"
        '# checked; "" means the field must be null.\n\n'
        f'[applicant]\nemail = "{APPLICANT}"\ntimezone = "America/New_York"\nname = "Jordan Lee"\n\n'
    )
    (HERE / "labels.toml").write_text(header + "\n".join(out))
    print(f"wrote {len(cases)} messages")


def toml_value(value: object) -> str:
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    main()
