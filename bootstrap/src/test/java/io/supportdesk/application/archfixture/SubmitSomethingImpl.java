package io.supportdesk.application.archfixture;

import io.supportdesk.application.archfixture.port.in.SubmitSomething;

/** Deliberately misnamed implementation. */
public class SubmitSomethingImpl implements SubmitSomething {
    @Override
    public void submit() {
    }
}
