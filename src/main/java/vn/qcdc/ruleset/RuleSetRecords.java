package vn.qcdc.ruleset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.qcdc.dossier.facts.Grade;
import vn.qcdc.rulebase.GradeBand;
import vn.qcdc.rulebase.RuleSet;

/**
 * What the service knows of a rule set an evaluation names, whether or not it is still in force: since when it was in
 * force (the first time it was put in force, from the history), and its grade bands (for results stored before they
 * kept their own).
 */
@Component
public class RuleSetRecords {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final JdbcClient jdbc;
  private final ActiveRuleSet active;
  private final Map<String, List<GradeBand>> bands = new ConcurrentHashMap<>();

  RuleSetRecords(JdbcClient jdbc, ActiveRuleSet active) {
    this.jdbc = jdbc;
    this.active = active;
  }

  /** The hash of the rule set in force now. */
  public String inForce() {
    return active.current().hash();
  }

  /** When the rule set was first put in force; empty if the history does not know it. */
  public Optional<Instant> firstActivated(String hash) {
    return jdbc.sql("select min(activated_at) from rule_set_version where hash = ?").param(hash)
        .query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class)).optional()
        .filter(java.util.Objects::nonNull).map(java.time.OffsetDateTime::toInstant);
  }

  /**
   * The grade bands of a rule set: the one in force, or one recorded in the history (its profile.yaml); empty if
   * neither has it.
   */
  public List<GradeBand> gradeBands(String hash) {
    RuleSet now = active.current();
    if (now.hash().equals(hash)) {
      return now.profile().gradeBands();
    }
    return bands.computeIfAbsent(hash, h -> jdbc.sql("select files from rule_set_version where hash = ? order by id "
        + "desc limit 1").param(h).query(String.class).optional().map(RuleSetRecords::bandsOf).orElse(List.of()));
  }

  private static List<GradeBand> bandsOf(String filesJson) {
    try {
      JsonNode profile = YAML.readTree(new ObjectMapper().readTree(filesJson).path("profile.yaml").asText(""));
      List<GradeBand> out = new ArrayList<>();
      profile.path("gradeBands").forEach(b -> out.add(new GradeBand(Grade.valueOf(b.path("grade").asText()),
          new BigDecimal(b.path("atLeast").asText()))));
      return List.copyOf(out);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
