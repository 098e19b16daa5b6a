package vn.qcdc.ledger;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the ledger entries; append-only. */
@Repository
class LedgerRepository {

  private final JdbcClient jdbc;

  LedgerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<LedgerEntry> last() {
    return jdbc.sql("select * from ledger_entry order by seq desc limit 1").query(LedgerRepository::map).optional();
  }

  Optional<LedgerEntry> at(long seq) {
    return jdbc.sql("select * from ledger_entry where seq = ?").param(seq).query(LedgerRepository::map).optional();
  }

  /** The ids of the records of one kind that have an entry. */
  Set<Long> recordIds(String kind) {
    return new HashSet<>(jdbc.sql("select record_id from ledger_entry where kind = ?").param(kind)
        .query(Long.class).list());
  }

  List<LedgerEntry> all() {
    return jdbc.sql("select * from ledger_entry order by seq").query(LedgerRepository::map).list();
  }

  void insert(LedgerEntry e) {
    jdbc.sql("insert into ledger_entry (seq, kind, record_id, content_hash, prev_hash, entry_hash) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(e.seq(), e.kind(), e.recordId(), e.contentHash(), e.prevHash(), e.entryHash()).update();
  }

  private static LedgerEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new LedgerEntry(rs.getLong("seq"), rs.getString("kind"), rs.getLong("record_id"),
        rs.getString("content_hash"), rs.getString("prev_hash"), rs.getString("entry_hash"));
  }
}
