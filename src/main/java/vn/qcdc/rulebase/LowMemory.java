package vn.qcdc.rulebase;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Comparator;
import javax.management.NotificationEmitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the heap is still {@value #PERCENT} % full after a garbage collection, stops the rule run that allocated most:
 * one runaway evaluation must not starve the rest of the service.
 */
final class LowMemory {

  static final int PERCENT = 85;
  private static final Logger LOG = LoggerFactory.getLogger(LowMemory.class);

  private LowMemory() {}

  /** Registers the listener once per JVM. */
  static void watch() {
    Holder.ON.hashCode();
  }

  private static final class Holder {
    static final Object ON = register();

    private static Object register() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        long max = pool.getUsage().getMax();
        if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
          pool.setCollectionUsageThreshold(max / 100 * PERCENT);
        }
      }
      ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener((n, h) -> {
        if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())) {
          RuleRun.RUNNING.stream().max(Comparator.comparingLong(RuleRun::allocated)).ifPresent(run -> {
            LOG.warn("the heap is over {} % after a collection; stopping the rule run that allocated most", PERCENT);
            run.cutOff(vn.qcdc.i18n.Message.of("rules.runaway.lowMemory"));
          });
        }
      }, null, null);
      return Boolean.TRUE;
    }
  }
}
