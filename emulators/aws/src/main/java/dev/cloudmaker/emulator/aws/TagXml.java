package dev.cloudmaker.emulator.aws;

import java.util.Map;

/** A resource's {@code tagSet}: {@code <tagSet><item><key/><value/></item></tagSet>}, empty as {@code <tagSet/>}. */
final class TagXml {
    private TagXml() {
    }

    static void write(Xml xml, Map<String, String> tags) {
        if (tags.isEmpty()) {
            xml.empty("tagSet");
            return;
        }
        xml.open("tagSet");
        tags.forEach((k, v) -> xml.open("item").leaf("key", k).leaf("value", v).close());
        xml.close();
    }
}
