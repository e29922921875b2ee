package io.supportdesk.bootstrap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Why Supportdesk did not start, as an operator wants to read it: one sentence per problem, the causes without the
 * repeats that wrapping exceptions add, and no stack trace (set LOG_LEVEL=DEBUG for that).
 */
final class StartupFailure extends RuntimeException {

    private final List<String> problems;

    StartupFailure(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }

    /** The distinct messages along {@code error}'s cause chain, outermost first, in the variables' names. */
    static StartupFailure from(Throwable error, ConfigurationVariables variables) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            String line = variables.inVariableNames(message.strip().lines().findFirst().orElse(message));
            // A wrapper usually repeats its cause's message inside its own; keep only the new part of the chain.
            if (messages.stream().noneMatch(known -> known.contains(line))) {
                messages.add(line);
            }
        }
        List<String> lines = new ArrayList<>(messages);
        return new StartupFailure(lines.isEmpty() ? List.of(error.getClass().getName()) : lines);
    }
}
