#!/usr/bin/env python3
"""Fault 12 of issue 18: the disk under the data directory fills up.

Mounts a small tmpfs as the data directory (the embedded PostgreSQL's cluster, its unpacked binaries beside it, the
generated keys and the attachments all live there), starts the jar on it, writes a few tickets, comments and an
attachment, then fills the filesystem with a ballast file until not one byte more fits. While it is full:

  * writes (tickets with large descriptions, comments, attachments) go on until they fail or a bound is reached:
    each answer must come within the client timeout and be a 2xx, or a 503/507 problem detail, never a 500 and
    never a stack trace;
  * reads (a ticket, the list) and /health are asked too, and recorded.

Then the ballast goes, and without a restart writes must succeed again within a bound and /health be UP; every
write acknowledged before, during and after must be readable. Last, the jar is stopped and started again on the same
data directory, and everything acknowledged is read once more. Exit status 0 when all holds; prints what it saw.

    python3 faults/disk_full.py bootstrap/target/supportdesk.jar [--size 300m] [--port 18097]

Needs root (mount -t tmpfs), Python 3 and a JDK >= 21 on PATH (or JAVA_HOME). The tmpfs is unmounted whatever
happens.
"""
import argparse
import base64
import collections
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

ADMIN_EMAIL = "admin@faults.test"
ADMIN_PASSWORD = "faults admin passphrase 1"
CUSTOMER_EMAIL = "full@faults.test"
CUSTOMER_PASSWORD = "disk full customer passphrase"
TIMEOUT = 30  # seconds: every request is bounded by it; a request past it counts as a hang
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def call(base, method, path, body=None, token=None, timeout=TIMEOUT, multipart=None):
    """(status, parsed body or text, headers); status is the exception's name when nothing was answered."""
    headers = {}
    data = None
    if multipart is not None:
        boundary = uuid.uuid4().hex
        name, content = multipart
        data = (("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n" % (boundary, name)).encode()
                + content + ("\r\n--%s--\r\n" % boundary).encode())
        headers["Content-Type"] = "multipart/form-data; boundary=" + boundary
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if text else None), dict(response.headers)
    except urllib.error.HTTPError as error:
        text = error.read().decode(errors="replace")
        try:
            return error.code, json.loads(text), dict(error.headers)
        except ValueError:
            return error.code, text, dict(error.headers)
    except OSError as error:
        waited = time.monotonic() - started
        return "%s after %.1f s" % (type(error).__name__, waited), None, {}


