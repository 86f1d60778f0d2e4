package dev.cloudmaker.emulator.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Ec2ParamsTest {

    @Test
    void flattenedListsAndFiltersAreReadInIndexOrderAndAnEmptyListIsNoItems() {
        Ec2Params p = new Ec2Params(Map.of("InstanceId.10", "i-b", "InstanceId.2", "i-a", "Filter.1.Name", "tag:Name",
                "Filter.1.Value.1", "web*", "Filter.1.Value.2", "db", "SecurityGroupId", ""));
        assertThat(p.list("InstanceId")).containsExactly("i-a", "i-b");
        assertThat(p.list("SecurityGroupId")).isEmpty();
        Filter f = p.filters().getFirst();
        assertThat(f.name()).isEqualTo("tag:Name");
        assertThat(f.matches(List.of("web-1"))).isTrue();
        assertThat(f.matches(List.of("Web-1"))).as("case-sensitive").isFalse();
        assertThat(f.matches(List.of("db"))).isTrue();
        assertThat(f.matches(List.of("db2"))).isFalse();
    }

    @Test
    void tagSpecificationsGiveEachResourceTypeItsTags() {
        Ec2Params p = new Ec2Params(Map.of("TagSpecification.1.ResourceType", "instance",
                "TagSpecification.1.Tag.1.Key", "Name", "TagSpecification.1.Tag.1.Value", "web",
                "TagSpecification.2.ResourceType", "volume", "TagSpecification.2.Tag.1.Key", "disk"));
        assertThat(p.tagsFor("instance")).containsExactly(Map.entry("Name", "web"));
        assertThat(p.tagsFor("volume")).containsExactly(Map.entry("disk", ""));
    }
}
