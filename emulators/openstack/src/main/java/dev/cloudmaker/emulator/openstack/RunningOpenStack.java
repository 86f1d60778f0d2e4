package dev.cloudmaker.emulator.openstack;

import dev.cloudmaker.emulator.kit.EmulatedAccount;
import dev.cloudmaker.emulator.kit.RunningEmulator;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An OpenStack emulator started by type, and how openstacksdk, the {@code openstack} CLI, Ansible and cloudmaker
 * reach it: the {@code OS_*} variables of a password login to Keystone v3 in the domain {@code Default}.
 */
final class RunningOpenStack implements RunningEmulator {
    private final OpenStackEmulator emulator;

    RunningOpenStack(OpenStackEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public URI url() {
        return emulator.baseUrl();
    }

    @Override
    public Map<String, String> providerSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("auth_url", emulator.authUrl().toString());
        settings.put("region_name", emulator.region());
        return settings;
    }

    @Override
    public Map<String, String> credentials() {
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("username", emulator.user());
        credentials.put("password", emulator.password());
        credentials.put("project_name", emulator.project());
        credentials.put("user_domain_name", emulator.domain());
        credentials.put("project_domain_name", emulator.domain());
        return credentials;
    }

    @Override
    public Map<String, String> clientEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OS_AUTH_URL", emulator.authUrl().toString());
        env.put("OS_USERNAME", emulator.user());
        env.put("OS_PASSWORD", emulator.password());
        env.put("OS_PROJECT_NAME", emulator.project());
        env.put("OS_USER_DOMAIN_NAME", emulator.domain());
        env.put("OS_PROJECT_DOMAIN_NAME", emulator.domain());
        env.put("OS_REGION_NAME", emulator.region());
        env.put("OS_IDENTITY_API_VERSION", "3");
        return java.util.Collections.unmodifiableMap(env);
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
        return "RunningOpenStack[" + url() + "]";
    }
}
