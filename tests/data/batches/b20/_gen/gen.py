#!/usr/bin/env python3
"""Write batch b20: 80 .eml files, labels.toml and _gen/forms.json (deterministic)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402
import m_inv, m_wlrej, m_sched, m_misc  # noqa: E402

APPLICANT = {"email": lib.APP, "timezone": "America/Los_Angeles", "name": lib.APP_NAME}


def tq(v):
    if isinstance(v, list):
        return "[" + ", ".join(tq(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def main():
    for mod in (m_inv, m_wlrej, m_sched, m_misc):
        for f in mod.ALL:
            f()
    names = [n for n, *_ in lib.MSGS]
    assert len(names) == len(set(names)), "duplicate file names"
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    forms = {}
    for name, msg, label, fm in lib.MSGS:
        with open(os.path.join(OUT, name), "wb") as fp:
            fp.write(lib.to_bytes(msg))
        forms[name] = fm
    out = ["[applicant]"] + [f"{k} = {tq(v)}" for k, v in APPLICANT.items()] + [""]
    for name, _, label, _ in sorted(lib.MSGS, key=lambda x: x[0]):
        out.append(f'["{name}"]')
        out += [f"{k} = {tq(v)}" for k, v in label.items()]
        out.append("")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fp:
        fp.write("\n".join(out))
    with open(os.path.join(HERE, "forms.json"), "w", encoding="utf-8") as fp:
        json.dump(forms, fp, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"wrote {len(lib.MSGS)} messages")


if __name__ == "__main__":
    main()
