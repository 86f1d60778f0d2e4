package dev.cloudmaker.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.ApiException.Kind;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "Not found" is an answer only where the caller says so, and only by the failure's kind. */
class ApiCallsTest {

    private static ApiException failure(Kind kind, int status) {
        return new ApiException("answered " + status, kind, status, null, null, false, null);
    }

    @Test
    void aResourceAlreadyGoneIsADoneDelete() {
        AtomicInteger calls = new AtomicInteger();
        ApiCalls.ignoreNotFound(() -> {
            calls.incrementAndGet();
            throw failure(Kind.NOT_FOUND, 400);
        });
        assertThat(calls).hasValue(1);
    }

    @Test
    void aMissingResourceReadsAsEmpty() {
        assertThat(ApiCalls.orEmpty(() -> {
            throw failure(Kind.NOT_FOUND, 404);
        })).isEmpty();
        assertThat(ApiCalls.orEmpty(() -> "droplet 7")).hasValue("droplet 7");
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = "NOT_FOUND", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherFailureGoesThrough(Kind kind) {
        ApiException other = failure(kind, 404);
        assertThatThrownBy(() -> ApiCalls.ignoreNotFound(() -> {
            throw other;
        })).isSameAs(other);
        assertThatThrownBy(() -> ApiCalls.orEmpty(() -> {
            throw other;
        })).isSameAs(other);
    }

    @Test
    void plainHttpStatusesReadAsKinds() {
        assertThat(Kind.ofStatus(404)).isEqualTo(Kind.NOT_FOUND);
        assertThat(Kind.ofStatus(409)).isEqualTo(Kind.CONFLICT);
        assertThat(Kind.ofStatus(429)).isEqualTo(Kind.THROTTLED);
        assertThat(Kind.ofStatus(401)).isEqualTo(Kind.AUTH);
        assertThat(Kind.ofStatus(403)).isEqualTo(Kind.AUTH);
        assertThat(Kind.ofStatus(400)).isEqualTo(Kind.INVALID);
        assertThat(Kind.ofStatus(422)).isEqualTo(Kind.INVALID);
        assertThat(Kind.ofStatus(501)).as("not implemented: asking again cannot help").isEqualTo(Kind.INVALID);
        assertThat(Kind.ofStatus(500)).isEqualTo(Kind.SERVER);
        assertThat(Kind.ofStatus(503)).isEqualTo(Kind.SERVER);
    }

    @Test
    void onlyAThrottledFailureCarriesAWait() {
        ApiException throttled = failure(Kind.THROTTLED, 429).withRetryAfter(Duration.ofSeconds(3));
        assertThat(throttled.retryAfter()).hasValue(Duration.ofSeconds(3));
        assertThat(throttled).hasMessage("answered 429");
        assertThat(throttled.retryable()).isTrue();
        assertThat(failure(Kind.SERVER, 503).withRetryAfter(Duration.ofSeconds(3)).retryAfter()).isEmpty();
    }
}
