-- Notifications for the JVM's cache of verified bearer tokens (org.jsis.security.internal.BearerCache).
-- Numbered in the border range because the border's single-crossing path needs it (README, Border benchmarks,
-- seventh session) while the security range was being changed by another session; it belongs to the security
-- module.
--
-- Every change of what a bearer request's authentication reads (the token, its user, the user's roles, the
-- user's agency and the membership periods of its state) sends, at its commit, a notification on the channel
-- 'jsis_bearer' naming what to forget: 't<token id>', 'u<user id>', or '*' (everything: an agency or a
-- membership period changed, or a table was truncated). Each JSIS process listens on that channel and forgets
-- the cached tokens concerned; a process that is not listening does not cache.

CREATE FUNCTION jsis_bearer_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    what TEXT;
BEGIN
    IF TG_LEVEL = 'STATEMENT' OR TG_TABLE_NAME IN ('agency', 'membership_period') THEN
        what := '*';
    ELSIF TG_TABLE_NAME = 'api_token' THEN
        what := 't' || CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSIF TG_TABLE_NAME = 'app_user' THEN
        what := 'u' || CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    ELSE -- app_user_role
        what := 'u' || CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
    END IF;
    PERFORM pg_notify('jsis_bearer', what);
    -- A role moved to another user concerns the old user too (a token's cache entry is found by the token's id).
    IF TG_LEVEL = 'ROW' AND TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'app_user_role' THEN
        IF OLD.user_id IS DISTINCT FROM NEW.user_id THEN
            PERFORM pg_notify('jsis_bearer', 'u' || OLD.user_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER api_token_bearer_changed AFTER INSERT OR UPDATE OR DELETE ON api_token
    FOR EACH ROW EXECUTE FUNCTION jsis_bearer_changed();
CREATE TRIGGER app_user_bearer_changed AFTER UPDATE OR DELETE ON app_user
    FOR EACH ROW EXECUTE FUNCTION jsis_bearer_changed();
CREATE TRIGGER app_user_role_bearer_changed AFTER INSERT OR UPDATE OR DELETE ON app_user_role
    FOR EACH ROW EXECUTE FUNCTION jsis_bearer_changed();
CREATE TRIGGER agency_bearer_changed AFTER UPDATE OR DELETE ON agency
    FOR EACH STATEMENT EXECUTE FUNCTION jsis_bearer_changed();
CREATE TRIGGER membership_period_bearer_changed AFTER INSERT OR UPDATE OR DELETE ON membership_period
    FOR EACH STATEMENT EXECUTE FUNCTION jsis_bearer_changed();

CREATE TRIGGER api_token_bearer_truncated AFTER TRUNCATE ON api_token
    FOR EACH STATEMENT EXECUTE FUNCTION jsis_bearer_changed();
CREATE TRIGGER app_user_bearer_truncated AFTER TRUNCATE ON app_user
    FOR EACH STATEMENT EXECUTE FUNCTION jsis_bearer_changed();
CREATE TRIGGER app_user_role_bearer_truncated AFTER TRUNCATE ON app_user_role
    FOR EACH STATEMENT EXECUTE FUNCTION jsis_bearer_changed();
CREATE TRIGGER agency_bearer_truncated AFTER TRUNCATE ON agency
    FOR EACH STATEMENT EXECUTE FUNCTION jsis_bearer_changed();
CREATE TRIGGER membership_period_bearer_truncated AFTER TRUNCATE ON membership_period
    FOR EACH STATEMENT EXECUTE FUNCTION jsis_bearer_changed();
