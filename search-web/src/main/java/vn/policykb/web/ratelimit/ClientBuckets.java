package vn.policykb.web.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client: {@code burst} requests at once, refilled at {@code perSecond}. The
 * clients seen last are kept, up to a bound, so that a flood of addresses cannot fill the memory.
 */
final class ClientBuckets {

  private final RateLimitProperties limits;
  private final Map<String, Bucket> buckets;

  ClientBuckets(RateLimitProperties limits) {
    this.limits = limits;
    this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > limits.clients();
      }
    };
  }

  /** Takes one request from the client's bucket: consumed, or how long to wait for one. */
  ConsumptionProbe take(String client) {
    Bucket bucket;
    synchronized (buckets) {
      bucket = buckets.computeIfAbsent(client, key -> newBucket());
    }
    return bucket.tryConsumeAndReturnRemaining(1);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(limits.burst()).refillGreedy(limits.perSecond(), Duration.ofSeconds(1))
            .build())
        .build();
  }
}
