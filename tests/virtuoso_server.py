"""A private Virtuoso server for tests and benchmarks: Debian's ``virtuoso-opensource``, run as an
ordinary process from a copy of its ``virtuoso.ini`` with every path in a temporary folder and
both ports (SQL, HTTP) free ports on 127.0.0.1.

``VirtuosoServer.start`` returns once the SPARQL endpoint answers and the ``SPARQL`` account may
write (``grant SPARQL_UPDATE``); ``stop`` shuts it down and waits for the process. Works as root
(CI) and as an ordinary user.
"""

from __future__ import annotations

import configparser
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgbuilder.store.sparql import SparqlStore

DEBIAN_PACKAGE = "virtuoso-opensource"
SYSTEM_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
SERVER = "virtuoso-t"
ISQL = "isql-vt"


def missing() -> str | None:
    """Why Virtuoso cannot be started here (a message naming the Debian package), or None."""
    for program in (SERVER, ISQL):
        if shutil.which(program) is None:
            return (
                f"needs Debian's {DEBIAN_PACKAGE} (apt-get install {DEBIAN_PACKAGE}): no {program}"
            )
    if not SYSTEM_INI.is_file():
        return (
            f"needs Debian's {DEBIAN_PACKAGE} (apt-get install {DEBIAN_PACKAGE}): no {SYSTEM_INI}"
        )
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class VirtuosoServer:
    """One Virtuoso process with its database under ``root``."""

    root: Path
    sql_port: int = field(default_factory=free_port)
    http_port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql_url(self) -> str:
        return f"{self.base_url}/sparql"

    @property
    def graph_store_url(self) -> str:
        return f"{self.base_url}/sparql-graph-crud"

    @property
    def log_file(self) -> Path:
        return self.root / "virtuoso.log"

    def write_ini(self) -> Path:
        """The system ``virtuoso.ini`` with paths and ports moved under ``root`` and to 127.0.0.1."""
        ini = configparser.ConfigParser(
            strict=False, interpolation=None, inline_comment_prefixes=(";",)
        )
        ini.optionxform = str  # type: ignore[assignment,method-assign]
        ini.read(SYSTEM_INI, encoding="utf-8")
        db = self.root
        ini["Database"].update(
            {
                "DatabaseFile": str(db / "virtuoso.db"),
                "ErrorLogFile": str(self.log_file),
                "LockFile": str(db / "virtuoso.lck"),
                "TransactionFile": str(db / "virtuoso.trx"),
                "xa_persistent_file": str(db / "virtuoso.pxa"),
            }
        )
        ini["TempDatabase"].update(
            {
                "DatabaseFile": str(db / "virtuoso-temp.db"),
                "TransactionFile": str(db / "virtuoso-temp.trx"),
            }
        )
        ini["Parameters"].update(
            {
                "ServerPort": f"127.0.0.1:{self.sql_port}",
                "DirsAllowed": f"., {db}, /usr/share/virtuoso-opensource-7/vad",
                # a modest footprint: the machine is shared (about 170 MB of buffers)
                "NumberOfBuffers": "20000",
                "MaxDirtyBuffers": "15000",
            }
        )
        ini["HTTPServer"]["ServerPort"] = f"127.0.0.1:{self.http_port}"
        ini["URIQA"]["DefaultHost"] = f"127.0.0.1:{self.http_port}"
        # no stray plugins: the hosting modules are not needed for SPARQL
        if ini.has_section("Plugins"):
            ini.remove_section("Plugins")
        path = db / "virtuoso.ini"
        with path.open("w", encoding="utf-8") as out:
            ini.write(out)
        return path

    def start(self, *, timeout: float = 120.0) -> VirtuosoServer:
        self.root.mkdir(parents=True, exist_ok=True)
        ini = self.write_ini()
        self.process = subprocess.Popen(
            [SERVER, "+foreground", "+configfile", str(ini)],
            cwd=self.root,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while not self._answers():
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"virtuoso-t exited with {self.process.returncode}: {self._log_tail()}"
                )
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"Virtuoso did not answer within {timeout:.0f} s")
            time.sleep(0.25)
        self.isql('grant SPARQL_UPDATE to "SPARQL";')
        return self

    def isql(self, statement: str) -> str:
        """Run one SQL statement as ``dba`` through ``isql-vt``; its output."""
        done = subprocess.run(
            [ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={statement}"],
            capture_output=True,
            timeout=120,
            check=False,
        )
        output = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
        if done.returncode != 0 or "*** Error" in output:
            raise RuntimeError(f"isql-vt {statement!r} failed: {output.strip()}")
        return output

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(
                f"{self.sparql_url}?query=ASK%7B%7D", timeout=2
            ) as response:
                return bool(response.status == 200)
        except (OSError, urllib.error.URLError):
            return False

    def _log_tail(self) -> str:
        try:
            return " | ".join(self.log_file.read_text(errors="replace").splitlines()[-5:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        try:
            self.isql("shutdown;")
        except (RuntimeError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def remote_store(
    server: VirtuosoServer, prefix: str, *, batch_size: int = 3, **options: Any
) -> SparqlStore:
    """A ``SparqlStore`` on ``server``, its graphs under ``prefix`` (tiny batches by default, so
    that every load takes several Graph Store Protocol requests)."""
    return SparqlStore(
        query_url=server.sparql_url,
        graph_store_url=server.graph_store_url,
        graph_prefix=prefix,
        timeout=120,  # generous: a shared, loaded machine makes Virtuoso slow, not wrong
        batch_size=batch_size,
        **options,
    )
