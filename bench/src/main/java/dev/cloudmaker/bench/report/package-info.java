/**
 * Turns the benchmarks' CSV files into {@code docs/performance.md} and its charts ({@link PerformanceReport}). It
 * reads only those files and depends on no other cloudmaker package.
 */
package dev.cloudmaker.bench.report;
