package org.jsis.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's reference data on the real PostgreSQL, as migrated. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationDirectoryIntegrationTests {

    private static final LocalDate SEED_DAY = LocalDate.of(2007, 5, 23);

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSevenStatesOfTheSeedArticleAreMembersOnItsDay() {
        assertThat(directory.standings(SEED_DAY))
                .extracting(s -> s.state().code())
                .containsExactly("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB");
        assertThat(directory.standings(SEED_DAY)).allMatch(Standing::isMember);
    }

    @Test
    void uzbekistanIsNotAMemberBeforeItsMembershipWasRestored() {
        LocalDate dayBefore = LocalDate.of(2006, 6, 22);
        assertThat(directory.standings(dayBefore)).hasSize(6);
        assertThat(directory.isMember("UZB", dayBefore)).isFalse();
        assertThat(directory.isMember("UZB", dayBefore.plusDays(1))).isTrue();
        assertThat(directory.standing("uzb", dayBefore)).isEmpty();
    }

    @Test
    @Transactional // rolled back: other tests may share the database
    void suspensionIsANewPeriodAndTakesEffectOnItsFirstDay() {
        LocalDate suspended = LocalDate.of(2012, 12, 20);
        int periodsBefore = directory.membershipHistory("UZB").size();

        directory.recordMembershipChange("UZB", MembershipStatus.SUSPENDED, suspended, null, "test suspension");

        assertThat(directory.isMember("UZB", suspended.minusDays(1))).isTrue();
        assertThat(directory.isMember("UZB", suspended)).isFalse();
        assertThat(directory.isMember("UZB", suspended.plusDays(1))).isFalse();
        assertThat(directory.standing("UZB", suspended.plusDays(1)))
                .get()
                .extracting(Standing::status)
                .isEqualTo(MembershipStatus.SUSPENDED);
        // The earlier period is kept unchanged: history is never overwritten.
        assertThat(directory.membershipHistory("UZB"))
                .hasSize(periodsBefore + 1)
                .first()
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(MembershipStatus.MEMBER);
                    assertThat(p.validFrom()).isEqualTo(LocalDate.of(2006, 6, 23));
                    assertThat(p.validUntil()).isNull();
                });
        // The stretch of the membership in force the day before ends where the suspension starts.
        assertThat(directory
                        .standing("UZB", suspended.minusDays(1))
                        .orElseThrow()
                        .until())
                .isEqualTo(suspended);
        // And SQL callers (jsis_is_member) see the same.
        assertThat(jdbc.sql("SELECT jsis_is_member('UZB', :d)")
                        .param("d", suspended.plusDays(1))
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    @Transactional
    void boundedSuspensionEndsAndMembershipResumes() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        LocalDate until = LocalDate.of(2030, 7, 1);
        directory.recordMembershipChange("ARM", MembershipStatus.SUSPENDED, from, until, "test");

        assertThat(directory.isMember("ARM", until.minusDays(1))).isFalse();
        assertThat(directory.isMember("ARM", until)).isTrue();
        Standing after = directory.standing("ARM", until).orElseThrow();
        assertThat(after.since()).isEqualTo(until);
        assertThat(after.until()).isNull();
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItStartsOrAnUnknownState() {
        LocalDate day = LocalDate.of(2030, 1, 1);
        assertThatThrownBy(() -> directory.recordMembershipChange("ARM", MembershipStatus.SUSPENDED, day, day, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must end after it starts");
        assertThatThrownBy(() -> directory.recordMembershipChange("XYZ", MembershipStatus.MEMBER, day, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'XYZ'");
    }

    @Test
    void kyrgyzstanChairsInTheFirstHalfOf2008() {
        assertThat(directory.chairmanship(LocalDate.of(2007, 12, 31))).isEmpty();
        assertThat(directory.chairmanship(LocalDate.of(2008, 1, 1)))
                .get()
                .extracting(t -> t.state().code())
                .isEqualTo("KGZ");
        assertThat(directory.chairmanship(LocalDate.of(2008, 6, 30))).isPresent();
        assertThat(directory.chairmanship(LocalDate.of(2008, 7, 1))).isEmpty();
    }

    @Test
    void bodiesIncludeTheSecretariatWithItsSecretaryGeneral() {
        assertThat(directory.bodies())
                .extracting(Body::code)
                .contains("CSC", "CFM", "CDM", "CSSC", "PC", "SEC", "JS", "ATC", "WG-AFG", "SCO", "CIS-ATC");
        Body secretariat = directory.bodies().stream()
                .filter(b -> b.code().equals("SEC"))
                .findFirst()
                .orElseThrow();
        assertThat(secretariat.headNameEn()).isEqualTo("Nikolai Bordyuzha");
        assertThat(directory.bodies().stream().filter(b -> b.code().equals("ATC")))
                .singleElement()
                .extracting(Body::status)
                .isEqualTo(Body.Status.BEING_FORMED);
    }

    @Test
    void everyMemberStateHasBorderMigrationAndSecurityAgencies() {
        for (MemberState state : directory.states()) {
            assertThat(directory.agencies(state.code()))
                    .as(state.code())
                    .extracting(Agency::kind)
                    .contains(Agency.Kind.BORDER, Agency.Kind.MIGRATION, Agency.Kind.SECURITY);
            assertThat(directory.agencies(state.code()))
                    .allMatch(a -> state.code().equals(a.stateCode()));
        }
        assertThat(directory.agency("kgz-border"))
                .get()
                .extracting(Agency::stateCode)
                .isEqualTo("KGZ");
        assertThat(directory.agency("CSTO-SEC"))
                .get()
                .satisfies(a -> assertThat(a.isOrganisationLevel()).isTrue());
        assertThat(directory.agency("NOPE")).isEmpty();
    }
}
