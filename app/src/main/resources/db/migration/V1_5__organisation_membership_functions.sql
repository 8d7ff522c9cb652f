-- Membership on a date, for SQL callers (for example the security module's jsis_can_see).
-- Rule: among the periods of a state that cover the date, the one that started last wins; so a
-- suspension or withdrawal is recorded by adding a period, and the earlier periods stay as they were.
CREATE FUNCTION jsis_membership_status(state CHAR(3), on_date DATE) RETURNS TEXT
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT p.status
      FROM membership_period p
     WHERE p.state_code = state
       AND p.valid_from <= on_date
       AND (p.valid_to IS NULL OR on_date < p.valid_to)
     ORDER BY p.valid_from DESC
     LIMIT 1
$$;

CREATE FUNCTION jsis_is_member(state CHAR(3), on_date DATE) RETURNS BOOLEAN
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT coalesce(jsis_membership_status(state, on_date) = 'MEMBER', false)
$$;
