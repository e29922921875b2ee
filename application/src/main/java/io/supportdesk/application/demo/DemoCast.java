package io.supportdesk.application.demo;

import io.supportdesk.domain.identity.Role;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who works at the demo desk and who writes to it: a manager leading two teams of two agents each, and a dozen
 * customers. Addresses are under {@code demo.supportdesk.test}, a name reserved for testing (RFC 2606), so mail the
 * desk sends them can never reach anyone.
 */
final class DemoCast {

    static final String DOMAIN = "demo.supportdesk.test";
    static final String SUPPORT = "Support";
    static final String BILLING = "Billing";

    /** A person of the demo desk; {@code key} is how the plan names them. */
    record Person(String key, String fullName, String email, Role role, Set<String> skills, List<String> teams,
                  List<String> leads) {

        boolean isAgent() {
            return role == Role.AGENT;
        }
    }

    /**
     * A team: its hours are every hour (no calendar) or office hours on weekdays in its zone; {@code categories} are
     * the default categories whose new tickets it receives.
     */
    record TeamSpec(String name, String description, ZoneId zone, Optional<OfficeHours> officeHours, String strategy,
                    Set<String> categories) {
    }

    /** Weekday opening hours, named as the calendar is. */
    record OfficeHours(String calendarName, Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    }

    static final String MANAGER = "maria";

    static final List<Person> STAFF = List.of(
            new Person(MANAGER, "Maria Rossi", "manager.maria@" + DOMAIN, Role.MANAGER, Set.of("technical", "billing"),
                    List.of(SUPPORT, BILLING), List.of(SUPPORT, BILLING)),
            new Person("anna", "Anna Lindqvist", "agent.anna@" + DOMAIN, Role.AGENT, Set.of("technical", "api"),
                    List.of(SUPPORT), List.of()),
            new Person("ben", "Ben Okafor", "agent.ben@" + DOMAIN, Role.AGENT, Set.of("technical", "security"),
                    List.of(SUPPORT), List.of()),
            new Person("chloe", "Chloé Martin", "agent.chloe@" + DOMAIN, Role.AGENT, Set.of("billing"),
                    List.of(BILLING), List.of()),
            new Person("david", "David Kowalski", "agent.david@" + DOMAIN, Role.AGENT, Set.of("billing", "account"),
                    List.of(BILLING), List.of()));

    static final List<Person> CUSTOMERS = List.of(
            customer("emma", "Emma Schmidt"),
            customer("liam", "Liam Walsh"),
            customer("sofia", "Sofía García"),
            customer("noah", "Noah Becker"),
            customer("olivia", "Olivia Brown"),
            customer("lucas", "Lucas Moreau"),
            customer("mia", "Mia Jensen"),
            customer("ethan", "Ethan Clarke"),
            customer("amelia", "Amelia Novak"),
            customer("mateo", "Mateo Fernández"),
            customer("harper", "Harper Lee"),
            customer("yuki", "Yuki Tanaka"));

    static final List<TeamSpec> TEAMS = List.of(
            new TeamSpec(SUPPORT, "First line for the product: technical questions, bugs, accounts and the API.",
                    ZoneId.of("UTC"), Optional.empty(), "skill_based",
                    Set.of("technical", "account", "general", "feature_request", "bug_report", "security", "api")),
            new TeamSpec(BILLING, "Invoices, payments and refunds, answered in Berlin office hours.",
                    ZoneId.of("Europe/Berlin"), Optional.of(new OfficeHours("Berlin office hours",
                    Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                            DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0))),
                    "round_robin", Set.of("billing")));

    private DemoCast() {
    }

    static List<Person> everyone() {
        return Stream.concat(STAFF.stream(), CUSTOMERS.stream()).toList();
    }

    static Person person(String key) {
        return everyone().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo person '" + key + "'"));
    }

    /** The agents of a team, in the order above. */
    static List<Person> agentsOf(String team) {
        return STAFF.stream().filter(Person::isAgent).filter(p -> p.teams().contains(team)).toList();
    }

    /** The team whose queue a category's new tickets join. */
    static String teamFor(String category) {
        return TEAMS.stream().filter(t -> t.categories().contains(category)).map(TeamSpec::name).findFirst()
                .orElse(SUPPORT);
    }

    private static Person customer(String key, String fullName) {
        return new Person(key, fullName, "customer." + key + "@" + DOMAIN, Role.CUSTOMER, Set.of(), List.of(),
                List.of());
    }
}
