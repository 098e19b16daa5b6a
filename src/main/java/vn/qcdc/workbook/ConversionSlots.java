package vn.qcdc.workbook;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import vn.qcdc.i18n.Message;
import vn.qcdc.i18n.Worded;

/**
 * How many workbooks the process reads at once, whatever the page or API they came through: each holds up to a few
 * hundred megabytes while POI has it in memory, so the limit per workbook only bounds the memory with this one.
 */
public final class ConversionSlots {

  /** How long an upload waits for a slot before it is refused as busy. */
  static final Duration WAIT = Duration.ofSeconds(60);
  private static final Map<Integer, Semaphore> SLOTS = new ConcurrentHashMap<>();

  private final Semaphore slots;
  private final Duration wait;

  public ConversionSlots(WorkbookLimits limits) {
    this(SLOTS.computeIfAbsent(Math.max(1, limits.maxConcurrentConversions()), n -> new Semaphore(n, true)), WAIT);
  }

  /** Slots of their own, with their own wait (tests). */
  ConversionSlots(Semaphore slots, Duration wait) {
    this.slots = slots;
    this.wait = wait;
  }

  /** Takes a slot, waiting for one up to a minute; release it in {@code finally}. */
  public void acquire() {
    try {
      if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new WorkbookBusyException();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkbookBusyException();
    }
  }

  public void release() {
    slots.release();
  }

  /** Every slot was taken for a minute: the caller answers 503 and the user tries again later. */
  public static final class WorkbookBusyException extends RuntimeException implements Worded {

    private static final Message TEXT = Message.of("workbook.busy");

    /** The API and the logs get Vietnamese with the English in brackets; a page writes {@link #text()}. */
    WorkbookBusyException() {
      super(TEXT.in(Message.VIETNAMESE) + " (" + TEXT.in(Locale.ENGLISH) + ")", null, false, false);
    }

    @Override
    public Message text() {
      return TEXT;
    }
  }
}
