package vn.qcdc.dossier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns raw bytes into a JSON tree: UTF-8 only, strict JSON, no duplicate keys, null members removed, and within the
 * parser's limits: nesting (a dossier nests six levels deep), the length of a number, a text and a field name.
 */
final class StrictJson {

  static final int MAX_NESTING_DEPTH = 20;
  static final int MAX_NUMBER_LENGTH = 100;
  /** Above the longest text of the format (32,767 characters, one spreadsheet cell), which the schema reports. */
  static final int MAX_STRING_LENGTH = 100_000;
  static final int MAX_NAME_LENGTH = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(StrictJson.class);
  private static final String SAVE_AS_UTF8 = "; save it as UTF-8";
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

  /** Parses the bytes, or rejects them with a single problem saying where reading stopped. */
  JsonNode parse(byte[] bytes) throws InvalidDossierException {
    String text = decodeUtf8(bytes);
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
    } catch (StreamConstraintsException e) {
      throw pastLimit(text, e);
    } catch (MismatchedInputException e) {
      throw rejected(JsonPaths.ROOT, "malformed JSON" + where(e) + ": content after the end of the top-level value");
    } catch (JsonProcessingException e) {
      throw rejected(pathOf(e), describe(e));
    }
    if (tree == null || tree.isMissingNode()) {
      throw rejected(JsonPaths.ROOT, "malformed JSON: the document is empty");
    }
    removeNullMembers(tree);
    return tree;
  }

  private static String decodeUtf8(byte[] bytes) throws InvalidDossierException {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw rejected(JsonPaths.ROOT, "file is not UTF-8: it starts with a UTF-16 byte order mark" + SAVE_AS_UTF8);
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw rejected(JsonPaths.ROOT, "file is not UTF-8: NUL byte at offset " + i + " (line " + lineAt(bytes, i)
            + "), as in UTF-16 text" + SAVE_AS_UTF8);
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      throw rejected(JsonPaths.ROOT, String.format("file is not UTF-8: invalid byte 0x%02X at offset %d (line %d)%s",
          bytes[bad] & 0xFF, bad, lineAt(bytes, bad), SAVE_AS_UTF8));
    }
    return out.flip().toString();
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

  private static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /**
   * A parser limit, said in Vietnamese first at the place it was passed. The exception carries no location, so the
   * text is streamed again, token by token, up to the same place.
   */
  private InvalidDossierException pastLimit(String text, StreamConstraintsException e) {
    String path = JsonPaths.ROOT;
    String where = "";
    try (JsonParser parser = mapper.createParser(text)) {
      try {
        while (parser.nextToken() != null) {
          parser.getText();
        }
      } catch (StreamConstraintsException again) {
        path = JsonPaths.of(parser.getParsingContext());
        JsonLocation at = parser.currentLocation();
        where = " ở dòng " + at.getLineNr() + ", cột " + at.getColumnNr();
      }
    } catch (IOException other) {
      LOG.debug("second pass over a dossier past a parser limit stopped early", other);
    }
    return rejected(path, limitMessage(String.valueOf(e.getOriginalMessage()), where));
  }

  private static String limitMessage(String limit, String where) {
    if (limit.contains("nesting depth")) {
      return "JSON lồng nhau quá sâu (hơn " + MAX_NESTING_DEPTH + " cấp)" + where + "; hồ sơ đúng định dạng chỉ lồng "
          + "tối đa 6 cấp (JSON nested deeper than " + MAX_NESTING_DEPTH + " levels)";
    }
    if (limit.startsWith("Number value length")) {
      return "số viết quá dài (hơn " + MAX_NUMBER_LENGTH + " ký tự)" + where + " (number longer than "
          + MAX_NUMBER_LENGTH + " characters)";
    }
    if (limit.startsWith("Name length")) {
      return "tên trường dài hơn " + Amounts.vi(MAX_NAME_LENGTH) + " ký tự" + where + " (field name longer than "
          + Amounts.en(MAX_NAME_LENGTH) + " characters)";
    }
    return "văn bản dài hơn " + Amounts.vi(MAX_STRING_LENGTH) + " ký tự" + where + " (text longer than "
        + Amounts.en(MAX_STRING_LENGTH) + " characters)";
  }

  private static String describe(JsonProcessingException e) {
    String where = where(e);
    String original = String.valueOf(e.getOriginalMessage());
    String duplicatePrefix = "Duplicate field '";
    if (original.startsWith(duplicatePrefix)) {
      String name = original.substring(duplicatePrefix.length(), original.lastIndexOf('\''));
      return "duplicate key '" + name + "'" + where;
    }
    return "malformed JSON" + where + ": " + original;
  }

  private static void removeNullMembers(JsonNode node) {
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

  private static InvalidDossierException rejected(String path, String message) {
    return new InvalidDossierException(List.of(new DossierProblem(path, message)));
  }
}
