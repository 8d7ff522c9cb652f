-- The audit trail as several independent hash chains (issue 6's measurements, issue 4's guarantees).
--
-- With one chain every auditing transaction waited for the one head row, locked from its append until
-- its durable commit, so writes and audited reads ran one commit at a time. Now there are 16 chains,
-- each with its own head row in audit_chain. A transaction appends to the lowest-numbered chain no
-- other transaction holds (SELECT ... FOR UPDATE SKIP LOCKED; a transaction that appends again reuses
-- its chain), and waits only when every chain is held.
--
-- seq stays the entry's global number (now from a sequence: increasing, unique, no longer gapless); each
-- entry also records its chain, its position in the chain (gapless per chain, 1, 2, 3, ...) and the seq
-- of the entry before it in the chain, and its hash covers them (format 2, "jsis-audit-v2"). The entries
-- written before this migration are format 1: chain 0, their position is their seq, and their hashes
-- stay as they were. `jsis audit verify` walks every chain and names the first entry that was altered,
-- removed or inserted in any of them.
--
-- audit_chain_head becomes a read-only view over the chains: the newest seq, and the SHA-256 of every
-- chain's head hash in chain order (what `verify` prints, to be kept elsewhere).

ALTER TABLE audit_entry
    ADD COLUMN chain     SMALLINT NOT NULL DEFAULT 0 CHECK (chain >= 0),
    ADD COLUMN chain_pos BIGINT CHECK (chain_pos > 0),
    ADD COLUMN prev_seq  BIGINT CHECK (prev_seq >= 0),
    ADD COLUMN format    SMALLINT NOT NULL DEFAULT 1 CHECK (format IN (1, 2)),
    ADD CONSTRAINT audit_entry_chained CHECK (format = 1 OR (chain_pos IS NOT NULL AND prev_seq IS NOT NULL));

CREATE TABLE audit_chain (
    chain      SMALLINT PRIMARY KEY CHECK (chain >= 0),
    last_pos   BIGINT   NOT NULL CHECK (last_pos >= 0),
    last_seq   BIGINT   NOT NULL CHECK (last_seq >= 0),
    last_hash  BYTEA    NOT NULL CHECK (length(last_hash) = 32)
);
-- Chain 0 continues the single chain (its position so far is its seq); chains 1 to 15 start empty.
INSERT INTO audit_chain (chain, last_pos, last_seq, last_hash)
SELECT 0, last_seq, last_seq, last_hash FROM audit_chain_head;
INSERT INTO audit_chain (chain, last_pos, last_seq, last_hash)
SELECT c, 0, 0, decode(repeat('00', 32), 'hex') FROM generate_series(1, 15) AS c;

CREATE SEQUENCE audit_entry_seq AS BIGINT;
SELECT setval('audit_entry_seq',
              greatest((SELECT last_seq FROM audit_chain_head), (SELECT coalesce(max(seq), 0) FROM audit_entry)) + 1,
              false);

DROP TABLE audit_chain_head;
DROP FUNCTION audit_head_advance_only();

-- A chain head only moves forward, one entry at a time, onto an entry of that chain that exists with that
-- hash and names the previous head; heads cannot be added or removed.
CREATE FUNCTION audit_chain_advance_only() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'audit chain heads cannot be added or removed (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.chain <> OLD.chain OR NEW.last_pos <> OLD.last_pos + 1
       OR NOT EXISTS (SELECT 1 FROM audit_entry e
                      WHERE e.seq = NEW.last_seq AND e.chain = NEW.chain AND e.chain_pos = NEW.last_pos
                        AND e.prev_seq = OLD.last_seq AND e.entry_hash = NEW.last_hash
                        AND e.prev_hash = OLD.last_hash AND e.format = 2) THEN
        RAISE EXCEPTION 'the audit chain head only advances by one appended entry (chain %, from entry % to %)',
            OLD.chain, OLD.last_seq, NEW.last_seq USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_chain_advance_only BEFORE INSERT OR UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_chain_advance_only();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

CREATE VIEW audit_chain_head AS
SELECT max(last_seq) AS last_seq, sha256(string_agg(last_hash, ''::bytea ORDER BY chain)) AS last_hash
FROM audit_chain;

CREATE FUNCTION audit_chain_head_read_only() RETURNS TRIGGER
    LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'the audit chain head only advances by one appended entry (and only in audit_chain)'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RAISE EXCEPTION 'the audit chain head cannot be removed or added (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_chain_head_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_read_only();

DO $$
BEGIN
    REVOKE INSERT, DELETE, TRUNCATE ON audit_chain FROM PUBLIC;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('REVOKE INSERT, DELETE, TRUNCATE ON audit_chain FROM %I', current_user);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jsis_app') THEN
        REVOKE INSERT, DELETE, TRUNCATE ON audit_chain FROM jsis_app;
        GRANT SELECT, UPDATE ON audit_chain TO jsis_app;
        GRANT USAGE ON SEQUENCE audit_entry_seq TO jsis_app;
        GRANT SELECT ON audit_chain_head TO jsis_app;
    END IF;
END
$$;
