package io.supportdesk.bootstrap.notification;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.supportdesk.application.notification.EmailMessage;
import io.supportdesk.application.notification.port.out.Mailer;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The mail server of a context started with {@code supportdesk.test.stalling-mailer.stall-at=N}: it accepts every
 * message and keeps its id, but holds the N-th send (0: none) until the test lets it answer, as a slow server would.
 */
@Singleton
@Replaces(Mailer.class)
@Requires(property = "supportdesk.test.stalling-mailer.stall-at")
public class StallingMailer implements Mailer {

    private final int stallAt;
    private final CountDownLatch stalled = new CountDownLatch(1);
    private final CountDownLatch answer = new CountDownLatch(1);
    private final List<String> accepted = new ArrayList<>();
    private int sends;

    StallingMailer(@Value("${supportdesk.test.stalling-mailer.stall-at}") int stallAt) {
        this.stallAt = stallAt;
    }

    @Override
    public void send(EmailMessage message) {
        boolean stall;
        synchronized (this) {
            stall = ++sends == stallAt;
        }
        if (stall) {
            stalled.countDown();
            try {
                if (!answer.await(2, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the test never let the stalled send answer");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stalled", e);
            }
        }
        synchronized (this) {
            accepted.add(message.messageId());
        }
    }

    /** Waits until the stalling send has begun. */
    public boolean awaitStalled(long seconds) throws InterruptedException {
        return stalled.await(seconds, TimeUnit.SECONDS);
    }

    /** Lets the stalled send answer. */
    public void answer() {
        answer.countDown();
    }

    /** The message ids it accepted, in order. */
    public synchronized List<String> accepted() {
        return List.copyOf(accepted);
    }
}
