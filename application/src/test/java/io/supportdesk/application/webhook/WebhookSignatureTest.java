package io.supportdesk.application.webhook;

import io.supportdesk.domain.webhook.WebhookSecret;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebhookSignatureTest {

    /** The Standard Webhooks specification's own example, so receivers' libraries verify what we sign. */
    @Test
    void signs_the_specifications_example_as_the_specification_does() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}",
                List.of(new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))));
    }

    @Test
    void during_a_rotation_each_secret_signs_and_the_signatures_are_space_separated() {
        WebhookSecret current = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        WebhookSecret previous = new WebhookSecret("whsec_" + "A".repeat(32));
        String both = WebhookSignature.sign("msg_1", 1614265330, "{}", List.of(current, previous));
        assertEquals(List.of(WebhookSignature.sign("msg_1", 1614265330, "{}", List.of(current)),
                WebhookSignature.sign("msg_1", 1614265330, "{}", List.of(previous))), List.of(both.split(" ")));
    }
}
