-- Attachments (issue 14). Bytes live in the blob store under their SHA-256; these tables say which attachments
-- refer to which bytes, and which bytes are in use.

-- One row per stored content. touched_at is set by every upload before its bytes are stored: nothing deletes bytes
-- touched within the grace period, so an upload in flight never loses them (AttachmentRepository).
CREATE TABLE attachment_blobs (
    sha256     char(64)    PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    touched_at timestamptz NOT NULL
);
CREATE INDEX attachment_blobs_touched_idx ON attachment_blobs (touched_at);

CREATE SEQUENCE attachment_seq;

CREATE TABLE attachments (
    id           bigint      PRIMARY KEY,
    -- Deleting a ticket deletes its attachments; their bytes go with the next sweep.
    ticket_id    bigint      NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    comment_id   bigint      REFERENCES ticket_comments (id) ON DELETE CASCADE,
    file_name    text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    content_type text        NOT NULL,
    size         bigint      NOT NULL CHECK (size >= 0),
    sha256       char(64)    NOT NULL REFERENCES attachment_blobs (sha256),
    -- Set for internal uploads and for files on internal notes; never cleared (AttachmentPermissions).
    internal     boolean     NOT NULL,
    uploaded_by  bigint      NOT NULL REFERENCES users (id),
    created_at   timestamptz NOT NULL
);
CREATE INDEX attachments_ticket_idx ON attachments (ticket_id, id);
CREATE INDEX attachments_comment_idx ON attachments (comment_id) WHERE comment_id IS NOT NULL;
CREATE INDEX attachments_sha256_idx ON attachments (sha256);
