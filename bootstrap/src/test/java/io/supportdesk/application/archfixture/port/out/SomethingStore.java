package io.supportdesk.application.archfixture.port.out;

/** Deliberately wrong: an outbound port that is a class, so the application would carry an implementation. */
public class SomethingStore {
    public void save(String something) {
    }
}
