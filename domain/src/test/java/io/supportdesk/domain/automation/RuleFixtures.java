package io.supportdesk.domain.automation;

import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builders for automation tests: {@code facts().withPriority(HIGH).build()}, {@code rule(1, trigger, ...)}. */
final class RuleFixtures {

    static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    private RuleFixtures() {
    }

    static FactsBuilder facts() {
        return new FactsBuilder();
    }

    static Rule rule(long id, int position, Trigger trigger, Conditions conditions, Action... actions) {
        return new Rule(new RuleId(id), new RuleDefinition(new RuleName("rule " + id), true, position, trigger,
                conditions, List.of(actions)));
    }

    static Condition statusIs(TicketStatus status) {
        return new Condition.StatusCondition(Condition.Among.is(status));
    }

    static Condition priorityIs(Priority priority) {
        return new Condition.PriorityCondition(Condition.Among.is(priority));
    }

    static Condition hasTag(String tag) {
        return new Condition.TagCondition(Operator.CONTAINS, tag);
    }

    static final class FactsBuilder {
        private TicketId id = new TicketId(42);
        private TicketStatus status = TicketStatus.OPEN;
        private Priority priority = Priority.MEDIUM;
        private CategoryCode category = new CategoryCode("technical");
        private Optional<TeamId> team = Optional.empty();
        private Optional<UserId> assignee = Optional.empty();
        private Tags tags = Tags.of("printer");
        private EmailAddress requester = new EmailAddress("ada@example.com");
        private Title title = new Title("Printer on floor 3 is jammed");
        private Description description = new Description("It shows error E42 and eats every page we print.");
        private TicketChannel channel = TicketChannel.WEB;
        private CustomFields customFields = CustomFields.none();
        private Instant createdAt = T0;
        private Instant updatedAt = T0;
        private Instant statusChangedAt = T0;
        private Optional<Instant> closedAt = Optional.empty();
        private Optional<Instant> lastCustomerReplyAt = Optional.empty();
        private Instant now = T0;

        FactsBuilder withStatus(TicketStatus status) {
            this.status = status;
            return this;
        }

        FactsBuilder withPriority(Priority priority) {
            this.priority = priority;
            return this;
        }

        FactsBuilder withCategory(String category) {
            this.category = new CategoryCode(category);
            return this;
        }

        FactsBuilder withTeam(long team) {
            this.team = Optional.of(new TeamId(team));
            return this;
        }

        FactsBuilder withAssignee(long user) {
            this.assignee = Optional.of(new UserId(user));
            return this;
        }

        FactsBuilder withTags(String... tags) {
            this.tags = Tags.of(tags);
            return this;
        }

        FactsBuilder withRequester(String email) {
            this.requester = new EmailAddress(email);
            return this;
        }

        FactsBuilder withTitle(String title) {
            this.title = new Title(title);
            return this;
        }

        FactsBuilder withDescription(String description) {
            this.description = new Description(description);
            return this;
        }

        FactsBuilder withChannel(TicketChannel channel) {
            this.channel = channel;
            return this;
        }

        FactsBuilder withCustomFields(Map<String, Object> fields) {
            this.customFields = new CustomFields(fields);
            return this;
        }

        FactsBuilder updatedAt(Instant at) {
            this.updatedAt = at;
            return this;
        }

        FactsBuilder statusChangedAt(Instant at) {
            this.statusChangedAt = at;
            return this;
        }

        FactsBuilder lastCustomerReplyAt(Instant at) {
            this.lastCustomerReplyAt = Optional.of(at);
            return this;
        }

        FactsBuilder at(Instant now) {
            this.now = now;
            return this;
        }

        FactsBuilder hoursLater(long hours) {
            return at(T0.plus(Duration.ofHours(hours)));
        }

        TicketFacts build() {
            return new TicketFacts(id, status, priority, category, team, assignee, tags, requester, title,
                    description, channel, customFields, createdAt, updatedAt, statusChangedAt, closedAt,
                    lastCustomerReplyAt, now);
        }
    }
}
