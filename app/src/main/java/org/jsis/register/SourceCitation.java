package org.jsis.register;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Where the facts about an entity come from: a publisher (a news agency, the UN), a title, an address, a date. */
public record SourceCitation(
        String publisher,
        @Nullable String title,
        @Nullable String url,
        @Nullable LocalDate publishedOn) {

    public SourceCitation {
        publisher = Objects.requireNonNull(publisher, "publisher").strip();
        if (publisher.isEmpty()) {
            throw new IllegalArgumentException("a source needs a publisher");
        }
    }
}
