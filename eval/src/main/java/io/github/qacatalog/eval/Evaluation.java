package io.github.qacatalog.eval;

import dev.langchain4j.model.chat.ChatModel;
import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.calibration.ThresholdsFile;
import io.github.qacatalog.eval.compare.Comparison;
import io.github.qacatalog.eval.compare.Observation;
import io.github.qacatalog.eval.compare.Threshold;
import io.github.qacatalog.eval.internal.RunAnalyses;
import io.github.qacatalog.eval.recorded.HandGrades;
import io.github.qacatalog.eval.report.AgreementReport;
import io.github.qacatalog.eval.report.CalibrationReport;
import io.github.qacatalog.eval.report.ConsistencyReport;
import io.github.qacatalog.eval.report.JUnitReport;
import io.github.qacatalog.eval.report.RegressionReport;
import io.github.qacatalog.eval.report.SummaryReport;
import io.github.qacatalog.eval.report.ThresholdsReport;
import io.github.qacatalog.eval.store.EarlierRun;
import io.github.qacatalog.eval.scorer.judge.Criterion;
import io.github.qacatalog.eval.internal.RunLoop;
import io.github.qacatalog.eval.internal.RunPlan;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.model.ModelNames;
import io.github.qacatalog.eval.report.CsvReport;
import io.github.qacatalog.eval.report.ReportWriter;
import io.github.qacatalog.eval.report.html.HtmlReportWriter;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.scorer.Scorer;
import io.github.qacatalog.eval.scorer.Scorers;
import io.github.qacatalog.eval.scorer.judge.Rubric;
import io.github.qacatalog.eval.scorer.judge.RubricJudge;
import io.github.qacatalog.eval.scorer.refusal.RefusalScorer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;

/**
 * An evaluation of models on questions of a catalog: each question is asked with a context in the
 * system prompt, each response is scored, and the run is logged, cached and reported.
 *
 * <pre>{@code
 * RunResult result = Evaluation.builder()
 *     .model(AnswerModel.of(openAiChatModel))
 *     .items(QaCatalog.all())
 *     .context(Path.of("llms_ctx.txt"))
 *     .expect(QaCatalog.OutOfScopeQa.class, Expectation.REFUSAL)
 *     .log(Path.of("target/qa-eval/run-log.jsonl"))
 *     .csv(Path.of("target/qa-eval/results.csv"))
 *     .build()
 *     .run();
 * }</pre>
 *
 * <p>Scoring, by default: a question whose category expects an {@link Expectation#ANSWER} gets
 * {@code similarity} (cosine under all-MiniLM-L6-v2, in-process) and {@code token_f1} against the
 * gold answer, and {@code judge} when {@link Builder#judge(String, ChatModel) judge(name, model)} is
 * given; it passes when
 * {@code similarity} is at least {@value #DEFAULT_SIMILARITY_THRESHOLD}. A question whose category
 * expects a {@link Expectation#REFUSAL} gets {@code refusal} (1 when the response says the
 * information is not available) and passes when it is 1. See {@link Builder#scorers} and {@link
 * Builder#threshold}.
 *
 * <p>The model gets the system prompt (the template with the context in it) and, as the user
 * message, the question text exactly as written in the catalog, and then each of its paraphrases
 * in turn ({@link Builder#paraphrases(boolean)}). Questions run {@link
 * Builder#concurrency concurrently}, each call with a {@link Builder#timeout timeout} and {@link
 * Builder#retry retries}. {@link #run()} prints the per-category table and, last, the closing line
 * ({@code answers: A from the model, L from the log, F failed, of Q questions; C calls to the model})
 * on stdout, and a progress bar on stderr when the run takes more than a few seconds.
 *
 * <p>Instances are immutable; {@link #run()} may be called again (a second run takes every answer
 * from the log, when there is one).
 */
public final class Evaluation {
  /** The placeholder of the system prompt template that the context replaces. */
  public static final String CONTEXT_PLACEHOLDER = "{{context}}";

  /** The default system prompt template. */
  public static final String DEFAULT_SYSTEM_PROMPT = """
      You answer questions using only the context below. Do not use any other knowledge.
      If the context does not contain the answer, reply exactly: "The information is not available \
      in the context." and nothing else.

      Context:
      {{context}}
      """;

