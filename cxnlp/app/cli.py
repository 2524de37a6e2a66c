"""``cxnlp app`` (serve the web app) and ``cxnlp app add-user`` (the users file), as a Typer
sub-app that :mod:`cxnlp.cli` registers. Imports nothing heavy until a command runs."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import typer

__all__ = ["app_cli"]

app_cli = typer.Typer(help="The web app for analysts, safety leads and the data team (see README: Web app).",
                      invoke_without_command=True)


def _users_option() -> Any:
    return typer.Option(None, "--users", envvar="CXNLP_APP_USERS",
                        help="Users file (YAML, from `cxnlp app add-user`); default $CXNLP_APP_USERS. Without one the "
                             "app serves one local user and only on a loopback address.")


@app_cli.callback()
def serve_app(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="Address to listen on; anything but a loopback address needs --users."),
    port: int = typer.Option(8765, help="Port."),
    users: Path | None = _users_option(),  # noqa: B008
    local_user: str | None = typer.Option(None, help="Without --users: the name your corrections and alert "
                                          "actions carry (default: your login name)."),
    session_minutes: float = typer.Option(30.0, help="A session ends after this many minutes without a request."),
    refresh_seconds: float = typer.Option(60.0, help="Look for new output this often (0: never)."),
    root: Path | None = typer.Option(None, help="Project folder (as for `cxnlp query`)."),  # noqa: B008
    settings: Path | None = typer.Option(None, "--settings", envvar="CXNLP_SETTINGS",  # noqa: B008
                                         help="YAML settings file."),
    output_dir: str | None = typer.Option(None, help="Output folder of the batch runs (default data/tagged; a path "
                                          "or an fsspec URL such as s3://bucket/tagged)."),
) -> None:
    """Serve the web app over the tagged output: overview, comments, corrections, alerts."""
    if ctx.invoked_subcommand is not None:
        return
    import logging

    import uvicorn

    from cxnlp.cli import _fail, _output_folder, _settings, console
    from cxnlp.app.auth import BindRefused, UserError, check_bind
    from cxnlp.app.server import AppConfig, create_app

    if users is not None and not users.is_file():
        _fail(f"users file {users} not found (create it with `cxnlp app add-user NAME --role ROLE --users {users}`)")
    try:
        check_bind(host, users)
    except (BindRefused, UserError) as exc:
        _fail(str(exc))
    s, found = _settings(root, settings, output_dir=output_dir)
    base = _output_folder(s, found)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    console.print(f"loading {base} ...")
    web = create_app(AppConfig(output_dir=base, users_file=users, host=host, local_user=local_user,
                               session_minutes=session_minutes, refresh_seconds=refresh_seconds))
    who = f"users from {users}" if users else f"one local user ({web.state.cx.local_user}, role admin)"
    shown = f"[{host}]" if ":" in host else host
    console.print(f"cxnlp app on http://{shown}:{port}/ with {who}; Ctrl-C stops it")
    # uvicorn's access log would write each URL with its query string (search words): off; the
    # app logs route, status, time, user and counts instead. X-Forwarded-* headers are believed
    # from a proxy on this machine only (uvicorn's default), so TLS can end at a local proxy.
    uvicorn.run(web, host=host, port=port, access_log=False, server_header=False, log_level="info")


@app_cli.command("add-user")
def add_user_cmd(
    name: str = typer.Argument(..., help="User name (letters, digits, . _ @ -)."),
    role: str = typer.Option(..., help="viewer (reads), analyst (+ corrections), safety (+ alerts) or admin (all)."),
    users: Path | None = _users_option(),  # noqa: B008
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from standard input "
                                        "(first line) instead of asking."),
) -> None:
    """Add a user to the users file (created if missing, readable by its owner only), or set an
    existing user's role and password. The password is stored as an argon2id hash."""
    from cxnlp.cli import _fail, console
    from cxnlp.app.auth import MIN_PASSWORD, ROLES, UserError, add_user

    if users is None:
        _fail("say which users file: --users FILE (or set CXNLP_APP_USERS)")
    if role not in ROLES:
        _fail(f"--role must be one of {', '.join(ROLES)}")
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt(f"password for {name} (at least {MIN_PASSWORD} characters)", hide_input=True,
                                confirmation_prompt=True)
    try:
        new = add_user(users, name, role, password)
    except UserError as exc:
        _fail(str(exc))
    console.print(f"{'added' if new else 'updated'} {name} ({role}) in {users}"
                  + ("" if os.name != "posix" else " (file mode 600)"))
