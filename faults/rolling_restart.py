#!/usr/bin/env python3
"""Fault 11 of issue 18, the rolling restart: one of two instances stopped with SIGTERM mid-conversation.

Creates a new database on a PostgreSQL server you name, starts two instances of the jar on it (A and B, one signing
key, data directories of their own), a customer and an agent on one ticket, and connects the customer's chat to A and
the agent's to B; both send a message every 200 ms. SMTP goes to a sink of this script and a webhook
(ticket.created, comment.created) to a receiver of this script, so every chat message also makes an email and a
webhook delivery. Then:

  1. the sink and the receiver hold A's next send, so that A's dispatchers sit on a claim of several rows (one on
     its way, the rest not begun), as a busy instance does;
  2. SIGTERM to A, mid-conversation. Expected: the customer's socket is closed with 1001; the rows of A's claims not
     begun are given back at once (OUTBOX_LEASE and WEBHOOKS_LEASE are 10 minutes here: waiting for them would
     show) and B sends them; the send A had under way finishes (the holds are let go) and A exits;
  3. the customer reconnects to B with ``since`` (docs/live-chat.md), and the conversation goes on;
  4. A is started again; the customer moves back to it (``since`` again) and the conversation goes on.

Checked afterwards: every chat message that was acknowledged (came back to its sender, live or in its history) has
reached both people; no message is stored twice (REST comments); the restarted A serves (health, a read, the chat);
every email and webhook delivery was sent, none twice (by Message-ID, by webhook-id), and A's given-back rows were
sent by B without waiting for the lease. Exit status 0 when all holds, 1 on a loss, a duplicate or a service that
does not come back, 2 when the fault could not be arranged (A never held a claim of several rows).

    python3 faults/rolling_restart.py bootstrap/target/supportdesk.jar [--pg-host 127.0.0.1] [--pg-port 5432]
        [--pg-user postgres] [--ports 18111,18112] [--seconds 6]

Needs createdb/dropdb/psql on PATH and a JDK >= 21 (JAVA_HOME or PATH). It creates and drops a database of its own
and touches no other. Uses /proc to tell which instance an SMTP or webhook connection came from (Linux).
"""
import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import service  # noqa: E402
from service import call  # noqa: E402

PASSWORD = "rolling restart passphrase"
GIVE_BACK_BOUND = 10      # seconds after SIGTERM for the rows not begun to be given back (< SHUTDOWN_GRACE_PERIOD)
HOLD = 40                 # seconds at most that the sink and the receiver hold A's send (they are let go sooner)
DELIVERED_BOUND = 60      # seconds after SIGTERM for them to be sent by B (the lease is 600)


class Person:
    """One side of the conversation: its sockets over time and a thread that talks on the current one."""

    def __init__(self, label, token, user_id, interval):
        self.label = label
        self.token = token
        self.user_id = user_id
        self.interval = interval
        self.sockets = []
        self.current = None
        self.sent = []                    # contents, in order
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._talk, name="talk-" + label, daemon=True)

    def connect(self, port, ticket, where, since=None):
        socket = service.ChatClient(port, ticket, self.token, self.user_id, since=since,
                                    label="%s@%s" % (self.label, where))
        with self.lock:
            self.sockets.append(socket)
            self.current = socket
        return socket

    def _talk(self):
        n = 0
        while not self.stop.is_set():
            with self.lock:
                socket = self.current
            if socket is not None and not socket.closed.is_set():
                n += 1
                content = "%s %d %s" % (self.label, n, uuid.uuid4().hex[:8])
                if socket.send(content):
                    with self.lock:
                        self.sent.append(content)
            self.stop.wait(self.interval)

    def seen(self):
        """Every message any of this person's sockets was shown: id -> content."""
        union = {}
        for socket in self.sockets:
            union.update(socket.snapshot()[0])
        return union

    def acknowledged(self):
        """This person's messages that came back to them: content -> id."""
        union = {}
        for socket in self.sockets:
            union.update(socket.snapshot()[1])
        return union

    def errors(self):
        return [error for socket in self.sockets for error in socket.snapshot()[2]]

    def last_id(self):
        seen = self.seen()
        return max(seen) if seen else None


