package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.ActionRouter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CreateTags, DeleteTags (a given value must match) and DescribeTags with its filters, paged. */
final class TagHandler {

    private record TagRow(String resourceId, String key, String value) {
    }

    void register(ActionRouter<Ec2Action> router) {
        router.add("CreateTags", "CreateTags", this::create);
        router.add("DeleteTags", "DeleteTags", this::delete);
        router.add("DescribeTags", "DescribeTags", this::describe);
    }

    private Xml create(Ec2Request r) {
        List<String> ids = resources(r);
        Map<String, String> tags = r.params().tags("Tag");
        for (String key : tags.keySet()) {
            if (key.startsWith("aws:")) {
                throw Ec2Error.parameter("Tag keys starting with 'aws:' are reserved for internal use");
            }
            if (key.length() > 127 || tags.get(key).length() > 256) {
                throw Ec2Error.parameter("Tag keys are at most 127 characters and values at most 256: " + key);
            }
        }
        for (String id : ids) {
            r.region().tags.computeIfAbsent(id, k -> new LinkedHashMap<>()).putAll(tags);
        }
        return r.ok();
    }

    private Xml delete(Ec2Request r) {
        List<String> ids = resources(r);
        List<Ec2Params> given = r.params().structures("Tag");
        for (String id : ids) {
            Map<String, String> held = r.region().tags.get(id);
            if (held == null) {
                continue;
            }
            if (given.isEmpty()) {
                held.clear();
            }
            for (Ec2Params t : given) {
                String key = t.required("Key");
                String value = t.values().get("Value");
                if (value == null || value.equals(held.get(key))) {
                    held.remove(key);
                }
            }
        }
        return r.ok();
    }

    private List<String> resources(Ec2Request r) {
        List<String> ids = r.params().list("ResourceId");
        if (ids.isEmpty()) {
            throw Ec2Error.missing("ResourceId");
        }
        for (String id : ids) {
            if (id.startsWith("i-")) {
                InstanceReader.named(r, List.of(id)); // InvalidInstanceID.NotFound, as EC2 answers
            } else if (!r.region().holds(id)) {
                throw Ec2Error.invalid("InvalidID", "The ID '" + id + "' is not valid");
            }
        }
        return ids;
    }

    private Xml describe(Ec2Request r) {
        List<Filter> filters = r.params().filters();
        List<TagRow> rows = new ArrayList<>();
        r.region().tags.forEach((id, tags) -> tags.forEach((k, v) -> {
            TagRow row = new TagRow(id, k, v);
            if (Filter.all(filters, f -> values(row, f))) {
                rows.add(row);
            }
        }));
        Page<TagRow> page = Page.of(rows, r.params(), 5, 1000);
        Xml xml = r.reply().open("tagSet");
        page.items().forEach(t -> xml.open("item").leaf("resourceId", t.resourceId())
                .leaf("resourceType", Ec2Region.resourceType(t.resourceId())).leaf("key", t.key()).leaf("value", t.value())
                .close());
        return xml.close().leaf("nextToken", page.nextToken());
    }

    private static Collection<String> values(TagRow t, String filter) {
        return switch (filter) {
            case "resource-id" -> List.of(t.resourceId());
            case "resource-type" -> List.of(Ec2Region.resourceType(t.resourceId()));
            case "key", "tag-key" -> List.of(t.key());
            case "value", "tag-value" -> List.of(t.value());
            default -> filter.startsWith("tag:") && filter.substring(4).equals(t.key()) ? List.of(t.value())
                    : filter.startsWith("tag:") ? List.of() : null;
        };
    }
}
