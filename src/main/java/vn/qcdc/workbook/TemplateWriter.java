package vn.qcdc.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.qcdc.workbook.SheetSpec.Shape;
import vn.qcdc.i18n.Message;

/**
 * Lays out the workbook: the guide, then per data sheet the title, Vietnamese headers, notes row, formats and
 * checks, and the hidden list sheet behind the drop-downs. Values are written afterwards by {@link DataWriter}.
 */
final class TemplateWriter {

  /** Rows below the data that keep the formats and checks, so users can add records. */
  static final int SPARE_ROWS = 1000;
  private static final String GUIDE = "/workbook/guide-vi.txt";

  private final WorkbookLayout layout;
  private final VietnameseLabels labels;

  TemplateWriter(WorkbookLayout layout) {
    this.layout = layout;
    this.labels = layout.labels();
  }

  /** Writes the sheets named in {@code present} (by key) into the empty workbook; {@code rows} sizes the checks. */
  WorkbookStyles write(Workbook workbook, Set<String> present, Map<String, Integer> rows) {
    WorkbookStyles styles = new WorkbookStyles(workbook);
    writeGuide(workbook, styles, present);
    List<SheetSpec> sheets = layout.sheets().stream().filter(s -> present.contains(s.key())).toList();
    for (SheetSpec spec : sheets) {
      Sheet sheet = workbook.createSheet(spec.name());
      if (spec.shape() == Shape.COVER) {
        writeCover(sheet, spec, styles);
      } else {
        writeHeader(sheet, spec, styles);
      }
      printSetup(sheet, spec.shape() == Shape.COVER);
    }
    DropDowns dropDowns = new DropDowns(workbook, layout);
    dropDowns.writeLists();
    for (SheetSpec spec : sheets) {
      int last = spec.firstDataRow() + rows.getOrDefault(spec.key(), 0) + SPARE_ROWS - 1;
      Sheet sheet = workbook.getSheet(spec.name());
      if (spec.key().equals("commune.villages")) {
        dropDowns.name(DropDowns.VILLAGES, sheet, indexOf(spec, "name"), spec.firstDataRow(), last);
      }
      if (spec.shape() == Shape.TABLE && spec.column("id").isPresent()) {
        dropDowns.name(DropDowns.idsName(spec.key()), sheet, indexOf(spec, "id"), spec.firstDataRow(), last);
      }
    }
    for (SheetSpec spec : sheets) {
      Sheet sheet = workbook.getSheet(spec.name());
      for (int i = 0; i < spec.columns().size(); i++) {
        Column column = spec.columns().get(i);
        if (spec.shape() == Shape.COVER) {
          dropDowns.apply(sheet, column, 1, spec.firstDataRow() + i, spec.firstDataRow() + i);
        } else {
          int last = spec.firstDataRow() + rows.getOrDefault(spec.key(), 0) + SPARE_ROWS - 1;
          dropDowns.apply(sheet, column, i, spec.firstDataRow(), spec.shape() == Shape.SINGLE ? spec.firstDataRow() : last);
        }
      }
    }
    workbook.setActiveSheet(0);
    return styles;
  }

  /** Prints across the page; the guide and cover are narrow enough to fit one page wide, tables would be unreadable. */
  private static void printSetup(Sheet sheet, boolean fitWidth) {
    sheet.getPrintSetup().setLandscape(true);
    if (fitWidth) {
      sheet.setFitToPage(true);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
    }
  }

  private void writeGuide(Workbook workbook, WorkbookStyles styles, Set<String> present) {
    Sheet guide = workbook.createSheet(labels.required("sheet.guide"));
    guide.setColumnWidth(0, 34 * 256);
    guide.setColumnWidth(1, 100 * 256);
    printSetup(guide, true);
    int r = 0;
    for (String line : guideLines()) {
      Row row = guide.createRow(r);
      Cell cell = row.createCell(0);
      cell.setCellValue(line);
      cell.setCellStyle(r == 0 ? styles.title : styles.guide);
      if (r > 0) {
        // A guide paragraph spans both columns; otherwise it wraps inside the narrow first one.
        guide.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        RowHeights.fit(row);
      }
      r++;
    }
    r++;
    for (SheetSpec spec : layout.sheets()) {
      if (present.contains(spec.key())) {
        Row row = guide.createRow(r++);
        text(row, 0, spec.name(), styles.header);
        text(row, 1, spec.title() == null ? spec.name() : spec.title(), styles.guide);
        RowHeights.fit(row);
      }
    }
  }

  private void writeCover(Sheet sheet, SheetSpec spec, WorkbookStyles styles) {
    text(sheet.createRow(0), 0, labels.required("workbook.title") + " — " + spec.title(), styles.title);
    Row header = sheet.createRow(1);
    text(header, 0, Notes.vi(Message.of("workbook.coverHeader.item")), styles.header);
    text(header, 1, Notes.vi(Message.of("workbook.coverHeader.value")), styles.header);
    text(header, 2, Notes.vi(Message.of("workbook.coverHeader.note")), styles.header);
    for (int i = 0; i < spec.columns().size(); i++) {
      Column column = spec.columns().get(i);
      Row row = sheet.createRow(spec.firstDataRow() + i);
      text(row, 0, column.header(), column.highlighted() ? styles.requiredHeader : styles.header);
      row.createCell(1).setCellStyle(styles.data(column.kind()));
      text(row, 2, column.note(), styles.note);
    }
    sheet.setColumnWidth(0, 42 * 256);
    sheet.setColumnWidth(1, 40 * 256);
    sheet.setColumnWidth(2, 100 * 256);
    for (int r = 1; r < spec.firstDataRow() + spec.columns().size(); r++) {
      if (sheet.getRow(r) != null) {
        RowHeights.fit(sheet.getRow(r));
      }
    }
    sheet.createFreezePane(0, spec.firstDataRow());
  }

  private void writeHeader(Sheet sheet, SheetSpec spec, WorkbookStyles styles) {
    text(sheet.createRow(0), 0, spec.title() == null ? spec.name() : spec.title(), styles.title);
    Row header = sheet.createRow(1);
    Row notes = sheet.createRow(2);
    for (int i = 0; i < spec.columns().size(); i++) {
      Column column = spec.columns().get(i);
      int width = width(column);
      sheet.setColumnWidth(i, width * 256);
      sheet.setDefaultColumnStyle(i, styles.data(column.kind()));
      text(header, i, column.header(), column.highlighted() ? styles.requiredHeader : styles.header);
      text(notes, i, column.note(), styles.note);
    }
    RowHeights.fit(header);
    RowHeights.fit(notes);
    sheet.createFreezePane(spec.columns().get(0).isLink() ? 1 : 0, spec.firstDataRow());
  }

  private static int width(Column column) {
    if (column.key().equals("id")) {
      return 18; // record ids are short codes (K-01, RS-49); a wide column only pushes the data out of view
    }
    int base = switch (column.kind()) {
      case TEXT, TEXT_LINES -> 34;
      case DATE, MONTH -> 14;
      case ENUM, VILLAGE -> 28;
      default -> 16;
    };
    return Math.max(base, Math.min(column.header().length() / 2 + 4, 40));
  }

  private static int indexOf(SheetSpec spec, String key) {
    return spec.indexOf(spec.column(key).orElseThrow());
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static List<String> guideLines() {
    try (InputStream in = TemplateWriter.class.getResourceAsStream(GUIDE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + GUIDE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
