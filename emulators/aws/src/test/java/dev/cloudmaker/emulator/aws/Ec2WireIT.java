package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.time.MutableClock;
import dev.cloudmaker.emulator.kit.fault.FaultSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Exact EC2 answers on the wire: shapes, codes and statuses clients and their retry rules depend on. */
class Ec2WireIT {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void describeRegionsAnswersInTheEc2NamespaceWithTheRequestIdFirst() {
        try (AwsFixture aws = AwsFixture.start()) {
            var answer = aws.client().ec2("DescribeRegions", Map.of());
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("<DescribeRegionsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                    + "<requestId>").contains("<regionName>us-east-1</regionName>");
        }
    }

    @Test
    void anInstanceGoesThroughEc2sStatesWithTheirCodes() {
        MutableClock clock = new MutableClock(START);
        try (AwsFixture aws = AwsFixture.start(clock, b -> b.bootDelay(Duration.ofSeconds(30))
                .actionDuration(Duration.ofSeconds(10)))) {
            String id = launch(aws, Map.of());
            assertThat(state(aws, id)).isEqualTo("0 pending");
            var early = aws.client().ec2("StopInstances", Map.of("InstanceId.1", id));
            assertThat(early.status()).isEqualTo(400);
            assertThat(early.body()).contains("<Code>IncorrectInstanceState</Code>")
                    .contains("cannot be stopped as it has never reached the 'running' state");
            clock.advance(Duration.ofSeconds(30));
            assertThat(state(aws, id)).isEqualTo("16 running");
            assertThat(aws.client().ec2("StopInstances", Map.of("InstanceId.1", id)).body())
                    .contains("<currentState><code>64</code><name>stopping</name></currentState>"
                            + "<previousState><code>16</code><name>running</name></previousState>");
            clock.advance(Duration.ofSeconds(10));
            assertThat(state(aws, id)).isEqualTo("80 stopped");
            assertThat(aws.client().ec2("TerminateInstances", Map.of("InstanceId.1", id)).body())
                    .contains("<currentState><code>32</code><name>shutting-down</name></currentState>");
            clock.advance(Duration.ofSeconds(10));
            assertThat(state(aws, id)).isEqualTo("48 terminated");
            assertThat(aws.client().ec2("StartInstances", Map.of("InstanceId.1", id)).body())
                    .contains("<Code>IncorrectInstanceState</Code>");
        }
    }

    @Test
    void aClientTokenGivesTheSameReservationAndRefusesOtherParameters() {
        try (AwsFixture aws = AwsFixture.start()) {
            String first = aws.client().ec2("RunInstances", launchParams(Map.of("ClientToken", "tok-1"))).body();
            String again = aws.client().ec2("RunInstances", launchParams(Map.of("ClientToken", "tok-1"))).body();
            assertThat(find(again, "reservationId")).isEqualTo(find(first, "reservationId"));
            assertThat(find(again, "instanceId")).isEqualTo(find(first, "instanceId"));
            var other = aws.client().ec2("RunInstances", launchParams(Map.of("ClientToken", "tok-1", "InstanceType", "t3.small")));
            assertThat(other.status()).isEqualTo(400);
            assertThat(other.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error>"
                    + "<Code>IdempotentParameterMismatch</Code>").contains("</Errors><RequestID>");
            assertThat(aws.emulator().account().servers()).hasSize(1);
        }
    }

    @Test
    void aLaunchUnderAStaleAfterCreateFaultIsNotFoundUntilItsWindowPasses() {
        MutableClock clock = new MutableClock(START);
        try (AwsFixture aws = AwsFixture.start(clock, b -> b.fault(FaultSpec.parse("stale-after-create:5s@RunInstances=1x")))) {
            String id = launch(aws, Map.of());
            var unseen = aws.client().ec2("DescribeInstances", Map.of("InstanceId.1", id));
            assertThat(unseen.status()).isEqualTo(400);
            assertThat(unseen.body()).contains("<Code>InvalidInstanceID.NotFound</Code>")
                    .contains("The instance ID '" + id + "' does not exist");
            clock.advance(Duration.ofSeconds(5));
            assertThat(state(aws, id)).isEqualTo("16 running");
        }
    }

    @Test
    void dryRunAnswers412WithoutDoingAnything() {
        try (AwsFixture aws = AwsFixture.start()) {
            var dry = aws.client().ec2("RunInstances", launchParams(Map.of("DryRun", "true")));
            assertThat(dry.status()).isEqualTo(412);
            assertThat(dry.body()).contains("<Code>DryRunOperation</Code>");
            assertThat(aws.emulator().account().servers()).isEmpty();
        }
    }