  /**
   * Default minimum of the {@code similarity} score for an {@link Expectation#ANSWER}: 0.6. On the
   * graded set the project ships (128 responses graded by a person, see docs/evaluation.md) it
   * agrees with the person on 91 of 128 (71 %), as 0.5 and 0.55 do, but passes 16 of the 57
   * answers the person failed where 0.5 passes 27 (it fails 21 of the 71 the person passed, 0.5
   * fails 10); 0.7 agrees on 88. No threshold on similarity gets much past
   * 7 answers in 10: for verdicts to rely on, add a judge, or calibrate on your own hand grades
   * ({@link Builder#calibrate}).
   */
  public static final double DEFAULT_SIMILARITY_THRESHOLD = 0.6;

  /** Default minimum of the {@code refusal} score (1 when the response refuses) for a {@link Expectation#REFUSAL}. */
  public static final double DEFAULT_REFUSAL_THRESHOLD = 1.0;

  /** Default number of questions asked at the same time. */
  public static final int DEFAULT_CONCURRENCY = 4;

  /** Default time a call may take before it is abandoned and counted as failed. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** The run log's file name in an {@linkplain Builder#outputDirectory output directory}. */
  public static final String LOG_FILE_NAME = "run-log.jsonl";

  /** The CSV report's file name in an {@linkplain Builder#outputDirectory output directory}. */
  public static final String CSV_FILE_NAME = "results.csv";

  /**
   * The file name of the CSV for spreadsheets in an {@linkplain Builder#outputDirectory output
   * directory}: the same rows, with cells a spreadsheet would run as formulas made text.
   */
  public static final String SPREADSHEET_CSV_FILE_NAME = "results-for-spreadsheets.csv";

  private static final Pattern SCORER_NAME = Pattern.compile("[a-z][a-z0-9_]*");

  final List<AnswerModel> models;
  final int samples;
  final List<QaItem> items;
  final String systemPrompt;
  final Map<String, Expectation> expectations;
  final Map<Expectation, List<Scorer>> scorers;
  final Map<Expectation, Map<String, Double>> thresholds;
  final int concurrency;
  final int requestsPerMinute;
  final Duration timeout;
  final RetryPolicy retry;
  final Path log;
  final List<RunPlan.Report> reports;
  final PrintStream out;
  final PrintStream err;
  final boolean progress;
  final Duration progressDelay;
  final List<String> secrets;
  final RunPlan.Sleeper sleeper;
  final DoubleSupplier random;
  final RunAnalyses analyses;
  final boolean paraphrases;

