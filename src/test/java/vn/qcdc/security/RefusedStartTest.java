package vn.qcdc.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.qcdc.Application;

/** The whole service, started as root or with a one-character bootstrap password: it stops and says why and what to do. */
@ExtendWith(OutputCaptureExtension.class)
class RefusedStartTest {

  @Test
  void aOneCharacterBootstrapPasswordStopsTheServiceWithTheReasonAndTheRemedy(CapturedOutput output) {
    SpringApplicationBuilder service = new SpringApplicationBuilder(Application.class).profiles("test");

    assertThatThrownBy(() -> service.run("--server.port=0", "--qcdc.bootstrap-admin.username=boss",
        "--qcdc.bootstrap-admin.password=x")).hasRootCauseInstanceOf(StartupRefusedException.class);

    assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
        "The password of the first administrator (qcdc.bootstrap-admin.password) is refused",
        "Mật khẩu phải có ít nhất 10 ký tự.", "QCDC_BOOTSTRAPADMIN_PASSWORD");
  }

  /** Tests run as root in CI and in these containers; on a developer's machine as a user there is nothing to refuse. */
  @Test
  void asRootWithoutThePropertyTheServiceStopsBeforeAnythingStartsAndSaysHowToAllowIt(CapturedOutput output) {
    assumeTrue(RootRefusal.currentUid().equals(OptionalLong.of(0)), "runs as root");
    SpringApplicationBuilder service = new SpringApplicationBuilder(Application.class).profiles("test");

    assertThatThrownBy(() -> service.run("--server.port=0", "--qcdc.security.allow-root=false"))
        .isInstanceOf(StartupRefusedException.class);

    assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "refuses to run as root (uid 0)",
        "mvn spring-boot:run -Dspring-boot.run.arguments=--qcdc.security.allow-root=true")
        .doesNotContain("Tomcat initialized", "HikariPool");
  }
}
