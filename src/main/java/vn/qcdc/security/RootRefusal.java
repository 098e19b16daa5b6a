package vn.qcdc.security;

import java.util.OptionalLong;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the service as root (uid 0) unless {@code qcdc.security.allow-root=true}: a flaw in a rule file
 * or a library would otherwise own the whole machine. Runs before any bean, so nothing is opened or written first.
 * The command line does not check: auditors run it on their own machines, on files they chose, and it opens no port.
 */
public class RootRefusal implements EnvironmentPostProcessor {

  static final String DESCRIPTION = "The service refuses to run as root (uid 0): a flaw in a rule file or a library"
      + " would then control the whole machine.\nDịch vụ không chạy bằng tài khoản root (uid 0).";
  static final String ACTION = """
      Run the service as an ordinary user (the Docker image does: user qcdc, uid 1001).
      To run it as root anyway, for example on a developer's machine or in CI, set qcdc.security.allow-root=true:
        mvn spring-boot:run -Dspring-boot.run.arguments=--qcdc.security.allow-root=true
        java -jar qcdc-evaluator.jar --qcdc.security.allow-root=true
        or the environment variable QCDC_SECURITY_ALLOWROOT=true
      Hãy chạy dịch vụ bằng một tài khoản thường; nếu buộc phải chạy bằng root, thêm --qcdc.security.allow-root=true.""";

  private final Log log;
  private final Supplier<OptionalLong> uid;

  public RootRefusal(DeferredLogFactory logs) {
    this(logs.getLog(RootRefusal.class), RootRefusal::currentUid);
  }

  RootRefusal(Log log, Supplier<OptionalLong> uid) {
    this.log = log;
    this.uid = uid;
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    OptionalLong current = uid.get();
    if (current.isEmpty() || current.getAsLong() != 0) {
      return;
    }
    SecurityProperties security = Binder.get(environment).bindOrCreate("qcdc.security", SecurityProperties.class);
    if (!security.allowRoot()) {
      throw new StartupRefusedException(DESCRIPTION, ACTION);
    }
    log.warn("running as root (uid 0) because qcdc.security.allow-root=true; do not do this in production");
  }

  /** The process's user id on Unix-like systems; empty where there is none (Windows) or it cannot be read. */
  static OptionalLong currentUid() {
    try {
      return OptionalLong.of(new com.sun.security.auth.module.UnixSystem().getUid());
    } catch (LinkageError | RuntimeException notUnix) {
      return OptionalLong.empty();
    }
  }
}
