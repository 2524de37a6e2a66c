"""Fixed overhead of ``cxnlp run``: wall time of the whole command over 100 new real FFT comments.

Builds a project folder with 100 comments resampled from ``the settings' fft_dir`` and the
repository's models, runs ``cxnlp run`` once to initialise ``PREFECT_HOME`` (Prefect's database),
then times ``--repeat`` runs, each over the same 100 comments as new input (the output folder is
removed between runs). Two set-ups:

- ``--prefect temporary`` (default): no Prefect server configured; each run starts and stops
  Prefect's temporary server, as ``make run`` does on a fresh machine.
- ``--prefect server``: a ``prefect server start`` running beside it (started here, on a free
  port, before timing), as for scheduled runs (``cxnlp serve`` needs one anyway).

    python benchmarks/overhead.py --prefect temporary
    python benchmarks/overhead.py --prefect server
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from cxnlp.config import load_settings

REPO = Path(__file__).resolve().parents[1]
CXNLP = Path(sys.executable).with_name("cxnlp")


def _project(work: Path, n: int, fft_dir: Path) -> Path:
    sys.path.insert(0, str(REPO))
    from benchmarks.throughput import build_project

    return build_project(work / "project", n, fft_dir, seed=7)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_server(env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    proc = subprocess.Popen([str(CXNLP.with_name("prefect")), "server", "start", "--host", "127.0.0.1", "--port",
                             str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/api"
    for _ in range(240):
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise RuntimeError("prefect server did not start within 2 minutes")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--prefect", choices=["temporary", "server"], default="temporary")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--fft-dir", type=Path, default=REPO / load_settings().fft_dir)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cxnlp-overhead-"))
    server = None
    try:
        root = _project(work, args.n, args.fft_dir)
        env = {**os.environ, "PREFECT_HOME": str(work / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
               "HF_HUB_OFFLINE": "1"}
        env.pop("PREFECT_API_URL", None)
        cmd = [str(CXNLP), "run", "--root", str(root), "--json"]
        subprocess.run(cmd, env=env, check=True, capture_output=True)  # creates Prefect's database
        if args.prefect == "server":
            server, env["PREFECT_API_URL"] = _start_server(env)
        times = []
        for _ in range(args.repeat):
            shutil.rmtree(root / "data" / "tagged", ignore_errors=True)
            start = time.perf_counter()
            out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
            times.append(time.perf_counter() - start)
            tagged = json.loads(out.stdout[out.stdout.index("{"):])["totals"]["tagged"]
        print(json.dumps({
            "prefect": args.prefect, "comments": args.n, "tagged": tagged,
            "seconds_median": round(statistics.median(times), 1), "seconds_each": [round(t, 1) for t in times],
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        }, indent=2))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
