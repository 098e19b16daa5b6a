package vn.qcdc.rulebase;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.qcdc.i18n.Message;

/** Reads the YAML files of a rule set into typed specs, turning Jackson's errors into plain problems with lines. */
final class YamlFiles {

  static final ObjectMapper MAPPER = YAMLMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .build();

  private YamlFiles() {}

  /** The file as a spec, or null after adding the problem (with its line) to {@code problems}. */
  static <T> T read(Path root, Path file, Class<T> type, List<RuleSetProblem> problems) {
    String name = relative(root, file);
    try {
      T value = MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), type);
      if (value == null) {
        problems.add(RuleSetProblem.of(name, 0, Message.of("rules.file.empty")));
      }
      return value;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(RuleSetProblem.of(name, at == null ? 0 : at.getLineNr(), plain(e)));
      return null;
    } catch (IOException e) {
      problems.add(RuleSetProblem.of(name, 0, Message.of("rules.file.unreadable", String.valueOf(e.getMessage()))));
      return null;
    }
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  /** The line of the first {@code key: value} entry in a YAML text, or 0. */
  static int lineOf(String text, String key, String value) {
    Pattern p = Pattern.compile("^\\s*(-\\s+)?" + Pattern.quote(key) + ":\\s*[\"']?" + Pattern.quote(value) + "[\"']?\\s*(#.*)?$");
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (p.matcher(lines[i]).find()) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Jackson's error in the bundles' words; a YAML syntax error keeps the parser's own sentence as data. */
  private static Message plain(JsonProcessingException e) {
    String field = e instanceof JsonMappingException m ? path(m) : "";
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(Object::toString).sorted().collect(Collectors.joining(", "));
      return known.isEmpty() ? Message.of("rules.yaml.unknownField", u.getPropertyName())
          : Message.of("rules.yaml.unknownField.allowed", u.getPropertyName(), known);
    }
    if (e instanceof InvalidFormatException f) {
      return Message.of("rules.yaml.invalid", String.valueOf(f.getValue()), field, expected(f.getTargetType()));
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return field.isEmpty() ? Message.of("rules.yaml.wrong.file", expected(m.getTargetType()))
          : Message.of("rules.yaml.wrong", field, expected(m.getTargetType()));
    }
    String msg = e.getOriginalMessage();
    return Message.of("rules.yaml.syntax", msg == null ? e.getClass().getSimpleName()
        : msg.lines().findFirst().orElse(msg));
  }

  private static String path(JsonMappingException m) {
    return m.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  /** What a field of {@code type} takes, in words ({@code rules.yaml.expect.*}). */
  private static Message expected(Class<?> type) {
    if (type.isEnum()) {
      return Message.of("rules.yaml.expect.oneOf", java.util.Arrays.stream(type.getEnumConstants())
          .map(Object::toString).collect(Collectors.joining(", ")));
    }
    return switch (type.getSimpleName()) {
      case "LocalDate" -> Message.of("rules.yaml.expect.date");
      case "BigDecimal", "Double", "double" -> Message.of("rules.yaml.expect.number");
      case "Integer", "int", "Long", "long" -> Message.of("rules.yaml.expect.whole");
      case "Boolean", "boolean" -> Message.of("rules.yaml.expect.boolean");
      case "List" -> Message.of("rules.yaml.expect.list");
      case "String" -> Message.of("rules.yaml.expect.text");
      default -> Message.of("rules.yaml.expect.fields");
    };
  }
}
