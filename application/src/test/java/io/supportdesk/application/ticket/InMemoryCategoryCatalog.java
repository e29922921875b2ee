package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.domain.ticket.Category;
import io.supportdesk.domain.ticket.CategoryCode;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Categories for use-case tests, seeded like the real table; passes {@link CategoryCatalogContract}. */
public final class InMemoryCategoryCatalog implements CategoryCatalog {

    private final Map<String, Category> categories = new TreeMap<>();

    public InMemoryCategoryCatalog() {
        for (String code : List.of("technical", "billing", "account", "general", "feature_request", "bug_report",
                "security", "api")) {
            save(new Category(new CategoryCode(code), code, "", Optional.empty(), Optional.empty(),
                    Optional.empty(), true));
        }
    }

    @Override
    public Optional<Category> find(CategoryCode code) {
        return Optional.ofNullable(categories.get(code.value()));
    }

    @Override
    public List<Category> all() {
        return List.copyOf(categories.values());
    }

    @Override
    public synchronized Category add(Category category) {
        if (categories.putIfAbsent(category.code().value(), category) != null) {
            throw new CategoryExistsException(category.code());
        }
        return category;
    }

    @Override
    public synchronized Category save(Category category) {
        categories.put(category.code().value(), category);
        return category;
    }
}
