package vn.qcdc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.qcdc.cli.Cli;

/**
 * Entry point: no arguments, or only Spring's {@code --name=value} options, start the service; anything else is the
 * auditor's command line ({@code evaluate}, {@code validate-rules}, {@code test-rules}, {@code --help}), which runs
 * without Spring and refuses an unknown command instead of starting a server.
 */
@SpringBootApplication
public class Application {

  public static void main(String[] args) {
    if (!Cli.startsService(args)) {
      System.exit(Cli.run(args));
    }
    SpringApplication.run(Application.class, args);
  }
}
