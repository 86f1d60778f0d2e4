package dev.cloudmaker.openstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Firewall;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.emulator.kit.http.RequestHook;
import dev.cloudmaker.emulator.openstack.OsTestClient;
import dev.cloudmaker.testkit.SshKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Neutron security groups against the emulator: one per namespace and role opening SSH and the role's ports over IPv4
 * and IPv6, shared by the role's servers and reconciled when the ports change; a server without a role gets SSH only.
 * Once the namespace has no server, releasing it deletes its groups and its own key pairs, never the account's key.
 */
class SecurityGroupsIT {
    private static OpenStackAccount account;

    @BeforeAll
    static void start() {
        account = OpenStackAccount.start();
    }

    @AfterAll
    static void stop() {
        account.close();
    }

    @Test
    void aRolesServersShareOneGroupOpeningSshAndItsPortsAndARolelessServerGetsSshOnly() {
        Firewall web = new Firewall("web", List.of(new PortSpec(2222, "tcp"), new PortSpec(80, "tcp"), new PortSpec(53, "udp")));
        try (Provider os = account.provider()) {
            CloudServer web1 = os.servers().create(OpenStackAccount.smallServer("web1").toBuilder().namespace("sg1").firewall(web).build());
            CloudServer web2 = os.servers().create(OpenStackAccount.smallServer("web2").toBuilder().namespace("sg1").firewall(web).build());
            CloudServer plain = os.servers().create(OpenStackAccount.smallServer("plain").toBuilder().namespace("sg1").build());

            assertThat(groupsOf(web1.id())).containsExactly("cloudmaker-sg1-web");
            assertThat(groupsOf(web2.id())).containsExactly("cloudmaker-sg1-web");
            assertThat(groupsOf(plain.id())).containsExactly("cloudmaker-sg1");
            assertThat(ingress("cloudmaker-sg1-web")).containsExactlyInAnyOrder("IPv4 tcp/22 0.0.0.0/0", "IPv6 tcp/22 ::/0",
                    "IPv4 tcp/2222 0.0.0.0/0", "IPv6 tcp/2222 ::/0", "IPv4 tcp/80 0.0.0.0/0", "IPv6 tcp/80 ::/0",
                    "IPv4 udp/53 0.0.0.0/0", "IPv6 udp/53 ::/0");
            assertThat(ingress("cloudmaker-sg1")).containsExactlyInAnyOrder("IPv4 tcp/22 0.0.0.0/0", "IPv6 tcp/22 ::/0");
        }
    }

    @Test
    void aPortTheRoleNoLongerDeclaresIsClosedByTheNextRunAndAnUnchangedRoleSendsNoRuleChange() {
        try (Provider os = account.provider()) {
            os.servers().create(OpenStackAccount.smallServer("db1").toBuilder().namespace("sg2")
                    .firewall(new Firewall("db", List.of(new PortSpec(5432, "tcp"), new PortSpec(9100, "tcp")))).build());
        }
        try (Provider os = account.provider()) {
            os.servers().create(OpenStackAccount.smallServer("db2").toBuilder().namespace("sg2")
                    .firewall(new Firewall("db", List.of(new PortSpec(5432, "tcp")))).build());
            assertThat(ingress("cloudmaker-sg2-db")).containsExactlyInAnyOrder("IPv4 tcp/22 0.0.0.0/0", "IPv6 tcp/22 ::/0",
                    "IPv4 tcp/5432 0.0.0.0/0", "IPv6 tcp/5432 ::/0");
        }
        List<String> ruleChanges = new CopyOnWriteArrayList<>();
        account.fixture().emulator().onRequest((n, method, endpoint) -> {
            if (!method.equals("GET") && endpoint.startsWith("security-group")) {
                ruleChanges.add(method + " " + endpoint);
            }
        });
        try (Provider os = account.provider()) {
            os.servers().create(OpenStackAccount.smallServer("db3").toBuilder().namespace("sg2")
                    .firewall(new Firewall("db", List.of(new PortSpec(5432, "tcp")))).build());
        } finally {
            account.fixture().emulator().onRequest(RequestHook.NONE);
        }
        assertThat(ruleChanges).as("the group is only looked up").isEmpty();
    }

    @Test
    void releasingAnEmptyNamespaceDeletesItsGroupsAndItsKeysButNotTheAccountsKeyNorAnotherNamespacesGroup() {
        SshPublicKey admin = SshPublicKey.parse(SshKeys.ed25519Line("admin@laptop"));
        SshPublicKey extra = SshPublicKey.parse(SshKeys.ed25519Line("extra@laptop"));
        try (Provider os = account.provider()) {
            CloudKey adminKey = os.keys().create(Named.account("cloudmaker admin@laptop"), admin);
            os.keys().create(new Named("sg3", "alice"), extra);
            CloudServer web = os.servers().create(OpenStackAccount.smallServer("web1").toBuilder().namespace("sg3")
                    .keyIds(List.of(adminKey.id())).firewall(new Firewall("web", List.of(new PortSpec(80, "tcp")))).build());
            os.servers().create(OpenStackAccount.smallServer("plain").toBuilder().namespace("sg3-eu").build());
            List<String> before = groupNames();
            assertThat(before).contains("cloudmaker-sg3-web", "cloudmaker-sg3-eu");

            os.servers().delete(web.id());
            List<String> released = os.namespaceResources().orElseThrow().release("sg3");

            assertThat(released).containsExactlyInAnyOrder("security group cloudmaker-sg3-web", "key pair cloudmaker_sg3_alice");
            assertThat(groupNames()).doesNotContain("cloudmaker-sg3-web").contains("cloudmaker-sg3-eu");
            assertThat(os.keys().list()).extracting(CloudKey::name).contains("cloudmaker admin@laptop")
                    .doesNotContain("cloudmaker_sg3_alice");
            assertThat(os.namespaceResources().orElseThrow().release("sg3")).as("released twice: nothing left").isEmpty();
        }
    }

    private static OsTestClient client() {
        return account.fixture().client();
    }

    private static List<String> groupsOf(String serverId) {
        List<String> out = new ArrayList<>();
        OsTestClient.json(client().get("/compute/v2.1/servers/" + serverId)).path("server").path("security_groups")
                .forEach(g -> out.add(g.path("name").asText()));
        return out;
    }

    private static List<String> groupNames() {
        List<String> out = new ArrayList<>();
        OsTestClient.json(client().get("/networking/v2.0/security-groups")).path("security_groups")
                .forEach(g -> out.add(g.path("name").asText()));
        return out;
    }

    private static List<String> ingress(String groupName) {
        JsonNode group = OsTestClient.json(client().get("/networking/v2.0/security-groups?name=" + groupName))
                .path("security_groups").get(0);
        List<String> out = new ArrayList<>();
        for (JsonNode r : group.path("security_group_rules")) {
            if (r.path("direction").asText().equals("ingress")) {
                out.add(r.path("ethertype").asText() + " " + r.path("protocol").asText() + "/" + r.path("port_range_min").asInt()
                        + " " + r.path("remote_ip_prefix").asText());
            }
        }
        return out;
    }
}
