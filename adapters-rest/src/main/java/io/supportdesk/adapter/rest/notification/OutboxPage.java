package io.supportdesk.adapter.rest.notification;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The newest outbox rows, at most {@code limit} of them. */
@Serdeable
record OutboxPage(List<OutboxMessageResponse> items, int limit) {
}
