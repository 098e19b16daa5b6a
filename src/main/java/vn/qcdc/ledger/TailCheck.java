package vn.qcdc.ledger;

import java.util.Optional;
import vn.qcdc.ledger.Verification.CheckpointCheck;
import vn.qcdc.ledger.Verification.Mismatch;

/** Compares the chain's tail with the checkpoint: a chain that ends before it lost its newest entries. */
final class TailCheck {

  private TailCheck() {}

  static CheckpointCheck compare(CheckpointFile.Reading reading, LedgerRepository entries) {
    if (reading.state() != CheckpointFile.State.VALID) {
      return new CheckpointCheck(reading.state().name(), null, null, null, null, reading.problem());
    }
    Checkpoint c = reading.checkpoint();
    long last = entries.last().map(LedgerEntry::seq).orElse(0L);
    if (c.seq() > last) {
      return check(c, "AHEAD_OF_LEDGER", null, "the ledger ends at entry " + last + " but the checkpoint written at "
          + c.writtenAt() + " names entry " + c.seq() + ": the newest entries were deleted");
    }
    if (!c.isHeldBy(entries.at(c.seq()))) {
      return check(c, "NOT_HELD", null, "entry " + c.seq() + " is not the one the checkpoint written at "
          + c.writtenAt() + " names: the chain was rewritten from there");
    }
    return check(c, "HELD", last - c.seq(), null);
  }

  /** The checkpoint's finding, in sequence order after the entries of a chain {@code length} long. */
  static Optional<Mismatch> mismatch(CheckpointCheck check, long length) {
    if (check.held()) {
      return Optional.empty();
    }
    if (check.status().equals("AHEAD_OF_LEDGER")) {
      return Optional.of(new Mismatch(length + 1, "LEDGER", null, check.problem()));
    }
    if (check.status().equals("NOT_HELD")) {
      return Optional.of(new Mismatch(check.seq(), "LEDGER", null, check.problem()));
    }
    return Optional.of(new Mismatch(null, "CHECKPOINT", null, check.problem()));
  }

  private static CheckpointCheck check(Checkpoint c, String status, Long after, String problem) {
    return new CheckpointCheck(status, c.seq(), c.entryHash(), c.writtenAt(), after, problem);
  }
}
