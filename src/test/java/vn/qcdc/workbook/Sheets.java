package vn.qcdc.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook opened with POI the way a user edits it: cells found by sheet name, column header and record number. */
final class Sheets {

  /** Data sheets: row 2 holds the headers, row 3 the notes, records start on row 4 (0-based 3). */
  static final int HEADER_ROW = 1;
  static final int FIRST_RECORD_ROW = 3;

  final XSSFWorkbook workbook;

  Sheets(byte[] xlsx) {
    try {
      workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Sheet sheet(String name) {
    Sheet sheet = workbook.getSheet(name);
    if (sheet == null) {
      throw new IllegalArgumentException("no sheet " + name);
    }
    return sheet;
  }

  int column(String sheet, String header) {
    for (Cell cell : sheet(sheet).getRow(HEADER_ROW)) {
      if (cell.getStringCellValue().equals(header)) {
        return cell.getColumnIndex();
      }
    }
    throw new IllegalArgumentException("no column " + header + " on " + sheet);
  }

  /** The cell of record {@code record} (0 = first data row) under {@code header}; created when missing. */
  Cell cell(String sheet, String header, int record) {
    Row row = sheet(sheet).getRow(FIRST_RECORD_ROW + record);
    if (row == null) {
      row = sheet(sheet).createRow(FIRST_RECORD_ROW + record);
    }
    int column = column(sheet, header);
    return row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
  }

  /** The cover sheet's value cell for the row labelled {@code label}. */
  Cell cover(String label) {
    for (Row row : sheet("Thông tin chung")) {
      Cell first = row.getCell(0);
      if (first != null && first.toString().equals(label)) {
        return row.getCell(1) != null ? row.getCell(1) : row.createCell(1);
      }
    }
    throw new IllegalArgumentException("no cover row " + label);
  }

  String address(String sheet, String header, int record) {
    return cell(sheet, header, record).getAddress().formatAsString();
  }

  Sheets text(String sheet, String header, int record, String value) {
    cell(sheet, header, record).setCellValue(value);
    return this;
  }

  Sheets blank(String sheet, String header, int record) {
    cell(sheet, header, record).setBlank();
    return this;
  }

  /** Answers the cover's "Không phát sinh trong kỳ" row of the section titled {@code title}: "Có" or "Không". */
  Sheets answer(String title, String value) {
    cover("Không phát sinh trong kỳ: " + title).setCellValue(value);
    return this;
  }

  /** Names the person behind the cover's answers. */
  Sheets declarant(String name) {
    cover("Người khai báo không phát sinh").setCellValue(name);
    return this;
  }

  Sheets remove(String sheet) {
    workbook.removeSheetAt(workbook.getSheetIndex(sheet));
    return this;
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
