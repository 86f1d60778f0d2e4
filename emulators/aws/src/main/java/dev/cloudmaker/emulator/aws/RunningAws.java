package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import java.net.URI;
import java.util.Map;

/**
 * An AWS emulator started by type, and how the AWS CLI, boto3, Ansible and cloudmaker reach it: {@code api_url} and
 * {@code region} for the provider, {@code access_key_id}/{@code secret_access_key} for security.json, and the
 * {@code AWS_*} variables (Debian's AWS CLI and boto3 ignore {@code AWS_ENDPOINT_URL}: give them
 * {@code --endpoint-url} / {@code endpoint_url}).
 */
final class RunningAws implements RunningEmulator {
    private final AwsEmulator emulator;

    RunningAws(AwsEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public URI url() {
        return emulator.baseUrl();
    }

    @Override
    public Map<String, String> providerSettings() {
        return Map.of("api_url", url().toString(), "region", emulator.region());
    }

    @Override
    public Map<String, String> credentials() {
        return Map.of("access_key_id", emulator.accessKeyId(), "secret_access_key", emulator.secretAccessKey());
    }

    @Override
    public Map<String, String> clientEnvironment() {
        return emulator.clientEnvironment();
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
        return "RunningAws[" + url() + "]";
    }
}
