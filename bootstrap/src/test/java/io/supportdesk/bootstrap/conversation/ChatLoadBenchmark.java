package io.supportdesk.bootstrap.conversation;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: the chat benchmark of docs/performance.md. It starts two application processes on loopback ports
 * (sharing the test database), opens {@code benchmark.sockets} sockets on the first — ten agents on each of
 * {@code sockets / 10} tickets — and measures the server's memory per connection and the fan-out latency of
 * {@code benchmark.messages} messages to ten listeners, on one instance and across the two. Every loop is bounded.
 *
 * <pre>./mvnw -o -pl bootstrap test -Dtest=ChatLoadBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatLoadBenchmark {

    private static final int SOCKETS = Integer.getInteger("benchmark.sockets", 5000);
    private static final int LISTENERS = 10;
    private static final int MESSAGES = Integer.getInteger("benchmark.messages", 200);
    private static final String SECRET = "chat-benchmark-secret-0123456789-abcdefghijklmn";
    private static final Pattern SENT_AT = Pattern.compile("sent=(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> report = new ArrayList<>();
    private Server a;
    private Server b;

    /** One application process. */
    private record Server(Process process, int port, Path log) {
        URI http(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        URI ws(String path) {
            return URI.create("ws://127.0.0.1:" + port + path);
        }
    }

    @BeforeAll
    void startTwoInstances() throws Exception {
        a = start("a");
        b = start("b");
    }

    @AfterAll
    void stop() {
        for (Server server : new Server[] {a, b}) {
            if (server != null) {
                server.process().destroy();
                server.process().onExit().orTimeout(30, TimeUnit.SECONDS).join();
            }
        }
    }

    @Test
    void chat_under_load() throws Exception {
        Map<String, String> db = TestDatabase.stringProperties();
        long customer;
        List<Long> agents = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.get("datasources.default.url"),
                db.get("datasources.default.username"), db.get("datasources.default.password"))) {
            customer = insertUser(connection, "customer");
            for (int i = 0; i < LISTENERS; i++) {
                agents.add(insertUser(connection, "agent"));
            }
        }
        String customerToken = token(customer, "customer");
        List<String> agentTokens = agents.stream().map(id -> token(id, "agent")).toList();

        int ticketCount = Math.max(1, SOCKETS / LISTENERS);
        List<Long> tickets = new ArrayList<>();
        for (int i = 0; i < ticketCount + 1; i++) {
            tickets.add(openTicket(a, customerToken));
        }
        long crossTicket = tickets.removeLast();

        long heapBefore = heapUsedKb(a);
        long rssBefore = rssKb(a);
        Instant started = Instant.now();
        List<Listener> listeners = new ArrayList<>();
        for (int batch = 0; batch < ticketCount; batch += 50) {
            List<Listener> opening = new ArrayList<>();
            for (int t = batch; t < Math.min(ticketCount, batch + 50); t++) {
                for (String agentToken : agentTokens) {
                    opening.add(Listener.open(http, a.ws("/ws/tickets/" + tickets.get(t) + "?token=" + agentToken)));
                }
            }
            for (Listener listener : opening) {
                listener.awaitHistory();
            }
            listeners.addAll(opening);
        }
        Duration opening = Duration.between(started, Instant.now());
        Thread.sleep(2000);
        long heapAfter = heapUsedKb(a);
        long rssAfter = rssKb(a);
        report.add("sockets open on instance A: " + listeners.size() + " (" + ticketCount + " tickets x " + LISTENERS
                + " listeners), opened in " + opening.toSeconds() + " s");
        report.add(String.format("server heap after GC: %,d KB -> %,d KB = %.1f KB per connection",
                heapBefore, heapAfter, (heapAfter - heapBefore) / (double) listeners.size()));
        report.add(String.format("server RSS: %,d KB -> %,d KB = %.1f KB per connection",
                rssBefore, rssAfter, (rssAfter - rssBefore) / (double) listeners.size()));

        List<Listener> sameInstance = listeners.subList(0, LISTENERS);
        report.add(latency("one instance (sender and 10 listeners on A, " + listeners.size() + " sockets open)",
                a, tickets.getFirst(), customerToken, sameInstance));

        List<Listener> onB = new ArrayList<>();
        for (String agentToken : agentTokens) {
            onB.add(Listener.open(http, b.ws("/ws/tickets/" + crossTicket + "?token=" + agentToken)));
        }
        for (Listener listener : onB) {
            listener.awaitHistory();
        }
        report.add(latency("across instances (sender on A, 10 listeners on B)", a, crossTicket, customerToken, onB));

        for (Listener listener : listeners) {
            listener.close();
        }
        onB.forEach(Listener::close);
        String text = String.join("\n", report);
        System.out.println("\n=== chat benchmark ===\n" + text + "\n");
        Files.writeString(Path.of("target", "chat-benchmark.txt"), text + "\n");
    }

    private String latency(String label, Server server, long ticket, String senderToken, List<Listener> targets)
            throws Exception {
        targets.forEach(Listener::reset);
        Listener sender = Listener.open(http, server.ws("/ws/tickets/" + ticket + "?token=" + senderToken));
        sender.awaitHistory();
        for (int i = 0; i < MESSAGES; i++) {
            sender.send("{\"action\":\"message\",\"content\":\"sent=" + System.nanoTime() + "\"}");
            Thread.sleep(20);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (targets.stream().mapToInt(l -> l.latencies.size()).sum() < MESSAGES * targets.size()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        sender.close();
        List<Long> all = new ArrayList<>();
        targets.forEach(l -> all.addAll(l.latencies));
        Collections.sort(all);
        int expected = MESSAGES * targets.size();
        return String.format("%s: %d/%d deliveries, p50 %.1f ms, p99 %.1f ms, max %.1f ms", label, all.size(),
                expected, percentile(all, 50), percentile(all, 99), all.isEmpty() ? 0 : all.getLast() / 1e6);
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** A lean client: counts the history, and times chat messages whose content says when they were sent. */
    private static final class Listener implements WebSocket.Listener {
        final CountDownLatch history = new CountDownLatch(1);
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        static Listener open(HttpClient http, URI uri) {
            Listener listener = new Listener();
            listener.socket = http.newWebSocketBuilder().buildAsync(uri, listener).orTimeout(30, TimeUnit.SECONDS)
                    .join();
            return listener;
        }

        void awaitHistory() throws InterruptedException {
            if (!history.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("no chat_history within 60 s");
            }
        }

        void reset() {
            latencies.clear();
        }

        synchronized void send(String text) {
            socket.sendText(text, true).join();
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(e -> null);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.contains("\"type\":\"chat_history\"")) {
                    history.countDown();
                } else if (frame.contains("\"type\":\"chat_message\"")) {
                    Matcher sent = SENT_AT.matcher(frame);
                    if (sent.find()) {
                        latencies.add(now - Long.parseLong(sent.group(1)));
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    private Server start(String name) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> db = TestDatabase.stringProperties();
        Path log = Path.of("target", "chat-benchmark-" + name + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx2g",
                "-Dmicronaut.server.port=" + port,
                "-Dmicronaut.security.token.jwt.signatures.secret.generator.secret=" + SECRET,
                "-Dsupportdesk.chat.rate.messages=100000",
                "-Dsupportdesk.chat.rate.frames=100000",
                "-Dsupportdesk.chat.idle-timeout=30m",
                "-Dsupportdesk.outbox.dispatcher.enabled=false",
                "-Dsupportdesk.digest.enabled=false",
                "-Ddatasources.default.maximum-pool-size=20",
                "-cp", System.getProperty("java.class.path"), "io.supportdesk.bootstrap.Application");
        builder.environment().put("DATASOURCES_DEFAULT_URL", db.get("datasources.default.url"));
        builder.environment().put("DATASOURCES_DEFAULT_USERNAME", db.get("datasources.default.username"));
        builder.environment().put("DATASOURCES_DEFAULT_PASSWORD", db.get("datasources.default.password"));
        builder.environment().put("SUPPORTDESK_DATA_DIR", Files.createTempDirectory("chat-benchmark-").toString());
        // The benchmark's listeners open hundreds of sockets; tokens in the URL keep that to one request each.
        builder.environment().put("CHAT_TOKEN_IN_URL", "true");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Server server = new Server(builder.start(), port, log);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(server.http("/health")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return server;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            if (!server.process().isAlive()) {
                throw new AssertionError("instance " + name + " died; see " + log);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("instance " + name + " did not start within 120 s; see " + log);
    }

    private long openTicket(Server server, String token) throws Exception {
        String body = "{\"title\":\"Benchmark ticket\",\"description\":\"Opened by the chat benchmark.\","
                + "\"category\":\"technical\",\"priority\":\"low\"}";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.http("/api/v1/tickets"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new AssertionError("opening a ticket failed: " + response.statusCode() + " " + response.body());
        }
        return Long.parseLong(id.group(1));
    }

    private static long insertUser(Connection connection, String role) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO users (email, full_name, password_hash, role, created_at, updated_at)
                VALUES (?, ?, 'not-a-real-hash', ?, now(), now()) RETURNING id""")) {
            insert.setString(1, role + "-" + java.util.UUID.randomUUID() + "@benchmark.test");
            insert.setString(2, "Benchmark " + role);
            insert.setString(3, role);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String token(long user, String role) {
        try {
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(String.valueOf(user))
                    .claim("roles", List.of(role)).issuer("supportdesk").issueTime(Date.from(now))
                    .notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(2)))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long heapUsedKb(Server server) throws Exception {
        jcmd(server, "GC.run");
        String info = jcmd(server, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new AssertionError("cannot read the heap of " + server + ": " + info);
        }
        return Long.parseLong(used.group(1));
    }

    private static long rssKb(Server server) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(server.process().pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static String jcmd(Server server, String command) throws Exception {
        Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow()).resolveSibling("jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(server.process().pid()), command)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroy();
        }
        return output;
    }
}
