package vn.qcdc.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.ContextConfiguration;
import vn.qcdc.support.ServiceTest;
import vn.qcdc.support.SharedRules;

/**
 * A database from before the ledger covered dossiers, rule sets and users (schema version 3, with rows) is upgraded:
 * the service chains its rows once at start, and the chain verifies.
 */
@ServiceTest
@ContextConfiguration(initializers = LedgerUpgradeTest.Version3Database.class)
class LedgerUpgradeTest {

  @Autowired JdbcClient jdbc;
  @Autowired LedgerVerifier verifier;

  @Test
  void theRowsStoredBeforeTheUpgradeAreChainedOnceAndVerify() {
    assertThat(entriesFor("DOSSIER", "select id from dossier where commune_code = '30009'")).isEqualTo(1);
    assertThat(entriesFor("RULE_SET", "select id from rule_set_version where activated_by = 'legacy'")).isEqualTo(1);
    assertThat(entriesFor("USER", "select id from user_change where username = 'legacy-admin' and what_changed = 'adopted'"))
        .isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from ledger_adoption").query(Long.class).single()).isZero();
    assertThat(verifier.verify().intact()).isTrue();
  }

  private long entriesFor(String kind, String ids) {
    return jdbc.sql("select count(*) from ledger_entry where kind = ? and record_id in (" + ids + ")").param(kind)
        .query(Long.class).single();
  }

  /** An in-memory database migrated to version 3 only, with a commune, a dossier, a user and a rule-set version. */
  static class Version3Database implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      String url = "jdbc:h2:mem:v3-" + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
      Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("3").load().migrate();
      JdbcClient old = JdbcClient.create(new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", ""));
      old.sql("insert into commune (code, name, province, level) values ('30009', 'Cũ', 'Hải Dương', 'XA')").update();
      old.sql("insert into app_user (username, password_hash, role) values ('legacy-admin', '$2a$04$legacy', 'ADMIN')")
          .update();
      old.sql("insert into dossier (commune_code, period_year, version, hash, content, size_bytes, source, uploaded_by, "
          + "uploaded_at) values ('30009', 2024, 1, ?, ?, 2, 'upload', 'auditor', current_timestamp)")
          .params("cd".repeat(32), new byte[] {'{', '}'}).update();
      old.sql("insert into rule_set_version (hash, profile_id, activated_at, activated_by, reason, files, diff) "
          + "values (?, 'reference-2025', current_timestamp, 'legacy', 'startup', '{}', '')")
          .param(SharedRules.get().hash()).update();
      TestPropertyValues.of("spring.datasource.url=" + url).applyTo(context);
    }
  }
}
