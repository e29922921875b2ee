"""Shared helpers for the fault scripts that came after the first five (those keep their own copies).

* ``Jar``: one instance of the jar started with an environment of its own, waited for, stopped with SIGTERM.
* ``call``, ``health``, ``sign_in``, ``all_comments``: the REST API with the standard library only.
* ``PostgresServer`` / ``Database``: a fresh database on a PostgreSQL server, created and dropped with the
  server's own client programs (createdb, dropdb, psql on PATH).
* ``WebSocket`` and ``ChatClient``: the chat over a WebSocket written out by hand (RFC 6455: handshake, masked client
  frames), no library.
* ``SmtpSink`` and ``WebhookReceiver``: a tiny SMTP server and an HTTP receiver on loopback that accept everything,
  remember what they accepted and from which process, and can hold one process's sends until told to answer.

Needs only Python 3 (3.8 or later; no smtpd, which 3.12 removed) and, for the jar, a JDK >= 21 (JAVA_HOME or PATH).
"""
import base64
import http.client
import http.server
import json
import os
import signal
import socket
import socketserver
import struct
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

ADMIN_EMAIL = "admin@faults.test"
ADMIN_PASSWORD = "faults admin passphrase 1"


# ---------------------------------------------------------------- HTTP

class Reply:
    """An answer: ``status`` is the HTTP status, or a text such as "ConnectionRefusedError after 0.0 s" when nothing
    was answered; ``body`` parsed JSON when it was JSON; ``seconds`` how long it took."""

    def __init__(self, status, body, headers, seconds):
        self.status = status
        self.body = body
        self.headers = headers
        self.seconds = seconds

    @property
    def answered(self):
        return isinstance(self.status, int)

    def code(self):
        return self.body.get("code") if isinstance(self.body, dict) else None

    def __repr__(self):
        return "Reply(%s, %s, %.2f s)" % (self.status, str(self.body)[:200], self.seconds)


