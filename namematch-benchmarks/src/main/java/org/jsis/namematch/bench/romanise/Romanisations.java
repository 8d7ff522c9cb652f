package org.jsis.namematch.bench.romanise;

import java.util.List;

/**
 * The romanisation systems used to generate query variants, grouped by source language.
 *
 * <p>Russian: GOST 7.79-2000 system A (= ISO 9:1995) and system B, BGN/PCGN, ALA-LC (with and without
 * diacritics), ICAO Doc 9303, the older Russian passport systems (MVD 310 of 1997, MVD 782 of 2000,
 * GOST R 52535.1-2006), English press (the English Wikipedia convention), and the French (MVD 310
 * French variant), German (Duden) and Polish conventions. The iuliia schemas are copies of the MIT
 * files of github.com/nalgeon/iuliia; the German, Polish, Ukrainian-national and extended ICAO tables
 * are ours, written from the rules cited in each file's {@code url}.
 */
public final class Romanisations {

    private static final List<String> RUSSIAN = List.of(
            "gost_779",
            "gost_779_alt",
            "bgn_pcgn",
            "ala_lc",
            "ala_lc_alt",
            "icao_doc_9303",
            "mvd_310",
            "mvd_782",
            "gost_52535",
            "wikipedia",
            "mvd_310_fr",
            "german_duden",
            "polish");

    private Romanisations() {}

    /** A schema shipped with this module, by its file name without {@code .json}. */
    public static IuliiaSchema schema(String name) {
        return IuliiaSchema.resource(name + ".json");
    }

    /** Every Russian system, in a fixed order. */
    public static List<Romaniser> russian() {
        return RUSSIAN.stream().map(n -> (Romaniser) schema(n)).toList();
    }

    /** Ukrainian: the national 2010 system, ICAO Doc 9303 and BGN/PCGN (ICU). */
    public static List<Romaniser> ukrainian() {
        return List.of(
                schema("ukrainian_kmu_2010"),
                schema("icao_9303_cyrillic"),
                new IcuRomaniser("uk_bgn_pcgn", "uk-uk_Latn/BGN"));
    }

    /** Belarusian: ICAO Doc 9303 and BGN/PCGN (ICU), and ICU's generic Cyrillic-Latin (ISO 9-like). */
    public static List<Romaniser> belarusian() {
        return List.of(
                schema("icao_9303_cyrillic"),
                new IcuRomaniser("be_bgn_pcgn", "be-be_Latn/BGN"),
                new IcuRomaniser("cyrillic_latin_iso", "Cyrillic-Latin"));
    }
}
