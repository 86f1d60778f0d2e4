package dev.cloudmaker.core.spi;

import java.util.List;
import java.util.Optional;

/** The DNS zones of an account, one record at a time. */
public interface DnsProvider {
    List<String> domains();

    List<DnsRecord> records(String domain);

    void createDomain(String domain);

    DnsRecord createRecord(String domain, RecordSpec record);

    DnsRecord updateRecord(String domain, String recordId, RecordSpec record);

    /** Deleting a record that is already gone is not an error. */
    void deleteRecord(String domain, String recordId);

    /** A zone's changes in one request, where the DNS takes them so (e.g. Route 53); empty means one at a time. */
    default Optional<BatchRecords> batch() {
        return Optional.empty();
    }
}
