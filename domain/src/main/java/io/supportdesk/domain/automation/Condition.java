package io.supportdesk.domain.automation;

import io.supportdesk.domain.PlainText;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One test of a ticket's facts: a typed field, an operator its {@link FieldKind} takes and a value of the field's
 * type. Each record refuses an operator its field does not take, so a condition that exists can be evaluated. Text
 * is compared without regard to case throughout (tags, title, description, domains, custom text).
 */
public sealed interface Condition {

    ConditionField field();

    Operator operator();

    boolean holds(TicketFacts facts);

    /** The field's current value as a person would read it, for the dry-run report. */
    String actual(TicketFacts facts);

    /** The value compared with, as a person would read it ("" for operators that take none). */
    String expected();

    /** A choice field tested against one value ({@code is}, {@code is_not}) or a list ({@code in}, {@code not_in}). */
    record Among<T>(Operator operator, Set<T> values) {

        public Among {
            Objects.requireNonNull(operator, "operator");
            requireOperator(FieldKind.CHOICE, operator);
            values = Set.copyOf(Objects.requireNonNull(values, "values"));
            requireCount(operator, values.size());
        }

        public static <T> Among<T> is(T value) {
            return new Among<>(Operator.IS, Set.of(value));
        }

        boolean holds(T actual) {
            boolean listed = values.contains(actual);
            return operator == Operator.IS || operator == Operator.IN ? listed : !listed;
        }
    }

    /** A team or an assignee, which may be nobody. */
    record Held<T>(Operator operator, Set<T> values) {

        public Held {
            Objects.requireNonNull(operator, "operator");
            requireOperator(FieldKind.HOLDER, operator);
            values = Set.copyOf(Objects.requireNonNull(values, "values"));
            if (!operator.takesValue() && !values.isEmpty()) {
                throw new IllegalArgumentException("'" + operator.code() + "' takes no value");
            }
            if (operator.takesValue()) {
                requireCount(operator, values.size());
            }
        }

        boolean holds(Optional<T> actual) {
            return switch (operator) {
                case UNASSIGNED -> actual.isEmpty();
                case ASSIGNED -> actual.isPresent();
                case IS, IN -> actual.filter(values::contains).isPresent();
                case IS_NOT, NOT_IN -> actual.filter(values::contains).isEmpty();
                default -> throw new IllegalStateException("not a holder operator: " + operator);
            };
        }
    }

    record StatusCondition(Among<TicketStatus> test) implements Condition {
        public StatusCondition {
            Objects.requireNonNull(test, "test");
        }

        @Override
        public ConditionField field() {
            return ConditionField.STATUS;
        }

        @Override
        public Operator operator() {
            return test.operator();
        }

        @Override
        public boolean holds(TicketFacts facts) {
            return test.holds(facts.status());
        }

        @Override
        public String actual(TicketFacts facts) {
            return facts.status().code();
        }

        @Override
        public String expected() {
            return codes(test.values(), TicketStatus::code);
        }
    }

    record PriorityCondition(Among<Priority> test) implements Condition {
        public PriorityCondition {
            Objects.requireNonNull(test, "test");
        }

        @Override
        public ConditionField field() {
            return ConditionField.PRIORITY;
        }

        @Override
        public Operator operator() {
            return test.operator();
        }

        @Override
        public boolean holds(TicketFacts facts) {
            return test.holds(facts.priority());
        }

        @Override
        public String actual(TicketFacts facts) {
            return facts.priority().code();
        }

        @Override
        public String expected() {
            return codes(test.values(), Priority::code);
        }
    }

    record CategoryCondition(Among<CategoryCode> test) implements Condition {
        public CategoryCondition {
            Objects.requireNonNull(test, "test");
        }

        @Override
        public ConditionField field() {
            return ConditionField.CATEGORY;
        }

        @Override
        public Operator operator() {
            return test.operator();
        }

