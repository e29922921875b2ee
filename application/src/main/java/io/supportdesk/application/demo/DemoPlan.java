package io.supportdesk.application.demo;

import io.supportdesk.application.demo.DemoCast.Person;
import io.supportdesk.application.demo.DemoTexts.Subject;
import io.supportdesk.domain.sla.SlaTargets;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketStatus;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The demo desk's tickets, decided before anything is written: when each was opened, by whom, about what, and every
 * step of its life up to now. Nothing here touches a port, so the same generator and moment give the same plan.
 *
 * <p>Each ticket's story is chosen by the status it is to end in, from fixed quotas (so every status is there), with
 * the finished stories given to the older tickets. A story's steps keep their natural pace (minutes to a reply, days
 * to a fix) unless the ticket is too young for it; then the whole story is compressed to fit before now. Some stories
 * are slow on purpose — a late first reply, a fix past its target — so the reports show breached SLAs, and the two
 * freshest tickets are opened with 15 % of their first-response target left, so some show at risk.
 */
final class DemoPlan {

    static final int TICKETS = 60;
    static final Duration SPAN = Duration.ofDays(30);
    /** At most a fifth of a target left counts as at risk (SlaClock); these tickets have used 85 %. */
    private static final double AT_RISK_USED = 0.85;
    /** Nothing in a story happens later than this before now: the last step is history, not the present. */
    private static final Duration QUIET_BEFORE_NOW = Duration.ofMinutes(2);
    private static final Duration SHORTEST_STEP = Duration.ofSeconds(20);
    /** New tickets stop this long before now, leaving a young ticket room for a few steps. */
    private static final Duration YOUNGEST = Duration.ofMinutes(40);

    /** What the plan needs to know of the desk it is for. */
    interface Rules {

        SlaTargets targets(Priority priority, String category);

        Optional<String> requiredSkill(String category);

        /** Whether new tickets may be filed under the category (it exists and is active). */
        boolean offers(String category);
    }

    /**
     * One ticket: opened by {@code requester} at {@code openedAt}, routed to {@code team} by its category, then
     * {@code steps} in order, after which it stands in {@code outcome}.
     */
    record PlannedTicket(Instant openedAt, Person requester, Subject subject, Priority priority, String team,
                         List<Step> steps, TicketStatus outcome) {

        PlannedTicket {
            steps = List.copyOf(steps);
        }
    }

    record Step(Instant at, Action action) {
    }

    /** Something a person does to a ticket, as the API would let them. */
    sealed interface Action permits Assign, Comment, ChangeStatus, ChangePriority, MoveToTeam {

        Person by();
    }

    record Assign(Person agent, Person by) implements Action {
    }

    record Comment(Person by, String body, boolean internal) implements Action {
    }

    record ChangeStatus(TicketStatus target, Person by, Optional<String> reason) implements Action {
    }

    record ChangePriority(Priority priority, Person by) implements Action {
    }

    record MoveToTeam(String team, Person by, String reason) implements Action {
    }

    private DemoPlan() {
    }

