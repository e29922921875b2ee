package io.supportdesk.bootstrap.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy between the application and its PostgreSQL that can go silent. While {@linkplain #blackhole()
 * blackholed} it keeps every connection open and accepts new ones, but passes nothing on in either direction: no
 * answer, no reset, no close — what a partitioned network, a host that died without a word or a stuck middlebox
 * looks like to a client. What is sent meanwhile waits here, as TCP's retransmissions would carry it, and goes
 * through, in order, once the proxy {@linkplain #forward() forwards} again; a side that closed meanwhile is closed
 * on after its waiting bytes (a reset, which a client only sends on a connection it has given up on, passes at
 * once).
 *
 * <p>Plain blocking sockets, two threads per connection: a test's handful of connections needs nothing more.
 */
final class BlackholeProxy implements AutoCloseable {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^/:]+)(?::(\\d+))?(/.*)");

    private final String host;
    private final int port;
    private final ServerSocket listener;
    private final List<Pipe> pipes = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean silent;

    private BlackholeProxy(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("blackhole-proxy-accept").start(this::accept);
    }

    /** A proxy in front of the server of {@code jdbcUrl} (a single-host PostgreSQL JDBC URL). */
    static BlackholeProxy inFrontOf(String jdbcUrl) {
        Matcher url = matching(jdbcUrl);
        try {
            return new BlackholeProxy(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on the loopback address", e);
        }
    }

    /** {@code jdbcUrl}, a database on the server this proxy is in front of, reached through the proxy. */
    String route(String jdbcUrl) {
        Matcher url = matching(jdbcUrl);
        int urlPort = url.group(2) == null ? 5432 : Integer.parseInt(url.group(2));
        if (!url.group(1).equals(host) || urlPort != port) {
            throw new IllegalArgumentException(jdbcUrl + " is not on " + host + ":" + port);
        }
        return "jdbc:postgresql://" + listener.getInetAddress().getHostAddress() + ":" + listener.getLocalPort()
                + url.group(3);
    }

    /** From now on nothing passes, either way, on any connection, old or new. */
    void blackhole() {
        silent = true;
    }

    /** Passes on what waited, then everything again. */
    void forward() {
        silent = false;
        for (Pipe pipe : pipes) {
            pipe.release();
        }
    }

    @Override
    public void close() {
        closeQuietly(listener);
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket application;
            try {
                application = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            try {
                Socket database = new Socket();
                database.connect(new InetSocketAddress(host, port));
                sockets.add(application);
                sockets.add(database);
                AtomicInteger ends = new AtomicInteger();
                Pipe up = new Pipe(application, database, ends);
                Pipe down = new Pipe(database, application, ends);
                pipes.add(up);
                pipes.add(down);
                Thread.ofVirtual().name("blackhole-proxy-up").start(up::run);
                Thread.ofVirtual().name("blackhole-proxy-down").start(down::run);
            } catch (IOException e) {
                closeQuietly(application);
            }
        }
    }

    /** One direction of one connection; {@code ends} counts the directions of the connection that have ended. */
    private final class Pipe {

        private final Socket from;
        private final Socket to;
        private final AtomicInteger ends;
        private final ByteArrayOutputStream waiting = new ByteArrayOutputStream();
        private boolean ended;

        Pipe(Socket from, Socket to, AtomicInteger ends) {
            this.from = from;
            this.to = to;
            this.ends = ends;
        }

        void run() {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    synchronized (this) {
                        if (silent) {
                            waiting.write(buffer, 0, read);
                        } else {
                            passWaiting();
                            OutputStream out = to.getOutputStream();
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    }
                }
                synchronized (this) {
                    ended = true;
                    if (!silent) {
                        passWaiting();
                        end();
                    }
                    // Otherwise release() passes the close on, after what waited.
                }
            } catch (IOException e) {
                broken();
            }
        }

        /** After the silence: what waited, then the close, if the sender closed meanwhile. */
        synchronized void release() {
            try {
                passWaiting();
                if (ended) {
                    end();
                }
            } catch (IOException e) {
                broken();
            }
        }

        private void passWaiting() throws IOException {
            if (waiting.size() > 0) {
                OutputStream out = to.getOutputStream();
                waiting.writeTo(out);
                out.flush();
                waiting.reset();
            }
        }

        /** Passes the sender's close on; once both directions have ended, the connection is closed. */
        private void end() throws IOException {
            pipes.remove(this);
            if (ends.incrementAndGet() == 2) {
                closeQuietly(from);
                closeQuietly(to);
            } else if (!to.isClosed()) {
                to.shutdownOutput();
            }
        }

        /** A reset or a failed write on either side: the connection is over for both directions. */
        private void broken() {
            pipes.remove(this);
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static Matcher matching(String jdbcUrl) {
        Matcher url = JDBC_URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException("not a single-host PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return url;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing is clean-up; the connection is gone either way.
        }
    }
}
