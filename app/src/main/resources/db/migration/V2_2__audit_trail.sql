-- The audit trail: append-only and hash-chained.
--
-- Each entry stores the SHA-256 of (previous entry's hash, canonical content of the entry and its
-- records); seq is gapless (1, 2, 3, ...). Appends are serialised by locking the single row of
-- audit_chain_head (SELECT ... FOR UPDATE), which also remembers the last seq and hash so that removing
-- the newest entries is detected too. `jsis audit verify` recomputes the chain.

CREATE TABLE audit_entry (
    seq          BIGINT      PRIMARY KEY CHECK (seq > 0),
    at           TIMESTAMPTZ NOT NULL,
    user_id      BIGINT,
    username     TEXT        NOT NULL,
    agency_code  TEXT,
    state_code   CHAR(3),
    action       TEXT        NOT NULL CHECK (action ~ '^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+$'),
    purpose      TEXT,
    query_terms  TEXT,
    prev_hash    BYTEA       NOT NULL CHECK (length(prev_hash) = 32),
    entry_hash   BYTEA       NOT NULL UNIQUE CHECK (length(entry_hash) = 32)
);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);
CREATE INDEX audit_entry_user_idx ON audit_entry (username, at);

-- The records an entry returned or changed, with their owning state (NULL: owned by no state, e.g. a
-- Secretariat user account).
CREATE TABLE audit_record (
    entry_seq    BIGINT  NOT NULL REFERENCES audit_entry (seq),
    position     INT     NOT NULL CHECK (position >= 0),
    record_type  TEXT    NOT NULL,
    record_id    TEXT    NOT NULL,
    owner_state  CHAR(3),
    PRIMARY KEY (entry_seq, position)
);
CREATE INDEX audit_record_owner_idx ON audit_record (owner_state, entry_seq);
CREATE INDEX audit_record_id_idx ON audit_record (record_id, entry_seq);

CREATE TABLE audit_chain_head (
    singleton  BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    last_seq   BIGINT  NOT NULL CHECK (last_seq >= 0),
    last_hash  BYTEA   NOT NULL CHECK (length(last_hash) = 32)
);
INSERT INTO audit_chain_head (singleton, last_seq, last_hash) VALUES (TRUE, 0, decode(repeat('00', 32), 'hex'));

-- Append-only, enforced by the database: UPDATE, DELETE and TRUNCATE raise.
CREATE FUNCTION audit_refuse_change() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- The chain head only moves forward, one entry at a time, onto an entry that exists with that hash.
CREATE FUNCTION audit_head_advance_only() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'the audit chain head cannot be removed (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.last_seq <> OLD.last_seq + 1
       OR NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.seq = NEW.last_seq AND e.entry_hash = NEW.last_hash
                                                    AND e.prev_hash = OLD.last_hash) THEN
        RAISE EXCEPTION 'the audit chain head only advances by one appended entry (from % to %)', OLD.last_seq, NEW.last_seq
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_chain_head_advance_only BEFORE UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_head_advance_only();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Where the application connects as an ordinary (non-superuser) role, take the privileges away as well.
-- (A superuser, as the embedded PostgreSQL's 'postgres', bypasses privileges; the triggers still hold.)
DO $$
BEGIN
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_record FROM PUBLIC;
    REVOKE DELETE, TRUNCATE ON audit_chain_head FROM PUBLIC;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_record FROM %I', current_user);
        EXECUTE format('REVOKE DELETE, TRUNCATE ON audit_chain_head FROM %I', current_user);
    END IF;
    -- The role a production deployment gives the running application, when it is not the owner.
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jsis_app') THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, audit_record FROM jsis_app;
        REVOKE DELETE, TRUNCATE ON audit_chain_head FROM jsis_app;
    END IF;
END
$$;