    /** Sixty tickets opened over the thirty days before {@code now}, oldest first. */
    static List<PlannedTicket> plan(Instant now, RandomGenerator random, Rules rules) {
        List<TicketStatus> older = shuffled(random, quota(TicketStatus.CLOSED, 17), quota(TicketStatus.RESOLVED, 8),
                quota(TicketStatus.REOPENED, 4), quota(TicketStatus.IN_PROGRESS, 6),
                quota(TicketStatus.WAITING_ON_CUSTOMER, 4), quota(TicketStatus.ON_HOLD, 3),
                quota(TicketStatus.ASSIGNED, 2), quota(TicketStatus.OPEN, 4));
        List<TicketStatus> recent = shuffled(random, quota(TicketStatus.OPEN, 2), quota(TicketStatus.ASSIGNED, 2),
                quota(TicketStatus.IN_PROGRESS, 3), quota(TicketStatus.WAITING_ON_CUSTOMER, 2),
                quota(TicketStatus.RESOLVED, 1));
        List<Subject> subjects = DemoTexts.SUBJECTS.stream().filter(s -> rules.offers(s.category())).toList();
        if (subjects.isEmpty()) {
            throw new IllegalStateException("none of the default categories is active: no demo ticket can be filed");
        }
        List<Instant> openings = openings(now, random, older.size() + recent.size());
        List<PlannedTicket> planned = new ArrayList<>();
        for (int i = 0; i < openings.size(); i++) {
            boolean old = i < older.size();
            TicketStatus fate = old ? older.get(i) : recent.get(i - older.size());
            Subject subject = subjects.get(random.nextInt(subjects.size()));
            planned.add(story(openings.get(i), subject, priority(random, subject), fate, old, now, random, rules));
        }
        planned.add(atRisk(subject(subjects, "Dashboard stays blank after signing in"), Priority.URGENT,
                TicketStatus.OPEN, now, random, rules));
        planned.add(atRisk(subject(subjects, "Webhook signatures do not validate"), Priority.HIGH,
                TicketStatus.ASSIGNED, now, random, rules));
        planned.sort(Comparator.comparing(PlannedTicket::openedAt));
        return List.copyOf(planned);
    }

