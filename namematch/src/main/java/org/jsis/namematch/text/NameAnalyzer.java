package org.jsis.namematch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a name into typed tokens; the same code runs for indexed names and for queries.
 *
 * <p>Tokens are separated by spaces, punctuation and hyphens. Dotted abbreviations become one
 * token when they spell a legal form ({@code L.L.C.}) and initials otherwise ({@code V.V.}); the
 * Arabic article ال is split off its word. Person names then lose their titles and particles, and
 * the word before a patronymic marker ({@code oglu}, {@code kyzy}) or one token with a patronymic
 * ending ({@code -ovich}, {@code -evna}, {@code -uly}) in a name of three or more parts becomes a
 * {@link Role#PATRONYMIC}. Organisation names lose legal forms and stop-words. A name never loses
 * all its tokens: when everything would be set aside, nothing is.
 */
public final class NameAnalyzer {

    /** Supplies the analysis of a normalised token, typically from a cache. */
    @FunctionalInterface
    public interface Forms {
        TokenForm form(String folded, boolean ukrainianOrBelarusian);
    }

    private static final Pattern SEPARATOR = Pattern.compile(
            "[^\\p{L}\\p{M}\\p{N}\u200C\u200D.'`\u00B4\u02B9\u02BB\u02BC\u02BD\u02BE\u02BF\u02C8\u2018\u2019\u201B\u2032\u055A\uFF07]+");

    private final Lexicon lexicon;
    private final Forms forms;

    public NameAnalyzer(Lexicon lexicon, Forms forms) {
        this.lexicon = lexicon;
        this.forms = forms;
    }

    /** An analyzer that computes every token form afresh. */
    public static NameAnalyzer uncached() {
        Lexicon lexicon = Lexicon.standard();
        return new NameAnalyzer(lexicon, (folded, ukBe) -> TokenForm.of(folded, ukBe, lexicon));
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Parses a person's name. */
    public ParsedName person(String name) {
        List<NameToken> tokens = tokens(name);
        markPersonRoles(tokens);
        return new ParsedName(name, tokens);
    }

    /** Parses an organisation's name. */
    public ParsedName organisation(String name) {
        List<NameToken> tokens = tokens(name);
        markOrganisationRoles(tokens);
        return new ParsedName(name, tokens);
    }

    /** A name read both as a person's and as an organisation's. */
    public record Readings(ParsedName person, ParsedName organisation) {}

    /** {@link #person} and {@link #organisation} of one name, which is split and analysed once. */
    public Readings both(String name) {
        List<NameToken> tokens = tokens(name);
        List<NameToken> asOrganisation = new ArrayList<>(tokens);
        markPersonRoles(tokens);
        markOrganisationRoles(asOrganisation);
        return new Readings(new ParsedName(name, tokens), new ParsedName(name, asOrganisation));
    }

    /** The analysis of one more token, such as two adjacent tokens written as one. */
    public TokenForm form(String folded, boolean ukrainianOrBelarusian) {
        return forms.form(folded, ukrainianOrBelarusian);
    }

    List<NameToken> tokens(String name) {
        boolean ukBe = Transliteration.looksUkrainianOrBelarusian(Normaliser.normalise(name));
        List<NameToken> out = new ArrayList<>();
        for (String piece : SEPARATOR.split(name)) {
            String folded = strip(Normaliser.normalise(piece));
            if (folded.isEmpty()) {
                continue;
            }
            if (folded.indexOf('.') >= 0) {
                addDotted(out, piece, folded, ukBe);
            } else {
                addWord(out, strip(piece), folded, ukBe);
            }
        }
        return out;
    }

    private void addDotted(List<NameToken> out, String piece, String folded, boolean ukBe) {
        String[] parts = folded.split("\\.+");
        String[] rawParts = strip(piece).split("\\.+");
        boolean allLetters = true;
        StringBuilder joined = new StringBuilder();
        for (String p : parts) {
            allLetters &= p.codePointCount(0, p.length()) <= 1;
            joined.append(p);
        }
        if (allLetters && joined.length() > 1) {
            TokenForm whole = forms.form(joined.toString(), ukBe);
            if (whole.is(Lexicon.LEGAL_FORM_START)) {
                out.add(new NameToken(strip(piece), whole, Role.NAME, null));
                return;
            }
        }
        for (int i = 0; i < parts.length; i++) {
            String raw = parts.length == rawParts.length ? rawParts[i] : parts[i];
            addWord(out, strip(raw), strip(parts[i]), ukBe);
        }
    }

    private void addWord(List<NameToken> out, String original, String folded, boolean ukBe) {
        if (folded.isEmpty()) {
            return;
        }
        if (folded.length() >= 6
                && (folded.startsWith("وال") || folded.startsWith("لل"))
                && Script.of(folded) == Script.ARABIC) {
            // the conjunction wa- or the preposition li- written onto the article (والمسلمين, للصرافة):
            // dropped like a stop-word, the article split off as usual
            String rest = folded.startsWith("لل") ? "ا" + folded.substring(1) : folded.substring(1);
            addWord(out, rest, rest, ukBe);
            return;
        }
        if (folded.length() >= 4
                && folded.startsWith("ال")
                && !folded.startsWith("له", 2) // الله is one word
                && !folded.startsWith("لہ", 2)
                && Script.of(folded) == Script.ARABIC) {
            out.add(new NameToken("ال", forms.form("ال", ukBe), Role.NAME, null));
            String rest = folded.substring(2);
            out.add(new NameToken(
                    original.length() > 2 ? original.substring(2) : rest, forms.form(rest, ukBe), Role.NAME, null));
            return;
        }
        out.add(new NameToken(original, forms.form(folded, ukBe), Role.NAME, null));
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || Normaliser.isApostrophe(s.charAt(start)))) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || Normaliser.isApostrophe(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(start, end);
    }

    private void markPersonRoles(List<NameToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            NameToken t = tokens.get(i);
            TokenForm f = t.form();
            if (f.isInitial()) {
                tokens.set(i, t.withRole(Role.INITIAL, null));
            } else if (f.is(Lexicon.TITLE)) {
                tokens.set(i, t.withRole(Role.IGNORED, "title"));
            } else if (f.is(Lexicon.PARTICLE)) {
                tokens.set(i, t.withRole(Role.IGNORED, "particle"));
            } else if (f.is(Lexicon.PATRONYMIC_MARKER) && i > 0) {
                tokens.set(i, t.withRole(Role.IGNORED, "patronymic marker"));
                markPatronymicBefore(tokens, i);
            }
        }
        restoreIfEmpty(tokens);
        markPatronymicByEnding(tokens);
    }

    private static void markPatronymicBefore(List<NameToken> tokens, int marker) {
        for (int j = marker - 1; j >= 0; j--) {
            if (tokens.get(j).role() == Role.NAME) {
                tokens.set(j, tokens.get(j).withRole(Role.PATRONYMIC, null));
                return;
            }
        }
    }

    /**
     * In Given Patronymic Surname and Surname Given Patronymic orders the patronymic is never the
     * first part, and it follows a given name: the first candidate after a non-candidate wins
     * (Roman Arkadyevich Abramovich: Arkadyevich).
     */
    private static void markPatronymicByEnding(List<NameToken> tokens) {
        List<Integer> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Role r = tokens.get(i).role();
            if (r == Role.PATRONYMIC) {
                return;
            }
            if (r == Role.NAME) {
                names.add(i);
            }
        }
        if (names.size() < 3) {
            return;
        }
        for (int k = 1; k < names.size(); k++) {
            boolean candidate = tokens.get(names.get(k)).form().is(Lexicon.PATRONYMIC_ENDING);
            boolean previousCandidate = tokens.get(names.get(k - 1)).form().is(Lexicon.PATRONYMIC_ENDING);
            if (candidate && !previousCandidate) {
                int i = names.get(k);
                tokens.set(i, tokens.get(i).withRole(Role.PATRONYMIC, null));
                return;
            }
        }
    }

    private void markOrganisationRoles(List<NameToken> tokens) {
        List<TokenForm> forms = tokens.stream().map(NameToken::form).toList();
        for (int i = 0; i < tokens.size(); i++) {
            int legal = lexicon.legalFormLength(forms, i);
            if (legal > 0) {
                for (int k = i; k < i + legal; k++) {
                    tokens.set(k, tokens.get(k).withRole(Role.IGNORED, "legal form"));
                }
                i += legal - 1;
            } else if (forms.get(i).is(Lexicon.STOPWORD)) {
                tokens.set(i, tokens.get(i).withRole(Role.IGNORED, "stop word"));
            } else if (forms.get(i).is(Lexicon.PARTICLE)) {
                tokens.set(i, tokens.get(i).withRole(Role.IGNORED, "particle"));
            }
        }
        restoreIfEmpty(tokens);
    }

    private static void restoreIfEmpty(List<NameToken> tokens) {
        boolean anyLeft = tokens.stream().anyMatch(t -> t.role() != Role.IGNORED);
        if (!anyLeft) {
            tokens.replaceAll(t -> t.withRole(t.form().isInitial() ? Role.INITIAL : Role.NAME, null));
        }
    }
}
