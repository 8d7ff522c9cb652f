package org.jsis.namematch.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.Explanation.MatchType;
import org.jsis.namematch.text.Lexicon;
import org.jsis.namematch.text.PhoneticKey;
import org.jsis.namematch.text.Role;
import org.jsis.namematch.text.TokenForm;
import org.jspecify.annotations.Nullable;

/**
 * Scores how strongly a query name and an indexed name are the same name, in [0, 1].
 *
 * <p>Tokens are aligned one to one (greedily, best similarity first, in any word order); two adjacent
 * tokens may also match one token written as a single word (Abdul Hai, Abdulhai). Then
 *
 * <pre>
 *   score = coverage(query) * (1 - EXTRA_RECORD_WEIGHT * (1 - coverage(record)))
 * </pre>
 *
 * where the coverage of a side is the weighted share of its tokens that matched, each counting its
 * similarity; weights are rarity weights, so a missing rare surname costs more than a missing common
 * given name. A record having more name parts than the query costs less than the query having parts
 * the record lacks. When every part matches with similarity {@code s} the score is {@code s} whatever
 * the weights, which keeps one threshold meaningful for all names.
 *
 * <p>Evidence rules: a person whose query and record names both have two or more parts needs two
 * matching parts (or one and a matching initial), else the score is capped at {@link #GATE_CAP}: a
 * shared surname alone is not the same person (Ilham Aliyev, Heydar Aliyev). A one-part query against
 * a longer name is capped at {@link #SINGLE_PART_CAP}. Patronymics are compared only with
 * patronymics: agreeing ones add a little, different ones cost {@link #PATRONYMIC_MISMATCH}. An
 * organisation needs one matching word that is not a generic word such as company or movement.
 */
public final class NameScorer {

    /** How much the record's unmatched parts lower the score, relative to the query's. */
    public static final double EXTRA_RECORD_WEIGHT = 0.35;
    /** The highest score when the evidence rules are not met. */
    public static final double GATE_CAP = 0.6;
    /** The highest score of a one-part query against a name with more parts. */
    public static final double SINGLE_PART_CAP = 0.7;
    /** The factor applied when both names have patronymics and they differ. */
    public static final double PATRONYMIC_MISMATCH = 0.82;

    /**
     * The factor applied when one name's first part is missing from the other, whose first part is
     * found further on: Mohammad Barzan Ibrahim Hasan against Barzan Ibrahim Hasan is the son of the
     * listed man, as chains of fathers' names go.
     */
    public static final double SHIFTED = 0.8;

    /**
     * The similarity a token needs with two adjacent tokens written as one word for the join to
     * count; {@link Similarities#joined} may report any lower one as null.
     */
    public static final double JOIN_SIMILARITY = 0.85;

    private static final double PATRONYMIC_AGREEMENT = 0.02;
    private static final double INITIAL_WEIGHT = 0.3;
    private static final double GENERIC_WEIGHT = 0.4;

    private NameScorer() {}

    public static NameComparison compare(NameSide query, NameSide record, EntityKind kind, Similarities sims) {
        return compare(query, record, kind, sims, new JoinSkeletons());
    }

    /** {@link #compare(NameSide, NameSide, EntityKind, Similarities)} with the query's side of the joins' test at hand. */
    private static NameComparison compare(
            NameSide query, NameSide record, EntityKind kind, Similarities sims, JoinSkeletons skeletons) {
        boolean[] qUsed = new boolean[query.size()];
        boolean[] rUsed = new boolean[record.size()];
        List<NameComparison.Pair> pairs = align(query, record, sims, skeletons, qUsed, rUsed);
        double patronymicFactor = patronymics(query, record, sims, qUsed, rUsed, pairs);
        discountDroppedEndings(pairs);
        double qCov = coverage(query, pairs, true);
        double rCov = coverage(record, pairs, false);
        double score = qCov * (1 - EXTRA_RECORD_WEIGHT * (1 - rCov));
        score = Math.min(1, score * patronymicFactor);
        if (kind == EntityKind.PERSON && (shifted(query, record, pairs) || shifted(record, query, swap(pairs)))) {
            score *= SHIFTED;
        }
        double cap = cap(query, record, kind, pairs);
        score = Math.min(score, cap);
        return new NameComparison(Math.max(0, score), pairs, unused(query, qUsed), unused(record, rUsed), cap);
    }

    /** Whether a query token of role {@code qr} is compared with a record token of role {@code rr}. */
    private static boolean compared(Role qr, Role rr) {
        return isMatchable(qr) && isMatchable(rr)
                || qr == Role.INITIAL && rr == Role.PATRONYMIC
                || qr == Role.PATRONYMIC && rr == Role.INITIAL;
    }

    /**
     * Greedy one-to-one alignment, best similarity first: single tokens against single tokens, and one
     * token against two adjacent tokens of the other side written as one word.
     */
    private static List<NameComparison.Pair> align(
            NameSide query,
            NameSide record,
            Similarities sims,
            JoinSkeletons skeletons,
            boolean[] qUsed,
            boolean[] rUsed) {
        List<NameComparison.Pair> candidates = new ArrayList<>();
        for (int q = 0; q < query.size(); q++) {
            Role qr = query.role(q);
            for (int r = 0; r < record.size(); r++) {
                Role rr = record.role(r);
                if (compared(qr, rr)) {
                    TokenSimilarity.Result res = sims.compare(q, r);
                    if (res != null) {
                        candidates.add(new NameComparison.Pair(
                                q, q, r, r, res.type(), res.similarity(), res.droppedEnding(), res.weak()));
                    }
                }
            }
        }
        List<NameComparison.Pair> pairs = new ArrayList<>();
        assign(candidates, record, qUsed, rUsed, pairs);
        if (leftover(query, qUsed) || leftover(record, rUsed)) {
            // tokens held only by a weak spelling match may still be two halves of one word
            boolean[] qOpen = qUsed.clone();
            boolean[] rOpen = rUsed.clone();
            for (NameComparison.Pair p : pairs) {
                if (isWeak(p)) {
                    qOpen[p.q()] = false;
                    rOpen[p.r()] = false;
                }
            }
            List<NameComparison.Pair> joins = new ArrayList<>();
            addJoined(query, record, sims, skeletons, qOpen, rOpen, joins);
            if (!joins.isEmpty()) {
                replaceWeakPairs(joins, record, qUsed, rUsed, pairs);
            }
            if (leftover(query, qUsed)) {
                return joinsFirst(query, record, sims, skeletons, candidates, qUsed, rUsed, pairs);
            }
        }
        return pairs;
    }

    /**
     * The alignment that takes the joined words first, when it explains more than the greedy one:
     * نور الله نوری against Nurullah Nuri, where نور alone would take Nuri.
     */
    private static List<NameComparison.Pair> joinsFirst(
            NameSide query,
            NameSide record,
            Similarities sims,
            JoinSkeletons skeletons,
            List<NameComparison.Pair> candidates,
            boolean[] qUsed,
            boolean[] rUsed,
            List<NameComparison.Pair> greedy) {
        List<NameComparison.Pair> joins = new ArrayList<>();
        boolean[] qAlt = new boolean[qUsed.length];
        boolean[] rAlt = new boolean[rUsed.length];
        addJoined(query, record, sims, skeletons, qAlt, rAlt, joins);
        if (joins.isEmpty()) {
            return greedy;
        }
        List<NameComparison.Pair> alt = new ArrayList<>();
        assign(joins, record, qAlt, rAlt, alt);
        assign(candidates, record, qAlt, rAlt, alt);
        if (roughScore(query, record, alt) <= roughScore(query, record, greedy)) {
            return greedy;
        }
        System.arraycopy(qAlt, 0, qUsed, 0, qAlt.length);
        System.arraycopy(rAlt, 0, rUsed, 0, rAlt.length);
        return alt;
    }

    private static double roughScore(NameSide query, NameSide record, List<NameComparison.Pair> pairs) {
        return coverage(query, pairs, true) * (1 - EXTRA_RECORD_WEIGHT * (1 - coverage(record, pairs, false)));
    }

    private static boolean isWeak(NameComparison.Pair p) {
        return p.type() == MatchType.EDIT_DISTANCE && p.q() == p.qEnd() && p.r() == p.rEnd() && p.similarity() < 0.85;
    }

