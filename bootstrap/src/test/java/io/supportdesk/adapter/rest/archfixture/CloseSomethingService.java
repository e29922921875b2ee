package io.supportdesk.adapter.rest.archfixture;

import io.supportdesk.application.archfixture.port.in.CloseSomethingUseCase;

/** Deliberately misplaced: named like a use case implementation, but living in an adapter. */
public class CloseSomethingService implements CloseSomethingUseCase {
    @Override
    public void close() {
    }
}
