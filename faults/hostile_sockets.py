#!/usr/bin/env python3
"""Fault 10 of issue 18: hostile WebSocket clients.

Starts the jar on a data directory of its own (embedded PostgreSQL), creates a ticket (owned by a customer, the
"probe"), an administrator who floods it with messages and a few staff accounts for the attack sockets, and runs four
attacks on the ticket's chat while the probe sends a message every 200 ms and measures the round trip (send -> its
own chat_message echo):

  (a) many sockets opened and never read while large messages flow: each must be closed (1013, its send queue
      full, or 4429 past a socket cap) and the heap must stay bounded;
  (b) one 1 MiB text frame: the socket must be closed (1009, the frame is over the endpoint's maxPayloadLength)
      or answered with an error frame;
  (c) a fragmented message that never finishes (a first frame without FIN, then nothing): the socket must be closed
      (the idle timeout, 4408, at the latest); and a fragmented message that keeps growing (continuation frames
      without FIN): it must be closed before it holds more than a frame limit;
  (d) a ping flood, 10,000 frames a second for a few seconds from one socket that never reads: of WebSocket ping
      control frames (answered by the server's WebSocket layer: no close is expected, the server must stay up and
      the probe unaffected) and of {"action": "ping"} frames (past the socket's frame budget, CHAT_RATE_FRAMES:
      a 1008 close is expected, or 1013 if the unread pongs fill its send queue first).

For each: the close codes, the probe's latency p50/p99 before and during, the heap (jvm_memory_used_bytes, area
heap, from GET /prometheus) before/during/after, and /health. Exit status 1 if the server went down, a probe message
was lost, or an offender was not closed where expected.

    python3 faults/hostile_sockets.py bootstrap/target/supportdesk.jar [--port 18098] [--sockets 1000]

Needs only Python 3 and a JDK >= 21 on PATH (or JAVA_HOME). No WebSocket library: the handshake and the framing
(RFC 6455, masked client frames) are written out below.
"""
import argparse
import base64
import json
import os
import shutil
import signal
import socket
import struct
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
PASSWORD = "hostile sockets passphrase"
PROMETHEUS_TOKEN = "hostile-sockets-scrape"


# ---------------------------------------------------------------- HTTP

