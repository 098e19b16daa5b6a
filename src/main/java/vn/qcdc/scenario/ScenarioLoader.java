package vn.qcdc.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the scenario files of a rules folder: every {@code scenarios.yaml} (a list of cases under {@code cases:}), and
 * the base dossier {@code scenario-base.yaml} that each case's fragment is laid over.
 */
public final class ScenarioLoader {

  public static final String BASE = "scenario-base.yaml";
  static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  record CaseSpec(String name, String criterion, Scenario.Kind kind, JsonNode dossier, Scenario.Expectation expect) {}

  record FileSpec(List<CaseSpec> cases) {}

  /** The base dossier that fragments are merged into. */
  public ObjectNode base(Path rules) throws IOException {
    return (ObjectNode) YAML.readTree(rules.resolve(BASE).toFile());
  }

  /** Every case of every scenario file, in file order; a file that cannot be read is an {@link IOException}. */
  public List<Scenario> load(Path rules) throws IOException {
    List<Scenario> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(rules)) {
      for (Path file : walk.filter(p -> p.getFileName().toString().equals("scenarios.yaml")).sorted().toList()) {
        all.addAll(read(rules, file));
      }
    }
    return all;
  }

  private List<Scenario> read(Path rules, Path file) throws IOException {
    String name = rules.relativize(file).toString().replace('\\', '/');
    String text = Files.readString(file);
    FileSpec spec;
    try {
      spec = YAML.readValue(text, FileSpec.class);
    } catch (IOException e) {
      throw new IOException(name + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    List<Scenario> cases = new ArrayList<>();
    for (CaseSpec c : spec == null || spec.cases() == null ? List.<CaseSpec>of() : spec.cases()) {
      if (c.name() == null || c.expect() == null) {
        throw new IOException(name + ": every case needs a name and an expect block");
      }
      cases.add(new Scenario(name, lineOf(text, c.name()), c.name(), c.criterion(),
          c.kind() == null ? Scenario.Kind.OTHER : c.kind(), c.dossier(), c.expect()));
    }
    return cases;
  }

  private static int lineOf(String text, String caseName) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("name:") && lines[i].contains(caseName)) {
        return i + 1;
      }
    }
    return 0;
  }
}
