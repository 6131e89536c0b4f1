package io.github.qacatalog.eval.scorer;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Run in a JVM of its own by {@link MiniLmOfflineTest}: loads MiniLM with a proxy selector that
 * records, and refuses, every connection the JVM tries to open, and from a thread whose context
 * class loader sees no jar, then embeds. Exits 0 and prints
 * the score when no connection was tried; exits 3 naming them otherwise.
 */
public final class MiniLmOfflineCheck {
  private MiniLmOfflineCheck() {}

  public static void main(String[] args) {
    List<URI> attempts = new CopyOnWriteArrayList<>();
    ProxySelector.setDefault(
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            attempts.add(uri);
            throw new IllegalStateException("no network in this check: " + uri);
          }

          @Override
          public void connectFailed(URI uri, SocketAddress address, IOException e) {}
        });
    URL model = MiniLmOfflineCheck.class.getClassLoader().getResource("all-minilm-l6-v2.onnx");
    System.out.println("model " + model);
    // As on a pool's thread or under a build plugin: a context class loader that sees no jar.
    Thread.currentThread()
        .setContextClassLoader(new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader()));
    double score = SemanticSimilarity.miniLm().score("Nothing but the JDK.", "Only the JDK.");
    System.out.println("score " + score);
    if (!attempts.isEmpty()) {
      System.out.println("connections tried: " + attempts);
      System.exit(3);
    }
    System.exit(model != null && "jar".equals(model.getProtocol()) && score > 0.5 ? 0 : 4);
  }
}
