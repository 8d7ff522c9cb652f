package org.jsis.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsis.audit.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo data ({@code ./jsis demo}, {@code ./jsis serve --demo}): the organisations the seed article
 * names (Hizb ut-Tahrir, the Islamic Movement of Uzbekistan and its successor the Islamic Movement of
 * Turkestan, the Taliban) with names in Russian, English, Uzbek and Arabic script, their designations and
 * sources. Imported from {@code register/demo-organisations.csv} under the source {@code jsis-demo}, so
 * loading it again changes nothing.
 */
@Component
public class RegisterDemo {

    public static final String SOURCE = "jsis-demo";
    private static final Logger log = LoggerFactory.getLogger(RegisterDemo.class);

    private final RegisterImports imports;
    private final boolean enabled;
    private final String owner;

    RegisterDemo(
            RegisterImports imports,
            @Value("${jsis.demo:false}") boolean enabled,
            @Value("${jsis.register.default-owner:RUS}") String owner) {
        this.imports = imports;
        this.enabled = enabled;
        this.owner = owner;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnDemoStart() {
        if (enabled) {
            log.info("Demo register data: {}", load().summary());
        }
    }

    /** Loads (or refreshes) the demo records. */
    public ImportResult load() {
        try (InputStream in = new ClassPathResource("register/demo-organisations.csv").getInputStream()) {
            return imports.importFile(
                    ImportRequest.of(ImportFormat.CSV, owner, SOURCE),
                    in,
                    ImportProgress.NONE,
                    Actor.system("register-demo"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
