package org.jsis.border.web;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Request bodies for border tests; every call makes fresh ids and document numbers. */
final class BorderFixtures {

    private BorderFixtures() {}

    static String docNumber() {
        return "T" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    static String crossing(
            UUID id,
            String direction,
            String checkpoint,
            Instant at,
            String number,
            String issuer,
            String surname,
            String given,
            String birth,
            String nationality) {
        return """
                {"id": "%s", "direction": "%s", "checkpoint": "%s", "crossedAt": "%s",
                 "document": {"type": "PASSPORT", "number": "%s", "issuingState": "%s", "surname": "%s",
                              "givenNames": "%s", "birthDate": "%s", "sex": "M", "nationality": "%s",
                              "expiry": "2031-01-01"},
                 "purpose": "TOURISM"}
                """.formatted(id, direction, checkpoint, at, number, issuer, surname, given, birth, nationality);
    }
}
