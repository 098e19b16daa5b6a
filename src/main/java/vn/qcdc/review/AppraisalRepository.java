package vn.qcdc.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.qcdc.ledger.ChainedRecords;

/** Stores appraisals; rows are inserted, never updated, and chained by the ledger. */
@Repository
class AppraisalRepository implements ChainedRecords {

  private final JdbcClient jdbc;

  AppraisalRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long evaluationId, Appraised a) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into appraisal (evaluation_id, criterion, points, reason, appraised_total, appraised_grade, "
            + "appraised_by, appraised_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(evaluationId, a.criterion(), a.points(), a.reason(), a.appraisedTotal(), a.appraisedGrade(),
            a.appraisedBy(), a.appraisedAt().atOffset(ZoneOffset.UTC))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The appraisals of an evaluation, oldest first. */
  List<Appraised> of(long evaluationId) {
    return jdbc.sql("select * from appraisal where evaluation_id = ? order by id").param(evaluationId)
        .query(AppraisalRepository::map).list();
  }

  @Override
  public String kind() {
    return "APPRAISAL";
  }

  @Override
  public List<Long> ids() {
    return jdbc.sql("select id from appraisal order by id").query(Long.class).list();
  }

  @Override
  public Optional<Map<String, Object>> content(long id) {
    return jdbc.sql("select * from appraisal where id = ?").param(id).query((rs, n) -> {
      Appraised a = map(rs, n);
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", a.id());
      c.put("evaluationId", rs.getLong("evaluation_id"));
      c.put("criterion", a.criterion());
      c.put("points", a.points());
      c.put("reason", a.reason());
      c.put("appraisedTotal", a.appraisedTotal());
      c.put("appraisedGrade", a.appraisedGrade());
      c.put("appraisedBy", a.appraisedBy());
      c.put("appraisedAt", a.appraisedAt());
      return c;
    }).optional();
  }

  private static Appraised map(ResultSet rs, int row) throws SQLException {
    return new Appraised(rs.getLong("id"), rs.getString("criterion"), rs.getBigDecimal("points"),
        rs.getString("reason"), rs.getString("appraised_by"),
        rs.getObject("appraised_at", OffsetDateTime.class).toInstant(), rs.getBigDecimal("appraised_total"),
        rs.getString("appraised_grade"));
  }
}
