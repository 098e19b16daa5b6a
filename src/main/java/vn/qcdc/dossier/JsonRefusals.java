package vn.qcdc.dossier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.qcdc.i18n.Count;
import vn.qcdc.i18n.Message;

/**
 * Words why bytes cannot be read as JSON, as the API has always worded it: where reading stopped, by line and column
 * counted in characters (the streaming byte parser counts bytes, so the bytes are read again as text to say it).
 */
final class JsonRefusals {

  private static final Logger LOG = LoggerFactory.getLogger(JsonRefusals.class);

  /** The strict mapper of {@link StrictJson}: the same limits, duplicate detection and trailing-content rule. */
  private final ObjectMapper mapper;

  JsonRefusals(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Why bytes that stopped the streaming parser cannot be read, as the text parser has always worded it: it counts
   * columns in characters where the byte parser counts bytes, so the bytes are read again, as characters (a failure
   * is rare; the accepted dossier never pays for this), and the first failure of that reading is reported.
   */
  InvalidDossierException explain(byte[] bytes, int start, IOException streamingFailure) {
    try {
      JsonNode tree = mapper.readTree(text(bytes, start));
      if (tree == null || tree.isMissingNode()) {
        return StrictJson.empty();
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
      return Message.of("json.limit.depth", StrictJson.MAX_NESTING_DEPTH, where);
    }
    if (limit.startsWith("Number value length")) {
      return Message.of("json.limit.number", StrictJson.MAX_NUMBER_LENGTH, where);
    }
    if (limit.startsWith("Name length")) {
      return Message.of("json.limit.name", Count.of(StrictJson.MAX_NAME_LENGTH), where);
    }
    return Message.of("json.limit.text", Count.of(StrictJson.MAX_STRING_LENGTH), where);
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

  /** A problem the JSON API says in English, as it always has (the parser's own words stay as they are). */
  static InvalidDossierException rejected(String path, Message text) {
    return new InvalidDossierException(List.of(DossierProblem.english(path, text)));
  }
}
