package io.supportdesk.adapter.rest.http;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A response body written by a producer on another thread while the server reads it: the producer writes to an
 * {@link OutputStream}, the server reads this {@link InputStream}, and between them at most {@link #QUEUED_CHUNKS}
 * chunks wait, so the memory a response holds is bounded whatever its length (a million-row export included).
 *
 * <p>The producer stops when nobody reads any more: once this stream is closed (the server closes it when the client
 * goes away) or once nothing has been read for {@code stallLimit}, the producer's next write throws, which ends
 * whatever it was doing (a database cursor, and its transaction). A producer that fails makes the reader fail too,
 * so the response is cut off rather than ended as though complete.
 *
 * <p>Unlike {@link java.io.PipedInputStream}, nothing here depends on which threads are alive: the server reads
 * from pooled (or virtual) threads that come and go.
 */
public final class ProducedInputStream extends InputStream {

    private static final Logger LOG = LoggerFactory.getLogger(ProducedInputStream.class);

    static final int QUEUED_CHUNKS = 8;
    static final int CHUNK_SIZE = 16 * 1024;
    private static final byte[] END = new byte[0];
    private static final byte[] FAILED = new byte[0];

    /** Writes the whole body to {@code out}; any exception ends the body as failed. */
    @FunctionalInterface
    public interface Producer {
        void writeTo(OutputStream out) throws Exception;
    }

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
    private final Duration stallLimit;
    private volatile boolean closed;
    private byte[] current = new byte[0];
    private int position;
    private boolean finished;

    private ProducedInputStream(Duration stallLimit) {
        this.stallLimit = stallLimit;
    }

    /** Starts the producer on the executor and answers the stream that reads what it writes. */
    public static ProducedInputStream start(Executor executor, Duration stallLimit, Producer producer) {
        ProducedInputStream stream = new ProducedInputStream(stallLimit);
        executor.execute(() -> stream.produce(producer));
        return stream;
    }

    private void produce(Producer producer) {
        byte[] last = END;
        try (OutputStream out = new java.io.BufferedOutputStream(new QueueOutput(), CHUNK_SIZE)) {
            producer.writeTo(out);
        } catch (Exception | Error e) {
            last = FAILED;
            if (closed) {
                LOG.debug("The reader went away; the body's producer stopped: {}", e.toString());
            } else {
                LOG.warn("A streamed response body failed and was cut off", e);
            }
        }
        try {
            if (last == FAILED) {
                // What is queued will never make a whole body: the reader learns of the failure at once.
                chunks.clear();
            }
            chunks.offer(last, stallLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class QueueOutput extends OutputStream {

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            byte[] chunk = Arrays.copyOfRange(bytes, offset, offset + length);
            long deadline = System.nanoTime() + stallLimit.toNanos();
            try {
                while (!chunks.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                    if (closed) {
                        throw new IOException("the reader closed the stream");
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IOException("nothing was read for " + stallLimit);
                    }
                }
                if (closed) {
                    throw new IOException("the reader closed the stream");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing", e);
            }
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
    }

    private boolean fill() throws IOException {
        while (!finished && position >= current.length) {
            if (closed) {
                throw new IOException("closed");
            }
            byte[] next;
            try {
                next = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading", e);
            }
            if (next == END) {
                finished = true;
            } else if (next == FAILED) {
                finished = true;
                throw new IOException("the body could not be produced to the end");
            } else {
                current = next;
                position = 0;
            }
        }
        return position < current.length;
    }

    @Override
    public void close() {
        closed = true;
        chunks.clear();
    }
}
