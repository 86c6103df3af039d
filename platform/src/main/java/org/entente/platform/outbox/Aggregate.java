package org.entente.platform.outbox;

/** What the store needs of an aggregate record: its id and the version it was read at. */
public interface Aggregate {

    String id();

    long version();
}
