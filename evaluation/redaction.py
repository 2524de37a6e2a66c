"""Redaction quality on a planted-detail test set: recall per type, words kept, false alarms.

An injected detail counts as caught when every one of its characters falls inside a redacted
span (of any type; the typed figure also requires the right placeholder). Inside each written-out
address, its parts (split at commas and line ends) after the first that hold no digit (the town,
a county, a street without a number) are also counted one by one (``address_place_parts``): a
redactor that takes "14 Elm Road" but keeps "Mansfield" misses the address and one such part.
"Other words kept" is
the share of the comment's words outside the details to remove that are left untouched. Details
carry the profiles that must remove them (``profiles``; the old set's details count for both): a
town named on its own is a detail under ``hipaa_safe_harbor`` and an ordinary word to keep under
``standard``.

Test sets:
- ``evaluation/data/redaction_testset_v2.jsonl`` (frozen, SHA-256 beside it): never read to tune a
  recognizer; its figures are reported, its misses are not looked at;
- ``evaluation/data/redaction_testset.jsonl`` (the old set): its misses were read and fixed, so it
  is a regression test, not a measure.

``--false-alarms N`` also redacts N real FFT comments outside the corpus with nothing planted and
reports the share of words kept and the 20 words most often redacted.

Usage: python evaluation/redaction.py [--testset FILE] [--profile standard|hipaa_safe_harbor]
                                      [--false-alarms 1000] [--json OUT]
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from cxnlp.privacy.redact import Redactor

STRUCTURED = {"PHONE", "EMAIL", "NHS_NUMBER", "HOSPITAL_NUMBER", "ADDRESS", "POSTCODE", "ZIP", "DATE_OF_BIRTH", "URL",
              "SSN"}
BOTH_PROFILES = ("standard", "hipaa_safe_harbor")
_ADDRESS_PART = re.compile(r"[^,\n]+")


def address_place_parts(value: str) -> list[tuple[int, int]]:
    """Offsets in ``value`` of an address's parts after its first that hold a letter and no digit.

    "14 Elm Road, Mansfield, Notts NG18 2AB" → "Mansfield"; "Rose Cottage\nMill Lane\nLacock" →
    "Mill Lane", "Lacock". The part's spaces and full stops at either end are left out."""
    parts = []
    for m in list(_ADDRESS_PART.finditer(value))[1:]:
        text = m.group()
        if any(ch.isdigit() for ch in text) or not any(ch.isalpha() for ch in text):
            continue
        lead = len(text) - len(text.lstrip(" .\t"))
        parts.append((m.start() + lead, m.start() + len(text.rstrip(" .\t"))))
    return parts


def evaluate(records: list[dict], redactor: Redactor, profile: str = "standard") -> dict:
    results = redactor.redact_many([r["text"] for r in records])
    caught: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # any-type, typed, total
    place_parts = [0, 0]  # caught, total
    kept = total_words = 0
    misses: list[dict] = []
    over: list[str] = []
    for rec, res in zip(records, results):
        covered = [False] * len(rec["text"])
        kind_at: list[str | None] = [None] * len(rec["text"])
        for s in res.spans:
            for i in range(s.start, s.end):
                covered[i] = True
                kind_at[i] = s.kind
        inside = [False] * len(rec["text"])
        for e in rec["entities"]:
            if profile not in e.get("profiles", BOTH_PROFILES):
                continue  # a word this profile keeps: counted below among the words to keep
            c = caught[e["type"]]
            c[2] += 1
            chars = range(e["start"], e["end"])
            if e["type"] == "ADDRESS":
                for start, end in address_place_parts(rec["text"][e["start"]:e["end"]]):
                    place_parts[1] += 1
                    place_parts[0] += all(covered[e["start"] + i] for i in range(start, end)
                                          if not rec["text"][e["start"] + i].isspace())
            if all(covered[i] for i in chars if not rec["text"][i].isspace()):
                c[0] += 1
                c[1] += all(kind_at[i] == e["type"] for i in chars if not rec["text"][i].isspace())
            else:
                misses.append({"type": e["type"], "id": rec["id"], "value": e["value"]})
            for i in chars:
                inside[i] = True
        for m in re.finditer(r"\w+", rec["text"]):
            if any(inside[m.start():m.end()]):
                continue
            total_words += 1
            if not any(covered[m.start():m.end()]):
                kept += 1
            else:
                over.append(m.group())
    per_type = {t: {"recall": v[0] / v[2], "typed_recall": v[1] / v[2], "caught": v[0], "n": v[2]}
                for t, v in sorted(caught.items())}
    structured = [v for t, v in caught.items() if t in STRUCTURED]
    return {
        "n_comments": len(records),
        "per_type": per_type,
        "structured_recall": sum(v[0] for v in structured) / max(1, sum(v[2] for v in structured)),
        "name_recall": per_type.get("NAME", {}).get("recall"),
        "address_place_parts": {"recall": place_parts[0] / max(1, place_parts[1]), "caught": place_parts[0],
                                "n": place_parts[1]},
        "other_words_kept": kept / max(1, total_words),
        "other_words": total_words,
        "over_redacted_words": sorted(set(over)) if not any("profiles" in e for r in records for e in r["entities"])
        else len(over),
        "missed": [m["type"] for m in misses],
        "missed_values": [f"{m['type']}: {m['value']} ({m['id']})" for m in misses],
    }


