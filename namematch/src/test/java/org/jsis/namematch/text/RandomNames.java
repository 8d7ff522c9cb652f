package org.jsis.namematch.text;

import java.util.Random;

/** Random strings mixing the scripts and marks names are written in, for robustness tests. */
public final class RandomNames {

    private static final String[] ALPHABETS = {
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙ",
        "әғқңөұүһіҳҷӣӯўєїґ",
        "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءپچژگکیآأإ",
        "šžčćğşçəıñäöüßłøÅÉÈÎÏ",
        "ʻʼ’'`-. ,\u0301\u200C\u0640\uFEFF\t\n«»\"()",
        "0123456789",
        "αβγδεζηθλμνξπρστφχψω中国語漢字ひらがな",
    };

    private RandomNames() {}

    public static String mixedScript(Random random) {
        int length = random.nextInt(30);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (random.nextInt(20) == 0) {
            sb.appendCodePoint(0x1F600 + random.nextInt(50)); // a supplementary character
        }
        return sb.toString();
    }
}
