/**
 * Not API: reading a spreadsheet export (CSV) or JSON Lines into rows of named cells, each cell
 * knowing where it was, and collecting the problems found on the way.
 */
package io.github.qacatalog.eval.recorded.internal;
