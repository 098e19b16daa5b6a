package vn.qcdc.ledger;

import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the signed checkpoint at the ledger's newest entry. It is written after the commit (so it never names an entry
 * the database may not have), hence may lag by the entries committed just before a crash; it moves forward only over
 * a chain that still holds the entry it names, so a rewritten or truncated chain is never signed.
 */
@Service
public class Checkpoints {

  private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

  private final CheckpointFile file;
  private final LedgerRepository entries;

  Checkpoints(LedgerProperties properties, LedgerRepository entries) {
    this.file = new CheckpointFile(properties.checkpointDir());
    this.entries = entries;
  }

  CheckpointFile.Reading read() {
    return file.read();
  }

  /**
   * After the commit of {@code entry}, under the ledger's writer lock. Never throws: the write is committed and
   * answered whatever happens here; a checkpoint left behind is caught up at the next start.
   */
  void advance(LedgerEntry entry) {
    try {
      moveTo(entry, Optional.of(entry.prevHash()));
    } catch (IOException | RuntimeException e) {
      LOG.error("ledger checkpoint not written after entry {}: {}", entry.seq(), e.toString());
    }
  }

  /**
   * At start-up: the first checkpoint of a new data folder, or the entries committed before a crash added to it.
   * A checkpoint that is missing, unreadable, badly signed or no longer held by the chain is left for verification
   * to report.
   */
  public void catchUp() {
    Optional<LedgerEntry> head = entries.last();
    if (head.isEmpty() && file.read().state() != CheckpointFile.State.NONE) {
      return;
    }
    try {
      moveTo(head.orElse(null), Optional.empty());
    } catch (IOException e) {
      LOG.error("ledger checkpoint not written at start: {} (the folder qcdc.ledger.checkpoint-dir must be writable "
          + "by the service); verification reports the ledger as not intact until it is", e.toString());
    }
  }

  /**
   * {@code prevHash}: the hash before {@code head} when known without a query (the entry just appended). One writer
   * of the file at a time: the start-up catch-up may meet the first requests.
   */
  private synchronized void moveTo(LedgerEntry head, Optional<String> prevHash) throws IOException {
    CheckpointFile.Reading reading = file.read();
    if (reading.state() == CheckpointFile.State.NONE) {
      file.createKey();
      file.write(Checkpoint.of(head));
      long trusted = head == null ? 0 : prevHash.isPresent() ? head.seq() - 1 : head.seq();
      if (trusted > 0) {
        LOG.warn("ledger checkpoint started in {} at entry {}: the {} entries stored before it are trusted as found",
            file.folder(), head.seq(), trusted);
      }
      return;
    }
    if (reading.state() != CheckpointFile.State.VALID) {
      LOG.warn("ledger checkpoint not moved: {}", reading.problem());
      return;
    }
    Checkpoint current = reading.checkpoint();
    long headSeq = head == null ? 0 : head.seq();
    if (headSeq < current.seq()) {
      LOG.error("the ledger ends at entry {} but its checkpoint names entry {}: the newest entries were deleted "
          + "(GET /api/ledger/verification)", headSeq, current.seq());
    }
    if (headSeq <= current.seq()) {
      return;
    }
    boolean held = head.seq() == current.seq() + 1 && prevHash.isPresent()
        ? prevHash.get().equals(current.entryHash())
        : current.isHeldBy(entries.at(current.seq()));
    if (!held) {
      LOG.error("ledger checkpoint not moved: the chain no longer holds entry {} it names", current.seq());
      return;
    }
    file.write(Checkpoint.of(head));
    if (prevHash.isEmpty()) {
      LOG.info("ledger checkpoint caught up from entry {} to entry {} (committed before the checkpoint was written, "
          + "as when the service stopped between the two)", current.seq(), head.seq());
    }
  }
}