  private Evaluation(Builder b) {
    if (b.models.isEmpty()) {
      throw new IllegalStateException("no model: call model(...)");
    }
    this.models = List.copyOf(b.models);
    this.samples = b.samples;
    if (b.items.isEmpty()) {
      throw new IllegalStateException("no questions: call items(...)");
    }
    this.items = List.copyOf(b.items);
    this.systemPrompt = render(b.systemPrompt, b.context);
    this.expectations = Map.copyOf(b.expectations);
    Map<Expectation, List<Scorer>> scorerCopy = new EnumMap<>(Expectation.class);
    b.scorers.forEach((k, v) -> scorerCopy.put(k, List.copyOf(v)));
    this.scorers = Collections.unmodifiableMap(scorerCopy);
    Map<Expectation, Map<String, Double>> thresholdCopy = new EnumMap<>(Expectation.class);
    b.thresholds.forEach((k, v) ->
        thresholdCopy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.thresholds = Collections.unmodifiableMap(thresholdCopy);
    this.concurrency = b.concurrency;
    this.requestsPerMinute = b.requestsPerMinute;
    this.timeout = b.timeout;
    this.retry = b.retry;
    this.log = b.log;
    List<RunPlan.Report> all = new ArrayList<>();
    if (b.csv != null) {
      Path file = b.csv.toAbsolutePath();
      all.add(new RunPlan.Report(CsvReport.named(file.getFileName().toString()), file.getParent()));
    }
    all.addAll(b.reports);
    this.analyses = analyses(b, thresholds);
    if (b.outputDirectory != null) {
      all.addAll(analysisReports(b.outputDirectory, analyses));
    }
    this.reports = List.copyOf(all);
    this.out = b.out;
    this.err = b.err;
    this.progress = b.progress;
    this.progressDelay = b.progressDelay;
    this.secrets = List.copyOf(b.secrets);
    this.sleeper = b.sleeper;
    this.random = b.random;
    this.paraphrases = b.paraphrases;
  }

  /** A new builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Asks every question of every model (or takes its answer from the log), scores the responses,
   * appends to the log, writes the reports, and prints the table and the closing line. A call that
   * fails after every retry is a result with {@link Outcome#ERROR}, not an exception. The result's
   * texts are masked, as every report shows them.
   *
   * @throws UncheckedIOException when the log cannot be opened or a report cannot be written (the
   *     log then holds every answer, and the previous report is unchanged)
   */
  public RunResult run() {
    return new RunLoop(plan(), analyses).run();
  }

  private RunPlan plan() {
    return new RunPlan(models, items, samples, systemPrompt, this::expectationOf, scorers,
        thresholds, concurrency, requestsPerMinute, timeout, retry, log, reports, out, err,
        progress, progressDelay, secrets, sleeper, random, paraphrases);
  }

  /** The system prompt the model gets: the template with the context in it. */
  public String systemPrompt() {
    return systemPrompt;
  }

  /** The questions, in order, each once. */
  public List<QaItem> items() {
    return items;
  }

  /** The models under test, in order. */
  public List<AnswerModel> models() {
    return models;
  }

  /** What the question's category expects: {@link Expectation#ANSWER} unless declared otherwise. */
  public Expectation expectationOf(QaItem item) {
    return expectations.getOrDefault(item.category().title(), Expectation.ANSWER);
  }

  /** The scorers run on responses under an expectation, in order. */
  public List<Scorer> scorers(Expectation expectation) {
    return scorers.getOrDefault(expectation, List.of());
  }

  /** The minimum of each score that a response under an expectation must reach to pass. */
  public Map<String, Double> thresholds(Expectation expectation) {
    return thresholds.getOrDefault(expectation, Map.of());
  }

  private RunAnalyses analyses(Builder b, Map<Expectation, Map<String, Double>> thresholds) {
    List<Rubric> judgeRubrics = new ArrayList<>();
    for (Scorer s : scorers(Expectation.ANSWER)) {
      if (s instanceof RubricJudge judge) {
        judgeRubrics.add(judge.rubric());
      }
    }
    if (b.handGrades != null) {
      for (Rubric judgeRubric : judgeRubrics) {
        for (Criterion c : judgeRubric.criteria()) {
          b.handGrades.rubric().criterion(c.name()).ifPresent(person -> {
            if (!person.labels().equals(c.labels())) {
              throw new IllegalStateException("the judge's criterion " + c.name() + " has the labels "
                  + c.labels() + ", the person's " + person.labels()
                  + ": give the judge the hand grades' rubric (judge(name, model, grades.rubric()))");
            }
          });
        }
      }
    }
    List<Observation> earlier = null;
    if (b.baseline != null) {
      try {
        earlier = EarlierRun.read(b.baseline);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the earlier run " + b.baseline + ": " + e.getMessage(), e);
      }
    }
    return new RunAnalyses(b.handGrades, !judgeRubrics.isEmpty(), b.calibrate, earlier, b.baseline,
        b.requirements, thresholds);
  }

  private static List<RunPlan.Report> analysisReports(Path directory, RunAnalyses analyses) {
    List<RunPlan.Report> reports = new ArrayList<>();
    reports.add(new RunPlan.Report(new SummaryReport(), directory));
    reports.add(new RunPlan.Report(new JUnitReport(), directory));
    reports.add(new RunPlan.Report(new ConsistencyReport(), directory));
    // The page is graded, and its agreement computed, by the person's rubric when there is one.
    // Its calibration section compares the thresholds configured before any calibration.
    HtmlReportWriter page = new HtmlReportWriter().withThresholds(analyses.configured());
    reports.add(new RunPlan.Report(analyses.handGrades() == null ? page
        : page.withRubric(analyses.handGrades().rubric()), directory));
    if (analyses.handGrades() != null) {
      if (analyses.judged()) {
        reports.add(new RunPlan.Report(new AgreementReport(analyses.handGrades().rubric()), directory));
      }
      reports.add(new RunPlan.Report(new CalibrationReport(analyses.configured()), directory));
      if (analyses.calibrate()) {
        reports.add(new RunPlan.Report(new ThresholdsReport(analyses.thresholds()), directory));
      }
    }
    if (analyses.earlier() != null) {
      reports.add(new RunPlan.Report(new RegressionReport(analyses.earlier()), directory));
    }
    return reports;
  }

  private static <E extends Enum<E> & QaItem> String titleOf(Class<E> category) {
    E[] constants = Objects.requireNonNull(category, "category").getEnumConstants();
    if (constants == null || constants.length == 0) {
      throw new IllegalArgumentException(category.getName() + " is no category enum with questions");
    }
    return constants[0].category().title();
  }

  private static String render(String template, String context) {
    if (!template.contains(CONTEXT_PLACEHOLDER)) {
      if (context != null) {
        throw new IllegalStateException(
            "the system prompt template has no " + CONTEXT_PLACEHOLDER + " for the context");
      }
      return template;
    }
    if (context == null) {
      throw new IllegalStateException("no context: call context(...), or give a system prompt"
          + " template without " + CONTEXT_PLACEHOLDER);
    }
    return template.replace(CONTEXT_PLACEHOLDER, context);
  }

  /** Builds an {@link Evaluation}. Not thread-safe. */
  public static final class Builder {
    private final List<AnswerModel> models = new ArrayList<>();
    private int samples = 1;
    private int requestsPerMinute;
    private final List<RunPlan.Report> reports = new ArrayList<>();
    private final Set<QaItem> items = new LinkedHashSet<>();
    private String context;
    private String systemPrompt = DEFAULT_SYSTEM_PROMPT;
    private final Map<String, Expectation> expectations = new LinkedHashMap<>();
    private final Map<Expectation, List<Scorer>> scorers = new EnumMap<>(Expectation.class);
    private final Map<Expectation, Map<String, Double>> thresholds = new EnumMap<>(Expectation.class);
    private int concurrency = DEFAULT_CONCURRENCY;
    private Duration timeout = DEFAULT_TIMEOUT;
    private RetryPolicy retry = RetryPolicy.DEFAULT;
    private Path log;
    private Path csv;
    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private boolean progress = true;
    private Duration progressDelay = Duration.ofSeconds(3);
    private final List<String> secrets = new ArrayList<>();
    private RunPlan.Sleeper sleeper = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private Path outputDirectory;
    private HandGrades handGrades;
    private boolean calibrate;
    private Path baseline;
    private final List<Threshold> requirements = new ArrayList<>();
    private boolean paraphrases = true;

    private Builder() {
      for (Expectation e : Expectation.values()) {
        scorers.put(e, new ArrayList<>());
        thresholds.put(e, new LinkedHashMap<>());
      }
      scorers.get(Expectation.ANSWER).addAll(List.of(Scorers.similarity(), Scorers.tokenF1()));
      scorers.get(Expectation.REFUSAL).add(RefusalScorer.standard());
      thresholds.get(Expectation.ANSWER).put("similarity", DEFAULT_SIMILARITY_THRESHOLD);
      thresholds.get(Expectation.REFUSAL).put("refusal", DEFAULT_REFUSAL_THRESHOLD);
    }

    /** The model under test, replacing any set before. */
    public Builder model(AnswerModel model) {
      models.clear();
      models.add(Objects.requireNonNull(model, "model"));
      return this;
    }

    /**
     * Several models under test, replacing any set before: each question is asked of each, in
     * order, and each model's answers are cached under its own name. Names must differ.
     */
    public Builder models(AnswerModel... models) {
      Set<String> names = new HashSet<>();
      List<AnswerModel> list = new ArrayList<>();
      for (AnswerModel m : models) {
        if (!names.add(Objects.requireNonNull(m, "model").name())) {
          throw new IllegalArgumentException("two models named " + m.name()
              + ": each model's answers are cached under its name");
        }
        list.add(m);
      }
      this.models.clear();
      this.models.addAll(list);
      return this;
    }

    /**
     * Asks each question {@code samples} times of each model (default 1), to see how much the
     * answers vary: each sample is a result of its own ({@link
     * io.github.qacatalog.eval.result.ItemResult#sample()}), cached on its own.
     */
    public Builder repeat(int samples) {
      if (samples < 1) {
        throw new IllegalArgumentException("repeat at least once: " + samples);
      }
      this.samples = samples;
      return this;
    }

    /**
     * Whether each question's paraphrases ({@link QaItem#paraphrases()}) are asked as well as the
     * question; default yes. Each wording is an answer of its own ({@link
     * io.github.qacatalog.eval.result.ItemResult#wording()}), scored against the same gold answer,
     * cached on its own, and counted in the pass rate; {@link RunResult#consistency()} tells per
     * question how many wordings passed and which did worst. With {@code false} only the questions
     * as written are asked.
     */
    public Builder paraphrases(boolean ask) {
      this.paraphrases = ask;
      return this;
    }

    /** A LangChain4j chat model, named by its default request parameters; see {@link AnswerModel#of(ChatModel)}. */
    public Builder model(ChatModel model) {
      return model(AnswerModel.of(model));
    }

    /** Adds questions, such as {@code QaCatalog.all()}; a question given twice is asked once. */
    public Builder items(List<? extends QaItem> items) {
      items.forEach(item -> this.items.add(Objects.requireNonNull(item, "item")));
      return this;
    }

    /** Adds questions, such as {@code QaCatalog.DeepDiveQa.values()}. */
    public Builder items(QaItem... items) {
      return items(Arrays.asList(items));
    }

    /** The context: everything the model may use, put into the system prompt. */
    public Builder context(String context) {
      this.context = Objects.requireNonNull(context, "context");
      return this;
    }

    /** The context, read from a UTF-8 file. */
    public Builder context(Path file) {
      try {
        return context(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the context file " + file, e);
      }
    }

    /**
     * The system prompt template; {@value Evaluation#CONTEXT_PLACEHOLDER} is replaced by the context.
     * Default: {@link Evaluation#DEFAULT_SYSTEM_PROMPT}. The system prompt is part of the cache key:
     * changing it (or the context) asks every question again.
     */
    public Builder systemPrompt(String template) {
      this.systemPrompt = Objects.requireNonNull(template, "template");
      return this;
    }

    /**
     * What the questions of a category expect, the category named by its generated enum, so that a
     * renamed section breaks the build: {@code .expect(QaCatalog.OutOfScopeQa.class,
     * Expectation.REFUSAL)}. Categories not declared expect {@link Expectation#ANSWER}.
     */
    public <E extends Enum<E> & QaItem> Builder expect(Class<E> category, Expectation expectation) {
      expectations.put(titleOf(category), Objects.requireNonNull(expectation, "expectation"));
      return this;
    }

    /** What the questions of a category expect; for categories found at run time ({@code QaCatalog.categories()}). */
    public Builder expect(QaCategory category, Expectation expectation) {
      expectations.put(category.title(), Objects.requireNonNull(expectation, "expectation"));
      return this;
    }

    /**
     * The scorers run on responses under an expectation, in order, replacing those set before
     * (the built-in ones are in {@link Scorers}). Defaults: {@code similarity} and {@code token_f1}
     * for {@link Expectation#ANSWER}, {@code refusal} for {@link Expectation#REFUSAL}.
     */
    public Builder scorers(Expectation expectation, Scorer... scorers) {
      List<Scorer> list = new ArrayList<>();
      Set<String> names = new HashSet<>();
      for (Scorer s : scorers) {
        String name = Objects.requireNonNull(s, "scorer").name();
        if (name == null || !SCORER_NAME.matcher(name).matches()) {
          throw new IllegalArgumentException(
              "a scorer name is a word of a-z, 0-9 and _, starting with a letter: " + name);
        }
        if (!names.add(name)) {
          throw new IllegalArgumentException("two scorers named " + name);
        }
        list.add(s);
      }
      this.scorers.put(Objects.requireNonNull(expectation), list);
      return this;
    }

    /**
     * Adds an LLM judge for {@link Expectation#ANSWER} questions, named by the chat model's default
     * model name, grading by {@link Rubric#DEFAULT}; see {@link #judge(String, ChatModel, Rubric)}.
     */
    public Builder judge(ChatModel judge) {
      return judge(ModelNames.of(judge, "judge(\"my-judge\", chatModel)"), judge);
    }

    /** As {@link #judge(String, ChatModel, Rubric)} with {@link Rubric#DEFAULT}. */
    public Builder judge(String name, ChatModel judge) {
      return judge(name, judge, Rubric.DEFAULT);
    }

    /**
     * Adds an LLM judge for {@link Expectation#ANSWER} questions that grades by {@code rubric}
     * (see {@link RubricJudge}), under {@code name} (part of the cache key of its verdicts). Its
     * calls get the timeout, retries and concurrency of the run; its verdicts are logged and reused
     * while the judge name and the rubric stay the same. It sets no threshold: add one with {@code
     * threshold(Expectation.ANSWER, "judge", 0.75)}.
     */
    public Builder judge(String name, ChatModel judge, Rubric rubric) {
      return addScorer(Expectation.ANSWER, new RubricJudge(name, judge, rubric));
    }

    /** Adds a scorer for an expectation, after those already set. */
    public Builder addScorer(Expectation expectation, Scorer scorer) {
      List<Scorer> list = new ArrayList<>(scorers.get(expectation));
      list.add(scorer);
      return scorers(expectation, list.toArray(Scorer[]::new));
    }

    /**
     * The minimum a score must reach for a response under an expectation to pass. A response passes
     * when it reaches every threshold of its expectation; a missing score misses its threshold.
     * Defaults: {@code similarity} {@value Evaluation#DEFAULT_SIMILARITY_THRESHOLD} for {@link
     * Expectation#ANSWER}, {@code refusal} {@value Evaluation#DEFAULT_REFUSAL_THRESHOLD} for {@link
     * Expectation#REFUSAL}.
     */
    public Builder threshold(Expectation expectation, String score, double minimum) {
      if (Double.isNaN(minimum)) {
        throw new IllegalArgumentException("threshold is NaN");
      }
      thresholds.get(expectation).put(Objects.requireNonNull(score, "score"), minimum);
      return this;
    }

    /** Removes every threshold of an expectation: then every response under it passes. */
    public Builder clearThresholds(Expectation expectation) {
      thresholds.get(expectation).clear();
      return this;
    }

    /** How many questions are asked at the same time; default {@value Evaluation#DEFAULT_CONCURRENCY}. */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /** How long one call may take; default 60 seconds. Applies to every attempt, judge calls too. */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * At most {@code requests} calls started per minute (model and judge together), spaced evenly;
     * default none. Adaptive concurrency works without it: a provider's rate-limit answer halves the
     * calls under way and waits as it asks.
     */
    public Builder requestsPerMinute(int requests) {
      if (requests < 1) {
        throw new IllegalArgumentException("requestsPerMinute must be at least 1: " + requests);
      }
      this.requestsPerMinute = requests;
      return this;
    }

    /** Retries of failed calls; default {@link RetryPolicy#DEFAULT}. */
    public Builder retry(RetryPolicy retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    /**
     * The run log, a JSON Lines file that is also the cache: answers found in it for the same model
     * name, system prompt and question text are reused. Without a log, every run asks every question.
     */
    public Builder log(Path file) {
      this.log = Objects.requireNonNull(file, "file");
      return this;
    }

    /** Another report, written to {@code directory} at the end of a run. */
    public Builder report(ReportWriter writer, Path directory) {
      reports.add(new RunPlan.Report(writer, directory));
      return this;
    }

    /** Where to write the CSV report at the end of a run; none by default. */
    public Builder csv(Path file) {
      this.csv = Objects.requireNonNull(file, "file");
      return this;
    }

    /**
     * The run log and the CSV reports in one folder: {@value Evaluation#LOG_FILE_NAME}, {@value
     * Evaluation#CSV_FILE_NAME} (exact, for pandas and DuckDB) and {@value
     * Evaluation#SPREADSHEET_CSV_FILE_NAME} (for a spreadsheet: no cell runs as a formula), {@code
     * report.html} with its {@code report-data.json}, {@code summary.csv}, {@code junit.xml}, and,
     * when the run has what they need, {@code consistency.csv}, {@code agreement.csv}, {@code
     * calibration.csv}, {@code thresholds.txt} and {@code regressions.csv}. One log serves every
     * model (answers are cached per model name); the reports are the last run's.
     */
    public Builder outputDirectory(Path directory) {
      Objects.requireNonNull(directory, "directory");
      this.outputDirectory = directory;
      return log(directory.resolve(LOG_FILE_NAME)).csv(directory.resolve(CSV_FILE_NAME))
          .report(CsvReport.forSpreadsheets(SPREADSHEET_CSV_FILE_NAME), directory);
    }

    /** Where the table and the {@code answers:} line go; default {@code System.out}. */
    public Builder out(PrintStream out) {
      this.out = Objects.requireNonNull(out, "out");
      return this;
    }

    /** Where progress and warnings go; default {@code System.err}. */
    public Builder err(PrintStream err) {
      this.err = Objects.requireNonNull(err, "err");
      return this;
    }

    /** Whether to show progress on stderr for runs that take more than a few seconds; default yes. */
    public Builder progress(boolean show) {
      this.progress = show;
      return this;
    }

    /**
     * A secret to mask wherever it would be written, in addition to those found in the environment
     * (see docs/evaluation.md, "Secrets"): for a key that is read from a file or a vault.
     */
    public Builder secret(String secret) {
      this.secrets.add(Objects.requireNonNull(secret, "secret"));
      return this;
    }

    Builder progressDelay(Duration delay) {
      this.progressDelay = delay;
      return this;
    }

    Builder sleeper(RunPlan.Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder random(DoubleSupplier random) {
      this.random = random;
      return this;
    }

    /**
     * A person's grades of the answers (read with {@code RecordedReader}): kept with each result
     * ({@link io.github.qacatalog.eval.result.ItemResult#personGrade()}), shown in the CSV as
     * {@code person_<criterion>}, {@code person_passed} and {@code person_note}, and never given to
     * a scorer or the judge. The run then prints the calibration of every score against the
     * person's passes (and writes {@code calibration.csv} in the output directory) and, with a
     * judge, the judge's agreement with the person ({@code agreement.csv}). A grade is matched to a
     * result by model name, question id, wording, variant and sample.
     */
    public Builder handGrades(HandGrades grades) {
      this.handGrades = Objects.requireNonNull(grades, "grades");
      return this;
    }

    /**
     * As {@link #handGrades(HandGrades)}, and sets each threshold to the value that agrees best with
     * the person's passes for this run (where there are enough graded answers of both kinds; the
     * output says which threshold changed, and which could not be calibrated and why). The
     * thresholds are written to {@code thresholds.txt} in the output directory, for a later run's
     * {@link #thresholds(Path)}.
     */
    public Builder calibrate(HandGrades grades) {
      this.calibrate = true;
      return handGrades(grades);
    }

    /**
     * Loads thresholds written by a calibrated run ({@code score = minimum} a line): each replaces
     * the threshold on that score of every expectation that has one, and is added to {@link
     * Expectation#ANSWER} otherwise.
     *
     * @throws io.github.qacatalog.eval.calibration.InvalidThresholdsException listing every bad
     *     line as {@code file:LINE: message}
     */
    public Builder thresholds(Path file) {
      Map<String, Double> loaded;
      try {
        loaded = ThresholdsFile.read(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the thresholds file " + file, e);
      }
      loaded.forEach((score, minimum) -> {
        boolean placed = false;
        for (Map<String, Double> t : thresholds.values()) {
          if (t.containsKey(score)) {
            t.put(score, minimum);
            placed = true;
          }
        }
        if (!placed) {
          thresholds.get(Expectation.ANSWER).put(score, minimum);
        }
      });
      return this;
    }

    /**
     * An earlier run to compare with, question by question: its output directory (its {@value
     * Evaluation#CSV_FILE_NAME}, else its {@value Evaluation#LOG_FILE_NAME}), a results CSV or a run
     * log. The run prints the questions that passed before and fail now (regressions) and the
     * reverse, and writes {@code regressions.csv} in the output directory. It is read when the
     * evaluation is built, so it may be this run's own output directory.
     */
    public Builder baseline(Path previousLogOrOutputDirectory) {
      this.baseline = Objects.requireNonNull(previousLogOrOutputDirectory, "baseline");
      return this;
    }

    /**
     * A minimum that a category's figure must reach for every model: {@link Threshold#PASS_RATE}
     * or the name of a score (its mean). {@link RunResult#check()} tells whether the run reached
     * every one: {@code result.check().assertPassed()} in a JUnit test.
     */
    public <E extends Enum<E> & QaItem> Builder require(Class<E> category, String figure, double minimum) {
      return require(new Threshold(titleOf(category), figure, minimum));
    }

    /** A minimum figure over every question: {@link Threshold#PASS_RATE} or a score's mean. */
    public Builder require(String figure, double minimum) {
      return require(new Threshold(Comparison.ALL, figure, minimum));
    }

    /** A minimum figure, as {@link Threshold} states it. */
    public Builder require(Threshold threshold) {
      requirements.add(Objects.requireNonNull(threshold, "threshold"));
      return this;
    }

    /** The evaluation; throws {@link IllegalStateException} when models, questions or context are missing. */
    public Evaluation build() {
      return new Evaluation(this);
    }
  }
}
