package io.supportdesk.adapter.mail;

/** How the connection to the SMTP server is protected ({@code SMTP_SECURITY}). */
public enum SmtpSecurity {
    /** Plain SMTP; only for a server on the same host or a trusted network. Default port 25. */
    NONE(25),
    /** Plain connection upgraded with STARTTLS, which the server must offer. Default port 587. */
    STARTTLS(587),
    /** TLS from the first byte ("SMTPS"). Default port 465. */
    TLS(465);

    private final int defaultPort;

    SmtpSecurity(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
