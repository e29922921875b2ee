package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.SearchText;
import io.supportdesk.application.ticket.port.in.TextMatch;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.application.ticket.port.out.TicketQueries;
import io.supportdesk.domain.identity.ActingRule;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.application.ticket.port.out.TicketWithPeople;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketVisibility;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ticket lists and searches (each page one statement, tickets joined to their people), the change feed and the audit
 * trail in SQL. Only allow-listed fragments are ever concatenated into a statement (column names from
 * {@link TicketSort.Key}, the fixed search expressions of {@link TicketSearchSql}); every value is a bound parameter.
 */
@Singleton
@Transactional(readOnly = true)
public class JdbcTicketQueries implements TicketQueries {

    private final JdbcOperations jdbc;
    private final TicketRowMapper mapper;
    private final long totalCap;
    private final int searchCandidates;

    /** How many of the newest comments a search reads before it asks the index (JdbcTicketQueries#searchText). */
    private static final int RECENT_COMMENTS = 20_000;

    /**
     * @param totalCap         past this many matching tickets a list says "at least this many"
     *                         ({@link Page#totalIsEstimate()})
     * @param searchCandidates how many of the newest matches each source of a search (ticket text, comments, the
     *                         requester) offers for ranking
     */
    @Inject
    JdbcTicketQueries(JdbcOperations jdbc, TicketRowMapper mapper,
                      @Value("${supportdesk.tickets.list.total-cap:10000}") long totalCap,
                      @Value("${supportdesk.search.candidates:1000}") int searchCandidates) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.totalCap = totalCap;
        this.searchCandidates = searchCandidates;
    }

    JdbcTicketQueries(JdbcOperations jdbc, TicketRowMapper mapper, long totalCap) {
        this(jdbc, mapper, totalCap, 1000);
    }

    @Override
    public Page<Found> find(TicketQuery query) {
        return query.text().isPresent() ? searchText(query, query.text().get()) : list(query);
    }

    private Page<Found> list(TicketQuery query) {
        TicketFilterSql.Where where = TicketFilterSql.of(query.filter(), query.visibility());
        TicketSort sort = query.sort();
        PageRequest page = query.page();
        boolean customerView = query.visibility() instanceof TicketVisibility.RequestedBy;
        String expression = orderExpression(sort.key(), customerView);
        String direction = sort.descending() ? " DESC" : " ASC";
        List<Object> values = new ArrayList<>(where.values());
        String after = "";
        if (query.after().isPresent()) {
            after = (where.conditions().isEmpty() ? " WHERE " : " AND ") + keyset(expression, sort);
            values.addAll(positionValues(sort.key(), query.after().get()));
        }
        // One row more than the page tells whether another page follows without counting anything. The limit and
        // offset are numbers PageRequest has checked, written into the statement rather than bound: with them
        // bound, PostgreSQL cannot trust a plan prepared once and plans every execution again, which costs more
        // than running the query.
        String order = " ORDER BY " + expression + direction + ", t.id" + direction;
        String sql = TicketViewSql.page("page.sort_value", "SELECT t.id, " + expression + " AS sort_value FROM tickets t"
                + where.sql() + after + order + " LIMIT " + (page.pageSize() + 1) + " OFFSET " + page.offset(), "")
                + order;
        List<Row> found = jdbc.prepareStatement(sql, statement -> {
            TicketFilterSql.bind(statement, 1, values);
            return rows(statement, false);
        });
        boolean more = found.size() > page.pageSize();
        List<Row> rows = more ? found.subList(0, page.pageSize()) : found;
        List<Found> items = rows.stream().map(row -> new Found(row.ticket(), Optional.<TextMatch>empty())).toList();
        Optional<KeysetPosition> next = more ? Optional.of(rows.get(rows.size() - 1).position()) : Optional.empty();
        long seen = page.offset() + items.size();
        // The last page proves the total; a page past the end proves nothing about where the end was.
        boolean lastPage = !more && (!items.isEmpty() || page.offset() == 0) && query.after().isEmpty();
        if (!query.countAll() || lastPage) {
            // What the page proves: exact when it is the last one, otherwise at least one more than seen so far.
            return (more || query.after().isPresent()
                    ? new Page<>(items, seen + (more ? 1 : 0), page.page(), page.pageSize(), true)
                    : new Page<>(items, seen, page.page(), page.pageSize())).continuingAt(next);
        }
        // Counting stops past the cap: a count of every open ticket costs as much as the desk is large, and past
        // ten thousand nobody pages to the end (filters and, for integrations, cursors narrow it instead).
        long counted = jdbc.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM tickets t" + where.sql()
                + " LIMIT " + (totalCap + 1) + ") AS counted", statement -> {
            where.bind(statement, 1);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
        return (counted > totalCap ? new Page<>(items, totalCap, page.page(), page.pageSize(), true)
                : new Page<>(items, counted, page.page(), page.pageSize())).continuingAt(next);
    }

    /**
     * A search in one statement: each source of matches — the ticket's title and description, its comments (only
     * those the caller may read), its number, its requester's address — offers its newest matches through its
     * index, at most {@code searchCandidates} each; only those are ranked and sorted, so a word in half the desk
     * costs about as much as a rare one. Ranking reads the same text the caller could read: an internal note
     * neither finds a ticket for a customer nor moves it up their list. The excerpt is made for the page's rows only.
     */
    private Page<Found> searchText(TicketQuery query, SearchText text) {
        TicketFilterSql.Where where = TicketFilterSql.of(query.filter(), query.visibility());
        TicketSort sort = query.sort();
        PageRequest page = query.page();
        boolean customerView = query.visibility() instanceof TicketVisibility.RequestedBy;
        boolean relevance = sort.key() == TicketSort.Key.RELEVANCE;
        String direction = relevance || sort.descending() ? " DESC" : " ASC";
        int cap = searchCandidates;
        List<Object> values = new ArrayList<>();
        values.add(text.text());
        values.add(query.internalText());
        values.add(text.number().map(TicketNumber::value).orElse(null));
        values.add(text.ticket().map(TicketId::value).orElse(null));
        values.add(text.email().orElse(null));
        values.add(text.text());
        values.addAll(where.values());
        values.add(text.text());
        values.addAll(where.values());
        values.add(text.text());
        values.addAll(where.values());
        values.addAll(where.values());
        values.addAll(where.values());
        // Each source writes the query itself rather than reading it from q: PostgreSQL then knows the words when it
        // plans, and walks the newest rows for a common word but reads the index for a rare one.
        String tsquery = "websearch_to_tsquery(" + TicketSearchSql.CONFIGURATION + ", ?)";
        // Comments come in two steps. The newest comments are read first, up to RECENT_COMMENTS of them: a common word
        // fills the candidates there. Only when it does not are the word's comments read from the index, newest
        // first after sorting them — a word found there is rare enough for that. Left to itself, PostgreSQL walks
        // the newest comments for a word in one comment of two hundred as well (150 ms instead of 27 at 3M).
        // A caller who reads every ticket needs no ticket row for a comment, so there is no join to plan around.
        String commentJoin = where.conditions().isEmpty() ? "" : " JOIN tickets t ON t.id = c.ticket_id";
        String commentVisibility = query.internalText() ? "" : " AND NOT c.internal";
        StringBuilder sql = new StringBuilder("""
                WITH q AS MATERIALIZED (
                    SELECT websearch_to_tsquery(%s, ?) AS query, ?::boolean AS internal, ?::text AS number,
                           ?::bigint AS ticket_id, ?::text AS email),
                recent_comments AS MATERIALIZED (
                    SELECT c.ticket_id AS id FROM (SELECT id, ticket_id, internal, search_vector FROM ticket_comments
                                                   ORDER BY id DESC LIMIT %d) AS c%s
                    WHERE c.search_vector @@ %s%s%s LIMIT %d),
                found AS (
                    (SELECT t.id, NULL::text AS direct FROM ticket_search s JOIN tickets t ON t.id = s.ticket_id
                     WHERE s.document @@ %s%s ORDER BY s.ticket_id DESC LIMIT %d)
                    UNION ALL
                    (SELECT id, NULL FROM recent_comments)
                    UNION ALL
                    (SELECT c.ticket_id, NULL FROM ticket_comments c%s
                     WHERE c.search_vector @@ %s%s%s AND (SELECT count(*) FROM recent_comments) < %d
                     ORDER BY c.id + 0 DESC LIMIT %d)
                    UNION ALL
                    (SELECT t.id, 'number' FROM q, tickets t
                     WHERE (t.number = q.number OR t.id = q.ticket_id)%s LIMIT 2)
                    UNION ALL
                    (SELECT t.id, 'requester_email' FROM q JOIN users u ON lower(u.email) = q.email
                     JOIN tickets t ON t.requester_id = u.id
                     WHERE true%s ORDER BY t.id DESC LIMIT %d)),
                ranked AS MATERIALIZED (
                    SELECT t.id, c.direct,
                           (CASE WHEN c.direct IS NULL THEN 0 ELSE 10 END
                            + coalesce(ts_rank(s.document, q.query), 0)
                            + 0.5 * coalesce((SELECT max(ts_rank(cm.search_vector, q.query)) FROM ticket_comments cm
                                              WHERE cm.ticket_id = t.id AND (q.internal OR NOT cm.internal)
                                                AND cm.search_vector @@ q.query), 0))::real AS rank%s
                    FROM (SELECT id, min(direct) AS direct FROM found GROUP BY id) AS c
                    JOIN tickets t ON t.id = c.id LEFT JOIN ticket_search s ON s.ticket_id = t.id CROSS JOIN q)
                """.formatted(TicketSearchSql.CONFIGURATION,
                RECENT_COMMENTS, commentJoin, tsquery, commentVisibility, where.andSql(), cap,
                tsquery, where.andSql(), cap,
                commentJoin, tsquery, commentVisibility, where.andSql(), cap, cap,
                where.andSql(),
                where.andSql(), cap,
                relevance ? "" : ", " + orderExpression(sort.key(), customerView) + " AS sort_value"));
        String candidates = sql.toString();
        List<Object> candidateValues = new ArrayList<>(values);
        String sortColumn = relevance ? "rank" : "sort_value";
        String order = " ORDER BY page." + sortColumn + direction + ", page.id" + direction;
        String after = "";
        if (query.after().isPresent()) {
            after = " WHERE " + keyset("r." + sortColumn, sort).replace("t.id", "r.id");
            values.addAll(positionValues(sort.key(), query.after().get()));
        }
        // Long text shows the passage around its best match (15 to 35 words; a short text whole); a title, whole.
        String marks = "StartSel=" + TextMatch.MARK_START + ", StopSel=" + TextMatch.MARK_END + ", ";
        String headline = "ts_headline(" + TicketSearchSql.CONFIGURATION + ", %s, (SELECT query FROM q), '" + marks
                + "MaxWords=35, MinWords=15, ShortWord=2')";
        String titleHeadline = "ts_headline(" + TicketSearchSql.CONFIGURATION + ", t.title, (SELECT query FROM q), '"
                + marks + "MaxWords=40, MinWords=39, HighlightAll=true')";
        String bestComment = "(SELECT cm.body FROM ticket_comments cm, q WHERE cm.ticket_id = t.id"
                + " AND (q.internal OR NOT cm.internal) AND cm.search_vector @@ q.query ORDER BY cm.id DESC LIMIT 1)";
        // Which field matched, for the page's rows only: a number or an address, else the title if its words alone
        // match, else the description if the ticket's text does, else a comment.
        String field = "coalesce(page.direct, CASE WHEN to_tsvector(" + TicketSearchSql.CONFIGURATION
                + ", t.title) @@ (SELECT query FROM q) THEN 'title' WHEN (SELECT document FROM ticket_search"
                + " WHERE ticket_id = t.id) @@ (SELECT query FROM q) THEN 'description' ELSE 'comment' END)";
        String extra = "page." + sortColumn + " AS sort_value, matched.field AS match_field, page.matches, "
                + "CASE matched.field WHEN 'description' THEN " + headline.formatted("t.description")
                + " WHEN 'comment' THEN " + headline.formatted("coalesce(" + bestComment + ", t.title)")
                + " ELSE " + titleHeadline + " END AS snippet";
        // The field is worked out once per row, for both the answer and the excerpt.
        sql.append(TicketViewSql.page(extra, "SELECT r.*, (SELECT count(*) FROM ranked) AS matches FROM ranked r"
                + after + order.replace("page.", "r.") + " LIMIT " + (page.pageSize() + 1)
                + " OFFSET " + page.offset(), " CROSS JOIN LATERAL (SELECT " + field + " AS field) AS matched"))
                .append(order);
        // A plan made once for any words would not know a word in a third of the desk from one in a hundred tickets:
        // plan each search for its own words. And the documents and their indexes are read often enough to stay in
        // memory, where reading them out of order costs about what reading them in order does (PostgreSQL's default
        // assumes a disk): otherwise a word in one ticket of a hundred walks 100,000 comments instead of reading its
        // 15,000 from the index (300 ms instead of 27 at 1M tickets). Parallel workers cost a search more to start
        // (30 ms, even for a step it then skips) than they save. The settings end with the transaction.
        jdbc.prepareStatement("SELECT set_config('plan_cache_mode', 'force_custom_plan', true),"
                + " set_config('random_page_cost', '1.1', true),"
                + " set_config('max_parallel_workers_per_gather', '0', true)", PreparedStatement::execute);
        List<Row> found = jdbc.prepareStatement(sql.toString(), statement -> {
            TicketFilterSql.bind(statement, 1, values);
            return rows(statement, true);
        });
        long matches = !found.isEmpty() ? found.get(0).matches()
                : page.offset() > 0 || query.after().isPresent() ? countRanked(candidates, candidateValues) : 0;
        boolean more = found.size() > page.pageSize();
        List<Row> rows = more ? found.subList(0, page.pageSize()) : found;
        List<Found> items = rows.stream().map(row -> new Found(row.ticket(), row.match())).toList();
        Optional<KeysetPosition> next = more ? Optional.of(rows.get(rows.size() - 1).position()) : Optional.empty();
        return new Page<>(items, matches, page.page(), page.pageSize(), matches >= cap).continuingAt(next);
    }

    /** The number of matches when the page itself is empty (past the end) and so cannot carry it. */
    private long countRanked(String candidates, List<Object> values) {
        return jdbc.prepareStatement(candidates + " SELECT count(*) FROM ranked", statement -> {
            TicketFilterSql.bind(statement, 1, values);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    @Override
    public Page<TicketWithPeople> changes(TicketVisibility visibility, Optional<KeysetPosition> after, int limit) {
        // Only transactions older than every one still running (the snapshot's xmin) are listed: a change being
        // written now, or anything after it, waits for the next read instead of being passed over for good.
        List<Object> values = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        conditions.add("t.changed_xid < pg_snapshot_xmin(pg_current_snapshot())");
        KeysetPosition from = after.orElse(new KeysetPosition("0", 0));
        conditions.add("(t.changed_xid, t.id) > (?::xid8, ?)");
        values.add(from.value());
        values.add(from.id());
        TicketVisibilitySql.condition(visibility, "t", values).ifPresent(conditions::add);
        String order = " ORDER BY t.changed_xid, t.id";
        String sql = TicketViewSql.page("page.changed_xid::text AS sort_value",
                "SELECT t.id, t.changed_xid FROM tickets t WHERE " + String.join(" AND ", conditions) + order
                        + " LIMIT " + limit, "") + " ORDER BY page.changed_xid, t.id";
        List<Row> rows = jdbc.prepareStatement(sql, statement -> {
            TicketFilterSql.bind(statement, 1, values);
            return rows(statement, false);
        });
        KeysetPosition next = rows.isEmpty() ? from : rows.get(rows.size() - 1).position();
        List<TicketWithPeople> items = rows.stream().map(Row::ticket).toList();
        return new Page<>(items, items.size(), 1, limit, rows.size() == limit).continuingAt(Optional.of(next));
    }

    /** A row of a page: the ticket, where it stands in the order, and for a search what matched. */
    private record Row(TicketWithPeople ticket, KeysetPosition position, Optional<TextMatch> match, long matches) {
    }

    private List<Row> rows(PreparedStatement statement, boolean search) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                TicketWithPeople ticket = TicketViewSql.read(jdbc, mapper, result);
                KeysetPosition position = new KeysetPosition(positionText(result.getObject("sort_value")),
                        ticket.ticket().id().value());
                Optional<TextMatch> match = search
                        ? Optional.of(new TextMatch(TextMatch.Field.valueOf(
                                result.getString("match_field").toUpperCase(Locale.ROOT)),
                                Objects.requireNonNullElse(result.getString("snippet"), "")))
                        : Optional.empty();
                rows.add(new Row(ticket, position, match, search ? result.getLong("matches") : 0));
            }
        }
        return rows;
    }

    private static String positionText(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant().toString();
            case Float rank -> Float.toString(rank);
            case Number number -> Long.toString(number.longValue());
            default -> value.toString();
        };
    }

    /** {@code (expression, t.id) < (?, ?)}, or {@code >} for an ascending order: the rows after the position. */
    private static String keyset(String expression, TicketSort sort) {
        boolean descending = sort.key() == TicketSort.Key.RELEVANCE || sort.descending();
        return "(" + expression + ", t.id) " + (descending ? "<" : ">") + " (?, ?)";
    }

    /** @throws IllegalArgumentException when the position was not made by a list in this order */
    private static List<Object> positionValues(TicketSort.Key key, KeysetPosition position) {
        Object value = switch (key) {
            case CREATED_AT, UPDATED_AT, RESOLUTION_DUE -> Timestamp.from(Instant.parse(position.value()));
            case PRIORITY, STATUS -> Integer.parseInt(position.value());
            case RELEVANCE -> Float.parseFloat(position.value());
        };
        return List.of(value, position.id());
    }

    /** The ORDER BY expression of a sort key; the export orders by the same. */
    static String orderExpression(TicketSort.Key key, boolean customerView) {
        return switch (key) {
            case CREATED_AT -> "t.created_at";
            // A customer's order must not reveal which of their tickets got an internal note.
            case UPDATED_AT -> customerView ? "t.customer_updated_at" : "t.updated_at";
            case RESOLUTION_DUE -> "t.resolution_due_at";
            case PRIORITY -> "t." + TicketSql.PRIORITY_RANK;
            case STATUS -> "CASE t.status " + Arrays.stream(TicketStatus.values())
                    .map(s -> "WHEN '" + s.code() + "' THEN " + s.ordinal()).collect(Collectors.joining(" "))
                    + " END";
            // Only a search ranks; a list without text has nothing to rank by and keeps its default order.
            case RELEVANCE -> "t.created_at";
        };
    }

    @Override
    public Page<HistoryRecord> history(TicketId ticket, boolean includeInternal, int limit,
                                       Optional<KeysetPosition> after) {
        // The audit trail keeps ids; a team is shown by its name and a project by its key (as they are now), in
        // the same statement. Ids compared as text, as stored: nothing is cast that might not be a number.
        String sql = """
                SELECT h.kind, h.field,
                       CASE h.field WHEN 'team' THEN coalesce(old_team.name, h.old_value)
                                    WHEN 'project' THEN coalesce(old_project.key, h.old_value)
                                    ELSE h.old_value END AS old_value,
                       CASE h.field WHEN 'team' THEN coalesce(new_team.name, h.new_value)
                                    WHEN 'project' THEN coalesce(new_project.key, h.new_value)
                                    ELSE h.new_value END AS new_value,
                       h.note, h.actor_id, h.rule_id, h.rule_name, h.internal, h.occurred_at, h.id
                FROM ticket_history h
                LEFT JOIN teams old_team ON h.field = 'team' AND old_team.id::text = h.old_value
                LEFT JOIN teams new_team ON h.field = 'team' AND new_team.id::text = h.new_value
                LEFT JOIN projects old_project ON h.field = 'project' AND old_project.id::text = h.old_value
                LEFT JOIN projects new_project ON h.field = 'project' AND new_project.id::text = h.new_value
                WHERE h.ticket_id = ?""" + (includeInternal ? "" : " AND NOT h.internal")
                + (after.isPresent() ? " AND (h.occurred_at, h.id) > (?, ?)" : "")
                + " ORDER BY h.occurred_at, h.id LIMIT " + (limit + 1);
        List<KeysetPosition> positions = new ArrayList<>();
        List<HistoryRecord> found = jdbc.prepareStatement(sql, statement -> {
            statement.setLong(1, ticket.value());
            if (after.isPresent()) {
                statement.setTimestamp(2, Timestamp.from(Instant.parse(after.get().value())));
                statement.setLong(3, after.get().id());
            }
            List<HistoryRecord> records = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long actor = rows.getLong("actor_id");
                    Optional<UserId> actorId = rows.wasNull() ? Optional.empty() : Optional.of(new UserId(actor));
                    records.add(new HistoryRecord(rows.getString("kind"), Optional.ofNullable(rows.getString("field")),
                            Optional.ofNullable(rows.getString("old_value")),
                            Optional.ofNullable(rows.getString("new_value")),
                            Optional.ofNullable(rows.getString("note")), actorId, rule(rows),
                            rows.getBoolean("internal"),
                            rows.getTimestamp("occurred_at").toInstant()));
                    positions.add(new KeysetPosition(rows.getTimestamp("occurred_at").toInstant().toString(),
                            rows.getLong("id")));
                }
            }
            return records;
        });
        boolean more = found.size() > limit;
        List<HistoryRecord> items = more ? found.subList(0, limit) : found;
        Optional<KeysetPosition> next = more ? Optional.of(positions.get(limit - 1)) : Optional.empty();
        return new Page<>(items, items.size(), 1, limit, more).continuingAt(next);
    }

    /** The rule the desk acted for, if it did. */
    private static Optional<ActingRule> rule(ResultSet rows) throws SQLException {
        long id = rows.getLong("rule_id");
        return rows.wasNull() ? Optional.empty() : Optional.of(new ActingRule(id, rows.getString("rule_name")));
    }
}
