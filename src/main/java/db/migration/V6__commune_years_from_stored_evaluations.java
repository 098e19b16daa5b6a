package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Issue #11: the evaluations stored before commune-years had a lifecycle become its events, in the order they
 * happened. Each evaluated version counts as submitted when it was first evaluated (by whoever stored it); each
 * evaluation is an official evaluation (Đã chấm); each appraisal of the evaluation that was official at the time is an
 * appraisal (Đã thẩm định). Appraisals of an evaluation that a later one had already replaced stay stored as they are,
 * without an event: they never counted for the year. A newest version stored after all that by someone who is not a
 * commune officer (an auditor's upload awaiting evaluation) counts as submitted, as it would be now; an officer's
 * newest version stays a draft for the officer to submit. Nothing stored before is changed, so the ledger still verifies;
 * the new rows are chained at the next start (ledger_adoption, V5). Plain JDBC: a migration must not depend on the
 * application's classes, which change after it.
 */
public class V6__commune_years_from_stored_evaluations extends BaseJavaMigration {

  private static final String WHY = "Chuyển đổi dữ liệu (V6): ";

  /** An evaluation or an appraisal stored before the lifecycle, in the order to replay them. */
  private record Step(String commune, int year, OffsetDateTime at, int order, long id, long evaluationId,
      long dossierId, String by) {}

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    Map<Long, String> uploadedBy = new HashMap<>();
    query(c, "select id, uploaded_by from dossier", rs -> uploadedBy.put(rs.getLong(1), rs.getString(2)));
    Map<String, String> roles = new HashMap<>();
    query(c, "select username, role from app_user", rs -> roles.put(rs.getString(1), rs.getString(2)));
    Map<Long, Step> evaluations = new HashMap<>();
    List<Step> steps = new ArrayList<>();
    query(c, "select id, commune_code, period_year, dossier_id, evaluated_by, evaluated_at from evaluation", rs -> {
      Step s = new Step(rs.getString(2), rs.getInt(3), rs.getObject(6, OffsetDateTime.class), 0, rs.getLong(1),
          rs.getLong(1), rs.getLong(4), rs.getString(5));
      evaluations.put(s.id(), s);
      steps.add(s);
    });
    query(c, "select id, evaluation_id, appraised_by, appraised_at from appraisal", rs -> {
      Step e = evaluations.get(rs.getLong(2));
      steps.add(new Step(e.commune(), e.year(), rs.getObject(4, OffsetDateTime.class), 1, rs.getLong(1), e.id(),
          e.dossierId(), rs.getString(3)));
    });
    steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order).thenComparingLong(Step::id));
    Map<String, String> state = new LinkedHashMap<>();
    Map<String, Long> submitted = new HashMap<>();
    Map<String, Long> official = new HashMap<>();
    Map<String, OffsetDateTime> last = new HashMap<>();
    try (PreparedStatement insert = c.prepareStatement("insert into commune_year_event (commune_code, period_year, "
        + "action, state_before, state_after, dossier_id, evaluation_id, appraisal_id, reason, acted_by, acted_at) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Step s : steps) {
        String key = s.commune() + "/" + s.year();
        if (s.order() == 0) {
          if (!Long.valueOf(s.dossierId()).equals(submitted.get(key))) {
            insert(insert, s, "SUBMIT", state, key, s.dossierId(), null, null, uploadedBy.get(s.dossierId()),
                "phiên bản đã được chấm chính thức trước khi hồ sơ có vòng đời nên được coi là đã nộp.");
            submitted.put(key, s.dossierId());
          }
          insert(insert, s, "EVALUATE", state, key, s.dossierId(), s.id(), null, s.by(),
              "lần chấm chính thức lưu trước khi hồ sơ có vòng đời.");
          official.put(key, s.id());
        } else if (Long.valueOf(s.evaluationId()).equals(official.get(key))) {
          insert(insert, s, "APPRAISE", state, key, s.dossierId(), s.evaluationId(), s.id(), s.by(),
              "thẩm định lưu trước khi hồ sơ có vòng đời.");
        }
        last.put(key, s.at());
      }
      query(c, "select d.id, d.commune_code, d.period_year, d.uploaded_by, d.uploaded_at from dossier d where "
          + "d.version = (select max(n.version) from dossier n where n.commune_code = d.commune_code and "
          + "n.period_year = d.period_year) order by d.id", rs -> {
            Step newest = new Step(rs.getString(2), rs.getInt(3), rs.getObject(5, OffsetDateTime.class), 0,
                rs.getLong(1), 0, rs.getLong(1), rs.getString(4));
            String key = newest.commune() + "/" + newest.year();
            boolean officer = "OFFICER".equals(roles.get(newest.by()));
            boolean after = last.get(key) == null || newest.at().isAfter(last.get(key));
            if (!officer && after && !Long.valueOf(newest.dossierId()).equals(submitted.get(key))) {
              insert(insert, newest, "SUBMIT", state, key, newest.dossierId(), null, null, newest.by(),
                  "phiên bản mới nhất do kiểm tra viên lưu trước khi hồ sơ có vòng đời nên được coi là đã nộp.");
            }
          });
    }
  }

  private static void insert(PreparedStatement insert, Step s, String action, Map<String, String> state, String key,
      Long dossier, Long evaluation, Long appraisal, String by, String why) throws SQLException {
    String after = switch (action) {
      case "SUBMIT" -> "SUBMITTED";
      case "EVALUATE" -> "EVALUATED";
      default -> "APPRAISED";
    };
    insert.setString(1, s.commune());
    insert.setInt(2, s.year());
    insert.setString(3, action);
    insert.setString(4, state.getOrDefault(key, "DRAFTING"));
    insert.setString(5, after);
    id(insert, 6, dossier);
    id(insert, 7, evaluation);
    id(insert, 8, appraisal);
    insert.setString(9, WHY + why);
    insert.setString(10, by == null ? "system" : by);
    insert.setObject(11, s.at());
    insert.executeUpdate();
    state.put(key, after);
  }

  private static void id(PreparedStatement p, int index, Long id) throws SQLException {
    if (id == null) {
      p.setNull(index, Types.BIGINT);
    } else {
      p.setLong(index, id);
    }
  }

  /** Reads every row of a query. */
  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private static void query(Connection c, String sql, Row row) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        row.read(rs);
      }
    }
  }
}
