package io.supportdesk.application.archfixture.port.in;

/** A well-named inbound port; its fixture implementations are the ones that go wrong. */
public interface CloseSomethingUseCase {
    void close();
}
