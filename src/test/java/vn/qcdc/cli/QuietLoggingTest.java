package vn.qcdc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Library warnings can quote rule or dossier text; on the auditor's terminal they lose their control characters. */
class QuietLoggingTest {

  @Test
  void aLoggedMessageLosesItsControlCharactersButKeepsItsLetters() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    context.start();
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setEncoder(QuietLogging.encoder(context));
    appender.setOutputStream(sink);
    appender.start();
    Logger logger = context.getLogger("rules");
    logger.addAppender(appender);

    logger.warn("tệp g1\u001b[2J\u202e\tquy tắc\r");

    assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("WARN rules: tệp g1[2J\tquy tắc\n");
  }
}
