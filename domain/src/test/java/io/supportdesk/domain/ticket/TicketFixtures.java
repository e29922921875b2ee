package io.supportdesk.domain.ticket;

import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.sla.SlaTargets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Builders and well-known actors for ticket tests: {@code aTicket().withPriority(HIGH).build()}. */
public final class TicketFixtures {

    public static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    public static final Actor CUSTOMER = new Actor(new UserId(100), Role.CUSTOMER);
    public static final Actor AGENT = new Actor(new UserId(200), Role.AGENT);
    public static final Actor OTHER_AGENT = new Actor(new UserId(201), Role.AGENT);
    public static final Actor MANAGER = new Actor(new UserId(300), Role.MANAGER);

    // Shared by every test in the JVM, so it must stay unique when JUnit runs tests in parallel.
    private static final AtomicLong NEXT_COMMENT_ID = new AtomicLong(1);

    private TicketFixtures() {
    }

    public static TicketBuilder aTicket() {
        return new TicketBuilder();
    }

    public static TestClock clockAtT0() {
        return new TestClock(T0);
    }

    public static CommentId aCommentId() {
        return new CommentId(NEXT_COMMENT_ID.getAndIncrement());
    }

    public static <T extends TicketEvent> List<T> eventsOf(List<TicketEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Builds an opened ticket, optionally walked to a given status through the real domain methods. */
    public static final class TicketBuilder {

        private TicketId id = new TicketId(1);
        private TicketNumber number = TicketNumber.of("TKT", 1);
        private Title title = new Title("Printer on floor 3 is jammed");
        private Description description = new Description("It shows error E42 and eats every page we print.");
        private Priority priority = Priority.MEDIUM;
        private CategoryCode category = new CategoryCode("technical");
        private Tags tags = Tags.of("printer");
        private CustomFields customFields = new CustomFields(Map.of("floor", 3));
        private UserId requester = CUSTOMER.id();
        private SlaTargets targets; // null: the default policy's targets for the priority and category
        private Actor openedBy = CUSTOMER;
        private Clock clock = new TestClock(T0);
        private TicketStatus status = TicketStatus.OPEN;
        private boolean keepEvents;

        public TicketBuilder withId(long value) {
            this.id = new TicketId(value);
            return this;
        }

        public TicketBuilder withPriority(Priority priority) {
            this.priority = priority;
            return this;
        }

        public TicketBuilder withCategory(String category) {
            this.category = new CategoryCode(category);
            return this;
        }

        public TicketBuilder withTitle(String title) {
            this.title = new Title(title);
            return this;
        }

        public TicketBuilder withTags(String... tags) {
            this.tags = Tags.of(tags);
            return this;
        }

        public TicketBuilder withCustomFields(Map<String, Object> fields) {
            this.customFields = new CustomFields(fields);
            return this;
        }

        public TicketBuilder withTargets(SlaTargets targets) {
            this.targets = targets;
            return this;
        }

        public TicketBuilder openedBy(Actor actor) {
            this.openedBy = actor;
            return this;
        }

        public TicketBuilder withClock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** OPEN, ASSIGNED (to {@link #AGENT}), IN_PROGRESS, WAITING_ON_CUSTOMER, ON_HOLD, RESOLVED or CLOSED. */
        public TicketBuilder inStatus(TicketStatus status) {
            this.status = status;
            return this;
        }

        /** Keeps the events of opening (and of walking to the status) instead of discarding them. */
        public TicketBuilder keepingEvents() {
            this.keepEvents = true;
            return this;
        }

        public Ticket build() {
            Ticket ticket = Ticket.open(id, number, title, description, priority, category, tags, customFields,
                    requester, targets != null ? targets : SlaPolicy.defaults().targetsFor(priority, category),
                    openedBy, clock);
            walkTo(ticket);
            if (!keepEvents) {
                ticket.pullEvents();
            }
            return ticket;
        }

        private void walkTo(Ticket ticket) {
            Workflow workflow = Workflow.standard();
            switch (status) {
                case OPEN -> { }
                case ASSIGNED -> ticket.assignTo(AGENT.id(), MANAGER, clock);
                case IN_PROGRESS -> ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock);
                case WAITING_ON_CUSTOMER, ON_HOLD, RESOLVED -> {
                    ticket.moveTo(TicketStatus.IN_PROGRESS, AGENT, workflow, clock);
                    ticket.moveTo(status, AGENT, workflow, clock);
                }
                case CLOSED -> ticket.moveTo(TicketStatus.CLOSED, AGENT, workflow, clock);
                case REOPENED -> {
                    ticket.moveTo(TicketStatus.CLOSED, AGENT, workflow, clock);
                    ticket.moveTo(TicketStatus.REOPENED, CUSTOMER, workflow, clock);
                }
            }
        }
    }
}
