package io.github.qacatalog.eval.review;

import java.util.Map;

/** What the review page posts for one grade. */
record GradeRequest(String id, String model, String variant, Integer sample, String question,
    Map<String, String> labels, String note) {}
