"""Where the command line starts Prefect flows: the only module under ``cxnlp/`` that imports
``pipelines`` or ``prefect`` (a test checks it). Everything else in the library is plain
functions the flows call."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["run_batch", "serve_batch", "start_api", "train"]


def start_api() -> Callable[[], None]:
    """Start Prefect's temporary API in the background; the returned call waits until it is up."""
    from pipelines.prefect_api import start_temporary_api

    return start_temporary_api()


def run_batch(where: dict[str, Any], *, runner: str, dask_address: str | None, workers: int, in_flight: int,
              api_ready: Callable[[], None]) -> Any:
    """Run ``cx-batch`` once (in this process, or its chunks on Dask); returns the final state."""
    # The flow module first: importing Prefect sets up its logging before the temporary server
    # (starting on another thread) logs, so its start is not lost.
    from pipelines.batch import cx_batch, with_dask

    from cxnlp.batch.steps import preload

    flow_fn = with_dask(dask_address, n_workers=workers) if runner == "dask" else cx_batch
    if runner == "local":
        preload(**where)  # the model loads while Prefect's API starts and the flow run is created
    api_ready()
    return flow_fn(**where, distributed=runner == "dask", max_in_flight=in_flight, return_state=True)


def serve_batch(*, name: str, cron: str, parameters: dict[str, Any]) -> None:
    """Serve ``cx-batch`` on a cron schedule against a Prefect server."""
    from pipelines.batch import cx_batch

    cx_batch.serve(name=name, cron=cron, parameters=parameters)


def train(**kwargs: Any) -> dict[str, Any]:
    """Run the ``cx-train`` flow."""
    from pipelines.train import cx_train

    result: dict[str, Any] = cx_train(**kwargs)
    return result
