package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import vn.qcdc.workbook.SheetReader.RowData;
import vn.qcdc.workbook.SheetSpec.Shape;
import vn.qcdc.i18n.Message;

/**
 * Reads a filled workbook into a dossier JSON tree: a sheet with rows is a reported section, a blank or missing sheet
 * an unreported one unless the cover declares it "không phát sinh" ({@link Declarations}); nested sheets join their parent rows by id, evidence rows their record by id.
 */
final class WorkbookReader {

  private final WorkbookLayout layout;

  WorkbookReader(WorkbookLayout layout) {
    this.layout = layout;
  }

  Reading read(Workbook workbook, Declarant declarant, JsonNode earlier) {
    Reading reading = new Reading();
    Map<String, Sheet> present = sheets(workbook, reading);
    SheetReader reader = new SheetReader(reading, cells(Map.of()));
    Map<String, List<RowData>> rows = new LinkedHashMap<>();
    ObjectNode root = reading.tree;
    for (SheetSpec spec : layout.sheets()) {
      Sheet sheet = present.get(spec.key());
      if (sheet == null) {
        continue;
      }
      if (spec.shape() == Shape.COVER) {
        reader.readCover(sheet, spec, root);
        root.put("formatVersion", root.path("formatVersion").asText("1.0"));
        continue;
      }
      rows.put(spec.key(), reader.readTable(sheet, spec));
      if (spec.key().equals("commune.villages")) {
        reader.use(cells(villages(rows.get(spec.key()))));
      }
    }
    new Assembly(layout, reading, rows).run();
    reading.answered = Declarations.apply(reading, layout, declarant, earlier);
    reading.blank = rows.entrySet().stream().filter(e -> !e.getKey().startsWith("commune."))
        .allMatch(e -> e.getValue().isEmpty());
    return reading;
  }

  /** The workbook's sheets by layout key; a sheet the layout does not know is a problem (its data would be lost). */
  private Map<String, Sheet> sheets(Workbook workbook, Reading reading) {
    Map<String, Sheet> present = new HashMap<>();
    String guide = VietnameseLabels.normalise(layout.labels().required("sheet.guide"));
    String lists = VietnameseLabels.normalise(layout.labels().required("sheet.lists"));
    for (Sheet sheet : workbook) {
      String name = VietnameseLabels.normalise(sheet.getSheetName());
      if (name.equals(guide) || name.equals(lists)) {
        continue;
      }
      layout.byName(sheet.getSheetName()).ifPresentOrElse(spec -> present.putIfAbsent(spec.key(), sheet),
          () -> reading.pending.add(new Reading.Pending(new SheetPlacement(null, sheet.getSheetName(), 0), "A1", null,
              null, "$", Message.of("workbook.sheet.unknown", sheet.getSheetName()))));
    }
    return present;
  }

  private CellReader cells(Map<String, String> villages) {
    return new CellReader(layout.labels(), layout.schema(), villages);
  }

  /** Village name (normalised) and id → id, from the villages sheet; ambiguous names are left out. */
  private static Map<String, String> villages(List<RowData> rows) {
    Map<String, String> byEntry = new HashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (RowData row : rows) {
      String id = row.object().path("id").asText(null);
      String name = row.object().path("name").asText(null);
      if (id != null && name != null) {
        uses.merge(VietnameseLabels.normalise(name), 1, Integer::sum);
        byEntry.put(VietnameseLabels.normalise(name), id);
      }
    }
    uses.forEach((name, count) -> {
      if (count > 1) {
        byEntry.remove(name);
      }
    });
    for (RowData row : rows) {
      String id = row.object().path("id").asText(null);
      if (id != null) {
        byEntry.put(VietnameseLabels.normalise(id), id);
      }
    }
    return byEntry;
  }
}
