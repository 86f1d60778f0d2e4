package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a benchmark or a campaign seeds is what clients then read on the wire, as if made by requests. */
class SeedingIT {

    @Test
    void aSeededInstanceSitsInTheSeededGroupWhoseRulesOpenItsPortsToEveryAddress() {
        try (AwsFixture aws = AwsFixture.start()) {
            String group = aws.emulator().seedSecurityGroup("cloudmaker-bench", "cloudmaker: SSH",
                    Map.of("cloudmaker-namespace", "bench"), List.of(22));
            assertThat(aws.emulator().seedSecurityGroup("cloudmaker-bench", "cloudmaker: SSH", Map.of(), List.of(22)))
                    .as("seeding a group twice gives the one there").isEqualTo(group);
            String id = aws.emulator().seedInstance("t3.micro", "debian-12", Map.of("Name", "web1"), List.of(group));

            String instances = aws.client().ec2("DescribeInstances", Map.of("InstanceId.1", id)).body();
            assertThat(instances).contains("<groupId>" + group + "</groupId><groupName>cloudmaker-bench</groupName>")
                    .doesNotContain("<groupName>default</groupName>")
                    .contains("<instanceState><code>16</code><name>running</name></instanceState>");
            String groups = aws.client().ec2("DescribeSecurityGroups", Map.of("GroupId.1", group)).body();
            assertThat(groups).contains("<ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort>")
                    .contains("<cidrIp>0.0.0.0/0</cidrIp>").contains("<cidrIpv6>::/0</cidrIpv6>")
                    .contains("<key>cloudmaker-namespace</key><value>bench</value>");
        }
    }

    @Test
    void anInstanceSeededWithoutGroupsIsInItsVpcsDefaultOneAndAnUnknownGroupIsRefused() {
        try (AwsFixture aws = AwsFixture.start()) {
            String id = aws.emulator().seedInstance("t3.micro", "debian-12", Map.of());
            assertThat(aws.client().ec2("DescribeInstances", Map.of("InstanceId.1", id)).body())
                    .contains("<groupName>default</groupName>");
            assertThatThrownBy(() -> aws.emulator().seedInstance("t3.micro", "debian-12", Map.of(), List.of("sg-00000000")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sg-00000000");
        }
    }
}
