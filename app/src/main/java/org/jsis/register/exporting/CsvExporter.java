package org.jsis.register.exporting;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jsis.register.BirthDate;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.Identifier;
import org.jsis.register.RegisterEntity;
import org.jsis.register.SourceCitation;
import org.jsis.register.importing.CsvColumns;

/**
 * Writes the register's CSV format ({@link CsvColumns}): one row per designation (one row when there is
 * none); the source reference is the entity's own, or {@code jsis-<id>} for an entity entered by hand.
 */
public final class CsvExporter implements EntityExporter {

    private CSVPrinter printer;

    @Override
    public void begin(Writer out) throws IOException {
        printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
        printer.printRecord(CsvColumns.ALL);
    }

    @Override
    public void write(RegisterEntity entity, Writer out) throws IOException {
        EntityRecord r = entity.content();
        Map<String, String> cells = new LinkedHashMap<>();
        String ref = r.sourceRef() == null ? "jsis-" + entity.id() : r.sourceRef();
        EntityName primary = r.names().stream()
                .filter(n -> n.type() == EntityName.Type.PRIMARY)
                .findFirst()
                .orElseThrow();
        cells.put(CsvColumns.SOURCE_REF, ref);
        cells.put(CsvColumns.KIND, r.kind().name().toLowerCase(java.util.Locale.ROOT));
        cells.put(CsvColumns.NAME, primary.name());
        cells.put(CsvColumns.NAME_LANG, primary.lang());
        List<String> aliases = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        for (EntityName n : r.names()) {
            if (n == primary) {
                continue;
            }
            String text = n.lang() == null ? n.name() : n.lang() + ":" + n.name();
            if (n.type() == EntityName.Type.PREVIOUS) {
                previous.add(text);
            } else if (n.quality() == EntityName.Quality.WEAK) {
                weak.add(n.name());
            } else {
                aliases.add(text);
            }
        }
        cells.put(CsvColumns.ALIASES, join(aliases));
        cells.put(CsvColumns.WEAK_ALIASES, join(weak));
        cells.put(CsvColumns.PREVIOUS_NAMES, join(previous));
        cells.put(CsvColumns.FIRST_NAME, r.firstName());
        cells.put(CsvColumns.PATRONYMIC, r.patronymic());
        cells.put(CsvColumns.LAST_NAME, r.lastName());
        cells.put(
                CsvColumns.GENDER, r.gender() == null ? null : r.gender().name().toLowerCase(java.util.Locale.ROOT));
        cells.put(
                CsvColumns.BIRTH_DATES,
                join(r.birthDates().stream().map(BirthDate::toText).toList()));
        cells.put(CsvColumns.BIRTH_PLACES, join(r.birthPlaces()));
        cells.put(CsvColumns.NATIONALITIES, join(r.nationalities()));
        cells.put(CsvColumns.PASSPORTS, join(ids(r, Identifier.Kind.PASSPORT)));
        cells.put(CsvColumns.NATIONAL_IDS, join(ids(r, Identifier.Kind.NATIONAL_ID)));
        cells.put(CsvColumns.AREAS, join(r.areas()));
        cells.put(
                CsvColumns.TOPICS,
                join(r.topics().stream().map(t -> t.keyword()).toList()));
        cells.put(CsvColumns.NOTES, r.notes());
        cells.put(
                CsvColumns.SOURCES,
                join(r.sources().stream().map(CsvExporter::source).toList()));
        cells.put(
                CsvColumns.RELATIONSHIPS,
                join(entity.relations().stream()
                        .filter(RegisterEntity.Relation::outgoing)
                        .map(rel -> rel.predicate() + ":" + rel.otherRef())
                        .toList()));
        List<Designation> designations =
                r.designations().isEmpty() ? java.util.Collections.singletonList(null) : r.designations();
        for (Designation d : designations) {
            if (d != null) {
                cells.put(CsvColumns.AUTHORITY_KIND, d.authorityKind().name());
                cells.put(CsvColumns.AUTHORITY, d.authority());
                cells.put(CsvColumns.AUTHORITY_STATE, d.authorityState());
                cells.put(CsvColumns.LEGAL_BASIS, d.legalBasis());
                cells.put(CsvColumns.REFERENCE, d.reference());
                cells.put(CsvColumns.PROGRAM, d.program());
                cells.put(CsvColumns.LISTED_ON, Objects.toString(d.listedOn(), null));
                cells.put(CsvColumns.DELISTED_ON, Objects.toString(d.delistedOn(), null));
            }
            List<String> row = new ArrayList<>();
            for (String column : CsvColumns.ALL) {
                row.add(cells.get(column));
            }
            printer.printRecord(row);
        }
    }

    @Override
    public void end(Writer out) throws IOException {
        printer.flush();
    }

    private static List<String> ids(EntityRecord r, Identifier.Kind kind) {
        return r.identifiers().stream()
                .filter(i -> i.kind() == kind)
                .map(Identifier::number)
                .toList();
    }

    private static String source(SourceCitation s) {
        return String.join(
                        ";",
                        s.publisher(),
                        Objects.toString(s.publishedOn(), ""),
                        Objects.toString(s.url(), ""),
                        Objects.toString(s.title(), ""))
                .replaceAll(";+$", "");
    }

    private static String join(Collection<String> values) {
        return values.isEmpty()
                ? null
                : values.stream().map(v -> v.replace("|", "/")).collect(Collectors.joining("|"));
    }
}
