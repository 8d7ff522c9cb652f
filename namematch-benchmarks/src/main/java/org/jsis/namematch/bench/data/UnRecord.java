package org.jsis.namematch.bench.data;

import java.util.ArrayList;
import java.util.List;
import org.jsis.namematch.bench.eval.Kind;
import org.jsis.namematch.bench.eval.ListEntry;

/**
 * One individual or entity of the UN Security Council Consolidated List.
 *
 * @param id the UN reference number, e.g. {@code QDi.001}
 * @param primaryName FIRST_NAME … FOURTH_NAME joined by spaces
 * @param aliases every non-empty ALIAS_NAME (good and low quality)
 * @param originalScriptName NAME_ORIGINAL_SCRIPT, or {@code null}
 * @param birthDates {@code yyyy-mm-dd} or {@code yyyy}; a BETWEEN range gives every year in it
 * @param nationalities NATIONALITY values as written (country names)
 */
public record UnRecord(
        String id,
        Kind kind,
        String primaryName,
        List<String> aliases,
        String originalScriptName,
        List<String> birthDates,
        List<String> nationalities) {

    /** All names: primary, aliases and, when asked, the original-script name. */
    public List<String> names(boolean withOriginalScript) {
        List<String> names = new ArrayList<>();
        names.add(primaryName);
        names.addAll(aliases);
        if (withOriginalScript && originalScriptName != null) {
            names.add(originalScriptName);
        }
        return names;
    }

    public ListEntry entry(boolean withOriginalScript) {
        return new ListEntry(id, kind, names(withOriginalScript), birthDates, nationalities);
    }
}
