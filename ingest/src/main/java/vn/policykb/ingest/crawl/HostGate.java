package vn.policykb.ingest.crawl;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Politeness towards one host: at most {@code connections} requests in flight, and a request
 * starts no sooner than {@code delay} after the one before it started. With one connection the
 * delay also runs from the end of the previous response, so the server never sees two requests
 * closer than the delay, however long each took.
 */
final class HostGate {

  private final Semaphore connections;
  private final int connectionCount;
  private volatile long delayNanos;
  private long nextStart;

  HostGate(Duration delay, int connections) {
    this.connectionCount = Math.max(1, connections);
    this.connections = new Semaphore(connectionCount, true);
    this.delayNanos = delay.toNanos();
    this.nextStart = System.nanoTime();
  }

  /** A longer delay, as asked by a second source on the host or by robots.txt's Crawl-delay. */
  void atLeast(Duration delay) {
    long nanos = delay.toNanos();
    if (nanos > delayNanos) {
      delayNanos = nanos;
    }
  }

  Duration delay() {
    return Duration.ofNanos(delayNanos);
  }

  /** Waits for a connection and for the host's turn. */
  void enter() throws InterruptedException {
    connections.acquire();
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long start = Math.max(now, nextStart);
      nextStart = start + delayNanos;
      wait = start - now;
    }
    if (wait > 0) {
      try {
        Thread.sleep(Duration.ofNanos(wait));
      } catch (InterruptedException e) {
        connections.release();
        throw e;
      }
    }
  }

  void leave() {
    if (connectionCount == 1) {
      synchronized (this) {
        nextStart = Math.max(nextStart, System.nanoTime() + delayNanos);
      }
    }
    connections.release();
  }
}
