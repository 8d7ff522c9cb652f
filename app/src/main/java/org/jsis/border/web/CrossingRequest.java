package org.jsis.border.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A crossing as sent by a client (JSON, one line of JSON lines).
 *
 * @param id a UUID chosen by the client
 * @param direction ENTRY or EXIT
 * @param checkpoint a checkpoint id or code
 * @param crossedAt an ISO-8601 instant with offset, for example {@code 2026-11-27T08:15:00Z}
 * @param document the document and holder, or its machine-readable zone
 * @param purpose TOURISM, BUSINESS, WORK, STUDY, PRIVATE, TRANSIT, OFFICIAL or OTHER
 * @param distribution OWNER_ONLY, SELECTED_STATES or ALL_MEMBERS (default ALL_MEMBERS)
 * @param sharedWith recipients of a SELECTED_STATES record
 */
public record CrossingRequest(
        @Nullable String id,
        @Nullable String direction,
        @Nullable String checkpoint,
        @Nullable String crossedAt,
        @Nullable DocumentRequest document,
        @Nullable String purpose,
        @Nullable String distribution,
        @Nullable List<String> sharedWith) {}