def held_claim(database, table, seconds=1.5):
    """The claim token that holds at least two pending rows of ``table`` now and ``seconds`` later (B's claims are
    settled in milliseconds; a claim that stays is A's, held by the sink or the receiver), with its row ids."""
    query = ("SELECT claim_token, string_agg(id::text, ',' ORDER BY id) FROM %s WHERE status = 'pending' "
             "AND locked_until > now() GROUP BY claim_token HAVING count(*) >= 2" % table)
    first = {token: ids for token, ids in database.psql(query)}
    time.sleep(seconds)  # the definition of "stays": one sample, then another
    second = {token: ids for token, ids in database.psql(query)}
    for token in first:
        if token in second:
            return token, [int(i) for i in first[token].split(",")]
    return None, []


def wait_for(what, seconds, condition, interval=0.2):
    """Polls ``condition`` until true or ``seconds`` pass; returns the seconds it took, or None."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if condition():
            return time.monotonic() - started
        time.sleep(interval)  # polling a database and processes we do not control; the bound is above
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("jar")
    parser.add_argument("--pg-host", default="127.0.0.1")
    parser.add_argument("--pg-port", type=int, default=5432)
    parser.add_argument("--pg-user", default="postgres")
    parser.add_argument("--ports", default="18111,18112")
    parser.add_argument("--seconds", type=float, default=6, help="conversation before and between the steps")
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between one person's messages")
    args = parser.parse_args()
    port_a, port_b = (int(p) for p in args.ports.split(","))

    server = service.PostgresServer(args.pg_host, args.pg_port, args.pg_user)
    database = server.create_database("supportdesk_rolling")
    work = tempfile.mkdtemp(prefix="supportdesk-rolling-")
    sink, receiver = service.SmtpSink(hold_timeout=HOLD), service.WebhookReceiver(hold_timeout=HOLD)
    secret = uuid.uuid4().hex + uuid.uuid4().hex
    common = {
        "DATABASE_URL": database.jdbc_url, "DATABASE_USERNAME": args.pg_user,
        "JWT_SECRET": secret, "CURSOR_SECRET": secret, "ATTACHMENTS_LINK_SECRET": secret,
        "ADMIN_EMAIL": service.ADMIN_EMAIL, "ADMIN_PASSWORD": service.ADMIN_PASSWORD,
        "RATE_LIMIT_ENABLED": "false", "ACCESS_LOG_LEVEL": "WARN",
        "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(sink.port), "SMTP_SECURITY": "none",
        # A held send must not time out at A (a retry would then deliver it twice).
        "SMTP_TIMEOUT": "60s", "WEBHOOKS_TIMEOUT": "60s",
        "NOTIFICATION_REPLY_WINDOW": "0s",
        # Waiting for a lease would take 10 minutes: a claim of a stopped instance must be given back instead.
        "OUTBOX_DISPATCH_INTERVAL": "1s", "OUTBOX_LEASE": "10m",
        "WEBHOOKS_DISPATCH_INTERVAL": "1s", "WEBHOOKS_LEASE": "10m", "WEBHOOKS_ALLOW_PRIVATE_TARGETS": "true",
        # Two people, five messages a second each: far past the shipped per-user budgets.
        "CHAT_RATE_MESSAGES": "100000", "CHAT_RATE_FRAMES": "100000",
    }
    a = service.Jar(args.jar, port_a, dict(common, SUPPORTDESK_DATA_DIR=os.path.join(work, "data-a")),
                    os.path.join(work, "a.log"), "A")
    b = service.Jar(args.jar, port_b, dict(common, SUPPORTDESK_DATA_DIR=os.path.join(work, "data-b")),
                    os.path.join(work, "b.log"), "B")
    problems, facts = [], {}
    arranged = True
    people = []
    try:
        a.start()
        b.start()
        for holder in (sink, receiver):
            holder.candidates = [a.pid, b.pid]

        admin = service.sign_in(a.base, service.ADMIN_EMAIL, service.ADMIN_PASSWORD)
        agent_email, customer_email = "agent@rolling.test", "customer@rolling.test"
        created = call(a.base, "POST", "/api/v1/users", {"email": agent_email, "password": PASSWORD,
                                                         "full_name": "Rolling Agent", "role": "agent"}, admin)
        assert created.status == 201, created
        agent_id = created.body["id"]
        registered = call(b.base, "POST", "/api/v1/auth/register", {"email": customer_email, "password": PASSWORD,
                                                                     "full_name": "Rolling Customer"})
        assert registered.status == 201, registered
        hook = call(a.base, "POST", "/api/v1/webhooks", {"url": receiver.url,
                                                         "events": ["ticket.created", "comment.created"]}, admin)
        assert hook.status == 201, hook
        customer = service.sign_in(a.base, customer_email, PASSWORD)
        agent = service.sign_in(b.base, agent_email, PASSWORD)
        customer_id = service.me(a.base, customer)["id"]
        opened = call(a.base, "POST", "/api/v1/tickets", {"title": "Rolling restart", "description": "Talking "
                      "through a rolling restart.", "category": "general", "priority": "medium"}, customer)
        assert opened.status == 201, opened
        ticket = opened.body["id"]
        assigned = call(b.base, "POST", "/api/v1/tickets/%d/assign" % ticket, {"assignee_id": agent_id}, admin)
        assert assigned.status == 200, assigned

        the_customer = Person("customer", customer, customer_id, args.interval)
        the_agent = Person("agent", agent, agent_id, args.interval)
        people = [the_customer, the_agent]
        on_a = the_customer.connect(port_a, ticket, "A")
        the_agent.connect(port_b, ticket, "B")
        for person in people:
            person.thread.start()
        time.sleep(args.seconds)  # the conversation's length before the fault, not a wait for a condition

        # 1. A's next email and webhook sends are held, so that A sits on claims, as a busy instance does.
        # The chat's own deliveries are one ticket's, and a ticket's deliveries go one at a time (in order): new
        # tickets, each a ticket.created delivery of its own, let a claim take several at once.
        sink.hold(a.pid)
        receiver.hold(a.pid)
        burst_stop = threading.Event()
        burst = []

        def open_tickets():
            while not burst_stop.is_set():
                reply = call(b.base, "POST", "/api/v1/tickets", {"title": "Burst %d" % len(burst),
                             "description": "Work for the dispatchers.", "category": "general",
                             "priority": "low"}, customer)
                burst.append(reply.status)
                burst_stop.wait(0.1)

        burster = threading.Thread(target=open_tickets, daemon=True)
        burster.start()
        outbox_token, outbox_ids = None, []
        webhook_token, webhook_ids = None, []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (outbox_token and webhook_token):
            # A held on a claim of a single row is let go, to take a larger one at its next round.
            if not outbox_token and sink.held_once.is_set():
                outbox_token, outbox_ids = held_claim(database, "outbox")
                if not outbox_token:
                    sink.release()
                    sink.hold(a.pid)
            if not webhook_token and receiver.held_once.is_set():
                webhook_token, webhook_ids = held_claim(database, "webhook_deliveries")
                if not webhook_token:
                    receiver.release()
                    receiver.hold(a.pid)
            time.sleep(0.2)  # polling the holds; the deadline bounds it
        burst_stop.set()
        burster.join()
        facts["tickets opened to make work for the dispatchers"] = "%d (%s)" % (
            len(burst), {status: burst.count(status) for status in set(burst)})
        facts["A's held outbox claim"] = "%d rows" % len(outbox_ids) if outbox_token else "none caught"
        facts["A's held webhook claim"] = "%d rows" % len(webhook_ids) if webhook_token else "none caught"
        if not outbox_token or not webhook_token:
            arranged = False

        # 2. SIGTERM to A, mid-conversation.
        terminated = time.monotonic()
        a.terminate()
        probes = []

        def given_back(table, token):
            left = database.value("SELECT count(*) FROM %s WHERE claim_token = '%s'" % (table, token))
            return int(left) <= 1   # the one on its way stays leased until it is settled

        if outbox_token:
            took = wait_for("outbox rows given back", GIVE_BACK_BOUND, lambda: given_back("outbox", outbox_token))
            facts["outbox rows given back after SIGTERM (s)"] = None if took is None else round(took, 1)
            if took is None:
                problems.append("A's outbox claim (%d rows) was not given back within %d s of SIGTERM"
                                % (len(outbox_ids), GIVE_BACK_BOUND))
        if webhook_token:
            took = wait_for("webhook deliveries given back", GIVE_BACK_BOUND,
                            lambda: given_back("webhook_deliveries", webhook_token))
            facts["webhook deliveries given back after SIGTERM (s)"] = None if took is None else round(took, 1)
            if took is None:
                problems.append("A's webhook claim (%d rows) was not given back within %d s of SIGTERM"
                                % (len(webhook_ids), GIVE_BACK_BOUND))
        probes.append(("health of A after the give-back", service.health(a.base, timeout=3)))
        # The sends A had under way may now finish, within the grace period.
        sink.release()
        receiver.release()

        # 3. The customer's socket on A is closed (1001 expected) and the customer reconnects to B with since.
        if not on_a.closed.wait(45):
            problems.append("the customer's socket on A was still open 45 s after SIGTERM")
        facts["customer's socket on A closed"] = "%s %r after %.1f s" % (
            on_a.close_code, on_a.close_reason, (on_a.closed_at or time.monotonic()) - terminated)
        if on_a.close_code != 1001:
            problems.append("the customer's socket on A was closed with %s (%r), not 1001"
                            % (on_a.close_code, on_a.close_reason))
        since = the_customer.last_id()
        the_customer.connect(port_b, ticket, "B", since=since)
        facts["customer reconnected to B with since"] = since
        status = a.wait(45)
        facts["A exited"] = "status %s, %.1f s after SIGTERM" % (status, time.monotonic() - terminated)
        if status is None:
            problems.append("A was still running 45 s after SIGTERM")
        first_a = a.pid
        for label, ids, table, done, holder in (("outbox", outbox_ids, "outbox", "sent", sink),
                                                ("webhook", webhook_ids, "webhook_deliveries", "delivered",
                                                 receiver)):
            if not ids:
                continue
            id_list = ",".join(str(i) for i in ids)
            took = wait_for(label, DELIVERED_BOUND - (time.monotonic() - terminated), lambda: database.value(
                "SELECT count(*) FROM %s WHERE id IN (%s) AND status <> '%s'" % (table, id_list, done)) == "0")
            facts["A's %s claim all %s, after SIGTERM (s)" % (label, done)] = (
                None if took is None else round(time.monotonic() - terminated, 1))
            if took is None:
                problems.append("A's %s claim was not all %s within %d s of SIGTERM (the lease is 600 s)"
                                % (label, done, DELIVERED_BOUND))
            # Who sent them: A only the one it had under way (held), B everything A had not begun.
            names = {row[0] for row in database.psql("SELECT message_id FROM %s WHERE id IN (%s)"
                                                     % (table, id_list))}
            senders = [pid for ident, pid, _ in list(holder.accepted) if ident in names]
            by_a = senders.count(first_a)
            facts["A's %s claim sent by A / by B" % label] = "%d / %d" % (by_a, senders.count(b.pid))
            if by_a > 1:
                problems.append("A sent %d of its %s claim's %d rows itself after SIGTERM: they were not given back"
                                % (by_a, label, len(ids)))
        time.sleep(args.seconds)  # the conversation on B alone, not a wait for a condition

        # 4. A again, and the customer back on it.
        a.start()
        for holder in (sink, receiver):
            holder.candidates = [a.pid, b.pid]
        probes.append(("health of the restarted A", service.health(a.base)))
        read = call(a.base, "GET", "/api/v1/tickets/%d" % ticket, token=customer)
        probes.append(("a read on the restarted A", read.status))
        if read.status != 200 or service.health(a.base) != "UP":
            problems.append("the restarted A does not serve: health %s, read %s" % (service.health(a.base),
                                                                                   read.status))
        on_b = the_customer.current
        since = the_customer.last_id()
        the_customer.connect(port_a, ticket, "A again", since=since)
        on_b.close()
        time.sleep(args.seconds)  # the conversation across the restarted A and B, not a wait for a condition
        for person in people:
            person.stop.set()
            person.thread.join()

        # Everything acknowledged must reach both people; they are given a bound to catch up.
        acknowledged = {}
        for person in people:
            for content, message_id in person.acknowledged().items():
                acknowledged[message_id] = content

        def missing():
            return {person.label: sorted(set(acknowledged) - set(person.seen())) for person in people}

        wait_for("every acknowledged message everywhere", 30, lambda: not any(missing().values()), interval=0.5)
        for label, ids in missing().items():
            if ids:
                problems.append("%d acknowledged message(s) never reached the %s: ids %s"
                                % (len(ids), label, ids[:20]))
        stored = service.all_comments(b.base, ticket, admin)
        bodies = [comment["body"] for comment in stored]
        doubled = service.duplicates(bodies)
        if doubled:
            problems.append("messages stored more than once: %s" % list(doubled.items())[:10])
        stored_ids = {comment["id"]: comment["body"] for comment in stored}
        for message_id, content in acknowledged.items():
            if stored_ids.get(message_id) != content:
                problems.append("acknowledged message %d (%r) is not stored as such" % (message_id, content))
        sent = [content for person in people for content in person.sent]
        unacknowledged = [content for content in sent if content not in acknowledged.values()]
        facts["messages sent"] = {person.label: len(person.sent) for person in people}
        facts["messages acknowledged"] = len(acknowledged)
        facts["sent, never acknowledged"] = len(unacknowledged)
        facts["of those, stored anyway"] = len([c for c in unacknowledged if c in bodies])
        facts["error frames"] = {person.label: [e.get("code") for e in person.errors()] for person in people}
        facts["sockets"] = {s.label: "close %s" % s.close_code if s.closed.is_set() else "open"
                            for person in people for s in person.sockets}

        # Email and webhooks: everything sent, nothing twice.
        wait_for("the outbox and the webhook deliveries drained", 90, lambda: database.value(
            "SELECT (SELECT count(*) FROM outbox WHERE status <> 'sent') "
            "+ (SELECT count(*) FROM webhook_deliveries WHERE status <> 'delivered')") == "0", interval=0.5)
        outbox = dict(database.psql("SELECT status, count(*) FROM outbox GROUP BY status"))
        deliveries = dict(database.psql("SELECT status, count(*) FROM webhook_deliveries GROUP BY status"))
        facts["outbox rows by status"] = outbox
        facts["webhook deliveries by status"] = deliveries
        names = {first_a: "A", a.pid: "A restarted", b.pid: "B"}
        facts["emails received, by sender"] = {names.get(pid, pid): n for pid, n in sink.by_pid().items()}
        facts["webhooks received, by sender"] = {names.get(pid, pid): n for pid, n in receiver.by_pid().items()}
        if set(outbox) - {"sent"}:
            problems.append("outbox rows not sent: %s" % outbox)
        if set(deliveries) - {"delivered"}:
            problems.append("webhook deliveries not delivered: %s" % deliveries)
        if service.duplicates(sink.ids()):
            problems.append("emails received twice: %s" % service.duplicates(sink.ids()))
        if service.duplicates(receiver.ids()):
            problems.append("webhooks received twice: %s" % service.duplicates(receiver.ids()))
        missing_mail = {row[0] for row in database.psql("SELECT message_id FROM outbox WHERE status = 'sent'")} \
            - set(sink.ids())
        if missing_mail:
            problems.append("%d emails marked sent never reached the sink, e.g. %s" % (len(missing_mail), database.psql(
                "SELECT id, kind, attempts, created_at, sent_at FROM outbox WHERE message_id IN ('%s')"
                % "','".join(sorted(missing_mail)[:5]))))
        facts["probes"] = probes
    finally:
        for person in people:
            person.stop.set()
            for socket in person.sockets:
                socket.close()
        a.stop()
        b.stop()
        sink.close()
        receiver.close()
        database.drop()

    service.report(facts, problems, work)
    if not arranged:
        print("NOT ARRANGED: A never held a claim of several rows, so the give-back was not exercised; logs in "
              + work)
        sys.exit(2)
    print("passed: every acknowledged chat message reached both people, none stored twice; A's claims were given "
          "back at SIGTERM and sent by B, every email and webhook once; the restarted A serves")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
