package org.jsis.register.importing;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsis.register.BirthDate;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.EntityType;
import org.jsis.register.Identifier;
import org.jsis.register.ImportFormat;
import org.jsis.register.ImportFormatException;
import org.jsis.register.ImportProgress;
import org.jsis.register.Predicate;
import org.jsis.register.RelationshipRef;
import org.jsis.register.SourceCitation;
import org.jsis.register.Topic;
import org.jspecify.annotations.Nullable;

/**
 * Reads the UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST} with {@code INDIVIDUAL}
 * and {@code ENTITY} records) with StAX, one record at a time.
 *
 * <p>Mapping: the record's names FIRST..FOURTH_NAME joined make the primary name; {@code NAME_ORIGINAL_SCRIPT}
 * is a strong alias in its script; individual aliases of quality {@code Good} are strong and {@code Low}
 * weak; entity aliases {@code a.k.a.} are aliases and {@code f.k.a.} previous names. Dates of birth keep
 * their type: EXACT (a date or a year), APPROXIMATELY, BETWEEN (from/to years), and month-year notes such as
 * "Nov. 1973"; other free-text dates stay in the notes. Each record carries one UN Security Council
 * designation (reference number, list type, listed-on date). References to other records in the narrative
 * ("Associated with Islamic Movement of Uzbekistan (QDe.010)") become ASSOCIATED_WITH links, resolved when
 * written against every record of the same owner and source (also delisted ones; links to records never
 * imported are dropped). The reference number is the source reference.
 */
public final class UnXmlReader implements SourceReader {

    static final String UN_URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml";
    private static final Pattern OFFSET_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([+-]\\d{2}:\\d{2}|Z)");
    private static final Pattern REFERENCE = Pattern.compile("\\(([A-Z]{2}[ie]\\.\\d{3})\\)");
    private static final Pattern SLAVIC_PATRONYMIC =
            Pattern.compile("(?i).+(OVICH|EVICH|YEVICH|OVNA|EVNA|YEVNA|ICH|ICHNA|UGLI|OGLU|KYZY)");
    private static final Map<String, String> LEGAL_BASIS = Map.of(
            "Al-Qaida", "UN Security Council resolutions 1267 (1999), 1989 (2011) and 2253 (2015)",
            "Taliban", "UN Security Council resolution 1988 (2011)",
            "DPRK", "UN Security Council resolution 1718 (2006)");

