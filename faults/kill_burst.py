#!/usr/bin/env python3
"""Fault 1 of issue 18: SIGKILL in the middle of a burst of writes.

Starts the jar on a data directory of its own (embedded PostgreSQL), lets 16 clients create tickets, comment on
them and move their status as fast as they can, kills the JVM with SIGKILL in the middle of it, starts it again on
the same data directory and checks that every request that got a 2xx is there exactly once (ticket, comment,
history entries), that every ticket is whole (readable, with its "created" history entry), and that the outbox
delivers what was pending. Exit status 0 when all holds; prints what was acknowledged and what was found.

    python3 faults/kill_burst.py bootstrap/target/supportdesk.jar [--seconds 8] [--port 18090]

Needs only Python 3 and a JDK >= 21 on PATH (or JAVA_HOME).
"""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

ADMIN_EMAIL = "admin@faults.test"
ADMIN_PASSWORD = "faults admin passphrase 1"
LEASE = "45s"


def call(base, method, path, body=None, token=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        try:
            return error.code, json.loads(text)
        except ValueError:
            return error.code, text


def start(jar, data, port, log):
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    env = dict(os.environ, SUPPORTDESK_DATA_DIR=data, PORT=str(port), ADMIN_EMAIL=ADMIN_EMAIL,
               ADMIN_PASSWORD=ADMIN_PASSWORD, RATE_LIMIT_ENABLED="false", OUTBOX_DISPATCH_INTERVAL="1s",
               # A message the killed instance had claimed waits for its lease to end before another dispatcher
               # takes it (at least once, never twice at a time); a short lease keeps this command short. The lease
               # is held for MAX_CLOCK_SKEW longer against instances whose clocks run ahead: here one machine, one
               # clock.
               OUTBOX_LEASE=LEASE, MAX_CLOCK_SKEW="0s",
               ACCESS_LOG_LEVEL="WARN")
    process = subprocess.Popen([java, "-jar", jar], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = "http://127.0.0.1:%d" % port
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the service exited while starting; see " + log.name)
        try:
            if call(base, "GET", "/health", timeout=2)[0] == 200:
                return process, base
        except OSError:
            pass
        time.sleep(0.5)  # polling a process we do not control; the deadline above bounds it
    process.kill()
    raise SystemExit("the service did not come up within 120 s; see " + log.name)


class Acknowledged:
    def __init__(self):
        self.lock = threading.Lock()
        self.tickets = {}        # id -> title token
        self.comments = []       # (ticket id, body token)
        self.statuses = []       # (ticket id, status)
        self.failures = {}       # status or error -> count (after the kill, requests fail: expected)

    def add(self, kind, value):
        with self.lock:
            if kind == "ticket":
                self.tickets[value[0]] = value[1]
            elif kind == "comment":
                self.comments.append(value)
            else:
                self.statuses.append(value)

    def failed(self, what):
        with self.lock:
            self.failures[what] = self.failures.get(what, 0) + 1


def client(base, customer, admin, acknowledged, stop):
    while not stop.is_set():
        token = uuid.uuid4().hex[:12]
        try:
            status, body = call(base, "POST", "/api/v1/tickets", {
                "title": "burst " + token, "description": "A ticket of the kill burst " + token,
                "category": "general", "priority": "medium"}, customer)
            if status != 201:
                acknowledged.failed(status)
                continue
            ticket = body["id"]
            acknowledged.add("ticket", (ticket, token))
            for n in range(2):
                words = "comment %s-%d" % (token, n)
                status, _ = call(base, "POST", "/api/v1/tickets/%d/comments" % ticket, {"body": words}, customer)
                if status == 201:
                    acknowledged.add("comment", (ticket, words))
                else:
                    acknowledged.failed(status)
            status, _ = call(base, "PUT", "/api/v1/tickets/%d/status" % ticket, {"status": "in_progress"}, admin)
            if status == 200:
                acknowledged.add("status", (ticket, "in_progress"))
            else:
                acknowledged.failed(status)
        except OSError as error:
            acknowledged.failed(type(error).__name__)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("jar")
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--port", type=int, default=18090)
    parser.add_argument("--clients", type=int, default=16)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="supportdesk-kill-")
    data = os.path.join(work, "data")
    log = open(os.path.join(work, "service.log"), "w")
    process, base = start(args.jar, data, args.port, log)
    _, session = call(base, "POST", "/api/v1/auth/login", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
    admin = session["access_token"]
    customers = []
    for n in range(args.clients):
        email = "burst%d@faults.test" % n
        call(base, "POST", "/api/v1/auth/register", {"email": email, "password": "burst customer passphrase",
                                                      "full_name": "Burst Customer %d" % n})
        customers.append(call(base, "POST", "/api/v1/auth/login",
                              {"email": email, "password": "burst customer passphrase"})[1]["access_token"])

    acknowledged = Acknowledged()
    stop = threading.Event()
    threads = [threading.Thread(target=client, args=(base, c, admin, acknowledged, stop)) for c in customers]
    for thread in threads:
        thread.start()
    time.sleep(args.seconds)  # the burst's length is the point of this command, not a wait for a condition
    process.send_signal(signal.SIGKILL)
    process.wait()
    stop.set()
    for thread in threads:
        thread.join()
    print("killed with SIGKILL after %.0f s: acknowledged %d tickets, %d comments, %d status changes; "
          "failed after the kill: %s" % (args.seconds, len(acknowledged.tickets), len(acknowledged.comments),
                                         len(acknowledged.statuses), acknowledged.failures))

    process, base = start(args.jar, data, args.port, log)
    _, session = call(base, "POST", "/api/v1/auth/login", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
    admin = session["access_token"]
    problems = []
    for ticket, token in acknowledged.tickets.items():
        status, body = call(base, "GET", "/api/v1/tickets/%d" % ticket, token=admin)
        if status != 200 or body["title"] != "burst " + token:
            problems.append("ticket %d: %s" % (ticket, status))
            continue
        hits = call(base, "GET", "/api/v1/search?q=" + token, token=admin)[1]
        if len([h for h in hits["items"] if token in h["ticket"]["title"]]) != 1:
            problems.append("ticket %d is not found exactly once by its title" % ticket)
    for ticket in {t for t, _ in acknowledged.comments} | {t for t, _ in acknowledged.statuses}:
        comments = call(base, "GET", "/api/v1/tickets/%d/comments?page_size=100" % ticket, token=admin)[1]["items"]
        bodies = [c["body"] for c in comments]
        history = call(base, "GET", "/api/v1/tickets/%d/history" % ticket, token=admin)[1]["items"]
        kinds = [h["kind"] for h in history]
        if kinds.count("created") != 1:
            problems.append("ticket %d: %d created entries" % (ticket, kinds.count("created")))
        if kinds.count("comment_added") != len(bodies):
            problems.append("ticket %d: %d comments but %d history entries"
                            % (ticket, len(bodies), kinds.count("comment_added")))
        for t, words in acknowledged.comments:
            if t == ticket and bodies.count(words) != 1:
                problems.append("comment %r on %d found %d times" % (words, ticket, bodies.count(words)))
        for t, to in acknowledged.statuses:
            if t == ticket and not any(h["kind"] == "status_changed" and h["new_value"] == to for h in history):
                problems.append("status change of %d to %s is not in its history" % (ticket, to))
    # Every acknowledged ticket queued its "we received your request" email: the outbox sends all of them, those the
    # killed instance had claimed once their lease (LEASE) is over.
    deadline = time.monotonic() + 180
    pending = None
    while time.monotonic() < deadline:
        pending = call(base, "GET", "/api/v1/admin/outbox?status=pending&limit=1", token=admin)[1]
        if not pending["items"]:
            break
        time.sleep(1)
    else:
        problems.append("the outbox still holds pending emails after 180 s: %s" % pending)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    log.close()
    if problems:
        print("FOUND %d problem(s):" % len(problems))
        for problem in problems[:50]:
            print("  " + problem)
        print("logs and data kept in " + work)
        sys.exit(1)
    print("after the restart: every acknowledged ticket, comment and status change is there exactly once, every "
          "ticket has one 'created' entry and one history entry per comment, and the outbox is empty")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