    /** Adds the joins best first, each displacing the weak single pairs on its tokens. */
    private static void replaceWeakPairs(
            List<NameComparison.Pair> joins,
            NameSide record,
            boolean[] qUsed,
            boolean[] rUsed,
            List<NameComparison.Pair> pairs) {
        joins.sort(Comparator.comparingDouble(NameComparison.Pair::similarity).reversed());
        for (NameComparison.Pair join : joins) {
            List<NameComparison.Pair> displaced = new ArrayList<>();
            boolean blocked = false;
            for (NameComparison.Pair p : pairs) {
                boolean overlaps =
                        p.q() <= join.qEnd() && join.q() <= p.qEnd() || p.r() <= join.rEnd() && join.r() <= p.rEnd();
                if (overlaps) {
                    if (isWeak(p) && p.similarity() < join.similarity()) {
                        displaced.add(p);
                    } else {
                        blocked = true;
                    }
                }
            }
            if (blocked) {
                continue;
            }
            for (NameComparison.Pair p : displaced) {
                pairs.remove(p);
                qUsed[p.q()] = false;
                rUsed[p.r()] = false;
            }
            if (free(qUsed, join.q(), join.qEnd()) && free(rUsed, join.r(), join.rEnd())) {
                mark(qUsed, join.q(), join.qEnd());
                mark(rUsed, join.r(), join.rEnd());
                pairs.add(join);
            }
        }
    }

    private static void assign(
            List<NameComparison.Pair> candidates,
            NameSide record,
            boolean[] qUsed,
            boolean[] rUsed,
            List<NameComparison.Pair> pairs) {
        // best similarity first, then the shorter span, then the heavier record token (without boxing)
        candidates.sort((a, b) -> {
            int order = Double.compare(b.similarity(), a.similarity());
            if (order == 0) {
                order = Integer.compare(a.qEnd() - a.q() + a.rEnd() - a.r(), b.qEnd() - b.q() + b.rEnd() - b.r());
            }
            return order != 0 ? order : Double.compare(-record.weight(a.r()), -record.weight(b.r()));
        });
        for (NameComparison.Pair p : candidates) {
            if (free(qUsed, p.q(), p.qEnd()) && free(rUsed, p.r(), p.rEnd())) {
                mark(qUsed, p.q(), p.qEnd());
                mark(rUsed, p.r(), p.rEnd());
                pairs.add(p);
            }
        }
    }

    private static boolean leftover(NameSide side, boolean[] used) {
        for (int i = 0; i < side.size(); i++) {
            if (!used[i] && side.role(i) == Role.NAME) {
                return true;
            }
        }
        return false;
    }

    /** Abdul Hai and Abdulhai, احمدی نژاد and Ahmadinejad: one token for two adjacent ones. */
    private static void addJoined(
            NameSide query,
            NameSide record,
            Similarities sims,
            JoinSkeletons skeletons,
            boolean[] qUsed,
            boolean[] rUsed,
            List<NameComparison.Pair> out) {
        for (int q = 0; q < query.size(); q++) {
            if (query.role(q) != Role.NAME || qUsed[q]) {
                continue;
            }
            for (int r = 0; r + 1 < record.size(); r++) {
                if (joinable(query.keyLength(q), query.skeletonHead(q), record, rUsed, r)
                        && skeletonsNear(skeletons, query, q, -1, record, r, record.next(r))) {
                    addJoin(query.form(q), record.joined(r), sims, out, q, q, r, record.next(r));
                }
            }
        }
        for (int q = 0; q + 1 < query.size(); q++) {
            for (int r = 0; r + 1 < record.size(); r++) {
                // a space moved: Lauren Tnkunda and Laurent Nkunda
                if (adjacentFree(query, qUsed, q) && adjacentFree(record, rUsed, r)) {
                    TokenForm joinedQuery = query.joined(q);
                    if (joinedQuery != null
                            && similarLength(joinedQuery, record, r, record.next(r))
                            && skeletonsNear(skeletons, query, q, query.next(q), record, r, record.next(r))
                            && spaceMoved(query, q, record, r)) {
                        TokenSimilarity.Result res = join(joinedQuery, record.joined(r), sims);
                        if (res != null && !wordHeldAlone(query, q, record, r, sims, res.similarity())) {
                            out.add(new NameComparison.Pair(
                                    q, query.next(q), r, record.next(r), res.type(), res.similarity()));
                        }
                    }
                }
            }
        }
        for (int r = 0; r < record.size(); r++) {
            if (record.role(r) != Role.NAME || rUsed[r]) {
                continue;
            }
            for (int q = 0; q + 1 < query.size(); q++) {
                if (adjacentFree(query, qUsed, q)
                        && similarLength(record.keyLength(r), record.skeletonHead(r), query, q, query.next(q))
                        && skeletonsNear(skeletons, query, q, query.next(q), record, r, -1)) {
                    addJoin(record.form(r), query.joined(q), sims, out, q, query.next(q), r, r);
                }
            }
        }
    }

    /**
     * Whether {@link #compare} could give a name that reaches {@code floor} once birth date and
     * nationality add at most {@code gain}: false only when {@code min(1, cap, score + gain)} is
     * certainly below {@code floor}, so a caller that skips the comparison then loses nothing.
     *
     * <p>Decided without aligning anything: each token counts with its best similarity to any token
     * of the other side it could be paired with, singly or in any join that {@link #compare} could
     * make (every adjacent pair, as if no token were used yet), as if the one-to-one alignment never
     * made two tokens compete for one. The evidence rules are bounded the same way: a person needs
     * two disjoint name pairs that are not weak, or a name pair and an initial, or a join. Joined
     * words are compared only when the single pairs alone fall short and the cheap join test
     * ({@link #similarLength}) leaves a chance.
     *
     * <p>Kept beside the rules it bounds: a change to {@link #compare} that can raise a score above
     * this bound must change it too ({@code NameScorerTests} checks it on seeded random names).
     */
    public static boolean mayReach(
            NameSide query, NameSide record, EntityKind kind, Similarities sims, double floor, double gain) {
        return new Bound(query).mayReach(record, kind, sims, floor, gain);
    }

    /** Record tokens a {@link #summarise summary} describes at most. */
    public static final int SUMMARY_TOKENS = 4;

    /** Bits of one token's slot in a summary: head code (6), key length (5), pairs with the next (1). */
    private static final int SUMMARY_SLOT_BITS = 12;

    private static final int SUMMARY_COUNT_SHIFT = SUMMARY_TOKENS * SUMMARY_SLOT_BITS;
    /** Key lengths a summary's slot holds; a name with a longer name part has no summary. */
    private static final int SUMMARY_MAX_LENGTH = 31;

    /**
     * What {@link Bound#mayReachWithMatched} reads of a record, packed in one long, so that an index
     * can keep it per indexed name and rule a candidate out from it alone ({@link
     * Bound#mayReachWithSummary}): for each of the record's name parts in order (at most {@link
     * #SUMMARY_TOKENS}), a code of its skeleton head ({@link #headCode}), its key length and whether
     * it may be written together with the next name part ({@link NameSide#next} is that part); and
     * their number. 0 (no summary) for a name with an initial, more name parts, a name part of a key
     * longer than 31 letters, or no name part: {@link Bound#mayReachWithSummary} then answers true.
     */
    public static long summarise(NameSide record) {
        int n = record.size();
        long summary = 0;
        int count = 0;
        for (int r = 0; r < n; r++) {
            Role role = record.role(r);
            if (role == Role.INITIAL) {
                return 0;
            }
            if (role != Role.NAME) {
                continue;
            }
            int length = record.keyLength(r);
            if (count == SUMMARY_TOKENS || length > SUMMARY_MAX_LENGTH) {
                return 0;
            }
            int next = record.next(r);
            long pairs = next > 0 && record.role(next) == Role.NAME ? 1 : 0;
            long slot = headCode(record.skeletonHead(r)) | (long) length << 6 | pairs << 11;
            summary |= slot << (count * SUMMARY_SLOT_BITS);
            count++;
        }
        return count == 0 ? 0 : summary | (long) count << SUMMARY_COUNT_SHIFT;
    }

    /** The number of name parts a summary describes, 0 for none. */
    static int summaryCount(long summary) {
        return (int) (summary >>> SUMMARY_COUNT_SHIFT) & 7;
    }

    /** The {@link #headCode} of a summary's name part {@code i}. */
    static int summaryHead(long summary, int i) {
        return (int) (summary >>> (i * SUMMARY_SLOT_BITS)) & 63;
    }

    /** The key length of a summary's name part {@code i}. */
    static int summaryLength(long summary, int i) {
        return (int) (summary >>> (i * SUMMARY_SLOT_BITS + 6)) & SUMMARY_MAX_LENGTH;
    }

    /** Whether a summary's name part {@code i} may be written together with the next one. */
    static boolean summaryPairs(long summary, int i) {
        return (summary >>> (i * SUMMARY_SLOT_BITS + 11) & 1) != 0;
    }

    /**
     * A skeleton head in 6 bits: 0 only for none (0), distinct for the ASCII letters, other
     * characters may share a code (a summary then only lets more through).
     */
    static int headCode(char head) {
        return head == 0 ? 0 : 1 + head % 63;
    }

