package dev.cloudmaker.aws;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.route53.model.Change;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ResourceRecord;

/**
 * A zone's changes cut into ChangeResourceRecordSets requests within Route 53's limits: at most 1,000
 * {@code ResourceRecord} elements and 32,000 characters of values per request, an UPSERT counting twice. A batch within
 * them (every run of ordinary size) is one request, applied all or nothing; only a larger one is split, and then
 * each request is all or nothing on its own (a split batch whose later request fails leaves the earlier ones made,
 * which the next run reads and finishes). A set changes once per batch, so the requests do not depend on each other.
 */
final class ChangeChunks {
    static final int MAX_RECORDS = 1_000;
    static final int MAX_CHARS = 32_000;

    private ChangeChunks() {
    }

    static List<List<Change>> of(List<Change> changes) {
        List<List<Change>> out = new ArrayList<>();
        List<Change> current = new ArrayList<>();
        int records = 0;
        int chars = 0;
        for (Change c : changes) {
            int times = c.action() == ChangeAction.UPSERT ? 2 : 1;
            int r = c.resourceRecordSet().resourceRecords().size() * times;
            int ch = c.resourceRecordSet().resourceRecords().stream().map(ResourceRecord::value).mapToInt(String::length)
                    .sum() * times;
            if (!current.isEmpty() && (records + r > MAX_RECORDS || chars + ch > MAX_CHARS)) {
                out.add(current);
                current = new ArrayList<>();
                records = 0;
                chars = 0;
            }
            current.add(c);
            records += r;
            chars += ch;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
