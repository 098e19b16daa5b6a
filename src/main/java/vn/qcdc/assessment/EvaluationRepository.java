package vn.qcdc.assessment;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.qcdc.dossier.Hashes;
import vn.qcdc.ledger.ChainedRecords;

/** Stores evaluations; rows are inserted, never updated, and chained by the ledger. */
@Repository
public class EvaluationRepository implements ChainedRecords {

  static final String KIND = "EVALUATION";
  private static final String SUMMARY = "id, commune_code, period_year, dossier_id, dossier_hash, rule_set_hash, profile_id, "
      + "total, max_total, band_grade, grade, self_total, self_grade, supersedes_id, evaluated_by, evaluated_at, "
      + "duration_ms";

  private final JdbcClient jdbc;

  public EvaluationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(StoredEvaluation e, byte[] snapshot) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into evaluation (commune_code, period_year, dossier_id, dossier_hash, dossier_snapshot, rule_set_hash, "
            + "profile_id, total, max_total, band_grade, grade, self_total, self_grade, result_json, supersedes_id, "
            + "evaluated_by, evaluated_at, duration_ms) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(e.communeCode(), e.year(), e.dossierId(), e.dossierHash(), snapshot, e.ruleSetHash(), e.profileId(),
            e.total(), e.maxTotal(), e.bandGrade(), e.grade(), e.selfTotal(), e.selfGrade(), e.resultJson(),
            e.supersedesId(), e.evaluatedBy(), e.evaluatedAt().atOffset(ZoneOffset.UTC), e.durationMs())
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<StoredEvaluation> find(long id) {
    return jdbc.sql("select " + SUMMARY + ", result_json from evaluation where id = ?").param(id)
        .query((rs, n) -> map(rs, rs.getString("result_json"))).optional();
  }

  public Optional<byte[]> snapshot(long id) {
    return jdbc.sql("select dossier_snapshot from evaluation where id = ?").param(id)
        .query((rs, n) -> rs.getBytes(1)).optional();
  }

  /** Evaluations of the given communes, optionally of one year, oldest first. */
  public List<StoredEvaluation> list(Collection<String> communes, Integer year) {
    if (communes.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>(communes);
    String sql = "select " + SUMMARY + " from evaluation where commune_code in ("
        + String.join(", ", communes.stream().map(c -> "?").toList()) + ")";
    if (year != null) {
      sql += " and period_year = ?";
      params.add(year);
    }
    return jdbc.sql(sql + " order by period_year, id").params(params).query((rs, n) -> map(rs, null)).list();
  }

  Optional<Long> findSame(long dossierId, String ruleSetHash) {
    return jdbc.sql("select id from evaluation where dossier_id = ? and rule_set_hash = ? order by id limit 1")
        .params(dossierId, ruleSetHash).query(Long.class).optional();
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<Long> ids() {
    return jdbc.sql("select id from evaluation order by id").query(Long.class).list();
  }

  @Override
  public Optional<Map<String, Object>> content(long id) {
    return jdbc.sql("select * from evaluation where id = ?").param(id).query((rs, n) -> {
      Map<String, Object> c = new LinkedHashMap<>();
      StoredEvaluation e = map(rs, rs.getString("result_json"));
      c.put("id", e.id());
      c.put("communeCode", e.communeCode());
      c.put("year", e.year());
      c.put("dossierId", e.dossierId());
      c.put("dossierHash", e.dossierHash());
      c.put("snapshotSha256", Hashes.sha256(rs.getBytes("dossier_snapshot")));
      c.put("ruleSetHash", e.ruleSetHash());
      c.put("profileId", e.profileId());
      c.put("total", e.total());
      c.put("maxTotal", e.maxTotal());
      c.put("bandGrade", e.bandGrade());
      c.put("grade", e.grade());
      c.put("selfTotal", e.selfTotal());
      c.put("selfGrade", e.selfGrade());
      c.put("resultSha256", Hashes.sha256(e.resultJson().getBytes(StandardCharsets.UTF_8)));
      c.put("supersedesId", e.supersedesId());
      c.put("evaluatedBy", e.evaluatedBy());
      c.put("evaluatedAt", e.evaluatedAt());
      c.put("durationMs", e.durationMs());
      return c;
    }).optional();
  }

  private static StoredEvaluation map(ResultSet rs, String resultJson) throws SQLException {
    long supersedes = rs.getLong("supersedes_id");
    Long supersedesId = rs.wasNull() ? null : supersedes;
    return new StoredEvaluation(rs.getLong("id"), rs.getString("commune_code"), rs.getInt("period_year"),
        rs.getLong("dossier_id"), rs.getString("dossier_hash"), rs.getString("rule_set_hash"),
        rs.getString("profile_id"), rs.getBigDecimal("total"), rs.getBigDecimal("max_total"),
        rs.getString("band_grade"), rs.getString("grade"), rs.getBigDecimal("self_total"), rs.getString("self_grade"),
        resultJson, supersedesId, rs.getString("evaluated_by"),
        rs.getObject("evaluated_at", OffsetDateTime.class).toInstant(), rs.getLong("duration_ms"));
  }
}
