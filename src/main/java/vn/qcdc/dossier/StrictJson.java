package vn.qcdc.dossier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qcdc.i18n.Message;

/**
 * Reads raw bytes as JSON, streaming: UTF-8 only, strict JSON, no duplicate keys, null members removed from the trees
 * it reads, and within the parser's limits: nesting (a dossier nests six levels deep), the length of a number, a text
 * and a field name.
 */
final class StrictJson {

  static final int MAX_NESTING_DEPTH = 20;
  static final int MAX_NUMBER_LENGTH = 100;
  /** Above the longest text of the format (32,767 characters, one spreadsheet cell), which the schema reports. */
  static final int MAX_STRING_LENGTH = 100_000;
  static final int MAX_NAME_LENGTH = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(StrictJson.class);
  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .build();

  private final ObjectMapper mapper = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  private final JsonRefusals refusals = new JsonRefusals(mapper);
  /** Sub-trees of a streamed dossier: as the whole-document reading, without its check for content after the value. */
  private final ObjectReader subtrees = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * A parser over the bytes once they are known to be UTF-8 without a NUL byte (a byte order mark skipped). The bytes
   * are checked, not copied into a text: the parser reads them as they are.
   */
  JsonParser open(byte[] bytes) throws InvalidDossierException {
    checkUtf8(bytes);
    try {
      return parser(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("a parser over bytes in memory", e);
    }
  }

  /** The value the parser stands on, read whole with its null members removed; the parser stays on its last token. */
  JsonNode readValue(JsonParser parser) throws IOException {
    JsonNode value = subtrees.readTree(parser);
    removeNullMembers(value);
    return value;
  }

  /**
   * The named members of the top-level object, read ahead of the streaming read (which needs them before the records
   * they may follow); reading stops once all are found. Bytes that cannot be read yield what was found before the
   * failure: the streaming read reports it.
   */
  JsonNode lookAhead(byte[] bytes, Set<String> names) {
    ObjectNode found = JsonNodeFactory.instance.objectNode();
    try (JsonParser parser = parser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return found;
      }
      while (found.size() < names.size() && parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        if (names.contains(name) && parser.currentToken() != JsonToken.VALUE_NULL) {
          found.set(name, readValue(parser));
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      LOG.debug("reading ahead in a dossier stopped early; the streaming read reports why", e);
    }
    return found;
  }

  /**
   * Why bytes that stopped the streaming parser cannot be read, worded as reading them as text always worded it
   * (see {@link JsonRefusals}).
   */
  InvalidDossierException explain(byte[] bytes, IOException streamingFailure) {
    return refusals.explain(bytes, startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0, streamingFailure);
  }

  /**
   * A parser over all the bytes: it skips one byte order mark itself, as the text reading did, and a second one is
   * content it refuses (given the bytes after the first, it would skip the second as well).
   */
  private JsonParser parser(byte[] bytes) throws IOException {
    return mapper.createParser(bytes);
  }

  static InvalidDossierException empty() {
    return JsonRefusals.rejected(JsonPaths.ROOT, Message.of("json.empty"));
  }

  /** Checks that the bytes are UTF-8 without a NUL byte (after a byte order mark, if any). */
  private static void checkUtf8(byte[] bytes) throws InvalidDossierException {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw JsonRefusals.rejected(JsonPaths.ROOT, Message.of("json.utf16"));
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw JsonRefusals.rejected(JsonPaths.ROOT, Message.of("json.nul", i, lineAt(bytes, i)));
      }
    }
    int bad = Utf8.firstMalformed(bytes, start);
    if (bad >= 0) {
      throw JsonRefusals.rejected(JsonPaths.ROOT,
          Message.of("json.badByte", String.format("%02X", bytes[bad] & 0xFF), bad, lineAt(bytes, bad)));
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  static void removeNullMembers(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> nullMembers = new ArrayList<>();
      for (var member : object.properties()) {
        if (member.getValue().isNull()) {
          nullMembers.add(member.getKey());
        }
      }
      object.remove(nullMembers);
    }
    node.forEach(StrictJson::removeNullMembers);
  }

}
