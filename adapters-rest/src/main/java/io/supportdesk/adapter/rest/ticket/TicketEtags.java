package io.supportdesk.adapter.rest.ticket;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.application.ticket.port.in.TicketDetails;

import java.util.OptionalLong;

/**
 * The ticket's version on the wire, for every controller that reads or changes a ticket: it goes out as the ETag
 * and comes back in If-Match (or, for clients that cannot set headers, as {@code version} in the body).
 */
final class TicketEtags {

    private TicketEtags() {
    }

    /** If-Match wins over the body's version; with neither, the change is not checked for lost updates. */
    static OptionalLong expectedVersion(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                return OptionalLong.of(Long.parseLong(tag));
            } catch (NumberFormatException e) {
                throw InvalidRequestException.badParameter("If-Match", "must be the ETag of the ticket, e.g. \"3\"");
            }
        }
        return bodyVersion == null ? OptionalLong.empty() : OptionalLong.of(bodyVersion);
    }

    /** 200 with the ticket as this caller sees it, and its version as the ETag. */
    static MutableHttpResponse<TicketResponse> ok(TicketDetails details) {
        return withEtag(HttpResponse.ok(TicketResponses.of(details)), details);
    }

    static <T> MutableHttpResponse<T> withEtag(MutableHttpResponse<T> response, TicketDetails details) {
        return response.header(HttpHeaders.ETAG, "\"" + details.version() + "\"");
    }
}
