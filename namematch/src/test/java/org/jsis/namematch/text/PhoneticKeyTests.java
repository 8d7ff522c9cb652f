package org.jsis.namematch.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneticKeyTests {

    private static String canonical(String token) {
        String n = Normaliser.normalise(token);
        return Transliteration.canonical(n, Transliteration.looksUkrainianOrBelarusian(n));
    }

    /** Every spelling has at least one romanised-key variant in common with the first. */
    private static void sameRomanised(String... spellings) {
        List<String> first = PhoneticKey.romanised(canonical(spellings[0]));
        for (String s : spellings) {
            assertThat(PhoneticKey.romanised(canonical(s)))
                    .as(s + " vs " + spellings[0])
                    .containsAnyElementsOf(first);
        }
    }

    private static void sameSkeleton(String... spellings) {
        String first = PhoneticKey.skeleton(PhoneticKey.romanisedPrimary(canonical(spellings[0])));
        for (String s : spellings) {
            List<String> skeletons = PhoneticKey.romanised(canonical(s)).stream()
                    .map(PhoneticKey::skeleton)
                    .toList();
            assertThat(skeletons).as(s + " vs " + spellings[0]).contains(first);
        }
    }

    private static void differentRomanised(String a, String b) {
        assertThat(PhoneticKey.romanised(canonical(a)))
                .as(a + " vs " + b)
                .doesNotContainAnyElementsOf(PhoneticKey.romanised(canonical(b)));
    }

    @Test
    void romanised_examples() {
        assertThat(PhoneticKey.romanisedPrimary("bordyuzha")).isEqualTo("bordyuJa");
        assertThat(PhoneticKey.romanisedPrimary("tsarnaev")).isEqualTo("Carnayev");
        assertThat(PhoneticKey.romanisedPrimary("dmitriy")).isEqualTo("dmitri");
        assertThat(PhoneticKey.romanisedPrimary("nikolai")).isEqualTo("nikolay");
        assertThat(PhoneticKey.romanisedPrimary("abdurrahman")).isEqualTo("abdraHman");
        assertThat(PhoneticKey.romanisedPrimary("abdullah")).isEqualTo("abdla");
        assertThat(PhoneticKey.romanisedPrimary("")).isEmpty();
    }

    @Test
    void romanised_bordyuzha() {
        sameRomanised(
                "Бордюжа", "Bordyuzha", "Bordjuscha", "Bordiouja", "Bordjuža", "BORDIUZHA", "Bordiuzha", "Bordyuža");
    }

    @Test
    void romanised_tsarnaev() {
        sameRomanised("Царнаев", "Tsarnaev", "Tsarnayev", "Tsarnajew");
    }

    @Test
    void romanised_givenNames() {
        sameRomanised("Николай", "Nikolai", "Nikolay", "Nikolaj", "Nicolai");
        sameRomanised("Дмитрий", "Dmitry", "Dmitriy", "Dmitrij", "Dmitrii", "Dmitri");
        sameRomanised("Юлия", "Yuliya", "Iuliia", "Yulia", "Julija", "Julia");
        sameRomanised("Алиев", "Aliyev", "Aliev", "Əliyev");
        sameRomanised("Евгений", "Yevgeniy", "Evgeny", "Jewgenij", "Yevgeny");
        sameRomanised("Алексей", "Aleksei", "Alexei", "Alexey", "Aleksey");
        sameRomanised("Хабибулла", "Khabibulla", "Habibullah", "Xabibulla");
        sameRomanised("Шамиль", "Shamil", "Chamil", "Schamil", "Szamil", "Šamil");
        sameRomanised("Джохар", "Dzhokhar", "Djokhar", "Jokhar", "Dschochar");
        sameRomanised("Мария", "Maria", "Mariya", "Marija", "Mariia");
        sameRomanised("Ильин", "Ilyin", "Il'in", "Ilin");
    }

    @Test
    void romanised_abdPrefixes() {
        sameRomanised("Abdulaziz", "Abdelaziz", "Abdalaziz");
        sameRomanised("Abdurrahman", "Abdulrahman", "Abdelrahman", "Abdurahman");
        sameRomanised("Abdullah", "Abdulla", "Abdallah", "Абдулла");
    }

    @Test
    void romanised_keepsDifferentNamesApart() {
        differentRomanised("Ilham", "Heydar");
        differentRomanised("Ivanov", "Ivanova");
        differentRomanised("Maxim", "Ramzan");
        differentRomanised("Hassan", "Hussein");
    }

    @Test
    void skeleton_arabicMeetsLatinAndCyrillic() {
        sameSkeleton("محمد", "Mohammad", "Muhammad", "Mohamed", "Мухаммад", "Mukhammad", "Mohammed");
        sameSkeleton("حسن", "Hassan", "Hasan", "Хасан");
        sameSkeleton("آخوند", "Akhund", "Akhond", "Ахунд", "Akhoond");
        sameSkeleton("علي", "Ali", "Али");
        sameSkeleton("عمر", "Omar", "Umar", "Умар");
    }

    @Test
    void skeleton_marksInitialVowel() {
        assertThat(PhoneticKey.skeleton("ivan")).isEqualTo("AVN");
        assertThat(PhoneticKey.skeleton("moHamad")).isEqualTo("MKMT");
        assertThat(PhoneticKey.skeleton("")).isEmpty();
    }

    @Test
    void stem_dropsSurnameEndings() {
        assertThat(PhoneticKey.stem("raHmonov", false)).isEqualTo("raHmon");
        assertThat(PhoneticKey.stem("ivanova", false)).isEqualTo("ivan");
        assertThat(PhoneticKey.stem("dostoyevskaya", false)).isEqualTo("dostoyevski");
        assertThat(PhoneticKey.stem("putini", true)).isEqualTo("putin");
        assertThat(PhoneticKey.stem("putini", false)).isEqualTo("putini");
        assertThat(PhoneticKey.stem("lev", false)).isEqualTo("lev");
        assertThat(PhoneticKey.endingFamily("ivanova", false)).isEqualTo("ov");
        assertThat(PhoneticKey.endingFamily("ivanov", false)).isEqualTo("ov");
        assertThat(PhoneticKey.endingFamily("raHmon", false)).isEmpty();
        assertThat(PhoneticKey.endingFamily("dostoyevskaya", false)).isEqualTo("ski");
    }

    @Test
    void vowelKey_keepsVowelClasses() {
        assertThat(PhoneticKey.vowelKey("moHamad")).isEqualTo("MuKaMaT");
        assertThat(PhoneticKey.vowelKey("muHamad")).isEqualTo("MuKaMaT"); // o and u: one class
        assertThat(PhoneticKey.vowelKey("moHamed")).isEqualTo("MuKaMiT"); // e and i: one class
        assertThat(PhoneticKey.vowelKey("ivan")).isEqualTo("iVaN");
        assertThat(PhoneticKey.vowelKey("nikolay")).isEqualTo("NiKuLai"); // the glide y is in the i class
        assertThat(PhoneticKey.vowelKey("bordyuJa")).isEqualTo("BuRTiuJa");
        assertThat(PhoneticKey.vowelKey("mHmd")).isEqualTo("MKMT"); // Arabic script: the skeleton
        assertThat(PhoneticKey.vowelKey("")).isEmpty();
    }

    @Test
    void vowelKey_apartWhereTheSkeletonIsNot() {
        // one consonant frame, different vowels: one skeleton, different vowel keys
        assertThat(PhoneticKey.skeleton("baviJan")).isEqualTo(PhoneticKey.skeleton("buvoJon"));
        assertThat(PhoneticKey.vowelKey("baviJan")).isNotEqualTo(PhoneticKey.vowelKey("buvoJon"));
    }

    @Test
    void vowelSubstitutions_oneVowelClassForAnother() {
        assertThat(PhoneticKey.vowelSubstitutions("MuKaMaT"))
                .containsExactlyInAnyOrder("MaKaMaT", "MiKaMaT", "MuKuMaT", "MuKiMaT", "MuKaMuT", "MuKaMiT");
        assertThat(PhoneticKey.vowelSubstitutions("MKMT")).isEmpty();
    }

    @Test
    void vowelIndels_oneVowelClassMoreOrLess() {
        assertThat(PhoneticKey.vowelIndels("MuKaMaT"))
                .contains("MKaMaT", "MuKaMT", "MuKaMaTa", "aMuKaMaT")
                .doesNotContain("MuKaMaT", "MuuKaMaT", "MuaKaMaT");
        assertThat(PhoneticKey.vowelIndels("MKMT")).contains("MaKMT", "MKuMT", "MKMTi", "iMKMT");
        assertThat(PhoneticKey.vowelIndels("")).containsExactlyInAnyOrder("a", "i", "u");
    }
}
