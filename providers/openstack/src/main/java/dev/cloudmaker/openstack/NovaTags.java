package dev.cloudmaker.openstack;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.CloudmakerTags;
import dev.cloudmaker.core.spi.Mark;
import java.util.List;

/**
 * cloudmaker's marks as Nova server tags, spelt as on DigitalOcean ({@code cloudmaker:<ns>}), checked against Nova's
 * rules before a request is sent: at most 60 characters, no {@code /} or {@code ,}, at most 50 tags on a server.
 */
final class NovaTags {
    static final int MAX_LENGTH = 60;
    static final int MAX_TAGS = 50;

    private NovaTags() {
    }

    static String tag(Mark mark) {
        return check(CloudmakerTags.tag(mark));
    }

    /** A request's tags: its namespace's first, then the user's. */
    static List<String> tags(String namespace, List<String> userTags) {
        List<String> tags = CloudmakerTags.tags(namespace, userTags);
        if (tags.size() > MAX_TAGS) {
            throw new CloudmakerException("a Nova server takes at most " + MAX_TAGS + " tags; this one would have "
                    + tags.size() + ": remove some of the server's \"tags\" in cloud.json");
        }
        tags.forEach(NovaTags::check);
        return tags;
    }

    static String check(String tag) {
        if (tag.length() > MAX_LENGTH) {
            throw new CloudmakerException("the tag \"" + tag + "\" has " + tag.length() + " characters; Nova takes at most "
                    + MAX_LENGTH + ": shorten it (for the namespace tag cloudmaker:<namespace>, choose a namespace of at most "
                    + (MAX_LENGTH - CloudmakerTags.PREFIX.length()) + " characters)");
        }
        if (tag.contains("/") || tag.contains(",")) {
            throw new CloudmakerException("the tag \"" + tag + "\" contains '/' or ',', which Nova refuses in tags; rename it");
        }
        return tag;
    }
}
