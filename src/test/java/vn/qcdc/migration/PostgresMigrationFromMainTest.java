package vn.qcdc.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import vn.qcdc.support.EmbeddedPostgresInitializer;
import vn.qcdc.support.MainDatabase;
import vn.qcdc.support.PostgresServiceTest;

/** main's database on a real PostgreSQL server (embedded), migrated by this version. */
@PostgresServiceTest
@ContextConfiguration(initializers = PostgresMigrationFromMainTest.MainOnPostgres.class)
class PostgresMigrationFromMainTest extends MigrationFromMainContract {

  /** A database of its own on the embedded server, holding main's schema and rows, and main's checkpoint folder. */
  static class MainOnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      String admin = EmbeddedPostgresInitializer.url("postgres");
      try (Connection c = DriverManager.getConnection(admin, "postgres", "postgres");
          Statement s = c.createStatement()) {
        s.execute("drop database if exists main_v4");
        s.execute("create database main_v4");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      String url = EmbeddedPostgresInitializer.url("main_v4");
      MainDatabase.load(url, "postgres", "postgres");
      TestPropertyValues.of("spring.datasource.url=" + url,
          "qcdc.ledger.checkpoint-dir=" + MainDatabase.checkpointFolder()).applyTo(context);
    }
  }
}
