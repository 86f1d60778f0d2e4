package dev.cloudmaker.openstack;

import dev.cloudmaker.core.spi.CredentialField;
import dev.cloudmaker.core.spi.SettingSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The names an {@code openstack} (or {@code rackspace}) provider takes: settings in cloud.json, credential fields in
 * security.json (the keys of clouds.yaml's {@code auth} section, spelt the same). No field names an environment
 * variable for the CLI to copy: the provider reads {@code OS_CLOUD} and the {@code OS_*} variables itself, as
 * openstacksdk does, so a clouds.yaml cloud and an openrc file are never mixed.
 */
final class OpenStackSettings {
    static final String CLOUD = "cloud";
    static final String AUTH_URL = "auth_url";
    static final String REGION = "region_name";
    static final String INTERFACE = "interface";
    static final String NETWORK = "network";
    static final String FLOATING_IP = "floating_ip";
    static final String API_KEY = "api_key";
    static final String ZONE_EMAIL = "zone_email";

    private OpenStackSettings() {
    }

    static List<SettingSpec> settings() {
        return List.of(
                new SettingSpec(CLOUD, "the cloud's name in your clouds.yaml (else OS_CLOUD, else the OS_* variables)", List.of()),
                new SettingSpec(AUTH_URL, "Keystone's URL, like https://keystone.example.com:5000/v3", List.of()),
                new SettingSpec(REGION, "the region whose endpoints to use (needed when the cloud has several)", List.of()),
                new SettingSpec(INTERFACE, "the catalog's interface: public (default), internal or admin", List.of()),
                new SettingSpec(NETWORK, "the network servers join, by name or id (default: the one external network, "
                        + "else the only one)", List.of()),
                new SettingSpec(FLOATING_IP, "\"true\" to give each server a floating IP from the external network, "
                        + "released with the server", List.of()),
                new SettingSpec(ZONE_EMAIL, "the contact email of a Designate zone cloudmaker creates (--create-zones; "
                        + "default: hostmaster@ the zone)", List.of()));
    }

    static List<CredentialField> credentials(Preset preset) {
        List<CredentialField> out = new ArrayList<>(List.of(
                field(AUTH_URL, "Keystone's URL", false),
                field("username", "your OpenStack user name", false),
                field("password", "your OpenStack password", true),
                field("project_name", "the project (tenant) servers belong to", false),
                field("project_id", "the project's id, instead of project_name", false),
                field("user_domain_name", "your user's domain (default: Default)", false),
                field("project_domain_name", "the project's domain (default: Default)", false),
                field(REGION, "the region whose endpoints to use", false),
                field("application_credential_id", "an application credential's id, instead of user and password", false),
                field("application_credential_secret", "that application credential's secret", true)));
        if (preset == Preset.RACKSPACE) {
            out.add(field(API_KEY, "your Rackspace API key (it goes where the password goes)", true));
        }
        return out;
    }

    private static CredentialField field(String name, String description, boolean secret) {
        return new CredentialField(name, description, secret, false, List.of(), null);
    }
}
