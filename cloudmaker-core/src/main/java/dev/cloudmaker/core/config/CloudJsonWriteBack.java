package dev.cloudmaker.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.io.AtomicFiles;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.DefinitionFormat;
import dev.cloudmaker.core.model.Networking;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes each server's addresses back into cloud.json as {@code public_network_interfaces} and
 * {@code private_network_interfaces}, and a resized server's {@code size}, by splicing the text: every
 * byte outside those members stays as the user wrote it, and new members copy the layout of the object
 * they join.
 */
public final class CloudJsonWriteBack {
    static final String PUBLIC = "public_network_interfaces";
    static final String PRIVATE = "private_network_interfaces";
    private static final String BOM = "\uFEFF";

    private CloudJsonWriteBack() {
    }

    /** A text replacement: {@code [start, end)} becomes {@code text}; an insertion has start == end. */
    private record Edit(int start, int end, String text) {
    }

    /**
     * Updates the members of the servers named in {@code byServer}; a member whose addresses are all
     * unknown is left as it is. Returns false, and leaves the file untouched, when nothing changed.
     */
    public static boolean write(Path cloudJson, Definition def, Map<String, Networking> byServer) {
        Source src = Source.read(cloudJson, def);
        String text = src.text();
        JsonDocument doc = src.doc();
        Map<String, ObjectSpan> spans = src.spans();
        ObjectStyle sibling = siblingStyle(text, def, spans);
        List<Edit> edits = new ArrayList<>();
        for (Map.Entry<String, Networking> e : byServer.entrySet()) {
            String pointer = def.pointer(e.getKey(), null);
            ObjectSpan server = spans.get(pointer);
            if (server == null) {
                throw new ConfigException(Diagnostic.ofFile(cloudJson, "server \"" + e.getKey() + "\" is no longer in the file",
                        "its addresses were not written; run the command again so it reads the current file"));
            }
            edits.addAll(serverEdits(text, doc.root().at(pointer), server, ObjectStyle.of(text, server, sibling), e.getValue()));
        }
        return src.save(edits);
    }

    /**
     * Sets a server's {@code size} (after a resize), so the next plan matches the server: the server's
     * own member is replaced, or one is added when its size came from {@code defaults}. Returns false,
     * and leaves the file untouched, when the file already gives the server that size.
     */
    public static boolean writeSize(Path cloudJson, Definition def, String serverName, String size) {
        Source src = Source.read(cloudJson, def);
        String pointer = def.pointer(serverName, null);
        ObjectSpan server = src.spans().get(pointer);
        if (server == null) {
            throw new ConfigException(Diagnostic.ofFile(cloudJson, "server \"" + serverName + "\" is not in the file",
                    "its new size " + size + " was not written; set \"size\": \"" + size + "\" there if you declare it"));
        }
        JsonNode current = src.doc().root().at(pointer).path("size");
        String value = ObjectStyle.quote(size);
        Optional<MemberSpan> own = server.member("size");
        if (own.isPresent()) {
            return !current.asText().equals(size)
                    && src.save(List.of(new Edit(own.get().valueStart(), own.get().valueEnd(), value)));
        }
        JsonNode inherited = def.format() == DefinitionFormat.EXTENDED ? src.doc().root().path("defaults").path("size") : current;
        if (inherited.isTextual() && inherited.asText().equals(size)) {
            return false;
        }
        ObjectStyle style = ObjectStyle.of(src.text(), server, siblingStyle(src.text(), def, src.spans()));
        List<MemberSpan> m = server.members();
        int at = m.isEmpty() ? server.open() + 1 : m.get(m.size() - 1).valueEnd();
        String member = (m.isEmpty() ? style.open() : style.separator()) + style.member("size", value) + (m.isEmpty() ? style.close() : "");
        return src.save(List.of(new Edit(at, at, member)));
    }

    /** The file as read (without a byte-order mark, which {@link #save} puts back), parsed and mapped to its spans. */
    private record Source(Path file, boolean bom, String text, JsonDocument doc, Map<String, ObjectSpan> spans) {
        static Source read(Path file, Definition def) {
            String raw = CloudJsonWriteBack.read(file);
            boolean bom = raw.startsWith(BOM);
            String text = bom ? raw.substring(1) : raw;
            JsonDocument doc = JsonSourceReader.parse(file, text);
            if (DefinitionTree.formatOf(doc.root()) != def.format()) {
                throw new ConfigException(Diagnostic.ofFile(file, "the file changed format since it was loaded",
                        "run the command again so it reads the current file"));
            }
            return new Source(file, bom, text, doc, JsonSpans.objects(text));
        }

        /** Applies the edits atomically; false, writing nothing, when there are none. */
        boolean save(List<Edit> edits) {
            if (edits.isEmpty()) {
                return false;
            }
            AtomicFiles.writeString(file, (bom ? BOM : "") + apply(text, edits));
            return true;
        }
    }

    private static List<Edit> serverEdits(String text, JsonNode current, ObjectSpan server, ObjectStyle style, Networking net) {
        Map<String, ObjectNode> wanted = new LinkedHashMap<>();
        wanted.put(PUBLIC, addresses("ipv4", net == null ? null : net.publicIpv4(), "ipv6", net == null ? null : net.publicIpv6()));
        wanted.put(PRIVATE, addresses("ipv4", net == null ? null : net.privateIpv4(), null, null));
        List<Edit> edits = new ArrayList<>();
        StringBuilder appended = new StringBuilder();
        for (Map.Entry<String, ObjectNode> w : wanted.entrySet()) {
            if (w.getValue().isEmpty() || w.getValue().equals(current.get(w.getKey()))) {
                continue;
            }
            String value = style.nested().render(toStrings(w.getValue()));
            var existing = server.member(w.getKey());
            if (existing.isPresent()) {
                edits.add(new Edit(existing.get().valueStart(), existing.get().valueEnd(), value));
            } else {
                boolean first = server.members().isEmpty() && appended.isEmpty();
                appended.append(first ? style.open() : style.separator()).append(style.member(w.getKey(), value));
            }
        }
        if (!appended.isEmpty()) {
            List<MemberSpan> m = server.members();
            int at = m.isEmpty() ? server.open() + 1 : m.get(m.size() - 1).valueEnd();
            edits.add(new Edit(at, at, m.isEmpty() ? appended + style.close() : appended.toString()));
        }
        return edits;
    }

    /** The layout of another server with several members, else one level inside the object holding the servers. */
    private static ObjectStyle siblingStyle(String text, Definition def, Map<String, ObjectSpan> spans) {
        for (var server : def.servers()) {
            ObjectSpan span = spans.get(def.pointer(server.name(), null));
            if (span != null && span.members().size() > 1) {
                return ObjectStyle.of(text, span, null);
            }
        }
        ObjectSpan holder = spans.get(def.format() == DefinitionFormat.EXTENDED ? "/servers" : "");
        return holder != null && holder.members().size() > 1 ? ObjectStyle.of(text, holder, null).nested() : null;
    }

    private static ObjectNode addresses(String k1, String v1, String k2, String v2) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (v1 != null) {
            node.put(k1, v1);
        }
        if (v2 != null) {
            node.put(k2, v2);
        }
        return node;
    }

    private static Map<String, String> toStrings(ObjectNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    private static String apply(String text, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt(Edit::start).reversed())
                .forEach(e -> sb.replace(e.start(), e.end(), e.text()));
        return sb.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
