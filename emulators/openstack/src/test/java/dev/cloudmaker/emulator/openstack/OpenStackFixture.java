package dev.cloudmaker.emulator.openstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An OpenStack emulator on a free port and a client logged in to it: the start of a test against the emulator, here
 * and in the OpenStack provider's tests (this module's test jar). {@link #cloudsYaml} and {@link #clientEnvironment}
 * point openstacksdk, the {@code openstack} CLI and Ansible at it with nothing of the user's own configuration.
 */
public final class OpenStackFixture implements AutoCloseable {
    /** The cloud's name in the clouds.yaml {@link #cloudsYaml} writes. */
    public static final String CLOUD = "emulator";

    private final OpenStackEmulator emulator;
    private final OsTestClient client;

    private OpenStackFixture(OpenStackEmulator emulator) {
        this.emulator = emulator;
        this.client = OsTestClient.login(emulator);
    }

    /** @param settings more builder settings (clock, boot delay, faults, ...) */
    public static OpenStackFixture start(UnaryOperator<OpenStackEmulatorBuilder> settings) {
        return new OpenStackFixture(settings.apply(OpenStackEmulator.builder()).start());
    }

    public OpenStackEmulator emulator() {
        return emulator;
    }

    /** Logged in as the emulator's user; Nova at microversion 2.1 unless {@link OsTestClient#microversion} says else. */
    public OsTestClient client() {
        return client;
    }

    /** Writes {@code dir/clouds.yaml} with one cloud, {@link #CLOUD}, a password login to the emulator; returns it. */
    public Path cloudsYaml(Path dir) {
        String yaml = "clouds:\n  " + CLOUD + ":\n    auth:\n"
                + "      auth_url: \"" + emulator.authUrl() + "\"\n"
                + "      username: \"" + emulator.user() + "\"\n"
                + "      password: \"" + emulator.password() + "\"\n"
                + "      project_name: \"" + emulator.project() + "\"\n"
                + "      user_domain_name: \"" + emulator.domain() + "\"\n"
                + "      project_domain_name: \"" + emulator.domain() + "\"\n"
                + "    region_name: \"" + emulator.region() + "\"\n"
                + "    interface: public\n    identity_api_version: 3\n";
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve("clouds.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The environment of a client process run against the emulator with {@code cloudsYaml}: {@code OS_CLIENT_CONFIG_FILE}
     * and {@code OS_CLOUD}, {@code HOME} set to {@code home} (so no user configuration or cache is read), and no proxy
     * for loopback. Start from an empty environment plus {@code PATH} and add these.
     */
    public Map<String, String> clientEnvironment(Path cloudsYaml, Path home) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("OS_CLIENT_CONFIG_FILE", cloudsYaml.toString());
        env.put("OS_CLOUD", CLOUD);
        env.put("no_proxy", "127.0.0.1,localhost");
        env.put("NO_PROXY", "127.0.0.1,localhost");
        env.put("LANG", "C.UTF-8");
        return env;
    }

    @Override
    public void close() {
        emulator.close();
    }
}
