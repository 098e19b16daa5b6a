package vn.qcdc.ruleset;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.qcdc.dossier.Hashes;
import vn.qcdc.ledger.ChainedRecords;

/** The rule-set history as the ledger chains it: each version with the SHA-256 of its files and of its diff. */
@Component
class RuleSetVersions implements ChainedRecords {

  private final JdbcClient jdbc;

  RuleSetVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "RULE_SET";
  }

  @Override
  public List<Long> ids() {
    return jdbc.sql("select id from rule_set_version order by id").query(Long.class).list();
  }

  @Override
  public Optional<Map<String, Object>> content(long id) {
    return jdbc.sql("select * from rule_set_version where id = ?").param(id).query((rs, n) -> {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", rs.getLong("id"));
      c.put("hash", rs.getString("hash"));
      c.put("profileId", rs.getString("profile_id"));
      c.put("activatedAt", rs.getObject("activated_at", OffsetDateTime.class).toInstant());
      c.put("activatedBy", rs.getString("activated_by"));
      c.put("reason", rs.getString("reason"));
      c.put("previousHash", rs.getString("previous_hash"));
      c.put("filesSha256", Hashes.sha256(rs.getString("files").getBytes(StandardCharsets.UTF_8)));
      c.put("diffSha256", Hashes.sha256(rs.getString("diff").getBytes(StandardCharsets.UTF_8)));
      // Chained only when given, so that the versions recorded before descriptions existed keep their content.
      if (rs.getString("description") != null) {
        c.put("description", rs.getString("description"));
      }
      return c;
    }).optional();
  }
}
