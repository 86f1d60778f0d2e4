package dev.cloudmaker.emulator.kit.http;

import dev.cloudmaker.emulator.kit.Operation;
import dev.cloudmaker.emulator.kit.OperationClass;
import dev.cloudmaker.emulator.kit.rate.RateDecision;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A toy cloud in the shape of EC2's Query API, to drive the pipeline without DigitalOcean: one counter,
 * {@code Action=Increment} and {@code Action=Get} as form posts, credentials in {@code x-key}, EC2-like
 * {@code RequestLimitExceeded} as a 503. Counts how often its state was saved.
 */
final class CounterCloud implements Wire, AccountState {
    private final ReentrantLock lock = new ReentrantLock();
    private final ActionRouter<Supplier<ApiResponse>> router = new ActionRouter<Supplier<ApiResponse>>()
            .add("Increment", "counter", () -> text(200, Integer.toString(++this.value)))
            .add("Get", "reads", () -> text(200, Integer.toString(this.value)));
    int value;
    int saves;

    @Override
    public List<String> operations() {
        return router.operations();
    }

    @Override
    public Resolved resolve(WireRequest request) {
        var match = router.match(request);
        String name = match.map(RouteMatch::operation).orElse(Operation.UNKNOWN);
        OperationClass cls = name.equals("counter") ? OperationClass.WRITE : OperationClass.READ;
        return new Resolved(new Operation(name, cls), call -> match.map(m -> m.route().handler().get())
                .orElse(text(400, "InvalidAction")));
    }

    @Override
    public Optional<String> authenticate(WireRequest request) {
        return Optional.ofNullable(request.header("X-Key"));
    }

    @Override
    public ApiResponse refusal(Refusal refusal, String requestId) {
        return switch (refusal) {
            case Refusal.Unauthenticated u -> text(401, "AuthFailure");
            case Refusal.Throttled t -> text(503, "RequestLimitExceeded");
            case Refusal.ServerError e -> text(e.status(), "InternalError");
        };
    }

    @Override
    public Map<String, String> headers(String requestId, RateDecision rate, boolean throttled) {
        return Map.of("x-amzn-requestid", requestId);
    }

    @Override
    public boolean isList(String method, ApiResponse response) {
        return false;
    }

    @Override
    public <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void persist() {
        saves++;
    }

    private static ApiResponse text(int status, String body) {
        return new ApiResponse(status, "text/plain", body.getBytes(StandardCharsets.UTF_8));
    }
}
