package io.supportdesk.application.ticket.port.in;

/** Which page of a list, 1-based, at most 100 items. */
public record PageRequest(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
