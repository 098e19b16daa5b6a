package vn.qcdc.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.qcdc.ledger.Ledger;

/** Stores dossier versions; rows are inserted, never updated, and chained by the ledger as they are inserted. */
@Repository
public class DossierRepository {

  static final String META = "id, commune_code, period_year, version, previous_id, hash, size_bytes, source, "
      + "uploaded_by, uploaded_at";

  private final JdbcClient jdbc;
  private final Ledger ledger;
  private final DossierVersions versions;

  public DossierRepository(JdbcClient jdbc, Ledger ledger, DossierVersions versions) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.versions = versions;
  }

  /** Stores a version and its ledger entry in one transaction (the caller's, if any). */
  public long insert(StoredDossier d, byte[] content) {
    return ledger.record(versions, () -> insertRow(d, content));
  }

  private long insertRow(StoredDossier d, byte[] content) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into dossier (commune_code, period_year, version, previous_id, hash, content, size_bytes, source, "
            + "uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(d.communeCode(), d.year(), d.version(), d.previousId(), d.hash(), content, d.sizeBytes(), d.source(),
            d.uploadedBy(), d.uploadedAt().atOffset(ZoneOffset.UTC))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<StoredDossier> find(long id) {
    return jdbc.sql("select " + META + " from dossier where id = ?").param(id).query(DossierRepository::map).optional();
  }

  public Optional<byte[]> content(long id) {
    return jdbc.sql("select content from dossier where id = ?").param(id).query((rs, n) -> rs.getBytes(1)).optional();
  }

  /** The first version of a commune stored with these bytes. */
  public Optional<StoredDossier> findByHash(String communeCode, String hash) {
    return jdbc.sql("select " + META + " from dossier where commune_code = ? and hash = ? order by id limit 1")
        .params(communeCode, hash).query(DossierRepository::map).optional();
  }

  /** The newest version of a commune's dossier for a year. */
  public Optional<StoredDossier> latest(String communeCode, int year) {
    return jdbc.sql("select " + META + " from dossier where commune_code = ? and period_year = ? order by version desc limit 1")
        .params(communeCode, year).query(DossierRepository::map).optional();
  }

  public List<StoredDossier> list(String communeCode, Integer year) {
    StringBuilder sql = new StringBuilder("select " + META + " from dossier where 1 = 1");
    List<Object> params = new ArrayList<>();
    if (communeCode != null) {
      sql.append(" and commune_code = ?");
      params.add(communeCode);
    }
    if (year != null) {
      sql.append(" and period_year = ?");
      params.add(year);
    }
    return jdbc.sql(sql + " order by commune_code, period_year, version").params(params).query(DossierRepository::map)
        .list();
  }

  public long count() {
    return jdbc.sql("select count(*) from dossier").query(Long.class).single();
  }

  static StoredDossier map(ResultSet rs, int row) throws SQLException {
    long previous = rs.getLong("previous_id");
    Long previousId = rs.wasNull() ? null : previous;
    return new StoredDossier(rs.getLong("id"), rs.getString("commune_code"), rs.getInt("period_year"),
        rs.getInt("version"), previousId, rs.getString("hash"), rs.getInt("size_bytes"), rs.getString("source"),
        rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
  }
}
