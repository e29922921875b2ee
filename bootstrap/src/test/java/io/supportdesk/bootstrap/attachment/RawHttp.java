package io.supportdesk.bootstrap.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Multipart uploads and byte downloads as a browser or curl sends them, with the JDK's client: the bytes on the
 * wire are the ones written here, nothing a framework client would add or decode.
 */
final class RawHttp {

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;

    RawHttp(URI base) {
        this.base = base;
    }

    record Part(String name, String fileName, String contentType, byte[] bytes) {
        static Part file(String fileName, String contentType, byte[] bytes) {
            return new Part("file", fileName, contentType, bytes);
        }

        static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    HttpResponse<String> upload(String path, String token, List<Part> parts) {
        String boundary = "----supportdesk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                    + part.name() + "\"");
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append("\"\r\nContent-Type: ")
                        .append(part.contentType());
            }
            head.append("\r\n\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String pathOrUrl, String token, Map<String, String> headers) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : base.resolve(pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<Part> parts(Part... parts) {
        return new ArrayList<>(List.of(parts));
    }
}
