package dev.cloudmaker.emulator.aws;

import java.util.List;

/**
 * A Route 53 resource record set: the name lower-case with its trailing dot, the values in the order given.
 */
record RecordSet(String name, String type, long ttl, List<String> values) {
    RecordSet {
        values = List.copyOf(values);
    }
}
