package vn.qcdc.commune;

import java.sql.Date;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qcdc.dossier.facts.UnitLevel;

/** Stores communes and their merger links. */
@Repository
public class CommuneRepository {

  private final JdbcClient jdbc;
  private final CommuneChanges changes;

  public CommuneRepository(JdbcClient jdbc, CommuneChanges changes) {
    this.jdbc = jdbc;
    this.changes = changes;
  }

  public List<Commune> findAll() {
    return jdbc.sql("select * from commune order by province, code").query(CommuneRepository::map).list();
  }

  public Optional<Commune> find(String code) {
    return jdbc.sql("select * from commune where code = ?").param(code).query(CommuneRepository::map).optional();
  }

  public boolean exists(String code) {
    return find(code).isPresent();
  }

  /** Stores a new commune and chains its creation in the ledger, in one transaction. */
  public void insert(Commune c) {
    changes.record("created", c, null, () -> jdbc.sql("insert into commune (code, name, province, level, demo) "
            + "values (?, ?, ?, ?, ?)")
        .params(c.code(), c.name(), c.province(), c.level().name(), c.demo()).update());
  }

  /** Changes a commune's name, province and level and chains the change; 0 when there is no such commune. */
  public int update(Commune c) {
    Optional<Commune> before = find(c.code());
    if (before.isEmpty()) {
      return 0;
    }
    changes.record(CommuneChanges.whatChanged(before.get(), c), c, null, () -> jdbc.sql("update commune set name = ?, "
            + "province = ?, level = ? where code = ?")
        .params(c.name(), c.province(), c.level().name(), c.code()).update());
    return 1;
  }

  /** Stores that a commune was merged into another and chains the link under the successor. */
  public void link(CommuneLink link) {
    Commune successor = find(link.successorCode()).orElseThrow();
    changes.record("merged", successor, link, () -> jdbc.sql("insert into commune_link (predecessor_code, "
            + "successor_code, effective_date) values (?, ?, ?)")
        .params(link.predecessorCode(), link.successorCode(), Date.valueOf(link.effectiveDate())).update());
  }

  public List<CommuneLink> predecessors(String code) {
    return links("successor_code", code);
  }

  public List<CommuneLink> successors(String code) {
    return links("predecessor_code", code);
  }

  /** The commune and every commune merged into it, directly or through earlier mergers. */
  public Set<String> lineage(String code) {
    Set<String> seen = new LinkedHashSet<>(List.of(code));
    Deque<String> todo = new ArrayDeque<>(List.of(code));
    while (!todo.isEmpty()) {
      for (CommuneLink l : predecessors(todo.pop())) {
        if (seen.add(l.predecessorCode())) {
          todo.push(l.predecessorCode());
        }
      }
    }
    return seen;
  }

  private List<CommuneLink> links(String column, String code) {
    return new ArrayList<>(jdbc.sql("select * from commune_link where " + column + " = ? order by predecessor_code")
        .param(code)
        .query((rs, n) -> new CommuneLink(rs.getString("predecessor_code"), rs.getString("successor_code"),
            rs.getDate("effective_date").toLocalDate()))
        .list());
  }

  private static Commune map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Commune(rs.getString("code"), rs.getString("name"), rs.getString("province"),
        UnitLevel.valueOf(rs.getString("level")), rs.getBoolean("demo"));
  }
}
