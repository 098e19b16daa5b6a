package vn.qcdc.ledger;

/**
 * The result of checking the chain: {@code intact} with the number of entries and the head hash, or the first
 * record that no longer matches and why.
 */
public record Verification(boolean intact, long entries, String headHash, Mismatch firstMismatch) {

  /** The first entry (by sequence number) whose record or link no longer matches; or a record without entry. */
  public record Mismatch(Long seq, String kind, Long recordId, String reason) {}
}
