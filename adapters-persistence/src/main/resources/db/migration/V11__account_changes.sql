-- Instances remember who their callers are (CallerCache) and must forget at once when an account's status or role
-- changes, whichever instance or operator changed it: the database announces every such change on commit.
CREATE FUNCTION users_announce_account_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('supportdesk_accounts', OLD.id::text);
    ELSIF NEW.active IS DISTINCT FROM OLD.active OR NEW.role IS DISTINCT FROM OLD.role THEN
        PERFORM pg_notify('supportdesk_accounts', NEW.id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER users_account_change AFTER UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION users_announce_account_change();
