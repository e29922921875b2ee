package io.supportdesk.application.webhook;

import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;
import io.supportdesk.domain.webhook.WebhookSecret;
import io.supportdesk.domain.webhook.WebhookUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link WebhookRepository} must do; extended by the in-memory fake's test and the JDBC adapter's test.
 * The store is shared with other tests and nothing rolls back, so a test looks only at the webhooks it added, and
 * deletes them afterwards.
 */
public abstract class WebhookRepositoryContract {

    /** Whole seconds, so the store's timestamp precision (PostgreSQL keeps microseconds) plays no part. */
    protected static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Set<WebhookEventType> TICKET_NEWS =
            Set.of(WebhookEventType.TICKET_CREATED, WebhookEventType.TICKET_STATUS_CHANGED);

    protected abstract WebhookRepository webhooks();

    private final List<WebhookId> added = new ArrayList<>();

    @AfterEach
    void deleteWhatTheTestAdded() {
        added.forEach(webhooks()::delete);
        added.clear();
    }

    private static WebhookSecret aSecret(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return new WebhookSecret(WebhookSecret.PREFIX + Base64.getEncoder().encodeToString(key));
    }

    private static WebhookUrl aUrl() {
        return WebhookUrl.parse("https://hooks.example.test/" + UUID.randomUUID());
    }

    private Webhook add(WebhookUrl url, Set<WebhookEventType> events, boolean active, WebhookSecret secret) {
        Webhook webhook = webhooks().add(url, events, active, secret, NOW);
        added.add(webhook.id());
        return webhook;
    }

    private Webhook anActiveWebhook() {
        return add(aUrl(), TICKET_NEWS, true, aSecret(1));
    }

    private Webhook find(WebhookId id) {
        return webhooks().findById(id).orElseThrow();
    }

    /** The webhooks this test added, in the order the store lists them. */
    private List<WebhookId> listedOfOurs() {
        return webhooks().list().stream().map(Webhook::id).filter(added::contains).toList();
    }

    @Test
    void an_added_webhook_gets_an_id_and_is_found_with_every_field_intact() {
        WebhookUrl url = aUrl();

        Webhook webhook = add(url, TICKET_NEWS, true, aSecret(7));

        assertEquals(url, webhook.url());
        assertEquals(TICKET_NEWS, webhook.events());
        assertTrue(webhook.active());
        assertEquals(aSecret(7), webhook.secret());
        assertTrue(webhook.previousSecret().isEmpty());
        assertTrue(webhook.previousSecretUntil().isEmpty());
        assertEquals(0, webhook.consecutiveFailures());
        assertTrue(webhook.disabledReason().isEmpty());
        assertEquals(NOW, webhook.createdAt());
        assertEquals(NOW, webhook.updatedAt());
        assertEquals(Optional.of(webhook), webhooks().findById(webhook.id()));
    }

    @Test
    void a_webhook_added_turned_off_says_so() {
        Webhook webhook = add(aUrl(), Set.of(WebhookEventType.SLA_BREACHED), false, aSecret(2));

        assertFalse(webhook.active());
        assertEquals(Optional.of("created turned off"), webhook.disabledReason());
        assertEquals(webhook, find(webhook.id()));
    }

    @Test
    void each_added_webhook_gets_an_id_of_its_own() {
        Webhook first = anActiveWebhook();
        Webhook second = anActiveWebhook();

        assertFalse(first.id().equals(second.id()));
        assertEquals(first, find(first.id()));
        assertEquals(second, find(second.id()));
    }

    @Test
    void an_unknown_webhook_is_not_found() {
        WebhookId unknown = new WebhookId(Long.MAX_VALUE - 11);

        assertTrue(webhooks().findById(unknown).isEmpty());
        assertFalse(webhooks().delete(unknown));
        assertFalse(webhooks().recordFailure(unknown, 1, "gone", NOW));
        webhooks().recordSuccess(unknown);
        webhooks().disable(unknown, "gone", NOW);
        assertTrue(webhooks().findById(unknown).isEmpty());
    }

    @Test
    void the_list_shows_every_webhook_oldest_first() {
        Webhook first = anActiveWebhook();
        Webhook second = add(aUrl(), Set.of(WebhookEventType.COMMENT_CREATED), false, aSecret(3));
        Webhook third = anActiveWebhook();

        assertEquals(List.of(first.id(), second.id(), third.id()), listedOfOurs());
        assertEquals(List.of(first, second, third),
                webhooks().list().stream().filter(webhook -> added.contains(webhook.id())).toList());
    }

    @Test
    void an_update_stores_what_an_administrator_changed_and_keeps_when_it_was_created() {
        Webhook webhook = anActiveWebhook();
        WebhookUrl elsewhere = aUrl();
        Set<WebhookEventType> comments = Set.of(WebhookEventType.COMMENT_CREATED, WebhookEventType.TICKET_ASSIGNED);
        Instant later = NOW.plus(Duration.ofHours(1));

        Webhook changed = webhook.changed(Optional.of(elsewhere), Optional.of(comments), Optional.of(false), later);
        webhooks().update(changed);

        Webhook stored = find(webhook.id());
        assertEquals(changed, stored);
        assertEquals(elsewhere, stored.url());
        assertEquals(comments, stored.events());
        assertFalse(stored.active());
        assertEquals(Optional.of("turned off by an administrator"), stored.disabledReason());
        assertEquals(NOW, stored.createdAt());
        assertEquals(later, stored.updatedAt());
    }

