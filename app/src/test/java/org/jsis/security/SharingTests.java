package org.jsis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.jsis.security.internal.InvalidInputException;
import org.junit.jupiter.api.Test;

class SharingTests {

    final Sharing sharing = Sharing.of("ARM", Distribution.SELECTED_STATES, List.of("KAZ", "BLR"));

    Caller of(String state) {
        return new Caller(1, "u", state, "A", Set.of(Role.ANALYST));
    }

    @Test
    void ownerSeesEveryRecipient() {
        assertThat(sharing.viewFor(of("ARM")).sharedWith()).containsExactly("BLR", "KAZ");
    }

    @Test
    void recipientSeesOnlyItself() {
        assertThat(sharing.viewFor(of("KAZ")).sharedWith()).containsExactly("KAZ");
        assertThat(sharing.viewFor(of("KAZ")).distribution()).isEqualTo(Distribution.SELECTED_STATES);
    }

    @Test
    void othersAndSecretariatSeeNoRecipient() {
        assertThat(sharing.viewFor(of("RUS")).sharedWith()).isEmpty();
        assertThat(sharing.viewFor((String) null).sharedWith()).isEmpty();
    }

    @Test
    void selectedStatesNeedsAnotherState() {
        assertThatThrownBy(() -> Sharing.of("ARM", Distribution.SELECTED_STATES, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sharedWith");
        assertThatThrownBy(() -> Sharing.of("ARM", Distribution.OWNER_ONLY, List.of("BLR")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Sharing.of("ARM", Distribution.SELECTED_STATES, List.of("blr")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void unknownDistributionOrRoleIsA400NamingTheField() {
        assertThatThrownBy(() -> Distribution.parse("distribution", "EVERYONE"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("OWNER_ONLY, SELECTED_STATES, ALL_MEMBERS");
        assertThatThrownBy(() -> Role.parse("roles[0]", "KING"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("roles[0]");
    }
}
