package org.jsis.border.web;

import java.util.List;
import java.util.Locale;
import org.jsis.border.BorderInput;
import org.jsis.border.Checkpoint;
import org.jsis.border.Checkpoints;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The checkpoints of the member states (reference data, visible to every user). */
@RestController
@RequestMapping("/api/v1/checkpoints")
class CheckpointController {

    static final List<String> STATES = List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK", "UZB");

    private final Checkpoints checkpoints;

    CheckpointController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    /** {@code GET /api/v1/checkpoints?state=RUS}: the checkpoints of one state, or of all without {@code state}. */
    @GetMapping
    List<CheckpointView> list(@RequestParam(required = false) @Nullable String state) {
        if (state == null || state.isBlank()) {
            return checkpoints.all().stream().map(CheckpointView::of).toList();
        }
        String code = state.strip().toUpperCase(Locale.ROOT);
        if (!STATES.contains(code)) {
            throw BorderInput.invalid("state", "a member state code: " + String.join(", ", STATES), state);
        }
        return checkpoints.ofState(code).stream().map(CheckpointView::of).toList();
    }

    @GetMapping("/{id}")
    CheckpointView one(@PathVariable String id) {
        return CheckpointView.of(checkpoints.resolve("id", id));
    }

    record CheckpointView(
            long id,
            String code,
            String state,
            String nameEn,
            String nameRu,
            String type,
            double latitude,
            double longitude,
            String border,
            @Nullable String borderWith,
            String frontier,
            String coordinatePrecision,
            String coordinateSource,
            boolean active,
            @Nullable String note) {

        static CheckpointView of(Checkpoint c) {
            return new CheckpointView(
                    c.id(),
                    c.code(),
                    c.stateCode(),
                    c.nameEn(),
                    c.nameRu(),
                    c.kind(),
                    c.latitude().doubleValue(),
                    c.longitude().doubleValue(),
                    c.border(),
                    c.borderWith(),
                    c.frontier(),
                    c.coordinatePrecision(),
                    c.coordinateSource(),
                    c.active(),
                    c.note());
        }
    }
}