    /**
     * {@link #mayReach} for one query against many records: what the bound needs of the query (its
     * tokens' coverage weights, counts, patronymic) is read once, and its arrays are reused from one
     * record to the next. Not thread-safe: one per query side and thread.
     */
    public static final class Bound {
        private static final int QUERY_TOKEN = 0;
        private static final int BOTH_JOINED = 1;
        private static final int RECORD_TOKEN = 2;
        /** Slots of {@link #sameWordKeys}: 2 to this power. */
        private static final int SAME_WORD_BITS = 9;

        private final NameSide query;
        /** Per query token: its weight in {@link #bestCoverage}, 0 when it cannot be matched. */
        private final double[] queryWeights;

        private final int queryCount;
        private final int queryPatronymic;
        private NameSide record;
        private int nr;
        /** The best similarity each query and record token could get: with single pairs, then with joins. */
        private final double[] qBest;

        private final double[] qLoose;
        private double[] rBest = new double[8];
        private double[] rLoose = new double[8];
        /** Record tokens in any pair (for an organisation's distinctive word). */
        private boolean[] rPaired = new boolean[8];

        private boolean[] rPairedLoose = new boolean[8];
        private double[] recordWeights = new double[8];
        private boolean[] none = new boolean[8];
        /** Pairs that count as evidence: query token << 31 | record token, bit 62 for a name pair. */
        private long[] edges = new long[32];

        private int edgeCount;
        private boolean patronymics;
        private int recordCount;
        private int recordPatronymic;
        /** Whether some join holds, and whether one spans two record tokens: with single pairs, then loose. */
        private boolean join;

        private boolean recordSpan;
        private boolean joinLoose;
        private boolean recordSpanLoose;
        /**
         * Joined words read once: the query's pairs for all records ({@link NameSide#joined} of the
         * query), the record's pairs for the query's tokens; whether each has been read.
         */
        private final @Nullable TokenForm[] queryJoined;

        private final boolean[] queryJoinedRead;
        /**
         * {@link #sameWord}'s answers, one per slot (a newer one takes the slot): the query token and
         * the record's form id plus 1 (0 for an empty slot), and whether they are the same word.
         */
        private final long[] sameWordKeys = new long[1 << SAME_WORD_BITS];

        private final boolean[] sameWordAnswers = new boolean[1 << SAME_WORD_BITS];
        private @Nullable TokenForm[] recordJoined = new TokenForm[8];
        /**
         * The joins the loose bound counted, in the order found: a query token against two record
         * tokens ({@link #QUERY_TOKEN}), two against two ({@link #BOTH_JOINED}), or two query tokens
         * against one record token ({@link #RECORD_TOKEN}), with their first and last tokens.
         */
        private int[] joinKind = new int[8];

        private int[] joinQ = new int[8];
        private int[] joinQEnd = new int[8];
        private int[] joinR = new int[8];
        private int[] joinREnd = new int[8];
        private int joinCount;
        /** The joins' consonant test, which remembers the query's side of it. */
        private final JoinSkeletons skeletons = new JoinSkeletons();

        private boolean[] recordJoinedRead = new boolean[8];
        /** Whether {@link #addJoins} only marks the query tokens its joins cover, in {@link #joinable}. */
        private boolean marking;
        /**
         * While marking: whether joins that add nothing are skipped and the marking stops once the
         * covered tokens reach the floor ({@link #markedReached}); the matched tokens, floor and gain.
         */
        private boolean markingEarly;

        private boolean markedReached;
        private long markedMatched;
        private double markedFloor;
        private double markedGain;

        private long joinable;
        /**
         * {@link #summaryJoins}: the query's joins against two record words (head code, key length,
         * query tokens covered), and against one record word; made on first use.
         */
        private boolean summaryJoinsMade;

        private int[] pairHeads = new int[0];

        private int[] pairLengths = new int[0];
        private long[] pairMasks = new long[0];
        private int[] tokenHeads = new int[0];
        private int[] tokenLengths = new int[0];
        private long[] tokenMasks = new long[0];

        /**
         * The pairs {@link #addSingles} found, as {@link #aligned} takes them: query token, record
         * token, and the similarity each side's token counts with.
         */
        private int[] singleQ = new int[8];

        private int[] singleR = new int[8];
        private double[] singleQSim = new double[8];
        private double[] singleRSim = new double[8];
        private int singleCount;
        /** Whether {@link #mayReach} bounds organisations by one-to-one alignments ({@link #alignedReaches}). */
        private final boolean alignOrganisations;
        /** {@link #alignedReaches}' state: the tokens' similarities of the pairs taken, and the evidence. */
        private final double[] qAligned;

        private double[] rAligned = new double[8];
        private boolean[] rPairedAligned = new boolean[8];
        private int joinsAligned;

        /** A bound that also bounds organisations by one-to-one alignments (see {@link #alignedReaches}). */
        public Bound(NameSide query) {
            this(query, true);
        }

        /**
         * @param alignOrganisations whether {@link #mayReach} also rules out an organisation whose
         *     pairs and possible joins reach the floor only when one token is in two of them; false
         *     only to compare with the looser bound in tests
         */
        public Bound(NameSide query, boolean alignOrganisations) {
            this.query = query;
            this.alignOrganisations = alignOrganisations;
            int nq = query.size();
            queryWeights = new double[nq];
            for (int i = 0; i < nq; i++) {
                Role role = query.role(i);
                if (isMatchable(role)) {
                    queryWeights[i] = coverageWeight(query, i, role);
                }
            }
            queryCount = count(query);
            queryPatronymic = indexOf(query, Role.PATRONYMIC);
            qBest = new double[nq];
            qLoose = new double[nq];
            qAligned = new double[nq];
            queryJoined = new TokenForm[nq];
            queryJoinedRead = new boolean[nq];
        }

        private @Nullable TokenForm queryJoined(int q) {
            if (!queryJoinedRead[q]) {
                queryJoined[q] = query.joined(q);
                queryJoinedRead[q] = true;
            }
            return queryJoined[q];
        }

        private @Nullable TokenForm recordJoined(int r) {
            if (!recordJoinedRead[r]) {
                recordJoined[r] = record.joined(r);
                recordJoinedRead[r] = true;
            }
            return recordJoined[r];
        }

        /**
         * A cheaper, looser {@link #mayReach} for a record whose word matches are known before any
         * similarity is read: the query tokens in {@code matched} (a bit per token; from the 64th on
         * all count as matched) are taken as matched exactly, every other one only where a join that
         * passes the cheap test and the consonant test ({@link JoinSkeletons}) could cover it, and the
         * record's own tokens as all matched. False only when {@link #mayReach} is false too, provided
         * that every query token whose {@link Similarities#compare} with a token of the record can be
         * non-null is in {@code matched}, and that neither name has a patronymic (only a query token
         * paired with the record's patronymic is left out of the similarities above) — as for an
         * organisation whose query tokens' word matches an index has looked up.
         */
        public boolean mayReachWithMatched(NameSide record, long matched, double floor, double gain) {
            return mayReachWithMatched(record, matched, floor, gain, true);
        }

        /**
         * {@link #mayReachWithMatched} marking every join that passes the cheap test, without its
         * early answers: the answer it must give; for tests.
         */
        boolean mayReachWithMatchedMarkingEveryJoin(NameSide record, long matched, double floor, double gain) {
            return mayReachWithMatched(record, matched, floor, gain, false);
        }

        /**
         * With {@code early}, the answer is given as soon as it is known: the covered share only grows
         * as joins mark tokens, so once the tokens covered so far reach the floor (the matched ones
         * alone, before any join is tested) the answer is true; and a join whose tokens are all
         * covered already cannot change it, so its cheap test is not run. Otherwise every join is
         * tested and marked; the answers are the same.
         */
        private boolean mayReachWithMatched(NameSide record, long matched, double floor, double gain, boolean early) {
            if (early && coveredReaches(matched, floor, gain)) {
                return true; // the joins could only add to it
            }
            this.record = record;
            nr = record.size();
            if (none.length < Math.max(qBest.length, nr)) {
                none = new boolean[Math.max(qBest.length, nr)];
            }
            joinable = 0;
            marking = true;
            markingEarly = early;
            markedMatched = matched;
            markedFloor = floor;
            markedGain = gain;
            markedReached = false;
            addJoins();
            marking = false;
            return markedReached || coveredReaches(matched | joinable, floor, gain);
        }

