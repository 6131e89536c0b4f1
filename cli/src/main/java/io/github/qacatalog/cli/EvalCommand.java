package io.github.qacatalog.cli;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.cli.eval.CategoryThreshold;
import io.github.qacatalog.cli.eval.ExpectOption;
import io.github.qacatalog.cli.eval.HandGradesFile;
import io.github.qacatalog.cli.eval.ModelSpec;
import io.github.qacatalog.cli.eval.ModelsUnderTest;
import io.github.qacatalog.cli.eval.ProviderEnvironment;
import io.github.qacatalog.cli.eval.ProviderException;
import io.github.qacatalog.cli.eval.RecordedFileException;
import io.github.qacatalog.cli.eval.RubricOption;
import io.github.qacatalog.cli.eval.RunVerdict;
import io.github.qacatalog.cli.eval.WriterPrintStream;
import io.github.qacatalog.eval.Evaluation;
import io.github.qacatalog.eval.Expectation;
import io.github.qacatalog.eval.calibration.InvalidThresholdsException;
import io.github.qacatalog.eval.compare.Observation;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.recorded.HandGrades;
import io.github.qacatalog.eval.recorded.RecordedInputException;
import io.github.qacatalog.eval.report.ThresholdsReport;
import io.github.qacatalog.eval.result.RunResult;
import io.github.qacatalog.eval.store.EarlierRun;
import io.github.qacatalog.processor.CatalogCompiler;
import io.github.qacatalog.processor.RuntimeCatalog;
import io.github.qacatalog.processor.diagnostic.Reporter;
import io.github.qacatalog.processor.diagnostic.ReportingPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: asks a model (or several) the questions of Markdown files, scores the responses,
 * and writes the run log and the CSV reports, without a Java build. Keys come from environment
 * variables only. The table goes to stdout, problems and progress to stderr.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Asks models the questions of the files, scores the responses, and writes the"
        + " run log (also the cache) and the CSV reports to --out.",
        "Keys come from environment variables only: OPENAI_API_KEY (and OPENAI_BASE_URL for any"
        + " OpenAI-compatible server), ANTHROPIC_API_KEY, GOOGLE_API_KEY or GEMINI_API_KEY,"
        + " OLLAMA_BASE_URL (no key).",
        "Exit code 0: every threshold reached and no call failed; 1: a threshold missed, a call"
        + " failed, or a question, recorded or context file has an error; 2: a wrong command line,"
        + " an unknown provider or a missing key."})
final class EvalCommand implements Callable<Integer> {
  /** The folder of the run log and the reports unless {@code --out} names another. */
  static final String DEFAULT_OUT = "qa-eval";

  /**
   * The system prompt without {@code --context}: the model answers from what it knows, and says
   * the phrase the refusal scorer recognises when it does not.
   */
  static final String NO_CONTEXT_SYSTEM_PROMPT = """
      Answer the question. If you do not know the answer, reply exactly: "The information is not \
      available." and nothing else.
      """;

  private static final Pattern OUT_OF_SCOPE = Pattern.compile("(?i)out[- ]of[- ]scope");

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Question files (Markdown).")
  private List<String> files;

  @Mixin
  private InputLimit limit;

  @Option(names = "--model", paramLabel = "PROVIDER:NAME", required = true,
      description = "A model under test, repeatable: openai:NAME, anthropic:NAME, gemini:NAME,"
          + " ollama:NAME, or recorded:PATH (the responses of a CSV or JSON Lines file; every"
          + " model in it).")
  private List<String> models = new ArrayList<>();

  @Option(names = "--context", paramLabel = "PATH",
      description = "The context file (UTF-8) put into the system prompt. Without it the model"
          + " answers from what it knows.")
  private Path context;

  @Option(names = "--judge", paramLabel = "PROVIDER:NAME",
      description = "An LLM judge for questions that expect an answer: adds the judge score.")
  private String judge;

