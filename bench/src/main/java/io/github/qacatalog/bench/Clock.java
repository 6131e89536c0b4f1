package io.github.qacatalog.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time and allocation of the measuring thread. CPU time leaves out time spent waiting for a
 * core, so it stays steady when other work shares the machine; elapsed time does not.
 */
final class Clock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Clock() {}

  static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /**
   * CPU time of the whole process so far: every thread, javac's and the JIT compiler's and the
   * garbage collector's included.
   */
  static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Bytes this thread has allocated so far. */
  static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) THREADS).getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
