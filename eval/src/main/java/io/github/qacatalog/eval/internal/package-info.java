/**
 * Not API: the run loop, calls and retries, adaptive concurrency, grading, masking and hashing.
 * Public types here may change in any release.
 */
package io.github.qacatalog.eval.internal;
