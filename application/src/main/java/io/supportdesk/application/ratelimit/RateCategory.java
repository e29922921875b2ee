package io.supportdesk.application.ratelimit;

/** The budgets a caller has, each counted separately (the chat socket's messages have their own, per user). */
public enum RateCategory {
    /** Signing in, registering, refreshing: per client address, whoever is signed in. */
    SIGN_IN("sign-in"),
    /** Comments: a write, but one that mails people, so it has a tighter budget of its own. */
    COMMENT("comments"),
    /** Creating and changing things. */
    WRITE("writes"),
    /** Reading. */
    READ("reads");

    private final String policyName;

    RateCategory(String policyName) {
        this.policyName = policyName;
    }

    /** The name the {@code RateLimit-Policy} header gives this budget. */
    public String policyName() {
        return policyName;
    }
}
