package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Glance v2 images: listed newest first (or by {@code sort}/{@code sort_key}), filtered exactly by name, status
 * ({@code in:} lists too), visibility, owner and tag, in pages of 25 by default with a relative {@code next} link;
 * one by id (404 for names: clients try an id first); deleted by their owner only.
 */
final class ImageHandler {
    private final OpenStackState state;

    ImageHandler(OpenStackState state) {
        this.state = state;
    }

    void register(PathRouter<OsEndpoint> router) {
        router.add("GET", "/image/v2/images", "images", this::list)
                .add("GET", "/image/v2/images/{}", "images", r -> ApiResponse.json(200, view(find(r))))
                .add("DELETE", "/image/v2/images/{}", "images", this::delete);
    }

    private Image find(OsRequest r) {
        String id = r.param(0);
        Image image = state.images.get(id);
        if (image == null) {
            throw OsError.notFound("HTTPNotFound", "No image found with ID " + id);
        }
        return image;
    }

    private ApiResponse delete(OsRequest r) {
        Image image = find(r);
        if (!image.owner().equals(state.config.projectId())) {
            throw new OsError(403, "HTTPForbidden", "You are not permitted to delete this image.");
        }
        state.images.remove(image.id());
        return ApiResponse.noContent();
    }

    private ApiResponse list(OsRequest r) {
        Map<String, String> q = r.query();
        Instant now = state.now();
        List<Image> all = state.images.values().stream().filter(filter(q, now)).sorted(order(q, now)).toList();
        int limit = Math.min(1000, Integer.parseInt(q.getOrDefault("limit", "25")));
        int from = 0;
        String marker = q.get("marker");
        if (marker != null) {
            from = all.stream().map(Image::id).toList().indexOf(marker) + 1;
            if (from == 0) {
                throw OsError.badRequest("marker " + marker + " could not be found.");
            }
        }
        List<Image> page = all.subList(from, Math.min(all.size(), from + limit));
        ArrayNode items = Json.array();
        page.forEach(i -> items.add(view(i)));
        ObjectNode doc = Json.object();
        doc.set("images", items);
        doc.put("schema", "/v2/schemas/images").put("first", "/v2/images" + query(q, null));
        if (!page.isEmpty() && page.size() == limit) {
            doc.put("next", "/v2/images" + query(q, page.getLast().id()));
        }
        return ApiResponse.json(200, doc);
    }

    /** The request's query with {@code marker} replaced (or dropped, for {@code first}). */
    private static String query(Map<String, String> q, String marker) {
        String rest = q.entrySet().stream().filter(e -> !e.getKey().equals("marker"))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String m = marker == null ? "" : "marker=" + marker;
        String all = Arrays.stream(new String[] {rest, m}).filter(s -> !s.isEmpty()).collect(Collectors.joining("&"));
        return all.isEmpty() ? "" : "?" + all;
    }

    private Predicate<Image> filter(Map<String, String> q, Instant now) {
        String project = state.config.projectId();
        String visibility = q.get("visibility");
        Predicate<Image> p = visibility == null || visibility.equals("all")
                ? i -> i.visibility().equals("public") || i.owner().equals(project)
                : i -> i.visibility().equals(visibility) && (i.visibility().equals("public") || i.owner().equals(project));
        String name = q.get("name");
        if (name != null) {
            p = p.and(i -> i.name().equals(name));
        }
        String status = q.get("status");
        if (status != null) {
            List<String> wanted = Arrays.asList(status.replaceFirst("^in:", "").split(","));
            p = p.and(i -> wanted.contains(i.status(now)));
        }
        String owner = q.get("owner");
        if (owner != null) {
            p = p.and(i -> i.owner().equals(owner));
        }
        String tag = q.get("tag");
        if (tag != null) {
            p = p.and(i -> i.tags().contains(tag));
        }
        return p;
    }

    private static Comparator<Image> order(Map<String, String> q, Instant now) {
        String sort = q.getOrDefault("sort", q.getOrDefault("sort_key", "created_at") + ":"
                + q.getOrDefault("sort_dir", "desc"));
        Comparator<Image> order = null;
        for (String part : sort.split(",")) {
            String[] kd = part.split(":");
            Comparator<Image> c = switch (kd[0]) {
                case "name" -> Comparator.comparing(Image::name);
                case "updated_at" -> Comparator.comparing((Image i) -> i.updated(now));
                case "id" -> Comparator.comparing(Image::id);
                case "created_at" -> Comparator.comparing(Image::created);
                default -> throw OsError.badRequest("Invalid sort key: " + kd[0]);
            };
            c = kd.length > 1 && kd[1].equals("asc") ? c : c.reversed();
            order = order == null ? c : order.thenComparing(c);
        }
        return order.thenComparing(Image::id);
    }

    ObjectNode view(Image i) {
        Instant now = state.now();
        ObjectNode o = Json.object();
        i.properties().forEach(o::put);
        o.put("id", i.id()).put("name", i.name()).put("status", i.status(now)).put("visibility", i.visibility())
                .put("protected", false).put("os_hidden", false).put("owner", i.owner())
                .put("container_format", "bare").put("disk_format", "qcow2").put("min_disk", i.minDisk())
                .put("min_ram", i.minRam());
        o.set("tags", Json.strings(i.tags()));
        boolean active = i.status(now).equals("active");
        if (active) {
            o.put("size", i.size()).putNull("virtual_size").put("checksum", Ids.hex("md5:" + i.id()))
                    .put("os_hash_algo", "sha512").put("os_hash_value", Ids.hex("sha:" + i.id()) + Ids.hex("sha2:" + i.id()));
        } else {
            o.putNull("size").putNull("virtual_size").putNull("checksum").putNull("os_hash_algo").putNull("os_hash_value");
        }
        o.put("created_at", Json.time(i.created())).put("updated_at", Json.time(i.updated(now)))
                .put("self", "/v2/images/" + i.id()).put("file", "/v2/images/" + i.id() + "/file")
                .put("schema", "/v2/schemas/image");
        return o;
    }
}
