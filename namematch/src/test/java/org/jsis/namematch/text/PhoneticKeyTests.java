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

    /**
     * The cluster found by the table of first letters is the one trying every cluster in order finds:
     * on seeded random strings of the clusters' own letters (so that long and overlapping clusters
     * such as schtsch, shtsch, sch, sh occur often), a few other letters and a non-ASCII one, at every
     * position.
     */
    private static final String[] CLUSTER_LETTERS = {
        "schtsch", "shtsch", "szcz", "shch", "shh", "tsch", "dzh", "dsch", "jj", "dz", "tsj", "sch", "tch", "tsh", "zh",
        "sh", "cs", "sj", "ch", "tx", "cz", "sz", "kh", "gh", "ph", "ts", "tz", "tc", "ck", "ou", "oo", "ee"
    };

    @Test
    void theClusterByFirstLetterIsTheFirstInTheTable() {
        java.util.Random random = new java.util.Random(11);
        String letters = "schtzdjkgpoueyrxq" + "abñ";
        int[] found = new int[PhoneticKey.clusterCount()];
        int positions = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int pieces = 1 + random.nextInt(5), p = 0; p < pieces; p++) {
                if (random.nextBoolean()) {
                    // a cluster's letters, whole or cut short: the long ones and their beginnings
                    String c = CLUSTER_LETTERS[random.nextInt(CLUSTER_LETTERS.length)];
                    sb.append(c, 0, 1 + random.nextInt(c.length()));
                } else {
                    sb.append(letters.charAt(random.nextInt(letters.length())));
                }
            }
            String s = sb.toString();
            for (int i = 0; i < s.length(); i++) {
                int expected = PhoneticKey.clusterByScan(s, i);
                assertThat(PhoneticKey.cluster(s, i)).as("%s at %d", s, i).isEqualTo(expected);
                if (expected >= 0) {
                    found[expected]++;
                }
                positions++;
            }
        }
        // every cluster of the table was found somewhere, the longest ones too
        for (int k = 0; k < found.length; k++) {
            assertThat(found[k]).as("cluster %d", k).isPositive();
        }
        assertThat(positions).isGreaterThan(400_000);
        assertThat(PhoneticKey.romanised("schtschedrin")).isEqualTo(PhoneticKey.romanised("shchedrin"));
    }

    /**
     * The check of a Ukrainian, Belarusian or Polish Mykola read as characters says what the regular
     * expression {@code m[iy]k[ao]l} at the start says, on seeded random strings of every length to 7,
     * most of their letters those it allows at their place (so that many match).
     */
    @Test
    void theMykolaCheckIsTheRegularExpression() {
        java.util.regex.Pattern mykola = java.util.regex.Pattern.compile("m[iy]k[ao]l");
        java.util.Random random = new java.util.Random(5);
        String letters = "miykaolnb";
        String[] pattern = {"m", "iy", "k", "ao", "l"};
        int matching = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(8), p = 0; p < n; p++) {
                String allowed = p < pattern.length && random.nextInt(10) < 7 ? pattern[p] : letters;
                sb.append(allowed.charAt(random.nextInt(allowed.length())));
            }
            String s = sb.toString();
            boolean expected = mykola.matcher(s).lookingAt();
            assertThat(PhoneticKey.startsLikeMykola(s)).as(s).isEqualTo(expected);
            matching += expected ? 1 : 0;
        }
        assertThat(matching).as("strings that begin like Mykola").isGreaterThan(10_000);
    }
}
