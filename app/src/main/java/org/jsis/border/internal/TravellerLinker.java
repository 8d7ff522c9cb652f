package org.jsis.border.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsis.border.DocumentData;
import org.jsis.namematch.EntityKind;
import org.jsis.namematch.Match;
import org.jsis.namematch.NameIndex;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.jsis.namematch.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a newly seen document belongs to a traveller already known: the same birth date
 * is required, then the same name key (exact), or a name match by the matcher at or above
 * {@link #LINK_THRESHOLD}. The decision and its evidence are kept with the document.
 */
public final class TravellerLinker {

    /** Stricter than the screening threshold: a wrong link merges two people's stays. */
    public static final double LINK_THRESHOLD = 0.92;

    /** A known traveller who may be the holder of a new document. */
    public record Candidate(
            long id,
            String surname,
            String givenNames,
            @Nullable String nationalName,
            @Nullable LocalDate birthDate,
            @Nullable String sex,
            @Nullable String nationality,
            String identityKey) {

        String latinName() {
            return givenNames.isEmpty() ? surname : surname + " " + givenNames;
        }
    }

    /** The outcome: an existing traveller (EXACT or MATCHER) or none (NEW), and why. */
    public record Link(
            @Nullable Long travellerId,
            String method,
            @Nullable Double score,
            String evidence) {}

    /** The evidence of an EXACT link, before the traveller's id (also written by the single crossing's SQL). */
    public static final String EXACT_EVIDENCE = "same name, birth date and nationality as traveller ";

    /** The evidence of a NEW traveller when no traveller was born the same day, or the document has no birth date. */
    public static String newEvidence(DocumentData doc) {
        return doc.birthDate() == null
                ? "no birth date on the document: not linked to another traveller"
                : "no known traveller born on " + doc.birthDate();
    }

    /**
     * Links the document to the first candidate with its identity key, else to the best name match among the
     * plausible ones, else to none. Callers pass the candidates in id order (so the first with the key is
     * the lowest id, as the single crossing's statement picks it when it links without the JVM).
     */
    public Link link(DocumentData doc, List<Candidate> candidates) {
        if (doc.birthDate() == null) {
            return new Link(null, "NEW", null, newEvidence(doc));
        }
        String key = Names.identityKey(doc);
        List<Candidate> plausible = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.identityKey().equals(key)) {
                return new Link(c.id(), "EXACT", 1.0, EXACT_EVIDENCE + c.id());
            }
            if (plausible(doc, key, c.sex(), c.identityKey())) {
                plausible.add(c);
            }
        }
        if (plausible.isEmpty()) {
            return new Link(null, "NEW", null, newEvidence(doc));
        }
        NameIndex index = new NameIndex();
        for (Candidate c : plausible) {
            List<String> names = new ArrayList<>();
            names.add(c.latinName());
            if (c.nationalName() != null) {
                names.add(c.nationalName());
            }
            index.put(new NameRecord(
                    String.valueOf(c.id()),
                    EntityKind.PERSON,
                    names,
                    c.birthDate() == null ? List.of() : List.of(PartialDate.of(c.birthDate())),
                    c.nationality() == null ? List.of() : List.of(c.nationality())));
        }
        Match best = best(index, doc.fullName(), doc);
        String national = doc.nationalName();
        if (national != null) {
            Match m = best(index, national, doc);
            if (m != null && (best == null || m.score() > best.score())) {
                best = m;
            }
        }
        if (best == null) {
            return new Link(
                    null,
                    "NEW",
                    null,
                    plausible.size() + " traveller(s) born on " + doc.birthDate() + ", none matched the name at "
                            + LINK_THRESHOLD);
        }
        return new Link(
                Long.parseLong(best.recordId()),
                "MATCHER",
                best.score(),
                "born the same day as traveller " + best.recordId() + "; name matched '" + best.matchedName() + "': "
                        + best.explanation().toText());
    }

    /**
     * Whether {@link #link} can link the document (whose {@link Names#identityKey} is {@code docKey}) to a
     * known traveller born the same day with this sex and identity key: the same key, or a plausible name.
     * A candidate for which this is false never changes the link's outcome or evidence, so callers may
     * read the other candidates' details only for those that pass.
     */
    public static boolean considers(DocumentData doc, String docKey, @Nullable String sex, String identityKey) {
        return identityKey.equals(docKey) || plausible(doc, docKey, sex, identityKey);
    }

    private static boolean plausible(DocumentData doc, String docKey, @Nullable String sex, String identityKey) {
        boolean sexFits = doc.sex() == null || sex == null || doc.sex().equals(sex) || "X".equals(sex);
        return sexFits && dice(namePart(docKey), namePart(identityKey)) >= PREFILTER;
    }

    /**
     * A cheap prefilter before the matcher: the Dice coefficient of letter bigrams of the two Latin name
     * keys (surname and given names). Spelling variants of one name share most bigrams
     * (KHUDOYBERDIYEV / KHUDOIBERDIEV: 0.74); unrelated names rarely reach {@link #PREFILTER}. It keeps
     * the matcher off the dozens of people born on a common day.
     */
    static final double PREFILTER = 0.4;

    static boolean similarEnough(String identityKey, Candidate c) {
        String a = namePart(identityKey);
        String b = namePart(c.identityKey());
        return dice(a, b) >= PREFILTER;
    }

    private static String namePart(String identityKey) {
        int second = identityKey.indexOf('|', identityKey.indexOf('|') + 1);
        return identityKey.substring(0, second).replace("|", " ");
    }

    static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) ? 1 : 0;
        }
        int[] counts = new int[27 * 27];
        int na = 0;
        for (int i = 0; i + 1 < a.length(); i++) {
            counts[bigram(a, i)]++;
            na++;
        }
        int common = 0;
        int nb = 0;
        for (int i = 0; i + 1 < b.length(); i++) {
            int g = bigram(b, i);
            nb++;
            if (counts[g] > 0) {
                counts[g]--;
                common++;
            }
        }
        return 2.0 * common / (na + nb);
    }

    private static int bigram(String s, int i) {
        return letter(s.charAt(i)) * 27 + letter(s.charAt(i + 1));
    }

    private static int letter(char c) {
        return c >= 'A' && c <= 'Z' ? c - 'A' + 1 : 0;
    }

    private static @Nullable Match best(NameIndex index, String name, DocumentData doc) {
        NameQuery.Builder q = NameQuery.builder(name)
                .kind(EntityKind.PERSON)
                .threshold(LINK_THRESHOLD)
                .limit(1)
                .nationality(doc.nationality());
        if (doc.birthDate() != null) {
            q.birthDate(PartialDate.of(doc.birthDate()));
        }
        List<Match> hits = index.search(q.build());
        return hits.isEmpty() ? null : hits.get(0);
    }
}
