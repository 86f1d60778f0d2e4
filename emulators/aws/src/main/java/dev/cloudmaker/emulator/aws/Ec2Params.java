package dev.cloudmaker.emulator.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The parameters of one EC2 Query request, with EC2's flattened lists ({@code Name.1}, {@code Name.2}) and
 * structures ({@code Filter.1.Value.1}). An explicitly empty list ({@code InstanceId=}, as SDK v2 sends it) is no items.
 */
record Ec2Params(Map<String, String> values) {

    Ec2Params {
        values = Map.copyOf(values);
    }

    String string(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    String required(String name) {
        String v = string(name);
        if (v == null) {
            throw Ec2Error.missing(name);
        }
        return v;
    }

    boolean bool(String name) {
        return "true".equalsIgnoreCase(values.get(name));
    }

    Integer integer(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw Ec2Error.parameter("Value (" + v + ") for parameter " + name + " is invalid. Expected an integer.");
        }
    }

    /** The values of the list {@code prefix.1}, {@code prefix.2}, ... in index order. */
    List<String> list(String prefix) {
        List<String> out = new ArrayList<>();
        for (int i : indexes(prefix)) {
            String v = values.get(prefix + "." + i);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** The members {@code prefix.N.*} of a list of structures, each as parameters of its own. */
    List<Ec2Params> structures(String prefix) {
        List<Ec2Params> out = new ArrayList<>();
        for (int i : indexes(prefix)) {
            out.add(sub(prefix + "." + i));
        }
        return out;
    }

    /** The members of the structure {@code prefix.*}. */
    Ec2Params sub(String prefix) {
        String p = prefix + ".";
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(p)) {
                m.put(k.substring(p.length()), v);
            }
        });
        return new Ec2Params(m);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** {@code Filter.N.Name} and {@code Filter.N.Value.M}. */
    List<Filter> filters() {
        return structures("Filter").stream().map(f -> new Filter(f.required("Name"), f.list("Value"))).toList();
    }

    /** {@code prefix.N.Key}/{@code .Value} pairs, in order; a missing value is "". */
    Map<String, String> tags(String prefix) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Ec2Params t : structures(prefix)) {
            String value = t.values().get("Value");
            tags.put(t.required("Key"), value == null ? "" : value);
        }
        return tags;
    }

    /** The tags {@code TagSpecification.N} gives resources of {@code resourceType}. */
    Map<String, String> tagsFor(String resourceType) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Ec2Params spec : structures("TagSpecification")) {
            if (resourceType.equals(spec.string("ResourceType"))) {
                tags.putAll(spec.tags("Tag"));
            }
        }
        return tags;
    }

    private TreeSet<Integer> indexes(String prefix) {
        String p = prefix + ".";
        TreeSet<Integer> idx = new TreeSet<>();
        for (String k : values.keySet()) {
            if (k.startsWith(p)) {
                String rest = k.substring(p.length());
                int dot = rest.indexOf('.');
                String n = dot < 0 ? rest : rest.substring(0, dot);
                if (n.matches("\\d{1,6}")) {
                    idx.add(Integer.parseInt(n));
                }
            }
        }
        return idx;
    }
}
