package org.jsis.namematch.index;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
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
 * Design. Names are stored as runs of ints in one pool (vocabulary id << 2 | role), so a million
 * names cost a few ints each. The vocabulary holds one TokenForm per distinct normalised token and a
 * posting list of the names containing it as a name part. Tokens are found by their phonetic
 * skeletons and stems (exact) and by single deletions of the skeleton (SymSpell: a deletion of the
 * query key against the deletions stored for the index keys finds keys within one edit), which
 * touches a handful of vocabulary entries, never the names. Only vocabulary entries similar enough
 * to a query token contribute their postings; a name becomes a candidate when its matched query
 * tokens could pass the evidence rules, and only candidates are scored. Removal marks names dead and
 * compacts posting lists once dead entries pile up.
 */

/** The index behind {@link org.jsis.namematch.NameIndex}; thread-safe. */
public final class Engine {

    private static final int MAX_QUERY_TOKENS = 30;
    /** Role.values() copies its array on every call; roles are read in the scorer's inner loops. */
    private static final Role[] ROLES = Role.values();

    private static final int MIN_DELETE_KEY = 4;
    private static final int MATCH_CACHE_SIZE = 50_000;
    private static final int MIN_SPLIT = 7;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, TokenForm> formCache = new ConcurrentHashMap<>();
    private final NameAnalyzer indexAnalyzer;
    private final NameAnalyzer queryAnalyzer;

    private final Map<String, Integer> docIds = new HashMap<>();
    private final List<@Nullable NameRecord> docs = new ArrayList<>();
    private final List<int[]> docNames = new ArrayList<>();

    private final IntList nameDoc = new IntList();
    private final IntList nameStart = new IntList();
    private final IntList pool = new IntList();
    /** Per name: (number of name and initial tokens) << 2 | gated << 1 | whether one is an initial. */
    private final IntList nameMeta = new IntList();
    /** Per name: a 64-bit signature of its name tokens (one bit per token's skeleton). */
    private long[] signatures = new long[1024];

    private final BitSet deadNames = new BitSet();
    private int liveNames;
    private long livePostings;
    private long deadPostings;

    private final Map<String, Integer> vocabIds = new HashMap<>();
    private final List<TokenForm> forms = new ArrayList<>();
    /** Per vocabulary entry: persons of two or more parts without initials, which need two matches. */
    private final List<PostingList> gatedPostings = new ArrayList<>();
    /** Per vocabulary entry: every other name (organisations, one-part names, names with initials). */
    private final List<IntList> otherPostings = new ArrayList<>();

    private final IntList vocabSkeleton = new IntList();
    private final Map<String, Integer> skeletonIds = new HashMap<>();
    private final IntList skeletonDf = new IntList();
    private final Map<String, IntList> byKey = new HashMap<>();
    private final Map<String, IntList> byDelete = new HashMap<>();
    private final Map<String, TokenMatches> matchCache = new ConcurrentHashMap<>();

    public Engine() {
        Lexicon lexicon = Lexicon.standard();
        indexAnalyzer = new NameAnalyzer(
                lexicon,
                (folded, ukBe) ->
                        formCache.computeIfAbsent(cacheKey(folded, ukBe), k -> TokenForm.of(folded, ukBe, lexicon)));
        queryAnalyzer = new NameAnalyzer(lexicon, (folded, ukBe) -> {
            TokenForm f = formCache.get(cacheKey(folded, ukBe));
            return f != null ? f : TokenForm.of(folded, ukBe, lexicon);
        });
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
        int id = nameDoc.size();
        nameDoc.add(doc);
        nameStart.add(pool.size());
        IntList seenSkeletons = new IntList(name.tokens().size());
        int parts = 0;
        int initial = 0;
        for (NameToken t : name.tokens()) {
            if (t.role() == Role.NAME || t.role() == Role.INITIAL) {
                parts++;
                initial |= t.role() == Role.INITIAL ? 1 : 0;
            }
        }
        boolean gated = kind == EntityKind.PERSON && parts >= 2 && initial == 0;
        int[] vocab = new int[name.tokens().size()];
        long signature = 0;
        for (int i = 0; i < vocab.length; i++) {
            vocab[i] = vocabId(name.tokens().get(i).form());
            if (name.tokens().get(i).role() == Role.NAME) {
                signature |= signatureBit(vocab[i]);
            }
        }
        for (int i = 0; i < vocab.length; i++) {
            NameToken t = name.tokens().get(i);
            int v = vocab[i];
            pool.add(v << 2 | t.role().ordinal());
            if (t.role() == Role.NAME) {
                if (gated) {
                    gatedPostings.get(v).add(id, signature);
                } else {
                    otherPostings.get(v).addIfNotLast(id);
                }
                livePostings++;
                int s = vocabSkeleton.get(v);
                if (!contains(seenSkeletons, s)) {
                    seenSkeletons.add(s);
                    skeletonDf.set(s, skeletonDf.get(s) + 1);
                }
            }
        }
        nameMeta.add(parts << 3 | (kind == EntityKind.ORGANISATION ? 4 : 0) | (gated ? 2 : 0) | initial);
        if (id >= signatures.length) {
            signatures = java.util.Arrays.copyOf(signatures, signatures.length * 2);
        }
        signatures[id] = signature;
        liveNames++;
        return id;
    }

