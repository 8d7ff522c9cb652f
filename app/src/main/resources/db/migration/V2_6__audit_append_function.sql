-- An audit append in one statement (issue 6: the single-crossing API).
--
-- Until now an append was two round trips: the first locked a chain head and took the next seq, so that
-- the application could compute the entry's hash (which covers seq, the chain, its position and the
-- previous hash); the second wrote the entry, its records and the moved head. audit_append does all of
-- it in one call: it locks the head exactly as before (the transaction's own chain when it has one,
-- jsis.audit_chain; else the lowest-numbered chain no other transaction holds, FOR UPDATE SKIP LOCKED;
-- when every head is held, it waits for the given one), takes seq from audit_entry_seq under that lock,
-- completes the format-2 hash of org.jsis.audit.internal.AuditHash: SHA-256 of the previous hash,
-- "jsis-audit-v2", the chain, the position, the previous entry's seq and the seq (each as its decimal text,
-- length-prefixed: 4 bytes big-endian, then the bytes) followed by p_content, the rest of the fields as the
-- application encodes them (AuditHash.afterSeq, from the same values it passes here), then writes the
-- entry, its records (rows, or lists from the given run starts and lengths, as V2_5) and moves the head.
-- What is stored, and the hash, are unchanged: `jsis audit verify` recomputes every hash from the rows.

CREATE FUNCTION audit_append(
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
    -- The entry and its records in one statement.
    WITH e AS (
        INSERT INTO audit_entry (seq, at, user_id, username, agency_code, state_code, action, purpose, query_terms,
                                 prev_hash, entry_hash, chain, chain_pos, prev_seq, format)
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
        FROM e, unnest(p_types, p_ids, p_owners) WITH ORDINALITY AS r (t, i, o, k)
        WHERE coalesce(cardinality(p_list_starts), 0) = 0),
    l AS (
        INSERT INTO audit_record_list (entry_seq, position, record_type, owner_state, record_ids)
        SELECT e.seq, l.p, p_types[l.p + 1], p_owners[l.p + 1], p_ids[l.p + 1 : l.p + l.n]
        FROM e, unnest(p_list_starts, p_list_lengths) AS l (p, n))
    SELECT entry_hash INTO v_hash FROM e;
    -- The head moves onto the entry (a statement of its own: its trigger, V2_3, checks the entry exists).
    UPDATE audit_chain SET last_pos = head.last_pos + 1, last_seq = head.seq, last_hash = v_hash
    WHERE chain = head.chain;
    RETURN head.seq;
END
$$;
