package vn.qcdc.demo;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How far the demo import is: it runs after the service has started (the demo users exist from the start), so the
 * sign-in page can say that the demo communes' figures are still being loaded.
 */
@Component
public class DemoImport {

  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;
  private volatile boolean running;

  /** Whether the import of the demo dossiers is under way. */
  public boolean running() {
    return running;
  }

  public int done() {
    return done.get();
  }

  public int total() {
    return total;
  }

  void started(int dossiers) {
    done.set(0);
    total = dossiers;
    running = true;
  }

  void imported() {
    done.incrementAndGet();
  }

  void finished() {
    running = false;
  }
}
