package org.jsis.register.importing;

import java.io.InputStream;
import org.jsis.register.ImportFormatException;
import org.jsis.register.ImportProgress;

/** Reads a whole file of one format into entity records, or fails with the position of the first problem. */
public interface SourceReader {

    /**
     * Reads all records.
     *
     * @throws ImportFormatException when the file is broken, naming the position
     */
    ParsedSource read(InputStream in, ImportProgress progress);
}
