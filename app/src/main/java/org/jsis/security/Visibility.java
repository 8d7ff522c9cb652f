package org.jsis.security;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The visibility rule as an SQL predicate and its parameters, for one caller on one date.
 *
 * <p>Every query that reads records with personal or operational data adds it to its {@code WHERE}
 * clause, so that no endpoint, export or search can return a record outside the caller's distribution:
 *
 * {@snippet :
 * Visibility v = Visibility.current();
 * List<Entry> rows = jdbc.sql("SELECT e.* FROM register_entry e WHERE e.id = :id AND " + v.predicate("e"))
 *         .param("id", id)
 *         .params(v.params())
 *         .query(Entry.class)
 *         .list();
 * }
 *
 * The predicate judges each row as {@code jsis_can_see(e.owner_state, e.distribution, e.shared_with,
 * :jsisViewerState, :jsisViewerOn)} does (see {@code V2_1__security_visibility.sql} for the rule: owner, recipients,
 * all members; the Secretariat sees only ALL_MEMBERS records; a state that is not a member on the date sees
 * nothing), written so that the viewer's membership is judged once per statement instead of once per row
 * ({@code V2_7__security_visibility_once.sql}): {@code jsis_can_see_admitted(e.owner_state, e.distribution,
 * e.shared_with, :jsisViewerState, (SELECT admitted FROM jsis_viewer(:jsisViewerState, :jsisViewerOn)))}. The
 * sub-select depends on the parameters only, so PostgreSQL evaluates it once (an InitPlan); the predicate is a
 * boolean expression and can stand wherever {@code jsis_can_see(...)} could.
 *
 * @param viewerState the caller's state, {@code null} for the Secretariat
 * @param viewerOn the date on which membership is judged (today, for a request)
 */
public record Visibility(@Nullable String viewerState, LocalDate viewerOn) {

    public static final String STATE_PARAM = "jsisViewerState";
    public static final String DATE_PARAM = "jsisViewerOn";

    /** For the current request's caller, today. */
    public static Visibility current() {
        return of(CurrentCaller.require(), LocalDate.now());
    }

    public static Visibility of(Caller caller, LocalDate on) {
        return new Visibility(caller.stateCode(), on);
    }

    /** The predicate over the standard columns of the table or alias {@code alias}. */
    public String predicate(String alias) {
        String p = alias.isEmpty() ? "" : alias + ".";
        return predicate(p + "owner_state", p + "distribution", p + "shared_with");
    }

    /** The predicate over the standard columns, unqualified. */
    public String predicate() {
        return predicate("");
    }

    /** The predicate over columns with other names. */
    public String predicate(String ownerColumn, String distributionColumn, String sharedWithColumn) {
        String state = "CAST(:" + STATE_PARAM + " AS CHAR(3))";
        return "jsis_can_see_admitted(" + ownerColumn + ", " + distributionColumn + ", " + sharedWithColumn + ", "
                + state + ", (SELECT admitted FROM jsis_viewer(" + state + ", CAST(:" + DATE_PARAM + " AS DATE))))";
    }

    /** The parameters the predicate names; add them with {@code JdbcClient.StatementSpec.params(Map)}. */
    public Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put(STATE_PARAM, viewerState);
        params.put(DATE_PARAM, viewerOn);
        return params;
    }
}
