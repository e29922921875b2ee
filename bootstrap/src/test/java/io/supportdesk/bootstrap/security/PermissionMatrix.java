package io.supportdesk.bootstrap.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may call each HTTP route, one line per route: the method, the path template as the router knows it (query
 * part left out) and the callers that get past the route's security. {@link PermissionMatrixTest} fails for a route
 * of the running application that has no line here, for a line that names no route, and for every caller whose
 * answer disagrees with the line. Adding a route means adding its line.
 *
 * <p>"Allowed" means the route's rule lets the caller in (any answer but 401/403) on an object that does not exist;
 * rules on individual objects — a customer reading only their own tickets — are the business of each capability's
 * own tests. {@code HEAD} routes follow their {@code GET} and have no lines of their own.
 */
final class PermissionMatrix {

    /** Who calls: nobody signed in, or a signed-in user of one role. */
    enum Caller {
        ANONYMOUS, CUSTOMER, AGENT, MANAGER, ADMIN
    }

    static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    static final Set<Caller> SIGNED_IN = EnumSet.of(Caller.CUSTOMER, Caller.AGENT, Caller.MANAGER, Caller.ADMIN);
    static final Set<Caller> STAFF = EnumSet.of(Caller.AGENT, Caller.MANAGER, Caller.ADMIN);
    static final Set<Caller> MANAGERS = EnumSet.of(Caller.MANAGER, Caller.ADMIN);
    static final Set<Caller> ADMINS = EnumSet.of(Caller.ADMIN);
    /** A route for machines with their own token (the Prometheus scraper): no user gets in. */
    static final Set<Caller> NOBODY = EnumSet.noneOf(Caller.class);

    record Rule(String method, String path, Set<Caller> allowed) {

        String route() {
            return method + " " + path;
        }
    }

    private static Rule rule(String method, String path, Set<Caller> allowed) {
        return new Rule(method, path, allowed);
    }

