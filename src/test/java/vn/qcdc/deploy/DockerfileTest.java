package vn.qcdc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The image's runtime stage, read instruction by instruction (no Docker engine here): the service runs as a numeric
 * non-root user that owns only its data folder, never its code, and nothing allows it to run as root.
 */
class DockerfileTest {

  /** The instructions of the last stage, continuation lines joined, comments dropped. */
  static List<String> runtime;

  @BeforeAll
  static void read() throws IOException {
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(Path.of("Dockerfile"))) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || trimmed.isEmpty()) {
        continue;
      }
      current.append(trimmed.endsWith("\\") ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
      if (!trimmed.endsWith("\\")) {
        instructions.add(current.toString().strip().replaceAll("\\s+", " "));
        current.setLength(0);
      }
    }
    int lastFrom = 0;
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i).startsWith("FROM ")) {
        lastFrom = i;
      }
    }
    runtime = instructions.subList(lastFrom, instructions.size());
  }

  @Test
  void theServiceRunsAsTheNumericUser1001AfterEveryRootStep() {
    List<String> users = runtime.stream().filter(i -> i.startsWith("USER ")).toList();

    assertThat(users).containsExactly("USER 1001:1001");
    int user = runtime.indexOf("USER 1001:1001");
    assertThat(runtime.subList(user, runtime.size())).noneMatch(i -> i.startsWith("RUN "));
    assertThat(runtime).anySatisfy(i -> assertThat(i).startsWith("RUN ")
        .contains("groupadd --system --gid 1001 qcdc", "useradd --system --uid 1001 --gid qcdc"));
  }

  @Test
  void theServiceOwnsItsDataFolderButNotItsCode() {
    assertThat(runtime).anySatisfy(i -> assertThat(i).contains("mkdir -p /app/rules /app/data",
        "chown 1001:1001 /app/data"));
    assertThat(runtime).filteredOn(i -> i.startsWith("COPY ")).isNotEmpty()
        .allSatisfy(i -> assertThat(i).doesNotContain("--chown", "--chmod"));
    assertThat(runtime).contains("VOLUME /app/data");
    assertThat(runtime).anySatisfy(i -> assertThat(i).startsWith("ENV ")
        .contains("QCDC_RULES_PATH=/app/rules", "QCDC_RULES_DATADIR=/app/data/rule-sets"));
  }

  @Test
  void nothingAllowsTheServiceToRunAsRoot() {
    assertThat(runtime).noneMatch(i -> i.toLowerCase().contains("allow-root") || i.contains("ALLOWROOT"));
    assertThat(runtime.get(runtime.size() - 1)).isEqualTo("ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]");
  }
}
