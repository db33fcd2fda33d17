package vn.policykb.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientBucketsTest {

  @Test
  void eachClientHasItsOwnBucket() {
    ClientBuckets buckets = new ClientBuckets(new RateLimitProperties(true, 2, 1, 100));

    assertThat(buckets.take("10.0.0.1").isConsumed()).isTrue();
    assertThat(buckets.take("10.0.0.1").isConsumed()).isTrue();
    assertThat(buckets.take("10.0.0.1").isConsumed()).isFalse();
    assertThat(buckets.take("10.0.0.2").isConsumed()).isTrue();
  }

  @Test
  void aForgottenClientStartsWithAFullBucket() {
    ClientBuckets buckets = new ClientBuckets(new RateLimitProperties(true, 1, 1, 2));
    buckets.take("a");
    assertThat(buckets.take("a").isConsumed()).isFalse();

    buckets.take("b");
    buckets.take("c");

    assertThat(buckets.take("a").isConsumed()).as("a was the longest unseen of three").isTrue();
  }

  @Test
  void aRefusalSaysHowLongToWait() {
    ClientBuckets buckets = new ClientBuckets(new RateLimitProperties(true, 1, 1, 10));
    buckets.take("a");

    assertThat(buckets.take("a").getNanosToWaitForRefill()).isBetween(1L, 1_000_000_000L);
  }
}
