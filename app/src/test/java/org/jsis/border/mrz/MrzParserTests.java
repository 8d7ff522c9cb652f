package org.jsis.border.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MrzParserTests {

    // The specimens of ICAO Doc 9303 (Utopia, Anna Maria Eriksson): part 4 (TD3), part 5 (TD1), part 6 (TD2).
    static final String TD3 =
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    static final String TD1 =
            "I<UTOD231458907<<<<<<<<<<<<<<<\n" + "7408122F1204159UTO<<<<<<<<<<<6\n" + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    static final String TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + "D231458907UTO7408122F1204159<<<<<<<6";

    final MrzParser parser = new MrzParser(Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void checkDigitsOfIcaoExamples() {
        assertThat(CheckDigit.of("L898902C3")).isEqualTo(6);
        assertThat(CheckDigit.of("740812")).isEqualTo(2);
        assertThat(CheckDigit.of("120415")).isEqualTo(9);
        assertThat(CheckDigit.of("ZE184226B<<<<<")).isEqualTo(1);
        assertThat(CheckDigit.of("520727")).isEqualTo(3);
        assertThat(CheckDigit.of("<<<<<<")).isZero();
    }

    @Test
    void readsTheIcaoPassportSpecimen() {
        Mrz mrz = parser.parse(TD3);
        assertThat(mrz.format()).isEqualTo(MrzFormat.TD3);
        assertThat(mrz.documentCode()).isEqualTo("P");
        assertThat(mrz.issuingState()).isEqualTo("UTO");
        assertThat(mrz.surname()).isEqualTo("ERIKSSON");
        assertThat(mrz.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(mrz.sex()).isEqualTo('F');
        assertThat(mrz.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(mrz.optionalData()).isEqualTo("ZE184226B");
        assertThat(mrz.isPassport()).isTrue();
    }

    @Test
    void readsTheIcaoIdentityCardSpecimen() {
        Mrz mrz = parser.parse(TD1);
        assertThat(mrz.format()).isEqualTo(MrzFormat.TD1);
        assertThat(mrz.documentCode()).isEqualTo("I");
        assertThat(mrz.documentNumber()).isEqualTo("D23145890");
        assertThat(mrz.surname()).isEqualTo("ERIKSSON");
        assertThat(mrz.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(mrz.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(mrz.expiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.isPassport()).isFalse();
    }

    @Test
    void readsTheIcaoTd2Specimen() {
        Mrz mrz = parser.parse(TD2);
        assertThat(mrz.format()).isEqualTo(MrzFormat.TD2);
        assertThat(mrz.documentNumber()).isEqualTo("D23145890");
        assertThat(mrz.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(mrz.sex()).isEqualTo('F');
    }

    @Test
    void acceptsLayoutNoise() {
        assertThat(parser.parse("  " + TD3.toLowerCase().replace("\n", "\r\n") + "\n\n")
                        .documentNumber())
                .isEqualTo("L898902C3");
        assertThat(parser.parse(TD3.replace("\n", "")).surname()).isEqualTo("ERIKSSON");
        assertThat(parser.parse(TD1.replace("\n", "")).documentNumber()).isEqualTo("D23145890");
        assertThat(parser.parse(TD3.replace("ERIKSSON", "ERIK SSON")).surname()).isEqualTo("ERIKSSON");
    }

    @Test
    void infersCenturies() {
        assertThat(passport("PETROV", "IVAN", "050101", "M", "300101").birthDate())
                .isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(passport("PETROV", "IVAN", "261231", "M", "300101").birthDate())
                .isEqualTo(LocalDate.of(1926, 12, 31));
        assertThat(passport("PETROV", "IVAN", "261127", "M", "300101").birthDate())
                .isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(passport("PETROV", "IVAN", "650312", "M", "950101").expiryDate())
                .isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(passport("PETROV", "IVAN", "650312", "M", "360101").expiryDate())
                .isEqualTo(LocalDate.of(2036, 1, 1));
        assertThat(passport("PETROV", "IVAN", "000229", "M", "360101").birthDate())
                .isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void readsUnknownBirthDayAndUnspecifiedSex() {
        Mrz mrz = passport("PETROV", "IVAN", "6503<<", "<", "300101");
        assertThat(mrz.birthDate()).isNull();
        assertThat(mrz.birthDateText()).isEqualTo("6503<<");
        assertThat(mrz.sex()).isEqualTo('X');
    }

    @Test
    void readsNamesWithFillersAndWithoutGivenNames() {
        assertThat(passport("DE<LA<CRUZ", "MARIA<JOSE", "650312", "F", "300101").surname())
                .isEqualTo("DE LA CRUZ");
        assertThat(passport("DE<LA<CRUZ", "MARIA<JOSE", "650312", "F", "300101").givenNames())
                .isEqualTo("MARIA JOSE");
        assertThat(passport("MADONNA", "", "650312", "F", "300101").givenNames())
                .isEmpty();
    }

    @Test
    void readsLongTd1DocumentNumbers() {
        String number = "D23145890";
        String rest = "123";
        char check = (char) ('0' + CheckDigit.of(number + rest));
        String l1 = pad("I<UTO" + number + "<" + rest + check, 30);
        String l2 = "7408122F1204159UTO<<<<<<<<<<<";
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        l2 = l2 + CheckDigit.of(composite);
        Mrz mrz = parser.parse(l1 + "\n" + l2 + "\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
        assertThat(mrz.documentNumber()).isEqualTo("D23145890123");
    }

    @Test
    void namesTheFailingLineAndField() {
        assertFails(TD3.replace("L898902C36", "L898902C37"), 2, "document number check digit");
        assertFails(TD3.replace("7408122F", "7408123F"), 2, "birth date check digit");
        assertFails(TD3.replace("1204159Z", "1204158Z"), 2, "expiry date check digit");
        assertFails(TD3.replace("<<<<<10", "<<<<<20"), 2, "personal number check digit");
        assertFails(TD3.replace("<<<<<10", "<<<<<11"), 2, "composite check digit");
        assertFails(TD1.replace("D231458907", "D231458908"), 1, "document number check digit");
        assertFails(TD1.replace("UTO<<<<<<<<<<<6", "UTO<<<<<<<<<<<5"), 2, "composite check digit");
        assertFails(TD2.replace("<<<<<<<6", "<<<<<<<7"), 2, "composite check digit");
        assertFails(TD3.replace("2F12", "2Q12"), 2, "sex");
        assertFails(TD3.replace("P<UTO", "V<UTO"), 1, "document code");
        assertFails(TD3.replace("P<UTO", "I<UTO"), 1, "document code");
        assertFails(TD3.replace("P<UTO", "P<U1O"), 1, "issuing state");
        assertFails(TD3.replace("ERIKSSON", "ERIKSS0N"), 1, "name");
        assertFails(TD3.replace("P<UTOERIKSSON", "P<UTO<<<<<<<<"), 1, "name");
        assertFails(TD3.replace("ANNA", "AN-A"), 1, "character 18");
        assertFails(TD3.substring(0, 88), 2, "length");
        assertFails(TD3 + "\nXYZ", 1, "length");
        assertFails(TD3 + "\n" + TD3, 0, "zone");
        assertFails("", 0, "zone");
        assertFails(null, 0, "zone");
    }

    @Test
    void rejectsImpossibleDatesWithValidCheckDigits() {
        assertThatThrownBy(() -> passport("PETROV", "IVAN", "651312", "M", "300101"))
                .isInstanceOf(MrzException.class)
                .hasMessageContaining("line 2, birth date")
                .hasMessageContaining("month 13");
        assertThatThrownBy(() -> passport("PETROV", "IVAN", "650230", "M", "300101"))
                .isInstanceOf(MrzException.class)
                .hasMessageContaining("day 30");
        assertThatThrownBy(() -> passport("PETROV", "IVAN", "650312", "M", "30A101"))
                .isInstanceOf(MrzException.class)
                .hasMessageContaining("expiry date");
    }

    @Test
    void randomInputNeverThrowsAnythingButMrzException() {
        Random random = new Random(20261127L);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<<<\n ,.-Жж";
        for (int i = 0; i < 20_000; i++) {
            String input;
            if (i % 2 == 0) {
                // Mutate a valid zone: the hard cases are near-valid ones.
                char[] base = (i % 3 == 0 ? TD3 : i % 3 == 1 ? TD1 : TD2).toCharArray();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    base[random.nextInt(base.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
                }
                input = new String(base);
            } else {
                StringBuilder sb = new StringBuilder();
                int length = random.nextInt(100);
                for (int k = 0; k < length; k++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                input = sb.toString();
            }
            try {
                parser.parse(input);
            } catch (MrzException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    private void assertFails(String zone, int line, String field) {
        assertThatThrownBy(() -> parser.parse(zone))
                .isInstanceOf(MrzException.class)
                .satisfies(e -> {
                    MrzException m = (MrzException) e;
                    assertThat(m.line()).as(m.getMessage()).isEqualTo(line);
                    assertThat(m.field()).as(m.getMessage()).isEqualTo(field);
                });
    }

    /** A valid TD3 zone built with correct check digits. */
    private Mrz passport(String surname, String given, String birth, String sex, String expiry) {
        return parser.parse(Td3.of("RUS", surname, given, "751234567", "RUS", birth, sex, expiry));
    }

    static String pad(String s, int length) {
        return (s + "<".repeat(length)).substring(0, length);
    }

    /** Builds TD3 zones with correct check digits, for tests. */
    static final class Td3 {
        static String of(
                String issuer,
                String surname,
                String given,
                String number,
                String nationality,
                String birth,
                String sex,
                String expiry) {
            String l1 = pad("P<" + issuer + surname + "<<" + given, 44);
            String num = pad(number, 9);
            String l2 = num + digit(num) + nationality + birth + digit(birth) + sex + expiry + digit(expiry)
                    + "<".repeat(14) + "<";
            String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
            return l1 + "\n" + l2 + CheckDigit.of(composite);
        }

        private static int digit(String field) {
            return CheckDigit.of(field);
        }
    }
}
