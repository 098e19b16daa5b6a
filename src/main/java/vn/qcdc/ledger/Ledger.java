package vn.qcdc.ledger;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes chained records: the record and its ledger entry commit together or not at all, one writer at a time (the
 * primary key on the sequence number stops a second instance from forking the chain). After the commit, the
 * checkpoint outside the database moves to the new entry.
 */
@Service
public class Ledger {

  private final ReentrantLock writer = new ReentrantLock();
  private final TransactionTemplate tx;
  private final LedgerRepository entries;
  private final Checkpoints checkpoints;

  Ledger(TransactionTemplate tx, LedgerRepository entries, Checkpoints checkpoints) {
    this.tx = tx;
    this.entries = entries;
    this.checkpoints = checkpoints;
  }

  /**
   * Runs {@code insert} (which writes one row of {@code table} and returns its id) and appends the row's entry, in
   * one transaction: the caller's, if it has one. The content hashed is read back from the database, exactly as
   * verification will read it.
   */
  public long record(ChainedRecords table, LongSupplier insert) {
    return tx.execute(status -> {
      lockUntilTheTransactionEnds();
      long id = insert.getAsLong();
      String contentHash = Canonical.sha256(table.content(id)
          .orElseThrow(() -> new IllegalStateException(table.kind() + " " + id + " was not written")));
      LedgerEntry entry = LedgerEntry.next(entries.last().orElse(null), table.kind(), id, contentHash);
      entries.insert(entry);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          checkpoints.advance(entry);
        }
      });
      return id;
    });
  }

  /**
   * The next writer reads the last entry only after this transaction committed or rolled back, even when it is the
   * caller's and goes on after this record (unlocking at the end of {@code record} would let it read a stale head).
   */
  private void lockUntilTheTransactionEnds() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("the ledger writes only within a synchronised Spring transaction");
    }
    writer.lock();
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        writer.unlock();
      }
    });
  }
}
