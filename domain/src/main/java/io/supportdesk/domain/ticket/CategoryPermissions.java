package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;

/**
 * Who may see and manage categories. Everyone who files or handles tickets reads them; customers only see the
 * active ones (the ones they can file under); only administrators change them.
 */
public final class CategoryPermissions {

    private CategoryPermissions() {
    }

    public static boolean canSeeInactive(Actor actor) {
        return actor.isStaff();
    }

    public static void checkManage(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new TicketAccessDenied("only administrators may create or change categories");
        }
    }
}
