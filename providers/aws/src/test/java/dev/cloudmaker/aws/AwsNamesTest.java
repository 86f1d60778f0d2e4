package dev.cloudmaker.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.spi.Named;
import org.junit.jupiter.api.Test;

class AwsNamesTest {
    @Test
    void aNamespacesNameRoundTripsAndTheAccountsIsBare() {
        Named named = new Named("prod", "web-2026");
        assertThat(AwsNames.name(named)).isEqualTo("cloudmaker/prod/web-2026");
        assertThat(AwsNames.named("cloudmaker/prod/web-2026")).isEqualTo(named);
        assertThat(AwsNames.name(Named.account("laptop"))).isEqualTo("laptop");
    }

    @Test
    void namesCloudmakerDidNotGiveAreNone() {
        assertThat(AwsNames.named("laptop")).isNull();
        assertThat(AwsNames.named("cloudmaker/prod")).isNull();
        assertThat(AwsNames.named("cloudmaker/prod/")).isNull();
        assertThat(AwsNames.named(null)).isNull();
    }
}
