#!/usr/bin/env python3
"""Fault 2 of issue 18, the real thing: the PostgreSQL server restarted under load.

**This restarts the local PostgreSQL cluster** (``pg_ctlcluster 15 main restart`` by default, ``--restart-command``
to change it): every database on that server loses its connections for a moment, not only the one this script
creates. Run it where nothing else depends on that server, as root (or the cluster's owner).

Creates a new database on that server, starts one instance of the jar on it, with SMTP pointed at a sink of this
script and a webhook (ticket.created) at a receiver of this script. Eight customers create tickets, comment on them
and have an administrator move each to ``in_progress``, as fast as they can; an administrator's chat socket is open on
a ticket; /health is asked every 100 ms. Then PostgreSQL is restarted, and the load goes on for a while afterwards.

Checked:
  * every answer is a 2xx, or a 503 problem detail (``application/problem+json``, ``SERVICE_UNAVAILABLE``) with
    ``Retry-After``; never a 500, never any other status, never an answer later than the bound (40 s: the pool's 5 s
    acquisition bound and the 30 s statement bound, and some slack);
  * the pool recovers by itself: a write succeeds within 15 s of PostgreSQL accepting connections again;
  * /health goes DOWN (503) while PostgreSQL is away and back UP within 15 s of its return (it waits for the chat's
    LISTEN connection too);
  * the LISTEN connection reconnects: a comment posted through REST after the restart reaches the chat socket
    (reconnected with ``since`` if the server closed it);
  * the scheduled jobs resume: the email and the webhook of a ticket created after the restart are sent;
  * every 2xx-acknowledged write is in the database exactly once (tickets by their unique title, comments by their
    unique body, status changes on their ticket).
Exit status 0 when all holds, 1 on a 500, another unexpected answer, a hang, a loss, a duplicate or a service that
does not recover.

    python3 faults/postgres_restart.py bootstrap/target/supportdesk.jar [--pg-host 127.0.0.1] [--pg-port 5432]
        [--pg-user postgres] [--port 18121] [--before 5] [--after 10] [--restart-command "pg_ctlcluster 15 main
        restart"]

Needs createdb/dropdb/psql/pg_isready on PATH and a JDK >= 21 (JAVA_HOME or PATH). The database it creates is
dropped at the end; no other is touched.
"""
import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import service  # noqa: E402
from service import call  # noqa: E402

PASSWORD = "postgres restart passphrase"
BOUND = 40          # seconds: an answer later than this is a hang
RECOVERY = 15       # seconds after PostgreSQL accepts connections again for a write to succeed
CLIENTS = 8


def header(reply, name):
    for key, value in reply.headers.items():
        if key.lower() == name.lower():
            return value
    return None


class Load:
    """What the clients were told, and what they were acknowledged."""

    def __init__(self):
        self.lock = threading.Lock()
        self.tickets = {}           # id -> title
        self.comments = []          # (ticket, body)
        self.statuses = []          # ticket moved to in_progress
        self.unknown = []           # (kind, key) refused with a 503: stored or not, nothing was promised
        self.answers = []           # (started, seconds, method, status)
        self.unexpected = []        # descriptions of answers that break the promise

    def first_write_after(self, moment):
        """When the first write started at or after ``moment`` was acknowledged, or None."""
        with self.lock:
            done = [started + seconds for started, seconds, method, status in self.answers
                    if method != "GET" and started >= moment and isinstance(status, int) and 200 <= status < 300]
        return min(done) if done else None

    def answered(self, method, path, reply, started):
        with self.lock:
            self.answers.append((started, reply.seconds, method, reply.status))
            if reply.seconds > BOUND:
                self.unexpected.append("%s %s took %.1f s (%s)" % (method, path, reply.seconds, reply.status))
            if not reply.answered:
                self.unexpected.append("%s %s: no answer (%s)" % (method, path, reply.status))
            elif reply.status == 503:
                problem = []
                if not header(reply, "Retry-After"):
                    problem.append("no Retry-After")
                if not (header(reply, "Content-Type") or "").startswith("application/problem+json"):
                    problem.append("not a problem detail: %s" % header(reply, "Content-Type"))
                if reply.code() != "SERVICE_UNAVAILABLE":
                    problem.append("code %s" % reply.code())
                if any(word in str(reply.body) for word in ("Exception", "SQL", "Hikari")):
                    problem.append("names its cause: %s" % str(reply.body)[:200])
                if problem:
                    self.unexpected.append("%s %s: 503 with %s" % (method, path, ", ".join(problem)))
            elif not 200 <= reply.status < 300:
                self.unexpected.append("%s %s: %s %s" % (method, path, reply.status, str(reply.body)[:300]))


