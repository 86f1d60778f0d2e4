package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact EC2 answers on the wire: shapes, codes and statuses clients depend on. */
class Ec2WireIT {

    @Test
    void describeRegionsAnswersInTheEc2NamespaceWithTheRequestIdFirst() {
        try (AwsFixture aws = AwsFixture.start()) {
            var answer = aws.client().ec2("DescribeRegions", Map.of());
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("<DescribeRegionsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>")
                    .contains("<regionName>us-east-1</regionName>");
        }
    }
}
