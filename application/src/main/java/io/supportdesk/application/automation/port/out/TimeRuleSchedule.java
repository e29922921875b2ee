package io.supportdesk.application.automation.port.out;

import io.supportdesk.domain.automation.PeriodKey;
import io.supportdesk.domain.automation.Trigger;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * For the time-rule sweep: which tickets a time trigger may hold for, and which periods have fired. The candidate
 * query is the SQL form of {@link Trigger.TimeTrigger#qualification} (held to it by a test); the sweep still asks the
 * domain for each ticket, so the SQL only narrows.
 */
public interface TimeRuleSchedule {

    /**
     * Up to {@code limit} tickets, by id after {@code after}, for which {@code trigger} qualifies at {@code now} and
     * whose current period has not fired for {@code rule}. Tickets that are closed are never candidates: a time
     * rule works on live tickets.
     */
    List<TicketId> candidates(long rule, Trigger.TimeTrigger trigger, Instant now, Optional<TicketId> after,
                              int limit);

    /**
     * Records that the period fired, in the caller's unit of work. False when it already had: another instance
     * fired it first (the insert waits for that instance's transaction, then finds the key), so a period fires once.
     */
    boolean markFired(PeriodKey key, Instant now);
}
