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
