package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The service does not start as root unless a property says so; the refusal says exactly how. */
class RootRefusalTest {

  @Test
  void rootWithoutThePropertyIsRefusedWithTheCommandsThatAllowIt() {
    assertThatThrownBy(() -> check(0, new MockEnvironment()))
        .isInstanceOf(StartupRefusedException.class)
        .hasMessageContaining("refuses to run as root (uid 0)")
        .satisfies(e -> assertThat(((StartupRefusedException) e).action()).contains(
            "mvn spring-boot:run -Dspring-boot.run.arguments=--qcdc.security.allow-root=true",
            "java -jar qcdc-evaluator.jar --qcdc.security.allow-root=true",
            "QCDC_SECURITY_ALLOWROOT=true"));
  }

  @Test
  void rootWithThePropertyFalseIsRefused() {
    MockEnvironment environment = new MockEnvironment().withProperty("qcdc.security.allow-root", "false");

    assertThatThrownBy(() -> check(0, environment)).isInstanceOf(StartupRefusedException.class);
  }

  @Test
  void rootWithThePropertyStarts() {
    MockEnvironment environment = new MockEnvironment().withProperty("qcdc.security.allow-root", "true");

    assertThatCode(() -> check(0, environment)).doesNotThrowAnyException();
  }

  @Test
  void rootWithTheEnvironmentVariableStarts() {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            Map.of("QCDC_SECURITY_ALLOWROOT", "true")));
    ConfigurationPropertySources.attach(environment);

    assertThatCode(() -> check(0, environment)).doesNotThrowAnyException();
  }

  @Test
  void anOrdinaryUserOrASystemWithoutUidsStarts() {
    assertThatCode(() -> check(1001, new MockEnvironment())).doesNotThrowAnyException();
    assertThatCode(() -> new RootRefusal(LogFactory.getLog(getClass()), OptionalLong::empty)
        .postProcessEnvironment(new MockEnvironment(), null)).doesNotThrowAnyException();
  }

  @Test
  void theUidReadIsTheProcessOwnersOnLinux() throws IOException {
    Object owner = Files.getAttribute(Path.of("/proc/self"), "unix:uid");

    assertThat(RootRefusal.currentUid()).hasValue(((Integer) owner).longValue());
  }

  @Test
  void theCheckAndItsReportAreRegisteredWithSpringBoot() throws IOException {
    Properties factories = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring.factories")) {
      factories.load(in);
    }

    assertThat(factories.getProperty("org.springframework.boot.env.EnvironmentPostProcessor"))
        .isEqualTo(RootRefusal.class.getName());
    assertThat(factories.getProperty("org.springframework.boot.diagnostics.FailureAnalyzer"))
        .isEqualTo(StartupRefusalFailureAnalyzer.class.getName());
  }

  private static void check(long uid, org.springframework.core.env.ConfigurableEnvironment environment) {
    new RootRefusal(LogFactory.getLog(RootRefusalTest.class), () -> OptionalLong.of(uid))
        .postProcessEnvironment(environment, null);
  }
}
