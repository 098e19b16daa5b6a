package vn.qcdc.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/** A table whose rows the ledger chains: it recomputes a row's canonical content from what is stored now. */
public interface ChainedRecords {

  /** A row kept elsewhere that no longer matches its newest chained record (users: the row as it is now). */
  record Drift(long recordId, String reason) {}

  /** The ledger's name for this kind of record, e.g. {@code EVALUATION}. */
  String kind();

  /** The row's content as stored now, or empty if the row is gone. */
  Optional<Map<String, Object>> content(long id);

  /** The ids of all rows, so that rows added behind the application's back are found too. */
  List<Long> ids();

  /** The first row kept outside the chained table that disagrees with its newest chained record, if any. */
  default Optional<Drift> drift() {
    return Optional.empty();
  }

  /**
   * Once, when the ledger starts covering a table that already has rows: one insert per row still to be chained
   * (given the ids already chained), each returning the id to chain.
   */
  default List<LongSupplier> adoptions(Set<Long> chained) {
    return ids().stream().filter(id -> !chained.contains(id)).map(id -> (LongSupplier) () -> id).toList();
  }
}