        /**
         * {@link #mayReachWithMatched} from a record's {@link NameScorer#summarise summary} alone,
         * looser: every join whose cheap test ({@link #similarLength}) could pass on the summary's head
         * codes and key lengths counts, as if no two words were the same ({@link #spaceMoved} is not
         * asked). So false only when {@link #mayReachWithMatched} of the summarised record is false
         * too; true for a record without a summary (0).
         */
        public boolean mayReachWithSummary(long summary, long matched, double floor, double gain) {
            int count = summaryCount(summary);
            if (count == 0 || coveredReaches(matched, floor, gain)) {
                return true;
            }
            if (!summaryJoinsMade) {
                summaryJoins();
                summaryJoinsMade = true;
            }
            int[] pairHead = pairHeads;
            int[] pairLength = pairLengths;
            long[] pairMask = pairMasks;
            int[] tokenHead = tokenHeads;
            int[] tokenLength = tokenLengths;
            long[] tokenMask = tokenMasks;
            long covered = matched;
            for (int i = 0; i < count; i++) {
                int head = summaryHead(summary, i);
                if (head == 0) {
                    continue; // no join holds with a word without a skeleton head
                }
                int length = summaryLength(summary, i);
                for (int e = 0; e < tokenHead.length; e++) {
                    if (tokenHead[e] == head && Math.abs(tokenLength[e] - length) <= 3) {
                        covered |= tokenMask[e];
                    }
                }
                if (summaryPairs(summary, i)) {
                    int pair = length + summaryLength(summary, i + 1);
                    for (int e = 0; e < pairHead.length; e++) {
                        if (pairHead[e] == head && Math.abs(pairLength[e] - pair) <= 3) {
                            covered |= pairMask[e];
                        }
                    }
                }
            }
            return coveredReaches(covered, floor, gain);
        }

        /**
         * The query's side of {@link #addJoins}' cheap tests, for {@link #mayReachWithSummary}: against
         * two record words written together, each query name part and each pair of the query's
         * ({@link #queryJoined}); against one record word, each pair of the query's, with the head
         * code, the key length and the query tokens the join would cover. A query word without a
         * skeleton head joins nothing.
         */
        private void summaryJoins() {
            int nq = qBest.length;
            int[] pHead = new int[2 * nq];
            int[] pLength = new int[2 * nq];
            long[] pMask = new long[2 * nq];
            int[] tHead = new int[nq];
            int[] tLength = new int[nq];
            long[] tMask = new long[nq];
            int pairs = 0;
            int singles = 0;
            boolean[] none = new boolean[nq];
            for (int q = 0; q < nq; q++) {
                char head = query.skeletonHead(q);
                if (query.role(q) == Role.NAME && head != 0) {
                    pHead[pairs] = headCode(head);
                    pLength[pairs] = query.keyLength(q);
                    pMask[pairs++] = bit(q);
                }
            }
            for (int q = 0; q + 1 < nq; q++) {
                if (!adjacentFree(query, none, q)) {
                    continue;
                }
                int qNext = query.next(q);
                TokenForm joinedQuery = queryJoined(q);
                if (joinedQuery != null && NameSide.skeletonHead(joinedQuery) != 0) {
                    pHead[pairs] = headCode(NameSide.skeletonHead(joinedQuery));
                    pLength[pairs] = joinedQuery.key().length();
                    pMask[pairs++] = bit(q) | bit(qNext);
                }
                char head = query.skeletonHead(q);
                if (head != 0) {
                    tHead[singles] = headCode(head);
                    tLength[singles] = query.keyLength(q) + query.keyLength(qNext);
                    tMask[singles++] = bit(q) | bit(qNext);
                }
            }
            pairHeads = java.util.Arrays.copyOf(pHead, pairs);
            pairLengths = java.util.Arrays.copyOf(pLength, pairs);
            pairMasks = java.util.Arrays.copyOf(pMask, pairs);
            tokenHeads = java.util.Arrays.copyOf(tHead, singles);
            tokenLengths = java.util.Arrays.copyOf(tLength, singles);
            tokenMasks = java.util.Arrays.copyOf(tMask, singles);
        }

        private static long bit(int q) {
            return q < Long.SIZE ? 1L << q : 0;
        }

        /** Whether the query tokens in {@code covered} (all from the 64th on) taken as exact reach the floor. */
        private boolean coveredReaches(long covered, double floor, double gain) {
            double total = 0;
            double got = 0;
            for (int q = 0; q < queryWeights.length; q++) {
                double w = queryWeights[q];
                total += w;
                got += q >= Long.SIZE || (covered & 1L << q) != 0 ? w : 0;
            }
            double score = total == 0 ? 0 : Math.min(1, got / total * (1 + PATRONYMIC_AGREEMENT));
            return Math.min(1, score + gain) >= floor;
        }

        /**
         * While marking early: whether query tokens {@code q} and {@code qEnd} are both covered (matched
         * or marked; from the 64th on always), so that a join of theirs adds nothing; or whether the
         * answer is known already.
         */
        private boolean markedNothingToAdd(int q, int qEnd) {
            if (!marking || !markingEarly) {
                return false;
            }
            if (markedReached) {
                return true;
            }
            long covered = markedMatched | joinable;
            return (q >= Long.SIZE || (covered & 1L << q) != 0) && (qEnd >= Long.SIZE || (covered & 1L << qEnd) != 0);
        }

        /**
         * {@link NameScorer#compare} of this bound's query with {@code record}: the same comparison, with the
         * query's side of the joins' consonant test kept from one record to the next.
         */
        public NameComparison compare(NameSide record, EntityKind kind, Similarities sims) {
            return NameScorer.compare(query, record, kind, sims, skeletons);
        }

        /** {@link NameScorer#mayReach} of this bound's query against {@code record}. */
        public boolean mayReach(NameSide record, EntityKind kind, Similarities sims, double floor, double gain) {
            reset(record);
            addSingles(sims);
            if (ceiling(kind, gain, qBest, rBest, rPaired, join, recordSpan) >= floor) {
                return true; // may reach it without any join: compare decides
            }
            System.arraycopy(qBest, 0, qLoose, 0, qBest.length);
            System.arraycopy(rBest, 0, rLoose, 0, nr);
            System.arraycopy(rPaired, 0, rPairedLoose, 0, nr);
            joinLoose = join;
            recordSpanLoose = recordSpan;
            addJoins();
            if (ceiling(kind, gain, qLoose, rLoose, rPairedLoose, joinLoose, recordSpanLoose) < floor) {
                return false;
            }
            if (alignOrganisations
                    && kind == EntityKind.ORGANISATION
                    && queryPatronymic < 0
                    && recordPatronymic < 0
                    && !alignedReaches(gain, floor)) {
                return false;
            }
            return compareJoins(sims, kind, gain, floor);
        }

        /** Pairs beyond which {@link #alignedReaches} does not enumerate (and lets the record through). */
        private static final int MAX_ALIGNED = 12;

        /**
         * Whether an organisation may reach {@code floor} when its pairs are taken one to one, as {@link
         * NameScorer#compare} aligns them: the single pairs with their similarities and every join the
         * loose bound listed counted as exact, in every set of them in which no query token and no
         * record token is in two pairs (a join's tokens from its first to its last). The loose bound
         * lets one record word count for one query word alone and again in a join with its neighbour
         * (Zorkai Movement against Zorkai Dorovich Shavin: the join Zorkai Dorovich ~ Zorkai Movement
         * and the pair Zorkai ~ Zorkai); compare's pairs are always such a set, with join similarities
         * of at most 1, and the ceiling only rises with a pair added, so false means compare's score
         * cannot reach the floor either. Without patronymics only: a patronymic is paired outside the
         * alignment ({@link NameScorer#patronymics}). Lets through a record with more than {@link
         * #MAX_ALIGNED} pairs, or more than 64 tokens on a side.
         */
        private boolean alignedReaches(double gain, double floor) {
            int nq = qBest.length;
            if (singleCount + joinCount > MAX_ALIGNED || nq > Long.SIZE || nr > Long.SIZE) {
                return true;
            }
            if (rAligned.length < nr) {
                rAligned = new double[Math.max(nr, 2 * rAligned.length)];
                rPairedAligned = new boolean[rAligned.length];
            }
            java.util.Arrays.fill(qAligned, 0, nq, 0);
            java.util.Arrays.fill(rAligned, 0, nr, 0);
            java.util.Arrays.fill(rPairedAligned, 0, nr, false);
            joinsAligned = 0;
            return aligned(0, 0, 0, gain, floor);
        }

