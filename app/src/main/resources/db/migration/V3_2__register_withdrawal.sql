-- Deleting a register entity withdraws it instead (a register keeps its history): the row and all its
-- parts stay, marked with when and by whom it was withdrawn. A withdrawn entity is left out of screening,
-- of the default search and of exports, and is shown with the search filter status=WITHDRAWN.
ALTER TABLE register_entity
    ADD COLUMN withdrawn_at TIMESTAMPTZ,
    ADD COLUMN withdrawn_by TEXT,
    ADD CONSTRAINT register_entity_withdrawn_check CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL));
