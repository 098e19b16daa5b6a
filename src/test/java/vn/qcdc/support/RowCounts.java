package vn.qcdc.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts the rows of every table, to show that a refused request left the database as it was. */
public final class RowCounts {

  private static final List<String> TABLES = List.of("commune", "commune_link", "app_user", "dossier", "evaluation",
      "appraisal", "ledger_entry");

  private RowCounts() {}

  public static Map<String, Long> of(JdbcClient jdbc) {
    Map<String, Long> counts = new LinkedHashMap<>();
    TABLES.forEach(t -> counts.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single()));
    return counts;
  }
}
