package io.github.qacatalog.example;

/** What an evaluation asks: a question in, an answer out. An LLM client would implement it. */
@FunctionalInterface
public interface AnswerModel {

  String answer(String question);
}
