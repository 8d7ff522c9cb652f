package org.jsis.register.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsis.register.Designation;
import org.jsis.register.EntityName;
import org.jsis.register.EntityRecord;
import org.jsis.register.Identifier;
import org.jsis.register.ImportFormatException;
import org.jsis.register.ImportProgress;
import org.jsis.register.Predicate;
import org.jsis.register.RelationshipRef;
import org.jsis.register.Topic;
import org.junit.jupiter.api.Test;

class FtmReaderTests {

    private ParsedSource read(String text) {
        return new FtmReader()
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
    }

    @Test
    void readsEntitiesAndTheirLinks() {
        ParsedSource source =
                new FtmReader().read(getClass().getResourceAsStream("/register/sample.ftm.jsonl"), ImportProgress.NONE);
        Map<String, EntityRecord> byRef = source.records().stream()
                .map(ParsedRecord::record)
                .collect(Collectors.toMap(EntityRecord::sourceRef, Function.identity()));
        assertThat(byRef).containsOnlyKeys("t-org-1", "t-org-2", "t-person-1", "t-person-2");
        assertThat(source.skipped()).isEqualTo(1);

        EntityRecord org = byRef.get("t-org-1");
        assertThat(org.topics()).containsExactly(Topic.TERRORISM, Topic.EXTREMISM, Topic.SANCTIONS);
        assertThat(org.areas()).containsExactly("Ferghana Valley");
        assertThat(org.names()).extracting(EntityName::script).contains("Latn", "Cyrl");
        assertThat(org.names()).anySatisfy(n -> assertThat(n.quality()).isEqualTo(EntityName.Quality.WEAK));
        assertThat(org.designations()).singleElement().satisfies(d -> {
            assertThat(d.authorityKind()).isEqualTo(Designation.AuthorityKind.STATE_COURT);
            assertThat(d.authorityState()).isEqualTo("UZB");
            assertThat(d.listedOn()).isEqualTo(LocalDate.of(2005, 3, 1));
        });
        assertThat(org.sources())
                .singleElement()
                .satisfies(s -> assertThat(s.publisher()).isEqualTo("Interfax"));

        EntityRecord person = byRef.get("t-person-1");
        assertThat(person.patronymic()).isEqualTo("Petrovich");
        assertThat(person.nationalities()).containsExactly("RU", "UZ");
        assertThat(person.topics()).containsExactly(Topic.WANTED, Topic.ENTRY_BAN);
        assertThat(person.identifiers())
                .singleElement()
                .extracting(Identifier::kind)
                .isEqualTo(Identifier.Kind.PASSPORT);
        assertThat(person.designations()).singleElement().satisfies(d -> {
            assertThat(d.authorityKind()).isEqualTo(Designation.AuthorityKind.UNSC);
            assertThat(d.delistedOn()).isEqualTo(LocalDate.of(2015, 6, 30));
        });
        assertThat(person.relationships())
                .extracting(RelationshipRef::predicate)
                .containsExactly(Predicate.MEMBER_OF);
        assertThat(byRef.get("t-org-2").relationships())
                .extracting(RelationshipRef::predicate, RelationshipRef::targetRef)
                .containsExactly(tuple(Predicate.SUCCESSOR_OF, "t-org-1"));
        assertThat(byRef.get("t-person-2").designations()).singleElement().satisfies(d -> {
            assertThat(d.authorityKind()).isEqualTo(Designation.AuthorityKind.OTHER);
            assertThat(d.authorityState()).isNull();
        });
        assertThat(byRef.get("t-person-2").relationships())
                .extracting(RelationshipRef::predicate)
                .containsExactly(Predicate.LEADER_OF);
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        String text =
                "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n\n{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"B\"]}\n";
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(ImportFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isNotNull();
        });
    }

    @Test
    void reportsAnEntityWithoutNameOrWithABadDate() {
        assertThatThrownBy(() -> read("{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{}}"))
                .isInstanceOfSatisfying(ImportFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.problem()).contains("no name");
                });
        assertThatThrownBy(
                        () -> read(
                                "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}\n"
                                        + "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"B\"],\"birthDate\":[\"12.03.1971\"]}}"))
                .isInstanceOfSatisfying(ImportFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.problem()).contains("12.03.1971");
                });
    }
}
