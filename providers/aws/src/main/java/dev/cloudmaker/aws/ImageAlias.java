package dev.cloudmaker.aws;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ec2.model.Image;

/**
 * A distribution name such as {@code debian-12} or {@code ubuntu-24.04} as the DescribeImages query that finds its
 * official AMIs: the publisher's owner id and a name pattern (x86_64, EBS, HVM), as Terraform users' {@code aws_ami}
 * with {@code most_recent = true} does. The newest by {@code creationDate} wins.
 */
record ImageAlias(String alias, String distribution, String owner, String namePattern) {
    static final String DEBIAN_OWNER = "136693071363";
    static final String CANONICAL_OWNER = "099720109477";
    static final String AMAZON_OWNER = "137112412989";
    private static final Pattern DEBIAN = Pattern.compile("debian-(\\d{1,2})");
    private static final Pattern UBUNTU = Pattern.compile("ubuntu-(\\d{2}\\.\\d{2})");
    /** The aliases {@code cloudmaker images} lists. */
    static final List<String> KNOWN = List.of("debian-12", "debian-13", "ubuntu-22.04", "ubuntu-24.04", "al2023");

    /** The alias's query, or empty when {@code image} is no alias cloudmaker knows (an AMI id, a name of one's own). */
    static Optional<ImageAlias> of(String image) {
        Matcher debian = DEBIAN.matcher(image);
        if (debian.matches()) {
            return Optional.of(new ImageAlias(image, "Debian", DEBIAN_OWNER, "debian-" + debian.group(1) + "-amd64-*"));
        }
        Matcher ubuntu = UBUNTU.matcher(image);
        if (ubuntu.matches()) {
            return Optional.of(new ImageAlias(image, "Ubuntu", CANONICAL_OWNER,
                    "ubuntu/images/*/ubuntu-*-" + ubuntu.group(1) + "-amd64-server-*"));
        }
        if (image.equals("al2023")) {
            return Optional.of(new ImageAlias(image, "Amazon Linux", AMAZON_OWNER, "al2023-ami-2023.*-x86_64"));
        }
        return Optional.empty();
    }

    /** The newest available image, by creation date (ties: the greater name, whose date stamp is later). */
    static Optional<Image> newest(List<Image> images) {
        return images.stream().filter(i -> i.stateAsString() == null || "available".equals(i.stateAsString()))
                .max(Comparator.comparing((Image i) -> created(i.creationDate()))
                        .thenComparing(i -> i.name() == null ? "" : i.name()));
    }

    private static Instant created(String iso) {
        try {
            return iso == null ? Instant.EPOCH : Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
