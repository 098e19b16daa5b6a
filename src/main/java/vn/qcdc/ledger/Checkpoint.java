package vn.qcdc.ledger;

import java.time.Instant;
import java.util.Optional;

/** The newest ledger entry as written down outside the database: its sequence number and hash ({@code seq} 0: none). */
public record Checkpoint(long seq, String entryHash, Instant writtenAt) {

  static Checkpoint of(LedgerEntry head) {
    return head == null ? new Checkpoint(0, LedgerEntry.GENESIS, Instant.now())
        : new Checkpoint(head.seq(), head.entryHash(), Instant.now());
  }

  /** Whether the chain still holds the entry this checkpoint recorded, given the chain's entry numbered {@code seq}. */
  boolean isHeldBy(Optional<LedgerEntry> entryAtSeq) {
    return seq == 0 || entryAtSeq.map(e -> e.seq() == seq && e.entryHash().equals(entryHash)).orElse(false);
  }
}