    @Override
    public ParsedSource read(InputStream in, ImportProgress progress) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<ParsedRecord> records = new ArrayList<>();
        LocalDate asOf = LocalDate.now();
        List<Node> pending = new ArrayList<>();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in, "UTF-8");
            boolean sawRoot = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (!sawRoot) {
                    if (!name.equals("CONSOLIDATED_LIST")) {
                        throw error(
                                xml.getLocation(), null, "expected the root element CONSOLIDATED_LIST, found " + name);
                    }
                    sawRoot = true;
                    asOf = generationDate(xml, asOf);
                } else if (name.equals("INDIVIDUAL") || name.equals("ENTITY")) {
                    Location at = xml.getLocation();
                    Node node = Node.read(xml);
                    node.line = at.getLineNumber();
                    node.column = at.getColumnNumber();
                    node.number = pending.size() + 1;
                    pending.add(node);
                    if (pending.size() % 100 == 0) {
                        progress.report("reading", pending.size(), -1);
                    }
                }
            }
            if (!sawRoot) {
                throw new ImportFormatException(ImportFormat.UN_XML, 1, 1, null, "the file is empty", null);
            }
        } catch (XMLStreamException e) {
            Location l = e.getLocation();
            String msg = e.getMessage() == null
                    ? "malformed XML"
                    : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*Message:\\s*", "");
            throw new ImportFormatException(
                    ImportFormat.UN_XML,
                    l == null ? null : l.getLineNumber(),
                    l == null ? null : l.getColumnNumber(),
                    pending.size() + 1,
                    "malformed XML: " + msg.strip(),
                    e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
        SourceCitation citation = new SourceCitation(
                "UN Security Council", "Consolidated United Nations Security Council Sanctions List", UN_URL, asOf);
        for (Node n : pending) {
            try {
                records.add(new ParsedRecord(toRecord(n, citation), n.line, n.number));
            } catch (IllegalArgumentException e) {
                throw new ImportFormatException(
                        ImportFormat.UN_XML,
                        n.line,
                        n.column,
                        n.number,
                        n.name + " " + n.text("REFERENCE_NUMBER") + ": " + e.getMessage(),
                        e);
            }
        }
        progress.report("reading", records.size(), records.size());
        return new ParsedSource(records, asOf, 0);
    }

    private static LocalDate generationDate(XMLStreamReader xml, LocalDate fallback) throws XMLStreamException {
        String generated = xml.getAttributeValue(null, "dateGenerated");
        if (generated == null || generated.isBlank()) {
            return fallback;
        }
        try {
            return OffsetDateTime.parse(generated.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            throw error(xml.getLocation(), null, "dateGenerated must be an ISO date-time, got '" + generated + "'");
        }
    }

    private static ImportFormatException error(Location l, @Nullable Integer record, String message) {
        return new ImportFormatException(
                ImportFormat.UN_XML, l.getLineNumber(), l.getColumnNumber(), record, message, null);
    }

    private static EntityRecord toRecord(Node n, SourceCitation citation) {
        boolean person = n.name.equals("INDIVIDUAL");
        String reference = n.text("REFERENCE_NUMBER");
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("REFERENCE_NUMBER is missing");
        }
        EntityRecord.Builder b = EntityRecord.builder(person ? EntityType.PERSON : EntityType.ORGANISATION)
                .sourceRef(reference);
        List<String> parts = new ArrayList<>();
        for (String field : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String v = n.text(field);
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("FIRST_NAME is missing");
        }
        b.name(EntityName.primary(String.join(" ", parts), null));
        String original = n.text("NAME_ORIGINAL_SCRIPT");
        if (!original.isEmpty()) {
            b.name(EntityName.alias(original, null));
        }
        if (person) {
            personNames(b, parts);
            String gender = n.text("GENDER").toUpperCase(Locale.ROOT);
            if (gender.equals("MALE") || gender.equals("FEMALE")) {
                b.gender(EntityRecord.Gender.valueOf(gender));
            }
        }
        aliases(b, n, person);
        List<String> notes = new ArrayList<>();
        if (person) {
            birthDates(b, n, notes);
            for (Node place : n.children("INDIVIDUAL_PLACE_OF_BIRTH")) {
                String p = joinNonEmpty(place.text("CITY"), place.text("STATE_PROVINCE"), place.text("COUNTRY"));
                if (!p.isEmpty()) {
                    b.birthPlace(p);
                }
            }
            for (Node doc : n.children("INDIVIDUAL_DOCUMENT")) {
                document(b, doc);
            }
        }
        for (Node nat : n.children("NATIONALITY")) {
            nat.values().forEach(b::nationality);
        }
        List<String> positions = n.children("DESIGNATION").stream()
                .flatMap(d -> d.values().stream())
                .toList();
        if (!positions.isEmpty()) {
            notes.add("Position: " + String.join("; ", positions) + ".");
        }
        String comments = n.text("COMMENTS1");
        if (!comments.isEmpty()) {
            notes.add(0, comments);
            Matcher m = REFERENCE.matcher(comments);
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(reference)) {
                    b.relationship(new RelationshipRef(
                            Predicate.ASSOCIATED_WITH,
                            target,
                            null,
                            "Named in the UN narrative summary of " + reference));
                }
            }
        }
        b.notes(String.join("\n", notes));
        String listType = n.text("UN_LIST_TYPE");
        if (listType.equals("Al-Qaida") || listType.equals("Taliban")) {
            b.topic(Topic.TERRORISM);
        }
        b.topic(Topic.SANCTIONS);
        b.designation(new Designation(
                Designation.AuthorityKind.UNSC,
                "UN Security Council",
                null,
                LEGAL_BASIS.getOrDefault(
                        listType, listType.isEmpty() ? null : "UN Security Council sanctions list: " + listType),
                reference,
                listType.isEmpty() ? null : listType,
                date(n.text("LISTED_ON"), "LISTED_ON"),
                null));
        b.source(citation);
        return b.build();
    }

    private static void personNames(EntityRecord.Builder b, List<String> parts) {
        b.firstName(parts.get(0));
        if (parts.size() >= 2) {
            b.lastName(parts.get(parts.size() - 1));
        }
        if (parts.size() == 3 && SLAVIC_PATRONYMIC.matcher(parts.get(1)).matches()) {
            b.patronymic(parts.get(1));
        }
    }

    private static void aliases(EntityRecord.Builder b, Node n, boolean person) {
        for (Node alias : n.children(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            String name = alias.text("ALIAS_NAME");
            if (name.isEmpty()) {
                continue;
            }
            String quality = alias.text("QUALITY").toLowerCase(Locale.ROOT);
            switch (quality) {
                case "low" -> b.name(EntityName.weakAlias(name));
                case "f.k.a." -> b.name(EntityName.previous(name, null));
                default -> b.name(EntityName.alias(name, null));
            }
        }
    }

    private static void birthDates(EntityRecord.Builder b, Node n, List<String> notes) {
        for (Node dob : n.children("INDIVIDUAL_DATE_OF_BIRTH")) {
            String type = dob.text("TYPE_OF_DATE").toUpperCase(Locale.ROOT);
            BirthDate.Qualifier q =
                    type.equals("APPROXIMATELY") ? BirthDate.Qualifier.APPROXIMATELY : BirthDate.Qualifier.EXACT;
            String date = withoutOffset(dob.text("DATE"));
            String year = dob.text("YEAR");
            String from = dob.text("FROM_YEAR");
            String to = dob.text("TO_YEAR");
            String note = dob.text("NOTE");
            if (!from.isEmpty() && !to.isEmpty()) {
                b.birthDate(new BirthDate(BirthDate.Qualifier.BETWEEN, from, to));
            } else if (!date.isEmpty()) {
                b.birthDate(new BirthDate(q, date, null));
            } else if (!year.isEmpty()) {
                b.birthDate(new BirthDate(q, year, null));
            } else if (!note.isEmpty()) {
                BirthDate parsed = MonthYear.parse(note, q);
                if (parsed != null) {
                    b.birthDate(parsed);
                } else {
                    notes.add("Date of birth as given: " + note + ".");
                }
            }
        }
    }

    private static void document(EntityRecord.Builder b, Node doc) {
        String number = doc.text("NUMBER");
        if (number.isEmpty()) {
            return;
        }
        String type = doc.text("TYPE_OF_DOCUMENT").toLowerCase(Locale.ROOT);
        Identifier.Kind kind = type.contains("pass") || type.contains("pasaporte")
                ? Identifier.Kind.PASSPORT
                : type.contains("national") || type.contains("identi")
                        ? Identifier.Kind.NATIONAL_ID
                        : Identifier.Kind.OTHER;
        String country =
                doc.text("ISSUING_COUNTRY").isEmpty() ? doc.text("COUNTRY_OF_ISSUE") : doc.text("ISSUING_COUNTRY");
        String note = joinNonEmpty(
                doc.text("TYPE_OF_DOCUMENT2"),
                doc.text("DATE_OF_ISSUE").isEmpty() ? "" : "issued " + doc.text("DATE_OF_ISSUE"),
                doc.text("CITY_OF_ISSUE"),
                doc.text("NOTE"));
        b.identifier(new Identifier(
                kind, number, org.jsis.register.Countries.normalise(country), note.isEmpty() ? null : note));
    }

    /** The list writes some dates with a time-zone offset ({@code 2015-04-07-04:00}); the day is what counts. */
    private static String withoutOffset(String date) {
        return OFFSET_DATE.matcher(date).matches() ? date.substring(0, 10) : date;
    }

    private static @Nullable LocalDate date(String text, String field) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(withoutOffset(text));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be YYYY-MM-DD, got '" + text + "'");
        }
    }

    private static String joinNonEmpty(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return String.join(", ", out);
    }
}
