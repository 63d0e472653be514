"""Check season-f: Maildir <-> truth.toml consistency.  Run: python3 check.py"""
import os, re, sys, tomllib
from collections import Counter
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CUR = os.path.join(ROOT, "mail", "cur")
STATUSES = {"invited", "scheduled", "completed", "waitlisted", "rejected", "declined", "cancelled"}
TRACKS = {"categorical", "preliminary", "advanced", "transitional"}
NAME_RE = re.compile(r"^(\d+)\.M(\d{3})P1\.([a-z0-9-]+):2,S$")

errors = []
def err(s):
    errors.append(s)

with open(os.path.join(ROOT, "truth.toml"), "rb") as f:
    truth = tomllib.load(f)

files = sorted(os.listdir(CUR))
owner = Counter()
for fn in truth["unrelated"]:
    owner[fn] += 1
keys = Counter()
for p in truth["program"]:
    keys[p["key"]] += 1
    for fld in ("key", "institution", "specialty", "track", "invited", "final_status", "messages"):
        if fld not in p:
            err(f"program {p.get('key')} lacks {fld}")
    if p["track"] not in TRACKS:
        err(f"{p['key']}: bad track {p['track']}")
    if p["final_status"] not in STATUSES:
        err(f"{p['key']}: bad status {p['final_status']}")
    if not p["messages"]:
        err(f"{p['key']}: no messages")
    if p["final_status"] in {"scheduled", "completed", "declined", "cancelled", "invited"} and not p["invited"]:
        err(f"{p['key']}: status {p['final_status']} but invited=false")
    if p["final_status"] == "waitlisted" and p["invited"]:
        err(f"{p['key']}: waitlisted but invited=true")
    for fn in p["messages"]:
        owner[fn] += 1
for k, c in keys.items():
    if c > 1:
        err(f"duplicate program key {k}")

listed = set(owner)
for fn in files:
    if owner[fn] != 1:
        err(f"{fn}: listed {owner[fn]} times (must be exactly once)")
for fn in listed - set(files):
    err(f"{fn}: in truth.toml but not in mail/cur")

# parse every file; filename timestamp == Date header; running number in date order
parser = BytesParser(policy=policy.default)
seen_ids = set()
prev = None
nums = []
for fn in files:
    m = NAME_RE.match(fn)
    if not m:
        err(f"{fn}: bad file name")
        continue
    ts, num = int(m.group(1)), int(m.group(2))
    try:
        with open(os.path.join(CUR, fn), "rb") as f:
            msg = parser.parse(f)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err(f"{fn}: missing {h}")
        d = parsedate_to_datetime(str(msg["Date"]))
        if int(d.timestamp()) != ts:
            err(f"{fn}: Date header {msg['Date']} != file timestamp")
        mid = str(msg["Message-ID"])
        if mid in seen_ids:
            err(f"{fn}: duplicate Message-ID")
        seen_ids.add(mid)
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None or not body.get_content().strip():
            err(f"{fn}: no readable body")
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()  # decodes qp/base64; raises on garbage
    except Exception as e:  # noqa
        err(f"{fn}: does not parse: {e!r}")
        continue
    nums.append((ts, num))
order = sorted(nums)
if [n for _, n in order] != list(range(1, len(order) + 1)):
    err("running numbers are not 1..N in date order")

# counts == invited programs per specialty
inv = Counter(p["specialty"] for p in truth["program"] if p["invited"])
cnt = truth["counts"]
for spec in set(inv) | set(cnt):
    if inv.get(spec, 0) != cnt.get(spec, 0):
        err(f"counts[{spec}] = {cnt.get(spec)} but {inv.get(spec, 0)} invited programs")

# as_of must be after the last message
from datetime import datetime
as_of = datetime.fromisoformat(truth["applicant"]["as_of"])
if nums and max(t for t, _ in nums) > as_of.timestamp():
    err("a message is dated after as_of")

if errors:
    print("FAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print(f"OK: {len(files)} messages, {len(truth['program'])} programs "
      f"({sum(p['invited'] for p in truth['program'])} invited), {len(truth['unrelated'])} unrelated; "
      f"counts {dict(cnt)}")
