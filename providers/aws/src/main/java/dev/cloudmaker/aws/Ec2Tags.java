package dev.cloudmaker.aws;

import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.ec2.model.Tag;

/**
 * cloudmaker's marks as EC2 key/value tags: {@code Name} is the server's name (what the console and Ansible show),
 * {@code cloudmaker-namespace=<ns>} the namespace (DescribeInstances filters {@code tag:cloudmaker-namespace}),
 * {@code cloudmaker-powered-off-for-resize=true} a resize in progress, and {@code cloudmaker-image} the image as
 * the definition asked for it ({@code debian-12}, not the AMI it resolved to, so a newer AMI is no drift). A user's
 * tag {@code t} is {@code t=true}, {@code k=v} is {@code k=v}; tags set elsewhere show as {@code k=v}.
 */
final class Ec2Tags {
    static final String NAME = "Name";
    static final String PREFIX = "cloudmaker-";
    static final String NAMESPACE = PREFIX + "namespace";
    static final String POWERED_OFF = PREFIX + "powered-off-for-resize";
    static final String IMAGE = PREFIX + "image";
    static final String KEY_NAME = PREFIX + "name";

    private Ec2Tags() {
    }

    static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    static Tag of(Mark mark) {
        return switch (mark) {
            case Mark.Namespace ns -> tag(NAMESPACE, ns.name());
            case Mark.PoweredOffForResize off -> tag(POWERED_OFF, "true");
            case Mark.Tag t -> user(t.value());
        };
    }

    /** A user's tag: {@code k=v} splits at the first {@code =}, a bare {@code t} is {@code t=true}. */
    static Tag user(String tag) {
        int eq = tag.indexOf('=');
        return eq > 0 ? tag(tag.substring(0, eq), tag.substring(eq + 1)) : tag(tag, "true");
    }

    /** A user's tag, not one that spells a mark here or on a string-tag cloud, nor AWS's reserved {@code aws:}. */
    static boolean isUserTag(String tag) {
        return !tag.startsWith(PREFIX) && !tag.startsWith("aws:") && !tag.equals(NAME) && !tag.startsWith(NAME + "=")
                && CloudmakerTags.isUserTag(tag);
    }

    static Map<String, String> map(List<Tag> tags) {
        return tags.stream().collect(Collectors.toMap(Tag::key, t -> t.value() == null ? "" : t.value(), (a, b) -> a));
    }

    /** The user's tags as cloudmaker shows them: {@code t} for {@code t=true}, else {@code k=v}. */
    static List<String> shown(Map<String, String> tags) {
        List<String> out = new ArrayList<>();
        tags.forEach((k, v) -> {
            if (!k.startsWith(PREFIX) && !k.equals(NAME) && !k.startsWith("aws:")) {
                out.add("true".equals(v) ? k : k + "=" + v);
            }
        });
        out.sort(null);
        return out;
    }
}
