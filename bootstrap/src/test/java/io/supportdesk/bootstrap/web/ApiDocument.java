package io.supportdesk.bootstrap.web;

import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI document read the way a client reads it: its operations with their documented success codes, the
 * security each one ends up with, and the media types their bodies take. One reading for the tests that hold the
 * document against the running application and against {@code docs/api.http}.
 */
final class ApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    /** One documented operation; {@code key()} is how tests name it: {@code "POST /api/v1/tickets/{ticket}/assign"}. */
    record Operation(String method, String path, Set<Integer> successCodes, List<?> security,
                     Set<String> requestMediaTypes) {

        String key() {
            return method + " " + path;
        }

        /** {@code security: []}: no requirement at all, the global bearer one lifted. */
        boolean needsNoToken() {
            return security.isEmpty();
        }

        boolean needsTheBearerToken() {
            return security.stream().anyMatch(requirement -> requirement instanceof Map<?, ?> names
                    && names.containsKey("bearerAuth"));
        }
    }

    private final List<Operation> operations;

    private ApiDocument(List<Operation> operations) {
        this.operations = operations;
    }

    @SuppressWarnings("unchecked")
    static ApiDocument parse(String yaml) {
        Map<String, Object> document = new Yaml().load(yaml);
        List<?> global = (List<?>) document.getOrDefault("security", List.of());
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return; // path-level "parameters", "summary"...
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            Set<Integer> success = new TreeSet<>();
            ((Map<Object, Object>) operation.get("responses")).keySet().stream().map(String::valueOf)
                    .filter(code -> code.startsWith("2")).forEach(code -> success.add(Integer.parseInt(code)));
            Set<String> mediaTypes = Optional.ofNullable((Map<String, Object>) operation.get("requestBody"))
                    .map(body -> ((Map<String, Object>) body.get("content")).keySet())
                    .<Set<String>>map(TreeSet::new).orElse(Set.of());
            // An operation without its own "security" has the document's (OpenAPI 3.0, 4.8.10).
            List<?> security = (List<?>) operation.getOrDefault("security", global);
            operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, success, security, mediaTypes));
        }));
        return new ApiDocument(List.copyOf(operations));
    }

    List<Operation> operations() {
        return operations;
    }

    Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        operations.forEach(operation -> keys.add(operation.key()));
        return keys;
    }
}
