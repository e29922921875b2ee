package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Category;

import java.util.List;

/** The categories a caller may file tickets under (customers) or work with (staff, inactive ones included). */
public interface ListCategoriesUseCase {

    List<Category> list(Actor actor);
}
