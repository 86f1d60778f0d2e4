package dev.cloudmaker.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.Networking;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudJsonWriteBackTest {
    /** A written-back member and the separator before it, whatever the layout. */
    private static final Pattern MEMBER = Pattern.compile(
            "\\s*,\\s*\"(public|private)_network_interfaces\"\\s*:\\s*\\{[^{}]*}");
    private static final Networking NET = new Networking("203.0.113.10", "2001:db8::10", "10.10.0.5");

    @TempDir
    Path dir;

    @Test
    void insertsIntoTheSeedCommaFirstFileInItsOwnStyle() {
        Path file = copy("seed/cloud.json");
        String before = TestFiles.read(file);

        boolean written = CloudJsonWriteBack.write(file, DefinitionLoader.load(file),
                Map.of("server1", NET, "server2", new Networking("203.0.113.11", null, null)));

        String after = TestFiles.read(file);
        assertThat(written).isTrue();
        assertThat(after).contains("""
                        , "names" : [ "server1.acme.com", "acme.com"]
                        , "public_network_interfaces" : {
                                "ipv4" : "203.0.113.10"
                              , "ipv6" : "2001:db8::10"
                          }
                        , "private_network_interfaces" : {
                                "ipv4" : "10.10.0.5"
                          }
                    }
                """);
        assertThat(after).contains("""
                        , "names" : [ "server2.acme.com"]
                        , "public_network_interfaces" : {
                                "ipv4" : "203.0.113.11"
                          }
                    }
                }
                """);
        assertOnlyTheMembersChanged(before, after);
        assertReloadsEqual(file, before);
    }

    @Test
    void insertsIntoACommaLastTwoSpaceFile() {
        Path file = copy("valid/cloud-comma-last.json");
        String before = TestFiles.read(file);

        CloudJsonWriteBack.write(file, DefinitionLoader.load(file), Map.of("worker", NET));

        String after = TestFiles.read(file);
        assertThat(after).contains("""
                    "ipv6": false,
                    "public_network_interfaces": {
                      "ipv4": "203.0.113.10",
                      "ipv6": "2001:db8::10"
                    },
                    "private_network_interfaces": {
                      "ipv4": "10.10.0.5"
                    }
                  }
                }
                """);
        assertOnlyTheMembersChanged(before, after);
        assertReloadsEqual(file, before);
    }

    @Test
    void writesIntoServersOfTheExtendedFormat() {
        Path file = copy("valid/cloud-extended.json");
        String before = TestFiles.read(file);

        CloudJsonWriteBack.write(file, DefinitionLoader.load(file), Map.of("web1", NET, "db1", NET));

        String after = TestFiles.read(file);
        assertThat(after).contains("""
                      "ipv6": true,
                      "public_network_interfaces": {
                        "ipv4": "203.0.113.10",
                """);
        assertOnlyTheMembersChanged(before, after);
        assertReloadsEqual(file, before);
    }

    @Test
    void replacesExistingInterfacesKeepingTheInventoryLayout() {
        Path file = copy("seed/cloud_inventory_style.json");
        String before = TestFiles.read(file);

        CloudJsonWriteBack.write(file, DefinitionLoader.load(file), Map.of("server2", NET));

        String after = TestFiles.read(file);
        assertThat(after).contains("""
                      "private_network_interfaces": {
                         "ipv4": "10.10.0.5"
                      }, \n\
                      "public_network_interfaces": {
                         "ipv4": "203.0.113.10", \n\
                         "ipv6": "2001:db8::10"
                      }, \n\
                """);
        assertThat(after).contains("\"ipv4\": \"45.55.221.186\"");
        assertThat(MEMBER.matcher(after).replaceAll("")).isEqualTo(MEMBER.matcher(before).replaceAll(""));
        assertReloadsEqual(file, before);
    }

    @Test
    void insertsIntoAnEmptyServerAndAnInlineOne() {
        Path file = TestFiles.write(dir, "cloud.json", """
                {
                  "defaults": {"region": "nyc3", "size": "s", "image": "i"},
                  "servers": {
                    "a": {},
                    "b": {"ipv6": true}
                  }
                }
                """);

        CloudJsonWriteBack.write(file, DefinitionLoader.load(file), Map.of("a", NET, "b", new Networking(null, null, "10.0.0.2")));

        assertThat(TestFiles.read(file)).contains("""
                    "a": {
                      "public_network_interfaces": {
                        "ipv4": "203.0.113.10",
                        "ipv6": "2001:db8::10"
                      },
                      "private_network_interfaces": {
                        "ipv4": "10.10.0.5"
                      }
                    },
                    "b": {"ipv6": true, "private_network_interfaces": {"ipv4": "10.0.0.2"}}
                """);
        assertThat(DefinitionLoader.load(file).servers()).hasSize(2);
    }

    @Test
    void doesNotRewriteTheFileWhenNothingChanged() throws IOException {
        Path file = copy("seed/cloud_inventory_style.json");
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);
        Map<String, Networking> same = new LinkedHashMap<>();
        same.put("server1", new Networking("45.55.221.186", "2604:a880:0800:0010:0000:0000:0060:c001", "10.132.247.60"));
        same.put("server2", Networking.NONE);

        boolean written = CloudJsonWriteBack.write(file, DefinitionLoader.load(file), same);

        assertThat(written).isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void aSecondIdenticalWriteChangesNothing() {
        Path file = copy("seed/cloud.json");
        CloudJsonWriteBack.write(file, DefinitionLoader.load(file), Map.of("server1", NET));
        String once = TestFiles.read(file);

        assertThat(CloudJsonWriteBack.write(file, DefinitionLoader.load(file), Map.of("server1", NET))).isFalse();
        assertThat(TestFiles.read(file)).isEqualTo(once);
    }

    @Test
    void aServersOwnSizeIsReplacedInPlace() {
        Path file = copy("seed/cloud.json");
        String before = TestFiles.read(file);
        String was = DefinitionLoader.load(file).server("server1").orElseThrow().size();

        boolean written = CloudJsonWriteBack.writeSize(file, DefinitionLoader.load(file), "server1", "s-2vcpu-4gb");

        String after = TestFiles.read(file);
        assertThat(written).isTrue();
        assertThat(DefinitionLoader.load(file).server("server1").orElseThrow().size()).isEqualTo("s-2vcpu-4gb");
        assertThat(DefinitionLoader.load(file).server("server2").orElseThrow().size()).as("the other server keeps its size")
                .isEqualTo(DefinitionLoader.load(TestFiles.write(dir, "before.json", before)).server("server2").orElseThrow().size());
        assertThat(after).isEqualTo(before.replaceFirst("\"" + Pattern.quote(was) + "\"", "\"s-2vcpu-4gb\""));
    }

    @Test
    void aSizeFromDefaultsBecomesTheServersOwnMemberInItsLayout() {
        Path file = TestFiles.write(dir, "cloud.json", """
                {
                  "defaults": {"region": "nyc3", "size": "s-1vcpu-1gb", "image": "i"},
                  "servers": {
                    "a": {
                      "role": "web",
                      "ipv6": true
                    },
                    "b": {"ipv6": true},
                    "c": {}
                  }
                }
                """);

        CloudJsonWriteBack.writeSize(file, DefinitionLoader.load(file), "a", "s-2vcpu-4gb");
        CloudJsonWriteBack.writeSize(file, DefinitionLoader.load(file), "b", "s-2vcpu-4gb");
        CloudJsonWriteBack.writeSize(file, DefinitionLoader.load(file), "c", "s-4vcpu-8gb");

        assertThat(TestFiles.read(file)).isEqualTo("""
                {
                  "defaults": {"region": "nyc3", "size": "s-1vcpu-1gb", "image": "i"},
                  "servers": {
                    "a": {
                      "role": "web",
                      "ipv6": true,
                      "size": "s-2vcpu-4gb"
                    },
                    "b": {"ipv6": true, "size": "s-2vcpu-4gb"},
                    "c": {
                      "size": "s-4vcpu-8gb"
                    }
                  }
                }
                """);
    }

    @Test
    void theSizeTheFileAlreadyGivesIsNotWritten() throws IOException {
        Path file = TestFiles.write(dir, "cloud.json", """
                {"defaults": {"region": "nyc3", "size": "s-1vcpu-1gb", "image": "i"},
                 "servers": {"a": {}, "b": {"size": "s-2vcpu-4gb"}}}
                """);
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);

        assertThat(CloudJsonWriteBack.writeSize(file, DefinitionLoader.load(file), "a", "s-1vcpu-1gb")).isFalse();
        assertThat(CloudJsonWriteBack.writeSize(file, DefinitionLoader.load(file), "b", "s-2vcpu-4gb")).isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    private Path copy(String resource) {
        return TestFiles.write(dir, "cloud.json", TestFiles.text(resource));
    }

    /** Everything outside the written members is byte for byte what the user wrote. */
    private static void assertOnlyTheMembersChanged(String before, String after) {
        assertThat(MEMBER.matcher(before).find()).isFalse();
        assertThat(MEMBER.matcher(after).replaceAll("")).isEqualTo(before);
    }

    private static void assertReloadsEqual(Path file, String before) {
        Path original = file.resolveSibling("original.json");
        Definition was = DefinitionLoader.load(TestFiles.write(file.getParent(), "original.json", before));
        Definition now = DefinitionLoader.load(file);
        assertThat(now.servers()).isEqualTo(was.servers());
        assertThat(now.format()).isEqualTo(was.format());
        assertThat(now.namespace()).isEqualTo(was.namespace());
        assertThat(now.providers()).isEqualTo(was.providers());
        assertThat(original).exists();
    }
}
