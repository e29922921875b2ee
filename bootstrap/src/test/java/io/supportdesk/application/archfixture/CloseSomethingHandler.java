package io.supportdesk.application.archfixture;

import io.supportdesk.application.archfixture.port.in.CloseSomethingUseCase;

/** Deliberately misnamed: in the application, but not a ...Service. */
public class CloseSomethingHandler implements CloseSomethingUseCase {
    @Override
    public void close() {
    }
}
