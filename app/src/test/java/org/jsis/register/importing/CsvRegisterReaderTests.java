package org.jsis.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.ImportFormatException;
import org.jsis.register.ImportProgress;
import org.jsis.register.Predicate;
import org.jsis.register.RelationshipRef;
import org.junit.jupiter.api.Test;

class CsvRegisterReaderTests {

    private ParsedSource read(String text) {
        return new CsvRegisterReader()
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
    }

    @Test
    void readsTheDemoOrganisationsWithNamesInFourScriptsAndTheirHistory() {
        ParsedSource source = new CsvRegisterReader()
                .read(getClass().getResourceAsStream("/register/demo-organisations.csv"), ImportProgress.NONE);
        Map<String, EntityRecord> byRef = source.records().stream()
                .map(ParsedRecord::record)
                .collect(Collectors.toMap(EntityRecord::sourceRef, Function.identity()));
        assertThat(byRef).containsOnlyKeys("demo-hizb-ut-tahrir", "demo-imu", "demo-imt", "demo-taliban");
        EntityRecord imu = byRef.get("demo-imu");
        assertThat(imu.names()).extracting(EntityName::lang).contains("en", "ru", "uz", "ar");
        assertThat(imu.names()).extracting(EntityName::script).contains("Latn", "Cyrl", "Arab");
        assertThat(imu.designations()).extracting(Designation::reference).contains("QDe.010");
        assertThat(imu.designations()).hasSize(2);
        assertThat(byRef.get("demo-taliban").designations()).hasSize(3);
        assertThat(byRef.get("demo-imt").relationships())
                .extracting(RelationshipRef::predicate, RelationshipRef::targetRef)
                .containsExactly(tuple(Predicate.SUCCESSOR_OF, "demo-imu"));
        assertThat(byRef.get("demo-hizb-ut-tahrir").sources())
                .extracting(s -> s.publisher())
                .containsExactly("Interfax", "RIA-Novosti", "Regnum");
    }

    @Test
    void namesTheLineAndColumnOfABadCell() {
        String csv = "source_ref,kind,name,birth_dates\n" + "a,person,Anna,1970\n" + "b,person,Boris,12/03/1971\n";
        assertThatThrownBy(() -> read(csv)).isInstanceOfSatisfying(ImportFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.record()).isEqualTo(2);
            assertThat(e.problem()).contains("birth_dates").contains("12/03/1971");
        });
    }

    @Test
    void rejectsUnknownColumnsAndMissingRequiredOnes() {
        assertThatThrownBy(() -> read("source_ref,kind,name,colour\na,person,Anna,red\n"))
                .isInstanceOfSatisfying(ImportFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.problem()).contains("colour");
                });
        assertThatThrownBy(() -> read("source_ref,name\na,Anna\n"))
                .isInstanceOfSatisfying(
                        ImportFormatException.class,
                        e -> assertThat(e.problem()).contains("kind"));
    }

    @Test
    void reportsAnUnterminatedQuote() {
        assertThatThrownBy(() -> read("source_ref,kind,name\na,person,\"Anna\nb,person,Boris\n"))
                .isInstanceOf(ImportFormatException.class);
    }
}
