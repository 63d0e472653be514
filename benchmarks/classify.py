"""Classification throughput on one core over the labelled corpus: `python benchmarks/classify.py`.

Prints messages per second for parse + classify (the target is at least 500/s, so classification never
slows a sync), for classify alone, and for a bare stdlib parse of the same bytes measured in the same
run, with the ratios between them.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import os
import time
from collections.abc import Callable
from pathlib import Path

from tracker.config import Applicant
from tracker.understanding.classify import classify
from tracker.understanding.message import parse_message

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"
TARGET = 500.0


def rate(work: Callable[[], None], count: int, seconds: float) -> float:
    """Messages per second of `work` (one pass = `count` messages), repeated for about `seconds`."""
    work()  # warm up: compiled patterns, imports
    passes = 0
    started = time.perf_counter()
    while True:
        work()
        passes += 1
        elapsed = time.perf_counter() - started
        if elapsed >= seconds:
            return passes * count / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    raws = [path.read_bytes() for path in sorted(CORPUS.glob("*.eml"))]
    parsed = [parse_message(raw) for raw in raws]
    applicant = Applicant(email="jordan.lee.match2027@gmail.com")

    def baseline() -> None:
        for raw in raws:
            email.message_from_bytes(raw, policy=email.policy.default).get_body()

    def parse_and_classify() -> None:
        for raw in raws:
            classify(parse_message(raw), applicant=applicant)

    def classify_only() -> None:
        for message in parsed:
            classify(message, applicant=applicant)

    base = rate(baseline, len(raws), args.seconds)
    full = rate(parse_and_classify, len(raws), args.seconds)
    alone = rate(classify_only, len(raws), args.seconds)
    print(f"corpus: {len(raws)} messages, one core")
    print(f"baseline (stdlib parse only):   {base:9.0f} msg/s")
    print(f"parse + classify:               {full:9.0f} msg/s  ({full / base:.2f}x baseline)")
    print(f"classify only:                  {alone:9.0f} msg/s  ({alone / base:.2f}x baseline)")
    verdict = "meets" if full >= TARGET else "MISSES"
    print(f"target {TARGET:.0f} msg/s for parse + classify: {verdict} ({full / TARGET:.2f}x target)")


if __name__ == "__main__":
    main()
