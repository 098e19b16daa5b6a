package vn.qcdc.ruleset;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules folder and its life in the running service ({@code qcdc.rules.*}).
 *
 * @param path the working rules folder legal staff edit
 * @param watch whether the service watches {@code path} and activates a changed folder that passes its checks
 * @param watchInterval how often the folder's content hash is computed
 * @param debounce how long the folder must stay unchanged before a changed folder is tried (editors save in steps)
 * @param syncInterval how often the instance compares its rule set with the one in force in the database
 * @param dataDir where rolled-back and shared versions are written out (never the working folder)
 */
@ConfigurationProperties("qcdc.rules")
public record RulesProperties(
    @DefaultValue("./rules") Path path,
    @DefaultValue("true") boolean watch,
    @DefaultValue("1s") Duration watchInterval,
    @DefaultValue("1500ms") Duration debounce,
    @DefaultValue("10s") Duration syncInterval,
    @DefaultValue("./data/rule-sets") Path dataDir) {}
