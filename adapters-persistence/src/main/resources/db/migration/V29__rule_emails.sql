-- An automation rule's send_email action goes out through the outbox like every other email.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('ticket_created', 'ticket_assigned',
    'staff_reply', 'customer_reply', 'ticket_resolved', 'sla_at_risk', 'sla_breached', 'daily_digest',
    'ticket_queued', 'rule_email'));
