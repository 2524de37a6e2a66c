"""Seconds the redactor takes on long, repetitive comments: a pattern or a step whose cost grows
faster than the text shows here long before it shows on real comments.

Each input is built by repeating a short phrase to about ``--chars`` characters (a comment in
the FFT data is rarely over 3,000); the redactor is warmed on one short text first, then each
input is timed once per profile. Prints JSON: input, characters, profile, seconds.

    python benchmarks/redaction_worst_case.py
    python benchmarks/redaction_worst_case.py --chars 140000 --profile standard
"""
from __future__ import annotations

import argparse
import json
import os
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")

# Phrases each of which makes one finding or more per repetition, or none over a long run.
PHRASES = {
    "given names in lower case": "anjali ",
    "surname, given name in capitals": "PINNOCK, Winston, ",
    "thanks and names": "Thank you Sarah and Tom. ",
    "blanks beside an address": " " * 40 + "12 Oak Road, Leeds LS1 4AB ",
    "plot numbers": "plot 1, ",
    "ordinary words": "the staff were kind and the ward was clean ",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=40_000, help="length of each input (default 40,000)")
    ap.add_argument("--profile", choices=("standard", "hipaa_safe_harbor", "both"), default="both")
    args = ap.parse_args()
    if args.chars < 1:
        ap.error("--chars must be positive")

    from cxnlp.privacy.redact import Redactor

    profiles = ("standard", "hipaa_safe_harbor") if args.profile == "both" else (args.profile,)
    rows = []
    for profile in profiles:
        redactor = Redactor(profile=profile)
        redactor.redact_one("warm up: thanks to Tom in Leeds")
        for name, phrase in PHRASES.items():
            text = phrase * max(1, args.chars // len(phrase))
            start = time.perf_counter()
            redactor.redact_one(text)
            rows.append({"input": name, "chars": len(text), "profile": profile,
                         "seconds": round(time.perf_counter() - start, 2)})
            print(json.dumps(rows[-1]), flush=True)


if __name__ == "__main__":
    main()
