package io.supportdesk.adapter.rest.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProducedInputStreamTest {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    @Test
    void the_reader_gets_every_byte_the_producer_writes_in_order() throws IOException {
        byte[] line = "0123456789abcdef\r\n".getBytes(StandardCharsets.US_ASCII);
        int lines = 20_000;
        try (InputStream in = ProducedInputStream.start(executor, Duration.ofSeconds(30), out -> {
            for (int i = 0; i < lines; i++) {
                out.write(line);
            }
        })) {
            byte[] all = in.readAllBytes();
            assertEquals(line.length * lines, all.length);
            byte[] last = java.util.Arrays.copyOfRange(all, all.length - line.length, all.length);
            assertArrayEquals(line, last);
        }
    }

    @Test
    void closing_the_reader_makes_the_producers_next_write_fail_so_it_stops() throws Exception {
        AtomicLong written = new AtomicLong();
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        InputStream in = ProducedInputStream.start(executor, Duration.ofMinutes(5), out -> {
            try {
                while (true) {
                    out.write(new byte[1024]);
                    written.addAndGet(1024);
                }
            } catch (IOException e) {
                ended.complete(e);
                throw e;
            }
        });
        in.readNBytes(4096);
        in.close();

        Throwable why = ended.get(30, TimeUnit.SECONDS);
        assertTrue(why.getMessage().contains("closed"), why.getMessage());
        assertTrue(written.get() < 1024L * 1024, "the producer ran ahead only by the bounded queue: " + written.get());
    }

    @Test
    void a_producer_that_fails_cuts_the_body_off_instead_of_ending_it() {
        InputStream in = ProducedInputStream.start(executor, Duration.ofSeconds(30), out -> {
            out.write("header\r\n".getBytes(StandardCharsets.US_ASCII));
            throw new IllegalStateException("the database went away");
        });
        assertThrows(IOException.class, in::readAllBytes);
    }

    @Test
    void a_reader_that_stops_reading_stops_the_producer_after_the_stall_limit() throws Exception {
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        ProducedInputStream.start(executor, Duration.ofMillis(200), out -> {
            try {
                while (true) {
                    out.write(new byte[1024]);
                }
            } catch (IOException e) {
                ended.complete(e);
                throw e;
            }
        });
        Throwable why = ended.get(30, TimeUnit.SECONDS);
        assertTrue(why.getMessage().contains("nothing was read"), why.getMessage());
    }
}