  @Option(names = "--expect", paramLabel = "CATEGORY=refusal|answer",
      description = "What a category's questions expect, repeatable; default answer."
          + " E.g. --expect \"Out-of-Scope QA=refusal\".")
  private List<String> expectations = new ArrayList<>();

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
      description = "Ask each question N times of each model (default ${DEFAULT-VALUE}).")
  private int repeat;

  @Option(names = "--threshold", paramLabel = "[CATEGORY:]MEASURE=MIN",
      description = "A minimum each model must reach, repeatable: MEASURE is pass_rate or the"
          + " mean of a score (similarity, token_f1, refusal, judge); without CATEGORY, over every"
          + " question. E.g. --threshold \"Product Facts:pass_rate=0.8\". A miss exits 1.")
  private List<String> thresholds = new ArrayList<>();

  @Option(names = "--baseline", paramLabel = "DIR_OR_LOG",
      description = "An earlier run to compare with, question by question: its output folder, its"
          + " results.csv or its run-log.jsonl. Prints the regressions (passed before, fail now)"
          + " and the fixes, and writes regressions.csv.")
  private Path baseline;

  @Option(names = "--grades", paramLabel = "FILE",
      description = "A person's grades of the answers (CSV or JSON Lines, a column per criterion of"
          + " --rubric; may be the recorded file): prints the calibration of every score against"
          + " the person's passes and, with --judge, the judge's agreement with the person.")
  private Path grades;

  @Option(names = "--rubric", paramLabel = "RUBRIC", defaultValue = "default",
      converter = RubricConverter.class,
      description = "The rubric of --grades and --judge: default (completeness, accuracy,"
          + " hallucinations, format) or person (Full/Partial, Perfect/Minor Error,"
          + " Concise/Verbose, Followed/Ignored). Default ${DEFAULT-VALUE}.")
  private RubricOption rubric;

  @Option(names = "--calibrate",
      description = "With --grades: set each threshold to the value that agrees best with the"
          + " person for this run, and write it to thresholds.txt in --out.")
  private boolean calibrate;

  @Option(names = "--thresholds", paramLabel = "FILE",
      description = "Thresholds a calibrated run wrote (thresholds.txt): each replaces the"
          + " threshold on its score.")
  private Path thresholdsFile;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
      description = "The folder of run-log.jsonl (the cache: a second run asks again only what"
          + " changed), results.csv and results-for-spreadsheets.csv (default ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + Evaluation.DEFAULT_CONCURRENCY,
      description = "Questions asked at the same time (default ${DEFAULT-VALUE}).")
  private int concurrency;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "How long one call may take (default ${DEFAULT-VALUE}).")
  private int timeoutSeconds;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, or github: also a GitHub Actions annotation per missed threshold and"
          + " per failed call.")
  private DiagnosticFormat format;

  private final Map<String, String> environment;

  EvalCommand() {
    this(System.getenv());
  }

  /** For tests: the environment the keys are read from. */
  EvalCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    List<ModelSpec> specs = new ArrayList<>();
    List<ExpectOption> expects = new ArrayList<>();
    List<CategoryThreshold> gates = new ArrayList<>();
    Optional<ModelSpec> judgeSpec;
    try {
      models.forEach(m -> specs.add(ModelSpec.parse(m)));
      judgeSpec = Optional.ofNullable(judge).map(ModelSpec::parse);
      expectations.forEach(e -> expects.add(ExpectOption.parse(e)));
      thresholds.forEach(t -> gates.add(CategoryThreshold.parse(t)));
      if (repeat < 1 || concurrency < 1 || timeoutSeconds < 1) {
        throw new IllegalArgumentException("--repeat, --concurrency and --timeout are at least 1");
      }
      if (calibrate && grades == null) {
        throw new IllegalArgumentException("--calibrate needs the person's grades: add --grades FILE");
      }
    } catch (ProviderException | IllegalArgumentException e) {
      return usage(stderr, e.getMessage());
    }

    // The table owns stdout; the files' problems go to stderr, or as annotations beside the
    // threshold annotations with --format github.
    Reporter reporter = new Reporter(ReportingPolicy.DEFAULT,
        format == DiagnosticFormat.GITHUB ? format.sink(stdout) : new PlainTextSink(stderr));
    List<QaItem> items = new ArrayList<>();
    Map<String, QaCategory> categories = new LinkedHashMap<>();
    for (String file : files) {
      Optional<RuntimeCatalog> catalog = QuestionFileCompilation.compile(file, limit.maxBytes(), System.in, reporter)
          .flatMap(CatalogCompiler.Result::catalog).map(RuntimeCatalog::of);
      catalog.ifPresent(c -> {
        items.addAll(c.all());
        c.categories().forEach(category -> categories.putIfAbsent(category.title(), category));
      });
    }
    if (reporter.failed()) {
      return Main.FAILED;
    }
    if (items.isEmpty()) {
      return failed(stderr, "no questions in " + String.join(", ", files));
    }
    Optional<String> unknown = unknownCategories(expects, gates, categories);
    if (unknown.isPresent()) {
      return usage(stderr, unknown.get());
    }

    String contextText = null;
    if (context != null) {
      try {
        contextText = Files.readString(context, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        return failed(stderr, "context file " + context + " not found");
      } catch (MalformedInputException e) {
        return failed(stderr, "context file " + context + " is not UTF-8 text");
      } catch (IOException | InvalidPathException e) {
        return failed(stderr, "cannot read the context file " + context + ": " + e.getMessage());
      }
    }

    ProviderEnvironment env = new ProviderEnvironment(environment);
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    ModelsUnderTest underTest = null;
    HandGrades handGrades = null;
    Evaluation.Builder builder = Evaluation.builder();
    // The problems of the recorded files and of the hand grades, all of them in one pass.
    List<String> problems = new ArrayList<>();
    try {
      try {
        underTest = ModelsUnderTest.build(specs, items, env, timeout);
      } catch (RecordedInputException e) {
        problems.addAll(e.problems());
      }
      if (judgeSpec.isPresent()) {
        builder.judge(judgeSpec.get().text(),
            judgeSpec.get().provider().chatModel(judgeSpec.get().name(), env, timeout),
            rubric.rubric());
      }
      if (grades != null) {
        try {
          handGrades = HandGradesFile.read(grades, rubric.rubric(), items,
              underTest == null ? List.of() : underTest.models());
        } catch (RecordedInputException e) {
          problems.addAll(e.problems());
        }
      }
    } catch (ProviderException e) {
      return usage(stderr, e.getMessage());
    } catch (RecordedFileException e) {
      return failed(stderr, e.getMessage());
    } catch (UncheckedIOException e) {
      return failed(stderr, e.getMessage());
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> stderr.print(p + "\n"));
      stderr.flush();
      return Main.FAILED;
    }
    underTest.notes().forEach(n -> note(stderr, n));
    if (underTest.answered().isEmpty()) {
      return failed(stderr, "no question to ask: the recorded files answer none of them");
    }
    // The evaluation checks thresholds on graded answers; with none, say why rather than fail.
    if (!gates.isEmpty() && underTest.answered().stream().allMatch(item -> item.answer().isEmpty()
        && expectationOf(item, expects) == Expectation.ANSWER)) {
      return failed(stderr, "no question asked can be graded, so no threshold can be checked: a"
          + " question needs a gold answer, or its category --expect ...=refusal");
    }

    for (ExpectOption e : expects) {
      builder.expect(categories.get(e.category()), e.expectation());
    }
    categories.keySet().stream()
        .filter(title -> OUT_OF_SCOPE.matcher(title).find())
        .filter(title -> expects.stream().noneMatch(e -> e.category().equals(title)))
        .forEach(title -> note(stderr, "\"" + title + "\" is scored as expecting answers; if the"
            + " context should not answer its questions, add --expect \"" + title + "=refusal\""));
    if (contextText == null) {
      builder.systemPrompt(NO_CONTEXT_SYSTEM_PROMPT);
    } else {
      builder.context(contextText);
    }
    PrintStream outStream = WriterPrintStream.of(stdout);
    PrintStream errStream = WriterPrintStream.of(stderr);
    List<Observation> earlier = null;
    if (baseline != null) {
      // Read before the run, which may replace the files of the same folder; the evaluation reads
      // it again when it is built, also before the run.
      try {
        earlier = EarlierRun.read(baseline);
      } catch (IllegalArgumentException e) {
        return failed(stderr, e.getMessage());
      } catch (IOException | UncheckedIOException e) {
        return failed(stderr, "cannot read the earlier run " + baseline + ": " + e.getMessage());
      }
      builder.baseline(baseline);
    }
    if (thresholdsFile != null) {
      try {
        builder.thresholds(thresholdsFile);
      } catch (InvalidThresholdsException e) {
        e.problems().forEach(p -> stderr.print(p + "\n"));
        stderr.flush();
        return Main.FAILED;
      } catch (UncheckedIOException e) {
        return failed(stderr, "cannot read the thresholds file " + thresholdsFile
            + (e.getCause() instanceof NoSuchFileException ? ": not found" : ": " + e.getCause().getMessage()));
      }
    }
    if (handGrades != null) {
      if (calibrate) {
        builder.calibrate(handGrades);
      } else {
        builder.handGrades(handGrades);
      }
    }
    gates.forEach(g -> builder.require(g.threshold()));
    env.secrets().forEach(builder::secret);
    builder.models(underTest.models().toArray(AnswerModel[]::new))
        .items(underTest.answered())
        .repeat(repeat)
        .concurrency(concurrency)
        .timeout(timeout)
        .outputDirectory(out)
        .out(outStream)
        .err(errStream);

    RunResult result;
    try {
      result = builder.build().run();
    } catch (UncheckedIOException e) {
      outStream.flush();
      return failed(stderr, "cannot write to " + out + ": " + e.getMessage()
          + " (the run log keeps every answer received)");
    } finally {
      outStream.flush();
      errStream.flush();
    }

    RunVerdict verdict = RunVerdict.of(result);
    stdout.print("results: " + out.resolve(Evaluation.CSV_FILE_NAME) + ", "
        + out.resolve(Evaluation.LOG_FILE_NAME) + "\n");
    if (calibrate) {
      stdout.print("calibrated thresholds: " + out.resolve(ThresholdsReport.FILE_NAME)
          + " (a later run loads them with --thresholds)\n");
    }
    if (format == DiagnosticFormat.GITHUB) {
      EvalAnnotations.of(result, verdict, earlier).forEach(line -> stdout.print(line + "\n"));
    }
    stdout.flush();
    return verdict.passed() ? Main.OK : Main.FAILED;
  }

  private static Expectation expectationOf(QaItem item, List<ExpectOption> expects) {
    return expects.stream().filter(e -> e.category().equals(item.category().title()))
        .map(ExpectOption::expectation).reduce((first, last) -> last).orElse(Expectation.ANSWER);
  }

  /** {@code --rubric}, with {@link RubricOption#parse}'s message for a wrong one. */
  static final class RubricConverter implements ITypeConverter<RubricOption> {
    @Override
    public RubricOption convert(String value) {
      try {
        return RubricOption.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  private static Optional<String> unknownCategories(List<ExpectOption> expects,
      List<CategoryThreshold> gates, Map<String, QaCategory> categories) {
    List<String> named = new ArrayList<>();
    expects.forEach(e -> named.add(e.category()));
    gates.forEach(g -> g.category().ifPresent(named::add));
    for (String title : named) {
      if (!categories.containsKey(title)) {
        return Optional.of("no category \"" + title + "\" in the files; the categories: "
            + String.join(", ", categories.keySet().stream().map(t -> "\"" + t + "\"").toList()));
      }
    }
    return Optional.empty();
  }

  private static void note(PrintWriter stderr, String text) {
    stderr.print("note: " + text + "\n");
    stderr.flush();
  }

  private static int failed(PrintWriter stderr, String message) {
    stderr.print("error: " + message + "\n");
    stderr.flush();
    return Main.FAILED;
  }

  private static int usage(PrintWriter stderr, String message) {
    stderr.print("error: " + message + "\nTry 'qacatalog eval --help' for the options.\n");
    stderr.flush();
    return Main.USAGE;
  }
}
