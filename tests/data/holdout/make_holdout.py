"""Write the held-out classification set: tests/data/holdout/*.eml and labels.toml (see README.md).

Written independently of the classifier and of tests/data/corpus, to measure how the classification
generalises. Fictional programs and people. Run: .venv/bin/python tests/data/holdout/make_holdout.py
"""

from __future__ import annotations

import email
import email.policy
import textwrap
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
APPLICANT = "Jordan Lee <jordan.lee.match2027@gmail.com>"
APPLICANT_ADDR = "jordan.lee.match2027@gmail.com"


@dataclass
class Mail:
    name: str
    sender: str
    subject: str | None
    date: str
    labels: dict[str, Any]
    text: str | None = None
    html: str | None = None
    to: str = APPLICANT
    charset: str = "utf-8"
    cte: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    ics: str | None = None
    attached_eml: bytes | None = None
    unwrap: bool = False


def _unwrap(text: str) -> str:
    """Join the lines of each paragraph, as mail clients that do not wrap send them."""
    paragraphs = text.split("\n\n")
    out = []
    for para in paragraphs:
        lines = para.split("\n")
        prose = len(lines[0]) > 60
        if not prose or any(line.startswith(("  ", "-", "*", ">", "•")) for line in lines):
            out.append(para)
        else:
            out.append(" ".join(lines))
    return "\n\n".join(out)


def build(mail: Mail) -> bytes:
    msg = EmailMessage()
    msg["From"] = mail.sender
    msg["To"] = mail.to
    if mail.subject is not None:
        msg["Subject"] = mail.subject
    msg["Date"] = mail.date
    domain = mail.sender.rsplit("@", 1)[-1].rstrip(">")
    msg["Message-ID"] = f"<{mail.name.removesuffix('.eml')}.holdout@{domain}>"
    for key, value in mail.headers.items():
        msg[key] = value
    text = textwrap.dedent(mail.text).strip() + "\n" if mail.text else None
    if text and mail.unwrap:
        text = _unwrap(text)
    html = textwrap.dedent(mail.html).strip() + "\n" if mail.html else None
    kwargs: dict[str, Any] = {"charset": mail.charset}
    if mail.cte:
        kwargs["cte"] = mail.cte
    if text is not None:
        msg.set_content(text, **kwargs)
        if html is not None:
            msg.add_alternative(html, subtype="html", **kwargs)
    elif html is not None:
        msg.set_content(html, subtype="html", **kwargs)
    if mail.ics is not None:
        ics = textwrap.dedent(mail.ics).strip().replace("\n", "\r\n") + "\r\n"
        msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="interview.ics")
    if mail.attached_eml is not None:
        inner = email.message_from_bytes(mail.attached_eml, policy=email.policy.default)
        msg.add_attachment(inner)
    # Fixed MIME boundaries, so that regenerating the set changes nothing.
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=={mail.name.removesuffix('.eml')}-{index}==")
    return msg.as_bytes()


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> None:
    from mail_batch2 import BATCH2
    from mail_batch3 import BATCH3
    from mail_batch4 import BATCH4
    from mail_batch5 import BATCH5
    from mail_batch6 import BATCH6
    from mail_batch7 import BATCH7
    from mail_batch8 import BATCH8
    from mail_batch9 import BATCH9
    from mail_batch10 import BATCH10
    from mail_batch11 import BATCH11
    from mail_batch12 import BATCH12
    from mail_invitations import INVITATIONS
    from mail_others import OTHERS

    MAILS = INVITATIONS + OTHERS + BATCH2 + BATCH3 + BATCH4 + BATCH5 + BATCH6 + BATCH7 + BATCH8 + BATCH9
    MAILS += BATCH10 + BATCH11 + BATCH12

    for old in HERE.glob("*.eml"):
        old.unlink()
    lines = [
        "# Held-out labels, written independently of the classifier (make_holdout.py).",
        '# A key that is absent is not checked; "" means the field must be null.',
        "",
        "[applicant]",
        f'email = "{APPLICANT_ADDR}"',
        'timezone = "America/New_York"',
        'name = "Jordan Lee"',
        "",
    ]
    names = set()
    for mail in MAILS:
        assert mail.name not in names, mail.name
        names.add(mail.name)
        (HERE / mail.name).write_bytes(build(mail))
        lines.append(f'["{mail.name}"]')
        for key, value in mail.labels.items():
            lines.append(f"{key} = {toml_value(value)}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines))
    print(f"wrote {len(MAILS)} messages to {HERE}")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    main()
