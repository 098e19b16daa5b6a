package vn.qcdc.intake.records;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.qcdc.dossier.DossierProblem;

/** Traces a problem the dossier reader found in the appended dossier back to the file's row and column. */
final class ProblemRows {

  private static final Pattern CHANNEL = Pattern.compile("\\[(\\d+)]\\.channels\\[(\\d+)](?:\\.([A-Za-z]+))?.*");
  private static final Pattern RECORD = Pattern.compile("\\[(\\d+)](?:\\.([A-Za-z]+))?.*");

  private ProblemRows() {}

  static RowProblem of(DossierProblem problem, String sectionPath, int firstAppended, ParsedRecords parsed) {
    String prefix = sectionPath + "";
    if (problem.path().startsWith(prefix + "[")) {
      String rest = problem.path().substring(prefix.length());
      Matcher channel = CHANNEL.matcher(rest);
      if (channel.matches()) {
        ParsedRecords.Built b = built(parsed, Integer.parseInt(channel.group(1)) - firstAppended);
        int k = Integer.parseInt(channel.group(2));
        if (b != null && k < b.channelRows().size()) {
          return new RowProblem(b.channelRows().get(k), channel.group(3), problem.message());
        }
      }
      Matcher record = RECORD.matcher(rest);
      if (record.matches()) {
        ParsedRecords.Built b = built(parsed, Integer.parseInt(record.group(1)) - firstAppended);
        if (b != null) {
          return new RowProblem(b.row(), record.group(2), problem.message());
        }
      }
    }
    return new RowProblem(0, null, problem.path() + ": " + problem.message());
  }

  private static ParsedRecords.Built built(ParsedRecords parsed, int index) {
    List<ParsedRecords.Built> all = parsed.records();
    return index >= 0 && index < all.size() ? all.get(index) : null;
  }
}
