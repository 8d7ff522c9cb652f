package org.jsis.register.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsis.namematch.NameRecord;

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

    /**
     * The records whose shape is looked at, at most: every n-th record of a larger index, so that choosing takes
     * a fraction of a second on a million records (a shape rarer than about one in this many may be missed).
     */
    static final int SHAPES_LOOKED_AT = 200_000;

    /** The bit fields of {@link #shape}: {first bit, width}. */
    private static final int[][] FIELDS = {
        {0, 2}, {2, 3}, {5, 2}, {7, 2}, {9, 2}, {11, 1}, {12, 3}, {15, 2}, {17, 8}, {25, 39}
    };

    private final int wanted;
    private final int step;
    private final int shapeStep;
    private final int shapesAtMost;
    private final Set<Long> values = new HashSet<>();
    private final Set<Long> shapes = new HashSet<>();
    private final List<T> firsts = new ArrayList<>();
    private final List<T> ofNewShapes = new ArrayList<>();
    private final List<T> spread = new ArrayList<>();
    private int position = -1;

    /**
     * @param wanted the sample's size at most
     * @param total how many records the pass will go through, to spread the every-n-th part over all of them
     */
    WarmUpSample(int wanted, int total) {
        this.wanted = Math.max(0, wanted);
        this.step = Math.max(1, (total + this.wanted - 1) / Math.max(1, this.wanted));
        this.shapeStep = Math.max(1, (total + SHAPES_LOOKED_AT - 1) / SHAPES_LOOKED_AT);
        this.shapesAtMost = this.wanted / 2;
    }

    /**
     * Moves the pass on to its next record and says whether the sample wants to see it ({@link #offer}): every
     * n-th for the spread, and every m-th for its shape while fewer than half of the sample are of new shapes.
     */
    boolean wantsNext() {
        position++;
        return wanted > 0
                && (position % step == 0
                        || (position % shapeStep == 0 && firsts.size() + ofNewShapes.size() < shapesAtMost));
    }

    /** The pass's current record (one with names; skip a position without) and what the sample keeps of it. */
    void offer(NameRecord record, T item) {
        if (position % step == 0 && spread.size() < wanted) {
            spread.add(item);
        }
        if (position % shapeStep != 0 || firsts.size() + ofNewShapes.size() >= shapesAtMost) {
            return;
        }
        long shape = shape(record);
        boolean newValue = false;
        for (int i = 0; i < FIELDS.length; i++) {
            long v = (shape >>> FIELDS[i][0]) & ((1L << FIELDS[i][1]) - 1);
            newValue |= values.add(((long) i << 40) | v);
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
     * What a record is like to the matcher, as bit fields of a number: kind, names (1-5+), birth dates (0-3+), the
     * first birth date's precision (none, year, month, day), nationalities (0-3+), whether one name's words begin
     * in different scripts, its longest name's words (1-6+), its longest word's letters (up to 4, 5-7, 8-11, 12+),
     * its punctuation and letters beyond ASCII (bits: hyphen, apostrophe, full stop, comma, digit, parenthesis, a
     * Latin letter beyond ASCII, a name all ASCII), and the scripts its names' words begin in (a set, folded).
     */
    static long shape(NameRecord r) {
        long scripts = 0;
        boolean mixed = false;
        int words = 0;
        int longestWord = 0;
        int marks = 0;
        for (String name : r.names()) {
            int wordsHere = 0;
            int nameScript = -1;
            boolean ascii = true;
            int wordLength = 0;
            boolean atStart = true;
            for (int i = 0; i < name.length(); ) {
                int c = name.codePointAt(i);
                i += Character.charCount(c);
                if (c <= ' ' || (c > 127 && Character.isWhitespace(c))) {
                    atStart = true;
                    wordLength = 0;
                    continue;
                }
                if (c > 127) {
                    ascii = false;
                    if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF)) {
                        marks |= 64;
                    }
                }
                wordLength++;
                longestWord = Math.max(longestWord, wordLength);
                if (atStart) {
                    atStart = false;
                    wordsHere++;
                    if (Character.isLetter(c)) {
                        int script = c < 128
                                ? Character.UnicodeScript.LATIN.ordinal()
                                : Character.UnicodeScript.of(c).ordinal();
                        scripts |= 1L << (script & 63);
                        if (nameScript >= 0 && nameScript != script) {
                            mixed = true;
                        }
                        nameScript = script;
                    }
                }
                marks |= c == '-' || c == '\u2010' || c == '\u2013'
                        ? 1
                        : c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`'
                                ? 2
                                : c == '.'
                                        ? 4
                                        : c == ',' ? 8 : Character.isDigit(c) ? 16 : c == '(' || c == ')' ? 32 : 0;
            }
            if (ascii) {
                marks |= 128;
            }
            words = Math.max(words, wordsHere);
        }
        long precision =
                r.birthDates().isEmpty() ? 0 : r.birthDates().get(0).precision().ordinal() + 1;
        long folded = (scripts ^ (scripts >>> 39)) & ((1L << 39) - 1);
        return r.kind().ordinal()
                | (long) Math.min(r.names().size(), 5) << 2
                | (long) Math.min(r.birthDates().size(), 3) << 5
                | Math.min(precision, 3) << 7
                | (long) Math.min(r.nationalities().size(), 3) << 9
                | (mixed ? 1L : 0L) << 11
                | (long) Math.min(words, 6) << 12
                | (long) (longestWord <= 4 ? 0 : longestWord <= 7 ? 1 : longestWord <= 11 ? 2 : 3) << 15
                | (long) marks << 17
                | folded << 25;
    }
}
