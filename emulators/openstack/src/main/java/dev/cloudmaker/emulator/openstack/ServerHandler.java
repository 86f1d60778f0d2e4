package dev.cloudmaker.emulator.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.emulator.kit.http.ApiResponse;
import dev.cloudmaker.emulator.kit.http.PathRouter;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Nova's servers: create ({@link ServerCreator}), list (brief and detail, newest first, Nova's filters with
 * {@code name} a regular expression, {@code limit}/{@code marker} and {@code servers_links}), show (404
 * {@code itemNotFound} for names and deleted servers: clients try an id first and poll deletes to a 404), rename and
 * delete.
 */
final class ServerHandler {
    private static final Set<String> STATUSES = Set.of("ACTIVE", "BUILD", "DELETED", "ERROR", "HARD_REBOOT", "MIGRATING",
            "PASSWORD", "PAUSED", "REBOOT", "REBUILD", "RESCUE", "RESIZE", "REVERT_RESIZE", "SHELVED",
            "SHELVED_OFFLOADED", "SHUTOFF", "SOFT_DELETED", "SUSPENDED", "UNKNOWN", "VERIFY_RESIZE");
    private final OpenStackState state;
    private final ServerView view;
    private final ServerCreator creator;

    ServerHandler(OpenStackState state, ServerView view) {
        this.state = state;
        this.view = view;
        this.creator = new ServerCreator(state);
    }

    void register(PathRouter<OsEndpoint> router) {
        String p = "/compute/v2.1/servers";
        router.add("POST", p, "servers", creator::create)
                .add("GET", p, "servers", r -> list(r, false))
                .add("GET", p + "/detail", "servers", r -> list(r, true))
                .add("GET", p + "/{}", "servers", this::show)
                .add("PUT", p + "/{}", "servers", this::update)
                .add("DELETE", p + "/{}", "servers", this::delete);
    }

    /** The server a request names, or 404 as Nova words it. */
    Server find(OsRequest r) {
        String id = r.param(0);
        return state.visibleServer(id).orElseThrow(() -> OsError.notFound("itemNotFound", "Instance " + id
                + " could not be found."));
    }

    private ApiResponse show(OsRequest r) {
        return ApiResponse.json(200, Json.object().set("server", view.detail(find(r), r)));
    }

    private ApiResponse update(OsRequest r) {
        Server s = find(r);
        JsonNode body = r.required("server");
        String name = Json.text(body, "name");
        if (name != null) {
            if (name.isBlank() || name.length() > 255) {
                throw OsError.badRequest("Invalid input for field/attribute name. Value: " + name + ".");
            }
            s.name = name;
        }
        if (body.has("description") && r.atLeast("2.19")) {
            s.description = Json.text(body, "description");
        }
        s.updated = state.now();
        return ApiResponse.json(200, Json.object().set("server", view.detail(s, r)));
    }

    private ApiResponse delete(OsRequest r) {
        Server s = find(r);
        if (s.locked) {
            throw OsError.conflict("conflictingRequest", "Instance " + s.id + " is locked");
        }
        if (!"deleting".equals(s.taskState)) {
            Instant now = state.now();
            s.begin("deleting", new ServerJob("delete", now.plus(state.config.actionDuration()), "deleted",
                    Server.NOSTATE), now);
        }
        return ApiResponse.noContent();
    }

    private ApiResponse list(OsRequest r, boolean detail) {
        Map<String, String> q = r.query();
        Instant now = state.now();
        List<Server> all = state.servers.values().stream().filter(s -> !s.isHidden(now)).filter(filter(q, r))
                .sorted(Comparator.comparing((Server s) -> s.created).reversed().thenComparing(s -> s.id)).toList();
        int limit = limit(q.get("limit"));
        int from = 0;
        String marker = q.get("marker");
        if (marker != null) {
            int at = all.stream().map(s -> s.id).toList().indexOf(marker);
            if (at < 0) {
                throw OsError.badRequest("marker [" + marker + "] not found");
            }
            from = at + 1;
        }
        List<Server> page = all.subList(from, Math.min(all.size(), from + limit));
        ArrayNode items = Json.array();
        page.forEach(s -> items.add(detail ? view.detail(s, r) : view.brief(s, r.baseUrl())));
        ObjectNode doc = Json.object();
        doc.set("servers", items);
        if (!page.isEmpty() && page.size() == limit) {
            doc.putArray("servers_links").addObject().put("rel", "next").put("href", r.baseUrl()
                    + "/compute/v2.1/servers" + (detail ? "/detail" : "") + "?limit=" + limit + "&marker="
                    + page.getLast().id);
        }
        return ApiResponse.json(200, doc);
    }

    private static int limit(String text) {
        if (text == null) {
            return 1000;
        }
        try {
            int n = Integer.parseInt(text);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return Math.min(n, 1000);
        } catch (NumberFormatException e) {
            throw OsError.badRequest("limit param must be an integer");
        }
    }

    private Predicate<Server> filter(Map<String, String> q, OsRequest r) {
        Predicate<Server> p = s -> true;
        String name = q.get("name");
        if (name != null) {
            Pattern regex;
            try {
                regex = Pattern.compile(name);
            } catch (PatternSyntaxException e) {
                throw OsError.badRequest("Invalid regular expression in name: " + name);
            }
            p = p.and(s -> regex.matcher(s.name).find());
        }
        String status = q.get("status");
        if (status != null) {
            String want = status.toUpperCase(java.util.Locale.ROOT);
            if (!STATUSES.contains(want) && r.atLeast("2.38")) {
                throw OsError.badRequest("Invalid status value");
            }
            p = p.and(s -> s.status().equals(want));
        }
        p = p.and(tags(q.get("tags"), true, false)).and(tags(q.get("tags-any"), false, false))
                .and(tags(q.get("not-tags"), true, true)).and(tags(q.get("not-tags-any"), false, true));
        String image = q.get("image");
        if (image != null) {
            p = p.and(s -> s.imageId.equals(image.substring(image.lastIndexOf('/') + 1)));
        }
        String flavor = q.get("flavor");
        if (flavor != null) {
            p = p.and(s -> s.flavorId.equals(flavor.substring(flavor.lastIndexOf('/') + 1)));
        }
        return p;
    }

    /** Nova's tag filters: {@code all} of the listed tags or any of them, or the negation of either. */
    private static Predicate<Server> tags(String list, boolean all, boolean negate) {
        if (list == null) {
            return s -> true;
        }
        List<String> wanted = Arrays.stream(list.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        Predicate<Server> match = all ? s -> s.tags.containsAll(wanted) : s -> wanted.stream().anyMatch(s.tags::contains);
        return negate ? match.negate() : match;
    }
}
