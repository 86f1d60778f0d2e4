package dev.cloudmaker.emulator.digitalocean;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A DigitalOcean emulator started by type, and how cloudmaker, doctl or Terraform reach it. */
final class RunningDigitalOcean implements RunningEmulator {
    /** The emulator takes any bearer token; this is the one it hands out. */
    static final String TOKEN = "emulator";

    private final DigitalOceanEmulator emulator;

    RunningDigitalOcean(DigitalOceanEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public URI url() {
        return emulator.baseUrl();
    }

    @Override
    public Map<String, String> providerSettings() {
        return Map.of("api_url", url().toString());
    }

    @Override
    public Map<String, String> credentials() {
        return Map.of("token", TOKEN);
    }

    /** cloudmaker and Terraform read {@code DIGITALOCEAN_TOKEN}, doctl {@code DIGITALOCEAN_ACCESS_TOKEN}. */
    @Override
    public Map<String, String> clientEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DIGITALOCEAN_API_URL", url().toString());
        env.put("DIGITALOCEAN_TOKEN", TOKEN);
        env.put("DIGITALOCEAN_ACCESS_TOKEN", TOKEN);
        return Collections.unmodifiableMap(env);
    }

    @Override
    public EmulatedAccount account() {
        return emulator.account();
    }

    @Override
    public void close() {
        emulator.close();
    }

    @Override
    public String toString() {
        return "RunningDigitalOcean[" + url() + "]";
    }
}