    static final List<Rule> RULES = List.of(
            // Operations
            rule("GET", "/health", EVERYONE),
            rule("GET", "/health/{selector}", EVERYONE),
            rule("GET", "/prometheus", NOBODY),
            rule("GET", "/info", EVERYONE),

            // Accounts and access
            rule("POST", "/api/v1/auth/register", EVERYONE),
            rule("POST", "/api/v1/auth/login", EVERYONE),
            rule("POST", "/api/v1/auth/token", EVERYONE),
            rule("POST", "/api/v1/auth/refresh", EVERYONE),
            rule("POST", "/api/v1/auth/logout", EVERYONE),
            rule("GET", "/api/v1/auth/me", SIGNED_IN),
            rule("PATCH", "/api/v1/auth/me", SIGNED_IN),
            rule("GET", "/api/v1/users", MANAGERS),
            rule("GET", "/api/v1/users/{id}", MANAGERS),
            rule("POST", "/api/v1/users", ADMINS),
            rule("PATCH", "/api/v1/users/{id}", ADMINS),
            rule("GET", "/api/v1/agents", STAFF),
            rule("GET", "/api/v1/agents/{id}/tickets", STAFF),
            rule("POST", "/api/v1/ws-tickets", SIGNED_IN),

            // API documentation
            rule("GET", "/docs", EVERYONE),
            rule("GET", "/redoc", EVERYONE),
            rule("GET", "/", EVERYONE),
            rule("GET", "/tickets/{reference}", EVERYONE),

            // Tickets: every signed-in caller reaches the routes; which tickets and changes they may touch is
            // decided per ticket (TicketPermissions) and tested by the ticket API tests.
            rule("POST", "/api/v1/tickets", SIGNED_IN),
            rule("GET", "/api/v1/tickets", SIGNED_IN),
            rule("GET", "/api/v1/search", SIGNED_IN),
            rule("GET", "/api/v1/tickets/changes", STAFF),
            rule("GET", "/api/v1/tickets/export.csv", STAFF),
            rule("POST", "/api/v1/tickets/import", ADMINS),
            rule("GET", "/api/v1/tickets/{ticket}", SIGNED_IN),
            rule("PATCH", "/api/v1/tickets/{ticket}", SIGNED_IN),
            rule("PUT", "/api/v1/tickets/{ticket}/status", SIGNED_IN),
            rule("PUT", "/api/v1/tickets/{ticket}/priority", SIGNED_IN),
            rule("POST", "/api/v1/tickets/{ticket}/assign", SIGNED_IN),
            rule("POST", "/api/v1/tickets/{ticket}/auto-assign", MANAGERS),
            rule("PUT", "/api/v1/tickets/{ticket}/team", STAFF),
            rule("POST", "/api/v1/tickets/bulk", STAFF),
            rule("GET", "/api/v1/tickets/{ticket}/followers", STAFF),
            rule("PUT", "/api/v1/tickets/{ticket}/followers/{user}", STAFF),
            rule("DELETE", "/api/v1/tickets/{ticket}/followers/{user}", STAFF),
            rule("DELETE", "/api/v1/tickets/{ticket}", ADMINS),
            rule("GET", "/api/v1/tickets/{ticket}/history", SIGNED_IN),
            rule("GET", "/api/v1/tickets/{ticket}/comments", SIGNED_IN),
            rule("POST", "/api/v1/tickets/{ticket}/comments", SIGNED_IN),
            // Attachments: which files a caller sees and may remove is AttachmentPermissions, per file; the content
            // also answers a signed link without a token, and a bare anonymous call with 401.
            rule("POST", "/api/v1/tickets/{ticket}/attachments", SIGNED_IN),
            rule("GET", "/api/v1/tickets/{ticket}/attachments", SIGNED_IN),
            rule("GET", "/api/v1/attachments/{id}", SIGNED_IN),
            rule("GET", "/api/v1/attachments/{id}/content", SIGNED_IN),
            rule("DELETE", "/api/v1/attachments/{id}", SIGNED_IN),
            rule("GET", "/api/v1/tickets/{ticket}/chat/history", SIGNED_IN),
            rule("GET", "/api/v1/tickets/{ticket}/chat/active-users", SIGNED_IN),
            rule("POST", "/api/v1/tickets/{ticket}/chat/system-message", SIGNED_IN),
            rule("GET", "/ws/tickets/{ticket}", EVERYONE),
            rule("GET", "/ws/chat/{ticket}", EVERYONE),

            // Reference data and reports
            rule("GET", "/api/v1/categories", SIGNED_IN),
            rule("POST", "/api/v1/categories", ADMINS),
            rule("PATCH", "/api/v1/categories/{code}", ADMINS),
            rule("GET", "/api/v1/priorities", SIGNED_IN),
            rule("GET", "/api/v1/statuses", SIGNED_IN),
            rule("GET", "/api/v1/sla-policies", STAFF),
            rule("GET", "/api/v1/ticket-types", SIGNED_IN),
            rule("PATCH", "/api/v1/ticket-types/{type}", ADMINS),
            rule("GET", "/api/v1/projects", STAFF),
            rule("POST", "/api/v1/projects", MANAGERS),
            rule("GET", "/api/v1/projects/{project}", STAFF),
            rule("PATCH", "/api/v1/projects/{project}", MANAGERS),
            rule("PUT", "/api/v1/sla-policies/{priority}", ADMINS),
            rule("GET", "/api/v1/stats", SIGNED_IN),
            rule("GET", "/api/v1/reports/dashboard", STAFF),
            rule("GET", "/api/v1/reports/volume", STAFF),
            rule("GET", "/api/v1/reports/agents", STAFF),
            rule("GET", "/api/v1/reports/sla", STAFF),
            rule("GET", "/api/v1/reports/activity", ADMINS),

            // Teams, calendars and availability
            rule("GET", "/api/v1/teams", STAFF),
            rule("POST", "/api/v1/teams", ADMINS),
            rule("GET", "/api/v1/teams/{team}", STAFF),
            rule("PATCH", "/api/v1/teams/{team}", ADMINS),
            rule("PUT", "/api/v1/teams/{team}/members/{user}", ADMINS),
            rule("DELETE", "/api/v1/teams/{team}/members/{user}", ADMINS),
            rule("GET", "/api/v1/calendars", STAFF),
            rule("POST", "/api/v1/calendars", ADMINS),
            rule("GET", "/api/v1/calendars/{calendar}", STAFF),
            rule("PUT", "/api/v1/calendars/{calendar}", ADMINS),
            rule("DELETE", "/api/v1/calendars/{calendar}", ADMINS),
            rule("GET", "/api/v1/auth/me/availability", STAFF),
            rule("PUT", "/api/v1/auth/me/availability", STAFF),

            // Notifications
            rule("GET", "/api/v1/admin/outbox", ADMINS),
            rule("POST", "/api/v1/admin/outbox/{id}/retry", ADMINS),

            // Webhooks
            rule("GET", "/api/v1/webhooks", ADMINS),
            rule("POST", "/api/v1/webhooks", ADMINS),
            rule("GET", "/api/v1/webhooks/{id}", ADMINS),
            rule("PATCH", "/api/v1/webhooks/{id}", ADMINS),
            rule("DELETE", "/api/v1/webhooks/{id}", ADMINS),
            rule("POST", "/api/v1/webhooks/{id}/secret", ADMINS),
            rule("GET", "/api/v1/webhooks/{id}/deliveries", ADMINS),
            rule("POST", "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", ADMINS),
            rule("POST", "/api/v1/webhooks/{id}/ping", ADMINS),

            // Automation rules
            rule("GET", "/api/v1/automation/rules", ADMINS),
            rule("POST", "/api/v1/automation/rules", ADMINS),
            rule("POST", "/api/v1/automation/rules/test", ADMINS),
            rule("GET", "/api/v1/automation/rules/{id}", ADMINS),
            rule("PUT", "/api/v1/automation/rules/{id}", ADMINS),
            rule("DELETE", "/api/v1/automation/rules/{id}", ADMINS),
            rule("GET", "/api/v1/automation/rules/{id}/runs", ADMINS)
    );

    private PermissionMatrix() {
    }
}
