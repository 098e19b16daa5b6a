package vn.qcdc.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.qcdc.dossier.Hashes;
import vn.qcdc.ledger.ChainedRecords;

/** Dossier versions as the ledger chains them: the metadata and the SHA-256 of the bytes as stored now. */
@Component
class DossierVersions implements ChainedRecords {

  private final JdbcClient jdbc;

  DossierVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String kind() {
    return "DOSSIER";
  }

  @Override
  public List<Long> ids() {
    return jdbc.sql("select id from dossier order by id").query(Long.class).list();
  }

  /** A change of the bytes or of the recorded hash shows, whether or not the two still agree with each other. */
  @Override
  public Optional<Map<String, Object>> content(long id) {
    return jdbc.sql("select " + DossierRepository.META + ", content from dossier where id = ?").param(id)
        .query((rs, n) -> {
          StoredDossier d = DossierRepository.map(rs, n);
          Map<String, Object> c = new LinkedHashMap<>();
          c.put("id", d.id());
          c.put("communeCode", d.communeCode());
          c.put("year", d.year());
          c.put("version", d.version());
          c.put("previousId", d.previousId());
          c.put("hash", d.hash());
          c.put("contentSha256", Hashes.sha256(rs.getBytes("content")));
          c.put("sizeBytes", d.sizeBytes());
          c.put("source", d.source());
          c.put("uploadedBy", d.uploadedBy());
          c.put("uploadedAt", d.uploadedAt());
          return c;
        }).optional();
  }
}
