package vn.qcdc.dossier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qcdc.i18n.Count;
import vn.qcdc.i18n.Message;

/**
 * Reads raw bytes as JSON, streaming: UTF-8 only, strict JSON, no duplicate keys, null members removed from the trees
 * it reads, and within the parser's limits: nesting (a dossier nests six levels deep), the length of a number, a text and a field name.
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

  /** Sub-trees of a streamed dossier: as the whole-document reading, without its check for content after the value. */
  private final ObjectReader subtrees = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * A parser over the bytes once they are known to be UTF-8 without a NUL byte (a byte order mark skipped). The bytes
   * are checked, not copied into a text: the parser reads them as they are.
   */
  JsonParser open(byte[] bytes) throws InvalidDossierException {
    int start = checkUtf8(bytes);
    try {
      return mapper.createParser(bytes, start, bytes.length - start);
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
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    try (JsonParser parser = mapper.createParser(bytes, start, bytes.length - start)) {
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

  static InvalidDossierException empty() {
    return rejected(JsonPaths.ROOT, Message.of("json.empty"));
  }

  /**
   * Why bytes that stopped the streaming parser cannot be read, as the text parser has always worded it: it counts
   * columns in characters where the byte parser counts bytes, so the bytes are read again, as characters (a failure
   * is rare; the accepted dossier never pays for this), and the first failure of that reading is reported.
   */
  InvalidDossierException explain(byte[] bytes, IOException streamingFailure) {
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    try {
      JsonNode tree = mapper.readTree(text(bytes, start));
      if (tree == null || tree.isMissingNode()) {
        return empty();
      }
    } catch (StreamConstraintsException e) {
      return pastLimit(bytes, start, e);
    } catch (MismatchedInputException e) {
      return rejected(JsonPaths.ROOT, Message.of("json.trailing", malformed(e)));
    } catch (JsonProcessingException e) {
      return rejected(pathOf(e), describe(e));
    } catch (IOException e) {
      LOG.debug("second reading of a dossier the streaming parser refused stopped early", e);
    }
    LOG.warn("the text parser read a dossier the byte parser refused", streamingFailure);
    return streamingFailure instanceof JsonProcessingException failure
        ? rejected(pathOf(failure), describe(failure)) : rejected(JsonPaths.ROOT, Message.of("json.malformed"));
  }

  private static Reader text(byte[] bytes, int start) {
    return new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start),
        StandardCharsets.UTF_8);
  }

  /** The length of the byte order mark to skip, after checking that the bytes are UTF-8 without a NUL byte. */
  private static int checkUtf8(byte[] bytes) throws InvalidDossierException {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw rejected(JsonPaths.ROOT, Message.of("json.utf16"));
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw rejected(JsonPaths.ROOT, Message.of("json.nul", i, lineAt(bytes, i)));
      }
    }
    int bad = Utf8.firstMalformed(bytes, start);
    if (bad >= 0) {
      throw rejected(JsonPaths.ROOT, Message.of("json.badByte", String.format("%02X", bytes[bad] & 0xFF), bad,
          lineAt(bytes, bad)));
    }
    return start;
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

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String pathOf(JsonProcessingException e) {
    Object processor = e instanceof StreamReadException read ? read.getProcessor() : null;
    return processor instanceof JsonParser parser ? JsonPaths.of(parser.getParsingContext()) : JsonPaths.ROOT;
  }

  /** "malformed JSON", with the line and column where reading stopped when known. */
  private static Message malformed(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null ? Message.of("json.malformed")
        : Message.of("json.malformed.at", location.getLineNr(), location.getColumnNr());
  }

  /**
   * A parser limit, said in Vietnamese first at the place it was passed. The exception carries no location, so the
   * text is streamed again, token by token, up to the same place.
   */
  private InvalidDossierException pastLimit(byte[] bytes, int start, StreamConstraintsException e) {
    String path = JsonPaths.ROOT;
    Object where = "";
    try (JsonParser parser = mapper.createParser(text(bytes, start))) {
      try {
        while (parser.nextToken() != null) {
          parser.getText();
        }
      } catch (StreamConstraintsException again) {
        path = JsonPaths.of(parser.getParsingContext());
        JsonLocation at = parser.currentLocation();
        where = Message.of("json.where", at.getLineNr(), at.getColumnNr());
      }
    } catch (IOException other) {
      LOG.debug("second pass over a dossier past a parser limit stopped early", other);
    }
    Message limit = limitMessage(String.valueOf(e.getOriginalMessage()), where);
    return new InvalidDossierException(List.of(DossierProblem.bilingual(path, limit)));
  }

  /** A parser limit passed; {@code where} is the place in the text (Vietnamese only, as the API has always said). */
  private static Message limitMessage(String limit, Object where) {
    if (limit.contains("nesting depth")) {
      return Message.of("json.limit.depth", MAX_NESTING_DEPTH, where);
    }
    if (limit.startsWith("Number value length")) {
      return Message.of("json.limit.number", MAX_NUMBER_LENGTH, where);
    }
    if (limit.startsWith("Name length")) {
      return Message.of("json.limit.name", Count.of(MAX_NAME_LENGTH), where);
    }
    return Message.of("json.limit.text", Count.of(MAX_STRING_LENGTH), where);
  }

  private static Message describe(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    String duplicatePrefix = "Duplicate field '";
    if (original.startsWith(duplicatePrefix)) {
      String name = original.substring(duplicatePrefix.length(), original.lastIndexOf('\''));
      JsonLocation location = e.getLocation();
      return location == null ? Message.of("json.duplicate", name)
          : Message.of("json.duplicate.at", name, location.getLineNr(), location.getColumnNr());
    }
    return Message.of("json.parser", malformed(e), original);
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

  /** A problem the JSON API says in English, as it always has (the parser's own words stay as they are). */
  private static InvalidDossierException rejected(String path, Message text) {
    return new InvalidDossierException(List.of(DossierProblem.english(path, text)));
  }
}
