package dev.cloudmaker.emulator.aws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every emulated account sees alike: regions, instance types and the official images of Debian, Canonical
 * and Amazon under their real owner ids and name patterns, several dates each, so "newest by name filter" lookups
 * have something to choose from.
 */
final class Catalog {
    static final String ACCOUNT_ID = "123456789012";
    static final String DEBIAN_OWNER = "136693071363";
    static final String CANONICAL_OWNER = "099720109477";
    static final String AMAZON_OWNER = "137112412989";

    private static final Pattern DATE = Pattern.compile("(20\\d{6})");

    static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
            "ap-southeast-2");

    static final List<String> ZONE_SUFFIXES = List.of("a", "b", "c");

    static final List<InstanceType> INSTANCE_TYPES = List.of(
            new InstanceType("t2.micro", 1, 1024, "x86_64"),
            new InstanceType("t3.micro", 2, 1024, "x86_64"),
            new InstanceType("t3.small", 2, 2048, "x86_64"),
            new InstanceType("t3.medium", 2, 4096, "x86_64"),
            new InstanceType("t3.large", 2, 8192, "x86_64"),
            new InstanceType("m5.large", 2, 8192, "x86_64"),
            new InstanceType("m5.xlarge", 4, 16384, "x86_64"),
            new InstanceType("c5.large", 2, 4096, "x86_64"),
            new InstanceType("t4g.micro", 2, 1024, "arm64"),
            new InstanceType("t4g.small", 2, 2048, "arm64"));

    static final List<Image> IMAGES = List.of(
            image(DEBIAN_OWNER, "debian-12-amd64-20240102-1614", "x86_64", "Debian 12 (20240102-1614)"),
            image(DEBIAN_OWNER, "debian-12-amd64-20240717-1811", "x86_64", "Debian 12 (20240717-1811)"),
            image(DEBIAN_OWNER, "debian-12-arm64-20240717-1811", "arm64", "Debian 12 (20240717-1811)"),
            image(DEBIAN_OWNER, "debian-11-amd64-20240717-1811", "x86_64", "Debian 11 (20240717-1811)"),
            image(DEBIAN_OWNER, "debian-13-amd64-20250814-2204", "x86_64", "Debian 13 (20250814-2204)"),
            image(CANONICAL_OWNER, "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20240423", "x86_64",
                    "Canonical, Ubuntu, 24.04 LTS, amd64 noble image build on 2024-04-23"),
            image(CANONICAL_OWNER, "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-amd64-server-20240701", "x86_64",
                    "Canonical, Ubuntu, 24.04 LTS, amd64 noble image build on 2024-07-01"),
            image(CANONICAL_OWNER, "ubuntu/images/hvm-ssd-gp3/ubuntu-noble-24.04-arm64-server-20240701", "arm64",
                    "Canonical, Ubuntu, 24.04 LTS, arm64 noble image build on 2024-07-01"),
            image(CANONICAL_OWNER, "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240701", "x86_64",
                    "Canonical, Ubuntu, 22.04 LTS, amd64 jammy image build on 2024-07-01"),
            image(AMAZON_OWNER, "al2023-ami-2023.5.20240701.0-kernel-6.1-x86_64", "x86_64",
                    "Amazon Linux 2023 AMI 2023.5.20240701.0 x86_64 HVM kernel-6.1"));

    private Catalog() {
    }

    static boolean isRegion(String region) {
        return REGIONS.contains(region);
    }

    static java.util.Optional<InstanceType> instanceType(String name) {
        return INSTANCE_TYPES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static Image image(String owner, String name, String arch, String description) {
        Matcher m = DATE.matcher(name);
        if (!m.find()) {
            throw new IllegalArgumentException(name);
        }
        var created = LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Image("ami-" + digest(owner + "/" + name).substring(0, 17), name, owner, description, arch, created,
                true, null, null);
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
