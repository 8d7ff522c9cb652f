package org.jsis.register.exporting;

import java.io.IOException;
import java.io.Writer;
import org.jsis.register.RegisterEntity;

/** Writes register entities in one format: {@link #begin}, then {@link #write} per entity, then {@link #end}. */
public interface EntityExporter {

    default void begin(Writer out) throws IOException {}

    void write(RegisterEntity entity, Writer out) throws IOException;

    default void end(Writer out) throws IOException {}
}
