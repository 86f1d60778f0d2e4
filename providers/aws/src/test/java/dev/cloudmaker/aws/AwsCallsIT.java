package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cloudmaker.core.engine.Parallel;
import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.Provider;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.core.spi.SizeInfo;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Calls that must not grow with servers (issue 17): the plan's catalogue check asks for regions and sizes once per
 * server, which costs one DescribeRegions, one listing of the instance types and one DescribeImages per image per run;
 * deletes made together share their TerminateInstances and their waits' DescribeInstances.
 */
class AwsCallsIT {
    private static AwsAccount account;

    @BeforeAll
    static void start() {
        account = AwsAccount.start();
    }

    @AfterAll
    static void stop() {
        account.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100})
    void theCatalogueIsReadOncePerRunHoweverManyServersAskForIt(int servers) {
        try (Provider aws = account.provider()) {
            account.emulator().resetStats();
            aws.catalog().regions();
            aws.catalog().sizes();
            int typePages = calls("POST DescribeInstanceTypes");
            for (int i = 0; i < servers; i++) {
                assertThat(aws.catalog().regions()).extracting(RegionInfo::slug).contains(AwsAccount.REGION);
                assertThat(aws.catalog().sizes()).extracting(SizeInfo::slug).contains("t3.micro");
            }
            assertThat(calls("POST DescribeRegions")).isEqualTo(1);
            assertThat(calls("POST DescribeInstanceTypes")).isEqualTo(typePages).isPositive();
        }
    }

    /** A server given an AMI id is checked by the plan and launched: each asks about the image, once a run in all. */
    @Test
    void anAmiIdIsAskedAboutOncePerRunHoweverManyServersUseIt() {
        try (Provider aws = account.provider()) {
            String ami = aws.catalog().image("debian-12").orElseThrow().id();
            Ec2Catalog catalog = (Ec2Catalog) aws.catalog();
            account.emulator().resetStats();
            for (int i = 0; i < 10; i++) {
                assertThat(catalog.image(ami)).map(ImageInfo::id).hasValue(ami);
                assertThat(catalog.isOwnAmi(ami)).isFalse();
            }
            assertThat(calls("POST DescribeImages")).isEqualTo(2);
        }
    }

    /** The first TerminateInstances is held until every delete has asked: the others then go in one more call. */
    @Test
    void deletesMadeTogetherShareTheirTerminateAndTheirWaits() {
        int servers = 20;
        try (Provider aws = account.provider()) {
            List<String> ids = IntStream.range(0, servers).mapToObj(i -> aws.servers()
                    .create(AwsAccount.smallServer("gone" + i).toBuilder().namespace("calls").build()).id()).toList();
            Ec2Servers ec2 = (Ec2Servers) aws.servers();
            AtomicBoolean held = new AtomicBoolean();
            account.emulator().onRequest((number, method, endpoint) -> {
                if (endpoint.equals("TerminateInstances") && held.compareAndSet(false, true)) {
                    await().atMost(Duration.ofSeconds(30)).until(() -> ec2.terminationsWaiting() == servers);
                }
            });
            account.emulator().resetStats();

            assertThat(Parallel.forEach(ids, servers, ec2::delete)).isEmpty();

            assertThat(aws.servers().list("calls")).isEmpty();
            assertThat(calls("POST TerminateInstances")).isEqualTo(2);
            assertThat(calls("POST DescribeInstances")).isLessThan(servers);
            assertThat(ids).allSatisfy(id -> assertThat(aws.servers().get(id)).map(CloudServer::id).isEmpty());
        } finally {
            account.emulator().onRequest((number, method, endpoint) -> { });
        }
    }

    @Test
    void deletingAnInstanceThatIsNotThereIsFine() {
        try (Provider aws = account.provider()) {
            aws.servers().delete("i-0123456789abcdef0");
            assertThat(aws.servers().get("i-0123456789abcdef0")).isEmpty();
        }
    }

    private static int calls(String endpoint) {
        return account.emulator().stats().byEndpoint().getOrDefault(endpoint, 0);
    }
}
