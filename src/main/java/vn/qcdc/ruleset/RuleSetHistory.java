package vn.qcdc.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qcdc.ledger.Ledger;

/** The rule sets ever put in force, newest last; the newest row is the one in force for every instance. */
@Repository
public class RuleSetHistory {

  /**
   * One version as listed (without its files).
   *
   * @param description why, in the words of whoever applied it (a change set's description), or null
   */
  public record Entry(long id, String hash, String profile, Instant activatedAt, String activatedBy, String reason,
      String previousHash, String description) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String META = "id, hash, profile_id, activated_at, activated_by, reason, previous_hash, "
      + "description";

  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final RuleSetVersions versions;

  public RuleSetHistory(JdbcClient jdbc, Ledger ledger, RuleSetVersions versions) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.versions = versions;
  }

  /** Records a version as the one now in force, with the diff from {@code previousFiles} (empty map for the first). */
  long record(String hash, String profile, String by, String reason, String previousHash, Map<String, String> files,
      Map<String, String> previousFiles) {
    return record(hash, profile, by, reason, null, previousHash, files, previousFiles);
  }

  /** The same, with the description of why (null if none was given). */
  long record(String hash, String profile, String by, String reason, String description, String previousHash,
      Map<String, String> files, Map<String, String> previousFiles) {
    String diff = diff(previousFiles, files);
    return ledger.record(versions, () -> {
      jdbc.sql("insert into rule_set_version (hash, profile_id, activated_at, activated_by, reason, previous_hash, "
              + "files, diff, description) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(hash, profile, Instant.now().atOffset(ZoneOffset.UTC), by, reason, previousHash, toJson(files), diff,
              description)
          .update();
      return latest().orElseThrow().id();
    });
  }

  /** The version in force: the newest row. */
  public Optional<Entry> latest() {
    return jdbc.sql("select " + META + " from rule_set_version order by id desc limit 1").query(RuleSetHistory::map)
        .optional();
  }

  public List<Entry> list() {
    return jdbc.sql("select " + META + " from rule_set_version order by id desc").query(RuleSetHistory::map).list();
  }

  /** The newest entry with this hash (or a unique prefix of at least 8 characters). */
  public Optional<Entry> find(String hash) {
    if (hash.length() < 8 || !hash.matches("[0-9a-f]+")) {
      return Optional.empty();
    }
    return jdbc.sql("select " + META + " from rule_set_version where hash like ? order by id desc limit 1")
        .param(hash + "%").query(RuleSetHistory::map).optional();
  }

  /** The entry with this id, if any. */
  public Optional<Entry> byId(long id) {
    return jdbc.sql("select " + META + " from rule_set_version where id = ?").param(id).query(RuleSetHistory::map)
        .optional();
  }

  Map<String, String> files(long id) {
    return fromJson(jdbc.sql("select files from rule_set_version where id = ?").param(id).query(String.class).single());
  }

  String diff(long id) {
    return jdbc.sql("select diff from rule_set_version where id = ?").param(id).query(String.class).single();
  }

  /** A unified diff, file by file, from {@code before} to {@code after}. */
  static String diff(Map<String, String> before, Map<String, String> after) {
    StringBuilder out = new StringBuilder();
    for (String name : new TreeSet<>(union(before, after))) {
      String a = before.get(name);
      String b = after.get(name);
      if (a != null && a.equals(b)) {
        continue;
      }
      List<String> left = a == null ? List.of() : a.lines().toList();
      List<String> right = b == null ? List.of() : b.lines().toList();
      Patch<String> patch = DiffUtils.diff(left, right);
      List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(a == null ? "/dev/null" : "a/" + name,
          b == null ? "/dev/null" : "b/" + name, left, patch, 3);
      lines.forEach(l -> out.append(l).append('\n'));
    }
    return out.toString();
  }

  private static List<String> union(Map<String, String> a, Map<String, String> b) {
    List<String> all = new ArrayList<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static String toJson(Map<String, String> files) {
    try {
      return JSON.writeValueAsString(new TreeMap<>(files));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> fromJson(String json) {
    try {
      return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored rule-set version is not readable JSON", e);
    }
  }

  private static Entry map(ResultSet rs, int row) throws SQLException {
    return new Entry(rs.getLong("id"), rs.getString("hash"), rs.getString("profile_id"),
        rs.getObject("activated_at", OffsetDateTime.class).toInstant(), rs.getString("activated_by"),
        rs.getString("reason"), rs.getString("previous_hash"), rs.getString("description"));
  }
}