        /**
         * Takes or leaves pair {@code i} (singles first, then the listed joins) given the query and
         * record tokens already taken ({@code qTaken}, {@code rTaken}); true once a set reaches the floor.
         */
        private boolean aligned(int i, long qTaken, long rTaken, double gain, double floor) {
            if (i == singleCount + joinCount) {
                return ceiling(
                                EntityKind.ORGANISATION,
                                gain,
                                qAligned,
                                rAligned,
                                rPairedAligned,
                                joinsAligned > 0,
                                false)
                        >= floor;
            }
            long qMask;
            long rMask;
            int q;
            int r;
            int qEnd;
            int rEnd;
            boolean single = i < singleCount;
            if (single) {
                q = qEnd = singleQ[i];
                r = rEnd = singleR[i];
            } else {
                int j = i - singleCount;
                q = joinQ[j];
                qEnd = joinQEnd[j];
                r = joinR[j];
                rEnd = joinREnd[j];
            }
            qMask = span(q, qEnd);
            rMask = span(r, rEnd);
            if ((qTaken & qMask) == 0 && (rTaken & rMask) == 0) {
                if (single) {
                    qAligned[q] = singleQSim[i];
                    rAligned[r] = singleRSim[i];
                    rPairedAligned[r] = true;
                } else {
                    qAligned[q] = qAligned[qEnd] = 1;
                    rAligned[r] = rAligned[rEnd] = 1;
                    joinsAligned++;
                }
                boolean reaches = aligned(i + 1, qTaken | qMask, rTaken | rMask, gain, floor);
                if (single) {
                    qAligned[q] = 0;
                    rAligned[r] = 0;
                    rPairedAligned[r] = false;
                } else {
                    qAligned[q] = qAligned[qEnd] = 0;
                    rAligned[r] = rAligned[rEnd] = 0;
                    joinsAligned--;
                }
                if (reaches) {
                    return true;
                }
            }
            return aligned(i + 1, qTaken, rTaken, gain, floor);
        }

        /** Bits {@code from} to {@code to} (both below 64). */
        private static long span(int from, int to) {
            return (-1L >>> (Long.SIZE - 1 - to + from)) << from;
        }

        /**
         * Compares the joins that the loose bound counted as exact, one by one, and stops as soon as
         * the answer is known: true once the joins that hold lift the ceiling to {@code floor}; false
         * once a join fails and the ceiling with the joins still to compare counted as exact stays
         * under it. Both are the answer of comparing every join, since the ceiling only rises as a
         * join adds to a token's best similarity or to the evidence.
         */
        private boolean compareJoins(Similarities sims, EntityKind kind, double gain, double floor) {
            for (int j = 0; j < joinCount; j++) {
                double s = compareJoin(j, sims);
                if (s > 0) {
                    joined(joinQ[j], joinQEnd[j], joinR[j], joinREnd[j], s, true);
                    if (ceiling(kind, gain, qBest, rBest, rPaired, join, recordSpan) >= floor) {
                        return true;
                    }
                } else if (j + 1 < joinCount && !looseReaches(j + 1, kind, gain, floor)) {
                    return false;
                }
            }
            return ceiling(kind, gain, qBest, rBest, rPaired, join, recordSpan) >= floor;
        }

        /** Listed join {@code j}'s similarity as compared, 0 when it does not hold. */
        private double compareJoin(int j, Similarities sims) {
            int q = joinQ[j];
            int r = joinR[j];
            return switch (joinKind[j]) {
                case QUERY_TOKEN -> joinSimilarity(query.form(q), recordJoined(r), sims);
                case BOTH_JOINED -> joinSimilarity(queryJoined(q), recordJoined(r), sims);
                default -> joinSimilarity(record.form(r), queryJoined(q), sims);
            };
        }

        /**
         * {@link #mayReach} without stopping early: every join the loose bound counts is compared and
         * the ceiling of all of them decides. The answer {@link #mayReach} must give; for tests.
         */
        boolean mayReachComparingEveryJoin(
                NameSide record, EntityKind kind, Similarities sims, double floor, double gain) {
            reset(record);
            addSingles(sims);
            System.arraycopy(qBest, 0, qLoose, 0, qBest.length);
            System.arraycopy(rBest, 0, rLoose, 0, nr);
            addJoins();
            for (int j = 0; j < joinCount; j++) {
                double s = compareJoin(j, sims);
                if (s > 0) {
                    joined(joinQ[j], joinQEnd[j], joinR[j], joinREnd[j], s, true);
                }
            }
            return ceiling(kind, gain, qBest, rBest, rPaired, join, recordSpan) >= floor;
        }

        /** Whether the ceiling reaches {@code floor} with the joins from {@code from} on counted as exact. */
        private boolean looseReaches(int from, EntityKind kind, double gain, double floor) {
            System.arraycopy(qBest, 0, qLoose, 0, qBest.length);
            System.arraycopy(rBest, 0, rLoose, 0, nr);
            joinLoose = join;
            recordSpanLoose = recordSpan;
            for (int j = from; j < joinCount; j++) {
                joined(joinQ[j], joinQEnd[j], joinR[j], joinREnd[j], 1, false);
            }
            return ceiling(kind, gain, qLoose, rLoose, rPairedLoose, joinLoose, recordSpanLoose) >= floor;
        }

        private void reset(NameSide record) {
            this.record = record;
            nr = record.size();
            if (rBest.length < nr) {
                int n = Math.max(nr, 2 * rBest.length);
                rBest = new double[n];
                rLoose = new double[n];
                rPaired = new boolean[n];
                rPairedLoose = new boolean[n];
                recordWeights = new double[n];
                recordJoined = new TokenForm[n];
                recordJoinedRead = new boolean[n];
            }
            java.util.Arrays.fill(recordJoinedRead, 0, nr, false);
            if (none.length < Math.max(qBest.length, nr)) {
                none = new boolean[Math.max(qBest.length, nr)];
            }
            if (edges.length < qBest.length * nr) {
                edges = new long[qBest.length * nr];
            }
            java.util.Arrays.fill(qBest, 0);
            java.util.Arrays.fill(rBest, 0, nr, 0);
            java.util.Arrays.fill(rPaired, 0, nr, false);
            edgeCount = 0;
            join = false;
            recordSpan = false;
            int count = 0;
            int patronymic = -1;
            recordPatronymic = -1;
            for (int r = 0; r < nr; r++) {
                Role role = record.role(r);
                if (isMatchable(role)) {
                    recordWeights[r] = coverageWeight(record, r, role);
                    count++;
                } else {
                    recordWeights[r] = 0;
                    if (role == Role.PATRONYMIC && patronymic < 0) {
                        patronymic = r;
                    }
                }
            }
            recordCount = count;
            recordPatronymic = patronymic;
            patronymics = queryPatronymic >= 0 && patronymic >= 0;
        }

        private void addSingle(int q, int r, double qs, double rs) {
            if (singleCount == singleQ.length) {
                int n = 2 * singleCount;
                singleQ = java.util.Arrays.copyOf(singleQ, n);
                singleR = java.util.Arrays.copyOf(singleR, n);
                singleQSim = java.util.Arrays.copyOf(singleQSim, n);
                singleRSim = java.util.Arrays.copyOf(singleRSim, n);
            }
            singleQ[singleCount] = q;
            singleR[singleCount] = r;
            singleQSim[singleCount] = qs;
            singleRSim[singleCount++] = rs;
        }

        /** The pairs of single tokens, as align and patronymics make them. */
        private void addSingles(Similarities sims) {
            singleCount = 0;
            int nq = qBest.length;
            for (int q = 0; q < nq; q++) {
                Role qr = query.role(q);
                for (int r = 0; r < nr; r++) {
                    Role rr = record.role(r);
                    if (compared(qr, rr)) {
                        TokenSimilarity.Result res = sims.compare(q, r);
                        if (res != null) {
                            double qs = qr == Role.INITIAL ? 1 : res.similarity();
                            double rs = rr == Role.INITIAL ? 1 : res.similarity();
                            qBest[q] = Math.max(qBest[q], qs);
                            rBest[r] = Math.max(rBest[r], rs);
                            addSingle(q, r, qs, rs);
                            rPaired[r] = true;
                            boolean initial = qr == Role.INITIAL || rr == Role.INITIAL;
                            if (isMatchable(qr) && isMatchable(rr) && (initial || !res.weak())) {
                                edges[edgeCount++] = (initial ? 0 : 1L << 62) | (long) q << 31 | r;
                            }
                        }
                    }
                }
            }
            // a patronymic that only one side recognised, against the other side's name parts
            int qp = queryPatronymic;
            int rp = recordPatronymic;
            if (qp >= 0 && rp < 0) {
                for (int r = 0; r < nr; r++) {
                    TokenSimilarity.Result res = record.role(r) == Role.NAME ? sims.compare(qp, r) : null;
                    if (res != null) {
                        rBest[r] = Math.max(rBest[r], res.similarity());
                        rPaired[r] = true;
                    }
                }
            } else if (qp < 0 && rp >= 0) {
                for (int q = 0; q < nq; q++) {
                    TokenSimilarity.Result res = query.role(q) == Role.NAME ? sims.compare(q, rp) : null;
                    if (res != null) {
                        qBest[q] = Math.max(qBest[q], res.similarity());
                        rPaired[rp] = true;
                    }
                }
            }
        }

