#!/usr/bin/env python3
"""Outage drill against a real gunicorn server: Redis unreachable, then PostgreSQL gone and back.

    .venv/bin/python bench/outage.py            # see docs/security.md, "Outages"

What it does, on this machine only (127.0.0.1):

1. migrates and seeds the PostgreSQL database in DATABASE_URL (default
   postgres://postgres@127.0.0.1:5432/portal_sec), collects static files into var/bench-static;
2. starts a small TCP relay in front of PostgreSQL, so that "PostgreSQL stopped" can be
   simulated without stopping the shared server: closing the relay refuses new connections
   and cuts the open ones, exactly what the application sees when PostgreSQL goes down;
3. starts gunicorn (DEBUG off, port PORT, default 8105) with DATABASE_URL through the relay
   and REDIS_URL pointing at a closed port (Redis unreachable for the whole drill);
4. checks: pages answer 200 without Redis; with the database gone, public pages answer the
   Vietnamese 503 page with Retry-After and /healthz answers 503; when the database returns,
   the same gunicorn processes (no restart) answer 200 again.

Every request has a timeout and every loop a bound; the server is stopped at the end. Exit
status 0 when every check passed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PORT = int(os.environ.get("PORT", "8105"))
DATABASE_URL = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_sec")
BASE = f"http://127.0.0.1:{PORT}"


class Relay:
    """A TCP relay 127.0.0.1:<port> → upstream that can be stopped and started again."""

    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        self.port = free_port()
        self.listener: socket.socket | None = None
        self.sockets: set[socket.socket] = set()
        self.lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        if self.listener:
            # shutdown wakes the accept() blocked in the relay thread (close alone does not)
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        with self.lock:
            for sock in self.sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            self.sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream, timeout=5)
                server.settimeout(None)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets.update({client, server})
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(path: str) -> tuple[int, dict[str, str], str]:
    request = urllib.request.Request(BASE + path, headers={"User-Agent": "outage-drill"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


RESULTS: list[tuple[bool, str]] = []


def check(ok: bool, label: str) -> None:
    RESULTS.append((ok, label))
    print(f"  [{'OK' if ok else 'FAIL'}] {label}", flush=True)


def main() -> int:
    db = urlparse(DATABASE_URL)
    if not db.scheme.startswith("postg"):
        print("DATABASE_URL must be PostgreSQL for this drill.", file=sys.stderr)
        return 2
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "outage-drill-only-not-a-secret-" + "x" * 20),
        "DATABASE_URL": DATABASE_URL,
        "STATIC_ROOT": str(ROOT / "var" / "bench-static"),
        "CONN_MAX_AGE": "60",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    print(f"== preparing {db.path.lstrip('/')} (migrate, seed_demo, collectstatic)", flush=True)
    for args in (
        ["migrate", "--noinput", "-v0"],
        ["seed_demo", "-v0"],
        ["collectstatic", "--noinput", "-v0"],
    ):
        subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True)

    relay = Relay((db.hostname or "127.0.0.1", db.port or 5432))
    relay.start()
    netloc = db.netloc.rsplit("@", 1)
    auth = netloc[0] + "@" if len(netloc) == 2 else ""
    server_env = {
        **env,
        "DATABASE_URL": urlunparse(db._replace(netloc=f"{auth}127.0.0.1:{relay.port}")),
        "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0",  # nothing listens there
    }
    print(f"== gunicorn on {BASE}, PostgreSQL through relay :{relay.port}, Redis unreachable")
    server = subprocess.Popen(
        [GUNICORN, "portal.wsgi:application", "--bind", f"127.0.0.1:{PORT}", "--workers", "2"]
        + ["--timeout", "30", "--log-level", "warning"],
        cwd=ROOT,
        env=server_env,
        start_new_session=True,
    )
    try:
        for _ in range(60):  # up to 30 s for gunicorn to answer
            try:
                get("/healthz")
                break
            except OSError:
                time.sleep(0.5)
        pids_before = worker_pids(server.pid)

        print("\n-- 1. Redis unreachable: pages come from the database")
        for path in ("/", "/tin-tuc/", "/hoi-nghi/"):
            status, _, _ = get(path)
            check(status == 200, f"GET {path} → {status}")
        status, _, body = get("/healthz")
        check(status == 200, f"GET /healthz → {status} {body.strip()}")

        print("\n-- 2. PostgreSQL gone (relay closed)")
        relay.stop()
        for path in ("/", "/tin-tuc/"):
            status, headers, body = get(path)
            check(
                status == 503 and "Hệ thống đang tạm gián đoạn" in body,
                f"GET {path} → {status}, Vietnamese outage page",
            )
            check(
                headers.get("Retry-After") == "30", f"  Retry-After: {headers.get('Retry-After')}"
            )
        status, _, body = get("/healthz")
        check(status == 503, f"GET /healthz → {status} {body.strip()}")

        print("\n-- 3. PostgreSQL back: recovery without restart")
        relay.start()
        started = time.monotonic()
        status = 0
        for _ in range(40):  # up to ~20 s
            status, _, _ = get("/")
            if status == 200:
                break
            time.sleep(0.5)
        check(status == 200, f"GET / → {status} after {time.monotonic() - started:.1f} s")
        status, _, _ = get("/healthz")
        check(status == 200, f"GET /healthz → {status}")
        check(
            worker_pids(server.pid) == pids_before and server.poll() is None,
            "same gunicorn workers (no restart)",
        )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        relay.stop()

    failed = [label for ok, label in RESULTS if not ok]
    print(f"\n{len(RESULTS) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def worker_pids(master: int) -> set[int]:
    result = subprocess.run(
        ["pgrep", "-P", str(master)], capture_output=True, text=True, check=False
    )
    return {int(pid) for pid in result.stdout.split()}


if __name__ == "__main__":
    sys.exit(main())
