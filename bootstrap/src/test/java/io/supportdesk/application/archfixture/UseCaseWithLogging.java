package io.supportdesk.application.archfixture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deliberately misplaced: application code depending on a library. */
public class UseCaseWithLogging {
    private static final Logger LOG = LoggerFactory.getLogger(UseCaseWithLogging.class);
}