def client(base, customer, admin, load, stop, n):
    count = 0
    while not stop.is_set():
        count += 1
        title = "pgrestart %d-%d %s" % (n, count, uuid.uuid4().hex[:8])
        started = time.monotonic()
        reply = call(base, "POST", "/api/v1/tickets", {"title": title, "description": "Under a PostgreSQL restart.",
                                                        "category": "general", "priority": "medium"}, customer,
                     timeout=BOUND + 20)
        load.answered("POST", "/tickets", reply, started)
        if reply.status != 201:
            with load.lock:
                load.unknown.append(("ticket", title))
            continue
        ticket = reply.body["id"]
        with load.lock:
            load.tickets[ticket] = title
        for c in range(2):
            body = "pgcomment %s-%d" % (title.split(" ", 2)[2], c)
            started = time.monotonic()
            reply = call(base, "POST", "/api/v1/tickets/%d/comments" % ticket, {"body": body}, customer,
                         timeout=BOUND + 20)
            load.answered("POST", "/comments", reply, started)
            with load.lock:
                (load.comments.append((ticket, body)) if reply.status == 201
                 else load.unknown.append(("comment", body)))
        started = time.monotonic()
        reply = call(base, "PUT", "/api/v1/tickets/%d/status" % ticket, {"status": "in_progress"}, admin,
                     timeout=BOUND + 20)
        load.answered("PUT", "/status", reply, started)
        with load.lock:
            (load.statuses.append(ticket) if reply.status == 200 else load.unknown.append(("status", ticket)))


def watch_health(base, stop, seen):
    """Records each change of /health's answer with when it came."""
    last = None
    while not stop.is_set():
        state = service.health(base, timeout=BOUND)
        state = "UP" if state == "UP" else ("DOWN" if str(state).startswith("503") else state)
        if state != last:
            seen.append((time.monotonic(), state))
            last = state
        stop.wait(0.1)


