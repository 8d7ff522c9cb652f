package org.jsis.namematch.score;

import org.jsis.namematch.text.Role;
import org.jsis.namematch.text.TokenForm;
import org.jspecify.annotations.Nullable;

/** One side of a comparison: the tokens of a query name or of an indexed name. */
public interface NameSide {

    int size();

    TokenForm form(int i);

    Role role(int i);

    /** How much the token counts: rare tokens near 1, very common ones less. */
    double weight(int i);

    /** Whether token {@code i} is a generic organisation word (its form has a word class); a side may keep it at hand. */
    default boolean generic(int i) {
        return form(i).wordClass() != null;
    }

    /** The form of tokens {@code i} and {@link #next(int) next(i)} written as one word, or null if unknown. */
    @Nullable
    TokenForm joined(int i);

    /**
     * The token that token {@code i} may be written together with: {@code i + 1}, or {@code i + 2}
     * across an article (Jalal al-Din, Jalaluddin); -1 when there is none.
     */
    default int next(int i) {
        // TokenForm.compoundNext's rule, written out: the join checks call this for every candidate
        // name, and its two lambdas were a tenth of a query's garbage
        if (i + 1 >= size()) {
            return -1;
        }
        if (role(i + 1) == Role.IGNORED && i + 2 < size() && form(i + 1).isArticle()) {
            return i + 2;
        }
        return i + 1;
    }

    /**
     * An id of token {@code i}'s form that a side gives the same token forms only (an index's
     * vocabulary entry), so that what depends on the form alone may be remembered by it; -1 when the
     * side has none.
     */
    default int formId(int i) {
        return -1;
    }

    /** The {@link #skeletonClasses(TokenForm) classes} of token {@code i}'s skeletons; a side may keep them at hand. */
    default int skeletonClasses(int i) {
        return skeletonClasses(form(i));
    }

    /**
     * The consonant classes of all a form's skeletons, a bit per letter B to Z of theirs ({@code 1 << (c
     * - 'A')}; the mark of an initial vowel and any other character left out): what the joins' consonant
     * test reads of a record's word before its skeletons ({@code JoinSkeletons#mayBeNear}).
     */
    static int skeletonClasses(TokenForm form) {
        int classes = 0;
        java.util.List<String> skeletons = form.skeletons();
        for (int k = 0; k < skeletons.size(); k++) {
            classes |= JoinSkeletons.classes(skeletons.get(k));
        }
        return classes;
    }

    /**
     * Token {@code i}'s skeleton packed for the joins' consonant test ({@code JoinSkeletons#pack}) when its form
     * has exactly one skeleton and that one packs, else 0 (then the test reads the form's skeletons). A side
     * may keep it at hand, as an index does beside its names, so that the test reads no word; by default 0.
     */
    default long packedSkeleton(int i) {
        return 0;
    }

    /**
     * {@link #packedSkeleton(int)} of a form: its only skeleton packed, or 0 when it has several or that one
     * does not pack.
     */
    static long packedSkeleton(TokenForm form) {
        java.util.List<String> skeletons = form.skeletons();
        return skeletons.size() == 1 ? JoinSkeletons.pack(skeletons.get(0)) : 0;
    }

    /** The length of token {@code i}'s primary romanised key; a side may keep it at hand. */
    default int keyLength(int i) {
        return form(i).key().length();
    }

    /** The {@link #skeletonHead(TokenForm) head} of token {@code i}'s primary skeleton; a side may keep it at hand. */
    default char skeletonHead(int i) {
        return skeletonHead(form(i));
    }

    /**
     * The head of a form's primary skeleton, or 0 when it has none: its first consonant class; for a
     * word that begins with a vowel (which the skeleton writes as {@code A}), the first consonant class
     * after it, in lower case so that it stays apart from a word beginning with that consonant (Aral's
     * head is {@code r}, Rashid's {@code R}); {@code A} for a word of vowels only. The joins' cheap test
     * ({@code NameScorer.similarLength}) asks two words for the same head: with the vowel's class as the
     * head, every word that begins with a vowel passed it against every other.
     */
    static char skeletonHead(TokenForm form) {
        String skeleton = form.skeletons().get(0);
        if (skeleton.isEmpty()) {
            return 0;
        }
        char head = skeleton.charAt(0);
        return head == 'A' && skeleton.length() > 1 ? Character.toLowerCase(skeleton.charAt(1)) : head;
    }
}
