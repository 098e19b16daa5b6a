package vn.qcdc.ledger;

import java.time.Instant;

/**
 * The result of checking the chain: {@code intact} with the number of entries and the head hash, or the first
 * record that no longer matches and why; and how the chain compares with the checkpoint kept outside the database.
 */
public record Verification(boolean intact, long entries, String headHash, Mismatch firstMismatch,
    CheckpointCheck checkpoint) {

  /**
   * The first entry (by sequence number) whose record or link no longer matches; or a record without entry
   * ({@code seq} null); or the checkpoint's finding (kind {@code LEDGER}: entries deleted or rewritten at the tail,
   * kind {@code CHECKPOINT}: the checkpoint itself is missing or not valid).
   */
  public record Mismatch(Long seq, String kind, Long recordId, String reason) {}

  /**
   * The checkpoint as read before the chain. {@code HELD}: the chain holds the entry it names, with
   * {@code entriesAfter} newer entries (a few after a crash, written between the commit and the checkpoint);
   * {@code AHEAD_OF_LEDGER}: the chain ends before it, the newest entries were deleted; {@code NOT_HELD}: the chain
   * has another entry under its number; {@code MISSING}, {@code KEY_MISSING}, {@code UNREADABLE},
   * {@code BAD_SIGNATURE}, {@code NONE}: the checkpoint cannot be used, as {@code problem} says.
   */
  public record CheckpointCheck(String status, Long seq, String entryHash, Instant writtenAt, Long entriesAfter,
      String problem) {

    boolean held() {
      return status.equals("HELD");
    }
  }
}
