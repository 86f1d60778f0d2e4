package dev.cloudmaker.openstack;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.spi.ProviderSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves an {@link AuthConfig} the way OpenStack's own clients do, so a user's existing setup works as it is: a
 * {@code cloud} (cloud.json, else {@code OS_CLOUD}) is read from clouds.yaml; without one, the {@code OS_*} variables
 * when {@code OS_AUTH_URL} is set; else the lone cloud of a clouds.yaml. Fields in cloud.json and security.json go
 * over whichever of these applies, key by key; an {@code auth_url} there without a {@code cloud} in cloud.json stands
 * alone (neither {@code OS_*} nor clouds.yaml add to it). Domains left unset are {@code default}, as the openstack
 * CLI assumes.
 */
final class AuthConfigResolver {
    /** The SDK's flat keys this provider reads, each also an {@code OS_<KEY>} variable. */
    static final List<String> KEYS = List.of("auth_url", "username", "user_id", "password", "project_name", "project_id",
            "user_domain_name", "user_domain_id", "project_domain_name", "project_domain_id", "region_name", "interface",
            "application_credential_id", "application_credential_secret");

    private AuthConfigResolver() {
    }

    static AuthConfig resolve(ProviderSettings settings, Preset preset, List<Path> searchPath) {
        Map<String, String> env = settings.env();
        String what = "provider " + settings.name() + " (" + preset.type() + ")";
        Map<String, String> values = new LinkedHashMap<>(preset.defaults());
        String source;
        // an auth_url of cloud.json or security.json (the sandbox's, --api-url's) is a whole login: the environment's
        // cloud or openrc must not slip its user or credential under it
        boolean explicitUrl = settings.setting(OpenStackSettings.AUTH_URL, null) != null
                || settings.credentials().get(OpenStackSettings.AUTH_URL).isPresent();
        String cloud = Optional.ofNullable(settings.setting(OpenStackSettings.CLOUD, null))
                .orElse(explicitUrl ? null : env.get("OS_CLOUD"));
        if (explicitUrl && settings.setting(OpenStackSettings.CLOUD, null) == null) {
            source = "security.json";
        } else if (cloud != null && !cloud.isBlank()) {
            CloudsYaml file = CloudsYaml.find(env, searchPath).orElseThrow(() -> new CloudmakerException(what
                    + " names cloud \"" + cloud + "\", but there is no clouds.yaml in " + searchPath + " and "
                    + CloudsYaml.FILE_VARIABLE + " is not set; create one, or give auth_url, username and password in "
                    + "security.json instead"));
            values.putAll(file.cloud(cloud));
            source = "cloud \"" + cloud + "\" in " + file.file();
        } else if (has(env, "OS_AUTH_URL") || preset != Preset.OPENSTACK && has(env, "OS_USERNAME")) {
            KEYS.forEach(k -> Optional.ofNullable(env.get("OS_" + k.toUpperCase(java.util.Locale.ROOT)))
                    .filter(v -> !v.isBlank()).ifPresent(v -> values.put(k, v)));
            if (!values.containsKey("project_name") && has(env, "OS_TENANT_NAME")) {
                values.put("project_name", env.get("OS_TENANT_NAME"));
            }
            source = "the OS_* environment variables";
        } else {
            Optional<CloudsYaml> file = CloudsYaml.find(env, searchPath);
            Optional<String> only = file.flatMap(CloudsYaml::onlyCloud);
            if (only.isPresent()) {
                values.putAll(file.get().cloud(only.get()));
                source = "cloud \"" + only.get() + "\" in " + file.get().file();
            } else {
                source = "security.json";
            }
        }
        boolean explicit = false;
        for (String key : KEYS) {
            String value = settings.setting(key, null);
            if (value == null) {
                value = settings.credentials().get(key).map(Secret::reveal).orElse(null);
            }
            if (value != null && !value.isBlank()) {
                values.put(key, value.strip());
                explicit = true;
            }
        }
        Optional<Secret> apiKey = settings.credentials().get(OpenStackSettings.API_KEY).filter(k -> !k.isBlank());
        if (apiKey.isPresent()) {
            values.put("password", apiKey.get().reveal());
            explicit = true;
        }
        if (explicit && !source.equals("security.json")) {
            source = source + " with cloud.json's and security.json's fields";
        }
        return build(what, values, source, preset);
    }

