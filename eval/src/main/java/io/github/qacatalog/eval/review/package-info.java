/**
 * The review page: {@link io.github.qacatalog.eval.review.ReviewServer} serves a run's report on
 * 127.0.0.1 with a control per rubric criterion on each response, and appends every grade to
 * {@code grades.csv} as it is given.
 */
package io.github.qacatalog.eval.review;
