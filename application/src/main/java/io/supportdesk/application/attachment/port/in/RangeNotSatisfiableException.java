package io.supportdesk.application.attachment.port.in;

/** A byte range that starts past the end of the file (416, naming the size). */
public final class RangeNotSatisfiableException extends RuntimeException {

    private final long size;

    public RangeNotSatisfiableException(long size) {
        super("the range starts past the end of the file, which is " + size + " bytes long");
        this.size = size;
    }

    public long size() {
        return size;
    }
}
