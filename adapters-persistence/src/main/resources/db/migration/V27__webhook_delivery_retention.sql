-- Finished webhook deliveries are deleted after WEBHOOKS_DELIVERY_RETENTION (docs/decisions/0065-webhooks.md):
-- "which finished rows are older than the cut-off?", asked in bounded batches by the housekeeping job. A delivered
-- row counts from its delivery, a failed one from when its last attempt was due. Pending rows are not in the index.
CREATE INDEX webhook_deliveries_finished_idx ON webhook_deliveries ((coalesce(delivered_at, next_attempt_at)))
    WHERE status <> 'pending';
