#!/usr/bin/env python3
"""Generate batch b17: 80 .eml files + labels.toml (standard library only).
Run from anywhere:  python3 _gen/gen.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402
import msgs_inv, msgs_wl_rej, msgs_sch_rem_can, msgs_info_other  # noqa: E402,F401

KEY_ORDER = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates",
             "respond_by", "schedule_url"]


def tq(v):
    if isinstance(v, list):
        return "[" + ", ".join(tq(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def main():
    names = [m["fn"] for m in lib.MESSAGES]
    assert len(names) == len(set(names)), "duplicate file names"
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    lines = ["[applicant]",
             f'email = "{lib.APPLICANT_EMAIL}"',
             'timezone = "America/Denver"',
             f'name = "{lib.APPLICANT_NAME}"', ""]
    for m in sorted(lib.MESSAGES, key=lambda m: m["fn"]):
        with open(os.path.join(OUT, m["fn"]), "wb") as fh:
            fh.write(lib.build(m))
        lab = m["label"]
        extra = set(lab) - set(KEY_ORDER)
        assert not extra, (m["fn"], extra)
        lines.append(f'["{m["fn"]}"]')
        for k in KEY_ORDER:
            if k in lab and lab[k] not in (None, [], ""):
                lines.append(f"{k} = {tq(lab[k])}")
        lines.append("")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    print(f"wrote {len(lib.MESSAGES)} messages to {OUT}")


if __name__ == "__main__":
    main()
