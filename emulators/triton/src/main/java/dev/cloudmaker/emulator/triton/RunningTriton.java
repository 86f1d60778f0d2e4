package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.EmulatedKey;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Triton emulator started by type, and how node-triton, smartdc and cloudmaker reach it: {@code TRITON_URL},
 * {@code TRITON_ACCOUNT}, {@code TRITON_KEY_ID} (when the account holds exactly one key) and their {@code SDC_*}
 * twins. The emulator never holds a private key: clients sign with their own. Given a key file whose private half
 * lies beside it, its credentials name both ({@code key_id}, {@code private_key_file}), as the CLI's sandbox needs.
 */
final class RunningTriton implements RunningEmulator {
    private final TritonEmulator emulator;
    private final Optional<ClientKeyFile> signing;

    RunningTriton(TritonEmulator emulator, Optional<ClientKeyFile> signing) {
        this.emulator = emulator;
        this.signing = signing;
    }

    @Override
    public URI url() {
        return emulator.baseUrl();
    }

    @Override
    public Map<String, String> providerSettings() {
        return Map.of("url", url().toString(), "account", emulator.login());
    }

    @Override
    public Map<String, String> credentials() {
        if (signing.isPresent()) {
            return Map.of("key_id", signing.get().fingerprint(), "private_key_file", signing.get().privateKey().toString());
        }
        return oneKey().map(fp -> Map.of("key_id", fp)).orElse(Map.of());
    }

    @Override
    public Map<String, String> clientEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        String keyId = oneKey().orElse(null);
        for (String prefix : List.of("TRITON_", "SDC_")) {
            env.put(prefix + "URL", url().toString());
            env.put(prefix + "ACCOUNT", emulator.login());
            if (keyId != null) {
                env.put(prefix + "KEY_ID", keyId);
            }
        }
        return Collections.unmodifiableMap(env);
    }

    private Optional<String> oneKey() {
        List<EmulatedKey> keys = emulator.account().keys();
        return keys.size() == 1 ? Optional.of(keys.getFirst().fingerprint()) : Optional.empty();
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
        return "RunningTriton[" + url() + "]";
    }
}
