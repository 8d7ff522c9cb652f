-- The visibility rule with the viewer's membership judged once per statement (issue 5: a screening's hits query;
-- issue 6: the border check's reads).
--
-- jsis_can_see (V2_1) is inlined into a query, but its membership test calls jsis_membership_status (V1_5), an SQL
-- function with a FROM clause that PostgreSQL cannot inline: it ran once for every row the predicate was evaluated
-- on, and its statement was planned again on every execution of the query that called it. Measured on the filled
-- 1,000,000-entry register: the screening's hits query with ten ids, 0.29 ms, of which 0.22 ms was that predicate.
--
-- The rule is now split in two, and org.jsis.security.Visibility writes the predicate as
--     jsis_can_see_admitted(owner_state, distribution, shared_with, :viewerState,
--                           (SELECT admitted FROM jsis_viewer(:viewerState, :viewerOn)))
-- * jsis_viewer: may this viewer see anything at all on that date? A set-returning SQL function of one row, so that
--   PostgreSQL inlines its statement into the query that calls it: the sub-select depends on the statement's
--   parameters only, so it becomes an InitPlan, evaluated once per execution and planned with the query (a prepared
--   statement keeps its plan). False when the date is missing, or when the viewer's state is not a member on that
--   date (jsis_membership_status's statement, written out: among the periods covering the date, the one that started
--   last; no period, SUSPENDED or WITHDRAWN is not a member). The Secretariat (no state) is admitted.
-- * jsis_can_see_admitted: the per-row part, with the membership already decided; an expression of its arguments
--   (IMMUTABLE), inlined. Owner, SELECTED_STATES recipients, ALL_MEMBERS and the Secretariat's ALL_MEMBERS only,
--   exactly as jsis_can_see.
-- jsis_can_see itself is unchanged and judges every case as the pair does (VisibilityIntegrationTests compares them
-- over every owner, distribution, recipient list, viewer and date around each membership period's boundaries).

CREATE FUNCTION jsis_viewer(viewer_state CHAR(3), viewer_on DATE) RETURNS TABLE (admitted BOOLEAN)
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT viewer_on IS NOT NULL
           AND (viewer_state IS NULL
                OR coalesce((SELECT p.status = 'MEMBER'
                               FROM membership_period p
                              WHERE p.state_code = viewer_state
                                AND p.valid_from <= viewer_on
                                AND (p.valid_to IS NULL OR viewer_on < p.valid_to)
                              ORDER BY p.valid_from DESC
                              LIMIT 1), false))
$$;

CREATE FUNCTION jsis_can_see_admitted(owner_state CHAR(3), distribution TEXT, shared_with CHAR(3)[],
                                      viewer_state CHAR(3), viewer_admitted BOOLEAN) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN viewer_admitted IS NOT TRUE OR owner_state IS NULL OR distribution IS NULL THEN FALSE
        WHEN viewer_state IS NULL THEN distribution = 'ALL_MEMBERS'
        WHEN viewer_state = owner_state THEN distribution IN ('OWNER_ONLY', 'SELECTED_STATES', 'ALL_MEMBERS')
        WHEN distribution = 'ALL_MEMBERS' THEN TRUE
        WHEN distribution = 'SELECTED_STATES' THEN viewer_state = ANY (coalesce(shared_with, '{}'))
        ELSE FALSE
    END
$$;