        @Override
        public boolean holds(TicketFacts facts) {
            return test.holds(facts.category());
        }

        @Override
        public String actual(TicketFacts facts) {
            return facts.category().value();
        }

        @Override
        public String expected() {
            return codes(test.values(), CategoryCode::value);
        }
    }

    record ChannelCondition(Among<TicketChannel> test) implements Condition {
        public ChannelCondition {
            Objects.requireNonNull(test, "test");
        }

        @Override
        public ConditionField field() {
            return ConditionField.CHANNEL;
        }

        @Override
        public Operator operator() {
            return test.operator();
        }

        @Override
        public boolean holds(TicketFacts facts) {
            return test.holds(facts.channel());
        }

        @Override
        public String actual(TicketFacts facts) {
            return facts.channel().code();
        }

        @Override
        public String expected() {
            return codes(test.values(), TicketChannel::code);
        }
    }

    /** The domain of the requester's address, exactly: {@code example.com} does not cover {@code eu.example.com}. */
    record RequesterDomainCondition(Among<String> test) implements Condition {

        private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)*");

        public RequesterDomainCondition {
            Objects.requireNonNull(test, "test");
            for (String domain : test.values()) {
                if (!DOMAIN.matcher(domain).matches() || !domain.equals(normaliseDomain(domain))) {
                    throw new IllegalArgumentException("'" + domain
                            + "' is not a normalised email domain; build it with normaliseDomain");
                }
            }
        }

        /** The form the requester's domain is kept in (lower-case, IDNA ASCII), without a leading {@code @}. */
        public static String normaliseDomain(String raw) {
            String given = raw == null ? "" : raw.strip();
            String normalised = EmailAddress.normalise("x@" + (given.startsWith("@") ? given.substring(1) : given));
            return normalised.substring(normalised.indexOf('@') + 1);
        }

        static boolean isDomain(String normalised) {
            return DOMAIN.matcher(normalised).matches();
        }

        @Override
        public ConditionField field() {
            return ConditionField.REQUESTER_DOMAIN;
        }

        @Override
        public Operator operator() {
            return test.operator();
        }

        @Override
        public boolean holds(TicketFacts facts) {
            return test.holds(facts.requesterDomain());
        }

        @Override
        public String actual(TicketFacts facts) {
            return facts.requesterDomain();
        }

