package vn.qcdc.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps library logging (Drools, KIE) off stdout: without Spring, logback would print DEBUG lines to the console.
 * Only warnings and errors are logged, to stderr, one line each; Drools' advice to rule authors is left out, and so
 * are its copies of the compilation errors that {@code validate-rules} prints with file and line.
 */
final class QuietLogging {

  /** Controls (but newline and tab), format (bidi), line and paragraph separators, private and unassigned. */
  static final String NOT_PRINTABLE = "[\\p{C}\\p{Zl}\\p{Zp}&&[^\\n\\t]]";

  private QuietLogging() {}

  static void configure() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    context.reset();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("stderr");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder(context));
    stderr.start();
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
    // Advice to rule authors (package names vs folders, eval and constraint performance), not to the auditor.
    context.getLogger("org.drools.compiler.kie.builder.impl.KieBuilderImpl").setLevel(Level.ERROR);
    context.getLogger("org.drools.base.rule.EvalCondition").setLevel(Level.ERROR);
    context.getLogger("org.drools.mvel.MVELConstraint").setLevel(Level.ERROR);
    // Repeats the compilation errors that the rule-set loader reports itself, each with its file and line.
    context.getLogger("org.drools.compiler.kie.builder.impl.KieProject").setLevel(Level.OFF);
  }

  /** One line per event; log lines can quote dossier or rule text, so what TerminalText refuses is removed. */
  static PatternLayoutEncoder encoder(LoggerContext context) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%level %logger{36}: %replace(%msg%n%ex){'" + NOT_PRINTABLE + "', ''}");
    encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
    encoder.start();
    return encoder;
  }
}
