package io.github.qacatalog.example;

import io.github.qacatalog.QaCategory;
import io.github.qacatalog.QaItem;
import java.util.IntSummaryStatistics;

/**
 * Prints what the seed catalog holds (each category with its question count and number range),
 * then runs the evaluation loop over the second catalog, {@code qa/deep-dive.md}.
 */
public final class PortfolioEvaluation {
  private PortfolioEvaluation() {}

  public static void main(String[] args) {
    System.out.println("Questions in qa/QA.md");
    for (QaCategory category : QaCatalog.categories()) {
      IntSummaryStatistics numbers = category.items().stream().mapToInt(QaItem::number).summaryStatistics();
      System.out.printf("  %-20s %3d questions, numbered %d-%d%n",
          category.title(), category.items().size(), numbers.getMin(), numbers.getMax());
    }
    System.out.printf("  %-20s %3d questions%n", "Total", QaCatalog.all().size());

    // A direct reference: renaming or deleting question 37 in the file stops this from compiling.
    QaItem outOfScope = QaCatalog.OutOfScopeQa.Q37;
    System.out.println();
    System.out.println("Out-of-scope probe Q37 (line " + outOfScope.line() + "): " + outOfScope.question());
    System.out.println("Expected behaviour: " + expectedBehaviour(QaCatalog.ColdChatQa.Q14));

    System.out.println();
    DeepDiveEvaluation.print(System.out);
  }

  /**
   * What a good answer to a cold-chat question must do. The switch has no default: when a
   * question is added to the section, the compiler lists this method until it is handled.
   */
  static String expectedBehaviour(QaCatalog.ColdChatQa question) {
    return switch (question) {
      case Q14, Q16, Q17, Q26, Q27, Q28 -> "answer with a concrete engineering plan";
      case Q15, Q19, Q24 -> "answer with a story from the context file";
      case Q18, Q20, Q21, Q22, Q23, Q25 -> "answer with research reasoning";
    };
  }
}
