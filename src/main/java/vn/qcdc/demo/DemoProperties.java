package vn.qcdc.demo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether to load the demo data into an empty database, where the example dossier is, and whether its dossiers are
 * imported in the background after start-up (the demo communes and users are created first, before any request).
 */
@ConfigurationProperties("qcdc.demo")
public record DemoProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("./examples/chi-minh-2025.json") Path example,
    @DefaultValue("true") boolean background) {}
