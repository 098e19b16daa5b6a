package vn.qcdc.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Failed sign-ins counted per key (a user name, an address, or both) in a fixed window: the {@code limit}-th failure
 * within {@code window} of the first refuses the key for {@code window}. A refused key is not checked against a
 * password, so refused attempts neither count nor prolong the refusal: it always ends. Memory is bounded by a
 * Caffeine cache of at most {@code tracked} keys; entries expire once nothing about them is left to remember.
 */
final class FailureCounter {

  private record Window(int failures, Instant start, Instant refusedUntil) {}

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Cache<String, Window> windows;

  FailureCounter(int limit, Duration window, int tracked, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
    this.windows = Caffeine.newBuilder().maximumSize(tracked).expireAfterWrite(window)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
  }

  /** How much longer the key is refused; empty when it is not. */
  Optional<Duration> refusedFor(String key) {
    Window w = windows.getIfPresent(key);
    Instant now = clock.instant();
    if (w == null || w.refusedUntil() == null || !now.isBefore(w.refusedUntil())) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, w.refusedUntil()));
  }

  void failed(String key) {
    windows.asMap().compute(key, (k, w) -> {
      Instant now = clock.instant();
      if (w == null || !now.isBefore(w.start().plus(window))
          || (w.refusedUntil() != null && !now.isBefore(w.refusedUntil()))) {
        w = new Window(0, now, null);
      }
      int failures = w.failures() + 1;
      return new Window(failures, w.start(), failures >= limit ? now.plus(window) : null);
    });
  }

  void reset(String key) {
    windows.invalidate(key);
  }

  /** Keys remembered now (after pending evictions), for the test that memory stays bounded. */
  long size() {
    windows.cleanUp();
    return windows.estimatedSize();
  }
}
