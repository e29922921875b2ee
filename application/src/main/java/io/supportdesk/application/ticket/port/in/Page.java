package io.supportdesk.application.ticket.port.in;

import java.util.List;
import java.util.function.Function;

/** One page of a list and where it stands in the whole. */
public record Page<T>(List<T> items, long total, int page, int pageSize) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return total == 0 ? 0 : (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, pageSize);
    }
}
