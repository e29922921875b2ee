package io.supportdesk.application.ticket.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list and where it stands in the whole.
 *
 * @param totalIsEstimate the list holds at least {@code total} items and counting them all was not worth it (a
 *                        list that large is paged by filter or cursor, not to its end); {@link #hasNext} then
 *                        says whether this page was full
 * @param next            where the following page starts, when one follows and the list can be paged by position
 *                        (a keyset cursor: unlike an offset it neither skips nor repeats items when others are
 *                        added meanwhile)
 */
public record Page<T>(List<T> items, long total, int page, int pageSize, boolean totalIsEstimate,
                      Optional<KeysetPosition> next) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    public Page(List<T> items, long total, int page, int pageSize, boolean totalIsEstimate) {
        this(items, total, page, pageSize, totalIsEstimate, Optional.empty());
    }

    /** A page of a list counted to its end. */
    public Page(List<T> items, long total, int page, int pageSize) {
        this(items, total, page, pageSize, false);
    }

    public int totalPages() {
        return total == 0 ? 0 : (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return totalIsEstimate ? items.size() == pageSize : page < totalPages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** The same page, saying where the next one starts. */
    public Page<T> continuingAt(Optional<KeysetPosition> position) {
        return new Page<>(items, total, page, pageSize, totalIsEstimate, position);
    }

    /** The same page of the same list, holding other items (the same ones described otherwise, in order). */
    public <R> Page<R> withItems(List<R> replaced) {
        return new Page<>(replaced, total, page, pageSize, totalIsEstimate, next);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, pageSize, totalIsEstimate, next);
    }
}
