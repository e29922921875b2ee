package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.in.CreateCategoryCommand;
import io.supportdesk.application.ticket.port.in.UpdateCategoryCommand;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CategoryUseCasesTest {

    private final TicketTestKit kit = new TicketTestKit();
    private final ListCategoriesService list = new ListCategoriesService(kit.categories);
    private final CreateCategoryService create = new CreateCategoryService(kit.categories, kit.unitOfWork);
    private final UpdateCategoryService update = new UpdateCategoryService(kit.categories, kit.routing, kit.unitOfWork);

    private static Category hardware(boolean active) {
        return new Category(new CategoryCode("hardware"), "Hardware", "Printers and laptops", Optional.of("hardware"),
                Optional.of(Duration.ofMinutes(60)), Optional.empty(), active);
    }

    private UpdateCategoryCommand change(Actor actor, String code) {
        return new UpdateCategoryCommand(actor, new CategoryCode(code), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void an_admin_creates_a_category_that_new_tickets_can_use_at_once() {
        Category created = create.create(new CreateCategoryCommand(kit.admin, hardware(true)));

        assertEquals(Optional.of(created), kit.categories.find(created.code()));
        assertEquals("hardware", kit.openTicket(kit.customer, "hardware", Priority.LOW).category().value());
    }

    @Test
    void a_taken_code_is_a_conflict() {
        assertThrows(CategoryExistsException.class, () -> create.create(new CreateCategoryCommand(kit.admin,
                new Category(new CategoryCode("billing"), "Money", "", Optional.empty(), Optional.empty(),
                        Optional.empty(), true))));
        assertEquals("billing", kit.categories.find(new CategoryCode("billing")).orElseThrow().name());
    }

    @Test
    void only_admins_create_or_change_categories() {
        for (Actor notAdmin : new Actor[] {kit.customer, kit.agent, kit.manager}) {
            assertThrows(TicketAccessDenied.class,
                    () -> create.create(new CreateCategoryCommand(notAdmin, hardware(true))));
            assertThrows(TicketAccessDenied.class, () -> update.update(change(notAdmin, "billing")));
        }
        assertTrue(kit.categories.find(new CategoryCode("hardware")).isEmpty());
    }

    @Test
    void customers_list_active_categories_and_staff_list_all_of_them() {
        create.create(new CreateCategoryCommand(kit.admin, hardware(false)));

        assertFalse(list.list(kit.customer).stream().anyMatch(c -> c.code().value().equals("hardware")));
        assertTrue(list.list(kit.agent).stream().anyMatch(c -> c.code().value().equals("hardware")));
        assertTrue(list.list(kit.manager).stream().anyMatch(c -> c.code().value().equals("hardware")));
        assertEquals(8, list.list(kit.customer).size());
    }

    @Test
    void an_update_changes_only_the_fields_it_names() {
        create.create(new CreateCategoryCommand(kit.admin, hardware(true)));

        Category updated = update.update(new UpdateCategoryCommand(kit.admin, new CategoryCode("hardware"),
                Optional.of("Devices"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Duration.ofHours(8)), Optional.empty()));

        assertEquals(new Category(new CategoryCode("hardware"), "Devices", "Printers and laptops",
                Optional.of("hardware"), Optional.of(Duration.ofMinutes(60)), Optional.of(Duration.ofHours(8)), true),
                updated);
        assertEquals(Optional.of(updated), kit.categories.find(new CategoryCode("hardware")));
    }

    @Test
    void an_update_can_remove_the_skill_and_the_overrides_and_deactivate() {
        create.create(new CreateCategoryCommand(kit.admin, hardware(true)));

        Category updated = update.update(new UpdateCategoryCommand(kit.admin, new CategoryCode("hardware"),
                Optional.empty(), Optional.empty(), Optional.of(""), Optional.of(UpdateCategoryCommand.REMOVE_OVERRIDE),
                Optional.empty(), Optional.of(false)));

        assertEquals(Optional.empty(), updated.requiredSkill());
        assertEquals(Optional.empty(), updated.firstResponseOverride());
        assertFalse(updated.active());
        assertThrows(TicketRuleViolation.class, () -> kit.openTicket(kit.customer, "hardware", Priority.LOW));
    }

    @Test
    void a_new_first_response_override_applies_to_tickets_filed_afterwards() {
        update.update(new UpdateCategoryCommand(kit.admin, new CategoryCode("billing"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Duration.ofMinutes(15)), Optional.empty(),
                Optional.empty()));

        var ticket = kit.openTicket(kit.customer, "billing", Priority.LOW);
        assertEquals(ticket.createdAt().plus(Duration.ofMinutes(15)), ticket.firstResponseSla().dueAt());
    }

    @Test
    void updating_an_unknown_category_is_not_found() {
        assertThrows(CategoryNotFoundException.class, () -> update.update(change(kit.admin, "nothing_here")));
    }
}
