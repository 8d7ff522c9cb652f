-- Foreign keys on the high-volume border tables cost a row-level trigger and a key-share row lock per
-- inserted row. Measured on the development machine (2 cores, shared): inserting 200,000 crossings
-- took 13.9 s with the five foreign keys of V4_0, 1.7 s with none; 70,000 derived stay statuses took
-- 3.5 s with four, 1.0 s with the owner's only.
--
-- Kept everywhere: owner_state REFERENCES member_state (the team contract). Dropped: references that
-- the writing code guarantees by construction (CrossingStore resolves the checkpoint from the
-- checkpoint table, creates or finds the document and traveller in the same transaction; no API
-- deletes checkpoints, documents or travellers), the host_state references (host_state equals
-- owner_state on these rows), and the references of derived rows (stay statuses, overstays and
-- sequence warnings are rebuilt from the crossings, like a materialised view).

ALTER TABLE border_crossing
    DROP CONSTRAINT border_crossing_checkpoint_id_fkey,
    DROP CONSTRAINT border_crossing_host_state_fkey,
    DROP CONSTRAINT border_crossing_document_id_fkey,
    DROP CONSTRAINT border_crossing_traveller_id_fkey;

ALTER TABLE border_document
    DROP CONSTRAINT border_document_traveller_id_fkey;

ALTER TABLE border_stay_status
    DROP CONSTRAINT border_stay_status_traveller_id_fkey,
    DROP CONSTRAINT border_stay_status_host_state_fkey,
    DROP CONSTRAINT border_stay_status_rule_id_fkey;

ALTER TABLE border_overstay
    DROP CONSTRAINT border_overstay_traveller_id_fkey,
    DROP CONSTRAINT border_overstay_host_state_fkey,
    DROP CONSTRAINT border_overstay_rule_id_fkey;

ALTER TABLE border_warning
    DROP CONSTRAINT border_warning_traveller_id_fkey,
    DROP CONSTRAINT border_warning_host_state_fkey,
    DROP CONSTRAINT border_warning_crossing_id_fkey;

-- Stay statuses are kept for open stays only (the overstayer lists); the rest is computed live.
COMMENT ON TABLE border_stay_status IS 'Derived: status of each open stay, with the rule version used';
