package vn.qcdc.ruleset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.qcdc.i18n.Message;

/**
 * The points and thresholds of the catalogue (each group's criteria.yaml) and the grade bands of profile.yaml, as rows
 * legal staff edit one number at a time: maximum points of groups, criteria and parts, the points of scoring items, the
 * bands of a banded scoring (rate and points), and the grade bands. Each edit is spliced into the text
 * ({@link YamlSplice}); whether the sums still agree is the loader's check, shown in the change set.
 */
final class PointsTable {

  /**
   * One editable number: where it is (file and path), whose it is (group, criterion, part, grade), the list it is in
   * ("bands", "gradeBands", "items" or "") with its position (0 if none), its key, and its value as written.
   */
  record Cell(String file, String path, String owner, String list, int position, String key, String value) {}

  private static final Set<String> NUMBERS = Set.of("maxPoints", "points", "atLeastPercent", "atLeast");

  private PointsTable() {}

  /** The numbers of one file (relative name, text). */
  static List<Cell> cells(String file, String text) {
    List<Cell> cells = new ArrayList<>();
    walk(file, YamlSplice.root(text), "", "", "", 0, cells);
    return cells;
  }

  static String change(String text, String path, String value) {
    String v = value == null ? "" : value.trim();
    try {
      if (new BigDecimal(v).signum() < 0) {
        throw new ConstantsTable.Refused(Message.of("table.negative", v));
      }
    } catch (NumberFormatException e) {
      throw new ConstantsTable.Refused(Message.of("table.notNumber", v));
    }
    if (!path.matches("[A-Za-z0-9_/.-]{1,200}")) {
      throw new ConstantsTable.Refused(Message.of("yaml.noValue", path));
    }
    List<Object> steps;
    try {
      steps = YamlSplice.path(YamlSplice.root(text), path);
    } catch (IllegalArgumentException e) {
      throw new ConstantsTable.Refused(Message.of("yaml.noValue", path));
    }
    String last = String.valueOf(steps.get(steps.size() - 1));
    boolean item = steps.size() > 1 && "items".equals(String.valueOf(steps.get(steps.size() - 2)));
    if (!NUMBERS.contains(last) && !item) {
      throw new ConstantsTable.Refused(Message.of("table.notScale", path));
    }
    return YamlSplice.setScalar(text, steps, v);
  }

  private static void walk(String file, Node node, String path, String owner, String context, int position,
      List<Cell> out) {
    if (node instanceof MappingNode m) {
      String id = YamlSplice.scalar(m, "id");
      String grade = YamlSplice.scalar(m, "grade");
      String here = id != null ? (owner.isEmpty() || !id.matches("[a-z]") ? id : owner + " · " + id)
          : grade != null ? grade : owner;
      for (NodeTuple t : m.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
          continue;
        }
        String key = k.getValue();
        String p = path.isEmpty() ? key : path + "/" + key;
        Node v = t.getValueNode();
        boolean number = v instanceof ScalarNode s && s.getValue().matches("-?\\d+(\\.\\d+)?");
        if (number && (NUMBERS.contains(key) || "items".equals(context))) {
          out.add(new Cell(file, p, here, context, position, key, ((ScalarNode) v).getValue()));
        } else if (!(v instanceof ScalarNode)) {
          walk(file, v, p, here, key.equals("items") || key.equals("bands") || key.equals("gradeBands") ? key : "", 0,
              out);
        }
      }
    } else if (node instanceof SequenceNode s) {
      for (int i = 0; i < s.getValue().size(); i++) {
        walk(file, s.getValue().get(i), path + "/" + i, owner, context, context.isEmpty() ? 0 : i + 1, out);
      }
    }
  }
}
