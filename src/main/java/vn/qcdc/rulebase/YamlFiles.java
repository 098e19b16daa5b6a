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
      problems.add(new RuleSetProblem(name, at == null ? 0 : at.getLineNr(), plain(e)));
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

  private static String plain(JsonProcessingException e) {
    String field = e instanceof JsonMappingException m ? path(m) : "";
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(Object::toString).sorted().collect(Collectors.joining(", "));
      return "unknown field '" + u.getPropertyName() + "'" + (known.isEmpty() ? "" : " (allowed: " + known + ")");
    }
    if (e instanceof InvalidFormatException f) {
      return "invalid value '" + f.getValue() + "' for '" + field + "': expected " + expected(f.getTargetType());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "wrong value for '" + field + "': expected " + expected(m.getTargetType());
    }
    String msg = e.getOriginalMessage();
    return "YAML syntax error: " + (msg == null ? e.getClass().getSimpleName() : msg.lines().findFirst().orElse(msg));
  }

  private static String path(JsonMappingException m) {
    return m.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String expected(Class<?> type) {
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
    }
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "a date yyyy-MM-dd";
      case "BigDecimal", "Double", "double" -> "a number";
      case "Integer", "int" -> "a whole number";
      case "Boolean", "boolean" -> "true or false";
      case "List" -> "a list";
      default -> "a " + type.getSimpleName();
    };
  }
}
