package vn.qcdc.migration;

import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import vn.qcdc.support.MainDatabase;
import vn.qcdc.support.ServiceTest;

/** main's database on H2, migrated by this version. */
@ServiceTest
@ContextConfiguration(initializers = H2MigrationFromMainTest.MainOnH2.class)
class H2MigrationFromMainTest extends MigrationFromMainContract {

  /** An in-memory H2 database holding main's schema and rows, and main's checkpoint folder. */
  static class MainOnH2 implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      String url = "jdbc:h2:mem:main-" + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
      MainDatabase.load(url, "sa", "");
      TestPropertyValues.of("spring.datasource.url=" + url,
          "qcdc.ledger.checkpoint-dir=" + MainDatabase.checkpointFolder()).applyTo(context);
    }
  }
}
