package io.supportdesk.application.report;

import io.supportdesk.application.report.port.in.ActivityReport;
import io.supportdesk.application.report.port.in.AgentReport;
import io.supportdesk.application.report.port.in.Dashboard;
import io.supportdesk.application.report.port.in.ReportQuery;
import io.supportdesk.application.report.port.in.SlaReport;
import io.supportdesk.application.report.port.in.VolumeReport;
import io.supportdesk.application.report.port.out.ReportQueries;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.report.ReportGrouping;
import io.supportdesk.domain.report.ReportInterval;
import io.supportdesk.domain.report.ReportPeriod;
import io.supportdesk.domain.ticket.ReportScope;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewReportsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final ReportPeriod PERIOD = new ReportPeriod(LocalDate.parse("2026-11-05"),
            LocalDate.parse("2026-12-04"), ZoneId.of("Europe/Berlin"));

    private final RecordingQueries queries = new RecordingQueries();
    private final ViewReportsService reports = new ViewReportsService(queries, Clock.fixed(NOW, ZoneOffset.UTC));

    private final Actor customer = new Actor(new UserId(1), Role.CUSTOMER);
    private final Actor agent = new Actor(new UserId(2), Role.AGENT);
    private final Actor manager = new Actor(new UserId(3), Role.MANAGER);
    private final Actor admin = new Actor(new UserId(4), Role.ADMIN);

    @Test
    void customersReadNoReportAtAll() {
        assertThrows(TicketAccessDenied.class, () -> reports.dashboard(customer, ZoneOffset.UTC));
        assertThrows(TicketAccessDenied.class, () -> reports.volume(new ReportQuery(customer, PERIOD)));
        assertThrows(TicketAccessDenied.class, () -> reports.agents(new ReportQuery(customer, PERIOD)));
        assertThrows(TicketAccessDenied.class, () -> reports.sla(new ReportQuery(customer, PERIOD)));
        assertThrows(TicketAccessDenied.class, () -> reports.activity(new ReportQuery(customer, PERIOD)));
        assertTrue(queries.calls.isEmpty(), "refused before any figure is read");
    }

    @Test
    void anAgentsReportsAreOverTheirOwnTicketsAndTheirOwnRow() {
        reports.dashboard(agent, ZoneOffset.UTC);
        reports.volume(new ReportQuery(agent, PERIOD, ReportInterval.WEEK, Optional.of(ReportGrouping.TEAM)));
        reports.agents(new ReportQuery(agent, PERIOD));
        reports.sla(new ReportQuery(agent, PERIOD));
        assertEquals(List.of("dashboard AssignedTo[agent=UserId[value=2]] " + NOW,
                "volume AssignedTo[agent=UserId[value=2]] WEEK Optional[TEAM] " + NOW,
                "agents Optional[UserId[value=2]] " + NOW,
                "sla AssignedTo[agent=UserId[value=2]] " + NOW), queries.calls);
        assertThrows(TicketAccessDenied.class, () -> reports.activity(new ReportQuery(agent, PERIOD)));
    }

    @Test
    void managersSeeTheWholeDeskAndOnlyAdminsWhoDidWhat() {
        reports.agents(new ReportQuery(manager, PERIOD));
        reports.sla(new ReportQuery(manager, PERIOD));
        assertThrows(TicketAccessDenied.class, () -> reports.activity(new ReportQuery(manager, PERIOD)));
        reports.activity(new ReportQuery(admin, PERIOD));
        assertEquals(List.of("agents Optional.empty " + NOW, "sla AllTickets[] " + NOW, "activity"), queries.calls);
    }

    /** Records what the service asked for; the figures themselves are PostgreSQL's (ReportAgreementTest). */
    private static final class RecordingQueries implements ReportQueries {

        final List<String> calls = new ArrayList<>();

        @Override
        public Dashboard dashboard(ReportScope scope, ZoneId zone, Instant now) {
            calls.add("dashboard " + scope + " " + now);
            return null;
        }

        @Override
        public VolumeReport volume(ReportScope scope, ReportPeriod period, ReportInterval interval,
                                   Optional<ReportGrouping> groupBy, Instant now) {
            calls.add("volume " + scope + " " + interval + " " + groupBy + " " + now);
            return null;
        }

        @Override
        public AgentReport agents(ReportPeriod period, Optional<UserId> agent, Instant now) {
            calls.add("agents " + agent + " " + now);
            return null;
        }

        @Override
        public SlaReport sla(ReportScope scope, ReportPeriod period, Optional<ReportGrouping> groupBy, Instant now) {
            calls.add("sla " + scope + " " + now);
            return null;
        }

        @Override
        public ActivityReport activity(ReportPeriod period) {
            calls.add("activity");
            return null;
        }
    }
}
