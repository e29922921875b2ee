package io.supportdesk.domain.cyclefixtureb;

import io.supportdesk.domain.cyclefixturea.A;

/** The other half of a deliberate package cycle. */
public class B {
    A a;
}
