package vn.qcdc.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table whose rows the ledger chains: it recomputes a row's canonical content from what is stored now. */
public interface ChainedRecords {

  /** The ledger's name for this kind of record, e.g. {@code EVALUATION}. */
  String kind();

  /** The row's content as stored now, or empty if the row is gone. */
  Optional<Map<String, Object>> content(long id);

  /** The ids of all rows, so that rows added behind the application's back are found too. */
  List<Long> ids();
}
