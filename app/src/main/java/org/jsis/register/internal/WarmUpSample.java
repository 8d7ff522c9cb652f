package org.jsis.register.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsis.namematch.NameRecord;
import org.jspecify.annotations.Nullable;

/**
 * The records the start-up warm-ups search for ({@code RegisterIndex}'s and {@code ScreeningWarmUp}'s), chosen in
 * one pass over the index: records of every shape the index holds first, then every n-th record.
 *
 * <p>Why (issue 5, README "Register", thirteenth session): the JIT compilers compile the matcher for the
 * branches and classes the warm-ups' searches met; a screening that meets another (a record with three birth
 * dates, whose list is of another class than a list of one or two; a name in a script none of the sampled
 * records had) makes the compiled code trap, and the compilers compile the largest methods again while real
 * screenings wait (with {@code -XX:+LogCompilation}: one such recompile of {@code Engine$Search.score} after a
 * {@code class_check} trap on the birth dates' list was 14 % of the compilers' time in a measured run). Every
 * n-th record, as the warm-ups took before, meets a shape as often as the register holds it: the rare ones are
 * missed, and a warm-up under load gets through only about a thousand records.
 *
 * <p>A record's shape ({@link #shape}): its kind; how many names, birth dates and nationalities it has; the first
 * birth date's precision; the scripts its names' words begin in, and whether a name mixes them; its longest
 * name's words and longest word; and which punctuation and letters beyond ASCII its names hold. The sample is:
 * first the records that bring a value of one of these that no earlier record had (a few dozen in a large
 * register), then, alternately, a record of a shape not yet taken (at most half of the sample in all) and every
 * n-th record, n spreading the sample over the whole index as before.
 */
final class WarmUpSample<T> {

    private final int wanted;
    private final int step;
    private final int shapesAtMost;
    private final Set<Long> values = new HashSet<>();
    private final Set<List<Integer>> shapes = new HashSet<>();
    private final List<T> firsts = new ArrayList<>();
    private final List<T> ofNewShapes = new ArrayList<>();
    private final List<T> spread = new ArrayList<>();
    private int position;

    /**
     * @param wanted the sample's size at most
     * @param total how many records (offers) the pass will make, to spread the every-n-th part over all of them
     */
    WarmUpSample(int wanted, int total) {
        this.wanted = Math.max(0, wanted);
        this.step = Math.max(1, (total + this.wanted - 1) / Math.max(1, this.wanted));
        this.shapesAtMost = this.wanted / 2;
    }

    /** The next record of the pass (null where the index holds none with names) and what the sample keeps of it. */
    void offer(@Nullable NameRecord record, @Nullable T item) {
        int at = position++;
        if (record == null || item == null || wanted == 0) {
            return;
        }
        if (at % step == 0 && spread.size() < wanted) {
            spread.add(item);
        }
        if (firsts.size() + ofNewShapes.size() >= shapesAtMost) {
            return;
        }
        List<Integer> shape = shape(record);
        boolean newValue = false;
        for (int i = 0; i < shape.size(); i++) {
            newValue |= values.add(((long) i << 32) | (shape.get(i) & 0xffffffffL));
        }
        if (shapes.add(shape)) {
            if (newValue) {
                firsts.add(item);
            } else {
                ofNewShapes.add(item);
            }
        }
    }

    /** The sample: the records of new values first, then records of new shapes and every n-th one in turn. */
    List<T> sample() {
        Set<T> out = new LinkedHashSet<>(firsts);
        int a = 0;
        int b = 0;
        while (out.size() < wanted && (a < ofNewShapes.size() || b < spread.size())) {
            if (a < ofNewShapes.size()) {
                out.add(ofNewShapes.get(a++));
            }
            if (b < spread.size() && out.size() < wanted) {
                out.add(spread.get(b++));
            }
        }
        List<T> list = new ArrayList<>(out);
        return list.size() > wanted ? list.subList(0, wanted) : list;
    }

    /**
     * What a record is like to the matcher, as numbers: kind, names (1-5+), birth dates (0-3+), the first birth
     * date's precision (-1 without), nationalities (0-3+), the scripts its names' words begin in (a set, as
     * bits), whether one name's words begin in different scripts, its longest name's words (1-6+), its longest
     * word's letters (up to 4, 5-7, 8-11, 12+), and its punctuation and letters beyond ASCII (bits: hyphen,
     * apostrophe, full stop, comma, digit, parenthesis, a letter beyond ASCII in Latin script, a name all ASCII).
     */
    static List<Integer> shape(NameRecord r) {
        long scripts = 0;
        boolean mixed = false;
        int words = 0;
        int longestWord = 0;
        int marks = 0;
        for (String name : r.names()) {
            int wordsHere = 0;
            Character.UnicodeScript nameScript = null;
            boolean ascii = true;
            int wordLength = 0;
            boolean atStart = true;
            for (int i = 0; i < name.length(); ) {
                int c = name.codePointAt(i);
                i += Character.charCount(c);
                if (c > 127) {
                    ascii = false;
                }
                if (Character.isWhitespace(c)) {
                    atStart = true;
                    wordLength = 0;
                    continue;
                }
                wordLength++;
                longestWord = Math.max(longestWord, wordLength);
                if (atStart) {
                    atStart = false;
                    wordsHere++;
                    if (Character.isLetter(c)) {
                        Character.UnicodeScript s = Character.UnicodeScript.of(c);
                        scripts |= 1L << (s.ordinal() & 63);
                        if (nameScript != null && nameScript != s) {
                            mixed = true;
                        }
                        nameScript = s;
                    }
                }
                marks |= c == '-' || c == '‐' || c == '–'
                        ? 1
                        : c == '\'' || c == '’' || c == 'ʼ' || c == '`'
                                ? 2
                                : c == '.'
                                        ? 4
                                        : c == ',' ? 8 : Character.isDigit(c) ? 16 : c == '(' || c == ')' ? 32 : 0;
                if (c > 127
                        && Character.isLetter(c)
                        && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    marks |= 64;
                }
            }
            if (ascii) {
                marks |= 128;
            }
            words = Math.max(words, wordsHere);
        }
        return List.of(
                r.kind().ordinal(),
                Math.min(r.names().size(), 5),
                Math.min(r.birthDates().size(), 3),
                r.birthDates().isEmpty()
                        ? -1
                        : r.birthDates().get(0).precision().ordinal(),
                Math.min(r.nationalities().size(), 3),
                (int) scripts,
                (int) (scripts >>> 32),
                mixed ? 1 : 0,
                Math.min(words, 6),
                longestWord <= 4 ? 0 : longestWord <= 7 ? 1 : longestWord <= 11 ? 2 : 3,
                marks);
    }
}
