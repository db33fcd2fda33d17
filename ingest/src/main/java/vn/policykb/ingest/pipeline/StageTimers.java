package vn.policykb.ingest.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How long each stage of the pipeline takes, summed over its threads: one Micrometer timer
 * {@value #METER} per stage, tagged {@code stage} ({@code read}, {@code enrich.people},
 * {@code decide}, {@code index}, {@code commit}, {@code link}...). The web app hands in its
 * registry, so the actuator shows them; a benchmark prints them.
 */
public final class StageTimers {

  public static final String METER = "kb.ingest.stage";

  private final MeterRegistry registry;
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  public StageTimers(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Timers that record nothing. */
  public static StageTimers none() {
    return new StageTimers(new CompositeMeterRegistry());
  }

  public MeterRegistry registry() {
    return registry;
  }

  public void record(String stage, long nanos) {
    timers.computeIfAbsent(stage, s -> Timer.builder(METER).tag("stage", s)
        .description("time spent in one stage of the ingest pipeline, summed over its threads")
        .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
  }

  /** Records the time since {@code startNanos} and returns the time now. */
  public long since(String stage, long startNanos) {
    long now = System.nanoTime();
    record(stage, now - startNanos);
    return now;
  }
}
