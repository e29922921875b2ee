package io.supportdesk.application.demo.port.out;

/**
 * Whether the desk is still untouched, asked in a way that only one seeder can be told yes: demo data must never go
 * in beside real tickets, nor be written twice by two instances starting at the same moment.
 */
public interface EmptyDesk {

    /**
     * Inside the caller's unit of work: waits while another unit of work holds the claim, holds it until this one
     * ends, and then answers whether the desk has no ticket at all. A second instance asking at the same moment gets
     * its answer only once the first has committed or rolled back, and so sees the first one's tickets.
     */
    boolean claim();
}
