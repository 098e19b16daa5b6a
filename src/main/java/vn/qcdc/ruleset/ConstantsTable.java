package vn.qcdc.ruleset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.qcdc.i18n.Message;
import vn.qcdc.i18n.Worded;
import vn.qcdc.rulebase.DatedConstant;

/**
 * The constants of {@code parameters.yaml} as a table legal staff edit cell by cell: change a dated value, or add a
 * value from a date. Each edit is checked as the loader would check it (the unit, the value read in that unit, the
 * dates in order) before it becomes a draft, and is spliced into the text ({@link YamlSplice}) so that the file keeps
 * its comments and order.
 */
final class ConstantsTable {

  static final String FILE = "parameters.yaml";

  /** One dated value as written. */
  record Value(String from, String value, String unit, String basis) {

    /** The day it applies from, as the pages write days (the file keeps ISO). */
    public String shownFrom() {
      return TableDays.shown(from);
    }
  }

  /** One constant as written; {@code unit} is the constant's own (a value may have its own). */
  record Row(String id, String titleVi, String titleEn, String unit, String basis, List<Value> values) {

    /** {@code v}'s value as the page shows it: a date as dd/MM/yyyy. */
    public String shownValue(Value v) {
      return TableDays.shownValue(v.unit() != null ? v.unit() : unit, v.value());
    }
  }

  private ConstantsTable() {}

  static List<Row> rows(String text) {
    List<Row> rows = new ArrayList<>();
    if (!(YamlSplice.at(YamlSplice.root(text), List.of("constants")) instanceof SequenceNode constants)) {
      return rows;
    }
    for (Node c : constants.getValue()) {
      List<Value> values = new ArrayList<>();
      if (YamlSplice.at(c, List.of("values")) instanceof SequenceNode vs) {
        for (Node v : vs.getValue()) {
          values.add(new Value(YamlSplice.scalar(v, "from"), YamlSplice.scalar(v, "value"), YamlSplice.scalar(v, "unit"),
              YamlSplice.scalar(v, "basis")));
        }
      }
      Node title = YamlSplice.at(c, List.of("title"));
      rows.add(new Row(YamlSplice.scalar(c, "id"), title == null ? null : YamlSplice.scalar(title, "vi"),
          title == null ? null : YamlSplice.scalar(title, "en"), YamlSplice.scalar(c, "unit"),
          YamlSplice.scalar(c, "basis"), values));
    }
    return rows;
  }

  /** The text with the value of {@code id} from {@code from} changed to {@code value}. */
  static String change(String text, String id, String from, String value) {
    List<Row> rows = rows(text);
    int c = index(rows, id);
    Row row = rows.get(c);
    int v = -1;
    for (int i = 0; i < row.values().size(); i++) {
      if (row.values().get(i).from().equals(from)) {
        v = i;
      }
    }
    if (v < 0) {
      throw refusal(Message.of("table.noValueFrom", id, TableDays.iso(from).<Object>map(d -> d).orElse(from)));
    }
    Value old = row.values().get(v);
    DatedConstant.Unit unit = unit(row, old.unit());
    String written = TableDays.written(unit, value.trim());
    requireReadable(id, unit, written);
    return YamlSplice.setScalar(text, List.of("constants", c, "values", v, "value"), written);
  }

  /**
   * The text with a value of {@code id} added from {@code from}: after the constant's last value (the loader applies a
   * value to events from its date on, so a new value starts after the dates already written). {@code unit} and
   * {@code basis} may be blank: the constant's own are used.
   */
  static String add(String text, String id, String from, String value, String unit, String basis) {
    List<Row> rows = rows(text);
    int c = index(rows, id);
    Row row = rows.get(c);
    LocalDate start = TableDays.typed(from).orElseThrow(() -> refusal(Message.of("const.badDay", from.strip())));
    for (Value v : row.values()) {
      if (!start.isAfter(LocalDate.parse(v.from()))) {
        throw refusal(Message.of("table.notAfter", id, LocalDate.parse(v.from())));
      }
    }
    String ownUnit = unit == null || unit.isBlank() ? null : unit.trim();
    DatedConstant.Unit valueUnit = unit(row, ownUnit);
    String written = TableDays.written(valueUnit, value.trim());
    requireReadable(id, valueUnit, written);
    StringBuilder item = new StringBuilder("{ from: ").append(start).append(", value: ")
        .append(YamlSplice.quoted(written));
    if (ownUnit != null && !ownUnit.equals(row.unit())) {
      item.append(", unit: ").append(ownUnit);
    }
    if (basis != null && !basis.isBlank()) {
      item.append(", basis: ").append(YamlSplice.quoted(basis.trim()));
    }
    return YamlSplice.append(text, List.of("constants", c, "values"), item.append(" }").toString());
  }

  private static DatedConstant.Unit unit(Row row, String own) {
    String name = own != null ? own : row.unit();
    try {
      return DatedConstant.Unit.valueOf(name);
    } catch (RuntimeException e) {
      throw refusal(Message.of("table.unit", row.id(), name));
    }
  }

  private static void requireReadable(String id, DatedConstant.Unit unit, String value) {
    if (!unit.accepts(value)) {
      throw refusal(Message.of("table.unreadable", id, TableDays.shownValue(unit.name(), value),
          Message.of("wb.unit." + unit.name())));
    }
  }

  private static int index(List<Row> rows, String id) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).id() != null && rows.get(i).id().equals(id)) {
        return i;
      }
    }
    throw refusal(Message.of("table.noConstant", id));
  }

  /** An edit the loader would refuse: said to the user (in the page's language), nothing is kept. */
  static final class Refused extends RuntimeException implements Worded {

    private final transient Message text;

    Refused(Message text) {
      super(text.toString());
      this.text = text;
    }

    @Override
    public Message text() {
      return text;
    }
  }

  private static Refused refusal(Message text) {
    return new Refused(text);
  }
}
