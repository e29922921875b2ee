package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.application.ticket.port.out.DeskSlaPolicy;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.TicketRuleViolation;

/**
 * What the ticket use cases ask of the category catalog, answered one way: whether a category may be chosen, and
 * which SLA policy a ticket in a category runs under.
 */
public final class TicketCategories {

    private final CategoryCatalog catalog;
    private final DeskSlaPolicy deskPolicy;

    public TicketCategories(CategoryCatalog catalog, DeskSlaPolicy deskPolicy) {
        this.catalog = catalog;
        this.deskPolicy = deskPolicy;
    }

    /** A category a new or edited ticket may go into; retired and unknown ones are a violation on "category". */
    public Category requireActive(CategoryCode code) {
        return catalog.find(code).filter(Category::active).orElseThrow(() -> new TicketRuleViolation("category",
                "'" + code.value() + "' is not an active category"));
    }

    /**
     * The desk's policy with the category's overrides. A ticket's category always exists (a foreign key keeps it);
     * should the catalog not know it, the desk's policy applies rather than failing the change.
     */
    public SlaPolicy policyFor(CategoryCode code) {
        return catalog.find(code).map(this::policyOf).orElseGet(deskPolicy::current);
    }

    /** The desk's policy with this category's overrides. */
    public SlaPolicy policyOf(Category category) {
        return category.applyTo(deskPolicy.current());
    }
}
