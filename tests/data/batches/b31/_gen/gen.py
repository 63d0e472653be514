"""Write batch b31: the 80 .eml files, labels.toml and _gen/zones.txt.   Usage: python3 _gen/gen.py"""
import os
import sys
from email.generator import BytesGenerator
from io import BytesIO

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import lib  # noqa: E402
import m_inv  # noqa: E402
import m_misc  # noqa: E402
import m_sched  # noqa: E402
import m_wlrej  # noqa: E402


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    for mod in (m_inv, m_wlrej, m_sched, m_misc):
        for f in mod.ALL:
            f()
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for fn, msg, labels, zone in lib.REG:
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\n")
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(buf.getvalue())
    out = ["[applicant]", f"email = {q(lib.ME)}", f"timezone = {q(lib.TZNAME)}", f"name = {q(lib.NAME)}", ""]
    for fn, msg, labels, zone in sorted(lib.REG, key=lambda r: r[0]):
        out.append(f"[{q(fn)}]")
        for k, v in labels.items():
            out.append(f"{k} = " + ("[" + ", ".join(q(x) for x in v) + "]" if isinstance(v, list) else q(v)))
        out.append("")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    with open(os.path.join(HERE, "zones.txt"), "w") as fh:
        for fn, msg, labels, zone in sorted(lib.REG, key=lambda r: r[0]):
            fh.write(f"{fn} {zone}\n")
    print(f"wrote {len(lib.REG)} messages")


if __name__ == "__main__":
    main()
