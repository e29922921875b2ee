package io.supportdesk.bootstrap.webhook;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real webhook receiver on the loopback address, for the system tests: it records what arrives and answers with
 * the statuses it is told (200 once they run out), and it verifies signatures the way a receiver would, with the
 * JDK alone.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String path, String id, String timestamp, String signature, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            received.add(new Received(exchange.getRequestURI().getPath(), headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"), body));
            Integer status = answers.poll();
            byte[] answer = ("answered " + (status == null ? 200 : status)).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests are answered with these statuses, in order. */
    void answerWith(Integer... statuses) {
        answers.addAll(List.of(statuses));
    }

    List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The receiver's check: some v1 signature in the header is the HMAC of "id.timestamp.body" with the key. */
    static boolean verifies(Received request, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            String expected = Base64.getEncoder().encodeToString(mac.doFinal(
                    (request.id() + "." + request.timestamp() + "." + request.body())
                            .getBytes(StandardCharsets.UTF_8)));
            Deque<String> signatures = new ArrayDeque<>(List.of(request.signature().split(" ")));
            return signatures.stream().anyMatch(signature -> signature.equals("v1," + expected));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
