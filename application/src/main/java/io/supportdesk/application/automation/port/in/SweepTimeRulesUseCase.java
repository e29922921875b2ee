package io.supportdesk.application.automation.port.in;

/** The periodic sweep that fires time-based rules. */
public interface SweepTimeRulesUseCase {

    /** One round over every active time-based rule; safe to run on several instances at once. */
    SweepReport sweep();

    /** @param examined tickets looked at, {@code fired} rules that fired, {@code skipped} periods another instance had */
    record SweepReport(int examined, int fired, int skipped) {
    }
}
