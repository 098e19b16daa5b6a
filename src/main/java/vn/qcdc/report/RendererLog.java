package vn.qcdc.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's messages to SLF4J instead of its own console handler: warnings and errors as such, its
 * chatter (font loading, layout) at debug.
 */
final class RendererLog implements XRLogger {

  private static final Logger LOG = LoggerFactory.getLogger("vn.qcdc.report.pdf");

  private RendererLog() {}

  static synchronized void install() {
    if (!(XRLog.getLoggerImpl() instanceof RendererLog)) {
      XRLog.setLoggerImpl(new RendererLog());
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    if (level.intValue() >= Level.SEVERE.intValue()) {
      LOG.error("{}: {}", where, msg, th);
    } else if (level.intValue() >= Level.WARNING.intValue()) {
      LOG.warn("{}: {}", where, msg, th);
    } else {
      LOG.debug("{}: {}", where, msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // Levels are set through SLF4J's configuration.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    int level = diagnostic.getLevel().intValue();
    return level >= Level.WARNING.intValue() || LOG.isDebugEnabled();
  }
}
