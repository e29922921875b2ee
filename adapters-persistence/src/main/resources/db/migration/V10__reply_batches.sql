-- A reply email held for the reply window gathers later replies on the same ticket to the same person
-- (TicketNotifications): one email saying "3 new replies" instead of three.
ALTER TABLE outbox
    -- kind:ticket:recipient; set only on reply emails.
    ADD COLUMN batch_key          text,
    ADD COLUMN batch_recipient_id bigint,
    -- The replies the email tells of, oldest first.
    ADD COLUMN batch_comment_ids  bigint[],
    ADD CONSTRAINT outbox_batch_complete CHECK ((batch_key IS NULL) = (batch_recipient_id IS NULL)
        AND (batch_key IS NULL) = (batch_comment_ids IS NULL));

-- "Is an email to this person about this ticket still gathering?" only ever asks about untried pending rows.
CREATE INDEX outbox_open_batch_idx ON outbox (batch_key, next_attempt_at) WHERE status = 'pending' AND attempts = 0;
