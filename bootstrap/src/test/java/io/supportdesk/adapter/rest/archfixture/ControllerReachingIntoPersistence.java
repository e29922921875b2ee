package io.supportdesk.adapter.rest.archfixture;

import io.supportdesk.adapter.persistence.embedded.EmbeddedPostgresServer;

/** Deliberately misplaced: one adapter importing another. */
public class ControllerReachingIntoPersistence {
    EmbeddedPostgresServer server;
}
