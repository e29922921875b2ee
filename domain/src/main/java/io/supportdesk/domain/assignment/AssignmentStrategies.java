package io.supportdesk.domain.assignment;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** Turns a configured strategy name into a strategy. */
public final class AssignmentStrategies {

    public static final List<String> NAMES = List.of(
            RoundRobinAssignment.NAME, LeastLoadedAssignment.NAME, SkillBasedAssignment.NAME, RandomAssignment.NAME);

    private AssignmentStrategies() {
    }

    /**
     * @param random used only by {@code random}; may be null for the others
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static AssignmentStrategy byName(String name, RandomGenerator random) {
        String normalised = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (normalised) {
            case RoundRobinAssignment.NAME -> new RoundRobinAssignment();
            case LeastLoadedAssignment.NAME -> new LeastLoadedAssignment();
            case SkillBasedAssignment.NAME -> new SkillBasedAssignment();
            case RandomAssignment.NAME -> {
                if (random == null) {
                    throw new IllegalArgumentException("the random assignment strategy needs a random generator");
                }
                yield new RandomAssignment(random);
            }
            default -> throw new IllegalArgumentException(
                    "unknown assignment strategy '" + name + "'; allowed: " + String.join(", ", NAMES));
        };
    }
}
