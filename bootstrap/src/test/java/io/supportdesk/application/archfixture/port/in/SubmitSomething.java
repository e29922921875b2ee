package io.supportdesk.application.archfixture.port.in;

/** Deliberately misnamed inbound port (no UseCase suffix). */
public interface SubmitSomething {
    void submit();
}
