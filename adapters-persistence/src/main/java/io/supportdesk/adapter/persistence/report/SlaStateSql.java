package io.supportdesk.adapter.persistence.report;

import io.supportdesk.domain.sla.SlaClock;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.sla.SlaState;

import java.util.Locale;

/**
 * {@link SlaClock#state} in SQL, for counting clocks by state without loading tickets: an expression giving the
 * {@link SlaState} name of one clock of the ticket row {@code alias} at the instant {@code now} (an SQL expression).
 * It reads the stored columns the way the domain reads its clock: a stopped clock is MET unless it stopped after its
 * due time; a paused one is PAUSED; a running one is BREACHED past its due time, AT_RISK from its at-risk instant
 * (both stored as computed in the ticket's calendar), else OK. SlaStateSqlTest holds it to the domain's answer.
 */
final class SlaStateSql {

    private SlaStateSql() {
    }

    static String state(SlaClockKind kind, String alias, String now) {
        String c = alias + "." + kind.name().toLowerCase(Locale.ROOT);
        return """
                (CASE WHEN %1$s_stopped_at IS NOT NULL
                          THEN CASE WHEN %1$s_stopped_at > %1$s_due_at THEN 'BREACHED' ELSE 'MET' END
                      WHEN %1$s_paused_since IS NOT NULL THEN 'PAUSED'
                      WHEN %2$s > %1$s_due_at THEN 'BREACHED'
                      WHEN %2$s >= %1$s_at_risk_at THEN 'AT_RISK'
                      ELSE 'OK' END)""".formatted(c, now);
    }
}
