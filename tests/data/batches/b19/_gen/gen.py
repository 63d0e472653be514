"""Write the 80 b19 .eml files and labels.toml (standard library only, deterministic).

    python3 _gen/gen.py && python3 _gen/check.py
"""
import email.policy
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402
import inv, wlrej, sched, misc  # noqa: E402,F401

KEYS = ["kind", "program", "platform", "specialty", "track", "format", "interview_dates", "respond_by",
        "schedule_url"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = {}
    for fn in lib.REGISTRY:
        name, msg, lab = fn()
        assert name not in labels, name
        labels[name] = lab
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=email.policy.default))
    out = ["[applicant]", f"email = {q(lib.APPLICANT_EMAIL)}", f"timezone = {q(lib.APPLICANT_TZ)}",
           f"name = {q(lib.APPLICANT_NAME)}", ""]
    for name in sorted(labels):
        lab = labels[name]
        extra = set(lab) - set(KEYS)
        assert not extra, (name, extra)
        out.append(f"[{q(name)}]")
        for k in KEYS:
            if k not in lab:
                continue
            v = lab[k]
            if isinstance(v, list):
                out.append(f"{k} = [" + ", ".join(q(x) for x in v) + "]")
            else:
                out.append(f"{k} = {q(v)}")
        out.append("")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
