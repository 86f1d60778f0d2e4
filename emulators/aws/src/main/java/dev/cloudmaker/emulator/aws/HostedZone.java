package dev.cloudmaker.emulator.aws;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Route 53 hosted zone: its name with the trailing dot, its record sets and tags. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
final class HostedZone {
    static final List<String> NAME_SERVERS = List.of("ns-2048.awsdns-64.com.", "ns-2049.awsdns-65.net.",
            "ns-2050.awsdns-66.org.", "ns-2051.awsdns-67.co.uk.");

    String id;
    String name;
    String callerReference;
    String comment;
    boolean privateZone;
    List<RecordSet> records = new ArrayList<>();
    Map<String, String> tags = new LinkedHashMap<>();

    HostedZone() {
    }

    /** A public zone has its SOA and NS records from the start. */
    HostedZone(String id, String name, String callerReference, String comment) {
        this.id = id;
        this.name = name;
        this.callerReference = callerReference;
        this.comment = comment;
        records.add(new RecordSet(name, "NS", 172800, NAME_SERVERS));
        records.add(new RecordSet(name, "SOA", 900, List.of(NAME_SERVERS.getFirst()
                + " awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400")));
    }
}
