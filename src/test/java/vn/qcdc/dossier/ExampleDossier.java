package vn.qcdc.dossier;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The format's example dossier (xã Chí Minh, 2025) as a JSON tree that tests change one field at a time. */
final class ExampleDossier {

  static final Path FILE = Path.of("examples/chi-minh-2025.json");

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
      .build();

  private final ObjectNode root;

  private ExampleDossier(ObjectNode root) {
    this.root = root;
  }

  static ExampleDossier example() {
    try {
      return new ExampleDossier((ObjectNode) MAPPER.readTree(FILE.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] exampleBytes() {
    try {
      return Files.readAllBytes(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON value written as text, e.g. {@code json("{\"channel\": \"RADIO\"}")}. */
  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A number written with a fraction, such as {@code 3.0}, exactly as given. */
  static JsonNode decimal(String literal) {
    return DecimalNode.valueOf(new BigDecimal(literal));
  }

  /** Sets (or adds) the member at a JSON pointer such as {@code /complaints/3/decisonDate}. */
  ExampleDossier with(String pointer, Object value) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    JsonNode node = value instanceof JsonNode given ? given : MAPPER.valueToTree(value);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(at.last().getMatchingProperty()), node);
    } else {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), node);
    }
    return this;
  }

  ExampleDossier withNull(String pointer) {
    return with(pointer, NullNode.getInstance());
  }

  /** Removes the member or list element at a JSON pointer. */
  ExampleDossier without(String pointer) {
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = root.at(at.head());
    if (parent instanceof ArrayNode array) {
      array.remove(Integer.parseInt(at.last().getMatchingProperty()));
    } else {
      ((ObjectNode) parent).remove(at.last().getMatchingProperty());
    }
    return this;
  }

  /** Appends an element to the list at a JSON pointer. */
  ExampleDossier adding(String listPointer, JsonNode element) {
    ((ArrayNode) root.at(listPointer)).add(element);
    return this;
  }

  /** The dossier as it stands, to copy parts of (changes to it change the dossier). */
  JsonNode tree() {
    return root;
  }

  String text() {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }
}
