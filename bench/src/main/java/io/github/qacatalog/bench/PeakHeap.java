package io.github.qacatalog.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The most heap in use while a piece of work ran: each heap pool's peak, added up. Pools peak at
 * different moments, so the sum errs high, never low.
 */
final class PeakHeap {
  private PeakHeap() {}

  /** Collects garbage and forgets earlier peaks, so the next reading covers only what follows. */
  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Bytes: the sum of every heap pool's peak since {@link #reset()}. */
  static long read() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
