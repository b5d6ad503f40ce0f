"""PHP's own reading of each upload: `php -S` with php/files_echo.php, beside the mock's."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from .judge import PhpReader
from .recorder import Recorded

ECHO = Path(__file__).with_name("php") / "files_echo.php"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def php_server(php: str, script: Path) -> Iterator[str]:
    """`php -S` serving one script on a free port, with PHP's built-in ini defaults; its URL."""
    port = _free_port()
    # -n: PHP's built-in defaults (max_file_uploads 20 and the rest), as the mock assumes them.
    command = [php, "-n", "-d", "display_errors=0", "-S", f"127.0.0.1:{port}", str(script)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError(f"php -S did not start on port {port}") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def php_reader() -> Iterator[PhpReader | None]:
    """A function that asks PHP how it reads a recorded upload; None without php on the PATH."""
    php = shutil.which("php")
    if php is None:
        yield None
        return
    with php_server(php, ECHO) as url:

        def read(request: Recorded) -> object:
            headers = {"Content-Type": request.content_type}
            try:
                answer = httpx.post(url, content=request.body, headers=headers, timeout=30)
                answer.raise_for_status()
                return answer.json()
            except (httpx.HTTPError, ValueError) as error:  # the cell says so; the run goes on
                return f"no reading from php -S ({type(error).__name__})"

        yield read
