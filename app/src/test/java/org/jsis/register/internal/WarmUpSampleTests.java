package org.jsis.register.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.PartialDate;
import org.junit.jupiter.api.Test;

class WarmUpSampleTests {

    private static NameRecord person(int i, String name, PartialDate... dates) {
        return new NameRecord("r" + i, EntityKind.PERSON, List.of(name), List.of(dates), List.of("UZ"));
    }

    /** 1,000 records alike but two: one with three birth dates, one named in Arabic letters. */
    private static List<NameRecord> register() {
        List<NameRecord> out = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            if (i == 517) {
                out.add(person(
                        i,
                        "Tokhir Yuldashev",
                        PartialDate.parse("1967"),
                        PartialDate.parse("1968"),
                        PartialDate.parse("1969")));
            } else if (i == 733) {
                out.add(person(i, "طاهر يولداشيف", PartialDate.parse("1967")));
            } else {
                out.add(person(i, "Tokhir Yuldashev", PartialDate.parse("1967")));
            }
        }
        return out;
    }

    private static List<String> sample(List<NameRecord> records, int wanted) {
        WarmUpSample<String> s = new WarmUpSample<>(wanted, records.size());
        for (NameRecord r : records) {
            if (s.wantsNext()) {
                s.offer(r, r.id());
            }
        }
        return s.sample();
    }

    @Test
    void takesTheRareShapesThatEveryNthRecordWouldMiss() {
        // every 100th record (r0, r100, ..., r900) has one birth date and a Latin name
        assertThat(sample(register(), 10)).contains("r517", "r733");
    }

    @Test
    void fillsTheRestWithEveryNthRecordAndNeverMoreThanWanted() {
        assertThat(sample(register(), 10))
                .containsExactly("r0", "r517", "r733", "r100", "r200", "r300", "r400", "r500", "r600", "r700");
        assertThat(sample(register(), 2)).hasSize(2);
        assertThat(sample(register(), 0)).isEmpty();
    }

    @Test
    void skipsPositionsWithoutARecordButCountsThem() {
        WarmUpSample<String> s = new WarmUpSample<>(2, 4);
        assertThat(s.wantsNext()).isTrue(); // position 0 has no record with names: not offered
        for (int i = 1; i <= 3; i++) {
            if (s.wantsNext()) {
                s.offer(person(i, "A B"), "r" + i);
            }
        }
        // every second position: 0 (none) and 2; r1 is the first of its shape
        assertThat(s.sample()).containsExactly("r1", "r2");
    }

    @Test
    void looksAtTheShapesOfAtMostAFixedNumberOfRecordsOfALargeIndex() {
        // 2,000,000 records: every 200,000th for the spread of 10, every 10th for its shape
        WarmUpSample<String> s = new WarmUpSample<>(10, 2_000_000);
        List<Boolean> wanted = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            wanted.add(s.wantsNext());
        }
        assertThat(wanted)
                .containsExactly(
                        true, false, false, false, false, false, false, false, false, false, true, false, false, false,
                        false, false, false, false, false, false, true);
    }

    @Test
    void shapeTellsTheBirthDatesCountScriptsWordsAndPunctuationApart() {
        NameRecord one = person(1, "Tokhir Yuldashev", PartialDate.parse("1967"));
        assertThat(WarmUpSample.shape(one))
                .isEqualTo(WarmUpSample.shape(person(2, "Anvar Tashpulatov", PartialDate.parse("1971"))));
        assertThat(WarmUpSample.shape(one))
                .isNotEqualTo(WarmUpSample.shape(person(
                        3,
                        "Tokhir Yuldashev",
                        PartialDate.parse("1967"),
                        PartialDate.parse("1968"),
                        PartialDate.parse("1969"))))
                .isNotEqualTo(WarmUpSample.shape(person(4, "Тахир Юлдашев", PartialDate.parse("1967"))))
                .isNotEqualTo(
                        WarmUpSample.shape(person(5, "Tokhir Abdukhalilovich Yuldashev", PartialDate.parse("1967"))))
                .isNotEqualTo(WarmUpSample.shape(person(6, "Tokhir Yuldashev-Karimov", PartialDate.parse("1967"))))
                .isNotEqualTo(WarmUpSample.shape(person(7, "Tokhir Yuldashev", PartialDate.parse("1967-10-02"))))
                .isNotEqualTo(WarmUpSample.shape(person(8, "Tökhir Yuldashev", PartialDate.parse("1967"))))
                .isNotEqualTo(WarmUpSample.shape(person(9, "Tokhir Юлдашев", PartialDate.parse("1967"))));
    }
}