    private int vocabId(TokenForm form) {
        Integer existing = vocabIds.get(form.folded() + "\u0000" + form.canonical());
        if (existing != null) {
            return existing;
        }
        int v = forms.size();
        vocabIds.put(form.folded() + "\u0000" + form.canonical(), v);
        forms.add(form);
        gatedPostings.add(new PostingList());
        otherPostings.add(new IntList(1));
        vocabSkeleton.add(skeletonId(form.skeletons().get(0)));
        List<String> keys = new ArrayList<>(form.skeletons());
        if (!keys.contains(form.stemSkeleton())) {
            keys.add(form.stemSkeleton());
        }
        if (form.wordClass() != null) {
            byKey.computeIfAbsent(classKey(form.wordClass()), x -> new IntList(2))
                    .add(v);
        }
        for (String k : keys) {
            byKey.computeIfAbsent(k, x -> new IntList(2)).add(v);
            if (k.length() >= MIN_DELETE_KEY) {
                for (String d : deletes(k)) {
                    IntList list = byDelete.computeIfAbsent(d, x -> new IntList(2));
                    list.addIfNotLast(v);
                }
            }
        }
        return v;
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

    private static boolean contains(IntList list, int value) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == value) {
                return true;
            }
        }
        return false;
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
            deadNames.set(name);
            liveNames--;
            IntList seenSkeletons = new IntList();
            for (int p = nameStart.get(name), end = end(name); p < end; p++) {
                int entry = pool.get(p);
                if ((entry & 3) == Role.NAME.ordinal()) {
                    int s = vocabSkeleton.get(entry >>> 2);
                    if (!contains(seenSkeletons, s)) {
                        seenSkeletons.add(s);
                        skeletonDf.set(s, skeletonDf.get(s) - 1);
                    }
                    deadPostings++;
                    livePostings--;
                }
            }
        }
        docNames.set(doc, new int[0]);
        return true;
    }

    private void compactIfNeeded() {
        if (deadPostings > 10_000 && deadPostings > livePostings / 2) {
            for (PostingList list : gatedPostings) {
                list.removeIf(deadNames::get);
            }
            for (IntList list : otherPostings) {
                list.removeIf(deadNames::get);
            }
            deadPostings = 0;
        }
    }

    private int end(int name) {
        return name + 1 < nameStart.size() ? nameStart.get(name + 1) : pool.size();
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
        EntityKind kind = query.kind().orElse(null);
        ParsedName person = kind == EntityKind.ORGANISATION ? null : queryAnalyzer.person(query.name());
        ParsedName organisation = kind == EntityKind.PERSON ? null : queryAnalyzer.organisation(query.name());
        lock.readLock().lock();
        try {
            return new Search(query, person, organisation).run();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The vocabulary entries similar to a token, with their similarity; cached per token. */
    private record TokenMatches(int vocabularySize, int[] vocab, TokenSimilarity.Result[] results) {}

    private TokenMatches matches(TokenForm form) {
        String cacheKey = form.folded() + '\u0000' + form.canonical();
        TokenMatches cached = matchCache.get(cacheKey);
        if (cached != null && cached.vocabularySize == forms.size()) {
            return cached;
        }
        IntIntMap seen = new IntIntMap(32);
        IntList vocab = new IntList(16);
        List<TokenSimilarity.Result> results = new ArrayList<>();
        List<String> keys = new ArrayList<>(form.skeletons());
        if (!keys.contains(form.stemSkeleton())) {
            keys.add(form.stemSkeleton());
        }
        int length = form.key().length();
        if (form.wordClass() != null) {
            consider(form, byKey.get(classKey(form.wordClass())), seen, vocab, results, Integer.MAX_VALUE);
        }
        for (String k : keys) {
            consider(form, byKey.get(k), seen, vocab, results, Integer.MAX_VALUE);
            // transcription neighbours are for spellings; Arabic script writes its consonants
            for (String near : form.script().isAbjad() ? List.<String>of() : PhoneticKey.nearSkeletons(k)) {
                consider(form, byKey.get(near), seen, vocab, results, length);
            }
            if (k.length() >= MIN_DELETE_KEY - 1) {
                consider(form, byDelete.get(k), seen, vocab, results, length);
                for (String d : deletes(k)) {
                    consider(form, byKey.get(d), seen, vocab, results, length);
                    if (k.length() >= MIN_DELETE_KEY) {
                        consider(form, byDelete.get(d), seen, vocab, results, length);
                    }
                }
            }
        }
        if (form.canonical().length() <= 12) {
            transpositions(form, seen, vocab, results, length);
        }
        TokenMatches m = new TokenMatches(
                forms.size(),
                java.util.Arrays.copyOf(vocab.array(), vocab.size()),
                results.toArray(TokenSimilarity.Result[]::new));
        if (matchCache.size() > MATCH_CACHE_SIZE) {
            matchCache.clear();
        }
        matchCache.put(cacheKey, m);
        return m;
    }

    /**
     * Typing errors that swap two letters change the skeleton beyond one deletion when they touch a
     * consonant pair (Amhad, Ahmad): when nothing close was found, look up the swapped spellings.
     */
    private void transpositions(
            TokenForm form, IntIntMap seen, IntList vocab, List<TokenSimilarity.Result> results, int length) {
        String c = form.canonical();
        for (int i = 0; i + 1 < c.length(); i++) {
            if (c.charAt(i) == c.charAt(i + 1)) {
                continue;
            }
            String swapped = c.substring(0, i) + c.charAt(i + 1) + c.charAt(i) + c.substring(i + 2);
            String skeleton = PhoneticKey.skeleton(PhoneticKey.romanisedPrimary(swapped));
            consider(form, byKey.get(skeleton), seen, vocab, results, length);
        }
    }

    /**
     * Compares the token with every listed vocabulary entry not yet seen; entries found through a
     * deletion neighbour ({@code fuzzyLength} is then the token's key length) are skipped when their
     * key length differs by more than 3, since they cannot come close.
     */
    private void consider(
            TokenForm form,
            @Nullable IntList list,
            IntIntMap seen,
            IntList vocab,
            List<TokenSimilarity.Result> results,
            int fuzzyLength) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            int v = list.get(i);
            if (seen.get(v) != 0) {
                continue;
            }
            seen.or(v, 1);
            TokenForm other = forms.get(v);
            if (fuzzyLength != Integer.MAX_VALUE && Math.abs(other.key().length() - fuzzyLength) > 3) {
                continue;
            }
            TokenSimilarity.Result r = TokenSimilarity.compare(form, other);
            if (r != null) {
                vocab.add(v);
                results.add(r);
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
        IntIntMap seen = new IntIntMap(16);
        IntList vocab = new IntList(8);
        String canonical = form.canonical();
        for (int cut = 3; cut <= canonical.length() - 3; cut++) {
            for (TokenForm half :
                    List.of(TokenForm.part(form, 0, cut), TokenForm.part(form, cut, canonical.length()))) {
                IntList list = byKey.get(half.skeletons().get(0));
                for (int i = 0; list != null && i < list.size(); i++) {
                    int v = list.get(i);
                    if (seen.get(v) == 0) {
                        seen.or(v, 1);
                        TokenSimilarity.Result r = TokenSimilarity.compare(half, forms.get(v));
                        if (r != null && r.similarity() >= 0.9 && r.type() != Explanation.MatchType.INITIAL) {
                            vocab.add(v);
                        }
                    }
                }
            }
        }
        int[] found = java.util.Arrays.copyOf(vocab.array(), vocab.size());
        matchCache.put(cacheKey, new TokenMatches(forms.size(), found, new TokenSimilarity.Result[0]));
        return found;
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

    /** One query against the index, under the read lock. */
    private final class Search {
        private final NameQuery query;
        private final @Nullable ParsedName person;
        private final @Nullable ParsedName organisation;
        private final List<NameToken> tokens;
        private final LongObjectMap<TokenSimilarity.Result> sims = new LongObjectMap<>(64);
        /** The query token whose common person postings were not read, or -1; see run(). */
        private int skipped = -1;

        private @Nullable IntIntMap skippedVocab;
        private long skippedSignature;
        /** Best comparison per document: document id to 1 + its index in {@link #bestList}. */
        private final IntIntMap bestIndex = new IntIntMap(64);

        private final List<Best> bestList = new ArrayList<>();
        private final Map<Long, TokenForm> joinedForms = new HashMap<>();
        private final LongObjectMap<Cached> comparisons = new LongObjectMap<>(64);
        private final double[] weights = new double[1024];
        private int personParts;
        private boolean personInitials;
        private boolean personSplittable;

        Search(NameQuery query, @Nullable ParsedName person, @Nullable ParsedName organisation) {
            this.query = query;
            this.person = person;
            this.organisation = organisation;
            this.tokens = (person != null ? person : organisation).tokens();
            if (person != null) {
                for (NameToken t : person.tokens()) {
                    if (t.role() == Role.NAME || t.role() == Role.INITIAL) {
                        personParts++;
                        personInitials |= t.role() == Role.INITIAL;
                        personSplittable |= t.form().canonical().length() >= MIN_SPLIT;
                    }
                }
            }
        }

        /** Two adjacent indexed tokens as one word, once per search. */
        TokenForm joinedVocab(int v1, int v2) {
            return joinedForms.computeIfAbsent(key(v1, v2), k -> TokenForm.joined(forms.get(v1), forms.get(v2)));
        }

        /** Two adjacent query tokens as one word, once per search. */
        TokenForm joinedQuery(int q) {
            return joinedForms.computeIfAbsent(-1L - q, k -> joined(tokens, q));
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
            long largest = -1;
            int units = 0;
            for (int q = 0; q < n; q++) {
                if (retrievable(q)) {
                    matches[q] = matches(tokens.get(q).form());
                    units++;
                    long size = gatedSize(matches[q]);
                    if (size > largest) {
                        largest = size;
                        skipped = q;
                    }
                }
            }
            boolean skip = units >= 2
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
                    if (needsSplits(q, matches)) {
                        for (int v : splitMatches(tokens.get(q).form())) {
                            unitSignatures[q] |= signatureBit(v);
                        }
                    }
                }
            }
            for (int q = 0; q < n; q++) {
                if (matches[q] != null) {
                    // with skipping, a gated person must also hold another query token: its signature tells
                    long others = 0;
                    for (int r = 0; r < n; r++) {
                        others |= r == q ? 0 : unitSignatures[r];
                    }
                    collect(matches[q], q, 1 << q, candidates, q != skipped, skipped >= 0 ? others : -1L);
                }
            }
            if (skipped >= 0) {
                skippedVocab = new IntIntMap(matches[skipped].vocab.length);
                for (int v : matches[skipped].vocab) {
                    skippedVocab.or(v, 1);
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
                    collect(matches(joined(tokens, q)), -1, 1 << q | 1 << next, candidates, true, -1L);
                }
            }
            for (int q = 0; q < n; q++) {
                if (needsSplits(q, matches)) {
                    collectSplits(tokens.get(q).form(), 1 << q, candidates);
                }
            }
            candidates.forEach(this::consider);
            return results();
        }

        private boolean needsSplits(int q, TokenMatches[] matches) {
            return matches[q] != null
                    && tokens.get(q).form().canonical().length() >= MIN_SPLIT
                    && !hasStrong(matches[q]);
        }

        private long gatedSize(TokenMatches m) {
            long size = 0;
            for (int v : m.vocab) {
                size += gatedPostings.get(v).size();
            }
            return size;
        }

        private static boolean hasStrong(TokenMatches m) {
            for (TokenSimilarity.Result r : m.results) {
                if (r.similarity() >= 0.9) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the name holds a match of the skipped query token. */
        private boolean holdsSkipped(int name) {
            IntIntMap vocab = skippedVocab;
            for (int p = nameStart.get(name), end = end(name); p < end; p++) {
                int entry = pool.get(p);
                if ((entry & 3) == Role.NAME.ordinal() && vocab.get(entry >>> 2) != 0) {
                    return true;
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
                if (q < 0 && r.similarity() < 0.85) {
                    continue;
                }
                if (q >= 0) {
                    sims.put(key(q, v), r);
                }
                if (gated) {
                    addPostings(gatedPostings.get(v), bits, candidates, filter);
                }
                addPostings(otherPostings.get(v), bits, candidates);
            }
        }

        private void addPostings(PostingList list, int bits, IntIntMap candidates, long filter) {
            int[] a = list.ids();
            long[] sig = list.signatures();
            for (int i = 0, size = list.size(); i < size; i++) {
                if ((sig[i] & filter) != 0 && !deadNames.get(a[i])) {
                    candidates.or(a[i], bits);
                }
            }
        }

        private void addPostings(IntList list, int bits, IntIntMap candidates) {
            int[] a = list.array();
            for (int i = 0, size = list.size(); i < size; i++) {
                if (!deadNames.get(a[i])) {
                    candidates.or(a[i], bits);
                }
            }
        }

        /**
         * A query token that a record writes as two words (Abdurrahman, Abdul Rahman): names holding
         * a close match of either half of any split share the token's bit; scoring checks the join.
         */
        private void collectSplits(TokenForm form, int bits, IntIntMap candidates) {
            for (int v : splitMatches(form)) {
                addPostings(gatedPostings.get(v), bits, candidates, -1L);
                addPostings(otherPostings.get(v), bits, candidates);
            }
        }

        private void consider(int name, int bits) {
            if (skipped >= 0 && (bits & 1 << skipped) == 0 && Integer.bitCount(bits) < 2) {
                // a gated person found through one token only: it can pass only if it holds the skipped one
                int meta = nameMeta.get(name);
                if ((meta & 2) != 0) {
                    if ((signatures[name] & skippedSignature) == 0 || !holdsSkipped(name)) {
                        return;
                    }
                    bits |= 1 << skipped;
                }
            }
            EntityKind kind = (nameMeta.get(name) & 4) != 0 ? EntityKind.ORGANISATION : EntityKind.PERSON;
            ParsedName view = kind == EntityKind.PERSON ? person : organisation;
            if (view == null || !mayPass(view, name, bits)) {
                return; // also when the query asks for the other kind: that view is null
            }
            int doc = nameDoc.get(name);
            NameRecord record = docs.get(doc);
            if (record == null) {
                return;
            }
            NameComparison c = comparison(name, view, record.kind());
            if (c.score() + Attributes.MAX_GAIN < query.threshold()) {
                return; // no birth date or nationality can lift it to the threshold
            }
            List<Explanation.Adjustment> adjustments = record.kind() == EntityKind.PERSON
                    ? Attributes.adjust(
                            query.birthDate(), record.birthDates(), query.nationality(), record.nationalities())
                    : Attributes.adjust(Optional.empty(), List.of(), query.nationality(), record.nationalities());
            double score = c.score();
            for (Explanation.Adjustment a : adjustments) {
                score += a.delta();
            }
            score = Math.max(0, Math.min(Math.min(1, c.cap()), score));
            int index = bestIndex.get(doc);
            if (index == 0) {
                bestList.add(new Best(doc, name, score, c, adjustments, view));
                bestIndex.or(doc, bestList.size());
            } else if (score > bestList.get(index - 1).score) {
                bestList.set(index - 1, new Best(doc, name, score, c, adjustments, view));
            }
        }

        /**
         * The comparison of the query with an indexed name, computed once per distinct token sequence:
         * a million names repeat common full names many times over.
         */
        private NameComparison comparison(int name, ParsedName view, EntityKind kind) {
            int start = nameStart.get(name);
            int end = end(name);
            long hash = view == person ? 1 : 2;
            for (int p = start; p < end; p++) {
                hash = hash * 0x9E3779B97F4A7C15L + pool.get(p);
            }
            Cached cached = comparisons.get(hash);
            if (cached != null && samePoolRun(cached.name, name)) {
                return cached.comparison;
            }
            RecordSide side = new RecordSide(name, this);
            QuerySide qs = new QuerySide(view, this);
            NameComparison c = NameScorer.compare(qs, side, kind, (q, r) -> similarity(q, side.vocab(r)));
            comparisons.put(hash, new Cached(name, c));
            return c;
        }

        private boolean samePoolRun(int a, int b) {
            int sa = nameStart.get(a);
            int sb = nameStart.get(b);
            int length = end(a) - sa;
            if (length != end(b) - sb) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (pool.get(sa + i) != pool.get(sb + i)) {
                    return false;
                }
            }
            return true;
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
        private boolean mayPass(ParsedName view, int name, int bits) {
            if (view != person) {
                return true;
            }
            int meta = nameMeta.get(name);
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
         * compared each query name token with every entry that shares a key or a deletion neighbour;
         * an entry it did not find is not similar, so only initials and patronymics are compared here.
         */
        private TokenSimilarity.@Nullable Result similarity(int q, int v) {
            long k = key(q, v);
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

        private List<Match> results() {
            List<Best> hits = new ArrayList<>();
            for (Best b : bestList) {
                if (b.score >= query.threshold()) {
                    hits.add(b);
                }
            }
            hits.sort(Comparator.comparingDouble((Best b) -> -b.score)
                    .thenComparing(b -> docs.get(b.doc).id()));
            List<Match> out = new ArrayList<>(Math.min(hits.size(), query.limit()));
            for (Best b : hits.subList(0, Math.min(hits.size(), query.limit()))) {
                out.add(toMatch(b));
            }
            return out;
        }

        private Match toMatch(Best b) {
            NameRecord record = docs.get(b.doc);
            int nameIndex = 0;
            int[] names = docNames.get(b.doc);
            while (names[nameIndex] != b.name) {
                nameIndex++;
            }
            String matchedName = nonBlank(record.names()).get(nameIndex);
            ParsedName recordParsed = record.kind() == EntityKind.PERSON
                    ? indexAnalyzer.person(matchedName)
                    : indexAnalyzer.organisation(matchedName);
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

    private static long key(int q, int v) {
        return (long) q << 32 | v;
    }

    /** Query token {@code i} written together with the next one (or the one after an article). */
    private static TokenForm joined(List<NameToken> tokens, int i) {
        int next = TokenForm.compoundNext(
                tokens.size(),
                i,
                k -> tokens.get(k).role() == Role.IGNORED,
                k -> tokens.get(k).form());
        return TokenForm.of(
                tokens.get(i).form().folded() + tokens.get(next).form().folded(), false, Lexicon.standard());
    }

    private record Cached(int name, NameComparison comparison) {}

    private record Best(
            int doc,
            int name,
            double score,
            NameComparison comparison,
            List<Explanation.Adjustment> adjustments,
            ParsedName view) {}

    /** An indexed name as a {@link NameSide}. */
    private final class RecordSide implements NameSide {
        private final int start;
        private final int size;
        private final Search search;

        RecordSide(int name, Search search) {
            start = nameStart.get(name);
            size = end(name) - start;
            this.search = search;
        }

        int vocab(int i) {
            return pool.get(start + i) >>> 2;
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
            return search.weightOf(skeletonDf.get(vocabSkeleton.get(vocab(i))));
        }

        @Override
        public @Nullable TokenForm joined(int i) {
            return search.joinedVocab(vocab(i), vocab(next(i)));
        }
    }

    /** A parsed query as a {@link NameSide}. */
    private final class QuerySide implements NameSide {
        private final ParsedName name;
        private final Search search;
        private final double[] weights;

        QuerySide(ParsedName name, Search search) {
            this.name = name;
            this.search = search;
            this.weights = new double[name.tokens().size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = queryWeight(name.tokens().get(i).form());
            }
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
