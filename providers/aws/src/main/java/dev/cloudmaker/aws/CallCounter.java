package dev.cloudmaker.aws;

import dev.cloudmaker.core.http.CallStats;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts every attempt the SDK sends into the provider's {@link CallStats}: a second attempt of one call is a retry
 * (caused by the status the previous one got), and 503 or a throttling status is a rate-limit answer.
 */
final class CallCounter implements ExecutionInterceptor {
    private static final ExecutionAttribute<Integer> LAST_STATUS = new ExecutionAttribute<>("cloudmaker.lastStatus");

    private final CallStats stats;

    CallCounter(CallStats stats) {
        this.stats = stats;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        stats.sent(mutating(operation));
        Integer last = attributes.getAttribute(LAST_STATUS);
        if (last != null) {
            stats.retried(operation + " got " + (last == 0 ? "no answer" : "HTTP " + last));
        }
        attributes.putAttribute(LAST_STATUS, 0);
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        int status = context.httpResponse().statusCode();
        attributes.putAttribute(LAST_STATUS, status);
        if (status == 503 || status == 429) {
            stats.rateLimited();
        }
    }

    /** Reads are Describe*, List* and Get*; everything else changes something. */
    static boolean mutating(String operation) {
        return operation == null
                || !(operation.startsWith("Describe") || operation.startsWith("List") || operation.startsWith("Get"));
    }
}
