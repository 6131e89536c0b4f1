package io.github.qacatalog.cli;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import io.github.qacatalog.cli.eval.CategoryThreshold;
import io.github.qacatalog.cli.eval.ExpectOption;
import io.github.qacatalog.cli.eval.ModelSpec;
import io.github.qacatalog.cli.eval.ModelsUnderTest;
import io.github.qacatalog.cli.eval.ProviderEnvironment;
import io.github.qacatalog.cli.eval.ProviderException;
import io.github.qacatalog.cli.eval.RecordedFileException;
import io.github.qacatalog.cli.eval.RunVerdict;
import io.github.qacatalog.cli.eval.WriterPrintStream;
import io.github.qacatalog.eval.Evaluation;
import io.github.qacatalog.eval.model.AnswerModel;
import io.github.qacatalog.eval.recorded.RecordedInputException;
import io.github.qacatalog.eval.result.RunResult;
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
    ModelsUnderTest underTest;
    Evaluation.Builder builder = Evaluation.builder();
    try {
      underTest = ModelsUnderTest.build(specs, items, env, timeout);
      if (judgeSpec.isPresent()) {
        builder.judge(judgeSpec.get().text(),
            judgeSpec.get().provider().chatModel(judgeSpec.get().name(), env, timeout));
      }
    } catch (ProviderException e) {
      return usage(stderr, e.getMessage());
    } catch (RecordedFileException e) {
      return failed(stderr, e.getMessage());
    } catch (RecordedInputException e) {
      e.problems().forEach(p -> stderr.print(p + "\n"));
      stderr.flush();
      return Main.FAILED;
    }
    underTest.notes().forEach(n -> note(stderr, n));
    if (underTest.answered().isEmpty()) {
      return failed(stderr, "no question to ask: the recorded files answer none of them");
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

    RunVerdict verdict = RunVerdict.of(result, gates);
    verdict.lines().forEach(line -> stdout.print(line + "\n"));
    stdout.print("results: " + out.resolve(Evaluation.CSV_FILE_NAME) + ", "
        + out.resolve(Evaluation.LOG_FILE_NAME) + "\n");
    if (format == DiagnosticFormat.GITHUB) {
      verdict.misses().forEach(m -> stdout.print("::error title=qacatalog eval threshold::"
          + GitHubActionsSink.escapeData(m) + "\n"));
      verdict.failedCalls().forEach(r -> stdout.print("::warning title=qacatalog eval failed call::"
          + GitHubActionsSink.escapeData(r.model() + ", " + r.id() + " (" + r.category() + "): "
              + r.error().orElse("")) + "\n"));
    }
    stdout.flush();
    return verdict.passed() ? Main.OK : Main.FAILED;
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
