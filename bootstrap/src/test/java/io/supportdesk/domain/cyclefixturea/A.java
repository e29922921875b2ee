package io.supportdesk.domain.cyclefixturea;

import io.supportdesk.domain.cyclefixtureb.B;

/** Half of a deliberate package cycle. */
public class A {
    B b;
}
