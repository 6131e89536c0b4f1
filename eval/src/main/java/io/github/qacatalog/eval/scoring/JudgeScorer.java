package io.github.qacatalog.eval.scoring;

import io.github.qacatalog.eval.score.JudgeVerdict;
import io.github.qacatalog.eval.score.LlmJudge;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code judge}: an LLM judge's verdict. The score {@code judge} is the verdict's mean grade (0 to
 * 1); the details are {@code judge_completeness}, {@code judge_accuracy}, {@code
 * judge_hallucinations}, {@code judge_format}, {@code judge_reason} and {@code judge_parsed}. An
 * unreadable verdict gives no score, {@code judge_parsed=false}, the reason and the raw output.
 */
final class JudgeScorer implements Scorer {
  private final String judgeName;
  private final LlmJudge judge;
  private final String cacheKey;

  JudgeScorer(String judgeName, LlmJudge judge) {
    this.judgeName = Objects.requireNonNull(judgeName, "judgeName");
    if (judgeName.isBlank()) {
      throw new IllegalArgumentException("a judge name must not be blank");
    }
    this.judge = Objects.requireNonNull(judge, "judge");
    this.cacheKey = judgeName + "|rubric-" + sha256(judge.systemPrompt()).substring(0, 16);
  }

  @Override
  public String name() {
    return "judge";
  }

  @Override
  public Optional<String> cacheKey() {
    return Optional.of(cacheKey);
  }

  @Override
  public Score score(ScoringInput input) {
    JudgeVerdict verdict =
        judge.grade(input.question(), input.goldAnswer().orElseThrow(), input.response());
    Map<String, String> details = new LinkedHashMap<>();
    details.put("judge_parsed", Boolean.toString(verdict.parsed()));
    if (!verdict.parsed()) {
      details.put("judge_reason", verdict.reason());
      details.put("judge_raw", verdict.raw());
      return Score.detailsOnly(details);
    }
    details.put("judge_completeness", verdict.completeness().name());
    details.put("judge_accuracy", verdict.accuracy().name());
    details.put("judge_hallucinations", verdict.hallucinations().name());
    details.put("judge_format", verdict.format().name());
    details.put("judge_reason", verdict.reason());
    return Score.of("judge", verdict.score(), details);
  }

  @Override
  public String toString() {
    return "judge[" + judgeName + "]";
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
