-- Designations by authorities outside the member states, the Committee and the UN Security Council (for
-- example a sanctions list of another country, read from FollowTheMoney data) are kind OTHER.
ALTER TABLE register_designation DROP CONSTRAINT register_designation_authority_kind_check;
ALTER TABLE register_designation ADD CONSTRAINT register_designation_authority_kind_check
    CHECK (authority_kind IN ('STATE_COURT', 'STATE_AGENCY', 'ATC', 'UNSC', 'OTHER'));