def watch_postgres(server, stop, seen):
    """Records when PostgreSQL stops accepting connections and when it accepts them again."""
    last = True
    while not stop.is_set():
        accepting = server.accepting()
        if accepting != last:
            seen.append((time.monotonic(), accepting))
            last = accepting
        stop.wait(0.05)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("jar")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--port", type=int, default=18121)
    parser.add_argument("--before", type=float, default=5, help="seconds of load before the restart")
    parser.add_argument("--after", type=float, default=10, help="seconds of load after PostgreSQL is back")
    parser.add_argument("--restart-command", default="pg_ctlcluster 15 main restart")
    parser.add_argument("--keep-logs", action="store_true", help="keep the service's log even when all passed")
    args = parser.parse_args()

    server = service.PostgresServer(args.pg_host, args.pg_port, args.pg_user)
    database = server.create_database("supportdesk_pgrestart")
    work = tempfile.mkdtemp(prefix="supportdesk-pgrestart-")
    sink, receiver = service.SmtpSink(), service.WebhookReceiver()
    secret = uuid.uuid4().hex + uuid.uuid4().hex
    jar = service.Jar(args.jar, args.port, {
        "DATABASE_URL": database.jdbc_url, "DATABASE_USERNAME": args.pg_user,
        "JWT_SECRET": secret, "CURSOR_SECRET": secret, "ATTACHMENTS_LINK_SECRET": secret,
        "SUPPORTDESK_DATA_DIR": os.path.join(work, "data"),
        "ADMIN_EMAIL": service.ADMIN_EMAIL, "ADMIN_PASSWORD": service.ADMIN_PASSWORD,
        "RATE_LIMIT_ENABLED": "false", "ACCESS_LOG_LEVEL": "WARN",
        "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(sink.port), "SMTP_SECURITY": "none",
        "OUTBOX_DISPATCH_INTERVAL": "1s", "WEBHOOKS_DISPATCH_INTERVAL": "1s",
        "WEBHOOKS_ALLOW_PRIVATE_TARGETS": "true", "CHAT_RATE_MESSAGES": "100000",
    }, os.path.join(work, "service.log"), "the jar")
    problems, facts = [], {}
    load, stop, health_stop = Load(), threading.Event(), threading.Event()
    health_seen, threads, chat = [], [], None
    try:
        jar.start()
        sink.candidates = receiver.candidates = [jar.pid]
        base = jar.base
        admin = service.sign_in(base, service.ADMIN_EMAIL, service.ADMIN_PASSWORD)
        admin_id = service.me(base, admin)["id"]
        hook = call(base, "POST", "/api/v1/webhooks", {"url": receiver.url, "events": ["ticket.created"]}, admin)
        assert hook.status == 201, hook
        customers = []
        for n in range(CLIENTS):
            email = "pg%d@restart.test" % n
            registered = call(base, "POST", "/api/v1/auth/register", {"email": email, "password": PASSWORD,
                                                                       "full_name": "Restart Customer %d" % n})
            assert registered.status == 201, registered
            customers.append(service.sign_in(base, email, PASSWORD))
        opened = call(base, "POST", "/api/v1/tickets", {"title": "The chat through a restart", "description":
                      "An administrator listens here.", "category": "general", "priority": "low"}, customers[0])
        assert opened.status == 201, opened
        chat_ticket = opened.body["id"]
        chat = service.ChatClient(args.port, chat_ticket, admin, admin_id, label="admin")
        chats = [chat]

        health_thread = threading.Thread(target=watch_health, args=(base, health_stop, health_seen), daemon=True)
        health_thread.start()
        for n, customer in enumerate(customers):
            threads.append(threading.Thread(target=client, args=(base, customer, admin, load, stop, n), daemon=True))
        for thread in threads:
            thread.start()
        time.sleep(args.before)  # the load's length before the fault, not a wait for a condition

        others = database.value("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' "
                                "AND datname IS DISTINCT FROM current_database()")
        facts["sessions on other databases of the server at the restart"] = others
        postgres_seen, postgres_stop = [], threading.Event()
        postgres_thread = threading.Thread(target=watch_postgres, args=(server, postgres_stop, postgres_seen),
                                           daemon=True)
        postgres_thread.start()
        restarted_at = time.monotonic()
        restart = subprocess.run(shlex.split(args.restart_command), capture_output=True, text=True)
        facts["restart command"] = "%r: exit %d in %.1f s %s" % (args.restart_command, restart.returncode,
                                                                  time.monotonic() - restarted_at,
                                                                  (restart.stderr or "").strip()[:200])
        if restart.returncode != 0:
            problems.append("the restart command failed: %s" % restart.stderr.strip())
        while not (postgres_seen and postgres_seen[-1][1]) or not server.accepting():
            if time.monotonic() - restarted_at > 120:
                raise RuntimeError("PostgreSQL did not come back within 120 s")
            time.sleep(0.1)  # polling a server we do not control; the bound is above
        postgres_stop.set()
        postgres_thread.join()
        down = next(at for at, accepting in postgres_seen if not accepting)
        back = postgres_seen[-1][0]
        facts["PostgreSQL refusing connections (s from the restart command)"] = "%.1f to %.1f" % (
            down - restarted_at, back - restarted_at)
        time.sleep(args.after)  # the load's length after the fault, not a wait for a condition
        ok_after = load.first_write_after(back)
        if ok_after is None:
            problems.append("no write succeeded within %.0f s of PostgreSQL accepting connections again"
                            % args.after)
        else:
            facts["first write acknowledged after PostgreSQL was back (s)"] = round(ok_after - back, 1)
            if ok_after - back > RECOVERY:
                problems.append("the first write after PostgreSQL was back took %.1f s (bound %d s)"
                                % (ok_after - back, RECOVERY))
        stop.set()
        for thread in threads:
            thread.join(BOUND + 30)

        # The chat: a comment through REST after the restart must reach the socket.
        if chat.closed.is_set():
            facts["chat socket during the restart"] = "closed with %s %r" % (chat.close_code, chat.close_reason)
            chat = service.ChatClient(args.port, chat_ticket, admin, admin_id, since=chat.last_id(),
                                      label="admin again")
            chats.append(chat)
        else:
            facts["chat socket during the restart"] = "stayed open"
        words = "after the restart %s" % uuid.uuid4().hex[:8]
        posted = None
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            posted = call(base, "POST", "/api/v1/tickets/%d/comments" % chat_ticket, {"body": words}, customers[0])
            if posted.status == 201:
                break
            time.sleep(0.5)  # the service may still refuse with 503; the deadline bounds it
        if posted is None or posted.status != 201:
            problems.append("a comment after the restart was refused: %r" % posted)
        else:
            took = None
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                if words in chat.snapshot()[0].values():
                    took = 30 - (deadline - time.monotonic())
                    break
                time.sleep(0.1)  # waiting for a frame on a reader thread; the deadline bounds it
            facts["REST comment after the restart reached the chat socket after (s)"] = \
                None if took is None else round(took, 1)
            if took is None:
                problems.append("a comment posted after the restart never reached the chat socket (LISTEN)")

        # The jobs: a ticket created now is mailed to its requester and posted to the webhook.
        fresh = call(base, "POST", "/api/v1/tickets", {"title": "pgrestart after %s" % uuid.uuid4().hex[:8],
                                                       "description": "Created after the restart.",
                                                       "category": "general", "priority": "low"}, customers[1])
        if fresh.status != 201:
            problems.append("a ticket after the restart was refused: %r" % fresh)
        else:
            ticket = fresh.body["id"]
            mail = database.value("SELECT message_id FROM outbox WHERE ticket_id = %d AND kind = 'ticket_created'"
                                  % ticket)
            hook_id = database.value("SELECT message_id FROM webhook_deliveries WHERE ticket_id = %d" % ticket)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not (mail in sink.ids() and hook_id in receiver.ids()):
                time.sleep(0.2)  # polling what the sink and the receiver got; the deadline bounds it
            facts["email of a ticket created after the restart"] = "sent" if mail in sink.ids() else "NOT SENT"
            facts["webhook of a ticket created after the restart"] = \
                "delivered" if hook_id in receiver.ids() else "NOT DELIVERED"
            if mail not in sink.ids():
                problems.append("the outbox dispatcher did not send an email queued after the restart (%s)" % mail)
            if hook_id not in receiver.ids():
                problems.append("the webhook dispatcher did not deliver a webhook queued after the restart")
        health_stop.set()
        health_thread.join(BOUND + 5)

        # /health went DOWN and came back UP.
        changes = [(round(at - restarted_at, 1), state) for at, state in health_seen]
        facts["/health changes (s from the restart, answer)"] = changes
        after_restart = [state for at, state in health_seen if at >= restarted_at]
        if not any(state != "UP" for state in after_restart):
            problems.append("/health never went DOWN while PostgreSQL was restarting")
        if not health_seen or health_seen[-1][1] != "UP":
            problems.append("/health did not come back UP: %s" % changes[-3:])
        else:
            # The last change, to UP for good (a stale pooled connection can make it flap once more).
            up_again = max(health_seen[-1][0], back)
            facts["/health UP for good after PostgreSQL was back (s)"] = round(up_again - back, 1)
            if up_again - back > RECOVERY:
                problems.append("/health came back UP only %.1f s after PostgreSQL (bound %d s)"
                                % (up_again - back, RECOVERY))

        # What was acknowledged is there, once.
        titles = dict(database.psql("SELECT title, count(*) FROM tickets WHERE title LIKE 'pgrestart %' "
                                    "GROUP BY title"))
        bodies = dict(database.psql("SELECT body, count(*) FROM ticket_comments WHERE body LIKE 'pgcomment %' "
                                    "GROUP BY body"))
        statuses = dict(database.psql("SELECT id, status FROM tickets WHERE title LIKE 'pgrestart %'"))
        lost, doubled = [], [title for title, n in titles.items() if n != "1"]
        doubled += [body for body, n in bodies.items() if n != "1"]
        for ticket, title in load.tickets.items():
            if titles.get(title) != "1":
                lost.append("ticket %s %r: %s" % (ticket, title, titles.get(title)))
        for ticket, body in load.comments:
            if bodies.get(body) != "1":
                lost.append("comment %r on %s: %s" % (body, ticket, bodies.get(body)))
        for ticket in load.statuses:
            if statuses.get(str(ticket)) != "in_progress":
                lost.append("status of %s: %s" % (ticket, statuses.get(str(ticket))))
        if lost:
            problems.append("%d acknowledged write(s) not found exactly once: %s" % (len(lost), lost[:10]))
        if doubled:
            problems.append("stored more than once: %s" % doubled[:10])
        stored_anyway = [key for kind, key in load.unknown
                         if (kind == "ticket" and key in titles) or (kind == "comment" and key in bodies)
                         or (kind == "status" and statuses.get(str(key)) == "in_progress")]
        by_status = {}
        for _, _, _, status in load.answers:
            by_status[status] = by_status.get(status, 0) + 1
        facts["answers by status"] = by_status
        facts["slowest answer (s)"] = round(max(seconds for _, seconds, _, _ in load.answers), 2)
        facts["slowest answer within 3 s of the restart (s)"] = round(max(
            [seconds for started, seconds, _, _ in load.answers if restarted_at - 3 <= started <= back + 3] or [0]),
            2)
        facts["acknowledged"] = "%d tickets, %d comments, %d status changes" % (
            len(load.tickets), len(load.comments), len(load.statuses))
        facts["refused with 503"] = "%d writes, of which %d were stored anyway (%s)" % (
            len(load.unknown), len(stored_anyway), stored_anyway[:5])
        if load.unexpected:
            problems.append("%d answer(s) broke the promise: %s" % (len(load.unexpected), load.unexpected[:10]))
        log_lines = jar.log_text().splitlines()
        facts["the service's log"] = {level: sum(1 for line in log_lines if " %s " % level in line)
                                      for level in ("WARN", "ERROR")}
        errors = []
        for line in log_lines:
            if " ERROR " in line and line[13:140] not in errors:
                errors.append(line[13:140])
        facts["distinct ERROR lines"] = errors[:8]
    finally:
        stop.set()
        health_stop.set()
        if chat:
            chat.close()
        jar.stop()
        sink.close()
        receiver.close()
        database.drop()

    service.report(facts, problems, work)
    print("passed: every answer a 2xx or a 503 problem with Retry-After, none late; the pool, /health, the chat's "
          "LISTEN connection and the jobs came back by themselves; every acknowledged write stored once")
    if args.keep_logs:
        print("logs kept in " + work)
    else:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
