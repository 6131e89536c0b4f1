package io.github.qacatalog.it;

/**
 * A fenced block of the documentation that a user is meant to copy, marked {@code <!-- snippet:
 * NAME -->}. {@code where} is its page and line, for failure messages.
 */
record Snippet(String name, String info, String text, String where) {}
