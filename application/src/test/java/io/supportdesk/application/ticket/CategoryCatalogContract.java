package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link CategoryCatalog} must do; extended by the in-memory fake's test and the JDBC adapter's test.
 * The store may hold categories from earlier tests, so each test uses codes of its own.
 */
public abstract class CategoryCatalogContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    protected abstract CategoryCatalog catalog();

    private static CategoryCode freshCode() {
        return new CategoryCode("c" + System.nanoTime() % 1_000_000_000L + "_" + SEQUENCE.incrementAndGet());
    }

    private static Category category(CategoryCode code, String name) {
        return new Category(code, name, "Printers and scanners", Optional.of("hardware"),
                Optional.of(Duration.ofMinutes(45)), Optional.of(Duration.ofHours(30)), true);
    }

    @Test
    void the_default_categories_are_there() {
        List<String> codes = catalog().all().stream().map(c -> c.code().value()).toList();
        assertTrue(codes.containsAll(List.of("technical", "billing", "account", "general", "feature_request",
                "bug_report", "security", "api")), () -> "codes: " + codes);
    }

    @Test
    void an_added_category_is_found_with_every_field_intact() {
        Category added = catalog().add(category(freshCode(), "Hardware"));

        assertEquals(Optional.of(added), catalog().find(added.code()));
        assertTrue(catalog().all().contains(added));
    }

    @Test
    void adding_a_taken_code_is_refused_and_keeps_the_existing_category() {
        Category first = catalog().add(category(freshCode(), "Hardware"));

        assertThrows(CategoryExistsException.class, () -> catalog().add(category(first.code(), "Imposter")));
        assertEquals("Hardware", catalog().find(first.code()).orElseThrow().name());
    }

    @Test
    void saving_replaces_every_field_including_removed_overrides() {
        Category first = catalog().add(category(freshCode(), "Hardware"));
        Category changed = new Category(first.code(), "Devices", "", Optional.empty(), Optional.empty(),
                Optional.of(Duration.ofHours(12)), false);

        catalog().save(changed);

        assertEquals(Optional.of(changed), catalog().find(first.code()));
    }

    @Test
    void all_categories_come_in_code_order_and_an_unknown_code_is_absent() {
        List<String> codes = catalog().all().stream().map(c -> c.code().value()).toList();
        assertEquals(codes.stream().sorted().toList(), codes);
        assertTrue(catalog().find(new CategoryCode("no_such_category_here")).isEmpty());
    }
}
