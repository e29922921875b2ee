package io.supportdesk.adapter.persistence.conversation;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.supportdesk.adapter.persistence.DatabaseWaits;
import io.supportdesk.application.conversation.ChatSignal;
import io.supportdesk.application.conversation.port.in.RelayTicketNotificationUseCase;
import io.supportdesk.application.identity.port.in.ForgetCallersUseCase;
import io.supportdesk.domain.identity.UserId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Receives what other instances and the database announce: the chat signals of every instance, and account changes
 * (the {@code users} trigger of V11), which make this instance forget what it remembers of that caller. One
 * dedicated connection (outside the pool, which must not lose a connection for good) that {@code LISTEN}s. Its thread only decodes: the relay, which reads the database, runs in
 * {@link ChatSignalLanes}, in the order sent per ticket, so one slow ticket delays neither the line nor the others.
 * Past {@code supportdesk.chat.listener.backlog} waiting signals, one more is dropped for a {@link ChatSignal.Gap}.
 *
 * <p>When the connection breaks it reconnects with a growing back-off, and after each reconnection reports a
 * {@link ChatSignal.Gap}: notifications sent meanwhile are gone, and followers catch up from the tables.
 *
 * <p>A connection whose network has gone silent does not break by itself: waiting for notifications never fails, and
 * TCP never gives up while the silent side's packets are acknowledged. So every {@code keep-alive} the listener sends
 * a statement, and the driver's read bound (the pool's, {@link DatabaseWaits#networkBounds()}) ends the wait for its
 * answer; connecting is bounded the same way, so a reconnection in the silence fails and is tried again.
 */
@Context
@Requires(beans = RelayTicketNotificationUseCase.class)
@Requires(property = "supportdesk.chat.listener.enabled", notEquals = "false")
public class PgNotifyListener {

    static final String APPLICATION_NAME = "supportdesk-chat-listener";
    static final String ACCOUNTS_CHANNEL = "supportdesk_accounts";
    private static final Logger LOG = LoggerFactory.getLogger(PgNotifyListener.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final String url;
    private final String username;
    private final String password;
    private final Map<String, String> networkBounds;
    private final RelayTicketNotificationUseCase relay;
    private final ForgetCallersUseCase callers;
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private final Duration keepAlive;
    private final int backlog;
    private ExecutorService relays;
    private ChatSignalLanes lanes;
    private volatile boolean running;
    private volatile Connection current;
    private volatile boolean listening;
    private Thread thread;

    PgNotifyListener(@Value("${datasources.default.url}") String url,
                     @Value("${datasources.default.username:}") String username,
                     @Value("${datasources.default.password:}") String password,
                     DatabaseWaits waits,
                     RelayTicketNotificationUseCase relay,
                     ForgetCallersUseCase callers,
                     @Value("${supportdesk.chat.listener.min-backoff:500ms}") Duration minBackoff,
                     @Value("${supportdesk.chat.listener.max-backoff:5s}") Duration maxBackoff,
                     @Value("${supportdesk.chat.listener.keep-alive:10s}") Duration keepAlive,
                     @Value("${supportdesk.chat.listener.backlog:10000}") int backlog) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.networkBounds = waits.networkBounds();
        this.relay = relay;
        this.callers = callers;
        this.minBackoff = minBackoff;
        this.maxBackoff = maxBackoff;
        this.keepAlive = keepAlive;
        this.backlog = backlog;
    }

    /** Whether the dedicated connection is up and listening now (health: false while it reconnects). */
    public boolean listening() {
        return listening;
    }

    @PostConstruct
    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        relays = Executors.newVirtualThreadPerTaskExecutor();
        lanes = new ChatSignalLanes(relay::relay, relays, backlog);
        thread = Thread.ofPlatform().daemon().name("chat-listener").start(this::run);
    }

    @PreDestroy
    synchronized void stop() {
        running = false;
        closeQuietly(current);
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (relays != null) {
            relays.shutdown();
            try {
                relays.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Duration backoff = minBackoff;
        boolean listenedBefore = false;
        while (running) {
            try (Connection connection = connect()) {
                current = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ChatSignalCodec.CHANNEL);
                    statement.execute("LISTEN " + ACCOUNTS_CHANNEL);
                }
                listening = true;
                // Changes made before this LISTEN (at start, or while the connection was lost) were not heard.
                callers.announcementsMissed();
                if (listenedBefore) {
                    LOG.info("Chat listener reconnected; followers catch up from the tables");
                    lanes.dispatch(new ChatSignal.Gap());
                }
                listenedBefore = true;
                backoff = minBackoff;
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Chat listener lost its database connection ({}); retrying in {}", e.getMessage(), backoff);
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            } finally {
                listening = false;
                current = null;
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastCheck = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications((int) POLL.toMillis());
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    if (ACCOUNTS_CHANNEL.equals(notification.getName())) {
                        accountChanged(notification.getParameter());
                    } else {
                        ChatSignalCodec.decode(notification.getParameter()).ifPresentOrElse(lanes::dispatch,
                                () -> LOG.debug("Ignoring chat notification '{}'", notification.getParameter()));
                    }
                }
            }
            if (System.nanoTime() - lastCheck > keepAlive.toNanos()) {
                // A half-open TCP connection only shows itself when written to, a silent one only by its silence.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                lastCheck = System.nanoTime();
            }
        }
    }

    private void accountChanged(String payload) {
        try {
            callers.accountChanged(new UserId(Long.parseLong(payload.strip())));
        } catch (RuntimeException unreadable) {
            callers.announcementsMissed();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (!username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        networkBounds.forEach(properties::setProperty);
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = DriverManager.getConnection(url, properties);
        connection.setAutoCommit(true);
        return connection;
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing is how we stop; a failure to close changes nothing.
            }
        }
    }
}
