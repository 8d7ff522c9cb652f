-- Compact record lists for audit entries that name many records (issue 6: bulk ingest).
--
-- A bulk batch of crossings is one audit entry naming every crossing it recorded: 10,000 records for a
-- batch of 10,000. As audit_record rows that cost, per crossing, a heap row, three index entries and the
-- row trigger of V2_4; measured on the development machine that was as much as writing the crossing
-- itself. An entry with many records now stores them as lists: one audit_record_list row per run of
-- consecutive records of the same type and owner state, holding their ids in order. The row at
-- position p with n ids stands for the records at positions p to p + n - 1, exactly as n audit_record
-- rows would. What an entry lists, its hash (the records are hashed in position order, whichever table
-- holds them) and every reader's answer are unchanged; an entry's records are in one table or the other,
-- never both. Search by one record id scans the lists (there is no index on the ids inside them).

CREATE TABLE audit_record_list (
    entry_seq    BIGINT  NOT NULL,
    position     INT     NOT NULL CHECK (position >= 0),
    record_type  TEXT    NOT NULL,
    owner_state  CHAR(3),
    record_ids   TEXT[]  NOT NULL CHECK (cardinality(record_ids) > 0 AND array_ndims(record_ids) = 1),
    PRIMARY KEY (entry_seq, position)
);
CREATE INDEX audit_record_list_owner_idx ON audit_record_list (owner_state, entry_seq);

-- The rules of audit_record: append-only, and every row names an existing entry.
CREATE TRIGGER audit_record_list_append_only BEFORE UPDATE OR DELETE ON audit_record_list
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_record_list_no_truncate BEFORE TRUNCATE ON audit_record_list
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_record_list_entry_exists BEFORE INSERT ON audit_record_list
    FOR EACH ROW EXECUTE FUNCTION audit_record_entry_exists();

-- Every record of every entry in position order, whichever table holds it (what the hash covers).
CREATE VIEW audit_record_all AS
SELECT entry_seq, position, record_type, record_id, owner_state FROM audit_record
UNION ALL
SELECT l.entry_seq, l.position + (u.n - 1)::int, l.record_type, u.id, l.owner_state
FROM audit_record_list l, unnest(l.record_ids) WITH ORDINALITY AS u (id, n);

DO $$
BEGIN
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_record_list FROM PUBLIC;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_record_list FROM %I', current_user);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jsis_app') THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_record_list FROM jsis_app;
        GRANT SELECT, INSERT ON audit_record_list TO jsis_app;
        GRANT SELECT ON audit_record_all TO jsis_app;
    END IF;
END
$$;
