package dev.cloudmaker.emulator.aws;

import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * An AWS emulator on a free port with its default credentials and region ({@code us-east-1}), and a client signing
 * with them: the start of a test against the emulator, here and in an AWS provider's tests (this module's test jar).
 * Point an SDK at {@link #endpoint()} with {@link #accessKeyId()}/{@link #secretAccessKey()} and {@link #region()}.
 */
public final class AwsFixture implements AutoCloseable {
    private final AwsEmulator emulator;
    private final SignedAwsClient client;

    private AwsFixture(AwsEmulator emulator, Clock clock) {
        this.emulator = emulator;
        this.client = new SignedAwsClient(emulator.baseUrl(), emulator.accessKeyId(), emulator.secretAccessKey(),
                emulator.region(), clock);
    }

    /** An emulator as {@link AwsEmulator#builder()} makes it (no delays, no throttling), on the system clock. */
    public static AwsFixture start() {
        return start(b -> b);
    }

    /** @param settings more builder settings (delays, throttling, faults, a clock, ...) */
    public static AwsFixture start(UnaryOperator<AwsEmulatorBuilder> settings) {
        return start(Clock.systemUTC(), settings);
    }

    /** @param clock the emulator's clock, which the client also dates its signatures with */
    public static AwsFixture start(Clock clock, UnaryOperator<AwsEmulatorBuilder> settings) {
        return new AwsFixture(settings.apply(AwsEmulator.builder().clock(clock)).start(), clock);
    }

    public AwsEmulator emulator() {
        return emulator;
    }

    public SignedAwsClient client() {
        return client;
    }

    /** {@code http://127.0.0.1:PORT}, EC2's and Route 53's endpoint override. */
    public java.net.URI endpoint() {
        return emulator.baseUrl();
    }

    public String accessKeyId() {
        return emulator.accessKeyId();
    }

    public String secretAccessKey() {
        return emulator.secretAccessKey();
    }

    public String region() {
        return emulator.region();
    }

    @Override
    public void close() {
        emulator.close();
    }
}
