"""Build ``cxnlp/resources/common_words.txt``: words that patients write in lower case.

The redactor runs spaCy's NER only on comments that may hold a name. A capitalised word at the
start of a sentence ("Felt safe", "Superb") is only a possible name when it is not an ordinary
word, and "ordinary" means: written in lower case at least ``--min-count`` times in the public
NHS FFT comments (``the settings' fft_dir``, Open Government Licence v3.0). Rerun after the
FFT data changes:

    python scripts/build_common_words.py
"""
from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

from cxnlp.training.corpus import load_fft
from cxnlp.config import load_settings


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fft-dir", type=Path, default=load_settings().fft_dir)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("-o", "--output", type=Path, default=Path("cxnlp/resources/common_words.txt"))
    args = ap.parse_args()
    pool = load_fft(args.fft_dir)
    counts = collections.Counter(
        w.replace("’", "'") for t in pool["text"].astype(str) for w in re.findall(r"\b[a-z][a-z'’]+\b", t))
    words = sorted(w for w, c in counts.items() if c >= args.min_count)
    header = (f"# Words written in lower case at least {args.min_count} times in the public NHS FFT comments\n"
              "# (Open Government Licence v3.0). Built by scripts/build_common_words.py.\n")
    args.output.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {args.output}")


if __name__ == "__main__":
    main()
