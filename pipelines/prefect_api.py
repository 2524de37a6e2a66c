"""Start Prefect's temporary API server early, so it boots while the flow's modules load."""
from __future__ import annotations

import threading
from collections.abc import Callable

__all__ = ["start_temporary_api"]


def start_temporary_api() -> Callable[[], None]:
    """With no Prefect server configured (``PREFECT_API_URL`` unset), a flow run starts a
    temporary one and waits about 7 s for it. This starts that same server (Prefect keeps one per
    process) on a background thread now; the server boots in its own process while this one
    imports the pipeline and loads the model. Returns a function that waits until it is up; with
    a configured server it does nothing."""
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value():
        return lambda: None

    def start() -> None:
        from prefect.server.api.server import SubprocessASGIServer

        try:
            SubprocessASGIServer().start()
        except Exception:  # noqa: BLE001 - the flow's own start retries and reports it
            pass

    thread = threading.Thread(target=start, name="prefect-temporary-api", daemon=True)
    thread.start()
    return thread.join
