-- The one visibility rule of JSIS, evaluated in SQL wherever records with personal or operational data
-- are read: WHERE jsis_can_see(owner_state, distribution, shared_with, :viewerState, :viewerOn).

-- Membership on a date comes from the organisation module: jsis_is_member(state, date) (V1_5).

-- May a viewer from viewer_state see a record, on viewer_on?
--   * a viewer whose state is not a member on that date sees nothing (suspended, withdrawn, unknown);
--   * the owner state sees its records; a state in shared_with sees SELECTED_STATES records;
--     every member state sees ALL_MEMBERS records;
--   * viewer_state NULL is the Secretariat: it sees only what the states shared with the whole
--     organisation (ALL_MEMBERS), never OWNER_ONLY or SELECTED_STATES records;
--   * an unknown distribution is never visible (the columns carry a CHECK as well).
CREATE FUNCTION jsis_can_see(owner_state CHAR(3), distribution TEXT, shared_with CHAR(3)[],
                             viewer_state CHAR(3), viewer_on DATE) RETURNS BOOLEAN
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN viewer_on IS NULL OR owner_state IS NULL OR distribution IS NULL THEN FALSE
        WHEN viewer_state IS NULL THEN distribution = 'ALL_MEMBERS'
        WHEN NOT jsis_is_member(viewer_state, viewer_on) THEN FALSE
        WHEN viewer_state = owner_state THEN distribution IN ('OWNER_ONLY', 'SELECTED_STATES', 'ALL_MEMBERS')
        WHEN distribution = 'ALL_MEMBERS' THEN TRUE
        WHEN distribution = 'SELECTED_STATES' THEN viewer_state = ANY (coalesce(shared_with, '{}'))
        ELSE FALSE
    END
$$;
