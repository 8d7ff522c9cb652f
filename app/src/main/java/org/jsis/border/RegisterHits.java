package org.jsis.border;

import java.util.List;
import org.jsis.security.Caller;

/**
 * Register hits for a border check: the names of the document screened against the register (over
 * name variants, by the register module's matcher), each hit naming the state that owns the entry.
 */
public interface RegisterHits {

    List<BorderCheckResult.Reason> screen(List<String> names, DocumentData document, Caller caller);
}
