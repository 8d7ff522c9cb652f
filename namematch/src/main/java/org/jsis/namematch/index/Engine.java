package org.jsis.namematch.index;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.Explanation;
import org.jsis.namematch.Match;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.score.Attributes;
import org.jsis.namematch.score.NameComparison;
import org.jsis.namematch.score.NameScorer;
import org.jsis.namematch.score.NameSide;
import org.jsis.namematch.score.Similarities;
import org.jsis.namematch.score.TokenSimilarity;
import org.jsis.namematch.text.Lexicon;
import org.jsis.namematch.text.NameAnalyzer;
import org.jsis.namematch.text.NameToken;
import org.jsis.namematch.text.ParsedName;
import org.jsis.namematch.text.PhoneticKey;
import org.jsis.namematch.text.Role;
import org.jsis.namematch.text.Script;
import org.jsis.namematch.text.TokenForm;
import org.jspecify.annotations.Nullable;

/*
 * Design. A record's names that have the same kind and token sequence share one shape: a run of ints
 * in one pool (vocabulary id << 2 | role) with its kind, evidence flags and signature. Postings point
 * to shapes, so a common full name (Иван Петров, thousands of times in a million records) is one
 * posting per token and is scored once per query; its names (a doubly linked list per shape) are then
 * visited only to apply birth date and nationality per record. The vocabulary holds one TokenForm per
 * distinct normalised token and the posting lists of the shapes containing it as a name part. Tokens
 * are found by their phonetic skeletons and stems (exact) and by single deletions of the skeleton
 * (SymSpell: a deletion of the query key against the deletions of the index keys finds keys within one
 * edit; deletions are kept per distinct key), which touches vocabulary entries, never the names; when
 * a huge vocabulary puts more than MAX_COMPARED entries there, the ones whose keys share the most
 * bigrams with the token are compared, the rest are not. Only vocabulary entries similar enough to a
 * query token contribute their postings; a shape becomes a candidate when its matched query tokens
 * could pass the evidence rules, and only candidates whose upper bound (NameScorer.mayReach) reaches
 * the threshold and the current top are scored, those sharing the most query tokens first. A heap of the best `limit` documents so far gives
 * a bound under which a shape or a record cannot enter the result, so it is not scored further.
 * Removal unlinks names from their shape; posting lists drop shapes without names once dead postings
 * pile up.
 */

/** The index behind {@link org.jsis.namematch.NameIndex}; thread-safe. */
public final class Engine {

    private static final int MAX_QUERY_TOKENS = 30;
    /** Role.values() copies its array on every call; roles are read in the scorer's inner loops. */
    private static final Role[] ROLES = Role.values();

    private static final int MIN_DELETE_KEY = 4;
    /**
     * The default budget of the word look-up cache in bytes (its rings of ints, see {@link
     * LookupCache}; its table of slots takes a quarter of that again); the system property {@code
     * jsis.namematch.lookupCacheMb} sets it.
     */
    static final long MATCH_CACHE_BYTES = Long.getLong("jsis.namematch.lookupCacheMb", 128) << 20;

    private static final int FORM_CACHE_SIZE = 500_000;
    private static final int QUERY_FORM_CACHE_SIZE = 50_000;
    /**
     * With a positive value (the default, 2^18: a table of 1 MB), the query-form cache stores a word
     * at its second analysis, not its first (see {@link BoundedCache}), noting its first in a table of
     * this many ints; 0 stores every word at once. A query word no indexed name holds is mostly a
     * traveller's own spelling, seen once; stored at once, its analysis (~15 objects) was what a young
     * collection copied into the old generation next, once the look-ups were held as ints ({@link
     * LookupCache}): on the invented register's first pass ({@code ScreeningCommand --data register
     * --names 1000000 --queries 3000 --retained}, lead, seventeenth session) a query left 2.2 KB and 47
     * objects with admission against 3.9 KB and 105 without, at the same CPU (4.07 and 4.04 ms a query,
     * one run each). A recurring word is analysed twice before it is cached. The look-up cache has no
     * admission: there a word that recurs (an organisation's generic word, a name written in two
     * scripts) looked up twice had cost more than the pauses saved (thirteenth session: first pass
     * 5.96, 4.14 and 3.61 ms a query with admission against 4.28, 3.17 and 3.41 ms without). The system
     * property {@code jsis.namematch.cacheAdmissionSlots} sets it.
     */
    static final int ADMISSION_SLOTS = Integer.getInteger("jsis.namematch.cacheAdmissionSlots", 1 << 18);

    private static final int PARSED_CACHE_SIZE = 100_000;
    private static final int MIN_SPLIT = 7;
    /** How close a vocabulary word must be to half of a query token to find the names holding it. */
    private static final double SPLIT_SIMILARITY = 0.9;
    /**
     * The most vocabulary entries one query token (or half of one) is compared with in full. A
     * vocabulary of millions of invented words puts tens of thousands of entries within one skeleton
     * edit of a word; beyond this many, the entries whose keys share the most bigrams with the token's
     * are compared (as n-gram spell checkers rank their candidates before the exact distance).
     */
    private static final int MAX_COMPARED = 1000;
    /**
     * How many vocabulary entries a word look-up gathers before it stops reading the widest tier of
     * the skeleton's neighbourhood (the substitution neighbourhood: the deletion lists of the key's
     * deletions). The nearer tiers (the keys themselves, transcription neighbours, one insertion or
     * deletion away, swapped letters) are always read in full, so a sparse neighbourhood (the
     * spellings of real names) is searched as before; a vocabulary of millions of invented words
     * holds tens of thousands of entries two edits away, of which only {@link #MAX_COMPARED} would be
     * compared anyway. The system property {@code jsis.namematch.gatherBudget} sets it.
     */
    static final int GATHER_BUDGET = Integer.getInteger("jsis.namematch.gatherBudget", 4 * MAX_COMPARED);
    /**
     * How many vocabulary entries within a vowel-class edit of a token's vowel key make the wider
     * skeleton neighbourhood unnecessary: spelling variants of one real name rarely come near this
     * many, a dense vocabulary of invented words often does.
     */
    private static final int CLOSE_ENOUGH = 100;
    /**
     * How many entries a token's own skeletons must hold for its lookup to start with vowel keys
     * (measured with {@code -Djsis.namematch.denseSkeleton=100}: the same answers on 600 register-shaped
     * queries, the synthetic 1M list, the development set and the fixtures, but one expected entry
     * fewer in a stream of 5,000 register-shaped queries; kept at 500).
     */
    private static final int DENSE_SKELETON = Integer.getInteger("jsis.namematch.denseSkeleton", 500);
    /** How close two query tokens written as one word must be to a vocabulary word to count. */
    private static final double JOINED_SIMILARITY = 0.85;
    /**
     * The most postings (of persons needing two matching parts) a look-alike of a dense look-up may
     * have and still be deferred: not compared by the look-up, only its postings read as possible
     * matches, and compared when a name holding it and another query token is bounded (see {@link
     * TokenMatches#deferred}). Beyond this many, comparing once is cheaper than reading the postings
     * and bounding their names. The system property {@code jsis.namematch.deferPostings} sets it; -1
     * defers nothing.
     */
    static final int DEFER_POSTINGS = Integer.getInteger("jsis.namematch.deferPostings", 4);

    private static final int[] NO_DEFERRED = new int[0];
    /**
     * How many look-alikes a look-up must choose to defer any: a small look-up (the spellings of real
     * names choose tens) saves little, and its deferred pairs would be compared again by every search
     * that asks, where a compared look-up is cached.
     */
    private static final int DEFER_FROM = 100;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, TokenForm> formCache = new ConcurrentHashMap<>();
    /** Analyses of query tokens that no indexed name has, bounded by count and evicted gradually. */
    private final BoundedCache<String, TokenForm> queryForms =
            new BoundedCache<>(QUERY_FORM_CACHE_SIZE, f -> 1, ADMISSION_SLOTS);

    private final NameAnalyzer indexAnalyzer;
    private final NameAnalyzer queryAnalyzer;

    private final Map<String, Integer> docIds = new HashMap<>();
    private final List<@Nullable NameRecord> docs = new ArrayList<>();
    private final List<int[]> docNames = new ArrayList<>();

    // Names. A name is one of a record's names; names with the same kind and token sequence share a shape.
    private final IntList nameDoc = new IntList();
    private final IntList nameShape = new IntList();
    /** The live names of one shape as a doubly linked list: next and previous name, or -1. */
    private final IntList nameNext = new IntList();

    private final IntList namePrev = new IntList();

    // Shapes: what postings point to and what a query scores, once per distinct token sequence.
    private final IntList shapeStart = new IntList();
    /** Token runs of the shapes, one int per token: vocabulary id << 2 | role. */
    private final IntList pool = new IntList();
    /**
     * Beside {@link #pool}, what bounding and comparing a candidate read of each token's vocabulary
     * entry, packed in one long ({@link #tokenInfo}): a candidate's tokens are then one read in
     * sequence instead of several arrays and a form per token.
     */
    private long[] poolInfo = new long[1024];
    /**
     * Beside {@link #pool}, each token's skeleton packed for the joins' consonant test ({@link
     * NameSide#packedSkeleton(TokenForm)}, 0 when its form has none that packs): the test reads it with the
     * candidate's tokens, not its words' forms and strings, scattered over the heap.
     */
    private long[] poolSkeleton = new long[1024];
    /** Per shape: (number of name and initial tokens) << 3 | organisation << 2 | gated << 1 | has an initial. */
    private final IntList shapeMeta = new IntList();
    /** Per shape: a 64-bit signature of its name tokens (one bit per token's skeleton). */
    private long[] signatures = new long[1024];
    /**
     * Per shape: an organisation's {@link NameScorer#summarise summary} (its name parts' skeleton
     * heads, key lengths and which may be written together), 0 for a person and for a shape with a
     * token that is an initial in any role ({@code hasInitial}, bounded otherwise): a candidate is then
     * ruled out by {@link NameScorer.Bound#mayReachWithSummary} from this one read, before its token
     * run is read. A shape's tokens never change, so neither does its summary.
     */
    private long[] summaries = new long[1024];
    /** Per shape: its first live name, or -1. */
    private final IntList shapeFirst = new IntList();
    /** Per shape: how many live names it has. */
    private final IntList shapeLive = new IntList();
    /** A side over one shape, for building its {@link #summaries summary} when it is made. */
    private final RecordSide shapeSide = new RecordSide(null);
    /** Shapes whose postings compaction removed (no live name then); re-posted when a name comes back. */
    private final BitSet unposted = new BitSet();
    /** Open-addressing table of shape ids + 1, by the hash of kind and token run. */
    private int[] shapeTable = new int[1 << 10];

    private int shapeCount;
    private int liveNames;
    private long livePostings;
    private long deadPostings;

    /** Open-addressing table of vocabulary ids + 1, by folded and canonical form. */
    private int[] vocabTable = new int[1 << 10];

    private final List<TokenForm> forms = new ArrayList<>();
    /**
     * Per vocabulary entry: shapes of persons of two or more parts without initials, which need two
     * matches; null until the first (a large vocabulary has many entries that are never a name part).
     */
    private final List<@Nullable PostingList> gatedPostings = new ArrayList<>();
    /** Per vocabulary entry: every other shape (organisations, one-part names, names with initials), or null. */
    private final List<@Nullable IntList> otherPostings = new ArrayList<>();
    /**
     * Per generic organisation word (a form with a word class): the shapes of its {@link #otherPostings} that
     * its postings make candidates whatever else a query matched, persons and organisations whose name
     * words are all generic ({@link #allGeneric}), in the postings' order; null for other entries and
     * where there is none. A search reads the rest of such a word's postings only for the candidates it
     * has, so its look-ups of thousands of organisations' kinds and token runs are not made.
     */
    private final List<@Nullable IntList> genericAlways = new ArrayList<>();
    /**
     * The vocabulary entries a look-up may not defer ({@link #deferrable}): those with other postings or more
     * than {@link #deferPostings} gated ones. A bit per entry (under half a megabyte for millions), where
     * asking their posting lists was up to three reads at random places for each look-alike a look-up found.
     */
    private final BitSet notDeferrable = new BitSet();

    private final IntList vocabSkeleton = new IntList();
    /** Per vocabulary entry: the length of its key, to skip far entries without reading the form. */
    private final IntList vocabKeyLength = new IntList();
    /** Per vocabulary entry, {@link NameSide#skeletonClasses(TokenForm)}: the joins' consonant test reads them first. */
    private final IntList vocabClasses = new IntList();
    /** The vocabulary entries that are initials (one letter). */
    private final BitSet initials = new BitSet();
    /** Per vocabulary entry: the first letter of its primary skeleton (0 for none), for the join test. */
    private final IntList vocabHead = new IntList();

