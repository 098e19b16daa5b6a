package vn.qcdc.intake.records;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Records built from a file, each with where it came from: its row, and for a disclosure the row of each channel,
 * so that a problem the dossier reader finds later still names a row and a column.
 */
record ParsedRecords(List<Built> records) {

  /** One record and the rows it came from. */
  record Built(ObjectNode json, int row, List<Integer> channelRows) {}
}
