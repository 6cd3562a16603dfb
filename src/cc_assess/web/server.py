"""Running the web editor: bind a socket (127.0.0.1 unless told otherwise), make a token, serve with uvicorn.

The socket is bound before uvicorn starts, so that the URL printed names the real port (``--port 0`` picks a
free one) and a port in use is a plain error (exit 2) instead of a log line.
"""

from __future__ import annotations

import secrets
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cc_assess.assessment import read_meta
from cc_assess.errors import CannotRun
from cc_assess.i18n import t
from cc_assess.shown import Shown
from cc_assess.web.app import create_app
from cc_assess.web.editor import Editor

if TYPE_CHECKING:
    import uvicorn

DEFAULT_PORT = 8765


@dataclass
class Running:
    """A server ready to run: its uvicorn server, its bound socket and the URL (with the token) to open."""

    server: uvicorn.Server
    sock: socket.socket
    url: str

    def run(self) -> None:
        """Serve until stopped (Ctrl+C, or ``server.should_exit`` set from another thread)."""
        try:
            self.server.run(sockets=[self.sock])
        finally:
            self.sock.close()


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        sock.listen(64)
    except (OSError, OverflowError) as exc:
        sock.close()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise CannotRun(t("web.cannot-bind", host=host, port=port, reason=reason)) from None
    sock.setblocking(False)
    return sock


def prepare(folder: Shown, host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> Running:
    """Check the folder can be served (exit 2 when not), bind, and build the server; nothing runs yet."""
    import uvicorn

    read_meta(folder)
    editor = Editor(folder)
    editor.load()  # an unknown catalogue is an error now, not at the first request
    token = secrets.token_urlsafe(32)
    sock = bind(host, port)
    real_port = sock.getsockname()[1]
    shown = f"[{host.strip('[]')}]" if ":" in host else host
    url = f"http://{shown}:{real_port}/?token={token}"
    config = uvicorn.Config(
        create_app(editor, token, host),
        log_level="warning",
        access_log=False,
        lifespan="off",
        server_header=False,
        date_header=False,
    )
    return Running(uvicorn.Server(config), sock, url)


def serve(folder: Shown, *, host: str, port: int, announce: Callable[[str], None]) -> None:
    """Serve the editor until Ctrl+C; ``announce`` gets the message with the URL."""
    running = prepare(folder, host, port)
    announce(t("web.serving", url=running.url, folder=folder.text))
    running.run()
