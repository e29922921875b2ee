package io.supportdesk.application.identity;

/** A password change named a current password that is not the user's. */
public final class CurrentPasswordMismatchException extends IdentityException {

    public CurrentPasswordMismatchException() {
        super("the current password is not correct");
    }

    /** The input at fault, so an API can point at it. */
    public String field() {
        return "current_password";
    }

    @Override
    public String code() {
        return "VALIDATION_FAILED";
    }
}
