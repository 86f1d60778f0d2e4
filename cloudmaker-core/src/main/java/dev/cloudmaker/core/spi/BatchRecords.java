package dev.cloudmaker.core.spi;

import java.util.List;

/**
 * A zone's record changes in one request, all or nothing (Route 53's ChangeResourceRecordSets), offered by
 * {@link DnsProvider#batch()} where the DNS has it; elsewhere records are written one at a time.
 */
public interface BatchRecords {
    /**
     * Applies every change to the domain's records, or none of them, and returns once they have taken effect: the
     * wait is bounded, and past it the change is told as still propagating, not failed. Changes that conflict with
     * what the zone holds fail before anything is sent. Applying a batch again after it took effect changes
     * nothing that is already as asked (a delete of a record that is gone is no error).
     */
    void apply(String domain, List<RecordChange> changes);
}
