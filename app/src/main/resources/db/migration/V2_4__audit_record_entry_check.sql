-- audit_record.entry_seq referenced audit_entry(seq) by a foreign key. PostgreSQL checks a foreign key
-- with SELECT ... FOR KEY SHARE on the referenced row, run as the referenced table's owner, and row
-- locks need the UPDATE privilege, which V2_2 takes away from the owner on audit_entry when it is not a
-- superuser (an external PostgreSQL, bench/external-pg-tests). Every audited write then failed there.
-- Audit entries are never updated or deleted (triggers and privileges), so the row lock protects
-- nothing: the same rule is kept by a trigger that only reads.
DO $$
DECLARE
    fk TEXT;
BEGIN
    FOR fk IN
        SELECT conname FROM pg_constraint
         WHERE conrelid = 'audit_record'::regclass AND contype = 'f'
           AND confrelid = 'audit_entry'::regclass
    LOOP
        EXECUTE format('ALTER TABLE audit_record DROP CONSTRAINT %I', fk);
    END LOOP;
END
$$;

CREATE FUNCTION audit_record_entry_exists() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_entry WHERE seq = NEW.entry_seq) THEN
        RAISE EXCEPTION 'audit_record names audit entry % which does not exist', NEW.entry_seq
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_record_entry_exists BEFORE INSERT ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_entry_exists();
