package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Application.main} in a real JVM: help and unknown commands print the usage and exit, instead of starting
 * the web server on port 8080 (a server would not exit, and the test would time out).
 */
class MainEntryTest {

  @ParameterizedTest(name = "{0} exits {1}")
  @CsvSource({"--help,0", "-h,0", "help,0", "evaluat,2", "serve,2"})
  void helpAndUnknownCommandsExitWithoutStartingTheService(String argument, int exit) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        "vn.qcdc.Application", argument));
    Process process = new ProcessBuilder(command).start();

    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }

    assertThat(ended).as("the JVM ended by itself").isTrue();
    assertThat(process.exitValue()).isEqualTo(exit);
    String printed = read(exit == 0 ? process.getInputStream().readAllBytes() : process.getErrorStream().readAllBytes());
    assertThat(printed).contains("Usage:", "evaluate", "validate-rules", "test-rules", "mvn spring-boot:run")
        .doesNotContain("Tomcat");
  }

  private static String read(byte[] bytes) throws IOException {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
