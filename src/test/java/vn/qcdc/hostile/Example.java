package vn.qcdc.hostile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import vn.qcdc.support.ExampleBytes;

/** The format's example dossier as text or as a tree to spoil, written back compactly. */
final class Example {

  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  private Example() {}

  static String text() {
    return new String(ExampleBytes.example(), StandardCharsets.UTF_8);
  }

  /** The example with one textual replacement, which must apply. */
  static byte[] replacing(String from, String to) {
    String text = text();
    if (!text.contains(from)) {
      throw new IllegalArgumentException("the example has no " + from);
    }
    return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
        .getBytes(StandardCharsets.UTF_8);
  }

  static ObjectNode tree() {
    try {
      return (ObjectNode) JSON.readTree(ExampleBytes.example());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example changed by {@code edit}, as JSON bytes. */
  static byte[] edited(Consumer<ObjectNode> edit) {
    ObjectNode tree = tree();
    edit.accept(tree);
    try {
      return JSON.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
