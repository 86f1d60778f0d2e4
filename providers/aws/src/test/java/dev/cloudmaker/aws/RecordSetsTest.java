package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.spi.DnsRecord;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53.model.AliasTarget;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;

class RecordSetsTest {
    @Test
    void namesAreRelativeToTheZoneWithTheApexAsAt() {
        assertThat(RecordSets.relative("example.com", "www.example.com.")).isEqualTo("www");
        assertThat(RecordSets.relative("example.com", "Example.COM.")).isEqualTo("@");
        assertThat(RecordSets.relative("example.com", "\\052.dev.example.com.")).isEqualTo("*.dev");
        assertThat(RecordSets.absolute("example.com", "www")).isEqualTo("www.example.com.");
        assertThat(RecordSets.absolute("example.com", "@")).isEqualTo("example.com.");
    }

    @Test
    void aSetOfTwoValuesIsTwoRecordsWhoseIdsFindTheirValueAgain() {
        ResourceRecordSet set = ResourceRecordSet.builder().name("web.example.com.").type("A").ttl(300L)
                .resourceRecords(ResourceRecord.builder().value("192.0.2.1").build(),
                        ResourceRecord.builder().value("192.0.2.2").build()).build();
        assertThat(RecordSets.records("example.com", set)).extracting(DnsRecord::name, DnsRecord::data, DnsRecord::ttl)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("web", "192.0.2.1", 300),
                        org.assertj.core.groups.Tuple.tuple("web", "192.0.2.2", 300));
        String id = RecordSets.records("example.com", set).get(1).id();
        assertThat(RecordSets.parse(id)).containsExactly("A", "web", "192.0.2.2");
    }

    @Test
    void aSetsOnlyValueIsIdentifiedByNameAndTypeSoAChangedValueKeepsItsId() {
        ResourceRecordSet set = ResourceRecordSet.builder().name("web.example.com.").type("A").ttl(60L)
                .resourceRecords(ResourceRecord.builder().value("192.0.2.1").build()).build();
        assertThat(RecordSets.records("example.com", set)).singleElement().satisfies(r -> assertThat(r.id()).isEqualTo("A/web"));
        assertThat(RecordSets.parse("A/web")).containsExactly("A", "web");
    }

    @Test
    void aTxtValueWithSlashesSurvivesItsId() {
        assertThat(RecordSets.parse(RecordSets.id("TXT", "@", "\"v=spf1 a/24 -all\"")))
                .containsExactly("TXT", "@", "\"v=spf1 a/24 -all\"");
        assertThat(RecordSets.parse("12345")).isNull();
    }

    @Test
    void aliasRecordsAreNotCloudmakersRecords() {
        ResourceRecordSet alias = ResourceRecordSet.builder().name("example.com.").type("A")
                .aliasTarget(AliasTarget.builder().dnsName("lb.amazonaws.com.").hostedZoneId("Z1").build()).build();
        assertThat(RecordSets.records("example.com", alias)).isEmpty();
    }
}