    private final Map<String, Integer> skeletonIds = new HashMap<>();
    private final IntList skeletonDf = new IntList();
    /** Vocabulary entries by each of their lookup keys (skeletons, stem skeleton, word class). */
    private final Map<String, VocabList> byKey = new HashMap<>();
    /**
     * The {@link #byKey} lists of the keys (four letters or more) that one deletion turns into the
     * map's key: kept per distinct key, not per vocabulary entry, since many entries share a key.
     */
    private final Map<String, List<VocabList>> byDelete = new HashMap<>();
    /**
     * Vocabulary entries by the vowel keys of their romanised keys and stem (see {@link
     * PhoneticKey#vowelKey}), by a 64-bit hash of the key: millions of keys without a string each (a
     * collision would only add an entry to compare).
     */
    private final LongObjectMap<VocabList> byVowelKey = new LongObjectMap<>(1024);

    /**
     * Word look-ups by query token (see {@link #matches}), held as ints (see {@link LookupCache}):
     * a look-up of a dense vocabulary holds up to {@link #MAX_COMPARED} look-alikes. An entry holds
     * the vocabulary size it was made for and is not used once the vocabulary has grown.
     */
    private final LookupCache matchCache;
    /**
     * The vocabulary size at which the look-up cache takes its whole budget at once: an index this
     * large fills it in its first minutes of screening, and a ring allocated chunk by chunk meanwhile
     * would have each chunk copied into the old generation by the next young collection, as many
     * bytes as the look-ups it holds. A small index (a demo, a test's) takes chunks as it needs them.
     */
    private static final int WHOLE_LOOKUP_CACHE_FROM = 100_000;

    private final LookupScratch.Pool scratch = new LookupScratch.Pool();
    /**
     * Indexed names as the analyzer parses them, by name id, for the explanations of returned hits:
     * a name id always names the same name (a replaced record gets new ones).
     */
    private final Map<Integer, ParsedName> parsedNames = new ConcurrentHashMap<>();

    /** See {@link #DEFER_POSTINGS}. */
    private final int deferPostings;

    public Engine() {
        this(MATCH_CACHE_BYTES);
    }

    /** An index whose word look-up cache holds at most {@code lookupCacheBytes} (0: none is kept). */
    Engine(long lookupCacheBytes) {
        this(lookupCacheBytes, DEFER_POSTINGS);
    }

    /**
     * An index whose word look-up cache holds at most {@code lookupCacheBytes} and whose look-ups
     * defer look-alikes with at most {@code deferPostings} postings (-1: none; see {@link
     * #DEFER_POSTINGS}).
     */
    Engine(long lookupCacheBytes, int deferPostings) {
        this.deferPostings = deferPostings;
        matchCache = new LookupCache(lookupCacheBytes);
        Lexicon lexicon = Lexicon.standard();
        indexAnalyzer = new NameAnalyzer(lexicon, (folded, ukBe) -> {
            if (formCache.size() > FORM_CACHE_SIZE) {
                formCache.clear(); // a vocabulary of millions: keep the cache for the frequent tokens only
            }
            return formCache.computeIfAbsent(cacheKey(folded, ukBe), k -> TokenForm.of(folded, ukBe, lexicon));
        });
        queryAnalyzer = new NameAnalyzer(lexicon, (folded, ukBe) -> {
            TokenForm f = formCache.get(cacheKey(folded, ukBe));
            return f != null ? f : queryForm(cacheKey(folded, ukBe), folded, ukBe);
        });
    }

    /**
     * The form of a query token (or of two query tokens written together) that no indexed name has:
     * kept for later queries from its second analysis on (see {@link #ADMISSION_SLOTS}), since the
     * analysis runs the transliterators.
     */
    private TokenForm queryForm(String cacheKey, String folded, boolean ukBe) {
        TokenForm f = queryForms.get(cacheKey);
        if (f == null) {
            // compacted as the vocabulary's forms are: it is kept (and copied by the next young collection)
            f = compact(TokenForm.of(folded, ukBe, Lexicon.standard()));
            queryForms.put(cacheKey, f);
        }
        return f;
    }

    private static String cacheKey(String folded, boolean ukBe) {
        return ukBe && Script.of(folded) == Script.CYRILLIC ? folded + '\u0001' : folded;
    }

    // ---------------------------------------------------------------- updates

    public void put(NameRecord record) {
        putAll(List.of(record));
    }

    public void putAll(Iterable<NameRecord> records) {
        List<NameRecord> batch = new ArrayList<>();
        List<List<ParsedName>> parsed = new ArrayList<>();
        for (NameRecord r : records) {
            batch.add(r);
            parsed.add(parse(r));
            if (batch.size() == 1024) {
                insert(batch, parsed);
                batch.clear();
                parsed.clear();
            }
        }
        insert(batch, parsed);
    }

