/**
 * Automation rules: "when this happens to a ticket, and it looks like this, do that". A rule is typed data, not a
 * script: a {@link io.supportdesk.domain.automation.Trigger} (an event, or a time in a situation), typed
 * {@link io.supportdesk.domain.automation.Condition}s over {@link io.supportdesk.domain.automation.TicketFacts}
 * (every one of {@code all}, at least one of a non-empty {@code any}) and {@link io.supportdesk.domain.automation.Action}s.
 * {@link io.supportdesk.domain.automation.RuleDefinition#parse} reads the submitted JSON structure and names every
 * problem by path ({@code conditions.all[2].value}). The domain only decides: which rules fire, in what order, and
 * how many times ({@link io.supportdesk.domain.automation.AutomationPass}, at most once per rule and twenty per pass);
 * the caller applies the actions through the ticket aggregate, so a status move still obeys the workflow and a
 * refused one is a recorded failure. Time-based rules fire once per qualifying period, named by a
 * {@link io.supportdesk.domain.automation.PeriodKey}. See docs/decisions/0066-automation-rules.md.
 */
package io.supportdesk.domain.automation;
