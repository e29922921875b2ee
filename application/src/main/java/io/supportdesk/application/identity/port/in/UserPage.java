package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.User;

import java.util.List;

/** One page of users and where it stands in the whole list. */
public record UserPage(List<User> items, long total, int page, int pageSize) {

    public UserPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return total == 0 ? 0 : (int) ((total + pageSize - 1) / pageSize);
    }
}
