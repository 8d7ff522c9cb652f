package org.jsis.border;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The border checkpoints (reference data, read once and kept in memory). */
@Service
public class Checkpoints {

    private final JdbcClient jdbc;
    private final AtomicReference<Map<Long, Checkpoint>> byId = new AtomicReference<>();
    private final AtomicReference<Map<String, Checkpoint>> byCode = new AtomicReference<>();

    Checkpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every checkpoint, ordered by state and code. */
    public List<Checkpoint> all() {
        return cache().values().stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    /** The checkpoints of one state. */
    public List<Checkpoint> ofState(String stateCode) {
        return all().stream().filter(c -> c.stateCode().equals(stateCode)).toList();
    }

    public Optional<Checkpoint> byId(long id) {
        return Optional.ofNullable(cache().get(id));
    }

    public Optional<Checkpoint> byCode(String code) {
        Map<String, Checkpoint> map = byCode.get();
        if (map == null) {
            map = cache().values().stream()
                    .collect(Collectors.toUnmodifiableMap(Checkpoint::code, Function.identity()));
            byCode.set(map);
        }
        return Optional.ofNullable(map.get(code));
    }

    /** A checkpoint given as its id or its code, or a 400 naming {@code field}. */
    public Checkpoint resolve(String field, String idOrCode) {
        String v = idOrCode.trim();
        Optional<Checkpoint> found = byCode(v);
        if (found.isEmpty() && !v.isEmpty() && v.length() < 19 && v.chars().allMatch(Character::isDigit)) {
            found = byId(Long.parseLong(v));
        }
        return found.orElseThrow(() -> BorderInput.invalid(
                field, "the id or code of a checkpoint (GET /api/v1/checkpoints lists them)", idOrCode));
    }

    private Map<Long, Checkpoint> cache() {
        Map<Long, Checkpoint> map = byId.get();
        if (map == null) {
            map = jdbc.sql("""
                            SELECT id, code, state_code, name_en, name_ru, kind, latitude, longitude, border_with,
                                   frontier, coordinate_precision, coordinate_source, active, note
                            FROM border_checkpoint
                            """).query(Checkpoint.class).list().stream()
                    .collect(Collectors.toUnmodifiableMap(Checkpoint::id, Function.identity()));
            byId.set(map);
        }
        return map;
    }
}
