package dev.cloudmaker.emulator.kit.rate;

/**
 * How a cloud limits the requests of one credential: DigitalOcean by sliding windows, EC2 and others by token
 * buckets. Refused requests take nothing.
 */
public sealed interface RateModel permits SlidingWindow, TokenBucket {

    /** Takes a request's share for {@code principal} if there is one free. */
    RateDecision acquire(String principal);

    /** Reports {@code principal}'s state without taking anything (for answers refused before the limit). */
    RateDecision peek(String principal);
}
