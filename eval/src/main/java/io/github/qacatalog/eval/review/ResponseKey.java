package io.github.qacatalog.eval.review;

/** Which response a grade is for; the last grade for a key wins. */
record ResponseKey(String id, String model, String variant, int sample) {

  ResponseKey {
    variant = variant == null ? "" : variant;
  }
}
