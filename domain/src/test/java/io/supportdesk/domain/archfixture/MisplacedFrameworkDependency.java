package io.supportdesk.domain.archfixture;

import org.junit.jupiter.api.Assertions;

/** Deliberately breaks the domain's dependency rule, to prove the rule can fail. Never used by real code. */
public final class MisplacedFrameworkDependency {

    public void check(Object value) {
        Assertions.assertNotNull(value);
    }
}
