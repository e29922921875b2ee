package io.supportdesk.adapter.rest.identity;

/**
 * Role codes as they appear in the {@code roles} claim, as compile-time constants for {@code @Secured}:
 * {@code @Secured({Roles.MANAGER, Roles.ADMIN})}. The same codes as {@link io.supportdesk.domain.identity.Role#code()}.
 */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String AGENT = "agent";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
