/**
 * Benchmarks that run the real cloudmaker jar as a user would, against a cloud's emulator with the cloud's
 * latency and rate limits ({@link dev.cloudmaker.bench.BenchCloud}; DigitalOcean unless {@code --cloud} names
 * another) or on local machines, beside Ansible doing the same work on DigitalOcean, and write their figures
 * as CSV files.
 */
package dev.cloudmaker.bench;
