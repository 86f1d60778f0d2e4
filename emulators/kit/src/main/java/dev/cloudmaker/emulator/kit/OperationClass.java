package dev.cloudmaker.emulator.kit;

/** The kinds of call a latency model tells apart; every class but the two reads changes state. */
public enum OperationClass {
    /** Reads one resource. */
    READ,
    /** Reads a page of a list; its time grows with the page's size. */
    LIST,
    /** Creates a server (the cloud schedules it on a host). */
    CREATE,
    /** Starts an action on a server: power, resize, snapshot. */
    ACTION,
    /** Deletes a resource other than a DNS record. */
    DELETE,
    /** Creates, changes or deletes a DNS record. */
    DNS_WRITE,
    /** Any other change: keys, tags, zones. */
    WRITE;

    public boolean changesState() {
        return this != READ && this != LIST;
    }
}
