package org.jsis.namematch.bench.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.jsis.namematch.bench.eval.Dataset;

/**
 * The labelled development set: one list (the UN Consolidated List without its original-script
 * names, plus entries built from the sources below) and queries from every source, positives and
 * hard negatives. Everything is read from the shared data folder at run time; the same seed gives
 * the same set.
 *
 * <p>Subsets (query {@code subset} values): {@code un-original-script}, {@code un-hard-negative},
 * {@code putin-spellings}, {@code moov-cross-script}, {@code opensanctions-persons} (only when the
 * entities are read), {@code interscript-words}, {@code ru-romanised}, {@code ru-hard-negative},
 * {@code rigour-spellings}, {@code ru-organisations}, {@code org-hard-negative}, {@code uk-romanised},
 * {@code uk-hard-negative}, {@code be-romanised}, {@code be-hard-negative}, {@code wikidata-en-ru},
 * {@code wikidata-hard-negative}.
 */
public final class DevSet {

    public static final long DEFAULT_SEED = 20_260_227L;

    /** How many entries the generated subsets get. */
    public record Sizes(
            int russianPersons, int organisations, int ukrainianBelarusianEach, int wikidata, int unNegatives) {

        public static final Sizes DEFAULT = new Sizes(400, 120, 80, 400, 300);
    }

    private DevSet() {}

    /**
     * @param data the shared data folder (with {@code un-consolidated/}, {@code name-variants/}...)
     * @param withOpenSanctions whether to read the OpenSanctions entity samples (CC BY-NC 4.0)
     */
    public static Dataset build(Path data, long seed, Sizes sizes, boolean withOpenSanctions) {
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("no shared data folder at " + data.toAbsolutePath());
        }
        DevList dev = new DevList();
        Random random = new Random(seed);
        RealVariants real = new RealVariants(data, dev, random);
        List<UnRecord> un = real.unOriginalScript();
        real.putin();
        if (withOpenSanctions) {
            real.openSanctionsPersons();
        }
        real.moovPairs();
        real.interscriptWords();
        ComposedVariants composed = new ComposedVariants(data, dev, random);
        composed.rigourVariants();
        composed.russianPersons(sizes.russianPersons());
        composed.russianOrganisations(sizes.organisations());
        composed.ukrainianBelarusian(sizes.ukrainianBelarusianEach());
        composed.wikidataForeignNames(sizes.wikidata());
        real.unHardNegatives(un, sizes.unNegatives());
        return new Dataset("dev", dev.entries(), dev.queries());
    }
}
