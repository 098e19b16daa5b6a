package vn.qcdc.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.qcdc.ledger.ChainedRecords;

/** Stores the events of commune-years; rows are inserted, never updated, and chained by the ledger. */
@Repository
class YearEvents implements ChainedRecords {

  static final String KIND = "YEAR_EVENT";

  private final JdbcClient jdbc;

  YearEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(YearEvent e) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into commune_year_event (commune_code, period_year, action, state_before, state_after, dossier_id, "
            + "evaluation_id, appraisal_id, reason, acted_by, acted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(e.communeCode(), e.year(), e.action().name(), e.stateBefore().name(), e.stateAfter().name(),
            e.dossierId(), e.evaluationId(), e.appraisalId(), e.reason(), e.actedBy(),
            e.actedAt().atOffset(ZoneOffset.UTC))
        .update(key, "id");
    return key.getKey().longValue();
  }

  CommuneYear of(String commune, int year) {
    return new CommuneYear(commune, year, jdbc.sql("select * from commune_year_event where commune_code = ? and "
        + "period_year = ? order by id").params(commune, year).query(YearEvents::map).list());
  }

  /** Every commune-year that has events, optionally of one year, keyed "code/year". */
  Map<String, CommuneYear> all(Integer year) {
    String sql = "select * from commune_year_event" + (year == null ? "" : " where period_year = ?") + " order by id";
    return group(year == null ? jdbc.sql(sql).query(YearEvents::map).list()
        : jdbc.sql(sql).param(year).query(YearEvents::map).list());
  }

  /** Every year of one commune that has events, keyed "code/year". */
  Map<String, CommuneYear> ofCommune(String commune) {
    return group(jdbc.sql("select * from commune_year_event where commune_code = ? order by id").param(commune)
        .query(YearEvents::map).list());
  }

  private static Map<String, CommuneYear> group(List<YearEvent> rows) {
    Map<String, List<YearEvent>> byYear = new LinkedHashMap<>();
    rows.forEach(e -> byYear.computeIfAbsent(e.communeCode() + "/" + e.year(), k -> new ArrayList<>()).add(e));
    Map<String, CommuneYear> out = new LinkedHashMap<>();
    byYear.forEach((k, events) -> out.put(k, new CommuneYear(events.get(0).communeCode(), events.get(0).year(),
        events)));
    return out;
  }

  Optional<YearEvent> find(long id) {
    return jdbc.sql("select * from commune_year_event where id = ?").param(id).query(YearEvents::map).optional();
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public List<Long> ids() {
    return jdbc.sql("select id from commune_year_event order by id").query(Long.class).list();
  }

  @Override
  public Optional<Map<String, Object>> content(long id) {
    return find(id).map(e -> {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", e.id());
      c.put("communeCode", e.communeCode());
      c.put("year", e.year());
      c.put("action", e.action());
      c.put("stateBefore", e.stateBefore());
      c.put("stateAfter", e.stateAfter());
      c.put("dossierId", e.dossierId());
      c.put("evaluationId", e.evaluationId());
      c.put("appraisalId", e.appraisalId());
      c.put("reason", e.reason());
      c.put("actedBy", e.actedBy());
      c.put("actedAt", e.actedAt());
      return c;
    });
  }

  private static YearEvent map(ResultSet rs, int row) throws SQLException {
    return new YearEvent(rs.getLong("id"), rs.getString("commune_code"), rs.getInt("period_year"),
        YearAction.valueOf(rs.getString("action")), YearState.valueOf(rs.getString("state_before")),
        YearState.valueOf(rs.getString("state_after")), id(rs, "dossier_id"), id(rs, "evaluation_id"),
        id(rs, "appraisal_id"), rs.getString("reason"), rs.getString("acted_by"),
        rs.getObject("acted_at", OffsetDateTime.class).toInstant());
  }

  private static Long id(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
