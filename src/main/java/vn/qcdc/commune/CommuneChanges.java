package vn.qcdc.commune;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.qcdc.ledger.ChainedRecords;
import vn.qcdc.ledger.Ledger;

/**
 * The history of every commune (creation, profile changes, each merger link), chained by the ledger as kind
 * {@code COMMUNE}: a commune as stored now must equal its newest profile row, and each link must have its row, so a
 * commune renamed or a merger added behind the application's back shows in verification.
 */
@Component
public class CommuneChanges implements ChainedRecords {

  private final JdbcClient jdbc;
  private final Ledger ledger;

  CommuneChanges(JdbcClient jdbc, Ledger ledger) {
    this.jdbc = jdbc;
    this.ledger = ledger;
  }

  /** Runs {@code write} (which stores {@code commune}) and chains the change, in one transaction with its entry. */
  void record(String whatChanged, Commune commune, CommuneLink link, Runnable write) {
    ledger.record(this, () -> {
      write.run();
      return insert(whatChanged, commune, link);
    });
  }

  /** What differs between two profiles of a commune, e.g. {@code "name, level"}. */
  static String whatChanged(Commune before, Commune after) {
    StringBuilder s = new StringBuilder();
    for (var field : List.of(Map.entry("name", !before.name().equals(after.name())),
        Map.entry("province", !before.province().equals(after.province())),
        Map.entry("level", before.level() != after.level()))) {
      if (field.getValue()) {
        s.append(s.isEmpty() ? "" : ", ").append(field.getKey());
      }
    }
    return s.isEmpty() ? "nothing" : s.toString();
  }

  @Override
  public String kind() {
    return "COMMUNE";
  }

  @Override
  public List<Long> ids() {
    return jdbc.sql("select id from commune_change order by id").query(Long.class).list();
  }

  @Override
  public Optional<Map<String, Object>> content(long id) {
    return jdbc.sql("select * from commune_change where id = ?").param(id).query((rs, n) -> {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("id", rs.getLong("id"));
      c.put("communeCode", rs.getString("code"));
      c.put("whatChanged", rs.getString("what_changed"));
      c.put("name", rs.getString("name"));
      c.put("province", rs.getString("province"));
      c.put("level", rs.getString("level"));
      c.put("predecessorCode", rs.getString("predecessor_code"));
      Date date = rs.getDate("effective_date");
      c.put("effectiveDate", date == null ? null : date.toLocalDate().toString());
      c.put("changedBy", rs.getString("changed_by"));
      c.put("changedAt", rs.getObject("changed_at", OffsetDateTime.class).toInstant());
      return c;
    }).optional();
  }

  /** A commune unlike its newest profile row, a link without its row, or a commune or link gone. */
  @Override
  public Optional<Drift> drift() {
    Map<String, Profile> newest = new LinkedHashMap<>();
    Map<String, Long> links = new HashMap<>();
    jdbc.sql("select * from commune_change order by id").query((rs, n) -> {
      String predecessor = rs.getString("predecessor_code");
      if (predecessor == null) {
        newest.put(rs.getString("code"), new Profile(rs.getLong("id"), rs.getString("name"),
            rs.getString("province"), rs.getString("level")));
      } else {
        links.put(link(predecessor, rs.getString("code"), rs.getDate("effective_date").toLocalDate().toString()),
            rs.getLong("id"));
      }
      return 0;
    }).list();
    for (Commune c : communes()) {
      Profile p = newest.remove(c.code());
      if (p == null) {
        return Optional.of(new Drift(0, "commune " + c.code() + " has no change in the ledger: it was added behind "
            + "the application's back"));
      }
      if (!p.name().equals(c.name()) || !p.province().equals(c.province()) || !p.level().equals(c.level().name())) {
        return Optional.of(new Drift(p.id(), "commune " + c.code() + " differs from its newest change in the ledger "
            + "(name, province or level): it was changed behind the application's back"));
      }
    }
    Optional<Drift> gone = newest.entrySet().stream().findFirst().map(e -> new Drift(e.getValue().id(), "commune "
        + e.getKey() + " has changes in the ledger but no longer exists: it was deleted behind the application's "
        + "back"));
    if (gone.isPresent()) {
      return gone;
    }
    Set<String> stored = new HashSet<>();
    for (CommuneLink l : storedLinks()) {
      String key = link(l.predecessorCode(), l.successorCode(), l.effectiveDate().toString());
      stored.add(key);
      if (!links.containsKey(key)) {
        return Optional.of(new Drift(0, "the merger of " + l.predecessorCode() + " into " + l.successorCode()
            + " is not in the ledger: it was added or changed behind the application's back"));
      }
    }
    return links.entrySet().stream().filter(e -> !stored.contains(e.getKey())).findFirst()
        .map(e -> new Drift(e.getValue(), "a merger chained in the ledger no longer exists: it was deleted behind "
            + "the application's back"));
  }

  /** Communes and links stored before V7: one "adopted" row each. */
  @Override
  public List<LongSupplier> adoptions(Set<Long> chained) {
    Set<String> withHistory = new HashSet<>(jdbc.sql("select distinct code from commune_change")
        .query(String.class).list());
    List<LongSupplier> rows = new java.util.ArrayList<>();
    for (Commune c : communes()) {
      if (!withHistory.contains(c.code())) {
        rows.add(() -> insert("adopted", c, null));
      }
    }
    Set<String> chainedLinks = new HashSet<>(jdbc.sql("select predecessor_code || '>' || code from commune_change "
        + "where predecessor_code is not null").query(String.class).list());
    for (CommuneLink l : storedLinks()) {
      if (!chainedLinks.contains(l.predecessorCode() + ">" + l.successorCode())) {
        rows.add(() -> insert("adopted", commune(l.successorCode()), l));
      }
    }
    return rows;
  }

  private long insert(String whatChanged, Commune c, CommuneLink link) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into commune_change (code, what_changed, name, province, level, predecessor_code, "
            + "effective_date, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(c.code(), whatChanged, c.name(), c.province(), c.level().name(),
            link == null ? null : link.predecessorCode(), link == null ? null : Date.valueOf(link.effectiveDate()),
            actor(), Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC))
        .update(key, "id");
    return key.getKey().longValue();
  }

  private List<Commune> communes() {
    return jdbc.sql("select * from commune order by code").query((rs, n) -> new Commune(rs.getString("code"),
        rs.getString("name"), rs.getString("province"),
        vn.qcdc.dossier.facts.UnitLevel.valueOf(rs.getString("level")), rs.getBoolean("demo"))).list();
  }

  private Commune commune(String code) {
    return communes().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  private List<CommuneLink> storedLinks() {
    return jdbc.sql("select * from commune_link order by successor_code, predecessor_code")
        .query((rs, n) -> new CommuneLink(rs.getString("predecessor_code"), rs.getString("successor_code"),
            rs.getDate("effective_date").toLocalDate())).list();
  }

  /** Who acted: the signed-in user, the demo loader, or {@code system} at start-up. */
  private static String actor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? "system" : auth.getName();
  }

  private static String link(String predecessor, String successor, String date) {
    return predecessor + ">" + successor + "@" + date;
  }

  private record Profile(long id, String name, String province, String level) {}
}
