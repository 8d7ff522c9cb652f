-- A cheaper audit append (issues 5 and 6: every register screening and every single crossing appends one entry).
--
-- Measured with callgrind on a single-user PostgreSQL 17 over a copy of the filled 1,000,000-entry register
-- (instructions of BEGIN; SELECT audit_append(...); ROLLBACK, deterministic whatever the machine's load), where an
-- append of ten records went: the BEFORE INSERT row trigger of V2_4 (audit_record_entry_exists: a PL/pgSQL call and
-- a query for every record row) about a fifth, the 34 index entries a quarter, the CHECK constraints (which
-- PostgreSQL reads back from their stored form and plans at every statement that inserts) a sixth, and the start of
-- each statement's executor, including the list insert (audit_record_list, V2_5) that an entry with a few records
-- never uses, a part of the rest.
--
-- 1. Every record row still names an existing entry, now checked once per statement: AFTER INSERT ... FOR EACH
--    STATEMENT triggers with the inserted rows as a transition table (same message, same SQLSTATE 23503; the
--    statement, and with it the transaction, fails, so nothing of it is kept). One check instead of one per record
--    row.
-- 2. audit_append (same arguments, same result, same rows and hash; the head is locked and the seq taken exactly as
--    in V2_6) inserts the entry with its records as rows, or with its record lists, or alone, whichever it has: a
--    statement names only the tables it writes, so an entry with a few records no longer starts an insert into
--    audit_record_list (nor fires that table's statement trigger), and an entry without records touches neither.
-- What is stored, and `jsis audit verify`, are unchanged.

CREATE OR REPLACE FUNCTION audit_append(
    p_at           TIMESTAMPTZ,
    p_user_id      BIGINT,
    p_username     TEXT,
    p_agency_code  TEXT,
    p_state_code   TEXT,
    p_action       TEXT,
    p_purpose      TEXT,
    p_query_terms  TEXT,
    p_types        TEXT[],   -- the records in position order
    p_ids          TEXT[],
    p_owners       TEXT[],
    p_list_starts  INT[],    -- empty: the records go to audit_record; else the runs stored as lists
    p_list_lengths INT[],
    p_content      BYTEA,    -- the hashed fields after seq, AuditHash.afterSeq
    p_wait_chain   INT)      -- the chain to wait for when every head is held
    RETURNS BIGINT
    LANGUAGE plpgsql
AS $$
DECLARE
    head   RECORD;
    v_hash BYTEA;
BEGIN
    -- The head (as V2_3: the transaction's own chain, else the lowest-numbered free one), with the next seq
    -- taken under its lock and the chain remembered for this transaction.
    SELECT h.chain, h.last_pos, h.last_seq, h.last_hash, nextval('audit_entry_seq') AS seq,
           set_config('jsis.audit_chain', h.chain::text, true)
    INTO head
    FROM (SELECT chain, last_pos, last_seq, last_hash FROM audit_chain
          WHERE chain = coalesce(nullif(current_setting('jsis.audit_chain', true), '')::smallint, chain)
          ORDER BY chain LIMIT 1 FOR UPDATE SKIP LOCKED) h;
    IF NOT FOUND THEN
        SELECT h.chain, h.last_pos, h.last_seq, h.last_hash, nextval('audit_entry_seq') AS seq,
               set_config('jsis.audit_chain', h.chain::text, true)
        INTO head
        FROM (SELECT chain, last_pos, last_seq, last_hash FROM audit_chain WHERE chain = p_wait_chain FOR UPDATE) h;
    END IF;
    -- The entry with what it has: its records as rows, its record lists (V2_5), or nothing more; one statement.
    IF coalesce(cardinality(p_list_starts), 0) > 0 THEN
        WITH e AS (
            INSERT INTO audit_entry (seq, at, user_id, username, agency_code, state_code, action, purpose,
                                     query_terms, prev_hash, entry_hash, chain, chain_pos, prev_seq, format)
            VALUES (head.seq, p_at, p_user_id, p_username, p_agency_code, p_state_code, p_action, p_purpose,
                    p_query_terms, head.last_hash,
                    sha256(head.last_hash || convert_to('jsis-audit-v2', 'UTF8')
                           || int4send(length(head.chain::text)) || convert_to(head.chain::text, 'UTF8')
                           || int4send(length((head.last_pos + 1)::text)) || convert_to((head.last_pos + 1)::text, 'UTF8')
                           || int4send(length(head.last_seq::text)) || convert_to(head.last_seq::text, 'UTF8')
                           || int4send(length(head.seq::text)) || convert_to(head.seq::text, 'UTF8')
                           || p_content),
                    head.chain, head.last_pos + 1, head.last_seq, 2)
            RETURNING seq, entry_hash),
        l AS (
            INSERT INTO audit_record_list (entry_seq, position, record_type, owner_state, record_ids)
            SELECT e.seq, l.p, p_types[l.p + 1], p_owners[l.p + 1], p_ids[l.p + 1 : l.p + l.n]
            FROM e, unnest(p_list_starts, p_list_lengths) AS l (p, n))
        SELECT entry_hash INTO v_hash FROM e;
    ELSIF coalesce(cardinality(p_types), 0) > 0 THEN
        WITH e AS (
            INSERT INTO audit_entry (seq, at, user_id, username, agency_code, state_code, action, purpose,
                                     query_terms, prev_hash, entry_hash, chain, chain_pos, prev_seq, format)
            VALUES (head.seq, p_at, p_user_id, p_username, p_agency_code, p_state_code, p_action, p_purpose,
                    p_query_terms, head.last_hash,
                    sha256(head.last_hash || convert_to('jsis-audit-v2', 'UTF8')
                           || int4send(length(head.chain::text)) || convert_to(head.chain::text, 'UTF8')
                           || int4send(length((head.last_pos + 1)::text)) || convert_to((head.last_pos + 1)::text, 'UTF8')
                           || int4send(length(head.last_seq::text)) || convert_to(head.last_seq::text, 'UTF8')
                           || int4send(length(head.seq::text)) || convert_to(head.seq::text, 'UTF8')
                           || p_content),
                    head.chain, head.last_pos + 1, head.last_seq, 2)
            RETURNING seq, entry_hash),
        r AS (
            INSERT INTO audit_record (entry_seq, position, record_type, record_id, owner_state)
            SELECT e.seq, (r.k - 1)::int, r.t, r.i, r.o
            FROM e, unnest(p_types, p_ids, p_owners) WITH ORDINALITY AS r (t, i, o, k))
        SELECT entry_hash INTO v_hash FROM e;
    ELSE
        WITH e AS (
            INSERT INTO audit_entry (seq, at, user_id, username, agency_code, state_code, action, purpose,
                                     query_terms, prev_hash, entry_hash, chain, chain_pos, prev_seq, format)
            VALUES (head.seq, p_at, p_user_id, p_username, p_agency_code, p_state_code, p_action, p_purpose,
                    p_query_terms, head.last_hash,
                    sha256(head.last_hash || convert_to('jsis-audit-v2', 'UTF8')
                           || int4send(length(head.chain::text)) || convert_to(head.chain::text, 'UTF8')
                           || int4send(length((head.last_pos + 1)::text)) || convert_to((head.last_pos + 1)::text, 'UTF8')
                           || int4send(length(head.last_seq::text)) || convert_to(head.last_seq::text, 'UTF8')
                           || int4send(length(head.seq::text)) || convert_to(head.seq::text, 'UTF8')
                           || p_content),
                    head.chain, head.last_pos + 1, head.last_seq, 2)
            RETURNING seq, entry_hash)
        SELECT entry_hash INTO v_hash FROM e;
    END IF;
    -- The head moves onto the entry (a statement of its own: its trigger, V2_3, checks the entry exists).
    UPDATE audit_chain SET last_pos = head.last_pos + 1, last_seq = head.seq, last_hash = v_hash
    WHERE chain = head.chain;
    RETURN head.seq;
END
$$;

-- Every audit_record and audit_record_list row names an existing audit entry (V2_4), checked per statement.
CREATE FUNCTION audit_records_name_entries() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    missing BIGINT;
BEGIN
    SELECT n.entry_seq INTO missing
    FROM inserted_records n
    WHERE NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.seq = n.entry_seq)
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'audit_record names audit entry % which does not exist', missing
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER audit_record_entry_exists ON audit_record;
DROP TRIGGER audit_record_list_entry_exists ON audit_record_list;
DROP FUNCTION audit_record_entry_exists();

CREATE TRIGGER audit_record_entries_exist AFTER INSERT ON audit_record
    REFERENCING NEW TABLE AS inserted_records
    FOR EACH STATEMENT EXECUTE FUNCTION audit_records_name_entries();
CREATE TRIGGER audit_record_list_entries_exist AFTER INSERT ON audit_record_list
    REFERENCING NEW TABLE AS inserted_records
    FOR EACH STATEMENT EXECUTE FUNCTION audit_records_name_entries();
