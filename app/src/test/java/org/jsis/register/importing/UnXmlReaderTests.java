package org.jsis.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsis.register.BirthDate;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.EntityType;
import org.jsis.register.Identifier;
import org.jsis.register.ImportFormatException;
import org.jsis.register.ImportProgress;
import org.jsis.register.Predicate;
import org.jsis.register.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnXmlReaderTests {

    private Map<String, EntityRecord> byRef;
    private ParsedSource source;

    static InputStream excerpt() {
        return UnXmlReaderTests.class.getResourceAsStream("/register/un-consolidated-excerpt.xml");
    }

    @BeforeEach
    void readExcerpt() {
        source = new UnXmlReader().read(excerpt(), ImportProgress.NONE);
        byRef = source.records().stream()
                .map(ParsedRecord::record)
                .collect(Collectors.toMap(EntityRecord::sourceRef, Function.identity()));
    }

    @Test
    void readsEveryIndividualAndEntityWithTheListDate() {
        assertThat(source.records()).hasSize(9);
        assertThat(source.records().stream().filter(r -> r.record().kind() == EntityType.PERSON))
                .hasSize(5);
        assertThat(source.asOf()).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void keepsOriginalScriptNamesAndDesignation() {
        EntityRecord akhund = byRef.get("TAi.002");
        assertThat(akhund.caption()).isEqualTo("MOHAMMAD HASSAN AKHUND");
        assertThat(akhund.names()).anySatisfy(n -> {
            assertThat(n.name()).isEqualTo("محمد حسن آخوند");
            assertThat(n.script()).isEqualTo("Arab");
            assertThat(n.type()).isEqualTo(EntityName.Type.ALIAS);
        });
        Designation d = akhund.designations().get(0);
        assertThat(d.authorityKind()).isEqualTo(Designation.AuthorityKind.UNSC);
        assertThat(d.reference()).isEqualTo("TAi.002");
        assertThat(d.program()).isEqualTo("Taliban");
        assertThat(d.listedOn()).isEqualTo(LocalDate.of(2001, 1, 25));
        assertThat(akhund.topics()).containsExactly(Topic.TERRORISM, Topic.SANCTIONS);
        assertThat(akhund.nationalities()).containsExactly("AF");
    }

    @Test
    void readsBirthDatesOfEveryType() {
        assertThat(byRef.get("TAi.002").birthDates())
                .contains(new BirthDate(BirthDate.Qualifier.BETWEEN, "1955", "1958"));
        assertThat(byRef.get("TAi.174").birthDates())
                .extracting(BirthDate::qualifier)
                .contains(BirthDate.Qualifier.EXACT, BirthDate.Qualifier.APPROXIMATELY);
        // "Nov. 1973" given only as a note
        assertThat(byRef.get("CDi.004").birthDates()).contains(BirthDate.exact("1973-11"));
    }

    @Test
    void mapsAliasQualities() {
        assertThat(byRef.get("TAi.174").names())
                .filteredOn(n -> n.quality() == EntityName.Quality.WEAK)
                .hasSize(3);
        assertThat(byRef.get("CDe.001").names())
                .filteredOn(n -> n.type() == EntityName.Type.PREVIOUS)
                .extracting(EntityName::name)
                .contains("ADF/NALU");
        assertThat(byRef.get("QDe.010").names()).extracting(EntityName::name).contains("IMU");
    }

    @Test
    void readsCyrillicOriginalNamesPatronymicsAndDocuments() {
        EntityRecord umarov = byRef.get("QDi.290");
        assertThat(umarov.names()).anySatisfy(n -> assertThat(n.script()).isEqualTo("Cyrl"));
        assertThat(umarov.patronymic()).isEqualTo("KHAMATOVICH");
        assertThat(umarov.identifiers()).extracting(Identifier::kind).contains(Identifier.Kind.PASSPORT);
    }

    @Test
    void linksRecordsNamedInTheNarrative() {
        assertThat(byRef.get("QDe.010").relationships()).anySatisfy(r -> {
            assertThat(r.predicate()).isEqualTo(Predicate.ASSOCIATED_WITH);
            assertThat(r.targetRef()).isEqualTo("QDe.119");
        });
    }

    @Test
    void reportsBrokenXmlWithLineAndColumn() {
        String broken = "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n"
                + "<FIRST_NAME>A</FIRST_NAME>\n<REFERENCE_NUMBER>X</REFERENCE_NUMBER\n</INDIVIDUAL>";
        assertThatThrownBy(() -> new UnXmlReader().read(stream(broken), ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.column()).isNotNull();
                    assertThat(e.getMessage()).contains("line 7");
                });
    }

    @Test
    void reportsARecordWithoutReferenceAtItsPosition() {
        String missing = "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">\n<ENTITIES>\n"
                + "<ENTITY><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>QDe.1</REFERENCE_NUMBER></ENTITY>\n"
                + "<ENTITY><FIRST_NAME>B</FIRST_NAME></ENTITY>\n</ENTITIES></CONSOLIDATED_LIST>";
        assertThatThrownBy(() -> new UnXmlReader().read(stream(missing), ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.record()).isEqualTo(2);
                    assertThat(e.problem()).contains("REFERENCE_NUMBER");
                });
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
