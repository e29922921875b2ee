#!/usr/bin/env python3
"""Fault 4 of issue 18 at the issue's scale: 200 concurrent slow requests against a pool of 10.

Creates an empty database on a PostgreSQL you name, starts the jar on it with DATABASE_POOL_SIZE 10 and the shipped
bounds (DATABASE_ACQUIRE_TIMEOUT 5 s, DATABASE_LOCK_TIMEOUT 5 s), opens a ticket, and holds that ticket's row from a
psql session of its own (SELECT ... FOR UPDATE in an open transaction). Then 200 clients change the ticket's priority
at once: each change that gets a connection waits for the row up to the lock bound, holding its connection, so ten
of them fill the pool and the rest wait for a connection up to the acquisition bound. Meanwhile a watcher asks
/health/liveness and /info (no database) and /health (which needs one) every 100 ms.

Expected: every change answers within the bounds (5 s + 5 s, plus a margin for a loaded machine: 20 s), as 409
TICKET_BUSY or 503 SERVICE_UNAVAILABLE, each a problem detail with Retry-After, none a 500, none hanging; liveness
and /info answer 200 throughout and stay fast; /health turns DOWN while the pool is empty and UP afterwards; once the
row is let go, the change succeeds and is read back. Exit status 1 otherwise.

    python3 faults/pool_exhaustion.py bootstrap/target/supportdesk.jar [--clients 200] [--pool 10]
        [--pg-host 127.0.0.1] [--pg-port 5432] [--pg-user postgres] [--port 18096]

Needs psql/createdb/dropdb on PATH (they come with the PostgreSQL server) and a JDK >= 21.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

from service import Jar, PostgresServer, call, sign_in

ADMIN_EMAIL = "admin@faults.test"
ADMIN_PASSWORD = "faults admin passphrase 1"
BOUND = 20.0


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))] if ordered else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("jar")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--pool", type=int, default=10)
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--port", type=int, default=18096)
    args = parser.parse_args()
    server = PostgresServer(args.pg_host, args.pg_port, args.pg_user)
    database = server.create_database("supportdesk_pool")
    work = tempfile.mkdtemp(prefix="supportdesk-pool-")
    jar = Jar(args.jar, args.port, {
        "DATABASE_URL": database.jdbc_url, "DATABASE_USERNAME": args.pg_user, "DATABASE_POOL_SIZE": str(args.pool),
        "SUPPORTDESK_DATA_DIR": os.path.join(work, "data"), "ADMIN_EMAIL": ADMIN_EMAIL,
        "ADMIN_PASSWORD": ADMIN_PASSWORD, "RATE_LIMIT_ENABLED": "false", "ACCESS_LOG_LEVEL": "WARN"},
        os.path.join(work, "service.log"))
    base = jar.base
    holder = None
    problems = []
    try:
        jar.start()
        token = sign_in(base, ADMIN_EMAIL, ADMIN_PASSWORD)
        created = call(base, "POST", "/api/v1/tickets", {
            "title": "Pool exhaustion", "description": "The ticket 200 clients change at once.",
            "category": "general", "priority": "low"}, token)
        assert created.status == 201, created
        ticket = created.body

        # The row held by a session of our own, as a long manual transaction or a stuck batch job would.
        holder = subprocess.Popen(database.client() + ["-v", "ON_ERROR_STOP=1", "-q"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        holder.stdin.write("BEGIN;\nSELECT id FROM tickets WHERE id = %d FOR UPDATE;\n\\echo held\n" % ticket["id"])
        holder.stdin.flush()
        line = holder.stdout.readline()
        while line and "held" not in line:
            line = holder.stdout.readline()

        watched = {"liveness": [], "info": [], "health": []}
        stop = threading.Event()

        def watch():
            while not stop.is_set():
                for name, path in (("liveness", "/health/liveness"), ("info", "/info"), ("health", "/health")):
                    reply = call(base, "GET", path, timeout=30)
                    watched[name].append((reply.status, reply.seconds if reply.answered else None))
                stop.wait(0.1)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        answers = [None] * args.clients
        gate = threading.Barrier(args.clients)

        def change(n):
            gate.wait()
            answers[n] = call(base, "PUT", "/api/v1/tickets/%d/priority" % ticket["id"], {"priority": "urgent"},
                              token, timeout=120)

        clients = [threading.Thread(target=change, args=(n,)) for n in range(args.clients)]
        started = time.monotonic()
        for client in clients:
            client.start()
        for client in clients:
            client.join()
        burst = time.monotonic() - started
        stop.set()
        watcher.join()
        holder.stdin.write("ROLLBACK;\n\\q\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
        holder = None

        outcomes = {}
        for answer in answers:
            status, body, code, took = answer.status, answer.body, answer.code(), answer.seconds
            retry = answer.headers.get("Retry-After")
            key = "%s %s%s" % (status, code or "", " Retry-After=%s" % retry if retry else "")
            outcomes[key] = outcomes.get(key, 0) + 1
            if status not in (409, 503) or (status == 409 and code != "TICKET_BUSY") \
                    or (status == 503 and code != "SERVICE_UNAVAILABLE") or not retry:
                problems.append("a change answered %s %s" % (status, body))
            if not answer.answered or took > BOUND:
                problems.append("a change answered after %s s (bound %s s)" % (took, BOUND))
        times = [answer.seconds for answer in answers if answer.answered]
        print("%d changes in %.1f s: %s" % (args.clients, burst, json.dumps(outcomes, sort_keys=True)))
        print("change latency: p50 %.2f s, p99 %.2f s, max %.2f s"
              % (percentile(times, 0.5), percentile(times, 0.99), max(times)))
        for name in ("liveness", "info", "health"):
            statuses = {}
            for status, _ in watched[name]:
                statuses[str(status)] = statuses.get(str(status), 0) + 1
            took = [t for _, t in watched[name] if t is not None]
            print("%-8s during: %s; latency p50 %.3f s, p99 %.3f s, max %.3f s" % (
                name, statuses, statistics.median(took), percentile(took, 0.99), max(took)))
            if name != "health" and set(statuses) != {"200"}:
                problems.append("%s answered %s while the pool was exhausted" % (name, statuses))
            if name != "health" and max(took) > 2:
                problems.append("%s took %.1f s while the pool was exhausted" % (name, max(took)))
        if "503" not in {str(s) for s, _ in watched["health"]}:
            print("note: /health never answered DOWN (the pool was never empty at a sampled moment)")

        after = call(base, "PUT", "/api/v1/tickets/%d/priority" % ticket["id"], {"priority": "urgent"}, token)
        health = call(base, "GET", "/health").status
        read = call(base, "GET", "/api/v1/tickets/%d" % ticket["id"], token=token).body
        print("after the row was let go: change %s, /health %s, priority read back %s"
              % (after.status, health, read.get("priority")))
        if after.status != 200 or read.get("priority") != "urgent":
            problems.append("the change after release answered %r" % after)
        if health != 200:
            problems.append("/health answered %s after release" % health)
        if not jar.running():
            problems.append("the JVM exited with %s" % jar.process.returncode)
    finally:
        if holder is not None:
            holder.kill()
        jar.stop()
        database.drop()
    if problems:
        print("FOUND %d problem(s):" % len(problems))
        for problem in sorted(set(problems))[:20]:
            print("  " + problem)
        print("service log kept in " + jar.log_path)
        sys.exit(1)
    print("passed: every change answered 409 or 503 with Retry-After within %d s, none a 500; liveness and /info "
          "stayed up; the change went through once the row was free" % BOUND)


if __name__ == "__main__":
    main()
