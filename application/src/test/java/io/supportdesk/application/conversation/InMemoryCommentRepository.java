package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.TicketId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A ticket conversation in memory, ordered by id like the table. */
public final class InMemoryCommentRepository implements CommentRepository {

    private final List<Comment> comments = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public CommentId nextId() {
        return new CommentId(ids.incrementAndGet());
    }

    @Override
    public synchronized void add(Comment comment) {
        comments.add(comment);
        comments.sort(Comparator.comparingLong(c -> c.id().value()));
    }

    private List<Comment> of(TicketId ticket, boolean includeInternal) {
        return comments.stream().filter(c -> c.ticketId().equals(ticket))
                .filter(c -> includeInternal || !c.internal()).toList();
    }

    @Override
    public synchronized Page<Comment> list(TicketId ticket, boolean includeInternal, PageRequest page,
                                           Optional<CommentId> after) {
        List<Comment> all = of(ticket, includeInternal);
        List<Comment> rest = after.isEmpty() ? all.stream().skip(page.offset()).toList()
                : all.stream().filter(c -> c.id().value() > after.get().value()).toList();
        List<Comment> items = rest.stream().limit(page.pageSize()).toList();
        Optional<KeysetPosition> next = rest.size() > items.size()
                ? Optional.of(new KeysetPosition(Long.toString(items.get(items.size() - 1).id().value()),
                        items.get(items.size() - 1).id().value()))
                : Optional.empty();
        return new Page<>(items, all.size(), page.page(), page.pageSize()).continuingAt(next);
    }

    @Override
    public synchronized List<Comment> latest(TicketId ticket, boolean includeInternal, int limit,
                                             Optional<CommentId> before) {
        List<Comment> all = of(ticket, includeInternal).stream()
                .filter(c -> before.map(b -> c.id().value() < b.value()).orElse(true)).toList();
        return all.subList(Math.max(0, all.size() - limit), all.size());
    }

    @Override
    public synchronized List<Comment> after(TicketId ticket, CommentId since, boolean includeInternal, int limit) {
        return of(ticket, includeInternal).stream().filter(c -> c.id().value() > since.value()).limit(limit)
                .toList();
    }

    @Override
    public synchronized Optional<Comment> find(CommentId id) {
        return comments.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
