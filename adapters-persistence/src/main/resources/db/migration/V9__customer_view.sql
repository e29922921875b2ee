-- What the customer sees move: internal notes change updated_at and version but not these.
ALTER TABLE tickets
    ADD COLUMN customer_version    bigint,
    ADD COLUMN customer_updated_at timestamptz;

-- Existing tickets start from what the last change before this migration was; an internal note written just before
-- the upgrade is the only case this reads as customer-visible, once.
UPDATE tickets SET customer_version = version, customer_updated_at = updated_at;

ALTER TABLE tickets
    ALTER COLUMN customer_version SET NOT NULL,
    ALTER COLUMN customer_updated_at SET NOT NULL,
    ADD CONSTRAINT tickets_customer_view_within_life
        CHECK (customer_updated_at BETWEEN created_at AND updated_at);

-- A customer's list is scoped to their tickets and sorted by what they can see.
CREATE INDEX tickets_requester_customer_updated_idx ON tickets (requester_id, customer_updated_at);