    @Test
    void overTheTokenBucketEc2Answers503RequestLimitExceededAndEachApiClassHasItsOwnBucket() {
        MutableClock clock = new MutableClock(START);
        try (AwsFixture aws = AwsFixture.start(clock, b -> b.throttle(2, 1))) {
            assertThat(aws.client().ec2("DescribeRegions", Map.of()).status()).isEqualTo(200);
            assertThat(aws.client().ec2("DescribeVpcs", Map.of()).status()).isEqualTo(200);
            var throttled = aws.client().ec2("DescribeRegions", Map.of());
            assertThat(throttled.status()).isEqualTo(503);
            assertThat(throttled.body()).contains("<Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message>");
            assertThat(aws.client().ec2("CreateSecurityGroup", Map.of("GroupName", "g", "GroupDescription", "g")).status())
                    .isEqualTo(200);
            clock.advance(Duration.ofSeconds(1));
            assertThat(aws.client().ec2("DescribeRegions", Map.of()).status()).isEqualTo(200);
        }
    }

    @Test
    void signaturesAreVerifiedWithTheEmulatorsSecret() {
        try (AwsFixture aws = AwsFixture.start()) {
            var wrong = aws.client().ec2WithSecret("DescribeRegions", Map.of(), "not-the-secret");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).contains("<Code>AuthFailure</Code>");
            var otherKey = new SignedAwsClient(aws.endpoint(), "AKIAOTHERKEY00000000", aws.secretAccessKey(),
                    aws.region(), java.time.Clock.systemUTC()).ec2("DescribeRegions", Map.of());
            assertThat(otherKey.status()).isEqualTo(401);
            assertThat(otherKey.body()).contains("The security token included in the request is invalid.");
            var late = new SignedAwsClient(aws.endpoint(), aws.accessKeyId(), aws.secretAccessKey(), aws.region(),
                    java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofMinutes(20))).ec2("DescribeRegions", Map.of());
            assertThat(late.status()).isEqualTo(400);
            assertThat(late.body()).contains("<Code>RequestExpired</Code>");
            var route53 = new SignedAwsClient(aws.endpoint(), aws.accessKeyId(), "not-the-secret", aws.region(),
                    java.time.Clock.systemUTC()).route53("GET", "/2013-04-01/hostedzone", null);
            assertThat(route53.status()).isEqualTo(403);
            assertThat(route53.body()).contains("<ErrorResponse xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\">"
                    + "<Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code>");
        }
    }

    @Test
    void unsignedRequestsAreRefused() throws Exception {
        try (AwsFixture aws = AwsFixture.start()) {
            var http = java.net.http.HttpClient.newHttpClient();
            var answer = http.send(java.net.http.HttpRequest.newBuilder(aws.endpoint().resolve("/?Action=DescribeRegions"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(403);
            assertThat(answer.body()).contains("<Code>MissingAuthenticationToken</Code>");
        }
    }

    @Test
    void theAccountSurvivesARestartThroughItsStateFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve("aws.json");
        String id;
        try (AwsFixture aws = AwsFixture.start(b -> b.stateFile(file))) {
            id = launch(aws, Map.of());
            aws.client().ec2("CreateTags", Map.of("ResourceId.1", id, "Tag.1.Key", "Name", "Tag.1.Value", "kept"));
        }
        try (AwsFixture aws = AwsFixture.start(b -> b.stateFile(file))) {
            assertThat(state(aws, id)).isEqualTo("16 running");
            assertThat(aws.emulator().account().servers().getFirst().name()).isEqualTo("kept");
        }
    }

    static String launch(AwsFixture aws, Map<String, String> more) {
        var answer = aws.client().ec2("RunInstances", launchParams(more));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return find(answer.body(), "instanceId");
    }

    static Map<String, String> launchParams(Map<String, String> more) {
        Map<String, String> p = new java.util.HashMap<>(Map.of("ImageId", Catalog.IMAGES.getFirst().id(),
                "InstanceType", "t3.micro", "MinCount", "1", "MaxCount", "1"));
        p.putAll(more);
        return p;
    }

    private static String state(AwsFixture aws, String id) {
        String body = aws.client().ec2("DescribeInstances", Map.of("InstanceId.1", id)).body();
        Matcher m = Pattern.compile("<instanceState><code>(\\d+)</code><name>([a-z-]+)</name></instanceState>").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1) + " " + m.group(2);
    }

    static String find(String body, String element) {
        Matcher m = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }
}
