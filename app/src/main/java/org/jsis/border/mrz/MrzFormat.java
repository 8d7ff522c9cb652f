package org.jsis.border.mrz;

/** The ICAO 9303 machine-readable zone formats this parser reads. */
public enum MrzFormat {
    /** Identity cards: 3 lines of 30 characters (ICAO 9303 part 5). */
    TD1(3, 30),
    /** Official travel documents of size 2: 2 lines of 36 characters (ICAO 9303 part 6). */
    TD2(2, 36),
    /** Passports: 2 lines of 44 characters (ICAO 9303 part 4). */
    TD3(2, 44);

    private final int lines;
    private final int length;

    MrzFormat(int lines, int length) {
        this.lines = lines;
        this.length = length;
    }

    public int lines() {
        return lines;
    }

    public int length() {
        return length;
    }
}
