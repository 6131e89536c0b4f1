package io.github.qacatalog.eval.model;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import io.github.qacatalog.eval.internal.CallTrace;
import io.github.qacatalog.eval.internal.RetryAfter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The HTTP client to give a LangChain4j model under evaluation ({@code
 * OpenAiChatModel.builder().httpClientBuilder(EvaluationHttpClient.builder()).maxRetries(0)}): it
 * sends requests as LangChain4j's JDK client does, and on an error answer keeps what that client
 * drops, the provider's {@code Retry-After}, in a {@link ProviderHttpException}, so that the
 * evaluation waits as long as the provider asks before the next attempt. It also counts the
 * requests each call sends, so that the run can warn when a model retries by itself.
 *
 * <p>It logs nothing: no request or response body can reach a log through it. Streaming requests go
 * to LangChain4j's JDK client unchanged.
 */
public final class EvaluationHttpClient implements HttpClient {
  private final java.net.http.HttpClient client;
  private final Duration readTimeout;
  private final HttpClient streaming;

  private EvaluationHttpClient(Builder builder) {
    java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder();
    if (builder.connectTimeout != null) {
      jdk.connectTimeout(builder.connectTimeout);
    }
    this.client = jdk.build();
    this.readTimeout = builder.readTimeout;
    this.streaming = JdkHttpClient.builder()
        .connectTimeout(builder.connectTimeout).readTimeout(builder.readTimeout).build();
  }

  /** A builder to pass to a LangChain4j model's {@code httpClientBuilder(...)}. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) throws HttpException {
    java.net.http.HttpRequest.Builder jdk = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
    request.headers().forEach((name, values) -> values.forEach(value -> jdk.header(name, value)));
    if (readTimeout != null) {
      jdk.timeout(readTimeout);
    }
    String body = request.body();
    jdk.method(request.method().name(), body == null
        ? java.net.http.HttpRequest.BodyPublishers.noBody()
        : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    CallTrace.requestSent();
    HttpResponse<byte[]> response;
    try {
      response = client.send(jdk.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (java.net.http.HttpTimeoutException e) {
      throw new dev.langchain4j.exception.TimeoutException(e);
    } catch (IOException e) {
      throw new RuntimeException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RuntimeException(e);
    }
    Map<String, List<String>> headers = response.headers().map();
    String text = new String(response.body(), StandardCharsets.UTF_8);
    int status = response.statusCode();
    if (status < 200 || status >= 300) {
      Duration retryAfter = response.headers().firstValue("Retry-After")
          .flatMap(value -> RetryAfter.parse(value, Instant.now())).orElse(null);
      throw new ProviderHttpException(status, text, retryAfter);
    }
    return SuccessfulHttpResponse.builder().statusCode(status).headers(headers).body(text).build();
  }

  @Override
  public void execute(HttpRequest request, ServerSentEventParser parser,
      ServerSentEventListener listener) {
    streaming.execute(request, parser, listener);
  }

  /** Builds an {@link EvaluationHttpClient}; the timeouts are what the model sets. */
  public static final class Builder implements HttpClientBuilder {
    private Duration connectTimeout;
    private Duration readTimeout;

    private Builder() {}

    @Override
    public Duration connectTimeout() {
      return connectTimeout;
    }

    @Override
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    @Override
    public Duration readTimeout() {
      return readTimeout;
    }

    @Override
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    @Override
    public EvaluationHttpClient build() {
      return new EvaluationHttpClient(this);
    }
  }
}
