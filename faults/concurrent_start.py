#!/usr/bin/env python3
"""Fault 7 of issue 18: several instances started at the same moment on one empty database.

Creates an empty database on a PostgreSQL you name (DATABASE_URL style host/port, trust or password auth through
the usual PG* variables for psql), starts N instances of the jar at once against it, and checks that every one
comes up, that Flyway ran each migration once, and that exactly one first administrator was created, by one
instance (two printed a password each before the admin count took a lock, and only one of them worked).

    python3 faults/concurrent_start.py bootstrap/target/supportdesk.jar [--instances 3] [--pg-host 127.0.0.1]
        [--pg-port 5432] [--pg-user postgres]

Needs psql/createdb/dropdb on PATH (they come with the PostgreSQL server) and a JDK >= 21.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid


def psql(args, database, sql):
    return subprocess.run(["psql", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user, "-d", database,
                           "-At", "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("jar")
    parser.add_argument("--instances", type=int, default=3)
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--first-port", type=int, default=18101)
    args = parser.parse_args()
    database = "supportdesk_start_" + uuid.uuid4().hex[:8]
    subprocess.run(["createdb", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user, database],
                   check=True)
    work = tempfile.mkdtemp(prefix="supportdesk-start-")
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    # One JWT secret for all, as a real deployment has; no ADMIN_PASSWORD, so the first admin's is generated.
    secret = uuid.uuid4().hex + uuid.uuid4().hex
    processes = []
    try:
        for n in range(args.instances):
            env = dict(os.environ, DATABASE_URL="jdbc:postgresql://%s:%d/%s" % (args.pg_host, args.pg_port, database),
                       DATABASE_USERNAME=args.pg_user, PORT=str(args.first_port + n), JWT_SECRET=secret,
                       CURSOR_SECRET=secret, SUPPORTDESK_DATA_DIR=os.path.join(work, "data-%d" % n))
            log = open(os.path.join(work, "instance-%d.log" % n), "w")
            processes.append((subprocess.Popen([java, "-jar", args.jar], env=env, stdout=log,
                                               stderr=subprocess.STDOUT), log, args.first_port + n))
        problems = []
        deadline = time.monotonic() + 180
        for process, log, port in processes:
            while True:
                if process.poll() is not None:
                    problems.append("instance on port %d exited with %d (see %s)" % (port, process.returncode,
                                                                                       log.name))
                    break
                try:
                    with urllib.request.urlopen("http://127.0.0.1:%d/health" % port, timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    problems.append("instance on port %d not up after 180 s" % port)
                    break
                time.sleep(0.5)  # polling processes we do not control; the deadline bounds it
        versions = psql(args, database, "SELECT version, count(*) FROM flyway_schema_history WHERE success"
                                        " GROUP BY version HAVING count(*) > 1")
        failed = psql(args, database, "SELECT count(*) FROM flyway_schema_history WHERE NOT success")
        admins = psql(args, database, "SELECT count(*) FROM users WHERE role = 'admin'")
        migrations = psql(args, database, "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL")
        if versions:
            problems.append("migrations applied more than once: " + versions)
        if failed != "0":
            problems.append("failed migrations recorded: " + failed)
        if admins != "1":
            problems.append("first administrators created: %s (expected 1)" % admins)
        print("%d instances started at once on %s: %d migrations recorded, %s administrator(s)"
              % (args.instances, database, int(migrations), admins))
        generated = [n for n, (_, log, _) in enumerate(processes)
                     if "created admin" in open(log.name).read()]
        print("the first admin was created (and its password printed) by instance(s) %s" % generated)
        if len(generated) != 1:
            # Each printed a password; only the last one written works, and the operator cannot tell which.
            problems.append("%d instances printed a first admin's password" % len(generated))
        if problems:
            print("FOUND %d problem(s):" % len(problems))
            for problem in problems:
                print("  " + problem)
            print("logs kept in " + work)
            sys.exit(1)
        print("every instance came up; each migration ran once; one first administrator")
    finally:
        for process, log, _ in processes:
            process.terminate()
        for process, log, _ in processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()
        subprocess.run(["dropdb", "-h", args.pg_host, "-p", str(args.pg_port), "-U", args.pg_user, database])


if __name__ == "__main__":
    main()
