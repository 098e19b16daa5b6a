package vn.qcdc.cli;

import java.nio.file.Path;
import java.util.Map;
import vn.qcdc.rulebase.RuleCache;

/**
 * Where the command line keeps compiled rule sets: {@code QCDC_RULE_CACHE} (a folder, or {@code off}), else
 * {@code $XDG_CACHE_HOME/qcdc-evaluator/compiled-rules}, else {@code ~/.cache/qcdc-evaluator/compiled-rules}. The
 * system property {@code qcdc.rule-cache} overrides the variable (tests). A folder another user may write is not used.
 */
final class RuleCacheDir {

  static final String VARIABLE = "QCDC_RULE_CACHE";
  static final String PROPERTY = "qcdc.rule-cache";

  private RuleCacheDir() {}

  static RuleCache cache() {
    return cache(System.getenv(), System.getProperty(PROPERTY), System.getProperty("user.home"));
  }

  static RuleCache cache(Map<String, String> env, String property, String home) {
    String chosen = property != null ? property : env.get(VARIABLE);
    if ("off".equals(chosen)) {
      return RuleCache.none();
    }
    if (chosen != null && !chosen.isBlank()) {
      return RuleCache.in(Path.of(chosen));
    }
    String xdg = env.get("XDG_CACHE_HOME");
    Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
    return RuleCache.in(base.resolve("qcdc-evaluator").resolve("compiled-rules"));
  }
}
