package org.jsis.register.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsis.audit.Purpose;
import org.jsis.namematch.NameQuery;
import org.jsis.namematch.NameRecord;
import org.jsis.register.RegisterScreening;
import org.jsis.register.ScreeningRequest;
import org.jsis.register.internal.RegisterIndex;
import org.jsis.register.internal.WarmUpClock;
import org.jsis.security.Caller;
import org.jsis.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screening path's start-up warm-up (issue 5), after the name index's own ({@code RegisterIndex}, which
 * warms the matcher alone): screenings of a spread of indexed names run through what a {@code POST
 * /api/v1/screenings} runs outside HTTP and the security filters: the request body read by Spring MVC's own
 * JSON converter, the search, the hits' query with the audit entry's append, the hits and the answer written
 * by the same converter ({@link ScreeningController}'s steps), so that the JIT compilers have compiled that
 * code before the first real screenings instead of during them. Honest and invisible: every statement of a
 * warm-up screening runs in one transaction that is rolled back ({@link RegisterScreening#screenRolledBack}),
 * so no audit entry, chain head or register row is written (only audit sequence numbers are drawn, as by any
 * rolled-back append: the trail's chains link entries by their own positions, and {@code jsis audit verify}
 * does not expect consecutive numbers), nothing is answered to anyone, and the searches do not count in the
 * index's search metrics.
 *
 * <p>It runs once, after the index's first load, until the JIT compilers fall quiet ({@link WarmUpClock}) or
 * for at most {@code jsis.register.screening.warm-up-millis} (20 s by default; 0 switches it off), and the
 * health component {@code screeningWarmUp} is {@code OUT_OF_SERVICE} meanwhile, so health says {@code UP}
 * only after it (screenings are answered meanwhile, as soon as the index is ready). With an empty index, a
 * disabled or failed one, it does nothing. Why 20 s: a screening runs most of the path's methods once, and C2
 * compiles a method after thousands of calls; in 5 s (about 1,300 screenings of a 1,000,000-entry register on two
 * cores) the path was still compiled during the first real screenings, in 20 s it screens 7,000 to 9,900 names or
 * the compilers fall quiet first (docs/benchmarks/register.md, twentieth session).
 */
@Component
@ConditionalOnWebApplication
public class ScreeningWarmUp implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ScreeningWarmUp.class);

    /** How many indexed records the warm-up's screenings are drawn from. */
    static final int SAMPLE = 2_000;

    /** The warm-up's screenings at most (a small register's sample is gone through many times in under a second). */
    static final int MAX_SCREENINGS = 20_000;

    /** The warm-up's actor (never written: its screenings are rolled back). */
    static final String USERNAME = "system:screening-warm-up";

    /** What the warm-up did: screenings run, hits answered, failures, time, and how it ended. */
    public record Result(int screenings, long hits, int failures, long millis, String ended) {}

    private final RegisterIndex index;
    private final RegisterScreening screening;
    private final ObjectProvider<RequestMappingHandlerAdapter> mvc;
    private final long limitMillis;
    private final JsonMapper bodies = JsonMapper.builder().build();
    private volatile @Nullable Result result;
    private volatile boolean running;

    ScreeningWarmUp(
            RegisterIndex index,
            RegisterScreening screening,
            ObjectProvider<RequestMappingHandlerAdapter> mvc,
            @Value("${jsis.register.screening.warm-up-millis:20000}") long limitMillis) {
        this.index = index;
        this.screening = screening;
        this.mvc = mvc;
        this.limitMillis = limitMillis;
    }

    /** Starts the warm-up in the background once the application is ready (HTTP is served meanwhile). */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (limitMillis <= 0) {
            result = new Result(0, 0, 0, 0, "switched off (jsis.register.screening.warm-up-millis=0)");
            return;
        }
        running = true;
        Thread thread = new Thread(
                () -> {
                    try {
                        while (index.state() == RegisterIndex.State.LOADING) {
                            Thread.sleep(100);
                        }
                        run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        result = new Result(0, 0, 0, 0, "interrupted");
                    } catch (RuntimeException e) {
                        log.warn("Screening warm-up failed; screening is not affected", e);
                        result = new Result(0, 0, 1, 0, "failed: " + e);
                    } finally {
                        running = false;
                    }
                },
                "screening-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs the warm-up now, in this thread, and answers what it did (also kept for the health component). For
     * {@link #start()}, and for tests, which fill the register after the application started.
     */
    public Result run() {
        long start = System.nanoTime();
        List<RegisterIndex.Sampled> sample = index.sample(SAMPLE);
        HttpMessageConverter<Object> json = jsonConverter();
        if (sample.isEmpty() || json == null) {
            Result r = new Result(
                    0,
                    0,
                    0,
                    0,
                    sample.isEmpty()
                            ? "nothing to screen (index empty, not ready or switched off)"
                            : "no JSON converter");
            result = r;
            return r;
        }
        WarmUpClock clock = WarmUpClock.system(limitMillis);
        int screenings = 0;
        int failures = 0;
        long hits = 0;
        RuntimeException firstFailure = null;
        while (screenings < MAX_SCREENINGS && !clock.done()) {
            RegisterIndex.Sampled s = sample.get(screenings % sample.size());
            String previous = sample.get(Math.floorMod(screenings - 1, sample.size()))
                    .record()
                    .names()
                    .get(0);
            try {
                hits += screen(json, body(s.record(), screenings, previous), caller(s.owner()));
            } catch (RuntimeException e) {
                failures++;
                if (firstFailure == null) {
                    firstFailure = e;
                }
                if (failures > 10 && failures * 2 > screenings) {
                    screenings++;
                    break;
                }
            }
            screenings++;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String ended = failures > 10 && failures * 2 > screenings
                ? "stopped: most screenings failed"
                : clock.quiet()
                        ? "ended when the compilers fell quiet"
                        : screenings >= MAX_SCREENINGS
                                ? "ended after " + MAX_SCREENINGS + " screenings"
                                : "ended at its limit";
        Result r = new Result(screenings, hits, failures, millis, ended);
        result = r;
        if (firstFailure != null) {
            log.warn(
                    "Screening warm-up: {} of {} screenings failed, the first with",
                    failures,
                    screenings,
                    firstFailure);
        }
        log.info(
                "Screening path warmed up: {} screenings (rolled back, not audited) with {} hits in {} ms ({}; the"
                        + " compilers worked {} ms meanwhile)",
                screenings,
                hits,
                millis,
                ended,
                clock.compileMillis());
        return r;
    }

    /** One warm-up screening as the controller runs it, rolled back; answers the number of hits. */
    private int screen(HttpMessageConverter<Object> json, byte[] body, Caller caller) {
        try {
            ScreeningController.ScreeningBody read = (ScreeningController.ScreeningBody)
                    json.read(ScreeningController.ScreeningBody.class, new Input(body));
            ScreeningRequest request = new ScreeningRequest(
                    read.name(),
                    read.birthDate(),
                    read.nationality(),
                    ScreeningController.kind(read.kind()),
                    Purpose.require(read.purpose()),
                    read.threshold(),
                    read.limit());
            ScreeningController.ScreeningAnswer answer =
                    new ScreeningController.ScreeningAnswer(screening.screenRolledBack(request, caller));
            Output out = new Output();
            json.write(answer, MediaType.APPLICATION_JSON, out);
            return answer.hits().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The request body of the {@code n}-th warm-up screening, of a sampled record: one of the index's own warm-up
     * searches for it ({@link RegisterIndex#warmUpQueries}: its names in turn, with and without its kind, birth
     * date and nationality, misspelt, as an officer might type it, and names that are no one's, so that
     * screenings without hits, whose audit entry is appended on its own, are among them), as officers send it.
     */
    byte[] body(NameRecord record, int n, @Nullable String previous) {
        List<NameQuery> queries = RegisterIndex.warmUpQueries(record, n, previous);
        NameQuery query = queries.get(Math.floorMod(n / 2, queries.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", query.name());
        query.kind().ifPresent(k -> body.put("kind", k.name()));
        query.birthDate().ifPresent(d -> body.put("birthDate", d.toString()));
        query.nationality().ifPresent(c -> body.put("nationality", c));
        body.put("purpose", Purpose.BORDER_CHECK.name());
        return bodies.writeValueAsBytes(body);
    }

    /** An officer of the record's owner state, so that the record is among the hits it may see. */
    private static Caller caller(String owner) {
        return new Caller(0, USERNAME, owner, owner + "-WARM-UP", Set.of(Role.OFFICER));
    }

    @SuppressWarnings("unchecked")
    private @Nullable HttpMessageConverter<Object> jsonConverter() {
        RequestMappingHandlerAdapter adapter = mvc.getIfAvailable();
        if (adapter == null) {
            return null;
        }
        List<HttpMessageConverter<?>> converters = new ArrayList<>(adapter.getMessageConverters());
        for (HttpMessageConverter<?> c : converters) {
            if (c.canRead(ScreeningController.ScreeningBody.class, MediaType.APPLICATION_JSON)
                    && c.canWrite(ScreeningController.ScreeningAnswer.class, MediaType.APPLICATION_JSON)) {
                return (HttpMessageConverter<Object>) c;
            }
        }
        return null;
    }

    /** What the last warm-up did, or {@code null} while none has ended. */
    public @Nullable Result result() {
        return result;
    }

    @Override
    public Health health() {
        Result r = result;
        if (r == null) {
            return Health.outOfService()
                    .withDetail("state", running ? "running" : "waiting for the application")
                    .build();
        }
        return Health.up()
                .withDetail("screenings", r.screenings())
                .withDetail("hits", r.hits())
                .withDetail("failures", r.failures())
                .withDetail("millis", r.millis())
                .withDetail("ended", r.ended())
                .build();
    }

    private static final class Input implements HttpInputMessage {
        private final byte[] body;
        private final HttpHeaders headers = new HttpHeaders();

        Input(byte[] body) {
            this.body = body;
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.setContentLength(body.length);
        }

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }

    private static final class Output implements HttpOutputMessage {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final HttpHeaders headers = new HttpHeaders();

        @Override
        public OutputStream getBody() {
            return body;
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
