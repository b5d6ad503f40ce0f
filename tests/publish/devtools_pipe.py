"""Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`).

Stdlib only: the protocol messages are JSON separated by NUL bytes on file descriptors 3 (to
Chromium) and 4 (from Chromium), so no websocket client or Playwright is needed.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

# The flags this machine needs (README of the environment); the host resolver rule makes any
# attempted request fail on the spot instead of leaving the machine, so a test that provokes
# one (to prove the watcher sees it) stays offline.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--remote-debugging-pipe",
)


class DevToolsError(Exception):
    """Chromium answered with an error, closed the pipe, or did not answer in time."""


class Browser:
    """One Chromium process with a fresh profile and one page, recording every request."""

    def __init__(self, executable: str, width: int = 1400, height: int = 1000) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="chromium-profile-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # Move the child's ends above fd 10 so placing them on 3 and 4 cannot clobber them.
        high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
        high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
        for fd in (to_chrome_r, from_chrome_w):
            os.close(fd)

        def place_pipe_fds() -> None:
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self._process = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={self._profile.name}", "about:blank"],
            pass_fds=(3, 4),
            preexec_fn=place_pipe_fds,  # pytest runs tests in one thread
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(high_r)
        os.close(high_w)
        self._buffer = b""
        self._next_id = 0
        self._pending_attach: list[str] = []
        self.events: list[dict[str, Any]] = []
        self.session = ""
        try:
            target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            attached = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})
            self.session = attached["sessionId"]
            self._watch(self.session)
            self.call(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
                self.session,
            )
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Browser:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the browser (politely, then by force) and remove its profile."""
        # A browser that is gone or stuck is killed below; its pipe may be broken already.
        with contextlib.suppress(DevToolsError, OSError):
            if self._process.poll() is None:
                self.call("Browser.close", timeout=5)
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        for fd in (self._to_chrome, self._from_chrome):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._profile.cleanup()

    # --- protocol ---------------------------------------------------------------------------

    def call(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        session: str | None = None,
        timeout: float = 30,
    ) -> dict[str, Any]:
        """Send one command and return its result; events read meanwhile are recorded."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self._to_chrome, data) :]
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline, method)
            if reply.get("id") == self._next_id and "method" not in reply:
                if "error" in reply:
                    raise DevToolsError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                self._release_attached()
                return result
            self._record(reply)

    def _read(self, deadline: float, waiting_for: str) -> dict[str, Any]:
        """Read the next NUL-terminated message from Chromium."""
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_chrome], [], [], left)[0]:
                raise DevToolsError(f"no answer from Chromium to {waiting_for}")
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise DevToolsError(f"Chromium closed the pipe while waiting for {waiting_for}")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def _record(self, event: dict[str, Any]) -> None:
        """Keep an event; note new targets (workers, frames) so their traffic is watched too."""
        self.events.append(event)
        if event.get("method") == "Target.attachedToTarget":
            self._pending_attach.append(event["params"]["sessionId"])

    def _watch(self, session: str) -> None:
        """Record a target's requests, and pause its children until they are watched too."""
        self.call("Network.enable", {}, session)
        self.call(
            "Target.setAutoAttach",
            {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": True},
            session,
        )

    def _release_attached(self) -> None:
        """Watch each newly attached target, then let it run (it waits for us)."""
        while self._pending_attach:
            session = self._pending_attach.pop()
            self._watch(session)
            self.call("Runtime.runIfWaitingForDebugger", {}, session)

    # --- what the tests use -----------------------------------------------------------------

    def open(self, url: str, timeout: float = 60) -> None:
        """Navigate the page and wait for its load event."""
        self.call("Page.enable", {}, self.session)
        start = len(self.events)
        self.call("Page.navigate", {"url": url}, self.session)
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events[start:]):
            self._record(self._read(deadline, f"the load event of {url}"))
            self._release_attached()

    def evaluate(self, expression: str) -> Any:
        """Evaluate JavaScript in the page and return its JSON value."""
        reply = self.call(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            self.session,
        )
        if "exceptionDetails" in reply:
            raise DevToolsError(f"{expression[:60]}…: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def wait_until(self, check: Callable[[], bool], what: str, timeout: float = 30) -> None:
        """Poll `check` (which may evaluate in the page) until it is true."""
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                raise DevToolsError(f"timed out after {timeout:.0f} s waiting for {what}")
            time.sleep(0.1)

    def screenshot(self, path: Path) -> None:
        """Save the visible part of the page as PNG."""
        data = self.call("Page.captureScreenshot", {"format": "png"}, self.session)["data"]
        path.write_bytes(base64.b64decode(data))

    def requested_urls(self) -> list[str]:
        """Every URL the page, its frames and its workers asked for, in order."""
        self.call("Browser.getVersion")  # drains events already sent
        return [
            e["params"]["request"]["url"]
            for e in self.events
            if e.get("method") == "Network.requestWillBeSent"
        ]
