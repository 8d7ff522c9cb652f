package org.jsis.namematch.bench.romanise;

import com.ibm.icu.text.Transliterator;

/** A romanisation done by an ICU transform, such as {@code ru-ru_Latn/BGN} or {@code Any-Latin}. */
public final class IcuRomaniser implements Romaniser {

    private final String name;
    private final Transliterator transliterator;

    /**
     * @param name the short name reported with results
     * @param id an ICU transliterator id
     * @throws IllegalArgumentException when ICU does not know the id
     */
    public IcuRomaniser(String name, String id) {
        this.name = name;
        this.transliterator = Transliterator.getInstance(id);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String romanise(String text) {
        return transliterator.transliterate(text);
    }
}
