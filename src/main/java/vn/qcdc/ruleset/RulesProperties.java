package vn.qcdc.ruleset;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the rules folder is ({@code qcdc.rules.path}). */
@ConfigurationProperties("qcdc.rules")
public record RulesProperties(@DefaultValue("./rules") Path path) {}
