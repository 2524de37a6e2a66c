"""Does tuning the NER on the planted details carry to sets it never saw? Leave groups of sets out.

For each group of development sets, trains the NER twice without them (``scripts/train_name_ner.py
--hold-out``; the frozen v2 set and dev set 5 are always left out): on the planted names alone
(round 17's model, ``names``) and on names, towns and addresses (round 18's, ``all``). The
held-out sets are then scored with spaCy's own NER (``base``) and with both: under the standard
profile names, structured identifiers, whole addresses, the town-like parts of addresses and other
words kept; under ``hipaa_safe_harbor`` towns named alone and the same address figures; and words
kept on the 1,000 real comments with nothing planted under each profile. The two trainings of a
group run side by side; a group takes about 10 minutes on two cores. With ``--models DIR`` the
weights are kept there and reused by the next run (to rescore after a change to the rules alone).

    python evaluation/name_ner_holdout.py --json evaluation/reports/name_ner_holdout.json
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "evaluation"))

from redaction import evaluate, false_alarms  # noqa: E402

from cxnlp.privacy.redact import Redactor  # noqa: E402

GROUPS = (("redaction_devset13", "redaction_devset14"), ("redaction_devset11", "redaction_devset4"),
          ("redaction_devset6", "redaction_devset9", "redaction_devset12"),
          ("redaction_devset7", "redaction_devset8", "redaction_devset10"))
# What each tuned variant is taught (scripts/train_name_ner.py --planted).
VARIANTS = {"names": ["NAME"], "all": ["ADDRESS", "NAME", "TOWN"]}
PROFILES = ("standard", "hipaa_safe_harbor")


def _count(res: dict, kind: str) -> list[int] | None:
    v = res["per_type"].get(kind)
    return None if v is None else [v["caught"], v["n"]]


def _scores(name_ner: str, sets: tuple[str, ...], fft_dir: Path) -> dict:
    out: dict = {}
    records = {name: [json.loads(line) for line in (ROOT / "evaluation" / "data" / f"{name}.jsonl").open() if line.strip()]
               for name in sets}
    for profile in PROFILES:
        redactor = Redactor(profile=profile, name_ner=name_ner)
        for name in sets:
            res = evaluate(records[name], redactor, profile=profile)
            parts = res["address_place_parts"]
            row = {"addresses": _count(res, "ADDRESS"), "address_place_parts": [parts["caught"], parts["n"]],
                   "other_words_kept": res["other_words_kept"]}
            if profile == "standard":
                row |= {"names": res["name_recall"], "structured": res["structured_recall"]}
            else:
                row |= {"towns": _count(res, "TOWN")}
            out.setdefault(name, {})[profile] = row
        out.setdefault("false_alarms_words_kept", {})[profile] = false_alarms(redactor, fft_dir, 1000)["words_kept"]
    return out


def _train(group: tuple[str, ...], out: Path, fft_dir: Path) -> None:
    """Train each variant without ``group`` into ``out/<variant>``, side by side; a variant whose
    weights are already there is reused. A failed training stops the other and raises with the
    end of its log."""
    procs: dict[str, tuple[subprocess.Popen, Any]] = {}
    out.mkdir(parents=True, exist_ok=True)
    try:
        for variant, planted in VARIANTS.items():
            if (out / variant / "meta.json").is_file():
                continue
            log = (out / f"{variant}.log").open("w")
            procs[variant] = (subprocess.Popen(
                [sys.executable, str(ROOT / "scripts" / "train_name_ner.py"), "--hold-out", *group,
                 "--planted", *planted, "--out", str(out / variant), "--fft-dir", str(fft_dir)],
                cwd=ROOT, stderr=log, stdout=log), log)
        for variant, (proc, _) in procs.items():
            if proc.wait() != 0:
                tail = (out / f"{variant}.log").read_text(errors="replace")[-2000:]
                raise SystemExit(f"training {variant} without {', '.join(group)} failed:\n{tail}")
    finally:
        for proc, log in procs.values():
            if proc.poll() is None:
                proc.terminate()
                proc.wait()
            log.close()


def _fmt(pair: list[int] | None) -> str:
    return "-" if pair is None else f"{pair[0]}/{pair[1]}"


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--groups", type=int, default=len(GROUPS), help="how many of the groups to run")
    ap.add_argument("--fft-dir", type=Path, default=ROOT.parent / "shared" / "data" / "nhs_fft")
    ap.add_argument("--models", type=Path, default=None,
                    help="keep the trained weights here (one folder per group) and reuse those already there")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    report = []
    started = time.monotonic()
    for i, group in enumerate(GROUPS[:args.groups]):
        print(f"group {i + 1}/{args.groups}: training without {', '.join(group)}", file=sys.stderr)
        with tempfile.TemporaryDirectory() as tmp:
            folder = args.models / f"group{i + 1}" if args.models else Path(tmp)
            _train(group, folder, args.fft_dir)
            row: dict[str, Any] = {"held_out": list(group), "base": _scores("base", group, args.fft_dir)}
            row |= {variant: _scores(str(folder / variant), group, args.fft_dir) for variant in VARIANTS}
        report.append(row)
        for name in group:
            print(name)
            for variant in ("base", *VARIANTS):
                std, hip = row[variant][name]["standard"], row[variant][name]["hipaa_safe_harbor"]
                print(f"  {variant:6s} names {_share(std['names'])} structured {std['structured']:.3f} addresses "
                      f"{_fmt(std['addresses'])} parts {_fmt(std['address_place_parts'])} words kept "
                      f"{std['other_words_kept']:.4f} | hipaa towns {_fmt(hip['towns'])} addresses "
                      f"{_fmt(hip['addresses'])} parts {_fmt(hip['address_place_parts'])}")
        for variant in ("base", *VARIANTS):
            fa = row[variant]["false_alarms_words_kept"]
            print(f"false alarms, words kept, {variant}: {fa['standard']:.4f} standard, {fa['hipaa_safe_harbor']:.4f} hipaa")
        left = (time.monotonic() - started) / (i + 1) * (args.groups - i - 1)
        print(f"group {i + 1}/{args.groups} done, about {left / 60:.0f} min left", file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
