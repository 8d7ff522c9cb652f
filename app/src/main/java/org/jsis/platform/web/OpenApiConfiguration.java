package org.jsis.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header. The server is relative, so the generated document does not
 * depend on the host or port it was fetched from (the committed {@code docs/openapi.yaml} stays stable).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI jsisOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("JSIS API")
                        .version("v1")
                        .description(
                                "Joint Security Information System of the Collective Security Treaty Organization. "
                                        + "Errors are RFC 9457 problem details (application/problem+json) naming the "
                                        + "offending parameter or field and the expected form."))
                .servers(List.of(new Server().url("/")));
    }
}