    @Test
    void a_rotated_secret_is_stored_with_the_previous_one_and_the_end_of_its_overlap() {
        Webhook webhook = anActiveWebhook();
        Instant later = NOW.plus(Duration.ofMinutes(5));

        Webhook rotated = webhook.rotatedTo(aSecret(9), Duration.ofHours(24), later);
        webhooks().update(rotated);

        Webhook stored = find(webhook.id());
        assertEquals(aSecret(9), stored.secret());
        assertEquals(Optional.of(aSecret(1)), stored.previousSecret());
        assertEquals(Optional.of(later.plus(Duration.ofHours(24))), stored.previousSecretUntil());
        assertEquals(later, stored.updatedAt());
        assertEquals(List.of(aSecret(9), aSecret(1)), stored.signingSecrets(later));
    }

    @Test
    void an_update_stores_the_failure_count_as_given() {
        Webhook webhook = anActiveWebhook();
        Webhook failing = new Webhook(webhook.id(), webhook.url(), webhook.events(), true, webhook.secret(),
                Optional.empty(), Optional.empty(), 3, Optional.empty(), webhook.createdAt(), NOW.plusSeconds(1));

        webhooks().update(failing);

        assertEquals(failing, find(webhook.id()));
    }

    @Test
    void an_update_of_an_unknown_webhook_adds_nothing() {
        Webhook webhook = anActiveWebhook();
        webhooks().delete(webhook.id());

        webhooks().update(webhook.changed(Optional.of(aUrl()), Optional.empty(), Optional.empty(), NOW));

        assertTrue(webhooks().findById(webhook.id()).isEmpty());
        assertTrue(listedOfOurs().isEmpty());
    }

    @Test
    void a_deleted_webhook_is_gone_and_the_others_stay() {
        Webhook gone = anActiveWebhook();
        Webhook kept = anActiveWebhook();

        assertTrue(webhooks().delete(gone.id()));

        assertTrue(webhooks().findById(gone.id()).isEmpty());
        assertEquals(List.of(kept.id()), listedOfOurs());
        assertEquals(kept, find(kept.id()));
        assertFalse(webhooks().delete(gone.id()), "there was none left to delete");
    }

    @Test
    void failures_in_a_row_are_counted_and_the_one_that_reaches_the_limit_turns_the_webhook_off() {
        Webhook webhook = anActiveWebhook();
        Instant later = NOW.plus(Duration.ofMinutes(10));

        assertFalse(webhooks().recordFailure(webhook.id(), 3, "503 three times", later));
        assertFalse(webhooks().recordFailure(webhook.id(), 3, "503 three times", later));
        Webhook failing = find(webhook.id());
        assertEquals(2, failing.consecutiveFailures());
        assertTrue(failing.active());
        assertTrue(failing.disabledReason().isEmpty());
        assertEquals(NOW, failing.updatedAt(), "counting a failure is not a change of the subscription");

        assertTrue(webhooks().recordFailure(webhook.id(), 3, "503 three times", later));
        Webhook off = find(webhook.id());
        assertFalse(off.active());
        assertEquals(3, off.consecutiveFailures());
        assertEquals(Optional.of("503 three times"), off.disabledReason());
        assertEquals(later, off.updatedAt());
    }

    @Test
    void a_failure_of_a_webhook_already_off_is_counted_but_does_not_turn_it_off_again() {
        Webhook webhook = anActiveWebhook();
        webhooks().disable(webhook.id(), "the receiver answered 410 Gone", NOW.plusSeconds(1));

        assertFalse(webhooks().recordFailure(webhook.id(), 1, "503", NOW.plusSeconds(2)));

        Webhook off = find(webhook.id());
        assertFalse(off.active());
        assertEquals(1, off.consecutiveFailures());
        assertEquals(Optional.of("the receiver answered 410 Gone"), off.disabledReason());
        assertEquals(NOW.plusSeconds(1), off.updatedAt());
    }

    @Test
    void a_success_ends_the_run_of_failures() {
        Webhook webhook = anActiveWebhook();
        webhooks().recordFailure(webhook.id(), 5, "timed out", NOW.plusSeconds(1));
        webhooks().recordFailure(webhook.id(), 5, "timed out", NOW.plusSeconds(2));

        webhooks().recordSuccess(webhook.id());

        Webhook recovered = find(webhook.id());
        assertEquals(0, recovered.consecutiveFailures());
        assertTrue(recovered.active());
        assertEquals(NOW, recovered.updatedAt());
        assertFalse(webhooks().recordFailure(webhook.id(), 2, "timed out", NOW.plusSeconds(3)),
                "the count starts again from nothing");
    }

    @Test
    void disabling_turns_the_webhook_off_with_the_reason_and_a_second_time_changes_nothing() {
        Webhook webhook = anActiveWebhook();
        Instant later = NOW.plus(Duration.ofMinutes(1));

        webhooks().disable(webhook.id(), "the receiver answered 410 Gone", later);
        webhooks().disable(webhook.id(), "something else", later.plusSeconds(30));

        Webhook off = find(webhook.id());
        assertFalse(off.active());
        assertEquals(Optional.of("the receiver answered 410 Gone"), off.disabledReason());
        assertEquals(later, off.updatedAt());
        assertEquals(webhook.secret(), off.secret());
        assertEquals(webhook.events(), off.events());
    }

    @Test
    void turning_a_webhook_on_again_forgets_why_it_was_off_and_its_failures() {
        Webhook webhook = anActiveWebhook();
        assertTrue(webhooks().recordFailure(webhook.id(), 1, "503", NOW.plusSeconds(1)));

        Webhook off = find(webhook.id());
        webhooks().update(off.changed(Optional.empty(), Optional.empty(), Optional.of(true), NOW.plusSeconds(2)));

        Webhook on = find(webhook.id());
        assertTrue(on.active());
        assertEquals(0, on.consecutiveFailures());
        assertTrue(on.disabledReason().isEmpty());
        assertEquals(NOW.plusSeconds(2), on.updatedAt());
    }
}
