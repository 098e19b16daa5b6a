package vn.qcdc.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deletes a row behind the application's back and puts it back exactly, for tests that tamper with the database. */
public final class Rows {

  private final JdbcClient jdbc;

  public Rows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Deletes the row of {@code table} whose {@code key} column is {@code value}; returns it, column by column. */
  public Map<String, Object> delete(String table, String key, Object value) {
    Map<String, Object> row = jdbc.sql("select * from " + table + " where " + key + " = ?").param(value).query()
        .singleRow();
    jdbc.sql("delete from " + table + " where " + key + " = ?").param(value).update();
    return row;
  }

  /** Inserts {@code row} again, with the values it had (identity columns included). */
  public void restore(String table, Map<String, Object> row) {
    List<Object> values = new ArrayList<>(row.values());
    jdbc.sql("insert into " + table + " (" + String.join(", ", row.keySet()) + ") values ("
        + String.join(", ", row.keySet().stream().map(k -> "?").toList()) + ")").params(values).update();
  }
}
