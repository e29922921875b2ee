package io.supportdesk.bootstrap.conversation;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client (the JDK's) that keeps every frame it receives, for system tests. */
public final class ChatClient implements WebSocket.Listener, AutoCloseable {

    /**
     * How long a frame, a connection or a send may take: generous, since a loaded 2-core machine stalls for seconds
     * at a time. Only a safety net: every wait ends as soon as what it waits for happens.
     */
    static final Duration WAIT = Duration.ofSeconds(30);

    public record Closed(int code, String reason) {
    }

    private final JsonMapper json;
    private final LinkedBlockingQueue<Map<String, Object>> inbox = new LinkedBlockingQueue<>();
    private final List<Map<String, Object>> seen = new ArrayList<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final boolean keepAlive;
    private volatile boolean reading = true;
    private WebSocket socket;
    private java.util.concurrent.ScheduledFuture<?> pinger;

    private static final java.util.concurrent.ScheduledExecutorService PINGS =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "chat-test-pings");
                thread.setDaemon(true);
                return thread;
            });

    private ChatClient(JsonMapper json, boolean keepAlive) {
        this.json = json;
        this.keepAlive = keepAlive;
    }

    /**
     * With {@code keepAlive} the client pings every second, as the chat page does, and hides the pongs; without,
     * it stays silent (and sees pongs to pings it sends itself).
     */
    public static ChatClient connect(JsonMapper json, URI uri, String bearer, boolean keepAlive) {
        return connect(json, uri, bearer, keepAlive, true);
    }

    /** Without {@code reading}, the client takes the first frame and then stops reading: a stalled reader. */
    static ChatClient connect(JsonMapper json, URI uri, String bearer, boolean keepAlive, boolean reading) {
        ChatClient client = new ChatClient(json, keepAlive);
        client.reading = reading;
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(WAIT);
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        client.socket = builder.buildAsync(uri, client).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        if (keepAlive) {
            client.pinger = PINGS.scheduleWithFixedDelay(() -> {
                if (client.isOpen()) {
                    try {
                        client.sendRaw("{\"action\":\"ping\"}");
                    } catch (RuntimeException closing) {
                        // The socket is closing; the next round will see it closed.
                    }
                }
            }, 1, 1, TimeUnit.SECONDS);
        }
        return client;
    }

    public void send(Map<String, Object> frame) {
        try {
            sendRaw(json.writeValueAsString(frame));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void sendRaw(String text) {
        socket.sendText(text, true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** One frame of a fragmented text message: RFC 6455 continuation frames until {@code last}. */
    synchronized void sendFragment(String text, boolean last) {
        socket.sendText(text, last).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** The next frame of that type that also matches, skipping (but remembering) others. */
    public Map<String, Object> await(String type, Predicate<Map<String, Object>> matching) {
        return await(frame -> type.equals(frame.get("type")) && matching.test(frame));
    }

    private Map<String, Object> await(Predicate<Map<String, Object>> matching) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        for (Map<String, Object> frame : List.copyOf(seen)) {
            if (matching.test(frame)) {
                seen.remove(frame);
                return frame;
            }
        }
        while (System.nanoTime() < deadline) {
            Map<String, Object> frame = poll(Duration.ofNanos(deadline - System.nanoTime()));
            if (frame == null) {
                break;
            }
            if (matching.test(frame)) {
                return frame;
            }
            seen.add(frame);
        }
        throw new AssertionError("no frame matched within " + WAIT + "; got " + seen);
    }

    public Map<String, Object> await(String type) {
        return await(type, frame -> true);
    }

    /**
     * Every frame up to and including the next one of that type that matches, for asserting that something did not
     * come before a marker: frames on one socket arrive in order, so this needs no quiet period to wait out.
     */
    public List<Map<String, Object>> framesUntil(String type, Predicate<Map<String, Object>> matching) {
        return framesUntil(frame -> type.equals(frame.get("type")) && matching.test(frame));
    }

    /** The same, for a marker of any type. */
    List<Map<String, Object>> framesUntil(Predicate<Map<String, Object>> marking) {
        Map<String, Object> marker = await(marking);
        List<Map<String, Object>> frames = new ArrayList<>(seen);
        seen.clear();
        frames.add(marker);
        return frames;
    }

    public Closed awaitClose() {
        return closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    boolean isOpen() {
        return !closed.isDone() && !socket.isOutputClosed();
    }

    private Map<String, Object> poll(Duration timeout) {
        try {
            return inbox.poll(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                Map<String, Object> frame = json.readValue(partial.toString(),
                        Argument.mapOf(String.class, Object.class));
                if (!(keepAlive && "pong".equals(frame.get("type")))) {
                    inbox.add(frame);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            partial.setLength(0);
        }
        if (reading) {
            webSocket.request(1);
        }
        return null;
    }

    /** A stalled reader catches up with everything waiting for it. */
    void resumeReading() {
        reading = true;
        socket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        stopPinging();
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        stopPinging();
        closed.complete(new Closed(-1, String.valueOf(error)));
    }

    private void stopPinging() {
        if (pinger != null) {
            pinger.cancel(false);
        }
    }

    @Override
    public void close() {
        stopPinging();
        if (isOpen()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(e -> null).join();
            closed.completeOnTimeout(new Closed(WebSocket.NORMAL_CLOSURE, "bye"), 5, TimeUnit.SECONDS).join();
        }
    }
}
