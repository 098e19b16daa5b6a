package vn.qcdc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.qcdc.evaluation.Evaluation;
import vn.qcdc.evaluation.EvaluationJson;
import vn.qcdc.evaluation.Finding;
import vn.qcdc.evaluation.GroupResult;
import vn.qcdc.rulebase.Criterion;
import vn.qcdc.rulebase.Group;
import vn.qcdc.rulebase.RuleSet;

/**
 * The summary table of a batch {@code evaluate}: one row per dossier (file, result file, commune, year, total, grade,
 * each group's points, each criterion's state, errors), written as {@code summary.csv} (UTF-8 with a byte order mark,
 * so that Excel reads the Vietnamese letters) and {@code summary.xlsx}.
 */
final class BatchSummary {

  /** One dossier's row; {@code values} follow the columns, empty where the dossier was not evaluated. */
  record Line(List<String> values) {}

  private final List<String> columns = new ArrayList<>();
  private final RuleSet ruleSet;

  BatchSummary(RuleSet ruleSet) {
    this.ruleSet = ruleSet;
    columns.addAll(List.of("file", "result", "commune", "communeName", "year", "total", "grade"));
    ruleSet.profile().groups().stream().map(Group::id).forEach(columns::add);
    ruleSet.criteria().stream().map(Criterion::id).forEach(columns::add);
    columns.add("errors");
  }

  Line evaluated(String file, String result, Evaluation e) {
    List<String> values = new ArrayList<>(List.of(file, result, e.communeCode(), TerminalText.inline(e.communeName()),
        Integer.toString(e.year()), EvaluationJson.points(e.total()).toPlainString(), e.grade().name()));
    for (Group g : ruleSet.profile().groups()) {
      values.add(e.groups().stream().filter(r -> r.id().equals(g.id())).map(GroupResult::points)
          .map(p -> EvaluationJson.points(p).toPlainString()).findFirst().orElse(""));
    }
    for (Criterion c : ruleSet.criteria()) {
      values.add(e.findings().stream().filter(f -> f.criterion().equals(c.id())).map(Finding::state)
          .map(Enum::name).findFirst().orElse(""));
    }
    values.add("");
    return new Line(values);
  }

  Line failed(String file, List<String> problems) {
    List<String> values = new ArrayList<>(List.of(file));
    while (values.size() < columns.size() - 1) {
      values.add("");
    }
    int shown = Math.min(problems.size(), 5);
    String errors = String.join(" | ", problems.subList(0, shown))
        + (problems.size() > shown ? " | … (" + problems.size() + " problems in all)" : "");
    values.add(TerminalText.inline(errors));
    return new Line(values);
  }

  void write(Path folder, List<Line> lines) throws IOException {
    try (Writer out = Files.newBufferedWriter(folder.resolve("summary.csv"), StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
        csv.printRecord(columns);
        for (Line line : lines) {
          csv.printRecord(line.values().stream().map(BatchSummary::inert).toList());
        }
      }
    }
    try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(
        folder.resolve("summary.xlsx"))) {
      Sheet sheet = book.createSheet("Tổng hợp");
      row(sheet, 0, columns);
      for (int i = 0; i < lines.size(); i++) {
        row(sheet, i + 1, lines.get(i).values());
      }
      book.write(out);
      book.dispose();
    }
  }

  /** A text a spreadsheet opening the CSV would take for a formula ({@code =…}, {@code +…}) is quoted with {@code '}. */
  static String inert(String value) {
    boolean number = value.matches("-?\\d+(\\.\\d+)?");
    return !number && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static void row(Sheet sheet, int index, List<String> values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (!v.isEmpty() && v.matches("-?\\d+(\\.\\d+)?") && i > 3) {
        row.createCell(i).setCellValue(Double.parseDouble(v));
      } else {
        row.createCell(i).setCellValue(v);
      }
    }
  }
}
