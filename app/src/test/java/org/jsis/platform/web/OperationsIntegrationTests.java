package org.jsis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsis.security.Role;
import org.jsis.security.test.SecurityTestKit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Health, Prometheus metrics, the OpenAPI description and Swagger UI answer on Boot 4. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SecurityTestKit.class)
class OperationsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SecurityTestKit kit;

    @Test
    void healthIsUpWithTheDatabase() {
        assertThat(mvc.get().uri("/actuator/health"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
    }

    @Test
    void prometheusExposesJvmAndConnectionPoolMetricsToAnAuthenticatedScraper() {
        mvc.get().uri("/api/v1/bodies").exchange();
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(401);
        SecurityTestKit.TestUser scraper = kit.user(null, Role.ADMIN);
        assertThat(mvc.get().uri("/actuator/prometheus").with(scraper.bearer()))
                .hasStatusOk()
                .bodyText()
                .contains("jvm_memory_used_bytes", "hikaricp_connections", "http_server_requests_seconds");
    }

    @Test
    void openApiDescribesTheOrganisationApi() {
        assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.openapi").asString().startsWith("3.");
            json.assertThat().hasPath("$.paths['/api/v1/member-states'].get");
            json.assertThat().hasPath("$.paths['/api/v1/agencies'].get.parameters[0]");
        });
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/swagger-ui/index.html"))
                .hasStatusOk()
                .bodyText()
                .contains("swagger-ui");
    }
}
