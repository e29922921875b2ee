-- What PostgreSQL itself does for "one ticket creation": the rows of one POST /tickets in one transaction
-- (ticket, history, outbox, metadata), on tables of the same shape, without the application.
BEGIN;
INSERT INTO bench_tickets (title, description, status, priority, category, tags, requester_id, created_at, updated_at)
    VALUES ('Printer on fire', 'It started smoking after the firmware update.', 'open', 'high', 'technical',
            '{printer}', 1, now(), now()) RETURNING id \gset
INSERT INTO bench_history (ticket_id, kind, new_value, actor_id, occurred_at) VALUES (:id, 'created', 'open', 1, now());
INSERT INTO bench_outbox (ticket_id, recipients, subject, text_body, html_body, created_at)
    VALUES (:id, '{carla@example.com}', '[TKT] We received your request', repeat('x', 600), repeat('x', 1500), now());
INSERT INTO bench_metadata (ticket_id, ip, user_agent) VALUES (:id, '127.0.0.1', 'wrk');
END;
