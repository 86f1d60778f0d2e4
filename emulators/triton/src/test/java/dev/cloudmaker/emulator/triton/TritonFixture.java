package dev.cloudmaker.emulator.triton;

import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * A Triton emulator on a free port whose account ({@code alice}) holds one fresh Ed25519 key, and a client signing
 * with it: the start of a test against the emulator, here and in a Triton provider's tests (this module's test jar).
 */
public final class TritonFixture implements AutoCloseable {
    public static final String LOGIN = "alice";

    private final TritonEmulator emulator;
    private final TritonTestKey key;
    private final SignedClient client;

    private TritonFixture(TritonEmulator emulator, TritonTestKey key, Clock clock) {
        this.emulator = emulator;
        this.key = key;
        this.client = new SignedClient(emulator.baseUrl(), key.signer(LOGIN), clock);
    }

    /**
     * @param clock    the emulator's clock, which the client also dates its requests with
     * @param settings more builder settings (boot delay, faults, ...)
     */
    public static TritonFixture start(Clock clock, UnaryOperator<TritonEmulatorBuilder> settings) {
        TritonTestKey key = TritonTestKey.ed25519();
        TritonEmulator emulator = settings.apply(TritonEmulator.builder().account(LOGIN).clock(clock)
                .key("fixture", key.publicLine())).start();
        return new TritonFixture(emulator, key, clock);
    }

    public TritonEmulator emulator() {
        return emulator;
    }

    public TritonTestKey key() {
        return key;
    }

    public SignedClient client() {
        return client;
    }

    @Override
    public void close() {
        emulator.close();
    }
}
