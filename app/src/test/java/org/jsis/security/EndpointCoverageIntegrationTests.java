package org.jsis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.Set;
import java.util.TreeSet;
import org.jsis.security.test.AuthorizationTable;
import org.jsis.security.test.Endpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps is in some module's {@link AuthorizationTable}, so the
 * table-driven authorisation test covers it. A new endpoint without a table row fails here, by name.
 */
@SpringBootTest
class EndpointCoverageIntegrationTests {

    /** Framework endpoints that hold no data: the OpenAPI description, Swagger UI and the error page. */
    static final Set<String> FRAMEWORK_PREFIXES = Set.of("/v3/api-docs", "/swagger-ui", "/error");

    /**
     * Endpoints of modules that have not yet joined the table (each module's helper moves its own into
     * its table; this list must only shrink). Listed here so that the gap is visible, not hidden.
     */
    static final Set<String> PENDING = Set.of();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyMappedEndpointIsInAnAuthorisationTable() throws Exception {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<String> patterns = info.getPatternValues();
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of("GET")
                    : info.getMethodsCondition().getMethods().stream()
                            .map(Enum::name)
                            .collect(java.util.stream.Collectors.toSet());
            for (String pattern : patterns) {
                if (FRAMEWORK_PREFIXES.stream().noneMatch(pattern::startsWith)) {
                    methods.forEach(m -> mapped.add(m + " " + pattern));
                }
            }
        });
        Set<String> covered = new TreeSet<>();
        for (AuthorizationTable table : tables()) {
            table.endpoints().stream().map(Endpoint::key).forEach(covered::add);
        }
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(covered);
        missing.removeAll(PENDING);
        assertThat(missing)
                .as("endpoints missing from every AuthorizationTable")
                .isEmpty();
        assertThat(PENDING)
                .as("pending endpoints that are now covered or gone: remove them from PENDING")
                .allMatch(p -> mapped.contains(p) && !covered.contains(p));
    }

    static Set<AuthorizationTable> tables() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuthorizationTable.class));
        Set<AuthorizationTable> tables = new java.util.HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.jsis")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            tables.add((AuthorizationTable) constructor.newInstance());
        }
        assertThat(tables).as("authorisation tables found in the test sources").isNotEmpty();
        return tables;
    }
}
