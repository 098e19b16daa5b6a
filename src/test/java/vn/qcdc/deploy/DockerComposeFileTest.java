package vn.qcdc.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so docker-compose.yml and the Dockerfile are checked by reading them. */
class DockerComposeFileTest {

  static Map<String, Object> compose;
  static Map<String, Object> app;
  static Map<String, Object> db;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void parse() throws IOException {
    compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    Map<String, Object> services = (Map<String, Object>) compose.get("services");
    app = (Map<String, Object>) services.get("app");
    db = (Map<String, Object>) services.get("db");
  }

  @Test
  void definesTheApplicationAndPostgresql() {
    assertThat(keys(compose.get("services"))).containsExactlyInAnyOrder("app", "db");
    assertThat(db.get("image").toString()).startsWith("postgres:");
    assertThat(app.get("build")).isEqualTo(".");
    assertThat(Files.isRegularFile(Path.of("Dockerfile"))).isTrue();
  }

  @Test
  void publishesTheApplicationOnPort8080() throws IOException {
    assertThat(list(app.get("ports"))).containsExactly("8080:8080");
    assertThat(Files.readString(Path.of("Dockerfile"))).contains("EXPOSE 8080");
  }

  @Test
  void keepsTheDatabaseInANamedVolumeAndMountsTheRulesReadOnly() {
    assertThat(list(db.get("volumes"))).containsExactly("qcdc-db:/var/lib/postgresql/data");
    assertThat(keys(compose.get("volumes"))).containsExactlyInAnyOrder("qcdc-db", "qcdc-data");
    assertThat(list(app.get("volumes"))).containsExactly("./rules:/app/rules:ro", "qcdc-data:/app/data");
    assertThat(env(app).get("QCDC_RULES_PATH")).isEqualTo("/app/rules");
  }

  @Test
  void theApplicationRunsAsTheImagesUserOnAReadOnlyFileSystemWithoutCapabilities() {
    assertThat(app).doesNotContainKey("user");
    assertThat(app.get("read_only")).isEqualTo(true);
    assertThat(list(app.get("tmpfs"))).containsExactly("/tmp");
    assertThat(list(app.get("cap_drop"))).containsExactly("ALL");
    assertThat(list(app.get("security_opt"))).containsExactly("no-new-privileges:true");
  }

  @Test
  void nothingAllowsTheServiceToRunAsRoot() throws IOException {
    assertThat(env(app).keySet()).allSatisfy(name -> assertThat(name.toUpperCase()).doesNotContain("ALLOWROOT"));
    assertThat(Files.readString(Path.of("docker-compose.yml")).toLowerCase()).doesNotContain("allow-root");
  }

  @Test
  void bothServicesHaveHealthChecksAndTheApplicationWaitsForAHealthyDatabase() throws IOException {
    assertThat(healthTest(db)).contains("pg_isready");
    assertThat(healthTest(app)).contains("curl").contains("http://localhost:8080/actuator/health");
    assertThat(Files.readString(Path.of("Dockerfile"))).contains("install -y --no-install-recommends curl");
    assertThat(((Map<?, ?>) ((Map<?, ?>) app.get("depends_on")).get("db")).get("condition"))
        .isEqualTo("service_healthy");
  }

  @Test
  void theApplicationUsesThePostgresProfileAndTheComposeDatabase() {
    Map<String, Object> env = env(app);
    assertThat(env.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
    assertThat(env.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://db:5432/" + env(db).get("POSTGRES_DB"));
    assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(env(db).get("POSTGRES_USER"));
    assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(env(db).get("POSTGRES_PASSWORD"));
    assertThat(env).containsKeys("QCDC_BOOTSTRAPADMIN_USERNAME", "QCDC_BOOTSTRAPADMIN_PASSWORD");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object yaml) {
    return (List<Object>) yaml;
  }

  @SuppressWarnings("unchecked")
  private static java.util.Set<Object> keys(Object yaml) {
    return ((Map<Object, Object>) yaml).keySet();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> env(Map<String, Object> service) {
    return (Map<String, Object>) service.get("environment");
  }

  private static String healthTest(Map<String, Object> service) {
    return String.valueOf(((Map<?, ?>) service.get("healthcheck")).get("test"));
  }
}
