"""tracker/config.example.toml, shipped in the package, loads, documents every key the code reads
(found by walking the pydantic models in tracker/config.py), documents nothing the code does not
read, and its commented-out examples are valid when uncommented."""

from __future__ import annotations

import re
import tomllib
import typing
from types import UnionType

from pydantic import BaseModel

from tracker.config import EXAMPLE_CONFIG, Config, load_config, parse_config

EXAMPLE = EXAMPLE_CONFIG

_HEADER = re.compile(r"^#?\s*(\[\[?)([a-z_]+)\]\]?\s*$")
_KEY = re.compile(r'^(#\s*)?("[^"]+"|[A-Za-z_][A-Za-z0-9_]*)\s*=')


def _model_of(annotation: object) -> type[BaseModel] | None:
    """The BaseModel inside `Smtp | None` or `list[Rule]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, UnionType, list):
        for arg in typing.get_args(annotation):
            if (model := _model_of(arg)) is not None:
                return model
    return None


def keys_the_code_reads() -> dict[str, set[str]]:
    """section → keys, from the Config model and each section's model (aliases as written in TOML)."""
    sections: dict[str, set[str]] = {}
    for name, field in Config.model_fields.items():
        if field.exclude:
            continue  # not read from the file (e.g. `source`)
        model = _model_of(field.annotation)
        assert model is not None, f"Config.{name} is not a section"
        sections[name] = {f.alias or key for key, f in model.model_fields.items()}
    return sections


def documented_keys() -> tuple[dict[str, set[str]], dict[tuple[str, str], bool]]:
    """section → keys in the example, active or commented out, and whether each key is explained:
    by an inline comment or by a comment line in its paragraph (the lines between blank lines)."""
    sections: dict[str, set[str]] = {}
    has_comment: dict[tuple[str, str], bool] = {}
    section = ""
    paragraph: list[tuple[str, str]] = []  # the keys of the current paragraph
    explained = False

    def close_paragraph() -> None:
        for key in paragraph:
            has_comment[key] = has_comment.get(key, False) or explained

    for raw in EXAMPLE.read_text().splitlines() + [""]:
        line = raw.strip()
        if not line:
            close_paragraph()
            paragraph, explained = [], False
            continue
        if header := _HEADER.match(line):
            section = header.group(2)
            sections.setdefault(section, set())
            continue
        key = _KEY.match(line)
        if key and section:
            name = key.group(2).strip('"')
            sections[section].add(name)
            paragraph.append((section, name))
            if "#" in line[key.end() :].split('"')[-1]:
                has_comment[(section, name)] = True
        elif line.startswith("#"):
            explained = True
    return sections, has_comment


def test_example_config_loads() -> None:
    config = load_config(EXAMPLE)
    assert config.applicant.name == "Jordan Lee"


def test_example_documents_every_key_the_code_reads() -> None:
    documented, _ = documented_keys()
    missing = {
        f"[{section}] {key}"
        for section, keys in keys_the_code_reads().items()
        for key in keys
        if key not in documented.get(section, set())
    }
    assert missing == set()


def test_every_documented_key_has_a_comment() -> None:
    _, has_comment = documented_keys()
    reads = keys_the_code_reads()
    undocumented = sorted(
        f"[{section}] {key}"
        for (section, key), commented in has_comment.items()
        if not commented and key in reads.get(section, set())
    )
    assert undocumented == []


def test_example_documents_nothing_the_code_does_not_read() -> None:
    documented, _ = documented_keys()
    reads = keys_the_code_reads()
    assert set(documented) <= set(reads)
    stale = {
        f"[{section}] {key}"
        for section, keys in documented.items()
        for key in keys
        # [goals] also takes one key per ERAS specialty name.
        if key not in reads[section] and not (section == "goals" and " " in key)
    }
    assert stale == set()


def test_commented_out_sections_are_valid_when_uncommented() -> None:
    """The `# [smtp]` and `# [[rules]]` examples: uncomment them and the config still loads."""
    lines = EXAMPLE.read_text().splitlines()
    blocks: list[str] = []
    for index, line in enumerate(lines):
        if line.startswith("# [") and _HEADER.match(line.strip()):
            block = [line[2:]]
            for following in lines[index + 1 :]:
                if not following.startswith("#"):
                    break
                text = following[1:].strip()
                if _KEY.match(text):
                    block.append(text)
            blocks.append("\n".join(block))
    assert any("[smtp]" in b for b in blocks) and any("[[rules]]" in b for b in blocks)
    base = tomllib.loads(EXAMPLE.read_text())
    for block in blocks:
        data = dict(base)
        extra = tomllib.loads(block)
        data.update(extra)
        config = parse_config(data)
        assert config is not None
