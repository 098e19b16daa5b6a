package vn.qcdc.workbook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.qcdc.dossier.DossierReader;
import vn.qcdc.dossier.facts.Commune;

/** The example dossier, the converter under test, and the normal form in which two dossier trees are compared. */
final class Fixtures {

  static final WorkbookConverter CONVERTER = new WorkbookConverter();
  /** The person the tests' uploads stand for, behind the cover's "không phát sinh" answers. */
  static final Declarant TESTER = Declarant.now("Nguyễn Văn An");
  static final Path EXAMPLE = Path.of("examples/chi-minh-2025.json");
  static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private Fixtures() {}

  static ObjectNode example() {
    try {
      return (ObjectNode) JSON.readTree(EXAMPLE.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] exampleBytes() {
    try {
      return Files.readAllBytes(EXAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Commune chiMinh() {
    try {
      return new DossierReader().read(EXAMPLE).dossier().commune();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(JsonNode tree) {
    try {
      return JSON.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The form in which dossiers are compared: numbers by value, lists of enumeration values as sets (the workbook
   * offers one Có/Không column per value, so it returns them in the format's order), and empty nested lists and
   * objects left out (the format reads an absent nested list as empty, and an absent disclosureScope as empty). The
   * version and the declarations are left out too: a workbook states "không phát sinh" on its cover, so a format 1.0
   * dossier comes back as 1.1 with a declaration for each empty section ({@code DeclarationsInTheWorkbookTest}).
   */
  static ConversionResult convert(byte[] workbook) {
    return CONVERTER.convert(workbook, TESTER);
  }

  static JsonNode normalised(JsonNode node) {
    return normalise(node, true);
  }

  private static JsonNode normalise(JsonNode node, boolean root) {
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue().stripTrailingZeros();
      return DecimalNode.valueOf(value.scale() < 0 ? value.setScale(0) : value);
    }
    if (node.isArray()) {
      List<JsonNode> elements = new ArrayList<>();
      node.forEach(e -> elements.add(normalise(e, false)));
      if (!elements.isEmpty() && elements.stream().allMatch(e -> e.isTextual() && e.asText().matches("[A-Z][A-Z0-9_]*"))) {
        elements.sort(Comparator.comparing(JsonNode::asText));
      }
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      elements.forEach(out::add);
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode value = normalise(field.getValue(), false);
        boolean emptyNested = !root && value.isContainerNode() && value.isEmpty();
        boolean emptyObjectSection = root && value.isObject() && value.isEmpty();
        boolean versionOrDeclarations = root && (field.getKey().equals("formatVersion")
            || field.getKey().equals(Declarations.FIELD));
        if (!emptyNested && !emptyObjectSection && !value.isNull() && !versionOrDeclarations) {
          out.set(field.getKey(), value);
        }
      }
      return out;
    }
    return node;
  }
}
