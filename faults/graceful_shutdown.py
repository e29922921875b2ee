#!/usr/bin/env python3
"""Fault 11 of issue 18: SIGTERM while a request is in flight.

Starts the jar on a data directory of its own, begins a ticket creation whose body is only half sent, sends the JVM
SIGTERM, checks that a new connection is refused (or answered 503) meanwhile, sends the rest of the body and expects
201: the request in flight finishes. Then the JVM must exit within 30 s, and after a restart the ticket is there.

    python3 faults/graceful_shutdown.py bootstrap/target/supportdesk.jar [--port 18095]
"""
import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

ADMIN_EMAIL = "admin@faults.test"
ADMIN_PASSWORD = "faults admin passphrase 1"


def start(jar, data, port, log):
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    env = dict(os.environ, SUPPORTDESK_DATA_DIR=data, PORT=str(port), ADMIN_EMAIL=ADMIN_EMAIL,
               ADMIN_PASSWORD=ADMIN_PASSWORD)
    process = subprocess.Popen([java, "-jar", jar], env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the service exited while starting; see " + log.name)
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/health" % port, timeout=2) as response:
                if response.status == 200:
                    return process
        except OSError:
            pass
        time.sleep(0.5)  # polling a process we do not control; the deadline bounds it
    process.kill()
    raise SystemExit("the service did not come up within 120 s")


def token(port):
    request = urllib.request.Request("http://127.0.0.1:%d/api/v1/auth/login" % port, method="POST",
                                     data=json.dumps({"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}).encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["access_token"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("jar")
    parser.add_argument("--port", type=int, default=18095)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="supportdesk-term-")
    data = os.path.join(work, "data")
    log = open(os.path.join(work, "service.log"), "w")
    process = start(args.jar, data, args.port, log)
    bearer = token(args.port)
    problems = []

    body = json.dumps({"title": "In flight at SIGTERM", "description": "Sent half before and half after SIGTERM.",
                       "category": "general", "priority": "low"}).encode()
    head = ("POST /api/v1/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Authorization: Bearer %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % (bearer, len(body)))
    in_flight = socket.create_connection(("127.0.0.1", args.port), timeout=60)
    in_flight.sendall(head.encode() + body[: len(body) // 2])

    terminated_at = time.monotonic()
    process.send_signal(signal.SIGTERM)
    # A new request while the first one is still in flight: refused, or answered 503, never served as if nothing
    # happened. Asked until it is refused (the server notices SIGTERM a moment later), within a bound.
    refused = False
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not refused:
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d/health" % args.port, timeout=5) as response:
                refused = response.status == 503
        except urllib.error.HTTPError as error:
            refused = error.code == 503
        except OSError:
            refused = True
    if not refused:
        problems.append("new requests were still served 15 s after SIGTERM")

    in_flight.sendall(body[len(body) // 2:])
    answer = b""
    while True:
        chunk = in_flight.recv(65536)
        if not chunk:
            break
        answer += chunk
    in_flight.close()
    status_line = answer.split(b"\r\n", 1)[0].decode(errors="replace")
    if " 201 " not in status_line + " ":
        problems.append("the request in flight at SIGTERM got %r, not 201" % status_line)
    try:
        process.wait(timeout=max(1, 30 - (time.monotonic() - terminated_at)))
        print("exited %.1f s after SIGTERM with status %d" % (time.monotonic() - terminated_at, process.returncode))
    except subprocess.TimeoutExpired:
        problems.append("still running 30 s after SIGTERM")
        process.kill()
        process.wait()

    number = None
    if b"\r\n\r\n" in answer and " 201 " in status_line + " ":
        number = json.loads(answer.split(b"\r\n\r\n", 1)[1])["id"]
    process = start(args.jar, data, args.port, log)
    if number is not None:
        request = urllib.request.Request("http://127.0.0.1:%d/api/v1/tickets/%d" % (args.port, number),
                                         headers={"Authorization": "Bearer " + token(args.port)})
        with urllib.request.urlopen(request, timeout=30) as response:
            if json.loads(response.read())["title"] != "In flight at SIGTERM":
                problems.append("the ticket acknowledged at SIGTERM is not there after a restart")
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    log.close()
    if problems:
        print("FOUND %d problem(s):" % len(problems))
        for problem in problems:
            print("  " + problem)
        print("logs kept in " + work)
        sys.exit(1)
    print("the request in flight at SIGTERM finished (201) while new ones were refused, the JVM exited within 30 s,"
          " and the ticket is there after a restart")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
