-- The one visibility rule of JSIS, evaluated in SQL wherever records with personal or operational data
-- are read: WHERE jsis_can_see(owner_state, distribution, shared_with, :viewerState, :viewerOn).

-- The membership status of a state on a date is the status of the latest period that has begun by that
-- date and has not ended (valid_to is exclusive: a period ending on 2026-06-01 no longer holds then).
-- A suspension or withdrawal is a later period, so it overrides an open MEMBER period.
CREATE FUNCTION jsis_is_member(state CHAR(3), on_date DATE) RETURNS BOOLEAN
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT coalesce((
        SELECT p.status = 'MEMBER'
        FROM membership_period p
        WHERE p.state_code = state
          AND p.valid_from <= on_date
          AND (p.valid_to IS NULL OR p.valid_to > on_date)
        ORDER BY p.valid_from DESC
        LIMIT 1), FALSE)
$$;

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
