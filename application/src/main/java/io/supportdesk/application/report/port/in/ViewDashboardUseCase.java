package io.supportdesk.application.report.port.in;

import io.supportdesk.domain.identity.Actor;

import java.time.ZoneId;

/** The caller's dashboard, its days counted in {@code zone}. */
public interface ViewDashboardUseCase {

    Dashboard dashboard(Actor actor, ZoneId zone);
}
