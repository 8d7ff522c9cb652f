package org.jsis.register;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsis.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports that run in the background so that a page can show their progress: one at a time, in the order
 * started; each job's state is kept in memory on this node for an hour after it ends.
 */
@Service
public class ImportJobs implements DisposableBean {

    private static final long KEEP_MILLIS = 3_600_000;

    private final RegisterImports imports;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "register-import");
        t.setDaemon(true);
        return t;
    });
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    ImportJobs(RegisterImports imports) {
        this.imports = imports;
    }

    /** The state of one background import; {@code result} once it succeeded, {@code error} once it failed. */
    public record Job(
            UUID id,
            long userId,
            String ownerState,
            String fileName,
            ImportFormat format,
            String state,
            String phase,
            long done,
            long total,
            @Nullable ImportResult result,
            @Nullable String error,
            Instant started) {

        Job with(
                String state,
                String phase,
                long done,
                long total,
                @Nullable ImportResult result,
                @Nullable String error) {
            return new Job(id, userId, ownerState, fileName, format, state, phase, done, total, result, error, started);
        }

        /** Percent done in the current phase, or -1 when the total is not known yet. */
        public int percent() {
            return total > 0 ? (int) Math.min(100, done * 100 / total) : -1;
        }

        public boolean finished() {
            return state.equals("DONE") || state.equals("FAILED");
        }
    }

    /** Queues an import of {@code content} for the caller; returns the job at once. */
    public Job start(ImportRequest request, byte[] content, String fileName, Caller caller) {
        forgetOld();
        UUID id = UUID.randomUUID();
        Job job = new Job(
                id,
                caller.id(),
                request.ownerState(),
                fileName,
                request.format(),
                "QUEUED",
                "queued",
                0,
                -1,
                null,
                null,
                Instant.now());
        jobs.put(id, job);
        SecurityContext context = SecurityContextHolder.getContext();
        executor.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                ImportResult result = imports.importFile(
                        request,
                        new ByteArrayInputStream(content),
                        (phase, done, total) ->
                                jobs.computeIfPresent(id, (k, j) -> j.with("RUNNING", phase, done, total, null, null)),
                        caller);
                jobs.computeIfPresent(id, (k, j) -> j.with("DONE", "done", result.read(), result.read(), result, null));
            } catch (RuntimeException e) {
                jobs.computeIfPresent(
                        id, (k, j) -> j.with("FAILED", "failed", j.done(), j.total(), null, e.getMessage()));
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return job;
    }

    /** The job, when it exists and the caller started it. */
    public Optional<Job> find(UUID id, Caller caller) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.userId() == caller.id());
    }

    private void forgetOld() {
        long now = System.currentTimeMillis();
        jobs.values().removeIf(j -> j.finished() && now - j.started().toEpochMilli() > KEEP_MILLIS);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
