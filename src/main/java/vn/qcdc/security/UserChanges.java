package vn.qcdc.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.qcdc.dossier.Hashes;
import vn.qcdc.ledger.ChainedRecords;
import vn.qcdc.ledger.Ledger;

/**
 * The history of every user's state (creation, role, commune, enabled, password), chained by the ledger; each user
 * as stored now must equal its newest change, so a role or password changed in the database shows in verification.
 */
@Component
class UserChanges implements ChainedRecords {

  private final JdbcClient jdbc;
  private final Ledger ledger;

  UserChanges(JdbcClient jdbc, Ledger ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  /** Runs {@code write} (which stores {@code user}) and records the change, in one transaction with its entry. */
  void record(String whatChanged, AppUser user, Runnable write) {
    ledger.record(this, () -> {
      write.run();
      return insert(whatChanged, user);
    });
  }

  /** What differs between two states of a user, e.g. {@code "role, password"}. */
  static String whatChanged(AppUser before, AppUser after) {
    StringBuilder s = new StringBuilder();
    append(s, "role", before.role() != after.role());
    append(s, "commune", !Objects.equals(before.communeCode(), after.communeCode()));
    append(s, "enabled", before.enabled() != after.enabled());
    append(s, "password", !before.passwordHash().equals(after.passwordHash()));
    append(s, "must change password", before.mustChangePassword() != after.mustChangePassword()
        && before.passwordHash().equals(after.passwordHash()));
    return s.isEmpty() ? "nothing" : s.toString();
  }

  @Override
  public String kind() {
    return "USER";
  }

  @Override
  public List<Long> ids() {
    return jdbc.sql("select id from user_change order by id").query(Long.class).list();
  }

  @Override
  public Optional<Map<String, Object>> content(long id) {
    return jdbc.sql("select * from user_change where id = ?").param(id).query((rs, n) -> {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", rs.getLong("id"));
      c.put("username", rs.getString("username"));
      c.put("whatChanged", rs.getString("what_changed"));
      c.put("role", rs.getString("role"));
      c.put("communeCode", rs.getString("commune_code"));
      c.put("enabled", rs.getBoolean("enabled"));
      c.put("passwordSha256", rs.getString("password_sha256"));
      c.put("changedBy", rs.getString("changed_by"));
      c.put("changedAt", rs.getObject("changed_at", OffsetDateTime.class).toInstant());
      // Changes older than V7 have no flag (null) and keep their content, hence their hash, unchanged.
      Object mustChange = rs.getObject("must_change_password");
      if (mustChange != null) {
        c.put("mustChangePassword", rs.getBoolean("must_change_password"));
      }
      return c;
    }).optional();
  }

  /** A user whose stored state is not its newest change, or a user without or with only deleted history. */
  @Override
  public Optional<Drift> drift() {
    Map<String, Newest> newest = new LinkedHashMap<>();
    jdbc.sql("select * from user_change order by id").query((rs, n) -> newest.put(rs.getString("username"),
        new Newest(rs.getLong("id"), new State(rs.getString("role"), rs.getString("commune_code"),
            rs.getBoolean("enabled"), rs.getString("password_sha256"), rs.getBoolean("must_change_password")))))
        .list();
    for (AppUser u : users("select * from app_user order by username")) {
      Newest change = newest.remove(u.username());
      if (change == null) {
        return Optional.of(new Drift(0, "user " + u.username() + " has no change in the ledger: it was added behind "
            + "the application's back"));
      }
      if (!change.state().equals(State.of(u))) {
        return Optional.of(new Drift(change.id(), "user " + u.username() + " differs from its newest change in the "
            + "ledger (role, commune, enabled, password or must-change flag): it was changed behind the application's"
            + " back"));
      }
    }
    return newest.entrySet().stream().findFirst().map(e -> new Drift(e.getValue().id(), "user " + e.getKey()
        + " has changes in the ledger but no longer exists: it was deleted behind the application's back"));
  }

  @Override
  public List<LongSupplier> adoptions(Set<Long> chained) {
    return users("select * from app_user u where not exists (select 1 from user_change c where c.username = "
        + "u.username) order by username").stream().map(u -> (LongSupplier) () -> insert("adopted", u)).toList();
  }

  private long insert(String whatChanged, AppUser u) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into user_change (username, what_changed, role, commune_code, enabled, password_sha256, "
            + "changed_by, changed_at, must_change_password) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(u.username(), whatChanged, u.role().name(), u.communeCode(), u.enabled(), sha256(u.passwordHash()),
            CurrentUser.name(), Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC),
            u.mustChangePassword())
        .update(key, "id");
    return key.getKey().longValue();
  }

  private List<AppUser> users(String sql) {
    return jdbc.sql(sql).query((rs, n) -> new AppUser(rs.getString("username"), rs.getString("password_hash"),
        Role.valueOf(rs.getString("role")), rs.getString("commune_code"), rs.getBoolean("enabled"),
        rs.getBoolean("must_change_password"))).list();
  }

  /** What a change records of a user, and what must equal the user as stored now. */
  private record State(String role, String communeCode, boolean enabled, String passwordSha256,
      boolean mustChangePassword) {
    static State of(AppUser u) {
      return new State(u.role().name(), u.communeCode(), u.enabled(), sha256(u.passwordHash()),
          u.mustChangePassword());
    }
  }

  private record Newest(long id, State state) {}

  private static String sha256(String passwordHash) {
    return Hashes.sha256(passwordHash.getBytes(StandardCharsets.UTF_8));
  }

  private static void append(StringBuilder s, String field, boolean changed) {
    if (changed) {
      s.append(s.isEmpty() ? "" : ", ").append(field);
    }
  }
}
