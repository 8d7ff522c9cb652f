package org.jsis.namematch.bench.synth;

import java.util.Random;

/** One keyboard-style typo in one word of five letters or more, never in its first letter. */
final class Typos {

    private Typos() {}

    static String one(String text, Random r) {
        String[] words = text.split(" ");
        int tries = 0;
        int w = r.nextInt(words.length);
        while (words[w].length() < 5 && tries++ < words.length * 2) {
            w = r.nextInt(words.length);
        }
        String word = words[w];
        if (word.length() < 5) {
            return text;
        }
        int i = 1 + r.nextInt(word.length() - 2);
        StringBuilder b = new StringBuilder(word);
        switch (r.nextInt(4)) {
            case 0 -> b.deleteCharAt(i);
            case 1 -> {
                char c = b.charAt(i);
                b.setCharAt(i, b.charAt(i + 1));
                b.setCharAt(i + 1, c);
            }
            case 2 -> b.setCharAt(i, word.charAt(r.nextInt(word.length())));
            default -> b.insert(i, word.charAt(i));
        }
        words[w] = b.toString();
        return String.join(" ", words);
    }
}
