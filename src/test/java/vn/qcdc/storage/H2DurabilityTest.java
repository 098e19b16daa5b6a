package vn.qcdc.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default H2 file database (the URL of {@code application.properties}) keeps every commit it answered when the
 * process is killed: its write delay is off, and a JVM halted right after its commits loses none of them.
 */
class H2DurabilityTest {

  @TempDir Path folder;

  @Test
  void theDefaultDatabaseRunsWithoutH2sWriteDelay() throws Exception {
    try (Connection c = DriverManager.getConnection(defaultUrlIn(folder), "sa", "");
        ResultSet rs = c.createStatement().executeQuery(
            "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }

      assertThat(values).isNotEmpty().containsOnly("0");
    }
  }

  @Test
  void everyCommitSurvivesTheProcessBeingHaltedRightAfterIt() throws Exception {
    String url = defaultUrlIn(folder);
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CommitThenHalt.class.getName(), url, "200")
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(output).contains("committed 200");
    assertThat(child.exitValue()).isEqualTo(137);
    assertThat(rowsIn(url)).isEqualTo(200);
  }

  /** The URL of {@code application.properties}, moved from {@code ./data} to {@code folder}. */
  static String defaultUrlIn(Path folder) throws IOException {
    Properties p = new Properties();
    try (InputStream in = H2DurabilityTest.class.getResourceAsStream("/application.properties")) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    String url = p.getProperty("spring.datasource.url");
    assertThat(url).startsWith("jdbc:h2:file:./data/qcdc;");
    return url.replace("./data/qcdc", folder.resolve("qcdc").toString());
  }

  /** The rows committed by the child; 0 when even its table was lost. */
  private static long rowsIn(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      ResultSet table = c.createStatement().executeQuery(
          "select count(*) from information_schema.tables where table_name = 'acknowledged'");
      table.next();
      if (table.getLong(1) == 0) {
        return 0;
      }
      ResultSet rows = c.createStatement().executeQuery("select count(*) from acknowledged");
      rows.next();
      return rows.getLong(1);
    }
  }
}
