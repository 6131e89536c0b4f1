/** Text tables and number cells shared by the console tables and CSV files of the statistics; not API. */
package io.github.qacatalog.eval.stats.internal;