def call(base, method, path, body=None, token=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            text = response.read().decode()
            try:
                return response.status, (json.loads(text) if text else None)
            except ValueError:
                return response.status, text
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        try:
            return error.code, json.loads(text)
        except ValueError:
            return error.code, text


def health(base):
    try:
        status, body = call(base, "GET", "/health", timeout=5)
        return "UP" if status == 200 else "%s %s" % (status, body)
    except OSError as error:
        return "DOWN (%s)" % type(error).__name__


def heap_mib(base):
    """jvm_memory_used_bytes summed over the heap pools, in MiB (None if the server does not answer)."""
    try:
        status, text = call(base, "GET", "/prometheus", token=PROMETHEUS_TOKEN, timeout=10)
    except OSError:
        return None
    if status != 200:
        return None
    total = 0.0
    for line in text.splitlines():
        if line.startswith("jvm_memory_used_bytes{") and 'area="heap"' in line:
            total += float(line.rsplit(" ", 1)[1])
    return round(total / 2 ** 20, 1)


JVM_PID = None


def rss_mib():
    """The JVM's resident memory (heap, direct buffers and all), in MiB."""
    try:
        with open("/proc/%d/status" % JVM_PID) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return round(int(line.split()[1]) / 1024)
    except (OSError, TypeError):
        return None


def memory(base):
    return "heap %s MiB, RSS %s MiB" % (heap_mib(base), rss_mib())


def start(jar, data, port, log, env_extra):
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if "JAVA_HOME" in os.environ else "java"
    env = dict(os.environ, SUPPORTDESK_DATA_DIR=data, PORT=str(port), ADMIN_EMAIL=ADMIN_EMAIL,
               ADMIN_PASSWORD=ADMIN_PASSWORD, RATE_LIMIT_ENABLED="false", PROMETHEUS_TOKEN=PROMETHEUS_TOKEN,
               ACCESS_LOG_LEVEL="WARN", **env_extra)
    process = subprocess.Popen([java, "-jar", jar], env=env, stdout=log, stderr=subprocess.STDOUT)
    global JVM_PID
    JVM_PID = process.pid
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
        time.sleep(0.5)  # polling a process we do not control; the deadline bounds it
    process.kill()
    raise SystemExit("the service did not come up within 120 s; see " + log.name)


# ---------------------------------------------------------------- WebSocket, by hand

class Closed(Exception):
    pass


class Socket:
    """A client WebSocket over a plain TCP socket. recv_buffer shrinks SO_RCVBUF so that an unread socket fills."""

    def __init__(self, port, path, token, recv_buffer=None, timeout=30):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if recv_buffer:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, recv_buffer)
        self.sock.settimeout(timeout)
        self.sock.connect(("127.0.0.1", port))
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
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload)) if length < 65536 else _mask(payload, mask)
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
            if opcode in (0x9, 0xA):
                continue
            self.fragments.append(payload)
            if fin:
                text = b"".join(self.fragments).decode()
                self.fragments = []
                return text

    def drain_to_close(self, timeout):
        """Reads (and drops) everything until the close frame or the end; the close code, or a description."""
        deadline = time.monotonic() + timeout
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    return "open"
                self.sock.settimeout(left)
                self.recv()
        except Closed:
            return self.close_code if self.close_code is not None else "end without close frame"
        except socket.timeout:
            return "open"
        except OSError as error:
            return type(error).__name__

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def _mask(payload, mask):
    """Masks a long payload in one big-integer XOR (a Python loop over a mebibyte is slow)."""
    keystream = (mask * (len(payload) // 4 + 1))[:len(payload)]
    return (int.from_bytes(payload, "big") ^ int.from_bytes(keystream, "big")).to_bytes(len(payload), "big")


# ---------------------------------------------------------------- the probe

class Probe:
    """A well-behaved client: a message every 200 ms, the round trip to its own echo recorded by phase."""

    def __init__(self, port, path, token):
        self.ws = Socket(port, path, token)
        # A frame sent at once after the 101 can arrive before the server's WebSocket pipeline is in place and is
        # then dropped (see reliability.md, item 10): like the chat page, the probe waits for its first frame.
        while json.loads(self.ws.recv()).get("type") != "connection_established":
            pass
        self.lock = threading.Lock()
        self.sent = {}           # content -> (send time, phase)
        self.latencies = {}      # phase -> [seconds]
        self.errors = []
        self.closed = None
        self.phase = "setup"
        self.stop = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.writer = threading.Thread(target=self._write, daemon=True)
        self.reader.start()
        self.writer.start()

    def _read(self):
        self.ws.sock.settimeout(None)
        try:
            while True:
                frame = json.loads(self.ws.recv())
                if frame.get("type") == "chat_message":
                    with self.lock:
                        sent = self.sent.pop(frame.get("content"), None)
                        if sent:
                            self.latencies.setdefault(sent[1], []).append(time.monotonic() - sent[0])
                elif frame.get("type") == "error":
                    with self.lock:
                        self.errors.append(frame)
        except (Closed, OSError, ValueError) as error:
            self.closed = "%s %s" % (self.ws.close_code, error)

    def _write(self):
        n = 0
        while not self.stop.is_set():
            n += 1
            content = "probe %d %s" % (n, uuid.uuid4().hex[:8])
            with self.lock:
                self.sent[content] = (time.monotonic(), self.phase)
            try:
                self.ws.send_json({"action": "message", "content": content, "client_id": content})
            except OSError:
                return
            self.stop.wait(0.2)

    def finish(self, wait=10):
        self.stop.set()
        self.writer.join()
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and self.sent:
            time.sleep(0.1)
        with self.lock:
            return dict(self.sent)

    def stats(self, phase):
        with self.lock:
            values = sorted(self.latencies.get(phase, []))
        if not values:
            return "no echoes"
        pick = lambda q: values[min(len(values) - 1, int(q * len(values)))] * 1000
        return "n=%d p50=%.0f ms p99=%.0f ms max=%.0f ms" % (len(values), pick(0.5), pick(0.99), values[-1] * 1000)


# ---------------------------------------------------------------- the attacks

def count(codes):
    result = {}
    for code in codes:
        result[code] = result.get(code, 0) + 1
    return result


def attack_many_unread(args, base, path, tokens, flooder_token, report):
    """(a) Many sockets that never read, while an administrator sends 8 KB messages to the ticket."""
    sockets, refused = [], []
    for i in range(args.sockets):
        try:
            sockets.append(Socket(args.port, path, tokens[i % len(tokens)], recv_buffer=4096))
        except (Closed, OSError) as error:
            refused.append(str(error))
    opened = time.monotonic()
    report["opened"] = len(sockets)
    report["refused at the handshake"] = count(refused)
    report["memory after opening"] = memory(base)
    flooder = Socket(args.port, path, flooder_token)
    threading.Thread(target=lambda: flooder.drain_to_close(3600), daemon=True).start()
    big = "x" * 8000
    sent, heaps = 0, []
    until = time.monotonic() + args.flood_seconds
    while time.monotonic() < until:
        flooder.send_json({"action": "message", "content": "flood %d %s" % (sent, big)})
        sent += 1
        if sent % 25 == 0:
            heaps.append(heap_mib(base))
        if sent % 100 == 0:
            report["RSS during, at %d messages (MiB)" % sent] = rss_mib()
        time.sleep(1 / args.flood_rate)
    report["flood messages of 8 KB sent"] = sent
    report["heap during (MiB), samples"] = heaps
    report["heap during, max (MiB)"] = max([h for h in heaps if h is not None], default=None)
    flooder.close()
    # What each unread socket was told: read everything it was sent, up to its close frame.
    codes = [s.drain_to_close(10) for s in sockets]
    for s in sockets:
        s.close()
    report["close codes"] = count(codes)
    report["seconds from the last open to the end of the flood"] = round(until - opened, 1)
    still_open = codes.count("open")
    return still_open == 0, "%d of %d unread sockets never closed" % (still_open, len(sockets))


def attack_big_frame(args, base, path, token, report):
    """(b) One 1 MiB text frame."""
    ws = Socket(args.port, path, token)
    payload = json.dumps({"action": "message", "content": "y" * (1024 * 1024)}).encode()
    try:
        ws.send_frame(0x1, payload)
        report["sent"] = "1 MiB frame written whole"
    except OSError as error:
        report["sent"] = "the server stopped reading mid-frame (%s)" % type(error).__name__
    frames, code = [], None
    ws.sock.settimeout(10)
    try:
        while True:
            frames.append(json.loads(ws.recv()).get("type"))
            if frames[-1] == "error":
                break
    except Closed:
        code = ws.close_code if ws.close_code is not None else "end without close frame"
    except socket.timeout:
        code = "open"
    except OSError as error:
        code = type(error).__name__
    report["close code"] = code
    report["close reason"] = ws.close_reason
    report["frames before"] = count(frames)
    ws.close()
    ok = code not in ("open",) or "error" in frames
    return ok, "the 1 MiB frame was neither refused nor answered (%s)" % code


def attack_unfinished_fragment(args, base, path, token, report):
    """(c) A first frame without FIN, then nothing; and continuation frames without FIN, growing."""
    stuck = Socket(args.port, path, token)
    stuck.send_frame(0x1, b'{"action": "message", "content": "never fini', fin=False)
    started = time.monotonic()
    growing = Socket(args.port, path, token)
    growing.send_frame(0x1, b'{"action": "message", "content": "', fin=False)
    chunk = b"z" * 60000
    grown, growing_result = 0, None
    try:
        while grown < args.fragment_bytes:
            growing.send_frame(0x0, chunk, fin=False)
            grown += len(chunk)
    except OSError as error:
        growing_result = type(error).__name__
    report["growing fragment: bytes sent before the server stopped it"] = grown
    report["growing fragment: memory after sending"] = memory(base)
    # Stopped by a bound on the message, not by the idle timeout's close that the growing frames do not postpone.
    stopped = grown < args.fragment_bytes and time.monotonic() - started < args.idle_seconds
    code = growing.drain_to_close(max(5, started + args.idle_seconds + 20 - time.monotonic()))
    report["growing fragment: closed after (s)"] = round(time.monotonic() - started, 1)
    report["growing fragment: close code"] = code if growing_result is None or code != "open" else growing_result
    report["growing fragment: close reason"] = growing.close_reason
    growing.close()
    code = stuck.drain_to_close(max(5, started + args.idle_seconds + 20 - time.monotonic()))
    report["unfinished fragment: close code"] = code
    report["unfinished fragment: close reason"] = stuck.close_reason
    report["unfinished fragment: closed after (s)"] = round(time.monotonic() - started, 1)
    stuck.close()
    # Expected: the unfinished message closed by the idle timeout at the latest; the growing one refused (1009)
    # once it is past 64 KiB in all (ChatMessageSizeLimit), not held whole until the idle timeout.
    if code == "open":
        return False, "an unfinished fragmented message was never closed"
    if not stopped:
        return False, ("a fragmented message growing by 60 KB continuation frames was accepted whole (%d bytes) and "
                       "held until the socket closed (%s): no bound on a message's fragments"
                       % (grown, report["growing fragment: close code"]))
    return True, ""


def attack_ping_flood(args, base, path, token, report, control):
    """(d) 10,000 frames a second for a few seconds from one socket that never reads."""
    ws = Socket(args.port, path, token, recv_buffer=4096)
    frame_payload = b"" if control else json.dumps({"action": "ping"}).encode()
    sent, heaps, failure = 0, [], None
    started = time.monotonic()
    until = started + args.ping_seconds
    try:
        while time.monotonic() < until:
            second = time.monotonic()
            for _ in range(1000):
                ws.send_frame(0x9 if control else 0x1, frame_payload)
                sent += 1
            heaps.append(memory(base)) if sent % 10000 == 0 else None
            rest = 0.1 - (time.monotonic() - second)
            if rest > 0:
                time.sleep(rest)   # 1,000 frames per 100 ms
    except OSError as error:
        failure = type(error).__name__
    report["frames sent"] = sent
    report["rate (frames/s)"] = round(sent / (time.monotonic() - started))
    report["send stopped by"] = failure or "nothing: all sent"
    report["memory during"] = heaps
    code = ws.drain_to_close(5)
    report["close code"] = code
    report["close reason"] = ws.close_reason
    ws.close()
    if control:
        return True, ""
    return code != "open", "a flood of {\"action\": \"ping\"} from a non-reader was never closed"


# ---------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("jar")
    parser.add_argument("--port", type=int, default=18098)
    parser.add_argument("--sockets", type=int, default=1000)
    parser.add_argument("--users", type=int, default=5, help="staff accounts sharing the attack sockets")
    parser.add_argument("--flood-seconds", type=float, default=20)
    parser.add_argument("--flood-rate", type=float, default=25, help="8 KB messages a second during (a)")
    parser.add_argument("--fragment-bytes", type=int, default=256 * 2 ** 20)
    parser.add_argument("--ping-seconds", type=float, default=3)
    parser.add_argument("--idle-seconds", type=int, default=60)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="supportdesk-hostile-")
    log = open(os.path.join(work, "service.log"), "w")
    per_user = args.sockets // args.users + 10
    process, base = start(args.jar, os.path.join(work, "data"), args.port, log, {
        # Room for the attack: the caps are raised so that (a) reaches its number of sockets; the messages a user
        # may send are raised so that the probe (5 a second) and the flooder are not refused.
        "CHAT_SOCKETS_PER_USER": str(per_user), "CHAT_SOCKETS_PER_TICKET": str(args.sockets + 50),
        "CHAT_RATE_MESSAGES": "100000", "CHAT_IDLE_TIMEOUT": "%ds" % args.idle_seconds,
        # The flooder sends 25 frames a second; (d2)'s 10,000 a second stay far past this budget.
        "CHAT_RATE_FRAMES": "1000"})
    problems, results = [], {}
    try:
        _, session = call(base, "POST", "/api/v1/auth/login", {"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
        admin = session["access_token"]
        call(base, "POST", "/api/v1/auth/register", {"email": "probe@faults.test", "password": PASSWORD,
                                                      "full_name": "Probe Customer"})
        probe_token = call(base, "POST", "/api/v1/auth/login",
                           {"email": "probe@faults.test", "password": PASSWORD})[1]["access_token"]
        status, ticket = call(base, "POST", "/api/v1/tickets", {
            "title": "Hostile sockets", "description": "The ticket the attacks share.", "category": "general",
            "priority": "medium"}, probe_token)
        assert status == 201, (status, ticket)
        tokens = []
        for n in range(args.users):
            email = "attacker%d@faults.test" % n
            status, body = call(base, "POST", "/api/v1/users", {"email": email, "password": PASSWORD,
                                                                 "full_name": "Attacker %d" % n, "role": "admin"},
                                admin)
            assert status == 201, (status, body)
            tokens.append(call(base, "POST", "/api/v1/auth/login",
                               {"email": email, "password": PASSWORD})[1]["access_token"])
        path = "/ws/tickets/%d" % ticket["id"]
        probe = Probe(args.port, path, probe_token)
        probe.phase = "before"
        time.sleep(5)  # the baseline's length, not a wait for a condition
        results["baseline"] = {"probe": probe.stats("before"), "memory": memory(base), "health": health(base)}
        print("baseline: %s" % results["baseline"], flush=True)

        attacks = [
            ("a", "%d unread sockets" % args.sockets,
             lambda r: attack_many_unread(args, base, path, tokens, admin, r)),
            ("b", "1 MiB text frame", lambda r: attack_big_frame(args, base, path, tokens[0], r)),
            ("c", "unfinished fragmented message", lambda r: attack_unfinished_fragment(args, base, path, tokens[1], r)),
            ("d1", "ping control-frame flood", lambda r: attack_ping_flood(args, base, path, tokens[2], r, True)),
            ("d2", "{\"action\":\"ping\"} flood", lambda r: attack_ping_flood(args, base, path, tokens[3], r, False)),
        ]
        for key, name, attack in attacks:
            report = {"memory before": memory(base)}
            probe.phase = key
            try:
                ok, why = attack(report)
            except Exception as error:  # an attack that breaks is a result too
                ok, why = False, "the attack itself failed: %r" % error
            probe.phase = key + " after"
            time.sleep(2)   # let the last echoes of the phase arrive before measuring "after"
            report["memory after"] = memory(base)
            report["health"] = health(base)
            report["probe during"] = probe.stats(key)
            results[key] = report
            print("(%s) %s: %s" % (key, name, json.dumps(report, default=str)), flush=True)
            if not ok:
                problems.append("(%s) %s" % (key, why))
            if report["health"] != "UP":
                problems.append("(%s) /health answered %s" % (key, report["health"]))
        lost = probe.finish()
        print("probe: closed=%s, errors=%d, messages not echoed=%d" % (probe.closed, len(probe.errors), len(lost)))
        if lost:
            problems.append("the probe's messages were not echoed: %d (phases %s)"
                            % (len(lost), count(p for _, p in lost.values())))
        if probe.closed:
            problems.append("the probe's socket was closed: %s" % probe.closed)
        if probe.errors:
            problems.append("the probe got error frames: %s" % probe.errors[:3])
        status, comments = call(base, "GET", "/api/v1/tickets/%d/comments?page_size=1" % ticket["id"], token=admin)
        print("final health: %s; %s; JVM alive: %s" % (health(base), memory(base), process.poll() is None))
        if process.poll() is not None:
            problems.append("the JVM exited with %s" % process.returncode)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
        log.close()
    if problems:
        print("FOUND %d problem(s):" % len(problems))
        for problem in problems:
            print("  " + problem)
        print("logs and data kept in " + work)
        sys.exit(1)
    print("passed: the server stayed up, every offender expected to be closed was, no probe message was lost")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