    /**
     * When the tickets were opened: one to three on each weekday, now and then one at a weekend, topped up to
     * {@code count} at random; by day between 07:00 and 19:00 UTC, none in the last {@link #YOUNGEST}.
     */
    static List<Instant> openings(Instant now, RandomGenerator random, int count) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int days = (int) SPAN.toDays();
        int[] perDay = new int[days];
        for (int daysAgo = 0; daysAgo < days; daysAgo++) {
            DayOfWeek day = today.minusDays(daysAgo).getDayOfWeek();
            boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
            perDay[daysAgo] = weekend ? random.nextInt(2) : 1 + random.nextInt(3);
        }
        while (sum(perDay) < count) {
            perDay[random.nextInt(days)]++;
        }
        while (sum(perDay) > count) {
            int daysAgo = random.nextInt(days);
            // A day keeps its last ticket: a quiet desk shows gaps at weekends, not in the middle of the week.
            if (perDay[daysAgo] > 1) {
                perDay[daysAgo]--;
            }
        }
        Instant latest = now.minus(YOUNGEST);
        List<Instant> openings = new ArrayList<>();
        for (int daysAgo = 0; daysAgo < days; daysAgo++) {
            for (int k = 0; k < perDay[daysAgo]; k++) {
                Instant at = today.minusDays(daysAgo).atTime(7, 0).toInstant(ZoneOffset.UTC)
                        .plus(Duration.ofMinutes(random.nextInt(12 * 60)));
                if (at.isAfter(latest)) {
                    at = latest.minus(Duration.ofMinutes(random.nextInt(6 * 60)));
                }
                openings.add(at);
            }
        }
        Collections.sort(openings);
        return openings;
    }

    private static PlannedTicket story(Instant openedAt, Subject subject, Priority priority, TicketStatus fate,
                                       boolean old, Instant now, RandomGenerator random, Rules rules) {
        Person requester = requester(random);
        String routedTo = DemoCast.teamFor(subject.category());
        String team = subject.handledBy().orElse(routedTo);
        Person agent = agent(team, subject.category(), random, rules);
        Person manager = DemoCast.person(DemoCast.MANAGER);
        Person assigner = random.nextBoolean() ? agent : manager;
        SlaTargets targets = rules.targets(priority, subject.category());
        Story story = new Story(random, requester, agent);
        subject.handledBy().ifPresent(handler ->
                story.then(minutes(random, 5, 45), new MoveToTeam(handler, manager, subject.moveReason())));
        switch (fate) {
            case OPEN -> {
                if (old && random.nextBoolean()) {
                    story.then(hours(random, 18, 60), story.comment(requester, DemoTexts.NUDGES));
                }
            }
            case ASSIGNED -> {
                story.take(targets, assigner);
                if (random.nextBoolean()) {
                    story.then(minutes(random, 15, 180), story.note(DemoTexts.NOTES));
                }
            }
            case IN_PROGRESS -> {
                story.takeAndReply(targets, assigner).extras(priority);
                if (random.nextBoolean()) {
                    story.then(hours(random, 1, 12), story.comment(requester, DemoTexts.FOLLOW_UPS));
                    if (random.nextBoolean()) {
                        story.then(hours(random, 1, 20), story.comment(agent, DemoTexts.UPDATES));
                    }
                }
            }
            case WAITING_ON_CUSTOMER -> story.takeAndReply(targets, assigner).extras(priority).askCustomer();
            case ON_HOLD -> {
                story.takeAndReply(targets, assigner);
                story.then(hours(random, 1, 24), story.comment(agent, DemoTexts.HOLD_REPLIES));
                story.then(minutes(random, 1, 15), story.note(DemoTexts.HOLD_NOTES));
                story.then(minutes(random, 1, 3), new ChangeStatus(TicketStatus.ON_HOLD, agent,
                        Optional.of(pick(random, DemoTexts.HOLD_REASONS))));
            }
            case RESOLVED -> story.takeAndReply(targets, assigner).extras(priority).resolve(targets);
            case CLOSED -> {
                if (random.nextInt(8) == 0) {
                    story.take(targets, assigner);
                    story.then(minutes(random, 10, 90), new Comment(agent,
                            DemoTexts.fill(DemoTexts.DUPLICATE_REPLY, requester, agent), false));
                    story.then(minutes(random, 1, 3), new ChangeStatus(TicketStatus.CLOSED, agent,
                            Optional.of(DemoTexts.DUPLICATE_REASON)));
                } else {
                    story.takeAndReply(targets, assigner).extras(priority).resolve(targets).close();
                }
            }
            case REOPENED -> {
                story.takeAndReply(targets, assigner).extras(priority).resolve(targets);
                if (random.nextBoolean()) {
                    story.close();
                }
                story.then(hours(random, 4, 48), new ChangeStatus(TicketStatus.REOPENED, requester,
                        Optional.empty()));
                story.then(minutes(random, 1, 10), story.comment(requester, DemoTexts.STILL_BROKEN));
                if (random.nextBoolean()) {
                    story.then(minutes(random, 20, 240), new Comment(agent, DemoTexts.REOPEN_NOTE, true));
                }
            }
        }
        return new PlannedTicket(openedAt, requester, subject, priority, routedTo,
                story.timed(openedAt, now.minus(QUIET_BEFORE_NOW)), fate);
    }

    private static PlannedTicket atRisk(Subject subject, Priority priority, TicketStatus fate, Instant now,
                                        RandomGenerator random, Rules rules) {
        SlaTargets targets = rules.targets(priority, subject.category());
        Instant openedAt = now.minusSeconds((long) (targets.firstResponse().toSeconds() * AT_RISK_USED));
        Person requester = requester(random);
        String team = DemoCast.teamFor(subject.category());
        Person agent = agent(team, subject.category(), random, rules);
        Story story = new Story(random, requester, agent);
        if (fate == TicketStatus.ASSIGNED) {
            story.then(Duration.ofMinutes(12), new Assign(agent, DemoCast.person(DemoCast.MANAGER)));
        }
        return new PlannedTicket(openedAt, requester, subject, priority, team,
                story.timed(openedAt, now.minus(QUIET_BEFORE_NOW)), fate);
    }

    /** A story's steps with the pause before each, and the phrases its people use. */
    private static final class Story {

        private final RandomGenerator random;
        private final Person requester;
        private final Person agent;
        private final List<Duration> pauses = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();
        private final boolean slowReply;
        private final boolean slowFix;

        Story(RandomGenerator random, Person requester, Person agent) {
            this.random = random;
            this.requester = requester;
            this.agent = agent;
            this.slowReply = random.nextInt(4) == 0;
            this.slowFix = random.nextInt(5) == 0;
        }

        Story then(Duration pause, Action action) {
            pauses.add(pause);
            actions.add(action);
            return this;
        }

        /** Between {@code from} and {@code to} times the target. */
        Duration share(Duration target, double from, double to) {
            return Duration.ofSeconds((long) (target.toSeconds() * (from + random.nextDouble() * (to - from))));
        }

        Comment comment(Person author, List<String> lines) {
            return new Comment(author, DemoTexts.line(lines, random, requester, agent), false);
        }

        Comment note(List<String> lines) {
            return new Comment(agent, DemoTexts.line(lines, random, requester, agent), true);
        }

        /** Assigned after minutes, or, on a slow day, after most of the first-response target. */
        Story take(SlaTargets targets, Person assigner) {
            return then(slowReply ? share(targets.firstResponse(), 0.6, 1.2) : minutes(random, 5, 60),
                    new Assign(agent, assigner));
        }

        /** Taken, started, and answered: within the first-response target, or well past it on a slow day. */
        Story takeAndReply(SlaTargets targets, Person assigner) {
            take(targets, assigner);
            then(minutes(random, 2, 30), new ChangeStatus(TicketStatus.IN_PROGRESS, agent, Optional.empty()));
            Duration reply = slowReply ? share(targets.firstResponse(), 1.1, 2.5)
                    : max(Duration.ofMinutes(5), share(targets.firstResponse(), 0.05, 0.5));
            return then(reply, comment(agent, DemoTexts.FIRST_REPLIES));
        }

        /** Now and then an internal note, or a priority the agent corrects by one step. */
        Story extras(Priority priority) {
            if (random.nextInt(3) == 0) {
                then(minutes(random, 10, 120), note(DemoTexts.NOTES));
            }
            if (random.nextInt(8) == 0) {
                Priority corrected = priority == Priority.URGENT ? Priority.HIGH
                        : priority == Priority.LOW ? Priority.MEDIUM
                        : random.nextBoolean() ? Priority.values()[priority.ordinal() + 1]
                        : Priority.values()[priority.ordinal() - 1];
                then(minutes(random, 5, 60), new ChangePriority(corrected, agent));
            }
            return this;
        }

        /** The agent asks something and waits; the customer has not answered yet. */
        Story askCustomer() {
            then(hours(random, 1, 24), comment(agent, DemoTexts.QUESTIONS));
            return then(minutes(random, 1, 3), new ChangeStatus(TicketStatus.WAITING_ON_CUSTOMER, agent,
                    Optional.empty()));
        }

        /**
         * Often a question first, whose answer puts the ticket back in progress by itself; then the fix, within
         * the resolution target or, on a slow day, past it.
         */
        Story resolve(SlaTargets targets) {
            if (random.nextInt(5) < 2) {
                askCustomer();
                then(hours(random, 2, 30), comment(requester, DemoTexts.ANSWERS));
            }
            Duration work = slowFix ? share(targets.resolution(), 1.05, 1.6) : share(targets.resolution(), 0.1, 0.6);
            then(work, comment(agent, DemoTexts.FIXES));
            return then(minutes(random, 1, 5), new ChangeStatus(TicketStatus.RESOLVED, agent, Optional.empty()));
        }

        /** Often a thank-you, then closed a day or two later, mostly by the agent, sometimes by the customer. */
        Story close() {
            if (random.nextInt(5) < 3) {
                then(hours(random, 1, 20), comment(requester, DemoTexts.THANKS));
            }
            Person closer = random.nextInt(10) < 3 ? requester : agent;
            return then(hours(random, 12, 72), new ChangeStatus(TicketStatus.CLOSED, closer, Optional.empty()));
        }

        /**
         * The steps at their moments from {@code openedAt}, the pauses compressed by one factor when the whole
         * story would not end by {@code latest}; every step still comes a little after the one before.
         */
        List<Step> timed(Instant openedAt, Instant latest) {
            Duration total = pauses.stream().reduce(Duration.ZERO, Duration::plus);
            Duration room = Duration.between(openedAt, latest).minus(SHORTEST_STEP.multipliedBy(pauses.size()));
            double factor = total.isZero() || total.compareTo(room) <= 0 ? 1
                    : Math.max(0, (double) room.toSeconds() / total.toSeconds());
            List<Step> steps = new ArrayList<>();
            Instant at = openedAt;
            for (int i = 0; i < pauses.size(); i++) {
                long seconds = (long) (pauses.get(i).toSeconds() * factor);
                at = at.plusSeconds(Math.max(SHORTEST_STEP.toSeconds(), seconds));
                steps.add(new Step(at, actions.get(i)));
            }
            if (at.isAfter(latest)) {
                throw new IllegalStateException("no room before " + latest + " for the story of a ticket opened at "
                        + openedAt);
            }
            return steps;
        }
    }

    private static Person requester(RandomGenerator random) {
        // Skewed towards the first customers: a few regulars write most of the tickets.
        int index = (int) (Math.pow(random.nextDouble(), 1.6) * DemoCast.CUSTOMERS.size());
        return DemoCast.CUSTOMERS.get(Math.min(index, DemoCast.CUSTOMERS.size() - 1));
    }

    /** One of the team's agents with the category's skill, or any of them when none has it. */
    private static Person agent(String team, String category, RandomGenerator random, Rules rules) {
        List<Person> agents = DemoCast.agentsOf(team);
        Optional<String> skill = rules.requiredSkill(category);
        List<Person> skilled = agents.stream().filter(a -> skill.map(a.skills()::contains).orElse(true)).toList();
        List<Person> pool = skilled.isEmpty() ? agents : skilled;
        return pool.get(random.nextInt(pool.size()));
    }

    private static Priority priority(RandomGenerator random, Subject subject) {
        int roll = random.nextInt(100);
        Priority priority = roll < 20 ? Priority.LOW : roll < 65 ? Priority.MEDIUM : roll < 90 ? Priority.HIGH
                : Priority.URGENT;
        return switch (subject.category()) {
            case "security" -> priority.rank() < Priority.HIGH.rank() ? Priority.HIGH : priority;
            case "feature_request" -> Priority.LOW;
            default -> priority;
        };
    }

    /**
     * The subject of this title; when its category is not offered, another that the round-the-clock team keeps, so
     * that the at-risk clock counts every hour.
     */
    private static Subject subject(List<Subject> subjects, String title) {
        return subjects.stream().filter(s -> s.title().equals(title)).findFirst()
                .or(() -> subjects.stream().filter(s -> s.handledBy().isEmpty()
                        && DemoCast.teamFor(s.category()).equals(DemoCast.SUPPORT)).findFirst())
                .orElse(subjects.getFirst());
    }

    private static List<TicketStatus> quota(TicketStatus status, int count) {
        return Collections.nCopies(count, status);
    }

    @SafeVarargs
    private static List<TicketStatus> shuffled(RandomGenerator random, List<TicketStatus>... quotas) {
        List<TicketStatus> all = new ArrayList<>();
        for (List<TicketStatus> quota : quotas) {
            all.addAll(quota);
        }
        // Fisher-Yates with the plan's own generator: Collections.shuffle takes only a java.util.Random.
        for (int i = all.size() - 1; i > 0; i--) {
            Collections.swap(all, i, random.nextInt(i + 1));
        }
        return all;
    }

    private static String pick(RandomGenerator random, List<String> lines) {
        return lines.get(random.nextInt(lines.size()));
    }

    private static int sum(int[] values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }

    private static Duration minutes(RandomGenerator random, int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(to - from + 1));
    }

    private static Duration hours(RandomGenerator random, int from, int to) {
        return Duration.ofMinutes(60L * from + random.nextInt((to - from) * 60 + 1));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
