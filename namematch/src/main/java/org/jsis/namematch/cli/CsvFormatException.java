package org.jsis.namematch.cli;

/** A CSV file that cannot be read as intended: the message names the file and line. */
final class CsvFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    CsvFormatException(String file, long line, String problem) {
        super(file + " line " + line + ": " + problem);
    }

    CsvFormatException(String file, String problem) {
        super(file + ": " + problem);
    }
}
