package dev.cloudmaker.core.spi;

/**
 * One record change of a {@link BatchRecords} batch. Names are relative to the domain, {@code @} for the apex; a
 * record id is one {@link DnsProvider#records} gave.
 */
public sealed interface RecordChange {
    /** The record written, or the one taken out. */
    String type();

    String name();

    String data();

    /** A new record. */
    record Create(RecordSpec record) implements RecordChange {
        public String type() {
            return record.type();
        }

        public String name() {
            return record.name();
        }

        public String data() {
            return record.data();
        }
    }

    /** Record {@code recordId} given a new value ({@code record}). */
    record Update(String recordId, RecordSpec record) implements RecordChange {
        public String type() {
            return record.type();
        }

        public String name() {
            return record.name();
        }

        public String data() {
            return record.data();
        }
    }

    /** Record {@code recordId}, holding {@code data}, taken out; one already gone is no error. */
    record Delete(String recordId, String type, String name, String data) implements RecordChange {
    }
}
