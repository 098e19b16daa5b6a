package vn.qcdc.ruleset;

import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.qcdc.i18n.Message;
import vn.qcdc.i18n.MessageRefusal;

/**
 * Edits of a YAML file of the rules folder that change only the bytes they must: the file is parsed (SnakeYAML, which
 * Jackson's YAML reader already brings) into nodes that know where they start and end in the text, and the edit is
 * spliced in there. Every comment, the order of keys, the flow or block style and the quoting elsewhere stay exactly
 * as legal staff wrote them, so the diff shown before applying is the edit and nothing else. (A round trip through a
 * comment-keeping node model would write the whole file again in the emitter's own layout.)
 */
final class YamlSplice {

  private YamlSplice() {}

  /** The document's root node; throws {@link IllegalArgumentException} if the text is not YAML. */
  static Node root(String text) {
    try {
      LoaderOptions options = new LoaderOptions();
      options.setProcessComments(false);
      Node node = new Yaml(options).compose(new StringReader(text));
      if (node == null) {
        throw new MessageRefusal(Message.of("rules.file.empty"));
      }
      return node;
    } catch (MessageRefusal e) {
      throw e;
    } catch (RuntimeException e) {
      throw new MessageRefusal(Message.of("yaml.unreadable", String.valueOf(e.getMessage())), e);
    }
  }

  /** The node at {@code path}: keys (String) of mappings and indexes (Integer) of sequences; null if absent. */
  static Node at(Node root, List<Object> path) {
    Node n = root;
    for (Object step : path) {
      if (n instanceof MappingNode m && step instanceof String key) {
        n = m.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
            .map(NodeTuple::getValueNode).findFirst().orElse(null);
      } else if (n instanceof SequenceNode s && step instanceof Integer i) {
        n = i >= 0 && i < s.getValue().size() ? s.getValue().get(i) : null;
      } else {
        return null;
      }
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /**
   * The path written as text, "criteria/3/parts/0/maxPoints": each step is a key in a mapping or an index in a
   * sequence, as the node met there says.
   */
  static List<Object> path(Node root, String written) {
    List<Object> steps = new java.util.ArrayList<>();
    Node n = root;
    for (String step : written.split("/")) {
      Object s = n instanceof SequenceNode && step.matches("\\d{1,6}") ? (Object) Integer.valueOf(step) : step;
      steps.add(s);
      n = at(n, List.of(s));
      if (n == null) {
        throw new MessageRefusal(Message.of("yaml.noValue", String.valueOf(written)));
      }
    }
    return steps;
  }

  /** The text of a scalar in a mapping ({@code key} of {@code map}), or null. */
  static String scalar(Node map, String key) {
    return at(map, List.of(key)) instanceof ScalarNode s ? s.getValue() : null;
  }

  /**
   * The text with the scalar at {@code path} replaced by {@code value}, written in the scalar's own style (a quoted
   * value stays quoted).
   */
  static String setScalar(String text, List<Object> path, String value) {
    if (!(at(root(text), path) instanceof ScalarNode s)) {
      throw new MessageRefusal(Message.of("yaml.noValue", String.valueOf(path)));
    }
    String literal = switch (s.getScalarStyle()) {
      case DOUBLE_QUOTED -> quoted(value);
      case SINGLE_QUOTED -> "'" + value.replace("'", "''") + "'";
      default -> plainOrQuoted(value);
    };
    return splice(text, s.getStartMark().getIndex(), s.getEndMark().getIndex(), literal);
  }

  /**
   * The text with {@code flowItem} (a flow-style item such as {@code { from: 2026-07-01, value: "10" }}) added at the
   * end of the sequence at {@code path}: after the last item inside the brackets of a flow sequence, or on a new line
   * indented like the others in a block sequence.
   */
  static String append(String text, List<Object> path, String flowItem) {
    if (!(at(root(text), path) instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      throw new MessageRefusal(Message.of("yaml.noList", String.valueOf(path)));
    }
    Node last = seq.getValue().get(seq.getValue().size() - 1);
    int end = offset(text, last.getEndMark().getIndex());
    if (seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
      return text.substring(0, end) + ", " + flowItem + text.substring(end);
    }
    Node first = seq.getValue().get(0);
    int column = first.getStartMark().getColumn();
    int lineEnd = text.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    String indent = " ".repeat(Math.max(0, column - 2));
    return text.substring(0, lineEnd) + "\n" + indent + "- " + flowItem + text.substring(lineEnd);
  }

  /** A YAML double-quoted scalar. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String plainOrQuoted(String value) {
    return value.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/-]*") && !value.endsWith(" ") ? value : quoted(value);
  }

  private static String splice(String text, int startCodePoint, int endCodePoint, String literal) {
    return text.substring(0, offset(text, startCodePoint)) + literal + text.substring(offset(text, endCodePoint));
  }

  /** SnakeYAML counts code points; Java strings count UTF-16 units (they differ past the Basic Multilingual Plane). */
  private static int offset(String text, int codePoints) {
    return text.offsetByCodePoints(0, codePoints);
  }
}
