-- audit_append (V2_8) with its entry's hash computed once and the entry inserted by one statement (issues 5 and 6).
--
-- V2_8 wrote the entry's insert, with the hash expression inside it, three times: with the records as rows, with
-- the record lists, and alone. Here the hash is computed once into a variable, the entry is inserted by one
-- statement, and the records (as rows, or as lists, or none) by a second one only when the entry has some. Same
-- arguments and result; the head is locked, the seq taken and the head moved exactly as in V2_6/V2_8; the stored
-- rows and the format-2 hash are the same bytes (SHA-256 of the previous hash, 'jsis-audit-v2', then chain,
-- position, previous seq and seq each as a 4-byte length and its digits, then p_content, AuditHash.afterSeq), so a
-- trail written partly by V2_8's function and partly by this one verifies as one (`jsis audit verify`;
-- AuditAppendIntegrationTests). Measured with bench/pg-callgrind.sh (README, eighth session).

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
    -- The format-2 hash, once ('\x6a7369732d61756469742d7632' is 'jsis-audit-v2'; the numbers' digits are ASCII).
    v_hash := sha256(head.last_hash || '\x6a7369732d61756469742d7632'::bytea
                     || int4send(length(head.chain::text)) || convert_to(head.chain::text, 'UTF8')
                     || int4send(length((head.last_pos + 1)::text)) || convert_to((head.last_pos + 1)::text, 'UTF8')
                     || int4send(length(head.last_seq::text)) || convert_to(head.last_seq::text, 'UTF8')
                     || int4send(length(head.seq::text)) || convert_to(head.seq::text, 'UTF8')
                     || p_content);
    INSERT INTO audit_entry (seq, at, user_id, username, agency_code, state_code, action, purpose, query_terms,
                             prev_hash, entry_hash, chain, chain_pos, prev_seq, format)
    VALUES (head.seq, p_at, p_user_id, p_username, p_agency_code, p_state_code, p_action, p_purpose, p_query_terms,
            head.last_hash, v_hash, head.chain, head.last_pos + 1, head.last_seq, 2);
    -- Its records, as lists (V2_5) or as rows, when it has some: a statement names only the table it writes.
    IF coalesce(cardinality(p_list_starts), 0) > 0 THEN
        INSERT INTO audit_record_list (entry_seq, position, record_type, owner_state, record_ids)
        SELECT head.seq, l.p, p_types[l.p + 1], p_owners[l.p + 1], p_ids[l.p + 1 : l.p + l.n]
        FROM unnest(p_list_starts, p_list_lengths) AS l (p, n);
    ELSIF coalesce(cardinality(p_types), 0) > 0 THEN
        INSERT INTO audit_record (entry_seq, position, record_type, record_id, owner_state)
        SELECT head.seq, (r.k - 1)::int, r.t, r.i, r.o
        FROM unnest(p_types, p_ids, p_owners) WITH ORDINALITY AS r (t, i, o, k);
    END IF;
    -- The head moves onto the entry (a statement of its own: its trigger, V2_3, checks the entry exists).
    UPDATE audit_chain SET last_pos = head.last_pos + 1, last_seq = head.seq, last_hash = v_hash
    WHERE chain = head.chain;
    RETURN head.seq;
END
$$;
