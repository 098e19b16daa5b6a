package vn.qcdc.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * A database as the code of main (commit 53b0c86) left it: schema V1–V4 and the rows of every table, dumped from a
 * run of main's service (demo data; xã Hưng Đạo registered, its 2023 dossier uploaded, evaluated and TC4.1 appraised;
 * the rules folder changed (its README) and put in force; Chí Minh 2025 re-evaluated and TC9.1 appraised; the
 * officer's 2026 draft evaluated by an auditor), with the ledger's signed checkpoint of that run. Loaded into any
 * database by plain JDBC, on H2 and on PostgreSQL.
 */
public final class MainDatabase {

  private static final String ROWS = "/migration/main-v4-demo.json.xz";

  private MainDatabase() {}

  /** Creates the V1–V4 schema at {@code url}, inserts main's rows and returns the number of evaluations inserted. */
  public static int load(String url, String user, String password) {
    Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("4").load()
        .migrate();
    JsonNode dump;
    try {
      dump = new ObjectMapper().readTree(Golden.bytes(ROWS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      int evaluations = 0;
      for (JsonNode table : dump.get("tables")) {
        int rows = insert(c, table);
        if (table.get("name").asText().equals("evaluation")) {
          evaluations = rows;
        }
      }
      restartIdentities(c, dump);
      c.commit();
      return evaluations;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Puts main's signed checkpoint (and its key) in a new folder, for {@code qcdc.ledger.checkpoint-dir}. */
  public static Path checkpointFolder() {
    try {
      Path dir = Files.createTempDirectory("main-checkpoint-");
      for (String name : List.of("ledger-checkpoint.properties", "ledger-checkpoint.key")) {
        try (InputStream in = MainDatabase.class.getResourceAsStream("/migration/" + name)) {
          Files.write(dir.resolve(name), in.readAllBytes());
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int insert(Connection c, JsonNode table) throws SQLException {
    List<String> columns = new ArrayList<>();
    table.get("columns").forEach(n -> columns.add(n.asText()));
    String sql = "insert into " + table.get("name").asText() + " (" + String.join(", ", columns) + ") values ("
        + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
    int count = 0;
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (JsonNode row : table.get("rows")) {
        for (int i = 0; i < columns.size(); i++) {
          set(p, i + 1, row.get(i));
        }
        p.executeUpdate();
        count++;
      }
    }
    return count;
  }

  private static void set(PreparedStatement p, int index, JsonNode v) throws SQLException {
    if (v.isNull()) {
      p.setNull(index, p.getParameterMetaData().getParameterType(index));
    } else if (v.has("utf8")) {
      p.setBytes(index, v.get("utf8").asText().getBytes(StandardCharsets.UTF_8));
    } else if (v.has("base64")) {
      p.setBytes(index, Base64.getDecoder().decode(v.get("base64").asText()));
    } else if (v.has("decimal")) {
      p.setBigDecimal(index, new BigDecimal(v.get("decimal").asText()));
    } else if (v.has("instant")) {
      p.setObject(index, Instant.parse(v.get("instant").asText()).atOffset(ZoneOffset.UTC));
    } else if (v.has("date")) {
      p.setObject(index, LocalDate.parse(v.get("date").asText()));
    } else if (v.isBoolean()) {
      p.setBoolean(index, v.asBoolean());
    } else if (v.isIntegralNumber()) {
      p.setLong(index, v.asLong());
    } else {
      p.setString(index, v.asText());
    }
  }

  /** Rows were inserted with their ids: the identity columns must go on after the largest. */
  private static void restartIdentities(Connection c, JsonNode dump) throws SQLException {
    boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    for (JsonNode table : dump.get("tables")) {
      String name = table.get("name").asText();
      if (!table.get("columns").get(0).asText().equals("id") || table.get("rows").isEmpty()) {
        continue;
      }
      long next = 1;
      for (JsonNode row : table.get("rows")) {
        next = Math.max(next, row.get(0).asLong() + 1);
      }
      try (Statement s = c.createStatement()) {
        s.execute(postgres ? "select setval(pg_get_serial_sequence('" + name + "', 'id'), " + (next - 1) + ")"
            : "alter table " + name + " alter column id restart with " + next);
      }
    }
  }
}
