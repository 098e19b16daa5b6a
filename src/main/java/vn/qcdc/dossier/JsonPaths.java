package vn.qcdc.dossier;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** JSON-path strings such as {@code $.complaints[3].receivedDate}, in the style of the schema validator. */
final class JsonPaths {

  static final String ROOT = "$";

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPaths() {}

  static String field(String parent, String name) {
    if (PLAIN_NAME.matcher(name).matches()) {
      return parent + "." + name;
    }
    return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * A path made into text only when it is shown: a walk over 100,000 records builds one small step per value and no
   * string, since a path is needed only for a problem.
   */
  static final class At {

    static final At ROOT = new At(null, null, -1);

    private final At parent;
    private final String name;
    private final int index;

    private At(At parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    At field(String member) {
      return new At(this, member, -1);
    }

    At index(int i) {
      return new At(this, null, i);
    }

    /** The first member below the root ({@code complaints} for {@code $.complaints[3].receivedDate}), or "". */
    String section() {
      At step = this;
      while (step.parent != null && step.parent.parent != null) {
        step = step.parent;
      }
      return step.name == null ? "" : step.name;
    }

    /** The member this step names ({@code receivedDate}), or "" for an array element and the root. */
    String member() {
      return name == null ? "" : name;
    }

    @Override
    public String toString() {
      if (parent == null) {
        return JsonPaths.ROOT;
      }
      String up = parent.toString();
      return name != null ? JsonPaths.field(up, name) : JsonPaths.index(up, index);
    }
  }

  /** The path of the value a streaming parser was reading. */
  static String of(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    String path = ROOT;
    for (JsonStreamContext c : chain) {
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = index(path, c.getCurrentIndex());
      } else if (c.inObject() && c.getCurrentName() != null) {
        path = field(path, c.getCurrentName());
      }
    }
    return path;
  }
}
