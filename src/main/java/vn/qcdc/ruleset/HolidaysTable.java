package vn.qcdc.ruleset;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.qcdc.i18n.Message;

/**
 * The holiday calendar (holidays.yaml) by year, and the addition of a day or a range with its name and the notice that
 * announced it ({@code notice}). A day on a weekend, a range that ends before it starts or a date outside its year is
 * refused, as the loader would.
 */
final class HolidaysTable {

  static final String FILE = "holidays.yaml";

  /** One entry as written: a single day ({@code from} only) or a range. */
  record Entry(String from, String to, String name, String notice) {}

  record Year(String year, List<Entry> entries) {}

  private HolidaysTable() {}

  static List<Year> years(String text) {
    List<Year> years = new ArrayList<>();
    if (!(YamlSplice.at(YamlSplice.root(text), List.of("years")) instanceof MappingNode m)) {
      return years;
    }
    for (NodeTuple t : m.getValue()) {
      List<Entry> entries = new ArrayList<>();
      if (t.getValueNode() instanceof SequenceNode s) {
        for (Node e : s.getValue()) {
          String date = YamlSplice.scalar(e, "date");
          entries.add(new Entry(date != null ? date : YamlSplice.scalar(e, "from"),
              date != null ? null : YamlSplice.scalar(e, "to"), YamlSplice.scalar(e, "name"),
              YamlSplice.scalar(e, "notice")));
        }
      }
      years.add(new Year(((ScalarNode) t.getKeyNode()).getValue(), entries));
    }
    return years;
  }

  /** The text with a day (to blank) or a range added to the year of {@code from}, with its notice if given. */
  static String add(String text, String from, String to, String name, String notice) {
    LocalDate start = date(from);
    LocalDate end = to == null || to.isBlank() ? null : date(to);
    if (name == null || name.isBlank()) {
      throw new ConstantsTable.Refused(Message.of("table.holiday.name"));
    }
    if (end != null && !end.isAfter(start)) {
      throw new ConstantsTable.Refused(Message.of("table.holiday.order"));
    }
    if (end != null && end.getYear() != start.getYear()) {
      throw new ConstantsTable.Refused(Message.of("table.holiday.year"));
    }
    if (end == null && (start.getDayOfWeek() == DayOfWeek.SATURDAY || start.getDayOfWeek() == DayOfWeek.SUNDAY)) {
      throw new ConstantsTable.Refused(Message.of("table.holiday.weekend", start));
    }
    String item = "{ " + (end == null ? "date: " + start : "from: " + start + ", to: " + end) + ", name: "
        + YamlSplice.quoted(name.strip()) + (notice == null || notice.isBlank() ? ""
        : ", notice: " + YamlSplice.quoted(notice.strip().replace("\n", " "))) + " }";
    String year = String.valueOf(start.getYear());
    Node years = YamlSplice.at(YamlSplice.root(text), List.of("years"));
    if (!(years instanceof MappingNode m)) {
      throw new ConstantsTable.Refused(Message.of("table.holiday.noYears"));
    }
    boolean known = m.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode k
        && k.getValue().equals(year));
    if (known) {
      return YamlSplice.append(text, List.of("years", year), item);
    }
    // A new year goes after the last one, indented like the others.
    NodeTuple last = m.getValue().get(m.getValue().size() - 1);
    int column = last.getKeyNode().getStartMark().getColumn();
    int end2 = text.offsetByCodePoints(0, last.getValueNode().getEndMark().getIndex());
    int lineEnd = text.indexOf('\n', end2);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    String indent = " ".repeat(column);
    return text.substring(0, lineEnd) + "\n" + indent + year + ":\n" + indent + "  - " + item + text.substring(lineEnd);
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value == null ? "" : value.trim());
    } catch (DateTimeParseException e) {
      throw new ConstantsTable.Refused(Message.of("table.notDate", String.valueOf(value)));
    }
  }
}
