package io.supportdesk.application.cyclefixturea;

import io.supportdesk.application.cyclefixtureb.B;

/** Half of a deliberate package cycle between two application capabilities. */
public class A {
    B b;
}
