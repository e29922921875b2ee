package io.supportdesk.domain.automation;

import io.supportdesk.domain.DomainException;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the generic structure of {@link RuleDefinition#parse} and collects every violation rather than stopping at
 * the first: a part that is wrong is reported and left out, and its siblings are still read. One parser per parse.
 */
final class RuleDefinitionParser {

    private static final List<String> RULE_KEYS = List.of("name", "active", "position", "trigger", "conditions",
            "actions");
    private static final List<String> CONDITIONS_KEYS = List.of("all", "any");
    private static final List<String> CONDITION_KEYS = List.of("field", "operator", "value");
    private static final List<String> CUSTOM_CONDITION_KEYS = List.of("field", "key", "operator", "value");
    private static final String AUTO = "auto";

    private final List<RuleViolation> violations = new ArrayList<>();

    RuleDefinition.Parsed parse(Object raw) {
        Optional<Map<?, ?>> rule = object(raw, "rule");
        if (rule.isEmpty()) {
            return new RuleDefinition.Parsed.Invalid(violations);
        }
        Map<?, ?> map = rule.get();
        onlyKeys(map, "", RULE_KEYS);
        Optional<RuleName> name = required(map, "", "name").flatMap(v -> text(v, "name"))
                .flatMap(v -> attempt("name", () -> new RuleName(v)));
        boolean active = optional(map, "active").map(v -> flag(v, "active").orElse(true)).orElse(true);
        int position = optional(map, "position").map(v -> whole(v, "position").flatMap(p -> {
            if (p < 0) {
                reject("position", "must not be negative, was " + p);
                return Optional.empty();
            }
            return Optional.of(p);
        }).orElse(0)).orElse(0);
        Optional<Trigger> trigger = required(map, "", "trigger").flatMap(v -> trigger(v, "trigger"));
        Optional<Conditions> conditions = optional(map, "conditions").isEmpty()
                ? Optional.of(Conditions.none())
                : conditions(map.get("conditions"), "conditions");
        Optional<List<Action>> actions = required(map, "", "actions").flatMap(v -> actions(v, "actions"));
        if (!violations.isEmpty()) {
            return new RuleDefinition.Parsed.Invalid(violations);
        }
        Optional<RuleDefinition> definition = attempt("rule", () -> new RuleDefinition(name.orElseThrow(), active,
                position, trigger.orElseThrow(), conditions.orElseThrow(), actions.orElseThrow()));
        return definition.<RuleDefinition.Parsed>map(RuleDefinition.Parsed.Valid::new)
                .orElseGet(() -> new RuleDefinition.Parsed.Invalid(violations));
    }

    // ---- trigger

    private Optional<Trigger> trigger(Object raw, String path) {
        Optional<Map<?, ?>> object = object(raw, path);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Map<?, ?> map = object.get();
        Optional<String> type = required(map, path, "type").flatMap(v -> text(v, path + ".type"));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String at = path + ".";
        return switch (type.get()) {
            case "ticket_created" -> only(map, path, List.of("type"), new Trigger.TicketCreated());
            case "ticket_updated" -> only(map, path, List.of("type"), new Trigger.TicketUpdated());
            case "status_changed" -> only(map, path, List.of("type"), new Trigger.StatusChanged());
            case "comment_added" -> {
                onlyKeys(map, path, List.of("type", "visibility", "author"));
                Optional<Trigger.CommentVisibility> visibility = optional(map, "visibility").isEmpty()
                        ? Optional.of(Trigger.CommentVisibility.ANY)
                        : code(map.get("visibility"), at + "visibility", Trigger.CommentVisibility.values(),
                                Trigger.CommentVisibility::code);
                Optional<Trigger.CommentAuthor> author = optional(map, "author").isEmpty()
                        ? Optional.of(Trigger.CommentAuthor.ANY)
                        : code(map.get("author"), at + "author", Trigger.CommentAuthor.values(),
                                Trigger.CommentAuthor::code);
                if (visibility.isEmpty() || author.isEmpty()) {
                    yield Optional.empty();
                }
                yield attempt(at + "author", () -> new Trigger.CommentAdded(visibility.get(), author.get()));
            }
            case "sla_at_risk", "sla_breached" -> {
                onlyKeys(map, path, List.of("type", "clock"));
                Optional<Optional<SlaClockKind>> clock = optional(map, "clock").isEmpty()
                        ? Optional.of(Optional.empty())
                        : code(map.get("clock"), at + "clock", SlaClockKind.values(), SlaClockKind::code)
                                .map(Optional::of);
                yield clock.map(c -> type.get().equals("sla_at_risk")
                        ? new Trigger.SlaAtRisk(c)
                        : new Trigger.SlaBreached(c));
            }
            case "in_status_for" -> {
                onlyKeys(map, path, List.of("type", "status", "hours"));
                Optional<TicketStatus> status = required(map, path, "status")
                        .flatMap(v -> text(v, at + "status")).flatMap(v -> parsed(v, at + "status", TicketStatus::fromCode));
                Optional<Integer> hours = required(map, path, "hours").flatMap(v -> hours(v, at + "hours"));
                if (status.isEmpty() || hours.isEmpty()) {
                    yield Optional.empty();
                }
                yield attempt(path, () -> new Trigger.InStatusFor(status.get(), hours.get()));
            }
            case "no_customer_reply_for" -> {
                onlyKeys(map, path, List.of("type", "hours"));
                yield required(map, path, "hours").flatMap(v -> hours(v, at + "hours"))
                        .flatMap(h -> attempt(path, () -> new Trigger.NoCustomerReplyFor(h)));
            }
            default -> {
                reject(at + "type", "unknown trigger '" + type.get() + "'; allowed: ticket_created, ticket_updated,"
                        + " status_changed, comment_added, sla_at_risk, sla_breached, in_status_for,"
                        + " no_customer_reply_for");
                yield Optional.empty();
            }
        };
    }

    // ---- conditions

    private Optional<Conditions> conditions(Object raw, String path) {
        Optional<Map<?, ?>> object = object(raw, path);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Map<?, ?> map = object.get();
        onlyKeys(map, path, CONDITIONS_KEYS);
        Optional<List<Condition>> all = conditionList(map.get("all"), path + ".all");
        Optional<List<Condition>> any = conditionList(map.get("any"), path + ".any");
        if (all.isEmpty() || any.isEmpty()) {
            return Optional.empty();
        }
        return attempt(path, () -> new Conditions(all.get(), any.get()));
    }

    private Optional<List<Condition>> conditionList(Object raw, String path) {
        if (raw == null) {
            return Optional.of(List.of());
        }
        Optional<List<?>> list = list(raw, path);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().size() > Conditions.MAX_PER_LIST) {
            reject(path, "at most " + Conditions.MAX_PER_LIST + " conditions, got " + list.get().size());
            return Optional.empty();
        }
        List<Condition> conditions = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < list.get().size(); i++) {
            Optional<Condition> condition = condition(list.get().get(i), path + "[" + i + "]");
            condition.ifPresent(conditions::add);
            complete &= condition.isPresent();
        }
        return complete ? Optional.of(conditions) : Optional.empty();
    }

    private Optional<Condition> condition(Object raw, String path) {
        Optional<Map<?, ?>> object = object(raw, path);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Map<?, ?> map = object.get();
        String at = path + ".";
        Optional<ConditionField> field = required(map, path, "field").flatMap(v -> text(v, at + "field"))
                .flatMap(code -> {
                    Optional<ConditionField> known = ConditionField.fromCode(code);
                    if (known.isEmpty()) {
                        reject(at + "field", "unknown field '" + code + "'; allowed: "
                                + Arrays.stream(ConditionField.values()).map(ConditionField::code)
                                        .collect(Collectors.joining(", ")));
                    }
                    return known;
                });
        onlyKeys(map, path, field.filter(f -> f == ConditionField.CUSTOM_FIELD).isPresent()
                ? CUSTOM_CONDITION_KEYS
                : CONDITION_KEYS);
        Optional<Operator> operator = required(map, path, "operator").flatMap(v -> text(v, at + "operator"))
                .flatMap(code -> {
                    Optional<Operator> known = Operator.fromCode(code);
                    if (known.isEmpty()) {
                        reject(at + "operator", "unknown operator '" + code + "'; allowed: "
                                + Arrays.stream(Operator.values()).map(Operator::code)
                                        .collect(Collectors.joining(", ")));
                    }
                    return known;
                });
        Optional<String> key = field.filter(f -> f == ConditionField.CUSTOM_FIELD)
                .flatMap(f -> required(map, path, "key")).flatMap(v -> text(v, at + "key")).flatMap(k -> {
                    if (!Condition.CustomFieldCondition.isKey(k)) {
                        reject(at + "key", "custom field key '" + k
                                + "' must be 1-64 characters of a-z, A-Z, 0-9, '_', '.' or '-'");
                        return Optional.empty();
                    }
                    return Optional.of(k);
                });
        if (field.isEmpty() || operator.isEmpty()) {
            return Optional.empty();
        }
        ConditionField f = field.get();
        Operator op = operator.get();
        if (!f.kind().accepts(op)) {
            reject(at + "operator", "'" + op.code() + "' is not an operator for " + f.code() + "; allowed: "
                    + f.kind().operators().stream().map(Operator::code).collect(Collectors.joining(", ")));
            return Optional.empty();
        }
        String valuePath = at + "value";
        boolean given = map.containsKey("value") && map.get("value") != null;
        if (!op.takesValue()) {
            if (given) {
                reject(valuePath, "must not be given with '" + op.code() + "'");
                return Optional.empty();
            }
        } else if (!given) {
            reject(valuePath, "is required");
            return Optional.empty();
        }
        Object value = map.get("value");
        return switch (f) {
            case STATUS -> among(value, valuePath, op, v -> TicketStatus.fromCode(v))
                    .map(Condition.StatusCondition::new);
            case PRIORITY -> among(value, valuePath, op, v -> Priority.fromCode(v))
                    .map(Condition.PriorityCondition::new);
            case CATEGORY -> among(value, valuePath, op, CategoryCode::new).map(Condition.CategoryCondition::new);
            case CHANNEL -> among(value, valuePath, op, v -> TicketChannel.fromCode(v))
                    .map(Condition.ChannelCondition::new);
            case REQUESTER_DOMAIN -> among(value, valuePath, op, RuleDefinitionParser::domain)
                    .map(Condition.RequesterDomainCondition::new);
            case TEAM -> held(value, valuePath, op, TeamId::new).map(Condition.TeamCondition::new);
            case ASSIGNEE -> held(value, valuePath, op, UserId::new).map(Condition.AssigneeCondition::new);
            case TAGS -> text(value, valuePath).flatMap(tag -> attempt(valuePath,
                    () -> new Condition.TagCondition(op, tag)));
            case TITLE, DESCRIPTION -> text(value, valuePath).flatMap(text -> attempt(valuePath,
                    () -> new Condition.TextCondition(f, op, text)));
            case HOURS_SINCE_CREATED, HOURS_SINCE_UPDATED, HOURS_SINCE_STATUS_CHANGE -> hours(value, valuePath)
                    .flatMap(h -> attempt(valuePath, () -> new Condition.HoursCondition(f, op, h)));
            case CUSTOM_FIELD -> key.flatMap(k -> attempt(valuePath,
                    () -> new Condition.CustomFieldCondition(k, op, value)));
        };
    }

    private static String domain(String raw) {
        String normalised = Condition.RequesterDomainCondition.normaliseDomain(raw);
        if (!Condition.RequesterDomainCondition.isDomain(normalised)) {
            throw new IllegalArgumentException("'" + raw + "' is not an email domain such as example.com");
        }
        return normalised;
    }

    private <T> Optional<Condition.Among<T>> among(Object value, String path, Operator op, Function<String, T> parse) {
        return values(value, path, op.takesList(), v -> text(v.raw(), v.path()).flatMap(t -> parsed(t, v.path(), parse)))
                .flatMap(values -> attempt(path, () -> new Condition.Among<>(op, values)));
    }

    private <T> Optional<Condition.Held<T>> held(Object value, String path, Operator op, Function<Long, T> build) {
        if (!op.takesValue()) {
            return attempt(path, () -> new Condition.Held<>(op, Set.of()));
        }
        return values(value, path, op.takesList(), v -> id(v.raw(), v.path()).flatMap(id -> attempt(v.path(),
                () -> build.apply(id))))
                .flatMap(values -> attempt(path, () -> new Condition.Held<>(op, values)));
    }

    private record Item(Object raw, String path) {
    }

    /** One value, or a non-empty list whose entries are reported as {@code value[1]}. */
    private <T> Optional<Set<T>> values(Object value, String path, boolean list, Function<Item, Optional<T>> read) {
        if (!list) {
            if (value instanceof List<?>) {
                reject(path, "must be one value, not a list (use 'in' or 'not_in' for several)");
                return Optional.empty();
            }
            return read.apply(new Item(value, path)).map(Set::of);
        }
        Optional<List<?>> items = list(value, path);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            reject(path, "must list at least one value");
            return Optional.empty();
        }
        Set<T> values = new LinkedHashSet<>();
        boolean complete = true;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<T> item = read.apply(new Item(items.get().get(i), path + "[" + i + "]"));
            item.ifPresent(values::add);
            complete &= item.isPresent();
        }
        return complete ? Optional.of(values) : Optional.empty();
    }

    // ---- actions

    private Optional<List<Action>> actions(Object raw, String path) {
        Optional<List<?>> list = list(raw, path);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        if (list.get().isEmpty()) {
            reject(path, "a rule needs at least one action");
            return Optional.empty();
        }
        if (list.get().size() > RuleDefinition.MAX_ACTIONS) {
            reject(path, "a rule has at most " + RuleDefinition.MAX_ACTIONS + " actions, got " + list.get().size());
            return Optional.empty();
        }
        List<Action> actions = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < list.get().size(); i++) {
            Optional<Action> action = action(list.get().get(i), path + "[" + i + "]");
            action.ifPresent(actions::add);
            complete &= action.isPresent();
        }
        return complete ? Optional.of(actions) : Optional.empty();
    }

    private Optional<Action> action(Object raw, String path) {
        Optional<Map<?, ?>> object = object(raw, path);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        Map<?, ?> map = object.get();
        String at = path + ".";
        Optional<String> type = required(map, path, "type").flatMap(v -> text(v, at + "type"));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String valuePath = at + "value";
        return switch (type.get()) {
            case "set_priority" -> valueOnly(map, path).flatMap(v -> text(v, valuePath))
                    .flatMap(v -> parsed(v, valuePath, Priority::fromCode)).map(Action.SetPriority::new);
            case "set_status" -> valueOnly(map, path).flatMap(v -> text(v, valuePath))
                    .flatMap(v -> parsed(v, valuePath, TicketStatus::fromCode)).map(Action.SetStatus::new);
            case "set_team" -> valueOnly(map, path).flatMap(v -> id(v, valuePath))
                    .flatMap(id -> attempt(valuePath, () -> new TeamId(id))).map(Action.SetTeam::new);
            case "set_assignee" -> valueOnly(map, path).flatMap(v -> {
                if (v instanceof String text && text.strip().equalsIgnoreCase(AUTO)) {
                    return Optional.of(new Action.AssigneeChoice.ByTeamStrategy());
                }
                if (v instanceof String) {
                    reject(valuePath, "must be a user id or \"" + AUTO + "\" (the team's assignment strategy)");
                    return Optional.empty();
                }
                return id(v, valuePath).flatMap(id -> attempt(valuePath, () -> new UserId(id)))
                        .map(Action.AssigneeChoice.Agent::new);
            }).map(Action.SetAssignee::new);
            case "add_tags", "remove_tags" -> valueOnly(map, path).flatMap(v -> tags(v, valuePath))
                    .flatMap(tags -> attempt(valuePath, () -> type.get().equals("add_tags")
                            ? new Action.AddTags(tags)
                            : new Action.RemoveTags(tags)));
            case "add_internal_note" -> valueOnly(map, path).flatMap(v -> text(v, valuePath))
                    .flatMap(text -> attempt(valuePath, () -> new Action.AddInternalNote(text)));
            case "send_email" -> {
                onlyKeys(map, path, List.of("type", "template", "to"));
                Optional<String> template = required(map, path, "template").flatMap(v -> text(v, at + "template"))
                        .flatMap(t -> {
                            if (!Action.SendEmail.isTemplateName(t)) {
                                reject(at + "template", "must be 2-50 characters of a-z, 0-9 or '_', starting with"
                                        + " a letter; was '" + t + "'");
                                return Optional.empty();
                            }
                            return Optional.of(t);
                        });
                Optional<Action.Recipient> to = required(map, path, "to").flatMap(v -> text(v, at + "to"))
                        .flatMap(t -> recipient(t, at + "to"));
                if (template.isEmpty() || to.isEmpty()) {
                    yield Optional.empty();
                }
                yield Optional.of(new Action.SendEmail(template.get(), to.get()));
            }
            case "call_webhook" -> {
                onlyKeys(map, path, List.of("type", "webhook_id"));
                yield required(map, path, "webhook_id").flatMap(v -> id(v, at + "webhook_id"))
                        .flatMap(id -> attempt(at + "webhook_id", () -> new WebhookId(id)))
                        .map(Action.CallWebhook::new);
            }
            default -> {
                reject(at + "type", "unknown action '" + type.get() + "'; allowed: set_priority, set_status,"
                        + " set_team, set_assignee, add_tags, remove_tags, add_internal_note, send_email,"
                        + " call_webhook");
                yield Optional.empty();
            }
        };
    }

    /** The single {@code value} most actions take, with no other key beside {@code type}. */
    private Optional<Object> valueOnly(Map<?, ?> map, String path) {
        onlyKeys(map, path, List.of("type", "value"));
        return required(map, path, "value");
    }

    private Optional<Action.Recipient> recipient(String to, String path) {
        return switch (to.strip().toLowerCase(Locale.ROOT)) {
            case "requester" -> Optional.of(new Action.Recipient.Requester());
            case "assignee" -> Optional.of(new Action.Recipient.Assignee());
            case "team" -> Optional.of(new Action.Recipient.Team());
            default -> {
                if (!to.contains("@")) {
                    reject(path, "must be requester, assignee, team or an email address; was '" + to + "'");
                    yield Optional.empty();
                }
                yield attempt(path, () -> new Action.Recipient.Address(new EmailAddress(to)));
            }
        };
    }

    private Optional<Tags> tags(Object raw, String path) {
        List<?> items = raw instanceof String single ? List.of(single) : list(raw, path).orElse(null);
        if (items == null) {
            return Optional.empty();
        }
        if (items.isEmpty()) {
            reject(path, "must list at least one tag");
            return Optional.empty();
        }
        List<String> tags = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < items.size(); i++) {
            Optional<String> tag = text(items.get(i), raw instanceof String ? path : path + "[" + i + "]");
            tag.ifPresent(tags::add);
            complete &= tag.isPresent();
        }
        return complete ? attempt(path, () -> Tags.of(tags)) : Optional.empty();
    }

    // ---- primitives: each reports its own problem and yields empty

    private Optional<Map<?, ?>> object(Object raw, String path) {
        if (raw instanceof Map<?, ?> map) {
            return Optional.of(map);
        }
        reject(path, "must be an object");
        return Optional.empty();
    }

    private Optional<List<?>> list(Object raw, String path) {
        if (raw instanceof List<?> list) {
            return Optional.of(list);
        }
        reject(path, "must be a list");
        return Optional.empty();
    }

    private Optional<String> text(Object raw, String path) {
        if (raw instanceof String text) {
            return Optional.of(text);
        }
        reject(path, raw == null ? "is required" : "must be a text");
        return Optional.empty();
    }

    private Optional<Boolean> flag(Object raw, String path) {
        if (raw instanceof Boolean flag) {
            return Optional.of(flag);
        }
        reject(path, "must be true or false");
        return Optional.empty();
    }

    /** A whole number as JSON readers deliver it (Integer, Long, BigInteger, or a decimal with no fraction). */
    private Optional<Long> wholeLong(Object raw, String path) {
        if (raw instanceof Number number && !(raw instanceof Double d && !Double.isFinite(d))
                && !(raw instanceof Float f && !Float.isFinite(f))) {
            try {
                return Optional.of(new BigDecimal(number.toString()).longValueExact());
            } catch (ArithmeticException | NumberFormatException notWhole) {
                // reported below
            }
        }
        reject(path, "must be a whole number");
        return Optional.empty();
    }

    private Optional<Integer> whole(Object raw, String path) {
        return wholeLong(raw, path).flatMap(value -> {
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                reject(path, "is out of range");
                return Optional.empty();
            }
            return Optional.of(value.intValue());
        });
    }

    private Optional<Integer> hours(Object raw, String path) {
        return whole(raw, path).flatMap(h -> attempt(path, () -> {
            Hours.check(path, h);
            return h;
        }));
    }

    private Optional<Long> id(Object raw, String path) {
        return wholeLong(raw, path).flatMap(id -> {
            if (id <= 0) {
                reject(path, "must be a positive id, was " + id);
                return Optional.empty();
            }
            return Optional.of(id);
        });
    }

    private <E> Optional<E> code(Object raw, String path, E[] values, Function<E, String> code) {
        return text(raw, path).flatMap(given -> {
            String normalised = given.strip().toLowerCase(Locale.ROOT);
            Optional<E> found = Arrays.stream(values).filter(v -> code.apply(v).equals(normalised)).findFirst();
            if (found.isEmpty()) {
                reject(path, "unknown value '" + given + "'; allowed: "
                        + Arrays.stream(values).map(code).collect(Collectors.joining(", ")));
            }
            return found;
        });
    }

    private <T> Optional<T> parsed(String raw, String path, Function<String, T> parse) {
        return attempt(path, () -> parse.apply(raw));
    }

    private Optional<Object> required(Map<?, ?> map, String path, String key) {
        Object value = map.get(key);
        if (value == null) {
            reject(join(path, key), "is required");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static Optional<Object> optional(Map<?, ?> map, String key) {
        return Optional.ofNullable(map.get(key));
    }

    private <T> Optional<T> only(Map<?, ?> map, String path, List<String> allowed, T value) {
        onlyKeys(map, path, allowed);
        return Optional.of(value);
    }

    private void onlyKeys(Map<?, ?> map, String path, List<String> allowed) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String name) || !allowed.contains(name)) {
                reject(join(path, String.valueOf(key)), "unknown field; allowed: " + String.join(", ", allowed));
            }
        }
    }

    /**
     * Runs a constructor and turns its refusal into a violation at {@code path}: the value types keep their own
     * rules (the message is theirs), the parser only says where.
     */
    private <T> Optional<T> attempt(String path, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (DomainException | IllegalArgumentException refused) {
            reject(path, refused.getMessage());
            return Optional.empty();
        }
    }

    private void reject(String path, String message) {
        violations.add(new RuleViolation(path, message));
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
