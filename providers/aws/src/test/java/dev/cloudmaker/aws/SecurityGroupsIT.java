package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.core.spi.CloudKey;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.Firewall;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.testkit.SshKeys;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/**
 * Security groups against the emulator: one per namespace and role, opening SSH and the role's ports, shared by the
 * role's servers, reconciled when the role's ports change; a server without a role gets SSH only.
 */
class SecurityGroupsIT {
    private static AwsAccount account;

    @BeforeAll
    static void start() {
        account = AwsAccount.start();
    }

    @AfterAll
    static void stop() {
        account.close();
    }

    @Test
    void aRolesServersShareOneGroupOpeningSshAndItsPortsAndARolelessServerGetsSshOnly() {
        Firewall web = new Firewall("web", List.of(new PortSpec(22, "tcp"), new PortSpec(80, "tcp"), new PortSpec(53, "udp")));
        try (Provider aws = account.provider()) {
            CloudServer web1 = aws.servers().create(AwsAccount.smallServer("web1").toBuilder().namespace("sg1").firewall(web).build());
            CloudServer web2 = aws.servers().create(AwsAccount.smallServer("web2").toBuilder().namespace("sg1").firewall(web).build());
            CloudServer plain = aws.servers().create(AwsAccount.smallServer("plain").toBuilder().namespace("sg1").build());

            assertThat(groupsOf(aws, web1.id())).containsExactly("cloudmaker-sg1-web");
            assertThat(groupsOf(aws, web2.id())).containsExactly("cloudmaker-sg1-web");
            assertThat(groupsOf(aws, plain.id())).containsExactly("cloudmaker-sg1");
            assertThat(ports(group(aws, "cloudmaker-sg1-web"))).containsExactlyInAnyOrder("tcp/22", "tcp/80", "udp/53");
            assertThat(ports(group(aws, "cloudmaker-sg1"))).containsExactly("tcp/22");
        }
    }

    @Test
    void aPortTheRoleNoLongerDeclaresIsClosedByTheNextRun() {
        try (Provider aws = account.provider()) {
            aws.servers().create(AwsAccount.smallServer("db1").toBuilder().namespace("sg2")
                    .firewall(new Firewall("db", List.of(new PortSpec(5432, "tcp"), new PortSpec(9100, "tcp")))).build());
        }
        try (Provider aws = account.provider()) {
            aws.servers().create(AwsAccount.smallServer("db2").toBuilder().namespace("sg2")
                    .firewall(new Firewall("db", List.of(new PortSpec(5432, "tcp")))).build());
            assertThat(ports(group(aws, "cloudmaker-sg2-db"))).containsExactlyInAnyOrder("tcp/22", "tcp/5432");
        }
    }

    @Test
    void releasingAnEmptyNamespaceDeletesItsGroupsOnceTheInstanceLetsGoAndItsKeysButNotTheAccountsKey() {
        SshPublicKey admin = SshPublicKey.parse(SshKeys.ed25519Line("admin@laptop"));
        SshPublicKey extra = SshPublicKey.parse(SshKeys.ed25519Line("extra@laptop"));
        try (Provider aws = account.provider()) {
            CloudKey adminKey = aws.keys().create(Named.account("cloudmaker admin@laptop"), admin);
            aws.keys().create(new Named("sg3", "alice"), extra);
            CloudServer web = aws.servers().create(AwsAccount.smallServer("web1").toBuilder().namespace("sg3")
                    .keyIds(List.of(adminKey.id())).firewall(new Firewall("web", List.of(new PortSpec(80, "tcp")))).build());
            aws.servers().create(AwsAccount.smallServer("plain").toBuilder().namespace("sg3-eu").build());

            aws.servers().delete(web.id());
            List<String> released = aws.namespaceResources().orElseThrow().release("sg3");

            assertThat(released).containsExactlyInAnyOrder("security group cloudmaker-sg3-web", "key pair cloudmaker/sg3/alice");
            List<String> groups = ec2(aws).describeSecurityGroupsPaginator(r -> { }).securityGroups().stream().map(SecurityGroup::groupName).toList();
            assertThat(groups).doesNotContain("cloudmaker-sg3-web").contains("cloudmaker-sg3-eu");
            assertThat(aws.keys().list()).extracting(CloudKey::name).contains("cloudmaker admin@laptop")
                    .doesNotContain("cloudmaker/sg3/alice");
            assertThat(aws.namespaceResources().orElseThrow().release("sg3")).as("released twice: nothing left").isEmpty();
        }
    }

    private static List<String> groupsOf(Provider aws, String instanceId) {
        return ec2(aws).describeInstances(r -> r.instanceIds(instanceId)).reservations().getFirst().instances().getFirst()
                .securityGroups().stream().map(g -> g.groupName()).toList();
    }

    private static SecurityGroup group(Provider aws, String name) {
        return ec2(aws).describeSecurityGroups(r -> r.filters(Ec2Catalog.filter("group-name", name))).securityGroups()
                .getFirst();
    }

    private static List<String> ports(SecurityGroup group) {
        return group.ipPermissions().stream().map(SecurityGroupsIT::port).toList();
    }

    private static String port(IpPermission p) {
        return p.ipProtocol() + "/" + p.fromPort();
    }

    private static software.amazon.awssdk.services.ec2.Ec2Client ec2(Provider aws) {
        return ((AwsProvider) aws).clients().ec2();
    }

}
