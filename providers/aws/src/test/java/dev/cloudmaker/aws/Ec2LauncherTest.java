package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.spi.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Tag;

class Ec2LauncherTest {
    private final ServerRequest request = ServerRequest.builder("web1", "eu-west-1", "t3.micro", "debian-12")
            .namespace("prod").idempotencyKey("0123456789abcdef0123456789abcdef").keyIds(List.of("cloudmaker/prod/admin"))
            .tags(List.of("team=blue", "frontend", "cloudmaker:prod", "cloudmaker-namespace=other", "Name=evil"))
            .userData("#cloud-config\nusers: []\n").build();

    @Test
    void theLaunchCarriesTheIdempotencyKeyAsClientTokenAndOneInstance() {
        RunInstancesRequest run = Ec2Launcher.request(request, "ami-0123", "sg-1");
        assertThat(run.clientToken()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(run.minCount()).isEqualTo(1);
        assertThat(run.maxCount()).isEqualTo(1);
        assertThat(run.imageId()).isEqualTo("ami-0123");
        assertThat(run.instanceTypeAsString()).isEqualTo("t3.micro");
        assertThat(run.securityGroupIds()).containsExactly("sg-1");
        assertThat(run.keyName()).isEqualTo("cloudmaker/prod/admin");
        assertThat(run.ipv6AddressCount()).isNull();
    }

    @Test
    void userDataIsSentBase64AsTheApiWantsItFromSdkCallers() {
        RunInstancesRequest run = Ec2Launcher.request(request, "ami-0123", "sg-1");
        assertThat(new String(Base64.getDecoder().decode(run.userData()), StandardCharsets.UTF_8))
                .isEqualTo("#cloud-config\nusers: []\n");
    }

    @Test
    void tagsAreSetAtLaunchAndNoUserTagSpellsAMark() {
        RunInstancesRequest run = Ec2Launcher.request(request, "ami-0123", "sg-1");
        assertThat(run.tagSpecifications()).singleElement().satisfies(spec -> {
            assertThat(spec.resourceType()).isEqualTo(ResourceType.INSTANCE);
            assertThat(spec.tags()).extracting(Tag::key, Tag::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Name", "web1"),
                    org.assertj.core.groups.Tuple.tuple("cloudmaker-namespace", "prod"),
                    org.assertj.core.groups.Tuple.tuple("cloudmaker-image", "debian-12"),
                    org.assertj.core.groups.Tuple.tuple("team", "blue"),
                    org.assertj.core.groups.Tuple.tuple("frontend", "true"));
        });
    }

    @Test
    void aLaunchFromTheAccountsOwnAmiCarriesNoImageTagSoTheDefinitionsImageIsNoDrift() {
        RunInstancesRequest run = Ec2Launcher.request(request, "ami-0123", "sg-1", false);
        assertThat(run.tagSpecifications().getFirst().tags()).extracting(Tag::key)
                .contains("Name", "cloudmaker-namespace").doesNotContain("cloudmaker-image");
    }

    @Test
    void aRequestWithoutKeyOrUserDataSendsNeitherButStillAClientTokenForTheSdksRetries() {
        RunInstancesRequest run = Ec2Launcher.request(ServerRequest.builder("a", null, "t3.micro", "debian-12").build(),
                "ami-1", "sg-1");
        assertThat(run.clientToken()).isNotBlank();
        assertThat(run.keyName()).isNull();
        assertThat(run.userData()).isNull();
        assertThat(run.tagSpecifications().getFirst().tags()).extracting(Tag::key).containsExactly("Name", "cloudmaker-image");
    }
}
