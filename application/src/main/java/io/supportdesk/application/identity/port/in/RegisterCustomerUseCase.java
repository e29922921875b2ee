package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.User;

/** Someone signs themself up as a customer. */
public interface RegisterCustomerUseCase {

    User register(RegisterCustomerCommand command);
}
