"""Starts, waits for and kills the service under test, and talks to its API (standard library only)."""

import base64
import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request

# The refusal to run as root (another part of issue #16) is lifted the way CI needs; unknown properties are ignored.
ALLOW_ROOT = ["--qcdc.allow-root=true", "--qcdc.security.allow-root=true"]


class Service:
    """One service process on the H2 file database under `workdir` (its default `./data`), restarted at will."""

    def __init__(self, jar, rules, workdir, port, admin_password):
        self.jar, self.rules, self.workdir, self.port = jar, rules, workdir, port
        self.admin_password = admin_password
        self.process = None
        self.starts = 0

    def start(self, timeout=180):
        """Starts the service and returns the seconds until it answered its health check."""
        self.starts += 1
        self.log = os.path.join(self.workdir, "service-%02d.log" % self.starts)
        log = open(self.log, "wb")
        command = ["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-jar", self.jar,
                   "--server.port=%d" % self.port, "--qcdc.rules.path=" + self.rules, "--qcdc.demo.enabled=false",
                   "--qcdc.bootstrap-admin.username=admin", "--qcdc.bootstrap-admin.password=" + self.admin_password,
                   "--logging.level.root=WARN", "--logging.level.vn.qcdc=INFO"] + ALLOW_ROOT
        began = time.monotonic()
        # The database URL is the default one, ./data/qcdc, relative to the working folder: its settings are tested.
        self.process = subprocess.Popen(command, cwd=self.workdir, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        while time.monotonic() - began < timeout:
            if self.process.poll() is not None:
                raise RuntimeError("the service exited with %d at start %d; see %s" % (
                    self.process.returncode, self.starts, log.name))
            try:
                if self.get("/actuator/health", None)[0] == 200:
                    return time.monotonic() - began
            except OSError:
                pass
            time.sleep(0.2)
        self.kill()
        raise RuntimeError("the service did not answer within %d s at start %d" % (timeout, self.starts))

    def log_text(self):
        with open(self.log, encoding="utf-8", errors="replace") as f:
            return f.read()

    def kill(self):
        """kill -9: no shutdown hook, no H2 close, nothing flushed by the JVM."""
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.kill()

    def get(self, path, user):
        return self.call("GET", path, user, None)

    def post(self, path, user, body):
        return self.call("POST", path, user, body)

    def call(self, method, path, user, body, timeout=30):
        """(status, parsed JSON or None); a refused or dropped connection raises OSError."""
        headers = {"Content-Type": "application/json"}
        if user:
            headers["Authorization"] = "Basic " + base64.b64encode(("%s:%s" % user).encode()).decode()
        data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
        request = urllib.request.Request("http://127.0.0.1:%d%s" % (self.port, path), data=data, method=method,
                                         headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, _json(response.read())
        except urllib.error.HTTPError as e:
            return e.code, _json(e.read())


def _json(raw):
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None
