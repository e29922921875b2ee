package io.supportdesk.bootstrap;

/** The version of this build, from the jar's manifest; {@code development} when run from classes. */
final class Version {

    private Version() {
    }

    static String current() {
        String version = Application.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "development" : version;
    }
}
