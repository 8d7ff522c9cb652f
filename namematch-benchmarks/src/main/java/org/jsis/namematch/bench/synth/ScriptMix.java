package org.jsis.namematch.bench.synth;

import java.util.EnumSet;
import java.util.Set;
import org.jsis.namematch.bench.synth.LocaleNames.Lang;

/**
 * The script of the synthetic queries. Arabic and Persian names are only queried in Arabic script:
 * the list holds them unvowelled, so no faithful Latin spelling can be generated from it.
 */
public enum ScriptMix {
    /** Latin queries: Cyrillic, Armenian and Georgian names romanised, Uzbek and Turkish as written or ASCII-folded. */
    latinOnly(EnumSet.of(Lang.RU, Lang.UK, Lang.BE, Lang.UZ, Lang.TR, Lang.HY, Lang.KA)),
    /** Cyrillic queries: Russian, Ukrainian, Belarusian names as written, Uzbek Latin names in Uzbek Cyrillic. */
    cyrillic(EnumSet.of(Lang.RU, Lang.UK, Lang.BE, Lang.UZ)),
    /** Arabic-script queries: Arabic and Persian names as written. */
    arabic(EnumSet.of(Lang.AR, Lang.FA)),
    /** Every locale; each query in its own script or (where possible) romanised, half and half. */
    mixedScripts(EnumSet.allOf(Lang.class));

    private final Set<Lang> sources;

    ScriptMix(Set<Lang> sources) {
        this.sources = sources;
    }

    /** The locales whose names can be queried in this mix. */
    public Set<Lang> sources() {
        return sources;
    }
}