        /**
         * The joins addJoined could make with no token used yet, each that passes the cheap test and
         * the consonant test ({@link JoinSkeletons}) counted as an exact match (into the loose arrays)
         * and listed for {@link #compareJoins}.
         */
        private void addJoins() {
            joinCount = 0;
            int nq = qBest.length;
            boolean[] none = this.none;
            for (int q = 0; q < nq; q++) {
                if (query.role(q) != Role.NAME || markedNothingToAdd(q, q)) {
                    continue;
                }
                for (int r = 0; r + 1 < nr && !markedNothingToAdd(q, q); r++) {
                    if (joinable(query.keyLength(q), query.skeletonHead(q), record, none, r)
                            && skeletonsNear(skeletons, query, q, -1, record, r, record.next(r))) {
                        looseJoin(QUERY_TOKEN, q, q, r, record.next(r));
                    }
                }
            }
            for (int q = 0; q + 1 < nq; q++) {
                if (!adjacentFree(query, none, q)) {
                    continue;
                }
                int qNext = query.next(q);
                TokenForm joinedQuery = null;
                for (int r = 0; r + 1 < nr && !markedNothingToAdd(q, qNext); r++) {
                    if (adjacentFree(record, none, r)) {
                        joinedQuery = joinedQuery != null ? joinedQuery : queryJoined(q);
                        // the cheap test first: most record pairs fail it; then the consonants, which most of
                        // the rest fail on the classes an index keeps at hand, before spaceMoved reads the words
                        if (joinedQuery != null
                                && similarLength(joinedQuery, record, r, record.next(r))
                                && skeletonsNear(skeletons, query, q, query.next(q), record, r, record.next(r))
                                && spaceMoved(q, r)) {
                            looseJoin(BOTH_JOINED, q, qNext, r, record.next(r));
                        }
                    }
                }
                for (int r = 0; r < nr && !markedNothingToAdd(q, qNext); r++) {
                    if (record.role(r) == Role.NAME
                            && similarLength(record.keyLength(r), record.skeletonHead(r), query, q, qNext)
                            && skeletonsNear(skeletons, query, q, query.next(q), record, r, -1)) {
                        looseJoin(RECORD_TOKEN, q, qNext, r, r);
                    }
                }
            }
        }

        /**
         * {@link NameScorer#spaceMoved} of query token {@code q} and record token {@code r} of the
         * current record, with the answers of {@link NameScorer#sameWord} remembered by query token and
         * record form ({@link NameSide#formId}): the candidates of one query share most of their words
         * (a look-alike of a query word, a generic word), whose forms need not be read again.
         */
        boolean spaceMoved(int q, int r) {
            int qNext = query.next(q);
            int rNext = record.next(r);
            return !(sameWord(q, r) && aWord(query, qNext) && aWord(record, rNext))
                    && !(sameWord(qNext, rNext) && aWord(query, q) && aWord(record, r));
        }

        /** {@link #spaceMoved(int, int)} against {@code record}; for tests. */
        boolean spaceMoved(NameSide record, int q, int r) {
            this.record = record;
            return spaceMoved(q, r);
        }

