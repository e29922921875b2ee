package io.supportdesk.bootstrap.attachment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.application.attachment.AttachmentLinks;
import io.supportdesk.bootstrap.conversation.ChatClient;
import io.supportdesk.application.attachment.SweepUnusedBlobsService;
import io.supportdesk.application.attachment.port.out.AttachmentRepository;
import io.supportdesk.application.attachment.port.out.BlobStore;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.attachment.port.in.SignedLink;
import io.supportdesk.bootstrap.attachment.RawHttp.Part;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.attachment.AttachmentId;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "done when", through the API as a client sees it: a customer attaches a PDF and a PNG, a disguised
 * executable and an oversized file are refused, an agent replies with an internal note and a public comment each
 * carrying a file, and the customer sees, downloads and follows links to the public files only.
 */
@SystemTest
class AttachmentScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    EmbeddedServer server;
    @Inject
    SignedInUsers users;
    @Inject
    AttachmentLinks links;
    @Inject
    AttachmentRepository attachmentRepository;
    @Inject
    BlobStore blobs;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Clock clock;
    @Inject
    JsonMapper json;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private Api api;
    private RawHttp http;
    private SignedInUser customer;
    private SignedInUser otherCustomer;
    private SignedInUser agent;
    private long ticket;

    @BeforeAll
    void aTicket() {
        api = new Api(client);
        http = new RawHttp(URI.create(server.getURL().toString()));
        customer = users.create(Role.CUSTOMER);
        otherCustomer = users.create(Role.CUSTOMER);
        agent = users.create(Role.AGENT);
        ticket = open(customer);
    }

    private long open(SignedInUser as) {
        Api.Reply created = api.post("/api/v1/tickets", Map.of("title", "The invoice is wrong",
                "description", "See the attached invoice and screenshot.", "category", "billing",
                "priority", "medium"), as.token());
        assertEquals(201, created.status(), created.body()::toString);
        return ((Number) created.get("id")).longValue();
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.7\n1 0 obj << /Title (" + text + ") >> endobj\ntrailer <<>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        try {
            return JSON.readValue(response.body(), Map.class);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }

    private static long id(Map<String, Object> attachment) {
        return ((Number) attachment.get("id")).longValue();
    }

    /** The download link's path and query, for the test server's port (PUBLIC_BASE_URL names the shipped one). */
    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private List<Map<String, Object>> upload(SignedInUser as, long onTicket, Part... parts) {
        HttpResponse<String> response = http.upload("/api/v1/tickets/" + onTicket + "/attachments", as.token(),
                List.of(parts));
        assertEquals(201, response.statusCode(), response::body);
        return items(json(response), "items");
    }

    @Test
    void a_customer_attaches_a_pdf_and_a_png_and_downloads_them_by_token_and_by_link() throws Exception {
        byte[] invoice = pdf("invoice " + System.nanoTime());
        List<Map<String, Object>> stored = upload(customer, ticket,
                Part.file("../../Invoice\u202Efdp.exe.pdf", "application/octet-stream", invoice),
                Part.file("screen.png", "image/png", PNG));

        assertEquals(2, stored.size());
        Map<String, Object> pdf = stored.get(0);
        assertEquals("application/pdf", pdf.get("content_type"), "the type comes from the bytes, not the header");
        assertEquals("Invoicefdp.exe.pdf", pdf.get("file_name"), "no path and no bidirectional override survive");
        assertEquals((long) invoice.length, ((Number) pdf.get("size")).longValue());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(invoice)), pdf.get("sha256"));
        assertEquals(false, pdf.get("internal"));
        assertEquals("image/png", stored.get(1).get("content_type"));

        HttpResponse<byte[]> byToken = http.download("/api/v1/attachments/" + id(pdf) + "/content", customer.token(),
                Map.of());
        assertEquals(200, byToken.statusCode());
        assertArrayEquals(invoice, byToken.body());
        assertEquals("nosniff", byToken.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(byToken.headers().firstValue("Content-Disposition").orElseThrow()
                .startsWith("attachment; filename=\"Invoicefdp.exe.pdf\""));
        assertEquals("\"" + pdf.get("sha256") + "\"", byToken.headers().firstValue("ETag").orElseThrow());
        assertEquals(String.valueOf(invoice.length), byToken.headers().firstValue("Content-Length").orElseThrow());

        HttpResponse<byte[]> byLink = http.download(pathOf((String) pdf.get("download_url")), null, Map.of());
        assertEquals(200, byLink.statusCode(), "a signed link needs no token");
        assertArrayEquals(invoice, byLink.body());

        HttpResponse<byte[]> part = http.download("/api/v1/attachments/" + id(pdf) + "/content", customer.token(),
                Map.of("Range", "bytes=1-3"));
        assertEquals(206, part.statusCode());
        assertArrayEquals("PDF".getBytes(StandardCharsets.US_ASCII), part.body());
        assertEquals("bytes 1-3/" + invoice.length, part.headers().firstValue("Content-Range").orElseThrow());

        HttpResponse<byte[]> unchanged = http.download("/api/v1/attachments/" + id(pdf) + "/content",
                customer.token(), Map.of("If-None-Match", "\"" + pdf.get("sha256") + "\""));
        assertEquals(304, unchanged.statusCode());

        assertEquals(404, http.download("/api/v1/attachments/" + id(pdf) + "/content", otherCustomer.token(),
                Map.of()).statusCode(), "another customer's attachment does not exist for them");
        assertEquals(404, api.get("/api/v1/attachments/" + id(pdf), otherCustomer.token()).status());
        assertEquals(401, http.download("/api/v1/attachments/" + id(pdf) + "/content", null, Map.of()).statusCode());
    }

    @Test
    void a_renamed_executable_is_refused_with_the_type_its_bytes_have() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        HttpResponse<String> refused = http.upload("/api/v1/tickets/" + ticket + "/attachments", customer.token(),
                List.of(Part.file("invoice.pdf", "application/pdf", exe)));

        assertEquals(415, refused.statusCode(), refused::body);
        assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        String detail = (String) json(refused).get("detail");
        assertTrue(detail.contains("invoice.pdf") && detail.contains("application/x-msdownload"), detail);
    }

    @Test
    void an_eleven_megabyte_file_is_refused_and_nothing_of_its_request_is_kept() {
        int before = api.get("/api/v1/tickets/" + ticket + "/attachments", customer.token()).items().size();
        byte[] big = new byte[11 * 1024 * 1024];
        new Random(1).nextBytes(big);
        HttpResponse<String> refused = http.upload("/api/v1/tickets/" + ticket + "/attachments", customer.token(),
                List.of(Part.file("small.pdf", "application/pdf", pdf("small")),
                        Part.file("huge.bin", "application/octet-stream", big)));

        assertEquals(413, refused.statusCode(), refused::body);
        assertTrue(((String) json(refused).get("detail")).contains("huge.bin"));
        assertEquals(before, api.get("/api/v1/tickets/" + ticket + "/attachments", customer.token()).items().size(),
                "the small file of the refused request was not kept either");
    }

    @Test
    void internal_files_never_reach_the_customer_by_list_id_content_or_link() {
        long own = open(customer);
        HttpResponse<String> note = http.upload("/api/v1/tickets/" + own + "/comments", agent.token(), List.of(
                Part.field("body", "Refund approved internally, see the ledger."), Part.field("internal", "true"),
                Part.file("ledger.csv", "text/csv", "account,amount\n4711,12.50\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(201, note.statusCode(), note::body);
        Map<String, Object> ledger = items(json(note), "attachments").getFirst();
        assertEquals(true, ledger.get("internal"), "a file on an internal note is internal");

        HttpResponse<String> reply = http.upload("/api/v1/tickets/" + own + "/comments", agent.token(), List.of(
                Part.field("body", "Here is the corrected invoice."),
                Part.file("corrected.pdf", "application/pdf", pdf("corrected " + own))));
        assertEquals(201, reply.statusCode(), reply::body);
        Map<String, Object> corrected = items(json(reply), "attachments").getFirst();
        assertEquals(false, corrected.get("internal"));

        List<Long> seen = api.get("/api/v1/tickets/" + own + "/attachments", customer.token()).items().stream()
                .map(AttachmentScenarioTest::id).toList();
        assertEquals(List.of(id(corrected)), seen);
        assertEquals(2, api.get("/api/v1/tickets/" + own + "/attachments", agent.token()).items().size());

        long internal = id(ledger);
        assertEquals(404, api.get("/api/v1/attachments/" + internal, customer.token()).status());
        assertEquals(404, http.download("/api/v1/attachments/" + internal + "/content", customer.token(), Map.of())
                .statusCode());
        // The agent's own link names the agent: rewritten for the customer it no longer verifies.
        String agentsLink = pathOf((String) ledger.get("download_url"));
        String forged = agentsLink.replace("reader=" + agent.id().value(), "reader=" + customer.id().value());
        assertEquals(403, http.download(forged, null, Map.of()).statusCode());
        // A correctly signed link for the customer is no better: the reader is asked again when it is followed.
        SignedLink minted = links.sign(new AttachmentId(internal), customer.id());
        assertEquals(404, http.download("/api/v1/attachments/" + internal + "/content?reader="
                + customer.id().value() + "&expires=" + minted.expiresAt().getEpochSecond() + "&signature="
                + minted.signature(), null, Map.of()).statusCode());

        List<Map<String, Object>> history = api.list("/api/v1/tickets/" + own + "/history", customer.token());
        assertTrue(history.stream().noneMatch(entry -> "ledger.csv".equals(entry.get("new_value"))),
                "history keeps internal files to staff");
        assertTrue(history.stream().anyMatch(entry -> "corrected.pdf".equals(entry.get("new_value"))));
    }

    @Test
    void an_expired_link_is_gone_and_a_cut_one_is_forbidden() {
        Map<String, Object> file = upload(customer, ticket, Part.file("notes.txt", "text/plain",
                "expired link".getBytes(StandardCharsets.UTF_8))).getFirst();
        SignedLink expired = links.sign(new AttachmentId(id(file)), customer.id(), Duration.ofSeconds(-5));
        HttpResponse<byte[]> gone = http.download("/api/v1/attachments/" + id(file) + "/content?reader="
                + customer.id().value() + "&expires=" + expired.expiresAt().getEpochSecond() + "&signature="
                + expired.signature(), null, Map.of());
        assertEquals(410, gone.statusCode());
        String link = pathOf((String) file.get("download_url"));
        assertEquals(403, http.download(link.substring(0, link.length() - 3), null, Map.of()).statusCode());
    }

    @Test
    void the_same_bytes_uploaded_twice_are_stored_once_and_go_with_their_last_reference() throws IOException {
        byte[] same = pdf("shared " + System.nanoTime());
        Map<String, Object> first = upload(customer, ticket, Part.file("a.pdf", "application/pdf", same)).getFirst();
        Map<String, Object> second = upload(customer, open(customer), Part.file("b.pdf", "application/pdf", same))
                .getFirst();
        String hash = (String) first.get("sha256");
        assertEquals(hash, second.get("sha256"));
        assertEquals(1, storedFiles(hash), "identical content is one file on disk");

        assertEquals(204, api.delete("/api/v1/attachments/" + id(first), customer.token()).status());
        assertEquals(1, storedFiles(hash), "the other attachment still refers to the bytes");
        assertEquals(204, api.delete("/api/v1/attachments/" + id(second), customer.token()).status());
        assertEquals(404, api.get("/api/v1/attachments/" + id(second), customer.token()).status());

        // Uploaded a moment ago, the bytes outlive their last reference by the grace period (an upload of the same
        // bytes may be in flight); the sweep removes them once it has passed, here at once.
        assertEquals(1, storedFiles(hash));
        new SweepUnusedBlobsService(attachmentRepository, blobs, unitOfWork, clock, Duration.ZERO, 100).sweep();
        assertEquals(0, storedFiles(hash), "unused bytes are removed");
    }

    @Test
    void a_customer_may_not_upload_internal_files() {
        HttpResponse<String> refused = http.upload("/api/v1/tickets/" + ticket + "/attachments", customer.token(),
                List.of(Part.field("internal", "true"), Part.file("x.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8))));
        assertEquals(403, refused.statusCode(), refused::body);
    }

    @Test
    void chat_frames_and_emails_carry_public_files_only() {
        long own = open(customer);
        URI socket = URI.create("ws://localhost:" + server.getPort() + "/ws/tickets/" + own);
        try (ChatClient customerChat = ChatClient.connect(json, socket, customer.token(), false);
             ChatClient agentChat = ChatClient.connect(json, socket, agent.token(), false)) {
            customerChat.await("chat_history");
            agentChat.await("chat_history");
            long screenshot = id(upload(customer, own, Part.file("error.png", "image/png", PNG)).getFirst());
            long secret = id(upload(agent, own, Part.field("internal", "true"),
                    Part.file("internal.txt", "text/plain", "staff eyes only".getBytes(StandardCharsets.UTF_8)))
                    .getFirst());
            long publicFromAgent = id(upload(agent, own, Part.file("steps.txt", "text/plain",
                    "1. restart\n2. retry".getBytes(StandardCharsets.UTF_8))).getFirst());

            customerChat.send(Map.of("action", "message", "content", "Here is the error", "attachment_ids",
                    List.of(screenshot)));
            Map<String, Object> seen = agentChat.await("chat_message", frame -> "Here is the error"
                    .equals(frame.get("content")));
            assertEquals(List.of(screenshot), fileIds(seen));

            // A public message does not take an internal file along, so no follower's frame can show it.
            agentChat.send(Map.of("action", "message", "content", "Try these steps", "attachment_ids",
                    List.of(secret, publicFromAgent)));
            Map<String, Object> toCustomer = customerChat.await("chat_message", frame -> "Try these steps"
                    .equals(frame.get("content")));
            assertEquals(List.of(publicFromAgent), fileIds(toCustomer));
        }

        HttpResponse<String> reply = http.upload("/api/v1/tickets/" + own + "/comments", agent.token(), List.of(
                Part.field("body", "The fixed invoice is attached."),
                Part.file("fixed.pdf", "application/pdf", pdf("fixed " + own))));
        assertEquals(201, reply.statusCode(), reply::body);
        long fixed = id(items(json(reply), "attachments").getFirst());
        http.upload("/api/v1/tickets/" + own + "/comments", agent.token(), List.of(
                Part.field("body", "Note: refund pending."), Part.field("internal", "true"),
                Part.file("refund.csv", "text/csv", "id,amount\n1,2\n".getBytes(StandardCharsets.UTF_8))));

        List<String> emails = emailsTo(customer, own);
        String staffReply = emails.stream().filter(body -> body.contains("The fixed invoice")).findFirst()
                .orElseThrow(() -> new AssertionError("no reply email: " + emails));
        assertTrue(staffReply.contains("fixed.pdf") && staffReply.contains("/api/v1/attachments/" + fixed
                + "/content?reader=" + customer.id().value()), staffReply);
        assertTrue(emails.stream().noneMatch(body -> body.contains("refund.csv")), "an internal file is never mailed");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> fileIds(Map<String, Object> frame) {
        return ((List<Map<String, Object>>) frame.get("attachments")).stream()
                .map(file -> ((Number) file.get("id")).longValue()).toList();
    }

    private List<String> emailsTo(SignedInUser user, long onTicket) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT text_body FROM outbox WHERE ticket_id = ? AND ? = ANY(recipients) ORDER BY id", statement -> {
                    statement.setLong(1, onTicket);
                    statement.setString(2, user.email());
                    List<String> bodies = new java.util.ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            bodies.add(rows.getString(1));
                        }
                    }
                    return bodies;
                }));
    }

    private static long storedFiles(String hash) throws IOException {
        Path root = Path.of("target/test-data/attachments");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.getFileName().toString().equals(hash)).count();
        }
    }
}
