package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.ApiException;
import dev.cloudmaker.core.spi.BatchRecords;
import dev.cloudmaker.core.spi.DnsProvider;
import dev.cloudmaker.core.spi.DnsRecord;
import dev.cloudmaker.core.spi.RecordChange;
import dev.cloudmaker.core.spi.RecordSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link MemoryDns} taking batches, each kept as sent; the next {@code answersToLose} batches are applied but their
 * answer is lost, the next {@code requestsToLose} are lost before they take effect, and single-record writes are
 * refused, so a test sees that only batches were used.
 */
final class BatchingDns implements DnsProvider, BatchRecords {
    final MemoryDns zones = new MemoryDns();
    final List<List<RecordChange>> batches = new ArrayList<>();
    int answersToLose;
    int requestsToLose;

    @Override
    public Optional<BatchRecords> batch() {
        return Optional.of(this);
    }

    @Override
    public synchronized void apply(String domain, List<RecordChange> changes) {
        batches.add(List.copyOf(changes));
        if (requestsToLose > 0) {
            requestsToLose--;
            throw lost();
        }
        for (RecordChange c : changes) {
            switch (c) {
                case RecordChange.Create create -> zones.createRecord(domain, create.record());
                case RecordChange.Update update -> zones.updateRecord(domain, update.recordId(), update.record());
                case RecordChange.Delete delete -> zones.deleteRecord(domain, delete.recordId());
            }
        }
        if (answersToLose > 0) {
            answersToLose--;
            throw lost();
        }
    }

    private static ApiException lost() {
        return new ApiException("the batch got no answer", ApiException.Kind.TRANSPORT, 0, null, null, true, null);
    }

    @Override
    public List<String> domains() {
        return zones.domains();
    }

    @Override
    public List<DnsRecord> records(String domain) {
        return zones.records(domain);
    }

    @Override
    public void createDomain(String domain) {
        zones.createDomain(domain);
    }

    @Override
    public DnsRecord createRecord(String domain, RecordSpec record) {
        throw new AssertionError("a record written alone where batches are offered");
    }

    @Override
    public DnsRecord updateRecord(String domain, String recordId, RecordSpec record) {
        throw new AssertionError("a record updated alone where batches are offered");
    }

    @Override
    public void deleteRecord(String domain, String recordId) {
        throw new AssertionError("a record deleted alone where batches are offered");
    }
}
