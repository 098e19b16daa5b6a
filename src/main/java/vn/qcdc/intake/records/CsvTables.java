package vn.qcdc.intake.records;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file: UTF-8 (with or without BOM), comma- or semicolon-separated, quoted as RFC 4180; at most as many
 * data rows as the largest record list of the format holds, so that a file of a million short rows is refused while
 * it is read instead of becoming a million records.
 */
final class CsvTables {

  /** {@code administrativeDossiers.records} holds at most 200,000 records (the format's largest list). */
  static final int MAX_ROWS = 200_000;

  private CsvTables() {}

  static Table read(byte[] bytes) throws UnreadableFileException {
    String text = utf8(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    List<String> header = null;
    List<Table.Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        List<String> cells = record.toList();
        int number = (int) record.getRecordNumber();
        if (header == null) {
          header = cells;
        } else if (rows.size() == MAX_ROWS) {
          throw UnreadableFileException.of("tệp có hơn " + vn.qcdc.dossier.Amounts.vi(MAX_ROWS) + " dòng dữ liệu, "
              + "nhiều hơn danh sách lớn nhất của định dạng (more than " + vn.qcdc.dossier.Amounts.en(MAX_ROWS)
              + " data rows)");
        } else {
          rows.add(new Table.Row(number, cells));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw UnreadableFileException.of("malformed CSV after row " + (rows.size() + 1) + ": " + e.getMessage());
    }
    if (header == null) {
      throw UnreadableFileException.of("the file is empty: the first row must name the columns");
    }
    return new Table(header, rows);
  }

  private static String utf8(byte[] bytes) throws UnreadableFileException {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      throw UnreadableFileException.of("the file is UTF-16; save it as \"CSV UTF-8\"");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw UnreadableFileException.of("the file is not UTF-8 (Vietnamese text saved as Windows-1258 or TCVN3?); "
          + "save it as \"CSV UTF-8\"");
    }
  }
}