    private List<ParsedName> parse(NameRecord r) {
        List<ParsedName> out = new ArrayList<>(r.names().size());
        for (String name : r.names()) {
            if (!name.isBlank()) {
                ParsedName p =
                        r.kind() == EntityKind.PERSON ? indexAnalyzer.person(name) : indexAnalyzer.organisation(name);
                if (!p.tokens().isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private void insert(List<NameRecord> batch, List<List<ParsedName>> parsed) {
        if (batch.isEmpty()) {
            return;
        }
        lock.writeLock().lock();
        try {
            for (int i = 0; i < batch.size(); i++) {
                NameRecord r = batch.get(i);
                removeLocked(r.id());
                int doc = docs.size();
                docs.add(r);
                docIds.put(r.id(), doc);
                List<ParsedName> names = parsed.get(i);
                int[] ids = new int[names.size()];
                for (int k = 0; k < names.size(); k++) {
                    ids[k] = addName(doc, names.get(k), r.kind());
                }
                docNames.add(ids);
            }
            compactIfNeeded();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private int addName(int doc, ParsedName name, EntityKind kind) {
        int[] run = new int[name.tokens().size()];
        for (int i = 0; i < run.length; i++) {
            NameToken t = name.tokens().get(i);
            run[i] = vocabId(t.form()) << 2 | t.role().ordinal();
        }
        int shapes = shapeCount;
        int shape = shape(run, kind);
        boolean created = shapeCount > shapes;
        int id = nameDoc.size();
        nameDoc.add(doc);
        nameShape.add(shape);
        int first = shapeFirst.get(shape);
        nameNext.add(first);
        namePrev.add(-1);
        if (first >= 0) {
            namePrev.set(first, id);
        }
        shapeFirst.set(shape, id);
        int live = shapeLive.get(shape);
        shapeLive.set(shape, live + 1);
        if (live == 0) {
            if (unposted.get(shape)) {
                unposted.clear(shape);
                post(shape);
            } else if (!created) {
                // postings of a shape whose names were all removed (a new shape's were never dead)
                deadPostings -= nameTokens(shape);
            }
            livePostings += nameTokens(shape);
        }
        countSkeletons(shape, 1);
        liveNames++;
        return id;
    }

    /** The shape of a token run and kind, created (with its postings) when new. */
    private int shape(int[] run, EntityKind kind) {
        int hash = runHash(run, kind);
        int mask = shapeTable.length - 1;
        int slot = hash & mask;
        while (shapeTable[slot] != 0) {
            int shape = shapeTable[slot] - 1;
            if (sameRun(shape, run, kind)) {
                return shape;
            }
            slot = (slot + 1) & mask;
        }
        int shape = shapeCount++;
        shapeTable[slot] = shape + 1;
        shapeStart.add(pool.size());
        int parts = 0;
        int initial = 0;
        long signature = 0;
        boolean anyInitial = false;
        for (int entry : run) {
            if (pool.size() >= poolInfo.length) {
                poolInfo = java.util.Arrays.copyOf(poolInfo, poolInfo.length * 2);
                poolSkeleton = java.util.Arrays.copyOf(poolSkeleton, poolInfo.length);
            }
            poolInfo[pool.size()] = tokenInfo(entry >>> 2);
            poolSkeleton[pool.size()] = NameSide.packedSkeleton(forms.get(entry >>> 2));
            anyInitial |= (poolInfo[pool.size()] & INFO_INITIAL) != 0;
            pool.add(entry);
            Role role = Role.values()[entry & 3];
            if (role == Role.NAME || role == Role.INITIAL) {
                parts++;
                initial |= role == Role.INITIAL ? 1 : 0;
            }
            if (role == Role.NAME) {
                signature |= signatureBit(entry >>> 2);
            }
        }
        boolean gated = kind == EntityKind.PERSON && parts >= 2 && initial == 0;
        shapeMeta.add(parts << 3 | (kind == EntityKind.ORGANISATION ? 4 : 0) | (gated ? 2 : 0) | initial);
        if (shape >= signatures.length) {
            signatures = java.util.Arrays.copyOf(signatures, signatures.length * 2);
        }
        signatures[shape] = signature;
        if (shape >= summaries.length) {
            summaries = java.util.Arrays.copyOf(summaries, summaries.length * 2);
        }
        // none where Search.consider does not bound by word matches: a person, a token that is an initial
        summaries[shape] =
                kind == EntityKind.ORGANISATION && !anyInitial ? NameScorer.summarise(shapeSide.reset(shape)) : 0;
        shapeFirst.add(-1);
        shapeLive.add(0);
        post(shape);
        if (shapeCount * 2 > shapeTable.length) {
            growShapeTable();
        }
        return shape;
    }

    private static final int INFO_KEY_LENGTH_SHIFT = 32;
    private static final int INFO_KEY_LENGTH_MAX = 0x1FFF;
    private static final int INFO_HEAD_SHIFT = 45;
    private static final long INFO_GENERIC = 1L << 61;
    private static final long INFO_INITIAL = 1L << 62;
    private static final long INFO_ARTICLE = 1L << 63;

    /**
     * A vocabulary entry's facts for {@link #poolInfo}: skeleton id (bits 0-31), key length (32-44;
     * the maximum means read {@link #vocabKeyLength}), skeleton head (45-60), and whether it is a
     * generic organisation word, an initial, an article. All are fixed once the entry exists.
     */
    private long tokenInfo(int vocab) {
        TokenForm form = forms.get(vocab);
        long info = vocabSkeleton.get(vocab) & 0xFFFFFFFFL;
        info |= (long) Math.min(INFO_KEY_LENGTH_MAX, vocabKeyLength.get(vocab)) << INFO_KEY_LENGTH_SHIFT;
        info |= (long) (vocabHead.get(vocab) & 0xFFFF) << INFO_HEAD_SHIFT;
        info |= form.wordClass() != null ? INFO_GENERIC : 0;
        info |= initials.get(vocab) ? INFO_INITIAL : 0;
        info |= form.isArticle() ? INFO_ARTICLE : 0;
        return info;
    }

    /**
     * Whether every name part of the shape is a generic organisation word (read from {@link #poolInfo}
     * beside the token run, not from each token's form).
     */
    private boolean allGeneric(int shape) {
        int[] run = pool.array();
        for (int p = shapeStart.get(shape), end = end(shape); p < end; p++) {
            if ((run[p] & 3) == Role.NAME.ordinal() && (poolInfo[p] & INFO_GENERIC) == 0) {
                return false;
            }
        }
        return true;
    }

    private void post(int shape) {
        boolean gated = (shapeMeta.get(shape) & 2) != 0;
        for (int p = shapeStart.get(shape), end = end(shape); p < end; p++) {
            int entry = pool.get(p);
            if ((entry & 3) == Role.NAME.ordinal()) {
                int v = entry >>> 2;
                if (gated) {
                    PostingList list = gatedPostings.get(v);
                    if (list == null) {
                        list = new PostingList();
                        gatedPostings.set(v, list);
                    }
                    list.add(shape, otherSignature(shape, p));
                    if (list.size() > deferPostings) {
                        notDeferrable.set(v);
                    }
                } else {
                    IntList list = otherPostings.get(v);
                    if (list == null) {
                        list = new IntList(1);
                        otherPostings.set(v, list);
                    }
                    list.addIfNotLast(shape);
                    notDeferrable.set(v);
                    if (forms.get(v).wordClass() != null && ((shapeMeta.get(shape) & 4) == 0 || allGeneric(shape))) {
                        IntList always = genericAlways.get(v);
                        if (always == null) {
                            always = new IntList(1);
                            genericAlways.set(v, always);
                        }
                        always.addIfNotLast(shape);
                    }
                }
            }
        }
    }

    /**
     * The signature of a shape's name tokens other than the one at pool position {@code at}: what a
     * gated person found through that token must share with the other query tokens' matches.
     */
    private long otherSignature(int shape, int at) {
        long signature = 0;
        for (int p = shapeStart.get(shape), end = end(shape); p < end; p++) {
            int entry = pool.get(p);
            if (p != at && (entry & 3) == Role.NAME.ordinal()) {
                signature |= signatureBit(entry >>> 2);
            }
        }
        return signature;
    }

    private int nameTokens(int shape) {
        int n = 0;
        for (int p = shapeStart.get(shape), end = end(shape); p < end; p++) {
            n += (pool.get(p) & 3) == Role.NAME.ordinal() ? 1 : 0;
        }
        return n;
    }

    /** Adds {@code delta} to the name count of each distinct skeleton among the shape's name tokens. */
    private void countSkeletons(int shape, int delta) {
        int start = shapeStart.get(shape);
        int end = end(shape);
        for (int p = start; p < end; p++) {
            int entry = pool.get(p);
            if ((entry & 3) != Role.NAME.ordinal()) {
                continue;
            }
            int s = vocabSkeleton.get(entry >>> 2);
            boolean seen = false;
            for (int e = start; e < p && !seen; e++) {
                int earlier = pool.get(e);
                seen = (earlier & 3) == Role.NAME.ordinal() && vocabSkeleton.get(earlier >>> 2) == s;
            }
            if (!seen) {
                skeletonDf.set(s, skeletonDf.get(s) + delta);
            }
        }
    }

    private static int runHash(int[] run, EntityKind kind) {
        int h = kind.ordinal() + 1;
        for (int entry : run) {
            h = h * 0x9E3779B9 + entry;
        }
        return h ^ (h >>> 15);
    }

    private int runHash(int shape) {
        int h = (shapeMeta.get(shape) & 4) != 0
                ? EntityKind.ORGANISATION.ordinal() + 1
                : EntityKind.PERSON.ordinal() + 1;
        for (int p = shapeStart.get(shape), end = end(shape); p < end; p++) {
            h = h * 0x9E3779B9 + pool.get(p);
        }
        return h ^ (h >>> 15);
    }

    private boolean sameRun(int shape, int[] run, EntityKind kind) {
        int start = shapeStart.get(shape);
        if (end(shape) - start != run.length
                || ((shapeMeta.get(shape) & 4) != 0) != (kind == EntityKind.ORGANISATION)) {
            return false;
        }
        for (int i = 0; i < run.length; i++) {
            if (pool.get(start + i) != run[i]) {
                return false;
            }
        }
        return true;
    }

    private void growShapeTable() {
        int[] table = new int[shapeTable.length * 2];
        int mask = table.length - 1;
        for (int shape = 0; shape < shapeCount; shape++) {
            int slot = runHash(shape) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = shape + 1;
        }
        shapeTable = table;
    }

    private int vocabId(TokenForm form) {
        int mask = vocabTable.length - 1;
        int slot = vocabHash(form) & mask;
        while (vocabTable[slot] != 0) {
            TokenForm f = forms.get(vocabTable[slot] - 1);
            if (f.folded().equals(form.folded()) && f.canonical().equals(form.canonical())) {
                return vocabTable[slot] - 1;
            }
            slot = (slot + 1) & mask;
        }
        int v = forms.size();
        vocabTable[slot] = v + 1;
        if ((v + 1) * 2 > vocabTable.length) {
            growVocabTable();
        }
        TokenForm compact = compact(form);
        formCache.replace(form.folded(), form, compact);
        formCache.replace(form.folded() + '\u0001', form, compact);
        forms.add(compact);
        if (v + 1 == WHOLE_LOOKUP_CACHE_FROM) {
            matchCache.allocate();
        }
        gatedPostings.add(null);
        otherPostings.add(null);
        genericAlways.add(null);
        vocabSkeleton.add(skeletonId(form.skeletons().get(0)));
        vocabKeyLength.add(form.key().length());
        vocabHead.add(NameSide.skeletonHead(form));
        vocabClasses.add(NameSide.skeletonClasses(form));
        initials.set(v, form.isInitial());
        long keyGrams = grams(form.key());
        int keyLength = form.key().length();
        List<String> keys = new ArrayList<>(form.skeletons());
        if (!keys.contains(form.stemSkeleton())) {
            keys.add(form.stemSkeleton());
        }
        if (form.wordClass() != null) {
            byKey.computeIfAbsent(classKey(form.wordClass()), x -> new VocabList(2))
                    .add(v, keyLength, keyGrams);
        }
        for (String k : keys) {
            VocabList list = byKey.get(k);
            if (list == null) {
                list = new VocabList(2);
                byKey.put(k, list);
                if (k.length() >= MIN_DELETE_KEY) {
                    for (String d : deletes(k)) {
                        byDelete.computeIfAbsent(d, x -> new ArrayList<>(2)).add(list);
                    }
                }
            }
            list.add(v, keyLength, keyGrams);
        }
        for (String k : vowelKeys(form)) {
            long hash = hash(k);
            VocabList list = byVowelKey.get(hash);
            if (list == null) {
                list = new VocabList(1);
                byVowelKey.put(hash, list);
            }
            list.add(v, keyLength, keyGrams);
        }
        return v;
    }

    /**
     * The same form with equal strings shared (the canonical form and the key, the key and its stem,
     * the skeleton and the stem's) and its lists of one or two strings held without an array: a large
     * vocabulary keeps millions of forms, and every form a search keeps (a new query word's) is copied
     * by the next young collection, so each object left out is one copied less.
     */
    static TokenForm compact(TokenForm f) {
        String canonical = f.canonical().equals(f.folded()) ? f.folded() : f.canonical();
        List<String> romanised = shared(f.romanised(), canonical);
        String key = romanised.get(0);
        String stem = f.stem().equals(key) ? key : f.stem();
        List<String> skeletons = shared(f.skeletons(), f.stemSkeleton());
        String skeleton = skeletons.get(0);
        String stemSkeleton = f.stemSkeleton().equals(skeleton) ? skeleton : f.stemSkeleton();
        return new TokenForm(
                f.folded(),
                f.script(),
                canonical,
                romanised,
                skeletons,
                stem,
                stemSkeleton,
                f.endingFamily().intern(),
                f.wordClass(),
                f.lexical());
    }

    /** The strings, with those equal to {@code candidate} replaced by it; one or two held without an array. */
    private static List<String> shared(List<String> strings, String candidate) {
        switch (strings.size()) {
            case 1:
                return List.of(shared(strings.get(0), candidate));
            case 2:
                return List.of(shared(strings.get(0), candidate), shared(strings.get(1), candidate));
            default:
                List<String> out = new ArrayList<>(strings.size());
                for (String s : strings) {
                    out.add(shared(s, candidate));
                }
                return List.copyOf(out);
        }
    }

    private static String shared(String s, String candidate) {
        return s.equals(candidate) ? candidate : s;
    }

    private static int vocabHash(TokenForm form) {
        int h = form.folded().hashCode() * 31 + form.canonical().hashCode();
        return h ^ (h >>> 16);
    }

    private void growVocabTable() {
        int[] table = new int[vocabTable.length * 2];
        int mask = table.length - 1;
        for (int v = 0; v < forms.size(); v++) {
            int slot = vocabHash(forms.get(v)) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = v + 1;
        }
        vocabTable = table;
    }

    /**
     * The signature bit of a vocabulary entry: by its primary skeleton, so that spelling variants of
     * one name (Aleksandr, Alexandr, Александр) set the same bit and a query token's signature stays
     * sparse.
     */
    private long signatureBit(int vocab) {
        return 1L << ((vocabSkeleton.get(vocab) * 0x9E3779B9) >>> 26);
    }

    /** The lookup key of an organisation-word class; skeletons are never lower case. */
    private static String classKey(String wordClass) {
        return "#" + wordClass;
    }

    private int skeletonId(String skeleton) {
        Integer id = skeletonIds.get(skeleton);
        if (id == null) {
            id = skeletonDf.size();
            skeletonIds.put(skeleton, id);
            skeletonDf.add(0);
        }
        return id;
    }

    /** A 64-bit hash of a string (FNV-1a over its chars, then mixed). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    /** The distinct vowel keys of a token's romanised keys and of its stem. */
    private static List<String> vowelKeys(TokenForm form) {
        List<String> out = new ArrayList<>(form.romanised().size() + 1);
        for (String k : form.romanised()) {
            String key = PhoneticKey.vowelKey(k);
            if (!out.contains(key)) {
                out.add(key);
            }
        }
        String stem = PhoneticKey.vowelKey(form.stem());
        if (!out.contains(stem)) {
            out.add(stem);
        }
        return out;
    }

    private static List<String> deletes(String key) {
        List<String> out = new ArrayList<>(key.length());
        for (int i = 0; i < key.length(); i++) {
            String d = key.substring(0, i) + key.substring(i + 1);
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            boolean removed = removeLocked(id);
            compactIfNeeded();
            return removed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private boolean removeLocked(String id) {
        Integer doc = docIds.remove(id);
        if (doc == null) {
            return false;
        }
        docs.set(doc, null);
        for (int name : docNames.get(doc)) {
            int shape = nameShape.get(name);
            int next = nameNext.get(name);
            int prev = namePrev.get(name);
            if (prev >= 0) {
                nameNext.set(prev, next);
            } else {
                shapeFirst.set(shape, next);
            }
            if (next >= 0) {
                namePrev.set(next, prev);
            }
            int live = shapeLive.get(shape) - 1;
            shapeLive.set(shape, live);
            if (live == 0) {
                deadPostings += nameTokens(shape);
                livePostings -= nameTokens(shape);
            }
            countSkeletons(shape, -1);
            liveNames--;
        }
        docNames.set(doc, new int[0]);
        return true;
    }

    private void compactIfNeeded() {
        if (deadPostings > 10_000 && deadPostings > livePostings / 2) {
            for (PostingList list : gatedPostings) {
                if (list != null) {
                    list.removeIf(this::deadShape);
                }
            }
            for (IntList list : otherPostings) {
                if (list != null) {
                    list.removeIf(this::deadShape);
                }
            }
            for (IntList list : genericAlways) {
                if (list != null) {
                    list.removeIf(this::deadShape);
                }
            }
            for (int v = 0; v < gatedPostings.size(); v++) {
                PostingList gated = gatedPostings.get(v);
                notDeferrable.set(v, otherPostings.get(v) != null || gated != null && gated.size() > deferPostings);
            }
            for (int shape = 0; shape < shapeCount; shape++) {
                if (shapeLive.get(shape) == 0) {
                    unposted.set(shape);
                }
            }
            deadPostings = 0;
        }
    }

    private boolean deadShape(int shape) {
        return shapeLive.get(shape) == 0;
    }

    private int end(int shape) {
        return shape + 1 < shapeStart.size() ? shapeStart.get(shape + 1) : pool.size();
    }

    public Optional<NameRecord> get(String id) {
        lock.readLock().lock();
        try {
            Integer doc = docIds.get(id);
            return doc == null ? Optional.empty() : Optional.ofNullable(docs.get(doc));
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return docIds.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---------------------------------------------------------------- search

    public List<Match> search(NameQuery query) {
        return search(query, true);
    }

    /**
     * For tests: {@link #search} without the shortcuts that rest on the threshold and the query's kind
     * (the common person token's postings left unread, see {@code Search.run}; the other kind's, see
     * {@code Search.otherSkip}; organisations bounded by their word matches first, see {@code
     * Search.consider}, and by one-to-one alignments, see {@link NameScorer.Bound}): reading every
     * posting and bounding every candidate in full, it gives the answer the search must give.
     */
    List<Match> searchUnpruned(NameQuery query) {
        return search(query, false);
    }

    private List<Match> search(NameQuery query, boolean skipping) {
        EntityKind kind = query.kind().orElse(null);
        ParsedName person;
        ParsedName organisation;
        if (kind == null) {
            NameAnalyzer.Readings both = queryAnalyzer.both(query.name());
            person = both.person();
            organisation = both.organisation();
        } else {
            person = kind == EntityKind.ORGANISATION ? null : queryAnalyzer.person(query.name());
            organisation = kind == EntityKind.PERSON ? null : queryAnalyzer.organisation(query.name());
        }
        lock.readLock().lock();
        try {
            return new Search(query, person, organisation, skipping).run();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The vocabulary entries similar to a token, with their similarity; cached per token. {@code
     * deferred} (sorted) are look-alikes the look-up gathered and chose to compare but did not: in a
     * dense vocabulary most look-alikes are the part of one or two names, which can pass only with a
     * second matching part (the evidence rule), so a search reads their postings as possible matches
     * and compares a pair only when a name holding it is bounded ({@code Search.similarity}); a search
     * that one matching part can pass has them compared first ({@link #compared}). {@code vocab} and
     * {@code results} hold the compared entries that match.
     */
    record TokenMatches(int vocabularySize, int[] vocab, TokenSimilarity.Result[] results, int[] deferred) {
        TokenMatches(int vocabularySize, int[] vocab, TokenSimilarity.Result[] results) {
            this(vocabularySize, vocab, results, NO_DEFERRED);
        }
    }

    private static final TokenSimilarity.Result[] NO_RESULTS = new TokenSimilarity.Result[0];

    private TokenMatches matches(TokenForm form) {
        return matches(form, TokenSimilarity.MIN_SIMILARITY);
    }

    /**
     * The vocabulary entries similar to a token, of those whose similarity reaches {@code min} (at
     * least {@link TokenSimilarity#MIN_SIMILARITY}: a caller that uses only closer ones asks for them,
     * which stops more comparisons early).
     */
    private TokenMatches matches(TokenForm form, double min) {
        String cacheKey = matchKey(form, min);
        TokenMatches cached = matchCache.get(cacheKey);
        if (cached != null && cached.vocabularySize == forms.size()) {
            return cached;
        }
        LookupScratch seen = scratch.take(forms.size());
        try {
            return lookUp(form, cacheKey, seen, min, GATHER_BUDGET, true);
        } finally {
            scratch.give(seen);
        }
    }

    private static String matchKey(TokenForm form, double min) {
        return form.folded()
                + '\u0000'
                + form.canonical()
                + (min > TokenSimilarity.MIN_SIMILARITY ? "\u0000" + min : "");
    }

    /**
     * A token's look-up ({@link #matches(TokenForm)}) with its deferred entries compared, for a search
     * that one matching part can pass; cached in its place (where the look-up is still cached), so that
     * it is compared once.
     */
    private TokenMatches compared(TokenForm form, TokenMatches m) {
        if (m.deferred.length == 0) {
            return m;
        }
        IntList vocab = new IntList(m.vocab.length + 16);
        List<TokenSimilarity.Result> results = new ArrayList<>(m.vocab.length + 16);
        for (int k = 0; k < m.vocab.length; k++) {
            vocab.add(m.vocab[k]);
            results.add(m.results[k]);
        }
        for (int v : m.deferred) {
            TokenSimilarity.Result r =
                    TokenSimilarity.compareAtLeast(form, forms.get(v), TokenSimilarity.MIN_SIMILARITY);
            if (r != null) {
                vocab.add(v);
                results.add(r);
            }
        }
        TokenMatches full = new TokenMatches(
                m.vocabularySize,
                java.util.Arrays.copyOf(vocab.array(), vocab.size()),
                results.toArray(TokenSimilarity.Result[]::new));
        if (m.vocabularySize == forms.size()) {
            matchCache.replace(matchKey(form, TokenSimilarity.MIN_SIMILARITY), full);
        }
        return full;
    }

    /** For tests: the vocabulary entries a query token's lookup finds (deferred ones compared). */
    int[] lookUpForTest(TokenForm form) {
        lock.readLock().lock();
        try {
            return compared(form, matches(form)).vocab.clone();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * For tests: a token's cached look-up as the search first sees it: the matching compared entries,
     * then -1, then the deferred ones.
     */
    int[] deferredLookUpForTest(TokenForm form) {
        lock.readLock().lock();
        try {
            TokenMatches m = matches(form);
            int[] out = java.util.Arrays.copyOf(m.vocab, m.vocab.length + 1 + m.deferred.length);
            out[m.vocab.length] = -1;
            System.arraycopy(m.deferred, 0, out, m.vocab.length + 1, m.deferred.length);
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * For tests: a look-up of a token with the given budget ({@link #GATHER_BUDGET}; {@code
     * Integer.MAX_VALUE} for none), uncached. Returns the entries found
     * (accepted look-alikes) followed by two counts of its work: the entries gathered and compared.
     */
    int[] lookUpWithBudgetForTest(TokenForm form, int gatherBudget) {
        lock.readLock().lock();
        LookupScratch seen = scratch.take(forms.size());
        try {
            int[] vocab = lookUp(form, null, seen, TokenSimilarity.MIN_SIMILARITY, gatherBudget, false).vocab;
            int[] out = java.util.Arrays.copyOf(vocab, vocab.length + 2);
            out[vocab.length] = seen.found.size();
            out[vocab.length + 1] = seen.compared;
            return out;
        } finally {
            scratch.give(seen);
            lock.readLock().unlock();
        }
    }

    /** For tests: the weight (estimated bytes) and the number of the cached word look-ups. */
    long[] lookUpCacheForTest() {
        return new long[] {matchCache.weight(), matchCache.size()};
    }

    /** For tests: the {@link #summaries} of the shapes of a record's names, in the order of its names. */
    long[] summariesForTest(String id) {
        lock.readLock().lock();
        try {
            int[] names = docNames.get(docIds.get(id));
            long[] out = new long[names.length];
            for (int i = 0; i < names.length; i++) {
                out[i] = summaries[nameShape.get(names[i])];
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** For tests: two adjacent vocabulary entries written as one word, as a search analyses them. */
    TokenForm joinedForTest(int v1, int v2) {
        lock.readLock().lock();
        try {
            return joinedVocab(v1, v2);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** For tests: the form a search uses for a normalised query token that no indexed name holds. */
    TokenForm queryFormForTest(String folded) {
        return queryForm(cacheKey(folded, false), folded, false);
    }

    /** For tests: the vocabulary, by entry. */
    List<TokenForm> vocabularyForTest() {
        lock.readLock().lock();
        try {
            return List.copyOf(forms);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Finds the entries to compare with a token: those of its organisation-word class (translations),
     * and those sharing a skeleton or a stem, or a skeleton one deletion away on either side. Where
     * the vocabulary is {@link #dense} around the token, closest first, in rings: those sharing one of
     * its vowel keys (see {@link PhoneticKey#vowelKey}); then those with one vowel class written for
     * another; then with one vowel class more or less; and the skeleton's neighbourhood only while
     * fewer than {@link #CLOSE_ENOUGH} entries are found. A vocabulary of words invented from syllables holds tens of thousands of words in
     * the skeleton's neighbourhood, most of them look-alikes that differ from the token in several
     * vowels; once the closer rings hold that many entries, the wider ones are not gathered.
     *
     * <p>Of the entries chosen ({@link #closest}), where {@code defer} holds, those beyond the first
     * ring (the token's own vowel keys where the vocabulary is dense, else its own skeletons, stem and
     * word class: its exact and transliterated spellings) that have no postings but persons' of two
     * parts or more, at most {@link #deferPostings} of them, are deferred, not compared (see {@link
     * TokenMatches}).
     */
    private TokenMatches lookUp(
            TokenForm form,
            @Nullable String cacheKey,
            LookupScratch seen,
            double min,
            int gatherBudget,
            boolean defer) {
        IntList found = seen.found;
        List<String> vowelKeys = dense(form) ? vowelKeys(form) : List.of();
        for (String key : vowelKeys) {
            consider(byVowelKey.get(hash(key)), seen, Integer.MAX_VALUE);
        }
        // the first ring is always compared; only the look-ups that every search asks for defer (a
        // joined token's asks for closer matches and uses no others)
        boolean deferring = defer && deferPostings >= 0 && min == TokenSimilarity.MIN_SIMILARITY;
        int firstRing = deferring && !vowelKeys.isEmpty() ? found.size() : Integer.MAX_VALUE;
        for (int i = 0; i < vowelKeys.size() && found.size() < CLOSE_ENOUGH; i++) {
            for (String near : PhoneticKey.vowelSubstitutions(vowelKeys.get(i))) {
                consider(byVowelKey.get(hash(near)), seen, Integer.MAX_VALUE);
            }
        }
        for (int i = 0; i < vowelKeys.size() && found.size() < CLOSE_ENOUGH; i++) {
            for (String near : PhoneticKey.vowelIndels(vowelKeys.get(i))) {
                consider(byVowelKey.get(hash(near)), seen, Integer.MAX_VALUE);
            }
        }
        if (found.size() < CLOSE_ENOUGH) {
            int ownKeys = gatherSkeletonNeighbours(form, seen, found, gatherBudget);
            if (deferring && vowelKeys.isEmpty()) {
                firstRing = ownKeys;
            }
        } else {
            // the skeleton's neighbourhood is not gathered: a typing error in a consonant (the same
            // vowels around one consonant changed), which that neighbourhood would hold, is looked up
            for (String near : PhoneticKey.consonantEdits(vowelKeys.get(0))) {
                consider(byVowelKey.get(hash(near)), seen, Integer.MAX_VALUE);
            }
            if (form.wordClass() != null) {
                consider(byKey.get(classKey(form.wordClass())), seen, Integer.MAX_VALUE);
            }
        }
        IntList vocab = new IntList(16);
        List<TokenSimilarity.Result> results = new ArrayList<>();
        long grams = grams(form.key());
        int[] chosen = closest(found, i -> grams, seen);
        int count = chosen == null ? found.size() : chosen.length;
        if (count < DEFER_FROM) {
            firstRing = Integer.MAX_VALUE;
        }
        IntList deferred = null;
        // the entries to compare are chosen first, in a short loop that also reads each one's form
        // ahead (its reference, the form and its folded spelling: what a comparison reads first):
        // entries at random places in a vocabulary of millions, whose reads overlap there, where each
        // comparison's length would leave them to be waited for one at a time
        int[] compare = new int[count];
        int comparing = 0;
        int ahead = 0;
        for (int c = 0; c < count; c++) {
            int i = chosen == null ? c : chosen[c];
            int v = found.get(i);
            if (i >= firstRing && deferrable(v)) {
                if (deferred == null) {
                    deferred = new IntList(count - c);
                }
                deferred.add(v);
                continue;
            }
            compare[comparing++] = v;
            ahead += forms.get(v).folded().length();
        }
        seen.readAhead = ahead;
        for (int k = 0; k < comparing; k++) {
            int v = compare[k];
            TokenSimilarity.Result r = TokenSimilarity.compareAtLeast(form, forms.get(v), min);
            if (r != null) {
                vocab.add(v);
                results.add(r);
            }
        }
        seen.compared = comparing;
        int[] later = NO_DEFERRED;
        if (deferred != null) {
            later = java.util.Arrays.copyOf(deferred.array(), deferred.size());
            java.util.Arrays.sort(later);
        }
        TokenMatches m = new TokenMatches(
                forms.size(),
                java.util.Arrays.copyOf(vocab.array(), vocab.size()),
                results.toArray(TokenSimilarity.Result[]::new),
                later);
        if (cacheKey != null) {
            matchCache.put(cacheKey, m);
        }
        return m;
    }

    /**
     * Whether a look-alike may be deferred: its only postings are of persons of two parts or more
     * without initials (which need a second matching part), at most {@link #deferPostings} of them. An
     * entry with no postings is deferred too: only a patronymic or a name's other role can pair with it.
     */
    private boolean deferrable(int v) {
        return !notDeferrable.get(v);
    }

    /**
     * Whether the token's own skeletons hold at least {@link #DENSE_SKELETON} vocabulary entries: a
     * vocabulary that dense around it (words invented from syllables) is searched by vowel keys
     * first; elsewhere (the spellings of real names) the skeleton's neighbourhood is small and
     * searched as it is.
     */
    private boolean dense(TokenForm form) {
        int count = 0;
        for (String k : form.skeletons()) {
            VocabList list = byKey.get(k);
            count += list == null ? 0 : list.size();
        }
        return count >= DENSE_SKELETON;
    }

    /**
     * The wide tier of {@link #lookUp}: word classes, skeletons, stems and their neighbours, nearest
     * first: the keys themselves; then those one transcription, insertion, deletion or swap away; then,
     * while fewer than {@code budget} entries are found, those one substitution away (the deletion
     * lists of the key's deletions), which in a vocabulary of invented words hold most of the
     * neighbourhood. Returns how many entries the token's own keys (and word class) found: the first
     * ring, which is always compared.
     */
    private int gatherSkeletonNeighbours(TokenForm form, LookupScratch seen, IntList found, int budget) {
        List<String> keys = new ArrayList<>(form.skeletons());
        if (!keys.contains(form.stemSkeleton())) {
            keys.add(form.stemSkeleton());
        }
        int length = form.key().length();
        if (form.wordClass() != null) {
            consider(byKey.get(classKey(form.wordClass())), seen, Integer.MAX_VALUE);
        }
        for (String k : keys) {
            consider(byKey.get(k), seen, Integer.MAX_VALUE);
        }
        int ownKeys = found.size();
        List<List<String>> deletions = new ArrayList<>(keys.size());
        for (String k : keys) {
            // transcription neighbours are for spellings; Arabic script writes its consonants
            for (String near : form.script().isAbjad() ? List.<String>of() : PhoneticKey.nearSkeletons(k)) {
                consider(byKey.get(near), seen, length);
            }
            List<String> ds = k.length() >= MIN_DELETE_KEY - 1 ? deletes(k) : List.of();
            deletions.add(ds);
            if (k.length() >= MIN_DELETE_KEY - 1) {
                considerAll(byDelete.get(k), seen, length);
                for (String d : ds) {
                    consider(byKey.get(d), seen, length);
                }
            }
        }
        if (form.canonical().length() <= 12) {
            transpositions(form, seen, length);
        }
        List<List<VocabList>> wide = new ArrayList<>();
        long wideSize = 0;
        int mostLists = 0;
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).length() < MIN_DELETE_KEY) {
                continue;
            }
            for (String d : deletions.get(i)) {
                List<VocabList> lists = byDelete.get(d);
                if (lists != null) {
                    wide.add(lists);
                    mostLists = Math.max(mostLists, lists.size());
                    for (VocabList list : lists) {
                        wideSize += list.size();
                    }
                }
            }
        }
        if (found.size() + wideSize <= budget) {
            for (List<VocabList> lists : wide) {
                considerAll(lists, seen, length);
            }
            return ownKeys;
        }
        // too many to read: first the consonant edits that keep the token's vowels (a typing error in
        // one consonant), then the substitution neighbourhood's lists evenly over the key's positions
        // (the j-th list of every deletion in turn) until the budget is reached
        for (String near : PhoneticKey.consonantEdits(PhoneticKey.vowelKey(form.key()))) {
            consider(byVowelKey.get(hash(near)), seen, Integer.MAX_VALUE);
        }
        for (int j = 0; j < mostLists && found.size() < budget; j++) {
            for (int w = 0; w < wide.size() && found.size() < budget; w++) {
                List<VocabList> lists = wide.get(w);
                if (j < lists.size()) {
                    consider(lists.get(j), seen, length);
                }
            }
        }
        return ownKeys;
    }

    /** The bigrams of a key (with its start and end) as a 64-bit set. */
    private static long grams(String key) {
        long set = 0;
        char prev = '^';
        for (int i = 0; i <= key.length(); i++) {
            char c = i < key.length() ? key.charAt(i) : '$';
            set |= 1L << ((prev * 31 + c) * 0x9E3779B9 >>> 26);
            prev = c;
        }
        return set;
    }

    /**
     * Which of the found vocabulary entries to compare when there are more than {@link #MAX_COMPARED}:
     * those whose keys share the most bigrams with the token's ({@code grams} of the i-th found
     * entry's token), the earliest found first among equals. Returns their positions in {@code found},
     * in order, or null when all are compared. The scores go to the lookup's reused scratch: tens of
     * thousands of found entries would otherwise make arrays of that size per lookup, or read the
     * entries' bigram sets twice.
     */
    private int @Nullable [] closest(IntList found, java.util.function.IntToLongFunction grams, LookupScratch scratch) {
        int n = found.size();
        if (n <= MAX_COMPARED) {
            return null;
        }
        byte[] scores = scratch.scores(n);
        int[] histogram = new int[101];
        for (int i = 0; i < n; i++) {
            int score = sharedGrams(grams.applyAsLong(i), scratch.foundGrams(i));
            scores[i] = (byte) score;
            histogram[score]++;
        }
        int cutoff = 100;
        int above = 0;
        while (cutoff > 0 && above + histogram[cutoff] < MAX_COMPARED) {
            above += histogram[cutoff--];
        }
        int room = MAX_COMPARED - above;
        int[] chosen = new int[MAX_COMPARED];
        int count = 0;
        for (int i = 0; i < n && count < MAX_COMPARED; i++) {
            int score = scores[i];
            if (score > cutoff || score == cutoff && room-- > 0) {
                chosen[count++] = i;
            }
        }
        return count == MAX_COMPARED ? chosen : java.util.Arrays.copyOf(chosen, count);
    }

    /** The share of bigrams (0 to 100) that a token's set {@code grams} has in common with an entry's {@code b}. */
    private static int sharedGrams(long grams, long b) {
        int both = Long.bitCount(grams) + Long.bitCount(b);
        return both == 0 ? 0 : 200 * Long.bitCount(grams & b) / both;
    }

    /**
     * Typing errors that swap two letters change the skeleton beyond one deletion when they touch a
     * consonant pair (Amhad, Ahmad): when nothing close was found, look up the swapped spellings.
     */
    private void transpositions(TokenForm form, LookupScratch seen, int length) {
        String c = form.canonical();
        for (int i = 0; i + 1 < c.length(); i++) {
            if (c.charAt(i) == c.charAt(i + 1)) {
                continue;
            }
            String swapped = c.substring(0, i) + c.charAt(i + 1) + c.charAt(i) + c.substring(i + 2);
            String skeleton = PhoneticKey.skeleton(PhoneticKey.romanisedPrimary(swapped));
            consider(byKey.get(skeleton), seen, length);
        }
    }

    /**
     * Adds the listed vocabulary entries not yet seen to {@code found}; entries found through a
     * deletion neighbour ({@code fuzzyLength} is then the token's key length) are skipped when their
     * key length differs by more than 3, since they cannot come close.
     */
    private void consider(@Nullable VocabList list, LookupScratch seen, int fuzzyLength) {
        if (list == null) {
            return;
        }
        int[] a = list.entries();
        long[] g = list.grams();
        byte[] lengths = list.lengths();
        boolean fuzzy = fuzzyLength != Integer.MAX_VALUE;
        for (int i = 0, size = list.size(); i < size; i++) {
            int v = a[i];
            if (!seen.mark(v)) {
                continue;
            }
            if (fuzzy) {
                int length = lengths[i];
                if (length == VocabList.LONG_KEY) {
                    length = vocabKeyLength.get(v);
                }
                if (Math.abs(length - fuzzyLength) > 3) {
                    continue;
                }
            }
            seen.found(v, g[i]);
        }
    }

    private void considerAll(@Nullable List<VocabList> lists, LookupScratch seen, int fuzzyLength) {
        if (lists != null) {
            for (VocabList list : lists) {
                consider(list, seen, fuzzyLength);
            }
        }
    }

    /** Vocabulary entries equal in skeleton and close to a half of the token; cached per token. */
    private int[] splitMatches(TokenForm form) {
        String cacheKey = form.folded() + "\u0000split";
        TokenMatches cached = matchCache.get(cacheKey);
        if (cached != null && cached.vocabularySize == forms.size()) {
            return cached.vocab;
        }
        LookupScratch seen = scratch.take(forms.size());
        try {
            return splitLookUp(form, cacheKey, seen, true);
        } finally {
            scratch.give(seen);
        }
    }

    /**
     * For tests: a split look-up of a token, uncached; with {@code denseSplit} false, every half's
     * skeleton is read whole however many words it holds (as before the vowel-key rings). Returns the
     * entries found (close to a half) followed by the number of entries gathered.
     */
    int[] splitLookUpForTest(TokenForm form, boolean denseSplit) {
        lock.readLock().lock();
        LookupScratch seen = scratch.take(forms.size());
        try {
            int[] vocab = splitLookUp(form, null, seen, denseSplit);
            int[] out = java.util.Arrays.copyOf(vocab, vocab.length + 1);
            out[vocab.length] = seen.found.size();
            return out;
        } finally {
            scratch.give(seen);
            lock.readLock().unlock();
        }
    }

    /**
     * The vocabulary entries within {@link #SPLIT_SIMILARITY} of a half of the token (cut anywhere
     * three letters or more from either end): those sharing the half's skeleton; where that skeleton
     * holds {@link #DENSE_SKELETON} entries or more ({@code denseSplit}), only those within one vowel
     * class edit of the half's vowel keys (one written for another, one left out, one added, beside a
     * vowel too), since a vowel costs 0.2 to 0.5 and 0.9 allows 0.1 a letter.
     */
    private int[] splitLookUp(TokenForm form, @Nullable String cacheKey, LookupScratch seen, boolean denseSplit) {
        IntList found = seen.found;
        IntList foundHalf = seen.foundHalf;
        List<TokenForm> halves = new ArrayList<>();
        String canonical = form.canonical();
        for (int cut = 3; cut <= canonical.length() - 3; cut++) {
            halves.add(TokenForm.part(form, 0, cut));
            halves.add(TokenForm.part(form, cut, canonical.length()));
        }
        for (int h = 0; h < halves.size(); h++) {
            TokenForm half = halves.get(h);
            VocabList list = byKey.get(half.skeletons().get(0));
            if (denseSplit
                    && list != null
                    && list.size() >= DENSE_SKELETON
                    && !half.script().isAbjad()) {
                // a short skeleton in a dense vocabulary (words invented from syllables) holds thousands
                // of words; one this close to the half differs from it by a vowel class at most
                for (String key : vowelKeys(half)) {
                    considerHalf(byVowelKey.get(hash(key)), h, seen);
                    for (String near : PhoneticKey.vowelSubstitutions(key)) {
                        considerHalf(byVowelKey.get(hash(near)), h, seen);
                    }
                    for (String near : PhoneticKey.vowelIndels(key)) {
                        considerHalf(byVowelKey.get(hash(near)), h, seen);
                    }
                    for (String near : PhoneticKey.vowelsBesideVowels(key)) {
                        considerHalf(byVowelKey.get(hash(near)), h, seen);
                    }
                }
                continue;
            }
            considerHalf(list, h, seen);
        }
        long[] halfGrams = new long[halves.size()];
        for (int h = 0; h < halfGrams.length; h++) {
            halfGrams[h] = grams(halves.get(h).key());
        }
        int[] chosen = closest(found, i -> halfGrams[foundHalf.get(i)], seen);
        IntList vocab = new IntList(8);
        int count = chosen == null ? found.size() : chosen.length;
        for (int c = 0; c < count; c++) {
            int i = chosen == null ? c : chosen[c];
            int v = found.get(i);
            TokenSimilarity.Result r =
                    TokenSimilarity.compareAtLeast(halves.get(foundHalf.get(i)), forms.get(v), SPLIT_SIMILARITY);
            if (r != null && r.similarity() >= SPLIT_SIMILARITY && r.type() != Explanation.MatchType.INITIAL) {
                vocab.add(v);
            }
        }
        int[] matched = java.util.Arrays.copyOf(vocab.array(), vocab.size());
        if (cacheKey != null) {
            matchCache.put(cacheKey, new TokenMatches(forms.size(), matched, NO_RESULTS));
        }
        return matched;
    }

    /** Adds the listed vocabulary entries not yet seen to {@code found}, found by the given half. */
    private static void considerHalf(@Nullable VocabList list, int half, LookupScratch seen) {
        if (list == null) {
            return;
        }
        int[] a = list.entries();
        long[] g = list.grams();
        for (int i = 0, size = list.size(); i < size; i++) {
            int v = a[i];
            if (seen.mark(v)) {
                seen.found(v, g[i]);
                seen.foundHalf.add(half);
            }
        }
    }

    /**
     * Two adjacent vocabulary entries written as one word, analysed for one search ({@link
     * Search#joinedVocab} keeps it for that search). Not kept for all searches: on a register of rare
     * words a search asks for tens of pairs no search had asked for, and a map of them for all searches
     * (emptied at 100,000 pairs) held ~450 of the ~530 objects a screening left for the next young
     * collection to copy into the old generation; analysing a pair again costs a few microseconds.
     */
    private TokenForm joinedVocab(int v1, int v2) {
        return TokenForm.joined(forms.get(v1), forms.get(v2));
    }

    private double weight(int df) {
        double n = Math.max(2, liveNames);
        double w = Math.log(1 + n / (df + 1.0)) / Math.log(1 + n / 2);
        return 0.3 + 0.7 * Math.min(1, w);
    }

    private double queryWeight(TokenForm form) {
        Integer s = skeletonIds.get(form.skeletons().get(0));
        return weight(s == null ? 0 : skeletonDf.get(s));
    }

    /** {@code Search.otherSkip}: the organisations, the persons. */
    private static final int SKIP_ORGANISATIONS = 1;

    private static final int SKIP_PERSONS = 2;

    /** Candidates whose first facts {@code Search.readAhead} reads together before they are considered. */
    private static final int READ_AHEAD = 64;

    /** One query against the index, under the read lock. */
    private final class Search {
        private final NameQuery query;
        private final @Nullable ParsedName person;
        private final @Nullable ParsedName organisation;
        private final List<NameToken> tokens;
        private final LongObjectMap<TokenSimilarity.Result> sims = new LongObjectMap<>(64);
        /** Matched generic organisation words and their query bits, whose postings are read last. */
        private final IntList genericVocab = new IntList(4);

        private final IntList genericBits = new IntList(4);
        /** Whether the shortcuts of {@link Engine#searchUnpruned} are taken; false only for tests. */
        private final boolean skipping;
        /** The query token whose common person postings were not read, or -1; see run(). */
        private int skipped = -1;
        /** What {@link #readAhead} read, summed (kept so that its reads are not left out as unused). */
        private long readAheadSum;

        private @Nullable IntIntMap skippedVocab;
        private long skippedSignature;
        /**
         * Per query token: the look-ups retrieval used, whose deferred entries {@link #similarity}
         * compares on first use; set by run().
         */
        private TokenMatches @Nullable [] lookedUp;
        /** Whether a look-up of {@link #lookedUp} has deferred entries; set by run(). */
        private boolean anyDeferred;
        /** Per candidate: the bits it has only through deferred look-alikes; see {@link #collectDeferred}. */
        private @Nullable IntIntMap possible;
        /** Best comparison per document: document id to 1 + its index in {@link #bestList}. */
        private final IntIntMap bestIndex = new IntIntMap(64);
        /**
         * Which shapes of the other postings (organisations, persons of one part or with an initial)
         * are not read: the organisations ({@link #SKIP_ORGANISATIONS}) when the query asks for a
         * person, the persons ({@link #SKIP_PERSONS}) when it asks for an organisation, since only
         * the kind asked for is scored; 0 when both are read.
         */
        private final int otherSkip;

        private final List<Best> bestList = new ArrayList<>();
        /**
         * Two words written as one, analysed once in this search: a query token and the next under
         * {@code -1 - q} ({@link #joinedQuery}), two adjacent indexed tokens under {@link #key} of their
         * vocabulary ids ({@link #joinedVocab}), which is never negative.
         */
        private final LongObjectMap<TokenForm> joined = new LongObjectMap<>(64);
        /** Results of {@link #joinSimilarity}, {@link #NO_MATCH} for none. */
        private final Map<JoinKey, Object> joins = new HashMap<>();
        /** Min-heap of the first scores of the best {@code limit} documents so far; see {@link #bound()}. */
        private final double[] topScores;

        private @Nullable QuerySide personSide;
        private @Nullable QuerySide organisationSide;

        private final int[] topDocs;
        /** The record ids of {@link #topDocs}. */
        private final String[] topIds;

        private int topSize;
        /** Whether the query has a birth date or nationality that may move a record's score. */
        private final boolean attributes;
        /** The most the query's birth date and nationality can add to a name's score. */
        private final double gain;

        private final double[] weights = new double[1024];
        /**
         * Per query token: whether retrieval compared it with every vocabulary entry it can match (a
         * name part, not an initial), so that {@link #similarity} need compare nothing for it.
         */
        private final boolean[] retrieved;
        /**
         * The query tokens (a bit each, the 64th on left out) that retrieval did not look up, whose
         * similarities are compared when read: an organisation's bits say nothing of them.
         */
        private final long unretrieved;

        private int personParts;
        private boolean personInitials;
        private boolean personSplittable;
        /**
         * The query's one name part when it has only one and {@link NameScorer#SINGLE_PART_CAP} is
         * under the threshold, else null.
         */
        private @Nullable TokenForm singlePart;
        /**
         * Whether a gated person (two name parts or more, no initial) can pass at all: not when the
         * query asks for an organisation, nor when it has one part that cannot split in two, which
         * {@link #mayPass} caps at {@link NameScorer#SINGLE_PART_CAP}; their postings are then not read.
         */
        private final boolean gatedMayPass;
        /** The candidate being bounded or compared (one at a time), and its similarities to the query. */
        private final RecordSide side = new RecordSide(this);

        private final Similarities recordSims = new Similarities() {
            @Override
            public TokenSimilarity.@Nullable Result compare(int q, int r) {
                return similarity(q, side.vocab(r), side.initial(r));
            }

            @Override
            public TokenSimilarity.@Nullable Result joined(TokenForm single, TokenForm joined) {
                return joinSimilarity(single, joined);
            }
        };

        Search(NameQuery query, @Nullable ParsedName person, @Nullable ParsedName organisation, boolean skipping) {
            this.query = query;
            this.skipping = skipping;
            this.person = person;
            this.organisation = organisation;
            this.tokens = (person != null ? person : organisation).tokens();
            this.topScores = new double[query.limit()];
            this.topDocs = new int[query.limit()];
            this.topIds = new String[query.limit()];
            this.attributes =
                    query.birthDate().isPresent() || query.nationality().isPresent();
            this.gain = Attributes.maxGain(query.birthDate(), query.nationality());
            if (person != null) {
                for (NameToken t : person.tokens()) {
                    if (t.role() == Role.NAME || t.role() == Role.INITIAL) {
                        personParts++;
                        personInitials |= t.role() == Role.INITIAL;
                        personSplittable |= t.form().canonical().length() >= MIN_SPLIT;
                        if (t.role() == Role.NAME) {
                            singlePart = t.form();
                        }
                    }
                }
                if (personParts != 1 || query.threshold() <= NameScorer.SINGLE_PART_CAP) {
                    singlePart = null;
                }
            }
            otherSkip = !skipping
                    ? 0
                    : (organisation == null ? SKIP_ORGANISATIONS : 0) | (person == null ? SKIP_PERSONS : 0);
            retrieved = new boolean[Math.min(tokens.size(), MAX_QUERY_TOKENS)];
            long notLookedUp = 0;
            for (int q = 0; q < Math.min(tokens.size(), Long.SIZE); q++) {
                if (q < retrieved.length) {
                    retrieved[q] = retrievable(q) && !tokens.get(q).form().isInitial();
                }
                notLookedUp |= q < retrieved.length && retrieved[q] ? 0 : 1L << q;
            }
            unretrieved = notLookedUp;
            gatedMayPass = person != null
                    && (personParts >= 2 || personSplittable || query.threshold() <= NameScorer.SINGLE_PART_CAP);
        }

        /** The query as one side of a comparison (its token weights looked up once per search). */
        private QuerySide querySide(ParsedName view) {
            if (view == person) {
                if (personSide == null) {
                    personSide = new QuerySide(view, this);
                }
                return personSide;
            }
            if (organisationSide == null) {
                organisationSide = new QuerySide(view, this);
            }
            return organisationSide;
        }

        /**
         * Two adjacent indexed tokens as one word, analysed once in this search: the bound and the
         * comparison remember joins by the forms' identity ({@link #joinSimilarity}).
         */
        TokenForm joinedVocab(int v1, int v2) {
            long key = key(v1, v2);
            TokenForm f = joined.get(key);
            if (f == null) {
                f = Engine.this.joinedVocab(v1, v2);
                joined.put(key, f);
            }
            return f;
        }

        /** Query token {@code q} written together with the next one (or the one after an article), once per search. */
        TokenForm joinedQuery(int q) {
            long key = -1L - q;
            TokenForm f = joined.get(key);
            if (f == null) {
                int next = TokenForm.compoundNext(
                        tokens.size(),
                        q,
                        i -> tokens.get(i).role() == Role.IGNORED,
                        i -> tokens.get(i).form());
                String folded =
                        tokens.get(q).form().folded() + tokens.get(next).form().folded();
                f = formCache.get(folded);
                f = f != null ? f : queryForm(folded, folded, false);
                joined.put(key, f);
            }
            return f;
        }

        /**
         * Collects candidate names from the postings of the query tokens' matches. A person whose
         * query and indexed names both have two parts or more needs two matching parts, so the
         * postings of persons for the most frequent query token need not be read: every such name
         * that can pass shares another token, and is found there; its match on the skipped token is
         * checked on its own tokens (pigeonhole). This keeps common given names (Александр,
         * Mohammad) from making every query read tens of thousands of postings.
         */
        List<Match> run() {
            IntIntMap candidates = new IntIntMap(1024);
            int n = Math.min(tokens.size(), MAX_QUERY_TOKENS);
            TokenMatches[] matches = new TokenMatches[n];
            lookedUp = matches;
            // deferred look-alikes (see TokenMatches) are read as possible matches only where a gated
            // person needs two matching parts (mayPass); where one can pass, they are compared first
            boolean twoParts =
                    person != null && personParts >= 2 && !personInitials && query.threshold() > NameScorer.GATE_CAP;
            long largest = -1;
            int units = 0;
            for (int q = 0; q < n; q++) {
                if (retrievable(q)) {
                    matches[q] = matches(tokens.get(q).form());
                    if (gatedMayPass && !twoParts) {
                        matches[q] = compared(tokens.get(q).form(), matches[q]);
                    }
                    anyDeferred |= matches[q].deferred.length > 0;
                    units++;
                    long size = gatedSize(matches[q]);
                    if (size > largest) {
                        largest = size;
                        skipped = q;
                    }
                }
            }
            boolean skip = skipping
                    && units >= 2
                    && person != null
                    && personParts >= 2
                    && !personInitials
                    && query.threshold() > NameScorer.GATE_CAP;
            if (!skip) {
                skipped = -1;
            }
            long[] unitSignatures = new long[n];
            for (int q = 0; q < n; q++) {
                if (matches[q] != null) {
                    for (int v : matches[q].vocab) {
                        unitSignatures[q] |= signatureBit(v);
                    }
                    for (int v : matches[q].deferred) {
                        unitSignatures[q] |= signatureBit(v); // possible matches: a superset
                    }
                    if (needsSplits(q, matches)) {
                        for (int v : splitMatches(tokens.get(q).form())) {
                            unitSignatures[q] |= signatureBit(v);
                        }
                    }
                }
            }
            long[] filters = new long[n];
            for (int q = 0; q < n; q++) {
                if (matches[q] != null) {
                    // with skipping, a gated person must also hold another query token: its signature tells
                    long others = 0;
                    for (int r = 0; r < n; r++) {
                        others |= r == q ? 0 : unitSignatures[r];
                    }
                    filters[q] = skipped >= 0 ? others : -1L;
                    collect(matches[q], q, 1 << q, candidates, q != skipped, filters[q]);
                }
            }
            if (skipped >= 0) {
                skippedVocab = new IntIntMap(matches[skipped].vocab.length + matches[skipped].deferred.length);
                for (int v : matches[skipped].vocab) {
                    skippedVocab.or(v, 1);
                    skippedSignature |= signatureBit(v);
                }
                for (int v : matches[skipped].deferred) {
                    skippedVocab.or(v, 2); // a possible match: holdsSkipped() compares it
                    skippedSignature |= signatureBit(v);
                }
            }
            for (int q = 0; q + 1 < n; q++) {
                int next = TokenForm.compoundNext(
                        n,
                        q,
                        k -> tokens.get(k).role() == Role.IGNORED,
                        k -> tokens.get(k).form());
                if (next > 0 && retrievable(q) && retrievable(next)) {
                    collect(matches(joinedQuery(q), JOINED_SIMILARITY), -1, 1 << q | 1 << next, candidates, true, -1L);
                }
            }
            for (int q = 0; q < n; q++) {
                if (needsSplits(q, matches)) {
                    collectSplits(tokens.get(q).form(), 1 << q, candidates);
                }
            }
            if (twoParts && gatedMayPass) {
                for (int q = 0; q < n; q++) {
                    if (matches[q] != null && matches[q].deferred.length > 0 && q != skipped) {
                        collectDeferred(matches[q].deferred, 1 << q, candidates, filters[q]);
                    }
                }
            }
            collectGeneric(candidates);
            // the candidates that share the most query tokens first, so that the bound rises early
            // (one pass to count per level, one to place: in map order within each level)
            int[] next = new int[Integer.SIZE + 2];
            candidates.forEach((shape, bits) -> next[Integer.SIZE - Integer.bitCount(bits) + 1]++);
            for (int level = 1; level < next.length; level++) {
                next[level] += next[level - 1];
            }
            int[] shapes = new int[candidates.size()];
            int[] shapeBits = new int[candidates.size()];
            candidates.forEach((shape, bits) -> {
                int at = next[Integer.SIZE - Integer.bitCount(bits)]++;
                shapes[at] = shape;
                shapeBits[at] = bits;
            });
            int[] starts = new int[Math.min(shapes.length, READ_AHEAD)];
            for (int from = 0; from < shapes.length; from += READ_AHEAD) {
                int to = Math.min(shapes.length, from + READ_AHEAD);
                readAhead(shapes, from, to, starts);
                for (int i = from; i < to; i++) {
                    consider(shapes[i], shapeBits[i]);
                }
            }
            return results();
        }

        /**
         * Reads what {@link #consider} reads first of candidates {@code from} to {@code to} (their
         * facts, first token and its packed facts) in loops whose loads do not depend on one another,
         * so that the processor waits for their cache misses together rather than one candidate at a
         * time, as the long, branching {@link #consider} does: the candidates are scattered over arrays
         * of tens of megabytes. Changes nothing but what the caches hold.
         */
        private void readAhead(int[] shapes, int from, int to, int[] starts) {
            int[] meta = shapeMeta.array();
            int[] start = shapeStart.array();
            int[] live = shapeLive.array();
            int[] run = pool.array();
            long[] info = poolInfo;
            long[] skeleton = poolSkeleton;
            long[] summary = summaries;
            long sum = 0;
            for (int i = from; i < to; i++) {
                int shape = shapes[i];
                sum += meta[shape] + live[shape] + summary[shape];
                starts[i - from] = start[shape];
            }
            int size = pool.size();
            for (int i = from; i < to; i++) {
                int p = starts[i - from];
                sum += p < size ? info[p] + run[p] + skeleton[p] : 0;
            }
            readAheadSum += sum;
        }

        private boolean needsSplits(int q, TokenMatches[] matches) {
            return matches[q] != null
                    && tokens.get(q).form().canonical().length() >= MIN_SPLIT
                    && !hasStrong(matches[q]);
        }

        /**
         * Whether a token of the shape is an initial, in any role: {@link #similarity} compares it
         * with the query tokens when asked, so that retrieval sets no bit for it.
         */
        private boolean hasInitial(int shape) {
            for (int p = shapeStart.get(shape), end = end(shape); p < end; p++) {
                if ((poolInfo[p] & INFO_INITIAL) != 0) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a shape of the other postings is of the kind {@link #otherSkip} leaves unread. */
        private boolean skipped(int shape) {
            boolean organisation = (shapeMeta.array()[shape] & 4) != 0;
            return (otherSkip & (organisation ? SKIP_ORGANISATIONS : SKIP_PERSONS)) != 0;
        }

        /** The gated postings retrieval would read for a token's look-up, deferred entries' too. */
        private long gatedSize(TokenMatches m) {
            long size = 0;
            for (int v : m.vocab) {
                PostingList list = gatedPostings.get(v);
                size += list == null ? 0 : list.size();
            }
            for (int v : m.deferred) {
                PostingList list = gatedPostings.get(v);
                size += list == null ? 0 : list.size();
            }
            return size;
        }

        /**
         * Whether a compared entry matches closely. Deferred entries are left out: the first ring of a
         * look-up (the token's own spellings) is always compared, and a strong match hidden among the
         * deferred ones only makes the split look-up run where it need not.
         */
        private static boolean hasStrong(TokenMatches m) {
            for (TokenSimilarity.Result r : m.results) {
                if (r.similarity() >= 0.9) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the name holds a match of the skipped query token: a compared match, or a deferred
         * look-alike of it that {@code confirm} compares (without it, any look-alike counts).
         */
        private boolean holdsSkipped(int shape, boolean confirm) {
            IntIntMap vocab = skippedVocab;
            int[] run = pool.array();
            for (int p = shapeStart.get(shape), end = end(shape); p < end; p++) {
                if ((run[p] & 3) == Role.NAME.ordinal()) {
                    int found = vocab.get(run[p] >>> 2);
                    if (found == 1 || found == 2 && (!confirm || similarity(skipped, run[p] >>> 2, false) != null)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean retrievable(int q) {
            return person != null && person.tokens().get(q).role() == Role.NAME
                    || organisation != null && organisation.tokens().get(q).role() == Role.NAME;
        }

        /**
         * Adds the postings of a query token's matches. {@code gated} false skips gated persons;
         * {@code filter} other than -1 keeps only gated persons whose signature shares a bit with it.
         */
        private void collect(TokenMatches m, int q, int bits, IntIntMap candidates, boolean gated, long filter) {
            for (int k = 0; k < m.vocab.length; k++) {
                int v = m.vocab[k];
                TokenSimilarity.Result r = m.results[k];
                if (q < 0 && r.similarity() < JOINED_SIMILARITY) {
                    continue;
                }
                if (q >= 0) {
                    sims.put(key(q, v), r);
                }
                addMatch(v, bits, candidates, gated, filter);
            }
            // deferred entries (only in a token's own look-up, never a joined one's; run() has them
            // compared already where one matching part can pass): their gated persons are read by
            // collectDeferred, but postings of other kinds added since the look-up was made are not
            // gated by a second part, so such an entry is compared now, as the look-up would have
            for (int v : m.deferred) {
                if (otherPostings.get(v) != null && similarity(q, v, false) != null) {
                    addMatch(v, bits, candidates, gated, filter);
                }
            }
        }

        /**
         * Adds the gated persons of a query token's deferred look-alikes (see {@link TokenMatches})
         * with the token's bit as a possible match, once every other posting has been read: a bit
         * that a name did not already have is also noted in {@link #possible}, and {@link #consider}
         * confirms it (comparing the pair) only for a name whose bits could pass with it.
         */
        private void collectDeferred(int[] deferred, int bits, IntIntMap candidates, long filter) {
            IntIntMap maybe = possible;
            if (maybe == null) {
                maybe = new IntIntMap(1024);
                possible = maybe;
            }
            for (int v : deferred) {
                PostingList list = gatedPostings.get(v);
                if (list == null || otherPostings.get(v) != null) {
                    continue; // none, or compared by collect
                }
                int[] a = list.ids();
                long[] sig = list.signatures();
                for (int i = 0, size = list.size(); i < size; i++) {
                    if ((sig[i] & filter) != 0 && (candidates.get(a[i]) & bits) == 0) {
                        candidates.or(a[i], bits);
                        maybe.or(a[i], bits);
                    }
                }
            }
        }

        /**
         * The bits of a candidate gated person without the possible ones ({@code maybe}, see {@link
         * #collectDeferred}) whose query token matches none of its name parts.
         */
        private int confirmed(int shape, int bits, int maybe) {
            int[] run = pool.array();
            int start = shapeStart.get(shape);
            int end = end(shape);
            for (int rest = maybe; rest != 0; rest &= rest - 1) {
                int q = Integer.numberOfTrailingZeros(rest);
                boolean holds = false;
                for (int p = start; p < end && !holds; p++) {
                    holds = (run[p] & 3) == Role.NAME.ordinal() && similarity(q, run[p] >>> 2, false) != null;
                }
                if (!holds) {
                    bits &= ~(1 << q);
                }
            }
            return bits;
        }

        /** Adds the postings of one matching vocabulary entry (see {@link #collect}). */
        private void addMatch(int v, int bits, IntIntMap candidates, boolean gated, long filter) {
            if (gated && gatedMayPass) {
                addPostings(gatedPostings.get(v), bits, candidates, filter);
            }
            if (forms.get(v).wordClass() != null && otherPostings.get(v) != null) {
                genericVocab.add(v);
                genericBits.add(bits);
            } else {
                addPostings(otherPostings.get(v), bits, candidates);
            }
        }

        /**
         * The postings of generic organisation words (Front, Movement, движение) that query tokens
         * matched, read last: an organisation needs a matching word that is not generic (or a join,
         * or a name of generic words only; see {@link NameScorer}), so one that shares nothing else
         * with the query cannot pass and is not made a candidate. Its shared generic words still count
         * for the candidates found otherwise. In a register with thousands of "... Front" names this
         * keeps one common word from making every query score all of them.
         */
        private void collectGeneric(IntIntMap candidates) {
            for (int k = 0; k < genericVocab.size(); k++) {
                int v = genericVocab.get(k);
                int bits = genericBits.get(k);
                // persons and names of generic words only: candidates whatever else matched
                IntList always = genericAlways.get(v);
                if (always != null) {
                    int[] a = always.array();
                    for (int i = 0, size = always.size(); i < size; i++) {
                        if (otherSkip == 0 || !skipped(a[i])) {
                            candidates.or(a[i], bits);
                        }
                    }
                }
                // the other organisations only where they are candidates already: read from the map alone
                IntList list = java.util.Objects.requireNonNull(otherPostings.get(v));
                int[] a = list.array();
                for (int i = 0, size = list.size(); i < size; i++) {
                    int shape = a[i];
                    if (candidates.get(shape) != 0 && (otherSkip == 0 || !skipped(shape))) {
                        candidates.or(shape, bits);
                    }
                }
            }
        }

        private void addPostings(@Nullable PostingList list, int bits, IntIntMap candidates, long filter) {
            if (list == null) {
                return;
            }
            int[] a = list.ids();
            long[] sig = list.signatures();
            for (int i = 0, size = list.size(); i < size; i++) {
                if ((sig[i] & filter) != 0) {
                    candidates.or(a[i], bits);
                }
            }
        }

        private void addPostings(@Nullable IntList list, int bits, IntIntMap candidates) {
            if (list == null) {
                return;
            }
            int[] a = list.array();
            if (otherSkip != 0) {
                for (int i = 0, size = list.size(); i < size; i++) {
                    if (!skipped(a[i])) {
                        candidates.or(a[i], bits);
                    }
                }
                return;
            }
            for (int i = 0, size = list.size(); i < size; i++) {
                candidates.or(a[i], bits);
            }
        }

        /**
         * A query token that a record writes as two words (Abdurrahman, Abdul Rahman): names holding
         * a close match of either half of any split share the token's bit; scoring checks the join.
         */
        private void collectSplits(TokenForm form, int bits, IntIntMap candidates) {
            for (int v : splitMatches(form)) {
                if (gatedMayPass) {
                    addPostings(gatedPostings.get(v), bits, candidates, -1L);
                }
                addPostings(otherPostings.get(v), bits, candidates);
            }
        }

        /**
         * Scores a candidate shape once, then each of its live names' records with their birth dates
         * and nationalities. A shape or name that cannot reach the {@code limit} best documents found
         * so far ({@link #bound}) is skipped: it could never be returned.
         */
        private void consider(int shape, int bits) {
            int meta = shapeMeta.get(shape);
            int maybe = possible == null ? 0 : possible.get(shape);
            if (maybe != 0) {
                // a gated person with possible matches (only where it needs two matching parts): not
                // even its possible bits (and the skipped token's, if it holds a look-alike of it,
                // compared or not) make two; else the possible ones are confirmed by comparing
                boolean mayHoldSkipped = skipped >= 0
                        && (bits & 1 << skipped) == 0
                        && Integer.bitCount(bits) < 2
                        && (signatures[shape] & skippedSignature) != 0
                        && holdsSkipped(shape, false);
                if (Integer.bitCount(bits) + (mayHoldSkipped ? 1 : 0) < 2) {
                    return;
                }
                bits = confirmed(shape, bits, maybe);
            }
            if (skipped >= 0 && (bits & 1 << skipped) == 0 && Integer.bitCount(bits) < 2) {
                // a gated person found through one token only: it can pass only if it holds the skipped one
                if ((meta & 2) != 0) {
                    if ((signatures[shape] & skippedSignature) == 0 || !holdsSkipped(shape, true)) {
                        return;
                    }
                    bits |= 1 << skipped;
                }
            }
            EntityKind kind = (meta & 4) != 0 ? EntityKind.ORGANISATION : EntityKind.PERSON;
            ParsedName view = kind == EntityKind.PERSON ? person : organisation;
            if (view == null || !mayPass(view, meta, bits)) {
                return; // also when the query asks for the other kind: that view is null
            }
            QuerySide qs = querySide(view);
            double floor = Math.max(query.threshold(), bound());
            if (skipping
                    && kind == EntityKind.ORGANISATION
                    && !qs.bound().mayReachWithSummary(summaries[shape], bits | unretrieved, floor, gain)) {
                // the bound by word matches below, looser and from the shape's summary alone: its token
                // run is not read (a summary is 0, and lets through, when the shape has an initial)
                return;
            }
            if (shapeLive.get(shape) == 0) {
                return;
            }
            RecordSide side = this.side.reset(shape);
            if (view == person && singlePart != null && meta >>> 3 > 1 && !NameScorer.mayJoin(singlePart, side)) {
                return; // a one-part query against a longer name stays under the threshold unless it joins two parts
            }
            Similarities sims = recordSims;
            if (skipping
                    && kind == EntityKind.ORGANISATION
                    && !hasInitial(shape)
                    && !qs.bound().mayReachWithMatched(side, bits | unretrieved, floor, gain)) {
                // an organisation has no patronymic, and without an initial every query token that
                // pairs with one of its words by similarity was looked up and set its bit: not even
                // its bits and the joins it could make reach the floor
                return;
            }
            if (!qs.bound().mayReach(side, kind, sims, floor, gain)) {
                return; // not even the best alignment could lift it far enough
            }
            NameComparison c = qs.bound().compare(side, kind, sims);
            double ceiling = Math.min(Math.min(1, c.cap()), c.score() + gain);
            if (ceiling < query.threshold() || ceiling < bound()) {
                return; // no birth date or nationality can lift it far enough
            }
            for (int name = shapeFirst.get(shape); name >= 0; name = nameNext.get(name)) {
                int doc = nameDoc.get(name);
                NameRecord record = docs.get(doc);
                if (record != null) {
                    score(doc, name, record, c, view);
                }
            }
        }

        private void score(int doc, int name, NameRecord record, NameComparison c, ParsedName view) {
            List<Explanation.Adjustment> adjustments;
            if (!attributes) {
                adjustments = List.of();
            } else if (record.kind() == EntityKind.PERSON) {
                adjustments = Attributes.adjust(
                        query.birthDate(), record.birthDates(), query.nationality(), record.nationalities());
            } else {
                adjustments =
                        Attributes.adjust(Optional.empty(), List.of(), query.nationality(), record.nationalities());
            }
            double score = c.score();
            for (Explanation.Adjustment a : adjustments) {
                score += a.delta();
            }
            score = Math.max(0, Math.min(Math.min(1, c.cap()), score));
            if (score < query.threshold() || topSize == topScores.length && worse(score, doc, record.id(), 0)) {
                return;
            }
            int index = bestIndex.get(doc);
            if (index == 0) {
                bestList.add(new Best(doc, name, score, c, adjustments, view));
                bestIndex.or(doc, bestList.size());
                offer(score, doc, record.id());
            } else {
                Best best = bestList.get(index - 1);
                if (score > best.score || score == best.score && name < best.name) {
                    bestList.set(index - 1, new Best(doc, name, score, c, adjustments, view));
                }
            }
        }

        /**
         * The lowest score a document can have and still be among the {@code limit} best: the lowest
         * of the first scores of the {@code limit} best documents seen so far (a later, better name of
         * one of them only raises the true bound), or 0 while fewer have been seen.
         */
        private double bound() {
            return topSize < topScores.length ? 0 : topScores[0];
        }

        /**
         * Whether a document's score ranks below heap entry {@code i}: lower, or equal with a later id
         * (the heap keeps its entries' ids at hand: names of one common shape all tie).
         */
        private boolean worse(double score, int doc, String id, int i) {
            return score < topScores[i] || score == topScores[i] && doc != topDocs[i] && id.compareTo(topIds[i]) > 0;
        }

        /**
         * Adds a document's first score to the heap of the best {@code limit} documents, worst at the
         * root; every entry ranks no better than its document will in the end, so whatever ranks below
         * a full heap's root cannot be returned.
         */
        private void offer(double score, int doc, String id) {
            if (topSize < topScores.length) {
                int i = topSize++;
                while (i > 0 && worse(score, doc, id, (i - 1) / 2)) {
                    move((i - 1) / 2, i);
                    i = (i - 1) / 2;
                }
                topScores[i] = score;
                topDocs[i] = doc;
                topIds[i] = id;
            } else if (!worse(score, doc, id, 0)) {
                int i = 0;
                while (true) {
                    int child = 2 * i + 1;
                    if (child >= topSize) {
                        break;
                    }
                    if (child + 1 < topSize && worseEntry(child + 1, child)) {
                        child++;
                    }
                    if (worse(score, doc, id, child)) {
                        break; // the worse child stays below the new entry
                    }
                    move(child, i);
                    i = child;
                }
                topScores[i] = score;
                topDocs[i] = doc;
                topIds[i] = id;
            }
        }

        private boolean worseEntry(int a, int b) {
            return worse(topScores[a], topDocs[a], topIds[a], b);
        }

        private void move(int from, int to) {
            topScores[to] = topScores[from];
            topDocs[to] = topDocs[from];
            topIds[to] = topIds[from];
        }

        /** Rarity weight by document frequency, memoised for small frequencies. */
        double weightOf(int df) {
            if (df < weights.length) {
                double w = weights[df];
                if (w == 0) {
                    w = weight(df);
                    weights[df] = w;
                }
                return w;
            }
            return weight(df);
        }

        /** Whether the name could reach the threshold given which query tokens it shares. */
        private boolean mayPass(ParsedName view, int meta, int bits) {
            if (view != person) {
                return true;
            }
            int nr = meta >>> 3;
            boolean initials = personInitials || (meta & 1) != 0;
            double cap = 1;
            if (personParts <= 1 && nr > 1 && !personSplittable) {
                cap = NameScorer.SINGLE_PART_CAP;
            } else if (personParts >= 2 && nr >= 2 && Integer.bitCount(bits) < 2 && !initials) {
                cap = NameScorer.GATE_CAP;
            }
            return cap >= query.threshold();
        }

        /**
         * The similarity of query token {@code q} and vocabulary entry {@code v}. Retrieval has already
         * compared each query name token with every entry that shares a key or a deletion neighbour,
         * or deferred the comparison (see {@link TokenMatches}), which is made here on first use; an
         * entry it did not find is not similar, so only initials and patronymics are compared here.
         */
        private TokenSimilarity.@Nullable Result similarity(int q, int v, boolean initial) {
            long k = key(q, v);
            if (q < retrieved.length && retrieved[q] && !initial) {
                TokenSimilarity.Result r = sims.get(k); // what retrieval found, or nothing
                return r != null || !anyDeferred ? r : deferredSimilarity(q, v, k);
            }
            TokenSimilarity.Result r = sims.get(k);
            if (r == null && !sims.containsKey(k)) {
                TokenForm qf = tokens.get(q).form();
                TokenForm vf = forms.get(v);
                boolean retrieved = q < MAX_QUERY_TOKENS && retrievable(q) && !qf.isInitial() && !vf.isInitial();
                r = retrieved ? null : TokenSimilarity.compare(qf, vf);
                sims.put(k, r);
            }
            return r;
        }

        /**
         * The similarity of a retrieved query token and an entry retrieval found no match for: its
         * deferred comparison, made once (kept out of {@link #similarity}, which the scorer calls in
         * its inner loops).
         */
        private TokenSimilarity.@Nullable Result deferredSimilarity(int q, int v, long k) {
            TokenSimilarity.Result r = null;
            if (isDeferred(q, v) && !sims.containsKey(k)) {
                r = TokenSimilarity.compareAtLeast(tokens.get(q).form(), forms.get(v), TokenSimilarity.MIN_SIMILARITY);
                sims.put(k, r);
            }
            return r;
        }

        /** Whether query token {@code q}'s look-up deferred its comparison with entry {@code v}. */
        private boolean isDeferred(int q, int v) {
            TokenMatches[] m = lookedUp;
            int[] deferred = m == null || m[q] == null ? NO_DEFERRED : m[q].deferred;
            return deferred.length > 0 && java.util.Arrays.binarySearch(deferred, v) >= 0;
        }

        /**
         * A token against two tokens written as one word, once per search: the forms are the
         * vocabulary's, the query's and {@link #joinedVocab}'s, so they are compared by identity.
         */
        private TokenSimilarity.@Nullable Result joinSimilarity(TokenForm single, TokenForm joined) {
            JoinKey key = new JoinKey(single, joined);
            Object r = joins.get(key);
            if (r == null) {
                r = TokenSimilarity.compareAtLeast(single, joined, NameScorer.JOIN_SIMILARITY);
                joins.put(key, r == null ? NO_MATCH : r);
            }
            return r == NO_MATCH ? null : (TokenSimilarity.Result) r;
        }

        private List<Match> results() {
            List<Best> hits = new ArrayList<>();
            double floor = Math.max(query.threshold(), bound());
            for (Best b : bestList) {
                if (b.score >= floor) {
                    hits.add(b);
                }
            }
            hits.sort(this::ranking);
            List<Match> out = new ArrayList<>(Math.min(hits.size(), query.limit()));
            for (Best b : hits.subList(0, Math.min(hits.size(), query.limit()))) {
                out.add(toMatch(b));
            }
            return out;
        }

        /** Best score first, ties by record id. */
        private int ranking(Best a, Best b) {
            int byScore = Double.compare(b.score, a.score);
            return byScore != 0
                    ? byScore
                    : docs.get(a.doc).id().compareTo(docs.get(b.doc).id());
        }

        private Match toMatch(Best b) {
            NameRecord record = docs.get(b.doc);
            int nameIndex = 0;
            int[] names = docNames.get(b.doc);
            while (names[nameIndex] != b.name) {
                nameIndex++;
            }
            String matchedName = nonBlank(record.names()).get(nameIndex);
            ParsedName recordParsed = parsedNames.get(b.name);
            if (recordParsed == null) {
                recordParsed = record.kind() == EntityKind.PERSON
                        ? indexAnalyzer.person(matchedName)
                        : indexAnalyzer.organisation(matchedName);
                if (parsedNames.size() > PARSED_CACHE_SIZE) {
                    parsedNames.clear();
                }
                parsedNames.put(b.name, recordParsed);
            }
            return new Match(
                    record.id(),
                    b.score,
                    matchedName,
                    Explanations.of(b.view, recordParsed, b.comparison, b.adjustments, b.score));
        }

        private static List<String> nonBlank(List<String> names) {
            return names.stream().filter(s -> !s.isBlank()).toList();
        }
    }

    private static final Object NO_MATCH = new Object();

    /** Two forms by identity. */
    private static final class JoinKey {
        private final TokenForm single;
        private final TokenForm joined;

        JoinKey(TokenForm single, TokenForm joined) {
            this.single = single;
            this.joined = joined;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof JoinKey k && k.single == single && k.joined == joined;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(single) * 31 + System.identityHashCode(joined);
        }
    }

    private static long key(int q, int v) {
        return (long) q << 32 | v;
    }

    private record Best(
            int doc,
            int name,
            double score,
            NameComparison comparison,
            List<Explanation.Adjustment> adjustments,
            ParsedName view) {}

    /** An indexed name as a {@link NameSide}. */
    private final class RecordSide implements NameSide {
        private int start;
        private int size;
        /** The search whose candidate this is; null only for {@link #shapeSide}, which is never weighed or joined. */
        private final @Nullable Search search;

        RecordSide(@Nullable Search search) {
            this.search = search;
        }

        /** This side as the given shape (a search reuses one side for all its candidates). */
        RecordSide reset(int shape) {
            start = shapeStart.get(shape);
            size = end(shape) - start;
            return this;
        }

        int vocab(int i) {
            return pool.get(start + i) >>> 2;
        }

        @Override
        public int formId(int i) {
            return vocab(i);
        }

        private long info(int i) {
            return poolInfo[start + i];
        }

        boolean initial(int i) {
            return (info(i) & INFO_INITIAL) != 0;
        }

        @Override
        public boolean generic(int i) {
            return (info(i) & INFO_GENERIC) != 0;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public TokenForm form(int i) {
            return forms.get(vocab(i));
        }

        @Override
        public Role role(int i) {
            return ROLES[pool.get(start + i) & 3];
        }

        @Override
        public double weight(int i) {
            return java.util.Objects.requireNonNull(search).weightOf(skeletonDf.get((int) info(i)));
        }

        @Override
        public @Nullable TokenForm joined(int i) {
            return java.util.Objects.requireNonNull(search).joinedVocab(vocab(i), vocab(next(i)));
        }

        @Override
        public int next(int i) {
            if (i + 1 >= size) {
                return -1;
            }
            return role(i + 1) == Role.IGNORED && i + 2 < size && (info(i + 1) & INFO_ARTICLE) != 0 ? i + 2 : i + 1;
        }

        @Override
        public int keyLength(int i) {
            int length = (int) (info(i) >>> INFO_KEY_LENGTH_SHIFT) & INFO_KEY_LENGTH_MAX;
            return length < INFO_KEY_LENGTH_MAX ? length : vocabKeyLength.get(vocab(i));
        }

        @Override
        public char skeletonHead(int i) {
            return (char) (info(i) >>> INFO_HEAD_SHIFT);
        }

        @Override
        public int skeletonClasses(int i) {
            return vocabClasses.get(vocab(i));
        }

        @Override
        public long packedSkeleton(int i) {
            return poolSkeleton[start + i];
        }
    }

    /** A parsed query as a {@link NameSide}. */
    private final class QuerySide implements NameSide {
        private final ParsedName name;
        private final Search search;
        private final double[] weights;

        private final int[] next;
        private final int[] keyLengths;
        private final char[] heads;
        private final int[] classes;
        private NameScorer.@Nullable Bound bound;

        QuerySide(ParsedName name, Search search) {
            this.name = name;
            this.search = search;
            int n = name.tokens().size();
            this.weights = new double[n];
            this.next = new int[n];
            this.keyLengths = new int[n];
            this.heads = new char[n];
            this.classes = new int[n];
            for (int i = 0; i < n; i++) {
                TokenForm form = name.tokens().get(i).form();
                classes[i] = NameSide.skeletonClasses(form);
                weights[i] = queryWeight(form);
                next[i] = NameSide.super.next(i);
                keyLengths[i] = form.key().length();
                heads[i] = NameSide.skeletonHead(form);
            }
        }

        /** The bound of this query against the candidates, made once per search. */
        NameScorer.Bound bound() {
            if (bound == null) {
                bound = new NameScorer.Bound(this, search.skipping);
            }
            return bound;
        }

        @Override
        public int next(int i) {
            return next[i];
        }

        @Override
        public int keyLength(int i) {
            return keyLengths[i];
        }

        @Override
        public char skeletonHead(int i) {
            return heads[i];
        }

        @Override
        public int skeletonClasses(int i) {
            return classes[i];
        }

        @Override
        public int size() {
            return name.tokens().size();
        }

        @Override
        public TokenForm form(int i) {
            return name.tokens().get(i).form();
        }

        @Override
        public Role role(int i) {
            return name.tokens().get(i).role();
        }

        @Override
        public double weight(int i) {
            return weights[i];
        }

        @Override
        public TokenForm joined(int i) {
            return search.joinedQuery(i);
        }
    }
}
