package io.supportdesk.adapter.rest.problem;

import java.util.Map;

/**
 * The domain names fields by its own concepts (a ticket's {@code assignee}, its {@code requester}); the API names
 * them by what the client sends ({@code assignee_id}, {@code requester_email}). The one translation, for the
 * problem details that point at a field.
 */
final class WireFields {

    private static final Map<String, String> API_NAMES = Map.of(
            "assignee", "assignee_id",
            "requester", "requester_email");

    private WireFields() {
    }

    static String of(String domainField) {
        return API_NAMES.getOrDefault(domainField, domainField);
    }
}
