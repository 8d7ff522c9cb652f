-- The audit columns' CHECK constraints become domains (issues 5 and 6: every register screening, border check
-- and single crossing appends an audit entry).
--
-- PostgreSQL reads a table's CHECK constraints back from their stored form and plans them again at the start of
-- every statement that inserts into or updates the table (stringToNode and expression planning, per statement,
-- also for the cached plans of audit_append's statements): for an append of one record that was about a sixth
-- of its instructions (callgrind, seventh session). A domain's CHECK constraints are planned once and kept in
-- the backend's type cache; a column of the domain type has them evaluated on each stored value. The rules are
-- the same ones, on the same columns, with the same NULL behaviour (a CHECK passes on NULL; the NOT NULLs stay
-- on the columns); only a violation's message names the domain instead of the constraint. The one rule that
-- spans columns (audit_entry_chained) stays a table constraint.
--
-- Measured (bench/pg-callgrind.sh over a copy of the filled 1,000,000-entry register, README, eighth session):
-- audit_append with one record 1.07 M -> 0.82 M instructions, with ten 1.66 M -> 1.44 M.
--
-- What this migration costs: changing a column to a domain with constraints makes PostgreSQL rewrite the table,
-- checking every stored value against the domain (the validation scan) and rebuilding its indexes, under an
-- ACCESS EXCLUSIVE lock (nothing is audited, so nothing is answered, meanwhile). On the copy above (93,316
-- entries, 45 MB; 1,065,430 record rows, 237 MB) at load 10-20: audit_entry 1.0 s, audit_record 7.8 s. Linearly,
-- a 10,000,000-entry trail with one record row an entry takes about 110 s + 75 s, three minutes, and
-- needs the tables' size again in free disk space while it runs. audit_chain (16 rows) and audit_record_list
-- (one row per run of many records) are small. The two views over these columns are dropped and recreated
-- as they were (same columns, names and types), with the read-only trigger and the grants of V2_3 and V2_5.

CREATE DOMAIN audit_positive_bigint AS BIGINT CHECK (VALUE > 0);
CREATE DOMAIN audit_nonnegative_bigint AS BIGINT CHECK (VALUE >= 0);
CREATE DOMAIN audit_nonnegative_int AS INT CHECK (VALUE >= 0);
CREATE DOMAIN audit_chain_number AS SMALLINT CHECK (VALUE >= 0);
CREATE DOMAIN audit_entry_format AS SMALLINT CHECK (VALUE IN (1, 2));
CREATE DOMAIN audit_action_name AS TEXT CHECK (VALUE ~ '^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+$');
CREATE DOMAIN audit_sha256 AS BYTEA CHECK (length(VALUE) = 32);
CREATE DOMAIN audit_record_id_list AS TEXT[] CHECK (cardinality(VALUE) > 0 AND array_ndims(VALUE) = 1);

DROP VIEW audit_chain_head;
DROP VIEW audit_record_all;

ALTER TABLE audit_entry
    DROP CONSTRAINT audit_entry_seq_check,
    DROP CONSTRAINT audit_entry_action_check,
    DROP CONSTRAINT audit_entry_prev_hash_check,
    DROP CONSTRAINT audit_entry_entry_hash_check,
    DROP CONSTRAINT audit_entry_chain_check,
    DROP CONSTRAINT audit_entry_chain_pos_check,
    DROP CONSTRAINT audit_entry_prev_seq_check,
    DROP CONSTRAINT audit_entry_format_check,
    ALTER COLUMN seq TYPE audit_positive_bigint,
    ALTER COLUMN action TYPE audit_action_name,
    ALTER COLUMN prev_hash TYPE audit_sha256,
    ALTER COLUMN entry_hash TYPE audit_sha256,
    ALTER COLUMN chain TYPE audit_chain_number,
    ALTER COLUMN chain_pos TYPE audit_positive_bigint,
    ALTER COLUMN prev_seq TYPE audit_nonnegative_bigint,
    ALTER COLUMN format TYPE audit_entry_format;
ALTER TABLE audit_record
    DROP CONSTRAINT audit_record_position_check,
    ALTER COLUMN position TYPE audit_nonnegative_int;
ALTER TABLE audit_record_list
    DROP CONSTRAINT audit_record_list_position_check,
    DROP CONSTRAINT audit_record_list_record_ids_check,
    ALTER COLUMN position TYPE audit_nonnegative_int,
    ALTER COLUMN record_ids TYPE audit_record_id_list;
ALTER TABLE audit_chain
    DROP CONSTRAINT audit_chain_chain_check,
    DROP CONSTRAINT audit_chain_last_pos_check,
    DROP CONSTRAINT audit_chain_last_seq_check,
    DROP CONSTRAINT audit_chain_last_hash_check,
    ALTER COLUMN chain TYPE audit_chain_number,
    ALTER COLUMN last_pos TYPE audit_nonnegative_bigint,
    ALTER COLUMN last_seq TYPE audit_nonnegative_bigint,
    ALTER COLUMN last_hash TYPE audit_sha256;

-- The views as V2_3 and V2_5 made them, their columns of the base types as before.
CREATE VIEW audit_chain_head AS
SELECT max(last_seq)::bigint AS last_seq, sha256(string_agg(last_hash, ''::bytea ORDER BY chain)) AS last_hash
FROM audit_chain;
CREATE TRIGGER audit_chain_head_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head_read_only();

CREATE VIEW audit_record_all AS
SELECT entry_seq, position::int AS position, record_type, record_id, owner_state FROM audit_record
UNION ALL
SELECT l.entry_seq, l.position + (u.n - 1)::int, l.record_type, u.id, l.owner_state
FROM audit_record_list l, unnest(l.record_ids::text[]) WITH ORDINALITY AS u (id, n);

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jsis_app') THEN
        GRANT SELECT ON audit_chain_head TO jsis_app;
        GRANT SELECT ON audit_record_all TO jsis_app;
    END IF;
END
$$;
