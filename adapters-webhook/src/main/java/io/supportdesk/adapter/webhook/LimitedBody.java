package io.supportdesk.adapter.webhook;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * Keeps the first bytes of a receiver's answer and stops reading there: a receiver that answers with gigabytes
 * costs the desk no more than the delivery log shows.
 */
final class LimitedBody implements BodySubscriber<String> {

    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private final java.util.concurrent.CompletableFuture<String> result = new java.util.concurrent.CompletableFuture<>();

    private LimitedBody(int limit) {
        this.limit = limit;
    }

    static BodySubscriber<String> subscriber(int limit) {
        return new LimitedBody(limit);
    }

    @Override
    public java.util.concurrent.CompletionStage<String> getBody() {
        return result;
    }

    private String text() {
        byte[] bytes = kept.toByteArray();
        return new String(bytes, 0, Math.min(bytes.length, limit), StandardCharsets.UTF_8);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            int take = Math.min(buffer.remaining(), limit - kept.size());
            if (take > 0) {
                byte[] bytes = new byte[take];
                buffer.get(bytes);
                kept.write(bytes, 0, take);
            }
        }
        if (kept.size() >= limit && !result.isDone()) {
            // Enough: cancelling closes the connection instead of reading the rest.
            subscription.cancel();
            result.complete(text());
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(text());
    }
}