    private static AuthConfig build(String what, Map<String, String> v, String source, Preset preset) {
        String region = v.get("region_name");
        String url = Optional.ofNullable(v.get("auth_url")).orElse(preset.authUrlFor(region));
        if (url == null) {
            throw new CloudmakerException(what + " has no auth_url (read from " + source + "): name a cloud of your "
                    + "clouds.yaml in cloud.json (\"cloud\": \"mycloud\") or OS_CLOUD, set OS_AUTH_URL and the other OS_* "
                    + "variables (source your openrc file), or give auth_url, username, password and project_name in "
                    + "security.json's providers section");
        }
        URI authUrl;
        try {
            authUrl = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new CloudmakerException(what + ": auth_url \"" + url + "\" (from " + source + ") is not a URL; write "
                    + "Keystone's address, like https://keystone.example.com:5000/v3");
        }
        if (authUrl.getScheme() == null || authUrl.getHost() == null) {
            throw new CloudmakerException(what + ": auth_url \"" + url + "\" (from " + source + ") is not an http(s) "
                    + "URL; write Keystone's address, like https://keystone.example.com:5000/v3");
        }
        if (authUrl.getPath() != null && authUrl.getPath().replaceAll("/+$", "").endsWith("/v2.0")) {
            // Keystone v2.0 left OpenStack in Queens; Rackspace's classic identity (RAX-KSKEY) is the one still met
            throw new CloudmakerException(what + ": auth_url \"" + url + "\" (from " + source + ") is Keystone v2.0, "
                    + "which cloudmaker does not speak (Rackspace's classic identity.api.rackspacecloud.com/v2.0 is one); "
                    + "give the cloud's Keystone v3 address, or for Rackspace use \"type\": \"rackspace\" without auth_url: "
                    + "OpenStack Flex's Keystone v3, with your API key as api_key");
        }
        boolean appCredential = v.containsKey("application_credential_id");
        if (appCredential && !v.containsKey("application_credential_secret")) {
            throw new CloudmakerException(what + " has application_credential_id but no application_credential_secret "
                    + "(from " + source + "); add the secret Keystone showed when the credential was made");
        }
        if (!appCredential && (!v.containsKey("username") && !v.containsKey("user_id") || !v.containsKey("password"))) {
            throw new CloudmakerException(what + " needs a username and a " + (preset == Preset.RACKSPACE ? "API key "
                    + "(api_key or password)" : "password") + ", or an application_credential_id and _secret; "
                    + "none complete in " + source + "; add them to security.json's providers section or to your clouds.yaml");
        }
        if (!appCredential && !v.containsKey("project_name") && !v.containsKey("project_id")) {
            throw new CloudmakerException(what + " has no project_name or project_id (from " + source + "): servers "
                    + "belong to a project; add project_name to security.json or your clouds.yaml, or set OS_PROJECT_NAME");
        }
        String userDomainName = v.get("user_domain_name");
        String userDomainId = v.getOrDefault("user_domain_id", userDomainName == null ? "default" : null);
        String projectDomainName = v.get("project_domain_name");
        String projectDomainId = v.getOrDefault("project_domain_id", projectDomainName == null ? "default" : null);
        return new AuthConfig(authUrl, v.get("username"), v.get("user_id"), secret(v.get("password")),
                v.get("project_name"), v.get("project_id"), userDomainName, userDomainId, projectDomainName, projectDomainId,
                v.get("application_credential_id"), secret(v.get("application_credential_secret")), region,
                v.getOrDefault("interface", "public"), source);
    }

    private static Secret secret(String value) {
        return value == null ? null : Secret.of(value);
    }

    private static boolean has(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
