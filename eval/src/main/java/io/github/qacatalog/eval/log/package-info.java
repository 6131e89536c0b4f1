/** The run log: one JSON object per answer, append-only, and the cache of answers. */
package io.github.qacatalog.eval.log;
