package vn.qcdc.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Configuration;

/** Binds the typed {@code qcdc.*} properties and describes the API for OpenAPI (Swagger UI at /swagger-ui.html). */
@Configuration
@ConfigurationPropertiesScan("vn.qcdc")
@OpenAPIDefinition(
    info = @Info(title = "QCDC evaluator API", version = "1",
        description = "Stored dossiers and evaluations for auditors; errors are application/problem+json."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class ServiceConfiguration {}
