package org.jsis.register.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything read from one file.
 *
 * @param records the entities, in file order
 * @param asOf the date the source speaks for (the UN list's generation date; otherwise the import day),
 *     used as the delisting date of records gone from it
 * @param skipped records the register does not hold (e.g. FtM addresses) or links to records not in the file
 */
public record ParsedSource(List<ParsedRecord> records, LocalDate asOf, int skipped) {}
