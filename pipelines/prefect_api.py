"""The Prefect API a run talks to: the configured server, else Prefect's temporary one."""
from __future__ import annotations

import threading
from collections.abc import Callable

__all__ = ["api_url", "start_temporary_api"]


def api_url() -> str:
    """The configured ``PREFECT_API_URL``, else the URL of this process's temporary server,
    started now if it is not running (Prefect keeps one per process and the flow run reuses it)."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if url:
        return str(url)
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    return server.api_url


def start_temporary_api() -> Callable[[], None]:
    """With no Prefect server configured, a flow run starts a temporary one and waits about 7 s
    for it. This starts that same server (:func:`api_url`) on a background thread now, so it boots
    in its own process while this one imports the pipeline and loads the model. Returns a function
    that waits until it is up; with a configured server there is nothing to start."""
    from prefect.settings import PREFECT_API_URL

    if PREFECT_API_URL.value():
        return lambda: None

    def start() -> None:
        try:
            api_url()
        except Exception:  # noqa: BLE001 - the flow's own start retries and reports it
            pass

    thread = threading.Thread(target=start, name="prefect-temporary-api", daemon=True)
    thread.start()
    return thread.join
