package io.supportdesk.application.assignment.port.in;

/** Lets the configured assignment strategy pick an active agent for a ticket (managers and admins). */
public interface AutoAssignTicketUseCase {

    AutoAssignResult autoAssign(AutoAssignTicketCommand command);
}
