/**
 * The model under test: {@link io.github.qacatalog.eval.model.AnswerModel}, with adapters from a
 * LangChain4j chat model and from a plain function.
 */
package io.github.qacatalog.eval.model;
