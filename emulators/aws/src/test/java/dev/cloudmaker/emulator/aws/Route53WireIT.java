package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Exact Route 53 answers on the wire: batches all or nothing, changes PENDING then INSYNC, ids, names, statuses. */
class Route53WireIT {

    private static String batch(String... changes) {
        return "<ChangeResourceRecordSetsRequest xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\"><ChangeBatch>"
                + "<Changes>" + String.join("", changes) + "</Changes></ChangeBatch></ChangeResourceRecordSetsRequest>";
    }

    private static String change(String action, String name, String type, int ttl, String... values) {
        StringBuilder b = new StringBuilder("<Change><Action>" + action + "</Action><ResourceRecordSet><Name>" + name
                + "</Name><Type>" + type + "</Type><TTL>" + ttl + "</TTL><ResourceRecords>");
        for (String v : values) {
            b.append("<ResourceRecord><Value>").append(v).append("</Value></ResourceRecord>");
        }
        return b.append("</ResourceRecords></ResourceRecordSet></Change>").toString();
    }

    @Test
    void aChangeIsPendingUntilItsDelayPassedThenInsync() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        try (AwsFixture aws = AwsFixture.start(clock, b -> b.changeDelay(Duration.ofSeconds(20)))) {
            String zone = aws.emulator().addZone("example.net");
            var answer = aws.client().route53("POST", "/2013-04-01/hostedzone/" + zone + "/rrset/",
                    batch(change("UPSERT", "www.example.net", "A", 300, "192.0.2.1")));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            String changeId = Ec2WireIT.find(answer.body(), "Id");
            assertThat(changeId).startsWith("/change/C");
            assertThat(Ec2WireIT.find(answer.body(), "Status")).isEqualTo("PENDING");
            String path = "/2013-04-01/change/" + changeId.substring("/change/".length());
            assertThat(Ec2WireIT.find(aws.client().route53("GET", path, null).body(), "Status")).isEqualTo("PENDING");
            clock.advance(Duration.ofSeconds(20));
            assertThat(Ec2WireIT.find(aws.client().route53("GET", path, null).body(), "Status")).isEqualTo("INSYNC");
        }
    }

    @Test
    void aBatchWithOneBadChangeChangesNothingAndNamesEveryFailure() {
        try (AwsFixture aws = AwsFixture.start()) {
            String zone = aws.emulator().addZone("example.net");
            String rrset = "/2013-04-01/hostedzone/" + zone + "/rrset";
            aws.client().route53("POST", rrset, batch(change("CREATE", "www.example.net.", "A", 300, "192.0.2.1")));
            var bad = aws.client().route53("POST", rrset, batch(
                    change("CREATE", "db.example.net", "A", 300, "192.0.2.2"),
                    change("DELETE", "www.example.net", "A", 60, "192.0.2.1"),
                    change("DELETE", "gone.example.net", "A", 300, "192.0.2.9")));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("<Code>InvalidChangeBatch</Code><Message>[Tried to delete resource record "
                    + "set [name='www.example.net.', type='A'] but the values provided do not match the current values, "
                    + "Tried to delete resource record set [name='gone.example.net.', type='A'] but it was not found]");
            assertThat(aws.emulator().account().records("example.net").stream().map(r -> r.name()).toList())
                    .doesNotContain("db");
            var swap = aws.client().route53("POST", rrset, batch(
                    change("DELETE", "www.example.net", "A", 300, "192.0.2.1"),
                    change("CREATE", "www.example.net", "A", 300, "192.0.2.3")));
            assertThat(swap.status()).as(swap.body()).isEqualTo(200);
            var list = aws.client().route53("GET", rrset + "?name=www.example.net&type=A&maxitems=1", null).body();
            assertThat(list).contains("<ResourceRecordSet><Name>www.example.net.</Name><Type>A</Type><TTL>300</TTL>"
                    + "<ResourceRecords><ResourceRecord><Value>192.0.2.3</Value></ResourceRecord></ResourceRecords>"
                    + "</ResourceRecordSet></ResourceRecordSets><IsTruncated>false</IsTruncated><MaxItems>1</MaxItems>");
        }
    }

    @Test
    void zonesAreCreatedWith201AndUnknownOnesAre404() {
        try (AwsFixture aws = AwsFixture.start()) {
            var made = aws.client().route53("POST", "/2013-04-01/hostedzone", "<CreateHostedZoneRequest xmlns="
                    + "\"https://route53.amazonaws.com/doc/2013-04-01/\"><Name>Example.ORG</Name><CallerReference>r1"
                    + "</CallerReference></CreateHostedZoneRequest>");
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            assertThat(made.body()).contains("<Name>example.org.</Name>").contains("<Status>PENDING</Status>")
                    .contains("<NameServer>ns-2048.awsdns-64.com</NameServer>");
            var missing = aws.client().route53("GET", "/2013-04-01/hostedzone/ZNOPE", null);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.body()).contains("<Code>NoSuchHostedZone</Code><Message>No hosted zone found with ID: ZNOPE");
        }
    }

    @Test
    void wildcardNamesComeBackOctalEscaped() {
        try (AwsFixture aws = AwsFixture.start()) {
            String zone = aws.emulator().addZone("example.net");
            aws.client().route53("POST", "/2013-04-01/hostedzone/" + zone + "/rrset",
                    batch(change("UPSERT", "*.example.net", "A", 300, "192.0.2.1")));
            assertThat(aws.client().route53("GET", "/2013-04-01/hostedzone/%2Fhostedzone%2F" + zone + "/rrset", null).body())
                    .contains("<Name>\\052.example.net.</Name>");
        }
    }
}