        private boolean sameWord(int q, int r) {
            int id = record.formId(r);
            if (id < 0) {
                return NameScorer.sameWord(query.form(q), record.form(r));
            }
            long key = ((long) q << 32 | id) + 1; // never 0, the empty slot
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - SAME_WORD_BITS));
            if (sameWordKeys[slot] == key) {
                return sameWordAnswers[slot];
            }
            boolean same = NameScorer.sameWord(query.form(q), record.form(r));
            sameWordKeys[slot] = key;
            sameWordAnswers[slot] = same;
            return same;
        }

        private void looseJoin(int kind, int q, int qEnd, int r, int rEnd) {
            if (marking) {
                long before = joinable;
                joinable |= (q < Long.SIZE ? 1L << q : 0) | (qEnd < Long.SIZE ? 1L << qEnd : 0);
                if (markingEarly && joinable != before) {
                    markedReached = coveredReaches(markedMatched | joinable, markedFloor, markedGain);
                }
                return;
            }
            if (joinCount == joinKind.length) {
                int n = 2 * joinCount;
                joinKind = java.util.Arrays.copyOf(joinKind, n);
                joinQ = java.util.Arrays.copyOf(joinQ, n);
                joinQEnd = java.util.Arrays.copyOf(joinQEnd, n);
                joinR = java.util.Arrays.copyOf(joinR, n);
                joinREnd = java.util.Arrays.copyOf(joinREnd, n);
            }
            joinKind[joinCount] = kind;
            joinQ[joinCount] = q;
            joinQEnd[joinCount] = qEnd;
            joinR[joinCount] = r;
            joinREnd[joinCount++] = rEnd;
            joined(q, qEnd, r, rEnd, 1, false);
        }

        /** A join's similarity as compared (0 when it does not hold); a loose bound counts every join as 1. */
        private static double joinSimilarity(TokenForm single, @Nullable TokenForm joined, Similarities sims) {
            TokenSimilarity.Result res = join(single, joined, sims);
            return res == null ? 0 : res.similarity();
        }

        private void joined(int q, int qEnd, int r, int rEnd, double s, boolean compared) {
            double[] qb = compared ? qBest : qLoose;
            double[] rb = compared ? rBest : rLoose;
            qb[q] = Math.max(qb[q], s);
            qb[qEnd] = Math.max(qb[qEnd], s);
            rb[r] = Math.max(rb[r], s);
            rb[rEnd] = Math.max(rb[rEnd], s);
            if (compared) {
                join = true;
                recordSpan |= rEnd != r;
            } else {
                joinLoose = true;
                recordSpanLoose |= rEnd != r;
            }
        }

        /** The bound of {@code min(1, cap, score + gain)} with the given best similarities. */
        private double ceiling(
                EntityKind kind,
                double gain,
                double[] qb,
                double[] rb,
                boolean[] paired,
                boolean anyJoin,
                boolean span) {
            double patronymicFactor = patronymics ? 1 + PATRONYMIC_AGREEMENT : 1;
            double qCov = coverage(queryWeights, qb, qb.length);
            double rCov = coverage(recordWeights, rb, nr);
            double score = Math.min(1, qCov * (1 - EXTRA_RECORD_WEIGHT * (1 - rCov)) * patronymicFactor);
            double cap = cap(kind, paired, anyJoin, span);
            return Math.min(Math.min(1, cap), Math.min(score, cap) + gain);
        }

        private double cap(EntityKind kind, boolean[] paired, boolean anyJoin, boolean span) {
            if (kind == EntityKind.ORGANISATION) {
                boolean distinctive = anyJoin;
                for (int r = 0; r < nr && !distinctive; r++) {
                    distinctive = paired[r] && !record.generic(r);
                }
                return distinctive || allGeneric(record) ? 1 : GATE_CAP;
            }
            if (queryCount <= 1) {
                return recordCount <= 1 || span ? 1 : SINGLE_PART_CAP;
            }
            return recordCount <= 1 || anyJoin || twoDisjointPairs() ? 1 : GATE_CAP;
        }

        /** Whether two evidence pairs, at least one of them a name pair, share no token. */
        private boolean twoDisjointPairs() {
            for (int i = 0; i < edgeCount; i++) {
                if ((edges[i] & 1L << 62) == 0) {
                    continue;
                }
                long q = edges[i] >>> 31 & 0x7FFFFFFF;
                long r = edges[i] & 0x7FFFFFFF;
                for (int j = 0; j < edgeCount; j++) {
                    if (j != i && (edges[j] >>> 31 & 0x7FFFFFFF) != q && (edges[j] & 0x7FFFFFFF) != r) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** {@link #bestCoverage} with the weights at hand (an unmatchable token's 0 adds nothing). */
        private static double coverage(double[] weights, double[] best, int n) {
            double total = 0;
            double matched = 0;
            for (int i = 0; i < n; i++) {
                double w = weights[i];
                if (w != 0) {
                    total += w;
                    matched += w * best[i];
                }
            }
            return total == 0 ? 0 : matched / total;
        }
    }

    private static double coverageWeight(NameSide side, int i, Role role) {
        return side.weight(i) * (role == Role.INITIAL ? INITIAL_WEIGHT : 1) * (side.generic(i) ? GENERIC_WEIGHT : 1);
    }

    /** {@link #coverage} with each token matched at the given similarity. */
    private static double bestCoverage(NameSide side, double[] best) {
        double total = 0;
        double matched = 0;
        for (int i = 0; i < side.size(); i++) {
            Role role = side.role(i);
            if (!isMatchable(role)) {
                continue;
            }
            double w = coverageWeight(side, i, role);
            total += w;
            matched += w * best[i];
        }
        return total == 0 ? 0 : matched / total;
    }

    /**
     * Whether {@link #compare} may align a token with two adjacent parts of the record written as one
     * word (the only way a one-part query escapes {@link #SINGLE_PART_CAP} against a longer name):
     * a cheap necessary condition for callers that skip comparisons which cannot reach a threshold.
     */
    public static boolean mayJoin(TokenForm single, NameSide record) {
        boolean[] noneUsed = new boolean[record.size()];
        for (int r = 0; r + 1 < record.size(); r++) {
            if (joinable(single.key().length(), NameSide.skeletonHead(single), record, noneUsed, r)) {
                return true;
            }
        }
        return false;
    }

    private static boolean joinable(int length, char head, NameSide record, boolean[] rUsed, int r) {
        return adjacentFree(record, rUsed, r) && similarLength(length, head, record, r, record.next(r));
    }

    /**
     * A cheap test before joining: similar length and the same first consonant class, after the vowel
     * for a word that begins with one ({@link NameSide#skeletonHead(TokenForm)}; key lengths and
     * skeleton heads from the sides, which an index keeps at hand). A join that passes it is then
     * asked for its consonants ({@link #skeletonsNear}) before the words are joined and compared.
     */
    private static boolean similarLength(int length, char head, NameSide side, int a, int b) {
        return Math.abs(length - side.keyLength(a) - side.keyLength(b)) <= 3
                && head != 0
                && side.skeletonHead(a) == head;
    }

    private static boolean similarLength(TokenForm single, NameSide side, int a, int b) {
        return similarLength(single.key().length(), NameSide.skeletonHead(single), side, a, b);
    }

    /**
     * The joins' consonant test ({@link JoinSkeletons}) of query token {@code q} (written together with
     * {@code qNext} unless that is -1) against record token {@code r} (with {@code rNext} unless -1).
     */
    private static boolean skeletonsNear(
            JoinSkeletons skeletons, NameSide query, int q, int qNext, NameSide record, int r, int rNext) {
        List<String> q1 = query.form(q).skeletons();
        List<String> q2 = qNext < 0 ? null : query.form(qNext).skeletons();
        long packed1 = record.packedSkeleton(r);
        long packed2 = rNext < 0 ? 0 : record.packedSkeleton(rNext);
        if (packed1 != 0 && (rNext < 0 || packed2 != 0)) {
            // words an index keeps packed beside its names: neither their forms nor their skeletons are read
            int classes = JoinSkeletons.packedClasses(packed1) | JoinSkeletons.packedClasses(packed2);
            return skeletons.mayBeNear(q1, q2, classes) && skeletons.near(q1, q2, packed1, packed2);
        }
        int recordClasses = record.skeletonClasses(r) | (rNext < 0 ? 0 : record.skeletonClasses(rNext));
        // the classes first: an index keeps them at hand, and most record words fail on them alone
        return skeletons.mayBeNear(q1, q2, recordClasses)
                && skeletons.near(
                        q1,
                        q2,
                        record.form(r).skeletons(),
                        rNext < 0 ? null : record.form(rNext).skeletons());
    }

    /**
     * Whether two query tokens written together against two record tokens written together (from
     * {@code q} and {@code r}, each with the token it may be written together with) can show a space
     * that moved: not when the first words of both sides are the same word, nor when the second words
     * are. Then the space is at the same place, the single pairs already say all there is, and the
     * joined words would only let the shared word dilute the other word's distance (Ferghana
     * Damzairshoz Society is not Ferghana Tiamzhaiztoz Society). The full alignment and the bound ask
     * the same question, so the bound stays admissible.
     */
    static boolean spaceMoved(NameSide query, int q, NameSide record, int r) {
        int qNext = query.next(q);
        int rNext = record.next(r);
        return !(sameWord(query.form(q), record.form(r)) && aWord(query, qNext) && aWord(record, rNext))
                && !(sameWord(query.form(qNext), record.form(rNext)) && aWord(query, q) && aWord(record, r));
    }

    /**
     * Whether a two-against-two join of similarity {@code joined} (from {@code q} and {@code r}) has a
     * word pair, the first words or the second, that matches alone at least as well as the joined
     * words do: then the space is at the same place and the join only lends that pair's similarity to
     * the other words (Varvara Aliaksandrauna Krukava against Варвара Аляксандраўна Аксёнава: the
     * patronymics alike at 0.95 carried the surnames, which do not pair at all, to 0.86). {@link
     * #spaceMoved} asks it of the same word, before any join is compared; this asks it of a word
     * spelled otherwise (a romanisation that is neither the canonical form nor the primary key), once
     * the join holds. With the same exceptions as {@link #spaceMoved}: not across an abjad, not beside
     * a word of fewer than three key letters. A weak pair (a different name that looks alike) holds
     * nothing alone. Asked by the full alignment only; the bound, counting the join, stays above it.
     */
    private static boolean wordHeldAlone(
            NameSide query, int q, NameSide record, int r, Similarities sims, double joined) {
        int qNext = query.next(q);
        int rNext = record.next(r);
        return heldAlone(query, q, record, r, sims, joined) && aWord(query, qNext) && aWord(record, rNext)
                || heldAlone(query, qNext, record, rNext, sims, joined) && aWord(query, q) && aWord(record, r);
    }

    private static boolean heldAlone(NameSide query, int q, NameSide record, int r, Similarities sims, double joined) {
        if (query.form(q).script().isAbjad() || record.form(r).script().isAbjad()) {
            return false;
        }
        TokenSimilarity.Result single = sims.compare(q, r);
        return single != null && !single.weak() && single.type() != MatchType.INITIAL && single.similarity() >= joined;
    }

    /**
     * Whether a token is long enough (three letters of key or more) to be compared alone: two letters
     * (an abbreviated legal form, Zazyan HJ and Զազյան ՀՁ) are compared as initials, and the joined
     * words may be the only evidence for them.
     */
    private static boolean aWord(NameSide side, int i) {
        return side.keyLength(i) >= 3;
    }

    /**
     * The same word, in any script or romanisation: the same token as written, the same canonical
     * Latin form (Балх and Balkh) or the same primary romanised key. The exact tests of {@link
     * TokenSimilarity} (identical, or a transliteration by canonical form or primary key), without
     * its other romanised variants.
     */
    private static boolean sameWord(TokenForm a, TokenForm b) {
        if (a.script().isAbjad() || b.script().isAbjad()) {
            // written without its vowels, a single pair stays below its cap (MAX_ABJAD) however alike the
            // words are, and the joined words may say more: محمد عیسی and Mohammad Essa
            return false;
        }
        return a.folded().equals(b.folded())
                || (!a.canonical().isEmpty() && a.canonical().equals(b.canonical()))
                || (!a.key().isEmpty() && a.key().equals(b.key()));
    }

    /** Whether token {@code i} and the one it may be written together with are free name parts. */
    private static boolean adjacentFree(NameSide side, boolean[] used, int i) {
        int next = side.next(i);
        return next > 0 && side.role(i) == Role.NAME && side.role(next) == Role.NAME && !used[i] && !used[next];
    }

    private static void addJoin(
            TokenForm single,
            @Nullable TokenForm joined,
            Similarities sims,
            List<NameComparison.Pair> out,
            int q,
            int qEnd,
            int r,
            int rEnd) {
        TokenSimilarity.Result res = join(single, joined, sims);
        if (res != null) {
            out.add(new NameComparison.Pair(q, qEnd, r, rEnd, res.type(), res.similarity()));
        }
    }

    /** A token matching two tokens written as one word, or null when the join does not hold. */
    private static TokenSimilarity.@Nullable Result join(
            TokenForm single, @Nullable TokenForm joined, Similarities sims) {
        if (joined == null) {
            return null;
        }
        TokenSimilarity.Result res = sims.joined(single, joined);
        return res != null && res.type() != MatchType.INITIAL && res.similarity() >= JOIN_SIMILARITY ? res : null;
    }

    private static boolean free(boolean[] used, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i <= to; i++) {
            used[i] = true;
        }
    }

    /**
     * One name part matched only without its surname ending is a regional form (Rahmon for
     * Rakhmonov); two are more likely given name and surname swapped (Ivan Petrov, Petr Ivanov), so
     * from the second on they count half.
     */
    private static void discountDroppedEndings(List<NameComparison.Pair> pairs) {
        boolean seen = false;
        for (int i = 0; i < pairs.size(); i++) {
            NameComparison.Pair p = pairs.get(i);
            if (p.droppedEnding()) {
                if (seen) {
                    pairs.set(i, p.withSimilarity(p.similarity() / 2));
                }
                seen = true;
            }
        }
    }

    /** Whether side a's first name part is unmatched while b's first part matched a later part of a. */
    private static boolean shifted(NameSide a, NameSide b, List<NameComparison.Pair> pairs) {
        int firstA = firstName(a);
        int firstB = firstName(b);
        if (firstA < 0 || firstB < 0) {
            return false;
        }
        boolean aMatched = false;
        boolean bLater = false;
        for (NameComparison.Pair p : pairs) {
            aMatched |= p.q() <= firstA && firstA <= p.qEnd();
            bLater |= p.r() <= firstB && firstB <= p.rEnd() && p.q() > firstA;
        }
        return !aMatched && bLater;
    }

    private static int firstName(NameSide side) {
        for (int i = 0; i < side.size(); i++) {
            if (side.role(i) == Role.NAME) {
                return i;
            }
            if (side.role(i) != Role.IGNORED) {
                return -1;
            }
        }
        return -1;
    }

    private static List<NameComparison.Pair> swap(List<NameComparison.Pair> pairs) {
        List<NameComparison.Pair> out = new ArrayList<>(pairs.size());
        for (NameComparison.Pair p : pairs) {
            out.add(new NameComparison.Pair(p.r(), p.rEnd(), p.q(), p.qEnd(), p.type(), p.similarity()));
        }
        return out;
    }

    /** Compares patronymics; returns the factor to apply to the score. */
    private static double patronymics(
            NameSide query,
            NameSide record,
            Similarities sims,
            boolean[] qUsed,
            boolean[] rUsed,
            List<NameComparison.Pair> pairs) {
        int qp = indexOf(query, Role.PATRONYMIC);
        int rp = indexOf(record, Role.PATRONYMIC);
        if (qp < 0 && rp < 0) {
            return 1;
        }
        if (qp >= 0 && rp >= 0) {
            TokenSimilarity.Result res = sims.compare(qp, rp);
            // a weak pair is another father's name that looks alike (Antonovna, Anatolyevna)
            if (res != null && !res.weak() && res.similarity() >= 0.8 && res.type() != MatchType.INITIAL) {
                qUsed[qp] = rUsed[rp] = true;
                pairs.add(new NameComparison.Pair(qp, qp, rp, rp, res.type(), res.similarity()));
                return 1 + PATRONYMIC_AGREEMENT;
            }
            double fathers = fathersNames(query.form(qp), record.form(rp));
            if (fathers >= 0.85) {
                qUsed[qp] = rUsed[rp] = true;
                pairs.add(new NameComparison.Pair(qp, qp, rp, rp, MatchType.PHONETIC, fathers));
                return 1;
            }
            return PATRONYMIC_MISMATCH;
        }
        // One side did not recognise its patronymic: it may sit among the other side's spare names.
        for (int i = 0; i < (qp >= 0 ? record.size() : query.size()); i++) {
            boolean spare =
                    qp >= 0 ? !rUsed[i] && record.role(i) == Role.NAME : !qUsed[i] && query.role(i) == Role.NAME;
            TokenSimilarity.Result res = !spare ? null : qp >= 0 ? sims.compare(qp, i) : sims.compare(i, rp);
            if (res != null && res.similarity() >= 0.85 && res.type() != MatchType.INITIAL) {
                int q = qp >= 0 ? qp : i;
                int r = qp >= 0 ? i : rp;
                qUsed[q] = rUsed[r] = true;
                pairs.add(new NameComparison.Pair(q, q, r, r, res.type(), res.similarity()));
                return 1;
            }
        }
        return 1;
    }

    /** Abishuly and Abishevich: one father's name in two patronymic styles. */
    private static double fathersNames(TokenForm a, TokenForm b) {
        String sa = fathersName(a.canonical());
        String sb = fathersName(b.canonical());
        return sa.length() < 3 || sb.length() < 3 ? 0 : TokenSimilarity.similarity(sa, sb, false);
    }

    private static final java.util.Map<String, String> FATHERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String fathersName(String patronymic) {
        String cached = FATHERS.get(patronymic);
        if (cached == null) {
            cached = PhoneticKey.romanisedPrimary(Lexicon.standard().patronymicStem(patronymic));
            if (FATHERS.size() > 100_000) {
                FATHERS.clear();
            }
            FATHERS.put(patronymic, cached);
        }
        return cached;
    }

    private static int indexOf(NameSide side, Role role) {
        for (int i = 0; i < side.size(); i++) {
            if (side.role(i) == role) {
                return i;
            }
        }
        return -1;
    }

    private static double coverage(NameSide side, List<NameComparison.Pair> pairs, boolean query) {
        double[] got = new double[side.size()];
        for (NameComparison.Pair p : pairs) {
            int from = query ? p.q() : p.r();
            int to = query ? p.qEnd() : p.rEnd();
            for (int i = from; i <= to; i++) {
                // an initial is fully explained by the name it stands for; the name only by its first letter
                got[i] = side.role(i) == Role.INITIAL ? 1 : p.similarity();
            }
        }
        return bestCoverage(side, got);
    }

    private static double cap(NameSide query, NameSide record, EntityKind kind, List<NameComparison.Pair> pairs) {
        if (kind == EntityKind.ORGANISATION) {
            boolean distinctive = pairs.stream().anyMatch(p -> !record.generic(p.r()) || p.rEnd() != p.r());
            boolean allGeneric = allGeneric(record);
            return distinctive || allGeneric ? 1 : GATE_CAP;
        }
        int nq = count(query);
        int nr = count(record);
        if (nq <= 1) {
            boolean spansTwo = pairs.stream().anyMatch(p -> p.rEnd() > p.r());
            return nr <= 1 || spansTwo ? 1 : SINGLE_PART_CAP;
        }
        if (nr <= 1) {
            return 1;
        }
        if (oppositeGender(query, record, pairs)) {
            return GATE_CAP;
        }
        int names = 0;
        int initials = 0;
        for (NameComparison.Pair p : pairs) {
            if (query.role(p.q()) == Role.PATRONYMIC || record.role(p.r()) == Role.PATRONYMIC) {
                continue;
            }
            if (query.role(p.q()) == Role.INITIAL || record.role(p.r()) == Role.INITIAL) {
                initials++;
            } else if (p.weak()) {
                continue; // a similar-looking different name (Белякова, Полякова) is no evidence on its own
            } else {
                names += Math.max(p.qEnd() - p.q(), p.rEnd() - p.r()) + 1;
            }
        }
        return names >= 2 || (names >= 1 && initials >= 1) ? 1 : GATE_CAP;
    }

    /**
     * Whether two or more matched name parts are the feminine form on one side and the masculine on
     * the other, never the reverse: Valentina Sokolova and Valentin Sokolov are sister and brother, not
     * one person. In Russian, Ukrainian and Belarusian the surname agrees with its bearer's gender
     * (-ov/-ova, -in/-ina, -sky/-skaya) and feminine given names end in -a (Aleksandra, Yevgeniya); one
     * such part alone may be a registration that dropped the feminine ending (Anna Ivanov).
     */
    private static boolean oppositeGender(NameSide query, NameSide record, List<NameComparison.Pair> pairs) {
        int feminineQuery = 0;
        int feminineRecord = 0;
        for (NameComparison.Pair p : pairs) {
            if (p.q() != p.qEnd()
                    || p.r() != p.rEnd()
                    || query.role(p.q()) != Role.NAME
                    || record.role(p.r()) != Role.NAME) {
                continue;
            }
            String q = query.form(p.q()).key();
            String r = record.form(p.r()).key();
            if (feminineOf(q, r)) {
                feminineQuery++;
            } else if (feminineOf(r, q)) {
                feminineRecord++;
            }
        }
        return feminineQuery >= 2 && feminineRecord == 0 || feminineRecord >= 2 && feminineQuery == 0;
    }

    /**
     * Whether key {@code f} ends in the feminine -a where {@code m} has a masculine ending: -ov/-ova,
     * -sky/-skaya, Valentin/Valentina, Valeriy/Valeriya; glides are left out, which romanisations
     * write or drop (Vorobyev, Vorobeva).
     */
    private static boolean feminineOf(String f, String m) {
        if (m.length() >= 3 && m.endsWith("i") && f.endsWith("ya") && f.length() >= m.length()) {
            return true;
        }
        String fs = f.replace("y", "");
        String ms = m.replace("y", "");
        int extra = fs.length() - ms.length();
        if (extra < 1 || extra > 3 || ms.isEmpty() || !fs.endsWith("a")) {
            return false;
        }
        char last = ms.charAt(ms.length() - 1);
        return !PhoneticKey.isVowel(last) || last == 'i' && f.endsWith("ya");
    }

    private static boolean allGeneric(NameSide side) {
        for (int i = 0; i < side.size(); i++) {
            if (side.role(i) == Role.NAME && !side.generic(i)) {
                return false;
            }
        }
        return true;
    }

    private static int count(NameSide side) {
        int n = 0;
        for (int i = 0; i < side.size(); i++) {
            if (isMatchable(side.role(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isMatchable(Role role) {
        return role == Role.NAME || role == Role.INITIAL;
    }

    private static List<Integer> unused(NameSide side, boolean[] used) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < side.size(); i++) {
            if (!used[i] && side.role(i) != Role.IGNORED) {
                out.add(i);
            }
        }
        return out;
    }
}