def start(jar, data, port, log):
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    env = dict(os.environ, SUPPORTDESK_DATA_DIR=data, PORT=str(port), ADMIN_EMAIL=ADMIN_EMAIL,
               ADMIN_PASSWORD=ADMIN_PASSWORD, RATE_LIMIT_ENABLED="false", ACCESS_LOG_LEVEL="WARN",
               # PostgreSQL's own words (its PANIC, its recovery) reach the service log through this logger.
               LOGGER_LEVELS_IO_ZONKY_TEST_DB_POSTGRES="INFO")
    process = subprocess.Popen([java, "-jar", jar], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = "http://127.0.0.1:%d" % port
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the service exited while starting; see " + log.name)
        if call(base, "GET", "/health", timeout=2)[0] == 200:
            return process, base
        time.sleep(0.5)  # polling a process we do not control; the deadline above bounds it
    process.kill()
    raise SystemExit("the service did not come up within 120 s; see " + log.name)


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def sign_in(base, email, password):
    status, body, _ = call(base, "POST", "/api/v1/auth/login", {"email": email, "password": password})
    if status != 200:
        raise SystemExit("cannot sign in as %s: %s %s" % (email, status, body))
    return body["access_token"]


def free_bytes(path):
    stats = os.statvfs(path)
    return stats.f_bavail * stats.f_frsize


def fill(path):
    """Writes zeros (tmpfs allocates them) until the filesystem refuses one more byte; returns the bytes written."""
    written = 0
    with open(path, "wb", buffering=0) as ballast:
        for chunk in (1 << 20, 1 << 16, 1 << 12, 1 << 9, 1):
            block = b"\0" * chunk
            while True:
                try:
                    ballast.write(block)
                    written += chunk
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    break
    return written


class Record:
    """What was acknowledged (and must be there afterwards), and every answer per phase and kind of request."""

    def __init__(self):
        self.tickets = {}        # id -> title
        self.comments = []       # (ticket id, body)
        self.attachments = []    # (ticket id, attachment id)
        self.answers = collections.OrderedDict()  # (phase, kind) -> Counter of outcomes
        self.problems = []
        self.samples = {}        # outcome -> one body, for the report

    def answer(self, phase, kind, status, body, headers):
        outcome = str(status)
        if status == 503 or status == 507:
            code = body.get("code") if isinstance(body, dict) else None
            outcome = "%s %s%s" % (status, code, " Retry-After=" + headers["Retry-After"]
                                   if "Retry-After" in headers else "")
        self.answers.setdefault((phase, kind), collections.Counter())[outcome] += 1
        key = (kind, outcome)
        if key not in self.samples and not (isinstance(status, int) and status < 300):
            self.samples[key] = body
        text = json.dumps(body) if not isinstance(body, str) else body
        if isinstance(status, str):
            self.problems.append("%s: %s %s got no answer: %s" % (phase, kind, "", status))
        elif status >= 500 and status not in (503, 507):
            self.problems.append("%s: %s answered %s: %s" % (phase, kind, status, text[:300]))
        elif status in (503, 507) and kind != "health" \
                and not (isinstance(body, dict) and body.get("status") == status):
            self.problems.append("%s: %s answered %s without a problem detail: %s" % (phase, kind, status,
                                                                                      text[:300]))
        if "Exception" in text or "\tat " in text or "at io.supportdesk" in text:
            self.problems.append("%s: %s answered with what looks like a stack trace: %s" % (phase, kind, text[:300]))
        return isinstance(status, int) and status < 300


def write_round(base, customer, record, phase, n, big, fallback=None):
    """A ticket (a large description when big: pages fill fast), a comment on it, a small attachment on it."""
    title = "full %s %s-%d" % (phase, uuid.uuid4().hex[:10], n)
    description = (base64.b64encode(os.urandom(7000)).decode() if big else "Written while the disk is " + phase)
    status, body, headers = call(base, "POST", "/api/v1/tickets", {
        "title": title, "description": description, "category": "general", "priority": "low"}, customer)
    created = record.answer(phase, "create ticket", status, body, headers)
    if created:
        ticket = body["id"]
        record.tickets[ticket] = title
    else:
        ticket = fallback  # comment and upload on a ticket that is there
    words = "comment on %s: %s" % (title, base64.b64encode(os.urandom(6000)).decode() if big else "small")
    status, body, headers = call(base, "POST", "/api/v1/tickets/%d/comments" % ticket, {"body": words}, customer)
    comment_ok = record.answer(phase, "add comment", status, body, headers)
    if comment_ok:
        record.comments.append((ticket, words))
    status, body, headers = call(base, "POST", "/api/v1/tickets/%d/attachments" % ticket, token=customer,
                                 multipart=("full-%d.pdf" % n, PDF))
    if record.answer(phase, "upload attachment", status, body, headers):
        for item in body["items"]:
            record.attachments.append((ticket, item["id"]))
        return created and comment_ok
    return False


def read_round(base, customer, record, phase, ticket):
    for kind, path in (("get ticket", "/api/v1/tickets/%d" % ticket), ("list tickets", "/api/v1/tickets"),
                       ("health", "/health")):
        status, body, headers = call(base, "GET", path, token=customer if kind != "health" else None)
        record.answer(phase, kind, status, body, headers)


def verify(base, admin, record, when):
    missing = []
    for ticket, title in record.tickets.items():
        status, body, _ = call(base, "GET", "/api/v1/tickets/%d" % ticket, token=admin)
        if status != 200 or body["title"] != title:
            missing.append("%s: ticket %d: %s" % (when, ticket, status))
    for ticket in {t for t, _ in record.comments} | {t for t, _ in record.attachments}:
        status, body, _ = call(base, "GET", "/api/v1/tickets/%d/comments?page_size=100" % ticket, token=admin)
        bodies = [c["body"] for c in body["items"]] if status == 200 else []
        for t, words in record.comments:
            if t == ticket and bodies.count(words) != 1:
                missing.append("%s: a comment on %d found %d times" % (when, ticket, bodies.count(words)))
        status, body, _ = call(base, "GET", "/api/v1/tickets/%d/attachments" % ticket, token=admin)
        ids = [a["id"] for a in body["items"]] if status == 200 else []
        for t, attachment in record.attachments:
            if t == ticket and attachment not in ids:
                missing.append("%s: attachment %d of ticket %d not listed (%s)" % (when, attachment, ticket, status))
    return missing


WAL_FILLER = r"""
import java.sql.*;
public class WalFiller {
    public static void main(String[] a) throws Exception {
        try (Connection c = DriverManager.getConnection(a[0], a[1], a[2]); Statement s = c.createStatement()) {
            long bytes = 0;
            try {
                // A transactional message: WAL only, no table page, so only a new WAL segment needs space.
                while (bytes < 512L << 20) {
                    s.execute("select pg_logical_emit_message(true, 'disk_full', repeat('x', 1048576))");
                    bytes += 1 << 20;
                }
                System.out.println("wrote " + (bytes >> 20) + " MB of WAL without a failure");
            } catch (SQLException e) {
                System.out.println("after " + (bytes >> 20) + " MB of WAL: SQLSTATE " + e.getSQLState() + ", "
                        + e.getMessage());
            }
        }
    }
}
"""


def fill_wal(data, jar):
    """Writes WAL straight to the cluster (through the jar's JDBC driver) until PostgreSQL fails to write it."""
    cluster = os.path.join(data, "postgres")
    with open(os.path.join(cluster, "postmaster.pid")) as pid:
        port = pid.read().splitlines()[3].strip()
    with open(os.path.join(data, "postgres.password")) as secret:
        password = secret.read().strip()
    source = os.path.join(os.path.dirname(data), "WalFiller.java")
    with open(source, "w") as out:
        out.write(WAL_FILLER)
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    done = subprocess.run([java, "-cp", jar, source,
                           "jdbc:postgresql://127.0.0.1:%s/postgres" % port, "postgres", password],
                          capture_output=True, text=True, timeout=300)
    return (done.stdout + done.stderr).strip()[-600:]


def wait_healthy(base, seconds):
    started = time.monotonic()
    last = None
    while time.monotonic() - started < seconds:
        last = call(base, "GET", "/health")
        if last[0] == 200:
            return time.monotonic() - started, last
        time.sleep(0.5)  # polling the service's recovery; the bound above ends it
    return None, last


def run(args, work, data, log):
    process, base = start(args.jar, data, args.port, log)
    try:
        print("started; %d MB free of the %s tmpfs (cluster, binaries and keys on it)"
              % (free_bytes(data) >> 20, args.size))
        admin = sign_in(base, ADMIN_EMAIL, ADMIN_PASSWORD)
        call(base, "POST", "/api/v1/auth/register", {"email": CUSTOMER_EMAIL, "password": CUSTOMER_PASSWORD,
                                                      "full_name": "Disk Full Customer"})
        customer = sign_in(base, CUSTOMER_EMAIL, CUSTOMER_PASSWORD)
        record = Record()
        for n in range(3):
            if not write_round(base, customer, record, "before", n, big=False):
                record.problems.append("a write failed before the disk was full")
        first = next(iter(record.tickets))

        ballast = os.path.join(data, "ballast")
        written = fill(ballast)
        print("ballast: %d MB written; %d bytes free" % (written >> 20, free_bytes(data)))

        # Full: write until writes fail, and keep going a while after, with reads in between.
        started = time.monotonic()
        failed_writes = 0
        n = 0
        while time.monotonic() - started < args.full_seconds and failed_writes < args.failed_writes \
                and n < args.max_writes:
            if not write_round(base, customer, record, "full", n, big=True, fallback=first):
                failed_writes += 1
            n += 1
            if n % 5 == 0 or failed_writes:
                read_round(base, customer, record, "full", first)
        print("while full: %d write rounds in %.0f s, %d of them with a failed write; %d bytes free"
              % (n, time.monotonic() - started, failed_writes, free_bytes(data)))
        if args.wal:
            print("filling the WAL: %s" % fill_wal(data, jar=args.jar))
            time.sleep(2)  # give a panicking postmaster its moment; what it did is read below, not assumed
            for n in range(3):
                write_round(base, customer, record, "wal", n, big=False, fallback=first)
                read_round(base, customer, record, "wal", first)
        postgres_alive = subprocess.run(["pgrep", "-f", "postgres -D " + os.path.join(data, "postgres")],
                                        capture_output=True).returncode == 0
        print("PostgreSQL postmaster running while full: %s" % postgres_alive)

        os.remove(ballast)
        print("ballast removed; %d MB free" % (free_bytes(data) >> 20))
        took, last = wait_healthy(base, args.recovery_seconds)
        if took is None:
            record.problems.append("/health not UP within %d s after the space came back: %s"
                                   % (args.recovery_seconds, last[:2]))
        else:
            print("/health UP %.1f s after the ballast went" % took)
        # The first write after recovery may meet a connection the pool has not yet retired (a 503 problem);
        # it must succeed within a few tries.
        recovered = False
        for n in range(10):
            if write_round(base, customer, record, "after", n, big=False, fallback=first):
                recovered = True
                break
        if not recovered:
            record.problems.append("writes did not succeed again after the space came back (10 tries)")
        read_round(base, customer, record, "after", first)
        record.problems += verify(base, admin, record, "after the ballast went")
    finally:
        stop(process)

    process, base = start(args.jar, data, args.port, log)
    try:
        admin = sign_in(base, ADMIN_EMAIL, ADMIN_PASSWORD)
        record.problems += verify(base, admin, record, "after a restart")
    finally:
        stop(process)

    print("answers per phase and request:")
    for (phase, kind), outcomes in record.answers.items():
        print("  %-7s %-18s %s" % (phase, kind, dict(outcomes)))
    for (kind, outcome), body in record.samples.items():
        print("  e.g. %s -> %s: %s" % (kind, outcome, json.dumps(body)[:400] if body is not None else None))
    print("acknowledged: %d tickets, %d comments, %d attachments"
          % (len(record.tickets), len(record.comments), len(record.attachments)))
    with open(log.name, errors="replace") as text:
        lines = text.read().splitlines()
    for word in ("PANIC", "No space left", "SQLSTATE 53100", "terminated by signal", "redo done", "Exception"):
        hits = [line for line in lines if word in line]
        print("service log: %d line(s) with %r%s" % (len(hits), word, (": " + hits[0][:300]) if hits else ""))
    return record.problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("jar")
    parser.add_argument("--port", type=int, default=18097)
    parser.add_argument("--size", default="300m", help="the tmpfs's size: room for the cluster and the binaries")
    parser.add_argument("--full-seconds", type=float, default=90, help="how long to keep writing while full")
    parser.add_argument("--failed-writes", type=int, default=10, help="stop writing while full after this many")
    parser.add_argument("--max-writes", type=int, default=2000)
    parser.add_argument("--recovery-seconds", type=int, default=120)
    parser.add_argument("--no-wal", dest="wal", action="store_false",
                        help="skip writing WAL straight to the cluster until it fails on the full disk")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="supportdesk-full-")
    data = os.path.join(work, "data")
    os.makedirs(data)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=" + args.size, "tmpfs", data], check=True)
    log = open(os.path.join(work, "service.log"), "w")
    problems = ["did not finish"]
    try:
        problems = run(args, work, data, log)
    finally:
        log.close()
        if subprocess.run(["umount", data]).returncode != 0:
            # Something (a PostgreSQL left behind) still holds it: detach it now, freed when that ends.
            subprocess.run(["umount", "-l", data])
    if problems:
        print("FOUND %d problem(s):" % len(problems))
        for problem in problems[:60]:
            print("  " + problem)
        print("the log is kept in " + work)
        sys.exit(1)
    print("passed: every answer bounded and a 2xx or a 503/507 problem, reads served, writes back without a "
          "restart, everything acknowledged there after the space came back and after a restart")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
