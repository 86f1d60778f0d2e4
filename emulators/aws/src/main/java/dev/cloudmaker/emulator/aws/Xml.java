package dev.cloudmaker.emulator.aws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Writes the XML of an answer, element by element; values are escaped, null leaves are left out. */
final class Xml {
    static final String EC2_NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";
    static final String ROUTE53_NAMESPACE = "https://route53.amazonaws.com/doc/2013-04-01/";

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final Deque<String> open = new ArrayDeque<>();

    /** A document whose root element carries {@code namespace} (none when null). */
    static Xml document(String root, String namespace) {
        Xml xml = new Xml();
        xml.out.append('<').append(root);
        if (namespace != null) {
            xml.out.append(" xmlns=\"").append(namespace).append('"');
        }
        xml.out.append('>');
        xml.open.push(root);
        return xml;
    }

    Xml open(String name) {
        out.append('<').append(name).append('>');
        open.push(name);
        return this;
    }

    Xml close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** {@code <name>value</name>}; nothing when value is null. */
    Xml leaf(String name, Object value) {
        if (value != null) {
            out.append('<').append(name).append('>').append(escape(String.valueOf(value))).append("</").append(name)
                    .append('>');
        }
        return this;
    }

    Xml empty(String name) {
        out.append('<').append(name).append("/>");
        return this;
    }

    /** The document with every open element closed. */
    byte[] bytes() {
        while (!open.isEmpty()) {
            close();
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Text content as AWS writes it: only {@code &}, {@code <} and {@code >} escaped (quotes stay as they are). */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
