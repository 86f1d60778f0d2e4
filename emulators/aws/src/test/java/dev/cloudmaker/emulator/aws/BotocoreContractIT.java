package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import dev.cloudmaker.emulator.kit.http.RecordedExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every answer the emulator gave a boto3 user's flow and the calls the other clients make, checked against
 * botocore's own service models ({@code ec2} and {@code route53} of Debian's python3-botocore, read where it is
 * installed): no element the model lacks, scalars of the model's types, errors in the protocol's shape.
 */
class BotocoreContractIT {

    @TempDir
    Path home;

    @Test
    void everyAnswerFitsBotocoresModels() throws IOException {
        AwsClients.requireBoto3();
        try (AwsEmulator emulator = AwsEmulator.builder().recordExchanges(true).start()) {
            AwsClients clients = new AwsClients(emulator, home);
            Path key = TestKeys.ed25519(clients);
            clients.run(List.of(AwsClients.PYTHON.toString(), copy("aws/boto3_flow.py").toString(), key + ".pub"),
                    Map.of()).ok();
            SignedAwsClient wire = new SignedAwsClient(emulator.baseUrl(), emulator.accessKeyId(),
                    emulator.secretAccessKey(), emulator.region(), java.time.Clock.systemUTC());
            for (String action : List.of("DescribeRegions", "DescribeAvailabilityZones", "DescribeInstanceTypes",
                    "DescribeVpcs", "DescribeSubnets", "DescribeTags", "DescribeKeyPairs", "DescribeInstanceStatus")) {
                wire.ec2(action, Map.of());
            }
            wire.ec2("DescribeInstances", Map.of("MaxResults", "5"));
            wire.ec2("DescribeInstanceStatus", Map.of("IncludeAllInstances", "true"));
            wire.route53("GET", "/2013-04-01/hostedzone", null);
            String zone = emulator.addZone("contract.example");
            wire.route53("GET", "/2013-04-01/hostedzone/" + zone, null);
            wire.route53("GET", "/2013-04-01/tags/hostedzone/" + zone, null);
            wire.route53("GET", "/2013-04-01/hostedzone/" + zone + "/rrset?maxitems=1", null);
            wire.route53("DELETE", "/2013-04-01/hostedzone/" + zone, null);

            List<Map<String, Object>> answers = new ArrayList<>();
            for (RecordedExchange e : emulator.exchanges()) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("path", e.path());
                a.put("status", e.status());
                a.put("body", e.responseBody());
                answers.add(a);
            }
            Path file = home.resolve("answers.json");
            EmulatorJson.MAPPER.writeValue(file.toFile(), answers);
            var result = clients.run(List.of(AwsClients.PYTHON.toString(), copy("aws/botocore_contract.py").toString(),
                    file.toString()), Map.of()).ok();
            JsonNode report = EmulatorJson.MAPPER.readTree(result.out());

            assertThat(report.get("violations")).as(report.toPrettyString()).isEmpty();
            List<String> operations = new ArrayList<>();
            report.get("checked").fieldNames().forEachRemaining(operations::add);
            assertThat(operations).contains("RunInstances", "DescribeInstances", "StopInstances", "DescribeImages",
                    "CreateImage", "ImportKeyPair", "DescribeSecurityGroups", "AuthorizeSecurityGroupIngress",
                    "DescribeInstanceAttribute", "DescribeTags", "DescribeVpcs", "DescribeSubnets",
                    "DescribeInstanceStatus", "CreateHostedZone", "ChangeResourceRecordSets", "GetChange",
                    "ListResourceRecordSets", "ListHostedZonesByName", "GetHostedZone", "ListTagsForResource",
                    "DeleteHostedZone", "error");
        }
    }

    private Path copy(String resource) throws IOException {
        Path target = home.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
