package io.supportdesk.application.notification.template;

/**
 * Escapes text for HTML element content and quoted attribute values. Five characters carry meaning there; replacing
 * them is all OWASP's rule #1 asks for text placed in those two contexts, which are the only ones the templates use
 * (no user text ever goes into a script, a style, a URL or an unquoted attribute). Small enough to own rather than
 * take a library for; see {@code docs/decisions/0021-email-templates-without-a-template-engine.md}.
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
