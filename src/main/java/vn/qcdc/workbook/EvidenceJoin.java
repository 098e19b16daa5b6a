package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.qcdc.workbook.SheetReader.RowData;
import vn.qcdc.workbook.SheetSpec.Shape;
import vn.qcdc.i18n.Message;

/** Gives each evidence row to the record whose id it names, on whichever sheet that record is. */
final class EvidenceJoin {

  private final WorkbookLayout layout;
  private final Reading reading;
  private final Map<String, List<RowData>> rows;

  EvidenceJoin(WorkbookLayout layout, Reading reading, Map<String, List<RowData>> rows) {
    this.layout = layout;
    this.reading = reading;
    this.rows = rows;
  }

  void run() {
    List<RowData> evidence = rows.get(WorkbookLayout.EVIDENCE);
    if (evidence == null || evidence.isEmpty()) {
      return;
    }
    Map<String, ObjectNode> records = new HashMap<>();
    Set<String> otherIds = new HashSet<>();
    for (SheetSpec spec : layout.sheets()) {
      List<RowData> sheetRows = rows.get(spec.key());
      if (sheetRows == null || spec.shape() != Shape.TABLE) {
        continue;
      }
      boolean carriesEvidence = layout.schema().def(spec.defName()).path("properties").has("evidence");
      for (RowData row : sheetRows) {
        String id = row.object().path("id").asText(null);
        if (id != null && carriesEvidence) {
          records.putIfAbsent(id, row.object());
        } else if (id != null) {
          otherIds.add(id);
        }
      }
    }
    SheetPlacement placement = reading.placements.get(WorkbookLayout.EVIDENCE);
    for (RowData row : evidence) {
      ObjectNode record = row.link() == null ? null : records.get(row.link());
      if (record != null) {
        record.withArray("/evidence").add(row.object());
        continue;
      }
      Message message = row.link() == null ? Message.of("workbook.evidence.noRecord")
          : otherIds.contains(row.link()) ? Message.of("workbook.evidence.notAccepted", row.link())
          : Message.of("workbook.evidence.unknown", row.link());
      reading.problem(placement, placement.cell(row.row(), Column.RECORD), null, null, message);
    }
  }
}