def false_alarm_sample(fft_dir: Path, n: int, seed: int = 13) -> Any:
    """The ``n`` real FFT comments (``id``, ``text``) the false alarms are counted on: outside the
    labelled corpus, drawn with ``seed``. ``scripts/train_name_ner.py`` leaves them out."""
    import pandas as pd

    from cxnlp.training.corpus import load_fft

    fft = load_fft(fft_dir)
    corpus = Path(__file__).resolve().parents[1] / "data" / "labeled" / "corpus.jsonl"
    corpus_ids = set(pd.read_json(corpus, lines=True, dtype=False)["id"])
    pool = fft[~fft["id"].isin(corpus_ids)]
    return pool.sample(min(n, len(pool)), random_state=seed)


def false_alarms(redactor: Redactor, fft_dir: Path, n: int, seed: int = 13) -> dict:
    """Share of words kept on ``n`` real FFT comments outside the corpus, nothing planted, and the
    20 words most often redacted there (all of them false alarms unless the comment itself holds a
    name or number, which the FFT files mostly do not)."""
    from collections import Counter

    sample = false_alarm_sample(fft_dir, n, seed)["text"].astype(str).tolist()
    kept = total = 0
    redacted: Counter[str] = Counter()
    for text, res in zip(sample, redactor.redact_many(sample)):
        covered = [False] * len(text)
        for s in res.spans:
            for i in range(s.start, s.end):
                covered[i] = True
        for m in re.finditer(r"\w+", text):
            total += 1
            if any(covered[m.start():m.end()]):
                redacted[m.group()] += 1
            else:
                kept += 1
    return {"comments": len(sample), "words": total, "words_kept": kept / max(1, total),
            "most_redacted": redacted.most_common(20)}


def _redactor(profile: str, name_ner: str = "packaged") -> Redactor:
    try:
        return Redactor(profile=profile, name_ner=name_ner)  # type: ignore[call-arg]
    except TypeError:  # a Redactor from before the tuned NER (or before profiles)
        if name_ner != "packaged":
            raise SystemExit("this Redactor has no tuned name NER: leave out --name-ner") from None
        try:
            return Redactor(profile=profile)  # type: ignore[call-arg]
        except TypeError:  # a Redactor from before profiles: the standard behaviour
            return Redactor()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--testset", type=Path, default=Path("evaluation/data/redaction_testset_v2.jsonl"))
    ap.add_argument("--profile", default="standard", choices=list(BOTH_PROFILES))
    ap.add_argument("--false-alarms", type=int, default=0, metavar="N",
                    help="also redact N real FFT comments with nothing planted")
    ap.add_argument("--fft-dir", type=Path, default=Path("../shared/data/nhs_fft"))
    ap.add_argument("--name-ner", default="packaged",
                    help="the NER that finds names: packaged (tuned, the default), base (spaCy's own) or a folder")
    ap.add_argument("--show-misses", action="store_true",
                    help="list missed details (refused for the frozen v2 set: it is never read to tune)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    if args.show_misses and "v2" in args.testset.name:
        raise SystemExit("the v2 set is frozen: its misses are not read (use the old set to find what to fix)")
    records = [json.loads(line) for line in args.testset.open() if line.strip()]
    redactor = _redactor(args.profile, args.name_ner)
    out = evaluate(records, redactor, profile=args.profile)
    out = {"testset": str(args.testset), "profile": args.profile, "name_ner": args.name_ner, **out}
    if args.show_misses:
        out["missed_values"] = out["missed_values"]
    else:
        out.pop("missed_values", None)
    out["missed"] = {t: out["missed"].count(t) for t in sorted(set(out["missed"]))}
    if args.false_alarms:
        out["false_alarms"] = false_alarms(redactor, args.fft_dir, args.false_alarms)
    text = json.dumps(out, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text)


if __name__ == "__main__":
    main()
