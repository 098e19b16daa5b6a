package vn.qcdc.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One link of the chain: which record, the hash of its content, the previous entry's hash, and this entry's hash,
 * which covers all of them.
 */
public record LedgerEntry(long seq, String kind, long recordId, String contentHash, String prevHash, String entryHash) {

  /** The hash before the first entry. */
  public static final String GENESIS = "0".repeat(64);

  static String hashOf(long seq, String kind, long recordId, String contentHash, String prevHash) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("seq", seq);
    fields.put("kind", kind);
    fields.put("recordId", recordId);
    fields.put("contentHash", contentHash);
    fields.put("prevHash", prevHash);
    return Canonical.sha256(fields);
  }

  static LedgerEntry next(LedgerEntry previous, String kind, long recordId, String contentHash) {
    long seq = previous == null ? 1 : previous.seq() + 1;
    String prev = previous == null ? GENESIS : previous.entryHash();
    return new LedgerEntry(seq, kind, recordId, contentHash, prev, hashOf(seq, kind, recordId, contentHash, prev));
  }
}
