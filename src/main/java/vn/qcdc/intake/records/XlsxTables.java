package vn.qcdc.intake.records;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.qcdc.workbook.ConversionSlots;
import vn.qcdc.workbook.WorkbookGuard;

/**
 * Reads the first sheet of an XLSX workbook; date cells become yyyy-MM-dd, whole numbers lose their ".0". The file
 * passes the workbook guard first (size, rows, cells, encryption, XML entities) and is read in one of the process's
 * workbook slots, like a dossier workbook.
 */
final class XlsxTables {

  private XlsxTables() {}

  static Table read(byte[] bytes, WorkbookGuard guard, ConversionSlots slots) throws UnreadableFileException {
    Optional<String> refusal = guard.refusal(bytes);
    if (refusal.isPresent()) {
      throw UnreadableFileException.of(refusal.get());
    }
    slots.acquire();
    try {
      return read(bytes);
    } finally {
      slots.release();
    }
  }

  private static Table read(byte[] bytes) throws UnreadableFileException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<String> header = null;
      List<Table.Row> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
          cells.add(text(row.getCell(i), formatter));
        }
        if (header == null) {
          if (cells.stream().anyMatch(c -> !c.isBlank())) {
            header = cells;
          }
        } else {
          rows.add(new Table.Row(row.getRowNum() + 1, cells));
        }
      }
      if (header == null) {
        throw UnreadableFileException.of("the first sheet is empty: its first row must name the columns");
      }
      return new Table(header, rows);
    } catch (IOException | RuntimeException e) {
      throw UnreadableFileException.of("not a readable XLSX workbook: " + e.getMessage());
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    if (type == CellType.NUMERIC) {
      return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
    if (type == CellType.BOOLEAN) {
      return String.valueOf(cell.getBooleanCellValue());
    }
    return formatter.formatCellValue(cell);
  }
}