def call(base, method, path, body=None, token=None, timeout=30, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Reply(response.status, _parse(response.read()), dict(response.headers), time.monotonic() - started)
    except urllib.error.HTTPError as error:
        return Reply(error.code, _parse(error.read()), dict(error.headers), time.monotonic() - started)
    except (OSError, http.client.HTTPException) as error:
        took = time.monotonic() - started
        return Reply("%s after %.1f s" % (type(error).__name__, took), None, {}, took)


def _parse(raw):
    text = raw.decode(errors="replace")
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def health(base, timeout=5):
    """"UP", or what was answered instead ("503 DOWN", "ConnectionRefusedError ...")."""
    reply = call(base, "GET", "/health", timeout=timeout)
    if reply.status == 200:
        return "UP"
    if reply.answered:
        status = reply.body.get("status") if isinstance(reply.body, dict) else reply.body
        return "%s %s" % (reply.status, status)
    return reply.status


def sign_in(base, email, password):
    reply = call(base, "POST", "/api/v1/auth/login", {"email": email, "password": password})
    if reply.status != 200:
        raise SystemExit("sign-in of %s failed: %r" % (email, reply))
    return reply.body["access_token"]


def me(base, token):
    reply = call(base, "GET", "/api/v1/auth/me", token=token)
    if reply.status != 200:
        raise SystemExit("GET /auth/me failed: %r" % reply)
    return reply.body


def all_comments(base, ticket, token):
    """Every comment of the ticket, oldest first, read by cursor."""
    items, cursor = [], None
    while True:
        path = "/api/v1/tickets/%d/comments?page_size=100" % ticket
        if cursor:
            path += "&cursor=" + urllib.parse.quote(cursor)
        reply = call(base, "GET", path, token=token)
        if reply.status != 200:
            raise RuntimeError("reading the comments of %d: %r" % (ticket, reply))
        items.extend(reply.body["items"])
        cursor = reply.body.get("next_cursor")
        if not cursor:
            return items


# ---------------------------------------------------------------- the jar

def report(facts, problems, work):
    """Prints what a run saw, then its problems; exits with status 1 when there are any, naming where the logs are
    kept. Returns when there are none, for the script's own closing line."""
    for name, value in facts.items():
        print("%s: %s" % (name, value))
    if problems:
        print("FOUND %d problem(s):" % len(problems))
        for problem in problems:
            print("  " + problem)
        print("logs kept in " + work)
        sys.exit(1)


def java_binary():
    return os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"


class Jar:
    """One instance of the jar. ``env`` adds to the process's own environment; ``PORT`` is set from ``port``."""

    def __init__(self, jar, port, env, log_path, name=None):
        self.jar = jar
        self.port = port
        self.env = dict(env)
        self.log_path = log_path
        self.name = name or "instance on %d" % port
        self.base = "http://127.0.0.1:%d" % port
        self.process = None
        self.log = None

    @property
    def pid(self):
        return self.process.pid if self.process else None

    def start(self, wait=180):
        """Starts the jar and returns once /health answers 200; raises if it exits or does not come up."""
        if self.log:
            self.log.close()
        self.log = open(self.log_path, "a")
        env = dict(os.environ, PORT=str(self.port), **self.env)
        self.process = subprocess.Popen([java_binary(), "-jar", self.jar], env=env, stdout=self.log,
                                        stderr=subprocess.STDOUT)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("%s exited with %d while starting; see %s"
                                   % (self.name, self.process.returncode, self.log_path))
            if call(self.base, "GET", "/health", timeout=2).status == 200:
                return self
            time.sleep(0.5)  # polling a process we do not control; the deadline bounds it
        self.process.kill()
        raise RuntimeError("%s did not come up within %d s; see %s" % (self.name, wait, self.log_path))

    def running(self):
        return self.process is not None and self.process.poll() is None

    def terminate(self):
        """SIGTERM: a graceful shutdown."""
        self.process.send_signal(signal.SIGTERM)

    def wait(self, timeout):
        """The exit status, or None if still running after ``timeout`` seconds."""
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def stop(self, timeout=60):
        """SIGTERM, then SIGKILL if it has not exited within ``timeout``; closes the log."""
        if self.running():
            self.terminate()
            if self.wait(timeout) is None:
                self.process.kill()
                self.process.wait()
        if self.log:
            self.log.close()
            self.log = None

    def log_text(self):
        with open(self.log_path, errors="replace") as log:
            return log.read()


# ---------------------------------------------------------------- PostgreSQL

class PostgresServer:
    """A PostgreSQL server reached with its client programs (trust auth, or the PG* variables for a password)."""

    def __init__(self, host="127.0.0.1", port=5432, user="postgres"):
        self.host, self.port, self.user = host, port, user

    def _args(self):
        return ["-h", self.host, "-p", str(self.port), "-U", self.user]

    def create_database(self, prefix):
        """A new, empty database named ``prefix`` and a random suffix; never an existing one."""
        name = "%s_%s" % (prefix, uuid.uuid4().hex[:8])
        subprocess.run(["createdb"] + self._args() + [name], check=True)
        return Database(self, name)

    def accepting(self):
        """Whether the server accepts connections now."""
        return subprocess.run(["pg_isready", "-q"] + self._args(), check=False).returncode == 0


class Database:
    def __init__(self, server, name):
        self.server = server
        self.name = name

    @property
    def jdbc_url(self):
        return "jdbc:postgresql://%s:%d/%s" % (self.server.host, self.server.port, self.name)

    def psql(self, sql):
        """Rows as lists of strings (unaligned, '|' between columns)."""
        out = subprocess.run(["psql"] + self.server._args() + ["-d", self.name, "-AtX", "-c", sql], check=True,
                             capture_output=True, text=True).stdout
        return [line.split("|") for line in out.splitlines() if line]

    def client(self):
        """The psql command line for a session of the caller's own on this database (to hold a lock, say)."""
        return ["psql"] + self.server._args() + ["-d", self.name]

    def value(self, sql):
        rows = self.psql(sql)
        return rows[0][0] if rows else None

    def drop(self):
        """Drops this database (only the one this object created), ending its connections."""
        subprocess.run(["dropdb"] + self.server._args() + ["--force", "--if-exists", self.name], check=False)


# ---------------------------------------------------------------- WebSocket, by hand

class Closed(Exception):
    pass


class WebSocket:
    """A client WebSocket over a plain TCP socket, signed in with a bearer token."""

    def __init__(self, port, path, token, timeout=30):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(("GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer %s\r\n\r\n"
                           % (path, port, key, token)).encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise Closed("connection closed during the handshake")
            self.buffer += chunk
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if not head.startswith(b"HTTP/1.1 101"):
            raise Closed("handshake refused: " + head.split(b"\r\n", 1)[0].decode())
        self.close_code = None
        self.close_reason = None
        self.fragments = []
        self.send_lock = threading.Lock()

    def send_frame(self, opcode, payload, fin=True):
        header = bytes([(0x80 if fin else 0) | opcode])
        length = len(payload)
        if length < 126:
            header += bytes([0x80 | length])
        elif length < 65536:
            header += bytes([0x80 | 126]) + struct.pack("!H", length)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", length)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        with self.send_lock:
            self.sock.sendall(header + mask + masked)

    def send_json(self, value):
        self.send_frame(0x1, json.dumps(value).encode())

    def _read(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise Closed("connection closed without a close frame")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def recv(self):
        """The next text message (str); raises Closed on a close frame (its code in close_code)."""
        while True:
            b0, b1 = self._read(2)
            opcode, fin, length = b0 & 0x0F, b0 & 0x80, b1 & 0x7F
            if length == 126:
                length = struct.unpack("!H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self._read(8))[0]
            payload = self._read(length)
            if opcode == 0x8:
                self.close_code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                self.close_reason = payload[2:].decode(errors="replace")
                raise Closed("close %s" % self.close_code)
            if opcode == 0x9:
                self.send_frame(0xA, payload)
                continue
            if opcode == 0xA:
                continue
            self.fragments.append(payload)
            if fin:
                text = b"".join(self.fragments).decode()
                self.fragments = []
                return text

    def close(self, code=1000):
        try:
            self.send_frame(0x8, struct.pack("!H", code))
        except OSError:
            pass
        try:
            self.sock.close()
        except OSError:
            pass


class ChatClient:
    """One chat socket on a ticket, read by a thread of its own.

    Keeps every message it was shown, live (``chat_message``) or in a ``chat_history``, by id; ``own`` maps the
    contents this client sent to the id they were stored under once they came back to it (an echo, or its history
    after a reconnect). ``since`` is passed as the query parameter of the same name.
    """

    def __init__(self, port, ticket, token, user_id, since=None, label="client"):
        self.label = label
        self.port = port
        self.user_id = user_id
        path = "/ws/tickets/%d" % ticket + ("?since=%d" % since if since else "")
        self.opened_at = time.monotonic()
        self.ws = WebSocket(port, path, token)
        self.lock = threading.Lock()
        self.seen = {}          # message id -> content
        self.own = {}           # content -> id (this client's messages that came back to it)
        self.errors = []        # error frames
        self.histories = []     # (since, number of messages) per chat_history frame
        self.closed = threading.Event()
        self.close_code = None
        self.close_reason = None
        self.closed_at = None
        self.established = threading.Event()
        self.closed_by_client = False
        self.reader = threading.Thread(target=self._read, name="chat-" + label, daemon=True)
        self.reader.start()
        # A frame sent at once after the 101 can be dropped by the server's upgrade (reliability.md, item 10).
        if not self.established.wait(30):
            raise RuntimeError("%s: no connection_established within 30 s" % label)

    def _take(self, message):
        with self.lock:
            self.seen[message["id"]] = message.get("content")
            sender = message.get("sender") or {}
            if sender.get("id") == self.user_id:
                self.own.setdefault(message.get("content"), message["id"])

    def _read(self):
        self.ws.sock.settimeout(None)
        try:
            while True:
                frame = json.loads(self.ws.recv())
                kind = frame.get("type")
                if kind == "connection_established":
                    self.established.set()
                elif kind == "chat_message":
                    self._take(frame)
                elif kind == "chat_history":
                    with self.lock:
                        self.histories.append((frame.get("since"), len(frame.get("messages", []))))
                    for message in frame.get("messages", []):
                        self._take(message)
                elif kind == "error":
                    with self.lock:
                        self.errors.append(frame)
        except (Closed, OSError, ValueError) as error:
            self.close_code = "client" if self.closed_by_client else self.ws.close_code
            self.close_reason = self.ws.close_reason or str(error)
        finally:
            self.closed_at = time.monotonic()
            self.closed.set()

    def send(self, content):
        """Sends a message; False if the socket is gone."""
        try:
            self.ws.send_json({"action": "message", "content": content, "client_id": content[:100]})
            return True
        except OSError:
            return False

    def last_id(self):
        with self.lock:
            return max(self.seen) if self.seen else None

    def snapshot(self):
        with self.lock:
            return dict(self.seen), dict(self.own), list(self.errors)

    def close(self):
        """Closes the socket from this side (1000); ``close_code`` then says "client"."""
        self.closed_by_client = True
        self.ws.close()
        self.closed.wait(5)


# ---------------------------------------------------------------- who is on the other end

def pid_of_loopback_peer(peer_port, candidates):
    """The pid, among ``candidates``, of the process whose TCP socket has local port ``peer_port`` (the other end of
    a connection accepted on loopback), or None. Reads /proc (Linux; root, or the same user)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as lines:
                next(lines)
                for line in lines:
                    fields = line.split()
                    if int(fields[1].rsplit(":", 1)[1], 16) == peer_port:
                        inodes.add(fields[9])
        except OSError:
            continue
    if not inodes:
        return None
    for pid in candidates:
        if pid is None:
            continue
        try:
            for fd in os.listdir("/proc/%d/fd" % pid):
                try:
                    target = os.readlink("/proc/%d/fd/%s" % (pid, fd))
                except OSError:
                    continue
                if target.startswith("socket:[") and target[8:-1] in inodes:
                    return pid
        except OSError:
            continue
    return None


class _Holding:
    """What SmtpSink and WebhookReceiver share: the record of what was accepted, and holding one process's sends."""

    def __init__(self, hold_timeout):
        self.lock = threading.Lock()
        self.accepted = []            # (id, pid, time)
        self.candidates = []          # pids to tell apart
        self.hold_pid = None
        self.hold_timeout = hold_timeout
        self.released = threading.Event()
        self.held = []                # ids being held
        self.held_once = threading.Event()

    def hold(self, pid):
        """From now on, sends from ``pid`` get their answer only after ``release()`` (or ``hold_timeout``)."""
        with self.lock:
            self.released.clear()
            self.held_once.clear()
            self.hold_pid = pid

    def release(self):
        with self.lock:
            self.hold_pid = None
        self.released.set()

    def _pid(self, peer_port):
        return pid_of_loopback_peer(peer_port, list(self.candidates))

    def _maybe_hold(self, pid, ident):
        with self.lock:
            holding = pid is not None and pid == self.hold_pid
            if holding:
                self.held.append(ident)
        if holding:
            self.held_once.set()
            self.released.wait(self.hold_timeout)
            with self.lock:
                self.held.remove(ident)

    def _record(self, ident, pid):
        with self.lock:
            self.accepted.append((ident, pid, time.monotonic()))

    def ids(self):
        with self.lock:
            return [ident for ident, _, _ in self.accepted]

    def by_pid(self):
        with self.lock:
            counts = {}
            for _, pid, _ in self.accepted:
                counts[pid] = counts.get(pid, 0) + 1
            return counts


class SmtpSink(_Holding):
    """An SMTP server on loopback that accepts every message (no TLS, no auth: ``SMTP_SECURITY=none``) and keeps
    each one's Message-ID with the pid of the process that sent it."""

    def __init__(self, hold_timeout=8):
        super().__init__(hold_timeout)
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            def handle(self):
                pid = sink._pid(self.client_address[1])
                self.wfile.write(b"220 faults-sink ESMTP\r\n")
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    verb = line.decode(errors="replace").strip().upper()
                    if verb.startswith("EHLO"):
                        self.wfile.write(b"250-faults-sink\r\n250 8BITMIME\r\n")
                    elif verb.startswith("HELO") or verb.startswith("MAIL") or verb.startswith("RCPT") \
                            or verb.startswith("RSET") or verb.startswith("NOOP"):
                        self.wfile.write(b"250 OK\r\n")
                    elif verb == "DATA":
                        self.wfile.write(b"354 go ahead\r\n")
                        message_id = None
                        while True:
                            data = self.rfile.readline()
                            if not data or data in (b".\r\n", b".\n"):
                                break
                            if message_id is None and data.lower().startswith(b"message-id:"):
                                message_id = data.split(b":", 1)[1].strip().decode(errors="replace")
                        if not data:
                            return
                        sink._maybe_hold(pid, message_id)
                        sink._record(message_id, pid)
                        self.wfile.write(b"250 accepted\r\n")
                    elif verb == "QUIT":
                        self.wfile.write(b"221 bye\r\n")
                        return
                    else:
                        self.wfile.write(b"502 not implemented\r\n")

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.release()
        self.server.shutdown()
        self.server.server_close()


class WebhookReceiver(_Holding):
    """An HTTP receiver on loopback that answers 204 to every POST and keeps each delivery's ``webhook-id`` with the
    pid of the process that sent it."""

    def __init__(self, hold_timeout=8):
        super().__init__(hold_timeout)
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                ident = self.headers.get("webhook-id")
                pid = receiver._pid(self.client_address[1])
                receiver._maybe_hold(pid, ident)
                receiver._record(ident, pid)
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = "http://127.0.0.1:%d/hook" % self.port
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.release()
        self.server.shutdown()
        self.server.server_close()


def duplicates(values):
    """The values that occur more than once, with their counts."""
    counts = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return {value: n for value, n in counts.items() if n > 1}
