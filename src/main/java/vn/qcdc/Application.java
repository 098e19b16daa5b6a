package vn.qcdc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.qcdc.cli.Cli;

/**
 * Entry point: {@code evaluate}, {@code validate-rules} and {@code test-rules} run the auditor's command line without
 * starting Spring; anything else starts the service.
 */
@SpringBootApplication
public class Application {

  public static void main(String[] args) {
    if (args.length > 0 && Cli.isCommand(args[0])) {
      System.exit(Cli.run(args));
    }
    SpringApplication.run(Application.class, args);
  }
}
