/**
 * What a run keeps: typed run records, the run log (one JSON object per answer, append-only,
 * locked, recovered after a kill) and the answer cache it serves.
 */
package io.github.qacatalog.eval.store;
