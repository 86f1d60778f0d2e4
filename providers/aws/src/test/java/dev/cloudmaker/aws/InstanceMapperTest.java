package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ServerStatus;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceState;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.Tag;

class InstanceMapperTest {
    @ParameterizedTest
    @CsvSource({"pending,NEW,false", "running,ACTIVE,false", "stopping,ACTIVE,true", "stopped,OFF,false",
            "shutting-down,ARCHIVED,false", "terminated,ARCHIVED,false"})
    void statesMapToCloudmakersAndStoppingIsBusy(String state, ServerStatus status, boolean busy) {
        CloudServer s = InstanceMapper.toServer(instance(InstanceStateName.fromValue(state)), "eu-west-1");
        assertThat(s.status()).isEqualTo(status);
        assertThat(s.locked()).isEqualTo(busy);
    }

    @Test
    void tagsGiveNameNamespaceImageAndMarks() {
        CloudServer s = InstanceMapper.toServer(instance(InstanceStateName.RUNNING), "eu-west-1");
        assertThat(s.id()).isEqualTo("i-0123456789abcdef0");
        assertThat(s.name()).isEqualTo("web1");
        assertThat(s.namespace()).isEqualTo("prod");
        assertThat(s.image()).as("the alias asked for, not the AMI it resolved to").isEqualTo("debian-12");
        assertThat(s.poweredOffForResize()).isTrue();
        assertThat(s.tags()).containsExactly("frontend", "team=blue");
        assertThat(s.size()).isEqualTo("t3.micro");
        assertThat(s.region()).isEqualTo("eu-west-1");
        assertThat(s.networking().publicIpv4()).isEqualTo("203.0.113.7");
        assertThat(s.networking().privateIpv4()).isEqualTo("172.31.1.2");
        assertThat(s.createdAt()).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
    }

    @Test
    void anInstanceMadeElsewhereHasNoImageAndNoNamespace() {
        Instance bare = Instance.builder().instanceId("i-1").instanceType("t3.nano")
                .state(InstanceState.builder().name(InstanceStateName.STOPPED).build()).build();
        CloudServer s = InstanceMapper.toServer(bare, "eu-west-1");
        assertThat(s.image()).isNull();
        assertThat(s.namespace()).isNull();
        assertThat(s.name()).isEqualTo("i-1");
        assertThat(s.networking().isEmpty()).isTrue();
    }

    private static Instance instance(InstanceStateName state) {
        return Instance.builder().instanceId("i-0123456789abcdef0").instanceType("t3.micro").imageId("ami-0abc")
                .state(InstanceState.builder().name(state).build()).publicIpAddress("203.0.113.7")
                .privateIpAddress("172.31.1.2").launchTime(Instant.parse("2026-12-04T10:00:00Z"))
                .tags(tag("Name", "web1"), tag("cloudmaker-namespace", "prod"), tag("cloudmaker-image", "debian-12"),
                        tag("cloudmaker-powered-off-for-resize", "true"), tag("team", "blue"), tag("frontend", "true"),
                        tag("aws:cloudformation:stack-name", "x"))
                .build();
    }

    private static Tag tag(String k, String v) {
        return Tag.builder().key(k).value(v).build();
    }
}
