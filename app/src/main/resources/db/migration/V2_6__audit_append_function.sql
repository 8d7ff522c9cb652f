-- An audit append in one statement (issue 6: the single-crossing API).
--
-- Until now an append was two round trips: the first locked a chain head and took the next seq, so that
-- the application could compute the entry's hash (which covers seq, the chain, its position and the
-- previous hash); the second wrote the entry, its records and the moved head. audit_append does all of
-- it in the database, in one call: it locks the head exactly as before (the transaction's own chain when
-- it has one, jsis.audit_chain; else the lowest-numbered chain no other transaction holds, FOR UPDATE
-- SKIP LOCKED; when every head is held, it waits for the given one), takes seq from audit_entry_seq under
-- that lock, computes the format-2 hash as org.jsis.audit.internal.AuditHash defines it, writes the
-- entry, its records (rows, or lists from the given run starts and lengths, as V2_5) and moves the head.
-- What is stored, and the hash, are unchanged: `jsis audit verify` recomputes every hash in Java.

CREATE FUNCTION audit_append(
    p_at           TIMESTAMPTZ,
    p_at_micros    BIGINT,   -- p_at as microseconds since 1970 (what the hash covers)
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
    -- The entry and its records in one statement. The hash: every field as its length in UTF-8 bytes (4
    -- bytes, big-endian) and the bytes, NULL as length -1; the entry's place and content, then each
    -- record's type, id and owner in position order (one aggregate over the fields as an array, so that
    -- the statement's plan is cached: function calls on constants would be folded into a plan made anew on
    -- every append).
    WITH e AS (
        INSERT INTO audit_entry (seq, at, user_id, username, agency_code, state_code, action, purpose, query_terms,
                                 prev_hash, entry_hash, chain, chain_pos, prev_seq, format)
        SELECT head.seq, p_at, p_user_id, p_username, p_agency_code, p_state_code, p_action, p_purpose,
               p_query_terms, head.last_hash,
               sha256(head.last_hash || convert_to('jsis-audit-v2', 'UTF8')
                      || string_agg(CASE WHEN x.f IS NULL THEN '\xffffffff'::bytea
                                         ELSE int4send(length(convert_to(x.f, 'UTF8'))) || convert_to(x.f, 'UTF8')
                                    END, ''::bytea ORDER BY x.k)),
               head.chain, head.last_pos + 1, head.last_seq, 2
        FROM unnest(ARRAY[head.chain::text, (head.last_pos + 1)::text, head.last_seq::text, head.seq::text,
                          p_at_micros::text, p_user_id::text, p_username, p_agency_code, p_state_code, p_action,
                          p_purpose, p_query_terms, coalesce(cardinality(p_ids), 0)::text]
                    || ARRAY(SELECT v.f
                             FROM unnest(p_types, p_ids, p_owners) WITH ORDINALITY AS r (t, i, o, n),
                                  LATERAL (VALUES (1, r.t), (2, r.i), (3, r.o)) AS v (j, f)
                             ORDER BY r.n, v.j))
             WITH ORDINALITY AS x (f, k)
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
