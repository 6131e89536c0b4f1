package io.github.qacatalog.eval.recorded;

import io.github.qacatalog.QaItem;
import io.github.qacatalog.eval.recorded.internal.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the catalog question a row answers, and in which wording: by id first, else by text,
 * exactly after trimming white space, then ignoring case and punctuation. The wordings of a
 * question are its text as written and its paraphrases (from the function given; the reader's
 * default is {@link QaItem#paraphrases()}).
 */
final class QuestionMatcher {

  /** A match, or why there is none and whether the id (rather than the question) is to blame. */
  record Result(Match match, String problem, boolean idToBlame) {
    static Result of(Match match) {
      return new Result(match, null, false);
    }

    static Result problem(String problem, boolean idToBlame) {
      return new Result(null, problem, idToBlame);
    }

    Optional<Match> found() {
      return Optional.ofNullable(match);
    }
  }

  private record Candidate(QaItem item, Wording wording) {}

  private final Map<String, QaItem> byId = new LinkedHashMap<>();
  private final Map<String, List<Candidate>> exact = new LinkedHashMap<>();
  private final Map<String, List<Candidate>> loose = new LinkedHashMap<>();

  QuestionMatcher(List<? extends QaItem> items, Function<QaItem, List<String>> paraphrases) {
    for (QaItem item : items) {
      byId.putIfAbsent(item.id(), item);
      List<Wording> wordings = new ArrayList<>();
      wordings.add(Wording.asWritten(item.question()));
      // The only place paraphrase texts are consulted: QaItem::paraphrases unless the reader was
      // given others.
      List<String> texts = paraphrases.apply(item);
      for (int i = 0; i < texts.size(); i++) {
        wordings.add(new Wording(texts.get(i), i + 1));
      }
      for (Wording wording : wordings) {
        Candidate candidate = new Candidate(item, wording);
        exact.computeIfAbsent(Text.exact(wording.text()), k -> new ArrayList<>()).add(candidate);
        loose.computeIfAbsent(Text.loose(wording.text()), k -> new ArrayList<>()).add(candidate);
      }
    }
  }

  /** Matches a row's id and question cells, either of which may be blank. */
  Result match(String id, String question) {
    if (!id.isBlank()) {
      return byId(id.strip(), question);
    }
    if (question.isBlank()) {
      return Result.problem("neither an id nor a question: which question does this row answer?", false);
    }
    Result byExact = byText(exact.get(Text.exact(question)), MatchRule.EXACT_TEXT, question);
    if (byExact != null) {
      return byExact;
    }
    Result byLoose = byText(loose.get(Text.loose(question)), MatchRule.LOOSE_TEXT, question);
    if (byLoose != null) {
      return byLoose;
    }
    return Result.problem("the question \"" + Text.shortened(question, 80)
        + "\" matches no question of the catalog, nor any paraphrase, even ignoring case and"
        + " punctuation; give its id in the id column", false);
  }

  private Result byId(String id, String question) {
    QaItem item = byId.get(id);
    if (item == null) {
      return Result.problem("no question has the id " + id, true);
    }
    if (question.isBlank()) {
      return Result.of(new Match(item, Wording.asWritten(item.question()), MatchRule.ID));
    }
    for (Map<String, List<Candidate>> index : List.of(exact, loose)) {
      String key = index == exact ? Text.exact(question) : Text.loose(question);
      List<Candidate> candidates = index.getOrDefault(key, List.of());
      for (Candidate c : candidates) {
        if (c.item().equals(item)) {
          return Result.of(new Match(item, c.wording(), MatchRule.ID));
        }
      }
      if (!candidates.isEmpty()) {
        QaItem other = candidates.get(0).item();
        return Result.problem("the id " + id + " names the question \""
            + Text.shortened(item.question(), 60) + "\", but the question is that of " + other.id()
            + " (\"" + Text.shortened(other.question(), 60) + "\"); fix one of them", false);
      }
    }
    // A wording the catalog does not list: kept under the id, with the row's own text.
    return Result.of(new Match(item, new Wording(question.strip(), Wording.UNLISTED), MatchRule.ID));
  }

  private static Result byText(List<Candidate> candidates, MatchRule rule, String question) {
    if (candidates == null || candidates.isEmpty()) {
      return null;
    }
    Set<String> ids = new LinkedHashSet<>();
    candidates.forEach(c -> ids.add(c.item().id()));
    if (ids.size() > 1) {
      return Result.problem("the question \"" + Text.shortened(question, 60) + "\" matches "
          + ids.size() + " questions (" + String.join(", ", ids) + ") by " + rule.description()
          + "; give the id in the id column", false);
    }
    Candidate c = candidates.get(0);
    return Result.of(new Match(c.item(), c.wording(), rule));
  }
}
