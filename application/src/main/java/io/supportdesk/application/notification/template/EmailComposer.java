package io.supportdesk.application.notification.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the plain-text body and the HTML alternative side by side from the same blocks. Every argument is treated
 * as untrusted text and escaped on the way into the HTML: there is no method that takes markup, so a template cannot
 * forget to escape something a user wrote.
 */
final class EmailComposer {

    private static final String MUTED = "color:#57606a;font-size:13px";

    private final List<String> text = new ArrayList<>();
    private final List<String> html = new ArrayList<>();

    EmailComposer greeting(String name) {
        return paragraph("Hello " + name + ",");
    }

    EmailComposer paragraph(String content) {
        text.add(content);
        html.add("<p>" + Html.escape(content) + "</p>");
        return this;
    }

    /** Label and value pairs, in order. */
    EmailComposer facts(Map<String, String> facts) {
        StringBuilder plain = new StringBuilder();
        StringBuilder table = new StringBuilder("<table style=\"border-collapse:collapse\">");
        facts.forEach((label, value) -> {
            if (!plain.isEmpty()) {
                plain.append('\n');
            }
            plain.append(label).append(": ").append(value);
            table.append("<tr><th style=\"text-align:left;padding:2px 12px 2px 0;").append(MUTED).append("\">")
                    .append(Html.escape(label)).append("</th><td style=\"padding:2px 0\">").append(Html.escape(value))
                    .append("</td></tr>");
        });
        text.add(plain.toString());
        html.add(table.append("</table>").toString());
        return this;
    }

    /** Somebody's words, quoted as written: line breaks kept, nothing interpreted. */
    EmailComposer quote(String words) {
        String normalised = words.replace("\r\n", "\n").replace('\r', '\n').strip();
        text.add("> " + normalised.replace("\n", "\n> "));
        html.add("<blockquote style=\"margin:0;padding:8px 12px;border-left:3px solid #d0d7de;white-space:pre-wrap\">"
                + Html.escape(normalised) + "</blockquote>");
        return this;
    }

    EmailComposer bullets(List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        text.add(String.join("\n", items.stream().map(item -> "- " + item).toList()));
        StringBuilder list = new StringBuilder("<ul>");
        items.forEach(item -> list.append("<li>").append(Html.escape(item)).append("</li>"));
        html.add(list.append("</ul>").toString());
        return this;
    }

    EmailComposer link(String label, String url) {
        text.add(label + ": " + url);
        html.add("<p><a href=\"" + Html.escape(url) + "\" style=\"display:inline-block;padding:8px 14px;"
                + "background:#0969da;color:#ffffff;text-decoration:none;border-radius:6px\">" + Html.escape(label)
                + "</a></p>");
        return this;
    }

    RenderedEmail build(String subject, String footer) {
        String plain = String.join("\n\n", text) + "\n\n-- \n" + footer + "\n";
        String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Html.escape(subject)
                + "</title></head>\n<body style=\"font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;"
                + "line-height:1.5;color:#1f2328;max-width:640px\">\n" + String.join("\n", html)
                + "\n<hr style=\"border:none;border-top:1px solid #d0d7de\">\n<p style=\"" + MUTED + "\">"
                + Html.escape(footer) + "</p>\n</body></html>\n";
        return new RenderedEmail(subject, plain, page);
    }

    /** {@code [TKT-000123] What happened: title}. */
    static String subject(String number, String what, String title) {
        return "[" + number + "] " + what + ": " + title;
    }
}
