"""Transient memory of one scoring pass of the fine-tuned tier, longest batch first (as the model
runs) against shortest first (as it ran before session 14).

Scores ``--n`` real FFT comments (resampled from the settings' ``fft_dir``) with the model's own
``logits`` ``--repeats`` times per order (the same texts for both, which take turns going
first), sampling the process's RSS every 5 ms, and prints JSON:
per order, the RSS before each pass, its peak during the pass (peak minus before = what the pass
needs on top of what the process holds) and the seconds it took.

    python benchmarks/encoder_memory.py --n 5000
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")


class PeakRss:
    """The process's peak RSS (MB) since the last ``reset``, sampled on a daemon thread."""

    def __init__(self, every_s: float = 0.005) -> None:
        import psutil

        self._proc = psutil.Process()
        self._every = every_s
        self.peak = self.now()
        threading.Thread(target=self._run, daemon=True).start()

    def now(self) -> float:
        return float(self._proc.memory_info().rss) / 2**20

    def reset(self) -> float:
        self.peak = self.now()
        return self.peak

    def _run(self) -> None:
        while True:
            self.peak = max(self.peak, self.now())
            time.sleep(self._every)


def one_pass(model: Any, texts: list[str], rss: PeakRss) -> dict[str, float]:
    time.sleep(0.05)  # let the sampler see the settled process
    before = rss.reset()
    start = time.perf_counter()
    model.logits(texts)
    seconds = time.perf_counter() - start
    time.sleep(0.05)
    return {"rss_before_mb": round(before), "peak_mb": round(rss.peak), "transient_mb": round(rss.peak - before),
            "seconds": round(seconds, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--model", type=Path, default=None, help="fine-tuned model folder (default: the newest accurate)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    import torch

    torch.set_num_threads(2)
    from cxnlp.config import load_settings
    from cxnlp.models import transformer
    from cxnlp.models.registry import load_model_folder
    from cxnlp.models.versions import tier_model_dir
    from cxnlp.training.corpus import load_fft

    settings = load_settings()
    folder = args.model or tier_model_dir(Path(__file__).resolve().parents[1] / "models", "accurate")
    model = load_model_folder(folder)
    pool = load_fft(Path(settings.path(settings.fft_dir)))["text"].astype(str).tolist()
    rng = np.random.default_rng(args.seed)
    rss = PeakRss()
    by_length = transformer._batches_by_length
    result: dict[str, Any] = {"n": args.n, "model": str(folder),
                              "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"}
    passes: dict[str, list[dict[str, float]]] = {"longest_first": [], "shortest_first": []}
    for repeat in range(args.repeats):
        texts = [pool[i] for i in rng.integers(0, len(pool), args.n)]
        # both orders score the same texts, and take turns going first
        for order in sorted(passes, reverse=repeat % 2 == 1):
            # The model runs its length-sorted batches in reverse (longest first); handing it the
            # batches reversed makes it run them shortest first, as before.
            transformer._batches_by_length = (by_length if order == "longest_first"  # type: ignore[assignment]
                                              else lambda texts, size: by_length(texts, size)[::-1])
            passes[order].append(one_pass(model, texts, rss))
    transformer._batches_by_length = by_length  # type: ignore[assignment]
    for order, runs in passes.items():
        result[order] = {"passes": runs,
                         "mean_transient_mb": round(float(np.mean([p["transient_mb"] for p in runs]))),
                         "mean_seconds": round(float(np.mean([p["seconds"] for p in runs])), 1)}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
