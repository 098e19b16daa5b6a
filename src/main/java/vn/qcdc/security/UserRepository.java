package vn.qcdc.security;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores users; every creation and change is chained by the ledger with it ({@link UserChanges}). */
@Repository
public class UserRepository {

  private final JdbcClient jdbc;
  private final UserChanges changes;

  public UserRepository(JdbcClient jdbc, UserChanges changes) {
    this.jdbc = jdbc;
    this.changes = changes;
  }

  public Optional<AppUser> find(String username) {
    return jdbc.sql("select * from app_user where username = ?").param(username).query(UserRepository::map).optional();
  }

  public List<AppUser> findAll() {
    return jdbc.sql("select * from app_user order by username").query(UserRepository::map).list();
  }

  public long count() {
    return jdbc.sql("select count(*) from app_user").query(Long.class).single();
  }

  public boolean anyWithRole(Role role) {
    return jdbc.sql("select count(*) from app_user where role = ?").param(role.name()).query(Long.class).single() > 0;
  }

  public void insert(AppUser u) {
    changes.record("created", u, () -> jdbc.sql("insert into app_user (username, password_hash, role, commune_code, "
            + "enabled, must_change_password) values (?, ?, ?, ?, ?, ?)")
        .params(u.username(), u.passwordHash(), u.role().name(), u.communeCode(), u.enabled(),
            u.mustChangePassword()).update());
  }

  public int update(AppUser u) {
    Optional<AppUser> before = find(u.username());
    if (before.isEmpty()) {
      return 0;
    }
    update(UserChanges.whatChanged(before.get(), u), u);
    return 1;
  }

  /** Stores {@code u} and chains the change under the given name (e.g. {@code "password reset"}). */
  void update(String whatChanged, AppUser u) {
    changes.record(whatChanged, u, () -> jdbc.sql("update app_user set password_hash = ?, role = ?, commune_code = ?, "
            + "enabled = ?, must_change_password = ? where username = ?")
        .params(u.passwordHash(), u.role().name(), u.communeCode(), u.enabled(), u.mustChangePassword(),
            u.username()).update());
  }

  private static AppUser map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new AppUser(rs.getString("username"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
        rs.getString("commune_code"), rs.getBoolean("enabled"), rs.getBoolean("must_change_password"));
  }
}
