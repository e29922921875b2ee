package io.supportdesk.bootstrap.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An SMTP peer for tests that need a mail server to misbehave on cue, as GreenMail will not: refuse every recipient
 * with a 4xx for a while (the outbox must retry), or hold a message's final answer until the test lets it go (a
 * dispatcher caught mid-batch). Just enough SMTP for Jakarta Mail, one thread per connection, every message it
 * accepted kept by its {@code Message-ID}.
 */
public final class ScriptedSmtp implements AutoCloseable {

    /** A message the server accepted. */
    public record Delivered(String messageId, String subject) {
    }

    private final ServerSocket socket;
    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;
    private final AtomicReference<Hold> nextHold = new AtomicReference<>();

    /** One message whose "250 queued" waits until released. */
    public static final class Hold {

        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** Waits until a message's data has arrived and waits for its answer; false if none did in time. */
        public boolean awaitReached(Duration bound) throws InterruptedException {
            return reached.await(bound.toMillis(), TimeUnit.MILLISECONDS);
        }

        public void release() {
            released.countDown();
        }
    }

    private ScriptedSmtp() {
        try {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ScriptedSmtp start() {
        ScriptedSmtp server = new ScriptedSmtp();
        Thread.ofVirtual().name("scripted-smtp").start(server::serve);
        return server;
    }

    /** Settings that send an application's mail here, with a timeout no held message reaches. */
    public Map<String, Object> properties() {
        return Map.of("supportdesk.mail.smtp.host", "127.0.0.1",
                "supportdesk.mail.smtp.port", String.valueOf(socket.getLocalPort()),
                "supportdesk.mail.smtp.security", "none",
                "supportdesk.mail.smtp.timeout", "60s",
                "supportdesk.public-base-url", "https://help.example.test",
                "supportdesk.mail.from", "Example Help <help@example.test>");
    }

    /** While on, every recipient is refused with {@code 451}: a temporary failure, to be retried. */
    public void refusing(boolean refusing) {
        this.refusing = refusing;
    }

    /** Holds the next message the server receives before answering it. */
    public Hold holdNext() {
        Hold hold = new Hold();
        nextHold.set(hold);
        return hold;
    }

    public List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread.ofVirtual().name("scripted-smtp-connection").start(() -> converse(client));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // A client that gave up while connecting; wait for the next one.
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            say(out, "220 scripted.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("EHLO") || line.startsWith("HELO")) {
                    say(out, "250 scripted.test");
                } else if (line.startsWith("RCPT TO:") && refusing) {
                    say(out, "451 4.3.0 mail system busy, try again later");
                } else if (line.equals("DATA")) {
                    say(out, "354 go ahead");
                    receive(in, out);
                } else if (line.equals("QUIT")) {
                    say(out, "221 bye");
                    return;
                } else {
                    say(out, "250 ok");
                }
            }
        } catch (IOException | InterruptedException e) {
            // The client hung up, or the server is closing.
        }
    }

    private void receive(BufferedReader in, OutputStream out) throws IOException, InterruptedException {
        String messageId = null;
        String subject = null;
        String data;
        while ((data = in.readLine()) != null && !data.equals(".")) {
            if (messageId == null && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                messageId = data.substring(11).strip();
            } else if (subject == null && data.regionMatches(true, 0, "Subject:", 0, 8)) {
                subject = data.substring(8).strip();
            }
        }
        Hold hold = nextHold.getAndSet(null);
        if (hold != null) {
            hold.reached.countDown();
            // A safety net only: the test releases it as soon as it has looked.
            hold.released.await(60, TimeUnit.SECONDS);
        }
        delivered.add(new Delivered(messageId, subject));
        say(out, "250 2.0.0 queued");
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
