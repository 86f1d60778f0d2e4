package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudmaker.emulator.kit.EmulatorJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Debian's AWS CLI ({@code /usr/bin/aws --endpoint-url}) drives instances, tags, waits and Route 53 against the emulator. */
class AwsCliIT {

    @TempDir
    Path home;

    @Test
    void theCliLaunchesWaitsStopsStartsTerminatesAndWritesRecords() throws IOException {
        AwsClients.require(AwsClients.AWS, "awscli");
        try (AwsEmulator emulator = AwsEmulator.builder().start()) {
            AwsClients cli = new AwsClients(emulator, home);
            Path key = TestKeys.make(cli, "rsa");
            JsonNode imported = json(cli.aws("ec2", "import-key-pair", "--key-name", "cli",
                    "--public-key-material", "fileb://" + key + ".pub"));
            assertThat(imported.get("KeyFingerprint").asText()).isEqualTo(TestKeys.awsRsaFingerprint(cli, key));

            String image = cli.aws("ec2", "describe-images", "--owners", "099720109477", "--filters",
                    "Name=name,Values=ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-*", "--query",
                    "sort_by(Images,&CreationDate)[-1].Name", "--output", "text").ok().out().trim();
            assertThat(image).isEqualTo("ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20240701");
            String imageId = cli.aws("ec2", "describe-images", "--filters", "Name=name,Values=" + image, "--query",
                    "Images[0].ImageId", "--output", "text").ok().out().trim();

            String[] run = {"ec2", "run-instances", "--image-id", imageId, "--instance-type", "t3.micro", "--key-name",
                    "cli", "--client-token", "cli-token-1", "--user-data", "hello", "--tag-specifications",
                    "ResourceType=instance,Tags=[{Key=Name,Value=cli-web}]"};
            JsonNode first = json(cli.aws(run));
            JsonNode again = json(cli.aws(run));
            String id = first.at("/Instances/0/InstanceId").asText();
            assertThat(again.at("/Instances/0/InstanceId").asText()).isEqualTo(id);
            assertThat(again.get("ReservationId").asText()).isEqualTo(first.get("ReservationId").asText());
            assertThat(first.at("/Instances/0/State/Name").asText()).isEqualTo("pending");

            cli.aws("ec2", "wait", "instance-running", "--instance-ids", id).ok();
            JsonNode byTag = json(cli.aws("ec2", "describe-instances", "--filters", "Name=tag:Name,Values=cli-web",
                    "Name=instance-state-name,Values=running"));
            assertThat(byTag.at("/Reservations/0/Instances/0/InstanceId").asText()).isEqualTo(id);
            assertThat(byTag.at("/Reservations/0/Instances/0/PublicIpAddress").asText()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");

            cli.aws("ec2", "create-tags", "--resources", id, "--tags", "Key=role,Value=web").ok();
            JsonNode tags = json(cli.aws("ec2", "describe-tags", "--filters", "Name=resource-id,Values=" + id));
            assertThat(tags.get("Tags").toString()).contains("{\"Key\":\"role\",\"ResourceId\":\"" + id
                    + "\",\"ResourceType\":\"instance\",\"Value\":\"web\"}");

            cli.aws("ec2", "stop-instances", "--instance-ids", id).ok();
            cli.aws("ec2", "wait", "instance-stopped", "--instance-ids", id).ok();
            cli.aws("ec2", "start-instances", "--instance-ids", id).ok();
            cli.aws("ec2", "wait", "instance-running", "--instance-ids", id).ok();
            JsonNode terminated = json(cli.aws("ec2", "terminate-instances", "--instance-ids", id));
            assertThat(terminated.at("/TerminatingInstances/0/CurrentState/Name").asText()).isEqualTo("shutting-down");
            cli.aws("ec2", "wait", "instance-terminated", "--instance-ids", id).ok();

            var missing = cli.aws("ec2", "describe-instances", "--instance-ids", "i-0123456789abcdef0");
            assertThat(missing.exit()).isNotZero();
            assertThat(missing.err()).contains("InvalidInstanceID.NotFound");

            String zone = json(cli.aws("route53", "create-hosted-zone", "--name", "cli.example", "--caller-reference",
                    "cli-1")).at("/HostedZone/Id").asText();
            Path batch = home.resolve("batch.json");
            Files.writeString(batch, """
                    {"Changes": [{"Action": "UPSERT", "ResourceRecordSet": {"Name": "web.cli.example", "Type": "A",
                      "TTL": 60, "ResourceRecords": [{"Value": "203.0.113.7"}]}}]}""");
            JsonNode change = json(cli.aws("route53", "change-resource-record-sets", "--hosted-zone-id", zone,
                    "--change-batch", "file://" + batch));
            assertThat(change.at("/ChangeInfo/Status").asText()).isEqualTo("PENDING");
            cli.aws("route53", "wait", "resource-record-sets-changed", "--id", change.at("/ChangeInfo/Id").asText()).ok();
            String records = cli.aws("route53", "list-resource-record-sets", "--hosted-zone-id", zone, "--query",
                    "ResourceRecordSets[?Type=='A'].[Name,TTL,ResourceRecords[0].Value]", "--output", "text").ok().out();
            assertThat(records.trim()).isEqualTo("web.cli.example.\t60\t203.0.113.7");
        }
    }

    private static JsonNode json(AwsClients.Result result) throws IOException {
        return EmulatorJson.MAPPER.readTree(result.ok().out());
    }
}
