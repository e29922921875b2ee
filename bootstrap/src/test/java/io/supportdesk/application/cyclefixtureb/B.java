package io.supportdesk.application.cyclefixtureb;

import io.supportdesk.application.cyclefixturea.A;

/** The other half of a deliberate package cycle between two application capabilities. */
public class B {
    A a;
}
