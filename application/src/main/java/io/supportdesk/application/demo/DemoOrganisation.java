package io.supportdesk.application.demo;

import io.supportdesk.application.demo.DemoCast.OfficeHours;
import io.supportdesk.application.demo.DemoCast.Person;
import io.supportdesk.application.demo.DemoCast.TeamSpec;
import io.supportdesk.application.demo.port.in.DemoAccount;
import io.supportdesk.application.identity.OpaqueTokens;
import io.supportdesk.application.identity.port.out.PasswordHasher;
import io.supportdesk.application.identity.port.out.UserRepository;
import io.supportdesk.application.team.port.out.BusinessCalendars;
import io.supportdesk.application.team.port.out.BusinessCalendars.StoredCalendar;
import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.ticket.port.out.CategoryCatalog;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.User;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.BusinessCalendar.OpeningHours;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamRole;
import io.supportdesk.domain.ticket.CategoryCode;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the demo desk's people and teams, as of the day the desk was set up: an account for everyone of the
 * {@link DemoCast} with a random password, the two teams (the office-hours one with its calendar) and their members,
 * and the default categories routed to them. A team or calendar of the same name that exists already is used as it
 * is. Runs inside the seeding's unit of work.
 */
public final class DemoOrganisation {

    /** Long enough that no one guesses it, short enough to type from a log: 16 characters. */
    private static final int PASSWORD_BYTES = 12;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final OpaqueTokens tokens;
    private final TeamRepository teams;
    private final TeamMembers members;
    private final BusinessCalendars calendars;
    private final CategoryCatalog catalog;

    public DemoOrganisation(UserRepository users, PasswordHasher hasher, OpaqueTokens tokens, TeamRepository teams,
                     TeamMembers members, BusinessCalendars calendars, CategoryCatalog catalog) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.teams = teams;
        this.members = members;
        this.calendars = calendars;
        this.catalog = catalog;
    }

    /** Who the plan's people and teams are, as written. */
    record Written(Map<String, Actor> actors, Map<String, TeamId> teams, List<DemoAccount> accounts) {

        Written {
            actors = Map.copyOf(actors);
            teams = Map.copyOf(teams);
            accounts = List.copyOf(accounts);
        }

        /** The person, acting in their role, with the teams they belong to and lead. */
        Actor actor(Person person) {
            return actors.get(person.key());
        }

        TeamId team(String name) {
            return teams.get(name);
        }
    }

    /** The first demo address that belongs to an account already, if any. */
    Optional<EmailAddress> takenAddress() {
        return DemoCast.everyone().stream().map(p -> new EmailAddress(p.email()))
                .filter(email -> users.findByEmail(email.value()).isPresent()).findFirst();
    }

    Written write(Instant foundedAt) {
        Clock founded = Clock.fixed(foundedAt, ZoneOffset.UTC);
        Map<String, TeamId> teamIds = new LinkedHashMap<>();
        for (TeamSpec spec : DemoCast.TEAMS) {
            TeamId team = teamNamed(spec, founded);
            teamIds.put(spec.name(), team);
            routeCategories(spec, team);
        }
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<DemoAccount> accounts = new ArrayList<>();
        List<Person> everyone = DemoCast.everyone();
        for (int i = 0; i < everyone.size(); i++) {
            Person person = everyone.get(i);
            String password = tokens.randomString(PASSWORD_BYTES);
            // A minute apart, in the order of the cast, as an administrator would have created them.
            User user = users.save(User.create(users.nextId(), new EmailAddress(person.email()),
                    new FullName(person.fullName()), hasher.hash(password), person.role(), Skills.of(person.skills()),
                    Clock.offset(founded, Duration.ofMinutes(i))));
            Set<TeamId> memberOf = new HashSet<>();
            Set<TeamId> leading = new HashSet<>();
            for (String team : person.teams()) {
                TeamId id = teamIds.get(team);
                boolean leads = person.leads().contains(team);
                members.put(new TeamMember(id, user.id(), leads ? TeamRole.LEAD : TeamRole.MEMBER,
                        foundedAt.plus(Duration.ofMinutes(i))));
                memberOf.add(id);
                if (leads) {
                    leading.add(id);
                }
            }
            actors.put(person.key(), new Actor(user.id(), person.role(), memberOf, leading));
            accounts.add(new DemoAccount(person.role(), user.fullName(), user.email(), password));
        }
        return new Written(actors, teamIds, accounts);
    }

    private TeamId teamNamed(TeamSpec spec, Clock founded) {
        Optional<Team> existing = teams.all().stream().filter(t -> t.name().equalsIgnoreCase(spec.name())).findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        Optional<StoredCalendar> calendar = spec.officeHours().map(hours -> calendarNamed(hours, spec, founded));
        return teams.add(Team.create(spec.name(), spec.description(), spec.zone(),
                calendar.map(StoredCalendar::id), spec.strategy(), false, founded)).id();
    }

    private StoredCalendar calendarNamed(OfficeHours hours, TeamSpec spec, Clock founded) {
        return calendars.all().stream().filter(c -> c.name().equalsIgnoreCase(hours.calendarName())).findFirst()
                .orElseGet(() -> {
                    Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
                    hours.days().forEach(day -> week.put(day, List.of(new OpeningHours(hours.from(), hours.to()))));
                    return calendars.add(hours.calendarName(), BusinessCalendar.of(spec.zone(), week, List.of()),
                            founded.instant());
                });
    }

    /** New tickets of the team's categories join its queue, unless an administrator routed them elsewhere. */
    private void routeCategories(TeamSpec spec, TeamId team) {
        for (String code : spec.categories()) {
            catalog.find(new CategoryCode(code)).filter(category -> category.team().isEmpty())
                    .ifPresent(category -> catalog.save(category.routedTo(Optional.of(team))));
        }
    }
}
