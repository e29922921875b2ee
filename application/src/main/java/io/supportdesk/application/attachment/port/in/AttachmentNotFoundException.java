package io.supportdesk.application.attachment.port.in;

/** No attachment by that id that the caller may see. */
public final class AttachmentNotFoundException extends RuntimeException {

    public AttachmentNotFoundException(Object id) {
        super("attachment " + id + " not found");
    }
}