        @Override
        public String expected() {
            return codes(test.values(), d -> d);
        }
    }

    record TeamCondition(Held<TeamId> test) implements Condition {
        public TeamCondition {
            Objects.requireNonNull(test, "test");
        }

        @Override
        public ConditionField field() {
            return ConditionField.TEAM;
        }

        @Override
        public Operator operator() {
            return test.operator();
        }

        @Override
        public boolean holds(TicketFacts facts) {
            return test.holds(facts.team());
        }

        @Override
        public String actual(TicketFacts facts) {
            return facts.team().map(t -> String.valueOf(t.value())).orElse("none");
        }

        @Override
        public String expected() {
            return codes(test.values(), t -> String.valueOf(t.value()));
        }
    }

    record AssigneeCondition(Held<UserId> test) implements Condition {
        public AssigneeCondition {
            Objects.requireNonNull(test, "test");
        }

        @Override
        public ConditionField field() {
            return ConditionField.ASSIGNEE;
        }

        @Override
        public Operator operator() {
            return test.operator();
        }

        @Override
        public boolean holds(TicketFacts facts) {
            return test.holds(facts.assignee());
        }

        @Override
        public String actual(TicketFacts facts) {
            return facts.assignee().map(u -> String.valueOf(u.value())).orElse("none");
        }

        @Override
        public String expected() {
            return codes(test.values(), u -> String.valueOf(u.value()));
        }
    }

    /** One tag, normalised as the ticket's {@link Tags} are. */
    record TagCondition(Operator operator, String tag) implements Condition {
        public TagCondition {
            Objects.requireNonNull(operator, "operator");
            requireOperator(FieldKind.TAGS, operator);
            tag = Tags.of(Objects.requireNonNull(tag, "tag")).values().getFirst();
        }

        @Override
        public ConditionField field() {
            return ConditionField.TAGS;
        }

        @Override
        public boolean holds(TicketFacts facts) {
            return facts.tags().contains(tag) == (operator == Operator.CONTAINS);
        }

        @Override
        public String actual(TicketFacts facts) {
            return String.join(", ", facts.tags().values());
        }

        @Override
        public String expected() {
            return tag;
        }
    }

    /** A phrase searched for, without regard to case, in the title or the description. */
    record TextCondition(ConditionField field, Operator operator, String text) implements Condition {

        public static final int MAX_LENGTH = 200;

        public TextCondition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            if (field.kind() != FieldKind.TEXT) {
                throw new IllegalArgumentException(field.code() + " is not a text field");
            }
            requireOperator(FieldKind.TEXT, operator);
            text = checkedText(text);
        }

        static String checkedText(String text) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("must not be empty");
            }
            PlainText.problemInLine(text).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
                throw new IllegalArgumentException("must be at most " + MAX_LENGTH + " characters");
            }
            return text;
        }

        @Override
        public boolean holds(TicketFacts facts) {
            return fold(actual(facts)).contains(fold(text)) == (operator == Operator.CONTAINS);
        }

        @Override
        public String actual(TicketFacts facts) {
            return field == ConditionField.TITLE ? facts.title().value() : facts.description().value();
        }

        @Override
        public String expected() {
            return text;
        }
    }

    /**
     * Time elapsed since the ticket was created, last updated or last changed status, against whole hours: strictly
     * greater or strictly less, so exactly N hours is neither "greater than N" nor "less than N".
     */
    record HoursCondition(ConditionField field, Operator operator, int hours) implements Condition {

        public HoursCondition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            if (field.kind() != FieldKind.HOURS) {
                throw new IllegalArgumentException(field.code() + " is not an hours field");
            }
            requireOperator(FieldKind.HOURS, operator);
            Hours.check("value", hours);
        }

        @Override
        public boolean holds(TicketFacts facts) {
            int comparison = elapsed(facts).compareTo(Duration.ofHours(hours));
            return operator == Operator.GREATER_THAN ? comparison > 0 : comparison < 0;
        }

        private Duration elapsed(TicketFacts facts) {
            Instant since = switch (field) {
                case HOURS_SINCE_CREATED -> facts.createdAt();
                case HOURS_SINCE_UPDATED -> facts.updatedAt();
                case HOURS_SINCE_STATUS_CHANGE -> facts.statusChangedAt();
                default -> throw new IllegalStateException("not an hours field: " + field);
            };
            return Duration.between(since, facts.now());
        }

        @Override
        public String actual(TicketFacts facts) {
            Duration elapsed = elapsed(facts);
            return elapsed.toHours() + "h" + (elapsed.toMinutesPart() == 0 ? "" : elapsed.toMinutesPart() + "m");
        }

        @Override
        public String expected() {
            return hours + "h";
        }
    }

    /**
     * A custom field against a text, a number or a boolean. The value narrows the operators: {@code is} and
     * {@code is_not} take any, {@code contains} and {@code not_contains} text, {@code greater_than} and
     * {@code less_than} a number. A ticket without the field, or with a value of another type, is not equal, does
     * not contain and is neither greater nor less.
     */
    record CustomFieldCondition(String key, Operator operator, Object value) implements Condition {

        private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9_.-]{1,64}");

        public CustomFieldCondition {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException(
                        "custom field key '" + key + "' must be 1-64 characters of a-z, A-Z, 0-9, '_', '.' or '-'");
            }
            Objects.requireNonNull(operator, "operator");
            requireOperator(FieldKind.CUSTOM, operator);
            value = checkedValue(operator, value);
        }

        static boolean isKey(String key) {
            return key != null && KEY.matcher(key).matches();
        }

        /** The value as compared: text checked, numbers as {@link BigDecimal}; refuses a type the operator cannot use. */
        static Object checkedValue(Operator operator, Object value) {
            Object normalised = switch (value) {
                case null -> throw new IllegalArgumentException("is required");
                case String text -> TextCondition.checkedText(text);
                case Boolean flag -> flag;
                case Number number -> decimal(number).orElseThrow(
                        () -> new IllegalArgumentException("must be a finite number"));
                default -> throw new IllegalArgumentException("must be a text, a number or a boolean");
            };
            switch (operator) {
                case CONTAINS, NOT_CONTAINS -> {
                    if (!(normalised instanceof String)) {
                        throw new IllegalArgumentException("'" + operator.code() + "' needs a text value");
                    }
                }
                case GREATER_THAN, LESS_THAN -> {
                    if (!(normalised instanceof BigDecimal)) {
                        throw new IllegalArgumentException("'" + operator.code() + "' needs a number value");
                    }
                }
                default -> { }
            }
            return normalised;
        }

        @Override
        public ConditionField field() {
            return ConditionField.CUSTOM_FIELD;
        }

        @Override
        public boolean holds(TicketFacts facts) {
            Object actual = facts.customFields().values().get(key);
            return switch (operator) {
                case IS -> same(actual);
                case IS_NOT -> !same(actual);
                case CONTAINS -> actual instanceof String text && fold(text).contains(fold((String) value));
                case NOT_CONTAINS -> !(actual instanceof String text && fold(text).contains(fold((String) value)));
                case GREATER_THAN -> compared(actual).filter(c -> c > 0).isPresent();
                case LESS_THAN -> compared(actual).filter(c -> c < 0).isPresent();
                default -> throw new IllegalStateException("not a custom field operator: " + operator);
            };
        }

        private boolean same(Object actual) {
            return switch (value) {
                case String text -> actual instanceof String given && fold(given).equals(fold(text));
                case BigDecimal number -> actual instanceof Number given
                        && decimal(given).filter(d -> d.compareTo(number) == 0).isPresent();
                default -> value.equals(actual);
            };
        }

        private Optional<Integer> compared(Object actual) {
            return actual instanceof Number given
                    ? decimal(given).map(d -> d.compareTo((BigDecimal) value))
                    : Optional.empty();
        }

        private static Optional<BigDecimal> decimal(Number number) {
            if ((number instanceof Double d && !Double.isFinite(d)) || (number instanceof Float f && !Float.isFinite(f))) {
                return Optional.empty();
            }
            try {
                return Optional.of(number instanceof BigDecimal d ? d : new BigDecimal(number.toString()));
            } catch (NumberFormatException notDecimal) {
                return Optional.empty();
            }
        }

        @Override
        public String actual(TicketFacts facts) {
            return facts.customFields().values().containsKey(key)
                    ? String.valueOf(facts.customFields().values().get(key))
                    : "not set";
        }

        @Override
        public String expected() {
            return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
        }
    }

    private static void requireOperator(FieldKind kind, Operator operator) {
        if (!kind.accepts(operator)) {
            throw new IllegalArgumentException("'" + operator.code() + "' is not an operator for this field; allowed: "
                    + kind.operators().stream().map(Operator::code).collect(Collectors.joining(", ")));
        }
    }

    private static void requireCount(Operator operator, int count) {
        if (operator.takesList() ? count == 0 : count != 1) {
            throw new IllegalArgumentException(operator.takesList()
                    ? "'" + operator.code() + "' needs at least one value"
                    : "'" + operator.code() + "' needs exactly one value");
        }
    }

    private static <T> String codes(Set<T> values, java.util.function.Function<T, String> code) {
        return values.stream().map(code).sorted().collect(Collectors.joining(", "));
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
