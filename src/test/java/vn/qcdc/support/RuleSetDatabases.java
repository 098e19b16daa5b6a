package vn.qcdc.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh database on the shared embedded PostgreSQL server, for tests that must not see the other contexts' rows. */
public final class RuleSetDatabases {

  private RuleSetDatabases() {}

  /** Creates database {@code name} (dropping an old one) and returns its JDBC URL (user and password: postgres). */
  public static String fresh(String name) {
    try (Connection c = EmbeddedPostgresInitializer.postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name);
      s.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return EmbeddedPostgresInitializer.postgres().getJdbcUrl("postgres", name);
  }
}
